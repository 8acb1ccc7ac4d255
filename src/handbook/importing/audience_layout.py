"""Who an imported policy is for, read from how the document is laid out rather than from one sentence: a "This
policy applies to:" or "Who this policy applies to" over a list or a paragraph of who, a heading naming the group
whose rules follow it ("All Users"), the text's opening sentence telling a group what they must do. The sentences
themselves are read in handbook.importing.audiences.
"""

from __future__ import annotations

import re

from .audiences import NEGATION, SENTENCE_START, THIS_DOCUMENT, named_first
from .document import Block, Paragraph

# "This policy applies to:" over a list of who: "- All staff and trainers", "- Volunteers"
_APPLIES_TO_LIST = re.compile(
    rf"{SENTENCE_START}{THIS_DOCUMENT}(?P<gap>[^.;:]{{0,60}}?)\s(?:applies|apply|is\s+for)\s+(?:equally\s+)?to"
    r"(?:\s+the\s+following)?\s*:$", re.I,
)
# A heading or label saying who: "Who this policy applies to", "To whom does this policy apply?", "Audience"
_WHO_HEADING = re.compile(
    r"^(?:who\s+(?:this|the)\s+(?:[\w-]+\s+){0,2}?(?:applies\s+to|is\s+for)|who\s+(?:is\s+)?this\s+(?:[\w-]+\s+){0,2}?"
    r"for|to\s+whom\s+(?:this|the)\s+(?:[\w-]+\s+){0,2}?applies|to\s+whom\s+does\s+this\s+(?:[\w-]+\s+){0,2}?apply|"
    r"who\s+does\s+this\s+(?:[\w-]+\s+){0,2}?apply\s+to|who\s+should\s+(?:read|use|follow)\s+this(?:\s+[\w-]+){0,2}|"
    r"(?:(?:target|intended)\s+)?(?:audience|readers(?:hip)?))\??:?$", re.I,
)
# A heading naming the group the rules under it are for: "All Users", "Responsibilities of members" (not "All Policies",
# "Responsibilities of the Chair": no audience)
_GROUP_HEADING = re.compile(r"^(?:(?:all|every)|(?:roles\s+and\s+)?responsibilities\s+of(?:\s+(?:all|the))?)\s+"
                            r"(?P<v>(?:[\w-]+\s+)?[\w-]+)$", re.I)
_LIST_MARK = re.compile(r"^(?:[-*\u2022\u25cf\u25aa\u25e6\u2023\u00b7]|\d{1,2}[.)]|\(?[a-z][.)])\s+")
# A "Scope" heading over its points, each naming all of a group: "2. Scope" over "2.1 All employees of the UK
# Statistics Authority and Office for National Statistics." (not over "2.1 All laptops issued to staff": no one)
_SCOPE_HEADING = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:scope|applicability)$", re.I)
_CLAUSE_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\s+")
_ALL_OF = re.compile(r"^(?:all|any|every)\s", re.I)
# A text's opening sentence telling a group of an organisation's people what they must do: "All researchers in the
# Bicycle Lab should establish ..." (not "All visitors are expected to sign in": a rule, whoever it binds)
_ALL_MUST = re.compile(r"^(?:[Aa]ll|[Ee]very)\s+(?P<v>(?:[\w-]+\s+){0,2}?[\w-]+)"
                       r"\s+(?:in|at|of|working\s+(?:in|at|for))\s+(?:the\s+|our\s+)?(?:[A-Z][\w&'\u2019-]*\s+){1,6}"
                       r"\s*(?:must|should|shall|(?:are|is)\s+(?:expected|required)\s+to)\s+[a-z]")


def headed(blocks: list[Block]) -> tuple[tuple[str, ...], str, str] | None:
    """(audiences, place, words) of the one heading naming a group over its rules: "All Users", "Responsibilities of
    members"; for a document where no line says whom it is for (none where two such headings name different groups:
    "Responsibilities of managers" and "Responsibilities of staff" say whose duties each part sets out). Only a heading
    of the document's top level below its title: "#### Responsibilities of DIGILAB administrators" under "##
    Commitments and responsibilities" is one group's part of terms of use for all users."""
    headings = [block for block in blocks if isinstance(block, Paragraph) and block.heading]
    levels = [heading.heading for heading in headings]
    top = min(levels[1:] or levels, default=None)  # (the first, its title's, where there are others)
    found = [(named, heading.place, heading.plain) for heading in headings
             if heading.heading == top and (match := _GROUP_HEADING.match(heading.plain))
             and (named := named_first(match["v"]))]
    return found[0] if len({named for named, _, _ in found}) == 1 else None


def addressed_first(blocks: list[Block]) -> tuple[tuple[str, ...], str, str] | None:
    """(audiences, place, words) where the text opens by telling a group of an organisation's people what they must
    do: "All researchers in the Bicycle Lab should establish and follow reasonable data management practices"; for a
    document where no line says whom it is for. Only its first sentence, and only the organisation's people: "All
    visitors must sign in" is one rule, whoever it binds."""
    opening = next((block for block in blocks if isinstance(block, Paragraph) and block.heading is None), None)
    if opening is None or not (match := _ALL_MUST.match(opening.plain)) or not (named := named_first(match["v"])):
        return None
    return named, opening.place, match[0]


def listed(blocks: list[Block]) -> dict[str, tuple[tuple[str, ...], str, str]]:
    """{place: (audiences, place, words)} of each "This policy applies to:" or "Who this policy applies to" whose
    list names who: each item's audiences where its first words name them ("All staff and trainers",
    "Volunteers"), up to the first item that names none ("Partner organisations") or the list's end; or of such
    a heading over a paragraph naming who ("All staff, governors and volunteers"); or of a "Scope" heading over
    points naming all of a group ("2.1 All employees of ...")."""
    found = {}
    for index, block in enumerate(blocks):
        if not isinstance(block, Paragraph):
            continue
        if (match := _WHO_HEADING.match(block.plain)) and (following := blocks[index + 1:index + 2]) and isinstance(
                following[0], Paragraph) and not following[0].heading and not is_item(following[0]):
            if named := named_first(following[0].plain.split(".")[0]):
                found[block.place] = (named, following[0].place, f"{block.plain} {following[0].plain}")
            continue
        scope = block.heading is not None and _SCOPE_HEADING.match(block.plain)
        if not (match := _WHO_HEADING.match(block.plain) or _APPLIES_TO_LIST.search(block.plain) or scope) or (
                NEGATION.search(match.groupdict().get("gap") or "")):
            continue
        audiences, items = [], []
        for item in blocks[index + 1:index + 13]:
            if not isinstance(item, Paragraph) or not (is_item(item) or (scope and _CLAUSE_NUMBER.match(item.plain))):
                break
            words = _CLAUSE_NUMBER.sub("", _LIST_MARK.sub("", item.plain))
            if (scope and not _ALL_OF.match(words)) or not (named := named_first(words)):
                break
            audiences += [a for a in named if a not in audiences]
            items.append(words)
        if audiences:
            found[block.place] = (tuple(audiences), block.place, f"{match[0]} {'; '.join(items)}")
    return found


def is_item(paragraph: Paragraph) -> bool:
    return bool(paragraph.auto_number or _LIST_MARK.match(paragraph.plain))
