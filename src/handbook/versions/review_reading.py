"""A policy as the review assistant reads it (handbook.versions.review_check): its passages (clauses and paragraphs
as plain text) and, for the rules' terms, the passages each may match in.

Most terms match nowhere in a policy, and most of the rest in a few of its passages: a term's hint (letters any
match holds, handbook.versions.review_rules.Term) is looked for once in the policy's whole text, and the term is
tried only on the passages that hold it, rather than every term's hint tested against every passage.

A reading is kept by its policy's identity for as long as the dashboard, or `mkdocs serve`, needs it
(handbook.versions.kept_findings.ReviewMemory).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from ..markdown_extensions.text import markdown_to_plain_text
from ..model import Policy
from .review_findings import Passage
from .review_rules import NameGroup, Term

_LETTERS = re.compile(r"[a-z]+")
Uses = tuple[tuple[int, Passage, str], ...]  # (which name of a group, where, the words) for each use


class Reading:
    """One policy's passages, their lower-case text joined (each passage's start in it) and its words; and the
    policy's uses of each name group, once found (handbook.versions.review_check)."""

    def __init__(self, found: tuple[Passage, ...]) -> None:
        self.passages = found
        self.starts: list[int] = []
        offset = 0
        for passage in found:
            self.starts.append(offset)
            offset += len(passage.folded) + 1
        self.folded = "\n".join(p.folded for p in found)
        self.words = frozenset(_LETTERS.findall(self.folded))
        self.name_uses: dict[NameGroup, Uses] = {}
        self._holding: dict[str, frozenset[int]] = {}

    def holding(self, hint: str) -> frozenset[int]:
        """The passages (by place) whose lower-case text holds ``hint``: the same as testing ``hint in passage.folded``
        for each, as a hint (letters) never spans the line that joins two passages."""
        if hint not in self._holding:
            found, text, starts = set(), self.folded, self.starts
            at = text.find(hint)
            while at >= 0:
                place = bisect_right(starts, at) - 1
                found.add(place)
                if place + 1 >= len(starts):
                    break
                at = text.find(hint, starts[place + 1])
            self._holding[hint] = frozenset(found)
        return self._holding[hint]

    def terms_in(self, terms: tuple[Term, ...]) -> tuple[Term, ...]:
        """The terms that may match somewhere in the policy: most rules have none, and are not run clause by clause."""
        return tuple(t for t in terms
                     if t.hint is None or (t.hint in self.words if t.hint_is_word else t.hint in self.folded))

    def passages_with[T](self, tagged: list[tuple[T, Term]]) -> Iterator[tuple[Passage, list[tuple[T, Term]]]]:
        """Each passage that holds the hints of one of the ``tagged`` terms (each with a tag of the caller's: which
        name of a group), in order, with those terms in the order given."""
        every = range(len(self.passages))
        by_place: dict[int, list[int]] = {}
        for order, (_, item) in enumerate(tagged):
            places = every if item.hint is None else self.holding(item.hint).intersection(
                *map(self.holding, item.more_hints))
            for place in places:
                by_place.setdefault(place, []).append(order)
        for place in sorted(by_place):
            yield self.passages[place], [tagged[order] for order in by_place[place]]

    def matches(self, terms: tuple[Term, ...]) -> Iterator[tuple[Passage, re.Match[str]]]:
        """Every match of ``terms`` in the passages: passage by passage, term by term, in the text's order."""
        for passage, held in self.passages_with([(None, item) for item in terms]):
            for _, item in held:
                for match in item.pattern.finditer(passage.text):
                    yield passage, match



def reading_of(policy: Policy) -> Reading:
    return Reading(_passages(policy))


def _passages(policy: Policy) -> tuple[Passage, ...]:
    found = []
    for section in policy.sections:
        found += [Passage(None, p.anchor, p.line, _paragraphs(p.text), p.text, p.name) for p in section.paragraphs]
        if section.intro.strip() and not section.paragraphs:
            found.append(Passage(None, section.anchor, section.intro_line, _paragraphs(section.intro), section.intro))
        found += [Passage(c.dotted, c.anchor, c.line, _paragraphs(c.text), c.text) for c in section.clauses]
    return tuple(found)


# A blank line, or a line starting a list item, a lettered or roman point or a table row: "- ", "1. ", "(a) ",
# "b) ", "(ii) ", "| ".
_BLOCK_BREAK = re.compile(r"\n\s*\n|\n(?=\s*(?:[-*+]|\d+\.|\(?(?:[a-z]|[ivx]+)\))\s|\s*\|)")
_LINK_DEFINITION = re.compile(r"^\s*\[[^\]]+\]:\s*\S+\s*$", re.MULTILINE)  # "[name]: https://...": not words


def _paragraphs(markdown_text: str) -> tuple[str, ...]:
    """Paragraphs, list items and table cells as plain text: none is part of the sentence before it."""
    blocks = _BLOCK_BREAK.split(_LINK_DEFINITION.sub("", markdown_text))
    pieces = [cell for block in blocks for cell in (block.split("|") if block.lstrip().startswith("|") else [block])]
    return tuple(text for text in map(markdown_to_plain_text, pieces) if text)
