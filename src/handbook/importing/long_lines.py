"""A written line longer than ``handbook check`` allows (``source.limits.MAX_LINE_LENGTH``: a web page's whole
section kept as one list item, 11,000 characters) split over lines that Markdown joins again, so that the
document's paragraph stays one paragraph on the page and the policy file passes its limits."""

from __future__ import annotations

import re

from ..source.limits import MAX_LINE_LENGTH
from .steps import STEP

# What a list item's later lines are indented by to stay in it: its marker's width ("1. ", "- ", a step's "6. ")
_ITEM_MARKER = re.compile(rf"^\s*{STEP}?(?:(?:[-*+]|\d{{1,9}}[.)])\s+)?")
# A line Markdown reads as a block of its own, not as more of the line above: never where a line is split
_OPENS_A_BLOCK = re.compile(r"^(?:[-*+]\s|\d{1,9}[.)]\s|#|>|\||<|```|~~~|=+\s*$|-+\s*$)")


def within_limit(line: str, limit: int = MAX_LINE_LENGTH) -> list[str]:
    """``line`` as lines of at most ``limit`` characters, split at spaces; a heading and a table row (each one line
    in Markdown), a quote (whose later lines would need its marker) and a line with no space to split at stay whole."""
    if len(line) <= limit or line.lstrip().startswith(("#", "|", ">")):
        return [line]
    indent = " " * _ITEM_MARKER.match(line).end()
    lines, rest = [], line
    while len(rest) > limit:
        cut = rest.rfind(" ", len(indent) + 1, limit)
        while cut > len(indent) and _OPENS_A_BLOCK.match(rest[cut + 1:].lstrip()):
            cut = rest.rfind(" ", len(indent) + 1, cut)
        if cut <= len(indent):
            break
        lines.append(rest[:cut].rstrip())
        rest = indent + rest[cut + 1:].lstrip()
    return [*lines, rest]
