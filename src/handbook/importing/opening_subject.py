"""Whose policy a document is, from its opening: the organisation's name as the subject of the first sentence of one of
the first paragraphs, saying what it believes, is committed to or is ("Wholistic Fostering believes that everyone ...",
"At Wholistic Fostering, we aim to ...", "TAICO is a community event ...", "Fosstodon is a Mastodon instance ...", "The
Julia community is committed to ...", "The PostgreSQL Project prides itself on the quality of our code", "Tekton
welcomes contributions ...", "OpenWallet Foundation very much appreciates ..."), a company it defines by the short name
the policy then speaks as ("provided by MarsBased SL (hereinafter referred to as MB)", then "MB will ..."), or, opening
the document, what it will do ("Hypha will make all reasonable efforts to comply ..."); its commitment in an opening
sentence ("This policy ... highlights Hypha's support and commitment to ..."), or its policy ("Kunai's PTO policy allows
employees ..."); whom the policy's scope works for ("This policy applies to anyone working with or on behalf of Hypha:
...") or whose places it covers ("... applies to all spaces managed by Python Discord"); the project or community its
opening sentence says it governs ("This document outlines the governance model for the Cadence Workflow project"); or,
anywhere, whose policy it is ("It is Lullabot's policy that ...", "It is the policy of the West Ada School District not
to ..."; not "the District", the drafting's word for it) or what "we" are ("This security policy applies to our company
CISOfy"), where the text names it again elsewhere. A subject may join a second name to the first, which leads ("Totally
Leighton Buzzard and the Repair Café Leighton Buzzard is committed to ..."). handbook.importing.organisation reads names
that look like an organisation's on their own ("Riverside Primary School"); this reads a name of any form, so its guards
are the sentence's place and shape:

- not another body the policy speaks of: a regulator, a council, a government department ("The Care Quality
  Commission inspects ...", "Ofsted is committed to ..."), nor a document ("This Policy is ...");
- not a person: a name the text writes with a title ("Mr Smith") or follows with "he", "she", "him" or "her";
- what it will do only in the document's first sentence, and never said of initials ("The DSL will ..."), a role;
- named only once, where the opening sentence is the document's first and the organisation goes on speaking of itself
  ("... is committed to ...", "... its volunteers", "... We are committed to ...") and no other name is committed.
"""

from __future__ import annotations

import re

from .audiences import THIS_DOCUMENT
from .name_pattern import NAME
from .name_shapes import looks_like_a_name
from .organisation_words import COMPANY, ORGANISATION_WORDS, WHOLE_ORGANISATION_WORDS

_OPENING_PARAGRAPHS = 4
# What it welcomes or expects is the author's word only in the document's first two paragraphs ("Tekton welcomes
# contributions ..."), not in a later section's ("## Jury duty: Fernhill Studios encourages employees to serve ...")
_WELCOMING_PARAGRAPHS = 2
# 1 to 3 capitalised words ("Wholistic Fostering", "TAICO", "The Carpentries"), with no full stop between them
# and a community or project named by it ("The Julia community")
_CANDIDATE = (r"(?P<NAME>(?:The\s+)?[A-Z][\w&'\u2019-]*(?:\.[A-Za-z][\w&'\u2019-]+)?"  # ("Rocket.Chat", "Prebid.org")
              r"(?:\s+(?:of\s+|and\s+|&\s+|the\s+)?[A-Z][\w&'\u2019-]*){0,3}"
              r"(?:\s+(?:community|project))?)")
# What an organisation says it is ("a family-run agency", "a community event"; not "a regulator")
_ORGANISATION_KINDS = (r"community|organi[sz]ation|company|charity|team|agency|school|academy|college|university|"
                       r"trust|institute|non-?profit|association|society|club|business|firm|consortium|foundation|"
                       r"federation|partnership|co-?operative|network|provider|employer|event|meetup|project")
