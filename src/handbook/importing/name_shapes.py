"""Whether words are an organisation's name, by their shape and by how the text writes them: not a word the text also
writes in lower case ("the school"), not a role or a common noun, initials alone or a pronoun; several words ending in
what an organisation is ("Ronin Institute"), or one word written as only names are ("W3C", "GitHub"). The tests every
organisation reader (handbook.importing.organisation, organisation_in_title, employer, governing_bodies, own_address,
opening_subject) applies to a name it reads."""

from __future__ import annotations

import re
from collections import Counter

from .organisation_words import BODY_KINDS, COMPANY, DOCUMENT_WORDS, ORGANISATION_WORDS, WHOLE_ORGANISATION_WORDS

_QUOTED = re.compile("[\"'\u201c\u2018].+[\"'\u201d\u2019]")  # a word mentioned: "the word “lullabot”"
_PRONOUNS = {"it", "this", "that", "there", "which", "who", "we", "they", "he", "she", "what", "each", "everyone",
             "one"}
# "Ministry of Justice", "University of Leeds" (not "Board of Governors": a body within an organisation)
LEADING_ORGANISATION_WORD = re.compile(r"^(?:Ministry|Department|University|College|Institute|Society|Association|"
                                       r"Academy|Federation|Foundation)\s+(?:of|for)\s+(?:the\s+)?[A-Z]")
# A name going on past what it is with what it is of or for: "Bahlai Lab of Applied Computational Ecology", "Ronin
# Institute for Independent Scholarship" (a word before it: not "School of Medicine", a part of another)
KIND_OF = re.compile(rf"\s(?:{WHOLE_ORGANISATION_WORDS})\s+(?:of|for)\s+(?:the\s+)?[A-Z]")


def looks_like_a_name(name: str, text: str) -> bool:
    """Not a word the text also writes in lower case as a common noun ("the school", "our company"); a word in
    quotes is mentioned, not used ("the word “lullabot”", a password not to choose), as is one in an address or a
    tag ("zarr.dev", "the #zarr tag"). "The" before two words or more is the name's article ("The National
    Archives"); before one, a common noun's ("The Council")."""
    words = name.split()
    first = words[1] if words[0] == "The" and len(words) > 2 else words[0]
    uses = re.finditer(rf"(?<![\w./@#-]){re.escape(first.lower())}(?:e?s)?(?![\w@/-]|\.\w)", text)
    return first.lower() != first and all(_QUOTED.fullmatch(text[max(0, m.start() - 1):m.end() + 1]) for m in uses)


def is_distinctive_name(name: str, text: str, speaking: bool = False, issuing: bool = False) -> bool:
    """A name, not a role or a common noun: several words ending in what an organisation is ("Ronin Institute",
    not "Governing Body"), or one written as only names are ("W3C", "18F", "GitHub"), never a common noun the
    text writes in lower case ("Student Council"), nor initials alone ("HR", "ICT"). An organisation ``speaking``
    as the author ("... is committed to") is named in full: "Riverside Primary School", not "PyCon" (an event),
    nor a ministry or department that a school's policy quotes; one ``issuing`` this document may be one."""
    if " " in name:
        ending = WHOLE_ORGANISATION_WORDS if speaking or issuing else ORGANISATION_WORDS
        return bool(re.search(rf"\s(?:{ending}|{COMPANY})\W*$", name) or (
            not speaking and (LEADING_ORGANISATION_WORD.match(name) or KIND_OF.search(name)))) and looks_like_a_name(
            name, text)
    return not speaking and bool(re.search(r"\d", name) or re.search(r"[a-z].*[A-Z]|[A-Z].*[a-z].*[A-Z]", name))


def is_one_plain_name(name: str, text: str) -> bool:
    """"Jupyter": one capitalised word the text never writes in lower case; not initials alone ("FA", "NHS"),
    a kind of organisation ("Trust") or what a body is for ("Executive", "Management"), nor the first word of a longer
    name the text writes more often ("Rose" of "Rose Library")."""
    return bool(re.fullmatch(r"[A-Z][a-z]{2,}", name)) and name.casefold() not in _PRONOUNS and looks_like_a_name(
        name, text) and not re.fullmatch(rf"{ORGANISATION_WORDS}|{BODY_KINDS}", name) and whole_name(name, text) == name


