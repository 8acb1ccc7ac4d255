"""The syntax of a policy file's body and numbers, for every module that reads or writes one."""

from __future__ import annotations

import re

from ..model import NUMBERING_WORDS, ROMAN_NUMBER

HEADING = re.compile(r"^(?P<marks>#{1,6})\s+(?P<text>.+?)\s*#*\s*$")
# A code fence's line: "```", "```python", "~~~"; not "```This is a code block.```", a code span on a line of its own
# (a backtick fence's info string holds no backtick, as CommonMark and Python-Markdown read it)
CODE_FENCE = re.compile(r"^\s*(```(?!.*`)|~~~)")  # (the fence's marks: a closing fence is the same)
# "12." or "3.1" or "3.1.2." at column 0. A bare "12" is not a clause, so a wrapped line that
# happens to start with a year ("1998 was...") is not mistaken for one.
# An appendix numbers its clauses A.1, A.2, A.2.1 (a capital letter, then numbers).
CLAUSE_LABEL = r"(?:\d+(?:\.\d+)*\.|\d+(?:\.\d+)+|[A-Z](?:\.\d+)+\.?)"
CLAUSE = re.compile(rf"^(?P<label>{CLAUSE_LABEL})(?:[ \t]+(?P<text>.*))?$")
# A numbered heading: "## 1. PURPOSE AND SCOPE" opens section 1, whose clauses are 1.1, 1.2...
NUMBERED_HEADING = re.compile(rf"^(?P<label>{CLAUSE_LABEL})\s+\S")

# Numbering beyond decimals, typed at the start of a line and then a space and the text. Such a
# label numbers a clause only in a run (handbook.source.schemes): prose may begin "A1 roads...".
# A code: capitals, then groups joined by "." or "-", then a number: "POL.ITAUP.001", "HR-012".
CODE_LABEL = r"(?P<code>[A-Z]{2,}(?:[.-][A-Z][A-Z0-9]*)*)[.-](?P<code_number>\d{1,4})"
# A capital letter and a number: "A1", "B12".
LETTER_NUMBER_LABEL = r"(?P<letter>[A-Z])(?P<letter_number>\d{1,3})"
SCHEME_CLAUSE = re.compile(rf"^(?P<label>{CODE_LABEL}|{LETTER_NUMBER_LABEL})[ \t]+(?P<text>\S.*)$")
# A heading numbered by a word: "## Section 3 Title", "## Article 5: Title", "## Part 2. Title",
# "## Part 2.1 Title", "## ARTICLE IV — Title", "## Rule 3. Title" (the label leaves out a full stop after the number).
NAMED_HEADING = re.compile(
    rf"^(?P<label>(?P<word>{NUMBERING_WORDS})\s+(?P<number>\d{{1,3}}(?:\.\d{{1,3}})*|{ROMAN_NUMBER}))"
    r"(?=$|[\s:\-\u2013\u2014]|\.(?!\d))",
    re.IGNORECASE,
)
MAX_NUMBER_DIGITS = 9  # in each part of a number, so that "12345678901234..." is an error, not a crash
# Numbers separated by dots, as a version ("2", "2.1": its page's address) or a cited clause ("3.1.2") is written.
DOTTED_NUMBER = re.compile(rf"^\d{{1,{MAX_NUMBER_DIGITS}}}(?:\.\d{{1,{MAX_NUMBER_DIGITS}}})*$")
LETTERED_SECTION = re.compile(r"^(?P<letter>[A-Z])\.\s+\S")  # "## D. Content": see source.schemes
# A heading numbered by a Roman numeral alone: "## IV. Policy", as US federal procedures number their
# sections (a scheme label: it numbers only in a run, I. then II., see source.schemes).
ROMAN_HEADING = re.compile(rf"^(?P<label>{ROMAN_NUMBER}\.)\s+\S")
POLICY_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")  # "social-media": lower case, digits, single hyphens
# An id names a folder, its files ("<id>.pdf") and the page address: far below the 255 bytes a file
# name may have, and four times the longest id in use (15).
MAX_POLICY_ID_LENGTH = 64
# A row of a Markdown table ("| a | b |") and the rule under its header ("|---|:--:|").
TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