# A second name the subject joins to the first, which leads: "Totally Leighton Buzzard and the Repair Café Leighton
# Buzzard is committed to ..." (the group, and the project it runs)
_AND_ANOTHER = r"(?:\s+and\s+(?:the\s+)?[A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019-]*){0,3})?"
_OPENING = re.compile(
    rf"^(?:At\s+{_CANDIDATE.replace('NAME', 'at')},?\s+(?:we|our)\b|{_CANDIDATE.replace('NAME', 'subject')}"
    rf"{_AND_ANOTHER}\s+"
    r"(?:(?:\w+ly|very\s+much|only\s+occasionally)\s+)?(?:"
    r"believes|aims|strives|seeks|values|recogni[sz]es|adheres\s+to|complies\s+with|prides\s+itself\s+on|"
    r"(?P<welcomes>welcomes|encourages|expects|appreciates)|"
    r"(?P<committed>(?:is|are)\s+(?:fully\s+|firmly\s+|deeply\s+)?(?:committed|dedicated)\s+to)|"
    rf"(?:is|are)\s+an?\s+(?:[\w-]+\s+){{0,4}}?(?i:{_ORGANISATION_KINDS})|"
    # an online community's own server: "Fosstodon is a Mastodon instance that federates with ..."
    r"(?:is|are)\s+an?\s+(?:[\w-]+\s+){0,2}?[A-Z][\w-]*\s+(?:instance|server))\b)"
)
# Bodies a policy speaks of without being theirs: regulators, councils, government, courts
# The document's first sentence: what the organisation will do ("Hypha will make all reasonable efforts to ...")
_WILL = re.compile(rf"^{_CANDIDATE.replace('NAME', 'subject')}\s+will\s+(?:\w+ly\s+)?(?!be\b)[a-z]+\b")
# Its commitment, in an opening sentence: "This policy clarifies your rights and highlights Hypha's support and
# commitment to Ontario's Bill 27"
_COMMITMENT = re.compile(rf"(?<![\w-]){_CANDIDATE.replace('NAME', 'subject')}['\u2019]s?\s+(?:[a-z]+\s+and\s+)?"
                         r"(?:commitment|pledge)\s+to\b")
# The policy named as the organisation's, opening a sentence that opens a paragraph: "Kunai's PTO policy allows
# employees to take as much vacation or sick leave as they need."
_ITS_OWN_POLICY = re.compile(rf"^{_CANDIDATE.replace('NAME', 'subject')}['\u2019]s\s+(?:[\w-]+\s+){{0,3}}?"
                             r"(?:policy|handbook|code\s+of\s+conduct|guidelines)\s+(?:is|are|allows|sets|covers|"
                             r"applies|explains|describes|outlines|aims|gives|provides)\b")
# The policy said to be the organisation's, wherever the text says so: "It is Lullabot's policy that ...",
# "Accordingly, it is the policy of the West Ada School District not to discriminate ...", "It is the CRCD's policy
# that exclusive access can be maintained ..."
_ITS_POLICY = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?:[A-Z][a-z]+,\s+)?[Ii]t\s+is\s+(?:the\s+policy\s+of\s+(?P<article>the\s+)?"
    rf"{_CANDIDATE.replace('NAME', 'of')}|(?P<its>the\s+)?{_CANDIDATE.replace('NAME', 'owner')}['\u2019]s?\s+policy)"
    r"\s+(?:that|to|not\s+to)\b")
# The text naming what "we" are, wherever it says so: "This security policy applies to our company CISOfy." (not "our
# company Slack workspace", a tool it names)
_OUR_NAMED = re.compile(
    r"\bour\s+(?:company|organi[sz]ation|charity|school|academy|club|society|association|business|firm|foundation|"
    rf"co-?operative|non-?profit),?\s+{_CANDIDATE.replace('NAME', 'subject')}(?=\s*[.,;:)]|\s*$)")
