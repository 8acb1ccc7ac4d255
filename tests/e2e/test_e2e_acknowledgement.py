"""Read-and-acknowledge in Chromium: the "Confirm you have read" link and the My reading page, served
under the documented Content-Security-Policy, on a small handbook built with a form set."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import mkdocs_build, policy_source
from playwright.sync_api import BrowserContext, Page, Request, expect

from handbook.acknowledgements.form_link import text_hash
from handbook.source.policy_file import parse_policy_file

from .conftest import RECORD_VIOLATIONS, accessibility_violations, policy_violations, serve

FORM = "https://forms.example.org/r?id=F1&p={policy}&v={version}&t={title}&h={hash}"
ODD_TITLE = "Fish & \"Chips\" Café Policy"


@pytest.fixture(scope="module")
def policy_src(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("acknowledge-policies") / "policy_src"
    for policy_id, title, audience, asks in [
        ("fish", f"'{ODD_TITLE}'", "[staff]", "true"),
        ("governance", "Governance Policy", "[governors]", "true"),
        ("trips", "Trips Policy", "[staff, volunteers]", "false"),
    ]:
        (root / policy_id).mkdir(parents=True)
        (root / policy_id / "policy.md").write_text(
            policy_source("1. Read this.\n2. And this.\n", id=policy_id, title=title, applies_to=audience,
                          acknowledge=asks), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def site_url(policy_src: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    site = tmp_path_factory.mktemp("acknowledge-site") / "site"
    built = mkdocs_build(site, policy_src, HANDBOOK_PDF="false", HANDBOOK_ACKNOWLEDGEMENT_FORM=FORM)
    assert built.returncode == 0, built.stderr
    with serve(site) as url:
        yield url


@pytest.fixture
def recorded(context: BrowserContext) -> list[Request]:
    requests: list[Request] = []
    context.add_init_script(RECORD_VIOLATIONS)
    context.on("request", lambda request: requests.append(request))
    return requests


def test_the_link_is_filled_and_escaped_and_the_page_sends_nothing_elsewhere(
    page: Page, site_url: str, policy_src: Path, recorded: list[Request]
):
    page.goto(f"{site_url}/fish/", wait_until="networkidle")
    code = text_hash(parse_policy_file(policy_src / "fish" / "policy.md"))
    expected = f"https://forms.example.org/r?id=F1&p=fish&v=1.0&t=Fish%20%26%20%22Chips%22%20Caf%C3%A9%20Policy&h={code}"
    links = page.locator("a.acknowledge-link")
    expect(links).to_have_count(2)  # in the details box and after the text
    for link in links.all():
        assert link.get_attribute("href") == expected
        assert link.get_attribute("rel") == "noreferrer"
        expect(link).to_have_text("Confirm you have read version 1.0")
    expect(page.locator(".policy-meta a.acknowledge-link")).to_be_visible()
    expect(page.locator(".policy-acknowledge")).to_contain_text(code)
    assert recorded, "the page's own files were requested"
    assert [r.url for r in recorded if not r.url.startswith(site_url)] == []
    assert policy_violations(page) == []
    assert accessibility_violations(page) == []


def test_a_policy_that_does_not_ask_has_no_link(page: Page, site_url: str):
    page.goto(f"{site_url}/trips/")
    expect(page.locator("h1")).to_contain_text("Trips Policy")
    expect(page.locator("a.acknowledge-link")).to_have_count(0)


def item(page: Page, policy_id: str):
    return page.locator("#my-reading-list li").filter(has=page.locator(f'[data-policy="{policy_id}"]'))


def test_my_reading_lists_the_roles_policies_and_remembers_only_when_asked(
    page: Page, site_url: str, recorded: list[Request]
):
    page.goto(f"{site_url}/my-reading/")
    expect(page.locator("#my-reading-form")).to_be_visible()
    page.select_option("#my-reading-role", "governors")
    expect(item(page, "governance")).to_be_visible()
    expect(item(page, "fish")).to_be_hidden()
    expect(item(page, "trips")).to_be_hidden()
    expect(page.locator("#my-reading-status")).to_have_text(
        "1 policy for governors: 0 read, 1 to read.")

    # Ticked without "Remember": gone after a reload, and nothing was stored.
    item(page, "governance").get_by_role("checkbox").check()
    expect(item(page, "governance")).to_have_attribute("data-reading", "read")
    assert page.evaluate("() => localStorage.length") == 0
    page.reload()
    expect(item(page, "governance").get_by_role("checkbox")).not_to_be_checked()
    expect(page.locator("#my-reading-role")).to_have_value("")

    # With "Remember": the role and the tick come back.
    page.select_option("#my-reading-role", "staff")
    page.locator("#my-reading-remember").check()
    item(page, "fish").get_by_role("checkbox").check()
    page.reload()
    expect(page.locator("#my-reading-remember")).to_be_checked()
    expect(page.locator("#my-reading-role")).to_have_value("staff")
    expect(item(page, "fish").get_by_role("checkbox")).to_be_checked()
    expect(item(page, "trips")).to_be_visible()
    expect(item(page, "governance")).to_be_hidden()

    # The policy changed since: another text code than the one ticked.
    key = page.evaluate("() => Object.keys(localStorage)[0]")
    kept = json.loads(page.evaluate("key => localStorage.getItem(key)", key))
    kept["read"]["fish"]["hash"] = "000000000000"
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [key, json.dumps(kept)])
    page.reload()
    expect(item(page, "fish")).to_have_attribute("data-reading", "changed")
    expect(item(page, "fish")).to_contain_text("Changed since you read version 1.0: read it again.")
    expect(item(page, "fish").get_by_role("checkbox")).not_to_be_checked()
    expect(page.locator("#my-reading-status")).to_have_text(
        "2 policies for staff: 0 read, 1 changed since you read them, 1 to read.")

    page.locator("#my-reading-forget").click()
    assert page.evaluate("() => localStorage.length") == 0
    expect(page.locator("#my-reading-remember")).not_to_be_checked()
    assert [r.url for r in recorded if not r.url.startswith(site_url)] == []
    assert policy_violations(page) == []
    assert accessibility_violations(page) == []


def test_my_reading_is_a_plain_list_without_javascript(new_context, site_url: str):
    page = new_context(java_script_enabled=False).new_page()
    page.goto(f"{site_url}/my-reading/")
    expect(page.locator("#my-reading-form")).to_be_hidden()
    expect(page.locator("#my-reading-list li")).to_have_count(3)
    expect(item(page, "governance")).to_contain_text("Governance Policy, version 1.0, for governors.")
    expect(item(page, "fish").locator("a.acknowledge-link")).to_have_count(1)
    expect(item(page, "trips").locator("a.acknowledge-link")).to_have_count(0)
    expect(page.locator("nav.md-nav a", has_text="My reading").first).to_be_attached()
