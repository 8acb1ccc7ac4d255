"""Sentences stating a fact in another form, said again in the form the fact patterns read (handbook.importing.facts).

Policies state their approval, start and review in the passive with the document as subject ("This policy was adopted
by the Board on 3 May 2024"); as often they say it of a body ("The Finance Committee adopted this policy on 3 May
2024"), after another verb ("This policy was written by the Practice Manager and agreed by the partners on 9 January
2024"), or of "it" ("... It takes effect from 1 June 2024"). Each is read as the passive sentence it means, beside the
sentence as written, so one pattern per fact reads every form; a version given with the approval ("This document was
approved as version 1.0") is read as a version line, and a date given after the document's name ("These Articles
Adopted December 22, 2020.") as a cover's "Adopted December 22, 2020"; "As updated by General Assembly, 7/16/2022"
is the approval it means, and so is the latest revision of "Adopted July 23, 2012; ... revised February 29, 2024."
and "Adopted at a meeting of Wroxton & Balscote Parish Council held on 2 September 2024", as are German statutes'
and rules' adoption and entry into force ("Diese Statuten wurden an der Generalversammlung vom 10. November 2012
beschlossen", "trat gemäß Beschluss der Mitgliederversammlung am 31.01.2010 in Kraft"). A name defined without
brackets ('Glasswall is hereinafter referred to as "the company."') is said as its bracketed definition.
"""

from __future__ import annotations

import re

from .audiences import THIS_DOCUMENT
from .dates import DATE, MONTH_NAMES

# (not after a German or Nordic date's day, "vom 10. November 2012": a sentence's end after a number is one before
# any other word, "in section 3. The board ...")
_MONTH = rf"(?:{MONTH_NAMES})\b"
_SENTENCES = re.compile(rf"(?:(?<=[.!?])(?<!\b\d\.)(?<!\b\d\d\.)|(?<=\b\d\.)(?!\s+{_MONTH})"
                        rf"|(?<=\b\d\d\.)(?!\s+{_MONTH}))\s+(?=[A-Z])")
# the body doing it, as written: "The Finance and Audit Committee", "Ashford Cycling Club's committee", "The Governing
# Body of St Mary's C of E Primary School", "The partners"
_BODY_WORD = r"(?:[A-Z][\w'\u2019.&-]*|of|and|for|the|&|committee|board|body|governors|trustees|directors|partners)"
_BODY_ACTS = re.compile(
    rf"^(?:(?:The|Our)\s+)?(?P<by>{_BODY_WORD}(?:\s+{_BODY_WORD}){{0,9}}?)\s+(?:formally\s+)?"
    r"(?P<verb>approved|adopted|ratified|agreed|endorsed)\s+"
    rf"(?P<document>{THIS_DOCUMENT})(?!['\u2019])"
    r"(?P<rest>(?:\s+(?:on|at|in|during|from)\b[^.;]*)?)\s*(?:[.;]|$)")  # (not "agreed this policy was clear")
# "This policy was written by the Data Protection Officer and agreed by the Senior Leadership Team": the approval
_WRITTEN_AND_APPROVED = re.compile(
    rf"^(?P<document>{THIS_DOCUMENT})\s+(?P<was>was|has\s+been|is)\s+(?:written|drafted|prepared|produced|developed|"
    r"reviewed|updated)\s+by\s+[^.;]{1,60}?\s+and\s+(?:then\s+)?(?P<verb>approved|agreed|adopted|ratified|endorsed)"
    r"\s+(?P<rest>by\s+[^.;]*)", re.I)
# "This document was approved as version 1.0 of the GOSH ... Process": its version, as a label would give it
# "This policy is version 2.1", "This is version 2.3 of the Terms of Service, last updated on ...", "This is version 2
# of the SCS-0005" (the document by its number): the same
_AS_VERSION = re.compile(rf"^{THIS_DOCUMENT}\s+(?:was|is|has\s+been)\s+(?:(?:approved|issued|published|adopted|"
                         r"released)\s+as\s+)?version\s+(?P<version>\d+(?:\.\d+)*)\b"
                         r"|^this\s+is\s+version\s+(?P<of>\d+(?:\.\d+)*)\s+of\s+(?:(?:this|the|our)\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:policy|policies|terms|code|handbook|procedures?|guidance|guidelines|document|rules|notice|"
                         r"statement|agreement|charter|constitution|by-?laws)\b"
                         r"|(?:the\s+)?(?-i:[A-Z]{2,}-\d+)\b)", re.I)
# "These Articles Adopted December 22, 2020.": the date of the adoption, as a cover's "Adopted July 16, 2024" gives it
_DOCUMENT_DATED = re.compile(rf"^{THIS_DOCUMENT}\s+(?P<adopted>(?:adopted|approved|ratified)\s+(?:on\s+)?\w+\s+\d.*)$",
                             re.I)
# A line giving the body that made this text and when: "As updated by General Assembly, 7/16/2022." (a name of
# capitalised words, and a whole date: not "as amended by the Data Protection Act 2018")
_CAPITALISED = r"[A-Z][\w'\u2019&-]*"
_AS_AMENDED = re.compile(rf"^As\s+(?:updated|amended)\s+by\s+(?:the\s+)?"
                         rf"(?P<by>{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,5}}),?\s+(?:on\s+)?(?P<when>{DATE.pattern})\W*$")
