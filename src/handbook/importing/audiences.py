"""Who an imported policy is for (its ``applies_to``), in the document's own words.

Read only where the document says this document applies to them: "This policy applies to all staff and volunteers",
"These rules of behavior apply to federal employees ...", "This policy covers all employees ...", "is intended for
...", "all staff, speakers and volunteers are required to follow this Code", "We expect all participants to abide by
this code", "this policy ... to ensure that all customers understand ...", "It is the responsibility of all staff to
follow this policy", "Everybody in the EMF community is required to abide by this code", a guide's strapline ("A
guide for everyone that has privileged access"). (Where the layout says it, a "This policy applies to:" over a list
of who, is read in handbook.importing.audience_layout.) Where the drafting sums up whom it lists ('(collectively
referred to as "staff")'), that word is the audience. Read from how the sentence says it more than from one phrase:
this document by any of its names ("This SOP", "This guide", "This page"), the verbs that say whom it is for ("is
written for", "should be read by", "is applicable to"), a sentence run in after a table's label ("Scope These
guidelines apply to ..."), what an organisation asks of two groups of its people or more ("The OWASP Foundation
requires Board members, employees, and volunteers to ..."), the people the document names by a term of its own
("this policy will refer to directors, officers, and key employees as ..."), the page saying what it is ("These are
the Terms & Conditions, which users need to follow"), the document handed to whom it is for ("is presented to each
user when they register"); whom it protects, where nothing else says ("This policy is designed to protect
employees"); "anyone" after the groups named is none of its own. The audiences are those its first words name ("all
TTS employees"), never something else's ("applies to packaged software licensed by vendors"), never "does not apply
to".
"""

from __future__ import annotations

import re

from .organisation_words import DOTTED_LEGAL_FORM

# also after "Scope:", "1)", a list's bullet of any shape: "\u2022", "\u25cf", "\u25aa", "\u25e6", "\u2023", "\u2043"
SENTENCE_START = r"(?:^|(?<=[.!?:;)\u2022\u25cf\u25aa\u25e6\u2023\u2043-]\s)|(?<=[.!?:]\s\s))"
# This document (or "the policy"): "This policy", "These rules of behavior", "The Code of Conduct", "This code of
# conduct", "This directive", "This SOP" (a standard operating procedure), and in a memo sending it out "the attached
# policy", "the revised procedure"
THIS_DOCUMENT = (r"(?:(?:this|these)\s+(?:[\w-]+\s+){0,2}?(?:policy|policies|handbook|procedures?|sops?|"
                 r"code(?:\s+of\s+(?:conduct|practice))?|guidance|"
                 r"document|rules|steps|guidelines|terms|agreement|directives?|protocol|charter|framework|regulations?|"
                 r"instructions?|notice|statement|articles|constitution|by-?laws)|"
                 # closing the text: "The foregoing Bylaws were approved by ..."
                 r"the\s+(?:foregoing|above)\s+(?:[\w-]+\s+)?(?:policy|policies|code|rules|articles|constitution|"
                 r"by-?laws|charter)|"
                 r"the\s+(?:(?:attached|enclosed|revised|updated|following)\s+)?"
                 r"(?:[\w-]+\s+)?(?:policy|policies|handbook|procedures?|code(?:\s+of\s+conduct)?|guidance|document|"
                 r"notice|statement))\b")
# This document as guides and manuals also call themselves: "This guide is written for ...", "This page is for
# ...", "These standards apply to ..." (audiences only: the other facts keep THIS_DOCUMENT)
# A government's directive calls itself by its kind too: "This Order is applicable to ...", "The publication is
# issued to provide guidance to ..." (an Order with its capital: "the order" of a shop's terms is a customer's)
_ITSELF = (rf"(?:{THIS_DOCUMENT}|(?:this|these)\s+(?:[\w-]+\s+){{0,2}}?(?:manuals?|guides?|page|chapter|process|"
           r"standards?|playbook|memo(?:randum)?|plan|toolkit|resource|publications?|(?-i:Orders?))\b|"
           r"the\s+(?:[\w-]+\s+)?publication\b)")
# A sentence run in after a label with no colon, as a table's cell or a heading joined to its text gives it: "Scope
# These guidelines apply to employees ..." (a capital "This" or "These" after a word opens a sentence)
_RUN_IN_START = rf"(?:{SENTENCE_START}|(?<=[a-z]\s)(?=(?-i:Th(?:is|ese)\s)))"
# The roles of technical, public, clinical and school work, read as written, plural ("for analysts", "developers and
# users", "councilors", "new hires"): their singulars mostly name something else ("developer tools", "official
# contributors", "subscriber data", "hire a room")
_ROLES = ["developers", "engineers", "analysts", "administrators", "supervisors", "moderators", "reviewers", "editors",
          "authors", "designers", "scientists", "specialists", "technicians", "operators", "nurses", "doctors",
          "physicians", "clinicians", "librarians", "lecturers", "academics", "councilors", "officials",
          "representatives", "servants", "subscribers", "presenters", "postdocs", "starters", "hires", "employers",
          "headteachers", "assistants", "recipients", "grantees"]  # ("teaching assistants"; "recipients of grants")
