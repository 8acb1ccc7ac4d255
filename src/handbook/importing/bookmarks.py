"""The anchor on the page of what a link inside the document leads to (a Word bookmark, an HTML anchor such as
``<a name="Footnote_1">``), worked out as the policy's lines are written.

A heading or clause has its own anchor. A paragraph of a section's text (not of a clause) has the anchor the page
gives each block of that text (``footnotes-p2``: handbook.source.paragraphs), so a link to the second footnote under
"Footnotes" goes to that footnote, not to the heading above it. Text under a clause is the clause's.
"""

from __future__ import annotations

from markdown.extensions.toc import slugify

from ..markdown_extensions.text import strip_emphasis
from ..model import anchor_in_run
from ..source.paragraphs import OPENING, blocks
from ..source.syntax import CLAUSE, HEADING, NUMBERED_HEADING


def anchor_of(lines: tuple[str, ...], so_far: list[str], run: str = "") -> str | None:
    """The anchor the page gives what was just written (``lines``, the last of ``so_far``): its clause's or
    heading's, else its block's under the nearest heading above (the text before any heading is the page's
    "opening"), else its clause's above; in a lettered section ``run``, its numbers are the section's: D.4 is
    clause-d-4."""
    for line in lines:
        if anchor := _own_anchor(line, run):
            return anchor
    for index in range(len(so_far) - 1, -1, -1):
        if anchor := _own_anchor(so_far[index], run):
            if not HEADING.match(so_far[index].lstrip()):
                return anchor  # a clause's text
            position = len(blocks(so_far[index + 1 :], 0))
            return f"{anchor}-p{position}" if position else anchor
    position = len(blocks(so_far, 0))
    return f"{OPENING}-p{position}" if position else None


def _own_anchor(line: str, run: str) -> str | None:
    if heading := HEADING.match(line.lstrip()):
        numbered = NUMBERED_HEADING.match(heading["text"])
        return clause_anchor(numbered["label"], run) if numbered else slugify(strip_emphasis(heading["text"]), "-")
    if (clause := CLAUSE.match(line)) and clause["text"]:
        return clause_anchor(clause["label"], run)
    return None


def clause_anchor(label: str, letter: str) -> str:
    """The page's anchor for a number in an appendix or lettered section ``letter`` ("4" in D is
    clause-d-4); a label typed with its letter ("A.1") has it already."""
    return anchor_in_run(label, letter if label[0].isdigit() else "")
