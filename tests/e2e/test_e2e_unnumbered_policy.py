"""A policy of headings and paragraphs, without a clause number, in Chromium: each paragraph has an
address that opens the page at it, "Copy link" and "Copy citation", and search finds it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from urllib.parse import urlsplit

import pytest
from helpers import mkdocs_build, policy_source
from playwright.sync_api import BrowserContext, Locator, Page, expect

from .conftest import serve

SAFEGUARDING = """\
Riverside Juniors FC is committed to the welfare of every child who plays for the club.

## Photography

Parents and spectators may take photographs at matches for their own use.

The club will not publish photographs featuring children without the written consent of a parent.
Captions give first names only.

## Reporting concerns

Any adult worried about a child should speak to the Club Welfare Officer the same day.

> If a child is in immediate danger, call 999.
"""


@pytest.fixture(scope="module")
def site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("unnumbered")
    (root / "policy_src" / "safeguarding").mkdir(parents=True)
    (root / "policy_src" / "safeguarding" / "policy.md").write_text(
        policy_source(SAFEGUARDING, id="safeguarding", title="Safeguarding Policy",
                      organisation='"Riverside Juniors FC"'), encoding="utf-8")
    built = mkdocs_build(root / "site", root / "policy_src", HANDBOOK_PDF="false")
    assert built.returncode == 0, built.stderr
    with serve(root / "site") as url:
        yield url


def test_a_paragraph_s_address_opens_the_page_at_it_and_it_can_be_cited(
    context: BrowserContext, page: Page, site_url: str
) -> None:
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url)
    page.goto(f"{site_url}/safeguarding/#photography-p2")
    target = page.locator(".clause:target")
    expect(target).to_have_id("photography-p2")
    expect(target).to_contain_text("photographs featuring children")
    expect(target).to_be_in_viewport()
    citation = target.locator(":scope > .clause-tools button").nth(1)
    expect(citation).to_have_attribute("title", "Copy citation of 'Photography', paragraph 2")
    target.hover()
    page.evaluate("() => navigator.clipboard.writeText('nothing yet')")
    citation.click()
    expect(citation).to_have_text("Copied")
    assert page.evaluate("() => navigator.clipboard.readText()") == \
        "Riverside Juniors FC Safeguarding Policy, 'Photography', paragraph 2"


def test_search_finds_the_paragraph_and_opens_the_page_at_it(
    page: Page, site_url: str, search: Callable[[Page, str], Locator]
) -> None:
    page.goto(f"{site_url}/safeguarding/")
    best = search(page, "photographs of children")
    _, paragraph = best.locator("a.md-search-result__link").all()
    expect(paragraph.locator("h2")).to_have_text("Photography, paragraph 2")
    paragraph.click()
    expect(page.locator(".clause:target")).to_have_id("photography-p2")
    location = urlsplit(page.url)
    assert (location.path, location.fragment) == ("/safeguarding/", "photography-p2"), page.url
    expect(page.locator(".clause:target")).to_contain_text("without the written consent of a parent")
