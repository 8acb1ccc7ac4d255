"""The words an organisation's name ends in ("Oakfield Academy", "Harbour Credit Union"), those that name an
organisation as a whole rather than a body within one, and the words that name a document rather than its writer: the
vocabulary the organisation readers (handbook.importing.organisation, own_name, organisation_in_title) share."""

from __future__ import annotations

import re

# What a workplace is called that ends in a common word: "Parkside Medical Practice", "Harbour Credit Union", "Holt
# Village Hall" (a charity that hires out its hall; not a town hall or a church hall, most often buildings)
_WORKPLACES = (r"(?:Medical|Dental|GP|Veterinary)\s+Practice|(?:Credit|Students['\u2019]?)\s+Union|"
               r"(?:Care|Nursing)\s+Home|(?:Village|Community|Memorial)\s+Hall")
ORGANISATION_WORDS = (
    r"School|Academy|College|University|Trust|Federation|Council|Ministry|Department|Agency|Authority|Office|"
    r"Board|Service|Club|Association|Society|Foundation|Charity|Church|Nursery|Partnership|Limited|Ltd|Inc|Group|"
    r"Institute|Institution|Company|Corporation|Centre|Center|Alliance|Consortium|Commission|Hospital|Surgery|"
    r"Clinic|Hospice|Playgroup|Pre-?[Ss]chool|Administration|Network|Corp\.|Laboratory|Command|Corps|District|"
    r"Task\s+Force|Library|Museum|Gallery|Theatre|Orchestra|Choir|"
    rf"{_WORKPLACES}"
)
# What an organisation is as a whole (not a body within one, such as a Board or Council): who
# speaks as a policy's author ("Riverside Primary School is committed to ..."); "Lab" only here, where the name says
# more ("the Bahlai Lab of Applied Computational Ecology", "the Okafor Lab is committed to"): "General Lab Policies"
# heads a title with a room's or a kind's words
WHOLE_ORGANISATION_WORDS = (
    r"School|Academy|College|University|Trust|Federation|Ministry|Agency|Club|Association|Society|Foundation|"
    r"Charity|Church|Nursery|Limited|Ltd|Inc|Institute|Institution|Company|Corporation|Centre|Center|Alliance|"
    rf"Consortium|Hospital|Laboratory|Lab|Library|Museum|Gallery|Theatre|Orchestra|Choir|Corps|School\s+District|"
    rf"{_WORKPLACES}"
)
# Words that name a kind of document, not its writer: "Bylaws", "Code of Conduct", "Safeguarding Policy", "PlayBook",
# "Standing Orders" (a council's or a governing body's rules of procedure); "Articles of Association" is a charity's or
# an academy trust's governing document, not an association
_DOCUMENT_KINDS = (r"by-?laws?|constitution|charter|polic(?:y|ies)|procedures?|code|handbook|guidance|guides?|"
                   r"guidelines?|manual|play-?books?|specification|statement|agreement|terms|conditions|rules|"
                   r"regulations|standards?|plan|protocol|strategy|framework|notice|checklist|articles|memorandum|"
                   r"statutes|principles|standing\s+orders")
# ... in a title, in any case ("CODE OF CONDUCT"), or in a name, capitalised as a name's words are ("Code Town" opens
# with one; "the code of conduct" names no one)
DOCUMENT_WORDS_ANY_CASE = re.compile(rf"\b(?:{_DOCUMENT_KINDS})\b", re.IGNORECASE)
DOCUMENT_WORDS = re.compile(rf"\b(?=[A-Z])(?i:{_DOCUMENT_KINDS})\b")
# A company's legal form, ending its name: "GitHub, Inc.", "RemoteAbility CIC", and outside the UK and US "Tuist
# GmbH", "SOZIALHELDEN e.V." (a German registered association), "Adyen N.V.", "Pyvec, z.s." (a Czech one), "Nadace
# X, o.p.s.", "Y s.r.o.", "OpenVAA ry" (a Finnish one); not "SAS", also a program's name
DOTTED_LEGAL_FORM = r"e\.\s?V\.|[BN]\.V\.|S\.A\.|S\.r\.l\.|z\.\s?s\.|o\.\s?p\.\s?s\.|s\.\s?r\.\s?o\.|r\.\s?y\."
COMPANY = (rf"(?:Inc\.|Ltd\.|Corp\.|{DOTTED_LEGAL_FORM}|"
           r"(?:Inc|Ltd|LLC|LLP|Limited|plc|PLC|CIC|CIO|g?GmbH|AG|eG|Pty|Oyj?|ApS|SLU?|AB|ry)\b)")  # (Spain, Sweden)
# What a body within an organisation is for or where it is: "Executive", "Steering", "Parish"
BODY_KINDS = r"Executive|Steering|Governing|Management|Advisory|Programme|Program|Project|Local|National|Regional|" \
              r"Safeguarding|Audit|Finance|Parish|Town|City|County|District|Partnership|Safety|Health"
# Whom a policy answers to, not whose it is: "the Information Commissioner's Office (ICO)"
REGULATOR_WORDS = r"Commissioner|Regulator|Inspectorate|Ombudsman"
# A post, not a body: "MINISTER OF ADMINISTRATION" heading a church's job description ("Ministry of Justice" is a body)
POST = (r"(?:Minister|Director|Manager|Officer|Secretary|Head|Chair(?:man|woman|person)?|President|Coordinator|"
        r"Administrator|Pastor|Dean|Clerk|Treasurer)\s+(?:of|for)\s")
