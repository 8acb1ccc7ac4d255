"""Fuzz the way from policy text to published HTML: random clause bodies built from pieces of hostile
markup are read as a policy, rendered as the site renders the policy's page, and sanitised; the
result, parsed as a browser parses it (tinyhtml5, WeasyPrint's HTML5 parser), holds nothing that could
run, fetch from another site, restyle or navigate, and nothing raises but PolicySourceError.

The seed is fixed, so ``make test`` runs the same examples every time. For a longer hunt:
``HANDBOOK_FUZZ_EXAMPLES=5000 .venv/bin/pytest tests/test_fuzz_sanitiser.py``.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import tinyhtml5
from helpers import policy_source
from hostile_payloads import PAYLOADS, dangers
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from handbook.errors import PolicySourceError
from handbook.markdown_extensions.sanitiser import sanitised
from handbook.model import Handbook
from handbook.pages import policy_pages
from handbook.pages.published_markup import render
from handbook.source.policy_file import parse_policy

EXAMPLES = int(os.environ.get("HANDBOOK_FUZZ_EXAMPLES", "150"))

PIECES = [
    "<", ">", "<!--", "-->", "<!-->", "<!--->", "--!>", "<![CDATA[", "]]>", "<?", "?>", "<!", "<!DOCTYPE x>",
    "<img src=x onerror=alert(1)>", "<script>alert(1)</script>", "<script>", "</script>", "<style>", "</style>",
    "<svg>", "<math>", "<mglyph>", "<mtext>", "<table>", "<template>", "<noscript>", "<textarea>", "<title>",
    "<iframe srcdoc='<script>alert(1)</script>'>", "<meta http-equiv=refresh content='0;url=https://evil.example'>",
    "<base href=https://evil.example/>", "<form action=https://evil.example>", "<input autofocus onfocus=alert(1)>",
    "<a href=javascript:alert(1)>", "<abbr title=x onmouseover=alert(1)>", "</abbr>", "<br>", "<sup>", "<sub>",
    "[a](", "](", ")", "[", "]", "![i](", "/\\evil.example/x.png", "//evil.example/x", "java&#115;cript:alert(1)",
    "java\u200bscript:", "java\tscript:", "java&#0;script:", "&#x6A;avascript:", " javascript:", "data:text/html,x",
    "https://example.org/", "mailto:a@example.org", "{: onclick=alert(1) }", "{ style='x' }", "{: tabindex=0 }",
    "{: #id .class }", "[a]: ", "\n[a]: x ", '"', "'", "`", "```", "\n    ", "\n", "\n\n", "\n- ", "\n> ",
    "\n!!! note\n    ", "| a |\n|---|\n| ", "*", "**", "&", "&amp;", "&lt;", "\\<", "text ", "policy:",
    *(payload.text for payload in PAYLOADS.values()),
]  # fmt: skip

clause_bodies = st.lists(st.sampled_from(PIECES), min_size=1, max_size=12).map("".join)


def page_html(body: str) -> str | None:
    """The policy page's published HTML for ``body``, or None when reading the policy refuses it."""
    try:
        policy = parse_policy(policy_source(body), Path("policy_src/test-policy/policy.md"))
        page = policy_pages.policy_page(policy, Handbook((policy,)), date(2026, 6, 1))
        return sanitised(render(page.markdown)).html
    except PolicySourceError:
        return None


@seed(22)
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(first=clause_bodies, second=clause_bodies, heading=clause_bodies)
def test_whatever_the_text_nothing_dangerous_is_published(first, second, heading):
    heading = " ".join(heading.split()) or "Heading"  # a heading is one line
    body = f"# Part\n\n1. {first}\n\n## {heading}\n\n2. {second}\n"
    published = page_html(body)
    if published is not None:
        assert dangers(tinyhtml5.parse(f"<body>{published}</body>")) == []
