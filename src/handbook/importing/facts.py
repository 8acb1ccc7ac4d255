"""The front matter of an imported policy: what the document states about itself, TBC for the rest.

A fact is taken only where the document states it as that fact: a labelled line or table row
("Policy owner: ...", "Approved by | Full Governing Body", "Effective from 1 September 2025"),
a sentence made to say it ("This policy applies to all staff and volunteers", "Effective
November 15, 2007", "This policy is reviewed annually"), the organisation's name standing alone
near the top or introduced with its abbreviation ("the Ministry of Justice (MoJ)"), and the
document's own properties (Word's core properties, a web page's <title>, a PDF's metadata).
Words that merely mention approval or an audience in passing ("must be approved by the system
Accreditor in advance") are not facts about the policy. Every fact found is reported with where
it was found and the words it was read from; everything else is TBC and reported as a gap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .document import Block, Paragraph, Table

_MONTHS = {name: number for number, name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
_MONTHS.update({name[:3]: number for name, number in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_DATE = re.compile(
    r"(?P<iso>\d{4}-\d{2}-\d{2})|(?P<d>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>\d{4})"
    r"|(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>[A-Za-z]+)\.?,?\s+(?P<year>\d{4})"
    r"|(?P<us_month>[A-Za-z]+)\.?\s+(?P<us_day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<us_year>\d{4})",
)
_SEPARATOR = r"\s*[:|\u2013\u2014-]\s*"  # "Owner: X", "Owner | X" (a table row), "Owner - X"
_LABELLED = {
    "title": re.compile(rf"^(?:(?:document|policy|procedure)\s+(?:title|name)|title){_SEPARATOR}(?P<v>.+)$", re.I),
    "organisation": re.compile(
        rf"^(?:organi[sz]ation|school|academy|company|employer|institution)(?:\s+name)?{_SEPARATOR}(?P<v>.+)$", re.I
    ),
    "owner": re.compile(
        rf"^(?:(?:document|policy)\s+)?(?:owner|lead|responsible\s+(?:person|officer|department)){_SEPARATOR}"
        r"(?P<v>.+)$", re.I,
    ),
    "approved_by": re.compile(
        r"^(?:approved\s+by|approving\s+body|approval\s+body|approver|authori[sz]ed\s+by|ratified\s+by)"
        rf"(?:{_SEPARATOR}(?:the\s+)?(?P<v>.+?)(?:\s+on\s+(?P<on>.*\d{{4}}.*))?"
        # without a colon only as a line of its own saying when: "Approved by the governors on 3 May 2025"
        r"|\s+(?:the\s+)?(?P<v2>[^,;]+?)\s+on\s+(?P<on2>[^,;]*\d{4}))\.?$", re.I,
    ),
    "approved_on": re.compile(
        rf"^(?:date\s+(?:of\s+)?approv(?:ed|al)|approval\s+date|approved\s+on|date\s+approved|date\s+ratified)"
        rf"{_SEPARATOR}(?P<v>.+)$", re.I,
    ),
    "effective_from": re.compile(
        rf"^(?:effective(?:\s+(?:from|date|on|as\s+of))?|in\s+force\s+from|date\s+of\s+implementation|"
        rf"implementation\s+date|commencement\s+date|date\s+effective){_SEPARATOR}(?P<v>.*\d{{4}}.*)$", re.I,
    ),
    "version": re.compile(r"^(?:version|issue)(?:\s+(?:number|no\.?))?\s*[:|\s]\s*v?(?P<v>\d+(?:\.\d+)*)\.?$", re.I),
    "review_every": re.compile(rf"^review\s+(?:period|cycle|frequency|interval){_SEPARATOR}(?P<v>.+)$", re.I),
    "applies_to": re.compile(
        rf"^(?:applies\s+to|audience|target\s+audience|who\s+this\s+applies\s+to){_SEPARATOR}(?P<v>.+)$", re.I
    ),
}
_LONGEST_VALUE = 80  # a labelled value longer than this is a sentence, not a name
_ORGANISATION_WORDS = (
    r"School|Academy|College|University|Trust|Federation|Council|Ministry|Department|Agency|Authority|Office|"
    r"Board|Service|Club|Association|Society|Foundation|Charity|Church|Nursery|Partnership|Limited|Ltd|Inc|Group"
)
_DOCUMENT_WORDS = re.compile(r"\b(?:Terms|Policy|Policies|Procedures?|Code|Handbook|Guidance|Statement|Agreement|"
                             r"Conditions|Rules|Standards?|Plan|Notice)\b")
_NAME_WORD = r"(?:[A-Z][\w'\u2019&.-]*|of|and|for|the|&)"
_STANDALONE_ORGANISATION = re.compile(
    rf"^(?:The\s+)?(?P<v>{_NAME_WORD}(?:\s+{_NAME_WORD})*\s+(?:{_ORGANISATION_WORDS}))(?:\s+{_NAME_WORD})*$"
)
_NAME_WITH_ABBREVIATION = re.compile(r"(?P<v>(?:[A-Z][\w'\u2019-]*)(?:\s+(?:of|and|for|the|[A-Z][\w'\u2019-]*))+)"
                                     r"\s+\((?P<abbr>[A-Z][A-Za-z]{1,9})\)")
_APPLIES_SENTENCE = re.compile(
    r"\b(?:this|these|the)\s+(?:policy|policies|handbook|procedures?|code|guidance|document)\s+"
    r"(?:applies|apply|is\s+for)\s+to\s+(?P<v>[^.;:]+)", re.I,
)
_EFFECTIVE_SENTENCE = re.compile(r"^(?P<v>effective\s+(?:from\s+|on\s+|as\s+of\s+)?.*?\d{4})\b", re.I)
_REVIEW_SENTENCE = re.compile(
    r"\breviewed\s+(?:at\s+least\s+)?(?:every\s+(?P<n>\w+(?:-\w+)?)\s+(?P<unit>years?|months?)|(?P<word>annually|"
    r"every\s+year|yearly|biennially|every\s+other\s+year|triennially))", re.I,
)
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "twelve": 12, "eighteen": 18,
                 "twenty-four": 24}
_WORD_PERIODS = {"annually": "1 year", "every year": "1 year", "yearly": "1 year", "biennially": "2 years",
                 "every other year": "2 years", "triennially": "3 years"}
AUDIENCES = ["staff", "employees", "governors", "volunteers", "contractors", "trustees", "pupils", "students",
             "parents", "visitors", "members", "coaches", "workers", "officers", "managers", "users"]
_FIRST_BLOCKS = 6  # the organisation's name standing alone is looked for near the top only

FACT_NAMES = ("title", "organisation", "version", "owner", "approved_by", "approved_on", "effective_from",
              "review_every", "applies_to")


@dataclass(frozen=True)
class Fact:
    value: str | tuple[str, ...]
    place: str  # where the document states it: "line 4", "paragraph 2, 'Approved by...'", "Word's properties"
    words: str  # the document's words it was read from


@dataclass
class Facts:
    found: dict[str, Fact] = field(default_factory=dict)
    gaps: list[str] = field(default_factory=list)  # what a person must fill in, and why

    def value(self, name: str) -> str | tuple[str, ...]:
        return self.found[name].value if name in self.found else DEFAULTS.get(name, "TBC")

    def report(self) -> list[str]:
        """Each fact found, with where and the words: "effective_from 2007-11-15 from line 4: 'Effective ...'"."""
        lines = []
        for name in FACT_NAMES:
            if fact := self.found.get(name):
                shown = ", ".join(fact.value) if isinstance(fact.value, tuple) else fact.value
                words = fact.words if len(fact.words) <= 80 else fact.words[:77] + "..."
                lines.append(f"{name} {shown} from {fact.place}: '{words}'")
        return lines


# What is written where a document does not state it (every other fact is TBC): its numbering of
# versions starts at 1.0, and applies_to is a list. Both are reported as gaps.
DEFAULTS: dict[str, str | tuple[str, ...]] = {"version": "1.0", "applies_to": ("TBC",)}


def find_facts(blocks: list[Block], title: Paragraph | None, properties: dict[str, str] | None = None) -> Facts:
    """``title``: the paragraph the policy writer took as the title; ``properties``: the document's own
    (Word's core properties, a web page's <title>, a PDF's metadata), as {"title": ...}."""
    facts = Facts()
    if title is not None:
        facts.found["title"] = Fact(_title_case(title.plain), title.place, title.plain)
    for place, line, near_top in _lines(blocks):
        for name, pattern in _LABELLED.items():
            if name not in facts.found and (match := pattern.match(line)):
                _take(facts, name, match, place, line)
        if "organisation" not in facts.found:
            _organisation(facts, line, place, near_top)
        if "effective_from" not in facts.found and (match := _EFFECTIVE_SENTENCE.match(line)):
            _take_date(facts, "effective_from", match["v"], place, line)
        if "applies_to" not in facts.found and (match := _APPLIES_SENTENCE.search(line)) and (
            audiences := _audiences(match["v"])
        ):
            facts.found["applies_to"] = Fact(audiences, place, match[0])
        if "review_every" not in facts.found and (match := _REVIEW_SENTENCE.search(line)) and (
            period := _period(match)
        ):
            facts.found["review_every"] = Fact(period, place, match[0])
    for name, value in (properties or {}).items():
        stated = _period_words(value) if name == "review_every" else _title_case(value.strip())
        if name not in facts.found and stated:
            facts.found[name] = Fact(stated, "the document's properties", value.strip())
    _gaps(facts)
    return facts


def _take(facts: Facts, name: str, match: re.Match, place: str, line: str) -> None:
    groups = match.groupdict()
    value = (groups.get("v") or groups.get("v2") or "").strip().strip("|").strip().rstrip(".").strip()
    if not value or len(value) > _LONGEST_VALUE or value.casefold() in ("tbc", "n/a", "none", "-"):
        return
    if name in ("approved_on", "effective_from"):
        _take_date(facts, name, value, place, line)
    elif name == "approved_by":
        facts.found[name] = Fact(value, place, line)
        if (on := groups.get("on") or groups.get("on2")) and "approved_on" not in facts.found:
            _take_date(facts, "approved_on", on, place, line)
    elif name == "review_every":
        if period := _period_words(value):
            facts.found[name] = Fact(period, place, line)
    elif name == "applies_to":
        if audiences := _audiences(value):
            facts.found[name] = Fact(audiences, place, line)
    else:
        facts.found[name] = Fact(value, place, line)


def _take_date(facts: Facts, name: str, text: str, place: str, line: str) -> None:
    day = _date(text)
    if day:
        facts.found[name] = Fact(day.isoformat(), place, line)
    elif name not in [gap.split(":")[0] for gap in facts.gaps]:
        facts.gaps.append(f"{name}: {place} says '{line[:80]}', which is not a whole date; write YYYY-MM-DD or TBC")


def _organisation(facts: Facts, line: str, place: str, near_top: bool) -> None:
    if near_top and len(line) <= _LONGEST_VALUE and (match := _STANDALONE_ORGANISATION.match(line)) and not (
        _DOCUMENT_WORDS.search(line)  # "The GitHub Terms of Service" names a document, not who wrote it
    ):
        facts.found["organisation"] = Fact(match["v"], place, line)
        return
    for match in _NAME_WITH_ABBREVIATION.finditer(line):
        if not re.search(rf"\b(?:{_ORGANISATION_WORDS})\b", match["v"]):
            continue  # "Third Party Web Applications (TPWAs)" is a thing, not who wrote the policy
        initials = "".join(word[0] for word in match["v"].split() if word[0].isupper())
        capitals = "".join(c for c in match["abbr"] if c.isupper())
        if near_top and len(capitals) > 1 and initials.endswith(capitals):
            words = match["v"].split()
            # "the Ministry of Justice (MoJ)": from the word whose initial starts the abbreviation
            start = max(i for i, w in enumerate(words) if w[0] == capitals[0] and
                        "".join(x[0] for x in words[i:] if x[0].isupper()) == capitals)
            facts.found["organisation"] = Fact(" ".join(words[start:]), place, match[0])
            return


def _lines(blocks: list[Block]) -> list[tuple[str, str, bool]]:
    """(place, words, near the top) of each paragraph and each table row ("cell | cell": a details table)."""
    lines = []
    for index, block in enumerate(blocks):
        near_top = index < _FIRST_BLOCKS
        if isinstance(block, Paragraph):
            lines.append((block.place, block.plain, near_top))
        elif isinstance(block, Table):
            for row_number, row in enumerate(block.rows, start=1):
                cells = [_plain(cell) for cell in row if cell.strip()]
                lines.append((f"{block.place}, row {row_number}", " | ".join(cells), near_top))
                # a details table often has two facts to a row: "Owner | Head | Approved | 2025-09-01"
                lines += [(f"{block.place}, row {row_number}", " | ".join(cells[i:i + 2]), near_top)
                          for i in range(2, len(cells) - 1, 2)]
    return lines


def _plain(markdown_cell: str) -> str:
    return " ".join(re.sub(r"\\(.)", r"\1", re.sub(r"<br>|\*+", " ", markdown_cell)).split())


def _audiences(text: str) -> tuple[str, ...]:
    return tuple(a for a in AUDIENCES if re.search(rf"\b{a}\b", text, re.I))


def _period(match: re.Match) -> str | None:
    if match["n"]:
        amount = int(match["n"]) if match["n"].isdigit() else _NUMBER_WORDS.get(match["n"].lower())
        unit = "years" if match["unit"].lower().startswith("year") else "months"
        return f"{amount} {unit}" if amount else None
    return _WORD_PERIODS.get(" ".join(match["word"].lower().split()))


def _period_words(value: str) -> str | None:
    words = value.lower()
    if match := re.match(r"^(?:every\s+)?(\d+|[a-z]+(?:-[a-z]+)?)\s+(years?|months?)\b", words):
        amount = int(match[1]) if match[1].isdigit() else _NUMBER_WORDS.get(match[1])
        return f"{amount} {'years' if match[2].startswith('year') else 'months'}" if amount else None
    return next((period for word, period in _WORD_PERIODS.items() if words.startswith(word)),
                "1 year" if words.startswith("annual") else None)


def _date(text: str) -> date | None:
    match = _DATE.search(text)
    try:
        if match is None:
            return None
        if match["iso"]:
            return date.fromisoformat(match["iso"])
        if match["y"]:
            return date(int(match["y"]), int(match["m"]), int(match["d"]))  # British order: day/month/year
        if match["us_month"]:
            month = _MONTHS.get(match["us_month"].lower())
            return date(int(match["us_year"]), month, int(match["us_day"])) if month else None
        month = _MONTHS.get(match["month"].lower())
        return date(int(match["year"]), month, int(match["day"])) if month else None
    except ValueError:
        return None


def _gaps(facts: Facts) -> None:
    for name, gap in (
        ("title", "the document states no title: write it"),
        ("organisation", "not stated: TBC; write the organisation's name"),
        ("owner", "not stated: TBC"),
        ("approved_by", "not stated: TBC"),
        ("approved_on", "not stated: TBC"),
        ("effective_from", "not stated: TBC (often the approval date)"),
        ("version", "not stated: written 1.0, the first version in the handbook"),
        ("review_every", "not stated: TBC; write the period, such as '2 years'"),
        ("applies_to", "not stated: TBC; write the audiences, such as [staff, volunteers]"),
    ):
        if name not in facts.found and not any(g.startswith(f"{name}:") for g in facts.gaps):
            facts.gaps.append(f"{name}: {gap}")


def _title_case(title: str) -> str:
    """A title in capitals as the navigation shows titles: "SAFEGUARDING POLICY" -> "Safeguarding Policy"."""
    if title != title.upper():
        return title
    small = {"and", "of", "the", "for", "in", "on", "to", "a"}
    words = title.lower().split()
    return " ".join(w if i and w in small else w[:1].upper() + w[1:] for i, w in enumerate(words))
