"""Plain text and Markdown, each way, in one place. Four jobs, each with its own function:

- ``escape_markdown``: text shown as it is on a generated page (a title, an owner's name);
- ``escape_imported_text``: words from a Word or text file written into a policy's Markdown
  source by ``handbook import``, escaped only where Markdown would read formatting, so the file
  stays easy for its author to edit;
- ``markdown_to_plain_text``: a clause's words in one line, every mark gone: what search indexes;
- ``markdown_to_readable_text``: a clause as a reader sees it, its lines and spacing kept: what
  redlines compare, so a change of wording shows and a change of Markdown syntax does not.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown import Markdown

# What Markdown (with attr_list and tables) reads in text, on a page the build writes.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]#!|])")
# What an author's policy file needs escaped: emphasis, links, code, table cells and the backslash.
_SOURCE_SPECIAL = re.compile(r"([\\`*_\[\]{}|])")  # "{" too: "{: ... }" at the end of a line is an attribute list

_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)(\{[^}]*\})?")  # [text](address){ attributes }
_LINK_OR_IMAGE = re.compile(r"!?\[([^\]]*)\]\([^)]*\)(\{[^}]*\})?")  # also ![alt](address)
# Emphasis marks, not a "*" or "_" between spaces ("5 * 3") or inside a word ("snake_case").
_EMPHASIS = re.compile(r"\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)")
_CHARACTER_REFERENCE = re.compile(r"(?<!\\)&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_EMPHASIS_OR_CODE = re.compile(r"(\*\*|__|\*|`)")
_LIST_MARKER = re.compile(r"^\s*(?:[-*+]|\d+\.)\s+", re.MULTILINE)
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}.*$", re.MULTILINE)
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|])")  # Markdown's backslash escapes: "\<" shows "<"
_ATTRIBUTES = re.compile(r"\{:?\s*[#.][^}]*\}")


def allow_escaped_angle_bracket(md: Markdown) -> None:
    """Make ``\\<`` show a ``<``, as docs/authoring.md promises ("Use of \\<AI> tools"): Python-Markdown
    escapes ``>`` but not ``<``, so ``\\<AI>`` would show a backslash and be read as an HTML tag."""
    if "<" not in md.ESCAPED_CHARS:
        md.ESCAPED_CHARS.append("<")


def escape_markdown(text: str) -> str:
    """Text as Markdown that shows exactly it: neither Markdown nor HTML reads anything into it.

    For metadata (titles, names, version numbers) on the pages the build writes."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def escape_imported_text(text: str) -> str:
    """Text from another document as Markdown source that shows those words ("5 * 3", "<name>").

    Only what would turn into formatting is escaped, so "&" and "#" stay as typed in the file the
    author goes on to edit (a "#" that would start a heading is the policy writer's concern)."""
    return _SOURCE_SPECIAL.sub(r"\\\1", text).replace("<", "&lt;")


def markdown_to_plain_text(markdown_text: str) -> str:
    """The words of a clause's Markdown as a reader sees them, in one line: links and images by
    their text, no attribute lists, table rules, list markers, emphasis or code marks, escapes resolved.

    A pattern each, rather than rendering every clause through Python-Markdown just for its text,
    which doubled the cost of the build on a large handbook."""
    text = _LINK_OR_IMAGE.sub(r"\1", markdown_text)
    text = _TABLE_RULE.sub("", _ATTRIBUTES.sub("", text)).replace("|", " ")
    text = _EMPHASIS_OR_CODE.sub("", _LIST_MARKER.sub("", text))
    return " ".join(_ESCAPED.sub(r"\1", _characters_shown(text)).split())


def markdown_to_readable_text(markdown_text: str) -> str:
    """A clause's Markdown as a reader sees it, lines kept: link text without its address, no emphasis marks."""
    return strip_emphasis(_LINK.sub(r"\1", _characters_shown(markdown_text)))


def _characters_shown(markdown_text: str) -> str:
    """Character references as the characters Markdown shows for them: ``&nbsp;`` a space (what keeps
    "paragraph&nbsp;14.1.1", another document's paragraph, from being taken for a reference to a clause:
    handbook.importing.outside_references), ``&quot;`` a quotation mark; not one escaped ("\\&amp;")."""
    return _CHARACTER_REFERENCE.sub(lambda reference: html.unescape(reference[0]), markdown_text)


def strip_emphasis(markdown_text: str) -> str:
    """The Markdown without its bold and italic marks (``**``, ``__``, ``*``, ``_`` around words)."""
    return _EMPHASIS.sub("", markdown_text)
