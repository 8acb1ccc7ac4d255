"""Whose policy a document is, from the number its issuer gives it: a directive or publication carries a line naming
it by its issuer, its kind and its number ("MARINE CORPS ORDER 4600.39", "NAVSUP Publication 490, REV 6", "DoD
Instruction 8500.01"), as a government body or an army numbers its own orders. The issuer is whose the document is,
spelt out where the text spells its abbreviation out ("the Naval Supply Systems Command (NAVSUP)").

Read only from a line near the top that is the number alone (not a reference list's "Ref: (a) DoD Instruction ..."),
where the issuer is a name (an abbreviation or several capitalised words, never one word such as "Executive" of
"Executive Order 14028") that the text names again and again, as a document names its own issuer.
"""

from __future__ import annotations

import re

_KINDS = (r"Order|Publication|Pub\.?|Instruction|Directive|Regulation|Manual|Memorandum|Bulletin|Circular|Notice|"
          r"Handbook|Guide")
# "NIST Special Publication 800-53": words saying which kind, not the issuer's
_QUALIFIERS = r"(?:(?:Special|Technical|Administrative|Joint|Field|General|Interim|Policy)\s+)?"
_NUMBER = r"[A-Z]{0,2}-?\d[\w.]*(?:-[\w.]*\d[\w.]*)*"
_REVISION = r"(?:\s*,?\s*(?i:rev(?:ision)?\.?|change|ch\.|edition)\s*\d+)?"
_NUMBERED = re.compile(rf"^(?:The\s+)?(?P<issuer>(?:[A-Z][\w&.'\u2019-]*\s+){{0,5}}?[A-Z][\w&.'\u2019-]*)\s+"
                       rf"{_QUALIFIERS}(?:{_KINDS})\s+(?:No\.?\s*)?{_NUMBER}{_REVISION}$")
_ABBREVIATION = re.compile(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*")  # "NAVSUP", "DoD", "USMC"
_LEAST_NAMED = 3


def issued_as(line: str, text: str, organisation_words: str) -> tuple[str, str] | None:
    """(the issuer, the line) where ``line`` is a document's number naming its issuer ("Marine Corps Order 4600.39",
    in name case) and ``text`` names the issuer at least ``_LEAST_NAMED`` times; the issuer's words where the text
    spells an abbreviation out as an organisation's (its name ending in one of ``organisation_words``)."""
    if not (match := _NUMBERED.match(line)):
        return None
    issuer = match["issuer"]
    if not (" " in issuer or _ABBREVIATION.fullmatch(issuer)):
        return None  # "Executive Order 14028", "Special Publication 800-53": no issuer named
    if len(re.findall(rf"(?<![\w-]){re.escape(issuer)}(?![\w-])", text, re.I)) < _LEAST_NAMED:
        return None
    spelt = re.search(rf"(?P<words>(?:[A-Z][\w&'\u2019-]*\s+(?:(?:of|and|for|the)\s+)*){{1,6}}?"
                      rf"(?:{organisation_words}))\s+\({re.escape(issuer)}\)", text)
    return (spelt["words"] if spelt else issuer), line
