"""Whose policy an imported document is, from its title: the name a title puts the policy at or under ("Positive
Work Environment at W3C"), heads it with ("Ronin Institute Code of Conduct", "Kingfisher Academy Trust - Staff Code")
or names after a dash ("Code of Conduct - Open Science MOOC"), taken only where the text names it too and speaks of it
as a name (a local council's, "Wroxton & Balscote Parish Council Standing Orders", wherever it is; a council's or a
school's short name, "Wroxton & Balscote Financial Regulations", where the text gives it in full)
(handbook.importing.organisation reads the text's own lines)."""

from __future__ import annotations

import re

from .name_shapes import initials, is_distinctive_name, looks_like_a_name, named_apart, times_named
from .organisation import NAME, NAME_HEADING_TITLE, in_name_case
from .organisation_words import COMPANY, DOCUMENT_WORDS, ORGANISATION_WORDS, WHOLE_ORGANISATION_WORDS

# A title saying where the policy is for: "Positive Work Environment at W3C: Code of Conduct"
_AT_IN_TITLE = re.compile(rf"\bat\s+(?P<v>{NAME})\s*(?::|$)")
# ... or whom it is for, an organisation as a whole: "Code of Technological Practices for Barcelona City Council",
# "Staff Handbook for Greenleaf Ltd", "Code of Conduct for the Darwin Tree of Life Project" (not "Terms of Reference
# for the Finance Board": a body within one)
_FOR_IN_TITLE = re.compile(rf"\bfor\s+(?:the\s+)?(?P<v>{NAME})$")
# ... or whose governing document it is: "By-laws of Software Freedom Conservancy, Inc.", "Constitution of the Riverside
# Rowing Club" (the text may never name it again: "the corporation")
_GOVERNING_DOCUMENT_OF = re.compile(rf"^(?:the\s+)?(?i:by-?laws|constitution|articles\s+of\s+association|statutes|"
                                    rf"charter)\s+(?i:of)\s+(?:the\s+)?(?P<v>{NAME})$")
_COUNCIL = r"(?:Parish|Town|City|County|District|Borough|Community)\s+Council"  # a local council
_WHOLE_ORGANISATION = re.compile(rf"\b(?:{WHOLE_ORGANISATION_WORDS}|Project|{COMPANY}|{_COUNCIL})$")
# A title naming the document, then whose it is after a dash: "Code of Conduct - Open Science MOOC",
# "Complaints Procedure - Hillside Community Association"
_AFTER_A_DASH = re.compile(rf"^(?P<document>.+?)\s+[\u2013\u2014|-]\s+(?:[Tt]he\s+)?(?P<v>{NAME})$")
# ... or whose it is, then the document after a dash: "Kingfisher Multi Academy Trust - Staff Code of Conduct", a
# running header's "HOLT VILLAGE HALL- Regulations for Hiring the Hall"
_BEFORE_A_DASH = re.compile(rf"^(?:[Tt]he\s+)?(?P<v>{NAME})\s*[\u2013\u2014|-]\s+(?P<document>.+)$")
# A local council's name heading the title, a body no other can be: "Wroxton & Balscote Parish Council Standing
# Orders" (its cover the only place that names it; the text says "the Council")
_COUNCIL_TITLE = re.compile(rf"^(?P<v>(?:[A-Z][\w'\u2019-]*\s+(?:(?:&|and|upon|on|in)\s+)?){{1,4}}{_COUNCIL})"
                            r"\s+(?P<rest>.+)$")
# ... or a council's or a school's short name, which the text gives in full: "Wroxton & Balscote Financial Regulations"
# ("Adopted pursuant to a Resolution by Wroxton & Balscote Parish Council"), "Oakfield Attendance Policy" ("Oakfield
# Primary School")
_IN_FULL = rf"(?:\s+[A-Z][\w'\u2019-]*){{0,3}}?\s+(?:{_COUNCIL}|School|Academy|College|Academy\s+Trust|Nursery)\b"
# The text speaking of it as a body of people: "the Open Science MOOC team", "members of the Open Science MOOC"
_AS_A_BODY = (r"(?:(?:maintainers|members|contributors|staff|trustees|volunteers|participants)\s+of\s+(?:the\s+)?{name}"
              r"|{name}(?:['\u2019]s?\s|\s+(?:team|community|project|network|staff|members|committee|board)\b))")
