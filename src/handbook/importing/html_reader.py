"""Read a web page saved from a browser (.html) with lxml.html into paragraphs and tables.

Headings (h1-h6), paragraphs, list items (numbered as the page's lists number them), quotations
and tables are kept in order, with bold, italic and links. The page's own furniture is left out
and reported: navigation, the site's header and footer, sidebars, forms and scripts; where the
page marks its content (<main>, <article>), only that is read, with its own <header> (its <h1>). What the
page hides is left out and reported with its word count, but not an accordion's sections, hidden until
their button opens them: they are the page's words. A link to another page of the site
("remote-working.html") cannot lead anywhere from the handbook: its words are kept and it is reported.
Links to a place in the page ("#photography") lead to what that place becomes; a
heading's permalink, the "¶" or "#" link to itself that site generators add, is the site's and is left out.
A view kept with its template's tags (``<% content_for :title, "Privacy notice" %>`` atop a Rails view) has them
left out and reported: they are the website's code, not the page's words; but a translation tag's words are the
page's own (``{% translate "Who Can Report" %}``), and a block of one line filling the page's head goes with its
words (``{% block title %}...{% endblock %}``). A page as a browser saved it (its doctype first) keeps its braces.
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import lxml.etree
import lxml.html

from ..markdown_extensions.text import escape_imported_text
from .document import AutoNumber, Block, ListKind, Paragraph, ReadDocument, Table, where
from .garbled_text import repaired_bytes
from .layout import INTERNAL_LINK
from .markdown_text import emphasised, link, without_invisible
from .page_titles import page_parts, page_title
from .site_settings import site_settings
from .sniffing import TEMPLATE_TAG
from .word_reader import LINK_SCHEMES

_FURNITURE = {"nav", "header", "footer", "aside", "form", "script", "style", "noscript", "template", "button",
              "svg", "iframe", "select", "dialog", "menu"}
_BLOCKS = {"p", "div", "section", "article", "main", "blockquote", "pre", "ul", "ol", "li", "table", "dl", "dt",
           "dd", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "address", "details", "summary",
           "center", "hr", "body"}
# The classes of a span holding the number a site generator gave a heading (Quarto, pandoc, bookdown)
_GENERATED_NUMBER = {"chapter-number", "header-section-number", "section-number"}
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
# A theme's names for the site's own parts it may put above a page's title inside the main content
_THEME_FURNITURE = {"breadcrumb": r"breadcrumb", "name": r"\blogo\b|[\w-]*logo\b|site-?(?:name|title)\b",
                    "strapline": r"tagline|strapline|slogan|site-description"}
_BYTE_ORDER_MARKS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_DECLARED_ENCODING = re.compile(rb"""charset\s*=\s*["']?(?P<name>[\w.:-]+)"""
                                rb"""|<\?xml[^>]*encoding\s*=\s*["'](?P<xml>[\w.:-]+)""", re.IGNORECASE)
# The labels browsers read as Windows-1252 (the WHATWG Encoding Standard): its quotes and dashes, not control codes
_READ_AS_WINDOWS_1252 = {"iso-8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252",
                         "iso_8859-1", "iso8859-1", "cp819", "ibm819"}
# A translation tag, whose words are the page's own: {% translate "Questions?" %}, {% trans 'Home' %}, {{ _("Hi") }}
# (the words may hold the other quote: {% translate "the Foundation's policies" %})
_TRANSLATED = re.compile(rb"""\{%-?\s*(?:translate|trans)\s+(?P<q>["'])(?P<words>(?:(?!(?P=q))[^\n])*)(?P=q)\s*-?%\}|"""
                         rb"""\{\{-?\s*(?:_|gettext)\(\s*(?P<r>["'])(?P<said>(?:(?!(?P=r))[^\n])*)(?P=r)\s*\)\s*-?\}\}""")
# A block of one line filling the page's head: {% block title %}{% translate "..." %}{% endblock %}
_HEAD_BLOCK = re.compile(rb"\{%-?\s*block\s+\w+\s*-?%\}[^\n]*?\{%-?\s*endblock(?:\s+\w+)?\s*-?%\}")
_TEMPLATE_TAG_BYTES = re.compile(TEMPLATE_TAG.pattern.encode(), re.DOTALL)
_SEARCH_RESULTS = {"search-results", "search-result", "searchresults"}
# A permalink's text: nothing, a pilcrow, a section sign, "#", a link or an anchor emoji
_PERMALINK_MARKS = {"", "\u00b6", "\u00a7", "#", "\U0001f517", "\u2693"}


