"""Read an OpenDocument text (.odt, LibreOffice's own format) with odfdo into paragraphs and tables.

Headings come from the document's outline levels (``text:h``), lists are numbered or bulleted
as their list style says (its format, "1" "a" "i", with what stands before and after: "(a)"),
tables are kept, and bold and italic are read from the text styles.
A table of contents (``text:table-of-content``) is left out: the site makes its own. A footnote or
endnote, whose words the file keeps inside the paragraph it marks, goes to a Notes section at the end,
its mark (the citation LibreOffice shows) raised in the text, as the PDF and Word readers keep theirs;
a comment (``office:annotation``) is not imported, and the report says how many there were. The page styles'
headers and footers are not the policy's words, but the facts they state are read (handbook.importing.facts).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from odfdo import Document, Element

from ..markdown_extensions.text import escape_imported_text
from .document import AutoNumber, Block, ListKind, Paragraph, ReadDocument, Table, page_furniture, where
from .layout import (
    CELL_BREAK,
    INTERNAL_LINK,
    bold_headings,
    running_text_headings,
    tab_aligned_tables,
    without_contents_list,
)
from .markdown_text import emphasised, link, without_invisible
from .word_numbering import formatted_count
from .word_reader import LINK_SCHEMES

_SKIPPED = {"text:table-of-content": "the table of contents", "text:alphabetical-index": "the index",
            "text:tracked-changes": None, "office:forms": None, "text:sequence-decls": None,
            "text:variable-decls": None, "text:user-field-decls": None}
# A page style's header and footer, on every page, the first or the left-hand ones
_PAGE_PARTS = {f"style:{kind}{which}": kind for kind in ("header", "footer") for which in ("", "-first", "-left")}
# ODF's style:num-format for a list level, as Word names the same formats.
_NUMBER_FORMATS = {"1": ("decimal", ListKind.DECIMAL), "a": ("lowerLetter", ListKind.LETTER),
                   "A": ("upperLetter", ListKind.LETTER), "i": ("lowerRoman", ListKind.ROMAN),
                   "I": ("upperRoman", ListKind.ROMAN)}


@dataclass(frozen=True)
class _ListLevel:
    """How a list style numbers one level: "(a)" is format lowerLetter between "(" and ")"."""

    kind: ListKind
    word_format: str = ""
    prefix: str = ""
    suffix: str = ""

    def shown(self, count: int) -> str:
        if self.kind is ListKind.BULLET:
            return "\u2022"
        return f"{self.prefix}{formatted_count(count, self.word_format)}{self.suffix}"


_BULLETED = _ListLevel(ListKind.BULLET)


class _Reader:
    def __init__(self, document: Document) -> None:
        self.document = document
        self.blocks: list[Block] = []
        self.notes: list[str] = []
        # the open lists: (list style, its level, items so far, which list it is)
        self.lists: list[tuple[str, _ListLevel, int, int]] = []
        self.lists_read = 0
        self._styles: dict[tuple[str, str], tuple[bool, bool, float]] = {}
        self._based_on: dict[str, tuple[str | None, str]] | None = None
        self.footnotes: list[Paragraph] = []
        self.comments = 0
        self.place = ""  # where the paragraph being read is: a note found in it is said to be there

    def read(self, element: Element) -> None:
        for child in element.children:
            tag = child.tag
            if tag in _SKIPPED:
                if _SKIPPED[tag]:
                    self.notes.append(f"{_SKIPPED[tag]} was left out: the site makes its own")
            elif tag in ("text:p", "text:h"):
                self._paragraph(child)
            elif tag == "text:list":
                # A list inside a list takes the outer list's style, at its own depth.
                style = self.lists[0][0] if self.lists else child.get_attribute("text:style-name") or ""
                self.lists_read += 1  # its items' list: odfdo makes a new object for an element each time it is asked
                self.lists.append((style, self._list_level(style, len(self.lists) + 1), 0, self.lists_read))
                self.read(child)
                self.lists.pop()
            elif tag == "text:list-item":
                style, list_level, count, serial = self.lists[-1]
                self.lists[-1] = (style, list_level, count + 1, serial)
                before = len(self.blocks)
                self.read(child)
                # (an item holding only a list inside it numbers nothing: its first paragraph is the inner list's)
                if len(self.blocks) > before and isinstance(first := self.blocks[before], Paragraph) and (
                        first.auto_number is None):
                    level = len(self.lists) - 1
                    auto = AutoNumber(list_level.kind, level, (count + 1,), f"odt-list-{serial}",
                                      list_level.shown(count + 1))
                    self.blocks[before] = Paragraph(first.number, first.markdown, first.plain, first.heading, auto,
                                                    first.place, first.anchors, first.bold, first.size)
            elif tag == "table:table":
                self._table(child)
            else:  # sections, list headers, frames' text: read what they hold
                self.read(child)

    def _paragraph(self, element: Element) -> None:
        plain = " ".join(without_invisible(_own_text(element))[0].split())
        if not plain:
            return
        number = len(self.blocks) + 1
        self.place = where(number, plain)
        markdown = self._markdown(element, *self._look("paragraph", element.get_attribute("text:style-name"))[:2])
        heading = None
        if element.tag == "text:h":
            heading = int(element.get_attribute("text:outline-level") or 1)
        elif self._is_title(element.get_attribute("text:style-name")):
            heading = 0  # the title, as Word's Title style is; a Subtitle under it stays a line of the cover
        bold, _, size = self._look("paragraph", element.get_attribute("text:style-name"))
        spans = [self._look("text", span.get_attribute("text:style-name"))
                 for span in element.get_elements("text:span")]
        if spans and all(look[0] for look in spans) and len(spans) == len(element.children):
            bold = True
        size = max([size, *(look[2] for look in spans)])
        anchors = tuple(b.get_attribute("text:name") for b in element.get_elements("text:bookmark")) + tuple(
            b.get_attribute("text:name") for b in element.get_elements("text:bookmark-start"))
        self.blocks.append(Paragraph(number, markdown, plain, heading, None, where(number, plain),
                                     tuple(a for a in anchors if a), bold, size))

    def _inline(self, element: Element, bold: bool, italic: bool) -> str:
        out = [emphasised(_words(element.text or ""), bold, italic)]
        for child in element.children:
            tag = child.tag
            if tag == "text:s":
                out.append(" ")
            elif tag == "text:tab":
                out.append(CELL_BREAK)
            elif tag == "text:line-break":
                out.append(" ")
            elif tag == "text:a":
                address = child.get_attribute("xlink:href") or ""
                words = self._inline(child, bold, italic)
                shown = " ".join(words.split())
                lead, trail = words[:len(words) - len(words.lstrip())], words[len(words.rstrip()):]
                if address.startswith("#"):
                    out.append(lead + link(shown, INTERNAL_LINK + address[1:]) + trail)
                elif address.split(":", 1)[0].casefold() in LINK_SCHEMES:
                    out.append(lead + link(shown, address) + trail)
                else:
                    out.append(words)
            elif tag == "text:note":
                out.append(self._note(child))
            elif tag == "office:annotation":
                self.comments += 1
            elif tag == "text:span":
                span_bold, span_italic, _ = self._look("text", child.get_attribute("text:style-name"))
                out.append(self._inline(child, bold or span_bold, italic or span_italic))
            else:
                out.append(self._inline(child, bold, italic))
            out.append(emphasised(_words(child.tail or ""), bold, italic))
        return "".join(out)

    def _markdown(self, element: Element, bold: bool, italic: bool) -> str:
        """A paragraph's (a cell's, a note's) words as Markdown, its runs of spaces one space. Only here, not for
        each span: a span's last space parts its words from the next run's ("wie dieser " + "sind")."""
        cells = self._inline(element, bold, italic).split(CELL_BREAK)
        return CELL_BREAK.join(" ".join(cell.split()) for cell in cells).strip(CELL_BREAK + " ")

    def _note(self, element: Element) -> str:
        """The raised mark of a footnote or endnote, the note kept for the Notes section."""
        citation = element.get_element("text:note-citation")
        shown = " ".join((citation.text_recursive if citation is not None else "").split())
        kind = element.get_attribute("text:note-class") or "footnote"
        place = self.place
        body = element.get_element("text:note-body")
        paragraphs = body.get_elements("descendant::text:p") if body is not None else []
        words = " ".join(text for p in paragraphs if (text := self._markdown(p, False, False).replace(CELL_BREAK, " ")))
        plain = " ".join(" ".join(_own_text(p) for p in paragraphs).split())
        self.place = place
        self.footnotes.append(Paragraph(0, f"<sup>{shown}</sup> {words}", plain, place=f"{kind} {shown} ({place})"))
        return f"<sup>{shown}</sup>"

    def _table(self, element: Element) -> None:
        rows = []
        self.place = "the table at " + where(len(self.blocks) + 1, _own_text(element)[:60])
        for row in _rows(element):
            cells = []
            for cell in row.get_elements("table:table-cell"):
                cell_text = [self._markdown(p, False, False).replace(CELL_BREAK, " ")
                             for p in cell.get_elements("text:p")]
                cells.append("<br>".join(t for t in cell_text if t))
            if any(cells):
                rows.append(tuple(cells))
        if rows:
            number = len(self.blocks) + 1
            self.blocks.append(Table(number, tuple(rows), "the table at " + where(number, " ".join(rows[0]))))

    def _look(self, family: str, name: str | None) -> tuple[bool, bool, float]:
        """(bold, italic, size in points) of a named style, following the styles it is based on."""
        if not name:
            return False, False, 0.0
        if (family, name) not in self._styles:
            bold = italic = None
            size = 0.0
            style, seen = self.document.get_style(family, name), 0
            while style is not None and seen < 10:
                properties = style.get_properties(area="text") or {}
                bold = bold if bold is not None else _present(properties.get("fo:font-weight"), "bold")
                italic = italic if italic is not None else _present(properties.get("fo:font-style"), "italic")
                if not size and str(properties.get("fo:font-size", "")).endswith("pt"):
                    size = float(properties["fo:font-size"][:-2])
                parent = style.get_attribute("style:parent-style-name")
                style, seen = (self.document.get_style(family, parent) if parent else None), seen + 1
            self._styles[(family, name)] = (bool(bold), bool(italic), size)
        return self._styles[(family, name)]

    def _is_title(self, name: str | None) -> bool:
        """Whether a paragraph style is the Title style, or one based on it (LibreOffice's "P1" when the
        author changed the title's look by hand)."""
        if self._based_on is None:  # every paragraph style's name and parent, read once (odfdo searches each time)
            self._based_on = {style.get_attribute("style:name"): (
                style.get_attribute("style:parent-style-name"), style.get_attribute("style:display-name") or "")
                for style in self.document.get_styles("paragraph")}
        seen = 0
        while name and name in self._based_on and seen < 10:
            parent, shown = self._based_on[name]
            if "title" in (name.casefold(), shown.casefold()):
                return True
            name, seen = parent, seen + 1
        return False

    def _list_level(self, style_name: str, depth: int) -> _ListLevel:
        """How the list style numbers the level at ``depth`` (1 for a list's own items); bullets if it does not."""
        style = self.document.get_style("list", style_name) if style_name else None
        for level in style.children if style is not None else ():
            if level.tag == "text:list-level-style-number" and level.get_attribute("text:level") in (str(depth), None):
                word_format, kind = _NUMBER_FORMATS.get(level.get_attribute("style:num-format") or "", ("", None))
                if kind is not None:
                    return _ListLevel(kind, word_format, level.get_attribute("style:num-prefix") or "",
                                      level.get_attribute("style:num-suffix") or "")
        return _BULLETED


def read_odt(path: Path) -> ReadDocument:
    document = Document(str(path))
    reader = _Reader(document)
    reader.read(document.body)
    blocks, listed = without_contents_list(reader.blocks)
    if listed:
        reader.notes.append(f"the table of contents ({listed} entries) was left out: the site makes its own")
    if reader.footnotes:
        kinds = " and ".join(f"{kind}s" for kind in ("footnote", "endnote")
                             if any(note.place.startswith(kind) for note in reader.footnotes))
        reader.notes.append(f"the document's {kinds} ({len(reader.footnotes)}) were moved to a Notes section at the "
                            f"end, their marks in the text raised (the first: {reader.footnotes[0].place})")
    if reader.comments:
        reader.notes.append(f"the document's {reader.comments} comment{'s were' if reader.comments > 1 else ' was'} "
                            "not imported: comments are notes between its authors, not the policy's words")
    title = (document.meta.get_title() or "").strip()
    blocks, running_text = running_text_headings(blocks)
    return ReadDocument(tab_aligned_tables(bold_headings(blocks)), list(dict.fromkeys(reader.notes + running_text)),
                        {"title": title} if title else {}, reader.footnotes, _headers_and_footers(document))


def _headers_and_footers(document: Document) -> list[Paragraph]:
    """Each page style's header and footer lines, once each: not the policy's words, but what they state about it is
    the document's ("Approved by the Governing Body on 12 March 2024"), as a Word file's are."""
    return page_furniture((_own_text(line), f"the page {kind}")
                          for page_style in document.styles.get_elements("//style:master-page")
                          for part in page_style.children if (kind := _PAGE_PARTS.get(part.tag))
                          for line in part.get_elements("descendant::text:p | descendant::text:h"))


_NOT_ITS_TEXT = "descendant::text:note | descendant::office:annotation | descendant::draw:image"


def _own_text(element: Element) -> str:
    """The element's text without the notes and comments the file keeps inside it, and without the
    file names odfdo gives for its pictures ("(media/image1.png)": a logo in the Title style is no title)."""
    if not element.get_elements(_NOT_ITS_TEXT):
        return element.text_recursive or ""
    copy = element.clone
    for inner in copy.get_elements(_NOT_ITS_TEXT):
        inner.delete()
    return copy.text_recursive or ""


def _present(value: object, wanted: str) -> bool | None:
    return None if value is None else str(value) == wanted


def _words(text: str) -> str:
    return escape_imported_text(without_invisible(text)[0])


def _rows(table: Element) -> list[Element]:
    """A table's rows in order, those grouped in it too: its heading rows (``table:table-header-rows``,
    which a table's first row is when it repeats on each page) and row groups."""
    rows: list[Element] = []
    for child in table.children:
        if child.tag == "table:table-row":
            rows.append(child)
        elif child.tag in ("table:table-header-rows", "table:table-rows", "table:table-row-group"):
            rows += _rows(child)
    return rows