# The bodies a government's directive or procedure is addressed to ("This SOP applies to all Agency offices"), not
# where the people are ("all staff in our offices"). (Not schools: a school's policy names schools as places and
# others: "The DfE guidance sets out expectations of schools")
_BODIES = ["departments", "agencies", "offices", "ministries", "bureaus"]
AUDIENCES = ["staff", "employees", "governors", "volunteers", "contractors", "trustees", "pupils", "students",
             "parents", "visitors", "members", "coaches", "workers", "officers", "managers", "users", "participants",
             "attendees", "speakers", "exhibitors", "organizers", "organisers", "collaborators", "contributors",
             "consultants", "suppliers", "vendors", "learners", "instructors", "teachers", "interns", "apprentices",
             "carers", "colleagues", "children", "customers", "clients", "guests", "sponsors", "partners", "fellows",
             "affiliates", "associates", "scholars", "researchers", "experts", "councillors", "directors", "residents",
             "patients", "tenants", "players", "athletes", "referees", "mentors", "leaders", "practitioners",
             "personnel", "hirers", "agents", "freelancers", "candidates", "applicants", "delegates", "guardians",
             "trainees", "trainers", "tutors", "facilitators", "drivers", "faculty", "maintainers", "advisors",
             "advisers", "professionals", "stakeholders", "third parties", *_ROLES, *_BODIES,
             # whoever the document is for, when it names no group: "This document is for anyone interested in ...",
             # "A guide for everyone that has privileged access", "Everybody in the EMF community is required to ..."
             "anyone", "everyone", "everybody"]
# Whoever else, after the groups named: "all staff, users, third parties, or anyone using our systems" (staff, users
# and third parties: "anyone" is no group of its own there)
_CATCH_ALL = {"anyone", "everyone", "everybody"}
# Audiences named only where a list of who puts them ("staff, users, third parties", "staff and third parties"), not
# as what is done with something ("data shared with third parties", "disclosed to third parties")
_IN_A_LIST = {"third parties": r"(?:^|,|\band|\bor)\s*(?:(?:all|any|other)\s+)?third\s+parties\b"}
# Audiences whose singular is mostly an adjective ("professional development", "professional conduct")
_ONLY_AS_WRITTEN = {"professionals", *_ROLES, *_BODIES}
# Who the words go on to leave out: "all staff except agency workers", "All ... Agencies, Except for the ..."
# ("including but not limited to" leaves no one out)
_EXCEPT = re.compile(r"\b(?:except|excluding|other\s+than|but\s+not(?!\s+(?:be\s+)?limited\s+to)|apart\s+from|"
                     r"with\s+the\s+exception\s+of)\b.*", re.I | re.S)
# Whom the bodies serve, after them: "all personal property offices servicing Navy military members" (the offices)
_WHOM_THEY_SERVE = re.compile(rf"\b(?P<bodies>{'|'.join(_BODIES)})\s+(?:servicing|serving|supporting)\b.*", re.I | re.S)
# "It" is this document where the sentence before is about it: "This policy sets out ... . It applies to all
# employees" (not "The Act came into force in 2018. It applies to all employers")
_OF_ITSELF = re.compile(rf"(?:^|[.!?]\s+){_ITSELF}[^.!?]*[.!?]\s*$", re.I)
_MAINLY = r"(?:mainly|mostly|primarily|chiefly|largely|specifically|only)"
# "This policy applies to ...", "The Code is complemented by a set of Procedures and applies to ...": this
# document, a few words, then "apply to" the audiences; never "does not apply to", never "the rules apply to" (but
# "The company rules and this procedure apply to all employees", as ACAS's model procedure words it). And the other
# verbs of the slot: "is written for", "is intended to be used by", "is aimed primarily at", "should be read by",
# "addresses", "is applicable to", "is binding on", "extends to", "provides guidance for"; "applies from 1 April 2025
# to"
_APPLIES_SENTENCE = re.compile(
    rf"{_RUN_IN_START}(?:the\s+(?:[\w-]+\s+)?rules\s+and\s+)?(?:{_ITSELF}|(?P<it>it))(?P<gap>[^.;:]{{0,60}}?)\s(?:(?:applies|apply)"
    r"(?:\s+(?:from|with\s+effect\s+from|as\s+(?:of|from)|until)\s+[^.;:]{1,40}?)?\s+(?:equally\s+)?to|"
    rf"(?:is|are)\s+(?:{_MAINLY}\s+)?(?:for|(?:aimed|targeted|directed)(?:\s+{_MAINLY})?\s+at|"
    r"(?:intended|written|meant|made|prepared)\s+for|(?:intended|meant)\s+to\s+be\s+used\s+by|addressed\s+to|"
    r"relevant\s+to)|"
    r"(?:should|must|is\s+to|are\s+to)\s+be\s+read\s+by|addresses|(?:is|are)\s+(?:applicable|addressed)\s+to|"
    r"(?:is|are)\s+binding\s+(?:on|upon)|extends?\s+to|"
    r"(?:provides?|gives?|offers?)\s+(?:[\w-]+\s+){0,2}?(?:guidance|advice|information|instructions)\s+(?:for|to)|"
    r"covers?(?=\s+(?:all|every|any|our)\s))\s+(?P<v>[^.;:]+)",
    re.I,
)
_FOLLOW = (r"(?:conform\s+to|comply\s+with|follow|abide\s+by|adhere\s+to|read(?:\s+and\s+(?:follow|understand))?|"
           r"familiari[sz]e\s+themselves\s+with|agree\s+(?:with|to))"
           r"\s+(?:this|these|the\s+following)\s+(?:[\w-]+\s+){0,2}?(?:polic(?:y|ies)|code|rules|procedures?|guidelines|"
           r"handbook)\b")
