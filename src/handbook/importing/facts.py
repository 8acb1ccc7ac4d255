"""The front matter of an imported policy: what the document states about itself, TBC for the rest.

A fact is taken only where the document states it as that fact: a labelled line or table row
("Policy owner: ...", "Approved by | Full Governing Body", "Effective from 1 September 2025"),
a sentence made to say it ("This policy applies to all staff and volunteers", "We expect all
participants to abide by this code", "Effective November 15, 2007", "This policy was approved by
the Full Governing Body on 5 July 2024", "This policy will be reviewed annually", "The Code of
Conduct is maintained by the Community Group"), a "This policy applies to:" over a list of who, the
latest row of a version history table, a memo's header and a signature block where no line states
who approved it (handbook.importing.signatories), the organisation where the document says whose
the policy is (handbook.importing.organisation), and the document's own properties (Word's core
properties, a web page's <title>, a Markdown page's front matter and its copyright comment).
Words that merely mention approval, an audience or a review in passing ("must be approved by the
system Accreditor in advance", "have their pay reviewed annually"), a table's column headings and a
template's blanks are not facts about the policy. Every fact found is reported with where it was
found and the words it was read from; everything else is TBC and reported as a gap."""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import audience_layout, audiences
from .audiences import AUDIENCES, SENTENCE_START, THIS_DOCUMENT
from .dates import DATE, period_words, read_date, reads_two_ways, sentence_period, writes_month_first
from .document import Block, Paragraph
from .draft_status import stated_draft
from .employer import employer
from .fact_lines import column_headings, document_lines, plain_cell, read_as_shown
from .found_facts import FACT_NAMES, Fact, Facts
from .governing_bodies import governing_body
from .labels import (
    ADOPTED_AT_MEETING,
    APPROVED_ON_SENTENCE,
    DATE_BELOW,
    EFFECTIVE_HEADING,
    HEADING_WORDS,
    LABELLED,
    REVIEW_LINE,
    SEPARATOR,
)
from .opening_subject import opening_subject
from .organisation import (
    NAME,
    STANDALONE_ORGANISATION,
    clean_name,
    copyright_holder,
    copyright_holders,
    speaking_as,
    stated_in_line,
    whose_people,
)
from .organisation_in_title import stated_in_title
from .organisation_words import COMPANY, ORGANISATION_WORDS
from .running_heads import title_in_running_head
from .sentence_forms import said_as_passive
from .signatories import memo_header, signature_block, signature_table
from .titles import title_as_shown
from .version_history import HEAD_VERSION, PLACEHOLDER, TITLE_VERSION, VERSION_ALONE, footer_version, history_facts

_LONGEST_VALUE = 80  # a labelled value longer than this is a sentence, not a name (a list of audiences may run on)
# ... as is one saying what someone is or does: "Owner: (part of) the TSC is owner of the project", a role's meaning
_A_CLAUSE = re.compile(r"\s(?:is|are|was|were|will|shall|must)\s")
_BRACKETED = re.compile(r"\s*\([^()]*\)")  # a name's note, not counted in its length: "Ann Lee (procedures) and ..."
_NO_VALUE = ("tbc", "n/a", "none", "-", "resolution")  # ("Adopted by resolution at a meeting on ...": no body)
# "Approved: 12/03/2024" is when, "Approved: Governors" who; "Adopted July 16, 2024", "Vedtaget den 4. december 2017"
_NOT_A_NAME = {"yes", "no", "y", "n", "pending", "draft", "final", "approved", "true", "false", "tbc", "awaiting"}
_APPROVED_ALONE = re.compile(r"^(?:approved|ratified|adopted|agreed|hyväksytty|vahvistettu|vedtaget|vedtatt|制定日?)"
                             rf"(?:{SEPARATOR}(?P<v>[^|]+)|\s+(?:on\s+|den\s+)?(?P<when>{DATE.pattern})\s*\.?$)", re.I)
