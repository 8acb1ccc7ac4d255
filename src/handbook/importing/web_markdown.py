"""Markdown as websites keep it, made ready for the text reader: what only the website understood
is taken out and reported, line numbers kept (each removed line left blank).

- Front matter, as static-site generators write it at the top (handbook.importing.site_settings): its ``title`` is
  the document's own, a stated fact, as is a copyright notice in a comment (there, or an HTML comment's, as
  a licence header); the rest is the website's settings.
- Template placeholders (``<%= current_page.data.title %>``, ``{{ page.title }}``): a line made
  only of one is left out, as its words are not the policy's.
- HTML comments (notes to the site's editors, not shown on its pages), and HTML written inside the Markdown: a link
  (``<a href>``) becomes a Markdown link, a line that is one heading (``<h3>FROM: ...</h3>``) a heading of its level,
  other elements their words (read with lxml.html); the handbook's policy text holds no HTML beyond <br>, <abbr>,
  <sup> and <sub>. An anchor (``<a name="Footnote_1">``, ``<a id>``: a heading's, or a footnote's mark inside
  ``<sup>``; any element's id, as pandoc writes a Word bookmark: ``<span id="_Toc4521" class="anchor"></span>``) names
  the heading or paragraph it is on or above, for the file's own links (``anchored``). HTML typed in a code span, one
  wrapped over lines too, is shown as typed.
- Pandoc's raw HTML blocks (a fence opened ```` ```{=html} ````): the fence is pandoc's, not the text's; one
  holding only a comment (pandoc writes ``<!-- -->`` to keep two lists apart) is left out, and the HTML of
  any other is read as the rest of the Markdown's HTML.
- A table written in HTML over several lines (a version history's ``<table>``, one ``<td>`` to a
  line) becomes a Markdown table on those lines, so a cell such as ``<td>1.0`` is not read as a
  clause's number; one written on too few lines to hold its rows keeps its words, cell by cell.
- A template expression inside a line (``**{{ "${:,}".format(member_hourly_wage) }} / hour**``) is kept as typed
  and reported: the website filled in a value the document does not hold.
- Boxes as Docusaurus, MyST, pandoc and MkDocs sites write them (``:::note`` ... ``:::``, ``!!! info "Title"``):
  quotations opened by their kind or title in bold (handbook.importing.note_boxes), reported.
- Docusaurus's MDX blocks (a fence opened ```` ```mdx-code-block ````: imports and components the site runs, such as
  another file's text included): the words are not in this file, so the block is left out and reported.
- MyST's targets (``(wages)=`` over a heading) name the heading for the file's own links: kept as its anchor.
- Strikethrough (``~~Playbook~~``, as GitBook writes a link not yet live): the handbook's Markdown has none, so
  the marks would show; the words are kept without them, reported.
- Links to other pages of the website (``incident-response.md``, ``/guidance.html``) and images:
  the handbook cannot follow them, so their words are kept and each is reported.
"""

from __future__ import annotations

import bisect
import html
import re
from collections import defaultdict, deque
from collections.abc import Iterator
from dataclasses import replace

import lxml.html
from markdown.blockprocessors import ReferenceProcessor

from ..markdown_extensions.sanitiser import RAW_HTML, RAW_HTML_ELEMENTS
from ..source.syntax import CODE_FENCE
from .copyright_comments import copyright_comment
from .document import Block, Paragraph
from .layout import INTERNAL_LINK
from .note_boxes import note_boxes
from .site_settings import site_settings
from .sniffing import TEMPLATE_TAG
from .word_reader import LINK_SCHEMES

# An attribute list after a heading's words, as kramdown, Pandoc and Python-Markdown write a heading's id:
# "### Code {#code}", "## Scope {: #scope .wide}"
_HEADING_ATTRIBUTES = re.compile(r"^(?P<heading>#{1,6}\s.*?)\s*\{:?\s*(?P<attributes>(?:[#.][\w-]+|[\w-]+=\S+)"
                                 r"(?:\s+(?:[#.][\w-]+|[\w-]+=\S+))*)\s*\}\s*$")