# "are expected and required to", "are required and expected to", "are hereby instructed to"
_BOUND = (r"(?:hereby\s+)?(?:required|expected|obliged|obligated|instructed|directed)"
          r"(?:\s+and\s+(?:required|expected|obliged|obligated))?")
# Who, with what they say of them in brackets: "community participants (contributors, paid or otherwise; sponsors)"
_WHO = r"(?P<v>(?:[^.;:()]|\([^()]*\))+?)"
# "all staff, attendees and volunteers at any event are required to conform to the following Code of Conduct"
_REQUIRED_TO_FOLLOW = re.compile(
    rf"\b(?:all|every|any)\s+{_WHO}\s+(?:are|is)\s+{_BOUND}\s+to\s+{_FOLLOW}", re.I,
)
# "Lab members are expected to abide by these policies", "Everybody in the EMF community is required to abide by this
# code of conduct": a sentence opening with who
_THEY_ARE_REQUIRED = re.compile(
    rf"{SENTENCE_START}(?P<v>(?:[\w-]+\s+){{0,4}}?[\w-]+)\s+(?:are|is)\s+{_BOUND}\s+to\s+{_FOLLOW}",
    re.I,
)
# "Graduate students who need to take time away from their studies ... must follow the updated procedures": who,
# then what they must follow, this document's ("the usual sign-in procedures" are another's)
_WHO_MUST_FOLLOW = re.compile(
    rf"{SENTENCE_START}(?P<v>(?:[\w-]+\s+){{0,2}}?[\w-]+)\s+who\s+[^.;:]{{1,160}}?\s+must\s+(?:read\s+and\s+)?follow\s+"
    r"(?:this|these|the\s+(?:updated|revised|new|following))\s+(?:[\w-]+\s+){0,2}?(?:polic(?:y|ies)|procedures?|rules|"
    r"guidelines)\b", re.I,
)
# Whom the document asks to confirm they have read it, naming it as itself or by its title: "All staff must read and
# sign this policy", "All DWR employees must digitally acknowledge the DWR Policies and Procedures annually", "All
# Riverside Library System branch employees and volunteers must acknowledge the Patron Privacy Statement"
_MUST_ACKNOWLEDGE = (r"\b(?:all|every)\s+(?P<v>(?:[\w-]+\s+){0,6}?[\w-]+)\s+"
                     r"(?:must|shall|(?:are|is)\s+required\s+to)\s+(?:[a-z]+ly\s+)?(?:acknowledge|read\s+and\s+sign|"
                     r"sign\s+to\s+confirm\s+(?:that\s+)?they\s+have\s+read(?:\s+and\s+understood)?)\s+")
# A heading over what is expected, item by item: "All Enspiral participants are expected" over "- to support ..."
# (the whole line: not "All visitors are expected to sign in", one rule of the policy)
_ALL_ARE_EXPECTED = re.compile(r"^(?:all|every)\s+(?P<v>(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:are|is)\s+(?:expected|required)"
                               r"(?:\s+to)?\s*:?$", re.I)
# A document's opening words saying whom it is for: "A guide for everyone that has privileged access to ..."
# (not of another document: "A guide for new staff is on the intranet")
_A_DOCUMENT_FOR = re.compile(r"^(?:A|An)\s+(?:[\w-]+\s+){0,2}?(?:guide|policy|handbook|code|procedure|standard)\s+"
                             r"for\s+(?P<v>(?:(?!\s(?:is|are|was|were|will|can|must|should)\s)[^.;:])+)(?:[.;:]|$)")
# Who a policy's drafting sums up under one word: '(collectively referred to as "staff" in this policy)'
_COLLECTIVELY = re.compile(r"\(collectively\s+(?:referred\s+to\s+as|called|known\s+as)\s+[\"\u201c']?(?P<v>[\w-]+)",
                           re.I)
# "(Collectively, this policy will refer to directors, officers, and key employees as "Covered Officials.")": the
# people this document names by one term of its own
_REFERS_TO_AS = re.compile(
    rf"{_ITSELF}\s+(?:will\s+|shall\s+)?(?:collectively\s+)?refers?\s+to\s+(?P<v>[^.;:]+?)\s+(?:collectively\s+|together\s+)?"
    r"as\s+[\"\u201c']", re.I,
)
# A document-control table's or cover's scope, where its first words name who: "Scope: All staff, governors and
# volunteers", "2. Scope: All recipients of grants ..." (not "Scope: This policy covers the use of email", nor "Scope:
# Staff laptops and phones" as a list)
_SCOPE_LABEL = re.compile(r"^(?:\d{1,2}\.\s+)?(?:scope|applicability|coverage)\s*[:|\u2013\u2014-]\s*"
                          r"(?P<v>(?:all|every|any)\s+[^.;:]+)", re.I)
