"""Every kind of page, search open, works under docs/hosting.md's Content-Security-Policy.

The sites are served with that policy's header (conftest.py). The browser reports each thing the
policy blocks as a ``securitypolicyviolation`` event and a console error; both must stay empty.
The self-check page, after a check, is tested with its checker in test_e2e_selfcheck.py.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from .conftest import CONTENT_SECURITY_POLICY, EVERY_KIND_OF_PAGE, RECORD_VIOLATIONS, policy_violations


def watched_page(context: BrowserContext) -> tuple[Page, list[str]]:
    """A page recording policy violations, and the list its console errors and uncaught errors go to."""
    context.add_init_script(RECORD_VIOLATIONS)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    return page, errors


@pytest.mark.parametrize(("site", "path", "query"), EVERY_KIND_OF_PAGE)
def test_page_and_search_break_no_rule_of_the_policy(
    context: BrowserContext, search, request: pytest.FixtureRequest, site: str, path: str, query: str
) -> None:
    page, errors = watched_page(context)
    response = page.goto(request.getfixturevalue(site) + path)
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY

    expect(search(page, query)).to_be_visible()  # the search worker and its index load under the policy

    assert policy_violations(page) == []
    assert errors == []


def test_the_recording_sees_what_the_policy_blocks(context: BrowserContext, base_url: str) -> None:
    page, errors = watched_page(context)
    page.goto(base_url + "/")
    # An inline script, as text slipped into a page would bring: the policy blocks it, and both
    # the recording and the console say so.
    with page.expect_console_message(lambda message: "Content Security Policy" in message.text):
        blocked = page.evaluate("""() => new Promise((resolve) => {
            document.addEventListener("securitypolicyviolation", (event) => resolve(event.violatedDirective));
            const script = document.createElement("script");
            script.textContent = "window.ran = true";
            document.body.append(script);
        })""")
    assert blocked == "script-src-elem"
    assert page.evaluate("() => window.ran") is None
    assert [v.split(" (")[0] for v in policy_violations(page)] == ["script-src-elem blocked inline"]
    assert any("Content Security Policy" in error for error in errors)
