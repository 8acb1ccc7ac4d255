"""What an imported document is made of, whatever it was read from: paragraphs and tables.

The readers (word_reader for .docx, text_reader for text and Markdown) produce these; the
policy writer turns them into a policy file. A paragraph carries Word's automatic number, if it
had one, apart from its text: the numbers of an automatic list are not in the text at all.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class ListKind(enum.StrEnum):
    DECIMAL = "decimal"  # 1, 1.1, 1.1.1
    LETTER = "letter"  # (a), (b)
    ROMAN = "roman"  # (i), (ii)
    BULLET = "bullet"


@dataclass(frozen=True)
class AutoNumber:
    """A number Word draws before a paragraph, from its list definition."""

    kind: ListKind
    level: int  # 0 for the list's first level
    counters: tuple[int, ...]  # the count at each level down to this one: (2, 1) for "2.1"
    list_id: str  # which list (Word's abstract numbering): clause numbers and a step list differ
    shown: str  # as Word shows it: "2.1", "(a)", "•"


@dataclass(frozen=True)
class Paragraph:
    number: int  # its place in the document, counting paragraphs and tables from 1, for the report
    markdown: str  # the text as Markdown: bold, italic and links kept, Markdown's own marks escaped
    plain: str  # the text alone
    heading: int | None = None  # 0 for a title, 1-6 for a heading, None for body text
    auto_number: AutoNumber | None = None


@dataclass(frozen=True)
class Table:
    number: int
    rows: tuple[tuple[str, ...], ...]  # each cell as Markdown, the first row the header


Block = Paragraph | Table
