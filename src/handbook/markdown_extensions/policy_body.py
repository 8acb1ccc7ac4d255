"""Where a policy's text sits on every page: ``<div class="policy-body">``, holding its clauses.

handbook.pages.policy_pages writes these elements; the tree processors that finish a policy's
text (points_and_references, external_links, handbook.selfcheck.checklist_links) find them here,
so the walk is written once.

The pages write them as element blocks (``element_markdown``) rather than ``<div markdown>``:
``ElementBlockProcessor`` makes the ``<div>`` itself and parses the blocks inside as Markdown, so
md_in_html no longer reads the HTML of every clause and writes it back (issue 20: most of what a
clause cost beyond its text).
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as etree
from collections.abc import Iterable, Mapping

from markdown.blockprocessors import BlockProcessor

POLICY_BODY_CLASS = "policy-body"
CLAUSE_CLASS = "clause"  # a numbered clause, or an unnumbered paragraph (which also has PARAGRAPH_CLASS)
PARAGRAPH_CLASS = "paragraph"

# An element block starts with a line of this control character and the element's attributes (JSON)
# and ends with a line of it and "/". No policy file can hold the character (handbook.source.reading
# refuses control characters), so policy text can neither open nor close an element block. Neither
# it nor NUMBER is one that str.strip() takes for white space, as it does U+001C to U+001F.
_MARK = "\x0e"
_END = _MARK + "/"
# Where a clause's number goes in its first block: the processor puts the link to the clause there.
NUMBER = "\x0f"


def element_markdown(
    attributes: Mapping[str, str], blocks: Iterable[str], number: tuple[str, str] | None = None
) -> str:
    """A ``<div>`` with ``attributes`` around Markdown ``blocks``, for ElementBlockProcessor.

    ``number`` is the text and title of a link to the element's own id, put where its blocks write
    ``NUMBER`` (a clause's "3.1"). The opening line is JSON with "<", ">" and "&" escaped, so Python-
    Markdown's preprocessors (which look for raw HTML before any block is parsed) see no markup in it."""
    opening = json.dumps([dict(attributes), number])
    opening = opening.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return "\n\n".join([_MARK + opening, *blocks, _END])


class ElementBlockProcessor(BlockProcessor):
    """Makes the ``<div>`` of an element block and parses the blocks up to its end inside it."""

    def test(self, parent: etree.Element, block: str) -> bool:
        return block.startswith(_MARK) and block != _END

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        attributes, number = json.loads(blocks.pop(0)[len(_MARK) :])
        element = etree.SubElement(parent, "div", attributes)
        inside, depth = [], 1
        while blocks:
            block = blocks.pop(0)
            depth += 1 if self.test(element, block) else -1 if block == _END else 0
            if depth == 0:
                break
            inside.append(block)
        self.parser.parseBlocks(element, inside)
        if number:
            _put_number(element, *number)


def _put_number(element: etree.Element, text: str, title: str) -> None:
    """The link to ``element`` where the text parsed inside it (not yet inline Markdown) has NUMBER."""
    link = etree.Element("a", {"class": "clause-number", "href": f"#{element.get('id')}", "title": title})
    link.text = text
    for holder in element.iter():
        if NUMBER in (holder.text or ""):
            holder.text, link.tail = holder.text.split(NUMBER, 1)
            holder.insert(0, link)
            return
        for position, child in enumerate(holder):
            if NUMBER in (child.tail or ""):
                child.tail, link.tail = child.tail.split(NUMBER, 1)
                holder.insert(position + 1, link)
                return


def with_class(root: etree.Element, name: str) -> list[etree.Element]:
    """The ``<div>``s in ``root`` (itself included) that have the class ``name``, in document order.

    The element blocks are ``<div>``s, so only those are looked at: ElementTree picks them out in C (a look at every
    element's classes was a tenth of the policy tree processor's time, issue 20)."""
    return [element for element in root.iter("div") if name in element.get("class", "").split()]


def policy_bodies(root: etree.Element) -> list[etree.Element]:
    """Each policy's text on a page (a page may hold several: the printed handbook)."""
    return with_class(root, POLICY_BODY_CLASS)


def clauses(body: etree.Element) -> list[etree.Element]:
    """The clauses in a policy body, in order."""
    return with_class(body, CLAUSE_CLASS)
