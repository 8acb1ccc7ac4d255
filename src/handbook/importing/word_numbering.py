"""Word's automatic list numbers, worked out from the document's numbering definitions.

A numbered paragraph in a .docx holds no number: it names a list (``w:numId``) and a level
(``w:ilvl``), directly or through its style (a "Heading 1" tied to a multilevel list). The
numbering part defines, per list and level, the format (decimal, lowerLetter, lowerRoman,
bullet...), the start and the text ("%1.%2" shows the first two levels' counts). Word counts
paragraphs of one abstract list together, restarting deeper levels when a shallower one moves
on. python-docx reads the XML but leaves the counting to us; this module does only that.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from docx.document import Document
from docx.oxml.ns import qn
from docx.styles.style import ParagraphStyle
from docx.text.paragraph import Paragraph

from .document import AutoNumber, ListKind
from .roman import to_roman

_KINDS = {
    "decimal": ListKind.DECIMAL,
    "decimalZero": ListKind.DECIMAL,
    "lowerLetter": ListKind.LETTER,
    "upperLetter": ListKind.LETTER,
    "lowerRoman": ListKind.ROMAN,
    "upperRoman": ListKind.ROMAN,
    "bullet": ListKind.BULLET,
}


@dataclass(frozen=True)
class _Level:
    fmt: str
    text: str
    start: int


def _val(element, tag: str, default: str | None = None) -> str | None:
    child = element.find(qn(tag)) if element is not None else None
    return child.get(qn("w:val")) if child is not None else default


class Numbering:
    """The numbering definitions of one document, and the counts so far as it is read in order."""

    def __init__(self, document: Document) -> None:
        self.levels: dict[str, dict[int, _Level]] = {}
        self.abstract_of: dict[str, str] = {}
        self.start_overrides: dict[str, dict[int, int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            root = None
        for abstract in root.findall(qn("w:abstractNum")) if root is not None else []:
            levels = {}
            for lvl in abstract.findall(qn("w:lvl")):
                level = int(lvl.get(qn("w:ilvl")))
                levels[level] = _Level(
                    _val(lvl, "w:numFmt", "decimal"), _val(lvl, "w:lvlText", ""), int(_val(lvl, "w:start", "1"))
                )
            self.levels[abstract.get(qn("w:abstractNumId"))] = levels
        for num in root.findall(qn("w:num")) if root is not None else []:
            num_id = num.get(qn("w:numId"))
            self.abstract_of[num_id] = _val(num, "w:abstractNumId")
            self.start_overrides[num_id] = {
                int(override.get(qn("w:ilvl"))): int(_val(override, "w:startOverride"))
                for override in num.findall(qn("w:lvlOverride"))
                if _val(override, "w:startOverride") is not None
            }
        self._counts: dict[str, list[int]] = {}
        self._lists_started: set[str] = set()

    def next_number(self, paragraph: Paragraph, styles: list[ParagraphStyle]) -> AutoNumber | None:
        """The number Word shows before ``paragraph`` whose style is ``styles[0]``, based on the rest in turn
        (call for every paragraph, in order)."""
        found = _num_pr(paragraph, styles)
        if found is None:
            return None
        num_id, level = found
        abstract_id = self.abstract_of.get(num_id)
        levels = self.levels.get(abstract_id or "")
        if not levels or level not in levels:
            return None
        counts = self._counts.setdefault(abstract_id, [0] * 9)
        if num_id not in self._lists_started:
            self._lists_started.add(num_id)
            for overridden, start in self.start_overrides.get(num_id, {}).items():
                counts[overridden] = start - 1
        if counts[level] == 0:
            counts[level] = levels[level].start
        else:
            counts[level] += 1
        for deeper in range(level + 1, len(counts)):
            counts[deeper] = 0
        for shallower in range(level):  # a level used before its parent counts from the parent's start
            if counts[shallower] == 0 and shallower in levels:
                counts[shallower] = levels[shallower].start
        kind = _KINDS.get(levels[level].fmt, ListKind.DECIMAL)
        return AutoNumber(
            kind, level, tuple(counts[: level + 1]), abstract_id, self._shown(levels, level, counts)
        )

    @staticmethod
    def _shown(levels: dict[int, _Level], level: int, counts: list[int]) -> str:
        if levels[level].fmt == "bullet":
            return "\N{BULLET}"

        def count(match: re.Match) -> str:
            at = int(match[1]) - 1
            return formatted_count(counts[at], levels[at].fmt if at in levels else "decimal")

        return re.sub(r"%(\d)", count, levels[level].text)


def formatted_count(count: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (count - 1) % 26) * ((count - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        return to_roman(count).upper() if fmt == "upperRoman" else to_roman(count)
    return str(count)


def _num_pr(paragraph: Paragraph, styles: list[ParagraphStyle]) -> tuple[str, int] | None:
    """The (list, level) of a paragraph: its own, else its style's or a style it is based on."""
    p_pr = paragraph._p.pPr
    num_pr = p_pr.find(qn("w:numPr")) if p_pr is not None else None
    for style in styles:
        if num_pr is not None:
            break
        style_p_pr = style.element.pPr
        num_pr = style_p_pr.find(qn("w:numPr")) if style_p_pr is not None else None
    if num_pr is None:
        return None
    num_id = _val(num_pr, "w:numId")
    if num_id in (None, "0"):  # "0" switches numbering off
        return None
    return num_id, int(_val(num_pr, "w:ilvl", "0"))
