"""Read reStructuredText (a policy kept as .txt or .rst, as Read the Docs and Python's PEPs keep theirs) with
docutils, the format's reference parser, by walking the document tree it builds into paragraphs and tables.

Sections are headings by how they nest (a title over the whole text is the title, its sections level 2);
numbered lists (``#.`` too, counted by docutils) and bullets are lists, a paragraph going on in an item
kept in it; a field list (``:Author: ...``, a PEP's ``Title: ...`` header) is a table of labels and values,
which the facts finder reads as it reads a Word document's details table; links, emphasis, footnotes and
tables are kept. Note, warning and other boxes (``.. note::``, Sphinx's ``.. seealso::``) are a quotation
opened by their kind in bold, as the web reader keeps a Markdown page's boxes. Sphinx's roles (``:term:``,
``:doc:``) are unknown to docutils: their words are kept; its directives are read as Sphinx writes them,
or left out where they are the documentation's machinery (``.. toctree::``), and any other directive keeps its
text. docutils never reads another file or passes raw HTML on: ``.. include::``, ``.. raw::`` and a table's
``:file:`` are refused with a note. What docutils says of the text becomes a note with the file's line, never
words of the policy.
"""

from __future__ import annotations

import contextlib
import re
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from itertools import takewhile
from urllib.parse import urlsplit

from docutils import nodes
from docutils.core import publish_doctree
from docutils.parsers.rst import Directive, Parser, directives

from ..markdown_extensions.lettered_points import ROMAN
from ..markdown_extensions.text import escape_imported_text
from .copyright_comments import copyright_comment
from .document import AutoNumber, Block, ListKind, Paragraph, ReadDocument, Table, where
from .layout import INTERNAL_LINK
from .markdown_text import emphasised, link
from .word_reader import LINK_SCHEMES

_HEADER_LINE = re.compile(r"^(?:[A-Z][\w-]*:\s.*|\s+\S.*)$")  # "Title: Copyright Policy", or its next line
_SETTINGS = {
    "file_insertion_enabled": False,  # .. include::, .. csv-table:: :file:, .. raw:: :file: would read files
    "raw_enabled": False,  # .. raw:: html would pass markup through
    "_disable_config": True,  # no docutils.conf from the folder it runs in
    "report_level": 5,  # its messages are kept in the tree, made notes, never printed
    "halt_level": 5,
    "warning_stream": False,  # nothing printed
    "doctitle_xform": False,  # the title and the sections' levels are worked out here, as they nest
    "docinfo_xform": False,  # a field list stays a field list
    "sectsubtitle_xform": False,
    "syntax_highlight": "none",
    "input_encoding": "unicode",
}
# Boxes: docutils' admonitions and Sphinx's, each a quotation opened by its kind in bold ("{}": its argument)
_SPHINX_BOXES = {"seealso": "See also", "versionadded": "New in version {}", "versionchanged": "Changed in version {}",
                 "deprecated": "Deprecated since version {}", "versionremoved": "Removed in version {}",
                 "todo": "To do"}
# docutils' names for how an enumerated list counts: letters and Roman numerals are the document's points
_LIST_KINDS = {"loweralpha": ListKind.LETTER, "upperalpha": ListKind.LETTER, "lowerroman": ListKind.ROMAN,
               "upperroman": ListKind.ROMAN}
_LAST_POINT = {ListKind.LETTER: 26, ListKind.ROMAN: len(ROMAN)}
_OPTION = re.compile(r"^:[\w-]+:(?:\s.*)?$")  # a directive's option line: ":tags: Contractar; Adaptació"
# Sphinx's directives that are the documentation's machinery, not the policy's words
_SPHINX_MACHINERY = {"toctree", "index", "literalinclude", "highlight", "tabularcolumns", "autosummary",
                     "currentmodule", "module", "automodule", "autoclass", "autofunction", "sectionauthor",
                     "codeauthor", "moduleauthor"}
