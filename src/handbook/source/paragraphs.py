"""Cut unnumbered text into the blocks a reader sees, and give each a stable anchor.

A policy without clause numbers is headings and, under each, paragraphs, lists, tables and
quotes. Each of these top-level blocks is a ``Paragraph`` of the model: cited as "'Photography',
paragraph 2" and linked as ``#photography-p2``. Blocks are cut at blank lines, as Markdown cuts
them, except where Markdown reads on across the blank line: an indented line (a list item's
second paragraph, an admonition's body), the next item of the same list, the next lettered point
("(b)" after "(a)"), a definition (": ..."), and anything inside a fenced code block. Link
definitions ("[form]: /assets/form.pdf") show nothing, so they go with the block above them.

The anchor is the heading's slug (as the page's table of contents makes it) and the block's place
under that heading, so a change elsewhere in the policy leaves it as it was. A numbered heading's
blocks hang from its clause anchor (``clause-1-p1``); the text before the first heading is
``opening-p1``. A slug a heading before has already taken gets "-2", "-3" (two "Procedure" headings).
"""

from __future__ import annotations

import re

from markdown.extensions.toc import slugify

from ..markdown_extensions.lettered_points import MARKER
from ..model import Paragraph
from .syntax import CODE_FENCE

_LIST_ITEM = re.compile(r"^(?:[-*+]|\d+[.)])[ \t]+\S")
_DEFINITION = re.compile(r"^:[ \t]+\S")
_LINK_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]*\S")
OPENING = "opening"  # the slug of the text before the first heading


def blocks(lines: list[str], first_line: int) -> list[tuple[str, int]]:
    """The top-level blocks of ``lines`` (the first at file line ``first_line``), with their lines."""
    found: list[tuple[int, list[str]]] = []
    fence: str | None = None
    after_blank = False
    for number, line in enumerate(lines, start=first_line):
        if fence is None and not line.strip():
            after_blank = True
            continue
        if fence is None and (not found or (after_blank and not _reads_on(line, found[-1][1]))):
            found.append((number, []))
        elif after_blank:
            found[-1][1].append("")
        found[-1][1].append(line)
        after_blank = False
        if opening := CODE_FENCE.match(line):
            fence = None if fence == opening[1] else (fence or opening[1])
    kept: list[tuple[int, list[str]]] = []
    for start, block in found:  # link definitions show nothing: they belong to the text above them
        if kept and all(_LINK_DEFINITION.match(line) for line in block):
            kept[-1][1].extend(["", *block])
        else:
            kept.append((start, block))
    return [("\n".join(block).strip(), start) for start, block in kept]


def _reads_on(line: str, block: list[str]) -> bool:
    """Whether Markdown reads ``line``, after a blank line, as part of ``block``."""
    if line[:1] in (" ", "\t") or _DEFINITION.match(line):
        return True
    if _LIST_ITEM.match(line) and _LIST_ITEM.match(block[0]):
        return True
    return bool(MARKER.match(line)) and any(MARKER.match(earlier) for earlier in block)


class AnchorNames:
    """The anchors of one policy's paragraphs, unique on its page."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def paragraphs(self, heading: str | None, numbered_anchor: str | None,
                   texts: list[tuple[str, int]]) -> tuple[Paragraph, ...]:
        """The ``Paragraph``s of the blocks ``texts`` under ``heading``."""
        base = numbered_anchor or self._slug(heading)  # every heading takes its slug, text or not
        return tuple(
            Paragraph(text, line, position, f"{base}-p{position}", heading)
            for position, (text, line) in enumerate(texts, start=1)
        )

    def _slug(self, heading: str | None) -> str:
        slug = slugify(heading, "-") if heading else OPENING
        slug = slug or "part"  # a heading of no Latin letters or digits
        unique, count = slug, 1
        while unique in self._taken:
            count += 1
            unique = f"{slug}-{count}"
        self._taken.add(unique)
        return unique