# A research group's or a team's name before its document's words: "Bruna Lab Code of Conduct"
_GROUP_TITLE = re.compile(r"^(?P<v>(?:[A-Z][\w'\u2019-]*\s+){1,3}(?P<kind>(?i:lab|laboratory|team|group|club|choir)))"
                          r"\s+(?P<rest>.+)$")


def stated_in_title(title: str, text: str) -> tuple[str, str, str] | None:
    """The name a title puts the policy at or under, where the text names it too: "Positive Work Environment
    at W3C", "Ronin Institute Code of Conduct", "Code of Conduct - Open Science MOOC" (where the text speaks
    of it as a body of people: "the Open Science MOOC team"; not "Safeguarding Policy - COVID-19 Addendum"),
    not "Behaviour at Break Times", "Student Council Policy"; with the words read and how the text names it."""
    if match := _AT_IN_TITLE.search(title):
        name = match["v"]
        mentions = times_named(name, text)
        looks_like_one = re.search(r"[A-Z\d]", name[1:].replace(" ", "")) and (
            " " not in name or re.search(rf"\b(?:{ORGANISATION_WORDS}|{COMPANY})\W*$", name))
        if mentions >= 2 and looks_like_one:  # "W3C", "Hollins & Co. Ltd", not "Break Times"
            return name, f"at {name}", _named_times(mentions)
    if (match := _FOR_IN_TITLE.search(title)) and _WHOLE_ORGANISATION.search(name := match["v"]) and (
            DOCUMENT_WORDS.search(title[:match.start()])) and (is_distinctive_name(name, text) or (
            name.endswith(" Project") and looks_like_a_name(name, text))) and (mentions := times_named(name, text)):
        return name, title, _named_times(mentions)
    if (match := _GOVERNING_DOCUMENT_OF.match(title)) and _WHOLE_ORGANISATION.search(name := match["v"]):
        return name, title, "the body whose governing document the title says it is"
    if (match := _AFTER_A_DASH.match(title)) and DOCUMENT_WORDS.search(match["document"]) and not (
            DOCUMENT_WORDS.search(match["v"])) and (mentions := times_named(name := match["v"], text)) >= 2 and (
            is_distinctive_name(name, text) or (" " in name and name.lower() not in text and re.search(
                _AS_A_BODY.format(name=re.escape(name)), text))):  # never written as common words
        return name, title, _named_times(mentions)
    if (match := _BEFORE_A_DASH.match(title)) and DOCUMENT_WORDS.search(match["document"]) and re.search(
            rf"\b(?:{ORGANISATION_WORDS}|{COMPANY})$", name := in_name_case(match["v"], text)) and is_distinctive_name(
            name, text) and (mentions := times_named(name, text)):  # (in capitals, as the text writes it)
        return name, title, _named_times(mentions)
    if (match := _COUNCIL_TITLE.match(title)) and DOCUMENT_WORDS.search(match["rest"]):
        return match["v"], title, "the council whose name heads the title"
    if short := _short_name_in_full(title, text):
        return short
    match = NAME_HEADING_TITLE.match(title)
    if match and DOCUMENT_WORDS.search(match["rest"]) and is_distinctive_name(match["v"], text) and (
            mentions := times_named(match["v"], text)) and named_apart(match["v"], match["rest"], text):
        return match["v"], title, _named_times(mentions)
    return _name_leading_title(title, text) or _group_in_title(title, text) or _author_leading_title(title, text) or (
        _initials_leading_title(title, text)) or _owning_the_title_s_words(title, text)


