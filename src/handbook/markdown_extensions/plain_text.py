"""A Python-Markdown extension: text that no inline pattern can match is not offered to them.

Python-Markdown tries every inline pattern on every piece of text, one regular expression search and
a round of its own bookkeeping per pattern, and that was the largest part of rendering a policy page
(issue 20): most of a policy's text is plain sentences. Each of Python-Markdown's own patterns needs
a character of its own to match (a link "[", code "`", emphasis "*" or "_", HTML "<", an entity "&",
an escape "\\", a hard line break "  " at a line's end). A text with none of them, nor the
placeholders Python-Markdown writes into text (STX, ETX), comes out of the patterns as it went in,
so this tree processor marks it done (``AtomicString``, as Python-Markdown marks code) just before
they run.

It does so only while the patterns registered are exactly Python-Markdown's own (by name, class and
expression); another extension's pattern (whose characters it does not know) turns it off for that
page, and the page renders as it would without it.
"""

from __future__ import annotations

import functools
import re
import xml.etree.ElementTree as etree

import markdown
from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

# Characters every match of each of Python-Markdown's patterns holds one of, by the pattern's name.
_NEEDED = {
    "backtick": "`",
    "escape": "\\",
    "reference": "[",
    "link": "[",
    "image_link": "[",
    "image_reference": "[",
    "short_reference": "[",
    "short_image_ref": "[",
    "autolink": "<",
    "automail": "<",
    "html": "<",
    "entity": "&",
    "em_strong": "*_",
    "em_strong2": "_",
    "not_strong": "*_",
}
_LINE_BREAK = "linebreak"  # its match is two spaces at a line's end
# A text may hold the inline placeholders of a pattern that already ran (STX ... ETX): never plain.
_PLACEHOLDER_MARKS = "\x02\x03"

_Signature = tuple[tuple[str, type, str], ...]


def _signature(md: Markdown) -> _Signature:
    patterns = md.inlinePatterns
    return tuple((name, type(patterns[name]), patterns[name].pattern) for name in patterns._data)


@functools.cache
def _own_patterns() -> frozenset[tuple[str, type, str]]:
    """Python-Markdown's own inline patterns, as it registers them, by name, class and expression."""
    return frozenset(_signature(markdown.Markdown()))


@functools.cache
def _search_for_patterns(signature: _Signature) -> re.Pattern[str] | None:
    """A search for what some pattern of ``signature`` could match, or None when one is not known."""
    names = [name for name, _, _ in signature]
    if not set(signature) <= _own_patterns() or not set(names) <= {*_NEEDED, _LINE_BREAK}:
        return None
    characters = {character for name in names for character in _NEEDED.get(name, "")} | set(_PLACEHOLDER_MARKS)
    alternatives = ["[" + re.escape("".join(sorted(characters))) + "]"]
    if _LINE_BREAK in names:
        alternatives.append("  \n")
    return re.compile("|".join(alternatives))


class PlainTextTreeprocessor(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        needs_patterns = _search_for_patterns(_signature(self.md))
        if needs_patterns is None:
            return
        for element in root.iter():
            if element is root:  # the inline patterns read the text of the elements inside it only
                continue
            if element.text and not isinstance(element.text, AtomicString) and not needs_patterns.search(element.text):
                element.text = AtomicString(element.text)
            if element.tail and not isinstance(element.tail, AtomicString) and not needs_patterns.search(element.tail):
                element.tail = AtomicString(element.tail)


class PlainTextExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's API name)
        # Just before the inline patterns (20), once every other tree processor before them has run.
        md.treeprocessors.register(PlainTextTreeprocessor(md), "handbook_plain_text", 20.5)


def makeExtension(**kwargs: object) -> PlainTextExtension:  # noqa: N802 (Python-Markdown's API name)
    return PlainTextExtension(**kwargs)
