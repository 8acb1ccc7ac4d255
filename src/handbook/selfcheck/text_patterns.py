"""The self-check's words as patterns: the checklist's names, phrases and word groups compiled into
regular expressions, and the characters by which ``checker`` reads a text.

Shipped to Pyodide with ``checker`` (see there): the standard library only.
"""

import functools
import re
from dataclasses import dataclass

from .checklist_model import Language, PostCheck, TextRules

# Only the start of a longer text is checked, so that a check stays quick in the browser whatever is
# pasted: profiles are at most a few thousand characters, and a post rarely nears this.
MAX_CHARS = 20_000

# Characters that do not show but can sit inside a word ("St Hu\u200bgh's"): soft hyphen,
# zero-width spaces and joiners, direction marks and embeddings, the byte-order mark.
_INVISIBLE_CHARS = "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e" \
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
WITHOUT_INVISIBLE = str.maketrans("", "", _INVISIBLE_CHARS)
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_APOSTROPHES = "'\u2018\u2019\u201b\u02bc`\u00b4\uff07"
ONE_APOSTROPHE = str.maketrans({c: "'" for c in _APOSTROPHES})
_HAS_APOSTROPHE = re.compile(f"[{_APOSTROPHES}]")
_NOT_WORD_BEFORE = r"(?<![^\W_])"
_NOT_WORD_AFTER = r"(?![^\W_])"
SCHOOL_WORD = "the_school_name"  # stands for any of the school's names among the words
SENTENCE_ENDS = frozenset(".!?|·•;\n")
_TOKEN_ENDS = r"\s()\[\]{}<>\"“”,!?|·•"  # what ends a hashtag, handle or address
TOKEN = re.compile(f"[^{_TOKEN_ENDS}]+")
_WORD = re.compile(f"[\\w≠{_APOSTROPHES}]+|[^\\w\\s]")
# Letters standing for "#" (a number) and "*" (anything) in the checklist's phrases while they are
# split into words, so that the splitting keeps them in their words.
_NUMBER, _ANYTHING = "\u01c2", "\u01c3"


# --- compiling the checklist's words --------------------------------------------------------


def _name_pattern(name: str) -> str:
    """A name as people write it: any case, with or without an apostrophe before a final "s", with
    or without spaces, dots, hyphens or underscores between its words. It is matched against text
    whose apostrophes are all made one (a curly one is read as a straight one)."""
    words = [word.replace("'", "") for word in re.split(r"[\s.\-_]+", name.translate(ONE_APOSTROPHE))]
    return r"[\s.\-_]*".join(
        re.escape(word[:-1]) + "'?s" if len(word) > 1 and word.endswith("s") else re.escape(word)
        for word in words if word
    )


def _names_finder(names: tuple[str, ...], plural: bool = False) -> re.Pattern[str] | None:
    """One pattern for all the names, longest first, matching whole words only."""
    if not names:
        return None
    alternatives = "|".join(_name_pattern(n) for n in sorted(names, key=len, reverse=True))
    ending = "s?" if plural else ""
    return re.compile(f"{_NOT_WORD_BEFORE}(?:{alternatives}){ending}{_NOT_WORD_AFTER}", re.IGNORECASE)


def squash(text: str) -> str:
    """Letters and digits only, lower case: how a name looks run together in "#TeamStHughs"."""
    return "".join(re.findall(r"[^\W_]+", text)).casefold()


def split_words(text: str) -> list[tuple[str, int, int]]:
    """The words of a text (lower case, apostrophes made one) with where each is in it. "don't"
    gives "do" and "n't", "l'école" gives "l'" and "école", "parent's" gives "parent"."""
    words = []
    for match in _WORD.finditer(text):
        word, start, end = match.group().casefold(), match.start(), match.end()
        if not _HAS_APOSTROPHE.search(word):
            words.append((word, start, end))
            continue
        word = word.translate(ONE_APOSTROPHE)
        if word.endswith("'s") and len(word) > 2:
            word = word[:-2]
        if word.endswith("n't"):
            if len(word) > 3:
                words.append((word[:-3], start, end - 3))
                word, start = "n't", end - 3
        elif elision := re.match(r"^([a-z])'(?=\w)", word):
            words.append((elision.group(), start, start + 2))
            word, start = word[2:], start + 2
        words.append((word, start, end))
    return words


