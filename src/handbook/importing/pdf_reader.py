"""Read a text-based PDF with pdfplumber into paragraphs and tables.

A PDF holds positioned words, not paragraphs: lines are the words sharing a baseline, and a
paragraph the lines that follow each other closely in one type. pdfplumber (on pdfminer.six)
gives each word's font name and size, which is what tells a heading typed as bold or larger
text from the body (see ``layout.bold_headings``), and finds ruled tables; pypdf, compared on
the same files, gives the text without fonts or positions per word (benchmarks/pdf_readers.py,
docs/authoring.md).

Page furniture is removed and reported: a line at the top or bottom of the page that repeats on
most pages (the policy's name, the organisation's, "Page 3 of 12", with its numbers ignored),
a page number standing alone there, a table repeated on most pages (a logo's words in a box), and the
line numbers a draft prints in its margin (pdf_line_numbers).
A table going on over a page break is read as one table (pdf_tables).
A PDF of scanned pages has no text to read and is refused. A page set in two columns is read down
the left column, then the right (pdf_columns).

Footnotes are read as a reader reads them: a number set small and raised above the line beside it
("...good practices.⁵") is a mark, written ``<sup>5</sup>``; lines at the foot of a page set
smaller than the text, the first starting with the number of a mark in the text, are the page's
footnotes. They are taken out of the text (where they would break a clause or a numbered list in
two) and given to the writer, which puts them in a Notes section at the end (the handbook's pages
have no footnotes of their own: docs/authoring.md).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, NamedTuple

import pdfplumber
from pdfminer.pdfparser import PDFSyntaxError
from pdfplumber.utils.exceptions import PdfminerException

from ..markdown_extensions.text import escape_imported_text
from .document import Block, Paragraph, ReadDocument, where
from .layout import bold_headings
from .markdown_text import emphasised, without_invisible
from .organisation_words import DOCUMENT_WORDS_ANY_CASE
from .pdf_columns import in_reading_order
from .pdf_line_numbers import margin_line_numbers, without_line_number
from .pdf_repair import damage_unlogged, rebuilt
from .pdf_sideways import margin_labels
from .pdf_tables import add_table, repeated_tables, ruled_as_table, table_key
from .pdf_words import line_join, table_markdown
from .roman import to_roman
from .sniffing import NotImportable

_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
# A gap wider than this share of the type's size parts two words. pdfplumber's default, 3 points
# whatever the size, ran together every word of a pdfTeX PDF's justified lines (no space characters:
# its word gaps are 0.2-0.45 em at 10 pt, letters 0-0.05 em apart, letter-spaced small caps 0.12 em).
_WORD_GAP = 0.16
_COMPOUND = re.compile(r"\w+-\w+")  # "decision-making" written on one line
_PAGE_FILLED = 0.95  # a box this share of the page's width and height is the page's background
_MARGIN = 0.09  # the top and bottom part of a page where headers and footers are
_FULL_LINE_SLACK = 0.1  # a line ending this close to the text's right edge (a share of its width) is full
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?[-\u2013(]?\s*\d{1,4}\s*[-\u2013)]?(?:\s*(?:of|/)\s*\d{1,4})?$",
                          re.IGNORECASE)
# A page's label at either end of a running footer, once its digits are "#": "1-5", "A-1", "B-12", "iv" (as directives
# number their chapters', appendices' and front matter's pages), so "A-1 Enclosure (1)" and "iv Enclosure (1)" are the
# footer "1-5 Enclosure (1)" is
_PAGE_LABEL = re.compile(r"^(?:[a-z]{1,2}-#|#-#|[ivxlc]{1,6})(?=\s)|(?<=\s)(?:[a-z]{1,2}-#|#-#|[ivxlc]{1,6})$")
_STARTS_ITEM = re.compile(r"^(?:[\u2022\u25cf\u25cb\u25aa\u25e6\u2023\u2043\uf0b7\uf0a7\u00b7o\-\u2013*]\s"
                          r"|\(?[a-z0-9]{1,3}[.)]\s|\d+(?:\.\d+)+\.?\s)")
# A point's mark opening a line, "(vii) " or "B) ", as a sentence counting its points inline wraps to it
# A sentence ending in what cites a labelled part, whose label wrapped to the next line: "Reference" / "(k) directs"
_CITES_A_LABEL = re.compile(r"\b(?:[Ss]ub)?(?:[Rr]eference|[Pp]aragraph|[Ee]nclosure|[Ss]ection|[Cc]lause|"
                            r"[Aa]ppendix|[Aa]nnex|[Aa]rticle)$")
_INLINE_POINT = re.compile(r"^\(?(?P<label>[ivxlc]{1,6}|[IVXLC]{1,6}|[a-zA-Z]|\d{1,3})\)\s")
_MARK = re.compile(r"^\d{1,3}$")  # a footnote's mark: "5"
_RAISED = re.compile(r"^\S{1,4}$")  # a raised word: a footnote's mark, "TM", the "st" of "1st"
_RAISED_SIZE = 0.85  # a mark is set at most this share of the size of the words beside it
_FOOTNOTE_NUMBER = re.compile(r"^(\d{1,3})\s+\S")  # a footnote whose number is not raised: "5 See ..."
# Symbol fonts' private bullets as bullets; U+0000 and U+FFFF, a glyph the font maps to no character (a browser's
# "Print to PDF" sets list numbers so: "\x00. We are a team"; XeTeX a form's blank to fill in: "Print Name:
# \uffff\uffff"), left out and counted in the report
_UNMAPPED = "\x00\uffff"
_UNREAD_NUMBER = re.compile(rf"[{_UNMAPPED}]+[.)]")
_AS_TEXT = str.maketrans({"\uf0b7": "\u2022", "\uf0a7": "\u25aa", "\uf0d8": "\u2022", "\uf076": "\u2022",
                          **dict.fromkeys(_UNMAPPED)})


@dataclass
class _Line:
    page: int
    top: float
    bottom: float
    x0: float
    x1: float
    text: str
    markdown: str
    bold: bool
    size: float
    marks: tuple[str, ...] = ()  # the footnote marks raised in it
    note: str = ""  # the raised number it starts with: a footnote's own
    places: tuple[tuple[str, int, int], ...] = ()  # each word (its digits as "#") and where on the page it stands


def read_pdf(path: Path) -> ReadDocument:
    repaired = []
    try:
        with damage_unlogged():  # ("Could not get FontBBox from font descriptor": pdfminer reads past it)
            pages, heights, title = _opened(path)
    except (PdfminerException, PDFSyntaxError) as problem:
        pages, heights, title = _rebuilt_and_opened(path, problem)
        repaired.append(f"the PDF's structure is damaged ({problem}): it was rebuilt (pypdf) to read its text; check "
                        "the words against the document")
    if not any(page.lines for page in pages):
        raise NotImportable(
            "the PDF holds no text, only pictures of pages (a scan): import the Word document it was made from, "
            "or run text recognition (OCR) on it first"
        )
    numbered = margin_line_numbers([line for page in pages for line in page.lines])
    pages = [page._replace(lines=[without_line_number(line) if id(line) in numbered else line for line in page.lines])
             for page in pages]
    furniture, removed, running = _furniture([page.lines for page in pages], heights,
                                             [page.margin_words for page in pages])
    text_lines = [line for page in pages for line in page.lines if id(line) not in furniture]
    body_size = _body_size(text_lines)
    referenced = {mark for line in text_lines if line.size >= body_size - 0.5 for mark in line.marks}
    compounds = {word.casefold() for line in text_lines for word in _COMPOUND.findall(line.text)} | {
        word.casefold() for page in pages for _, rows in page.tables for row in rows for cell in row
        for word in _COMPOUND.findall(cell)}
    pages = [page._replace(tables=[(top, table_markdown(rows, compounds)) for top, rows in page.tables])
             for page in pages]
    repeated = repeated_tables([page.tables for page in pages])
    blocks: list[Block] = []
    footnotes: list[Paragraph] = []
    for lines, tables, *_ in pages:
        kept, foot = _above_footnotes([line for line in lines if id(line) not in furniture], body_size, referenced)
        footnotes += _footnotes(foot, referenced)
        for table in tables:
            if table_key(table[1]) in repeated:
                removed[" ".join(cell for row in table[1] for cell in row if cell)] += 1
        _paragraphs(kept, [t for t in tables if table_key(t[1]) not in repeated], blocks, compounds)
    notes = repaired + ([f"the line numbers printed in the margin ({len(numbered)} lines, for reviewers to cite) were "
                         "removed"] if numbered else [])
    if removed:
        notes.append("page headers, footers and page numbers were removed: " + "; ".join(
            f"'{text}' ({count} pages)" for text, count in removed.most_common(6)))
    if sideways := [f"'{run}' (page {number})" for number, page in enumerate(pages, start=1) for run in page.sideways]:
        notes.append("words set sideways in the margins were left out, as labels of their pages: " + "; ".join(
            sideways[:6]) + ("; ..." if len(sideways) > 6 else ""))
    if unmapped := [(number, page.unmapped) for number, page in enumerate(pages, start=1) if page.unmapped]:
        notes.append(f"{sum(count for _, count in unmapped)} characters that the PDF's fonts map to no letter "
                     "(U+0000 or U+FFFF, as a browser's Print to PDF sets list numbers) were left out, a list's items "
                     "with no number to read written as points, from page "
                     f"{', '.join(str(number) for number, _ in unmapped[:6])}: check the numbers and symbols there")
    if footnotes:
        notes.append(f"{len(footnotes)} footnotes were taken from the foot of their pages to a Notes section at "
                     "the end; their marks in the text are raised numbers")
    blocks = bold_headings(blocks)
    if header := _running_title(pages[0].lines, heights[0], furniture, [ln for page in pages for ln in page.lines]):
        blocks.insert(0, header)
    return ReadDocument(blocks, notes, {"title": title} if title else {}, footnotes, running)


def _opened(source: Path | BinaryIO) -> tuple[list[_Page], list[float], str]:
    """Each page's lines and tables, each page's height, and the title in the PDF's properties."""
    with pdfplumber.open(source) as pdf:
        pages = [_page_lines(page.dedupe_chars(), number) for number, page in enumerate(pdf.pages, start=1)]
        heights = [float(page.height) for page in pdf.pages]
        return pages, heights, " ".join(str((pdf.metadata or {}).get("Title") or "").split())


