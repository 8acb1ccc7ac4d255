"""Whose policy a staff document is, from how it speaks of its readers as the organisation's people: "as an employee
of Indeed", "engineers at Yahoo", "All Kartoza employees are issued with an email address". Companies' handbooks
name themselves so, and often nowhere else: their people are the readers, and the text speaks as "we" to them.

Taken only where one name is so used (never two employers), the name is one a text writes only as a name (one
capitalised word it never writes in lower case, or a distinctive name: "W3C", "Greenleaf Ltd"), named at least three
times, and the text speaks as "we" or "our" at least three times (the organisation addressing its own people)."""

from __future__ import annotations

import re

from .name_shapes import is_distinctive_name, is_one_plain_name, looks_like_a_name, times_named
from .organisation import NAME

_PEOPLE = r"(?i:employees?|staff(?:\s+members?)?|engineers?|developers?|workers?|personnel|colleagues?)"
_THEIR_EMPLOYER = re.compile(
    rf"\b{_PEOPLE}\s+(?:of|at|for)\s+(?P<of>{NAME})|\b(?i:all|every|our)\s+(?P<all>{NAME})\s+{_PEOPLE}\b"
    rf"|\b(?P<own>{NAME})\s+{_PEOPLE}\s+(?:are|is|will|must|should|may|can)\b")
_WE = re.compile(r"\b(?:we|our|us)\b", re.I)
_LEAST = 3


def employer(text: str) -> tuple[str, str] | None:
    """(the name, the words read) of the one organisation whose people the text addresses; None otherwise."""
    names: dict[str, str] = {}  # every name written as an employer's, the first words saying so
    for match in _THEIR_EMPLOYER.finditer(text):
        if looks_like_a_name(name := match["of"] or match["all"] or match["own"], text):
            names.setdefault(name, " ".join(match[0].split()))
    if len(names) != 1 or len(_WE.findall(text)) < _LEAST:
        return None
    name, words = next(iter(names.items()))
    named = (is_one_plain_name(name, text) or is_distinctive_name(name, text)) and times_named(name, text) >= _LEAST
    return (name, words) if named else None
