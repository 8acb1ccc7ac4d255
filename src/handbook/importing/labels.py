"""The labels under which policies give their facts on cover pages, in document-control tables and in
headers and footers ("Policy owner: ...", "Approving Body | ...", "Date ratified by governors: ..."), with
the synonyms sectors use for them: a school's "Staff member responsible" and "Date adopted", an NHS
trust's "Approving Body" and "Policy Valid from date", a university's "Responsible Office", "Responsible
Executive" and "Policy Applicable for", a council's "Lead officer", a company's "Rev: 7". Only the label
says which fact a value is; handbook.importing.facts checks the value itself (a date, a name, a period).
"""

from __future__ import annotations

import re

from .audiences import SENTENCE_START, THIS_DOCUMENT
from .organisation import NAME

# "Owner: X", "Owner | X" (a table row), "Owner - X" (not "Organisation-wide")
SEPARATOR = r"(?:\s*[:|\u2013\u2014\uff1a]\s*|\s+-\s+)"  # (and a full-width colon, as Japanese writes it)
_POLICY = r"(?:(?:document|policy|procedure)\s+)?"  # "Policy approved by", "Document owner", "Policy Valid from"
# "We, us, our", '"We", "us" and "our"', "We/us/our": the words a definitions table defines together
_QUOTE_MARK = "[\"\u201c\u201d']?"
_WE_US_OUR = (rf"{_QUOTE_MARK}we{_QUOTE_MARK}(?:\s*(?:[,/]|\band\b|\bor\b)\s*{_QUOTE_MARK}(?:us|our){_QUOTE_MARK})"
              r"{1,2}")