# "We expect all participants (...) to abide by this code of conduct"
_EXPECTS_TO_FOLLOW = re.compile(
    rf"\b(?:expects?|requires?|asks?)\s+(?:all|every|any)\s+{_WHO}\s+to\s+{_FOLLOW}", re.I
)
# What the organisation asks of its people, whatever it asks: "We ... expect all workers and volunteers to share this
# commitment", "The OWASP Foundation requires Board members, employees, and volunteers to observe high standards":
# two groups or more (not "This policy requires managers to record ...", "RIIS expects all Fellows to maintain ...":
# one group, one rule of the document)
_ASKS_OF_ITS_PEOPLE = re.compile(
    r"\b(?P<by>we|(?:[A-Z][\w.&'\u2019-]*\s+){0,4}[A-Z][\w.&'\u2019-]*)(?:\s[^.;:]{0,80}?\sand)?\s+(?:(?:also|further|therefore|strongly)\s+)?"
    r"(?:expects?|requires?)\s+"
    r"(?P<v>(?:[\w-]+,?\s+){0,8}?[\w-]+)\s+to\s+[a-z]+\b")
# "Developers should use this guide", "All teaching and support staff must comply with this policy", "All contributors
# (including committers) and other participants in the Project must comply with the terms of this Charter", "All
# contractors working on behalf of the charity must adhere to the guidelines in this policy": who, then
# this document used, as they must (not "Parents can read this policy on our website": who may see it)
_USE_IT = (r"\s+(?:should|must|shall)\s+(?:(?:also|always|first)\s+)?"
           r"(?:use|read|consult|refer\s+to|follow|observe|comply\s+with|adhere\s+to|abide\s+by|(?:be|become)\s+familiar"
           r"\s+with|familiari[sz]e\s+themselves\s+with)"
           r"\s+(?:the\s+(?:terms|requirements|provisions|principles|guidelines|rules|standards)\s+(?:of|in|set\s+out\s+in|"
           r"laid\s+out\s+in)\s+)?(?:this|these)\s+"
           r"(?:[\w-]+\s+){0,2}?(?:polic(?:y|ies)|code|rules|procedures?|guidelines|guidance|guides?|handbook|manuals?|"
           r"page|document|standards?|sops?|statement|notice|charter|agreement)\b")
_THEY_USE_IT = re.compile(rf"{SENTENCE_START}(?P<v>(?:[\w-]+\s+){{0,4}}?[\w-]+){_USE_IT}", re.I)
_ALL_OF_THEM_USE_IT = re.compile(rf"{SENTENCE_START}(?:all|every|each)\s+{_WHO}{_USE_IT}", re.I)  # (with brackets)
# Their duty to keep it, as UK schools and employers word it: "All staff members have a responsibility to make
# themselves familiar with, and abide by, this policy", "It is the responsibility of all staff to follow this policy"
# (not "... to ensure that their teams follow this policy": a duty to make others keep it)
# "All employees of the District shall be responsible for acting in accordance with this policy"
_KEEP = (r"(?:follow|comply\s+with|abide\s+by|adhere\s+to|observe|uphold|read|understand|act\s+in\s+accordance\s+with|"
         r"(?:be|make\s+themselves|become)\s+(?:familiar\s+with|aware\s+of)|familiari[sz]e\s+themselves\s+with)")
_KEEPING = (r"(?:following|complying\s+with|abiding\s+by|adhering\s+to|observing|upholding|reading|"
            r"acting\s+in\s+accordance\s+with|familiari[sz]ing\s+themselves\s+with)")
_THIS_ONE = (r"(?:this|these)\s+(?:[\w-]+\s+){0,2}?(?:polic(?:y|ies)|code|rules|procedures?|guidelines|guidance|"
             r"handbook)\b")
