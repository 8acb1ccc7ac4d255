"""Whose policy a document is, from how its text uses names: taken only where no sentence, label or title says so.

The wording rules (handbook.importing.organisation, opening_subject, governing_bodies) read sentences made to
say whose a policy is; each set of real policies words it otherwise ("report it to the Django Software
Foundation", "the R-Ladies website"). What every such document shares is how it uses its own name: again
and again, as its own ("Hypha's", "at Hypha", "the Julia community", "Kubernetes will ...", with a word saying
which of its people or bodies between: "Frictionless Data core team members", "the Astropy Finance Committee"), and
where a reader looks for whose a document is: its title, its opening paragraphs, a copyright line, its properties, a
Markdown page's front-matter description, a web page's site name (``og:site_name``, the <title>'s other part), a
Word file's Company property.
The other names a policy uses often are not its own and are told apart by how they are used: a tool or a
service ("on GitHub", "a GitHub account"), a term it spells out ("Free and Open Source Software (FOSS)") or
counts ("an RSE is allocated"), a role or a body within an organisation ("the Chief Executive Officer", "the
Board", "the Company"), a person (handbook.importing.opening_subject), a partner or supplier ("in partnership
with ..."), a regulator or a law.

A name is taken when it is named at least ``_LEAST_MENTIONS`` times, used as its own at least twice and
more often than as another's, never as a supplier's, stands in one of those places (or, a name of several
words, opens at least ``_LEAST_MENTIONS`` sentences as their subject: "Osio Labs encourages ...", "Osio Labs will
pay ..."), and is named at least ``_MARGIN`` times as often as any other name the text uses as its own (a document
naming two organisations as its own, an agreement between two parties, leaves it TBC). The parameters were chosen
on the real policies' sets 1 to 7 (benchmarks/import_facts.py reports sets 8 onwards apart); the site name, the
description, the Company property and the sentences' subject were added after set 17's first run
(benchmarks/README.md, "Names by the document's structure").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import NamedTuple

from .document import Block, Paragraph
from .name_pattern import MOST_WORDS
from .name_shapes import KIND_OF, initials
from .opening_subject import written_as_a_person
from .organisation import COPYRIGHT_LINE, REGULATOR_WORDS, RUN_BY, SERVICE
from .organisation_words import BODY_KINDS, DOCUMENT_WORDS, ORGANISATION_WORDS, WHOLE_ORGANISATION_WORDS

_LEAST_MENTIONS = 3
_MARGIN = 2.0
_OPENING_PARAGRAPHS = 3  # the body's first paragraphs, headings aside, where a document says whose it is
_SENTENCE_WORDS = 6  # a paragraph of fewer words is a list's item or a label ("If you:"), not one of those

# A word written as names are: "Hypha", "R-Ladies", "W3C", "18F", "CCiW", "Let's"
# "pyOpenSci", "eBay": a name its organisation starts in lower case, with a capital inside
_NAME_WORD = r"(?:[A-Z][\w&'\u2019.-]*\w|\d+[A-Z][\w-]*|[a-z]+[A-Z][\w&'\u2019.-]*\w)"
_JOINS = ("of", "and", "for", "&", "the")
# the words joined as names join them: "Bank of England", "Read the Docs", "Bank of the West"
_SEQUENCE = re.compile(rf"(?<![\w.@/-]){_NAME_WORD}(?:[ \t]+(?:(?:of(?:[ \t]+the)?|and|for|&|the)[ \t]+)?"
                       rf"{_NAME_WORD})*")
_MID_SENTENCE = re.compile(r"[a-z,;][ \t]+$")
# A site named as a part of an organisation: "Data Science @ The Strategy Unit"
_SITE_AT = re.compile(r"(?P<part>\S.*?)\s+@\s+(?P<at>(?:The\s+)?[A-Z][\w&'\u2019.-]*(?:\s+(?:of\s+|and\s+|for\s+|&\s+)?"
                      r"[A-Z][\w&'\u2019.-]*)*)")
# A Markdown link whose text is a word of its address: "[zalando](https://github.com/zalando)"
_LINK = re.compile(r"\[(?P<words>[^\]\n]*)\]\([^)\s]*\)")
_HANDLE_LINK = re.compile(r"\[(?P<handle>[\w.-]+)\]\((?P<address>[^)\s]*)\)")
# Used as its own: "Hypha's", "the Julia community", "Kubernetes will", "at Hypha", "members of the OWASP Foundation"
_PEOPLE_AND_PLACES = (r"community|project|team|members?|staff|employees?|maintainers?|contributors?|website|site|"
                      r"leadership|volunteers?|organi[sz]ers|participants|events?|spaces?")
# ... with what kind of its people or which of its bodies between: "Frictionless Data core team members", "the Astropy
# Finance Committee" (not "Slack for team chat": a word that joins, not one that says which)
_WHICH = r"(?!(?:for|to|and|or|with|by|in|on|at|of|the|a|an|is|are|was|will|can|may|must|should|that|this)\s)[a-z-]+"
# ... or with "its" after it, a body owning what follows: "harm to Meltano or its affiliates", "CDC and its network"
# (a person's would be "his" or "her")
_ITS = r"(?:,|\s+(?:and|or))\s+its\s+[a-z]"
_OWN_AFTER = re.compile(rf"^(?:['\u2019]s?\b|{_ITS}|\s+(?:{_PEOPLE_AND_PLACES}|board|committee|trustees|foundation|"
                        r"will|is\s+committed|welcomes|expects|reserves|values|believes|strives|aims|encourages)\b"
                        rf"|\s+(?:{_WHICH}\s+){{1,2}}(?:{_PEOPLE_AND_PLACES})\b"
                        r"|\s+(?:[A-Z][a-z]+\s+){1,2}(?:Committee|Board|Council|Trustees)\b)")
_OWN_BEFORE = re.compile(r"\b(?:at|within|join|joining|behalf\s+of|(?:members|team|staff|employees)\s+of|part\s+of|"
                         r"(?:employed|engaged|hired)\s+by|employment\s+(?:with|at|by)|work(?:s|ing)?\s+for)"
                         r"\s+(?:the\s+)?$", re.I)
# As its people or its places, not only what it says: never said of a person ("Gavin will", "Gavin's")
_COLLECTIVE_AFTER = re.compile(rf"^(?:\s+(?:{_PEOPLE_AND_PLACES})\b|{_ITS})")
# Used as another's: a tool or service ("on GitHub", "a GitHub account"), a supplier, a partner
_OTHERS_BEFORE = re.compile(r"\b(?:on|via|using|through|use|a|an|this|your|each|any|partner(?:ship)?\s+with|"
                            r"supplied\s+by|provided\s+by)\s+(?:the\s+)?$", re.I)
# A supplier, whose people the policy may say it employs ("stewards employed by StaffCo and supplied by StaffCo")
_SUPPLIER_BEFORE = re.compile(r"\b(?:supplied|provided|sourced)\s+(?:by|through|via)\s+(?:the\s+)?$", re.I)
_OTHERS_AFTER = re.compile(r"^\s+(?:accounts?|repositor(?:y|ies)|issues?|pages?|apps?|platform|handles?|services?|"
                           r"products?|software|tools?|features?)\b")
_ANOTHER_BODY = re.compile(rf"\b(?:Act|Regulations?|Law|Directive|Court|Tribunal|Commission|(?:{REGULATOR_WORDS})"
                           r"['\u2019]?s?|Police|Government|Parliament|GDPR|Ofsted)\b")
_ROLE_WORDS = (rf"{ORGANISATION_WORDS}|{BODY_KINDS}|Committee|Directors?|Trustees?|Governors?|Members?|Staff|Chief|"
               r"Officer|Team|Head|Lead|Chairs?|President|Secretary|Treasurer|Manager|Panel|Working|Operations|Province|"
               r"State|Region|Municipality|of|and|for|&")
_ROLE = re.compile(rf"(?:(?:{_ROLE_WORDS})\s*)+")  # "the Company", "Chief Executive Officer", "Board of Directors"
_BODY_WITHIN = re.compile(r"\s(?:Committee|Council|Board|Team|Officer|Directors?|Trustees|Governors|Panel|Group|"
                          r"Executive|Chair)$")  # "Jupyter Executive Council": the body, not whose it is
# What an organisation's full name ends in: "Django Software Foundation", "UCLA Social Science Data Archive"
_ORGANISATION_END = re.compile(rf"\b(?:{WHOLE_ORGANISATION_WORDS}|Project|Group|Lab|Community|Administration|Service|"
                               r"Agency|Office|Department|Council|Archive|Bureau|Library|Team|Command)$")
# (from a word's start, and as many words as a name has: tried at every capital inside a long word, or run to the end
# of a long run of capitalised words, the pattern took seconds on a garbled page's)
_SPELT = (rf"(?<![\w'\u2019-])[A-Z][\w'\u2019-]*(?:[ \t]+(?:(?:of|and|for|&)[ \t]+)?[A-Z][\w'\u2019-]*)"
          rf"{{1,{MOST_WORDS}}}")
# "Django Software Foundation (DSF)", "DSF (Django Software Foundation)"
_SPELT_OUT = re.compile(rf"(?P<words>{_SPELT})[ \t]+\((?P<short>[A-Z]{{2,}})\)"
                        rf"|(?<![\w-])(?P<short2>[A-Z]{{2,}})[ \t]+\((?P<words2>{_SPELT})\)")


class OwnName(NamedTuple):
    """The name a document uses most as its own: where it is first named, in which words, and whether it stands where a
    document says whose it is (its title, "UKRI HR Policy Framework"; its site's name, "Defra Software Development
    Standards"), which states the organisation; named only in its opening paragraphs or its properties, it is a guess
    (on the real policies' sets 1-60, 48 right and 7 wrong where no wording rule found one; named in the title or the
    site's name, 12 right and none wrong: benchmarks/README.md, "Names standing in the title")."""

    name: str
    place: str
    words: str
    stated: bool


# Where a name says whose the document is, not only that the document speaks of it
_STATING_PLACES = ("its title", "the site's name in the page's metadata")


@dataclass
class _Uses:
    """How the text uses one name: how often, as its own, as another's, as its people or places, and the
    longer names it opens ("Django" of "Django Software Foundation")."""

    mentions: int = 0
    own: int = 0
    others: int = 0
    collective: int = 0
    supplies: int = 0
    longer: Counter = field(default_factory=Counter)


def most_used_own_name(blocks: list[Block], title: str, properties: dict[str, str]) -> OwnName | None:
    """The name the document uses most as its own, where one clearly is; None otherwise. ``title``: the document's
    title as found; ``properties``: its own."""
    paragraphs = [block for block in blocks if isinstance(block, Paragraph)]
    text = "\n".join(paragraph.plain for paragraph in paragraphs)
    if at := _site_at(properties.get("site_name", ""), text):
        return at
    body = [paragraph.plain for paragraph in paragraphs if paragraph.heading is None]
    # (and its first heading, where the title is another's: "# Foreman Privacy Policy" under front matter's "Privacy
    # Notice")
    heading = next((p.plain for p in paragraphs if p.heading is not None and p.heading <= 1), "")
    places = {"its title": "\n".join([title, properties.get("title", ""), heading]),
              "its opening paragraphs": "\n".join([p for p in body if len(p.split()) >= _SENTENCE_WORDS][
                  :_OPENING_PARAGRAPHS]),
              "its copyright notice": "\n".join([properties.get("copyright", ""),
                                                  *(line for line in body if COPYRIGHT_LINE.match(line))]),
              "its properties": properties.get("organisation", ""),
              "its front matter's description": properties.get("description", ""),
              "the site's name in the page's metadata": properties.get("site_name", ""),
              "the Word file's Company property": properties.get("company", "")}
    standing = "\n".join(places.values())
    uses, spelt_out = _uses(text), _spelt_out(text)
    # used as its own more than as another's (cheap to tell, so first), then an organisation's name
    names = [name for name, use in sorted(uses.items(), key=lambda item: -item[1].mentions)
             if use.mentions >= _LEAST_MENTIONS and use.own > use.others and not use.supplies]
    names = [name for name in names if _a_name(name, text, spelt_out)]
    own = [name for name in names if uses[name].own >= 2 and (
        uses[name].collective or not re.fullmatch(r"[A-Z][a-z]+", name))]  # "Julia community", never "Gavin will"
    chosen = next((name for name in own if _named_in(name, standing)), None)
    stands_in = next((place for place, words in sorted(places.items(), key=lambda item: item[0] not in _STATING_PLACES)
                      if chosen and _named_in(chosen, words)), "")  # (a place stating whose the policy is first)
    stands = f"standing in {stands_in}" if stands_in else ""
    if chosen is None and (chosen := next((name for name in own if " " in name and uses[name].own >= _LEAST_MENTIONS
                                           and _speaks(name, text) >= _LEAST_MENTIONS), None)):
        stands = f"the subject of {_speaks(chosen, text)} sentences, as an author"
    if chosen is None:
        return None
    short_forms = {initials(name) for name in (chosen, *uses[chosen].longer)}
    rivals = [name for name in names if not set(name.split()) & set(chosen.split()) and name not in short_forms]
    if rivals and uses[rivals[0]].mentions * _MARGIN > uses[chosen].mentions:
        return None
    first = next(p for p in paragraphs if _named_in(chosen, p.plain))  # (the text is the paragraphs')
    sentence = next((s for s in re.split(r"(?<=[.!?])\s+", first.plain) if _named_in(chosen, s)), first.plain)
    use = uses[chosen]
    stated = stands_in in _STATING_PLACES
    where = (f"{first.place}, where it is first named (named {use.mentions} times in the text, {use.own} of them as "
             f"its own, {stands}: " + ("which names whose the policy is)" if stated else
                                       "no sentence or label says whose the policy is)"))
    reported = _reported(chosen, use, text, standing)
    if stated:
        reported = _as_titled(reported, places["its title"], text)
    return None if _run_by_another(reported, text) else OwnName(reported, where, sentence, stated)


def _as_titled(name: str, title: str, text: str) -> str:
    """The name as the title writes it, where the title names it in more words the text writes again: "NSW Design
    System" of "Contributing to the NSW Design System" (not "NSW", the state's own name; nor "Symfony Core Team", a body
    within it)."""
    longer = [written for _, written in _sequences(title) if _named_in(name, written) and written != name
              and not DOCUMENT_WORDS.search(written) and not _BODY_WITHIN.search(written)
              and _mentions(written, text) >= 2]
    return max(longer, key=len, default=name)


def _site_at(site_names: str, text: str) -> OwnName | None:
    """The organisation where the site is named as a part at an organisation, "Data Science @ The
    Strategy Unit": the organisation is the one after "@" (the part before it is a team or a subject of its), where the
    text names it too and not as another's ("a site hosted @ GitHub" names its host)."""
    for site_name in site_names.split(" | "):
        if not (match := _SITE_AT.fullmatch(site_name)):
            continue
        name = match["at"].removeprefix("The ")
        if _mentions(name, text) and not is_another_s(name, text, _uses(text)):
            return OwnName(match["at"], f"the site's name in the page's metadata, '{site_name}': the site of a part of "
                           f"{match['at']}, which the text names {_mentions(name, text)} times", site_name, stated=True)
    return None


def name_uses(text: str) -> dict[str, _Uses]:
    """How the text uses each name it writes, for ``is_another_s``."""
    return _uses(text)


def is_another_s(name: str, text: str, uses: dict[str, _Uses]) -> bool:
    """Whether the text uses the name as another's (a tool, a service: more often than as its own; a supplier) or it is
    no organisation's name (a role, a term it spells out, a regulator, a law, a person)."""
    use = uses.get(name)
    return bool(use and (use.others > use.own or use.supplies)) or not _a_name(name, text, _spelt_out(text))


def used_more_as_own(name: str, text: str, uses: dict[str, _Uses]) -> str | None:
    """Another name the text uses as its own, as its people or places ("REANNZ staff", "RCS staff"), and names at
    least ``_MARGIN`` times as often as ``name``: the organisation the text is about, where ``name`` is one it writes
    in passing ("NeSI" of a support address kept after NeSI became part of REANNZ; "University of Alaska" of
    "uaf-rcs@alaska.edu" under a text about its RCS); not a part the text names as ``name``'s ("the University of
    Sheffield RSE Team": the university's)."""
    least = max(_mentions(name, text), 1) * _MARGIN
    return next((other for other, use in sorted(uses.items(), key=lambda item: -item[1].mentions)
                 if use.mentions >= least and use.own and use.collective and not use.supplies
                 and not set(other.split()) & set(name.split()) and not _ROLE.fullmatch(other)
                 and not _ANOTHER_BODY.search(other) and not written_as_a_person(other, text)
                 and not re.search(rf"(?<![\w-]){_written(name)}[ \t]+{_written(other)}(?![\w-])", text)), None)


def _run_by_another(name: str, text: str) -> bool:
    """Whether the text says the name is a service another runs: "The Marine Noise Registry website is held by the Data
    Host, Joint Nature Conservation Committee" (said as handbook.importing.organisation reads who runs a service)."""
    return re.search(rf"(?<![\w-]){_written(name)}(?:\s+{SERVICE})?,?\s+(?:is|are)\s+{RUN_BY}\b", text) is not None


def _speaks(name: str, text: str) -> int:
    """How many sentences open with the name doing what an organisation does: "Osio Labs encourages employees to
    ...", "Osio Labs will pay ...", "Osio Labs reserves the right ..."."""
    return len(re.findall(rf"(?:^|(?<=[.!?:;]\s)){_written(name)}\s+(?:\w+ly\s+)?(?:will|[a-z]{{3,}}[^s\W]s)\b", text,
                          re.M))


def _uses(text: str) -> dict[str, _Uses]:
    """Each name the text writes, by the words it stands in: a sequence of capitalised words without the common
    nouns opening it ("Report", "Our") and the document's words closing it ("Code of Conduct"), and its first word."""
    uses: dict[str, _Uses] = {}
    # the words the text writes in lower case ("school" of "the school's", not of "school.org", "school-based" nor
    # a path, "cciw/data_retention.py"), nor a link's text that is its address's ("[zalando](https://github.com/zalando)":
    # an account's handle)
    lower_case = set(re.findall(r"(?<![\w./@-])[a-z][\w-]*+(?:\.\w[\w-]*+)*+(?![@/])", _without_handles(text)))
    text = _LINK.sub(r"\g<words>", text)  # a link's words as the reader reads them: "the Code Blue [organizers](...)"
    sequences = _sequences(text)
    elsewhere = {written for at, written in sequences if _MID_SENTENCE.search(text[max(0, at - 3):at])}
    opening_elsewhere = {written.split()[0] for written in elsewhere}
    for at_first, written in sequences:
        spans = [(word.start(), word.end()) for word in re.finditer(r"\S+", written)]
        words = [written[left:right] for left, right in spans]
        first, last = 0, len(words)
        # a sentence's first word before a name written so elsewhere ("Keep Code Harbour's data"), and a common noun
        # ("Report", "Our") capitalised as a sentence's first word; not a name written with "the" inside mid-sentence
        # ("a Read the Docs project", though the text says "read")
        if len(words) > 1 and " ".join(words[1:]) in elsewhere and words[0] not in opening_elsewhere:
            first = 1
        mid_sentence = _MID_SENTENCE.search(text[max(0, at_first - 3):at_first])
        kept_whole = "the" in words[1:-1] and mid_sentence
        # ... nor a name whose first word alone is a common one, mid-sentence ("participate in Code Blue hackathon";
        # not "the Staff Handbook", nor "the Designated Safeguarding Lead")
        kept_whole = kept_whole or (mid_sentence and len(words) > 1 and not DOCUMENT_WORDS.search(words[-1])
                                    and not any(_common(word, lower_case) for word in words[1:]))
        while first < last and not kept_whole and (words[first] == "I" or _common(words[first], lower_case)):
            first += 1
        while last > first and (words[last - 1] in _JOINS or DOCUMENT_WORDS.search(words[last - 1])):
            last -= 1
        if first == last:
            continue
        name = " ".join(words[first:last])
        start, end = at_first + spans[first][0], at_first + spans[last - 1][1]
        # the name, its first word, and what follows "and": "Tidewater and Northfield" may be two names
        joined = next((i for i in range(first + 1, last - 1) if words[i] in ("and", "&")), None)
        keys = {(name, start), (words[first], start)}
        if joined is not None:
            keys.add((" ".join(words[joined + 1:last]), at_first + spans[joined + 1][0]))
        for key, at in keys:
            if len(key) < 2 or _a_document(key):
                continue
            width = len(key) if " " not in key else end - at  # (the words as written, maybe apart by tabs)
            use = uses.setdefault(key, _Uses())
            before, after, whole_after = text[max(0, at - 30):at], text[at + width:at + width + 40], text[end:end + 40]
            use.mentions += 1
            use.own += bool(_OWN_AFTER.match(after) or _OWN_AFTER.match(whole_after) or _OWN_BEFORE.search(before))
            use.collective += bool(_COLLECTIVE_AFTER.match(after) or _COLLECTIVE_AFTER.match(whole_after)
                                   or _OWN_BEFORE.search(before))
            use.others += bool(_OTHERS_AFTER.match(after) or _OTHERS_BEFORE.search(before))
            use.supplies += bool(_SUPPLIER_BEFORE.search(before))
            if key != name:
                use.longer[name] += 1
    return uses


def _common(word: str, lower_case: set[str]) -> bool:
    """Whether the text writes the word in lower case too, a common noun ("Report", "Our"), or its plural."""
    return bool({word.lower() + ending for ending in ("", "s", "es")} & lower_case)


def _without_handles(text: str) -> str:
    return _HANDLE_LINK.sub(lambda link: " " if link["handle"].casefold() in link["address"].casefold() else link[0],
                            text)


def _sequences(text: str) -> list[tuple[int, str]]:
    """(where, the words) of each sequence of capitalised words, without a possessive's "'s"; one joined by "the"
    only mid-sentence ("a Read the Docs project"), else apart ("Join | the | Julia community"; not "Freedom of the
    Press Foundation")."""
    found = []
    for match in _SEQUENCE.finditer(text):
        written = re.sub(r"['\u2019]s?$", "", match[0]).rstrip(".")
        mid_sentence = _MID_SENTENCE.search(text[max(0, match.start() - 3):match.start()])
        if not re.search(r"(?<!of)[ \t]the[ \t]", written) or mid_sentence:
            found.append((match.start(), written))
            continue
        start = 0
        for joiner in re.finditer(r"(?<!of)[ \t]+the[ \t]+", written):
            found.append((match.start() + start, written[start:joiner.start()]))
            start = joiner.end()
        found.append((match.start() + start, written[start:]))
    return found


def _a_document(name: str) -> bool:
    """"Code of Conduct", "Policy Statements", "Terms": a document's words, not "Code Town" (a name opening so)."""
    words = name.split()
    return bool(DOCUMENT_WORDS.search(words[0])) and (
        len(words) == 1 or any(word in _JOINS or DOCUMENT_WORDS.search(word) for word in words[1:]))


def _spelt_out(text: str) -> dict[str, str]:
    """Each abbreviation the text spells out, with its words: {"DSF": "Django Software Foundation"}."""
    spelt: dict[str, str] = {}
    for match in _SPELT_OUT.finditer(text):
        spelt.setdefault(match["short"] or match["short2"], match["words"] or match["words2"])
    return spelt


def _a_name(name: str, text: str, spelt_out: dict[str, str]) -> bool:
    """An organisation's name, not a role, a body within one, a term, a regulator, a law or a person."""
    if _ROLE.fullmatch(name) or _ANOTHER_BODY.search(name):
        return False
    if _a_term(name, text, spelt_out):
        return False
    return not written_as_a_person(name, text)


def _a_term(name: str, text: str, spelt_out: dict[str, str]) -> bool:
    """An abbreviation the text spells out as a thing ("Free and Open Source Software (FOSS)") or a regulator
    ("Information Commissioner's Office (ICO)"), or counts ("an RSE is allocated"): never an organisation's own."""
    # (a kind of body "for" what it does is a body: "Nordic Institute for Interoperability Solutions (NIIS)")
    if words := spelt_out.get(name):
        return not (_ORGANISATION_END.search(words) or KIND_OF.search(f" {words}")) or bool(_ANOTHER_BODY.search(words))
    return bool(re.search(rf"\b(?i:a|an)\s+{_written(name)}(?=\s+(?:is|was|will|can|may|has|must|should|would)\b"
                          r"|[.,;:)])", text))


def _reported(name: str, use: _Uses, text: str, standing: str) -> str:
    """The name as the document writes it in full: as its opening spells it out ("the UCLA Social Science Data
    Archive (SSDA)"), the longer name it opens ("Django Software Foundation", "Ronin Institute", not "Jupyter
    Executive Council"), a government's ("DC Government" where the text writes "DC government" mostly), with "The"
    where the text writes "The Carpentries" mid-sentence."""
    mentions = _mentions(name, text)
    # "NSF NCAR" more often than "NSF" alone: the abbreviation heads the text's own name (its sponsor's, spelt out
    # "National Science Foundation (NSF)", is not the text's own)
    heads_another = any(count * 2 > mentions for count in use.longer.values())
    for match in _SPELT_OUT.finditer(standing):
        words = match["words"] or match["words2"]
        if ((match["short"] or match["short2"]) == name or name in words.split()) and _ORGANISATION_END.search(
                words) and not heads_another:
            return words.removeprefix("The ")
    fuller = [(count, longer) for longer, count in use.longer.items() if count >= 2 and not _BODY_WITHIN.search(longer)
              and (_ORGANISATION_END.search(longer) or count * 2 >= mentions)]
    name = max(fuller)[1] if fuller else name
    if len(re.findall(rf"(?<![\w-]){_written(name)}\s+(?i:government)\b", text)) * 2 >= mentions:
        return f"{name} Government"  # "within DC government", "a DC Government project": the government's name
    with_the = len(re.findall(rf"(?<=[a-z,;] )The {_written(name)}\b", text))
    without = len(re.findall(rf"(?<![\w-])(?<!The ){_written(name)}\b", text))
    return f"The {name}" if with_the > without else name


def _mentions(name: str, text: str) -> int:
    return len(re.findall(rf"(?<![\w-]){_written(name)}(?![\w-])", text))


def _named_in(name: str, words: str) -> bool:
    return re.search(rf"(?<![\w-]){_written(name)}(?![\w-])", words) is not None


def _written(name: str) -> str:
    """A pattern for the name as the text writes it: its words apart by spaces or tabs, as ``_SEQUENCE`` reads them."""
    return r"[ \t]+".join(re.escape(word) for word in name.split())