# What a form's label adds in brackets: "Implementation date (when this first became ONS or UKSA policy)"
_NOTE = r"(?:\s*\([^()]{1,80}\))?"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
LABELLED = {
    "title": re.compile(rf"^(?:(?:document|policy|procedure)\s+(?:title|name)|title){SEPARATOR}(?P<v>.+)$", re.I),
    # and a definitions table's row saying who "we" are: "We, us, our | Free UK Genealogy" (never "We" alone)
    "organisation": re.compile(
        rf"^(?:(?:organi[sz]ation|school|academy|company|employer|institution)(?:\s+name)?|{_WE_US_OUR}){SEPARATOR}"
        r"(?P<v>.+)$", re.I
    ),
    "owner": re.compile(
        # (an NHS form's "Name of responsible Director:", "Name and title of lead officer:"; a manual's section's
        # "Content owners: Laura Starratt and Becky Sherman")
        rf"^(?:name\s+(?:and\s+(?:job\s+)?title\s+)?of\s+(?:the\s+)?)?"
        rf"{_POLICY}(?:(?:content\s+)?owners?(?:['\u2019]s)?(?:\s+name)?|lead(?:\s+(?:person|officer|member\s+of\s+staff))?|"
        r"responsible\s+(?:person|officer|department|office|executive|director|manager|lead|team|unit|individual)|"
        r"(?:lead|accountable)\s+(?:officer|director|executive)|executive\s+lead|owned\s+by|"
        r"maintained\s+by|person\s+responsible|(?:member\s+of\s+)?staff(?:\s+member)?\s+responsible|originator|"
        rf"originating\s+office){_NOTE}{SEPARATOR}"
        # a US federal order's closing section, its first sentence: "OFFICES OF PRIMARY INTEREST. Office of Tribal and
        # Native Affairs, Office of the Treasurer."
        r"(?P<v>.+)$|^offices?\s+of\s+primary\s+(?:interest|responsibility)\s*[.:]\s*(?P<v2>[^.]+)"
        # a line of its own crediting the body that keeps it, by name: "Maintained by the National Digital Twin
        # Programme (NDTP)." (not "Maintained by volunteers")
        r"|^(?:maintained|owned)\s+by\s+(?:the\s+)?(?P<v3>(?-i:[A-Z])[^.;:]*?)(?:\s+\((?-i:[A-Z]{2,})\))?\.?$", re.I,
    ),
    "approved_by": re.compile(
        # after another body's step: "Accepted by the Gentoo Council on 2018-09-09 and approved by the Gentoo Board
        # of Trustees on 2018-09-15", "Reviewed by SLT on 2 May 2024 and approved by the governors on 9 May 2024"
        r"^(?:(?:accepted|reviewed|recommended|endorsed|agreed)\s+by\s+[^,;]+?\s+on\s+[^,;]*?\d{4}(?:-\d\d-\d\d)?,?"
        r"\s+and\s+)?"
        rf"{_POLICY}(?:(?:adopted\s+and\s+)?approved\s+by|approving\s+(?:body|committee|authority|group)|approval\s+body|"
        r"approver(?:['\u2019]s)?(?:\s+name)?|board\s+approval\s+name|"
        r"authori[sz]ed\s+by|ratified\s+by|adopted\s+by|agreed\s+by|signed\s+off\s+by)"
        rf"(?:{_NOTE}{SEPARATOR}(?:the\s+)?(?P<v>.+?)(?:\s+on\s+(?P<on>.*\d{{4}}.*))?"
        # without a colon only as a line of its own saying when: "Approved by the governors on 3 May 2025",
        # "Adopted by the Management Committee at its meeting on 8 January 2024", "Adopted by the AGM held on 3 May
        # 2024" (the meeting that adopted it, not a body called "AGM held"), "Ratified by the Governing Body: 12th
        # October 2023"
        r"|\s+(?:the\s+)?(?P<v2>[^,;]+?)\s+(?:at\s+(?:its|their|the|a)\s+(?:[\w-]+\s+){0,3}?meeting\s+)?(?:held\s+)?on\s+"
        # (an ISO date ends in its day: "on 2024-06-25"; the day of the week and the American order as a US
        # board writes them: "Adopted by the Board of Directors on Thursday, June 18, 2015")
        r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
        r"(?P<on2>[^,;]*\d{4}(?:-\d\d-\d\d)?|[a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,\s*\d{4})"
        # a body named with its place: "Adopted by the Parochial Church Council of St Mary's, Ashford, at its
        # meeting on 11 April 2024"
        r"|\s+(?:the\s+)?(?P<v5>[^;]+?),\s+at\s+(?:its|their|the|a)\s+(?:[\w-]+\s+){0,3}?meeting\s+(?:held\s+)?on\s+"
        r"(?P<on5>[^,;]*\d{4}(?:-\d\d-\d\d)?)"
        r"|\s+(?:the\s+)?(?P<v3>[^,;:|]+?)(?:\s*[:|]\s*|\s+[\u2013\u2014-]\s+)(?P<on3>[^,;|]*\d{4}(?:-\d\d-\d\d)?)"
        r"(?:\s+\((?:minute|min\.?|item|resolution)\b[^)]*\))?"  # "Approved by Cabinet: 16 January 2024 (Minute 112)"
        # a line of its own naming who, then when with no "on": "Adopted by Next Users Group August 17, 2010",
        # "Approved by the Board of Trustees, 5 May 2023"
        rf"|\s+(?:the\s+)?(?P<v6>(?-i:{NAME})),?\s+(?P<on6>\d{{1,2}}(?:st|nd|rd|th)?\s+[a-z]+\.?,?\s+\d{{4}}|"
        r"[a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}/\d{4})"
        # a line of its own naming who: "Approved by the Full Governing Body"
        rf"|\s+(?:the\s+)?(?P<v4>(?-i:{NAME})))\.?$", re.I,
    ),
    # "Date ratified by governors: 14/11/2023" says who as well as when (the group "by")
    "approved_on": re.compile(
        rf"^{_POLICY}(?:date\s+(?:of\s+)?approv(?:ed|al)|approval\s+date|approved\s+on|date\s+approved|"
        r"date\s+(?:ratified|approved|adopted|agreed)(?:\s+by\s+(?:the\s+)?(?P<by>[^:|]{1,60}?))?|"
        r"date\s+(?:of\s+)?adopt(?:ed|ion)|adopted\s+on|adoption\s+date|ratified\s+on|date\s+of\s+ratification|"
        r"adoption|"  # a charter's history row: "Adoption | June 13th, 2024"
        rf"ratification\s+date){SEPARATOR}(?P<v>.+)$", re.I,
    ),
    "effective_from": re.compile(
        rf"^{_POLICY}(?:effective(?:\s+(?:from|date|on|as\s+of))?|in\s+force\s+from|date\s+of\s+implementation|"
        rf"implementation\s+date|commencement\s+date|date\s+effective|valid\s+from(?:\s+date)?|operative\s+from|"
        rf"in\s+effect\s+from|start\s+date|date\s+in\s+force|go[-\s]live\s+date){_NOTE}{SEPARATOR}(?P<v>.*\d{{4}}.*)$"
        # a form's box, its caption in capitals over the date: "EFFECTIVE DATE October 2, 2014"
        # (each cell before it up to its bar, the space after a bar left to the next cell's words: a space either
        # side's would let a long table row, with no such box, be tried in exponentially many ways)
        rf"|^(?:[^|]*\|)*\s*(?-i:EFFECTIVE\s+DATE|DATE\s+EFFECTIVE)\s+(?P<v2>[^|:]*\d{{4}})(?:\s*\|.*)?$", re.I,
    ),
    "version": re.compile(
        # "Version 1.3 - last updated March 2025", "Version: 2, dated ...", "Version 2.0 Last updated [12/10/2018]"
        # (not "Version 2 of the form"), a details table's "Document Version | 2.0.2", "Policy version: 3.1", a
        # cover's "Version v1.2a", a footer's "Version 1.1      17 May 2019"
        rf"^{_POLICY}(?:version|issue|revision|rev\.?)(?:\s+(?:number|no\.?))?\s*[:|\s]\s*v?(?P<v>\d+(?:\.\d+)*[a-z]?)\.?"
        r"(?:\s*[,;(|\u2013\u2014]\s*.*|\s+-\s+.*|\s+(?:last\s+)?(?:updated|revised|reviewed|dated|issued|approved|"
        rf"published|effective)\b.*|\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MONTH}\s+\d{{4}})?$"
        # the number at the end of what the version is called: "Version: | Final agreed copy, NSHCS Reasonable
        # Adjustments Policy 2022 v.1"
        rf"|^{_POLICY}version(?:\s*[:|])+\s*[^|]*?\s(?:v\.?\s?|version\s+)(?P<v2>\d+(?:\.\d+)*)\.?$"
        # a version named by its date: "Version: 2024-02-13"
        rf"|^{_POLICY}version(?:\s*[:|])+\s*(?P<v3>\d{{4}}-\d\d-\d\d)$", re.I
    ),
    # the value must read as a period ("Review: every two years", not "Review: September 2026")
    "review_every": re.compile(
        rf"^(?:review(?:\s+(?:period|cycle|frequency|interval|schedule|date))?|frequency\s+of\s+review|"
        rf"(?:to\s+be\s+)?reviewed)"
        rf"{SEPARATOR}(?P<v>.+)$", re.I
    ),
    # "Policy Applicable for: Faculty/Staff" (a university's header);
    # "Who this policy is for: all staff and volunteers", "Who is this guidance for? Headteachers and governors"
    "applies_to": re.compile(
        rf"^(?:applies\s+to|audience|target\s+audience|(?:personnel|staff)\s+concerned|"
        r"who\s+(?:this|the)\s+(?:[\w-]+\s+){0,2}?(?:applies\s+to|is\s+for)|who\s+is\s+this\s+(?:[\w-]+\s+){0,2}?for|"
        rf"(?:policy\s+)?applicable\s+(?:for|to))(?:{SEPARATOR}|\?\s*)(?P<v>.+)$", re.I
    ),
}
# A period on a line of its own, as a cover gives it: "To be reviewed triennially.", "Reviewed annually"
REVIEW_LINE = re.compile(
    r"^(?:this\s+(?:policy|document)\s+(?:is\s+|will\s+be\s+)?)?(?:to\s+be\s+)?reviewed\s+"
    r"(?P<v>annually|yearly|biennially|triennially|every\s+\w+(?:-\w+)?\s+(?:years?|months?)|every\s+year|"
    r"every\s+other\s+year|on\s+an?\s+[\w-]+\s+basis)\.?$", re.I,
)
# The date under a line stating the approval, as forms set it out: "Approved by: Full Governing Body" over
# "Date: 6th February 2024"; "This policy was adopted at a meeting of ..." over "Held on: 9th October 2024"
DATE_BELOW = re.compile(r"^(?:date|dated|held\s+on|on)\s*[:|]\s*(?P<v>.*\d{4}.*)$", re.I)
# A heading that labels the paragraph under it: "Effective Date of Privacy Notice" over "The privacy notice was last
# revised on 2026-06-30." (not "Effective Dates" over a list of them, nor "Effective Communication"), or asks it:
# "When does this SOP take effect?" over "This guidance takes effect as of December 2, 2024."
EFFECTIVE_HEADING = re.compile(r"^(?:(?:effective\s+date|date\s+of\s+effect|commencement\s+date)"
                               r"(?:\s+of\s+(?:th(?:is|e)\s+)?[\w -]{1,40})?:?|when\s+(?:does|do|will)\s+"
                               rf"{THIS_DOCUMENT}\s+(?:take|come\s+into)\s+(?:effect|force)\??)$", re.I)
