"""What HTML a policy's text may hold, checked on the element tree Python-Markdown builds from it.

The rule (docs/authoring.md, "HTML in policy text"):

- policy text is Markdown. Of raw HTML, only ``<br>``, ``<abbr title="...">``, ``<sup>`` and
  ``<sub>`` (and comments) are accepted; any other element, and any other attribute, is refused;
- attribute lists (``{ ... }``) may give an ``id`` and classes, nothing else (no ``onclick``,
  no ``style``);
- links go to web pages (``https:``, ``http:``), e-mail (``mailto:``), phones (``tel:``), other
  policies (``policy:``) or this site; ``javascript:``, ``data:`` and other schemes are refused.
  Links to other sites stay links, marked in the built pages as leading off the site
  (handbook.markdown_extensions.external_links);
- images must be on this site (an address without ``https://`` or ``//``): the site requests
  nothing from any other origin.

``check_policy_markup`` applies the rule when a policy is read, so a breach is a
``FILE:LINE`` error before anything is built.
"""

from __future__ import annotations

import functools
import html
import xml.etree.ElementTree as etree
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import SplitResult, urlsplit

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

from ..errors import PolicySourceError
from ..model import Policy
from .text import allow_escaped_angle_bracket

ALLOWED_RAW_ELEMENTS = {"br": set(), "abbr": {"title"}, "sup": set(), "sub": set()}
LINK_SCHEMES = {"", "http", "https", "mailto", "tel", "policy"}
# The elements the Markdown syntax (with the extensions below) writes, and the attributes it gives
# them beyond the id and classes an attribute list may add. A <div> is an admonition's.
_MARKDOWN_ELEMENTS = {
    "p", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "hr", "br", "a", "img", "div",
    "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "dl", "dt", "dd",
}  # fmt: skip
_MARKDOWN_ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt", "title"}, "ol": {"start"}}
_TABLE_ALIGNMENT = {f"text-align: {side};" for side in ("left", "center", "right")}  # tables' column alignment
# The extensions policy text is written for (handbook.pages.policy_pages.MARKDOWN_EXTENSIONS, less our own).
_EXTENSIONS = ["admonition", "attr_list", "def_list", "md_in_html", "tables"]


@dataclass(frozen=True)
class _Problem:
    message: str
    found: str  # text to look for in the source, to name its line


def check_policy_markup(policy: Policy) -> None:
    """Refuse HTML the rule above does not allow, naming the policy file's line."""
    blocks = [(section.heading, section.line) for section in policy.sections if section.heading]
    blocks += [(section.intro, section.intro_line) for section in policy.sections if section.intro]
    blocks += [(clause.text, clause.line) for clause in policy.clauses]
    for text, first_line in blocks:
        if problem := _problem_in(text):
            position = text.find(problem.found)
            line = first_line + (text.count("\n", 0, position) if position > 0 else 0)
            raise PolicySourceError(policy.source, line, problem.message)


@functools.lru_cache(maxsize=8192)  # archived versions repeat most clauses of the current one
def _problem_in(text: str) -> _Problem | None:
    if not any(mark in text for mark in "<{["):  # every construct the rule is about needs one
        return None
    converter, recorder = _checker()
    converter.reset()
    converter.convert(text)
    return _first_problem(converter.htmlStash.rawHtmlBlocks, recorder.root)


@functools.cache  # made once: making a Markdown converter costs more than most conversions
def _checker() -> tuple[Markdown, _Recorder]:
    recorder = _Recorder()
    converter = Markdown(extensions=[*_EXTENSIONS, _RecordingExtension(recorder)])
    allow_escaped_angle_bracket(converter)  # as points_and_references does on the pages: "\<" is text
    return converter, recorder


def _first_problem(raw_html: list[str | etree.Element], tree: etree.Element | None) -> _Problem | None:
    for raw in raw_html:
        problem = _raw_html_problem(raw) if isinstance(raw, str) else _tree_problem(raw, raw_html=True)
        if problem:
            return problem
    return _tree_problem(tree, raw_html=False) if tree is not None else None


