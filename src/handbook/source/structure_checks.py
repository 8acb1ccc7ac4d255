"""Catch text whose structure Markdown would lose without a word of complaint.

A list pasted without a blank line before it runs into the sentence above; a table without its
``| --- |`` row shows as lines of bars; a line "2.1.Staff" (no space after the number) joins the
clause above it; tabs mixed with spaces turn a paragraph into a code block. Each is legal
Markdown, so nothing fails: the reader just sees something other than what the author meant.
``structure_warnings`` finds these in a policy's body and says, with the line, how to fix each.
``handbook check``, the build and ``handbook import`` print them; under ``--strict`` they are errors.

``check_ids`` stops the build when an id an author wrote (``{ #my-id }`` or ``id="my-id"``) is
also another element's: two elements with one id would send a link to the wrong one.
"""

from __future__ import annotations

import itertools
import re
import textwrap

from ..errors import PolicySourceError
from ..markdown_extensions.lettered_points import FIRST_POINTS, INNER_KIND, MARKER, next_point
from ..model import Handbook, Policy, StructureWarning, anchor_for
from .syntax import CODE_FENCE, TABLE_ROW, TABLE_RULE

_BULLET = re.compile(r"^\s*[-*+][ \t]+\S")
_NUMBERED_ITEM = re.compile(r"^\s*\d+\.[ \t]+\S")  # an item of a Markdown numbered list, not the clause's own number
# A clause number the parser cannot take: no space after it ("2.1.Staff"), a bracket ("2.1)"),
# or an indent ("  2.1 Staff", which continues the clause above).
_NUMBER_NO_SPACE = re.compile(r"^(?P<label>\d+(?:\.\d+)+\.?|\d+\.)(?=[^\s\d.])")
_NUMBER_BRACKET = re.compile(r"^(?P<label>\d+(?:\.\d+)*)\)\s")
_NUMBER_INDENTED = re.compile(r"^[ \t]{1,3}(?P<label>\d+\.\d+(?:\.\d+)*\.?)\s")
_APPENDIX_TITLE = re.compile(r"^(?:appendix|annex|schedule|annexe)\s+([A-Z]|\d+)\b", re.IGNORECASE)
_EXPLICIT_ID = re.compile(r"\{[^}\n]*#(?P<id>[\w-]+)[^}\n]*\}|\bid=\"(?P<html>[^\"]+)\"")


def handbook_warnings(handbook: Handbook) -> list[StructureWarning]:
    """The warnings of every policy the site shows as current (archived versions are records, kept as they were)."""
    return [warning for policy in handbook.policies for warning in policy.warnings]


def structure_warnings(policy: Policy, body: list[str], body_line: int) -> tuple[StructureWarning, ...]:
    """Every place in ``body`` (lines from file line ``body_line``) where structure would be lost."""
    found = _section_titles_typed_as_clauses(policy)
    for start, lines in _blocks(policy, body, body_line):
        found += _block_warnings(start, lines)
    return tuple(StructureWarning(policy.source, line, message) for line, message in sorted(set(found)))


def _blocks(policy: Policy, body: list[str], body_line: int) -> list[tuple[int, list[str]]]:
    """The body cut where clauses and headings start: each piece with its first line's number."""
    starts = sorted({body_line, *(c.line for c in policy.clauses), *(s.line for s in policy.sections)})
    ends = [*starts[1:], body_line + len(body)]
    return [(start, body[start - body_line : end - body_line]) for start, end in zip(starts, ends, strict=True)]


def _block_warnings(start: int, raw: list[str]) -> list[tuple[int, str]]:
    """Warnings for one clause (or heading with its introduction), whose first line is ``start``.

    As in parsing, the lines after the first are read with their common indent removed.
    """
    found: list[tuple[int, str]] = []
    lines = raw[:1] + textwrap.dedent("\n".join(raw[1:])).split("\n") if len(raw) > 1 else raw
    in_fence = False
    paragraph: list[str] = []  # the lines since the last blank line (appended to: a copy per line is quadratic)
    in_list = False  # a list has begun and not yet ended: indented paragraphs belong to it
    table_rows = 0  # of the paragraph's lines, how many are table rows
    indents: dict[str, int] = {}  # "tab" / "space": the first line indented that way
    points: list[tuple[str, str]] = []  # the open lettered lists: (kind, last point)

    for number, raw_line, line in zip(itertools.count(start), raw, lines):
        if CODE_FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if not line.strip():
            paragraph, table_rows = [], 0
            continue
        raw_indent = raw_line[: len(raw_line) - len(raw_line.lstrip())]
        if "\t" in raw_indent and " " in raw_indent:
            found.append((number, "this line's indent mixes tabs and spaces, which Markdown may show as a code "
                          "block; indent with spaces only (four per level)"))
        elif raw_indent and number != start:
            indents.setdefault("tab" if "\t" in raw_indent else "space", number)
        indent = line[: len(line) - len(line.lstrip())]
        previous = paragraph[-1] if paragraph else None
        is_bullet = bool(_BULLET.match(line)) or (number != start and bool(_NUMBERED_ITEM.match(line)))
        if is_bullet and previous is not None and not in_list:
            found.append((number, "this list starts straight after a line of text, so Markdown runs its items "
                          "into that text as one paragraph; leave a blank line before the list (inside a "
                          "clause, indent the list by four spaces)"))
            in_list = True  # one warning per list
        elif is_bullet and previous is None:
            in_list = True
        elif previous is None and not indent:
            in_list = False
        if previous is None and not in_list and len(indent.expandtabs(4)) >= 4 and number != start:
            found.append((number, "this line is indented four spaces or more after a blank line, so it shows "
                          "as a code block (a grey box, formatting ignored); remove the indent, or put it "
                          "under a list item"))
        if TABLE_ROW.match(line):
            found += _table_warnings(number, line, len(paragraph), table_rows)
            table_rows += 1
        found += _number_warnings(number, raw_line, start)
        found += _point_warnings(number, line, points)
        # A heading is a block of its own: what follows it starts afresh, as after a blank line.
        if number == start and line.startswith("#"):
            paragraph, table_rows = [], 0
        else:
            paragraph.append(line)

    if "tab" in indents and "space" in indents:
        line = max(indents.values())
        found.append((line, "this clause indents some lines with tabs and others with spaces, so they do not line "
                      "up in Markdown; indent with spaces only (four per level)"))
    return found


