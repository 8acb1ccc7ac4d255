"""The self-check's checklist (what the checker is given) and its result (what it gives back).

Like ``checker``, this module runs under CPython and under Pyodide in the reader's browser, shipped
in the same wheel, so it imports nothing outside the standard library and nothing else of this
package. ``handbook.selfcheck.checklist`` builds a ``Checklist`` from ``checklist.yml``; the page
hands it to the browser as JSON, and ``Checklist.from_json`` reads it back there.
"""

import json
from dataclasses import asdict, dataclass, fields, is_dataclass

# No "from __future__ import annotations" (nor typing) here: the dataclasses' field types are real
# types that ``_from_plain`` reads, which is quicker under Pyodide than resolving strings with typing.

@dataclass(frozen=True)
class Choice:
    id: str
    label: str
    action: str = ""  # what to do when this is the answer; empty when nothing needs doing


@dataclass(frozen=True)
class Question:
    key: str  # unique on the page, e.g. "facebook-visibility": the form field's name
    text: str
    clause: str  # the clause it cites, as people write it: "19"; "" for the school's own guidance
    choices: tuple[Choice, ...]


@dataclass(frozen=True)
class Platform:
    name: str
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class DisclaimerWords:
    """One language's words for a disclaimer (see defaults.yml)."""

    opinion_words: tuple[str, ...]  # views, tweets
    own_after: tuple[str, ...]  # "views [are] my own"
    own_before: tuple[str, ...]  # "personal account"
    own_before_in_contrast: tuple[str, ...]  # "my views, not the school's": personal only beside a dissociation
    personal_phrases: tuple[str, ...]  # "RTs ≠ endorsements"
    negations: tuple[str, ...]
    linking_words: tuple[str, ...]  # "not [necessarily] represent [those of] my employer"
    employer_words: tuple[str, ...]  # besides the school's names


@dataclass(frozen=True)
class PostCheck:
    """A finding for a draft post: one word of each group within one sentence (or the text)."""

    kind: str  # negative-remarks, confidential, ...: also the key of its message
    clause: str
    scope: str  # "sentence" or "text"
    all_of: tuple[tuple[str, ...], ...]
    except_words: tuple[str, ...] = ()  # words that do not count even though they contain a group's: "my mum"


@dataclass(frozen=True)
class IdentifyingWords:
    """One language's words for finding people named in a post about school."""

    class_words: tuple[str, ...]  # "Year 9", "10C"
    praise_words: tuple[str, ...]  # "well done"
    titles: tuple[str, ...]  # "Mrs"
    school_words: tuple[str, ...]  # what makes a post one about school


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    disclaimer: DisclaimerWords
    posts: tuple[PostCheck, ...]
    identifying: IdentifyingWords


@dataclass(frozen=True)
class TextRules:
    """What the text check looks for, and the clauses its findings cite."""

    school_names: tuple[str, ...]
    abbreviations: tuple[str, ...]  # "SHS": whole words, or the start of a run-together word
    not_the_school: tuple[str, ...]  # institutions with similar names: "St Hugh's College"
    roles: tuple[str, ...]
    identifying_clause: str
    disclaimer_clause: str  # "" when the checklist does not assess disclaimers
    disclaimer: str  # the policy's example disclaimer, offered to copy; "" when it has none
    identifies_people_clause: str  # "" when posts are not checked for people named
    languages: tuple[Language, ...]


@dataclass(frozen=True)
class Checklist:
    title: str
    text_rules: TextRules
    platforms: tuple[Platform, ...]
    messages: dict[str, str]  # every message a reader sees, by key (defaults.yml)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> "Checklist":
        return _from_plain(cls, json.loads(text))


def _from_plain(kind: type, data: object) -> object:
    """A dataclass (or tuple of them) back from what ``asdict`` and JSON made of it."""
    if is_dataclass(kind):
        return kind(**{f.name: _from_plain(f.type, data[f.name]) for f in fields(kind) if f.name in data})
    if getattr(kind, "__origin__", None) is tuple:
        return tuple(_from_plain(kind.__args__[0], value) for value in data)
    return data


# --- the result -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    kind: str  # identifies-*, disclaimer-*, a post check's kind, setting, text-cut
    clause: str  # "" for the school's own guidance or a note about the text
    ok: bool  # True when nothing needs doing
    message: str
    quote: str = ""  # the words found in the text


@dataclass(frozen=True)
class Result:
    names_school: bool
    disclaimer: str  # "none", "present" or "adequate"
    findings: tuple[Finding, ...]
    answered: int  # how many privacy questions were answered
    example_disclaimer: str  # the policy's own, to copy; "" when it has none

    def to_dict(self) -> dict:
        return asdict(self)