# Sphinx's directives whose argument is a condition or a setting, their content the words
_SPHINX_CONTENT = {"only", "ifconfig", "glossary", "hlist", "rst-class", "code-block", "sourcecode", "tab", "tabs",
                   "centered"}
_MACHINERY_NOTE = "Sphinx's '.. {}::' (the documentation's machinery, not the policy's words) was left out"


class _AnyOption(dict):
    """The options of a directive docutils does not know: any name, its value as written."""

    def __missing__(self, key: str):
        return directives.unchanged


class _SphinxDirective(Directive):
    """A directive of Sphinx's, which docutils does not know: its content, parsed as reStructuredText, in a
    container naming it (with no content where it is machinery: left out), and the words its argument shows
    (a ``.. centered::`` line's; ``.. only::`` and ``.. ifconfig::`` have a condition there, not words)."""

    optional_arguments = 1
    final_argument_whitespace = True
    has_content = True
    option_spec = _AnyOption()

    def run(self) -> list[nodes.Node]:
        shown = self.name == "centered"
        container = nodes.container(directive=self.name, words=" ".join(self.arguments) if shown else "")
        container.line = self.lineno
        if self.name not in _SPHINX_MACHINERY and self.content:
            if self.name in ("code-block", "sourcecode"):
                container += nodes.literal_block(text="\n".join(self.content))
            else:
                self.state.nested_parse(self.content, self.content_offset, container)
        return [container]


class _SphinxBox(_SphinxDirective):
    """Sphinx's ``.. seealso::`` and ``.. todo::``: a box whose content may start on the directive's line."""

    optional_arguments = 0


class _SphinxVersion(_SphinxDirective):
    """Sphinx's ``.. versionadded:: 2.0 What changed``: the version, then the words."""

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        [container] = super().run()
        container["version"], container["words"] = self.arguments[0], " ".join(self.arguments[1:])
        return [container]


_SPHINX_DIRECTIVES = {**dict.fromkeys((*_SPHINX_MACHINERY, *_SPHINX_CONTENT), _SphinxDirective),
                      **dict.fromkeys(("seealso", "todo"), _SphinxBox),
                      **dict.fromkeys(("versionadded", "versionchanged", "deprecated", "versionremoved"),
                                      _SphinxVersion)}


@contextlib.contextmanager
def _sphinx_directives() -> Iterator[None]:
    """docutils with Sphinx's directives registered while the import reads, and as it was afterwards: its
    registry is the process's, and another user of docutils (the corpus benchmark's reference) must not see
    ours. docutils has no call to unregister, so its registry is kept and put back, as Sphinx does."""
    registered = dict(directives._directives)
    for name, directive in _SPHINX_DIRECTIVES.items():
        directives.register_directive(name, directive)
    try:
        yield
    finally:
        directives._directives.clear()
        directives._directives.update(registered)


def read_rst(text: str) -> ReadDocument:
    reader = _Reader()
    text, ruled = _header_unruled(text)
    if ruled:
        reader.notes.append(f"lines 1 and {ruled}: the rules around the header were left out")
    document = _doctree(text)
    reader.body(document, level=1)
    for message in document.transform_messages:  # what docutils found after reading: a link's missing target
        if message.parent is None:
            reader.message(message)
    return ReadDocument(reader.blocks, list(dict.fromkeys(reader.notes)), copyright_comment(
        comment.astext() for comment in document.findall(nodes.comment)))


def _header_unruled(text: str) -> tuple[str, int]:
    """``text`` with the "---" lines Gentoo's GLEPs put above and below their PEP-style header ("GLEP: 76" /
    "Title: Copyright Policy" / "Version: 2") blanked, so that docutils reads the header as a PEP's; and the closing
    rule's line (0: no such rules)."""
    lines = text.split("\n")
    end = next((index for index, line in enumerate(lines[1:40], start=1) if line.strip() == "---"), None)
    if not lines or lines[0].strip() != "---" or end is None or not all(
            _HEADER_LINE.match(line) for line in lines[1:end]):
        return text, 0
    return "\n".join(["", *lines[1:end], "", *lines[end + 1:]]), end + 1