def _rebuilt_and_opened(path: Path, problem: Exception) -> tuple[list[_Page], list[float], str]:
    """``_opened`` of the PDF pypdf rebuilds from the damaged one at ``path``; refused, with ``problem``, where pypdf
    cannot read it or pdfminer cannot read what it wrote."""
    if (copy := rebuilt(path)) is not None:
        try:
            with damage_unlogged():
                return _opened(copy)
        except (PdfminerException, PDFSyntaxError):
            pass
    raise NotImportable(f"the PDF cannot be read ({problem}); open it and save or print it again as PDF, or import "
                        "the Word document it was made from") from None


def _body_size(lines: list[_Line]) -> float:
    """The size most of the text's letters are set in."""
    letters: Counter = Counter()
    for line in lines:
        letters[line.size] += len(line.text)
    return letters.most_common(1)[0][0] if letters else 0.0


def _above_footnotes(lines: list[_Line], body_size: float, referenced: set[str]) -> tuple[list[_Line], list[_Line]]:
    """A page's lines above its footnotes, and its footnotes' lines: from the first line that starts
    with the number of a mark in the text, it and every line below it set smaller than the text."""
    for index, line in enumerate(lines):
        if _footnote_number(line, referenced) and all(ln.size < body_size - 0.5 for ln in lines[index:]):
            return lines[:index], lines[index:]
    return lines, []