class _Reader:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.problems: list[str] = []
        self.left_out: set[str] = set()
        self.hidden: list[str] = []  # the words of what the page hides, left out
        self.lists: list[tuple[str, int]] = []  # the open lists: ("ol"/"ul", items so far)

    def read(self, element) -> None:
        """Add the blocks in ``element``: its block children in turn, inline runs between them as paragraphs."""
        inline: list = [element.text or ""]
        for child in element:
            tag = child.tag if isinstance(child.tag, str) else ""
            if (tag in _FURNITURE and not _own_header(child)) or _hidden(child):
                self._paragraph(inline)
                inline = [child.tail or ""]
                if tag in ("nav", "header", "footer", "aside"):
                    self.left_out.add(tag)
                elif tag not in _FURNITURE and (words := " ".join(child.text_content().split())):
                    self.hidden.append(words)
                continue
            if tag in _BLOCKS or _own_header(child):
                self._paragraph(inline)
                self._block(child)
                inline = [child.tail or ""]
            else:
                inline.append(child)
        self._paragraph(inline)

    def _block(self, element) -> None:
        tag = element.tag
        if tag in _HEADINGS:
            self._paragraph([element.text or "", *element], heading=_HEADINGS[tag], anchors=_ids(element))
        elif tag == "table":
            for caption in element.iterchildren("caption"):  # its title ("Table 1. Stakeholder"), a line over it
                self._paragraph([caption.text or "", *caption])
            rows = tuple(
                tuple(self._inline([cell.text or "", *cell]) for cell in row.iterchildren("th", "td"))
                for row in element.iter("tr")
            )
            rows = tuple(row for row in rows if any(cell.strip() for cell in row))
            if rows:
                number = len(self.blocks) + 1
                self.blocks.append(Table(number, rows, "the table at " + where(number, " ".join(rows[0]))))
        elif tag in ("ul", "ol"):
            self.lists.append((tag, 0))
            self.read(element)
            self.lists.pop()
        elif tag == "li" and self.lists:
            kind, count = self.lists[-1]
            self.lists[-1] = (kind, count + 1)
            level = len(self.lists) - 1
            number = AutoNumber(ListKind.ORDERED if kind == "ol" else ListKind.BULLET, level, (count + 1,),
                                f"html-list-{id(element.getparent())}", f"{count + 1}." if kind == "ol" else "\u2022")
            before = len(self.blocks)
            self.read(element)
            if len(self.blocks) > before and isinstance(first := self.blocks[before], Paragraph):
                self.blocks[before] = Paragraph(first.number, first.markdown, first.plain, None, number, first.place,
                                                first.anchors + _ids(element))
        else:
            self.read(element)

    def _paragraph(self, inline: list, heading: int | None = None, anchors: tuple[str, ...] = ()) -> None:
        markdown = self._inline(inline)
        plain = " ".join("".join(_text(part) for part in inline).split())
        plain = without_invisible(plain)[0]
        if plain:
            number = len(self.blocks) + 1
            anchors += tuple(a for part in inline if not isinstance(part, str) for a in _ids(part))
            self.blocks.append(Paragraph(number, markdown, plain, heading, None, where(number, plain), anchors))

    def _inline(self, parts: list, bold: bool = False, italic: bool = False) -> str:
        out = []
        for part in parts:
            if isinstance(part, str):
                out.append(emphasised(self._words(part), bold, italic))
                continue
            tag = part.tag if isinstance(part.tag, str) else ""
            if tag in _FURNITURE or _hidden(part) or _permalink(part):
                out.append(emphasised(self._words(part.tail or ""), bold, italic))
                continue
            if tag == "br":
                out.append(" ")
            elif tag == "a" and part.get("href"):
                out.append(self._link(part, bold, italic))
            else:
                inner_bold = bold or tag in ("b", "strong") or (tag in _HEADINGS)
                inner_italic = italic or tag in ("i", "em", "cite")
                out.append(self._inline([part.text or "", *part], inner_bold and tag not in _HEADINGS, inner_italic))
            out.append(emphasised(self._words(part.tail or ""), bold, italic))
        return " ".join("".join(out).split())

    def _link(self, anchor, bold: bool, italic: bool) -> str:
        text = self._inline([anchor.text or "", *anchor], bold, italic)
        address = anchor.get("href", "").strip()
        if address.startswith("//"):  # a full address in the page's own scheme: "//assets.example.net/leave.doc"
            address = "https:" + address
        if address.startswith("#") and len(address) > 1:
            return text if _links_to_itself(anchor) else link(text, INTERNAL_LINK + address[1:])
        if urlsplit(address).scheme.casefold() in LINK_SCHEMES:
            return link(text, address)
        self.problems.append(
            f"the link on '{_text(anchor).strip()[:40]}' to '{address[:60]}' leads to another page of the website, "
            "which the handbook does not have: its words are kept; link it again as a full web address if it matters"
        )
        return text

    @staticmethod
    def _words(text: str) -> str:
        return escape_imported_text(without_invisible(text)[0])