# kramdown's attribute list on a link or a span ("[found here](https://...){: aria-label=\"...\"}") or on a line of
# its own under a block ("{: .note}"): the website's presentation, which the handbook's Markdown does not take
_SPAN_ATTRIBUTES = re.compile(r"(?<=[)\]*_`])\{:[^{}\n]*\}|^\s*\{:[^{}\n]*\}\s*$")
# A heading's marks with no space before its words ("#Customer promise", "##After you book"), which Python-Markdown
# reads as a heading; words that start with a capital and run on, not a hashtag ("#CollabW21")
_UNSPACED_HEADING = re.compile(r"^(?P<marks>#{1,6})(?=[A-Z][^\n]*\s\S)")
_LINE_PLACE = re.compile(r"^line (\d+)")
_CODE_SPAN = re.compile(r"`[^`]*`")
_BACKTICKS = re.compile(r"`+")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
_KEPT_TAGS = set(RAW_HTML_ELEMENTS)  # what policy text may hold
_HEADING_LEVELS = {f"h{level}": level for level in range(1, 7)}
# Elements whose words stand apart from the next element's: a table's cells ("Summary" | "These guidelines ...")
_BLOCK_TAGS = {"p", "div", "td", "th", "tr", "li", "table", "tbody", "thead", "ul", "ol", "h1", "h2", "h3", "h4",
               "h5", "h6", "blockquote", "dd", "dt"}
_RAW_HTML_FENCE = re.compile(r"^\s*(?P<fence>```|~~~)\s*\{=html\}\s*$", re.IGNORECASE)
_STRUCK = re.compile(r"(?<!~)~~(?=\S)(?P<words>[^~\n]*?\S)~~(?!~)")
_TABLE_START = re.compile(r"^\s*<table\b", re.IGNORECASE)
_SCRIPT = re.compile(r"^\s*<(?P<tag>script|style)\b", re.IGNORECASE)
_MDX_BLOCK = re.compile(r"^\s*(?P<fence>```|~~~)\s*mdx-code-block\s*$")
_STYLE_SHEET_LINK = re.compile(r"^\s*<(?P<tag>link)\b[^>]*>\s*$", re.IGNORECASE)
_FOOTNOTE = re.compile(r"\[\^([^\]\s]{1,20})\](?!:)")
_FOOTNOTE_DEFINITION = re.compile(r"^\[\^([^\]\s]{1,20})\]:")
# A use of a reference-style link ("[the Council][cfc]", "[cfc][]" or "[cfc]", not an inline link's words); its
# definition ("[cfc]: ../bylaws/4-cf-council.md") is read as Python-Markdown reads one (ReferenceProcessor.RE)
_REFERENCE_USE = re.compile(r"(?<![\]\\])\[(?P<words>(?:\\.|[^\[\]\n\\])+)\](?:\[(?P<label>[^\]\n]*)\]|(?![(:\[]))")
_MYST_TARGET = re.compile(r"^\((?P<label>[\w.-]+)\)=\s*$")
# mkdocs-autorefs' anchor on a line of its own, naming what is below it: "[](){#ref-policies-user-regulations}"
_AUTOREFS_ANCHOR = re.compile(r"^\[\]\(\)\{\s*#(?P<label>[\w.-]+)\s*\}\s*$")
# A line made only of a template tag: "{{ page.title }}", "## {% block title %}"
_TEMPLATE_LINE = re.compile(rf"^\s*(?:#{{1,6}}\s+)?(?:{TEMPLATE_TAG.pattern})\s*$")
# An inline link or image: ![alt](address "title") / [words](address)
# (the words may hold brackets escaped, as a footnote's number is written: "[\\[1\\]](#footnote-1)", and run
# over several lines of one paragraph, as pandoc and hard-wrapping editors write them; a blank line ends them; and
# hold words in brackets, as a screenshot's description quotes "[person]", but never an image: a badge's link is read
# from its image inward)
_LINK = re.compile(r"(?P<image>!?)\[(?P<words>(?:\\.|(?<!!)\[[^\[\]\n]*\]|[^\[\]\n\\]|\n(?![ \t]*\n))*)\]"
                   r"\((?P<address><[^>\n]*>|[^)\s]*)(?:\s+\"[^\"\n]*\")?\)")


