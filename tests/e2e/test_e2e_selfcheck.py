"""The self-check page in Chromium: the form, the checker under Pyodide, privacy and bad input.

Pyodide takes seconds to load, so most tests share one page whose checker is ready (the
``checker`` fixture) and put its form back as it was after each test.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from helpers import REPO
from playwright.sync_api import Browser, BrowserContext, Page, Request, expect
from selfcheck_cases import CASES, labelled_texts

from handbook.selfcheck.checker import check
from handbook.selfcheck.checklist import load_checklists
from handbook.source.handbook_folder import load_handbook

from .conftest import (
    CONTENT_SECURITY_POLICY,
    RECORD_VIOLATIONS,
    TIMEOUT_MS,
    accessibility_violations,
    policy_violations,
    serve,
)

PAGE = "/social-media/self-check/"
READY_MS = 90_000  # Pyodide on a busy two-core machine


def _wait_until_ready(page: Page) -> None:
    expect(page.locator("#selfcheck-status")).to_have_text("The checker is ready.", timeout=READY_MS)


@pytest.fixture(scope="module")
def checker_context(browser: Browser, base_url: str) -> Iterator[tuple[BrowserContext, list[Request]]]:
    context = browser.new_context()
    context.set_default_timeout(TIMEOUT_MS)
    context.add_init_script(RECORD_VIOLATIONS)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url)
    requests: list[Request] = []
    context.on("request", lambda request: requests.append(request))
    yield context, requests
    context.close()


@pytest.fixture(scope="module")
def console_messages() -> list[str]:
    """What the shared page and its workers write to the console, the browser's own errors included."""
    return []


@pytest.fixture(scope="module")
def shared_page(checker_context: tuple[BrowserContext, list[Request]], base_url: str,
                console_messages: list[str]) -> Page:
    context, _ = checker_context
    page = context.new_page()
    page.on("console", lambda message: console_messages.append(message.text))
    page.goto(base_url + PAGE)
    _wait_until_ready(page)
    assert page.evaluate("() => window.handbookSelfCheck.kept.then(() => true)")  # the service worker is done
    return page


@pytest.fixture
def checker(shared_page: Page) -> Iterator[Page]:
    """The shared page with its checker ready; its form is cleared after the test."""
    yield shared_page
    shared_page.evaluate("""() => {
        document.getElementById("selfcheck").reset();
        document.getElementById("selfcheck-result").hidden = true;
        localStorage.clear();
    }""")


@pytest.fixture(scope="module")
def checklist():
    (item,) = load_checklists(load_handbook(REPO / "policy_src"))
    return item.checklist


def test_checking_a_profile_and_answers_shows_findings_with_clause_links(checker: Page, base_url: str) -> None:
    page = checker
    page.get_by_label("Profile bio or draft post").fill("Maths teacher at St. Hughs. Views my own.")
    facebook = page.get_by_role("group", name="Facebook", exact=True)
    facebook.get_by_role("group", name=re.compile("^Who can see your Facebook profile")).get_by_label(
        "Anyone").check()
    page.get_by_role("button", name="Check").click()

    result = page.locator("#selfcheck-result")
    expect(result).to_be_visible()
    expect(result).to_be_focused()
    items = result.locator("li.selfcheck-finding")
    expect(items).to_have_count(4)
    expect(items.nth(0)).to_contain_text("names the school")
    expect(items.nth(0)).to_contain_text("Found: “St. Hughs”")
    expect(items.nth(1)).to_contain_text("Found: “teacher”")
    expect(items.nth(2)).to_contain_text("says your views are your own but not that they do not represent the school")
    expect(items.nth(3)).to_contain_text("Facebook: Remember that what you post can be seen around the world")
    expect(result.locator(".selfcheck-disclaimer-text")).to_have_text(
        "These views are my own and do not necessarily represent the views of St Hugh's.")
    expect(page.locator("#selfcheck-status")).to_have_text("Check complete: 4 things to do.")

    # The shared page stays put (leaving it would mean loading Pyodide again): check the address.
    clause_18 = items.nth(2).get_by_role("link", name="clause 18")
    assert clause_18.evaluate("link => link.href") == f"{base_url}/social-media/#clause-18"
    expect(clause_18).to_have_attribute("title", "St Hugh's School Social Media Policy, clause 18")


