"""Without JavaScript the policy page reads the same and every clause number is still a link."""

from __future__ import annotations

import re
from collections.abc import Callable

from playwright.sync_api import BrowserContext, expect


def test_clause_numbers_are_links_without_javascript(new_context: Callable[..., BrowserContext], base_url: str) -> None:
    page = new_context(java_script_enabled=False).new_page()
    page.goto(f"{base_url}/social-media/")

    expect(page.locator(".md-content h1")).to_have_text(re.compile(r"^Social Media Policy¶?$"))  # ¶: permalink
    numbers = page.locator(".policy-body .clause > p > a.clause-number")
    expect(numbers).to_have_count(21)
    for n in range(1, 22):
        link = page.get_by_role("link", name=f"{n}.", exact=True)
        expect(link).to_be_visible()
        expect(link).to_have_attribute("href", f"#clause-{n}")
    # handbook.js did not run (so this really is the page without JavaScript) ...
    expect(page.locator(".clause-tools")).to_have_count(0)

    # ... and a clause number still takes the reader to its clause.
    page.get_by_role("link", name="12.", exact=True).click()
    expect(page).to_have_url(f"{base_url}/social-media/#clause-12")
    expect(page.locator(".clause:target")).to_have_id("clause-12")