def _raw_html_problem(raw: str) -> _Problem | None:
    tags = _Tags()
    tags.feed(raw)
    tags.close()
    for tag, attributes, source in tags.found:
        allowed = ALLOWED_RAW_ELEMENTS.get(tag)
        if allowed is None:
            return _Problem(
                f"'{source}' is HTML, which policy text may not hold (only <br>, <abbr>, <sup> and <sub>); "
                "write it in Markdown, or to show the characters themselves write \\< for <",
                source,
            )
        for name, _ in attributes:
            if name not in allowed:
                return _Problem(f"'{name}' is not allowed on <{tag}> in policy text", source)
    return None


def _tree_problem(root: etree.Element, raw_html: bool) -> _Problem | None:
    """``raw_html``: ``root`` was written as HTML with ``markdown="1"`` (md_in_html)."""
    for element in root.iter():
        if not isinstance(element.tag, str) or (element is root and not raw_html):  # a comment; the tree's root
            continue
        markdown_made = element.tag in _MARKDOWN_ELEMENTS and not (element is root and raw_html)
        if element.tag == "div" and "admonition" not in element.get("class", "").split():
            markdown_made = False
        if not markdown_made and element.tag not in ALLOWED_RAW_ELEMENTS:
            return _Problem(
                f"'<{element.tag}>' is HTML, which policy text may not hold (only <br>, <abbr>, <sup> and <sub>); "
                "write it in Markdown",
                f"<{element.tag}",
            )
        allowed = {"id", "class", *_MARKDOWN_ATTRIBUTES.get(element.tag, ())}
        allowed |= ALLOWED_RAW_ELEMENTS.get(element.tag, set())
        for name, value in element.attrib.items():
            if name == "style" and element.tag in ("th", "td") and value in _TABLE_ALIGNMENT:
                continue
            if name not in allowed:
                return _Problem(
                    f"'{name}' cannot be set in policy text: an attribute list {{ ... }} may give an id "
                    "and classes only",
                    name,
                )
        href = element.get("href", "")
        if element.tag == "a" and address_as_read(href).scheme.lower() not in LINK_SCHEMES:
            return _Problem(
                f"the link to '{href}' is refused: links go to web pages (https:), e-mail (mailto:), "
                "phones (tel:), other policies (policy:) or this site",
                href,
            )
        if element.tag == "img" and _leaves_the_site(src := element.get("src", "")):
            return _Problem(
                f"the image '{src}' is on another site; the handbook requests nothing from other sites, so "
                "put the image in docs/ and give its address on this site",
                src,
            )
    return None


def address_as_read(written: str) -> SplitResult:
    """An address as the browser reads it: character references decoded ("java&#115;cript:")."""
    return urlsplit(html.unescape(written))


def _leaves_the_site(written: str) -> bool:
    address = address_as_read(written)
    return bool(address.scheme or address.netloc)


class _Tags(HTMLParser):
    """The start tags of a piece of raw HTML, with their attributes and source text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, list[tuple[str, str | None]], str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, attrs, self.get_starttag_text() or f"<{tag}>"))

    def handle_decl(self, decl: str) -> None:
        self.found.append(("!" + decl.split()[0].lower(), [], f"<!{decl}>"))

    def handle_pi(self, data: str) -> None:
        self.found.append(("?", [], f"<?{data}"))


class _Recorder(Treeprocessor):
    """Keeps the finished tree (after attribute lists are applied) for checking."""

    root: etree.Element | None = None

    def run(self, root: etree.Element) -> None:
        self.root = root


class _RecordingExtension(Extension):
    def __init__(self, recorder: _Recorder) -> None:
        super().__init__()
        self.recorder = recorder

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's API name)
        md.treeprocessors.register(self.recorder, "handbook_record", 0)