# "The Code of Conduct is maintained by the Positive Work Environment Community Group", "It is updated yearly by the
# Core Leadership team" (after naming it): the document the subject (not "The register this policy requires is ...")
_MAINTAINED_BY = re.compile(
    rf"{SENTENCE_START}(?:(?i:this|the)\s+(?:[\w-]+\s+){{0,3}}?(?i:policy|handbook|code\s+of\s+conduct|code|document|"
    rf"procedures?|guidance|guide|rules)|(?P<it>It))\s+(?:is|are)\s+(?:maintained|owned|managed|updated\s+(?:yearly|"
    rf"annually|regularly))\s+by\s+(?:the\s+)?(?P<v>{NAME}(?:\s+(?:team|committee|group|board))?)"
)
# "The Headteacher is responsible for reviewing this policy", "The Security team is responsible for reviewing and
# updating this policy", "Stephen Smith is the owner of this document.", "The Federal Public Key Infrastructure Policy
# Authority (FPKIPA) manages this policy", after an opening clause: "As specified in the bylaws, the EMO is responsible
# for maintaining this document"
_RESPONSIBLE_FOR = re.compile(
    rf"{SENTENCE_START}(?:[^,.;:]{{3,60}},\s+)?(?:[Tt]he\s+)?(?P<v>{NAME}(?:\s+(?:team|committee|group|board|office))?)"
    rf"(?:\s+\([A-Z]{{2,10}}\))?\s+(?:(?:is|are)\s+(?:responsible\s+"
    r"for\s+(?:maintaining|reviewing|updating|keeping)(?:\s+and\s+\w+)?|the\s+owners?\s+of)|"
    r"(?:(?:updates?|reviews?|revises?)\s+and\s+)?(?:manages?|maintains?)|"  # "The TOF updates and maintains this"
    r"owns?(?P<approves>\s+and\s+approves?)?)\s+this\s+(?:policy|document|procedure|handbook)\b(?!['\u2019])"
)  # (not "this policy's register"; "The Lead Maintainers own and approve this policy" names its approver too)
_BODIES = r"Trustees|Directors|Governors|Management"
_BODY_AS_NAME = rf"(?:{_BODIES}|Trustee|Director|Governor)$"  # never the organisation ("the Board of Director", a typo)
_BODY_OF = re.compile(rf"^(?:[\w-]+\s+){{0,3}}?(?i:Board|{_BODIES}|Governing\s+Body|Committee|Council)"  # "trustees of"
                      rf"(?:\s+of\s+(?:{_BODIES}))?\s+of\s+(?:the\s+)?(?!{_BODY_AS_NAME})"
                      rf"(?P<v>(?:(?:St\.?|Saint|King|Queen)\s+[A-Z][\w-]*['\u2019]s\s+)?{NAME})$")  # "St Mary's ..."
_INITIALS_BODY = re.compile(r"^(?:the\s+)?(?P<initials>[A-Z]{2,8})\s+(?:[A-Z][\w-]*\s+){0,4}"
                            r"(?:Team|Board|Committee|Council|Group|Executive|Forum|Panel)$")