def _footnote_number(line: _Line, referenced: set[str]) -> str:
    number = line.note or ((found := _FOOTNOTE_NUMBER.match(line.text)) and found[1]) or ""
    return number if number in referenced else ""


def _footnotes(lines: list[_Line], referenced: set[str]) -> list[Paragraph]:
    """The footnotes these lines hold, each "<sup>5</sup> See ...", its lines joined."""
    footnotes: list[Paragraph] = []
    for line in lines:
        number = _footnote_number(line, referenced)
        if number:
            text = line.text if line.note else line.text.split(None, 1)[1]
            markdown = line.markdown if line.note else f"<sup>{number}</sup> " + line.markdown.split(" ", 1)[1]
            footnotes.append(Paragraph(0, markdown, text, None, None,
                                       where(0, f"footnote {number}: {text}", page=line.page), (), False, line.size))
        elif footnotes:  # the footnote above goes on
            last = footnotes[-1]
            joined = "" if last.plain.endswith("-") and line.text[:1].islower() else " "
            footnotes[-1] = Paragraph(0, last.markdown + joined + line.markdown, last.plain + joined + line.text,
                                      None, None, last.place, (), False, last.size)
    return footnotes


def _running_title(first_page: list[_Line], height: float, furniture: set[int], every_line: list[_Line]):
    """The running header as the title, where it is one: at the top of every page, naming a document
    ("The Bylaws of Ronin Institute..."), set in bold or larger type than the text."""
    header = [ln for ln in first_page if id(ln) in furniture and ln.top < height * _MARGIN
              and not _PAGE_NUMBER.match(ln.text)]
    if not header:
        return None
    text = " ".join(ln.text for ln in header)
    body = _body_size(every_line)
    size = min(ln.size for ln in header)
    prominent = all(ln.bold for ln in header) or size > body + 0.5
    # A title set larger on the first page itself wins ("Generic FOSS Policy" at 30 pt under a small header)
    titled_below = any(ln.size > size and DOCUMENT_WORDS_ANY_CASE.search(ln.text)
                       for ln in first_page if id(ln) not in furniture)
    if not (DOCUMENT_WORDS_ANY_CASE.search(text) and prominent) or titled_below:
        return None
    opening = " ".join(text.split()[:6])
    return Paragraph(0, escape_imported_text(text), text, 0, None,
                     f"page 1, '{opening}...' (the running header on every page)", (), prominent, size)


