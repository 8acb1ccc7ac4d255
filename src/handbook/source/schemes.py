"""Which labels of a document's own numbering scheme number its clauses and headings.

Decimal numbers ("12.", "3.1") are clause numbers wherever they start a line. Other schemes
(handbook.source.syntax: "POL.ITAUP.001", "A1", "## Section 3", "## Part 2.1", "## IV. Policy") are words too: a
line of prose may begin "A1 roads..." or "COVID-19 rules...", a heading "Part 2 of the form". So a
label of these schemes counts as numbering only when its series (the same code, letter or word)
is used as numbering: when two of its labels, one after the other in the body, are numbers in
sequence (POL.ITAUP.002 then POL.ITAUP.003; Part 2 then Part 2.1 or Part 3; Article I then
Article II). Then every label of the series numbers its line, so one typed twice is the error "numbered twice".

Headings numbered by one word under headings numbered by another, starting again from 1 under each
("### Section 1" under "## Article I", "### Section 1" again under "## Article II", as bylaws are
written) are their heading's: Section 1 of Article IV is 4.1, at #article-iv-section-1.

Lettered sections ("## A. Definitions", "## B. Account Terms", as terms of service are written)
whose numbered headings and clauses start again from 1 in each are cited "Section D.4": the
letters number them when two, one after the other, are letters in sequence (A then B). Parts numbered
by Roman numerals in sequence ("## III. Trademarks") whose clauses start again from 1 in each are
read the same way: clause 1 of part III is III.1, at #clause-iii-1; so are chapters numbered by a word in
sequence ("## CHAPTER 2"), as military orders restart "1.", "2." in each: clause 1 of CHAPTER 2 is at
#clause-chapter-2-1, the chapter's heading at #chapter-2.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from ..model import number_of
from .syntax import (
    CLAUSE,
    CODE_FENCE,
    HEADING,
    LETTERED_SECTION,
    NAMED_HEADING,
    NUMBERED_HEADING,
    ROMAN_HEADING,
    SCHEME_CLAUSE,
)

_Series = tuple[str, str]  # ("code", "POL.ITAUP"), ("letter", "A"), ("heading", "part")


def _outside_fences(lines: list[str], first_line: int) -> Iterator[tuple[int, str]]:
    """Each line outside fenced code, with its file line: what a fence holds numbers nothing."""
    in_fence = False
    for line_number, line in enumerate(lines, start=first_line):
        if CODE_FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence:
            yield line_number, line


def numbering_lines(lines: list[str], first_line: int) -> set[int]:
    """The file lines (of ``lines``, the first at ``first_line``) whose scheme label numbers them."""
    by_series: dict[_Series, list[tuple[int, tuple[int, ...]]]] = {}  # the labels of each series: line, number
    for line_number, line in _outside_fences(lines, first_line):
        if heading := HEADING.match(line):
            if named := NAMED_HEADING.match(heading["text"]):
                number = tuple(int(part) for part in number_of(named["label"]))
                by_series.setdefault(("heading", named["word"].casefold()), []).append((line_number, number))
            elif roman := ROMAN_HEADING.match(heading["text"]):  # "## IV. Policy": "I." may be a letter
                by_series.setdefault(("heading", ""), []).append((line_number, number_of(roman["label"])))
        elif clause := SCHEME_CLAUSE.match(line):
            if clause["code"]:
                found = ("code", clause["code"]), (int(clause["code_number"]),)
            else:
                found = ("letter", clause["letter"]), (int(clause["letter_number"]),)
            by_series.setdefault(found[0], []).append((line_number, found[1]))
    return {
        line
        for labels in by_series.values()
        if any(_follows(number, following) for (_, number), (_, following) in itertools.pairwise(labels))
        for line, _ in labels
    }


def _follows(previous: tuple[int, ...], number: tuple[int, ...]) -> bool:
    """Whether ``number`` may come next after ``previous``: 2 -> 3, 2 -> 2.1, 2.1 -> 2.2 or 3."""
    return number == (*previous, 1) or any(
        number == (*previous[:depth], previous[depth] + 1) for depth in range(len(previous))
    )


def lettered_sections(lines: list[str], first_line: int) -> dict[int, str]:
    """The file lines of headings that letter sections in sequence ("## A. ...", "## B. ..."), with the
    letter. "## I." and "## V." in a run of Roman numerals ("## IV. Policy") are numbers, not letters."""
    found: list[tuple[int, str, int]] = []  # line, letter, heading level
    numbered = numbering_lines(lines, first_line)
    for line_number, line in _outside_fences(lines, first_line):
        if ((heading := HEADING.match(line)) and (letter := LETTERED_SECTION.match(heading["text"]))
                and line_number not in numbered):
            found.append((line_number, letter["letter"], len(heading["marks"])))
    in_sequence = any(ord(b[1]) == ord(a[1]) + 1 and a[2] == b[2] for a, b in itertools.pairwise(found))
    return {line: letter for line, letter, _ in found} if in_sequence else {}


def roman_parts(lines: list[str], first_line: int) -> dict[int, str]:
    """The file lines of headings numbered by Roman numerals in sequence ("## I. Purpose", "## II. Rules"),
    with the numeral, or by a word in sequence ("## CHAPTER 1", "## CHAPTER 2"), with the label as typed
    ("CHAPTER 2"), where the clauses and numbered headings under them start again from 1 (a number used
    under two of them): the parts such a document's clauses are numbered within. None otherwise."""
    numbered = numbering_lines(lines, first_line)
    parts: dict[int, str] = {}
    numbers_in: dict[int, set[str]] = {}  # each part's line -> the first-level numbers used under it
    part, part_level = None, 0
    for line_number, line in _outside_fences(lines, first_line):
        heading = HEADING.match(line)
        if heading and line_number in numbered and (
                label := ROMAN_HEADING.match(heading["text"]) or NAMED_HEADING.match(heading["text"])):
            part, part_level = line_number, len(heading["marks"])
            parts[part], numbers_in[part] = label["label"].rstrip("."), set()
        elif heading and len(heading["marks"]) <= part_level:
            part = None
        elif part is not None and (label := NUMBERED_HEADING.match(heading["text"]) if heading else CLAUSE.match(line)):
            numbers_in[part].add(label["label"].split(".")[0])
    restarts = any(a & b for a, b in itertools.combinations(numbers_in.values(), 2))
    return parts if restarts else {}


