"""Which labels of a document's own numbering scheme number its clauses and headings.

Decimal numbers ("12.", "3.1") are clause numbers wherever they start a line. Other schemes
(handbook.source.syntax: "POL.ITAUP.001", "A1", "## Section 3") are words too: a line of prose
may begin "A1 roads..." or "COVID-19 rules...", a heading "Part 2 of the form". So a label of
these schemes counts as numbering only when it is used as numbering: when the label before it
in its series (POL.ITAUP.002 before POL.ITAUP.003, A1 before A2, Section 2 before Section 3)
comes earlier in the body, or the one after it comes later.
"""

from __future__ import annotations

import re

from .syntax import HEADING, NAMED_HEADING, SCHEME_CLAUSE

_FENCE = re.compile(r"^\s*(```|~~~)")


def numbering_lines(lines: list[str], first_line: int) -> set[int]:
    """The file lines (of ``lines``, the first at ``first_line``) whose scheme label numbers them."""
    found: list[tuple[int, tuple[str, str], int]] = []  # line, series, number in it
    in_fence = False
    for number, line in enumerate(lines, start=first_line):
        if _FENCE.match(line):
            in_fence = not in_fence
        if in_fence:
            continue
        if heading := HEADING.match(line):
            if named := NAMED_HEADING.match(heading["text"]):
                found.append((number, ("heading", named["word"].casefold()), int(named["number"])))
        elif clause := SCHEME_CLAUSE.match(line):
            if clause["code"]:
                found.append((number, ("code", clause["code"]), int(clause["code_number"])))
            else:
                found.append((number, ("letter", clause["letter"]), int(clause["letter_number"])))
    seen = {(series, n): line for line, series, n in found}
    first_seen: dict[tuple[tuple[str, str], int], int] = {}
    for line, series, n in found:
        first_seen.setdefault((series, n), line)
    return {
        line
        for line, series, n in found
        if first_seen.get((series, n - 1), line) < line or seen.get((series, n + 1), line) > line
    }
