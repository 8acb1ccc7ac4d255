"""Line numbers a draft prints in its margin, for reviewers to cite ("319 Secure Zone: An area ..."): not its words.

A PDF of a policy sent out for comment numbers its lines in the margin, on from page to page. Read as text, each
number opens its line, so every line looked like a numbered item and a glossary ran into one paragraph of 20,000
characters (held-out set 24's Federal PKI draft was refused so). Where most of a document's lines open with a number
that goes up by one line after line, those numbers are page furniture: taken off and reported. A policy's own
numbering (clauses "3.1", a numbered list "1." to "5.") neither opens most of its lines nor runs on line by line.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise
from typing import Protocol

_LEADING_NUMBER = re.compile(r"^(?P<number>\d{1,5})\s+(?=\S)")
_LEADING_NUMBER_MARKDOWN = re.compile(r"^(?P<bold>\**)\d{1,5}\s+")
_LEAST_LINES = 20
_SHARE_OF_LINES = 0.5  # of the document's lines numbered, at least
_SHARE_IN_RUN = 0.9  # of those, each one more than the numbered line before


class _Line(Protocol):
    x0: float
    text: str
    markdown: str
    places: tuple[tuple[str, int, int], ...]  # each word and where it stands, to 3 points (pdf_reader._place)


def margin_line_numbers[Line: _Line](lines: list[Line]) -> set[int]:
    """The ids of ``lines`` (the document's, in reading order) that open with a line number of the margin's."""
    numbered = [(line, int(match["number"])) for line in lines if (match := _LEADING_NUMBER.match(line.text))]
    if len(numbered) < max(_LEAST_LINES, len(lines) * _SHARE_OF_LINES):
        return set()
    following = {id(line) for (_, before), (line, number) in pairwise(numbered) if number == before + 1}
    if len(following) < _SHARE_IN_RUN * (len(numbered) - 1):
        return set()
    preceding = {id(line) for (line, number), (_, after) in pairwise(numbered) if after == number + 1}
    return following | preceding


def without_line_number[Line: _Line](line: Line) -> Line:
    """The line with the number it opens with taken off its text, its Markdown and its words' places; it starts
    where its first word does."""
    x0 = line.places[1][1] * 3 if len(line.places) > 1 else line.x0
    return replace(line, x0=x0, text=_LEADING_NUMBER.sub("", line.text, count=1),
                   markdown=_LEADING_NUMBER_MARKDOWN.sub(r"\g<bold>", line.markdown, count=1),
                   places=line.places[1:])