def read_html(path: Path) -> ReadDocument:
    return read_html_page(path.read_bytes())


def read_html_page(data: bytes) -> ReadDocument:
    """The blocks of a web page's bytes (a file's, or the page another reader's converter writes)."""
    data, garbled = repaired_bytes(data)
    data, front_matter, settings_read = _without_front_matter(data)
    data, placeholders = _without_template_tags(data)
    root = lxml.html.document_fromstring(data, parser=_parser_for(data))
    settings = _settings(root)
    lxml.etree.strip_elements(root, lxml.etree.Comment, lxml.etree.ProcessingInstruction, with_tail=False)
    content = next(iter(root.xpath("//main | //*[@role='main'] | //article")), None)
    body = content if content is not None else (root.find("body") if root.find("body") is not None else root)
    above_title = _site_furniture_above_title(content) if content is not None else []
    reader = _Reader()
    reader.read(body)
    notes = [garbled] * bool(garbled) + settings_read + placeholders + list(dict.fromkeys(reader.problems))
    if reader.hidden:  # said, so that a page hiding its policy's words is not taken for all of it
        notes.append(f"{sum(len(words.split()) for words in reader.hidden)} words the page hides from its readers were "
                     f"left out, beginning '{reader.hidden[0][:50]}'; if they are the policy's, save the page with "
                     "them shown")
    if above_title:
        notes.append(f"the site's {', '.join(above_title)} above the page's title were left out (the website's, "
                     "not the policy's)")
    if content is not None:
        notes.append("only the page's main content was read; its navigation, header and footer were left out")
    elif reader.left_out:
        notes.append(f"the page's {', '.join(sorted(reader.left_out))} were left out (the website's, not the policy's)")
    title = _title(root) or settings
    if title and title == settings:
        notes.append(f"the title '{title}' was taken from the page's settings in the comment at its top (where its "
                     "website keeps them), as the page has no <title> or <h1>")
    properties = front_matter | ({"title": title} if title else {})
    if publisher := _publisher(root):
        properties["organisation"] = publisher
    if site_names := _site_names(root, title):
        properties["site_name"] = " | ".join(site_names)
    return ReadDocument(reader.blocks, notes, properties)


def _without_front_matter(data: bytes) -> tuple[bytes, dict[str, str], list[str]]:
    """A template's page without the front matter Jekyll and Hugo read over its HTML ("---", "title: Preservation",
    "---"), its lines left blank: the facts it states (its title where the page has no <title> or <h1>), and a note."""
    if data.lstrip(b"\xef\xbb\xbf")[:3] not in (b"---", b"+++"):
        return data, {}, []
    lines, notes = data.decode("utf-8", errors="replace").splitlines(), []
    settings = site_settings(lines, notes)
    return "\n".join(lines).encode(), settings, notes


def _without_template_tags(data: bytes) -> tuple[bytes, list[str]]:
    """The page without its template's tags, and a note for each, by the line it is on; the words of its translation
    tags kept, said once (none for a page as a browser saved it, whose braces are its own words or its scripts')."""
    if data.lstrip(b"\xef\xbb\xbf \t\r\n")[:200].lower().startswith((b"<!doctype", b"<html")):
        return data, []
    data, translated = _TRANSLATED.subn(lambda m: m["words"] if m["q"] else m["said"], data)
    # Head blocks and translations lie on one line each, so taking them out leaves every other tag's line as it was.
    found = _tags_by_line(_HEAD_BLOCK, data)
    data = _HEAD_BLOCK.sub(b"", data)
    found += _tags_by_line(_TEMPLATE_TAG_BYTES, data)
    notes = [f"line {line}: '{tag}' is a placeholder of the website's templates; left out"
             for line, tag in sorted(found)]
    if translated:
        notes.append(f"the words of the template's {translated} translation tags ({{% translate %}}) were kept as "
                     "the page's")
    return _TEMPLATE_TAG_BYTES.sub(b"", data), notes


