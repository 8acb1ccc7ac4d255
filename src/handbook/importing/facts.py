"""The front matter of an imported policy: what the document states about itself, TBC for the rest.

Policies state their owner, approval and review period in many ways ("Policy owner: ...",
"Approved by the Full Governing Body on 14 September 2025", "This policy is reviewed annually"),
often in a table at the top. Each fact is looked for in the document's paragraphs and table
rows; whatever is not found is TBC (or, for the facts the handbook cannot leave open, a stated
default), and each such gap is reported for a person to fill in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .document import Block, Paragraph, Table

_MONTHS = {name: number for number, name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
_DATE = re.compile(
    r"(?P<iso>\d{4}-\d{2}-\d{2})|(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})"
    r"|(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>[A-Za-z]+),?\s+(?P<year>\d{4})",
)
_OWNER = re.compile(r"^(?:policy\s+)?(?:owner|lead|responsible\s+(?:person|officer))\s*[:\-\u2013|]\s*(?P<v>.+)$", re.I)
_APPROVED_BY = re.compile(r"\bapproved\s+by\s*[:\-\u2013|]?\s*(?:the\s+)?(?P<v>.+?)(?:\s+on\s+.*)?$", re.I)
_APPROVED_ON = re.compile(
    r"(?:\bapproved\s+(?:by\b.*?\s)?on|date\s+(?:of\s+)?approv(?:ed|al))\s*[:\-\u2013|]?\s*(?P<v>.+)$", re.I
)
_EFFECTIVE = re.compile(
    r"(?:effective\s+from|in\s+force\s+from|date\s+of\s+implementation|implemented\s+on)\s*[:\-\u2013|]?\s*(?P<v>.+)$",
    re.I,
)
_VERSION = re.compile(r"^version\s*(?:number|no\.?)?\s*[:\-\u2013|]?\s*(?P<v>\d+(?:\.\d+)*)\b", re.I)
_ORGANISATION = re.compile(
    r"\b(?P<v>(?:(?:St\.?|Saint)\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:[A-Z][\w'\u2019-]*|of|and|the))*\s+"
    r"(?:School|Academy|College|Trust|Federation))\b"
)
_REVIEW_EVERY = re.compile(
    r"review(?:ed)?\s+(?:every\s+(?P<n>\w+)\s+(?P<unit>years?|months?)|(?P<word>annually|every\s+year|biennially|"
    r"every\s+two\s+years|triennially))|review\s+(?:period|cycle|frequency)\s*[:\-\u2013|]\s*(?P<period>.+)$",
    re.I,
)
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "twelve": 12, "eighteen": 18,
                 "twenty-four": 24}
_AUDIENCES = ["staff", "governors", "volunteers", "contractors", "trustees", "pupils", "students", "parents",
              "visitors"]


@dataclass
class Facts:
    title: str = "TBC"
    organisation: str = "TBC"
    version: str = "1.0"
    owner: str = "TBC"
    approved_by: str = "TBC"
    approved_on: str = "TBC"
    effective_from: str = "TBC"
    review_every: str = "1 year"
    applies_to: list[str] = field(default_factory=lambda: ["staff"])
    gaps: list[str] = field(default_factory=list)  # what a person must fill in or confirm


def find_facts(blocks: list[Block], title: str | None) -> Facts:
    facts = Facts()
    lines = _lines(blocks)
    found: dict[str, str] = {}
    for line in lines:
        for key, pattern in (("owner", _OWNER), ("approved_by", _APPROVED_BY), ("version", _VERSION),
                             ("effective_from", _EFFECTIVE), ("approved_on", _APPROVED_ON)):
            if key not in found and (match := pattern.search(line)):
                found[key] = match["v"].strip().rstrip(".")
        if "organisation" not in found and (match := _ORGANISATION.search(line)):
            found["organisation"] = match["v"]
        if "review_every" not in found and (match := _REVIEW_EVERY.search(line)) and (period := _period(match)):
            found["review_every"] = period
        if "applies_to" not in found and re.search(r"\bappl(?:ies|y)\s+to\b", line, re.I):
            audiences = [a for a in _AUDIENCES if re.search(rf"\b{a}\b", line, re.I)]
            if audiences:
                found["applies_to"] = audiences
    facts.title = _title_case(title) if title else "TBC"
    if not title:
        facts.gaps.append("title: the document has no title (a Title or Heading 1 paragraph); write it")
    facts.organisation = found.get("organisation", "TBC")
    for key in ("owner", "approved_by"):
        setattr(facts, key, found.get(key, "TBC"))
    for key in ("approved_on", "effective_from"):
        day = _date(found[key]) if key in found else None
        setattr(facts, key, day.isoformat() if day else "TBC")
        if key in found and not day:
            facts.gaps.append(f"{key}: the document says '{found[key]}', which is not a whole date; write YYYY-MM-DD")
    facts.version = found.get("version", facts.version)
    facts.review_every = found.get("review_every", facts.review_every)
    facts.applies_to = found.get("applies_to", facts.applies_to)
    for key, default_note in (
        ("organisation", "not found; write the school's name"),
        ("owner", "not stated: TBC"),
        ("approved_by", "not stated: TBC"),
        ("approved_on", "not stated: TBC"),
        ("effective_from", "not stated: TBC (often the approval date)"),
        ("version", "not stated: 1.0 assumed"),
        ("review_every", "not stated: 1 year assumed"),
        ("applies_to", "not stated: [staff] assumed"),
    ):
        if key not in found:
            facts.gaps.append(f"{key}: {default_note}")
    return facts


def _lines(blocks: list[Block]) -> list[str]:
    """The document's paragraphs, and each table row as "cell: cell" (a details table at the top)."""
    lines = []
    for block in blocks:
        if isinstance(block, Paragraph):
            lines.append(block.plain)
        elif isinstance(block, Table):
            lines += [": ".join(_plain(cell) for cell in row if cell) for row in block.rows]
    return lines


def _plain(markdown_cell: str) -> str:
    return re.sub(r"\\(.)", r"\1", re.sub(r"<br>|\*+", " ", markdown_cell)).strip()


def _period(match: re.Match) -> str | None:
    if match["n"]:
        amount = int(match["n"]) if match["n"].isdigit() else _NUMBER_WORDS.get(match["n"].lower())
        unit = "years" if match["unit"].lower().startswith("year") else "months"
        return f"{amount} {unit}" if amount else None
    word = (match["word"] or match["period"] or "").lower()
    if word in ("annually", "every year") or word.startswith(("1 year", "one year", "annual", "yearly")):
        return "1 year"
    if word in ("biennially", "every two years") or word.startswith(("2 years", "two years")):
        return "2 years"
    if word == "triennially" or word.startswith(("3 years", "three years")):
        return "3 years"
    return None


def _date(text: str) -> date | None:
    match = _DATE.search(text)
    try:
        if match is None:
            return None
        if match["iso"]:
            return date.fromisoformat(match["iso"])
        if match["y"]:
            return date(int(match["y"]), int(match["m"]), int(match["d"]))  # British order: day/month/year
        month = _MONTHS.get(match["month"].lower())
        return date(int(match["year"]), month, int(match["day"])) if month else None
    except ValueError:
        return None


def _title_case(title: str) -> str:
    """A title in capitals as the navigation shows titles: "SAFEGUARDING POLICY" -> "Safeguarding Policy"."""
    if title != title.upper():
        return title
    small = {"and", "of", "the", "for", "in", "on", "to", "a"}
    words = title.lower().split()
    return " ".join(w if i and w in small else w[:1].upper() + w[1:] for i, w in enumerate(words))
