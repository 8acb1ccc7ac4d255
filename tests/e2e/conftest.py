"""End-to-end fixtures: serve the real sites (built once: tests/conftest.py) over HTTP, drive them in Chromium.

Playwright cannot download its own browsers here, so the tests launch Debian's Chromium.
Everything costly (the two builds, the HTTP servers, the browser) is shared by the session;
each test gets a fresh browser context, so cookies, storage and permissions never leak.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Callable, Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Locator, Page, Playwright, expect, sync_playwright

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT_MS = 10_000  # fail fast: everything is local, nothing should take seconds

expect.set_options(timeout=TIMEOUT_MS)


# --- the sites ------------------------------------------------------------------------------


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def _serve(directory: Path) -> Iterator[str]:
    """Serve ``directory`` on 127.0.0.1 (a port the OS picks as free) and yield its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name=f"serve {directory}", daemon=True)
    thread.start()
    try:
        host, port = server.server_address[:2]
        yield f"http://{host}:{port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="session")
def base_url(real_site: Path) -> Iterator[str]:
    """Where the real handbook is served, e.g. http://127.0.0.1:41234 (no trailing slash)."""
    yield from _serve(real_site)


@pytest.fixture(scope="session")
def example_url(example_site: Path) -> Iterator[str]:
    """Where the example handbook is served (no trailing slash)."""
    yield from _serve(example_site)


# --- the browser ----------------------------------------------------------------------------


@pytest.fixture(scope="session")
def playwright_session() -> Iterator[Playwright]:
    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser(playwright_session: Playwright) -> Iterator[Browser]:
    browser = playwright_session.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture
def new_context(browser: Browser) -> Iterator[Callable[..., BrowserContext]]:
    """Make browser contexts (``new_context(java_script_enabled=False)``); all closed after the test."""
    contexts: list[BrowserContext] = []

    def make(**options: object) -> BrowserContext:
        context = browser.new_context(**options)
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def context(new_context: Callable[..., BrowserContext]) -> BrowserContext:
    return new_context()


@pytest.fixture
def page(context: BrowserContext) -> Page:
    return context.new_page()


# --- helpers for the tests ------------------------------------------------------------------


@pytest.fixture
def search() -> Callable[[Page, str], Locator]:
    """Type a query into Material's search as a user would; return the first (best) result group.

    The returned locator is the first ``li.md-search-result__item``: one page, whose own link
    comes first, followed by its matching sections best score first. It may match nothing
    ("No matching documents"): tests that expect results assert them.
    """

    def run(page: Page, query: str) -> Locator:
        page.keyboard.press("/")  # Material's keyboard shortcut for search
        field = page.locator("input.md-search__input")
        expect(field).to_be_focused()
        # Material searches on keyup. Filling the field and then pressing a key runs the one
        # query asked for, where typing letter by letter would show results for "d", "di", ...
        field.fill(query)
        field.press("End")
        # "1 matching document", "2 matching documents" or "No matching documents".
        expect(page.locator(".md-search-result__meta")).to_have_text(re.compile(r"matching documents?$"))
        return page.locator(".md-search-result__list > li.md-search-result__item").first

    return run
