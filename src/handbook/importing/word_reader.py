"""Read a .docx with python-docx into paragraphs and tables (handbook.importing.document).

Kept: the text of every paragraph and table cell in document order; bold, italic and links to
web pages, e-mail addresses and phone numbers; heading and title styles; Word's automatic numbers
(word_numbering). Changes tracked and not yet accepted are read as the document reads with them
accepted (insertions kept, deletions left out), and reported. What python-docx does not read as
text (pictures) is listed as ``Notice``s so that a person looks at those paragraphs; so is
a link to any other kind of address (``data:``, ``javascript:``, ``file:``, a path on a shared
drive), whose words are kept as plain text, and an invisible character removed from the words
(handbook.source.reading.FORMATTING: policy text may not hold them). Footnotes and endnotes go to a
Notes section at the end, their marks raised in the text (word_notes); comments are not imported, and
the report says how many there were. A text box's paragraphs (python-docx reads none) follow the
paragraph the box is anchored to, and the report says where.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

import docx
import lxml.etree
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.styles.style import BaseStyle, ParagraphStyle
from docx.table import Table as WordTable
from docx.text.hyperlink import Hyperlink
from docx.text.paragraph import Paragraph as WordParagraph
from docx.text.run import Run

from ..markdown_extensions.text import escape_imported_text
from .document import Block, Paragraph, ReadDocument, Table, page_furniture, where
from .layout import (
    CELL_BREAK,
    INTERNAL_LINK,
    bold_headings,
    running_text_headings,
    tab_aligned_tables,
    without_contents_list,
)
from .markdown_text import emphasised, link, without_invisible
from .word_notes import REFERENCES, WordNotes
from .word_numbering import Numbering

_HEADING_STYLE = re.compile(r"^heading (\d)$", re.IGNORECASE)
# Word's "Title", or a template's own title style: "CoverTitle", "Document Title" (not "CoverSubtitle")
_TITLE_STYLE = re.compile(r"(?:cover|document|report|policy|front)?[ _-]?title", re.I)
LINK_SCHEMES = {"http", "https", "mailto", "tel"}  # what an imported link may lead to
_NOT_IN_AN_ADDRESS = re.compile(r"[\x00-\x20\x7f<>]")  # would end or break the Markdown link


_TOC_STYLE = re.compile(r"^(?:toc|contents)\s*\d*$|^toc heading$", re.IGNORECASE)


def read_docx(path: Path) -> ReadDocument:
    document = docx.Document(str(path))
    changed = _accept_tracked_changes(document.element.body)
    _unwrap_table_controls(document.element.body)
    numbering = Numbering(document)
    style_of = _StyleFinder(document)
    word_notes = WordNotes(document)
    blocks: list[Block] = []
    notes: list[str] = []
    changed_places: list[str] = []
    contents = 0
    contents_field = _ContentsField()
    boxed: list[str] = []  # where the text boxes' paragraphs were found
    for number, item in enumerate(_body_items(document), start=1):
        problems: list[str] = []
        before = len(blocks)  # the item's own block goes there, its text boxes' after it
        if isinstance(item, WordTable):
            opening = " ".join(cell.text for cell in item.rows[0].cells) if item.rows else ""
            marks = _marks(word_notes, "the table at " + where(number, opening), problems)
            rows = _rows(item, problems, marks)
            blocks.append(Table(number, rows, "the table at " + where(number, " ".join(rows[0]))))
        elif contents_field.holds(item) | _is_contents_entry(item, style := style_of(item)):
            contents += 1
            continue
        else:
            problems += _unread_content(item)
            auto_number = numbering.next_number(item, style_of.chain(style))
            plain = " ".join(without_invisible(item.text)[0].split())
            if plain:
                blocks.append(_paragraph(number, item, plain, style_of, auto_number, where(number, plain), word_notes,
                                         problems))
            for box in _text_boxes(item):  # after the paragraph it is anchored to, where Word shows it
                if box_plain := " ".join(without_invisible(box.text)[0].split()):
                    blocks.append(_paragraph(number, box, box_plain, style_of, None,
                                             f"{where(number, box_plain)} (in a text box)", word_notes, problems))
                    boxed.append(blocks[-1].place)
        place = blocks[before].place if len(blocks) > before else f"paragraph {number}"
        notes += [f"{place}: {message}" for message in dict.fromkeys(problems)]
        if any(element in changed for element in item._element.iter(qn("w:p"), qn("w:tbl"))):
            changed_places.append(place)
    blocks, listed = without_contents_list(blocks)
    if contents or listed:
        notes.append(f"the table of contents ({contents + listed} entries) was left out: the site makes its own")
    blocks, running_text = running_text_headings(blocks)
    notes += running_text
    blocks = tab_aligned_tables(bold_headings(blocks))
    if changed_places:
        more = f" and {len(changed_places) - 3} more" if len(changed_places) > 3 else ""
        count = f"{len(changed_places)} paragraph{'s' if len(changed_places) > 1 else ''}"
        notes.insert(0, f"the document had tracked changes not yet accepted, in {count} "
                     f"({'; '.join(changed_places[:3])}{more}): it is imported as it reads with them accepted, "
                     "insertions kept and deletions left out; check that the changes were agreed, or reject them "
                     "in Word and import again")
    if boxed:
        notes.append(f"the words of {len(boxed)} paragraph{'s' if len(boxed) > 1 else ''} in text boxes were kept "
                     f"after the paragraph each box is anchored to ({'; '.join(boxed[:3])}"
                     f"{'; ...' if len(boxed) > 3 else ''}): check that they read in the right place")
    if word_notes.kept:
        notes.append(word_notes.report())
    if comments := len(list(document.element.body.iter(qn("w:commentReference")))):
        notes.append(f"the document's {comments} comment{'s were' if comments > 1 else ' was'} not imported: "
                     "comments are notes between its authors, not the policy's words")
    return ReadDocument(blocks, notes, _properties(document), word_notes.kept, _headers_and_footers(document))


def _headers_and_footers(document: docx.document.Document) -> list[Paragraph]:
    """Each section's own header and footer lines (a table's by the row), once each: not the policy's words, but
    what they state about it is the document's ("Approved by the Governing Body: 12 March 2024 | Review: 2026")."""
    lines: list[tuple[str, str]] = []
    for section in document.sections:
        for part, name in ((section.first_page_header, "header"), (section.header, "header"),
                           (section.first_page_footer, "footer"), (section.footer, "footer")):
            if part.is_linked_to_previous:  # (the section before's, or none at all)
                continue
            rows = [row for table in part.tables for row in table.rows]
            texts = [p.text for p in part.paragraphs] + [
                " | ".join(dict.fromkeys(cell.text.strip() for cell in row.cells)) for row in rows]
            lines += [(text, f"the page {name}") for text in texts]
    return page_furniture(lines)


