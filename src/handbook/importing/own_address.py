"""Whose policy a document is, from the address it gives for writing to it: the name its own e-mail address spells,
where the text names it too ("These guidelines apply to Neocities contributor communications ... contacting the
project team at abuse@neocities.org", "communications regarding the OpenGov Foundation ... email questions to
sayhello@opengovfoundation.org", "projects involving the University of Sheffield RSE Team ... rse@sheffield.ac.uk").
Taken only where no sentence, label, title or use of names says whose the policy is (handbook.importing.own_name).

An address whose domain spells no name the text writes says nothing ("frictionlessdata@okfn.org" under a text that
names the Open Knowledge Foundation only as its source; a volunteer's gmail.com), and nor does a name the text uses as
another's: a tool or a service ("on GitHub", "a Gmail account"), a body it answers to or a helpline it points to
("contact the NSPCC", "the Information Commissioner's Office (ICO)"), a term it spells out, a person. The addresses of
two names the text writes leave it TBC: a policy giving its own address and a partner's cannot be told apart so; and
so does a name the text writes in passing beside one it uses as its own far more often (a support address kept after
a merger, "support@nesi.org.nz" under a text about REANNZ; a parent's domain under a unit's mailbox). A
link the text calls its own ("[our guidelines](https://github.com/artsy/README/...)") is read so too, by the account
the address is of ("artsy"), where the text writes the name.
"""

from __future__ import annotations

import re

from .name_shapes import looks_like_a_name
from .organisation_words import WHOLE_ORGANISATION_WORDS
from .own_name import is_another_s, name_uses, used_more_as_own

_ADDRESS = re.compile(r"(?<![\w.+-])(?P<local>[\w.+-]+)@(?P<domain>[A-Za-z\d-]+(?:\.[A-Za-z\d-]+)+)")
# What a domain ends in besides its owner's name: "sheffield.ac.uk", "oakfield.sch.uk", "acme.co.uk"
_SUFFIXES = {"ac", "co", "com", "org", "net", "gov", "sch", "edu", "ltd", "plc", "nhs", "police", "mod", "govt"}
# a link, a domain ("OpenGovFoundation.org") or a handle ("@OpenGovFoundation"): not the name written as words
# (a path from its word's start: tried inside a long word, "\S+/" took seconds on a garbled page's)
_LINK = re.compile(r"\b(?:https?://|www\.)\S+|(?<!\S)\S+/\S+|[@#]\w+|\b\w[\w-]*(?:\.[\w-]+)*\.[a-z]{2,6}\b")
# A link the text calls its own: "[our guidelines for public vs. private content](https://github.com/artsy/README/...)",
# "See [our own playbook](https://www.notion.so/artsy/...)" (not "[detect-secrets](https://github.com/Yelp/...)")
_OUR_LINK = re.compile(r"\[(?P<words>(?:[^\]]*\s)?(?i:our)\s[^\]]*)\]\((?P<address>https?://[^)\s]+)\)")
# Where an address's first part is the account's ("github.com/artsy"), and where its host's first label is
# ("artsy.github.io")
_HOSTS = {"github.com", "gitlab.com", "bitbucket.org", "codeberg.org", "notion.so", "sourceforge.net"}
_HOSTED = (".github.io", ".gitlab.io", ".notion.site", ".readthedocs.io")
_WORD = re.compile(r"[A-Z\d][\w'\u2019&-]*|of|the|and|for|&")
_JOINS = ("of", "the", "and", "for", "&")
_LONGEST = 5  # words in a name an address spells
# Another's, as the text points to it: "contact the NSPCC", "call Childline", "visit Citizens Advice"
_POINTED_TO = re.compile(r"\b(?:contact(?:ing)?|call(?:ing)?|ring(?:ing)?|phon(?:e|ing)|visit(?:ing)?|see|from|via|"
                         r"through|with)\s+(?:the\s+)?$", re.I)


def named_by_address(text: str) -> tuple[str, str, str] | None:
    """(the name, where, the address) of the one name the text's own e-mail addresses spell and the text writes as
    a name of its own, in full as the text writes it ("Sheffield" of "rse@sheffield.ac.uk" is "University of
    Sheffield" where the text writes so); None where no address spells one, or addresses spell two."""
    found: dict[str, tuple[str, str]] = {}  # each name with where it was read and the address
    outside = _LINK.sub(" ", _ADDRESS.sub(" ", text))  # the name must be written as words too, not in a link
    uses = None
    for match in _ADDRESS.finditer(text):
        # a team's own mailbox at its host's domain ("18F@gsa.gov", "frictionlessdata@okfn.org") names the team
        # (not a person's, "susan.hickey@", "emmanuel@" of "Emmanuel Morales")
        personal = re.search(r"[a-z][._][a-z]", match["local"], re.I)
        for owner in (None if personal else _squashed(match["local"]), _owner(match["domain"])):
            alone = owner != _owner(match["domain"])  # a mailbox's name, standing alone
            name = _spelling(owner, outside, alone) if owner and len(owner) > 2 else None
            if name is None or not looks_like_a_name(name, outside):
                continue
            uses = uses if uses is not None else name_uses(outside)
            # a mailbox's name, used as the organisation's own at least once ("18F expects", "Frictionless Data team
            # members"): not a person's ("talking to Emmanuel")
            if is_another_s(name, outside, uses) or _pointed_to(name, outside) or (alone and (
                    not (uses.get(name) and uses[name].own) or _a_first_name(name, outside))):
                continue
            found.setdefault(_in_full(name, outside), (f"the address the text gives, {match[0]}", match[0]))
            break
    for link in _OUR_LINK.finditer(text):  # "[our guidelines](https://github.com/artsy/README/...)"
        owner = _account(link["address"])
        name = _spelling(owner, outside) if owner and len(owner) > 2 else None
        if name is None or not looks_like_a_name(name, outside):
            continue
        uses = uses if uses is not None else name_uses(outside)
        if not (is_another_s(name, outside, uses) or _pointed_to(name, outside)):
            found.setdefault(_in_full(name, outside), (f"the address of a link the text calls its own, "
                                                       f"'{link['words']}', its account", link["address"]))
    if len(found) != 1:
        return None
    name, (where, address) = next(iter(found.items()))
    if used_more_as_own(name, outside, uses if uses is not None else name_uses(outside)):
        return None  # an address kept from before a merger, or a parent's domain: the text's own name is another
    return name, f"{where}, spelling the name it writes", address