# The meeting that adopted it, of the body it names: "Adopted at a meeting of Wroxton & Balscote Parish Council held
# on 2 September 2024" (a parish council's closing line), "This policy was approved at the meeting of the Governing Body
# on 4 March 2025", or agreed by it first: "This Constitution, after being agreed by the Ayton Council, was adopted at
# a Council Meeting held on Wednesday the 3rd day of January, 2024."; or unnamed, the date alone: "ADOPTED BY
# RESOLUTION AT A MEETING ON 8 JULY 2024"
_MEETING_BODY = rf"(?-i:{_CAPITALISED})(?:\s+(?:(?-i:{_CAPITALISED})|of|and|for|the|&)){{0,9}}?"
_AT_A_MEETING = re.compile(
    rf"^(?:{THIS_DOCUMENT}\b(?:,\s+after\s+being\s+(?:agreed|approved)\s+by\s+(?:the\s+)?"
    rf"(?P<agreed_by>{_MEETING_BODY}),)?"
    r"[^.;]*?\s(?:was|were|has\s+been|have\s+been)\s+)?(?P<verb>adopted|approved|ratified)\s+"
    r"(?:by\s+(?:a\s+)?resolution\s+)?at\s+(?:a|the)\s+(?:[\w-]+\s+){0,3}?meeting\s+"
    rf"(?:of\s+(?:the\s+)?(?P<by>{_MEETING_BODY})\s+)?"
    r"(?:held\s+)?on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:the\s+)?)?"
    rf"(?P<when>{DATE.pattern})\W*$", re.I)
# The meeting that adopted it, by its name, and the day it was held: a revision record's "Inaugural version adopted by
# AGM held 24th February 2016", "Adopted by the Annual General Meeting held 3 May 2024."
_HELD = re.compile(r"^(?:(?:inaugural|first|original|this)\s+version\s+)?(?:was\s+)?"
                   rf"(?P<verb>adopted|approved|ratified)\s+by\s+(?:the\s+|an?\s+)?(?P<by>{_MEETING_BODY})\s+held\s+"
                   rf"(?:on\s+)?(?P<when>{DATE.pattern})\W*$",
                   re.I)
# A name defined by the word the policy then uses for it, without brackets: 'Glasswall is hereinafter referred to as
# "the company."', said as the bracketed definition the organisation patterns read, 'Glasswall ("the company")'
_DEFINED_AFTER = re.compile(r"^(?P<name>[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*){0,5}),?\s+(?:is|shall\s+be)\s+"
                            r"(?:hereinafter|hereafter|henceforth)\s+(?:referred\s+to\s+as|called)\s+[\"'\u201c]?"
                            r"the\s+(?P<kind>[a-z]+)\b")
# A line of the adoption and each revision since: "Adopted July 23, 2012; revised May 20, 2013; revised February 29,
# 2024." (the latest approved the text as it stands)
_REVISED_SINCE = re.compile(r"[;,]\s+(?=(?:and\s+)?(?:revised|amended)\s)", re.I)
_ADOPTED = re.compile(r"^(?:adopted|approved)\s", re.I)
# A period before the verb: "This policy is annually reviewed and approved by the Company's CEO", said as "is
# reviewed annually"; and a date before the approver: "This ESG Policy has been approved on 2024-12-31 by the board of
# directors to be used at Badrap Oy", said as "approved by the board of directors on 2024-12-31"
_PERIOD_FIRST = re.compile(r"\b(is|are|will\s+be|shall\s+be)\s+(annually|yearly|biennially)\s+"
                           r"(reviewed|updated|revised)\b", re.I)
_NAMED_DOCUMENT = rf"(?:{THIS_DOCUMENT}|this\s+(?:[\w,-]+\s+){{1,5}}?(?:policy|code|procedures?|handbook|charter))"
_DATE_FIRST = re.compile(rf"^(?P<document>{_NAMED_DOCUMENT})\s+(?P<was>was|has\s+been|is)\s+(?P<verb>approved|adopted|"
                         rf"ratified)\s+on\s+(?P<when>{DATE.pattern})\s+by\s+(?P<by>[^.;,]{{1,60}}?)"
                         r"(?=\s+(?:to|in\s+order\s+to)\s|\s*[.;]|$)", re.I)