_ANY_DOCUMENT_WORD = re.compile(r"\b(?:policy|handbook|code|document|procedures?|guidance|guide|rules)\b", re.I)
# A template's blank to fill in, as a labelled value: "[Title]", "{{Name or Role}}", "<owner>", "[Insert]", "____", "XX"
_BLANK = re.compile(r"^(?:\[[^\]]*\]|\{\{.*\}\}|<[^>]*>|_{2,}|\.{3,}|x{2,}|(?:insert|enter|add)\b.*)$|\{\{|_{3,}", re.I)
_EFFECTIVE_SENTENCE = re.compile(r"^(?P<v>effective\s+(?:from\s+|on\s+|as\s+of\s+)?.*?\d{4})\b", re.I)
# "This policy takes effect from 1 September 2025", "These procedures come into force on ...", "is effective from",
# "The following notice applies from 1 May 2023", "This privacy statement is valid from ..."
_TAKES_EFFECT = re.compile(
    rf"{SENTENCE_START}(?i:{THIS_DOCUMENT}\s+(?:will\s+|shall\s+)?(?:(?:takes?|took|came|comes?)\s+(?:into\s+)?"
    r"(?:effect|force)|(?:is|was|becomes?|became|will\s+be|shall\s+be)\s+(?:effective|valid|in\s+force)"
    r"|appl(?:y|ies|ied))\s+(?:from|on|as\s+of))\s+(?P<v>(?:[^.;]|\.(?=\d))*?\d{4})"  # ("on 31.01.2010")
)
# "This policy was approved by the Governing Body on 12 March 2024", "This document was reviewed and approved by the
# Standard Stewardship Committee on 4th May 2017", "... adopted by the Trust Board at (or in) its meeting on 3 May
# 2025", "This policy was last reviewed and approved by the whole team on 2 October 2025"; without a date only a
# name: "This policy has been approved by the Full Governing Body.", "This policy is reviewed annually and approved by
# the Operations Working Group Leader" (by "the Company's CEO": the CEO), "This Conflict of Interest Policy is adopted
# by the Board of Directors" (a longer name for this document, said of its approval)
_APPROVED_SENTENCE = re.compile(
    rf"{SENTENCE_START}(?i:(?:all\s+(?:sections|parts)\s+(?:of|within|in)\s+)?(?:{THIS_DOCUMENT}|this\s+(?:[\w-]+\s+){{3,4}}?"
    r"(?:policy|code|procedures?|handbook|charter))\s+(?:was|has\s+been|is|"
    r"were|have\s+been)\s+(?:(?:last\s+)?reviewed(?:\s+(?:annually|yearly|every\s+\w+\s+(?:years?|months?)))?\s+and\s+)?"
    r"(?:formally\s+)?(?:approved|adopted|ratified|agreed(?:\s+upon)?|endorsed)\s+by)\s+(?:the\s+)?"
    r"(?:a\s+(?:[\w-]+\s+)?vote\s+of\s+(?:the\s+)?)?"  # "by a vote of SORTEE membership", "by a unanimous vote of"
    r"(?:(?P<v>[^,;.]{1,60}?)"  # then how, when it says: "via email", "by written resolution"
    r"(?:\s+(?:via|by)\s+(?:e-?mail|post|(?:a\s+)?written\s+resolution|(?:an?\s+)?(?:e-?mail|online|electronic)\s+vote))?"
    r"\s+(?:on|in(?=\s+(?i:january|february|march|april|may|june|july|august|september|october|november|december)\b)|"
    rf"(?:at|in)\s+(?:its|their|the)\s+(?:[\w-]+\s+)?meeting\s+(?:on|of|held\s+on))\s+(?P<on>[^,;]*?\d{{4}}(?:-\d\d-\d\d)?)|"
    rf"(?:[A-Z]\w*['\u2019]s\s+)?(?P<v2>{NAME})(?=\s*(?:[.;]|$)|\s+and\s|\s+(?:in\s+order\s+)?to\s+[a-z])|(?P<v3>board(?:\s+of\s+(?:trustees|directors|governors))?|governing\s+"
    r"body|governors|trustees|directors|(?:[a-z][\w'\u2019]*\s+)?committee)(?=\s*(?:[.;]|$)))"  # "by the board."
)
# A term the drafting defines in brackets, left out to read the sentence: 'This Policy (the "Policy") is adopted by ...'
_DEFINED_TERM = re.compile(r"\s*\((?:the\s+)?[\"\u201c][^\"\u201d()]{1,40}[\"\u201d]\)")
# "This version was last updated on Dec 10, 2020 and replaces with immediate effect any previous policy": in effect
# from that day (not a bare "last updated on ...", which says when the page changed, not that the change took effect)
_UPDATED_WITH_EFFECT = re.compile(
    rf"{SENTENCE_START}(?i:(?:{THIS_DOCUMENT}|this\s+version)\s+(?:was|is|has\s+been)\s+(?:last\s+)?(?:updated|revised|"
    r"published|issued)\s+on)\s+(?P<v>[^.;]*?\d{4})\s+(?i:and\s+(?:replaces|supersedes)\s+with\s+immediate\s+effect)"
)
# At a named body's meeting: "This policy was adopted at the Full Governing Body meeting on 12 March 2024", and after a
# sentence naming the document, "This document outlines ... It was agreed at a Standard Stewardship Committee meeting
# on 4 May 2017" (not "It was agreed at a staff meeting": a body's name, capitalised, ends in what bodies are called)
_AT_ITS_MEETING = re.compile(
    rf"{SENTENCE_START}(?:(?i:{THIS_DOCUMENT})|(?P<it>It))\s+(?i:was|has\s+been)\s+(?i:approved|adopted|ratified|"
    rf"agreed)\s+at\s+(?i:a|an|the)\s+(?P<v>(?:[A-Z][\w-]*\s+){{0,5}}(?:Committee|Board|Body|Council|Governors|"
    rf"Trustees|Directors|Forum|Panel|Group))\s+meeting\s+(?i:on|of|held\s+on)\s+(?P<on>[^,;]*?\d{{4}})"
)
# Said of this document ("This policy will be reviewed by governors every two years", "Governors review this
# policy annually", "... once a year", "This SOP will be updated every odd numbered fiscal year": every second year,
# "We plan to revisit our preservation policies, and update this document accordingly, on an annual basis"),
# not of something else ("Staff have their pay reviewed annually")
_REVIEW_SENTENCE = re.compile(
    rf"(?:{THIS_DOCUMENT}(?:[^.;:]{{0,60}}?|\s+(?:was|has\s+been)\s+(?:approved|adopted|ratified|agreed)\s+[^.;]{{0,100}}?"
    r"\s+and\s+)\b(?:is|are|will\s+be|shall\s+be|should\s+be|must\s+be|to\s+be)\s+"
    r"(?:formally\s+)?(?:reviewed|updated|revised)(?:\s+and\s+(?:revised|updated|amended|reissued))?(?:\s+by\s+[^.;:,]{1,50}?)?|\b(?:review(?:ing)?\s+(?:and\s+(?:revis|updat)(?:e|ing)\s+)?|consider\s+updates\s+to\s+|"
    r"(?:revisit|update)\s+(?=this|these))(?:this|these|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:policy|policies|procedures?|code|document|guidance)(?:\s+of\s+conduct)?)(?:\s+accordingly,?)?"
    r"(?:\s+as\s+needed,?\s+and)?\s+(?:at\s+least\s+)?(?:once\s+)?"
    r"(?:every\s+(?!odd|even)(?P<n>\w+(?:-\w+)?)\s+(?P<unit>years?|months?|days)|"
    r"(?P<word>annually|every\s+year|yearly|biennially|every\s+other\s+year|triennially|(?:once|twice)\s+(?:a|per)\s+year)|"
    r"on\s+(?:at\s+least\s+)?an?\s+(?P<basis>annual|yearly|biennial|two-yearly|triennial|three-yearly)\s+basis|"
    r"(?P<alternate>every\s+(?:odd|even)(?:[\s-]+numbered)?\s+(?:(?:fiscal|financial|calendar|academic)\s+)?year))",
    re.I)