def _paragraph(number: int, paragraph: WordParagraph, plain: str, styles: _StyleFinder, auto_number, place: str,
               word_notes: WordNotes, problems: list[str]) -> Paragraph:
    """``plain``: the paragraph's words, as read_docx has them already."""
    style = styles(paragraph)
    runs = [run for run in paragraph.runs if run.text.strip()]
    return Paragraph(number, _markdown(paragraph, problems, _marks(word_notes, place, problems)), plain,
                     _heading_level(paragraph, style), auto_number, place, _bookmarks(paragraph),
                     bool(runs) and all(_bold(run, style, styles) for run in runs),
                     max((_size(run, style, styles) for run in runs), default=0.0))


_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _text_boxes(paragraph: WordParagraph) -> list[WordParagraph]:
    """The paragraphs of the text boxes anchored in a paragraph, each box once: Word stores a box twice,
    as a drawing and again as an older shape for other programs (``mc:Fallback``); python-docx reads neither."""
    return [WordParagraph(p, paragraph._parent) for box in paragraph._p.iter(qn("w:txbxContent"))
            if not any(a.tag in (_FALLBACK, qn("w:txbxContent")) for a in box.iterancestors())
            for p in box.iter(qn("w:p")) if next(p.iterancestors(qn("w:txbxContent"))) is box]


