"""The staff self-check: what a profile text or a draft post says to a careful reader of the
policy, and what the reader's privacy answers call for.

This module runs twice: under CPython (the tests and ``handbook selfcheck``) and under Pyodide
in the reader's browser, where it is shipped as a wheel of its own. So it imports nothing
outside the standard library and nothing of this package but ``checklist_model``. Its input is a ``Checklist``
(built from ``checklist.yml`` and the shipped defaults by ``handbook.selfcheck.checklist``, handed to the
browser as JSON) and what the reader typed or chose. Every word it looks for and every message
it gives comes from that checklist, so a school can reword, extend or translate them.

How a text is read:

- It is cleaned first: HTML entities decoded ("St Hugh&#39;s"), invisible characters (zero-width,
  direction marks) and control characters removed, and only its first ``MAX_CHARS`` kept.
- The school is found by each of its names in any case, with any apostrophe or none, with or
  without spaces and dots ("St. Hughs"); inside hashtags, handles, e-mail and web addresses with
  the words run together ("#TeamStHughs", "sthughs.co.uk"); by its abbreviations as a word or at
  the start of a run-together word ("@ SHS", "#SHSpride"); never inside the name of an institution
  the checklist says is not the school ("St Hugh's College").
- The text is then split into words (lower case, apostrophes made one, "don't" read as "do n't",
  "l'école" as "l' école", the school's names as one word) and each language's words are matched
  against it: a disclaimer is a personal statement (an opinion word near an "own" word, or a set
  phrase) and a dissociation (a negation, a linking word and the employer); a post finding is
  one word from each of its groups within one sentence or the whole text.
"""

import bisect
import functools
import html
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .checklist_model import Checklist, Finding, Result, TextRules
from .text_patterns import (
    CONTROL,
    MAX_CHARS,
    ONE_APOSTROPHE,
    SCHOOL_WORD,
    SENTENCE_ENDS,
    TOKEN,
    WITHOUT_INVISIBLE,
    CompiledRules,
    LanguagePatterns,
    compile_rules,
    split_words,
    squash,
)

# --- reading a text -------------------------------------------------------------------------


@dataclass
class _Text:
    """A cleaned text, where it names the school, and its words joined by spaces for matching."""

    text: str
    school_spans: list[tuple[int, int]]
    joined: str  # the words, one space between, the school's names as SCHOOL_WORD
    word_starts: list[int]  # where each word begins in ``joined``
    words: list[tuple[str, int, int]]  # each word and where it is in ``text``
    sentence_of: list[int]  # the sentence each word is in

    def span(self, match: re.Match[str]) -> tuple[int, int]:
        """Where in the text the words of a match over ``joined`` are."""
        first = bisect.bisect_right(self.word_starts, match.start()) - 1
        last = bisect.bisect_right(self.word_starts, match.end() - 1) - 1
        return self.words[first][1], self.words[last][2]

    def word_index(self, match: re.Match[str]) -> int:
        return bisect.bisect_right(self.word_starts, match.start()) - 1


def _cleaned(text: str) -> tuple[str, bool]:
    cut = len(text) > MAX_CHARS
    text = html.unescape(text[:MAX_CHARS]).translate(WITHOUT_INVISIBLE)
    return CONTROL.sub(" ", text), cut


def _school_spans(compiled: CompiledRules, text: str) -> list[tuple[int, int]]:
    """Where the text names the school: names as written, then run-together words and abbreviations."""
    text = text.translate(ONE_APOSTROPHE)  # the same length: spans found in it are spans of the text
    excluded = _Spans(m.span() for m in compiled.not_the_school.finditer(text)) if compiled.not_the_school else None
    as_written = [m.span() for m in compiled.school.finditer(text)] if compiled.school else []
    found = [span for span in as_written if not (excluded and excluded.overlaps(span))]
    written = _Spans(found)
    # Each token (a hashtag, handle or address: the text between spaces and brackets) once, found
    # by bisection: walking out from each candidate to its token's ends was quadratic in a long token.
    tokens = [m.span() for m in TOKEN.finditer(text)]
    starts = [start for start, _ in tokens]
    seen = set()
    for candidate in compiled.run_together.finditer(text) if compiled.run_together else ():
        index = bisect.bisect_right(starts, candidate.start()) - 1
        if index < 0 or index in seen:
            continue
        seen.add(index)
        start, end = tokens[index]
        while end > start and text[end - 1] in ".:;":
            end -= 1
        if not written.overlaps((start, end)) and _token_names_school(compiled, text[start:end]):
            found.append((start, end))
    return sorted(found)


