"""A policy as the review assistant reads it (handbook.versions.review_check): its passages (clauses and paragraphs
as plain text) and, for the rules' terms, the passages each may match in.

Most terms match nowhere in a policy, and most of the rest in a few of its passages: a term's hint (letters any
match holds, handbook.versions.review_rules.Term) is looked for once in the policy's whole text, and the term is
tried only on the passages that hold it, rather than every term's hint tested against every passage.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from ..markdown_extensions.text import markdown_to_plain_text
from ..model import Policy
from . import kept_findings
from .review_findings import Passage
from .review_rules import NameGroup, Term

_LETTERS = re.compile(r"[a-z]+")
_KEPT = 1024
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


_read: dict[int, tuple[Policy, Reading]] = {}


def forget_readings() -> None:
    """Let go of the policies' readings: ``mkdocs serve`` keeps them for its next build, ``mkdocs build`` has
    no use for them once the review dashboard is made (at 2,000 policies, about 70 MB), nor for the findings kept."""
    _read.clear()
    kept_findings.forget()


def reading(policy: Policy) -> Reading:
    """The policy's reading, worked out once (kept by identity: hashing a policy reads it all; serve reads an
    unchanged file as the same policy: policy_file)."""
    kept = _read.get(id(policy))
    if kept is None or kept[0] is not policy:
        if len(_read) >= _KEPT:
            _read.clear()
        kept = _read[id(policy)] = (policy, Reading(_passages(policy)))
    return kept[1]


def passages(policy: Policy) -> tuple[Passage, ...]:
    return reading(policy).passages


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


def terms_in(policy: Policy, terms: tuple[Term, ...]) -> tuple[Term, ...]:
    """The terms that may match somewhere in the policy: most rules have none, and are not run clause by clause."""
    read = reading(policy)
    return tuple(t for t in terms
                 if t.hint is None or (t.hint in read.words if t.hint_is_word else t.hint in read.folded))


def passages_with[T](policy: Policy, tagged: list[tuple[T, Term]]) -> Iterator[tuple[Passage, list[tuple[T, Term]]]]:
    """Each passage of ``policy`` that holds the hints of one of the ``tagged`` terms (each with a tag of the caller's:
    which name of a group), in order, with those terms in the order given."""
    read = reading(policy)
    every = range(len(read.passages))
    by_place: dict[int, list[int]] = {}
    for order, (_, item) in enumerate(tagged):
        places = every if item.hint is None else read.holding(item.hint).intersection(
            *map(read.holding, item.more_hints))
        for place in places:
            by_place.setdefault(place, []).append(order)
    for place in sorted(by_place):
        yield read.passages[place], [tagged[order] for order in by_place[place]]


def matches(policy: Policy, terms: tuple[Term, ...]) -> Iterator[tuple[Passage, re.Match[str]]]:
    """Every match of ``terms`` in the policy's passages: passage by passage, term by term, in the text's order."""
    for passage, held in passages_with(policy, [(None, item) for item in terms]):
        for _, item in held:
            for match in item.pattern.finditer(passage.text):
                yield passage, match
