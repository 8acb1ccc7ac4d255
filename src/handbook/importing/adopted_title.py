"""A title running on into when it was adopted: "STANDING ORDERS ADOPTED BY RESOLUTION AT A MEETING ON 8 JULY 2024",
set as one heading on a parish council's cover. The title is the words before the adoption; the adoption stays a line
of its own under it, where the facts are read from (handbook.importing.sentence_forms reads "adopted by resolution"),
so no word of the cover is lost."""

from __future__ import annotations

import re
from dataclasses import replace

from .dates import DATE
from .document import Block, Paragraph
from .organisation import in_name_case
from .organisation_words import DOCUMENT_WORDS

_COVER_BLOCKS = 3  # the first lines, where a cover sets its title
_ADOPTED_TAIL = re.compile(rf"^(?P<title>.+?)\s+(?P<tail>(?i:adopted|approved|ratified)\s+(?i:by|at|on)\s+.*?"
                           rf"(?:{DATE.pattern}))$")


def adoption_under_title(blocks: list[Block]) -> list[Block]:
    """``blocks`` with the first heading that runs on into its adoption date split into the title and that line."""
    for index, block in enumerate(blocks[:_COVER_BLOCKS]):
        if not (isinstance(block, Paragraph) and block.heading is not None):
            continue
        match = _ADOPTED_TAIL.match(block.plain)
        bold = block.markdown == f"**{block.plain}**"
        if not (match and DOCUMENT_WORDS.search(in_name_case(match["title"])) and (
                bold or block.markdown == block.plain)):
            return blocks
        title, tail = match["title"], match["tail"]
        return [*blocks[:index],
                replace(block, markdown=f"**{title}**" if bold else title, plain=title),
                replace(block, markdown=tail, plain=tail, heading=None, anchors=(), bold=False),
                *blocks[index + 1:]]
    return blocks
