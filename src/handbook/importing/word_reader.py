"""Read a .docx with python-docx into paragraphs and tables (handbook.importing.document).

Kept: the text of every paragraph and table cell in document order; bold, italic and links to
web pages, e-mail addresses and phone numbers; heading and title styles; Word's automatic numbers
(word_numbering). What python-docx does not read as text (text boxes, pictures, tracked
insertions, footnotes) is listed as ``Notice``s so that a person looks at those paragraphs; so is
a link to any other kind of address (``data:``, ``javascript:``, ``file:``, a path on a shared
drive), whose words are kept as plain text, and an invisible character removed from the words
(handbook.source.reading.FORMATTING: policy text may not hold them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import docx
from docx.oxml.ns import qn
from docx.table import Table as WordTable
from docx.text.hyperlink import Hyperlink
from docx.text.paragraph import Paragraph as WordParagraph
from docx.text.run import Run

from ..markdown_extensions.text import escape_imported_text
from .document import Block, Paragraph, Table
from .markdown_text import emphasised, link, without_invisible
from .word_numbering import Numbering

_HEADING_STYLE = re.compile(r"^heading (\d)$", re.IGNORECASE)
LINK_SCHEMES = {"http", "https", "mailto", "tel"}  # what an imported link may lead to
_NOT_IN_AN_ADDRESS = re.compile(r"[\x00-\x20\x7f<>]")  # would end or break the Markdown link


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
        problems: list[str] = []
        if isinstance(item, WordTable):
            blocks.append(Table(number, _rows(item, problems)))
        else:
            problems += _unread_content(item)
            auto_number = numbering.next_number(item)
            plain = " ".join(without_invisible(item.text)[0].split())
            if plain:
                blocks.append(Paragraph(number, _markdown(item, problems), plain, _heading_level(item), auto_number))
        notices += [Notice(number, message) for message in dict.fromkeys(problems)]
    return blocks, notices


def _heading_level(paragraph: WordParagraph) -> int | None:
    name = paragraph.style.name if paragraph.style is not None else ""
    if name.casefold() == "title":
        return 0
    if match := _HEADING_STYLE.match(name):
        return int(match[1])
    return None


def _markdown(paragraph: WordParagraph, problems: list[str]) -> str:
    """The paragraph as Markdown. Neighbouring runs of one format are joined first, as Word
    splits text into runs at will ("**Designated** **Lead**" would read badly). What a person
    should look at is added to ``problems``."""
    parts: list[str] = []
    pending: list[Run] = []

    def words(text: str) -> str:
        text, removed = without_invisible(text)
        if removed:
            problems.append(f"held {removed}, which the handbook refuses; removed")
        return escape_imported_text(text)

    def flush() -> None:
        if pending:
            text = "".join(run.text for run in pending).replace("\t", " ").replace("\n", " ")
            parts.append(emphasised(words(text), bool(pending[0].bold), bool(pending[0].italic)))
            pending.clear()

    for item in paragraph.iter_inner_content():
        if isinstance(item, Run):
            if pending and (bool(item.bold), bool(item.italic)) != (bool(pending[0].bold), bool(pending[0].italic)):
                flush()
            pending.append(item)
            continue
        flush()
        if isinstance(item, Hyperlink):
            text = words(" ".join(item.text.split()))
            if item.address and _kept_address(item.address):
                parts.append(link(text, item.address))
            else:
                parts.append(text)
                if item.address:
                    shown = item.address if len(item.address) <= 60 else item.address[:60] + "..."
                    problems.append(
                        f"the link on '{text}' to '{shown}' is kept as plain text: links lead to web pages "
                        "(https:), e-mail (mailto:) or phone numbers (tel:) only; link it again by hand if it "
                        "should be one"
                    )
    flush()
    return " ".join("".join(parts).split())


def _kept_address(address: str) -> bool:
    """Whether a link from Word may lead to ``address``: a web page, an e-mail address or a phone number."""
    return not _NOT_IN_AN_ADDRESS.search(address) and urlsplit(address).scheme.casefold() in LINK_SCHEMES


def _rows(table: WordTable, problems: list[str]) -> tuple[tuple[str, ...], ...]:
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
            cells.append("<br>".join(_markdown(p, problems) for p in cell.paragraphs if p.text.strip()))
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
