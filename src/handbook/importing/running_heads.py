"""A document's title as its pages' running head or foot gives it, where its text states none or opens on a
heading that names no document: a person reads "Raspberry Pi Foundation Guidelines for volunteers" at the foot of
every page as the title of pages that open on "Dos" and go on to "Don'ts"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .document import Block, Paragraph
from .organisation import STANDALONE_ORGANISATION
from .organisation_words import DOCUMENT_WORDS_ANY_CASE
from .titles import is_no_title
from .version_history import HEAD_VERSION

# the page's number beside the running words: "2   Raspberry Pi Foundation Guidelines for volunteers", "... Page 3 of 9"
_PAGE_NUMBER = re.compile(r"^\d{1,4}\s+|\s+\d{1,4}$|\s*\b(?:Page|Seite)\s+\d+(?:\s+(?:of|von)\s+\d+)?\s*$")


def title_in_running_head(furniture: Sequence[Paragraph], *, footers: bool = False) -> Paragraph | None:
    """The running head printed on every page, where it names the document: "Call-Off Schedule 9 (Security) Direct
    Award v3.0" (a version or a kind of document in it); not "Crown Copyright 2020", "OFFICIAL" or the organisation's
    name alone ("Oakfield Primary School", a letterhead). With ``footers``, a running foot's too, its page number
    aside."""
    for line in furniture:
        if not (line.place.endswith("header") or (footers and line.place.endswith("footer"))):
            continue
        words = _PAGE_NUMBER.sub("", line.plain).strip()
        version = HEAD_VERSION.search(words)
        if version and not words[:version.start()].strip(" |,;-\u2013"):
            continue  # a version and its date, naming nothing: "Version 4.2, October 13,"
        if words and not is_no_title(words) and not STANDALONE_ORGANISATION.match(words) and (
                DOCUMENT_WORDS_ANY_CASE.search(words) or version):
            return replace(line, plain=words, markdown=words) if words != line.plain else line
    return None


def names_no_document(blocks: list[Block]) -> bool:
    """Whether the text opens on a heading that is no document's title: naming no kind of document, and one of
    several at its level ("Dos", then "Don'ts")."""
    headings = [block for block in blocks if isinstance(block, Paragraph) and block.heading is not None]
    return bool(headings) and not DOCUMENT_WORDS_ANY_CASE.search(headings[0].plain) and sum(
        heading.heading == headings[0].heading for heading in headings) > 1
