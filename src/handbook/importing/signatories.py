"""Who issued or signed an imported policy, where the document shows it as a memo or a signed page does.

A memo's header at the top, as handbook.importing.memo_header reads it: "FROM: Sarah Jones, Chief Executive"
beside "TO: All staff and volunteers", "SUBJECT: ..." or "MEMORANDUM FOR: ...". Whoever it is from issues the
policy (its approver) where the FROM names a person or a role, not a sentence ("From: the school office, who will
reply ...", a letter's line, then makes the header no memo's unless "MEMORANDUM FOR" heads it); whom it is to is its
audience where the TO names people by what they are ("All staff", not "All Heads of Service"). The memo's own DATE
is when the memo was sent, not a fact of the policy.

A signature block: "Signed: J. Patel" (or "Signed:", "Signature: ____", "Signed on behalf of the Governing Body"
or "Approved by:" over the name or "Name: J. Patel"), then the signatory's role on the next line ("Chair of
Governors", or "Position: Chair of Governors") and "Date: 21 June 2024": the approver "J. Patel, Chair of
Governors" and the date signed. A blank to sign with no name ("Signed: ________" over "Parent/Carer") is no one.

A table of signatures under its own heading ("Approval Signatures": a Name column and a Signature column, as an SOP
signed digitally prints it): each named signatory approves it, on the last day signed ("Digitally signed by ... Date:
2021.09.07 19:31:22").

A conformed signature, as American orders and directives print one: "/s/ Janet Yellen, Secretary of the Treasury" at
the end of a paragraph (a web page often runs the role on: "/S/Janet YellenSecretary of the Treasury"), dated by
the order's own "DATE:" line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from .audiences import named_first
from .document import Block, Paragraph, Table
from .memo_header import memo_header as read_memo_header

# who it is from: a person's name and role, or a role ("Director of Finance"): capitalised words, no sentence
_FROM = re.compile(r"^[A-Z][\w'\u2019.-]*(?:,?\s+(?:[A-Z][\w'\u2019&.-]*|of|for|and|the|&))*$")
_LONGEST = 80
# "Signed: J. Patel", "Signature: ____", "Signed on behalf of the Governing Body", "Approved by:"
_SIGNED = re.compile(
    r"^(?:signed|signature|approved\s+by)(?:\s+(?:by|on\s+behalf\s+of\s+[^:]{1,60}))?\s*:?\s*(?P<v>.*)$", re.I
)
_NAME_LABEL = re.compile(r"^(?:(?:print(?:ed)?\s+|full\s+)?name(?:\s+of\s+signatory)?|signatory)\s*:\s*(?P<v>.+)$",
                         re.I)
_BLANK = re.compile(r"^[\s_.\u2026-]*$")  # where the signature goes
# a person's name as signed: "J. Patel", "Dr R. Khan", "Christopher C. Krebs", "Mrs K. O'Brien"
_PERSON = re.compile(r"^(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Cllr|Rev|Sir|Dame)\.?\s+)?"
                     r"(?:[A-Z]\.\s*|[A-Z][a-z'\u2019-]+\s+){1,3}[A-Z][a-z'\u2019-]+(?:-[A-Z][a-z]+)?$")
# who signs a form in an appendix is a kind of person, not a name: "Signed: Class Teacher", "Parent Carer"
_KIND_OF_PERSON = re.compile(r"\b(?:teacher|parent|carer|guardian|member|staff|pupil|student|child|governor|chair|"
                             r"head|manager|officer|employee|witness|volunteer|board|committee|body|trust|council)s?\b",
                             re.I)
# "Role of signatory: Chair of the Committee" (a pre-school's form)
_ROLE_LABEL = re.compile(r"^(?:position|role|job\s+title|title|capacity)(?:\s+of\s+signatory)?\s*:\s*(?P<v>.+)$", re.I)
# a role as a signature block gives it: a few capitalised words ("Chair of Governors", "Headteacher")
_ROLE = re.compile(r"^[A-Z][\w'\u2019-]*(?:\s+(?:of|for|and|the|&|[A-Z][\w'\u2019()-]*)){0,6}$")
_DATED = re.compile(r"^(?:date|dated|date\s+signed)\s*:\s*(?P<v>.+)$", re.I)
_SIGNATURES_HEADING = re.compile(r"^(?:(?:approval|document)\s+)?(?:signatures|sign-?off|approvals)$", re.I)
_SIGNED_DIGITALLY = re.compile(r"\bDate:\s*(\d{4})[.-](\d\d)[.-](\d\d)\b")  # Adobe's "Date: 2021.08.30 09:38:00"
_CONFORMED = re.compile(r"(?:^|(?<=\s))/[sS]/\s*(?P<name>(?:[A-Z]\.\s*|[A-Z][a-z'\u2019-]+\s+){1,3}[A-Z][a-z'\u2019-]+)"
                        r"(?:,?\s*(?P<role>[A-Z][\w'\u2019-]*(?:\s+(?:of|for|and|the|&|[A-Z][\w'\u2019-]*)){0,6}))?\s*$")


def memo_header(lines: list[tuple[str, str]]) -> dict[str, tuple[str | tuple[str, ...], str, str]]:
    """{fact: (value, place, words)} from a memo's header among ``lines`` (place, words) at the top, as
    handbook.importing.memo_header reads it."""
    if (memo := read_memo_header(lines)) is None:
        return {}
    found: dict[str, tuple[str | tuple[str, ...], str, str]] = {}
    if memo.sender is not None:
        if (issuer := _within_length(memo.sender.value)) and _FROM.match(issuer):
            found["approved_by"] = (issuer, memo.sender.place, memo.sender.words)
        elif memo.memorandum_for is None:
            return {}  # "From: the school office, who will reply ...": a letter's line, not who issues it
    if (to := memo.to) and (audiences := named_first(to.value)):
        found["applies_to"] = (audiences, to.place, to.words)
    return found


def signature_block(lines: list[tuple[str, str]]) -> dict[str, tuple[str, str, str]]:
    """{fact: (value, place, words)} from the first signature block among ``lines`` naming a person; the place is
    the block's first line, the words its lines as "Signed: J. Patel / Chair of Governors / Date: 21 June 2024"."""
    return _conformed_signature(lines) or _signed_block(lines)