# "all W3C participants", "every Oakfield Academy pupil" near the top: the organisation whose people they are (on
# page 57 of a long one, "All Navy employees" are the parent body's, not its issuer's)
_ALL_ITS_PEOPLE = re.compile(
    rf"\b(?i:all|every)\s+(?:the\s+)?(?P<v>{NAME})\s+(?i:{'|'.join(a.removesuffix('s') for a in AUDIENCES)})s?\b"
)
# A privacy notice names whose it is as the law asks it to, the data controller: "Controller: Nordic Research
# Software Engineers ry. Contact: ..." (a list's item)
_CONTROLLER = re.compile(
    rf"^(?:[-*\u2022]\s+)?(?i:(?:the\s+)?(?:data\s+)?controller){SEPARATOR}(?:[Tt]he\s+)?(?P<v>{NAME})")
# A cover's line designating the document, with its revision: "NAVSUP Publication 490, REV 6", "MCO 4600.39 Rev. 2"
# (its kind and number, then the revision: not "Superseded: NAVSUP Publication 490, REV 5", a label's value)
_DESIGNATION_REVISION = re.compile(
    r"^(?:[A-Z][\w&-]*\s+){0,4}?(?:[A-Z][\w&-]*)\s+[A-Z]?[\d][\w.-]*,?\s+(?i:rev(?:ision)?\.?)\s*(?P<v>\d+(?:\.\d+)?)$")
# "This Order is applicable to the Marine Corps Total Force and effective the date signed": effective on the date the
# directive's head gives ("MCO 4600.39 LPD-2 19 AUG 2016"), the date it was signed
_EFFECTIVE_WHEN_SIGNED = re.compile(
    r"\b(?:this|these)\s+[\w-]+[^.;]{0,80}?\beffective\s+(?:on\s+|from\s+|as\s+of\s+)?(?:the\s+)?date\s+"
    r"(?:it\s+(?:is|was)\s+)?(?:signed|of\s+(?:signature|signing))\b", re.I)
_DATELINE = 60  # a directive's head line with its date, not a sentence
# What the head line gives beside its date: codes only ("MCO 4600.39 LPD-2"), not words ("Notes of the meeting of")
_CODES = re.compile(r"(?:[A-Z\d][A-Z\d./-]*\s*)+")
_FIRST_LINES = 12
# A "Title: ..." label names the document only on its first pages (a cover, a document-control table); deep in
# it, a "title | Dataset name" row of an appendix's table describes something else
_TITLE_BLOCKS = 25

def states_title(blocks: list[Block], properties: dict[str, str] | None = None) -> bool:
    """Whether the document states its title apart from its headings, as ``find_facts(blocks, None,
    properties)`` finds it (a "Title: ..." line near the top, or its properties), without finding the rest."""
    if (properties or {}).get("title", "").strip():
        return True
    facts, headers = Facts(), column_headings(blocks)
    for place, line, _ in document_lines(blocks[:_TITLE_BLOCKS]):
        if place not in headers and (match := LABELLED["title"].match(line)):
            _take(facts, "title", match, place, line)
            if "title" in facts.found:
                return True
    return False


