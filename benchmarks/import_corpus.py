"""``handbook import`` on a collection of real policies: how many pass untouched, and how much is kept.

    PYTHONPATH=src .venv/bin/python benchmarks/import_corpus.py [CORPUS]
        [--set tuning|held_out|held_out_4|...|held_out_153|all] [--only SLUGS|README_x.md] [--build]

CORPUS is a folder of policies with a README.md whose table has ``slug`` and ``set`` columns (default
tests/fixtures/real_policies, else /work/corpus/policies with /work/corpus/README.md). ``--set
held_out_4`` takes held-out set 4 alone, ``--set held_out_5`` held-out set 5 alone, ``--set held_out_6``
held-out set 6 alone, and so on to ``--set held_out_153`` (README_extra.md; no set 132, 145 or 151, which brought
none, nor 81, whose licence was in doubt), each kept unseen until its round's importer changes are merged;
``--set held_out`` is sets 1-3. For each document it prints:

- whether the import went through, ``handbook check --strict`` passes on the result, and (with
  --build) ``mkdocs build --strict`` with HANDBOOK_POLICY_SRC at it;
- words kept in order: the share of the document's words, as an independent reader gives them
  (python-docx, odfdo, pypdf, lxml.html, Python-Markdown for .md, docutils' HTML writer for reStructuredText,
  Asciidoctor's for AsciiDoc, the text for other .txt), found in the
  same order on the imported page (difflib over the two word sequences). Contents lists and page
  furniture count against it, so the figure is a lower bound (for reStructuredText, the words on the page
  that docutils does not show, its markup left as text, are counted too); it is given again with them set aside
  (judged without the importer: ``without_furniture`` for a PDF, ``without_site_furniture`` for a web
  page, ``without_contents``), with the number of
  words of contents set aside;
- the headings found, against the document's own (CORPUS/../headings/SLUG.md, if there);
- the numbers kept as anchors (clauses and numbered headings), beside the lines of the reference text
  (contents aside) that start with numbering, by kind (``numbered_lines``: Roman "IV.", lettered "C.",
  a word "Article II", decimal "3.1", a point "(a)"; lists count there too), and every front-matter value
  with where the document states it, for a person to confirm that none is invented.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import io
import os
import re
import subprocess
import sys
import tempfile
import time
import zipfile
from itertools import pairwise
from pathlib import Path

import docutils.core
import docx
import lxml.etree
import lxml.html
import markdown
import pypdf
from odfdo import Document

from handbook.cli import main as handbook
from handbook.errors import PolicySourceError
from handbook.importing import PolicyImportError, import_policy
from handbook.importing.pdf_words import hyphen_kept
from handbook.importing.sniffing import Kind, kind_of
from handbook.source.handbook_folder import load_handbook
from handbook.source.policy_file import parse_policy_file
from handbook.source.syntax import MAX_POLICY_ID_LENGTH

REPO = Path(__file__).resolve().parent.parent
_ODT_IMAGE = re.compile(r"\((?:Pictures|media)/[^)\s]+\)")
# YAML (Jekyll), TOML (Hugo), JSON (Hugo: an object whose closing brace is a line of its own)
_FRONT_MATTER = re.compile(r"\A(?:---\n.*?\n---|\+\+\+\n.*?\n\+\+\+|\{\n.*?\n\})\n", re.S)
_TEMPLATE_TAG = re.compile(r"<%.*?%>|\{%.*?%\}|\{\{.*?\}\}", re.S)  # ERB, Liquid
ODF_TEXT = {"text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0"}
WORD = re.compile(r"\w+(?:['\u2019]\w+)*")
# A line of a contents list: an entry, then a page number after a gap, dotted leaders or a tab
# ("Section 1 — Name:            4", "Purpose ........ 3", "3.1 Compensation Plan\t27"); a page numbered within
# its chapter ("1.1 Purpose   1-1", "Chapter 12 CLAIMS . . . 12-1"), as military publications number them, only
# after leaders, a tab or a gap: prose ends a line in a range ("ages 5-11") after one space
_CONTENTS_LINE = re.compile(r"^\s*(?P<entry>\S.{0,150}?)(?:\s*(?:\.\s?){3,}|\s*\u2026+|\t|\s{2,}|\s)\s*"
                            r"(?P<page>(?:(?<=[\s.\u2026]{2})|(?<=\t))\d{1,3}-\d{1,3}|\d{1,3}|[ivxlc]{1,6})\s*$",
                            re.IGNORECASE)
# A line the document's own numbering starts, by kind, as the reference text shows it (a contents list's
# lines are set aside first): "IV. Policy", "C. Agency Roles", "ARTICLE II", "Section 2.1", "3.1", "(a)"
_NUMBERED_LINE = {
    "Roman": re.compile(r"^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})\.\s+[A-Z]"),
    "lettered": re.compile(r"^[A-Z]\.\s+[A-Z]"),
    "word": re.compile(r"^(?:Article|Section|Subsection|Part|Chapter)\s+(?:\d+(?:\.\d+)*|[IVX]+)\b", re.IGNORECASE),
    "decimal": re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Za-z(\"\u201c]"),
    "point": re.compile(r"^\(?(?:[a-z]|[ivx]{1,5})\)\s+\S"),
}
_CONTENTS_TITLE = re.compile(r"^\s*(?:table\s+of\s+)?contents\s*:?\s*$", re.IGNORECASE)
# The second line of an entry wrapped onto two: short ("Lane) 11"), or its page after leaders or a gap
_WRAPPED_END = re.compile(r"^\s*(?:\S.{0,30}?\s|\S.{0,150}?(?:\s*(?:\.\s?){3,}|\s*\u2026+|\t|\s{2,}))\s*"
                          r"\d{1,3}(?:-\d{1,3})?\s*$")
# A line of dotted leaders alone, as pypdf gives an entry whose leaders and page number are apart from its words
# (longer than a form's "...", a blank to fill in: "URL of the project: ...")
_LEADERS_ONLY = re.compile(r"^\s*(?:\.\s?){5,}\s*$")
_ENDS_IN_LEADERS = re.compile(r"\S\s*(?:\.\s?){5,}\s*$")
_PAGE_ONLY = re.compile(r"^\s*\d{1,3}\s*$")
_DOTS_ONLY = re.compile(r"^\s*(?:\.\s?)+\s*$")  # the last of an entry's leader lines may be short
_LINE_END_HYPHEN = re.compile(r"(\w+)-[ \t]*\n[ \t]*([a-z]\w*)")  # "na-" ending a line, "tionality" opening the next
_CONTENTS_RUN = 3  # lines in a row, at least, whose page numbers never go down


_BLOCK_TAGS = ("p", "div", "li", "td", "th", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section",
               "article", "dt", "dd", "table", "ul", "ol", "br")


# Markdown as its site shows it: tables, kramdown's <section markdown="1">, and the notes MkDocs sites write
# ("!!! Note", "??? Question": without these a note's links read as code, addresses and all)
MARKDOWN_EXTENSIONS = ["tables", "md_in_html", "admonition", "pymdownx.details"]


def reference_text(path: Path) -> str:
    """The document's words as a reader other than the importer's gives them."""
    suffix = path.suffix.lower()
    if suffix == ".docx":
        document = docx.Document(str(path))
        parts = []
        for item in document.iter_inner_content():
            if isinstance(item, docx.table.Table):  # each cell once: python-docx repeats a merged one
                parts += [docx.table._Cell(tc, item).text for row in item.rows for tc in row._tr.tc_lst
                          if tc.vMerge != "continue"]
            else:
                parts.append(item.text)
        return "\n".join(parts)
    if suffix == ".odt":
        try:  # odfdo writes an image as "(Pictures/....png)": its file name, not the document's words
            body = Document(str(path)).body
            for link in body.get_links():  # and a link as "[text](url)": its target is not on the page either
                link.url = ""
            return _ODT_IMAGE.sub(" ", body.text_recursive)
        except KeyError:  # odfdo fails on a footnote inside a list item: read the XML's outermost paragraphs
            content = lxml.etree.fromstring(zipfile.ZipFile(path).read("content.xml"))
            for gap in content.xpath("//text:line-break | //text:tab | //text:s", namespaces=ODF_TEXT):
                gap.text = " "
            outermost = "//*[(self::text:p or self::text:h) and not(ancestor::text:p or ancestor::text:h)]"
            return "\n".join("".join(p.itertext()) for p in content.xpath(outermost, namespaces=ODF_TEXT))
    if suffix == ".pdf":
        return rejoined("\n".join(page.extract_text() or "" for page in pypdf.PdfReader(path).pages))
    if suffix in (".html", ".htm"):
        data = path.read_bytes()
        root = lxml.html.document_fromstring(data, parser=_html_parser(data))
        for element in root.xpath("//script | //style | //head"):
            element.drop_tree()
        return _blocks_apart(root).text_content()
    text = path.read_text(encoding="utf-8-sig")
    if kind_of(path) is Kind.RST:
        return lxml.html.fromstring(f"<div>{_rst_html(text)}</div>").text_content()
    if kind_of(path) is Kind.ASCIIDOC:  # what Asciidoctor's own HTML shows (secure: no other file read)
        html = subprocess.run(["asciidoctor", "--safe-mode", "secure", "--no-header-footer", "--attribute", "showtitle",
                               "--out-file", "-", "-"], input=text, capture_output=True, text=True, check=True).stdout
        return lxml.html.fromstring(f"<div>{html}</div>").text_content()
    if suffix == ".md":  # front matter and a website's template tags are not the document's words
        text = _TEMPLATE_TAG.sub(" ", _FRONT_MATTER.sub("", text, count=1))
        html = markdown.markdown(text, extensions=MARKDOWN_EXTENSIONS)
        page = lxml.html.fromstring(f"<div>{html}</div>")
        for element in page.xpath("//script | //style"):  # the browser's, as a web page's are
            element.drop_tree()
        return page.text_content()
    return text


def _rst_html(text: str) -> str:
    """What docutils' HTML writer shows of reStructuredText (its messages and any other file left out)."""
    settings = {"report_level": 5, "halt_level": 5, "file_insertion_enabled": False, "raw_enabled": False,
                "_disable_config": True, "input_encoding": "unicode"}
    return docutils.core.publish_parts(text, writer="html5", settings_overrides=settings)["html_body"]


