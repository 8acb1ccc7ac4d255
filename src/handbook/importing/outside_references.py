"""References to clauses an imported document does not have: another document's clauses.

A memo writes "See AFI 24-501, Chapter 14, paragraph 14.1.1. for stipulations": the paragraph is the
instruction's, named before it, not the memo's. ``handbook check`` refuses such a reference in a policy
file, as it should for an author who mistyped a number; but an imported document's words are its own,
and refusing the whole import over a citation leaves the user nothing. So import keeps the words and
makes no link: the space between the noun and its number is written ``&nbsp;`` ("paragraph&nbsp;14.1.1"),
which shows the same words (kept on one line) and which the reference finder does not take
(handbook.markdown_extensions.references: a noun, white space, a number). The report names each place.
"""

from __future__ import annotations

import re

from ..markdown_extensions.references import clause_references_outside_code

_NOUN_AND_SPACE = re.compile(r"(?P<noun>[A-Za-z]+)(?P<space>[^\S\n]+)")
NON_BREAKING_SPACE = "&nbsp;"


def unlinked(line: str, wording: str) -> str | None:
    """``line`` with every reference phrase holding the reference ``wording`` ("paragraph 14.1.1", or "14" of
    "clauses 3 and 14") kept as words, not a reference: a non-breaking space after its noun. None when the
    line holds no such phrase whole (one that goes on to the next line), for the refusal to stand."""
    phrase_starts = []  # where each reference phrase of the line holding ``wording`` starts: at its noun
    start = None
    for reference in clause_references_outside_code(line):
        if len(line[reference.start : reference.end].split()) > 1:  # a phrase's first number comes with its noun
            start = reference.start
        if line[reference.start : reference.end] == wording and start is not None and start not in phrase_starts:
            phrase_starts.append(start)
    for start in reversed(phrase_starts):
        noun = _NOUN_AND_SPACE.match(line, start)
        if noun is None:
            return None
        line = line[: noun.end("noun")] + NON_BREAKING_SPACE + line[noun.end("space") :]
    return line if phrase_starts else None