def _token_names_school(compiled: CompiledRules, token: str) -> bool:
    squashed = squash(token)
    if not any(name in squashed for name in (*compiled.squashed_names, *compiled.abbreviations)):
        return False
    for name in compiled.squashed_names:
        start = squashed.find(name)
        while start != -1:
            if not any(_within(squashed, other, start, len(name)) for other in compiled.squashed_not_the_school):
                return True
            start = squashed.find(name, start + 1)
    pieces = re.findall(r"[^\W_]+", token)
    for abbreviation in compiled.abbreviations:
        for piece in pieces:
            # "SHS", "#SHSpride", "@shs_staff", "#TeamSHS"; not "fishshop".
            if piece.casefold() == abbreviation:
                return True
            if piece.casefold().startswith(abbreviation) and (token[0] in "#@" or piece[:len(abbreviation)].isupper()):
                return True
            if abbreviation in (part.casefold() for part in re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+", piece)):
                return True
    return False


def _within(squashed: str, other: str, start: int, length: int) -> bool:
    """Whether the name at ``start`` is part of an occurrence of ``other`` (an excluded name)."""
    begin = squashed.find(other, max(0, start + length - len(other)))
    return begin != -1 and begin <= start and begin + len(other) >= start + length


class _Spans:
    """Spans of a text that do not overlap one another, for quick "does this overlap any?" questions."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.ends = [end for _, end in self.spans]

    def overlaps(self, span: tuple[int, int]) -> bool:
        index = bisect.bisect_right(self.ends, span[0])  # the first span ending after this one starts
        return index < len(self.spans) and self.spans[index][0] < span[1]


def _read(compiled: CompiledRules, text: str) -> _Text:
    school_spans = _school_spans(compiled, text)
    # Newlines end sentences: the words are read from a copy with them as "|", of the same length.
    words: list[tuple[str, int, int]] = []
    last = 0
    for start, end in [*school_spans, (len(text), len(text))]:
        words.extend((w, s + last, e + last) for w, s, e in split_words(text[last:start].replace("\n", "|")))
        if start < end:
            words.append((SCHOOL_WORD, start, end))
        last = end
    joined_parts, word_starts, sentence_of = [], [], []
    position, sentence = 0, 0
    for word, _, _ in words:
        word_starts.append(position)
        joined_parts.append(word)
        position += len(word) + 1
        sentence_of.append(sentence)
        if word in SENTENCE_ENDS:
            sentence += 1
    return _Text(text, school_spans, " ".join(joined_parts), word_starts, words, sentence_of)


def _quote(text: _Text, start: int, end: int) -> str:
    return text.text[start:end].strip(" \t\n.,;:!?()[]|\"'\u201c\u201d\u2018\u2019")


# --- the checks -----------------------------------------------------------------------------


def _disclaimer_status(compiled: CompiledRules, text: _Text) -> tuple[bool, bool]:
    """Whether the text says its views are personal, and whether it dissociates the employer."""
    personal = any(language.personal.search(text.joined) for language in compiled.languages)
    dissociated = any(language.dissociation.search(text.joined) for language in compiled.languages)
    if dissociated and not personal:
        personal = any(language.personal_in_contrast.search(text.joined) for language in compiled.languages)
    return personal, dissociated


def _post_findings(rules: TextRules, compiled: CompiledRules, text: _Text, messages: dict[str, str]) -> list[Finding]:
    findings: dict[str, Finding] = {}
    for language in compiled.languages:
        for check, groups, exceptions in language.posts:
            if check.kind in findings:
                continue
            spans = _co_occurring(text, groups, exceptions, by_sentence=check.scope == "sentence")
            if spans:
                findings[check.kind] = Finding(check.kind, check.clause, False, messages[check.kind],
                                               _quote(text, spans[0], spans[1]))
        if rules.identifies_people_clause and "identifies-people" not in findings:
            span = _people_named(compiled, language, text)
            if span:
                findings["identifies-people"] = Finding("identifies-people", rules.identifies_people_clause, False,
                                                        messages["identifies-people"], _quote(text, *span))
    return list(findings.values())


def _co_occurring(text: _Text, groups: tuple[re.Pattern[str], ...], exceptions: re.Pattern[str] | None,
                  by_sentence: bool) -> tuple[int, int] | None:
    """The stretch of text from the first to the last group's words, when every group has words
    in one sentence (or anywhere, for the whole text)."""
    excepted = _Spans(m.span() for m in exceptions.finditer(text.joined)) if exceptions else _Spans(())
    found: list[dict[int, tuple[int, int]]] = []
    for group in groups:
        places: dict[int, tuple[int, int]] = {}
        for match in group.finditer(text.joined):
            if excepted.overlaps(match.span()):
                continue
            sentence = text.sentence_of[text.word_index(match)] if by_sentence else 0
            places.setdefault(sentence, text.span(match))
        if not places:
            return None
        found.append(places)
    for sentence in found[0]:
        if all(sentence in places for places in found):
            spans = [places[sentence] for places in found]
            start, end = min(s for s, _ in spans), max(e for _, e in spans)
            if end - start > 160:  # far apart: quote the words themselves
                return spans[0]
            return start, end
    return None


def _is_name(word: str) -> bool:
    return len(word) > 1 and word.isalpha() and word[0].isupper() and word[1:].islower()


def _people_named(compiled: CompiledRules, language: LanguagePatterns, text: _Text) -> tuple[int, int] | None:
    """Where a post about school names a pupil or a member of staff, if it seems to."""
    def original(index: int) -> str:
        _, start, end = text.words[index]
        return text.text[start:end]

    about_school = language.school_words.search(text.joined) is not None
    # "Amelia in 4B", "Priya Shah (Year 13)", "Noah from 10C", "Charlie in my Year 4 class".
    for match in language.class_words.finditer(text.joined):
        index = text.word_index(match) - 1
        while index >= 0 and text.words[index][0] in ("in", "from", "of", "(", ",", "my", "-", "\u2013"):
            index -= 1
        if index >= 0 and _is_name(original(index)) and text.words[index][0] != SCHOOL_WORD:
            return text.words[index][1], text.span(match)[1]
    if not about_school:
        return None
    # "Well done Olivia", "Shoutout to Mr Adeyemi", in a post about school.
    for match in language.praise_words.finditer(text.joined):
        index = text.word_index(match) + len(match.group().split())
        if index < len(text.words) and text.words[index][0] in compiled.titles:
            index += 1
        if index < len(text.words) and _is_name(original(index)):
            return text.span(match)[0], text.words[index][2]
    # "Mrs Whitfield" not at the start of the text (where it is the writer's own name).
    for match in language.titles.finditer(text.joined):
        index = text.word_index(match)
        if 0 < index < len(text.words) - 1 and _is_name(original(index + 1)):
            return text.words[index][1], text.words[index + 1][2]
    # People tagged by their handles in a post about school (one handle may be the writer's own).
    school = _Spans(text.school_spans)
    handles = [h.span() for h in re.finditer(r"(?<![\w@])@[\w.]*\w", text.text) if not school.overlaps(h.span())]
    return (handles[0][0], handles[-1][1]) if len(handles) > 1 else None


def check_text(rules: TextRules, text: str, messages: dict[str, str]) -> tuple[list[Finding], bool, str]:
    """Findings for a profile bio or draft post, whether it names the school, and its disclaimer."""
    cleaned, cut = _cleaned(text)
    if not cleaned.strip():
        return [], False, "none"
    compiled = compile_rules(rules)
    read = _read(compiled, cleaned)
    findings = []
    if cut:
        findings.append(Finding("text-cut", "", True, messages["text-cut"]))
    names_school = bool(read.school_spans)
    role = compiled.role.search(cleaned.translate(ONE_APOSTROPHE)) if compiled.role else None
    clause = rules.identifying_clause
    if names_school:
        findings.append(Finding("identifies-school", clause, False, messages["identifies-school"],
                                _quote(read, *read.school_spans[0])))
    if role:
        findings.append(Finding("identifies-role", clause, False, messages["identifies-role"],
                                _quote(read, *role.span())))
    if not names_school and not role:
        findings.append(Finding("identifies-nothing", clause, True, messages["identifies-nothing"]))
    personal, dissociated = _disclaimer_status(compiled, read)
    status = "adequate" if personal and dissociated else "present" if personal or dissociated else "none"
    if rules.disclaimer_clause:
        findings.append(_disclaimer_finding(rules, messages, names_school, personal, dissociated))
    findings.extend(_post_findings(rules, compiled, read, messages))
    return findings, names_school, status


def _disclaimer_finding(rules: TextRules, messages: dict[str, str], names_school: bool, personal: bool,
                        dissociated: bool) -> Finding:
    clause = rules.disclaimer_clause
    if personal and dissociated:
        return Finding("disclaimer-adequate", clause, True, messages["disclaimer-adequate"])
    if not names_school:
        key = "disclaimer-not-needed-present" if personal or dissociated else "disclaimer-not-needed"
        return Finding(key, clause, True, messages[key])
    if personal:
        return Finding("disclaimer-personal-only", clause, False, messages["disclaimer-personal-only"])
    if dissociated:
        return Finding("disclaimer-dissociation-only", clause, False, messages["disclaimer-dissociation-only"])
    key = "disclaimer-missing" if rules.disclaimer else "disclaimer-missing-no-example"
    return Finding("disclaimer-missing", clause, False, messages[key])


# --- the privacy settings -------------------------------------------------------------------


def check_settings(checklist: Checklist, answers: dict[str, str]) -> tuple[list[Finding], int]:
    """The actions the answers call for, and how many questions were answered.

    Answers to questions or choices the checklist does not have (an old saved answer, a
    tampered form) are ignored.
    """
    findings = []
    answered = 0
    for platform in checklist.platforms:
        for question in platform.questions:
            choice = next((c for c in question.choices if c.id == answers.get(question.key)), None)
            if choice is None:
                continue
            answered += 1
            if choice.action:
                findings.append(Finding("setting", question.clause, False, f"{platform.name}: {choice.action}"))
    return findings, answered


def check(checklist: Checklist, text: str, answers: dict[str, str]) -> Result:
    settings, answered = check_settings(checklist, answers)
    found, names_school, disclaimer = check_text(checklist.text_rules, text, checklist.messages)
    return Result(names_school, disclaimer, tuple(found + settings), answered, checklist.text_rules.disclaimer)


@functools.lru_cache(maxsize=4)
def _checklist_from_json(text: str) -> Checklist:
    """The page sends the same checklist with every check: read it once."""
    return Checklist.from_json(text)


def check_json(checklist_json: str, requests_json: str) -> str:
    """The browser's entry point: a JSON list of ``{"text", "answers"}`` in, a list of results out.

    Batching lets a page (or a test) check many texts in one call across the worker boundary.
    """
    checklist = _checklist_from_json(checklist_json)
    results = []
    for request in json.loads(requests_json):
        answers = request.get("answers") or {}
        text = request.get("text") or ""
        if not isinstance(text, str) or not isinstance(answers, dict):
            raise ValueError("each request is {'text': str, 'answers': {question: choice}}")
        results.append(check(checklist, text, {str(k): str(v) for k, v in answers.items()}).to_dict())
    return json.dumps(results, ensure_ascii=False)