def rejoined(text: str) -> str:
    """A PDF's text with each word the typesetter hyphenated at a line's end whole again ("na-" "tionality"
    is "nationality"), as a reader reads it; a compound keeps its hyphen, as the importer keeps it
    (``hyphen_kept``: written so within a line elsewhere, "decision-making"; "harassment-free")."""
    compounds = {word.casefold() for word in re.findall(r"\w+-\w+", text)}
    def joined(match: re.Match) -> str:
        hyphen = "-" if hyphen_kept(match[1], match[2], compounds) else ""
        return f"{match[1]}{hyphen}{match[2]}"
    return _LINE_END_HYPHEN.sub(joined, text)


def _html_parser(data: bytes) -> lxml.html.HTMLParser | None:
    """A page read in the encoding its bytes say, as a browser reads it: the charset it declares (libxml2 misses
    HTML5's ``<meta charset>`` after another ``<meta>``, a Hugo page's), Latin-1 read as Windows-1252, and a page that
    declares none (an HTML fragment, as apps ship them) as UTF-8 when its bytes are that; lxml alone would take Latin-1
    and turn every curly apostrophe into three Latin-1 letters (the RKI notice lost 1.5% of its words to that, not to
    import)."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return None
    declared = re.search(rb"""charset\s*=\s*["']?([\w.:-]+)|<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)""", data[:2048],
                         re.IGNORECASE)
    encoding = (declared[1] or declared[2]).decode("ascii").casefold() if declared else "utf-8"
    encoding = "cp1252" if encoding in ("iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii") else encoding
    try:
        data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return lxml.html.HTMLParser(encoding=encoding)