def prepared(text: str) -> tuple[str, dict[str, str], list[str], dict[int, tuple[str, ...]]]:
    """The text to read, the document's stated properties ({"title": ...}), what was changed, and the raw
    anchors (``<a id="overview"></a>``, the names its own links use) by the line (from 1) they are on."""
    lines = text.splitlines()
    notes: list[str] = []
    anchors: dict[int, tuple[str, ...]] = {}
    properties = site_settings(lines, notes)
    properties = copyright_comment(_without_comments(lines, notes)) | properties
    _without_scripts(lines, notes)
    note_boxes(lines, notes)
    _raw_html_fences(lines, notes)
    _html_tables(lines, notes)
    fenced, line_notes = False, len(notes)
    outside_code = _without_code_spans(lines)
    for index, line in enumerate(lines):
        if CODE_FENCE.match(line):
            fenced = not fenced
        if not fenced and (unspaced := _UNSPACED_HEADING.match(line)):
            lines[index] = line = f"{unspaced['marks']} {line[unspaced.end():]}"
            notes.append(f"line {index + 1}: '{line.strip()[:60]}' is read as a heading, as Python-Markdown reads "
                         "its marks with no space after them")
        if not fenced and (attributes := _SPAN_ATTRIBUTES.search(outside_code[index])):
            lines[index] = line = _SPAN_ATTRIBUTES.sub("", line).rstrip()
            notes.append(f"line {index + 1}: the attribute list '{attributes[0].strip()[:60]}' is the website's "
                         "presentation; left out")
        if not fenced and (attributed := _HEADING_ATTRIBUTES.match(line)):  # its id is the anchor links use
            lines[index] = line = attributed["heading"]
            if ids := tuple(token[1:] for token in attributed["attributes"].split() if token.startswith("#")):
                anchors[index + 1] = anchors.get(index + 1, ()) + ids
        if not fenced and _HTML_TAG.search(outside_code[index]):
            lines[index], named = _html_as_markdown(line, index + 1, notes)
            if named:  # a heading's line opening with its anchor starts where its words do
                anchors[index + 1] = named
                lines[index] = lines[index].lstrip() if line == line.lstrip() else lines[index]
            line = lines[index]
        if not fenced and (_FOOTNOTE.search(line) or _FOOTNOTE_DEFINITION.match(line)):  # the handbook has none
            lines[index] = _FOOTNOTE_DEFINITION.sub(r"<sup>\1</sup>", _FOOTNOTE.sub(r"<sup>\1</sup>", line))
            notes.append(f"line {index + 1}: a footnote mark [^...] is written as a raised number (<sup>)")
            line = lines[index]
        if not fenced and _STRUCK.search(_CODE_SPAN.sub("", line)) and not _CODE_SPAN.search(line):
            # (bold runs the marks kept apart, "**|**~~**Playbook**~~", join: "**|Playbook**")
            lines[index] = line = re.sub(r"(?<=\S)\*{4}(?=\S)", "", _STRUCK.sub(r"\g<words>", line))
            notes.append(f"line {index + 1}: words struck through (~~...~~) are kept without the marks, as the "
                         "handbook shows no strikethrough; delete them if they are no longer the policy's")
        if _TEMPLATE_LINE.match(line):
            notes.append(f"line {index + 1}: '{line.strip()[:60]}' is a placeholder of the website's templates; "
                         "left out")
            lines[index] = ""
        elif not fenced and (expression := TEMPLATE_TAG.search(_CODE_SPAN.sub("", line))):
            notes.append(f"line {index + 1}: '{expression[0][:60]}' is filled in by the website's templates when it "
                         "builds the page; kept as typed: write the value it stands for")
        if not fenced and (target := _MYST_TARGET.match(line) or _AUTOREFS_ANCHOR.match(line)):
            anchors[index + 1] = (*anchors.get(index + 1, ()), target["label"])
            lines[index] = ""
            kind = "a MyST target" if target.re is _MYST_TARGET else "an autorefs anchor"
            notes.append(f"line {index + 1}: '{line.strip()}' ({kind}) names the heading below it, and is "
                         "kept as its address")
    _references(lines, notes)
    text = "\n".join(lines)  # whole, as a link's words may run over several lines; their line breaks are kept
    text = _LINK.sub(lambda m: _link(m, text.count("\n", 0, m.start()) + 1, notes), text)
    notes[line_notes:] = sorted(notes[line_notes:], key=lambda note: int(_LINE_PLACE.match(note)[1]))  # file order
    return text, properties, notes, anchors


def _without_code_spans(lines: list[str]) -> list[str]:
    """Each line with what code spans hold on it blanked, a span wrapped over lines included: HTML typed in
    one ("`<<Software name>>`") is shown as typed, not read as HTML. Fenced code is left out (blank), as its lines
    are read as code whatever their backticks."""
    fenced, prose = False, []
    for line in lines:
        fence = bool(CODE_FENCE.match(line))
        fenced ^= fence
        prose.append("" if fence or fenced else line)
    text, parts, start = "\n".join(prose), [], 0
    for span_start, span_end in _code_spans(text):
        parts += [text[start:span_start], re.sub(r"[^\n]", " ", text[span_start:span_end])]
        start = span_end
    return "".join([*parts, text[start:]]).split("\n")