def find_facts(blocks: list[Block], title: Paragraph | None, properties: dict[str, str] | None = None,
               furniture: Sequence[Paragraph] = ()) -> Facts:
    """``title``: the paragraph the policy writer took as the title; ``properties``: the document's own
    (Word's core properties, a web page's <title>, a PDF's metadata), as {"title": ...}; ``furniture``: its page
    headers and footers (ReadDocument.furniture), read after its text, its headers as lines at its top."""
    facts = Facts()
    facts.month_first = writes_month_first(blocks)
    title_words = title.plain if title is not None else (properties or {}).get("title", "")
    # a paragraph a line: a name opening one opens a sentence ("FINOS provides ..." under a heading)
    text = "\n".join(read_as_shown(b.plain) for b in blocks if isinstance(b, Paragraph) and b is not title)
    if title is not None:
        facts.found["title"] = Fact(title_as_shown(title.plain, text), title.place, title.plain)
    listed, headers = audience_layout.listed(blocks), column_headings(blocks)
    lines = document_lines(blocks) + [("the page's front matter (its description)", line, False)
                                      for part in (properties or {}).get("description", "").split(" | ") if part.strip()
                                      for line in (" ".join(part.split()), *said_as_passive(" ".join(part.split())))]
    # (a running head, on every page, is read as a letterhead is: "Oakfield Academy" alone names the school; a foot,
    # as before, as lines below the top)
    running = [(place, line, place.endswith("header")) for place, line, _ in document_lines(list(furniture))]
    lines += running
    early = {place for place, _, _ in document_lines(blocks[:_TITLE_BLOCKS])}
    copyright_tells = len(copyright_holders([line for _, line, _ in lines])) <= 1
    above = ("", "")  # the line above's place and words
    for place, line, near_top in lines:
        if place != above[0]:
            _below_the_approval(facts, place, line, above)
        if "applies_to" not in facts.found and place in listed:
            facts.found["applies_to"] = Fact(*listed[place])
        for name, pattern in LABELLED.items():
            if name not in facts.found and place not in headers and (name != "title" or place in early) and (
                    match := pattern.match(line)):
                _take(facts, name, match, place, line)
        if "version" not in facts.found and (match := (near_top and (
                VERSION_ALONE.match(line) or _DESIGNATION_REVISION.match(line))) or (
                footer_version(line, title_words))):
            _take(facts, "version", match, place, line)
        if place not in headers and (match := _APPROVED_ALONE.match(line)):
            _approved(facts, (match["v"] or match["when"]).strip().rstrip("."), place, line)
        if "organisation" not in facts.found and (named := stated_in_line(
                line, near_top, title_words, text, copyright_tells)):
            facts.found["organisation"] = Fact(named[0], place, named[1])
        lowered = line.casefold()  # (each sentence pattern is tried only where its words are)
        if "organisation" not in facts.found and place in early and ("all " in lowered or "every " in lowered) and (
                match := _ALL_ITS_PEOPLE.search(line)) and whose_people(
                name := clean_name(match["v"]), text):
            facts.found["organisation"] = Fact(name, place, match[0])
        if "organisation" not in facts.found and "controller" in lowered and (match := _CONTROLLER.match(line)):
            facts.found["organisation"] = Fact(clean_name(match["v"]), place, line)
        if "owner" not in facts.found:
            _owner(facts, line, place)
        if "effective_from" not in facts.found and (match := _EFFECTIVE_SENTENCE.match(line)):
            _take_date(facts, "effective_from", match["v"], place, line)
        elif "effective_from" not in facts.found and ("effect" in lowered or "force" in lowered or "appl" in lowered
                                                       or "valid" in lowered) and (
                match := _TAKES_EFFECT.search(line) or _UPDATED_WITH_EFFECT.search(line)):
            _take_date(facts, "effective_from", match["v"], place, match[0])
        if "approved_by" not in facts.found and (match := (" by " in lowered and _APPROVED_SENTENCE.search(
                _DEFINED_TERM.sub("", line))) or (
                " meeting " in lowered and _at_its_meeting(line))):
            _take(facts, "approved_by", match, place, match[0])
        if "approved_on" not in facts.found and " on " in lowered and (match := APPROVED_ON_SENTENCE.search(line)):
            _take_date(facts, "approved_on", match["v"], place, match[0])
        if "applies_to" not in facts.found:
            _applies_to(facts, line, place, title_words)
        if "review_every" not in facts.found and ("review" in lowered or "updat" in lowered or "revis" in lowered) and (
                match := _REVIEW_SENTENCE.search(line)) and (period := sentence_period(match)):
            facts.found["review_every"] = Fact(period, place, match[0])
        elif "review_every" not in facts.found and (match := REVIEW_LINE.match(line)) and (
                period := period_words(match["v"])):
            facts.found["review_every"] = Fact(period, place, line)
        if place != above[0]:
            above = (place, line)
    if "effective_from" not in facts.found and (signed := next((
            (place, match[0]) for place, line, _ in lines if (match := _EFFECTIVE_WHEN_SIGNED.search(line))), None)):
        _effective_when_signed(facts, lines, *signed)
    if "version" not in facts.found and title is not None and (match := TITLE_VERSION.search(title.plain)):
        _take(facts, "version", match, title.place, title.plain)
    if "version" not in facts.found and (head := title_in_running_head(furniture)) and (
            match := HEAD_VERSION.search(head.plain)):  # "Joint Schedule 5 (...) Direct Award v1.0" on every page
        _take(facts, "version", match, f"{head.place}, the running head on every page", head.plain)
    # a version history's facts, and (where the history gives none) a table of signatures
    tabled = signature_table(blocks, plain_cell) | history_facts(blocks, plain_cell)
    for name, (value, place, words) in tabled.items():
        if name in ("approved_on", "effective_from") and name not in facts.found:
            _take_date(facts, name, value, place, words)
        else:
            facts.found.setdefault(name, Fact(value, place, words))
    _signed(facts, [(place, line) for place, line, _ in lines])
    if "applies_to" not in facts.found and (asked := audiences.asked_of_its_people(lines) or audiences.protected_by_it(
            lines) or audience_layout.headed(blocks) or audience_layout.addressed_first(blocks)):
        facts.found["applies_to"] = Fact(*asked)  # (what it asks of its people: where no line says whom it is for)
    _body_of_the_organisation(facts, text)
    if draft := stated_draft([line for line in lines if line[0] in early], title_words, properties or {}, running):
        facts.found["status"] = Fact(*draft)
    if "organisation" not in facts.found and (named := stated_in_title(  # (as found: "ASHFORD CLUB" in name case)
            str(facts.found["title"].value) if title is not None else title_words, text)):
        place = title.place if title is not None else "the document's properties"
        facts.found["organisation"] = Fact(named[0], f"{place} (the title), {named[2]}", named[1])
    if "organisation" not in facts.found and (heading := _title_heading(blocks, title_words)) and (
            named := stated_in_title(heading.plain, text)):  # "OWASP Whistleblower Policy" under its title
        facts.found["organisation"] = Fact(named[0], f"{heading.place} (the title with a name), {named[2]}", named[1])
    if "organisation" not in facts.found and (stated := (properties or {}).get("title", "")) and (
            stated != title_words) and (named := stated_in_title(stated, text)):  # a template's "OSGeo Report"
        facts.found["organisation"] = Fact(named[0], f"the document's properties (its title), {named[2]}", named[1])
    if "organisation" not in facts.found and (speaking := speaking_as(text)):
        facts.found["organisation"] = Fact(speaking[0], f"the text ({speaking[1]})", speaking[0])
    if "organisation" not in facts.found and (opening := opening_subject(
            [b.plain for b in blocks if isinstance(b, Paragraph) and b.heading is None], text)):
        facts.found["organisation"] = Fact(opening[0], f"the text ({opening[2]})", opening[1])
    if "organisation" not in facts.found and (employing := employer(text)):
        facts.found["organisation"] = Fact(employing[0], "the text (whose people it addresses)", employing[1])
    if "organisation" not in facts.found and (body := governing_body(text)):
        facts.found["organisation"] = Fact(body[0], "the text (its governing body)", body[1])
    if "organisation" not in facts.found and (notice := (properties or {}).get("copyright")) and (
            holder := copyright_holder(notice)):
        facts.found["organisation"] = Fact(holder, "the document's properties (its copyright notice)", notice)
    for name, value in (properties or {}).items():
        stated = period_words(value) if name == "review_every" else title_as_shown(value.strip())
        if name in FACT_NAMES and name not in facts.found and stated:
            facts.found[name] = Fact(stated, "the document's properties", value.strip())
    _gaps(facts)
    return facts