# What a page shows only without scripts, a breadcrumb trail, a "Skip to main content" link and a cookie banner
# outside the main content, as their markup says
_PAGE_AIDS = ("//noscript | //*[contains(translate(@aria-label, 'BREADCUM', 'breadcum'), 'breadcrumb')]"
              " | //a[starts-with(@href, '#')][starts-with(normalize-space(.), 'Skip to')]"
              " | //*[contains(@id, 'cookie') or contains(@class, 'cookie-banner')][not(ancestor-or-self::main or "
              "ancestor-or-self::article)]")

# The same parts marked the older way, as Sphinx's themes mark them: role="navigation" (a sidebar), role="contentinfo"
# or class="footer" (the credits under the page)
_LANDMARKS = ("//*[@role='navigation'] | //*[@role='contentinfo']{outside}"
              " | //*[contains(concat(' ', normalize-space(@class), ' '), ' footer ')]{outside}")


def without_site_furniture(path: Path, markup: bool = False) -> str:
    """A web page's text less the site's own furniture, as HTML marks it (<header>, <nav>, <footer>, <aside>, its
    controls' labels (<button>), the page aids _PAGE_AIDS finds and, where the page marks its one main content, what
    outside it is only links): the site's name and menu, its footer's credits. Judged by the page's own markup, not by
    the importer."""
    data = path.read_bytes()
    root = lxml.html.document_fromstring(data, parser=_html_parser(data))
    outside = "[not(ancestor::article or ancestor::main)]"  # an article's own header is its text
    for element in root.xpath(f"//script | //style | //head | //header{outside} | //nav | //footer{outside} | //aside"
                              f" | //button | {_PAGE_AIDS} | {_LANDMARKS.format(outside=outside)}"):
        element.drop_tree()
    main = "*[self::main or @role='main']"
    if len(root.xpath(f"//{main}[not(ancestor::{main})]")) == 1:
        for element in root.xpath(f"//body//*[not(descendant-or-self::{main} or ancestor::{main})]"):
            if element.tag in _BLOCK_TAGS and element.getparent() is not None and _only_links(element):
                element.drop_tree()
    _blocks_apart(root)
    return lxml.html.tostring(root, encoding="unicode") if markup else root.text_content()