def _code_spans(text: str) -> Iterator[tuple[int, int]]:
    """Where the code spans of ``text`` are, as Markdown pairs backticks: a run of them opens one, which the next
    run as long in the same paragraph closes ("`<<Software name>> is to be dedicated`" / "... waived.`", wrapped
    over two lines). In one pass, however many runs find no partner."""
    breaks = [blank.start() for blank in _BLANK_LINE.finditer(text)]
    runs = [(run.start(), run.end(), (bisect.bisect_right(breaks, run.start()), len(run[0])))
            for run in _BACKTICKS.finditer(text)]
    alike: dict[tuple[int, int], deque[int]] = defaultdict(deque)  # (paragraph, length) -> the runs' indexes
    for index, (_, _, key) in enumerate(runs):
        alike[key].append(index)
    index = 0
    while index < len(runs):
        start, _, key = runs[index]
        later = alike[key]
        while later and later[0] <= index:
            later.popleft()
        if later:
            closing = later.popleft()
            yield start, runs[closing][1]
            index = closing + 1
        else:
            index += 1


def _references(lines: list[str], notes: list[str]) -> None:
    """Each reference-style link (``[Council][cfc]``, ``[cfc][]``, ``[cfc]``) written inline with the address its
    definition gives (``[cfc]: ../bylaws/4-cf-council.md``), and the definitions left out: each link is then kept,
    or its words kept, as an inline link to that address would be."""
    fenced, definitions = False, {}
    for index, line in enumerate(lines):
        if CODE_FENCE.match(line):
            fenced = not fenced
        elif not fenced and (definition := ReferenceProcessor.RE.match(line)):
            definitions.setdefault(_label(definition[1]), (definition[2], index, definition[1]))
    if not definitions:
        return
    for _address, index, written in definitions.values():
        lines[index] = ""
        notes.append(f"line {index + 1}: the link definition [{written}] is written into each link that uses it")

    def inline(match: re.Match) -> str:
        label = _label(match["label"] or match["words"])
        if label not in definitions:
            return match[0]
        return f"[{match['words']}]({definitions[label][0]})"

    fenced = False
    for index, line in enumerate(lines):
        if CODE_FENCE.match(line):
            fenced = not fenced
        elif not fenced and "[" in line:
            spans = [(m.start(), m.end()) for m in _CODE_SPAN.finditer(line)] + [(len(line), len(line))]
            parts, start = [], 0
            for code_start, code_end in spans:  # links outside code spans only
                parts += [_REFERENCE_USE.sub(inline, line[start:code_start]), line[code_start:code_end]]
                start = code_end
            lines[index] = "".join(parts)


def _label(label: str) -> str:
    """A link label as Markdown matches them: case and runs of white space aside."""
    return " ".join(label.split()).casefold()


def anchored(blocks: list[Block], anchors: dict[int, tuple[str, ...]]) -> list[Block]:
    """The blocks with the raw anchors the file set on or above their lines: each names, for the file's
    own links, the heading or paragraph that follows it ("<a id="ospo"></a>" over "Open Source Program Office")."""
    result = list(blocks)
    for line, names in sorted(anchors.items()):
        index = next((i for i, block in enumerate(result) if isinstance(block, Paragraph)
                      and (at := _LINE_PLACE.match(block.place)) and int(at[1]) >= line), None)
        if index is not None:
            result[index] = replace(result[index], anchors=result[index].anchors + names)
    return result


def _without_comments(lines: list[str], notes: list[str]) -> list[str]:
    """Each HTML comment taken out of ``lines`` (its lines blanked) and reported; their text."""
    comments: list[str] = []
    start = None
    for index, line in enumerate(lines):
        if start is None and "<!--" in line:
            start = index
        if start is not None and "-->" in line[line.find("<!--") + 4 if index == start else 0:]:
            comments.append("\n".join(lines[start:index + 1]).split("<!--", 1)[1].rsplit("-->", 1)[0])
            if start == index:
                lines[index] = re.sub(r"<!--.*?-->", "", line)
            else:
                lines[start] = lines[start][: lines[start].find("<!--")]
                lines[start + 1 : index] = [""] * (index - start - 1)
                lines[index] = line[line.find("-->") + 3 :]
            span = f"line {start + 1}" if start == index else f"lines {start + 1}-{index + 1}"
            notes.append(f"{span}: an HTML comment (a note to the website's editors, not shown) was left out")
            start = None
    return comments