def _tags_by_line(pattern: re.Pattern[bytes], data: bytes) -> list[tuple[int, str]]:
    """Each tag ``pattern`` finds in ``data``: its line (from 1) and its opening characters."""
    return [(data.count(b"\n", 0, tag.start()) + 1, tag[0].decode(errors="replace")[:60])
            for tag in pattern.finditer(data)]


def _site_furniture_above_title(content) -> list[str]:
    """Take out what a site's theme puts inside the main content above the page's <h1>: its breadcrumb, its name or
    logo and its strapline, as themes name them in their classes and ids (Drupal's ``breadcrumb`` and ``tagline``,
    GOV.UK's ``govuk-breadcrumbs``, WordPress's ``site-title`` and ``site-description``); what was taken out, by
    kind. Text above the <h1> that no such name marks (a "Last updated" line) is kept."""
    title = next(content.iter("h1"), None)
    if title is None:
        return []
    around_title = set(title.iterancestors())
    found: dict[object, str] = {}  # each element taken out -> its kind
    for element in content.iter():
        if element is title:
            break
        marks = f"{element.get('class', '')} {element.get('id', '')} {element.get('aria-label', '')}".casefold()
        kind = next((name for name, pattern in _THEME_FURNITURE.items() if re.search(pattern, marks)), None)
        if kind and element not in around_title and not any(outer in found for outer in element.iterancestors()):
            found[element] = kind
    for element in found:
        element.drop_tree()
    return list(dict.fromkeys(found.values()))


def _publisher(root) -> str:
    """The organisation a page's Dublin Core metadata names as its publisher (``<meta name="DCTERMS.publisher">``, as
    government and university sites write it): a publisher is whose the page is. Not ``og:site_name`` nor
    ``DCTERMS.creator``: a site's name need not be an organisation, and a creator may be a person or a supplier."""
    for meta in root.iter("meta"):
        if (meta.get("name") or "").strip().casefold() in ("dcterms.publisher", "dc.publisher"):
            return " ".join((meta.get("content") or "").split())
    return ""


def _site_names(root, title: str) -> list[str]:
    """The names of the site the page belongs to, as its metadata gives them: ``og:site_name``, ``application-name``
    and the part of its <title> beside the page's own ("Health & Safety - Loomio Cooperative Handbook"). Not whose
    the page is on their own (a site may be named after a product or an event): handbook.importing.own_name weighs
    them with how the text uses the name."""
    kinds = ("og:site_name", "application-name")
    names = [" ".join((meta.get("content") or "").split()) for meta in root.iter("meta")
             if (meta.get("property") or meta.get("name") or "").strip().casefold() in kinds]
    parts = page_parts(" ".join((root.findtext(".//title") or "").split()))
    if len(parts) > 1:
        names += [part for part in parts if part.casefold() != title.casefold()]
    return [name for name in dict.fromkeys(names) if name]


def _settings(root) -> str:
    """The title in the settings a site generator keeps in a comment at the top of a page's content, as JSON
    (``<!--{"Title": "Go Community Code of Conduct", "layout": "article"}-->``, as Go's website does): the
    page's front matter, which its template turns into the page's <title>."""
    for comment in root.itersiblings(preceding=True):
        if comment.tag is not lxml.etree.Comment:
            continue
        try:
            settings = json.loads(comment.text or "")
        except ValueError:
            continue
        if isinstance(settings, dict):
            title = settings.get("Title", settings.get("title"))
            return " ".join(title.split()) if isinstance(title, str) else ""
    return ""


def _title(root) -> str:
    """The page's <title>, or its first <h1> where the <title> is that heading with the chapter number and the
    book's or site's name a generator adds ("6 Expectations - Faylab Lab Manual" over <h1> "6 Expectations",
    its number in a span of Quarto's, pandoc's or bookdown's); or the <title>'s first part where a heading of any
    level says it ("Acceptable Use Policy · Security Policy" over HonKit's <h2> "Acceptable Use Policy"). Nothing where
    the <title> is the site's, opening with the name of the logo that is the site's <h1> ("Pyvec, neziskovka české
    Python komunity" over <h1><img alt="Pyvec"></h1>, on every page): the page's own heading is its title."""
    stated = " ".join((root.findtext(".//title") or "").split())
    heading = next(iter(root.iter("h1")), None)
    logo = heading is not None and not heading.text_content().strip() and next(
        (image.get("alt", "").strip() for image in heading.iter("img")), "")
    if logo and stated.casefold().startswith(logo.casefold()):
        return ""
    if heading is not None and stated:
        heading = copy.deepcopy(heading)
        numbers = [el for el in heading.iter() if _GENERATED_NUMBER & set((el.get("class") or "").split())]
        number = numbers[0].text_content().strip() if numbers else ""
        for element in numbers:
            element.drop_tree()
        words = " ".join(without_invisible(heading.text_content())[0].split())
        if words and page_parts(stated)[0].casefold() in (words.casefold(), f"{number} {words}".casefold()):
            return words
    if len(parts := page_parts(stated)) > 1 and any(  # the page's own part, as a heading of any level shows it
            " ".join(h.text_content().split()).casefold() == parts[0].casefold() for h in root.iter(*_HEADINGS)):
        return parts[0]
    return page_title(stated) if stated else ""


