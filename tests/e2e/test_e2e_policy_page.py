"""The real handbook's Social Media Policy page, as a reader uses it in Chromium."""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import BrowserContext, Locator, Page, Request, Response, expect

TRANSPARENT = ("rgba(0, 0, 0, 0)", "transparent")


def _metadata(page: Page) -> dict[str, str]:
    """The policy's metadata block as the reader sees it: {"Version": "1.0", ...}."""
    return page.locator(".policy-meta dt").evaluate_all(
        "dts => Object.fromEntries(dts.map(dt => [dt.innerText.trim(), dt.nextElementSibling.innerText.trim()]))"
    )


def _is_target(clause: Locator) -> bool:
    return clause.evaluate("el => el.matches(':target')")


def _background(clause: Locator) -> str:
    return clause.evaluate("el => getComputedStyle(el).backgroundColor")


def test_policy_page_shows_title_and_metadata(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}/social-media/")

    expect(page).to_have_title(re.compile(r"^Social Media Policy\b"))
    expect(page.locator(".md-content h1")).to_have_text(re.compile(r"^Social Media Policy¶?$"))  # ¶: permalink
    expect(page.locator(".policy-organisation")).to_have_text("St Hugh's School")
    expect(page.locator(".policy-meta")).to_be_visible()
    metadata = _metadata(page)
    assert metadata["Version"] == "1.0", metadata
    assert metadata["Owner"] == "To be confirmed", metadata
    assert metadata["Status"] == "Current", metadata
    expect(page.locator(".clause")).to_have_count(21)


@pytest.mark.parametrize("path", ["/", "/policies/", "/social-media/"])
def test_page_and_search_request_nothing_from_another_origin(
    page: Page, base_url: str, path: str, search: Callable[[Page, str], Locator]
) -> None:
    requests: list[str] = []
    failures: list[str] = []

    def on_response(response: Response) -> None:
        if response.status >= 400:
            failures.append(f"{response.status} {response.url}")

    def on_failed(request: Request) -> None:
        failures.append(f"{request.failure} {request.url}")

    page.on("request", lambda request: requests.append(request.url))
    page.on("response", on_response)
    page.on("requestfailed", on_failed)

    page.goto(f"{base_url}{path}", wait_until="networkidle")
    expect(page.locator(".md-content h1")).to_be_visible()
    search(page, "disclaimer")
    page.wait_for_load_state("networkidle")

    origin = urlsplit(base_url)
    foreign = [
        url
        for url in requests
        if not url.startswith(("data:", "blob:"))
        and (urlsplit(url).scheme, urlsplit(url).netloc) != (origin.scheme, origin.netloc)
    ]
    assert foreign == [], f"{path} requested from other origins: {foreign}"
    assert failures == [], f"{path}: requests that failed: {failures}"
    # The recording saw the page itself and the search worker's own fetch of the index.
    assert f"{base_url}{path}" in requests
    assert f"{base_url}/search/search_index.json" in requests, requests


def test_clause_link_highlights_and_scrolls_to_the_clause(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}/social-media/#clause-18")

    clause = page.locator("#clause-18")
    expect(page.locator(".clause:target")).to_have_id("clause-18")
    assert _is_target(clause)
    expect(clause).not_to_have_css("background-color", TRANSPARENT[0])
    highlight = _background(clause)
    assert highlight not in TRANSPARENT
    assert _background(page.locator("#clause-17")) != highlight, "only the target clause is highlighted"

    expect(clause).to_be_in_viewport()
    # Scrolled to, and its top is not hidden under Material's sticky header.
    header_bottom = page.locator(".md-header").evaluate("el => el.getBoundingClientRect().bottom")
    top = clause.evaluate("el => el.getBoundingClientRect().top")
    viewport_height = page.evaluate("innerHeight")
    assert header_bottom <= top < viewport_height / 2, (header_bottom, top, viewport_height)


def test_clicking_a_clause_number_links_to_and_highlights_the_clause(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}/social-media/")
    assert page.locator(".clause:target").count() == 0

    number = page.locator("#clause-12 a.clause-number")
    expect(number).to_have_text("12.")
    number.click()

    expect(page).to_have_url(f"{base_url}/social-media/#clause-12")
    clause = page.locator("#clause-12")
    expect(page.locator(".clause:target")).to_have_id("clause-12")
    assert _is_target(clause)
    expect(clause).not_to_have_css("background-color", TRANSPARENT[0])
    expect(clause).to_be_in_viewport()


def _copy_and_read(page: Page, button: Locator, sentinel: str) -> str:
    """Click a copy button and return what it put on the clipboard."""
    page.evaluate("text => navigator.clipboard.writeText(text)", sentinel)
    button.click()
    expect(button).to_have_text("Copied")  # shown once the clipboard write has succeeded
    return page.evaluate("() => navigator.clipboard.readText()")


def test_hovering_a_clause_offers_copy_link_and_copy_citation(
    context: BrowserContext, page: Page, base_url: str
) -> None:
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url)
    page.goto(f"{base_url}/social-media/")

    clause = page.locator("#clause-18")
    tools = clause.locator(":scope > .clause-tools")
    copy_link = tools.locator("button", has_text="Copy link")
    copy_citation = tools.locator("button", has_text="Copy citation")
    expect(copy_link).to_have_count(1)
    expect(copy_citation).to_have_count(1)
    # Stable handles on the two buttons, whose labels change to "Copied" when clicked.
    copy_link = tools.locator("button").nth(0)
    copy_citation = tools.locator("button").nth(1)
    expect(copy_link).to_have_text("Copy link")
    expect(copy_citation).to_have_text("Copy citation")

    page.mouse.move(0, 0)
    expect(tools).to_have_css("opacity", "0")  # hidden until the reader points at the clause
    clause.locator("a.clause-number").hover()
    expect(tools).to_have_css("opacity", "1")
    expect(copy_link).to_be_visible()
    expect(copy_citation).to_be_visible()

    # The link carries the version it was made under (see test_e2e_renumbered_links).
    assert _copy_and_read(page, copy_link, "nothing yet") == f"{base_url}/social-media/?v=1.0#clause-18"
    assert _copy_and_read(page, copy_citation, "nothing yet") == "St Hugh's School Social Media Policy, clause 18"
    expect(copy_link).to_have_text("Copy link", timeout=5_000)  # the label comes back