def _phrase_pattern(phrase: str) -> str:
    """A phrase of the checklist as a pattern over space-joined words: "*" ends a word with
    anything, "#" is a number ("year #", "#b")."""
    parts = []
    for word, _, _ in split_words(phrase.replace("#", _NUMBER).replace("*", _ANYTHING)):
        pattern = re.escape(word).replace(_ANYTHING, "[^ ]*")
        parts.append(r"\d[^ ]*" if word == _NUMBER else pattern.replace(_NUMBER, r"\d+"))
    return " ".join(parts)


def _phrases(phrases: tuple[str, ...]) -> str:
    patterns = sorted({_phrase_pattern(p) for p in phrases if p.strip()}, key=len, reverse=True)
    return "(?:" + "|".join(patterns) + ")" if patterns else "(?!)"


def _whole(pattern: str) -> re.Pattern[str]:
    return re.compile(f"(?<![^ ]){pattern}(?![^ ])")


_GAP = r"(?: [^ .!?|;·•][^ ]*){0,4}"  # up to four words, not across the end of a sentence


@dataclass(frozen=True)
class LanguagePatterns:
    personal: re.Pattern[str]
    personal_in_contrast: re.Pattern[str]
    dissociation: re.Pattern[str]
    posts: tuple[tuple[PostCheck, tuple[re.Pattern[str], ...], re.Pattern[str] | None], ...]
    class_words: re.Pattern[str]
    praise_words: re.Pattern[str]
    titles: re.Pattern[str]
    school_words: re.Pattern[str]


def _language_patterns(language: Language) -> LanguagePatterns:
    words = language.disclaimer
    opinion, employer = _phrases(words.opinion_words), _phrases((*words.employer_words, SCHOOL_WORD))
    negation, linking = _phrases(words.negations), _phrases(words.linking_words)
    personal = "|".join([
        f"{opinion}{_GAP} {_phrases(words.own_after)}",
        f"{_phrases(words.own_before)} {opinion}",
        _phrases(words.personal_phrases),
    ])
    dissociation = f"{negation} {employer}|{negation}{_GAP} {linking}{_GAP} {employer}"
    identifying = language.identifying
    return LanguagePatterns(
        personal=_whole(f"(?:{personal})"),
        personal_in_contrast=_whole(f"{_phrases(words.own_before_in_contrast)} {opinion}"),
        dissociation=_whole(f"(?:{dissociation})"),
        posts=tuple(
            (check, tuple(_whole(_phrases(group)) for group in check.all_of),
             _whole(_phrases(check.except_words)) if check.except_words else None)
            for check in language.posts
        ),
        class_words=_whole(_phrases(identifying.class_words)),
        praise_words=_whole(_phrases(identifying.praise_words)),
        titles=_whole(_phrases(identifying.titles)),
        school_words=_whole(_phrases(identifying.school_words)),
    )


@dataclass(frozen=True)
class CompiledRules:
    school: re.Pattern[str] | None
    not_the_school: re.Pattern[str] | None
    squashed_names: tuple[str, ...]
    squashed_not_the_school: tuple[str, ...]
    abbreviations: tuple[str, ...]
    run_together: re.Pattern[str] | None  # a name run together with other words, or an abbreviation
    role: re.Pattern[str] | None
    languages: tuple[LanguagePatterns, ...]
    titles: frozenset[str]


def _run_together(rules: TextRules) -> re.Pattern[str] | None:
    """The letters of each name (or abbreviation) in order, with anything but spaces between them."""
    squashed = {squash(name) for name in (*rules.school_names, *rules.abbreviations)} - {""}
    if not squashed:
        return None
    return re.compile("|".join(r"[^\s\w]*".join(map(re.escape, name)) for name in sorted(squashed)), re.IGNORECASE)


@functools.lru_cache(maxsize=8)
def compile_rules(rules: TextRules) -> CompiledRules:
    return CompiledRules(
        school=_names_finder(rules.school_names),
        not_the_school=_names_finder(rules.not_the_school),
        squashed_names=tuple(sorted({squash(n) for n in rules.school_names} - {""}, key=len, reverse=True)),
        squashed_not_the_school=tuple({squash(n) for n in rules.not_the_school} - {""}),
        abbreviations=tuple(a.casefold() for a in rules.abbreviations),
        run_together=_run_together(rules),
        role=_names_finder(rules.roles, plural=True),
        languages=tuple(_language_patterns(language) for language in rules.languages),
        titles=frozenset(t.casefold() for language in rules.languages for t in language.identifying.titles),
    )
