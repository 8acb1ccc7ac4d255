"""docs/hosting.md's Content-Security-Policy: one policy in every server's form, and built pages it lets run.

The browser side (no page breaks the policy) is tests/e2e/test_e2e_content_security_policy.py.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from helpers import documented_content_security_policy

# Script types a browser runs; others (application/json) are data, which the policy leaves alone.
_RUNNABLE_SCRIPT_TYPES = {"", "text/javascript", "application/javascript", "module"}


class _InlineCodeFinder(HTMLParser):
    """Collects what a policy without 'unsafe-inline' blocks: inline scripts, style elements and
    attributes, event handler attributes and javascript: links."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        line = self.getpos()[0]
        script_type = (attributes.get("type") or "").strip().lower()
        if tag == "script" and "src" not in attributes and script_type in _RUNNABLE_SCRIPT_TYPES:
            self.found.append(f"line {line}: an inline <script>")
        if tag == "style":
            self.found.append(f"line {line}: a <style> element")
        for name, value in attrs:
            if name == "style" or name.startswith("on"):
                self.found.append(f"line {line}: <{tag} {name}=...>")
            elif name in {"href", "src", "action"} and (value or "").strip().lower().startswith("javascript:"):
                self.found.append(f"line {line}: <{tag} {name}=\"javascript:...\">")


def inline_code(site: Path) -> list[str]:
    found = []
    for page in sorted(site.rglob("*.html")):
        finder = _InlineCodeFinder()
        finder.feed(page.read_text(encoding="utf-8"))
        found += [f"{page.relative_to(site)}, {where}" for where in finder.found]
    return found


def test_every_server_form_gives_one_policy_that_allows_no_inline_code() -> None:
    policies = documented_content_security_policy()
    assert len(set(policies.values())) == 1, policies
    policy = policies["nginx"]
    assert "'unsafe-inline'" not in policy and "'unsafe-eval'" not in policy
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
    assert directives["default-src"] == "'self'"
    assert directives["img-src"] == "'self' data:"  # the theme's icons


def test_no_built_page_holds_inline_code(real_site: Path, example_site: Path) -> None:
    for site in (real_site, example_site):
        assert inline_code(site) == []


def test_the_finder_finds_what_the_policy_would_block(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text(
        '<script>run()</script><script type="application/json">{"data": 1}</script><script src="a.js"></script>\n'
        '<p style="color: red" onclick="run()"><a href="javascript:run()">x</a></p><style>p {}</style>'
    )
    assert inline_code(tmp_path) == [
        "index.html, line 1: an inline <script>",
        "index.html, line 2: <p style=...>",
        "index.html, line 2: <p onclick=...>",
        'index.html, line 2: <a href="javascript:...">',
        "index.html, line 2: a <style> element",
    ]
