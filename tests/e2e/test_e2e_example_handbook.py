"""The example handbook (examples/policy_src/): hierarchical numbers, cross-references, overdue reviews."""

from __future__ import annotations

import re
from datetime import datetime

from helpers import BUILD_DAY
from playwright.sync_api import Page, expect


def test_reference_to_another_paragraph_links_to_it(page: Page, example_url: str) -> None:
    page.goto(f"{example_url}/acceptable-use/")

    reference = page.locator("#clause-2-2 a.clause-ref", has_text="paragraph 2.1")
    expect(reference).to_have_text("paragraph 2.1")
    reference.click()

    expect(page).to_have_url(f"{example_url}/acceptable-use/#clause-2-1")
    expect(page.locator(".clause:target")).to_have_id("clause-2-1")
    expect(page.locator("#clause-2-1")).to_be_in_viewport()


def test_link_to_another_policy_by_id_leads_to_its_page(page: Page, example_url: str) -> None:
    page.goto(f"{example_url}/acceptable-use/")

    page.locator("#clause-1-2").get_by_role("link", name="Data Protection Policy").click()

    expect(page).to_have_url(f"{example_url}/data-protection/")
    expect(page.locator(".md-content h1")).to_have_text(re.compile(r"^Data Protection Policy¶?$"))  # ¶: permalink


def test_link_to_a_clause_of_another_policy_lands_on_that_clause(page: Page, example_url: str) -> None:
    page.goto(f"{example_url}/acceptable-use/")

    page.locator("#clause-3-2").get_by_role("link", name="clause 3 of the Data Protection Policy").click()

    expect(page).to_have_url(f"{example_url}/data-protection/#clause-3")
    expect(page.locator(".clause:target")).to_have_id("clause-3")


def test_overdue_review_banner_shows_only_when_overdue(page: Page, example_url: str) -> None:
    page.clock.set_fixed_time(BUILD_DAY)  # the reader's day, as the build's
    page.goto(f"{example_url}/data-protection/")  # review was due 1 September 2022
    banner = page.locator(".review-overdue")
    expect(banner).to_be_visible()
    expect(banner).to_contain_text("Review overdue")
    expect(banner).to_contain_text("1 September 2022")

    page.goto(f"{example_url}/acceptable-use/")  # review due 1 September 2027
    expect(page.locator(".review-overdue")).to_have_count(1)
    expect(page.locator(".review-overdue")).to_be_hidden()


def test_browser_shows_the_banner_once_the_review_date_passes_after_the_build(page: Page, example_url: str) -> None:
    # The site was built before 2027-09-01; a reader opening it later must still be warned.
    page.clock.set_fixed_time(datetime(2027, 9, 2, 12, 0))
    page.goto(f"{example_url}/acceptable-use/")
    expect(page.locator(".review-overdue")).to_be_visible()


def test_sub_point_with_a_bold_title_gets_an_id_from_it(page: Page, example_url: str) -> None:
    page.goto(f"{example_url}/acceptable-use/#clause-3-1-by-email")

    point = page.locator("#clause-3-1-by-email")
    expect(point).to_have_count(1)
    expect(point).to_contain_text("By email to the IT helpdesk.")
    expect(page.locator("#clause-3-1 li:target")).to_have_id("clause-3-1-by-email")
    expect(point).to_be_in_viewport()