def _only_links(element) -> bool:
    """Whether all the words of a block of the page are its links' (a theme's sidebar listing the site's pages)."""
    words = element.text_content().split()
    return bool(words) and words == " ".join(a.text_content() for a in element.iter("a")).split()


def _blocks_apart(root):
    """``root`` with a space after each block, as a browser shows them: a minified page's "<p>...holiday</p><p>You
    ..." is "holiday You", not "holidayYou", in text_content()."""
    for element in root.iter(*_BLOCK_TAGS):
        element.tail = " " + (element.tail or "")
    return root


def without_link_contents(path: Path) -> tuple[str, int]:
    """A web page's (its furniture aside), Markdown or reStructuredText file's text less its lists of links to its own
    headings, and how many words they had: a list whose every item is one in-page link ("[Overview](#overview)", the
    list docutils makes for ``.. contents::``), or paragraphs in a row (three at least, or two under a "Contents"
    title) that are each one. Judged on the file's own markup (Python-Markdown's for .md, docutils' for
    reStructuredText), not by the importer."""
    if path.suffix.lower() == ".md":
        source = _TEMPLATE_TAG.sub(" ", _FRONT_MATTER.sub("", path.read_text(encoding="utf-8-sig"), count=1))
        root = lxml.html.fromstring(f"<div>{markdown.markdown(source, extensions=MARKDOWN_EXTENSIONS)}</div>")
    elif kind_of(path) is Kind.RST:
        root = lxml.html.fromstring(f"<div>{_rst_html(path.read_text(encoding='utf-8-sig'))}</div>")
    else:
        root = lxml.html.fromstring(without_site_furniture(path, markup=True))
    def only_a_link(element) -> bool:  # its own words (a sub-list's aside) are those of one in-page link
        links = [a for a in element.iter("a") if a.get("href", "").startswith("#")]
        words = "".join(element.xpath("text() | *[not(self::ul or self::ol)]//text()"))
        return bool(links) and words.split() == links[0].text_content().split()
    set_aside = []
    for listing in root.xpath("//ul[not(ancestor::ul or ancestor::ol)] | //ol[not(ancestor::ul or ancestor::ol)]"):
        if all(only_a_link(item) for item in listing.iter("li")):
            set_aside.append(listing)
    paragraphs = root.xpath("//p")
    run: list = []
    for paragraph in [*paragraphs, None]:
        if paragraph is not None and only_a_link(paragraph) and (not run or run[-1].getnext() is paragraph):
            run.append(paragraph)
            continue
        title = run[0].getprevious() if run else None
        titled = title is not None and _CONTENTS_TITLE.match(title.text_content())
        if len(run) >= (2 if titled else _CONTENTS_RUN):
            set_aside += [title, *run] if titled else run
        run = [paragraph] if paragraph is not None and only_a_link(paragraph) else []
    words = sum(len(WORD.findall(element.text_content())) for element in set_aside)
    for element in set_aside:
        element.drop_tree()
    return root.text_content(), words


def without_furniture(path: Path) -> str:
    """A PDF's text (pypdf) less its page furniture, judged independently of the importer: lines found
    on at least half the pages (numbers aside, even when pypdf runs a page number into the footer's
    words), and lines that are only a page number. Where pypdf
    gives a page one word per line (as it does Google Docs' PDFs), its lines as laid out on the page
    are taken instead: else "the" and "of", found on half the pages, were taken for furniture (the
    bylaws' reference lost half its words). Not always: laid out, some PDFs lose their spaces."""
    pages = [_lines_of(page) for page in pypdf.PdfReader(path).pages]
    def key(line: str) -> str:  # numbers aside, even run into the words ("2Linux Foundation ... Policy")
        return " ".join(re.sub(r"\d+", " ", line).split()).casefold()
    counts: dict[str, int] = {}
    for lines in pages:
        for found in {key(line) for line in lines}:
            counts[found] = counts.get(found, 0) + 1
    kept = [line for lines in pages for line in lines
            if not (len(pages) > 1 and counts[key(line)] >= max(2, len(pages) / 2))  # of two pages: on both
            and not re.fullmatch(r"\s*(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*", line, re.I)]
    return rejoined("\n".join(_without_margin_line_numbers(kept)))