def whole_name(name: str, text: str) -> str:
    """The longer organisation's name one word is the start of, where the text writes it so more often than alone:
    "Rose Library" for the "Rose" of "Rose staff will", beside eight "Rose Library"; else the word itself ("GitHub",
    whatever "GitHub Actions" there is; "Jupyter", whose "Jupyter Executive Council" is a body of it)."""
    if " " in name:
        return name
    next_words = Counter(re.findall(rf"(?<![\w-]){re.escape(name)}[ \t]+([A-Z][\w'\u2019-]*)", text))
    if not next_words:
        return name
    word, together = next_words.most_common(1)[0]
    alone = times_named(name, text) - next_words.total()
    return f"{name} {word}" if together > alone and re.fullmatch(WHOLE_ORGANISATION_WORDS, word) else name


def a_whole_name(name: str, text: str) -> bool:
    """Several words that are not a common noun ("Brightwater Housing Ltd", not "Our Academy"), or one written as
    only names are ("W3C"): never "The Trust"."""
    return name.split()[0].casefold() not in _PRONOUNS | {"our", "your", "their", "its", "his", "her"} and (
        (" " in name and looks_like_a_name(name, text)) or is_distinctive_name(name, text))


def lower_case_name(name: str, text: str) -> bool:
    """"dxw": a name its organisation writes in lower case, even where a sentence starts, and nowhere capitalised."""
    return name not in _PRONOUNS and not re.search(rf"\b(?:{re.escape(name.capitalize())}|{re.escape(name.upper())})\b",
                                                   text) and len(re.findall(rf"\b{re.escape(name)}\b", text)) >= 2


def times_named(name: str, text: str) -> int:
    return len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))


def initials_spelt_out(name: str, text: str) -> bool:
    """"JNCC" where the text also writes "Joint Nature Conservation Committee": initials standing for a name the text
    gives in full, an organisation's short name rather than a term's."""
    if not re.fullmatch(r"[A-Z]{2,8}", name):
        return False
    full = r"[ \t]+(?:(?:of|and|for|the|&)[ \t]+)*".join(rf"{letter}[\w'\u2019-]+" for letter in name)
    return re.search(rf"\b{full}\b", text) is not None


def a_cover_name(name: str, text: str) -> bool:
    """A cover's line naming an organisation, "Oakfield Academy", names it, not a kind of one the text speaks of ("Small
    Company"): a name (``looks_like_a_name``), one opening with what it is ("Department of ..."), or one whose initials
    the text writes as a word at least twice ("VVGO" of "Virtual Video Game Orchestra", whatever common words it is
    made of: "a virtual online orchestra")."""
    return looks_like_a_name(name, text) or bool(LEADING_ORGANISATION_WORD.match(name)) or (
        len(initials(name)) >= 3 and times_named(initials(name), text) >= 2)


def named_apart(name: str, title_rest: str, text: str) -> bool:
    """Whether ``name``, heading a title, is a company's ("Hartwell Corp.", "Acme Widgets Ltd"), or the text names it
    other than before the title's next word ("Hack Club" alone in a Hack Club policy; not "Federal Public Trust", only
    ever before "Device" or "TLS": the kind of certificates, as in "Federal Public Trust Device Certificate Policy");
    never where the title's next words name another organisation before the document's ("The Linux Foundation Open
    vSwitch Project Charter": the project's charter)."""
    document = DOCUMENT_WORDS.search(title_rest)
    between = title_rest[:document.start()] if document else ""
    if re.fullmatch(rf"(?:\S+\s+)+(?:{WHOLE_ORGANISATION_WORDS}|Project)\s+", between):
        return False
    following = re.escape(title_rest.split()[0]) if title_rest.split() else "$^"
    return re.search(rf"\s{COMPANY}\W*$", name) is not None or re.search(
        rf"(?<![\w-]){re.escape(name)}(?![\w-])(?!\s+{following})", text) is not None


def initials(name: str) -> str:
    """"VVGO" of "Virtual Video Game Orchestra": the first letters of its capitalised words."""
    return "".join(word[0] for word in name.split() if word[0].isupper())
