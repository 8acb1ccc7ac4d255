"""Hostile markup in policy text (issue 22): ``handbook check`` refuses each payload naming ``policy.md:LINE``,
the strict build refuses it keeping the last site, and the build ``make serve`` runs (not strict) publishes
the page with nothing in it that could run, fetch from another site or navigate.

The payloads are in tests/hostile_payloads.py; Chromium loads the non-strict pages in
tests/e2e/test_e2e_hostile_policy_text.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import tinyhtml5
from helpers import REPO, assert_build_fails_keeping_last_site
from hostile_payloads import (
    PAYLOADS,
    STRICT_BUILD_SAMPLE,
    body_with,
    build_without_strict,
    dangers,
    write_hostile_handbook,
    write_policy,
)

from handbook.cli import main
from handbook.markdown_extensions.sanitiser import PAGE, POLICY_TEXT, sanitised


@pytest.mark.parametrize("name", PAYLOADS)
def test_check_refuses_it_naming_the_line(name, tmp_path, capsys):
    payload = PAYLOADS[name]
    body, line = body_with(payload)
    write_policy(tmp_path / "policy_src", body)

    assert main(["check", str(tmp_path / "policy_src"), "--docs", str(REPO / "docs")]) == 1

    error = capsys.readouterr().err
    assert re.search(rf"test-policy/policy\.md:{line}: (.*){payload.message}", error), error
    assert "Traceback" not in error


@pytest.mark.parametrize("name", STRICT_BUILD_SAMPLE)
def test_the_strict_build_refuses_it_keeping_the_last_site(name, tmp_path):
    payload = PAYLOADS[name]
    body, line = body_with(payload)
    write_policy(tmp_path / "policy_src", body)
    assert_build_fails_keeping_last_site(
        tmp_path / "site", tmp_path / "policy_src", rf"test-policy/policy\.md:{line}: (.*){payload.message}"
    )


def test_text_markdown_reads_alone_but_not_on_its_page_stops_every_build_naming_its_line(tmp_path, capsys):
    # A Word paste cut short at a clause's end: Python-Markdown's HTML reader reads the clause alone,
    # but asserts on it among the page's Markdown (before the next clause's "</div>").
    write_policy(tmp_path / "policy_src", "1. First.\n2. Report it to the DSL <![\n3. Last.\n")
    message = r"test-policy/policy\.md:16: Python-Markdown cannot read the HTML-like text here"

    assert main(["check", str(tmp_path / "policy_src"), "--docs", str(REPO / "docs")]) == 1
    assert re.search(message, capsys.readouterr().err)
    assert_build_fails_keeping_last_site(tmp_path / "site", tmp_path / "policy_src", message)
    lenient = build_without_strict(tmp_path / "lenient", tmp_path / "policy_src")  # the page cannot be made
    assert lenient.returncode != 0
    assert re.search(message, lenient.stderr), lenient.stderr
    assert "Traceback" not in lenient.stderr + lenient.stdout


@pytest.fixture(scope="module")
def lenient_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = tmp_path_factory.mktemp("lenient")
    write_hostile_handbook(root / "policy_src")
    result = build_without_strict(root / "site", root / "policy_src")
    assert result.returncode == 0, result.stderr
    return root / "site", result.stderr


def test_the_lenient_build_warns_naming_each_line(lenient_site):
    _, log = lenient_site
    warned = re.findall(r"WARNING +- +\S*test-policy/policy\.md:(\d+): .*\(left out of the page\)", log)
    assert len(set(warned)) >= 20, log


@pytest.mark.parametrize("page", ["test-policy/index.html", "policies/index.html", "changes/index.html"])
def test_the_lenient_build_publishes_nothing_unsafe(lenient_site, page):
    site, _ = lenient_site
    document = tinyhtml5.parse((site / page).read_text(encoding="utf-8"))
    content = next(e for e in document.iter() if "md-content__inner" in e.get("class", ""))
    assert dangers(content) == []
    if page.startswith("test-policy"):  # the page is there, its clauses with it
        assert {"clause-1", "clause-2"} <= {element.get("id") for element in content.iter()}


def test_the_sanitiser_leaves_what_the_pages_need():
    markup = (
        '<div class="clause" id="clause-2" data-depth="1" data-citation="Policy, clause 2">'
        '<p><a class="clause-number" href="#clause-2" title="Link">2.</a> See <a class="external-link" '
        'href="https://gov.uk/x" rel="external noopener">this</a>, <abbr title="Lead">DSL</abbr>, <sup>h</sup>'
        '<br><img alt="form" src="/assets/form.png"></p></div>'
        '<table><thead><tr><th style="text-align: left;">a</th></tr></thead></table>'
        '<form class="version-on-date" hidden="hidden"><input type="date" id="d" name="day"></form>'
    )
    assert sanitised(markup, PAGE).removals == ()
    assert sanitised(markup, PAGE).html == markup.replace("<br>", "<br>")  # nh3 writes it back as it was
    # Policy text alone may not hold the page's own furniture.
    refused = [removal.message for removal in sanitised(markup, POLICY_TEXT).removals]
    assert "'data-depth' cannot be set on <div>" in refused[0]
    form = "'<form class=\"version-on-date\" hidden=\"hidden\">' is HTML"
    assert any(message.startswith(form) for message in refused)


@pytest.mark.parametrize(
    ("markup", "kept"),
    [
        ('<p>x <!-- note --> y</p>', "<p>x  y</p>"),
        ("<p><img src=x onerror=alert(1)></p>", '<p><img src="x"></p>'),
        ('<p><a href="javascript:alert(1)">x</a></p>', "<p><a>x</a></p>"),
        ('<p><img src="/\\evil.example/x.png"></p>', "<p><img></p>"),
        ('<h3 tabindex="0" autofocus onfocus="alert(1)" id="h">H</h3>', '<h3 id="h">H</h3>'),
        ('<p>a<meta http-equiv="refresh" content="0;url=https://evil.example/">b</p>', "<p>ab</p>"),
        ("<p>a<script>alert(1)</script>b</p>", "<p>ab</p>"),
    ],
)
def test_each_removal_is_found_and_only_the_allowed_html_is_kept(markup, kept):
    result = sanitised(markup, PAGE)
    assert result.html == kept
    assert result.removals, markup
