"""What kind of file is being imported, judged by its first bytes rather than its name.

A .docx is a zip holding ``word/document.xml``; an .odt a zip whose ``mimetype`` is an
OpenDocument text's; a PDF starts ``%PDF``; a web page saved from a browser starts with its
doctype or ``<html``. A page's content kept on its own (the fragment a site generator or an app fills
into its template: ``<h1>Privacy notice</h1><p>...``) has neither, so a file named .html or .htm
whose first byte opens a tag is a web page too, after any comments the generator keeps at its top
(Go's site keeps the page's settings there: ``<!--{"Title": ...}-->``). A fragment kept under another name (a
Rails view, ``privacy.html.erb``, opening with a template tag; a CMS export saved as .md or .txt) is a web page
too where most of its words sit inside HTML block elements (``<p>``, ``<li>``, ``<h2>``); Markdown with a few
tags in it (a ``<br>``, a ``<table>`` among paragraphs) stays text. Text other than Markdown (.md) is
reStructuredText where it is written in what only that format has (``restructured_text``), whatever its name;
a plain text with a title underlined by ``====`` or ``--`` rules stays plain text. A password-protected .docx is
not a zip at all: Word wraps the encrypted package in an OLE compound file (the container of old .doc files too)
with an ``EncryptionInfo`` stream. Text must be UTF-8. Anything else is refused, with what to do.
"""

from __future__ import annotations

import enum
import re
import zipfile
from pathlib import Path

import lxml.etree
import lxml.html

_OLE = bytes.fromhex("d0cf11e0a1b11ae1")
_ZIP = b"PK\x03\x04"
# Stream names in an OLE directory are UTF-16: Word's encrypted package has this one.
_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")


class Kind(enum.Enum):
    WORD = "word"
    ODT = "odt"
    PDF = "pdf"
    HTML = "html"
    RST = "rst"
    ASCIIDOC = "asciidoc"
    TEXT = "text"


_ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
_HTML_STARTS = (b"<html", b"<?xml")
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_LEADING_COMMENTS = re.compile(rb"\A(?:\s*<!--.*?-->)+\s*", re.DOTALL)
# A website template's tags (ERB, Jinja, Liquid, Handlebars) and comments: not the page's words
TEMPLATE_TAG = re.compile(r"<%.*?%>|\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_HTML_BLOCKS = {"p", "div", "section", "article", "main", "ul", "ol", "li", "table", "h1", "h2", "h3", "h4", "h5",
                "h6", "blockquote", "dl", "dt", "dd", "address", "details"}
# A Markdown heading, list item or quote opening a line: the file is Markdown, whatever HTML it holds
_MARKDOWN_LINE = re.compile(r"^(?:#{1,6}\s|\s{0,3}(?:[-*+]|\d{1,3}[.)])\s|>\s?)", re.MULTILINE)
_MOSTLY = 0.8  # the share of its words inside HTML block elements that makes a text a web page
MARKDOWN_SUFFIXES = (".md", ".markdown")
# What only reStructuredText writes: an explicit markup line (a directive ".. note::", a link's target
# ".. _Contributor Covenant: http://...", a footnote ".. [#tiobe]", a substitution ".. |name| image::"),
# a role (":term:`slug`"), a named or anonymous link ("`Astropy Finance Committee`_", "`2019-12-20`__"),
# an item of an auto-numbered list ("#. The Committee ..."), a field list opening the text (":Author: ...")
_RST_MARKUP = re.compile(
    r"^\.\. (?:[A-Za-z][\w:.+-]*::|_[^:\n]+:|\[[^\]\n]+\]|\|[^|\n]+\|)"
    r"|(?<![\w`]):[a-z][\w.+-]*(?::[\w.+-]+)?:`[^`\n]+`"
    r"|(?<![\w`])`[^`\n]+`__?(?![\w`])"
    r"|^[ \t]*#\.[ \t]+\S"
    r"|\A\s*:[A-Za-z][\w -]*:[ \t]+\S", re.MULTILINE)
_ASCIIDOC_SUFFIXES = (".adoc", ".asciidoc")
# A file its writer named as reStructuredText is read as such, though it writes only what plain text writes too (a
# title between two rows of marks, " Charte AFPy ", set in from them)
_RST_SUFFIXES = (".rst", ".rest")
# AsciiDoc's titles: "= Document title", "== 1. Purpose" (MediaWiki's "== Purpose ==" closes with marks)
_ASCIIDOC_TITLE = re.compile(r"^={1,6}[ \t]+\S(?:.*[^=\s])?[ \t]*$", re.MULTILINE)
# What only AsciiDoc writes: a "////" comment block, an anchor on a line of its own ("[[edp]]", "[#1_Purpose]"), a
# block macro ("toc::[]", "include::terms.adoc[leveloffset=+2]", "image::logo.png[]"), a table's "|===", an
# attribute entry (":toc: left") or an inline macro or cross-reference ("link:#scope[Scope]", "<<scope,Scope>>")
_ASCIIDOC_MARKUP = re.compile(
    r"^/{4,}[ \t]*$"
    r"|^\[\[[A-Za-z_][\w:.-]*(?:,[^\]\n]*)?\]\][ \t]*$|^\[#[A-Za-z_][\w:.-]*(?:[.%][^\]\n]*)?\][ \t]*$"
    r"|^[a-z]+::\S*\[[^\]\n]*\][ \t]*$"
    r"|^\|={3,}[ \t]*$"
    r"|^:!?[A-Za-z0-9_][\w-]*!?:(?:[ \t].*)?$"
    r"|(?<![\w/])(?:link|xref|mailto|footnote|kbd|pass):[^\s\[]*\[[^\]\n]*\]|<<[A-Za-z_][\w:.-]*(?:,[^>\n]+)?>>",
    re.MULTILINE)


