"""The staff self-check: does a profile text identify the school, and what do privacy answers call for.

This module runs twice: under CPython in the tests and under Pyodide in the reader's browser,
where it is shipped as a wheel of its own. So it imports nothing outside the standard library
and nothing else of this package. Its input is a ``Checklist`` (built from ``checklist.yml`` by
``handbook.checklist``, handed to the browser as JSON) and what the reader typed or chose.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import asdict, dataclass

# Characters that do not show but can sit inside a word ("St Hu\u200bgh's"): soft hyphen,
# zero-width spaces and joiners, direction marks and embeddings, the byte-order mark.
_INVISIBLE_CHARS = "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e" \
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
_APOSTROPHES = "'\u2018\u2019\u201b\u02bc`\u00b4\uff07"
_WITHOUT_INVISIBLE = str.maketrans("", "", _INVISIBLE_CHARS)
_UNSEEN = re.compile(f"[{_INVISIBLE_CHARS}{_APOSTROPHES}]+")
# Inside a word: invisible characters or an apostrophe anywhere ("Hugh's", "Hughs", "Hugh\u2019s").
_WITHIN_WORD = f"[{_INVISIBLE_CHARS}{_APOSTROPHES}]*"
# Between the words of a name: spaces, dots, hyphens, underscores ("St. Hughs", "st_hughs") or nothing.
_BETWEEN_WORDS = rf"[\s.\-_{_INVISIBLE_CHARS}]*"
_NOT_WORD_BEFORE = r"(?<![^\W_])"
_NOT_WORD_AFTER = r"(?![^\W_])"


@dataclass(frozen=True)
class Choice:
    id: str
    label: str
    action: str = ""  # what to do when this is the answer; empty when nothing needs doing


@dataclass(frozen=True)
class Question:
    key: str  # unique on the page, e.g. "facebook-visibility": the form field's name
    text: str
    clause: str  # the clause it cites, as people write it: "19"
    choices: tuple[Choice, ...]


@dataclass(frozen=True)
class Platform:
    name: str
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class TextRules:
    """What the profile text check looks for, and the clauses its findings cite."""

    school_names: tuple[str, ...]
    roles: tuple[str, ...]
    personal_phrases: tuple[str, ...]  # "views are my own"
    not_representing_phrases: tuple[str, ...]  # "do not represent"
    identifying_clause: str
    disclaimer_clause: str
    disclaimer: str  # the ready disclaimer offered to copy


@dataclass(frozen=True)
class Checklist:
    title: str
    text_rules: TextRules
    platforms: tuple[Platform, ...]

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Checklist:
        data = json.loads(text)
        rules = data["text_rules"]
        return cls(
            title=data["title"],
            text_rules=TextRules(**{key: tuple(v) if isinstance(v, list) else v for key, v in rules.items()}),
            platforms=tuple(
                Platform(
                    name=platform["name"],
                    questions=tuple(
                        Question(
                            key=q["key"],
                            text=q["text"],
                            clause=q["clause"],
                            choices=tuple(Choice(**choice) for choice in q["choices"]),
                        )
                        for q in platform["questions"]
                    ),
                )
                for platform in data["platforms"]
            ),
        )


@dataclass(frozen=True)
class Finding:
    kind: str  # identifies-school, identifies-role, identifies-nothing, disclaimer-*, setting
    clause: str
    ok: bool  # True when nothing needs doing
    message: str
    quote: str = ""  # the words found in the text


@dataclass(frozen=True)
class Result:
    findings: tuple[Finding, ...]
    disclaimer: str
    answered: int  # how many privacy questions were answered

    def to_dict(self) -> dict:
        return asdict(self)


# --- the profile text -----------------------------------------------------------------------


def _name_pattern(name: str) -> str:
    """A name as people really write it: any case, curly or straight or no apostrophe, with or
    without spaces and dots between its words, invisible characters anywhere inside."""
    words = [_UNSEEN.sub("", word) for word in re.split(r"[\s.\-_]+", name)]
    return _BETWEEN_WORDS.join(_WITHIN_WORD.join(map(re.escape, word)) for word in words if word)


def _finder(names: tuple[str, ...], plural: bool = False) -> re.Pattern[str]:
    """One pattern for all the names, longest first, matching whole words only."""
    alternatives = "|".join(_name_pattern(n) for n in sorted(names, key=len, reverse=True))
    ending = "s?" if plural else ""
    return re.compile(f"{_NOT_WORD_BEFORE}(?:{alternatives}){ending}{_NOT_WORD_AFTER}", re.IGNORECASE)


def _plain(text: str) -> str:
    """Lower case, no apostrophes or invisible characters, single spaces: for phrase matching."""
    return " ".join(_UNSEEN.sub("", text).casefold().split())


def _phrase_finder(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for all the phrases, to search a plain text once rather than once per phrase."""
    return re.compile(r"\b(?:" + "|".join(re.escape(_plain(p)) for p in phrases) + r")\b")


def check_text(rules: TextRules, text: str) -> list[Finding]:
    """Findings for a profile bio or draft post; none for empty text."""
    if not text.strip():
        return []
    school = _finder(rules.school_names).search(text)
    role = _finder(rules.roles, plural=True).search(text)
    findings = []
    if school:
        findings.append(
            Finding(
                "identifies-school",
                rules.identifying_clause,
                False,
                "The text names the school. The policy advises not identifying your employer on "
                "personal accounts; if you do, add a disclaimer.",
                _shown(school[0]),
            )
        )
    if role:
        findings.append(
            Finding(
                "identifies-role",
                rules.identifying_clause,
                False,
                "The text names a school role. The policy advises not identifying your role on personal accounts.",
                _shown(role[0]),
            )
        )
    if not school and not role:
        findings.append(
            Finding(
                "identifies-nothing",
                rules.identifying_clause,
                True,
                "The text names neither the school nor a school role.",
            )
        )
    if school:
        findings.append(_disclaimer_finding(rules, text))
    return findings


def _disclaimer_finding(rules: TextRules, text: str) -> Finding:
    plain_text = _plain(text)
    personal = _phrase_finder(rules.personal_phrases).search(plain_text)
    not_representing = _phrase_finder(rules.not_representing_phrases).search(plain_text)
    clause = rules.disclaimer_clause
    if not personal and not not_representing:
        return Finding(
            "disclaimer-missing",
            clause,
            False,
            "The text identifies the school but has no disclaimer. Add one, such as the one below.",
        )
    lacking = []
    if not personal:
        lacking.append("say the views are your own")
    if not not_representing:
        lacking.append("say they do not represent the school")
    if lacking:
        return Finding(
            "disclaimer-inadequate",
            clause,
            False,
            f"The disclaimer does not {' or '.join(lacking)}. Use one such as the one below.",
        )
    return Finding(
        "disclaimer-adequate",
        clause,
        True,
        "The disclaimer says the views are your own and do not represent the school, which it names.",
    )


def _shown(words: str) -> str:
    """The words found, without the invisible characters that may have hidden them."""
    return words.translate(_WITHOUT_INVISIBLE)


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
    return Result(tuple(check_text(checklist.text_rules, text) + settings), checklist.text_rules.disclaimer, answered)


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
