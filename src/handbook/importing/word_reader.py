"""Read a .docx with python-docx into paragraphs and tables (handbook.importing.document).

Kept: the text of every paragraph and table cell in document order; bold, italic and links;
heading and title styles; Word's automatic numbers (word_numbering). What python-docx does not
read as text (text boxes, pictures, tracked insertions, footnotes) is listed as ``Notice``s so
that a person looks at those paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.table import Table as WordTable
from docx.text.hyperlink import Hyperlink
from docx.text.paragraph import Paragraph as WordParagraph
from docx.text.run import Run

from ..markdown_extensions.text import escape_imported_text
from .document import Block, Paragraph, Table
from .markdown_text import emphasised, link
from .word_numbering import Numbering

_HEADING_STYLE = re.compile(r"^heading (\d)$", re.IGNORECASE)


@dataclass(frozen=True)
class Notice:
    number: int  # the paragraph's (or table's) place in the document
    message: str


def read_docx(path: Path) -> tuple[list[Block], list[Notice]]:
    document = docx.Document(str(path))
    numbering = Numbering(document)
    blocks: list[Block] = []
    notices: list[Notice] = []
    for number, item in enumerate(document.iter_inner_content(), start=1):
        if isinstance(item, WordTable):
            blocks.append(Table(number, _rows(item)))
            continue
        notices += [Notice(number, message) for message in _unread_content(item)]
        auto_number = numbering.next_number(item)
        plain = " ".join(item.text.split())
        if not plain:
            continue
        blocks.append(Paragraph(number, _markdown(item), plain, _heading_level(item), auto_number))
    return blocks, notices


def _heading_level(paragraph: WordParagraph) -> int | None:
    name = paragraph.style.name if paragraph.style is not None else ""
    if name.casefold() == "title":
        return 0
    if match := _HEADING_STYLE.match(name):
        return int(match[1])
    return None


def _markdown(paragraph: WordParagraph) -> str:
    """The paragraph as Markdown. Neighbouring runs of one format are joined first, as Word
    splits text into runs at will ("**Designated** **Lead**" would read badly)."""
    parts: list[str] = []
    pending: list[Run] = []

    def flush() -> None:
        if pending:
            text = "".join(run.text for run in pending).replace("\t", " ").replace("\n", " ")
            parts.append(emphasised(escape_imported_text(text), bool(pending[0].bold), bool(pending[0].italic)))
            pending.clear()

    for item in paragraph.iter_inner_content():
        if isinstance(item, Run):
            if pending and (bool(item.bold), bool(item.italic)) != (bool(pending[0].bold), bool(pending[0].italic)):
                flush()
            pending.append(item)
            continue
        flush()
        if isinstance(item, Hyperlink):
            text = escape_imported_text(" ".join(item.text.split()))
            parts.append(link(text, item.address) if item.address else text)
    flush()
    return " ".join("".join(parts).split())


def _rows(table: WordTable) -> tuple[tuple[str, ...], ...]:
    """Each row's cells; a merged cell's text once, where it starts (python-docx repeats it)."""
    rows: list[tuple[str, ...]] = []
    seen: list = []  # the cells' XML elements met so far (kept, so that identity can be compared)
    for row in table.rows:
        cells = []
        for cell in row.cells:
            if any(cell._tc is element for element in seen):
                cells.append("")
                continue
            seen.append(cell._tc)
            cells.append("<br>".join(_markdown(p) for p in cell.paragraphs if p.text.strip()))
        rows.append(tuple(cells))
    return tuple(rows)


def _unread_content(paragraph: WordParagraph) -> list[str]:
    element = paragraph._p
    messages = []
    if element.findall(".//" + qn("w:txbxContent")):
        messages.append("has a text box: its words are not imported; copy them in by hand")
    elif element.findall(".//" + qn("w:drawing")) or element.findall(".//" + qn("w:pict")):
        messages.append("has a picture or chart, which is not imported; describe it in words if it matters")
    if element.findall(".//" + qn("w:ins")) or element.findall(".//" + qn("w:del")):
        messages.append("has tracked changes; accept or reject them in Word, then import again")
    if element.findall(".//" + qn("w:footnoteReference")):
        messages.append("has a footnote, which is not imported; add its words to the text")
    return messages