class _Page(NamedTuple):
    lines: list[_Line]  # its lines of text outside its ruled tables
    tables: list[tuple[float, tuple[tuple[str, ...], ...]]]  # its tables, with where each starts (cells as read)
    margin_words: set[tuple[str, int, int]]  # the words in its top and bottom margins, in tables too, as _Line.places
    sideways: list[str]  # the words set sideways on it and taken out of its text (pdf_sideways)
    unmapped: int  # its characters that its fonts map to no character (U+0000, U+FFFF), left out


def _page_lines(page, number: int) -> _Page:
    tables = [table for table in page.find_tables()
              if not _is_page_background(table.bbox, page) and ruled_as_table(table.cells, table.bbox)]
    boxes = [table.bbox for table in tables]
    words = page.extract_words(extra_attrs=["fontname", "size"], use_text_flow=False, keep_blank_chars=False,
                               x_tolerance_ratio=_WORD_GAP, return_chars=True)
    sideways, taken_out = margin_labels(page)
    words = [word for word in words if word["upright"]] if taken_out else words
    height = float(page.height)
    margin_words = {_place(w) for w in words if w["top"] < height * _MARGIN or w["bottom"] > height * (1 - _MARGIN)}
    words = [w for w in words if not any(_inside(w, box) for box in boxes)]
    hosts = _raised_marks(words)
    rows: list[list[dict]] = []
    for word in sorted((w for w in words if id(w) not in hosts), key=lambda w: (round(_baseline(w)), w["x0"])):
        if rows and abs(_baseline(rows[-1][0]) - _baseline(word)) <= 2.5:
            rows[-1].append(word)
        else:
            rows.append([word])
    rows = in_reading_order(rows, float(page.width))
    row_of = {id(word): row for row in rows for word in row}
    for mark in words:  # a raised mark goes in the line of the words it is raised beside
        if id(mark) in hosts:
            row_of[id(hosts[id(mark)])].append(mark)
    lines = []
    unmapped = sum(word["text"].count(character) for word in words for character in _UNMAPPED)
    for row in rows:
        row.sort(key=lambda w: w["x0"])
        marks = [w for w in row if id(w) in hosts]
        row_words = [w for w in row if id(w) not in hosts]
        if row_words and _UNREAD_NUMBER.fullmatch(row_words[0]["text"]):
            row_words[0]["text"] = "\u2022"  # an item whose number cannot be read: a point still
        text = " ".join(without_invisible(w["text"].translate(_AS_TEXT))[0] for w in row_words).strip()
        if not text:
            continue
        note = row[0]["text"] if id(row[0]) in hosts and _MARK.match(row[0]["text"]) else ""
        lines.append(_Line(number, *_extent(row_words),
                           row_words[0]["x0"], row_words[-1]["x1"], text, _markdown(row, set(map(id, marks))),
                           all(_BOLD.search(w["fontname"]) for w in row_words), _size(row_words),
                           tuple(w["text"] for w in marks if w is not row[0] and _MARK.match(w["text"])), note,
                           tuple(map(_place, row_words))))
    found = []
    for table in tables:
        # (a soft hyphen ending a cell's line joins the word it splits: "Statu\u00ad" over "ts")
        cells = [tuple(without_invisible((cell or "").replace("\u00ad\n", ""))[0] for cell in row)
                 for row in table.extract(x_tolerance_ratio=_WORD_GAP)]
        cells = [row for row in cells if any(cell.strip() for cell in row)]
        if cells:
            found.append((table.bbox[1], tuple(cells)))
    return _Page(lines, found, margin_words, sideways if taken_out else [], unmapped)


