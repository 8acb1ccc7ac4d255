"""Articles a statute or a set of bylaws numbers in bold at the start of their first paragraph ("**Article 1.** Il est
fondé entre les adhérents ...", "**Section 2.** The name of the organization ..."), as headings of their own.

The handbook anchors a scheme of words and numbers by its headings ("## Article 5": handbook.source.schemes), so a
label run in to its text gave no article an address. Taken only where the labels run in sequence (Article 1, then
Article 2) with the same word: one "**Section 3.**" in a guide is emphasis, not a scheme.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from .document import Block, Paragraph

# "**Article 1.** Il est ...", "**Article 1er.** ...", "**Section 2:** The ...", "**ARTICLE 3** - The ..."
_RUN_IN = re.compile(r"^\*\*(?P<label>(?P<word>(?i:article|section))\s+(?P<number>\d{1,3}))(?:er)?\s*[.:]?\*\*"
                     r"\s*[.:\u2013\u2014-]?\s+(?P<rest>\S.*)$", re.S)
_PLAIN_LABEL = re.compile(r"^(?i:article|section)\s+\d{1,3}(?:er)?\s*[.:]?\s*[.:\u2013\u2014-]?\s+")


def as_headings(blocks: list[Block]) -> tuple[list[Block], int]:
    """``blocks`` with each run-in article label made a heading over its text, and how many were."""
    labelled = [(index, match) for index, block in enumerate(blocks)
                if isinstance(block, Paragraph) and block.heading is None and (match := _RUN_IN.match(block.markdown))]
    words = {match["word"].casefold() for _, match in labelled}
    numbers = [int(match["number"]) for _, match in labelled]
    if len(words) != 1 or not any(later == earlier + 1 for earlier, later in itertools.pairwise(numbers)):
        return blocks, 0
    runs_in = dict(labelled)
    laid_out, level = [], 1
    for index, block in enumerate(blocks):
        if isinstance(block, Paragraph) and block.heading and index not in runs_in:
            level = min(block.heading + 1, 6)  # the articles of a part: one level below its heading
        if match := runs_in.get(index):
            laid_out.append(replace(block, markdown=match["label"], plain=match["label"], heading=level, bold=False))
            laid_out.append(replace(block, markdown=match["rest"], plain=_PLAIN_LABEL.sub("", block.plain, count=1)))
        else:
            laid_out.append(block)
    return laid_out, len(runs_in)