_TO_KEEP_IT = rf"\s+to\s+(?:{_KEEP},?\s+(?:and\s+)?)*{_KEEP},?\s+{_THIS_ONE}"  # "... to read and follow this policy"
_DUTY = r"(?:a\s+)?(?:[\w-]+\s+)?(?:responsibility|duty|obligation)"
_THEY_HAVE_A_DUTY = re.compile(
    rf"{SENTENCE_START}(?:all|every|each)\s+(?P<v>(?:[\w-]+\s+){{0,4}}?[\w-]+)\s+(?:(?:has|have)\s+{_DUTY}{_TO_KEEP_IT}|"
    rf"(?:are|is|shall\s+be|will\s+be)\s+(?:[\w-]+\s+)?responsible\s+for\s+(?:{_KEEPING},?\s+(?:and\s+)?)*{_KEEPING},?"
    rf"\s+{_THIS_ONE})", re.I,
)
_THE_DUTY_OF = re.compile(
    rf"{SENTENCE_START}it\s+is\s+the\s+{_DUTY}\s+of\s+(?P<v>(?:all|every|each)\s+(?:[\w-]+\s+){{0,4}}?[\w-]+)"
    rf"{_TO_KEEP_IT}", re.I,
)
# "This document provides procedures that ARL Government personnel MUST follow when releasing software": the rules
# this document gives, then who must keep them (not "The Act sets out rules that employers must follow": another's);
# "These are the Terms & Conditions, which users need to follow in order to access ...", the page saying what it is
_RULES_THEY_MUST_KEEP = re.compile(
    rf"{SENTENCE_START}(?:{_ITSELF}\s+(?:provides?|sets?\s+out|describes?|contains?|establishes?|defines?|gives?|"
    r"lists?)|(?:these|this)\s+(?:are|is))\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:procedures|rules|requirements|steps|"
    r"standards|guidelines|processes|practices|expectations|terms(?:\s+(?:&|and)\s+conditions)?|conditions)"
    r",?\s+(?:that|which)\s+(?P<v>(?:all\s+|every\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:must|shall|"
    r"should|(?:are|is)\s+(?:required|expected)\s+to|need\s+to|have\s+to)\s+(?:follow|observe|comply\s+with|meet|"
    r"adhere\s+to|keep)\b", re.I,
)
# "This document outlines mandatory account usage policies for all users of the REPACSS system": the rules it sets
# out for whom (not "This policy describes the support available for all staff who ...": no rules of its own)
_RULES_FOR = re.compile(
    rf"{SENTENCE_START}{_ITSELF}\s+(?:outlines?|sets?\s+out|establishes?|defines?|contains?)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,4}?(?:policies|rules|requirements|obligations|responsibilities|standards)\s+(?:for|of)\s+"
    r"(?P<v>(?:all|every|any)\s+[^.;:]+)", re.I,
)
# "The REANNZ HPC Platform Acceptable Use Policy is presented to each user when they register", "This handbook is
# given to every new employee": the document handed to whom it is for (not "This policy is issued to all managers
# for review": to those who check it)
_HANDED_TO = re.compile(
    rf"{SENTENCE_START}(?:{_ITSELF}|the\s+(?:[A-Z][\w&-]*\s+){{1,6}}(?-i:Policy|Policies|Code|Rules|Regulations|Terms|"
    r"Handbook|Guidelines))\s+(?:is|are)\s+(?:presented|given|issued|provided|handed|distributed)\s+to\s+(?:each|every|"
    r"all)\s+(?![^.;:]*\bfor\s+(?:review|approval|comment|consultation|sign-off)\b)(?P<v>[^.;:]+)", re.I,
)
# "Our user support policies outline the level of assistance users can expect", "This charter sets out what patients
# can expect from us": what the document promises a group (not "This policy sets out what the law says": no one)
_WHAT_THEY_CAN_EXPECT = re.compile(
    rf"{SENTENCE_START}(?:{_ITSELF}|our\s+(?:[\w-]+\s+){{0,2}}?(?:polic(?:y|ies)|charter|standards))\s+(?:sets?\s+out|"
    r"outlines?|describes?|explains?)\s+(?:what\s+|the\s+(?:[\w-]+\s+){1,3}?(?:that\s+)?)(?P<v>(?:all\s+)?(?:[\w-]+\s+)?"
    r"[\w-]+)\s+(?:can|may|should|will)\s+expect\b", re.I,
)
# "These guidelines are to be adhered to by all team members, all partners ...", "This code must be followed by
# staff and volunteers": the document followed by who (not "This policy will be followed by a review": no one)
_FOLLOWED_BY = re.compile(
    rf"{SENTENCE_START}{_ITSELF}\s+(?:(?:are|is)\s+(?:(?:expected|required)\s+)?to|must|shall|should|will)\s+be\s+"
    r"(?:adhered\s+to|followed|"
    r"observed|complied\s+with|abided\s+by|respected)\s+(?:by|for(?=\s+all\b))\s+(?P<v>[^.;:]+)", re.I,
)  # (and "This process should be followed for all new employees": done for them)
# "We expect the following standards to be observed and upheld by all participants in any community forum": the
# document's rules expected to be kept, then by whom (not "... to be reviewed by the committee": no one they bind)
_EXPECTED_TO_BE_KEPT = re.compile(
    r"\bexpects?\s+(?:the\s+following|these|this|our)\s+(?:[\w-]+\s+){0,2}?(?:standards|rules|guidelines|principles|"
    r"polic(?:y|ies)|code)\s+to\s+be\s+(?:observed|followed|upheld|respected|adhered\s+to|kept)(?:\s+and\s+"
    r"(?:observed|followed|upheld|respected|adhered\s+to|kept))?\s+by\s+(?P<v>[^.;:]+)", re.I,
)
# "... applies to anyone working with or on behalf of Hypha: members, employees, contractors, and collaborators":
# the list after the colon says who "anyone" is
_LISTED_AFTER = re.compile(r"\s*:\s*(?P<who>[^.;:]+)")
_ANYONE_AS = re.compile(r"^anyone\s+who\s+[^.;:]{1,80}?\bas\s+an?\s+(?P<who>[a-z]{3,}(?<!s))\b")
# "Compliance with this policy is mandatory for all staff", "The scope of this policy includes all employees, workers
# and contractors": whom keeping it binds, or whom its scope takes in (not "... includes the use of email": no one)
_BINDS_OR_TAKES_IN = re.compile(
    rf"{SENTENCE_START}(?:(?:compliance\s+with|adherence\s+to)\s+{THIS_DOCUMENT}\s+is\s+(?:mandatory|compulsory|"
    rf"obligatory|required|expected)\s+(?:for|of|from)|the\s+scope\s+of\s+{THIS_DOCUMENT}\s+(?:includes?|covers?|"
    r"extends?\s+to))\s+(?P<v>[^.;:]+)", re.I,
)
# "This policy is designed to protect employees"
_PROTECTS = re.compile(rf"{_RUN_IN_START}{_ITSELF}[^.;:]{{0,60}}?\s(?:is|are)\s+(?:designed|intended|meant)\s+to\s+"
                       r"protect\s+(?P<v>[^.;:]+)", re.I)
