"""Hostile markup in policy text (issue 22), in Chromium: a handbook holding every payload of
tests/hostile_payloads.py is built as ``make serve`` builds it (not strict: the sanitiser's removals are
warnings, the pages are published sanitised), served under the documented Content-Security-Policy and
without any, and each page made from it is loaded: no dialog opens, nothing is requested from another
origin, and the page stays where it was loaded (no meta refresh, no form, no base address).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from hostile_payloads import build_without_strict, write_hostile_handbook

from .conftest import serve

PAGES = ["test-policy/", "policies/", "changes/", "reviews/"]


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile-text")
    write_hostile_handbook(root / "policy_src")
    result = build_without_strict(root / "site", root / "policy_src")
    assert result.returncode == 0, result.stderr
    assert "(left out of the page)" in result.stderr
    return root / "site"


# As if the host sent no Content-Security-Policy: everything allowed, inline scripts too.
ALLOW_EVERYTHING = "default-src * 'unsafe-inline' 'unsafe-eval' data: blob:"


@pytest.fixture(scope="module", params=["documented policy", "no policy"])
def hostile_url(request: pytest.FixtureRequest, hostile_site: Path) -> Iterator[str]:
    """Served under the documented policy, and as if under none: a host that left it out is still safe."""
    policy = {} if request.param == "documented policy" else {"policy": ALLOW_EVERYTHING}
    with serve(hostile_site, **policy) as url:
        yield url


@pytest.mark.parametrize("path", PAGES)
def test_nothing_runs_leaves_the_site_or_navigates(page, hostile_url, path):
    problems: list[str] = []
    origin = urlsplit(hostile_url).netloc
    page.on("dialog", lambda dialog: (problems.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    page.on("request", lambda request: urlsplit(request.url).netloc in ("", origin) or problems.append(request.url))
    address = f"{hostile_url}/{path}"
    page.goto(address)
    page.wait_for_load_state("load")
    page.keyboard.press("Tab")  # an autofocus or tabindex handler would run now
    page.mouse.move(200, 300)
    page.wait_for_timeout(1200)  # a meta refresh of 0 or 1 seconds would have left by now
    assert page.url == address
    assert problems == []
    assert page.locator(".md-content [onerror], .md-content [onclick], .md-content [onfocus]").count() == 0
