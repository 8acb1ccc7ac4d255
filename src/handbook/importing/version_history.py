"""What a version history table states: "Version | Date | Author/Reviewer | Comments" over rows.

Its latest numbered row gives the version. A row whose comment says only that the version was approved ("Approved",
"Approved Policy", "Approved by FedRAMP Board") states the approval too: the date in its Date column, and who approved
it in its reviewer's or approver's column, or its comment. A row whose person is only the author, or whose comment
says more ("Approved by the Board, subject to ..."), is not read as an approval.
The version column may come later where the table says what changed ("Date | Description | Version | Author").
Rows left to be filled in for later versions (``<Date> | <Version>``) state nothing; a template's table, its row to
fill in (``<revision no.> | YYYY-MM-DD``) above an example, states nothing at all.
Its dates are given as the cells write them: the caller reads them as it reads any date the document states (a
date that reads two ways, 03/04/2021, is then reported, not guessed).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from .dates import DATE, read_date
from .document import Block, Table
from .organisation import NAME

# The first column's heading: "Version", "Revision No.", "Issue number", "Release No.", "SharePoint version no." (named
# for the system that keeps the versions, as the ONS's template does)
_HISTORY_HEADER = re.compile(r"^(?:[A-Z][\w-]*\s+)?(?i:version|revision|issue|release|ver\.|rev\.)"
                             r"(?i:\s+(?:no\.?|number))?$")
# A column giving the day each version was adopted or took effect: "Adopted", "Date approved", "Effective Date"
_DAY_COLUMNS = {"approved_on": re.compile(r"^(?:adopted|approved)(?:\s+(?:on|date))?$|^date\s+(?:adopted|approved)$",
                                          re.I),
                "effective_from": re.compile(r"^effective(?:\s+(?:from|date))?\W*$", re.I)}
PLACEHOLDER = re.compile(r"<[^>]*>|&lt;|\bYYYY\b|\bDD/MM\b|\[[^\]]*(?:name|date|number)[^\]]*\]", re.I)
# A history's column saying what changed, beside a version column that is not its first ("Date | Description |
# Version | Author"): not a list of software ("Name | Version | Release date")
_CHANGE_COLUMN = re.compile(r"^(?:description|changes?|comments?|summary|reason|revision\s+description|author)$", re.I)
_VERSION_NUMBER = re.compile(r"^v?(\d+(?:\.\d+)*)$", re.I)
# "Approved", "Approved Policy", "Approved by FedRAMP Board" (who, and nothing more)
_APPROVAL = re.compile(rf"^(?i:approved|approval)(?:\s+(?i:policy|version|document|draft|final\s+version))?"
                       rf"(?:\s+(?i:by)\s+(?:the\s+)?(?P<by>{NAME}))?\.?$")
_APPROVER_HEADER = re.compile(r"approv|review", re.I)  # "Approver", "Author/Reviewer", "Reviewed by"

# A cover's line of its own: "v0.1 - 28 October 2015", "V2.3", "REV.2019.01", "(Ver. 1.3, October 14th, 2015)" (a
# dotted number: "v2" alone may be anything)
VERSION_ALONE = re.compile(r"^\(?(?:[vV]|(?i:rev|ver)\.\s?)(?P<v>\d+(?:\.\d+)+)(?:\s*[-\u2013\u2014,|]\s*.*)?$")
# A footer or header naming the document and its version: "ERA Safeguarding Policy 23-08-2020 - v1.0", "Lone Working
# Policy | May 2024 | Version 2.1", "OSS Preliminary Assessment Checklist. Version 2.0 page 1 of 4" (its page after it)
_NAMED_VERSION = re.compile(r"^(?P<doc>[^.!?:;]{3,80}?)\s*(?:[-\u2013\u2014|,.]\s*)?(?:[vV]|[Vv]ersion\s+)"
                            r"(?P<v>\d+(?:\.\d+)+)(?:\s+[Pp]age\s+\d+(?:\s+of\s+\d+)?)?\s*$")
_FOOTER_PART = re.compile(r"^(?:[A-Z][\w'\u2019&-]*|\d{1,4}(?:[-/.]\d{1,2}[-/.]\d{2,4})?|[-\u2013\u2014|,]|"
                          r"of|and|for|the)$")

# A title ending in its version: "Balanced Employee Intellectual Property Agreement 1.0.0" (three parts, as software
# numbers releases), "Politique de contribution aux logiciels libres de l'État v1.0", "Lab Manual v 3.0" (not
# "Procedure 3.2", a number, nor "Part V 2", a part's)
TITLE_VERSION = re.compile(r"\s(?P<bracket>\()?(?:(?:[vV](?:\.?\s(?=\d+\.\d))?|[Vv]ersion\s+)(?P<v>\d+(?:\.\d+)*)"
                           r"|(?P<v2>\d+\.\d+\.\d+))(?(bracket)\))$"  # also in brackets: "Lab Policies (v1.2)"
                           r"|\s\([Vv]er(?:sion)?\.?\s?(?P<v3>\d+(?:\.\d+)*)\)(?=\s)")  # "Bylaws (Ver. 1.3) of the ..."
# ... and a running head giving it anywhere among its parts: "Security Policy v1.0 Essentials Guide to Security at
# Free UK Genealogy |" (a Word header's cells)
HEAD_VERSION = re.compile(r"(?:^|\s)(?:(?:[vV]|[Vv]ersion\s+)(?P<v>\d+(?:\.\d+)*)|(?P<v2>\d+\.\d+\.\d+))(?=\s|$|[|,;])")

# a fact as (value, where, the document's words)
Stated = tuple[str, str, str]


def history_facts(blocks: list[Block], plain: Callable[[str], str]) -> dict[str, Stated]:
    """The version, approver, approval date and start date (each date as its cell writes it) the first version
    history table states, by fact name. ``plain``: a cell's words as shown."""
    for block in blocks:
        if isinstance(block, Table) and len(block.rows) > 1 and (stated := _table_facts(block, plain)):
            return stated
    return {}


