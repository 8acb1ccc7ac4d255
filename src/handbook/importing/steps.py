"""Lists of steps outside any clause ("1. Fill in the form", "2. Send it to HR"): each item is marked (``STEP``)
as the policy is written, and written out (``steps_written``) once it is known whether the policy numbers clauses."""

from __future__ import annotations

import re

from ..source.syntax import (
    CLAUSE,
    HEADING,
    LETTERED_SECTION,
    NAMED_HEADING,
    ROMAN_HEADING,
)

STEP = "\ue001"  # marks an item of a list of steps until the policy is written (see steps_written)
INDENT = "    "  # a level of Markdown's nesting: an item's own list, a clause's text under its number
_ORDERED = re.compile(r"^(\s*)(\d+)\. ")
_LIST_ITEM = re.compile(r"^(?:[-*+]|\d+\.) ")


def steps_written(lines: list[str], source_of_line: dict[int, str]) -> None:
    """A list of steps outside any clause, as the policy can hold it. In a policy without clause numbers every item
    is "1.", as Markdown numbers them 1, 2, 3 (the reader takes lists that start again from 1 as lists); in a
    numbered policy (clauses, numbered headings, a heading that is a number alone ("### 3.1."), or headings numbered
    "Section 1", "Part 2", "III.", "D.", which the reader counts too) a line "2. ..." would be a clause, so each
    item is a paragraph of its own whose number is typed text, "2\\. ...", shown as the document shows it, and its
    own list is moved out to the margin; a list the document goes on with there opens after a blank line
    (``source_of_line``, each line's place in the document, moves down with the lines)."""
    numbered = any(CLAUSE.match(line) or ((h := HEADING.match(line)) and (  # (a heading's CLAUSE: "3.1 Scope", "3.1.")
        CLAUSE.match(h["text"]) or NAMED_HEADING.match(h["text"]) or ROMAN_HEADING.match(h["text"])
        or LETTERED_SECTION.match(h["text"]))) for line in lines)
    counted = 0  # the items of the list being written, while they count 1, 2, 3 as Markdown would
    typed = False  # the last step was written as a paragraph with its number typed
    apart: list[int] = []  # where a list at the margin opens straight under a typed step's own list, moved out
    moved_at = -1  # the last line of a typed step's own list, moved out to the margin
    for index, line in enumerate(lines):
        if not line.startswith(STEP):
            if typed and line.startswith(INDENT):
                lines[index] = _out_of_typed_step(line[len(INDENT):], lines[index + 1 : index + 2])
                if index - 1 == moved_at and _LIST_ITEM.match(lines[index]) and not _LIST_ITEM.match(lines[index - 1]):
                    apart.append(index)  # its bullets under its typed numbers' last line: a list opens apart
                moved_at = index
            elif index - 1 == moved_at and _LIST_ITEM.match(line):
                apart.append(index)
            typed = typed and (not line or line.startswith(INDENT))
            counted = counted if not line or line.startswith(INDENT) else 0  # an item's own list goes on with it
            continue
        number, text = line[len(STEP):].split(". ", 1)
        counted = counted + 1 if counted >= 0 and number == str(counted + 1) else -1
        # A list that does not count from 1 (a PDF's "5." after a footnote) keeps its numbers as typed text:
        # Markdown would show it from 1.
        typed = numbered or counted <= 0
        lines[index] = f"{number}\\. {text}" if typed else f"1. {text}"
    for index in reversed(apart):
        lines.insert(index, "")
        moved = {at + (at >= index): place for at, place in source_of_line.items()}
        source_of_line.clear()
        source_of_line.update(moved)


def _out_of_typed_step(line: str, following: list[str]) -> str:
    """A line of a step's own list, where the step is a paragraph (its number typed): no list holds it, so the list
    is written under the paragraph, a level out (indented, Markdown would show it as code). Its numbered items are
    typed too ("1\\. Tell the IT desk"), each on a line of its own, as a number at the margin would be a clause."""
    if not (item := _ORDERED.match(line)):
        return line
    goes_on = bool(following) and _ORDERED.match(following[0].removeprefix(INDENT)) is not None
    return f"{item[1]}{item[2]}\\. {line[item.end():]}" + ("<br>" if goes_on else "")
