"""Whose policy a document is, from the governing body the text names as its own: "the governing body of arXiv",
"the NumFOCUS Board", "the Jupyter Executive Council", and as a small charity writes of its own, "the CCiW
trustees", "the CCiW committee" (handbook.importing.organisation reads every other form)."""

from __future__ import annotations

import re

from .name_shapes import is_distinctive_name, is_one_plain_name, times_named
from .organisation import NAME, clean_name

# An organisation's own governing body, by name: "the NumFOCUS Board", "the Jupyter Executive Council", "the governing
# body of arXiv", "the Board of Trustees of Meadowbank Foodbank" (a name may start in lower case: "arXiv", "eBay")
_GOVERNING_BODY = (r"Board(?:\s+of\s+(?:Directors|Trustees|Governors))?|(?:Executive|Steering)\s+(?:Council|Committee)|"
                   r"Governing\s+(?:Body|Board|Council)")
_NAME_OR_LOWER = rf"(?:{NAME}|[a-z]+[A-Z][\w&-]*)"
_BODY_OF_NAME = re.compile(rf"\b(?i:governing\s+body|board\s+of\s+(?:directors|trustees|governors))\s+of\s+"
                           rf"(?:the\s+)?(?P<v>{_NAME_OR_LOWER})")
_NAMED_BODY = re.compile(rf"\b[Tt]he\s+(?P<v>{_NAME_OR_LOWER})(?:['\u2019]s)?\s+(?:{_GOVERNING_BODY})\b")
# A small charity's own trustees or committee, in lower case as it writes them: "the CCiW trustees" (a name written
# as only names are: not "the Social committee", "the PTA committee")
_NAMED_TRUSTEES = re.compile(rf"\b[Tt]he\s+(?P<v>{_NAME_OR_LOWER})\s+(?:trustees|committee|board)\b")

# A body itself, whose own committee or board the text names: not an organisation a policy belongs to
_A_BODY = re.compile(r"\b(?:Council|Committee|Board|Forum|Panel)$")


def governing_body(text: str) -> tuple[str, str] | None:
    """The organisation whose own governing body the text names, as a board's procedures or a manual name the body
    they serve: "the governing body of arXiv", "voting by the NumFOCUS Board", "the Jupyter Executive Council", "the
    CCiW trustees", with the words read. None where no such body is named, or bodies of more than one name are (a
    club's policy naming the county association's board beside its own committee names no one for sure)."""
    names: dict[str, str] = {}
    for pattern in (_BODY_OF_NAME, _NAMED_BODY, _NAMED_TRUSTEES):
        for match in pattern.finditer(text):
            name = clean_name(match["v"])
            if _A_BODY.search(name):  # "the CIO Council's Executive Committee": a council's, a parent body's
                continue
            if is_distinctive_name(name, text) or (
                    pattern is not _NAMED_TRUSTEES and is_one_plain_name(name, text) and times_named(name, text) >= 2):
                names.setdefault(name, " ".join(match[0].split()))
    return next(iter(names.items())) if len(names) == 1 else None