# Whom the policy's scope works for: "This policy applies to anyone working with or on behalf of Hypha: ...", or whose
# places it covers: "This Code of Conduct applies to all spaces managed by Python Discord."
_WORKING_FOR = re.compile(
    r"\b(?:applies|apply)\s+to\s+(?:all|any|every)(?:one|body)?\b[^.;:]{0,40}?\s(?:on\s+behalf\s+of|working\s+"
    r"(?:for|at)|employed\s+by|volunteering\s+(?:for|at|with)|(?:managed|run|operated)\s+by)\s+(?:the\s+)?"
    rf"{_CANDIDATE.replace('NAME', 'subject')}(?=\s*[:.,;]|$)")
# The document saying, in an opening sentence, whose project or community it governs: "This document outlines the
# governance model for the Cadence Workflow project", "The purpose of this document is to formalize the governance
# process used by the `Zarr` project" (its name as code, as Markdown writes it)
_DOCUMENT_OF_PROJECT = re.compile(
    rf"\b(?i:{THIS_DOCUMENT})[^.;:]*?\s(?:of|for|used\s+by|within|in)\s+the\s+"
    r"`?(?P<subject>[A-Z][\w&'\u2019-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&'\u2019-]*){0,3})`?\s+(?:project|community)\b")
# ... or the organisation its opening sentence says the document's rules are kept at: "This document outlines
# mandatory account usage policies for all users of the REPACSS system at Texas Tech University"
_DOCUMENT_AT = re.compile(
    rf"\b(?i:{THIS_DOCUMENT})[^.;:]*?\s(?:at|within)\s+(?:the\s+)?(?P<subject>[A-Z][\w&'\u2019-]*"
    rf"(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&'\u2019-]*){{0,4}}?\s+(?:{WHOLE_ORGANISATION_WORDS}))\b")
_COMMITTED = re.compile(rf"(?:^|(?<=[.!?]\s)){_CANDIDATE.replace('NAME', 'subject')}\s+(?:is|are)\s+"
                        r"(?:fully\s+|firmly\s+|deeply\s+)?(?:committed|dedicated)\s+to\b", re.M)
_ITS_PEOPLE = re.compile(r"\bits\s+(?:own\s+)?(?:staff|employees|volunteers|members|workers|people|pupils|students|"
                         r"trustees|carers|clients|residents|patients|colleagues|team)\b")
_WELCOME = re.compile(r"^Welcome\s+to\s+[^.!?]{1,60}[.!]\s+(?=\S)")
_SENTENCE_WORDS = 6  # a shorter opening paragraph is a title or a label, not the document's first sentence
# A company named with its legal form and the short name the policy then speaks as, in an opening sentence: "devices
# provided by MarsBased SL (hereinafter referred to as MB)", then "MB will ...", "MB reserves the right ..."
_DEFINED_SHORT = re.compile(
    rf"(?<![\w-])(?P<subject>(?-i:{NAME})\s+{COMPANY})\s*\(\s*(?i:(?:here(?:in)?after|henceforth)\s+)?"
    r"(?i:(?:referred\s+to\s+as|called)\s+)?[\"'\u201c\u2018]?(?P<short>[A-Z][A-Za-z]{1,7})[\"'\u201d\u2019]?\s*\)")
_SPEAKING_AS = r"(?:^|(?<=[.!?;:]\s)|(?<=,\s)){short}\s+(?:will|shall|may|must|reserves|provides|expects|requires)\b"
_ANOTHER_BODY = re.compile(r"\b(?:Commission|Authority|Council|Department|Ministry|Office|Government|Police|Court|"
                           r"Inspectorate|Regulator|Ofsted|NHS|Parliament|Agency\s+for)\b")
_NOT_A_NAME = re.compile(r"^(?:This|These|That|Those|Our|Your|Their|Its|Each|Every|All|Any|We|It|Everyone|Staff|"
                         r"The\s+(?:Policy|Company|Organi[sz]ation|School|Trust|Charity|Club|Board|Council))\b")