def _conformed_signature(lines: list[tuple[str, str]]) -> dict[str, tuple[str, str, str]]:
    """The approver and date of an order signed "/s/ Name, Role", dated by its first "DATE:" line."""
    signed = next(((place, match) for place, words in lines if (match := _CONFORMED.search(words))), None)
    if signed is None or not names_a_person(signed[1]["name"]):
        return {}
    place, match = signed
    approver = ", ".join(part for part in (match["name"], match["role"]) if part)
    found = {"approved_by": (approver, place, match[0].strip())}
    if dated := next(((where, words, match) for where, words in lines if (match := _DATED.match(words))), None):
        found["approved_on"] = (dated[2]["v"].strip(), dated[0], dated[1])
    return found


def _signed_block(lines: list[tuple[str, str]]) -> dict[str, tuple[str, str, str]]:
    for index, (place, words) in enumerate(lines):
        if not (match := _SIGNED.match(words)):
            continue
        block, after = [words], [w for _, w in lines[index + 1:index + 4]]
        name = match["v"].strip()
        if _BLANK.match(name) and after:  # the name below: "Signed:" over "Christopher C. Krebs", "Signature: ____"
            below = _NAME_LABEL.match(after[0]) or _SIGNED.match(after[0])  # over "Name: ...", "Signed: ..."
            name = (below["v"] if below else after[0]).strip()
            block.append(after.pop(0))
        if not names_a_person(name):
            continue
        signed = [name]
        if after and (again := _NAME_LABEL.match(after[0])) and again["v"].strip() == name:
            block.append(after.pop(0))  # "Signed on behalf of the provider: X" over "Name of signatory: X"
        if after and ((role := _ROLE_LABEL.match(after[0])) or (_ROLE.match(after[0]) and not _DATED.match(after[0]))):
            signed.append(role["v"].strip() if role else after[0])
            block.append(after.pop(0))
        found = {"approved_by": (", ".join(signed), place, " / ".join(block))}
        if after and (dated := _DATED.match(after[0])):
            block.append(after[0])
            found["approved_on"] = (dated["v"].strip(), place, " / ".join(block))
        return found
    return {}


def signature_table(blocks: list[Block], plain: Callable[[str], str]) -> dict[str, tuple[str, str, str]]:
    """{fact: (value, place, words)} from a table of signatures under its heading: its signatories, and the last day
    signed where each signature is dated. ``plain``: a cell's words as shown."""
    for heading, table in pairwise(blocks):
        if not (isinstance(heading, Paragraph) and isinstance(table, Table) and len(table.rows) > 1
                and _SIGNATURES_HEADING.match(heading.plain.strip())):
            continue
        header = [plain(cell).casefold() for cell in table.rows[0]]
        if "name" not in header or not any("signature" in cell for cell in header):
            continue
        rows = [[plain(cell) for cell in row] for row in table.rows[1:]]
        names = [row[header.index("name")] for row in rows if names_a_person(row[header.index("name")])]
        if not names:
            continue
        signed = " and ".join(filter(None, (", ".join(names[:-1]), names[-1])))
        found = {"approved_by": (signed, table.place, f"{heading.plain}: {signed}")}
        days = [f"{day[1]}-{day[2]}-{day[3]}" for row in rows if (day := _SIGNED_DIGITALLY.search(" ".join(row)))]
        if len(days) == len(names):
            found["approved_on"] = (max(days), table.place, f"{heading.plain}: signed on {', '.join(days)}")
        return found
    return {}


def names_a_person(words: str) -> bool:
    """Whether ``words`` are a person's name as signed ("Dr R. Khan"), not a kind of person ("Class Teacher")."""
    return bool(_PERSON.match(words)) and not _KIND_OF_PERSON.search(words)


def _within_length(value: str) -> str:
    """A long "Name Role, Agency, Department" cut at a comma to what a front-matter value holds."""
    while len(value) > _LONGEST and "," in value:
        value = value.rsplit(",", 1)[0].strip()
    return value if len(value) <= _LONGEST else ""
