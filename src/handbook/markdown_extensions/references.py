"""Find the references a policy's text makes: to its own clauses and to other policies.

Parsing uses these to check every reference resolves; rendering uses the same functions to turn
them into links, so what is checked and what is linked cannot drift apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..model import NUMBERING_WORDS, ROMAN_NUMBER, ClauseNumber, anchor_for, anchor_of_label, number_of

# "clause 12", "clauses 17 and 18", "paragraphs 3.1, 3.2 or 3.4", "clauses 4 to 6", "clause 1.2(b)".
# A reference followed by "of" ("clause 4 of the contract") points outside the policy and is left
# alone. The atomic group stops the engine from shortening "12" to "1" to dodge that rule.
# A number, with an appendix's letter ("A.1") and points ("1.2(b)", "1.2(c)(ii)") as they may have.
# Each part is read up to 9 digits: "clause 1234567890123" refers to clause 123456789 (which no policy
# has, so it is reported) rather than to a number too long to work with.
_ONE = r"(?:[A-Z]\.)?\d{1,9}(?:\.\d{1,9})*(?:\([a-z]{1,4}\))*"
_CLAUSE_REFERENCE = re.compile(
    r"\b(?:clauses?|paragraphs?)\s+"
    rf"(?>(?P<numbers>{_ONE}(?:\s*(?:,|and|or|to|-|\u2013)\s*{_ONE})*))"
    r"(?!\s+of\b)",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"(?P<number>(?:[A-Z]\.)?\d+(?:\.\d+)*)(?P<points>(?:\([a-z]{1,4}\))*)", re.IGNORECASE)
_POINT = re.compile(r"\(([a-z]{1,4})\)", re.IGNORECASE)
_RANGE = re.compile(r"\s*(?:to|-|\u2013)\s*", re.IGNORECASE)  # what joins "4 to 6", "4-6", "4\u20136"

# A label of a document's own numbering referred to in its text: "see POL.ITAUP.004", "Article 5",
# "Section 3" (handbook.source.schemes), but not "Section 3 of the Equality Act". Linked only where
# the policy has an element of that id, so a label that numbers nothing here stays text.
_LABEL_REFERENCE = re.compile(
    rf"\b(?:[A-Z]{{2,}}(?:[.-][A-Z][A-Z0-9]*)*[.-]\d{{1,4}}|(?:{NUMBERING_WORDS})\s+(?:\d{{1,3}}|{ROMAN_NUMBER}))"
    r"\b(?![.-]?\w)"
    r"(?!\s+of\b)"
)

# What every clause reference and every label holds: a digit, or a word numbering a heading ("Section IV").
_MIGHT_REFER = re.compile(rf"\d|(?:{NUMBERING_WORDS})\s")

# A link target naming another policy by id: [Safeguarding](policy:safeguarding#clause-4)
POLICY_LINK = re.compile(r"policy:(?P<id>[a-z0-9][a-z0-9-]*)(?:#(?P<anchor>[\w-]+))?")


@dataclass(frozen=True)
class ClauseReference:
    """One clause number referred to in a text. ``start``/``end`` span the text to link."""

    number: ClauseNumber
    start: int
    end: int
    points: tuple[str, ...] = ()  # "1.2(c)(ii)": ("c", "ii"), a point of the clause (lettered_points)
    range_from: ClauseNumber | None = None  # "clauses 4 to 6": 6 is read with range_from (4,)

    @property
    def anchor(self) -> str:
        """The id the reference links to: the clause's, or its point's ("clause-1-2-c-ii")."""
        return "-".join([anchor_for(self.number), *self.points])


def clause_references(text: str) -> Iterator[ClauseReference]:
    """Every clause number referred to in ``text``, in order.

    The first number of a phrase is linked together with its noun ("clause 12"); further
    numbers in a list are linked on their own ("clauses 17 and [18]").
    """
    for match in _CLAUSE_REFERENCE.finditer(text):
        numbers = list(_NUMBER.finditer(match["numbers"]))
        offset = match.start("numbers")
        for index, number in enumerate(numbers):
            start = match.start() if index == 0 else offset + number.start()
            between = match["numbers"][numbers[index - 1].end() : number.start()] if index else ""
            yield ClauseReference(
                number=number_of(number["number"]),
                start=start,
                end=offset + number.end(),
                points=tuple(point.lower() for point in _POINT.findall(number["points"])),
                range_from=number_of(numbers[index - 1]["number"]) if _RANGE.fullmatch(between) else None,
            )


def might_refer(text: str) -> bool:
    """False when ``text`` holds neither a clause reference nor a label: one search, quicker than looking for
    either (most of a page's texts hold neither)."""
    return _MIGHT_REFER.search(text) is not None


@dataclass(frozen=True)
class LabelReference:
    """A label of the document's own numbering in a text ("POL.ITAUP.004", "Article 5")."""

    start: int
    end: int
    anchor: str  # the id it would link to: model.anchor_of_label


def label_references(text: str) -> Iterator[LabelReference]:
    for match in _LABEL_REFERENCE.finditer(text):
        yield LabelReference(match.start(), match.end(), anchor_of_label(match[0]))


# Inline code (`clause 9`) is quoted text, not a reference: rendering does not link it either.
_CODE_SPAN = re.compile(r"(`+).+?\1", re.DOTALL)


def clause_references_outside_code(markdown_text: str) -> Iterator[ClauseReference]:
    """The references in Markdown source, skipping code spans (blanked so positions still match)."""
    return clause_references(without_code(markdown_text))


def without_code(markdown_text: str) -> str:
    """Markdown source with its code spans blanked: the same length, so positions still match."""
    return _CODE_SPAN.sub(lambda code: " " * len(code[0]), markdown_text)


def line_of(text: str, position: int) -> int:
    """How many lines into ``text`` the character at ``position`` is (0 for the first line)."""
    return text.count("\n", 0, position)
