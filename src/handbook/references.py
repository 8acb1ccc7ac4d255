"""Find the references a policy's text makes: to its own clauses and to other policies.

Parsing uses these to check every reference resolves; rendering uses the same functions to turn
them into links, so what is checked and what is linked cannot drift apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# "clause 12", "clauses 17 and 18", "paragraphs 3.1, 3.2 or 3.4", "clauses 4 to 6".
# A reference followed by "of" ("clause 4 of the contract") points outside the policy and is left
# alone. The atomic group stops the engine from shortening "12" to "1" to dodge that rule.
# A number is read up to 9 digits a part: "clause 1234567890123" refers to clause 123456789 (which
# no policy has, so it is reported) rather than to a number too long to work with.
_CLAUSE_REFERENCE = re.compile(
    r"\b(?:clauses?|paragraphs?)\s+"
    r"(?>(?P<numbers>\d{1,9}(?:\.\d{1,9})*(?:\s*(?:,|and|or|to|-|\u2013)\s*\d{1,9}(?:\.\d{1,9})*)*))"
    r"(?!\s+of\b)",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d+(?:\.\d+)*")

# A link target naming another policy by id: [Safeguarding](policy:safeguarding#clause-4)
POLICY_LINK = re.compile(r"policy:(?P<id>[a-z0-9][a-z0-9-]*)(?:#(?P<anchor>[\w-]+))?")


@dataclass(frozen=True)
class ClauseReference:
    """One clause number referred to in a text. ``start``/``end`` span the text to link."""

    number: tuple[int, ...]
    start: int
    end: int


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
            yield ClauseReference(
                number=tuple(int(part) for part in number[0].split(".")),
                start=start,
                end=offset + number.end(),
            )


# Inline code (`clause 9`) is quoted text, not a reference: rendering does not link it either.
_CODE_SPAN = re.compile(r"(`+).+?\1", re.DOTALL)


def clause_references_outside_code(markdown_text: str) -> Iterator[ClauseReference]:
    """The references in Markdown source, skipping code spans (blanked so positions still match)."""
    return clause_references(_CODE_SPAN.sub(lambda code: " " * len(code[0]), markdown_text))


def line_of(text: str, position: int) -> int:
    """How many lines into ``text`` the character at ``position`` is (0 for the first line)."""
    return text.count("\n", 0, position)
