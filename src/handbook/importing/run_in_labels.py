"""Articles a statute or a set of bylaws numbers at the start of their first paragraph, as headings of their own: in
bold ("**Article 1.** Il est fondé entre les adhérents ...", "**Section 2.** The name of the organization ...",
with its name: "**Section 3.1: Principal Office.** The principal office ...", "**Section 1 — Principal Office**. The
address ..."), or in plain text with its name ("Section 1.1 Name. The name of the corporation is ...", as a PDF
of bylaws gives them). The heading is the label with its name ("Section 3.1: Principal Office").

The handbook anchors a scheme of words and numbers by its headings ("## Article 5": handbook.source.schemes), so a
label run in to its text gave no article an address. Taken only where the labels run in sequence (Article 1, then
Article 2; Section 1.3, then Section 2.1) with the same word: one "**Section 3.**" in a guide is emphasis, not a
scheme, and "Section 3 of the Act ..." opens a sentence.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from .document import Block, Paragraph

_LABEL = r"(?P<label>(?P<word>(?i:article|section))\s+(?P<number>\d{1,3}(?:\.\d{1,3})?))"
_NAME = r"(?P<name>[A-Z][^.*:]{0,79}?)"  # "Principal Office", "Notice of Members' Meeting"
# "**Article 1.** Il est ...", "**Article 1er.** ...", "**Section 2:** The ...", "**ARTICLE 3** - The ...",
# "**Section 3.1: Principal Office.** The ...", "**Section 1 — Principal Office**. The ..."
# ... or on a line of its own: "**Section 6.8: Responsibilities of Officers.**" over its points
_RUN_IN = re.compile(rf"^\*\*{_LABEL}(?:er)?(?:\s*[.:\u2013\u2014-]?\s+{_NAME})?\s*[.:]?\*\*"
                     r"(?:\s*[.:\u2013\u2014-]?\s+(?P<rest>\S.*))?$", re.S)
_DASHES = ("-", "\u2013", "\u2014")
_PUNCTUATION = r"(?:er)?[\s.:\u2013\u2014-]*"
# "Section 1.1 Name. The name of the corporation ..." (no bold: a name, then a full stop)
_PLAIN = re.compile(rf"^{_LABEL}\s+{_NAME}\s*\.\s+(?P<rest>[A-Z(\u201c\"].*)$", re.S)


def as_headings(blocks: list[Block]) -> tuple[list[Block], int]:
    """``blocks`` with each run-in article label made a heading over its text, and how many were."""
    labelled = [(index, match) for index, block in enumerate(blocks)
                if isinstance(block, Paragraph) and block.heading is None and (
                    match := _RUN_IN.match(block.markdown) or _PLAIN.match(block.markdown))]
    words = {match["word"].casefold() for _, match in labelled}
    if len(words) != 1 or (taken := _in_sequence(labelled, blocks)) < 2:
        return blocks, 0
    runs_in = dict(labelled[:taken])
    laid_out, level = [], 1
    for index, block in enumerate(blocks):
        if isinstance(block, Paragraph) and block.heading and index not in runs_in:
            level = min(block.heading + 1, 6)  # the articles of a part: one level below its heading
        if match := runs_in.get(index):
            heading = _heading(match)
            laid_out.append(replace(block, markdown=heading, plain=heading, heading=level, bold=False))
            if match["rest"]:
                laid_out.append(replace(block, markdown=match["rest"], plain=_after_the_label(block.plain, match)))
        else:
            laid_out.append(block)
    return laid_out, len(runs_in)


def _in_sequence(labelled: list[tuple[int, re.Match]], blocks: list[Block]) -> int:
    """How many of the labels, from the first, number their articles as headings must: each the one after the label
    before it, or 1 again under a new heading (bylaws number the sections of each article from 1). Where one is missed
    in the text (a "**Section 5 — Officers:**" of another shape), none; where the labels come again under a heading
    after the text (amendments appended at the end restating Section 2.3), those before it."""
    numbered = [(index, tuple(int(part) for part in match["number"].split("."))) for index, match in labelled]
    gaps = 0  # one number left out (Section 4.10 after 4.8) is the document's own: import lists it as skipped
    for taken, ((before, earlier), (index, later)) in enumerate(itertools.pairwise(numbered), start=1):
        headed = any(isinstance(block, Paragraph) and block.heading for block in blocks[before + 1:index])
        if _follows(earlier, later) or (headed and later[-1] == 1):
            continue
        gaps += 1
        if gaps > 1 or later != (*earlier[:-1], earlier[-1] + 2):
            return taken if headed else 0
    return len(numbered)


def _follows(earlier: tuple[int, ...], later: tuple[int, ...]) -> bool:
    """Whether ``later`` numbers the label after ``earlier``: 2 after 1, 1.2 after 1.1, 2.1 after 1.3."""
    if len(earlier) != len(later):
        return False
    return later == (*earlier[:-1], earlier[-1] + 1) or (len(later) == 2 and later == (earlier[0] + 1, 1))


def _heading(match: re.Match) -> str:
    """The label with its name as the document writes it: "Section 3.1: Principal Office", "Section 1 — Principal
    Office", "Section 1.1 Name"."""
    if not match["name"]:
        return match["label"]
    between = match[0][match.end("label"):match.start("name")].strip("* ")
    separator = f" {between} " if between in _DASHES else f"{between} "
    return f"{match['label']}{separator}{' '.join(match['name'].split())}"


def _after_the_label(plain: str, match: re.Match) -> str:
    """The paragraph's plain text after its label and name."""
    label = re.escape(match["label"]) + _PUNCTUATION
    if match["name"]:
        label += r"\s*".join(map(re.escape, match["name"].split())) + _PUNCTUATION
    return re.sub(f"^{label}", "", plain, count=1)