# "It takes effect from ...", "It will be reviewed every two years", "It was approved by ...": the document the
# sentence before names ("this policy")
# German: "Diese Statuten wurden an der Gründungs-Generalversammlung vom 10. November 2012 beschlossen", "Diese
# Datenschutzordnung trat gemäß Beschluss der STFV-Mitgliederversammlung am 31.01.2010 in Kraft", "... beschließt der
# Vorstand des STFV auf seiner Sitzung am 02.11.2021 in Eppelborn das vorliegende Präventionskonzept"
_GERMAN_BODY = r"[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*){0,2}"
_GERMAN_KIND = r"(?i:satzung|statuten|ordnung|richtlinien?|konzept|regeln|regelung|vereinbarung|kodex|leitlinien)"
_GERMAN_DOCUMENT = rf"(?:Diese[rs]?|(?:Die|Das|Der)(?:\s+vorliegenden?)?)\s+(?:[A-ZÄÖÜ][\w-]*)?{_GERMAN_KIND}\b"
_GERMAN_ADOPTED = re.compile(rf"^{_GERMAN_DOCUMENT}\s+(?:wurden?|ist|sind)\s+(?:an|von|auf|in|bei|durch)\s+"
                             rf"(?:der|dem|den)\s+(?P<by>{_GERMAN_BODY})\s+(?:vom|am)\s+(?P<when>{DATE.pattern})\s+"
                             r"(?:beschlossen|genehmigt|angenommen|verabschiedet)\b")
_GERMAN_IN_FORCE = re.compile(rf"^{_GERMAN_DOCUMENT}\s+(?:trat|tritt)\s+(?:gemäß\s+(?:dem\s+)?Beschluss\s+"
                              rf"(?:der|des)\s+(?P<by>{_GERMAN_BODY})\s+)?am\s+(?P<when>{DATE.pattern})\s+in\s+Kraft\b")
_GERMAN_DECIDES = re.compile(rf"\bbeschließt\s+(?:der|die|das)\s+(?P<by>{_GERMAN_BODY}?)"
                             rf"(?:\s+(?:des|der)\s+{_GERMAN_BODY})?\s+(?:(?:auf|in)\s+(?:seiner|ihrer)\s+Sitzung\s+)?am\s+"
                             rf"(?P<when>{DATE.pattern})[^.;]*?\s+(?:das|die|den)\s+vorliegenden?\s")
_IT = re.compile(r"^It\s+(?=(?:will|shall|is|was|has|takes|took|comes|came|applies|must|should)\b)")  # (not "Its")
_NAMES_THE_DOCUMENT = re.compile(rf"\b{THIS_DOCUMENT}", re.I)


def said_as_passive(words: str, before: str = "") -> list[str]:
    """Each sentence of ``words`` that states a fact in another form, said as the passive sentence it means;
    ``before``: the paragraph of text before, whose subject an "It" opening ``words`` may be ("This Code applies to
    ..." over "It is aimed at all the leaders ...")."""
    sentences = _SENTENCES.split(words)
    said = []
    for index, sentence in enumerate(sentences):
        named = _NAMES_THE_DOCUMENT.search(sentences[index - 1]) if index else _NAMES_THE_DOCUMENT.match(before)
        if _IT.match(sentence) and named:
            sentence = f"{named[0][:1].upper()}{named[0][1:]} {sentence[3:]}"  # "This Code is aimed at ..."
            said.append(sentence)
        if match := _BODY_ACTS.match(sentence):
            document = match["document"]
            said.append(f"{document[:1].upper()}{document[1:]} was {match['verb']} by the {match['by']}{match['rest']}")
        elif match := _WRITTEN_AND_APPROVED.match(sentence):
            said.append(f"{match['document']} {match['was']} {match['verb']} {match['rest']}")
        if _PERIOD_FIRST.search(sentence):
            said.append(_PERIOD_FIRST.sub(r"\1 \3 \2", sentence))
        if match := _DATE_FIRST.match(sentence):
            said.append(f"This document {match['was']} {match['verb']} by {match['by']} on {match['when']}")
        if (match := _AT_A_MEETING.match(sentence)) and (by := match["by"] or match["agreed_by"]):
            when = match["when"].replace(",", "")  # "the 3rd day of January, 2024": no comma inside the sentence's date
            said.append(f"This policy was {match['verb'].lower()} by the {by} on {when}")
        elif match:
            said.append(f"Approved {match['when']}")
        if match := _HELD.match(sentence):
            said.append(f"This policy was {match['verb'].lower()} by the {match['by']} on {match['when']}")
        if match := _AS_AMENDED.match(sentence):
            said.append(f"This document was approved by the {match['by']} on {match['when']}")
        parts = _REVISED_SINCE.split(sentence.rstrip(". "))
        if len(parts) > 1 and _ADOPTED.match(parts[0]) and all(DATE.search(part) for part in parts):
            said.append(f"Approved {DATE.search(parts[-1])[0]}")
        if match := _DOCUMENT_DATED.match(sentence):
            said.append(match["adopted"])
        if match := _AS_VERSION.match(sentence):
            said.append(f"Version {match['version'] or match['of']}")
        for german in (_GERMAN_ADOPTED.match(sentence), _GERMAN_DECIDES.search(sentence)):
            if german:
                said.append(f"This document was approved by the {german['by']} on {german['when']}")
        if match := _GERMAN_IN_FORCE.match(sentence):
            said.append(f"This document came into force on {match['when']}")
            if match["by"]:
                said.append(f"This document was approved by the {match['by']} on {match['when']}")
        if match := _DEFINED_AFTER.match(sentence):
            said.append(f"{match['name']} (\"the {match['kind']}\")")
    return said
