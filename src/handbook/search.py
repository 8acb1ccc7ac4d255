"""Clause-level search: one search entry per clause, so a hit lands on the clause's anchor.

The search engine starts a section only at headings, so the pages leave clauses out of the
page's own entry (handbook.material.SEARCH_EXCLUDE) and the entries below are added to the index.
"""

from __future__ import annotations

import html
import re

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