_DOCUMENT_WORD = re.compile(r"\b(?:Policy|Policies|Procedures?|Code|Handbook|Guidance|Statement|Plan|Notice)\b")


def opening_subject(paragraphs: list[str], text: str) -> tuple[str, str, str] | None:
    """(the name, the words read, where) where the first sentence of one of the first paragraphs has the organisation
    as its subject or speaks of its commitment, or the policy's scope works for it, and the text names it again;
    None otherwise. ``paragraphs``: the body's paragraphs in order,
    headings aside; ``text``: the whole document's."""
    opening = next((index for index, paragraph in enumerate(paragraphs) if len(paragraph.split()) >= _SENTENCE_WORDS),
                   0)
    for index, paragraph in enumerate(paragraphs[:_OPENING_PARAGRAPHS]):
        paragraph = _WELCOME.sub("", paragraph.strip())  # (after "Welcome to Read the Docs.")
        first_sentence, *rest = re.split(r"(?<=[.!?])\s", paragraph, maxsplit=1)
        will = _WILL.match(first_sentence) if index == 0 else None
        match = _OPENING.match(paragraph) or _COMMITMENT.search(first_sentence) or _ITS_OWN_POLICY.match(
            first_sentence) or (
            will if will and not will["subject"].removeprefix("The ").isupper() else None) or (
            _DOCUMENT_OF_PROJECT.search(first_sentence) or _DOCUMENT_AT.search(first_sentence))
        if (defined := _DEFINED_SHORT.search(first_sentence)) and len(re.findall(
                _SPEAKING_AS.format(short=re.escape(defined["short"])), text, re.M)) >= 2:
            return " ".join(defined["subject"].split()), defined[0], "its opening sentence, the short name it speaks as"
        if not match or (match.groupdict().get("welcomes") and index >= _WELCOMING_PARAGRAPHS):
            continue
        name = " ".join((match.groupdict().get("at") or match["subject"]).split())
        name = name.removesuffix("'s").removesuffix("\u2019s").rstrip("'\u2019")
        name = _without_article(name, text)
        if _is_the_organisation(name, text):
            return name, match[0], "its opening sentence"
        if index == 0 and match.groupdict().get("committed") and _committed_alone(name, text):
            return name, match[0], "its opening sentence, named once: the only name the text says is committed"
        if index == opening and _speaks_on(first_sentence, rest) and _committed_alone(name, text):
            return name, match[0], "its opening sentence, named once, then speaking of itself as 'we' or 'its'"
    for paragraph in paragraphs:
        if (match := _ITS_POLICY.search(paragraph)) and (name := _policy_owner(match, text)):
            return name, match[0], "the sentence saying whose policy it is"
        if (match := _WORKING_FOR.search(paragraph)) and _is_the_organisation(match["subject"], text):
            return match["subject"], match[0], "its scope"
        if (match := _OUR_NAMED.search(paragraph)) and _is_the_organisation(match["subject"], text):
            return match["subject"], match[0], "the text naming what 'we' are"
    return None


def _policy_owner(match: re.Match, text: str) -> str | None:
    """The organisation "It is X's policy" or "It is the policy of X" names, where it is one (not "the Company's")."""
    name = " ".join((match["owner"] or match["of"]).split())
    name = name.removesuffix("'s").removesuffix("\u2019s").rstrip("'\u2019")
    if match["its"] or match["article"]:  # "the CRCD's", "the policy of the West Ada School District"
        if _NOT_A_NAME.match(f"The {name}") or all(re.fullmatch(ORGANISATION_WORDS, word) for word in name.split()):
            return None  # the drafting's word for it ("the District", "the School District"): a kind, no name
        name = _without_article(f"The {name}", text)
    return name if _is_the_organisation(name, text) else None