def _marks(word_notes: WordNotes, place: str, problems: list[str]) -> Callable:
    """The raised mark of a footnote or endnote reference met at ``place``, its note kept (word_notes)."""
    return lambda reference: word_notes.mark(reference, place, lambda note: _markdown(note, problems))


_TRACKED_RUNS = {qn("w:ins"): True, qn("w:moveTo"): True, qn("w:del"): False, qn("w:moveFrom"): False}
_CHANGE_MARKS = (qn("w:rPr"), qn("w:pPr"), qn("w:trPr"), qn("w:tcPr"))  # a mark on a paragraph, row or cell


def _accept_tracked_changes(body) -> set:
    """Accept, in the document as read (never in the file), the changes Word tracked: inserted and
    moved-in text is kept as text, deleted and moved-out text and deleted table rows are dropped.
    Returns the paragraphs and tables that held a change (python-docx reads only text outside them: it drops
    insertions, which left sentences half written)."""
    changed = set()
    for element in list(body.iter(*_TRACKED_RUNS)):
        parent = element.getparent()
        if parent is None:
            continue
        changed.add(next(element.iterancestors(qn("w:p")), None))
        if parent.tag in _CHANGE_MARKS:  # an inserted or deleted paragraph mark or table row
            if parent.tag == qn("w:trPr") and not _TRACKED_RUNS[element.tag]:
                row = parent.getparent()
                changed.add(next(row.iterancestors(qn("w:tbl"))))
                row.getparent().remove(row)
            continue
        if _TRACKED_RUNS[element.tag]:
            for child in element:
                element.addprevious(child)
        parent.remove(element)
    return changed


def _unwrap_table_controls(body) -> None:
    """Rows and cells inside content controls (a template's revision history: each cell of a row a control, "Revision
    Date", "Version Number"), in the document as read, as rows and cells of their table: python-docx reads only a
    table's own rows and a row's own cells, and the words in them were lost."""
    for control in list(body.iter(qn("w:sdt"))):
        content = control.find(qn("w:sdtContent"))
        if control.getparent().tag in (qn("w:tbl"), qn("w:tr")) and content is not None:
            for child in content:
                control.addprevious(child)
            control.getparent().remove(control)


def _body_items(document: docx.document.Document):
    """The body's paragraphs and tables in order, those inside content controls too (python-docx's
    ``iter_inner_content`` passes over them); a table of contents in one is left out."""
    def walk(element):
        for child in element.iterchildren():
            if child.tag == qn("w:p"):
                yield WordParagraph(child, document._body)
            elif child.tag == qn("w:tbl"):
                yield WordTable(child, document._body)
            elif child.tag == qn("w:sdt"):
                gallery = child.find(f"{qn('w:sdtPr')}/{qn('w:docPartObj')}/{qn('w:docPartGallery')}")
                if gallery is not None and "contents" in (gallery.get(qn("w:val")) or "").casefold():
                    continue
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    yield from walk(content)
    yield from walk(document.element.body)


class _StyleFinder:
    """Each paragraph's style, found by its id in a table made once: python-docx's ``paragraph.style``
    searches every style of the document each time, which made a 36,000-word handbook take 25 s."""

    def __init__(self, document: docx.document.Document) -> None:
        self.by_id = {style.style_id: style for style in document.styles if style.type == WD_STYLE_TYPE.PARAGRAPH}
        self.default = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
        self.any_by_id: dict[str, BaseStyle] = {}  # a style's base may be of any type, the first of its id
        for style in document.styles:
            self.any_by_id.setdefault(style.style_id, style)
        self.chains: dict[str, list[BaseStyle]] = {}

    def __call__(self, paragraph: WordParagraph) -> ParagraphStyle | None:
        return self.by_id.get(paragraph._p.style, self.default) if paragraph._p.style else self.default

    def chain(self, style: ParagraphStyle | None) -> list[BaseStyle]:
        """The style and those it is based on, nearest first (``style.base_style`` searches every style again)."""
        if style is None:
            return []
        if style.style_id not in self.chains:
            chain: list[BaseStyle] = []
            current: BaseStyle | None = style
            while current is not None and current not in chain:
                chain.append(current)
                base = current.element.basedOn_val
                current = self.any_by_id.get(base) if base is not None else None
            self.chains[style.style_id] = chain
        return self.chains[style.style_id]