# "a few ground rules that we expect everyone to adhere to, be it staff and board members, volunteers ...": rules
# everyone is to follow, then who that is
_EVERYONE_BE_IT = re.compile(
    r"\b(?:rules|guidelines|standards|principles)\s+(?:that|which)\s+we\s+(?:expect|ask)\s+(?:everyone|everybody|all)"
    r"\s+to\s+(?:adhere\s+to|follow|abide\s+by|respect),?\s+(?:be\s+it|whether(?:\s+(?:you\s+are|they\s+are))?)\s+"
    r"(?P<v>[^.;:]+)", re.I,
)
# "this Acceptable Use Policy in order to ensure that all customers understand ..."
_ENSURES_ALL = re.compile(
    rf"{THIS_DOCUMENT}[^.;:]{{0,80}}?\bensures?\s+(?:that\s+)?(?:all|every)\s+(?P<v>[^.;:]+?)\s+(?:understands?|"
    r"knows?|are\s+aware|is\s+aware)\b", re.I,
)
# The words naming who, up to the first that joins on something else: "federal executive branch departments",
# "council employees", "packaged software licensed" (by vendors: not who)
_OPENING = re.compile(r"(?:(?!(?:and|or|by|of|for|in|at|on|to|from|with|who|which|that|whose|when|while)\b)"
                      r"[^\s,;]+\s*){0,5}", re.I)
# "This code sets out the standards of behaviour expected of all staff", "The staff code of conduct sets out the
# additional expectations we have of our staff" (the document named by its title)
# "This wiki page outlines the expectations for team members and line managers" (a handbook's page)
_EXPECTED_OF = re.compile(
    rf"{SENTENCE_START}(?P<doc>{THIS_DOCUMENT}|this\s+(?:[\w-]+\s+)?page|the\s+[^.;:]{{1,60}}?)\s+"
    r"(?:sets?\s+out|describes?|defines?|outlines?)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:expectations|standards(?:\s+of\s+[\w-]+)?|behaviours?)\s+"
    r"(?:(?:that\s+)?(?:we|the\s+\w+)\s+(?:have|has|expects?|requires?)\s+|expected\s+)?(?:of|from|for)\s+"
    r"(?P<v>[^.;:]+)",
    re.I,
)
# "all members of the school community, including staff, pupils, ...": the community's people are those it lists
_COMMUNITY_OF = re.compile(r"^(?:(?:all|any|every)\s+)?members?\s+of\s+(?:the|our)\s+(?:[\w-]+\s+){0,3}?community"
                           r"\s*,?\s*(?:including|such\s+as|namely|i\.e\.,?|[-\u2013\u2014:])\s*(?P<who>.+)$", re.I)
# "everyone who takes part in our community spaces, including contributors, maintainers and event attendees"
_EVERYONE_INCLUDING = re.compile(r"^(?:everyone|anyone|all\s+(?:those|people|individuals|persons))\b[^,;]*?,?\s+"
                                 r"including(?:,?\s+but\s+not\s+limited\s+to)?,?\s+(?P<who>.+)$", re.I)
# Who asks it of them, where that is not the organisation: "It requires ...", "This policy requires ...", "The Act
# requires ..."
_NOT_THE_ORGANISATION = re.compile(r"it|this|that|these|which|who|policy|code|procedure|guidance|document|rules|"
                                   r"guidelines|law|act|regulations?|section", re.I)
# A group, then some of its own people, as "and other" says they are: "All employees, including supervisors and other
# management personnel" (the US equal-employment wording): employees (but "all workers, including agency staff and
# contractors" adds people: all three)
_GROUP_INCLUDING = re.compile(r"^(?P<group>[^,]+?),?\s+including\s[^,;]+?\s+and\s+other\s", re.I)
# An organisation's name before its people: "Department for Education employees", "Mid and South Essex NHS
# Foundation Trust staff" (capitalised words, with "of", "for", "and", "the" between them)
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w&.'\u2019-]*\s+(?:(?:of|for|and|the|on|in)\s+)?){1,8}(?=[a-z])")
# "This policy applies to you if you are an employee of ...": who "you" are
_YOU_IF = re.compile(r"^you\s+(?:if|when|whether|where)\s+you\s+(?:are|work\s+as)\s+(?:(?:a|an|one\s+of\s+our)\s+)?",
                     re.I)