def _take(facts: Facts, name: str, match: re.Match, place: str, line: str) -> None:
    groups = match.groupdict()
    value = next((groups[g] for g in ("v", "v2", "v3", "v4", "v5", "v6") if groups.get(g)), "")
    value = value.split(" | ")[0]  # a cell
    value = value.strip().strip("|").strip().rstrip(".").strip()
    if name == "applies_to":
        value = audiences.without_exceptions(value)
    if not value or (len(_BRACKETED.sub("", value) if name == "owner" else value) > _LONGEST_VALUE and (
            name != "applies_to")) or value.casefold() in (
            *_NO_VALUE, *HEADING_WORDS) or _BLANK.search(value) or PLACEHOLDER.search(value) or (
            name in ("owner", "approved_by") and _A_CLAUSE.search(value)):
        return
    if name in ("approved_on", "effective_from"):
        _take_date(facts, name, value, place, line)
        if (by := groups.get("by")) and name in facts.found and "approved_by" not in facts.found:
            facts.found["approved_by"] = Fact(by.strip(), place, line)  # "Date ratified by governors: ..."
    elif name == "approved_by":
        value, on = _approver_and_date(value)
        facts.found[name] = Fact(value, place, line)
        if (on := on or next((groups[g] for g in ("on", "on2", "on3", "on5", "on6") if groups.get(g)), None)) and (
                "approved_on" not in facts.found):
            _take_date(facts, "approved_on", on, place, line)
    elif name == "review_every":
        if period := period_words(value):
            facts.found[name] = Fact(period, place, line)
    elif name == "applies_to":
        if named := audiences.named_in(value):
            facts.found[name] = Fact(named, place, line)
    else:
        facts.found[name] = Fact(value, place, line)