def _table_warnings(number: int, line: str, lines_before: int, rows_before: int) -> list[tuple[int, str]]:
    """For a table row, after ``lines_before`` lines of its paragraph, ``rows_before`` of them table rows."""
    if rows_before < lines_before:
        if rows_before == 0:
            return [(number, "this table starts straight after a line of text, so it shows as lines of '|' "
                     "characters; leave a blank line before the table")]
        return []
    if lines_before == 1 and not TABLE_RULE.match(line):  # the row under the header
        return [(number, "this table has no line of dashes under its header row, so it shows as lines of '|' "
                 "characters; add a line such as '| --- | --- |' (one '---' per column) after the first row")]
    return []


def _number_warnings(number: int, line: str, start: int) -> list[tuple[int, str]]:
    if match := _NUMBER_NO_SPACE.match(line):
        return [(number, f"this line starts with '{match['label']}' with no space after it, so it is not read as "
                 "a clause: it runs into the clause above. Put a space after the number (or, if it is not a "
                 "clause number, indent the line)")]
    if match := _NUMBER_BRACKET.match(line):
        return [(number, f"'{match['label']})' is not read as a clause number, so this line runs into the clause "
                 f"above; write '{match['label']}.' or '{match['label']}' followed by a space")]
    if match := _NUMBER_INDENTED.match(line):
        return [(number, f"'{match['label']}' is indented, so it continues the clause above instead of starting "
                 "a clause; remove the spaces before the number")]
    if number != start and _APPENDIX_TITLE.match(line.strip()) and len(line.strip()) < 80:
        return [(number, "this line looks like an appendix title, but as plain text it becomes part of the "
                 f"clause above; make it a heading: '## {line.strip()}'")]
    return []


def _section_titles_typed_as_clauses(policy: Policy) -> list[tuple[int, str]]:
    """Clause 1 "PURPOSE AND SCOPE" followed by clause 1.1 is a section title: it belongs in the
    page contents and the PDF outline, which list headings only."""
    found = []
    for clause, following in itertools.pairwise(policy.clauses):
        title = clause.text.strip()
        if (
            following.number == (*clause.number, 1)
            and len(clause.number) == 1
            and title == title.upper()
            and any(c.isalpha() for c in title)
            and len(title) < 80
        ):
            found.append((clause.line, f"clause {clause.dotted} is a title in capitals followed by clause "
                          f"{following.dotted}; if it is a section title, make it a numbered heading: "
                          f"'## {clause.label} {title}'"))
    return found


# A point with no list of points open before it ("(b)" where the document's "(a)" stands inside a paragraph)
OPENS_NO_LIST = "opens no list of points (a list starts at (a), (A) or (i))"


def _point_warnings(number: int, line: str, points: list[tuple[str, str]]) -> list[tuple[int, str]]:
    """A lettered point out of sequence: kept where written, but (a), (c) means (b) is missing."""
    marker = MARKER.match(line)
    if not marker:
        return []
    point = marker["point"]
    for depth in reversed(range(len(points))):
        kind, last = points[depth]
        if next_point(last, kind) == point:
            del points[depth + 1 :]
            points[-1] = (kind, point)
            return []
    if point in FIRST_POINTS:
        if points and INNER_KIND.get(points[-1][0]) == point:
            points.append((point, point))
        else:
            points[:] = [(point, point)]
        return []
    if not points:
        return [(number, f"point ({point}) {OPENS_NO_LIST}; a point may be missing or mislabelled: check the letters")]
    expected = " or ".join(f"({next_point(last, kind)})" for kind, last in reversed(points))
    return [(number, f"point ({point}) is out of sequence (expected {expected}); a point may be missing or "
             "mislabelled: check the letters")]


def has_points(clause_text: str, points: tuple[str, ...]) -> bool:
    """Whether a clause's text has lines starting with these points ("(c)", then "(ii)" after it)."""
    markers = [match["point"].lower() for match in map(MARKER.match, clause_text.split("\n")) if match]
    position = 0
    for point in points:
        if point not in markers[position:]:
            return False
        position = markers.index(point, position) + 1
    return True


def check_ids(policy: Policy, body: list[str], body_line: int) -> None:
    """Stop when two elements would share an id: an author's own id that another element has too."""
    first_line_of: dict[str, int] = {}
    for section in policy.numbered_sections:
        first_line_of[section.anchor] = section.line
    for clause in policy.clauses:
        first_line_of[anchor_for(clause.number)] = clause.line
    for paragraph in policy.paragraphs:
        first_line_of[paragraph.anchor] = paragraph.line
    in_fence = False
    for number, line in enumerate(body, start=body_line):
        if CODE_FENCE.match(line):
            in_fence = not in_fence
        if in_fence:
            continue
        for match in _EXPLICIT_ID.finditer(line):
            element_id = match["id"] or match["html"]
            if element_id in first_line_of:
                raise PolicySourceError(
                    policy.source, number,
                    f"the id '{element_id}' is also given on line {first_line_of[element_id]}: two elements with "
                    "one id would send a link to the wrong one; choose another id",
                )
            first_line_of[element_id] = number
