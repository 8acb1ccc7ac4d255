"""The words search compares: a text's terms, as the index stores them and as a query asks.

A term is a word's stem (lunr's Porter stemmer: "photos" and "photo" are one term) or, for a
phrase the organisation's vocabulary names ("social media", "head teacher"), the phrase's stems
joined by a space. Stop words and question words say nothing of what a clause is about and are
not terms. The search worker (docs/assets/search-worker.js) does the same to a query with lunr.js,
whose stemmer lunr's Python port copies but for one rule, set right below (tests/test_search_worker.py
compares the two over every word of the policies).
"""

from __future__ import annotations

import functools
import re

from lunr.stemmer import PorterStemmer

# Words that say nothing of what is asked: question words, pronouns, auxiliaries and the like.
# Split on apostrophes as queries are ("don't" -> "don", "t"). "IT" written in capitals is kept.
STOP_WORDS = frozenset(
    """
    a about after again all am an and any anyone anything are aren as at be been before being both but by
    can cannot could d did didn do does doesn doing don done during each either else ever for from get gets
    getting got had has hasn have haven having he her here hers him his how i if im in into is isn it
    its just ll m me might mine must mustn my myself need needs no nor not now of off ok okay on once
    or our ours please re really s shall she should shouldn so some somebody someone something such t than
    that the their theirs them then there these they this those to too us ve very was wasn we were
    weren what whats when whenever where which while who whom whose why will with won would wouldn
    yes you your yours yourself allowed
    """.split()  # noqa: SIM905 (a block of words reads better than a list of strings)
)

# Letters and digits; everything else separates words. The worker splits with the same classes.
_WORD = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    """The words of ``text`` as typed, in order."""
    return _WORD.findall(text)


class _LunrJsStemmer(PorterStemmer):
    """Porter's stemmer as lunr.js has it: a final "y" becomes "i" only after a consonant that
    follows another letter ("try" -> "tri", "day" stays), where lunr's Python port asks only for a
    vowel earlier in the word ("day" -> "dai")."""

    def step1c(self) -> None:
        if self.ends("y") and self.j >= 1 and self.b[self.j] not in "aeiou":
            self.b = self.b[: self.k] + "i" + self.b[self.k + 1 :]


_STEMMER = _LunrJsStemmer()


@functools.cache  # a handbook has some thousands of words, said millions of times
def stem(word: str) -> str:
    return _STEMMER.stem(word.lower())


@functools.cache
def is_stop_word(word: str) -> bool:
    """A stop word, unless written in capitals as an abbreviation is ("IT", "US")."""
    return word.lower() in STOP_WORDS and not (len(word) > 1 and word.isupper())


def phrase_key(phrase: str) -> str:
    """The term of a phrase or word: its words' stems, space-separated ("head teachers" -> "head teacher")."""
    return " ".join(stem(word) for word in words(phrase))


def terms(text: str, phrases: frozenset[str] = frozenset()) -> list[str]:
    """The terms of ``text``: each meaningful word's stem, and each of ``phrases`` (phrase keys) it holds."""
    typed = words(text)
    stems = [stem(word) for word in typed]
    found = [word_stem for word, word_stem in zip(typed, stems, strict=True) if not is_stop_word(word)]
    if phrases:
        longest, first_words = _phrase_starts(phrases)
        for start in (n for n, word_stem in enumerate(stems) if word_stem in first_words):
            for length in range(2, longest + 1):
                if (key := " ".join(stems[start : start + length])) in phrases:
                    found.append(key)
    return found


@functools.cache  # the same phrases for every text of a build: worked out once, not per text
def _phrase_starts(phrases: frozenset[str]) -> tuple[int, frozenset[str]]:
    """The most words a phrase has, and the stems phrases start with."""
    return max(key.count(" ") + 1 for key in phrases), frozenset(key.split(" ", 1)[0] for key in phrases)

