"""A Python-Markdown extension: text that no inline pattern can match is not offered to them.

Python-Markdown tries every inline pattern on every piece of text, one regular expression search and
a round of its own bookkeeping per pattern, and that was the largest part of rendering a policy page
(issue 20): most of a policy's text is plain sentences. Each of Python-Markdown's own patterns needs
a character of its own to match (a link "[", code "`", emphasis "*" or "_", HTML "<", an entity "&",
an escape "\\", a hard line break "  " at a line's end). A text with none of them, nor the
placeholders Python-Markdown writes into text (STX, ETX), comes out of the patterns as it went in,
so this tree processor marks it done (``AtomicString``, as Python-Markdown marks code) just before
they run.

It does so only while the patterns registered are Python-Markdown's own (by class and expression, read
through the registry's public lookups); another extension's pattern (whose characters it does not know)
turns it off for that page, and the page renders as it would without it.
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

_Signature = tuple[tuple[type, str | None], ...]  # each registered pattern's class and expression


def _signature(md: Markdown) -> _Signature:
    return tuple((type(pattern), getattr(pattern, "pattern", None)) for pattern in md.inlinePatterns)


@functools.cache
def _own_patterns() -> dict[tuple[type, str], str]:
    """Python-Markdown's own inline patterns, as it registers them, by class and expression: the characters one of
    which every match holds (the line break's: none, its match is two spaces at a line's end)."""
    own = markdown.Markdown().inlinePatterns
    names = [name for name in (*_NEEDED, _LINE_BREAK) if name in own]
    return {(type(own[name]), own[name].pattern): _NEEDED.get(name, "") for name in names}


@functools.cache
def _search_for_patterns(signature: _Signature) -> re.Pattern[str] | None:
    """A search for what some pattern of ``signature`` could match, or None when one is not known."""
    own = _own_patterns()
    if not all(pattern in own for pattern in signature):
        return None
    characters = {character for pattern in signature for character in own[pattern]} | set(_PLACEHOLDER_MARKS)
    alternatives = ["[" + re.escape("".join(sorted(characters))) + "]"]
    if any(not own[pattern] for pattern in signature):  # the line break
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
