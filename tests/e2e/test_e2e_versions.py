"""Versions in the example handbook, as a reader uses them in Chromium: archived versions, renumbered
clauses' old addresses, the point-in-time control, comparisons, the feed and the review dashboard.

The example's Acceptable Use policy has versions 1.0, 2.0 and 2.1 (current). Clause 2.3 of 1.0
("Lock your screen") is clause 2.2 now; clause 2.2 of 1.0 ("Never lend your account") was removed.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import BrowserContext, Locator, Page, expect

ATOM = "{http://www.w3.org/2005/Atom}"


def test_archived_version_shows_the_banner_and_leads_to_the_same_clause_now(page: Page, example_url: str) -> None:
    page.goto(f"{example_url}/acceptable-use/1.0/#clause-2-3")

    banner = page.locator(".superseded-banner")
    expect(banner).to_contain_text("Superseded: this is not the current version")
    expect(banner).to_contain_text("This is version 1.0, in force from 1 September 2021 to 3 September 2023")
    expect(banner).to_be_in_viewport()  # it stays in view beside the clause the address points at
    expect(page.locator("#clause-2-3")).to_contain_text("Lock your screen")

    link = banner.locator("a.superseded-current-link")
    expect(link).to_have_text(re.compile(r"clause 2\.2 of the current version \(2\.1\)"))
    link.click()

    expect(page).to_have_url(f"{example_url}/acceptable-use/#clause-2-2")
    expect(page.locator(".clause:target")).to_have_id("clause-2-2")
    expect(page.locator(".clause:target")).to_contain_text("Lock your screen")
    expect(page.locator(".superseded-banner")).to_have_count(0)


def test_banner_says_when_a_clause_is_no_longer_in_the_current_version(page: Page, example_url: str) -> None:
    page.goto(f"{example_url}/acceptable-use/1.0/#clause-2-2")  # "Never lend your account": removed in 2.0
    link = page.locator(".superseded-banner a.superseded-current-link")
    expect(link).to_have_text(re.compile(r"^Clause 2\.2 is not in the current version"))
    expect(link).to_have_attribute("href", "../")

    page.locator("#clause-1-1 a.clause-number").click()  # reading on: the banner follows the address
    expect(link).to_have_text(re.compile(r"clause 1\.1 of the current version"))
    expect(link).to_have_attribute("href", "../#clause-1-1")


def test_old_address_of_a_renumbered_clause_lands_on_it(page: Page, example_url: str) -> None:
    page.goto(f"{example_url}/acceptable-use/#clause-2-3")  # clause 2.3 in version 1.0; the policy has no 2.3 now

    expect(page).to_have_url(f"{example_url}/acceptable-use/#clause-2-2")
    target = page.locator(".clause:target")
    expect(target).to_have_id("clause-2-2")
    expect(target).to_contain_text("Lock your screen")
    expect(target).to_be_in_viewport()
    expect(target.locator(".forward-note")).to_have_text(
        "You followed a link to clause 2.3 of an earlier version: it is now clause 2.2."
    )


def test_old_address_lands_on_the_clause_without_javascript(
    new_context: Callable[..., BrowserContext], example_url: str
) -> None:
    page = new_context(java_script_enabled=False).new_page()
    page.goto(f"{example_url}/acceptable-use/#clause-2-3")
    expect(page.locator("#clause-2-2 #clause-2-3")).to_have_count(1)  # the old id sits inside the clause
    expect(page.locator("#clause-2-2")).to_be_in_viewport()
    expect(page.locator("form.version-on-date")).to_be_hidden()  # the control needs JavaScript ...
    expect(page.locator(".policy-versions table tbody tr")).to_have_count(3)  # ... the table does not


def test_an_old_number_now_used_by_another_clause_is_not_forwarded(page: Page, example_url: str) -> None:
    # Clause 5 of Data Protection 2.0 (a breach) is clause 3 now, but today's clause 5 is another clause.
    page.goto(f"{example_url}/data-protection/#clause-5")
    expect(page).to_have_url(f"{example_url}/data-protection/#clause-5")
    expect(page.locator(".clause:target")).to_contain_text("Questions about this policy")


def _version_on(page: Page, day: str) -> Locator:
    page.get_by_label("Which version was in force on").fill(day)
    return page.locator("form.version-on-date output")


def test_point_in_time_control_names_the_version_in_force(page: Page, example_url: str) -> None:
    page.goto(f"{example_url}/acceptable-use/")

    expect(_version_on(page, "2022-05-01")).to_have_text("On 1 May 2022 the version in force was 1.0.")
    expect(page.locator(".policy-versions tr.is-in-force td").first).to_have_text("1.0")
    expect(_version_on(page, "2023-09-03")).to_contain_text("was 1.0")  # the day before 2.0 took effect
    expect(_version_on(page, "2023-09-04")).to_contain_text("was 2.0")
    expect(_version_on(page, "2026-01-01")).to_contain_text("was 2.1 (current)")
    expect(_version_on(page, "2020-01-01")).to_have_text(
        "No version of this policy was in force on 1 January 2020."
    )
    expect(page.locator(".policy-versions tr.is-in-force")).to_have_count(0)

    _version_on(page, "2024-01-01").get_by_role("link", name="2.0").click()
    expect(page).to_have_url(f"{example_url}/acceptable-use/2.0/")
    expect(page.locator(".superseded-banner")).to_be_visible()



def test_an_address_with_broken_percent_encoding_leaves_the_page_working(page: Page, example_url: str) -> None:
    """#%E0%A4%A is no valid percent-encoding: decoding it threw and the date form stayed hidden."""
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{example_url}/acceptable-use/?v=1.0#%E0%A4%A")
    expect(_version_on(page, "2022-05-01")).to_have_text("On 1 May 2022 the version in force was 1.0.")
    assert errors == []