def _is_contents_entry(paragraph: WordParagraph, style: ParagraphStyle | None) -> bool:
    """A line of a table of contents: Word gives its entries the styles "TOC 1", "TOC 2"..."""
    name = style.name if style is not None else ""
    return bool(_TOC_STYLE.match(name)) and bool(paragraph.text.strip())


class _ContentsField:
    """Word's table of contents as it makes one: a TOC field whose result is the entries, one paragraph
    each, from the field's start to its end. Its entries are usually styled "TOC 1", "TOC 2", but not in
    a document whose styles were changed or that another program wrote; the field says what they are."""

    def __init__(self) -> None:
        self.open: list[bool] = []  # the fields begun and not ended, innermost last: whether each is a TOC

    def holds(self, paragraph: WordParagraph) -> bool:
        """Whether any of the paragraph is inside a TOC field (the state carries on to the next paragraph)."""
        inside = any(self.open)
        for element in paragraph._p.iter(qn("w:fldChar"), qn("w:instrText"), qn("w:fldSimple")):
            if element.tag == qn("w:instrText"):
                if self.open and (element.text or "").strip().upper().startswith("TOC"):
                    self.open[-1] = True
            elif element.tag == qn("w:fldSimple"):
                inside |= (element.get(qn("w:instr")) or "").strip().upper().startswith("TOC")
            elif element.get(qn("w:fldCharType")) == "begin":
                self.open.append(False)
            elif element.get(qn("w:fldCharType")) == "end" and self.open:
                inside |= self.open.pop()
            inside |= any(self.open)
        return inside and bool(paragraph.text.strip())


def _bookmarks(paragraph: WordParagraph) -> tuple[str, ...]:
    return tuple(b.get(qn("w:name")) for b in paragraph._p.iter(qn("w:bookmarkStart")) if b.get(qn("w:name")))


_APP_COMPANY = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}Company"
_SAFE_XML = lxml.etree.XMLParser(resolve_entities=False, no_network=True)


def _properties(document: docx.document.Document) -> dict[str, str]:
    """What the file says about itself that is a fact of the policy: Word's core-properties title and status ("Draft":
    handbook.importing.draft_status); and the Company of its app properties, which is whoever's copy of Word saved it
    (Defra's, but also a template's maker): handbook.importing.own_name takes it only where the text uses that name
    as its own. A file with no core properties (as Google Docs exports one) has none: python-docx would make up its
    own, titled "Word Document"."""
    parts = {part.partname: part for part in document.part.package.iter_parts()}
    core = document.core_properties if "/docProps/core.xml" in parts else None
    title = (core.title or "").strip() if core else ""
    status = (core.content_status or "").strip() if core else ""
    app = parts.get("/docProps/app.xml")
    try:  # (a file from anywhere: no entities, no network; properties that do not parse say nothing)
        root = lxml.etree.fromstring(app.blob, _SAFE_XML) if app is not None else None
    except lxml.etree.XMLSyntaxError:
        root = None
    company = " ".join((root.findtext(_APP_COMPANY) or "").split()) if root is not None else ""
    return {name: value for name, value in (("title", title), ("document_status", status), ("company", company))
            if value}


def _bold(run: Run, style: ParagraphStyle | None, styles: _StyleFinder) -> bool:
    if run.bold is not None:
        return run.bold
    return next((s.font.bold for s in styles.chain(style) if s.font.bold is not None), False)


