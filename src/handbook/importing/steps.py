"""Lists of steps outside any clause ("1. Fill in the form", "2. Send it to HR"): each item is marked (``STEP``)
as the policy is written, and written out (``steps_written``) once it is known whether the policy numbers clauses."""

from __future__ import annotations

from ..source.syntax import CLAUSE, HEADING, NAMED_HEADING, NUMBERED_HEADING

STEP = "\ue001"  # marks an item of a list of steps until the policy is written (see steps_written)


def steps_written(lines: list[str]) -> None:
    """A list of steps outside any clause, as the policy can hold it. In a policy without clause
    numbers every item is "1.", as Markdown numbers them 1, 2, 3 (the reader takes lists that start
    again from 1 as lists); in a numbered policy (clauses, numbered headings, or headings numbered
    "Section 1", "Part 2", which the reader counts too) a line "2. ..." would be a clause, so each item is
    a paragraph of its own whose number is typed text, "2\\. ...", shown as the document shows it."""
    numbered = any(CLAUSE.match(line) or ((h := HEADING.match(line)) and (
        NUMBERED_HEADING.match(h["text"]) or NAMED_HEADING.match(h["text"]))) for line in lines)
    counted = 0  # the items of the list being written, while they count 1, 2, 3 as Markdown would
    for index, line in enumerate(lines):
        if not line.startswith(STEP):
            counted = counted if not line else 0
            continue
        number, text = line[len(STEP):].split(". ", 1)
        counted = counted + 1 if counted >= 0 and number == str(counted + 1) else -1
        # A list that does not count from 1 (a PDF's "5." after a footnote) keeps its numbers as typed text:
        # Markdown would show it from 1.
        lines[index] = f"1. {text}" if not numbered and counted > 0 else f"{number}\\. {text}"