def _without_margin_line_numbers(lines: list[str]) -> list[str]:
    """A draft's lines less the numbers its margin gives each ("319 Secure Zone: ...", which pypdf may give at the
    line's end), where most lines carry a number one more than the last line's: page furniture, as reviewers' line
    numbers are. The judge's own rule, on pypdf's text, so that it does not grade the importer's
    (handbook.importing.pdf_line_numbers) by that rule itself."""
    for number_at in (re.compile(r"^\s*(\d{1,5})\s+(?=\S)"), re.compile(r"(?<=\S)\s+(\d{1,5})\s*$")):
        numbers = [int(match[1]) if (match := number_at.search(line)) else None for line in lines]
        opened = [number for number in numbers if number is not None]
        in_run = sum(1 for before, after in pairwise(opened) if after == before + 1)
        if len(opened) >= max(20, len(lines) / 2) and in_run >= 0.9 * (len(opened) - 1):
            return [number_at.sub("", line) if number is not None else line
                    for line, number in zip(lines, numbers, strict=True)]
    return lines


def without_contents(text: str) -> tuple[str, int]:
    """``text`` less its contents lists, and how many words they had: runs of at least three lines in a
    row that each end in a page number, or a chapter's ("1-1"), after a gap, dotted leaders or a tab (an entry
    of a run may wrap onto a second line, which ends in it), or in dotted leaders alone (a PDF's page numbers, on
    lines of their own, go with its page furniture), the pages never going down, with a "Contents" line just
    above. Judged on the reference text, not by the importer."""
    lines = _leaders_rejoined(text.split("\n"))
    kept: list[str] = []
    set_aside = 0
    index = 0
    while index < len(lines):
        end, pages = index, []
        while end < len(lines):
            # an entry may wrap onto a second line, which ends in its page number
            wrapped = 2 if pages and end + 1 < len(lines) and not _CONTENTS_LINE.match(lines[end]) and (
                _WRAPPED_END.match(lines[end + 1])) else 1
            entry = _CONTENTS_LINE.match(" ".join(lines[end : end + wrapped]))
            page = _page_number(entry["page"]) if entry else None
            if not entry and _ENDS_IN_LEADERS.search(lines[end]):  # its page number went with the page furniture
                page = pages[-1] if pages else (0,)
            if not (page and (not pages or page >= pages[-1])):
                break
            pages.append(page)
            end += wrapped
        if end - index >= _CONTENTS_RUN:
            if kept and _CONTENTS_TITLE.match(kept[-1]):
                set_aside += len(WORD.findall(kept.pop()))
            set_aside += sum(len(WORD.findall(line)) for line in lines[index:end])
            index = end
            continue
        kept.append(lines[index])
        index += 1
    return "\n".join(kept), set_aside


def _leaders_rejoined(lines: list[str]) -> list[str]:
    """``lines`` with each contents entry that pypdf split into its words, lines of dotted leaders and its page
    number ("3.1 Naming", "......", ".....", "19") as one line, as the page shows it."""
    rejoined: list[str] = []
    for line in lines:
        if rejoined and (_LEADERS_ONLY.match(line) or (
                (_PAGE_ONLY.match(line) or _DOTS_ONLY.match(line)) and _ENDS_IN_LEADERS.search(rejoined[-1]))):
            rejoined[-1] = f"{rejoined[-1].rstrip()} {line.strip()}"
        else:
            rejoined.append(line)
    return rejoined


def _page_number(page: str) -> tuple[int, ...] | None:
    """A contents entry's page as it orders: "12" -> (12,), "3-4" (chapter 3, its page 4) -> (3, 4); None for a
    Roman page ("iv"), which front matter has and a contents list of the text does not."""
    return tuple(map(int, page.split("-"))) if page.replace("-", "").isdigit() else None