def test_browser_finds_what_cpython_finds(checker: Page, checklist) -> None:
    """Pyodide in Chromium against CPython (and so against ``handbook selfcheck``, which
    tests/test_selfcheck_cli.py compares with CPython) on every case and labelled text."""
    told_nobody = "yes-people-i-knew-before-their-child-joined-but-i-have-not-told-anyone"
    answers = [{}, {"x-images": "yes", "facebook-parents": told_nobody}, {"linkedin-visibility": "<b>bogus</b>"},
               {"whatsapp-whatsapp-profile": "everyone", "snapchat-location": "sometimes"}]
    # A megabyte the worker shortens before Python reads it: the name straddles where the checker stops.
    megabyte = "\U0001f600" * 19_990 + " St Hugh's views my own " + "<b>x</b> \u202e" * 100_000
    texts = [case.text for case in CASES] + labelled_texts() + [megabyte, megabyte[:20_000], megabyte[:40_002]]
    requests = [{"text": text, "answers": answers[n % len(answers)]} for n, text in enumerate(texts)]
    in_browser = checker.evaluate("requests => window.handbookSelfCheck.checkMany(requests)", requests)
    in_cpython = [check(checklist, r["text"], r["answers"]).to_dict() for r in requests]
    assert in_browser == json.loads(json.dumps(in_cpython))


def test_checking_sends_nothing(checker: Page, checker_context: tuple[BrowserContext, list[Request]],
                                base_url: str) -> None:
    _, requests = checker_context
    # The worker starts from a blob made by the page (blob:http://127.0.0.1:.../...): not a request.
    assert requests and all(r.url.startswith((base_url + "/", "blob:" + base_url + "/")) for r in requests), (
        "a request left the site")
    before = len(requests)
    checker.get_by_label("Profile bio or draft post").fill("Teacher at St Hugh's, private details")
    checker.get_by_role("button", name="Check").click()
    expect(checker.locator("#selfcheck-result")).to_be_visible()
    checker.get_by_role("button", name="Check").click()
    expect(checker.locator("#selfcheck-status")).to_have_text(re.compile("^Check complete"))
    assert requests[before:] == []


def test_hostile_text_is_shown_as_text_and_the_page_stays_responsive(checker: Page) -> None:
    page = checker
    hostile = ('<script>window.pwned = 1</script><img src=x onerror="window.pwned = 1"> '
               "\u202eS\u200bt Hugh\u2019s\u202c \U0001f600 \u05e9\u05dc\u05d5\u05dd ")
    megabyte = hostile + "<b>x</b> \U0001f4a5 " * 90_000
    page.evaluate("text => { document.getElementById('selfcheck-text').value = text; }", megabyte)
    page.get_by_role("button", name="Check").click(timeout=30_000)  # laying out a megabyte takes a while
    # While the worker checks a megabyte, the page still answers.
    page.get_by_label("Remember my answers on this device").focus()
    assert page.evaluate("() => 1 + 1") == 2
    expect(page.locator("#selfcheck-status")).to_have_text(re.compile("^Check complete"), timeout=30_000)
    expect(page.locator("li.selfcheck-finding").first).to_contain_text("only its start was checked")
    expect(page.locator("li[data-kind='identifies-school']")).to_contain_text("Found: “St Hugh\u2019s”")
    assert page.evaluate("() => window.pwned") is None
    assert page.locator("#selfcheck-result img, #selfcheck-result script, #selfcheck-result b").count() == 0