def _short_name_in_full(title: str, text: str) -> tuple[str, str, str] | None:
    """A council's or a school's name as the title shortens it, before the document's words, where the text gives one
    full name it opens: "Wroxton & Balscote Financial Regulations" and "... by Wroxton & Balscote Parish Council"."""
    document = DOCUMENT_WORDS.search(title)
    words = title[:document.start()].split() if document else []
    for end in range(len(words), 0, -1):  # ("Wroxton & Balscote" of "Wroxton & Balscote Financial Regulations")
        lead, left_out = " ".join(words[:end]), words[end:]
        if not (re.fullmatch(r"[A-Z][\w'\u2019-]*(?:\s+(?:&|and|[A-Z][\w'\u2019-]*))*", lead) and not lead.endswith(
                ("&", "and")) and looks_like_a_name(lead, text)):
            continue
        # the words left out only common ones the text writes in lower case ("Financial": "financial year"), never
        # what a body is ("Ayton Gardening Society Show Rules" is the society's, not "Ayton Primary School"'s)
        if not all(re.fullmatch(r"[A-Z][a-z]+", word) and not re.fullmatch(ORGANISATION_WORDS, word) and re.search(
                rf"\b{word.lower()}\b", text) for word in left_out):
            return None
        full = {" ".join(match[0].split()) for match in re.finditer(rf"(?<![\w-]){re.escape(lead)}{_IN_FULL}", text)}
        if len(full) == 1:
            return full.pop(), title, "the title's short name, as the text gives it in full"
    return None


def _group_in_title(title: str, text: str) -> tuple[str, str, str] | None:
    """"Bruna Lab Code of Conduct": a name and what the group is ("Lab") before the document's words, where
    the text speaks of that group as its own ("our lab", "all lab members"); not "Staff Team Handbook" (a
    word the text writes in lower case), nor "Weecology Lab" credited in the text."""
    match = _GROUP_TITLE.match(title)
    if not (match and DOCUMENT_WORDS.search(match["rest"]) and not DOCUMENT_WORDS.search(match["v"])
            and looks_like_a_name(match["v"], text)):
        return None
    own = len(re.findall(rf"\b(?:our|this)\s+{match['kind']}\b|\b{match['kind']}\s+members\b", text, re.I))
    return (match["v"], title, f"the text speaking of 'our {match['kind'].lower()}' or its members {own} times"
            ) if own >= 2 else None


def _name_leading_title(title: str, text: str) -> tuple[str, str, str] | None:
    """"CrowdNotifier Code of Conduct", "GitHub Community Guidelines": a name written as only names are, before
    the document's words, where the text speaks of it as a body of people ("the CrowdNotifier community"), and not
    much less often than as a tool or service ("The RubyGems.org team" as often as "on RubyGems.org"; not "GitHub
    Guidance", a lab's guide saying "on GitHub" eight times for each "GitHub project"); not "COVID-19 Policy" (never a
    team) nor "Staff Code of Conduct" (a common word)."""
    words = title.split()
    for end in range(1, len(words)):
        name, rest = " ".join(words[:end]), " ".join(words[end:])
        if DOCUMENT_WORDS.search(name) or not DOCUMENT_WORDS.search(rest):
            return None
        as_a_body = len(re.findall(_AS_A_BODY.format(name=re.escape(name)), text))
        if is_distinctive_name(name, text) and as_a_body * 2 > _as_a_tool(name, text) and (
                mentions := times_named(name, text)) >= 2:
            return name, title, _named_times(mentions)
    return None


def _as_a_tool(name: str, text: str) -> int:
    """How often the text uses the name as a tool or a service: "on GitHub", "use GitHub", "a GitHub account" ("GitHub
    Guidance", a lab's guide to the tool, though it speaks of "the GitHub project" too)."""
    written = re.escape(name)
    return len(re.findall(rf"\b(?i:on|via|using|use|through|into|from)\s+{written}\b|\b{written}\s+(?i:accounts?|"
                          r"repositor(?:y|ies)|apps?|software|platform|pages|issues|features)\b", text))


