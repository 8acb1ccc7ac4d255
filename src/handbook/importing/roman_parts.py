"""Headings numbered by Roman numerals ("III. Rules Relating to Trademarks"): whether they are numbers
at all, and whether the clauses under each are numbered from 1 again, as lawyers' documents number
them ("Section III", then "1. Trademarks", "1.1 Adoption of Marks"); and chapters numbered by a word on a
line of their own ("CHAPTER 2"), whose paragraphs start again at "1.", as military orders and directives
number them. See handbook.source.schemes, which reads the written policy the same way."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from ..model import number_of
from ..source.syntax import NAMED_HEADING, ROMAN_HEADING
from .document import Block, Paragraph

_NUMERAL_DOT = re.compile(r"^([IVXLC]+)\.")
_AS_WORDS = re.compile(r"^[IVXLC]+\\\.")  # "I\. Name": a numeral written as a word, not a number


def roman_sections(blocks: list[Block]) -> set[int]:
    """The ids of the headings numbered by Roman numerals ("VI. Procedures"), if two of them, one after the
    other, are in sequence (I. then II.), as handbook.source.schemes counts them: a lettered document's
    "I. GitHub Additional Product Terms" between "H." and "J." is a letter."""
    numbered = [(id(block), number_of(roman["label"])) for block in blocks
                if isinstance(block, Paragraph) and block.heading is not None
                and (roman := ROMAN_HEADING.match(block.plain)) and not _AS_WORDS.match(block.markdown)]
    in_sequence = any(following == (number[0] + 1,) for (_, number), (_, following) in itertools.pairwise(numbered))
    return {block for block, _ in numbered} if in_sequence else set()


def chapter_lines(blocks: list[Block]) -> set[int]:
    """The ids of the paragraphs that are only a word and a number ("CHAPTER 2", "Part 3"), if two of them, one
    after the other, are in sequence: the chapters of a document that sets each on a line of its own."""
    numbered = [(id(block), number_of(named["label"])) for block in blocks
                if isinstance(block, Paragraph) and (named := NAMED_HEADING.match(block.plain.strip()))
                and named["label"] == block.plain.strip()]
    in_sequence = any(following == (number[0] + 1,) for (_, number), (_, following) in itertools.pairwise(numbered))
    return {block for block, _ in numbered} if in_sequence else set()


def roman_parts(blocks: list[Block], sections: set[int], first_numbers: dict[int, str]) -> dict[int, str]:
    """Of the Roman-numbered headings and chapter lines ``sections``, those whose decimal numbers start again from 1
    under each (a number typed under two of them), with their numeral ("III") or label ("CHAPTER 2"); ``first_numbers``:
    the first part of each decimal-numbered paragraph's number ("1" for "1.2"). A document whose numbers run
    on through its parts has none."""
    parts: dict[int, str] = {}
    numbers_in: dict[int, set[str]] = {}  # each part's first-level numbers
    part = None
    for block in blocks:
        if id(block) in sections:
            part = id(block)
            label = ROMAN_HEADING.match(block.plain) or NAMED_HEADING.match(block.plain.strip())
            parts[part] = label["label"].rstrip(".")
            numbers_in[part] = set()
        elif part is not None and id(block) in first_numbers:
            numbers_in[part].add(first_numbers[id(block)])
    restarts = any(a & b for a, b in itertools.combinations(numbers_in.values(), 2))
    return parts if restarts else {}


def numerals_as_words(blocks: list[Block]) -> list[Block]:
    """``blocks`` with the Roman numerals of parts that hold articles numbered on through the document written as
    words ("## I\\. Name and headquarters" over "### Article 1", "### Article 2"; "## II\\. Members" over "###
    Article 3", as a Swiss association's statutes number them): numbered both ways, part I and Article 1 would both be
    1. Where the articles start again in each part, the parts number them (handbook.source.schemes)."""
    parts = roman_sections(blocks)
    numerals = {number_of(ROMAN_HEADING.match(block.plain)["label"]) for block in blocks if id(block) in parts}
    articles = [number_of(named["number"]) for block in blocks if isinstance(block, Paragraph) and block.heading
                is not None and (named := NAMED_HEADING.match(block.plain.strip()))]
    if not numerals & set(articles) or len(set(articles)) < len(articles):  # (no number both ways, or nested)
        return blocks
    return [replace(block, markdown=_NUMERAL_DOT.sub(r"\1\\.", block.markdown, count=1)) if id(block) in parts
            else block for block in blocks]
