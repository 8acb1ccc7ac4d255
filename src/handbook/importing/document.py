"""What an imported document is made of, whatever it was read from: paragraphs and tables.

The readers (word_reader, odt_reader, pdf_reader, html_reader, text_reader) produce these; the
policy writer turns them into a policy file. A paragraph carries Word's automatic number, if it
had one, apart from its text: the numbers of an automatic list are not in the text at all.
Each block says where it is in the document as its reader can find it again: "line 7" of a
text file, "page 3, 'Staff must sign...'" of a PDF, "paragraph 12, 'Staff must sign...'" of a
Word file (the opening words, as Word shows no paragraph numbers).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field


class ListKind(enum.StrEnum):
    DECIMAL = "decimal"  # 1, 1.1, 1.1.1
    LETTER = "letter"  # (a), (b)
    ROMAN = "roman"  # (i), (ii)
    BULLET = "bullet"
    ORDERED = "ordered"  # a web page's numbered list (<ol>): its numbers are the list's, never clauses


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
    place: str = ""  # where a person finds it: "line 7", "page 3, 'Staff must...'" (see ``where``)
    anchors: tuple[str, ...] = ()  # the document's own names for it (Word bookmarks, HTML ids) that links use
    bold: bool = False  # all its words bold, and
    size: float = 0.0  # their size in points (0: the document's default): headings typed as bold body text
    quotation: int = 0  # the quotation of running text (Markdown's "> ") it is in, kept one, from 1; 0: none


def where(number: int, text: str, page: int | None = None, line: int | None = None) -> str:
    """A block's place as a person finds it: the line of a text file, else its opening words and page."""
    if line is not None:
        return f"line {line}"
    opening = " ".join(text.split()[:6])
    opening = opening if len(opening) <= 50 else opening[:47] + "..."
    return f"page {page}, '{opening}'" if page else f"paragraph {number}, '{opening}'"


@dataclass(frozen=True)
class Table:
    number: int
    rows: tuple[tuple[str, ...], ...]  # each cell as Markdown, the first row the header
    place: str = ""


Block = Paragraph | Table


@dataclass(frozen=True)
class ReadDocument:
    """What a reader made of a file."""

    blocks: list[Block]
    notes: list[str]  # what a person should look at, each with its place: "page 2, 'Staff...': ..."
    properties: dict[str, str]  # what the file says about itself: {"title": "..."} (Word's core properties)
    # Footnotes taken from the foot of their pages (a PDF's), each "<sup>5</sup> See ...": the writer puts
    # them in a Notes section at the end, where the raised marks in the text ("...practices.<sup>5</sup>") lead
    footnotes: list[Paragraph] = field(default_factory=list)
    # The page headers and footers it took off every page, once each, with where: not written, but what they state
    # about the document is the document's ("Adopted by Next Users Group August 17, 2010"; handbook.importing.facts)
    furniture: list[Paragraph] = field(default_factory=list)


def page_furniture(lines: Iterable[tuple[str, str]]) -> list[Paragraph]:
    """A file's page header and footer lines, (words, where), as ``ReadDocument.furniture`` holds them: each once,
    with where it was first met; a line of only a table's empty cells (" | ") is none."""
    first_met: dict[str, str] = {}
    for text, place in lines:
        first_met.setdefault(" ".join(text.split()), place)
    return [Paragraph(0, text, text, place=place) for text, place in first_met.items() if text.strip(" |")]
