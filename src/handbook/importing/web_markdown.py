"""Markdown as websites keep it, made ready for the text reader: what only the website understood
is taken out and reported, line numbers kept (each removed line left blank).

- YAML front matter (``---`` lines at the top), as static-site generators use: its ``title`` is
  the document's own, a stated fact; the rest is the website's settings.
- Template placeholders (``<%= current_page.data.title %>``, ``{{ page.title }}``): a line made
  only of one is left out, as its words are not the policy's.
- Links to other pages of the website (``incident-response.md``, ``/guidance.html``) and images:
  the handbook cannot follow them, so their words are kept and each is reported.
"""

from __future__ import annotations

import re

import yaml

from .word_reader import LINK_SCHEMES

# Front-matter settings that state a fact of the policy, and the fact: "review_in: 6 months"
_SETTINGS = {"title": "title", "review_in": "review_every", "review_every": "review_every", "owner": "owner"}
_TEMPLATE = re.compile(r"<%.*?%>|\{\{.*?\}\}|\{%.*?%\}")
_TEMPLATE_LINE = re.compile(r"^\s*(?:#{1,6}\s+)?(?:<%.*?%>|\{\{.*?\}\}|\{%.*?%\})\s*$")
# An inline link or image: ![alt](address "title") / [words](address)
_LINK = re.compile(r"(?P<image>!?)\[(?P<words>[^\[\]\n]*)\]\((?P<address><[^>\n]*>|[^)\s]*)(?:\s+\"[^\"\n]*\")?\)")


def prepared(text: str) -> tuple[str, dict[str, str], list[str]]:
    """The text to read, the document's stated properties ({"title": ...}) and what was changed."""
    lines = text.splitlines()
    properties: dict[str, str] = {}
    notes: list[str] = []
    if lines and lines[0].strip() == "---":
        end = next((i for i, line in enumerate(lines[1:], start=1) if line.strip() in ("---", "...")), None)
        if end is not None:
            try:
                settings = yaml.safe_load("\n".join(lines[1:end]))
            except yaml.YAMLError:
                settings = None
            if isinstance(settings, dict):
                for key, name in _SETTINGS.items():
                    if isinstance(settings.get(key), str | int | float) and str(settings[key]).strip():
                        properties.setdefault(name, " ".join(str(settings[key]).split()))
                notes.append(f"lines 1-{end + 1}: the website's settings (front matter) were left out")
                lines[: end + 1] = [""] * (end + 1)
    for index, line in enumerate(lines):
        if _TEMPLATE_LINE.match(line):
            notes.append(f"line {index + 1}: '{line.strip()[:60]}' is a placeholder of the website's templates; "
                         "left out")
            lines[index] = ""
        elif "](" in line:
            lines[index] = _LINK.sub(lambda m, n=index + 1: _link(m, n, notes), line)
    return "\n".join(lines), properties, notes


def _link(match: re.Match, line: int, notes: list[str]) -> str:
    address = match["address"].strip("<>")
    if match["image"]:
        notes.append(f"line {line}: the image '{address[:60]}' is not imported (the handbook shows no pictures from "
                     "elsewhere); its description is kept as text" if match["words"] else
                     f"line {line}: the image '{address[:60]}' is not imported")
        return match["words"]
    scheme = address.split(":", 1)[0].casefold() if ":" in address else ""
    if address.startswith("#") or scheme in LINK_SCHEMES:
        return match[0]
    notes.append(f"line {line}: the link on '{match['words'][:40]}' to '{address[:60]}' leads to another page of the "
                 "website, which the handbook does not have: its words are kept; link it again as a full web "
                 "address if it matters")
    return match["words"]