# One group named by its members: "all members of staff", "every member of staff", "staff members"
_STAFF_MEMBERS = re.compile(r"\bmembers?\s+of\s+staff\b|\bstaff\s+members?\b", re.I)
_MEMBERS_OF_THE_PUBLIC = re.compile(r"\bmembers?\s+of\s+the\s+public\b", re.I)
# What is said of those named, after them: "all staff who work with children" (not "all those who work for us,
# including employees ...": no one named before it)
_WHO_THEY_ARE = re.compile(r",?\s+(?:who|whom|whose|that|which)\s", re.I)
# Where a body is a place, not who: "all staff in our offices"
_WHERE = re.compile(r"\b(?:in|at|of|across|within|from|for|by|on|throughout)\s", re.I)
# "readthedocs.org", "Node.js"; "Rocket.Chat" (capitalised words either side: not "bureaus.Treasury" run together)
_DOT_IN_AN_ADDRESS = re.compile(r"(?<=\w)\.(?=[a-z]{2})")
_DOT_IN_A_NAME = re.compile(r"\b([A-Z][a-z]+)\.(?=[A-Z][a-z])")
# a company's "Ltd." with the sentence going on: "anyone working on behalf of Neontribe Ltd., including directors"
_DOT_OF_A_COMPANY = re.compile(r"\b(Ltd|Inc|Corp|Co|Plc|plc|LLC)\.(?=\s*[,;]|\s+[a-z])")
# ... and the dots inside a legal form written with them: "Radwege e.V.", "Noordzee Data B.V. and its partners" (its
# last dot too where the sentence goes on)
_DOTTED_LEGAL_FORM = re.compile(rf"(?<=\s)(?:{DOTTED_LEGAL_FORM})(?P<goes_on>(?=\s*[,;]|\s+[a-z]))?")
_DOT_STAND_IN = "\u2024"  # ONE DOT LEADER
NEGATION = re.compile(r"\b(?:not|never|no\s+longer)\b|n['\u2019]t\b", re.I)


def stated_in_line(line: str, title: str = "") -> tuple[tuple[str, ...], str, str] | None:
    """(the audiences, the words read, the words naming them) where ``line`` says who this document (``title``)
    is for. A dot inside a name or an address ("Rocket.Chat", "readthedocs.org"), or a company's "Ltd." inside a
    sentence, ends no sentence: it is read as another character (the patterns stop at a sentence's end) and given back
    as written."""
    inner_dots = _DOT_IN_AN_ADDRESS.sub(_DOT_STAND_IN, line)
    for dot in (_DOT_IN_A_NAME, _DOT_OF_A_COMPANY):
        inner_dots = dot.sub(rf"\1{_DOT_STAND_IN}", inner_dots)
    inner_dots = _DOTTED_LEGAL_FORM.sub(lambda form: form[0][:-1].replace(".", _DOT_STAND_IN) + (
        _DOT_STAND_IN if form["goes_on"] is not None else "."), inner_dots)
    if found := _stated_in_line(inner_dots, title):
        return found[0], found[1].replace(_DOT_STAND_IN, "."), found[2].replace(_DOT_STAND_IN, ".")
    return None


def _stated_in_line(line: str, title: str) -> tuple[tuple[str, ...], str, str] | None:
    match = _APPLIES_SENTENCE.search(line)
    while match and match["it"] and not _OF_ITSELF.search(line[:match.start()]):
        match = _APPLIES_SENTENCE.search(line, match.end())
    if match and NEGATION.search(match["gap"]):
        match = None  # "This policy does not apply to visitors"
    match = match or _REQUIRED_TO_FOLLOW.search(line) or _EXPECTS_TO_FOLLOW.search(line) or _ENSURES_ALL.search(
        line) or _THEY_ARE_REQUIRED.search(line) or _FOLLOWED_BY.search(line) or _EVERYONE_BE_IT.search(line) or (
        _EXPECTED_TO_BE_KEPT.search(line)) or _A_DOCUMENT_FOR.match(line) or _WHO_MUST_FOLLOW.search(line) or (
        _ALL_ARE_EXPECTED.match(line)) or _THEY_USE_IT.search(line) or _ALL_OF_THEM_USE_IT.search(line) or (
        _REFERS_TO_AS.search(line)) or (
        _SCOPE_LABEL.match(line)) or _RULES_THEY_MUST_KEEP.search(line) or _HANDED_TO.search(line) or (
        _WHAT_THEY_CAN_EXPECT.search(line)) or _BINDS_OR_TAKES_IN.search(line) or _RULES_FOR.search(line) or (
        _THEY_HAVE_A_DUTY.search(line)) or _THE_DUTY_OF.search(line)
    if not match and ("expect" in line.casefold() or "standards" in line.casefold()):
        expected = _EXPECTED_OF.search(line)
        this = expected and (re.fullmatch(rf"{THIS_DOCUMENT}|this\s+(?:[\w-]+\s+)?page", expected["doc"], re.I) or (
            title and expected["doc"].casefold() == f"the {title.casefold()}"))
        match = expected if this else None
    if not match and title:  # "All attendees ... are required to abide by the code of conduct", named by its title
        match = re.search(rf"\b(?:all|every|any)\s+{_WHO}\s+(?:are|is)\s+{_BOUND}\s+to\s+(?:conform\s+to|comply\s+with|"
                          rf"follow|abide\s+by|adhere\s+to)\s+the\s+{re.escape(title)}\b", line, re.I)
    if not match and re.search(r"acknowledge|sign", line, re.I):
        itself = rf"{THIS_DOCUMENT}|the\s+{re.escape(title)}" if title else THIS_DOCUMENT
        match = re.search(rf"{_MUST_ACKNOWLEDGE}(?:{itself})\b", line, re.I)
    if match and (audiences := named_first(match["v"])):
        if audiences == ("anyone",) and (listed := _LISTED_AFTER.match(line, match.end())) and (
                who := named_first(listed["who"])):
            return who, f"{match[0]}{listed[0]}", listed["who"]
        # "anyone who registers to be included as a provider": those the clause says they become
        if audiences == ("anyone",) and (become := _ANYONE_AS.search(match["v"])):
            return (f"{become['who']}s",), match[0], become["who"]
        return audiences, match[0], match["v"]
    return None


