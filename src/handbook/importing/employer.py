"""Whose policy a staff document is, from how it speaks of its readers as the organisation's people: "as an employee
of Indeed", "engineers at Yahoo", "All Kartoza employees are issued with an email address", "Everyone at Converge needs
to sign". Companies' handbooks name themselves so, and often nowhere else: their people are the readers, and the text
speaks as "we" to them. So does whom "you work for": "whilst you work for Pixie Labs".

Taken only where one name is so used (never two employers), the name is one a text writes only as a name (one
capitalised word it never writes in lower case, a distinctive name: "W3C", "Greenleaf Ltd", or, whom "you work for",
any name of several words), named at least three times, and the text speaks as "we" or "our" at least three times
(the organisation addressing its own people)."""

from __future__ import annotations

import re

from .name_shapes import (
    a_whole_name,
    is_distinctive_name,
    is_one_plain_name,
    looks_like_a_name,
    times_named,
    whole_name,
)
from .organisation import NAME

# Its people as called after its name, its staff: "Rose staff will", "Acme employees must" (not "Sphinx developers
# should", another project's people a software project's policy speaks of)
_STAFF = r"(?i:employees?|staff(?:\s+members?)?|workers?|personnel|colleagues?)"
_PEOPLE = rf"(?:{_STAFF}|(?i:engineers?|developers?))"
_DETERMINER = r"(?:Every|Each|All|Any|No|Our|The|New|Other|Some)"  # "Every employee will ...": no one's name
_THEIR_EMPLOYER = re.compile(
    rf"\b{_PEOPLE}\s+(?:of|at|for)\s+(?P<of>{NAME})|\b(?i:all|every|our)\s+(?P<all>{NAME})\s+{_PEOPLE}\b"
    rf"|\b(?!{_DETERMINER}\s)(?P<own>{NAME})\s+{_STAFF}\s+(?:are|is|will|must|should|may|can)\b"
    rf"|\b(?i:you|whilst|while|when)\s+(?:work|are\s+working|are\s+employed)\s+(?:for|at|by)\s+(?P<works>{NAME})"
    # where its people are: "Everyone at Converge needs to sign", "your best work at Converge", "after you've been at
    # Converge for about 3 months"
    rf"|\b(?i:everyone|everybody|work|been)\s+at\s+(?P<at>{NAME})"
    # ... and in Norwegian, Danish, Swedish and German, where "we" are, the verb between: "Hos NRK bruker vi MIT", "I
    # Apparat har vi verneombud", "Bei Acme arbeiten wir ..."
    rf"|(?m:^)(?:I|Hos|Bei)\s+(?P<among>{NAME})\s+\w+\s+(?:vi|wir)\b")
_WE = re.compile(r"\b(?:we|our|us|vi|vår|våre|vores|wir|unser\w*)\b", re.I)
_PEOPLE_WORDS = re.compile(rf"\b{_PEOPLE}\b")
_MEMBERS = re.compile(r"\bmembers?\b", re.I)
_LEAST = 3


def employer(text: str) -> tuple[str, str] | None:
    """(the name, the words read) of the one organisation whose people the text addresses; None otherwise."""
    names: dict[str, str] = {}  # every name written as an employer's, the first words saying so
    worked_for = set()  # the names of those said as whom "you work for": a name of any words ("Pixie Labs") will do
    employers_of = set()  # and of those said only as "employees of X", which a union's rules say of its members too
    among = set()  # and of those where "we" are ("Hos NRK bruker vi"): initials will do ("NRK", not "HR" or "IT")
    for match in _THEIR_EMPLOYER.finditer(text):
        name = match["of"] or match["all"] or match["own"] or match["works"] or match["at"] or match["among"]
        if looks_like_a_name(name, text):
            names.setdefault(name, " ".join(match[0].split()))
            if match["works"]:
                worked_for.add(name)
            elif match["of"]:
                employers_of.add(name)
            elif match["among"]:
                among.add(name)
    if len(names) != 1 or len(_WE.findall(text)) < _LEAST or (set(names) <= employers_of and _speaks_to_members(text)):
        return None
    name, words = next(iter(names.items()))
    name = whole_name(name, text)  # ("Rose Library" for the "Rose" of "Rose staff will")
    named = is_one_plain_name(name, text) or is_distinctive_name(name, text) or (
        name in worked_for and a_whole_name(name, text)) or (name in among and re.fullmatch(r"[A-ZÆØÅ]{3,6}", name))
    return (name, words) if named and times_named(name, text) >= _LEAST else None


def _speaks_to_members(text: str) -> bool:
    """Whether the text speaks of its people as members far more than as staff: a union's, club's or society's
    rules, whose members are some employer's people ("Stewards must be active employees of Alphabet", in a union's
    rules that speak of "AWU-CWA members" 49 times), not that employer's policy."""
    return len(_MEMBERS.findall(text)) > 2 * max(len(_PEOPLE_WORDS.findall(text)), _LEAST)
