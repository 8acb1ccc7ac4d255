"""Sentences and their words, as the review assistant counts them (handbook.versions.review_check)."""

from __future__ import annotations

import re

_ABBREVIATIONS = re.compile(r"\b(?:e\.g|i\.e|etc|St|Mr|Mrs|Ms|Dr|No|cf|viz|approx)\.", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u2019\u201d)]*\s+(?=[\"'\u2018\u201c(]*[A-Z0-9])")
_COUNTED = re.compile(r"[A-Za-z0-9][\w'\u2019-]*")


def sentences(paragraph: str) -> list[str]:
    """A paragraph's sentences; "e.g." and "St." do not end one."""
    protected = _ABBREVIATIONS.sub(lambda m: m[0].replace(".", "\0"), paragraph)
    return [s.replace("\0", ".") for s in _SENTENCE_END.split(protected) if s.strip()]


def counted_words(sentence: str) -> list[str]:
    """The words a sentence's length is counted in: "don't" and "co-ordinator" one each, a lone dash none."""
    return _COUNTED.findall(sentence)
