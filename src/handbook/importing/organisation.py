"""Whose policy an imported document is: the organisation's name, where the document says so.

Read only from forms a person reads as "this is whose the policy is": the name standing alone near the top or
heading a letterhead ("Oakfield Academy, Church Road, Leeds LS6 2AB"); introduced with its abbreviation ("the
Ministry of Justice (MoJ)") or defined as "we" or as "the Company" ('Model Company Inc. ("ModelCo," "we," "us")',
'Leaf Ltd ("the Company")', '"the Company" means Greystone Facilities Management Limited'); a copyright line ("(c)
2023 W3C"); an "About Oakfield Academy" heading; a bylaw naming it ("The name of the organization shall be ...");
the organisation describing itself ("18F, a digital services team within ...", "W3C is a global community") or
speaking as the policy's author ("Riverside Primary School is committed to ...", "At Oakfield Academy, we ...", "dxw
has created this Acceptable Use Policy", "... reserves the right to", a privacy notice's "Stencila respects your
privacy", "This policy sets out how Fenwick Homes responds to ...", a handbook's "Welcome to Summit Ridge Logistics,
LLC."); its own governing body ("the NumFOCUS Board", "the governing body of arXiv"); owning this very document
("W3C's Code of Conduct") or heading its title ("Ronin Institute Code of Conduct"), where the text names it too. A
name must look like one: a word the text also writes in lower case ("the school", "student") is a common noun, not a
name.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from .audiences import SENTENCE_START
from .issuer import issued_as
from .name_clause import name_clause
from .name_pattern import MOST_WORDS, NAME
from .name_shapes import (
    a_cover_name,
    a_whole_name,
    initials_spelt_out,
    is_distinctive_name,
    is_one_plain_name,
    looks_like_a_name,
    lower_case_name,
    named_apart,
)
from .organisation_words import COMPANY, DOCUMENT_WORDS, ORGANISATION_WORDS, POST, REGULATOR_WORDS

_NAME_WORD = r"(?:[A-Z][\w'\u2019&.-]*|of|and|for|the|&)"
# The name runs on past its organisation word with "of" or "for": "U.S. Department of Homeland Security",
# "Department for Work and Pensions" (not by its legal form alone: a cover's "Bates Wells & Braithwaite London LLP", the
# lawyers who drafted it)
# (its documents after it are not its name: "California Department of Technology Letters", over "TL 18-02")
_ITS_DOCUMENTS = r"(?:Letters|Bulletins|Circulars|Memos|Memoranda|Policies|Guidelines|Procedures|Standards|Notices)$"
STANDALONE_ORGANISATION = re.compile(
    rf"^(?:The\s+)?(?!{POST})(?P<v>(?:(?:{_NAME_WORD}\s+)+(?:{ORGANISATION_WORDS})|(?:{ORGANISATION_WORDS})(?=\s+(?:of|for)\s))"
    rf"(?:\s+(?:of|for)(?:\s+(?!{_ITS_DOCUMENTS}){_NAME_WORD})+)?)(?:\s+{_NAME_WORD})*$"
)
_NAME_WITH_ABBREVIATION = re.compile(r"(?<![\w'\u2019-])(?P<v>(?:[A-Z][\w'\u2019-]*)"  # (from a word's start: see NAME)
                                     rf"(?:,?\s+(?:of|and|for|the|[A-Z][\w'\u2019-]*)){{1,{MOST_WORDS}}})"
                                     r"\s+\([\"\u201c]?(?P<abbr>[A-Z][A-Za-z]{1,9})[\"\u201d]?\)")  # ("FDA")
# A name some organisations write in lower case ("dxw"), at the start of a sentence where English writes a capital
_LOWER_CASE_NAME = r"[a-z][a-z\d]+"
_QUOTE = "[\"\u201c\u2018'\u00ab]"
_END_QUOTE = "[,.\"\u201d\u2019'\u00bb]"
# Who "we" are, as contracts and terms define it: 'Model Company Inc. ("ModelCo," "we," "us")',
# '"GitHub," "We," and "Us" refer to GitHub, Inc.', 'In this policy "we" and "our" means Oakfield Academy',
# '“Medium”, “we”, or “us”, we mean The Obvious Corporation'; and whom terms bind you to: "This is a contract between
# you and The Obvious Corporation", 'This Data Access Agreement ("Agreement") is between You (including ...) and St.
# Jude Children's Research Hospital, Inc.', "a legal agreement (governed by English Law) between the London Borough
# of Bromley (identified as 'LBB'), and the Subscriber"; "references to 'us', 'our' or 'we' are to the House of Commons"
_QUOTED_WE = rf"{_QUOTE}(?i:we){_END_QUOTE}+"
_QUOTED_US = rf"{_QUOTE}(?i:us|our|ours){_END_QUOTE}+"
_WE_DEFINED = re.compile(
    rf"(?P<v>{NAME})\s*\((?=[^)]*{_QUOTE}\s?(?i:we)\b|(?i:we),\s*(?i:us)\b)[^)]*\)"  # "(“ we ”", "(we, us, our)"
    rf"|{_QUOTED_WE}(?:\s*,?\s*(?:and\s+|or\s+)?{_QUOTED_US})*\s+(?i:refers?\s+to|refer\s+to|means?|shall\s+mean|"
    rf"we\s+mean)\s+(?P<v2>{NAME})"
    rf"|\b(?i:contract|agreement)(?:\s*\([^)]*\))?\s+(?:is\s+)?between\s+(?i:you)(?:\s+\([^)]*\))?\s+and\s+(?P<v3>{NAME})"
    rf"|\b(?i:references\s+to)\s+(?:{_QUOTE}?(?i:we|us|our){_END_QUOTE}*\s*(?:,|or|and)?\s*){{1,4}}(?i:are\s+to)\s+"
    rf"(?:the\s+)?(?P<v4>{NAME})"
    rf"|\b(?i:agreement)\s+(?:\([^)]*\)\s+)?between\s+(?:the\s+)?(?P<v5>{NAME})(?:\s*\([^)]*\))?,?\s+and\s+"
    r"(?:the\s+)?(?i:subscriber|customer|user|member|client|purchaser)\b"
)
# A policy applying to companies by name: "This policy applies to Deeson Group Ltd and Deeson Publishing Ltd."
_APPLIES_TO_COMPANIES = re.compile(rf"\b(?i:this|the)\s+(?:[\w-]+\s+)?(?i:policy|code|procedure|handbook)\s+applies\s+"
                                   rf"to\s+(?:the\s+)?(?P<v>{NAME})")
_FROM_NOW_ON = r"(?:here(?:in)?after|here\s+on\s+out|from\s+now\s+on|henceforth)"
_DEFINED_KINDS = (r"company|school|academy|trust|organi[sz]ation|charity|club|employer|college|federation|firm|"
                  r"institute|university|nursery|association|society|foundation|hackspace|makerspace|clinic|lab|"
                  r"project|group|partnership|practice|centre|network|corporation")
# Defined as the kind of organisation the policy speaks of: 'Leaf Ltd ("the Company")', "Oakfield Academy
# ('the School')", 'within ONS (referred to as "the Organisation")', 'Pangeo (here on out referred to as "the
# Project")'; said as a definition (quoted, "the", "referred to as", a capital: "AlmaLinux OS Foundation
# (Foundation)"), not a word in brackets: "Identify the FINOS Project (project)"
_DEFINED_AS_ORGANISATION = re.compile(
    rf"(?:\bThe\s+)?(?P<v>{NAME})\s*\((?=[^)]*(?:{_QUOTE}|\b[Tt]he\s|referred|called|{_FROM_NOW_ON})|\s*[A-Z])"
    rf"\s*(?i:(?:{_FROM_NOW_ON}\s+)?(?:referred\s+to\s+as|called)|{_FROM_NOW_ON})?"
    rf"\s*[-\u2013\u2014,:]?\s*(?:{_QUOTE}[\w.-]{{2,12}}{_END_QUOTE}+\s+or\s+)?"  # ('("OCM" or "the Project")')
    rf"{_QUOTE}?(?i:the\s+)?{_QUOTE}?(?P<kind>(?i:{_DEFINED_KINDS})){_END_QUOTE}*\s*\)"
)
# Defined the other way round, the kind first: 'In this policy, "the Company" means Greystone Facilities Management
# Limited', '"The School" refers to Oakfield Academy'
_KIND_DEFINED = re.compile(
    rf"{_QUOTE}(?i:the\s+)?(?P<kind>(?i:{_DEFINED_KINDS})){_END_QUOTE}+\s*(?i:refers?\s+to|means?|shall\s+mean)\s+"
    rf"(?:the\s+)?(?P<v>{NAME})"
)
# "© 2023 W3C", "Copyright (c) 2017 Leaf. All rights reserved.", a footer's "© Oakfield Academy 2024 | Registered
# charity 123456", "Copyright © WHATWG (Apple, Google, Mozilla, Microsoft). This work is licensed under ...": a line
# that is the notice, maybe with more sentences after it (not "Crown copyright", which names no department)
_YEARS = r"\d{4}(?:\s*[-\u2013,]\s*\d{4})*"
# A line or comment opening as a copyright notice does: "\u00a9 2024 ...", "(c) Crown copyright ...", "Copyright ...",
# the REUSE convention's "SPDX-FileCopyrightText: ..."
COPYRIGHT_LINE = re.compile(r"^(?:\u00a9|\((?i:c)\)|(?i:copyright\b)|SPDX-FileCopyrightText:)")
_COPYRIGHT = re.compile(
    rf"^(?i:copyright\s*)?(?:(?:\u00a9|\((?i:c)\)|(?i:copyright))\s*{_YEARS},?\s+(?!Crown\b)(?P<v>{NAME})"
    rf"|(?:\u00a9|\((?i:c)\))\s*(?!Crown\b)(?P<v2>{NAME}),?\s+{_YEARS}"
    # no year: only with the sign ("(c) Data Protection Officer" may be item (c) of a list)
    rf"|(?:\u00a9|(?<=(?i:copyright) )\((?i:c)\))\s*(?!Crown\b)(?P<v3>{NAME})(?=\s*\(|\.\s|\.?$))"
    r"(?:\s*\([^)]*\))?\.?(?:\s+(?i:all\s+rights\s+reserved)\.?)?(?:\s+[|\u2022\u00b7\u2013-]\s+.*|\s+[A-Z].*)?$"
)
# Any copyright notice with the holder it names: "Copyright (C) 2015 Crown Copyright", "\u00a9 Leaf Ltd 2024"
# (the sign or a year: not the heading "Copyright Infringement", nor a list's item "(c) Data Protection Officer")
_NOTICE = re.compile(rf"^(?i:copyright\s*)?(?:\u00a9\s*(?:{_YEARS},?\s*)?"
                     rf"|(?:\((?i:c)\)|(?i:copyright))\s*{_YEARS},?\s*)"
                     rf"(?P<holder>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)")
_CROWN_NOTICE = re.compile(r"^(?i:crown\s+copyright)\b")  # "Crown copyright © 2015, Land Information New Zealand"
# whose work a Crown copyright notice's licence says it is: "... as long as you attribute the work to the New Zealand
# Government and abide by the other licence terms"
_ATTRIBUTED = re.compile(rf"\battribute\s+the\s+work\s+to\s+the\s+(?P<v>{NAME})")
# A letterhead: the name, then its address or how to reach it ("Oakfield Academy, Church Road, Leeds LS6 2AB")
_LETTERHEAD = re.compile(rf"^(?:The\s+)?(?P<v>{NAME})\s*[,|\u2022\u00b7\u2013-]\s*(?P<rest>.+)$")
_CONTACT = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b|\b(?:Road|Street|Lane|Avenue|Drive|Close|Way|Crescent|"
                      r"Place|Square|Tel|Telephone|Phone|Email|E-mail)\b|@|\bwww\.|\+?\d[\d ]{8,}\d")
# A footer or imprint giving the name as registered: "Brightwater Housing Ltd | Registered in England and Wales No.
# 04567812", "Oakfield Academy Trust is a charitable company limited by guarantee registered in England and Wales"
_REGISTERED = (r"(?i:registered\s+(?:in\s+(?:england|scotland|wales|northern\s+ireland)|charity|company|office|"
               r"number|no\b)|(?:company|charity)\s+(?:registration\s+)?(?:number|no\b)|a\s+(?:registered\s+)?charity|"
               r"(?:a\s+)?(?:private\s+|public\s+)?(?:company|charitable\s+company)\s+limited\s+by|charitable\s+"
               r"incorporated\s+organi[sz]ation|an?\s+(?:exempt\s+charity|charitable\s+company|(?:private\s+)?limited\s+"
               r"company))")
_REGISTERED_NAME = re.compile(  # also with no comma, as a contract names a party: "ACME LIMITED a private company ..."
    rf"^(?:The\s+)?(?P<v>{NAME})(?:\s*[,|\u2022\u00b7]\s*|\s+(?:is|are)\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){{0,3}}?|\s+(?=an?\s))"
    rf"{_REGISTERED}"
)
_FOOTER_PARTS = re.compile(r"\s+[|\u2022\u00b7]\s+")
_ABOUT = re.compile(rf"^About\s+(?:the\s+)?(?P<v>{NAME})$")
_NAME_CLAUSE = name_clause(NAME)
_NAME_CLAUSE_WORDS = ("name", "heisst", "firma", "called", "title", "known", "dénommée", "titre", "název", "názvem",
                      "nimi", "namn", "navn")  # (casefold: "heißt"; Czech "s názvem"; Finnish, Swedish, Danish)
_ORGANISATION_NOUNS = (r"community|organi[sz]ation|company|charity|team|agency|school|academy|college|university|"
                       r"trust|institute|non-?profit|association|society|club|business|firm|consortium|foundation|"
                       r"federation|partnership|co-?operative|network|department|office|lab|laboratory|group|"
                       r"(?:public|statutory|professional|governing|membership)\s+body")
_ITS_OWN_NAME = rf"(?:(?:The\s+)?(?P<v>{NAME})|(?P<lower>{_LOWER_CASE_NAME}))"  # never "the company"
# The organisation describing itself ("W3C is a global community", "18F, a digital services delivery team
# within the General Services Administration, develops ...", "JNCC is the public body that advises ...") or speaking
# as the policy's author
_SELF_DESCRIBED = re.compile(
    rf"{SENTENCE_START}{_ITS_OWN_NAME}(?:\s+(?:is|are)\s+|\s*,\s+)(?:a|an|the)\s+(?:[\w-]+\s+){{0,4}}?"
    rf"(?P<noun>(?i:{_ORGANISATION_NOUNS}))\b"
)
# ... an organisation as a whole, which initials the text spells out may be named by ("JNCC is the public body that
# ...", never "HR is the team that ...")
_WHOLE_NOUN = re.compile(r"organi[sz]ation|company|charity|agency|non-?profit|association|society|foundation|"
                         r"co-?operative|.*\sbody", re.I)
_COMMITTED = re.compile(r"\s+(?:is|are)\s+(?:fully\s+|firmly\s+)?(?:committed|dedicated)\s+to\s+"
                        r"(?:[a-z]+ing|the|its|our|a|an)\b")  # ("... committed to protecting", not "to in")
_AUTHOR_VOICE = re.compile(
    rf"{SENTENCE_START}{_ITS_OWN_NAME}\s+(?:(?:is|are)\s+(?:fully\s+|firmly\s+)?(?:committed|dedicated)\s+to|"
    r"(?:will|does|do)\s+not\s+tolerate|(?:has|have)\s+(?:created|written|developed|produced|published|issued|"
    r"prepared)\s+this|reserves?\s+the\s+right\s+to|"
    # "The IO Foundation values, above anything, the wellbeing of its Members"
    r"values,?\s+(?:[\w\s]{1,30},\s+)?the\s+(?:well-?being|welfare|safety)\s+of\s+its)\b"
)
# A privacy notice's opening, whose notice it is: "Stencila respects your privacy", "Oakfield Academy values the
# privacy of ..."
_RESPECTS_PRIVACY = re.compile(rf"{SENTENCE_START}(?:The\s+)?(?P<v>{NAME})\s+(?:respects|values|is\s+committed\s+to\s+"
                               r"protecting)\s+(?:your|the)\s+privacy\b")
# "At Oakfield Academy, we believe ...", "At CorestoneGrader, we ...", "At activist.org, we value ..." (a name
# that is the organisation's web address)
_AT_WE = re.compile(rf"^At\s+(?:the\s+)?(?:(?P<v>{NAME})|(?P<site>[a-z\d][a-z\d-]*\.(?:org|com|net|io|co|coop|edu)"
                    r"(?:\.[a-z]{2})?)),?\s+(?:we|our)\b")
_AUTHOR_WORDS = re.compile(r"committed|dedicated|tolerate|ha(?:s|ve) (?:created|written|developed|produced|published|"
                           r"issued|prepared) this|reserves? the right|values")
_ISSUED_BY = re.compile(
    r"\b(?i:this\s+(?:[\w-]+\s+){0,3}?(?:policy|code|handbook|document|procedures?|guidance|guide|rules))\s+"
    rf"(?i:is|was|has\s+been)\s+(?i:issued|published|written|produced|prepared|developed|created)\s+by\s+(?:the\s+)?"
    rf"(?P<v>{NAME})"
)
# "W3C's Code of Conduct", "The Carpentries' Code of Conduct": a name owning this document (the
# words after it are in the title), where the title names it too
_POSSESSIVE = re.compile(r"(?<![\w/&.-])(?P<name>(?:[A-Z][\w&./-]*\s+){0,4}[A-Z][\w&./-]*)['\u2019]s?\s+"
                         r"(?P<what>[A-Z][\w-]*(?:\s+(?:of|and|for)\s+[A-Z][\w-]*)?)")
# A name owning the document by its title: "Loomio\u2019s Health and Safety policy" (the title "Health & Safety")
_OWNS_THE_TITLE = re.compile(r"(?<![\w/&.-])(?P<name>(?:[A-Z][\w&./-]*\s+){0,3}[A-Z][\w&./-]*)['\u2019]s\s+"
                             r"(?P<what>[A-Z][^.;:]{0,60}?)\s+(?:policy|code|handbook|procedures?|guidelines)\b")
# A title headed by the name: "Ronin Institute Code of Conduct", "Oakfield Academy Behaviour Policy"
NAME_HEADING_TITLE = re.compile(rf"^(?:The\s+)?(?P<v>{_NAME_WORD}(?:\s+{_NAME_WORD})*?\s+(?:{ORGANISATION_WORDS}))"
                                 r"\s+(?P<rest>.*)$")
_LONGEST_NAME = 80
# A one-word name opening a sentence or clause as the subject of what an organisation does for or asks of
# its people: "P2PU will cover", "P2PU expects all of its employees" (not what a product does: "OpenFormula
# provides a ...", "OpenFormula uses the ...")
_SPEAKING_NAME = re.compile(r"(?:(?m:^)|(?<=[.!?:;,]\s)|(?<=\bthat\s))([A-Z\d][\w&-]*)\s+(?:\w+ly\s+)?"
                            r"(?:will|expects|encourages|asks|requires|reserves|recogni[sz]es|believes|welcomes|"
                            r"commits|pays|reimburses|is\s+committed)\b")
_SPEAKING_TIMES = 3
# A service and the words saying who runs it (not "hosted by", as an organisation's own site may be, nor "regulated by")
SERVICE = r"(?i:service|website|web\s?site|site|portal|platform|app|helpline|archive|registry)"
RUN_BY = r"(?:provided|supplied|run|managed|operated|delivered|owned|held)\s+by"
# Who runs the service the document is about: "Let's Encrypt is a service provided by Internet Security Research
# Group", "australia.gov.au, an online service managed by the ..." (nor a supplier)
_SERVICE_RUN_BY = re.compile(rf"\b{SERVICE}(?:\s*\([^)]*\))?,?\s+(?:(?:is|are)\s+)?{RUN_BY}\s+(?:the\s+)?(?P<v>{NAME})")
# ("our email service", not a service named so: "the Access Your Records service")
_A_SUPPLIER = re.compile(r"(?:\b(?:our|your|their)|(?:^|(?<=[.!?]\s))(?:Our|Your|Their))\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:service|website|site|portal|platform|app)\b|"
                         r"\b(?i:on\s+(?:our|its|their|your)\s+behalf|on\s+behalf\s+of|under\s+contract)\b")
# A privacy notice's controller or whose data practice it describes: "NHS England is the sole controller for ...",
# "This policy describes how Electromagnetic Field (EMF) stores ...", "We are the Meadowbank Foodbank."
_THE_CONTROLLER = re.compile(rf"{SENTENCE_START}(?:The\s+)?(?P<v>{NAME})\s+(?:is|acts\s+as)\s+the\s+(?:sole\s+)?"
                             r"(?:data\s+)?controller\b")
# ... and, said of any policy, what it does: "This policy sets out how Fenwick Homes responds to reports of damp"
_DESCRIBES_HOW = re.compile(
    r"\b(?i:this\s+(?:[\w-]+\s+)?(?:policy|notice|statement|procedure|code|handbook|guidance))\s+(?i:describes|"
    rf"explains|sets\s+out|tells\s+you)\s+how\s+(?:the\s+)?(?P<v>{NAME})(?:\s*\([A-Z][A-Za-z]{{1,9}}\))?\s+"
    r"(?:will\s+|(?=[a-z]+[^s\W]s\b))(?!is\b|was\b|has\b)[a-z]+\b")
_WE_ARE = re.compile(rf"^We\s+are\s+(?:the\s+)?(?P<v>{NAME})\s*[,.]")
# A handbook's greeting: "Welcome to Summit Ridge Logistics, LLC." (a name ending as an organisation's does)
_WELCOME = re.compile(rf"^Welcome\s+to\s+(?:the\s+)?(?P<v>{NAME})\s*[.!,]")
_ANOTHER_S = re.compile(r"\b(?:Authority|Commission|Commissioner|Regulator|Inspectorate|Ombudsman|Ofsted|Police|"
                        r"Government|Court|Tribunal)\b")  # "how the Local Authority responds": whom it answers to


def copyright_holders(lines: list[str]) -> set[str]:
    """Whom the document's copyright notices name, Crown copyright too ("Crown copyright © 2015"). Two or more
    ("Copyright (C) 2015 Crown Copyright", then "... Paolo Dongilli") make an adapted or shared work, or a guide's
    examples of notices: neither notice says whose policy it is."""
    return {" ".join(match["holder"].split(". ")[0].rstrip(".").casefold().split())  # not "Leaf Ltd. All rights"
            for line in lines if (match := _NOTICE.match(line))} | (
        {"crown copyright"} if any(_CROWN_NOTICE.match(line) for line in lines) else set())


def stated_in_line(line: str, near_top: bool, title: str, text: str,
                   copyright_tells: bool = True) -> tuple[str, str] | None:
    """(the name, the words it was read from) where ``line`` says whose the policy is; ``text`` is the whole document's,
    to tell a name from a common noun; ``copyright_tells``: whether a copyright notice names the organisation (not when
    the document carries several holders' notices)."""
    lowered = line.casefold()  # (each pattern is tried only where its words are: a long document has many lines)
    we = "we" in lowered and _WE_DEFINED.search(line)  # (and "between you and": "between" holds "we")
    if we and we["v"] and line[:we.start("v")].rstrip().endswith(","):
        we = None  # an address's last part before ("We"): "... Euston Road, London NW1 2DB, United Kingdom (“We” ...)"
    if we and (party := we["v4"] or we["v5"]) and not a_whole_name(clean_name(party), text):
        we = None  # (a party by its kind: "between the Company and the Customer")
    if match := (we or (
            "(" in line and _DEFINED_AS_ORGANISATION.search(line)) or (copyright_tells and _COPYRIGHT.match(line)) or (
            "attribute" in lowered and _CROWN_NOTICE.match(line) and _ATTRIBUTED.search(line)) or (
            ("mean" in lowered or "refer" in lowered) and (kind := _KIND_DEFINED.search(line)) and a_whole_name(
                clean_name(kind["v"]), text) and kind) or (
            "applies" in lowered and (companies := _APPLIES_TO_COMPANIES.search(line)) and re.search(
                rf"\s{COMPANY}$", companies["v"]) and companies)):
        named = next(name for key in ("v", "v2", "v3", "v4", "v5") if (name := match.groupdict().get(key)))
        return clean_name(named, match.groupdict().get("kind")), match[0]
    if any(word in lowered for word in _NAME_CLAUSE_WORDS) and (
            match := _NAME_CLAUSE.search(line)):
        return (match["quoted"].strip() if match["quoted"] else clean_name(match["v"])), match[0]  # ("oemof" as quoted)
    if "regist" in lowered or "limited by" in lowered or "charit" in lowered:
        for part in _footer_names(line) or [line]:
            if (match := _REGISTERED_NAME.match(part)) and a_whole_name(name := clean_name(match["v"]), text):
                return name, line
    if " by " in lowered and (match := _ISSUED_BY.search(line)) and is_distinctive_name(
            name := clean_name(match["v"]), text, issuing=True):
        return name, match[0]
    if (len(line) <= _LONGEST_NAME and (match := _ABOUT.match(line))
            and is_distinctive_name(match["v"], text, speaking=True)):
        return match["v"], line
    for match in _POSSESSIVE.finditer(line) if "'" in line or "\u2019" in line else ():
        if DOCUMENT_WORDS.search(match["what"]) and match["what"].casefold() in title.casefold() and (
            name := _named_in(match["name"], title)
        ):
            return name, match[0]
    if (match := _OWNS_THE_TITLE.search(line)) and _as_titled(match["what"]) == _as_titled(title) and (
            is_one_plain_name(name := match["name"], text) or is_distinctive_name(name, text)):
        return name, match[0]  # "Loomio's Health and Safety policy is designed to ..." under "Health & Safety"
    named = in_name_case(line)
    if near_top and (issued := issued_as(named, text, ORGANISATION_WORDS)):
        return issued[0], line  # "MARINE CORPS ORDER 4600.39", "NAVSUP Publication 490, REV 6"
    if near_top and len(line) <= _LONGEST_NAME and (match := STANDALONE_ORGANISATION.match(named)) and not (
        DOCUMENT_WORDS.search(named)  # "The GitHub Terms of Service" names a document, not who wrote it
    ) and a_cover_name(match["v"], text):
        return match["v"], line  # a cover's line naming the organisation alone: "Oakfield Academy"
    if near_top and len(line) <= _LONGEST_NAME and (match := NAME_HEADING_TITLE.match(line)) and (
            DOCUMENT_WORDS.search(match["rest"])) and is_distinctive_name(match["v"], text) and not (
            _worked_on(match["v"], text)) and named_apart(match["v"], match["rest"], text):
        # (not "Github Administration Access Policy", nor "Federal Public Trust Device Certificate Policy")
        return match["v"], line  # a cover's line heading the title with the name: "Acme Widgets Ltd - Whistleblowing"
    if near_top and (match := _LETTERHEAD.match(line)) and _CONTACT.search(match["rest"]) and (
            STANDALONE_ORGANISATION.match(match["v"])) and looks_like_a_name(match["v"], text):
        return match["v"], line
    if (match := _AT_WE.match(line)) and (match["site"] or is_distinctive_name(name := clean_name(match["v"]), text,
                                                                         speaking=True) or (
            re.fullmatch(r"[A-Z][a-z]+[A-Z]\w*", name))):  # "GitHub", not "KS2" nor "Christmas"
        return match["site"] or name, match[0]
    for pattern in (_SELF_DESCRIBED, _AUTHOR_VOICE):
        if (near_top if pattern is _SELF_DESCRIBED else _AUTHOR_WORDS.search(lowered)) and (
                match := pattern.search(line)) and (
                lower_case_name(name := match["lower"], text) if match["lower"] else is_distinctive_name(
                    name := clean_name(match["v"]), text, speaking=pattern is _AUTHOR_VOICE) or (
                    pattern is _SELF_DESCRIBED and _WHOLE_NOUN.fullmatch(match["noun"]) and initials_spelt_out(
                        name, text))):
            return name, match[0]
    if "privacy" in lowered and (match := _RESPECTS_PRIVACY.search(line)) and (
            is_distinctive_name(name := clean_name(match["v"]), text) or is_one_plain_name(name, text)):
        return name, match[0]
    return (_with_abbreviation(line, text) if near_top else None) or _runs_the_service(line, near_top, text)


def _runs_the_service(line: str, near_top: bool, text: str) -> tuple[str, str] | None:
    """Who runs the service the document is about, the controller a privacy notice names, or who "we" are, where
    the sentence says so of a name (not a supplier's: "our email service is provided by ...", "on our behalf")."""
    near = (_SERVICE_RUN_BY, _DESCRIBES_HOW, _WE_ARE, _WELCOME) if near_top else ()
    for pattern in (*near, _THE_CONTROLLER):
        if (match := pattern.search(line)) and not (pattern is _SERVICE_RUN_BY and _A_SUPPLIER.search(line)) and (
                a_whole_name(name := clean_name(match["v"]), text)) and not _ANOTHER_S.search(name) and (
                pattern is not _WELCOME or is_distinctive_name(name, text)) and not (  # "Welcome to Microsoft Teams"
                pattern is _DESCRIBES_HOW and _a_tool(name, text)):
            return name, match[0]
    return None


def _a_tool(name: str, text: str) -> bool:
    """"Microsoft Teams", "Google Analytics": a name the text uses as a tool ("on Microsoft Teams", "a Google Analytics
    account"), not as an organisation."""
    written = re.escape(name)
    return bool(re.search(rf"\b(?i:on|via|using|use|uses|in|with|through|a|an|your)\s+{written}\b|"
                          rf"\b{written}\s+(?i:accounts?|apps?|software|platform|cookies?|tools?|settings)\b", text))


def _worked_on(name: str, text: str) -> bool:
    """"Github Administration": work on a tool the text uses ("familiarity with GitHub"), not an organisation such
    as the General Services Administration (not "in Ronin Institute ...": the name goes on)."""
    tool = re.escape(name.rsplit(maxsplit=1)[0])
    return bool(re.search(rf"\b(?:on|via|using|with|through|in)\s+(?i:{tool})\b(?!\s+[A-Z])", text))


def in_name_case(line: str, text: str = "") -> str:
    """A line set in capitals as a name or title is written: "SAFEGUARDING POLICY" -> "Safeguarding Policy" (small
    words after the first in lower case), a word the ``text`` spells with capitals inside it so ("OPENJS" -> "OpenJS"),
    one its sentences write only in capitals so ("INGV"); any other line as it is."""
    if line != line.upper():
        return line
    small = {"and", "of", "the", "for", "in", "on", "to", "a"}
    sentences = "\n".join(sentence for sentence in text.splitlines() if re.search(r"[a-z]", sentence))

    def spelt(word: str, index: int) -> str:
        # "OpenJS", "GitHub" as the text writes them: not "Foundation", "FOUNDATION" nor "By-Laws"
        own = [m[0] for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", sentences, re.I) if len(word) > 1]
        inner = next((spelling for spelling in own if len(word) > 2 and re.search(r"[a-z][A-Z]", spelling)), None)
        if inner or (own and all(spelling.isupper() for spelling in own)):
            return inner or word.upper()
        return word if index and word in small else word[:1].upper() + word[1:]

    return " ".join(spelt(word, index) for index, word in enumerate(line.lower().split()))


def _as_titled(words: str) -> str:
    return " ".join(words.replace("&", "and").casefold().split())


def copyright_holder(notice: str) -> str | None:
    """Whose a copyright notice kept apart from the text says the document is: "SPDX-FileCopyrightText: 2019-2024
    The Foundation for Public Code <info@publiccode.net>" -> "The Foundation for Public Code"."""
    notice = re.sub(r"(?i)^(?:SPDX-FileCopyrightText|Copyright)\s*:?\s*(?:\u00a9|\(c\))?\s*", "\u00a9 ", notice.strip())
    notice = re.sub(r"\s*<[^>]*>", "", notice)  # how to reach them
    # a UK public body's notice names it after the Crown's: "(c) Crown copyright Met Office" (alone: TBC)
    notice = re.sub(r"^(?:\u00a9|\((?i:c)\))\s*(?i:crown\s+copyright)\s*(?:\d{4}\s*)?,?\s*", "\u00a9 ", notice)
    # a project's people: "Copyright 2019 The DPDK contributors" is DPDK's (read as a name, "The" was taken alone)
    notice = re.sub(r"\b(?:[Tt]he\s+)?(?P<name>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)\s+(?:contributors|authors|"
                    r"developers|maintainers)\b.*$", r"\g<name>", notice)
    return clean_name(match["v"] or match["v2"] or match["v3"]) if (match := _COPYRIGHT.match(notice)) else None


def _footer_names(line: str) -> list[str]:
    """A footer's parts as "name, details": "Page 1 of 6 | Leaf Ltd | Registered in England" gives "Leaf Ltd, ..."."""
    parts = _FOOTER_PARTS.split(line)
    return [f"{name}, {details}" for name, details in itertools.pairwise(parts)]


def speaking_as(text: str) -> tuple[str, str] | None:
    """A name written as only names are ("P2PU", "W3C", "18F", "GitHub") that the text speaks as, as the
    subject of what an organisation does for or asks of its people, at least three times and far more
    than any other such name ("P2PU will cover air travel", "P2PU expects its employees ..."), with how
    often: a small organisation's policy that names itself nowhere else. None where no name, or more than
    one, speaks so."""
    counts = Counter(match[1] for match in _SPEAKING_NAME.finditer(text) if is_distinctive_name(match[1], text))
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _SPEAKING_TIMES or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
        return None
    return ranked[0][0], f"the text speaking as '{ranked[0][0]}' {ranked[0][1]} times"


def whose_people(name: str, text: str) -> bool:
    """Whether "all <name> staff" names the organisation: "Oakfield Academy", "W3C", not "Local Authority", "NHS";
    or "Sourcegraph", one plain word, as the employer ("all Sourcegraph employees", not "all Slack users"), where
    the text speaks of what is its own at least twice ("Sourcegraph's resources", "Sourcegraph's email accounts")."""
    return is_distinctive_name(name, text, speaking=True) or (" " not in name and is_distinctive_name(name, text)) or (
        is_one_plain_name(name, text) and len(re.findall(rf"\b{re.escape(name)}['\u2019]s\s", text)) >= 2
        and re.search(rf"\b(?i:all|every)\s+{re.escape(name)}\s+(?i:employees?|staff|workers?|personnel)\b", text))


_A_REGULATOR = re.compile(rf"\b(?:{REGULATOR_WORDS})")

# A body within an organisation, named by what it does: "Technical Design Authority (TDA)", "Change Advisory Board
# (CAB)", "Architecture Review Group (ARG)", "Open Source Counsel Office (OSCO)", "OpenTitan Governing Board (OTGB)"
_BODY_BY_FUNCTION = re.compile(r"\b(?:Design|Architecture|Technical|Change|Review|Advisory|Governance|Governing|"
                               r"Steering|Oversight|Assurance|Standards|Approvals?|Authori[sz]ation|Ethics|Audit|Risk)\s+"
                               r"(?:Authority|Board|Group|Council|Committee|Forum|Panel)$"
                               r"|\b(?:Program(?:me)?|Counsel|Project(?:\s+Management)?)\s+Office$")


def _with_abbreviation(line: str, text: str) -> tuple[str, str] | None:
    """"the Ministry of Justice (MoJ)", "the Ministry of Housing, Communities and Local Government (MHCLG)": from
    the word whose initial starts the abbreviation, or "The OpenGov Foundation (OpenGov)": a short name that is one
    of its words; where the text goes on to use the short name (a document names its own organisation again and
    again), and the name is not part of another's ("the Treasury Department's Office of Foreign Assets Control")."""
    for match in _NAME_WITH_ABBREVIATION.finditer(line):
        words = match["v"].split()
        capitals = "".join(c for c in match["abbr"] if c.isupper())
        if match["abbr"] in words[1:-1] or (match["abbr"] == words[0] and len(words) > 1):
            name = clean_name(match["v"])
        elif len(capitals) > 1 and (start := next((i for i in reversed(range(len(words)))
                                                    if _abbreviates(capitals, words[i:])), None)) is not None:
            name = " ".join(words[start:])
        else:
            continue
        # what an organisation is, ending its name or leading it ("Ministry of Justice"): not "Third Party Web
        # Applications (TPWAs)" or "Service Level Objectives (SLO)", things the policy speaks of
        whole = (re.search(rf"\b(?:{ORGANISATION_WORDS})$", name) or re.match(
            rf"(?:{ORGANISATION_WORDS})\s+(?:of|for)\s", name)) and not _BODY_BY_FUNCTION.search(name)
        # ... or speaking as the author: "Earth Science Information Partners (ESIP) is committed to protecting ..."
        whole = whole or _COMMITTED.match(line, match.end()) or re.match(  # "the Open Component Model (OCM) project"
            r"\s+(?:project|community|collaboration)\b", line[match.end():])
        # (or one named among a larger body's parts: "the Department of the Treasury, including the Internal Revenue
        # Service (IRS)"; or the means it works through: "connected to the Internet via the Cambridge University Data
        # Network (CUDN)")
        before = line[:match.start() + match["v"].find(name)]
        part_of_another = re.search(rf"['\u2019]s\s+{re.escape(name)}", line) or re.search(
            r"\b(?:including|such\s+as|e\.g\.,?|via|through)\s+(?:the\s+)?$", before)
        used = _abbreviation_used(match["abbr"], text)
        # "NSF NCAR" more often than "NSF" alone: the text's own is the body the abbreviation heads (its sponsor's)
        heading_another = len(re.findall(rf"\b{re.escape(match['abbr'])}\s+[A-Z]{{2,}}\b", text))
        if whole and not part_of_another and not _A_REGULATOR.search(name) and used >= 2 and (
                heading_another * 2 <= used) and used >= _most_used_other_abbreviation(match["abbr"], text):
            return name, match[0]
    return None


def _abbreviates(capitals: str, words: list[str]) -> bool:
    """Whether the capitals are the words' initials, a capitalised word giving its first letter and maybe one or two
    more of its letters in order ("SEFSC": "Southeast Fisheries Science Center"), a joining word ("of", "and") none."""
    if not words:
        return not capitals
    word, rest = words[0], words[1:]
    if not word[0].isupper():
        return _abbreviates(capitals, rest)
    return bool(capitals) and capitals[0] == word[0] and any(
        re.fullmatch("".join(f".*?{re.escape(letter)}" for letter in capitals[1:size]) + ".*", word[1:], re.I | re.S)
        and _abbreviates(capitals[size:], rest) for size in range(1, min(3, len(capitals)) + 1))


def _abbreviation_used(abbreviation: str, text: str) -> int:
    """How often the text uses the short name on its own: not where it spells it out again ("SAP Employee Self Service
    (ESS)" three times, a system's name, is no organisation's short name in use)."""
    return len(re.findall(rf"(?<!\()\b{re.escape(abbreviation)}\b(?!\))", text))


def _most_used_other_abbreviation(abbreviation: str, text: str) -> int:
    """How often the text uses the most used of the other organisations it spells out with an abbreviation: a
    policy uses its own organisation's more than that of a body it answers to ("The Office of Special Counsel
    (OSC) establishes ..." after "Office of Management and Budget (OMB) Memorandum M-25-21 directed each agency")."""
    others = {match["abbr"] for match in _NAME_WITH_ABBREVIATION.finditer(text)
              if match["abbr"] != abbreviation and re.search(rf"\b(?:{ORGANISATION_WORDS})\b", match["v"])}
    return max((_abbreviation_used(other, text) for other in others), default=0)


def _named_in(words: str, title: str) -> str | None:
    """The end of ``words`` that the title names as a name: "W3C" of "Below W3C", "The Carpentries"."""
    parts = words.split()
    for start in range(len(parts)):
        name = " ".join(parts[start:])
        distinctive = len(parts) - start > 1 or not name[1:].islower()  # "W3C", "GitHub", not "School"
        if distinctive and not DOCUMENT_WORDS.search(name) and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", title):
            return name
    return None


def clean_name(value: str, kind: str | None = None) -> str:
    """'Members of the Board of Directors of the Rust Foundation', defined as "Foundation" (kind): Rust Foundation."""
    parts = re.split(r"(\s+of\s+(?:the\s+)?)", value.strip().rstrip(","))  # the "of"s at the odd places
    value = "".join(parts[next((i for i in range(0, len(parts), 2) if kind and re.search(
        rf"\b{re.escape(kind)}\b", parts[i], re.I)), 0):])
    return value if re.search(rf"\b(?:Co\.|{COMPANY})$", value) else value.rstrip(".")
