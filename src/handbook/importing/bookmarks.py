"""The anchor on the page of what a link inside the document leads to (a Word bookmark, an HTML anchor such as
``<a name="Footnote_1">``), worked out as the policy's lines are written.

A heading or clause has its own anchor. A paragraph of the text under a heading without a number has the anchor the
page gives each block of that text (``footnotes-p2``: handbook.source.paragraphs, whose code names them here too), so
a link to the second footnote under "Footnotes" goes to that footnote, not to the heading above it. Text under a
clause is the clause's. Where the page may read a line between the heading and the paragraph as a clause (an item of
a list of steps, a code such as "POL.ITAUP.001"), or the heading is numbered, the link goes to the heading, as it
always has: a paragraph's number there would be a guess.
"""

from __future__ import annotations

import re

from markdown.extensions.toc import slugify

from ..markdown_extensions.text import strip_emphasis
from ..model import anchor_in_run
from ..source.paragraphs import AnchorNames, blocks
from ..source.syntax import CLAUSE, HEADING, NAMED_HEADING, NUMBERED_HEADING, SCHEME_CLAUSE
from .layout import APPENDIX, INTERNAL_LINK
from .steps import STEP

_BOOKMARK_LINK = re.compile(rf"\[(?P<text>(?:\\.|[^\]\\])*)\]\(<{re.escape(INTERNAL_LINK)}(?P<name>[^>]*)>\)")


def anchor_of(lines: tuple[str, ...], so_far: list[str], run: str = "") -> str | None:
    """The anchor the page gives what was just written (``lines``, the last of ``so_far``): its clause's or
    heading's, else its block's under the nearest heading above, else that heading's or the clause's above it; in a
    lettered section ``run``, its numbers are the section's: D.4 is clause-d-4."""
    for line in lines:
        if anchor := _own_anchor(line, run):
            return anchor
    maybe_a_clause = False
    for index in range(len(so_far) - 1, -1, -1):
        line = so_far[index]
        if anchor := _own_anchor(line, run):
            heading = HEADING.match(line.lstrip())
            if heading is None or maybe_a_clause or NUMBERED_HEADING.match(heading["text"]) or NAMED_HEADING.match(
                    heading["text"]):
                return anchor
            return _paragraph_anchor(so_far, index)
        maybe_a_clause = maybe_a_clause or line.startswith(STEP) or bool(SCHEME_CLAUSE.match(line))
    return None


def _paragraph_anchor(so_far: list[str], heading_index: int) -> str:
    """The anchor of the last block of ``so_far`` under the heading at ``heading_index``, as the page names it:
    the heading's slug made unique among the headings before it (a second "Procedure" is "procedure-2")."""
    names = AnchorNames()
    headings = [index for index, line in enumerate(so_far[: heading_index + 1]) if HEADING.match(line.lstrip())]
    if blocks(so_far[: headings[0]], 0):
        names.paragraphs(None, None, [("", 0)])  # the text before the first heading takes "opening"
    base = ""
    for index in headings:
        text = HEADING.match(so_far[index].lstrip())["text"]
        if not (NUMBERED_HEADING.match(text) or NAMED_HEADING.match(text)):
            base = names.paragraphs(text, None, [("", 0)])[0].anchor.removesuffix("-p1")
    return f"{base}-p{len(blocks(so_far[heading_index + 1 :], 0))}"


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


def link_bookmarks(lines: list[str], source_of_line: dict[int, str], notes: list[str], anchors: dict[str, str]
                   ) -> None:
    """Links to a bookmark in the document lead to the anchor of what it marks; others become their words
    (in italics where, opening a line, they would read as an appendix's title typed as text: "Appendix 2: ...")."""
    def resolved(match: re.Match, index: int) -> str:
        if anchor := anchors.get(match["name"]):
            return f"[{match['text']}](#{anchor})"
        place = source_of_line.get(index, "the document")
        as_title = not match.string[: match.start()].strip() and APPENDIX.match(match["text"])
        notes.append(
            f"{place}: the link on '{match['text']}' leads to a place in the document that was not imported "
            f"(bookmark '{match['name']}'); it is kept as its words"
            + (", in italics so that they are not taken for an appendix's title" if as_title else "")
        )
        return f"*{match['text']}*" if as_title else match["text"]

    for index, line in enumerate(lines):
        if INTERNAL_LINK in line:
            lines[index] = _BOOKMARK_LINK.sub(lambda m, i=index: resolved(m, i), line)
