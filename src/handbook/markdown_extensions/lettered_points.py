"""Lettered and roman points inside a clause: "(a) ... (b) ...", "(A) ... (B) ..." and "(i) ... (ii) ...".

Markdown has no lettered lists: lines starting "(a)", "(b)" without blank lines between them
would run together into one paragraph. This block processor makes them an ordered list
(``<ol class="points" data-kind="a">``), each item marked ``data-point="a"`` and starting with
its marker as written ("(a)"), so that
handbook.markdown_extensions.points_and_references can give it an anchor under its clause (``#clause-4-1-a``).

Points may follow the clause's opening words on the next line, and may be separated by blank
lines. Roman points (i), (ii) after a lettered point go inside it, one level down, as (a), (b) do
after a capital (A); the next letter returns to the outer list. "(i)" after "(h)" is the letter i.
A point out of sequence is kept where it stands (handbook.source.structure_checks warns about it).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass

from markdown.blockprocessors import BlockProcessor

# "(a) text", "a) text", "(A) text", "(iv) text" at the start of a line (up to three spaces in), and
# "3(a) text", as documents that repeat the clause's number type the points of clause 3.
MARKER = re.compile(r"^ {0,3}(?:\d{1,3}(?=\())?\(?(?P<point>[a-zA-Z]|[ivx]{1,5})\)[ \t]+(?P<text>\S.*)$")
FIRST_POINTS = ("A", "a", "i")  # the points a list starts with; each is also the list's kind
# A list of points of this kind may hold, one level down, a list of that kind.
INNER_KIND = {"A": "a", "a": "i"}

ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv",
         "xvi", "xvii", "xviii", "xix", "xx")


def next_point(point: str, kind: str) -> str | None:
    """The point after ``point`` in a list of ``kind`` ("a", "A": letters, "i": roman numerals)."""
    if kind == "i":
        index = ROMAN.index(point) if point in ROMAN else len(ROMAN)
        return ROMAN[index + 1] if index + 1 < len(ROMAN) else None
    return chr(ord(point) + 1) if len(point) == 1 and point not in "zZ" else None


@dataclass
class _OpenList:
    element: etree.Element
    kind: str  # "a" or "i"
    last: str  # the last point in it

    @property
    def expects(self) -> str | None:
        return next_point(self.last, self.kind)


class LetteredPointsProcessor(BlockProcessor):
    def test(self, parent: etree.Element, block: str) -> bool:
        markers = [m for m in map(MARKER.match, block.split("\n")) if m]
        if not markers:
            return False
        first_line_is_point = bool(MARKER.match(block.split("\n")[0]))
        open_lists = _open_lists(parent) if first_line_is_point else []
        return markers[0]["point"] in FIRST_POINTS or any(o.expects == markers[0]["point"] for o in open_lists)

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        lines = blocks.pop(0).split("\n")
        start = next(index for index, line in enumerate(lines) if MARKER.match(line))
        if start:  # the clause's opening words ("Staff must:") stay a paragraph before the list
            self.parser.parseBlocks(parent, ["\n".join(lines[:start])])
        stack = _open_lists(parent)
        item: etree.Element | None = None
        for line in lines[start:]:
            marker = MARKER.match(line)
            if marker is None:  # the point's words go on, on the next line
                item[-1].tail = f"{item[-1].tail}\n{line.strip()}"
                continue
            item = _add_point(parent, stack, marker["point"])
            shown = etree.SubElement(item, "span", {"class": "point-marker"})
            shown.text = line.strip()[: line.strip().index(")") + 1]  # "(a)" or "a)", as written
            shown.tail = " " + marker["text"]


def _open_lists(parent: etree.Element) -> list[_OpenList]:
    """The lists of points just above, outermost first, that a following point may continue."""
    stack: list[_OpenList] = []
    holder = parent
    while len(holder) and holder[-1].tag == "ol" and "points" in holder[-1].get("class", "").split():
        points = holder[-1]
        stack.append(_OpenList(points, points.get("data-kind", "a"), points[-1].get("data-point", "")))
        holder = points[-1]
    return stack


def _add_point(parent: etree.Element, stack: list[_OpenList], point: str) -> etree.Element:
    """A list item for ``point``, in the open list it continues, a new inner list or a new list."""
    for depth in reversed(range(len(stack))):
        if stack[depth].expects == point:
            del stack[depth + 1 :]
            break
    else:
        if point in FIRST_POINTS and (not stack or INNER_KIND.get(stack[-1].kind) == point):
            holder = stack[-1].element[-1] if stack else parent
            kind = point
            points = etree.SubElement(holder, "ol", {"class": "points", "data-kind": kind})
            stack.append(_OpenList(points, kind, ""))
        # else: out of sequence; kept in the innermost list, where it was written
    open_list = stack[-1]
    open_list.last = point
    return etree.SubElement(open_list.element, "li", {"data-point": point})
