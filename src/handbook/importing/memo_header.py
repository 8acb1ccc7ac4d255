"""What a memorandum's or an order's header states, read once for the title (titles) and the issuer (signatories).

The header is labelled lines among a document's first lines: "MEMORANDUM FOR All MAJCOM/A4Rs" (a US military and
federal memo's "To", its colon optional), "FROM: 42 ABW/CC", "TO: All staff" ("Addressees:"), "SUBJECT: ..." ("SUBJ:",
"Re:"), and a naval order's "From:" and "To:" that its PDF reads as one line ("From: Commandant of the Marine Corps
To: Distribution List", "... To: 2d Marine Division"; a period, "From: 1 September 2024 To: 31 August 2025", is no
line of a header). "MEMORANDUM FOR" heads only a memo; a "From:" does with a "To:" or a subject line beside it, else
it is a letter's or a form's line. A date or a copy line ("DATE:", "CC:") is read by neither caller and so not here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_LABELLED = re.compile(
    r"^(?P<label>memorandum\s+for\b\s*:?|(?:to|addressees?|from|subj(?:ect)?|re)\s*:)\s*(?P<value>.*)$", re.I)
_TO_ON_FROM_LINE = re.compile(r"^(?P<sender>\S.*?)\s+to\s*:\s*(?P<addressees>\S.*)$", re.I)
_PERIOD = re.compile(r"^\d.*\s+to\s*:\s*\d", re.I)  # "From: 1 September 2024 To: 31 August 2025": dates, not people
_OFFICE_CODE = re.compile(r"\s*\(\d+[A-Z]?\)$")  # "Acting Assistant Secretary (008)": the office's routing number
_HEADER_TOP = 15  # lines: a memo's header is within its first
_FIELD = {"memorandum for": "memorandum_for", "from": "sender", "to": "addressees", "addressee": "addressees",
          "addressees": "addressees", "subject": "subject", "subj": "subject", "re": "subject"}


@dataclass(frozen=True)
class Stated[P]:
    """A value of the header, with where the line stating it is (``place``) and the line's words."""

    value: str
    place: P
    words: str


@dataclass(frozen=True)
class MemoHeader[P]:
    """What a memo's header states: the first line of each kind, and the places of all its lines."""

    memorandum_for: Stated[P] | None  # "MEMORANDUM FOR ..." (its words: whom the memo is for)
    sender: Stated[P] | None  # "FROM: ..."
    addressees: Stated[P] | None  # "TO: ...", "Addressees: ...", the "To:" on a naval order's "From:" line
    subject: Stated[P] | None  # "SUBJECT: ...", "SUBJ:", "Re:"
    places: tuple[P, ...]  # every line of the header, in order

    @property
    def addressed(self) -> bool:
        """Whether it says whom it is for (a "To:" or "MEMORANDUM FOR"), as a memo does; a directive's FROM and
        SUBJECT block under its own name ("Binding Operational Directive 20-01", "Applies to:" for its To) does not."""
        return self.addressees is not None or self.memorandum_for is not None

    @property
    def to(self) -> Stated[P] | None:
        """Whom it is for: its "To:", else its "MEMORANDUM FOR"."""
        return self.addressees or self.memorandum_for


def memo_header[P](lines: Iterable[tuple[P, str]]) -> MemoHeader[P] | None:
    """The memo's header among the first of ``lines`` (place, words), or None where they hold none."""
    found: dict[str, Stated[P]] = {}
    places: list[P] = []
    for index, (place, words) in enumerate(lines):
        if index >= _HEADER_TOP:
            break
        if not (match := _LABELLED.match(words)):
            continue
        label, value = " ".join(match["label"].lower().rstrip(": ").split()), match["value"].strip()
        if label == "from" and _PERIOD.match(value):
            continue
        places.append(place)
        if label == "from" and (both := _TO_ON_FROM_LINE.match(value)):
            stated = {"sender": both["sender"], "addressees": both["addressees"]}
        else:
            stated = {_FIELD[label]: value}
        for field, words_stated in stated.items():
            if field != "subject":
                words_stated = _OFFICE_CODE.sub("", words_stated)
            found.setdefault(field, Stated(words_stated, place, words))
    header = MemoHeader(found.get("memorandum_for"), found.get("sender"), found.get("addressees"),
                        found.get("subject"), tuple(places))
    if header.memorandum_for is None and (header.sender is None or not (header.addressees or header.subject)):
        return None
    return header
