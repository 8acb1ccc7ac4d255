"""Formatting from another document, written as Markdown: bold, italic, links and tables, and text that
would open a Markdown block escaped.

The words themselves are escaped first (handbook.markdown_extensions.text.escape_imported_text),
so "5 * 3" or "<name>" show as typed.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from ..source.reading import HIDDEN_FORMATTING
from .document import Table

_FORMATTING = re.compile(HIDDEN_FORMATTING)


def emphasised(text: str, bold: bool, italic: bool) -> str:
    """``text`` in bold and/or italic, its surrounding spaces left outside the marks."""
    core = text.strip()
    if not core or not (bold or italic):
        return text
    marks = ("**" if bold else "") + ("*" if italic else "")
    lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
    return f"{lead}{marks}{core}{marks[::-1]}{trail}"


def link(text: str, address: str) -> str:
    return f"[{text}](<{address}>)"


def without_invisible(text: str) -> tuple[str, str]:
    """``text`` without the invisible characters policy text may not hold (zero-width spaces, direction
    marks, soft hyphens, a joiner but between two emoji: handbook.source.reading.HIDDEN_FORMATTING), and what
    was removed, such as
    "2 U+200B (ZERO WIDTH SPACE)" ("" when nothing was)."""
    found = Counter(_FORMATTING.findall(text))
    if not found:
        return text, ""
    removed = ", ".join(
        f"{count} U+{ord(c):04X} ({unicodedata.name(c, 'format character')})" for c, count in found.items()
    )
    return _FORMATTING.sub("", text), removed


def safe_start(text: str) -> str:
    """Text that Markdown would read as a heading, quote or list at the start of a line, escaped; so is a dotted
    number alone ("11103.12", a citation's number a PDF's reader gave a line of its own), an empty clause else, and
    one with no space after it ("10.6092/INGV.IT", a DOI), which ``check`` takes for a clause number mistyped."""
    if re.match(r"^(#|>|\+ |\d+[.)]\s|\d+(?:\.\d+)+$|\d+(?:\.\d+)*\.(?=[^\s\d.])|\d+(?:\.\d+)+(?=[^\s\d.]))", text):
        return "\\" + text if not text[0].isdigit() else re.sub(r"^(\d+)([.)])", r"\1\\\2", text)
    return text


def markdown_table(table: Table) -> list[str]:
    """The table's lines, its first row the header, each row as wide as the widest."""
    width = max(len(row) for row in table.rows)
    rows = [list(row) + [""] * (width - len(row)) for row in table.rows]
    lines = ["| " + " | ".join(rows[0]) + " |", "| " + " | ".join(["---"] * width) + " |"]
    lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
    return lines
