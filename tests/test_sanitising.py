"""Markup from policy files: front matter is published as text, and policy text holds only the HTML
the rule in docs/authoring.md allows ("HTML in policy text"), refused otherwise with FILE:LINE."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
import yaml
from helpers import assert_build_fails_keeping_last_site, policy_source
from hypothesis import example, given, seed, settings
from hypothesis import strategies as st
from markdown import Markdown

from handbook.errors import PolicySourceError
from handbook.markdown_extensions.sanitiser import _scheme_names
from handbook.model import Handbook
from handbook.pages import policy_pages
from handbook.printing import print_documents
from handbook.source.policy_file import parse_policy

HOSTILE_TITLE = "Social Media <script>alert('t')</script> Policy"


def parse(clause: str) -> object:
    return parse_policy(policy_source(f"1. First.\n2. {clause}\n"), Path("policy_src/test/policy.md"))


@pytest.mark.parametrize(
    ("clause", "line", "message"),
    [
        ('<script src="http://evil.example/x.js"></script>', 16, "'<script src=\"http://evil.example/x.js\">' is HTML"),
        ('Watch <iframe src="https://evil.example/v"></iframe>', 16, "'<iframe src=\"https://evil.example/v\">'"),
        ("Use of <AI> Tools", 16, "'<AI>' is HTML, which policy text may not hold (only <br>, <abbr>, <sup>"),
        ("[Report it](javascript:alert(1))", 16, "the link to 'javascript:alert(1)' is refused"),
        ("[Report it](java&#115;cript:alert(1))", 16, "the link to 'javascript:alert(1)' is refused"),
        ("[Form](data:text/html,<b>hi</b>)", 16, "the link to 'data:text/html,"),
        ("Be kind online.\n{ onclick=\"alert(1)\" }", 17, "'onclick' cannot be set on <p> in policy text"),
        ("Be kind online.\n{ style=\"background: url(https://evil.example/t)\" }", 17, "'style' cannot be set on <p>"),
        ("![Our logo](https://evil.example/logo.png)", 16, "the image 'https://evil.example/logo.png' is on another"),
        ("![Our logo](//evil.example/logo.png)", 16, "the image '//evil.example/logo.png' is on another site"),
        ('The <abbr title="x" onmouseover="alert(1)">DSL</abbr>', 16, "'onmouseover' is not allowed on <abbr>"),
        # HTML that would be harmless once sanitised is still not policy text: Markdown writes these.
        ("See <div>this</div> box.", 16, "'<div>' is HTML, which policy text may not hold"),
        ('The <a href="https://example.org">guidance</a>.', 16, "'<a href=\"https://example.org\">' is HTML"),
        ('The <img src="/assets/form.png" alt="form"> form.', 16, "'<img src=\"/assets/form.png\" alt=\"form\">'"),
    ],
)
def test_html_the_rule_does_not_allow_is_refused_at_its_line(clause, line, message):
    with pytest.raises(PolicySourceError) as caught:
        parse(clause)
    assert str(caught.value).startswith(f"policy_src/test/policy.md:{line}: ")
    assert message in str(caught.value)


def test_the_allowed_html_and_ordinary_links_are_accepted():
    clause = (
        'Tell the <abbr title="Designated Safeguarding Lead">DSL</abbr> at once.<br>Within 24<sup>h</sup>; '
        "see [the guidance](https://www.gov.uk/guidance), [e-mail us](mailto:dsl@example.org), "
        "[the code](policy:test-policy#clause-1) and ![the form](/assets/form.png).\n"
        "{ #report-at-once .important }"
    )
    assert parse(clause).clause((2,)).text.startswith("Tell the <abbr")


def test_links_to_other_sites_are_marked_as_leaving_the_site():
    converter = Markdown(extensions=policy_pages.MARKDOWN_EXTENSIONS)
    page = converter.convert(
        '<div class="policy-body" markdown>\n\nSee [the guidance](https://www.gov.uk/guidance) '
        "and [clause 1](#clause-1).\n\n</div>"
    )
    assert '<a class="external-link" href="https://www.gov.uk/guidance" rel="external noopener">' in page
    assert '<a href="#clause-1">' in page


def test_front_matter_values_reach_the_page_title_as_text(write_policy):
    policy = parse_policy(
        policy_source(title=f'"{HOSTILE_TITLE}"', summary='"Use of <AI> Tools & more"'),
        Path("policy_src/test/policy.md"),
    )
    (index, page) = policy_pages.pages(Handbook((policy,)), date(2026, 6, 1))
    front = yaml.safe_load(page.markdown.split("---")[1])
    # MkDocs and Material publish the title as HTML (nav, <title>, search): it must arrive escaped.
    assert front["title"] == "Social Media &lt;script&gt;alert(&#x27;t&#x27;)&lt;/script&gt; Policy"
    assert "<script>" not in page.markdown and "<script>" not in index.markdown
    assert "Use of &lt;AI&gt; Tools &amp; more" in page.markdown


def test_the_build_stops_at_a_script_in_a_clause_and_keeps_the_last_site(write_policy, tmp_path):
    write_policy('1. First.\n2. Read this.\n<script src="http://evil.example/x.js"></script>\n')
    assert_build_fails_keeping_last_site(
        tmp_path / "site", tmp_path / "policy_src", r"test-policy/policy.md:17: '<script src=\S+>' is HTML"
    )


def test_front_matter_values_reach_the_print_documents_as_text():
    policy = parse_policy(
        policy_source(title=f'"{HOSTILE_TITLE}"', owner='"<b>Head</b> & Deputy"', version='"1.0<br>"'),
        Path("policy_src/test/policy.md"),
    )
    for document in print_documents.documents(Handbook((policy,)), print_documents.Edition(day=date(2026, 6, 1))):
        assert "<script>" not in document.html and "<b>" not in document.html and "1.0<br>" not in document.html
        assert "Social Media &lt;script&gt;alert(" in document.html
        assert "&lt;b&gt;Head&lt;/b&gt; &amp; Deputy" in document.html


# What the sanitiser's normalising pass must keep, so that a link the allow-list removes is reported: every
# name this finds in the page, the HTML decoded and unwrapped (tried from each letter: slow, but plainly right).
SCHEME_BEFORE_COLON = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*(?=:)")


@seed(20)
@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aJZ9+.-:é \t\n&#;/\"=<>", max_size=40))
@example('<a href="JavaScript:alert(1)">')
@example("java\tscript: 1abc:x x.Java-Script+1:y a:b:c :: 9: é: -a.b:")
def test_the_normalising_pass_is_told_every_scheme_a_page_writes(text):
    assert _scheme_names(text) == {name.lower() for name in SCHEME_BEFORE_COLON.findall(text)}
