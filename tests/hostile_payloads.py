"""One table of hostile markup in policy text (issue 22), for tests/test_hostile_markup.py (check, strict
and non-strict builds) and tests/e2e/test_e2e_hostile_policy_text.py (Chromium).

Each payload is a clause's text or a section heading; ``message`` is a regular expression the error of
``handbook check`` must match after ``policy.md:LINE: ``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as etree
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urlsplit

from helpers import REPO, policy_source


class Payload(NamedTuple):
    text: str
    message: str
    heading: bool = False  # a section heading (and so an entry of the page's table of contents)


COMMENT = r"(HTML comment|CDATA section|processing instruction) .* is not allowed in policy text"
PAYLOADS = {
    # Comments, CDATA, processing instructions: html.parser reads one long comment, browsers end it early.
    "comment closed by <!-->": Payload("Text <!--><img src=x onerror=alert(1)>-->", COMMENT),
    "comment closed by <!--->": Payload("Text <!---><img src=x onerror=alert(1)>-->", COMMENT),
    "CDATA in HTML": Payload("Text <![CDATA[ > <img src=x onerror=alert(1)> ]]>", COMMENT),
    "meta refresh behind a comment": Payload(
        'Text <!--><meta http-equiv="refresh" content="0;url=https://evil.example/">-->', COMMENT),
    "processing instruction": Payload("Text <?xml x ?><img src=x onerror=alert(1)>", COMMENT),
    "bogus comment": Payload("Text <!x><img src=x onerror=alert(1)>", rf"{COMMENT}|'onerror' cannot be set"),
    # Attribute lists on headings, and a heading (a table of contents entry) holding markup.
    "heading attribute list with a handler": Payload(
        "Heading {: tabindex=0 autofocus onfocus=alert(1) }", r"'(tabindex|autofocus|onfocus)' cannot be set", True),
    "heading attribute list with a style": Payload(
        'Heading {: style="background:url(https://evil.example/t)" }', r"'style' cannot be set", True),
    "heading with a comment": Payload("Heading <!--><img src=x onerror=alert(1)>--> too", COMMENT, True),
    # Text the checker of old read as a reference definition, and the page as a clause's text.
    "script after a reference definition": Payload("[a]: x<script>alert(1)</script>", r"'<script>' is HTML"),
    "meta in a reference definition's title": Payload(
        "[a]: /x \"<meta http-equiv=refresh content='0;url=https://evil.example/'>\"", r"'<meta .*' is HTML"),
    # Addresses as browsers read them.
    "image behind a backslash": Payload(r"![x](/\\evil.example/x.png)", r"the image '/\\evil\.example/x\.png' is on"),
    "link behind a backslash": Payload(r"[x](\javascript:alert(1))", r"leads to no page or file of the handbook"),
    "NUL in the scheme": Payload("[x](java&#0;script:alert(1))", r"holds an invisible or control"),
    # Typed as a character reference: a zero-width space typed as itself is refused by the reader,
    # with its line and column (tests/limit_inputs.py).
    "zero-width space in the scheme": Payload("[x](java&#8203;script:alert(1))", r"invisible or control character"),
    "entity-encoded scheme": Payload("[x](java&#115;cript:alert(1))", r"the link to 'javascript:alert\(1\)' is"),
    "tab in the scheme": Payload("[x](java&#x09;script:alert(1))", r"the link to 'java\tscript:alert\(1\)' is refused"),
    "data: link": Payload("[x](data:text/html,hi)", r"the link to 'data:text/html,hi' is refused"),
    # Elements that fetch, restyle, run or take input.
    "style element": Payload("<style>body{background:url(https://evil.example/t)}</style>", r"'<style>' is HTML"),
    "base element": Payload('Text <base href="https://evil.example/">', r"'<base href=.*' is HTML"),
    "form": Payload('<form action="https://evil.example/"><input name=p></form>', r"'<form action=.*' is HTML"),
    "iframe": Payload('<iframe src="https://evil.example/"></iframe>', r"'<iframe src=.*' is HTML"),
    "svg script": Payload("<svg><script>alert(1)</script></svg>", r"'<svg>' is HTML"),
    "math confusion": Payload("<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", r"'<math>' is"),
    "image with a handler": Payload("<img src=x onerror=alert(1)>", r"'onerror' cannot be set on <img>"),
    "link with a handler": Payload('<a href="https://evil.example" onclick="alert(1)">x</a>', r"'onclick' cannot be"),
    "abbr with a handler": Payload('The <abbr title="x" onmouseover="alert(1)">DSL</abbr>', r"'onmouseover' is not"),
    "object": Payload('<object data="https://evil.example/x"></object>', r"'<object data=.*' is HTML"),
    "stylesheet link": Payload('<link rel=stylesheet href="https://evil.example/x.css">', r"'<link rel=.*' is HTML"),
    # Markup Python-Markdown's HTML parser cannot read at all.
    "marked section": Payload("<![i](/x.png)", r"Python-Markdown cannot read the HTML-like text here"),
}  # fmt: skip
# One of each class, for the (slower) strict builds.
STRICT_BUILD_SAMPLE = [
    "comment closed by <!-->", "CDATA in HTML", "heading attribute list with a handler", "heading with a comment",
    "script after a reference definition", "image behind a backslash", "link behind a backslash", "svg script",
    "marked section",
]  # fmt: skip


def body_with(payload: Payload) -> tuple[str, int]:
    """A policy body holding ``payload``, and the line of the file it is on."""
    if payload.heading:
        return f"# Part one\n\n1. First.\n\n## {payload.text}\n\n2. Second.\n", 19
    return f"1. First.\n2. {payload.text}\n3. Last.\n", 16


def write_policy(policy_src: Path, body: str) -> Path:
    folder = policy_src / "test-policy"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "policy.md"
    path.write_text(policy_source(body), encoding="utf-8")
    return path


def write_hostile_handbook(policy_src: Path) -> None:
    """One policy holding every payload that Markdown can read (each its own clause or section)."""
    readable = [p for name, p in PAYLOADS.items() if name != "marked section"]
    clauses = [p.text for p in readable if not p.heading]
    headings = [p.text for p in readable if p.heading]
    body = "# Part one\n\n" + "".join(f"{n}. {text}\n\n" for n, text in enumerate(clauses, 1))
    body += "".join(f"## {text}\n\n{n}. A clause.\n\n" for n, text in enumerate(headings, len(clauses) + 1))
    write_policy(policy_src, body)


def build_without_strict(site_dir: Path, policy_src: Path) -> subprocess.CompletedProcess:
    """``mkdocs build`` as ``make serve`` builds: warnings do not stop it."""
    env = os.environ | {"NO_MKDOCS_2_WARNING": "1", "HANDBOOK_POLICY_SRC": str(policy_src), "HANDBOOK_PDF": "false"}
    command = [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(site_dir)]
    return subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True)


# --- what must not survive in a published page ------------------------------------------------

DANGEROUS_ELEMENTS = {
    "script", "style", "meta", "base", "link", "iframe", "frame", "object", "embed", "svg", "math", "template",
    "textarea", "noscript", "applet", "portal",
}  # fmt: skip
SAFE_SCHEMES = {"", "http", "https", "mailto", "tel"}
_XHTML = "{http://www.w3.org/1999/xhtml}"


def dangers(content: etree.Element) -> list[str]:
    """What in ``content`` (a tree parsed as browsers parse, e.g. by tinyhtml5) could run, fetch from another
    site, restyle the page or navigate: each as a short description."""
    found = []
    for element in content.iter():
        if not isinstance(element.tag, str):  # a comment
            found.append("a comment")
            continue
        tag = element.tag.removeprefix(_XHTML)
        if tag.startswith("{") or tag in DANGEROUS_ELEMENTS:
            found.append(f"<{tag}>")
        for name, value in element.attrib.items():
            if name.startswith("on") or name in ("autofocus", "formaction", "action", "srcdoc", "http-equiv"):
                found.append(f"<{tag} {name}>")
            if name == "style" and value.strip() not in {f"text-align: {s};" for s in ("left", "center", "right")}:
                found.append(f"<{tag} style={value!r}>")
            if name in ("href", "src", "data", "poster", "cite", "background"):
                address = urlsplit(value.strip().replace("\\", "/"))
                if address.scheme.lower() not in SAFE_SCHEMES or (name != "href" and address.netloc):
                    found.append(f"<{tag} {name}={value!r}>")
                if any(c in value for c in "\x00\t\n\u200b\ufffd"):
                    found.append(f"<{tag} {name}={value!r}>")
    return found