def _account(address: str) -> str | None:
    """Whose an address is: the account a hosting site gives it ("artsy" of "https://github.com/artsy/README",
    "https://artsy.github.io/blog", "https://www.notion.so/artsy/Detect-Secrets"), else its domain's owner."""
    if not (match := re.match(r"https?://(?:www\.)?(?P<host>[\w.-]+)(?P<path>/[^\s?#]*)?", address, re.I)):
        return None
    host, path = match["host"].casefold(), (match["path"] or "").strip("/").split("/")
    if host in _HOSTS:
        return path[0].casefold() if path[0] else None
    if account := next((host.removesuffix(suffix) for suffix in _HOSTED if host.endswith(suffix)), None):
        return account
    return _owner(host)


def _owner(domain: str) -> str | None:
    """The name a domain's owner registered it under: "neocities" of "neocities.org", "sheffield" of
    "rse.sheffield.ac.uk"."""
    labels = domain.casefold().split(".")[:-1]  # the country or kind at the end
    while len(labels) > 1 and labels[-1] in _SUFFIXES:
        labels.pop()
    owner = labels[-1] if labels else ""
    return owner or None


def _squashed(words: str) -> str:
    return re.sub(r"[\W_]", "", words.casefold())


def _spelling(owner: str, text: str, alone: bool = False) -> str | None:
    """The words of the text, written as a name, that the owner's label spells: "OpenGov Foundation" for
    "opengovfoundation", "R-Ladies" for "rladies", with or without "The"."""
    for line in text.splitlines():
        words = list(_WORD.finditer(line))
        for start, first in enumerate(words):
            if not first[0][0].isupper() and not first[0][0].isdigit():
                continue
            for end in range(start, min(start + _LONGEST, len(words))):
                if end > start and words[end].start() - words[end - 1].end() > 1:
                    break  # not one run of words
                spelt = line[first.start():words[end].end()]
                if _squashed(spelt) == owner and words[end][0] not in _JOINS and _whole(
                        line[:first.start()], line[words[end].end():], alone):
                    return spelt.removeprefix("The ")
                if len(_squashed(spelt)) >= len(owner):
                    break
    return None


def _whole(before: str, after: str, alone: bool) -> bool:
    """Whether the words between ``before`` and ``after`` are a whole name, not part of a longer one ("Communities" of
    "Ministry of Housing, Communities and Local Government", "Public Code" of "Foundation for Public Code"), though
    one a university or a college is "of" ("University of Sheffield")."""
    joined_before = re.search(r"(?:(?<!\bThe)(?<!^The)[A-Z][\w'\u2019&-]*,?|\b(?:of|and|for|&))\s+$", before) and (
        not re.search(rf"\b(?:{WHOLE_ORGANISATION_WORDS})\s+of\s+(?:the\s+)?$", before))
    if alone and re.match(r"\s+[A-Z]", after):  # a mailbox's name is no first name ("Emmanuel Morales")
        return False
    return not joined_before and not re.match(r",?\s+(?:of|and|for|&)\s+(?:the\s+)?[A-Z]", after)


def _a_first_name(name: str, text: str) -> bool:
    """"Emmanuel" of "Emmanuel Ortiz": one plain word the text writes before a surname."""
    return bool(re.fullmatch(r"[A-Z][a-z]+", name) and re.search(rf"(?<![\w-]){name}\s+[A-Z][a-z]+\b", text))


def _pointed_to(name: str, text: str) -> bool:
    return any(_POINTED_TO.search(text[max(0, m.start() - 20):m.start()])
               for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))


def _in_full(name: str, text: str) -> str:
    """The organisation's full name around a one-word name a domain spells: "University of Sheffield"."""
    full = " " not in name and re.search(
        rf"\b(?:(?:{WHOLE_ORGANISATION_WORDS})\s+of\s+(?:the\s+)?{re.escape(name)}|{re.escape(name)}"
        rf"(?:\s+[A-Z][\w-]*){{0,2}}\s+(?:{WHOLE_ORGANISATION_WORDS}))\b", text)
    if full:
        return full[0]
    # "The Carpentries", as the text writes it mid-sentence
    with_the = len(re.findall(rf"(?<=[a-z,;] )The {re.escape(name)}\b", text))
    return f"The {name}" if with_the > len(re.findall(rf"(?<![\w-])(?<!The ){re.escape(name)}\b", text)) else name