class NotImportable(Exception):  # noqa: N818 (a reason, shown to the user as it is)
    """Why a file cannot be imported, and what to do instead."""


def kind_of(path: Path) -> Kind:
    if path.is_dir():
        raise NotImportable("this is a folder: name the Word document or text file to import")
    if not path.exists():
        raise NotImportable("no such file")
    if not path.is_file():
        raise NotImportable("this is not a regular file (a pipe, socket or device): save the policy to a file")
    data = path.read_bytes()
    if not data.strip():
        raise NotImportable("the file is empty: there is nothing to import")
    if data.startswith(_OLE):
        if _ENCRYPTION_INFO in data:
            raise NotImportable(
                "the document is password-protected: open it in Word, remove the password (File > Info > "
                "Protect Document > Encrypt with Password, then clear it), save it and import it again"
            )
        raise NotImportable(
            "this is an old Word 97-2003 document (.doc) or another Office file: open it in Word or "
            "LibreOffice, save it as a Word Document (.docx) and import that"
        )
    if data.startswith(_ZIP):
        try:
            with zipfile.ZipFile(path) as archive:
                if "word/document.xml" in archive.namelist():
                    return Kind.WORD
                if "mimetype" in archive.namelist() and archive.read("mimetype").strip() == _ODT_MIMETYPE:
                    return Kind.ODT
        except zipfile.BadZipFile:
            pass
        raise NotImportable(
            "this is a zip file but not a Word document (.docx) or OpenDocument text (.odt); save the policy "
            "from Word as .docx, or as text"
        )
    if data.startswith(b"%PDF"):
        return Kind.PDF
    start = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:200].lower()
    # A doctype says HTML by itself (pages generated from templates may leave out <html>); an XML
    # declaration could start any XML file, so it needs an <html> element after it.
    if start.startswith(b"<!doctype html") or (start.startswith(_HTML_STARTS) and b"<html" in data[:4000].lower()):
        return Kind.HTML
    fragment = _LEADING_COMMENTS.sub(b"", data.lstrip(b"\xef\xbb\xbf")[:4000], count=1)
    if path.suffix.lower() in _HTML_SUFFIXES and fragment[:1] == b"<" and fragment[1:2].isalpha():
        return Kind.HTML
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise NotImportable(
            "this is neither a Word document (.docx) nor UTF-8 text; save the policy from Word as .docx"
        ) from None
    if mostly_html(text):
        return Kind.HTML
    if path.suffix.lower() in _ASCIIDOC_SUFFIXES or (path.suffix.lower() not in MARKDOWN_SUFFIXES
                                                     and asciidoc(text)):
        return Kind.ASCIIDOC
    if path.suffix.lower() in _RST_SUFFIXES or (path.suffix.lower() not in MARKDOWN_SUFFIXES
                                                and restructured_text(text)):
        return Kind.RST
    return Kind.TEXT


def restructured_text(text: str) -> bool:
    """Whether ``text`` is written in reStructuredText: it holds what only that format writes (``_RST_MARKUP``).
    Headings underlined with a row of marks do not tell, as plain text and Markdown underline titles too (the
    text reader reads those headings as reStructuredText levels them)."""
    return _RST_MARKUP.search(text) is not None


def asciidoc(text: str) -> bool:
    """Whether ``text`` is written in AsciiDoc: it has AsciiDoc's titles (``== 1. Purpose``) and something only
    AsciiDoc writes (``_ASCIIDOC_MARKUP``); a title marked with ``=`` alone, or a rule of ``====``, does not tell."""
    return _ASCIIDOC_TITLE.search(text) is not None and _ASCIIDOC_MARKUP.search(text) is not None


def _html_block(element) -> bool:
    """An HTML block element whose content is HTML: not one marked ``markdown="1"`` (kramdown's, PHP Markdown
    Extra's and Python-Markdown's md_in_html's way of saying its content is Markdown)."""
    return element.tag in _HTML_BLOCKS and element.get("markdown") is None


def mostly_html(text: str) -> bool:
    """Whether most of the words of ``text`` (its template tags and comments aside) sit inside HTML block
    elements, and no line is written as a Markdown heading, list item or quote outside them."""
    text = _COMMENT.sub("", TEMPLATE_TAG.sub("", text))
    if "<" not in text:
        return False
    try:
        root = lxml.html.fragment_fromstring(text, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return False
    outside = [root.text or ""] + [child.tail or "" for child in root]
    outside += [child.text_content() for child in root if not _html_block(child)]
    if any(_MARKDOWN_LINE.search(part) for part in outside):
        return False
    words = len(root.text_content().split())
    inside = sum(len(child.text_content().split()) for child in root if _html_block(child))
    return words > 0 and inside >= _MOSTLY * words