def test_change_log_compares_any_two_versions(page: Page, example_url: str) -> None:
    page.goto(f"{example_url}/data-protection/changes/")
    comparison = page.locator("#compare-1.0-3\\.0")
    expect(page.locator("section.comparison")).to_be_hidden()

    page.get_by_label("Compare version").select_option("1.0")
    page.get_by_label("with version").select_option("3.0")
    page.get_by_role("button", name="Compare").click()

    expect(page).to_have_url(f"{example_url}/data-protection/changes/#compare-1.0-3.0")
    comparison = page.locator("section.comparison:target")
    expect(comparison).to_be_visible()
    expect(comparison).to_contain_text("Version 1.0 compared with version 3.0")
    expect(comparison.locator(".clause-change-removed del")).to_contain_text("kept no longer than it is needed")


def test_redline_marks_words_without_colour(page: Page, example_url: str) -> None:
    page.goto(f"{example_url}/data-protection/changes/#version-3.0")
    amended = page.locator("#version-3\\.0 ~ .clause-changes .clause-change-amended").first
    expect(amended.locator(".clause-change-label")).to_have_text("Amended: clause 4 (was clause 3)")
    deleted, inserted = amended.locator("del"), amended.locator("ins")
    expect(deleted).to_have_text("[deleted: and 2]")  # the marker is hidden on screen, read by screen readers
    expect(inserted).to_have_text("[inserted: to 3]")
    assert "line-through" in deleted.evaluate("el => getComputedStyle(el).textDecorationLine")
    assert "underline" in inserted.evaluate("el => getComputedStyle(el).textDecorationLine")
    moved = page.locator("#version-3\\.0 ~ .clause-changes .clause-change-unchanged").first
    expect(moved.locator(".clause-change-label")).to_have_text("Moved, text unchanged: clause 3 (was clause 5)")