def lettered_under_roman(lines: list[str], first_line: int) -> dict[int, str]:
    """The file lines of lettered headings ("### C. Agency Offices") below a heading of a run of Roman
    numerals ("## VI. Procedures"), lettered A, B, C in order under it, with that heading's label: such
    a document cites "Section VI.C", which is 6.3 in the numbering, at #section-vi-c."""
    numbered = numbering_lines(lines, first_line)
    groups: dict[str, list[tuple[int, str]]] = {}  # a Roman heading's label -> its lettered headings: line, letter
    parent: tuple[int, str] | None = None  # the Roman heading above: level, label
    for line_number, line in _outside_fences(lines, first_line):
        if not (heading := HEADING.match(line)):
            continue
        level = len(heading["marks"])
        if line_number in numbered and (roman := ROMAN_HEADING.match(heading["text"])):
            parent = level, roman["label"]
            groups[roman["label"]] = []
        elif parent and level <= parent[0]:
            parent = None
        elif parent and (letter := LETTERED_SECTION.match(heading["text"])):
            groups[parent[1]].append((line_number, letter["letter"]))
    return {
        line: label
        for label, group in groups.items()
        if [letter for _, letter in group] == [chr(ord("A") + index) for index in range(len(group))]
        for line, _ in group
    }


def nested_headings(lines: list[str], first_line: int) -> dict[int, str]:
    """The file lines of headings numbered by a word ("### Section 1") whose numbers start again under
    each heading numbered by another word above them ("## Article II"), with that heading's label.
    Every heading of the word must sit under one such heading, and some number come again."""
    under: dict[int, str] = {}  # line -> the label of the heading it is under
    numbers: dict[str, list[tuple[int, str, tuple[int, ...]]]] = {}  # word -> its headings: line, parent, number
    parents: list[tuple[int, str, str]] = []  # the named headings above: level, word, label
    for line_number, line in _outside_fences(lines, first_line):
        if not (heading := HEADING.match(line)):
            continue
        if named := NAMED_HEADING.match(heading["text"]):  # (a heading with no number between leaves it under)
            level = len(heading["marks"])
            parents = [p for p in parents if p[0] < level]
            word = named["word"].casefold()
            parent = next((label for _, parent_word, label in reversed(parents) if parent_word != word), "")
            numbers.setdefault(word, []).append((line_number, parent, number_of(named["label"])))
            parents.append((level, word, named["label"]))
    for headings in numbers.values():
        counted = [number for _, _, number in headings]
        if all(parent for _, parent, _ in headings) and len(set(counted)) < len(counted):
            under |= {line: parent for line, parent, _ in headings}
    return under