def protected_by_it(lines: list[tuple[str, str, bool]]) -> tuple[tuple[str, ...], str, str] | None:
    """(audiences, place, words) of the first of ``lines`` (place, line, near the top) saying whom this document
    protects: "This policy is designed to protect employees"; for a document where no line says whom it is for (an
    acceptable use policy "designed to protect Lullabot, our employees, customers and other partners" goes on to apply
    to "all Lullabot employees and contractors")."""
    for place, line, _ in lines:
        if (match := _PROTECTS.search(line)) and (named := named_first(match["v"])):
            return named, place, match[0]
    return None


def asked_of_its_people(lines: list[tuple[str, str, bool]]) -> tuple[tuple[str, ...], str, str] | None:
    """(audiences, place, words) of the first of ``lines`` (place, line, near the top) where the organisation asks
    something of two groups of its people or more; for a document where no line says whom it is for ("We require
    contractors and visitors to sign in" is one rule where "This policy applies to all staff" is said too)."""
    for place, line, _ in lines:
        if match := _asks_of_its_people(line):
            return named_first(match["v"]), place, match[0]
    return None


def _asks_of_its_people(line: str) -> re.Match | None:
    """"We expect all workers and volunteers to ...", "X requires Board members, employees, and volunteers to ...":
    a list of two groups or more."""
    if "expect" not in line and "require" not in line:
        return None
    for match in _ASKS_OF_ITS_PEOPLE.finditer(line):
        named = () if _NOT_THE_ORGANISATION.fullmatch(match["by"].split()[-1]) else named_first(match["v"])
        if len(named) >= 2 and not _CATCH_ALL & set(named_in(match["v"])):
            return match
    return None


def named_in(text: str) -> tuple[str, ...]:
    """Every audience ``text`` names (a labelled "Applies to: staff and governors"), not those it leaves out."""
    text = without_exceptions(_as_groups(text))
    return tuple(a for a in AUDIENCES if re.search(_IN_A_LIST.get(a, rf"\b{a}\b"), text, re.I))


def without_exceptions(text: str) -> str:
    """Who ``text`` names before it leaves some out: "All departments" of "All departments, except for ..."."""
    return _EXCEPT.sub("", text).rstrip(" ,;")


def named_first(text: str) -> tuple[str, ...]:
    """The audiences of "all TTS employees, contractors ...", "any member of the community - staff, ...";
    none where the first words name something else ("packaged software licensed by vendors")."""
    if (summed_up := _COLLECTIVELY.search(text)) and (who := named_first(summed_up["v"])):
        return who
    text = _as_groups(text)
    # "all participants (sponsors, speakers ...)": who they are, not more
    text = _WHOM_THEY_SERVE.sub(r"\g<bodies>", without_exceptions(re.sub(r"\s*\([^)]*\)", "", text)))
    if community := _COMMUNITY_OF.match(text) or _EVERYONE_INCLUDING.match(text):
        return named_first(community["who"])  # (none where those it includes are no audience)
    if (group := _GROUP_INCLUDING.match(text)) and (who := named_first(group["group"])):
        return who  # "All employees, including supervisors and other management personnel": employees
    if (clause := _WHO_THEY_ARE.search(text)) and (who := named_first(text[:clause.start()])):
        return who  # "all staff who work with children": staff (the children are whom they work with)
    who = re.sub(r"^(?:all|any|every|each|the|our)\s+", "", _YOU_IF.sub("", text.strip()), flags=re.I)
    # (and the noun after two words joined: "permanent and fixed-term employees"; after the organisation's name:
    # "University of Sheffield staff")
    words = who.split()
    joined = words[3:4] if len(words) > 3 and words[1].casefold() in ("and", "or") else []
    if name := _NAME_BEFORE.match(who):
        joined += who[name.end():].split()[:1]
    opening = [word.strip(",;.") for word in words[:3] + joined + _OPENING.match(who)[0].split()]
    first = [a for a in AUDIENCES if any(re.fullmatch(a if a in _ONLY_AS_WRITTEN else f"{a.removesuffix('s')}s?",
                                                      word, re.I) for word in opening)
             or (" " in a and re.search(rf"\b{a}\b", " ".join(opening), re.I))]
    named = {a for a in set(first) | set(named_in(text)) if a not in _BODIES or not _where_they_are(a, text)}
    named -= _CATCH_ALL if named - _CATCH_ALL else set()
    return tuple(a for a in AUDIENCES if a in named) if first else ()


def _as_groups(text: str) -> str:
    """"members of staff", "a member of staff", "staff members" as "staff" (how UK schools and councils most often
    say it), and "members of the public" as "the public" (no members of the organisation)."""
    return _MEMBERS_OF_THE_PUBLIC.sub("the public", _STAFF_MEMBERS.sub("staff", text))


def _where_they_are(body: str, text: str) -> bool:
    """Whether ``text`` names ``body`` as where its people are: "all employees working in our offices"."""
    said = re.search(rf"\b{body}\b", text, re.I)
    return bool(said and _WHERE.search(text[:said.start()]))