def _baseline(word: dict) -> float:
    """Where the word stands, from the top of the page: its baseline. A run in another font on the same baseline
    (Courier New's italic beside its upright type) may report a box some points higher or lower."""
    return -word["chars"][0]["matrix"][5]


def _extent(words: list[dict]) -> tuple[float, float]:
    """The top and bottom of a line: its main type's (see ``_baseline``)."""
    main = Counter(w["fontname"] for w in words for _ in w["text"]).most_common(1)[0][0]
    return min(w["top"] for w in words if w["fontname"] == main), max(w["bottom"] for w in words
                                                                       if w["fontname"] == main)


def _is_page_background(box: tuple[float, float, float, float], page) -> bool:
    """A "table" as large as the page is the page's background: browsers print a page as white boxes
    filling it (Chrome: the page and the body below its top margin), whose edges pdfplumber takes for a
    table's rules, and every word of the page would be read as that table's cells."""
    x0, top, x1, bottom = box
    return x1 - x0 >= float(page.width) * _PAGE_FILLED and bottom - top >= float(page.height) * _PAGE_FILLED


def _place(word: dict) -> tuple[str, int, int]:
    """A word (its digits as "#", as page numbers differ) and where it stands on the page, to 3 points."""
    return re.sub(r"\d+", "#", word["text"].casefold()), round(word["x0"] / 3), round(word["top"] / 3)


def _raised_marks(words: list[dict]) -> dict[int, dict]:
    """The raised words of a page (footnote marks, "TM"), each with the word it is raised beside (just
    before or after it): set smaller than that word, its foot above that word's baseline."""
    hosts: dict[int, dict] = {}
    for mark in words:
        if not _RAISED.match(mark["text"]):
            continue
        beside = [w for w in words if w is not mark and mark["size"] <= w["size"] * _RAISED_SIZE
                  and w["top"] - w["size"] / 2 <= mark["top"] < w["bottom"]
                  and mark["bottom"] <= w["bottom"] - w["size"] * 0.15
                  and (-1.5 <= mark["x0"] - w["x1"] <= w["size"] or -1.5 <= w["x0"] - mark["x1"] <= w["size"])]
        if beside:
            hosts[id(mark)] = min(beside, key=lambda w: abs(w["x0"] - mark["x0"]))
    # (a mark raised beside another mark, as a turned page's single letters may seem, stays a word of its line)
    return {mark: host for mark, host in hosts.items() if id(host) not in hosts}


def _size(row: list[dict]) -> float:
    """The size most of the line's letters are set in: a name set larger within a sentence
    ("by The Commons Conservancy in 2017") does not make the line a heading."""
    letters: Counter = Counter()
    for word in row:
        letters[round(word["size"], 1)] += len(word["text"])
    return letters.most_common(1)[0][0]