def numbered_lines(text: str) -> dict[str, int]:
    """How many lines of ``text`` start with each kind of numbering (``_NUMBERED_LINE``): what a reader of
    the document sees numbered, to set beside the anchors import made. Lists count too, so the two need
    not be equal; a document with many numbered lines and no anchors is one to look at."""
    counts = dict.fromkeys(_NUMBERED_LINE, 0)
    for line in text.split("\n"):
        kind = next((kind for kind, pattern in _NUMBERED_LINE.items() if pattern.match(line.strip())), None)
        if kind:
            counts[kind] += 1
    return counts


def _lines_of(page: pypdf.PageObject) -> list[str]:
    lines = [line for line in (page.extract_text() or "").splitlines() if line.strip()]
    if lines and sum(len(line.split()) for line in lines) < 1.5 * len(lines):
        return (page.extract_text(extraction_mode="layout") or "").splitlines()
    return lines


def page_words(policy_file: Path) -> tuple[list[str], list[str]]:
    """The imported page's words, and apart those of the Notes section the importer moves a PDF's
    footnotes to (each line "<sup>5</sup> ..."): the document prints them at the foot of each page."""
    lines = policy_file.read_text().split("\n")
    # The page shows a clause's number before its text (handbook.pages.policy_pages); Markdown alone
    # would take a clause "1. ..." for a list item and drop the number, or join it to a list above
    with contextlib.suppress(PolicySourceError):
        for clause in parse_policy_file(policy_file).clauses:
            lines[clause.line - 1] = re.sub(r"^(\d+)\.", r"\1\\.", lines[clause.line - 1])
    body = "\n".join(lines).split("---\n", 2)[2]
    before, _, notes = body.rpartition("\n## Notes\n")
    if before and all(line.startswith("<sup>") for line in notes.split("\n") if line.strip()):
        return _words_of(before), _words_of(notes)
    return _words_of(body), []


def _words_of(body: str) -> list[str]:
    page = lxml.html.fromstring(f"<div>{markdown.markdown(body, extensions=['tables', 'attr_list'])}</div>")
    for line_break in page.iter("br"):  # a table cell's lines ("Purpose: ...<br>Originator: ...") are apart
        line_break.tail = " " + (line_break.tail or "")
    for ordered in page.iter("ol"):  # a numbered list's numbers are on the page, though not in its text
        for number, item in enumerate(ordered.findall("li"), start=int(ordered.get("start", "1"))):
            item.text = f"{number}. {item.text or ''}"
    return [w.casefold() for w in WORD.findall(page.text_content())]


def kept_in_order(reference: list[str], imported: tuple[list[str], list[str]]) -> float:
    """The share of ``reference`` found in order in the page's text; of what is not, what is found
    in order in its Notes section (footnotes: see ``page_words``) counts too."""
    text, notes = imported
    matcher = difflib.SequenceMatcher(None, reference, text, autojunk=False)
    matched = matcher.get_matching_blocks()
    in_text = {index for block in matched for index in range(block.a, block.a + block.size)}
    rest = [word for index, word in enumerate(reference) if index not in in_text]
    in_notes = difflib.SequenceMatcher(None, rest, notes, autojunk=False).get_matching_blocks() if notes else []
    return (len(in_text) + sum(block.size for block in in_notes)) / max(1, len(reference))


def run_together_apart(reference: list[str], text: list[str]) -> list[str]:
    """A PDF's ``reference`` with each word that is two words of ``text`` run together ("betweendatacite", where the
    page has "between DataCite") as those two: pypdf joins the last word of a line to the next line's first in PDFs
    that place each line with no break between them (Google Docs' DataCite terms, FedRAMP's procedure). Only a pair
    the page has side by side is split, so a word the importer lost is still missed."""
    known = set(text)
    pairs = {first + second: (first, second) for first, second in pairwise(text)}
    return [part for word in reference
            for part in (pairs[word] if word not in known and word in pairs else (word,))]


def words_added(reference: list[str], imported: tuple[list[str], list[str]]) -> int:
    """How many words of the page's text are not the document's, in order: markup shown as text
    (reStructuredText's ":term:", a link's target line) where the reference is what a reader sees."""
    matcher = difflib.SequenceMatcher(None, reference, imported[0], autojunk=False)
    return len(imported[0]) - sum(block.size for block in matcher.get_matching_blocks())