# A pre-school's form, the setting's name after it: "This policy was adopted at a meeting of Little Acorns
# Pre-School" (over "Held on: ...")
ADOPTED_AT_MEETING = re.compile(
    rf"^(?i:this\s+policy\s+was\s+adopted\s+at\s+a\s+meeting\s+of)\s*[:|]?\s*(?:the\s+)?(?P<v>{NAME})\.?$")
# A column's heading, which a table's heading row read as text ("Approved by | Date | Signature") gives where a
# value would be: not a value
HEADING_WORDS = {"date", "role", "review", "signature", "signed", "name", "version", "author", "changes", "comments",
               "status", "position", "description", "notes", "title", "details", "owner", "approver", "approved by",
               "review date", "date approved", "job title"}
# "This Policy was approved on 01 March 2022.": when, with no approver named (not "Leave was approved on ...", nor
# "approved on the advice of ...": a date must follow)
# "This policy was approved on ...", "This document outlines the ... Succession Plan, which was initially approved on
# April 26, 2022" (the plan it sets out)
APPROVED_ON_SENTENCE = re.compile(rf"{SENTENCE_START}(?i:{THIS_DOCUMENT}\s+(?:(?:outlines|sets\s+out|describes)\s+[^.;]"
                                  r"{1,160}?,\s+which\s+)?(?:was|has\s+been|is)\s+(?:formally\s+|initially\s+|first\s+)?"
                                  r"(?:approved|adopted|ratified|agreed)\s+on)\s+(?P<v>[^.;]{0,30}?\d{4})\b")