def _without_article(name: str, text: str) -> str:
    """"City of Chicago" of "The City of Chicago is committed to ...", where the text writes "the City of Chicago"
    mid-sentence more often than "The City of Chicago": "The" is the article there, not part of the name ("The
    Carpentries")."""
    bare = name.removeprefix("The ")
    if bare == name:
        return name
    article = len(re.findall(rf"(?<=[a-z,;] )the {re.escape(bare)}(?![\w-])", text))
    return bare if article > len(re.findall(rf"(?<=[a-z,;] )The {re.escape(bare)}(?![\w-])", text)) else name


def _speaks_on(sentence: str, rest: list[str]) -> bool:
    """Whether the organisation the opening sentence names goes on speaking of itself: as "its" people in that
    sentence ("St Luke's Hospice values the contribution of its volunteers"), or as "we" opening the next
    ("Wholistic Fostering believes that everyone ... should feel safe. We are committed to ...")."""
    return bool(_ITS_PEOPLE.search(sentence) or (rest and re.match(r"(?:We|Our)\b", rest[0])))


def _committed_alone(name: str, text: str) -> bool:
    """A name said once, as the subject of the policy's first sentence committing to it ("Osio Labs is committed to a
    work environment ..."): each of its words written only as a name's, and no other name said to be committed."""
    words = [word for word in name.removeprefix("The ").split() if word not in ("of", "and", "&", "the")]
    committed = {" ".join(m["subject"].split()) for m in _COMMITTED.finditer(text)
                 if not _NOT_A_NAME.match(m["subject"])}  # ("We are committed to ...": no other name)
    return _is_the_organisation(name, text, least=1) and committed <= {name} and all(
        looks_like_a_name(word, text) for word in words)


def _is_the_organisation(name: str, text: str, least: int = 2) -> bool:
    bare = name.removeprefix("The ")
    if _NOT_A_NAME.match(name) or _ANOTHER_BODY.search(name) or _DOCUMENT_WORD.search(name):
        return False
    # a name with "the" inside ("Read the Docs") is one where the text writes it so mid-sentence ("at Read the Docs"),
    # though it writes its first word in lower case ("read")
    joined = " the " in bare and re.search(rf"[a-z,;]\s+{re.escape(bare)}(?![\w-])", text)
    if not (joined or looks_like_a_name(bare, text)) or written_as_a_person(bare, text):
        return False
    # a body the text's own organisation belongs to, described in its turn ("pytest is a member of Tidelift. ...
    # Tidelift aims to make Open Source sustainable")
    if re.search(rf"\b(?:is|are)\s+(?:an?\s+)?(?:member|part|project)s?\s+of\s+(?:the\s+)?{re.escape(bare)}\b", text):
        return False
    # named again: in full, or by its first word where that is no common word ("Wholistic's policies")
    again = len(re.findall(rf"(?<![\w-]){re.escape(bare)}(?![\w-])", text))
    first = bare.split()[0]
    if " " in bare and again < 2 and len(first) > 3:
        again = len(re.findall(rf"(?<![\w-]){re.escape(first)}(?![\w-])", text))
    return again >= least


def written_as_a_person(name: str, text: str) -> bool:
    """Whether the text writes ``name`` as a person's: with a title before it, or "he"/"she" just after it."""
    last = re.escape(name.split()[-1])
    if re.search(rf"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+(?:[A-Z][\w-]*\s+)?{last}\b", text):
        return True
    either = re.compile(r"\b(?:he|him|his)(?:\s+or\s+|\s*/\s*)(?:she|her|hers)\b|\b(?:she|her)(?:\s+or\s+|\s*/\s*)"
                        r"(?:he|him|his)\b|\bs/he\b", re.I)  # anyone's: "his or her", "his/her", "s/he"
    return any(re.search(r"\b(?:he|she|him|her|his|hers)\b", either.sub("", text[m.end():m.end() + 120]), re.I)
               for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))