def _table_facts(table: Table, plain: Callable[[str], str]) -> dict[str, Stated]:
    rows = [[plain(cell) for cell in row] for row in table.rows]
    # a caption across the table ("Version History") over its header
    first = 1 if len(rows) > 2 and sum(bool(cell.strip()) for cell in rows[0]) == 1 and len(rows[1]) > 1 else 0
    header = rows[first]
    column = _version_column(header)
    if column is None or not any("date" in h.casefold() for h in header):
        return {}
    to_fill_in = [row_number for row_number, row in enumerate(rows[first + 1:], start=first + 2)
                  if any(PLACEHOLDER.search(cell) for cell in row)]
    numbered = [(number[1], row_number) for row_number, row in enumerate(rows[first + 1:], start=first + 2)
                if len(row) > column and row_number not in to_fill_in
                and (number := _VERSION_NUMBER.match(row[column]))]
    if not numbered or (to_fill_in and to_fill_in[0] < numbered[-1][1]):  # a template's example under its form
        return {}

    def stated(value: str, row_number: int) -> Stated:
        return value, f"{table.place}, row {row_number}", " | ".join(rows[row_number - 1])

    number, row_number = _latest(numbered)
    facts = {"version": stated(number, row_number)}
    for heading, cell in zip(header, rows[row_number - 1], strict=False):  # the latest version's own days
        for name, column in _DAY_COLUMNS.items():
            if column.match(heading.strip()) and read_date(cell):
                facts[name] = stated(DATE.search(cell)[0], row_number)
    approvals = [found for found in numbered if any(_APPROVAL.match(cell) for cell in rows[found[1] - 1])]
    if approvals:
        _, row_number = _latest(approvals)
        for heading, cell in zip(header, rows[row_number - 1], strict=False):
            if "date" in heading.casefold() and read_date(cell):
                facts["approved_on"] = stated(DATE.search(cell)[0], row_number)
            elif _APPROVER_HEADER.search(heading) and re.fullmatch(NAME, cell) and not re.search(r"\d", cell):
                facts["approved_by"] = stated(cell, row_number)
            elif (approval := _APPROVAL.match(cell)) and approval["by"]:
                facts.setdefault("approved_by", stated(approval["by"], row_number))
    return facts


def _version_column(header: list[str]) -> int | None:
    """The column numbering a history's versions: its first, or a later one beside a column saying what changed."""
    if header and _HISTORY_HEADER.match(header[0]):
        return 0
    if not any(_CHANGE_COLUMN.match(heading) for heading in header):
        return None
    return next((index for index, heading in enumerate(header) if _HISTORY_HEADER.match(heading)), None)


def _latest(numbered: list[tuple[str, int]]) -> tuple[str, int]:
    """The row of the highest version number; of rows with the same number, the last. Numbers a table writes as
    decimals ("2.01", "2.02", "2.03", "2.1" in turn: each higher than the last only as a decimal) are read so."""
    def parts(number: str) -> tuple[int, ...]:
        return tuple(int(n) for n in number.split("."))

    in_order = [number for number, _ in sorted(numbered, key=lambda found: found[1])]
    as_decimals = all(number.count(".") <= 1 for number in in_order) and not _runs([parts(n) for n in in_order]) and (
        _runs([float(n) for n in in_order]))
    return max(numbered, key=lambda found: (float(found[0]) if as_decimals else parts(found[0]), found[1]))


def _runs(numbers: list) -> bool:
    """Whether the numbers rise, or fall, all the way down the table."""
    pairs = list(pairwise(numbers))
    return all(a <= b for a, b in pairs) or all(a >= b for a, b in pairs)


def footer_version(line: str, title: str) -> re.Match | None:
    """The version a footer or header line gives where it names this document by its title's last words
    ("ERA Safeguarding Policy 23-08-2020 - v1.0" under the title "... Safeguarding Policy"), every other word
    a name, a date or a separator: not a sentence naming another version ("This replaces the Safeguarding
    Policy v1.0") nor another document's ("See the Data Protection Policy v2.0" in a code of conduct)."""
    if not title or len(line) > 120 or not (match := _NAMED_VERSION.match(line)):
        return None
    words, named = match["doc"].split(), " ".join(title.split()[-2:]).casefold()
    return match if named in match["doc"].casefold() and len(words) <= 12 and all(
        _FOOTER_PART.match(word) for word in words) else None
