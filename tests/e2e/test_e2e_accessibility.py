"""axe-core finds no accessibility violation on any kind of page (the self-check page, after a
check: test_e2e_selfcheck.py)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from .conftest import EVERY_KIND_OF_PAGE, accessibility_violations


@pytest.mark.parametrize(("site", "path"), [(site, path) for site, path, _ in EVERY_KIND_OF_PAGE])
def test_no_accessibility_violations(page: Page, request: pytest.FixtureRequest, site: str, path: str) -> None:
    page.goto(request.getfixturevalue(site) + path)
    assert accessibility_violations(page) == []