def _doctree(text: str) -> nodes.document:
    # A PEP's header ("PEP: 387" / "Title: ...") is a field list: docutils reads it so with rfc2822
    with _sphinx_directives():
        return publish_doctree(text, parser=Parser(rfc2822=True), settings_overrides=dict(_SETTINGS))


@dataclass
class _Reader:
    blocks: list[Block] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    offset: int = 0  # lines above the text being read (a directive docutils does not know, read again)
    quotation: int = 0  # the quotation being read, counted from 1
    quotations: int = 0
    list_level: int = -1  # the level of the list item being read; -1: none

    def body(self, parent: nodes.Element, level: int) -> None:
        """The blocks of ``parent``'s children; ``level``: its sections' headings' level."""
        if words := parent.get("words"):  # the words a Sphinx directive's argument shows
            self.blocks.append(Paragraph(len(self.blocks) + 1, escape_imported_text(words), words,
                                         place=self.place(parent), quotation=self.quotation))
        children = [child for child in parent.children if not _invisible(child)]
        sections = [child for child in children if isinstance(child, nodes.section)]
        # One section holding the whole text is the document's title: its sections are level 2
        if level == 1 and len(sections) > 1:
            level = 2
        for child in children:
            self.element(child, level)

    def element(self, node: nodes.Node, level: int) -> None:
        if isinstance(node, nodes.section):
            title = node.next_node(nodes.title)
            if title is not None:
                self.paragraph(title, heading=min(level, 6), anchors=tuple(node["ids"]))
            self.body(node, level + 1)
        elif isinstance(node, (nodes.paragraph, nodes.rubric, nodes.line_block, nodes.literal_block,
                               nodes.doctest_block, nodes.attribution)):
            self.paragraph(node)
        elif isinstance(node, nodes.title):  # a topic's or a sidebar's title
            self.paragraph(node, bold=True)
        elif isinstance(node, (nodes.bullet_list, nodes.enumerated_list)):
            self.list_items(node)
        elif isinstance(node, nodes.definition_list):
            for item in node.children:
                for part in item.children:
                    if isinstance(part, nodes.term):
                        self.paragraph(part, bold=True)
                    elif isinstance(part, nodes.definition):
                        self.body(part, level)
        elif isinstance(node, (nodes.field_list, nodes.option_list)):
            rows = tuple((self.inline(row[0])[0], self.cell(row[1])) for row in node.children)
            self.blocks.append(Table(len(self.blocks) + 1, rows, self.place(node)))
        elif isinstance(node, nodes.table):
            rows = tuple(tuple(self.cell(entry) for entry in row.children) for row in node.findall(nodes.row))
            self.blocks.append(Table(len(self.blocks) + 1, rows, self.place(node)))
        elif isinstance(node, nodes.Admonition) or (
                isinstance(node, nodes.container) and node.get("directive") in _SPHINX_BOXES):
            self.box(node, level)
        elif isinstance(node, nodes.container) and node.get("directive") in _SPHINX_MACHINERY:
            self.notes.append(f"{self.place(node)}: " + _MACHINERY_NOTE.format(node["directive"]))
        elif isinstance(node, nodes.block_quote):
            self.quoted(node, level)
        elif isinstance(node, nodes.topic) and "contents" in node["classes"]:
            self.notes.append(f"{self.place(node)}: the table of contents ('.. contents::') was left out: the site "
                              "makes its own")
        elif isinstance(node, (nodes.footnote, nodes.citation)):
            label = node.next_node(nodes.label)
            paragraphs = [self.inline(p) for p in node.findall(nodes.paragraph)]
            mark = label.astext() if label is not None else ""
            self.blocks.append(Paragraph(len(self.blocks) + 1, f"<sup>{mark}</sup> " + " ".join(
                m for m, _ in paragraphs), " ".join(p for _, p in paragraphs),
                                         place=self.place(node), quotation=self.quotation))
        elif isinstance(node, (nodes.image, nodes.figure)):
            self.notes.append(f"{self.place(node)}: an image ('{node.get('uri', '')}') was left out: the handbook "
                              "holds text; its caption, if any, is kept")
            for caption in node.findall(nodes.caption):
                self.paragraph(caption)
        elif isinstance(node, nodes.system_message):
            self.message(node)
        elif isinstance(node, nodes.Element):  # a container, a topic, a sidebar, compound text: their words
            self.body(node, level)

    def paragraph(self, node: nodes.Element, heading: int | None = None, anchors: tuple[str, ...] = (),
                  bold: bool = False) -> Paragraph | None:
        markdown, plain = self.inline(node, bold=bold)
        if isinstance(node, (nodes.literal_block, nodes.doctest_block, nodes.line_block)):
            lines = [escape_imported_text(line.strip()) for line in node.astext().splitlines() if line.strip()]
            markdown, plain = "<br>".join(lines), " ".join(node.astext().split())
        if not plain:
            return None
        paragraph = Paragraph(len(self.blocks) + 1, markdown, plain, heading, place=self.place(node),
                              anchors=anchors, quotation=self.quotation if heading is None else 0)
        self.blocks.append(paragraph)
        return paragraph

    def list_items(self, node: nodes.Element) -> None:
        """A list's items, numbered as docutils read their marks: "a)" and "(i)" are the document's lettered and
        Roman points (the statutes' "a)  podpora ..."), "1." a list's own count."""
        ordered = isinstance(node, nodes.enumerated_list)
        kind = _LIST_KINDS.get(node.get("enumtype"), ListKind.ORDERED) if ordered else ListKind.BULLET
        start = node.get("start", 1)
        if kind is not ListKind.BULLET and start + len(node.children) - 1 > _LAST_POINT.get(kind, 0):
            kind = ListKind.ORDERED  # (past "z" or the last numeral points have: counted as a list's own)
        self.list_level += 1
        for count, item in enumerate(node.children, start=start):
            before = len(self.blocks)
            self.item(item)
            if len(self.blocks) > before and isinstance(first := self.blocks[before], Paragraph):
                shown = "\u2022" if not ordered else f"{count}." if kind is ListKind.ORDERED else (
                    f"{node.get('prefix', '')}{_point(count, node.get('enumtype'))}{node.get('suffix', '.')}")
                number = AutoNumber(kind, self.list_level, (count,), f"rst-list-{id(node)}", shown)
                self.blocks[before] = replace(first, auto_number=number, anchors=first.anchors + tuple(item["ids"]))
        self.list_level -= 1

    def item(self, item: nodes.Element) -> None:
        """An item's opening paragraphs in one (a paragraph going on in the item stays in it, after a blank
        line); its lists and other blocks after them, in order."""
        parts = [child for child in item.children if not _invisible(child)]
        running = list(takewhile(lambda part: isinstance(part, nodes.paragraph), parts))
        if running:
            first = self.paragraph(running[0])
            words = [self.inline(part) for part in running[1:]]
            if first is not None and words:
                self.blocks[-1] = replace(first, markdown="<br><br>".join([first.markdown, *(m for m, _ in words)]),
                                          plain=" ".join([first.plain, *(p for _, p in words)]))
        for part in parts[len(running):]:
            self.element(part, level=6)

    def box(self, node: nodes.Element, level: int) -> None:
        """A note, warning or Sphinx's box as a quotation, its first paragraph opened by its kind in bold."""
        kind = node.get("directive") or node.tagname
        title = node.next_node(nodes.title) if isinstance(node, nodes.admonition) else None
        label = (title.astext() if title is not None else _SPHINX_BOXES.get(kind, kind.capitalize())).format(
            node.get("version", "")).strip()
        if title is not None:
            node.remove(title)
        before = len(self.blocks)
        quotation = self.quoted(node, level)
        first = self.blocks[before] if len(self.blocks) > before else None
        if isinstance(first, Paragraph) and first.auto_number is None and first.heading is None:
            self.blocks[before] = replace(first, markdown=f"**{label}:** {first.markdown}",
                                          plain=f"{label}: {first.plain}")
        else:  # a box opening with a list: its kind stands above it
            self.blocks.insert(before, Paragraph(before + 1, f"**{label}:**", f"{label}:", place=self.place(node),
                                                 quotation=quotation))
        self.notes.append(f"{self.place(node)}: a '{kind}' box is kept as a quotation opened by its kind in bold")

    def quoted(self, node: nodes.Element, level: int) -> int:
        """``node``'s blocks as a quotation of their own; its number."""
        outer = self.quotation
        self.quotations += 1
        self.quotation = number = self.quotations
        self.body(node, level)
        self.quotation = outer
        return number

    def cell(self, node: nodes.Element) -> str:
        return "<br>".join(self.inline(p)[0] for p in node.findall(nodes.paragraph)) or self.inline(node)[0]

    def inline(self, node: nodes.Node, bold: bool = False, italic: bool = False) -> tuple[str, str]:
        """The Markdown and the plain words of ``node``'s text."""
        markdown = "".join(self.markdown(child, bold, italic) for child in node.children)
        plain = "".join(_words(child) for child in node.children)
        return " ".join(markdown.split()), " ".join(plain.split())

    def markdown(self, node: nodes.Node, bold: bool, italic: bool) -> str:
        if isinstance(node, nodes.Text):
            return emphasised(escape_imported_text(node.astext()), bold, italic)
        if isinstance(node, (nodes.system_message, nodes.target)) and not node.children:
            return ""
        if isinstance(node, nodes.system_message):
            self.message(node)
            return ""
        if isinstance(node, nodes.problematic):
            return emphasised(escape_imported_text(_role_words(node)), bold, italic)
        if isinstance(node, (nodes.footnote_reference, nodes.citation_reference)):
            return f"<sup>{escape_imported_text(node.astext())}</sup>"
        if isinstance(node, (nodes.superscript, nodes.subscript)):
            tag = "sup" if isinstance(node, nodes.superscript) else "sub"
            return f"<{tag}>{self.inline(node)[0]}</{tag}>"
        if isinstance(node, nodes.reference):
            return self.reference(node, bold, italic)
        if isinstance(node, nodes.image):
            return escape_imported_text(node.get("alt", ""))
        inner_bold = bold or isinstance(node, nodes.strong)
        inner_italic = italic or isinstance(node, (nodes.emphasis, nodes.title_reference))
        return "".join(self.markdown(child, inner_bold, inner_italic) for child in node.children)

    def reference(self, node: nodes.Element, bold: bool, italic: bool) -> str:
        words = "".join(self.markdown(child, bold, italic) for child in node.children)
        address = node.get("refuri", "")
        if node.get("refid"):
            return link(words, INTERNAL_LINK + node["refid"])
        if urlsplit(address).scheme.casefold() in LINK_SCHEMES:
            return link(words, address)
        if address:
            self.notes.append(f"{self.place(node)}: the link on '{node.astext()[:40]}' to '{address[:60]}' leads to "
                              "another page of the website, which the handbook does not have: its words are kept")
        return words

    def message(self, node: nodes.system_message) -> None:
        """What docutils says of the text, as a note with the file's line; a directive it does not know keeps
        its content's words (read again as reStructuredText)."""
        if node["level"] < 2:  # docutils' information ("No role entry for ...", a name given twice): not a problem
            return
        text = node.next_node(nodes.paragraph).astext() if node.next_node(nodes.paragraph) else node.astext()
        line = f"line {node['line'] + self.offset}" if node.get("line") else "the document"
        if text.startswith("Unknown interpreted text role"):
            role = text.split('"')[1]
            self.notes.append(f"{line}: the role ':{role}:' (Sphinx's, or another tool's) is not reStructuredText's "
                              "own: its words are kept, without a link")
            return
        written = node.next_node(nodes.literal_block)
        if text.startswith("Unknown directive type") and written is not None:
            name = text.split('"')[1]
            self.notes.append(f"{line}: the directive '.. {name}::' is not reStructuredText's own: its text is kept")
            self.again(written.astext(), node["line"] + self.offset)
            return
        if "directive disabled" in text or "access deactivated" in text or "not enabled" in text:
            self.notes.append(f"{line}: {text.rstrip('.')}: the import never reads another file or raw markup; "
                              "the directive was left out")
            return
        self.notes.append(f"{line}: reStructuredText: {text}")

    def again(self, written: str, line: int) -> None:
        """A directive's text (``.. name:: argument`` over its content) read again as the text it holds."""
        heading, _, content = written.partition("\n")
        argument = heading.split("::", 1)[1].strip()
        lines = textwrap.dedent(content).splitlines()
        # its options, the field lines opening its content (":id: M_4DC", ":tags: ..."), set it up: they are no words
        options = list(takewhile(_OPTION.match, lines))
        if options:
            self.notes.append(f"line {line}: the directive's options ({', '.join(o.split(':')[1] for o in options)}) "
                              "are its settings, not the policy's words: left out")
        text = "\n".join(filter(None, [argument, "\n".join(lines[len(options):])]))
        outer = self.offset
        self.offset = line - 1
        self.body(_doctree(text), level=6)
        self.offset = outer

    def place(self, node: nodes.Node) -> str:
        """Where a person finds ``node`` in the file: its line (a section's title, the line its words are on)."""
        line = next((n.line for n in node.findall(include_self=True) if getattr(n, "line", None)), None)
        if line is None and node.parent is not None and not isinstance(node, nodes.section):
            return self.place(node.parent)  # words inside a paragraph: the paragraph's line
        if line is None:
            return "the document"
        if isinstance(node, nodes.title):
            line -= 1  # docutils gives a title the line of the marks under it
        return where(0, "", line=line + self.offset)