def _author_leading_title(title: str, text: str) -> tuple[str, str, str] | None:
    """"Macc open data policy", "PaleorXiv Moderation": a name opening the title that the text speaks as,
    opening a sentence or clause as the subject of what is done at least twice ("Over time, Macc will update",
    "PaleorXiv accepts papers ..."; not "advise Madison users"),
    never written in lower case as a common noun (not "Staff Code of Conduct": "staff will ..."), nor an app's or a
    platform's name ("COVID Alert does not collect ...", where the text says "the COVID Alert app"; "the Euphrosyne
    platform")."""
    words = title.split()
    for end in range(1, min(4, len(words))):
        name = " ".join(words[:end])
        if DOCUMENT_WORDS.search(name) or not looks_like_a_name(name, text) or not re.fullmatch(
                r"(?:[A-Z][\w&-]*\s?)+", name):
            return None
        speaking = len(re.findall(rf"(?:(?m:^)|(?<=[.!?:;,]\s)|(?<=\bthat\s)){re.escape(name)}\s+(?:\w+ly\s+|thus\s+)?"
                                  r"(?:will|would|may|must|shall|can|[a-z]+[^s\W]s)\b", text))
        product = rf"\b{re.escape(name)}\s+(?:(?:mobile\s+)?app(?:lication)?|platform|portal)\b"
        if speaking >= 2 and not re.search(product, text):
            return name, title, f"the text speaking as '{name}' {speaking} times"
    return None


# The initials an organisation goes by, used as its own: "DRW Board", "the DRW Chair", "DRW's", "DRW members"
_INITIALS_AS_A_BODY = (r"(?<![\w-]){initials}(?:['\u2019]s\b|\s+(?i:board|chair|members?|staff|team|committee|"
                       r"constitution|community)\b)")
_LEAST_INITIALS_USES = 3


def _initials_leading_title(title: str, text: str) -> tuple[str, str, str] | None:
    """"Digital Rights Watch Code of Conduct": a name of three words or more heading the title, whose initials the text
    uses as its own at least three times ("DRW Board", "the DRW Chair"), and names in full too ("the work of Digital
    Rights Watch"): an organisation that calls itself by its initials; not a law ("GDPR" has no board)."""
    document = DOCUMENT_WORDS.search(title)
    name = title[:document.start()].strip() if document else ""
    if not re.fullmatch(r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){2,5}", name) or not times_named(name, text):
        return None
    short = initials(name)
    uses = len(re.findall(_INITIALS_AS_A_BODY.format(initials=short), text))
    return (name, title, f"its initials '{short}' used as its own {uses} times in the text") if (
        uses >= _LEAST_INITIALS_USES) else None


# Whose the title's words are, as Spanish, Portuguese, French and Italian say it: "... de Python Perú", "... da OKBR",
# "... de l'Association Alakajam"
_OF_A_NAME = re.compile(rf"\b(?:de|da|do|das|dos|du|des|di|del|della)\s+(?:la\s+|l['\u2019]\s*)?(?P<v>{NAME})")
# ... not what the document was adapted from or based on: "Adaptado de la Node.js Policy on Trolling"
_ADAPTED = re.compile(r"\b(?i:adapt|basad|basead|basé|based|inspir|tradu|deriv)\w*\s+(?:\S+\s+){0,8}$")


def _owning_the_title_s_words(title: str, text: str) -> tuple[str, str, str] | None:
    """The name the text says the title's words are of, in a Romance language: "el Código de Conducta de Python Perú"
    under the title "Conducta", "As comunidades de Inovação Cívica (IC) da OKBR" under "Código de Conduta das
    comunidades de Inovação Cívica": the words before it end as the title does (the whole title, or at least three of
    its last words), the name named at least twice and never written in lower case; one name only (not a third
    party's "Política de Privacidad de Google" beside the document's own)."""
    title_words = _words(title)
    owners: dict[str, str] = {}
    for match in _OF_A_NAME.finditer(text) if title_words else ():
        before = text[max(0, match.start() - 200):match.start()]
        words = _words(re.sub(r"\([^()]*\)", " ", before))  # ("Inovação Cívica (IC) da OKBR")
        alike = next((n for n in range(min(len(words), len(title_words)), 0, -1) if words[-n:] == title_words[-n:]), 0)
        if (alike == len(title_words) or alike >= 3) and not _ADAPTED.search(before):
            owners.setdefault(match["v"], " ".join(f"{before[-60:].partition(' ')[2]} {match[0]}".split()))
    if len(owners) != 1:
        return None
    name, words = owners.popitem()
    if DOCUMENT_WORDS.search(name) or not looks_like_a_name(name, text) or (mentions := times_named(name, text)) < 2:
        return None
    return name, words, f"the text saying whose the title's words are, {_named_times(mentions)}"


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _named_times(mentions: int) -> str:
    return "named once in the text" if mentions == 1 else f"named {mentions} times in the text"