def _inside(word: dict, box: tuple[float, float, float, float]) -> bool:
    left, top, right, bottom = box
    return (left - 1 <= word["x0"] and word["x1"] <= right + 1
            and top - 1 <= word["top"] and word["bottom"] <= bottom + 1)


def _markdown(row: list[dict], raised: set[int] = frozenset()) -> str:  # type: ignore[assignment]
    """The line's words as Markdown, runs of bold or italic words marked as such, footnote marks
    (``raised``) as raised numbers after the word they follow."""
    parts: list[tuple[str, bool | None, bool | None]] = []
    for word in row:
        if id(word) in raised:
            parts.append((f"<sup>{word['text']}</sup>", None, None))
            continue
        text = escape_imported_text(without_invisible(word["text"].translate(_AS_TEXT))[0])
        bold, italic = bool(_BOLD.search(word["fontname"])), bool(re.search(r"italic|oblique", word["fontname"], re.I))
        if parts and parts[-1][1:] == (bold, italic):
            parts[-1] = (parts[-1][0] + " " + text, bold, italic)
        else:
            parts.append((text, bold, italic))
    markdown = ""
    for text, bold, italic in parts:
        if bold is None:
            markdown += text
        else:
            markdown += (" " if markdown else "") + emphasised(text, bold, bool(italic))
    return markdown


def _furniture(pages: list[list[_Line]], heights: list[float], margin_words: list[set[tuple[str, int, int]]]
               ) -> tuple[set[int], Counter, list[Paragraph]]:
    """The lines that are page headers, footers or page numbers, what was removed (shown once each), and each
    header and footer where first met, for what it states (ReadDocument.furniture): a margin line repeated on most
    pages, or all of whose words stand in the same place on most pages (a footer's parts, a logo's words left, the
    title centred and the page number right, which the words' heights join into lines differently from page to page)."""
    def margin_lines(lines: list[_Line], height: float) -> list[_Line]:
        """The lines in the top and bottom margins, and a page number alone on the page's first or
        last line wherever it stands (a footer set above a wide bottom margin)."""
        edges = {id(lines[0]), id(lines[-1])} if lines else set()
        return [ln for ln in lines if ln.top < height * _MARGIN or ln.bottom > height * (1 - _MARGIN)
                or (id(ln) in edges and _PAGE_NUMBER.match(ln.text))]

    def key(line: _Line) -> str:
        return _PAGE_LABEL.sub("#", re.sub(r"\d+", "#", line.text.casefold()))

    seen = Counter(found for lines, height in zip(pages, heights, strict=True)
                   for found in {key(ln) for ln in margin_lines(lines, height)})
    repeated = {k for k, count in seen.items() if len(pages) >= 2 and count >= max(2, len(pages) / 2)}
    placed = Counter(place for words in margin_words for place in words)
    fixed = {place for place, count in placed.items() if len(pages) >= 2 and count >= max(2, len(pages) / 2)}
    furniture: set[int] = set()
    removed: Counter = Counter()
    first_met: list[Paragraph] = []
    for lines, height in zip(pages, heights, strict=True):
        for line in margin_lines(lines, height):
            if key(line) in repeated or _PAGE_NUMBER.match(line.text) or all(p in fixed for p in line.places):
                furniture.add(id(line))
                shown = "page number" if _PAGE_NUMBER.match(line.text) else re.sub(r"\d+", "N", line.text)
                if shown not in removed and shown != "page number":
                    part = "header" if line.top < height * _MARGIN else "footer"
                    first_met.append(Paragraph(0, line.markdown, line.text, place=f"page {line.page}'s {part}"))
                removed[shown] += 1
    return furniture, removed, first_met