def _approved(facts: Facts, value: str, place: str, line: str) -> None:
    """"Approved: 12 March 2024" (a date and nothing more), "Approved: Full Governing Body" (a name, no digits),
    or both: "Approved: Academic Board, 15 May 2024"."""
    if _BLANK.search(value) or PLACEHOLDER.search(value):
        return
    who, when = _approver_and_date(value)
    if when:
        _approved(facts, who, place, line)
        value = when
    if "approved_on" not in facts.found and (match := DATE.search(value)) and match.span() == (0, len(value)):
        _take_date(facts, "approved_on", value, place, line)
    elif "approved_by" not in facts.found and re.fullmatch(rf"(?:[Tt]he\s+)?{NAME}", value) and not re.search(
            r"\d", value) and value.casefold() not in _NOT_A_NAME and len(value) <= _LONGEST_VALUE:
        facts.found["approved_by"] = Fact(re.sub(r"^[Tt]he\s+", "", value), place, line)


def _approver_and_date(value: str) -> tuple[str, str | None]:
    """(who, when) of an approval's value naming both, "Academic Board, 15 May 2024", "Full Governing Body on 12th
    October 2023", "Knowledge for Healthcare Board 14 December 2020" (a page's foot); (the value, None) otherwise."""
    when = next((match for match in DATE.finditer(value) if match.end() == len(value)), None)
    who = re.sub(r"(?:,|\s+on|\s+[-\u2013\u2014])$", "", value[:when.start()].rstrip()).strip() if when else ""
    return (who, when[0]) if who and not re.search(r"[,\d]", who) else (value, None)


def _below_the_approval(facts: Facts, place: str, line: str, above: tuple[str, str]) -> None:
    """A form's "Date: ..." under the line stating the approval ("Approved by: Full Governing Body"), and a
    pre-school form's "This policy was adopted at a meeting of Little Acorns Pre-School" over "Held on: ...", the one
    date of a paragraph under an "Effective Date" heading."""
    if "effective_from" not in facts.found and EFFECTIVE_HEADING.match(above[1]) and len(DATE.findall(line)) == 1:
        _take_date(facts, "effective_from", line, place, f"{above[1]} / {line}")
    if "organisation" not in facts.found and (match := ADOPTED_AT_MEETING.match(line)) and (
            STANDALONE_ORGANISATION.match(name := clean_name(match["v"]))):
        facts.found["organisation"] = Fact(name, place, line)
    approver = facts.found.get("approved_by")
    if "approved_on" not in facts.found and (match := DATE_BELOW.match(line)) and (
            (approver is not None and approver.place == above[0]) or ADOPTED_AT_MEETING.match(above[1])):
        _take_date(facts, "approved_on", match["v"], place, f"{above[1]} / {line}")


def _effective_when_signed(facts: Facts, lines: list[tuple[str, str, bool]], place: str, words: str) -> None:
    """Effective "the date signed": the approval date where a line states it, else the one date of the directive's
    head (a short line near the top with one date, the first such: "MCO 4600.39 LPD-2 19 AUG 2016")."""
    if approved := facts.found.get("approved_on"):
        facts.found["effective_from"] = Fact(approved.value, place, f"{words}; {approved.words}")
        return
    head = next(((where, line) for where, line, near_top in lines[:_FIRST_LINES] if near_top
                 and len(line) <= _DATELINE and len(DATE.findall(line)) == 1
                 and _CODES.fullmatch(DATE.sub("", line).strip() or "-")), None)
    if head and (day := read_date(DATE.search(head[1])[0], facts.month_first)):
        facts.found["effective_from"] = Fact(day.isoformat(), f"{place} and {head[0]}", f"{words}; {head[1]}")


def _body_of_the_organisation(facts: Facts, text: str) -> None:
    """The organisation whose body approved the policy, where the approver names it: "Board of Trustees of
    Meadowbank Foodbank", "Board of Directors of the Lumen Software Foundation", or names it by initials the text
    spells out: "NSHCS Strategic Management Team" where the text says "National School of Healthcare Science
    (NSHCS)"."""
    approver = facts.found.get("approved_by")
    if "organisation" in facts.found or approver is None or not isinstance(approver.value, str):
        return
    if match := _BODY_OF.match(approver.value):
        facts.found["organisation"] = Fact(clean_name(match["v"]), approver.place, approver.words)
    elif (body := _INITIALS_BODY.match(approver.value)) and (
            spelt := re.search(rf"(?P<v>{NAME})\s+\({body['initials']}\)", text)):
        facts.found["organisation"] = Fact(clean_name(spelt["v"]), f"{approver.place}, whose initials the text "
                                           "spells out", f"{approver.value}; {spelt[0]}")