def _parser_for(data: bytes) -> lxml.html.HTMLParser | None:
    """A page is read in the encoding it declares, and one that does not say as UTF-8 if it is that (what it is
    today, and what a browser's "Save page" writes): libxml2 would read either as Latin-1, a curly quote becoming three
    characters (it misses HTML5's ``<meta charset="utf-8">`` after another ``<meta>``, as a Hugo site writes it)."""
    if data.startswith(_BYTE_ORDER_MARKS):
        return None
    declared = _DECLARED_ENCODING.search(data[:2048])
    encoding = (declared["name"] or declared["xml"]).decode("ascii").casefold() if declared else "utf-8"
    encoding = "cp1252" if encoding in _READ_AS_WINDOWS_1252 else encoding
    try:
        data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return lxml.html.HTMLParser(encoding=encoding)


def _ids(element) -> tuple[str, ...]:
    named = [element.get("id"), element.get("name")] + [a.get("id") or a.get("name") for a in element.iter("a")]
    return tuple(name for name in named if name)


def _text(part) -> str:
    if isinstance(part, str):
        return part
    if _hidden(part) or (isinstance(part.tag, str) and part.tag in _FURNITURE) or _permalink(part):
        return part.tail or ""
    return " " if part.tag == "br" else part.text_content() + (part.tail or "")


def _own_header(element) -> bool:
    """The header of the page's main content or of an article that holds its title ("<main><header><h1>Annual
    leave"): the text's own, not the site's (not a theme's menu bar inside <main>, Hugo Book's "book-header")."""
    return element.tag == "header" and element.find(".//h1") is not None and any(
        ancestor.tag in ("main", "article") for ancestor in element.iterancestors())


def _permalink(element) -> bool:
    """A link to the heading or section it sits in whose text is only a mark ("¶", "#", nothing): the
    site generator's way to copy a link to the heading (Sphinx, MkDocs, Pelican, Docusaurus)."""
    if element.tag != "a" or not (element.get("href") or "").startswith("#"):
        return False
    return without_invisible(element.text_content())[0].strip() in _PERMALINK_MARKS and _links_to_itself(element)


def _links_to_itself(anchor) -> bool:
    """A link to the heading or section it sits in (mdBook wraps each heading's words in one): only its words are
    kept, as the handbook gives each heading an address of its own."""
    target = anchor.get("href")[1:]
    return any(element.get("id") == target for element in (anchor, *anchor.iterancestors()))


def _hidden(element) -> bool:
    """Not shown, or not the page's: hidden, or the site's search box and the templates of its results (HonKit's
    '<div class="search-results"><h1>... results matching ""</h1>', shown only once a reader searches)."""
    style = (element.get("style") or "").replace(" ", "").casefold()
    if _collapsed_section(element):
        return False
    return element.get("hidden") is not None or "display:none" in style or element.get("aria-hidden") == "true" or (
        element.get("role") == "search" or bool(_SEARCH_RESULTS.intersection((element.get("class") or "").split())))


def _collapsed_section(element) -> bool:
    """A section of an accordion, hidden until its heading's button opens it: the page's words, which a reader
    sees by clicking (WAI-ARIA's disclosure pattern: a control with ``aria-expanded`` just before it, or one whose
    ``aria-controls`` names it). A council's staff page keeps everything under its headings so."""
    identifier = element.get("id")
    if identifier and element.getroottree().xpath("//*[@aria-controls=$name]", name=identifier):
        return True
    before = element.getprevious()
    return before is not None and isinstance(before.tag, str) and bool(
        before.xpath("descendant-or-self::*[@aria-expanded]"))