def _paragraphs(lines: list[_Line], tables: list, blocks: list[Block], compounds: set[str]) -> None:
    """Join a page's lines into paragraphs; a table goes in where it stands on the page. A word broken
    at a line's end by a hyphen is joined again ("proce-" "dure"), unless the hyphen is the text's own
    (``hyphen_kept``: "decision-making" written so elsewhere, "harassment-free")."""
    pending_tables = sorted(tables, key=lambda t: t[0])
    page_start = len(blocks)  # a table with nothing of its page before it may go on from the page above
    previous: _Line | None = None
    left, right = min((ln.x0 for ln in lines), default=0.0), max((ln.x1 for ln in lines), default=0.0)
    for line in lines:
        while pending_tables and pending_tables[0][0] < line.top:
            add_table(blocks, pending_tables.pop(0)[1], line.page, len(blocks) == page_start)
            previous = None
        last = blocks[-1] if blocks else None
        if isinstance(last, Paragraph) and _continues(previous, line, last, (left, right)):
            cut, joiner = line_join(last.plain, line.text, compounds)
            plain = last.plain[:len(last.plain) - cut] + joiner + line.text
            markdown = last.markdown[:len(last.markdown) - cut] + joiner + line.markdown
            blocks[-1] = Paragraph(last.number, markdown, plain, None, None, last.place, (), last.bold and line.bold,
                                   last.size)
        else:
            number = len(blocks) + 1
            blocks.append(Paragraph(number, line.markdown, line.text, None, None,
                                    where(number, line.text, page=line.page), (), line.bold, line.size))
        previous = line
    for _, rows in pending_tables:
        add_table(blocks, rows, lines[-1].page if lines else 0, len(blocks) == page_start)


def _continues(previous: _Line | None, line: _Line, paragraph: Paragraph, text_edges: tuple[float, float]) -> bool:
    """Whether ``line`` goes on with the paragraph above: close below it, in the same type, not a new
    item (a number or bullet starting a line starts one, unless the sentence above runs to the edge
    of the text unfinished: "...Scholarship ("RIIS") / 2.0. It shall be...")."""
    if _goes_on_inline_points(paragraph.plain, line.text):  # the sentence is unfinished: however far below
        return (line.bold, line.size) == (paragraph.bold, paragraph.size)
    if _STARTS_ITEM.match(line.text) and not _wrapped(previous, paragraph, text_edges) and not (
            _CITES_A_LABEL.search(paragraph.plain)):
        return False
    if (line.bold, line.size) != (paragraph.bold, paragraph.size):
        return False
    if previous is None:  # the first line of a page: goes on only a sentence left unfinished
        return not re.search(r"[.:;!?]$", paragraph.plain) and line.text[:1].islower()
    height = previous.bottom - previous.top
    return 0 <= line.top - previous.bottom <= max(height * 0.8, 3.0)


def _goes_on_inline_points(paragraph: str, line: str) -> bool:
    """Whether ``line`` opens with the next of the points the sentence above counts inline, wrapped to a new
    line ("... (v) maintain its own website, (vi) coordinate ... and" / "(vii) undertake those other
    activities ..."): the sentence going on, not a point of its own."""
    mark = _INLINE_POINT.match(line)
    if not mark or re.search(r"[.:;!?]$", paragraph):
        return False
    return any(re.search(rf"(?<=[\s(]){re.escape(before)}\)\s", paragraph[1:])
               for before in _points_before(mark["label"]))


def _points_before(label: str) -> list[str]:
    """The marks that come just before ``label`` in a list: "vi" before "vii", "A" before "B", "2" before "3"
    ("v" is a letter or a Roman numeral: both)."""
    if label.isdigit():
        return [str(int(label) - 1)] if int(label) > 1 else []
    before = [chr(ord(label) - 1)] if len(label) == 1 and label.casefold() != "a" else []
    if numeral := next((n for n in range(2, 40) if to_roman(n) == label.casefold()), None):
        roman = to_roman(numeral - 1)
        before.append(roman.upper() if label.isupper() else roman)
    return before


def _wrapped(previous: _Line | None, paragraph: Paragraph, text_edges: tuple[float, float]) -> bool:
    """Whether the paragraph's last line ran to the right edge of the text mid-sentence, so that the
    line under it is the same sentence going on. An item ("3. Staff must...") is followed by items."""
    left, right = text_edges
    return (previous is not None and previous.x1 >= right - (right - left) * _FULL_LINE_SLACK
            and not re.search(r"[.:;!?]$", paragraph.plain) and not _STARTS_ITEM.match(paragraph.plain))