def _without_scripts(lines: list[str], notes: list[str]) -> None:
    """Each script and style sheet the Markdown holds for the browser blanked and reported: a ``<script>`` or
    ``<style>`` element over its lines (DataTables' set-up under a user manual's table), a ``<link>`` line, a Docusaurus
    MDX block (``import SavnerDuNoe from '/common/_savner_du_noe.mdx';`` and ``<SavnerDuNoe />``); not one a code block
    shows."""
    fenced, index = False, 0
    while index < len(lines):
        if not fenced and (mdx := _MDX_BLOCK.match(lines[index])) and (end := next((
                at for at in range(index + 1, len(lines)) if lines[at].strip() == mdx["fence"]), None)):
            notes.append(f"lines {index + 1}-{end + 1}: an MDX block the site runs (imports and components, such as "
                         "another file's text included) is left out: its words are not in this file")
            lines[index:end + 1] = [""] * (end + 1 - index)
            index = end + 1
            continue
        if CODE_FENCE.match(lines[index]):
            fenced = not fenced
        opening = None if fenced else _SCRIPT.match(lines[index]) or _STYLE_SHEET_LINK.match(lines[index])
        # a <script> or <style> runs to its closing tag; a <link> is its one line
        closing = f"</{opening['tag'].casefold()}>" if opening and opening["tag"].casefold() != "link" else ">"
        end = next((i for i in range(index, len(lines)) if closing in lines[i].casefold()), None) if opening else None
        if end is None:
            index += 1
            continue
        lines[index:end] = [""] * (end - index)
        lines[end] = lines[end][lines[end].casefold().find(closing) + len(closing):].strip()
        span = f"line {index + 1}" if end == index else f"lines {index + 1}-{end + 1}"
        notes.append(f"{span}: a <{opening['tag'].casefold()}> (the website's, for the browser: not the policy's "
                     "words) was left out")
        index = end + 1


def _raw_html_fences(lines: list[str], notes: list[str]) -> None:
    """Each pandoc raw HTML block's fence lines blanked, and the block too where it holds nothing (its comment
    taken out already)."""
    index = 0
    while index < len(lines):
        opening = _RAW_HTML_FENCE.match(lines[index])
        end = next((i for i in range(index + 1, len(lines)) if lines[i].strip() == opening["fence"]),
                   None) if opening else None
        if end is None:
            index += 1
            continue
        if any(line.strip() for line in lines[index + 1:end]):
            lines[index] = lines[end] = ""
            notes.append(f"lines {index + 1}-{end + 1}: pandoc's raw HTML block ({opening['fence']}{{=html}}) was read "
                         "as the Markdown's other HTML")
        else:
            lines[index:end + 1] = [""] * (end + 1 - index)
            notes.append(f"lines {index + 1}-{end + 1}: pandoc's raw HTML block ({opening['fence']}{{=html}}), "
                         "empty but for a comment, was left out")
        index = end + 1


def _html_tables(lines: list[str], notes: list[str]) -> None:
    """Each HTML table that opens a line outside code, written as a Markdown table on its own lines."""
    fenced, start = False, None
    for index, line in enumerate(lines):
        if CODE_FENCE.match(line):
            fenced = not fenced
        if fenced:
            continue
        if start is None and _TABLE_START.match(line):
            start = index
        if start is not None and "</table>" in line.casefold():
            rows = _table_rows("\n".join(lines[start : index + 1]))
            if rows and len(rows) + 1 <= index + 1 - start:
                width = max(len(row) for row in rows)
                written = [_table_line(row + ("",) * (width - len(row))) for row in rows]
                written.insert(1, _table_line(("---",) * width))
                lines[start : index + 1] = written + [""] * (index + 1 - start - len(written))
                notes.append(f"lines {start + 1}-{index + 1}: an HTML table in the Markdown was written as a Markdown "
                             "table")
            start = None


def _table_rows(html: str) -> list[tuple[str, ...]]:
    """The rows of an HTML table, each cell's words as Markdown (nested tables' rows are not the table's)."""
    table = lxml.html.fragment_fromstring(html, create_parent="div").find(".//table")
    if table is None or table.find(".//table") is not None:
        return []
    rows = []
    for row in table.iter("tr"):
        cells = [" ".join(_element_markdown(cell, with_tail=False).split()).replace("|", "\\|")
                 for cell in row if cell.tag in ("td", "th")]
        if any(cells):
            rows.append(tuple(cells))
    return rows