def test_keyboard_only(checker: Page) -> None:
    page = checker
    page.get_by_label("Profile bio or draft post").focus()
    page.keyboard.type("Teaching assistant at @sthughs")
    # Past the clause link in the first question's legend, into its choices; Space chooses one.
    for _ in range(3):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.name") == "facebook-visibility":
            break
    page.keyboard.press("Space")
    chosen = page.locator('input[name="facebook-visibility"]:checked')
    expect(chosen).to_have_count(1)
    for _ in range(200):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.id") == "selfcheck-run":
            break
    expect(page.get_by_role("button", name="Check")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#selfcheck-result")).to_be_focused()
    expect(page.locator("li.selfcheck-finding").first).to_contain_text("Found: “sthughs”")


def test_a_check_breaks_no_rule_of_the_content_security_policy(checker: Page, console_messages: list[str]) -> None:
    # The checker loaded (the fixture waits for it) and checks: Pyodide's WebAssembly compiled under
    # the policy of its worker's script, which the browser applies to the worker.
    checker.get_by_label("Profile bio or draft post").fill("Teacher at St Hugh's")
    checker.get_by_role("button", name="Check").click()
    expect(checker.locator("#selfcheck-status")).to_have_text(re.compile("^Check complete"))
    assert policy_violations(checker) == []  # the page's; the worker's reach the console only
    assert [m for m in console_messages if "content security policy" in m.lower()] == []


def test_a_server_forbidding_webassembly_is_named_rather_than_left_loading(page: Page, real_site: Path) -> None:
    without_webassembly = CONTENT_SECURITY_POLICY.replace(" 'wasm-unsafe-eval'", "")
    assert without_webassembly != CONTENT_SECURITY_POLICY
    with serve(real_site, without_webassembly) as url:
        page.goto(url + PAGE)
        expect(page.locator("#selfcheck-status")).to_have_text(re.compile(
            "^The checker could not load, so the check cannot run: .*forbid WebAssembly.*'wasm-unsafe-eval'"))


def test_no_accessibility_violations(checker: Page) -> None:
    checker.get_by_label("Profile bio or draft post").fill("Teacher at St Hugh's")
    checker.get_by_role("button", name="Check").click()
    expect(checker.locator("#selfcheck-result")).to_be_visible()
    assert accessibility_violations(checker) == []


def test_check_before_the_checker_is_ready_answers_when_it_is(page: Page, base_url: str) -> None:
    page.goto(base_url + PAGE)
    expect(page.get_by_role("button", name="Check")).to_be_visible()
    status = page.locator("#selfcheck-status")
    expect(status).to_have_text("Loading the checker… You can fill in the form meanwhile.")
    page.get_by_label("Profile bio or draft post").fill("St Hugh's")
    page.get_by_role("button", name="Check").click()
    expect(status).to_have_text("Checking as soon as the checker has loaded…")
    expect(status).to_have_text("Check complete: 2 things to do.", timeout=READY_MS)


def test_answers_are_kept_only_when_asked_and_forgotten_on_request(page: Page, base_url: str) -> None:
    page.goto(base_url + PAGE)
    text = page.get_by_label("Profile bio or draft post")
    text.fill("Not to be kept")
    page.reload()
    expect(text).to_have_value("")
    assert page.evaluate("() => localStorage.length") == 0

    text.fill("Keep me")
    page.locator('input[name="tiktok-images"][value="yes"]').check()
    page.get_by_label("Remember my answers on this device").check()
    page.reload()
    expect(text).to_have_value("Keep me")
    expect(page.locator('input[name="tiktok-images"][value="yes"]')).to_be_checked()
    expect(page.get_by_label("Remember my answers on this device")).to_be_checked()

    forget = page.get_by_role("button", name="Forget my saved answers")
    expect(forget).to_be_visible()
    forget.click()
    expect(text).to_have_value("")
    assert page.evaluate("() => localStorage.length") == 0
    page.reload()
    expect(text).to_have_value("")
    expect(page.get_by_label("Remember my answers on this device")).not_to_be_checked()


def test_without_javascript_the_questions_and_clause_links_show(new_context: Callable[..., BrowserContext],
                                                              base_url: str) -> None:
    page = new_context(java_script_enabled=False).new_page()
    page.goto(base_url + PAGE)
    expect(page.locator(".selfcheck-noscript")).to_be_visible()
    for platform in ("Facebook", "Instagram", "X", "TikTok", "LinkedIn", "Snapchat", "WhatsApp"):
        expect(page.get_by_role("group", name=platform, exact=True)).to_be_visible()
    expect(page.get_by_label("Profile bio or draft post")).to_be_visible()
    links = page.locator("form a[href^='../#clause-']")
    expect(links.first).to_be_visible()
    assert links.count() >= 40
    expect(page.get_by_role("button", name="Check")).to_be_hidden()  # it would do nothing


def test_the_policy_links_to_its_self_check(page: Page, base_url: str) -> None:
    page.goto(base_url + "/social-media/")
    page.locator("#clause-18").get_by_role("link", name="Self-check for this clause").click()
    expect(page).to_have_url(base_url + PAGE)
    expect(page.locator("h1")).to_have_text(re.compile("^Social media self-check"))


def test_result_and_disclaimer_can_be_copied(checker: Page) -> None:
    checker.get_by_label("Profile bio or draft post").fill("St Hugh's")
    checker.locator('input[name="x-requests"][value="yes"]').check()
    checker.get_by_role("button", name="Check").click()
    checker.get_by_role("button", name="Copy result").click()
    expect(checker.locator("#selfcheck-status")).to_have_text("Result copied.")
    copied = checker.evaluate("() => navigator.clipboard.readText()")
    assert copied.startswith("Social media self-check: result\n")
    assert "- To do: X: Report school-related requests and messages to the senior management team." in copied
    checker.get_by_role("button", name="Copy disclaimer").click()
    expect(checker.locator("#selfcheck-status")).to_have_text("Disclaimer copied.")
    assert checker.evaluate("() => navigator.clipboard.readText()") == (
        "These views are my own and do not necessarily represent the views of St Hugh's.")


def test_result_can_be_saved_as_text(checker: Page, tmp_path: Path) -> None:
    checker.get_by_label("Profile bio or draft post").fill("<i>St Hugh's</i>")
    checker.get_by_role("button", name="Check").click()
    with checker.expect_download() as download:
        checker.get_by_role("button", name="Save as a text file").click()
    saved = tmp_path / "result.txt"
    download.value.save_as(saved)
    text = saved.read_text(encoding="utf-8")
    assert "Found: “St Hugh's”" in text and "Social Media Policy, clause 18" in text


def test_a_post_finding_quotes_its_words_and_links_its_clause(checker: Page, base_url: str) -> None:
    checker.get_by_label("Profile bio or draft post").fill(
        "Absolutely shattered after parents' evening at St Hugh's, some parents honestly need to get a grip")
    checker.locator('input[name="instagram-tagging"][value="yes"]').check()
    checker.get_by_role("button", name="Check").click()
    negative = checker.locator("li[data-kind='negative-remarks']")
    expect(negative).to_contain_text("To do: Consider whether this is a negative or derogatory remark")
    expect(negative.locator(".selfcheck-quote")).to_have_text(
        "parents' evening at St Hugh's, some parents honestly need to get a grip")
    link = negative.get_by_role("link", name="clause 18")
    assert link.evaluate("link => link.href") == f"{base_url}/social-media/#clause-18"
    # Advice beyond the policy says it is the school's guidance, and cites no clause.
    tagging = checker.locator("li[data-kind='setting']", has_text="Instagram: Turn on tag review")
    expect(tagging).to_contain_text("(The school's guidance (not in the policy))")
    expect(tagging.get_by_role("link")).to_have_count(0)


def test_the_page_works_offline_after_one_visit(
    shared_page: Page, checker_context: tuple[BrowserContext, list[Request]], base_url: str
) -> None:
    context, _ = checker_context  # its shared page has visited, and the service worker has kept the files
    context.set_offline(True)
    try:
        page = context.new_page()
        page.goto(base_url + PAGE)
        _wait_until_ready(page)
        page.get_by_label("Profile bio or draft post").fill("Maths teacher @ SHS")
        page.get_by_role("button", name="Check").click()
        expect(page.locator("li[data-kind='identifies-school']")).to_contain_text("Found: “SHS”")
        page.close()
    finally:
        context.set_offline(False)
