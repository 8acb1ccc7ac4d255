"""Text from policy files is shown as written and never runs, on every kind of page (issue 11).

A handbook is built whose Social Media Policy is titled ``Social Media <script>...</script> Policy``,
whose new version was approved by and summarised as HTML that would run, and with a second policy
titled ``Use of <AI> Tools`` whose clause links to another site. Chromium opens each kind of page:
no dialog opens, nothing is requested from another origin, and the titles read as written.
"""

from __future__ import annotations

import shutil
import urllib.request
import xml.etree.ElementTree as etree
from collections.abc import Callable, Iterator
from urllib.parse import urlsplit

import pytest
from helpers import BUILD_DAY, REPO, mkdocs_build, policy_source
from playwright.sync_api import Locator, Page, expect

from handbook.cli import main

from .conftest import serve

SCRIPT_TITLE = "Social Media <script>alert('title')</script> Policy"
AI_TITLE = "Use of <AI> Tools"
PAGES = [
    "social-media/",  # the current version
    "social-media/1.0/",  # an archived version
    "social-media/changes/",  # its change log
    "social-media/self-check/",
    "changes/",  # what changed
    "reviews/",  # the review dashboard
    "policies/",  # the index
    "use-of-ai-tools/",
]


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("hostile")
    policy_src = root / "policy_src"
    shutil.copytree(REPO / "policy_src" / "social-media", policy_src / "social-media")
    policy = policy_src / "social-media" / "policy.md"
    text = policy.read_text(encoding="utf-8").replace("title: Social Media Policy", f'title: "{SCRIPT_TITLE}"')
    policy.write_text(text.replace("effective_from: TBC", "effective_from: 2025-09-01"), encoding="utf-8")
    (policy_src / "use-of-ai-tools").mkdir()
    (policy_src / "use-of-ai-tools" / "policy.md").write_text(
        policy_source(
            "1. Check what an AI tool writes before you use it.\n"
            "2. Read [the government's guidance](https://evil.example/guidance) first.\n",
            id="use-of-ai-tools",
            title=f'"{AI_TITLE}"',
        ),
        encoding="utf-8",
    )
    source = ["--policy-src", str(policy_src)]
    assert main(["review", "start", "social-media", *source]) == 0
    approve = ["--by", "<img src=x onerror=alert('by')>", "--summary", "<script>alert('summary')</script>"]
    assert main(["review", "approve", "social-media", *approve, "--on", "2026-05-01", *source]) == 0

    result = mkdocs_build(
        root / "site", policy_src, HANDBOOK_PDF="false", SOURCE_DATE_EPOCH=str(int(BUILD_DAY.timestamp()))
    )
    assert result.returncode == 0, result.stderr
    with serve(root / "site") as url:
        yield url


@pytest.fixture
def watched(page: Page, hostile_url: str) -> Iterator[tuple[Page, list[str]]]:
    """The page, and what went wrong on it: a dialog opened, a request left the site."""
    problems: list[str] = []
    origin = urlsplit(hostile_url).netloc
    page.on("dialog", lambda dialog: (problems.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    page.on("request", lambda request: urlsplit(request.url).netloc in ("", origin) or problems.append(request.url))
    yield page, problems


@pytest.mark.parametrize("path", PAGES)
def test_titles_and_summaries_are_text_on_every_page(watched, hostile_url, path):
    page, problems = watched
    page.goto(f"{hostile_url}/{path}")
    page.wait_for_load_state("load")
    # Each page's navigation lists the policy it belongs to (handbook.mkdocs_build.navigation).
    own_policy = {"social-media": SCRIPT_TITLE, "use-of-ai-tools": AI_TITLE}.get(path.partition("/")[0])
    if own_policy:
        navigation = page.locator("nav.md-nav--primary")
        expect(navigation.get_by_text(own_policy, exact=True).first).to_be_attached()
    assert page.locator("script:not([src]):not([type='application/json'])").evaluate_all(
        "scripts => scripts.filter(s => s.textContent.includes('alert')).length"
    ) == 0
    if path.startswith("social-media/") and "self-check" not in path:
        assert SCRIPT_TITLE in page.title()
    if path == "use-of-ai-tools/":
        assert page.title().startswith(AI_TITLE)
        link = page.get_by_role("link", name="the government's guidance")
        expect(link).to_have_attribute("rel", "external noopener")
    if path in ("changes/", "social-media/changes/", "social-media/"):
        expect(page.get_by_text("<script>alert('summary')</script>").first).to_be_visible()
    if path == "reviews/":
        expect(page.get_by_text("<img src=x onerror=alert('by')>").first).to_be_attached()
    assert problems == []


def test_search_shows_titles_as_text(watched, hostile_url, search: Callable[[Page, str], Locator]):
    page, problems = watched
    page.goto(f"{hostile_url}/")
    best = search(page, "tools")
    expect(best.locator("a.md-search-result__link").first).to_contain_text(AI_TITLE)
    assert problems == []


def test_the_feed_holds_the_summary_as_text(hostile_url):
    with urllib.request.urlopen(f"{hostile_url}/changes/feed.xml") as response:
        feed = etree.fromstring(response.read())
    summaries = [e.text for e in feed.iter("{http://www.w3.org/2005/Atom}summary")]
    assert any("<script>alert('summary')</script>" in (s or "") for s in summaries)
