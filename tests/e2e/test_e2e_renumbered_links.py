"""A link made before a review never lands silently on a different clause (in Chromium).

The example's Acceptable Use policy: clause 2.2 of version 1.0 ("Never lend your account") was
removed in 2.0, and 1.0's clause 2.3 ("Lock your screen") is clause 2.2 now (version 2.1). So an
old link to #clause-2-2 now reaches a different clause. Data Protection's version 2.0 clause 3 is
clause 4 now.
"""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import BrowserContext, Page, expect

DIFFERENT = "the number 2.2 was a different clause: that clause was removed; read it in version 1.0"


def test_a_link_without_a_version_lands_on_a_clause_that_says_the_number_meant_another(
    page: Page, example_url: str
) -> None:
    page.goto(f"{example_url}/acceptable-use/#clause-2-2")
    target = page.locator(".clause:target")
    expect(target).to_have_id("clause-2-2")
    note = target.locator(".renumber-note")
    expect(note).to_be_visible()
    expect(note).to_contain_text(DIFFERENT)
    note.get_by_role("link", name="read it in version 1.0").click()
    expect(page.locator(".clause:target")).to_contain_text("Never lend your account")
    # Other clauses' notes stay hidden: the note is for links that land on its clause.
    page.goto(f"{example_url}/acceptable-use/#clause-1-1")
    expect(page.locator(".renumber-note:visible")).to_have_count(0)


def test_the_note_needs_no_javascript(new_context: Callable[..., BrowserContext], example_url: str) -> None:
    page = new_context(java_script_enabled=False).new_page()
    page.goto(f"{example_url}/acceptable-use/#clause-2-2")
    expect(page.locator("#clause-2-2 .renumber-note")).to_be_visible()
    expect(page.locator("#clause-2-2 .renumber-note")).to_contain_text(DIFFERENT)


def test_a_copied_link_carries_its_version_and_finds_the_clause_after_renumbering(
    context: BrowserContext, page: Page, example_url: str
) -> None:
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=example_url)
    page.goto(f"{example_url}/acceptable-use/1.0/")
    # A link copied from version 1.0's page names that version in its path; from the current page, in ?v=.
    page.goto(f"{example_url}/acceptable-use/")
    page.locator("#clause-2-2 a.clause-number").hover()
    page.locator("#clause-2-2 .clause-tools button").nth(0).click()
    assert page.evaluate("() => navigator.clipboard.readText()") == f"{example_url}/acceptable-use/?v=2.1#clause-2-2"

    # Made under version 1.0, where "Lock your screen" was clause 2.3: it goes to clause 2.2, saying so.
    page.goto(f"{example_url}/acceptable-use/?v=1.0#clause-2-3")
    expect(page).to_have_url(f"{example_url}/acceptable-use/?v=2.1#clause-2-2")
    target = page.locator(".clause:target")
    expect(target).to_contain_text("Lock your screen")
    expect(target.locator(".forward-note")).to_have_text(
        "You followed a link to clause 2.3 of version 1.0: it is now clause 2.2."
    )
    expect(target.locator(".renumber-note")).to_be_hidden()  # the link's version is known: no doubt to raise

    # Made under 2.0, where clause 3 of Data Protection was today's clause 4.
    page.goto(f"{example_url}/data-protection/?v=2.0#clause-3")
    expect(page.locator(".clause:target")).to_have_id("clause-4")


def test_a_link_to_a_removed_clause_says_so_instead_of_landing_on_another(page: Page, example_url: str) -> None:
    page.goto(f"{example_url}/acceptable-use/?v=1.0#clause-2-2")
    note = page.locator("#removed-clause-note")
    expect(note).to_contain_text("You followed a link to clause 2.2 of version 1.0, which a later review removed")
    expect(page.locator(".clause:target")).to_have_count(0)
    note.get_by_role("link", name="read it in version 1.0").click()
    expect(page.locator(".clause:target")).to_contain_text("Never lend your account")


def test_a_link_made_under_the_current_version_shows_no_note(page: Page, example_url: str) -> None:
    page.goto(f"{example_url}/acceptable-use/?v=2.1#clause-2-2")
    expect(page.locator(".clause:target")).to_contain_text("Lock your screen")
    expect(page.locator(".renumber-note:visible")).to_have_count(0)
    expect(page.locator(".forward-note")).to_have_count(0)


def test_the_structure_of_a_real_policy_in_the_browser(page: Page, example_url: str) -> None:
    # Numbered section titles are headings in the page contents; points and appendix clauses have addresses.
    page.goto(f"{example_url}/safeguarding/#clause-1-2-c-ii")
    expect(page.locator("li:target")).to_have_text("(ii) every year after that.")
    contents = page.locator(".md-sidebar--secondary .md-nav__link")
    expect(contents.filter(has_text="1. PURPOSE AND SCOPE")).to_have_attribute("href", "#clause-1")
    expect(contents.filter(has_text="APPENDIX A: CONTACTS")).to_have_count(1)
    page.locator("#clause-2-1-1").get_by_role("link", name="paragraph A.1").click()
    expect(page.locator(".clause:target")).to_have_id("clause-a-1")
    expect(page.locator("#clause-2-1-1 td").nth(1)).to_have_text("Mrs J. Patel")