def _size(run: Run, style: ParagraphStyle | None, styles: _StyleFinder) -> float:
    if run.font.size is not None:
        return run.font.size.pt
    return next((s.font.size.pt for s in styles.chain(style) if s.font.size is not None), 0.0)  # 0: the default


def _heading_level(paragraph: WordParagraph, style: ParagraphStyle | None) -> int | None:
    name = style.name if style is not None else ""
    if _TITLE_STYLE.fullmatch(name):
        return 0
    if match := _HEADING_STYLE.match(name):
        return int(match[1])
    level = paragraph._p.pPr.find(qn("w:outlineLvl")) if paragraph._p.pPr is not None else None
    if level is not None and level.get(qn("w:val")) is not None and int(level.get(qn("w:val"))) < 9:
        return int(level.get(qn("w:val"))) + 1  # a paragraph given an outline level is a heading of that level
    return None


def _markdown(paragraph: WordParagraph, problems: list[str], marks: Callable | None = None) -> str:
    """The paragraph as Markdown. Neighbouring runs of one format are joined first, as Word
    splits text into runs at will ("**Designated** **Lead**" would read badly). What a person
    should look at is added to ``problems``; a footnote's reference is the raised mark ``marks`` gives."""
    parts: list[str] = []
    pending: list[Run] = []

    def words(text: str) -> str:
        text, removed = without_invisible(text)
        if removed:
            problems.append(f"held {removed}, which the handbook refuses; removed")
        return escape_imported_text(text)

    def flush() -> None:
        if pending:
            text = "".join(run.text for run in pending).replace("\n", " ")
            bold, italic = bool(pending[0].bold), bool(pending[0].italic)
            parts.append(CELL_BREAK.join(emphasised(words(piece), bold, italic) for piece in text.split("\t")))
            pending.clear()

    for item in paragraph.iter_inner_content():
        if isinstance(item, Run):
            if pending and (bool(item.bold), bool(item.italic)) != (bool(pending[0].bold), bool(pending[0].italic)):
                flush()
            pending.append(item)
            if marks is not None and (references := list(item._r.iter(*REFERENCES))):
                flush()
                parts += [marks(reference) for reference in references]
            continue
        flush()
        if isinstance(item, Hyperlink):
            text = words(" ".join(item.text.split()))
            if not text:  # a link on spaces only (Google Docs' export): the space between words, no link to nothing
                parts.append(" " if item.text else "")
            elif not item.address and item.fragment:  # a link to a bookmark in the document
                parts.append(link(text, INTERNAL_LINK + item.fragment))
            elif item.address and _kept_address(item.address):
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
    cells = "".join(parts).split(CELL_BREAK)
    return CELL_BREAK.join(" ".join(cell.split()) for cell in cells).strip(CELL_BREAK + " ")


def _kept_address(address: str) -> bool:
    """Whether a link from Word may lead to ``address``: a web page, an e-mail address or a phone number."""
    return not _NOT_IN_AN_ADDRESS.search(address) and urlsplit(address).scheme.casefold() in LINK_SCHEMES


def _rows(table: WordTable, problems: list[str], marks: Callable | None = None) -> tuple[tuple[str, ...], ...]:
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
            cells.append("<br>".join(
                _markdown(p, problems, marks).replace(CELL_BREAK, " ") for p in cell.paragraphs if p.text.strip()
            ))
        rows.append(tuple(cells))
    return tuple(rows)


def _unread_content(paragraph: WordParagraph) -> list[str]:
    """A picture or chart (a drawing that is not a text box: see ``_text_boxes``) has no words to import."""
    element = paragraph._p
    pictures = element.findall(".//" + qn("w:drawing")) + element.findall(".//" + qn("w:pict"))
    if pictures and not element.findall(".//" + qn("w:txbxContent")):
        return ["has a picture or chart, which is not imported; describe it in words if it matters"]
    return []
