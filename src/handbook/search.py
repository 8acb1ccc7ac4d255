"""Clause-level search: one search entry per clause, so a hit lands on the clause's anchor.

Material's search starts a section only at headings, so the pages mark clauses with
``data-search-exclude`` (see handbook.rendering) and the entries below are added to its index.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from .model import Policy

# Markdown syntax that would show in a search result's excerpt. Rendering every clause through
# Python-Markdown just for its text doubled the cost of the hook on a large handbook.
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)(\{[^}]*\})?")
_EMPHASIS_OR_CODE = re.compile(r"(\*\*|__|\*|`)")
_LIST_MARKER = re.compile(r"^\s*(?:[-*+]|\d+\.)\s+", re.MULTILINE)


def clause_entries(policy: Policy, location: str) -> list[dict[str, str]]:
    """Search entries for each clause of ``policy``, whose page is at ``location`` ("social-media/")."""
    return [
        {
            "location": f"{location}#{clause.anchor}",
            "title": f"Clause {clause.dotted}",
            "text": html.escape(_plain_text(clause.text), quote=False),
        }
        for clause in policy.clauses
    ]


def _plain_text(markdown_text: str) -> str:
    text = _LINK.sub(r"\1", markdown_text)
    text = _EMPHASIS_OR_CODE.sub("", _LIST_MARKER.sub("", text))
    return " ".join(text.split())


def add_entries(index_file: Path, entries: list[dict[str, str]]) -> None:
    """Append ``entries`` to the search index Material wrote at ``index_file``."""
    index = json.loads(index_file.read_text(encoding="utf-8"))
    index["docs"] += entries
    index_file.write_text(json.dumps(index, separators=(",", ":")), encoding="utf-8")
