"""Who owns the policy, where no sentence or label says so but the document describes its bodies: the one whose
purpose or responsibilities include developing the policies ("OSS Review Group / + Purpose / + Develop policies and
processes that reinforce open source development"), as rules and handbooks set out their groups and committees in an
appendix. Not a body doing anything else ("Open Source Guild: Announcing new projects"), nor one developing what is
not a policy ("Develop training materials"); two bodies described so leave it TBC.
"""

from __future__ import annotations

import re

from .document import Block, Paragraph

# A body's name on a line of its own: "OSS Review Group", "The Data Governance Committee", "Security Working Group"
_BODY = re.compile(r"(?:The\s+)?(?P<v>(?:[A-Z][\w&-]*\s+){1,5}(?:Group|Committee|Board|Council|Panel|Forum))")
# What it does, as an item of its purpose or responsibilities: "Develop policies and processes that ...", "Maintains
# the security policies", "+ Review and update this policy"
_DEVELOPS_POLICIES = re.compile(
    r"^(?:[-+*\u2022]\s*)?(?:Develop|Write|Maintain|Own|Review|Update)s?(?:\s+and\s+(?:develop|write|maintain|own|"
    r"review|update)s?)?\s+(?:the\s+|our\s+|these\s+|this\s+|all\s+)?(?:[\w-]+\s+){0,2}?polic(?:y|ies)\b")
_HOW_FAR = 12  # lines below the body's name that describe it


def body_developing_policies(blocks: list[Block]) -> tuple[str, str, str] | None:
    """(the body, where, the words read) of the one body the document describes as developing its policies; None
    where none is described so, or more than one."""
    paragraphs = [block for block in blocks if isinstance(block, Paragraph)]
    found = {}
    for index, paragraph in enumerate(paragraphs):
        if paragraph.heading is not None or not (named := _BODY.fullmatch(paragraph.plain.strip())):
            continue
        for below in paragraphs[index + 1:index + 1 + _HOW_FAR]:
            if below.heading is not None or _BODY.fullmatch(below.plain.strip()):
                break  # the next section, or the next body
            if (does := _DEVELOPS_POLICIES.match(below.plain.strip())):
                purpose = does[0].lstrip("-+*\u2022 ")
                found.setdefault(named["v"], (f"{paragraph.place}, the body whose purpose is to '{purpose}'",
                                              below.plain))
                break
    if len(found) != 1:
        return None
    name, (where, words) = next(iter(found.items()))
    return name, where, words