def corpus_rows(readme: Path) -> list[dict[str, str]]:
    """The rows of every table in README.md and its README_*.md companions (each table has its header)."""
    rows: list[dict[str, str]] = []
    for path in [readme, *sorted(readme.parent.glob("README_*.md"))]:
        header: list[str] = []
        for line in path.read_text().splitlines():
            if not line.startswith("|"):
                continue
            cells = [cell.strip() for cell in re.split(r"(?<!\\)\|", line.strip().strip("|"))]  # ("\|": a cell's own)
            if cells[0] == "slug":
                header = cells if "set" in cells else []  # a table of results, not of documents, has no set
            elif header and not set(cells[0]) <= set("-: "):
                rows.append({**dict(zip(header, cells, strict=False)), "readme": path.name})
    return rows


def built(policy_src: Path) -> tuple[bool, str]:
    with tempfile.TemporaryDirectory() as site:
        run = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", site], cwd=REPO, capture_output=True,
            text=True, env={**os.environ, "HANDBOOK_POLICY_SRC": str(policy_src)}, timeout=600,
        )
    return run.returncode == 0, (run.stderr.strip().splitlines() or [""])[-1][:200]


def headings_found(policy_file: Path, expected_file: Path) -> str:
    if not expected_file.exists():
        return "-"
    def names(text: str) -> list[str]:
        return [" ".join(WORD.findall(m.casefold())) for m in re.findall(r"^#{2,6}\s+(.+)$", text, re.M)]
    expected, got = names(expected_file.read_text()), set(names(policy_file.read_text().split("---\n", 2)[2]))
    return f"{sum(1 for h in expected if h in got)}/{len(expected)}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", type=Path)
    parser.add_argument("--set", default="all",
                        choices=["tuning", "held_out", "held_out_4", "held_out_5", "held_out_6", "held_out_7",
                                 "held_out_8", "held_out_9", "held_out_10", "held_out_11", "held_out_12", "held_out_13",
                                 "held_out_14", "held_out_15", "held_out_16", "held_out_17", "held_out_18",
                                 "held_out_19", "held_out_20", "held_out_21", "held_out_22", "held_out_23",
                                 "held_out_24", "held_out_25", "held_out_26", "held_out_27",
                                 "held_out_28", "held_out_29", "held_out_30", "held_out_31", "held_out_32",
                                 "held_out_33", "held_out_34", "held_out_35", "held_out_36", "held_out_37",
                                 "held_out_38", "held_out_39", "held_out_40",
                                 "held_out_41", "held_out_42", "held_out_43", "held_out_44", "held_out_45",
                                 "held_out_46", "held_out_47", "held_out_48", "held_out_49",
                                 "held_out_50", "held_out_51", "held_out_52",
                                 "held_out_53", "held_out_54",
                                 "held_out_55", "held_out_56",
                                 "held_out_57", "held_out_58",
                                 "held_out_59", "held_out_60",
                                 "held_out_61", "held_out_62", "held_out_63", "held_out_64",
                                 "held_out_65", "held_out_66", "held_out_67", "held_out_68",
                                 "held_out_69", "held_out_70", "held_out_71", "held_out_72",
                                 "held_out_73", "held_out_74", "held_out_75", "held_out_76",
                                 "held_out_77", "held_out_78", "held_out_79", "held_out_80",
                                 "held_out_82", "held_out_83", "held_out_84",
                                 "held_out_85", "held_out_86", "held_out_87", "held_out_88",
                                 "held_out_89", "held_out_90", "held_out_91", "held_out_92",
                                 "held_out_93", "held_out_94", "held_out_95", "held_out_96",
                                 "held_out_97", "held_out_98", "held_out_99", "held_out_100",
                                 "held_out_101", "held_out_102", "held_out_103", "held_out_104",
                                 "held_out_105", "held_out_106", "held_out_107", "held_out_108",
                                 "held_out_109", "held_out_110", "held_out_111", "held_out_112",
                                 "held_out_113", "held_out_114", "held_out_115", "held_out_116",
                                 "held_out_117", "held_out_118", "held_out_119", "held_out_120",
                                 "held_out_121", "held_out_122", "held_out_123", "held_out_124",
                                 "held_out_125", "held_out_126", "held_out_127", "held_out_128",
                                 "held_out_129", "held_out_130", "held_out_131", "held_out_133",
                                 "held_out_134", "held_out_135", "held_out_136", "held_out_137", "held_out_138",
                                 "held_out_139", "held_out_140", "held_out_141", "held_out_142",
                                 "held_out_143", "held_out_144", "held_out_146",
                                 "held_out_147", "held_out_148", "held_out_149",
                                 "held_out_150", "held_out_152", "held_out_153", "all"],
                        help="the README's set column: held_out is held-out sets 1-3, held_out_4 to held_out_153 "
                             "are sets 4 to 153 (no set 81, 132, 145 or 151), each alone")
    parser.add_argument("--build", action="store_true", help="also run mkdocs build --strict on each (slow)")
    parser.add_argument("--only", help="comma-separated slugs, or a README file name (README_extra.md)")
    arguments = parser.parse_args()
    corpus = arguments.corpus or next(
        p for p in (REPO / "tests/fixtures/real_policies", Path("/work/corpus/policies")) if p.is_dir()
    )
    readme = corpus / "README.md" if (corpus / "README.md").exists() else corpus.parent / "README.md"
    rows = [r for r in corpus_rows(readme) if arguments.set in ("all", r.get("set"))]
    if arguments.only:
        wanted = set(arguments.only.split(","))
        rows = [r for r in rows if r["slug"] in wanted or r["readme"] in wanted]
    totals = {"imported": 0, "checked": 0, "built": 0}
    for row in rows:
        slug = row["slug"]
        source = next(p for p in corpus.iterdir() if p.stem == slug and p.suffix != ".license")
        policy_id = slug[:MAX_POLICY_ID_LENGTH].rstrip("-")  # as a person would choose one: within an id's length
        with tempfile.TemporaryDirectory() as folder:
            policy_src = Path(folder) / "policy_src"
            started = time.perf_counter()
            try:
                result = import_policy(source, policy_id, policy_src)
            except PolicyImportError as refusal:
                print(f"\n{slug} [{row.get('set')}] {source.suffix}: REFUSED: {refusal}")
                continue
            seconds = time.perf_counter() - started
            totals["imported"] += 1
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()) as errors:
                checked = handbook(["check", str(policy_src), "--strict"]) == 0
            totals["checked"] += checked
            build = ""
            if arguments.build:
                ok, message = built(policy_src)
                totals["built"] += ok
                build = f", mkdocs build --strict {'passes' if ok else 'FAILS: ' + message}"
            reference = [w.casefold() for w in WORD.findall(reference_text(source))]
            imported = page_words(result.path)
            pdf = source.suffix.lower() == ".pdf"
            if pdf:
                reference = run_together_apart(reference, imported[0])
            share = kept_in_order(reference, imported)
            html = source.suffix.lower() in (".html", ".htm")
            linked, link_contents = (without_link_contents(source) if html or source.suffix.lower() == ".md"
                                     or kind_of(source) is Kind.RST else (reference_text(source), 0))
            text, contents = without_contents(without_furniture(source) if pdf else linked)
            contents += link_contents
            share_aside = ""
            if pdf or html or contents:
                aside = [w.casefold() for w in WORD.findall(text)]
                aside = run_together_apart(aside, imported[0]) if pdf else aside
                what = "furniture and contents" if pdf or html else "contents"
                share_aside = (f" ({kept_in_order(aside, imported):.1%} of {len(aside)} {what} aside; "
                               f"{contents} words of contents set aside)")
            if kind_of(source) in (Kind.RST, Kind.ASCIIDOC):
                reader = "docutils'" if kind_of(source) is Kind.RST else "Asciidoctor's"
                share_aside += f"; {words_added(reference, imported)} words on the page not in {reader} text"
            seen = numbered_lines(text)
            anchors = "-"
            if checked:
                policy = load_handbook(policy_src).policy(policy_id)
                anchors = f"{len(policy.clauses)} clauses, {len(policy.numbered_sections)} numbered headings"
            anchors += (f" (numbered lines in the text: {sum(seen.values())}"
                        + "".join(f", {count} {kind}" for kind, count in seen.items() if count) + ")")
            print(f"\n{slug} [{row.get('set')}] {source.suffix}: imported in {seconds:.2f} s; check --strict "
                  f"{'passes' if checked else 'FAILS: ' + errors.getvalue().strip()[:300]}{build}")
            headings = headings_found(result.path, corpus.parent / "headings" / f"{slug}.md")
            print(f"  words kept in order {share:.1%} of {len(reference)}{share_aside}; headings {headings}; "
                  f"numbers as anchors: {anchors}")
            for note in result.notes:
                if note.startswith("front matter") and "not stated" not in note:
                    print(f"  {note}")
    count = len(rows)
    print(f"\n{arguments.set}: {count} documents; imported {totals['imported']}, check --strict passes "
          f"{totals['checked']}" + (f", mkdocs build --strict passes {totals['built']}" if arguments.build else ""))


if __name__ == "__main__":
    main()
