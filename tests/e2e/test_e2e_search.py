"""Material's search (a web worker loaded from the site itself) finds clauses and lands on them."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Locator, Page, expect


@pytest.mark.parametrize(
    ("query", "clause"),
    [
        ("disclaimer", "clause-18"),  # only clause 18 says "disclaimer"
        ("privacy settings", "clause-19"),  # clause 18 mentions privacy too, but ranks lower
    ],
)
def test_search_offers_the_clause_first_and_lands_on_it(
    page: Page, base_url: str, search: Callable[[Page, str], Locator], query: str, clause: str
) -> None:
    page.goto(f"{base_url}/")
    best = search(page, query)

    # Material groups results by page: the best page comes first, its own link first, then its
    # matching sections best score first. The page's own entry matches nothing (clauses are in
    # entries of their own), so the best match proper is the group's second link.
    links = best.locator("a.md-search-result__link")
    expect(links.first).to_have_attribute("href", f"{base_url}/social-media/?h=")
    expect(links.first).to_contain_text("Social Media Policy")
    best_match = links.nth(1)
    expect(best_match).to_have_attribute("href", f"{base_url}/social-media/?h={query.replace(' ', '+')}#{clause}")
    expect(best_match.locator("h2")).to_have_text(f"Clause {clause.removeprefix('clause-')}")
    expect(best_match).to_be_visible()

    best_match.click()

    expect(page.locator(".clause:target")).to_have_id(clause)
    location = urlsplit(page.url)
    assert (location.path, location.fragment) == ("/social-media/", clause), page.url
    expect(page.locator(f"#{clause}")).to_be_in_viewport()
    # search.highlight marks the words searched for on the page reached.
    for word in query.split():
        expect(page.locator(f"#{clause} mark", has_text=word).first).to_be_visible()


def test_disclaimer_is_found_in_clause_18_only(
    page: Page, base_url: str, search: Callable[[Page, str], Locator]
) -> None:
    page.goto(f"{base_url}/")
    search(page, "disclaimer")
    expect(page.locator(".md-search-result__meta")).to_have_text("1 matching document")
    hrefs = page.locator("a.md-search-result__link").evaluate_all("links => links.map(a => a.href)")
    clause_hits = [href for href in hrefs if "#" in href]
    assert [urlsplit(href).fragment for href in clause_hits] == ["clause-18"], hrefs