def test_archived_versions_are_left_out_of_search(
    page: Page, example_url: str, search: Callable[[Page, str], Locator]
) -> None:
    page.goto(f"{example_url}/")
    # "lend" is only in version 1.0 of Acceptable Use; "twelve" in versions 2.0 and 2.1 (current).
    # No clause of a current policy has "lend": search says so and links no archived version.
    expect(search(page, "lend")).to_contain_text("No clause matches this question well")
    hrefs = page.locator(".md-search-result__list a").evaluate_all("links => links.map(a => a.href)")
    assert not [h for h in hrefs if re.search(r"/\d+\.\d+/|/changes/", h)], hrefs
    page.goto(f"{example_url}/")
    first = search(page, "twelve")
    expect(first.locator("a").first).to_have_attribute("href", re.compile(r"/acceptable-use/\?h="))
    hrefs = page.locator(".md-search-result__list a").evaluate_all("links => links.map(a => a.href)")
    assert hrefs and not [h for h in hrefs if re.search(r"/\d+\.\d+/|/changes/", h)], hrefs


def test_review_dashboard_flags_the_overdue_review(page: Page, example_url: str) -> None:
    page.goto(f"{example_url}/reviews/")
    rows = page.locator(".md-content table tbody tr")
    expect(rows).to_have_count(3)
    expect(rows.nth(0)).to_contain_text("Data Protection Policy")
    expect(rows.nth(0)).to_contain_text("Overdue")
    expect(rows.nth(1)).to_contain_text("Acceptable Use of IT Policy")
    expect(rows.nth(1)).to_contain_text("Not due yet")


def test_whats_changed_lists_reviews_newest_first(page: Page, example_url: str) -> None:
    page.goto(f"{example_url}/changes/")
    items = page.locator(".md-content article li")
    expect(items.first).to_contain_text("Acceptable Use of IT Policy: version 2.1")
    expect(items.nth(1)).to_contain_text("Safeguarding and Child Protection Policy: version 1.0 (first version)")
    expect(items.nth(2)).to_contain_text("reviewed, no change to version 2.0")
    items.nth(2).get_by_role("link").click()
    expect(page).to_have_url(f"{example_url}/acceptable-use/changes/#review-2024-07-08")


def test_feed_is_valid_atom(example_site: Path) -> None:
    feed = etree.parse(example_site / "changes" / "feed.xml").getroot()
    assert feed.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated", "author/{ATOM}name"):
        assert (feed.findtext(f"{ATOM}{required}".replace("{ATOM}", ATOM)) or "").strip(), required
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 8  # 3 + 3 + 1 versions, 1 no-change review
    ids = [entry.findtext(f"{ATOM}id") for entry in entries]
    assert len(set(ids)) == len(ids) and all(i.startswith("urn:uuid:") for i in ids)
    updated = [entry.findtext(f"{ATOM}updated") for entry in entries]
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT00:00:00Z", u) for u in updated)
    assert updated == sorted(updated, reverse=True)
    for entry in entries:
        assert entry.findtext(f"{ATOM}title")
        link = entry.find(f"{ATOM}link")
        assert link is not None and link.get("rel") == "alternate"
        page, _, anchor = link.get("href").partition("#")
        built = (example_site / "changes" / page / "index.html").resolve()
        assert f'id="{anchor}"' in built.read_text(encoding="utf-8"), link.get("href")


def test_archived_version_without_javascript_still_says_it_is_superseded(
    new_context: Callable[..., BrowserContext], example_url: str
) -> None:
    page = new_context(java_script_enabled=False).new_page()
    page.goto(f"{example_url}/acceptable-use/1.0/#clause-2-3")
    banner = page.locator(".superseded-banner")
    expect(banner).to_be_in_viewport()
    expect(banner.locator("a.superseded-current-link")).to_have_text("Read the current version (2.1)")
    expect(banner.locator("a.superseded-current-link")).to_have_attribute("href", "../")


def test_review_assistant_links_each_finding_to_its_clause(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}/reviews/")
    finding = page.locator(".md-content li", has_text="senior management team")
    expect(finding).to_have_count(1)
    expect(finding).to_contain_text("use one name, 'senior leadership team'")
    finding.get_by_role("link", name="Clause 19").click()
    expect(page).to_have_url(f"{base_url}/social-media/#clause-19")
    expect(page.locator("#clause-19")).to_be_in_viewport()
