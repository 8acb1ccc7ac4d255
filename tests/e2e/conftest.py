"""End-to-end fixtures: serve the real sites (built once: tests/conftest.py) over HTTP, drive them in Chromium.

The sites are served with the Content-Security-Policy that docs/hosting.md gives, so every
end-to-end test also shows that what it tests works under that policy.

Playwright cannot download its own browsers here, so the tests launch Debian's Chromium.
Everything costly (the two builds, the HTTP servers, the browser) is shared by the session;
each test gets a fresh browser context, so cookies, storage and permissions never leak.
"""

from __future__ import annotations

import contextlib
import functools
import re
import sys
import threading
from collections.abc import Callable, Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from helpers import REPO, documented_content_security_policy
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
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"

expect.set_options(timeout=TIMEOUT_MS)


# --- the sites ------------------------------------------------------------------------------


# Every test drives the sites as a host following docs/hosting.md serves them: under its policy.
CONTENT_SECURITY_POLICY = documented_content_security_policy()["nginx"]


class _Handler(SimpleHTTPRequestHandler):
    """Serves files as http.server does, with a Content-Security-Policy header."""

    def __init__(self, *args: object, policy: str, **kwargs: object) -> None:
        self.policy = policy  # before the base class, which handles the request as it starts
        super().__init__(*args, **kwargs)

    def end_headers(self) -> None:
        self.send_header("Content-Security-Policy", self.policy)
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


class _Server(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: tuple) -> None:
        """A browser that hangs up mid-file (a page left while its files load) is not an error: without
        this, socketserver prints the BrokenPipeError's traceback among the tests' output."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextlib.contextmanager
def serve(directory: Path, policy: str = CONTENT_SECURITY_POLICY) -> Iterator[str]:
    """Serve ``directory`` on 127.0.0.1 (a port the OS picks as free) under ``policy``; give its base URL."""
    handler = functools.partial(_Handler, directory=str(directory), policy=policy)
    server = _Server(("127.0.0.1", 0), handler)
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
    with serve(real_site) as url:
        yield url


@pytest.fixture(scope="session")
def example_url(example_site: Path) -> Iterator[str]:
    """Where the example handbook is served (no trailing slash)."""
    with serve(example_site) as url:
        yield url


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

# Every kind of page, as (the fixture serving its site, path, a search query finding something).
# The example handbook has the version history.
EVERY_KIND_OF_PAGE = [
    ("base_url", "/", "disclaimer"),
    ("base_url", "/policies/", "disclaimer"),
    ("base_url", "/social-media/", "disclaimer"),
    ("base_url", "/changes/", "disclaimer"),
    ("base_url", "/reviews/", "disclaimer"),
    ("base_url", "/authoring/", "privacy settings"),  # the guides are not searched: policies are
    ("base_url", "/hosting/", "privacy settings"),
    ("example_url", "/data-protection/", "breach"),  # no top-level heading in its file; review overdue
    ("example_url", "/acceptable-use/1.0/", "password"),  # an archived version
    ("example_url", "/acceptable-use/changes/", "password"),  # a change log
    ("example_url", "/changes/", "password"),
]


# For context.add_init_script: runs in each page before its own scripts, so nothing the
# Content-Security-Policy blocks goes unseen.
RECORD_VIOLATIONS = """
window.policyViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.policyViolations.push(
    `${event.violatedDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
});
"""


def policy_violations(page: Page) -> list[str]:
    return page.evaluate("() => window.policyViolations")


def accessibility_violations(page: Page) -> list[str]:
    """What axe-core finds on the page as it is now, one line per rule and element."""
    page.evaluate(AXE.read_text(encoding="utf-8"))  # evaluated: a <script> tag would break the policy
    violations = page.evaluate("async () => (await axe.run(document)).violations")
    return [f"{v['id']} ({v['help']}): {node['target']} {node['failureSummary']}"
            for v in violations for node in v["nodes"]]


@pytest.fixture
def search() -> Callable[[Page, str], Locator]:
    """Type a query into Material's search as a user would; return the first (best) result.

    The returned locator is the first ``li.md-search-result__item``: one clause, after a link to
    its policy (docs/assets/search-worker.js). It may match nothing ("No matching documents"):
    tests that expect results assert them.
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