def _table_line(cells: tuple[str, ...]) -> str:
    return "| " + " | ".join(cells) + " |"


def _html_as_markdown(line: str, number: int, notes: list[str]) -> tuple[str, tuple[str, ...]]:
    """A line holding HTML elements, with each written as Markdown: a link as a link, the rest as words;
    and the names of the anchors on it (places links lead to: ``_anchor_name``)."""
    parts = lxml.html.fragments_fromstring(line)
    written = "".join(_element_markdown(part) if not isinstance(part, str) else part for part in parts)
    if len(parts) == 1 and not isinstance(parts[0], str) and parts[0].tag in _HEADING_LEVELS:
        written = f"{'#' * _HEADING_LEVELS[parts[0].tag]} {' '.join(written.split())}"  # a line that is a heading
    elements = [el for part in parts if not isinstance(part, str) for el in part.iter() if isinstance(el.tag, str)]
    named = tuple(name for el in elements if (name := _anchor_name(el)))
    tags = sorted({el.tag for el in elements if not _only_an_anchor(el)} - _KEPT_TAGS)
    if tags:
        notes.append(f"line {number}: HTML ({', '.join(f'<{t}>' for t in tags)}) in the Markdown was written as "
                     "Markdown: links as links, a line that is a heading as one, the rest as its words")
    return written, named


def _anchor_name(element) -> str | None:
    """The name an element gives its place for links to lead to: an ``<a>``'s with no address (``<a
    name="Footnote_1">``, ``<a id="overview">``), any other element's id (pandoc writes a Word bookmark as ``<span
    id="_Toc4521" class="anchor"></span>``)."""
    if element.tag == "a":
        return None if element.get("href") else element.get("id") or element.get("name")
    return element.get("id")


def _only_an_anchor(element) -> bool:
    """An element that is there only to name its place: an ``<a>`` with no address, or one holding no words."""
    return bool(_anchor_name(element)) and (element.tag == "a" or not element.text_content().strip())


def _element_markdown(element, with_tail: bool = True) -> str:
    tail = (element.tail or "") if with_tail else ""
    if element.tag in _KEPT_TAGS:
        return _kept_element(element) + tail
    inner = (element.text or "") + "".join(_element_markdown(child) for child in element)
    address = element.get("href", "") if element.tag == "a" else ""
    if address and (address.startswith("#") or address.split(":", 1)[0].casefold() in LINK_SCHEMES):
        return f"[{inner}]({address})" + tail
    apart = " " if element.tag in _BLOCK_TAGS and inner and not inner[-1].isspace() else ""
    return inner + apart + tail


def _kept_element(element) -> str:
    """An element policy text may hold (``<sup>``, ``<abbr title>``) as written, with what it holds written as the
    rest of the line's HTML is: an old-style anchor inside it (``<sup><a name="Footnote_1">1</a></sup>``, a footnote's
    mark) its words, as the anchor is the paragraph's (``anchored``); a link inside it a Markdown link."""
    if element.tag == "br":
        return "<br>"
    allowed = RAW_HTML.attributes.get(element.tag, frozenset())  # an id is the paragraph's anchor (anchored)
    attributes = "".join(f' {name}="{html.escape(value)}"' for name, value in element.attrib.items()
                         if name in allowed)
    inner = html.escape(element.text or "", quote=False) + "".join(_element_markdown(child) for child in element)
    return f"<{element.tag}{attributes}>{inner}</{element.tag}>"


def _link(match: re.Match, line: int, notes: list[str]) -> str:
    address = match["address"].strip("<>")
    if match["image"]:
        notes.append(f"line {line}: the image '{address[:60]}' is not imported (the handbook shows no pictures from "
                     "elsewhere); its description is kept as text" if match["words"] else
                     f"line {line}: the image '{address[:60]}' is not imported")
        return match["words"]
    scheme = address.split(":", 1)[0].casefold() if ":" in address else ""
    if address.startswith("#"):  # to a heading, by the slug the website made of it: resolved by the writer
        return f"[{match['words']}](<{INTERNAL_LINK}{address[1:]}>)"
    if scheme in LINK_SCHEMES:
        return match[0]
    words = " ".join(match["words"].split())  # as one line, however the file wraps them
    notes.append(f"line {line}: the link on '{words[:40]}' to '{address[:60]}' leads to another page of the "
                 "website, which the handbook does not have: its words are kept; link it again as a full web "
                 "address if it matters")
    return match["words"]