def _take_date(facts: Facts, name: str, text: str, place: str, line: str) -> None:
    day = read_date(text, facts.month_first)
    if day:
        facts.found[name] = Fact(day.isoformat(), place, line)
    elif reads_two_ways(text) and name not in [gap.split(":")[0] for gap in facts.gaps]:
        facts.two_ways[name] = (text, place, line)
        facts.gaps.append(f"{name}: {place} says '{line[:80]}', a date that reads two ways (day or month first) in a "
                          "document that writes no other date to tell which: write YYYY-MM-DD, or import again with "
                          "--dates day-first (or month-first)")
    elif name not in [gap.split(":")[0] for gap in facts.gaps]:
        facts.gaps.append(f"{name}: {place} says '{line[:80]}', which is not a whole date; write YYYY-MM-DD or TBC")


def _signed(facts: Facts, lines: list[tuple[str, str]]) -> None:
    """Who issued it as a memo's header shows, else who signed it (with the date), where no line states them."""
    memo = memo_header(lines)
    for name in ("approved_by", "applies_to"):
        if name in memo and name not in facts.found:
            facts.found[name] = Fact(*memo[name])
    if "approved_by" not in facts.found and (signed := signature_block(lines)):
        facts.found["approved_by"] = Fact(*signed["approved_by"])
        if "approved_on" in signed and "approved_on" not in facts.found:
            _take_date(facts, "approved_on", *signed["approved_on"])


def _at_its_meeting(line: str) -> re.Match | None:
    """The approval at a body's meeting, said of this document ("It ..." only after a sentence naming it)."""
    match = _AT_ITS_MEETING.search(line)
    return None if match and match["it"] and not _ANY_DOCUMENT_WORD.search(line[:match.start()]) else match


def _owner(facts: Facts, line: str, place: str) -> None:
    match = _MAINTAINED_BY.search(line)
    if match and match["it"] and not _ANY_DOCUMENT_WORD.search(line[:match.start()]):
        match = None  # "It is maintained by ..." of something other than the document
    if match := match or _RESPONSIBLE_FOR.search(line):
        facts.found["owner"] = Fact(clean_name(match["v"]), place, match[0])
        if match.groupdict().get("approves") and "approved_by" not in facts.found:
            facts.found["approved_by"] = Fact(clean_name(match["v"]), place, match[0])


def _applies_to(facts: Facts, line: str, place: str, title: str) -> None:
    """Who the policy is for (handbook.importing.audiences), and whose they are: "all employees of Greenfields
    Academy"."""
    if stated := audiences.stated_in_line(line, title):
        facts.found["applies_to"] = Fact(stated[0], place, stated[1])
        named = re.search(rf"\b(?:{'|'.join(AUDIENCES)})\s+(?:of|at|employed\s+by|working\s+for)\s+(?:the\s+)?"
                          rf"(?P<v>{NAME})", stated[2])
        # (whoever employs them is an organisation: "staff employed by Wellmere Community Health", "employees of
        # Tuist GmbH", a company by its legal form; not "employed by the Board", what it is without its name)
        employer = named and not re.fullmatch(ORGANISATION_WORDS, named["v"]) and (
            STANDALONE_ORGANISATION.match(clean_name(named["v"])) or re.search(rf"\s{COMPANY}$", named["v"])
            or "employed" in named[0] or "working" in named[0])
        if employer and "organisation" not in facts.found:
            facts.found["organisation"] = Fact(clean_name(named["v"]), place, stated[1])


def _title_heading(blocks: list[Block], title: str) -> Paragraph | None:
    """The first heading, where it is the title stated elsewhere (a page's front matter) with words before it."""
    heading = next((b for b in blocks if isinstance(b, Paragraph) and b.heading), None)
    words = heading.plain.casefold() if heading is not None else ""
    return heading if title and words.endswith(" " + title.casefold()) else None


def _gaps(facts: Facts) -> None:
    for name, gap in (
        ("title", "the document states no title: write it"),
        ("organisation", "not stated: TBC; write the organisation's name"),
        ("owner", "not stated: TBC"),
        ("approved_by", "not stated: TBC"),
        ("approved_on", "not stated: TBC"),
        ("effective_from", "not stated: TBC (often the approval date)"),
        ("version", "not stated: TBC; write the document's own number if it has one, else '1.0' before the "
                    "first review (a review archives this version under its number)"),
        ("review_every", "not stated: TBC; write the period, such as '2 years'"),
        ("applies_to", "not stated: TBC; write the audiences, such as [staff, volunteers]"),
    ):
        if name not in facts.found and not any(g.startswith(f"{name}:") for g in facts.gaps):
            facts.gaps.append(f"{name}: {gap}")