def _point(count: int, enumtype: str) -> str:
    """A point's letter or numeral as the list shows it: 2 is "b", "B", "ii" or "II"."""
    point = chr(ord("a") + count - 1) if enumtype.endswith("alpha") else ROMAN[count - 1]
    return point.upper() if enumtype.startswith("upper") else point


def _invisible(node: nodes.Node) -> bool:
    """What shows nothing: a comment, a link's target, a substitution's definition, docutils' bookkeeping."""
    return isinstance(node, (nodes.comment, nodes.target, nodes.substitution_definition, nodes.pending,
                             nodes.raw, nodes.decoration)) or (isinstance(node, nodes.title)
                                                               and isinstance(node.parent, nodes.section))


def _words(node: nodes.Node) -> str:
    if isinstance(node, nodes.system_message) or (isinstance(node, nodes.target) and not node.children):
        return ""
    if isinstance(node, nodes.problematic):
        return _role_words(node)
    if isinstance(node, nodes.Text):
        return node.astext()
    return "".join(_words(child) for child in node.children)


# sphinx-design's roles drawing an icon (":fas:`user-check` New VSC Account"): the icon's name is no word of the text
_ICON_ROLES = {"fa", "fas", "far", "fab", "octicon", "material-regular", "material-outlined", "material-round",
               "material-sharp", "material-twotone"}


def _role_words(node: nodes.problematic) -> str:
    """The words of text docutils could not read: a role it does not know (Sphinx's ``:term:`slug```, its
    words ``slug``; ``:ref:`Reporting <report>```, its words ``Reporting``; an icon's, none), a link to a target
    the text lacks (```full text`_``, its words), else the text as written."""
    raw = node.astext()
    if raw.startswith(":") and raw.endswith("`") and ":`" in raw:
        role, words = raw[1:-1].split(":`", 1)
        if role in _ICON_ROLES:
            return ""
        words = words.split(" <", 1)[0] if words.endswith(">") else words
        return words.lstrip("~!").lstrip("/")
    if raw.startswith("`") and raw.rstrip("_").endswith("`"):  # a link whose target is missing: its words
        return raw.rstrip("_")[1:-1]
    return raw
