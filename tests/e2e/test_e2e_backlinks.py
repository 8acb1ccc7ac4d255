""""Referred to by" in Chromium, on the example handbook: Data Protection's clause 3 is referred to by
Acceptable Use's clause 3.2 (another policy) and by its own clause 4 ("clauses 1 to 3")."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from .conftest import accessibility_violations


def test_a_referred_to_by_link_takes_you_to_the_referring_clause_of_another_policy(
    page: Page, example_url: str
) -> None:
    page.goto(f"{example_url}/data-protection/")
    line = page.locator("#clause-3 .referred-to-by")
    expect(line).to_have_text(
        "Referred to by: Acceptable Use of IT Policy, clause 3.2; Data Protection Policy, clause 4"
    )
    line.get_by_role("link", name="Acceptable Use of IT Policy, clause 3.2").click()
    expect(page).to_have_url(f"{example_url}/acceptable-use/#clause-3-2")
    target = page.locator(".clause:target")
    expect(target).to_have_id("clause-3-2")
    expect(target).to_contain_text("Personal data found while monitoring")


def test_a_referred_to_by_link_within_the_policy_targets_the_clause(page: Page, example_url: str) -> None:
    page.goto(f"{example_url}/data-protection/")
    # Clause 2 sits inside the range "clauses 1 to 3", which the page links at its ends only.
    page.locator("#clause-2 .referred-to-by").get_by_role("link", name="Data Protection Policy, clause 4").click()
    expect(page).to_have_url(f"{example_url}/data-protection/#clause-4")
    expect(page.locator(".clause:target")).to_have_id("clause-4")
    expect(page.locator("#clause-4 .referred-to-by")).to_have_count(0)  # nobody refers to clause 4
    # The target clause's highlight keeps the muted line readable (contrast): axe finds nothing.
    page.goto(f"{example_url}/data-protection/#clause-3")
    assert accessibility_violations(page) == []


def test_the_metadata_box_lists_the_policies_that_refer_to_this_one(page: Page, example_url: str) -> None:
    page.goto(f"{example_url}/data-protection/")
    field = page.locator(".policy-meta dt", has_text="Referred to by")
    expect(field).to_have_count(1)
    listed = page.locator(".policy-meta dt:has-text('Referred to by') + dd a")
    expect(listed).to_have_text(["Acceptable Use of IT Policy", "Safeguarding and Child Protection Policy"])
    listed.nth(1).click()
    expect(page).to_have_url(re.compile(r"/safeguarding/$"))
    # Safeguarding refers to Data Protection, not the other way: it lists no referring policy.
    expect(page.locator(".policy-meta dt", has_text="Referred to by")).to_have_count(0)


def test_an_archived_version_shows_no_backlinks(page: Page, example_url: str) -> None:
    page.goto(f"{example_url}/data-protection/2.0/")
    expect(page.locator(".clause").first).to_be_visible()
    expect(page.locator(".referred-to-by")).to_have_count(0)
