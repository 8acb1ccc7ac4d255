"""The data model: a handbook holds policies; a policy holds metadata and sections of clauses."""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Protocol

from dateutil.relativedelta import relativedelta

from .errors import display_path


class Status(enum.StrEnum):
    DRAFT = "draft"
    CURRENT = "current"
    SUPERSEDED = "superseded"


@dataclass(frozen=True)
class ReviewPeriod:
    """How often a policy is reviewed, as written in front matter ("3 years", "18 months")."""

    years: int = 0
    months: int = 0

    def after(self, day: date) -> date:
        return _after(self.years, self.months, day)

    def __str__(self) -> str:
        parts = []
        for amount, unit in ((self.years, "year"), (self.months, "month")):
            if amount:
                parts.append(f"{amount} {unit}{'s' if amount != 1 else ''}")
        return " ".join(parts)


@lru_cache(maxsize=4096)
def _after(years: int, months: int, day: date) -> date:
    """Kept: every page, check and dashboard asks each policy its next review date (relativedelta is slow)."""
    return day + relativedelta(years=years, months=months)


@dataclass(frozen=True)
class PolicyMeta:
    """A policy's front matter. ``None`` marks a value the organisation has yet to confirm (TBC)."""

    id: str
    title: str
    organisation: str
    version: str
    status: Status
    owner: str | None
    approved_by: str | None
    approved_on: date | None
    effective_from: date | None
    review_every: ReviewPeriod | None
    applies_to: tuple[str, ...]
    related: tuple[str, ...] = ()
    summary: str | None = None  # what this version changed, shown in the version table
    acknowledge: bool = False  # staff confirm they have read each version (handbook.acknowledgements)
    statutory: bool = False  # the law or statutory guidance requires the policy
    statutory_review: ReviewPeriod | None = None  # the review period it sets, if it sets one
    # Numbers the policy leaves out on purpose, as published or to keep its citations after a clause went ("11")
    skipped_numbers: tuple[str, ...] = ()
    # The policy is chapter N of a numbered set (Datica's "19. Employees Policy"): its numbers run N.1, N.2 ...
    chapter: int | None = None
    # Not front matter: the latest review that left this version unchanged (policy_src/<id>/reviews.yml).
    reviewed_on: date | None = None

    @property
    def last_reviewed(self) -> date | None:
        """The approval or the latest no-change review, whichever is later (or the start date)."""
        dates = [d for d in (self.approved_on, self.reviewed_on) if d]
        return max(dates) if dates else self.effective_from

    @property
    def next_review_due(self) -> date | None:
        """The last review (see ``last_reviewed``) plus the review period; None while either is TBC."""
        last_review = self.last_reviewed
        return self.review_every.after(last_review) if last_review and self.review_every else None

    def review_overdue(self, today: date) -> bool:
        due = self.next_review_due
        return due is not None and due < today

    @property
    def statutory_review_due(self) -> date | None:
        """When the law's review period (else the policy's own) runs out; None for a policy the law does not require."""
        last_review, period = self.last_reviewed, self.statutory_review or self.review_every
        if not self.statutory or last_review is None or period is None:
            return None
        return period.after(last_review)

    def statutory_review_overdue(self, today: date) -> bool:
        due = self.statutory_review_due
        return due is not None and due < today


# A clause number: (12,), (3, 1, 2), or in an appendix with its own numbering ("A", 1) for "A.1".
ClauseNumber = tuple[int | str, ...]


_DECIMAL = re.compile(r"(?:\d+(?:\.\d+)*|[A-Z](?:\.\d+)+)\.?")
# A number in Roman numerals up to 39, as bylaws and acts number their articles and parts: "IV", "XVIII".
ROMAN_NUMBER = r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})"
# The words that number headings: "Section 3", "Article 5", "Article IV", "Part 2", "Chapter 4", and a union's or a
# club's "Rule 3", with its parts ("Part 1") under it
NUMBERING_WORDS = "Section|Article|Part|Chapter|Rule"
_NAMED = re.compile(rf"(?:{NUMBERING_WORDS})\s+(?P<number>\d+(?:\.\d+)*|{ROMAN_NUMBER})", re.IGNORECASE)
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
_ROMAN_LABEL = re.compile(rf"(?P<number>{ROMAN_NUMBER})\.")  # "IV." of a heading "## IV. Policy"


def is_decimal(label: str) -> bool:
    """Whether a label is decimal numbering ("12.", "3.1.2", "A.1"), as against a document's own
    scheme ("POL.ITAUP.001", "A1", "Section 3"): handbook.source.schemes."""
    return bool(_DECIMAL.fullmatch(label))


def number_of(label: str) -> ClauseNumber:
    """The number of a label as typed: "12." -> (12,), "3.1.2" -> (3, 1, 2), "A.1" -> ("A", 1);
    "Section 3" -> (3,), "Article IV" -> (4,) and "Part 2.1" -> (2, 1), places in the decimal numbering;
    "IV." -> (4,) and "C." (a lettered heading under one of those) -> (3,) too; any other scheme its
    label, ("POL.ITAUP.001",)."""
    if roman := _ROMAN_LABEL.fullmatch(label):
        return (_roman_value(roman["number"]),)
    if re.fullmatch(r"[A-Z]\.", label):  # "C." under "## VI. Procedures" (source.schemes): its third part
        return (ord(label[0]) - ord("A") + 1,)
    if named := _NAMED.fullmatch(label):
        if not named["number"][0].isdigit():
            return (_roman_value(named["number"].upper()),)
        return tuple(int(part) for part in named["number"].split("."))
    if not is_decimal(label):
        return (label.rstrip("."),)
    return tuple(int(part) if part.isdigit() else part.upper() for part in label.rstrip(".").split("."))


def _roman_value(numeral: str) -> int:
    values = [_ROMAN_VALUES[digit] for digit in numeral]
    following = [*values[1:], 0]
    return sum(-value if value < after else value for value, after in zip(values, following, strict=True))


def number_in_run(label: str, run: str) -> ClauseNumber:
    """A label's number within a lettered section whose numbers start again ("### 4." under "## D." is
    ("D", 4)); outside one (``run`` empty), ``number_of``."""
    return (run, *number_of(label)) if run else number_of(label)


def anchor_in_run(label: str, run: str) -> str:
    """The element id of a label within a lettered section (``clause-d-4``); outside one, ``anchor_of_label``."""
    return anchor_for(number_in_run(label, run)) if run else anchor_of_label(label)


def anchor_of_section(label: str, run: str = "", within: str = "") -> str:
    """The element id of a numbered heading: as ``anchor_in_run``; under the heading ``within`` whose
    numbers its own start again under ("Section 1" within "Article IV"), both: ``article-iv-section-1``."""
    if within and _ROMAN_LABEL.fullmatch(within):  # "C." under "VI.": section-vi-c
        return f"{anchor_of_label(within)}-{label.rstrip('.').lower()}"
    if run and not is_decimal(label):  # a part numbered by a word ("CHAPTER 2"), in its word's run: chapter-2
        return anchor_of_label(label)
    return anchor_of_label(f"{within} {label}") if within else anchor_in_run(label, run)


def anchor_of_label(label: str) -> str:
    """The element id of a clause or heading by its label: decimals as ``anchor_for`` ("3.1" ->
    "clause-3-1"); a document's own scheme its letters and digits in lower case, joined by hyphens
    ("POL.ITAUP.001" -> "pol-itaup-001", "Article 5" -> "article-5"); a Roman numeral alone as the
    document cites it, "Section IV" ("IV." -> "section-iv")."""
    if is_decimal(label):
        return anchor_for(number_of(label))
    if _ROMAN_LABEL.fullmatch(label):
        return f"section-{label.rstrip('.').lower()}"
    return "-".join(re.findall(r"[a-z0-9]+", label.lower()))


def dotted(number: ClauseNumber) -> str:
    """A number as people cite it: "12", "3.1.2", "A.1"."""
    return ".".join(map(str, number))


@dataclass(frozen=True)
class Clause:
    """A numbered clause: its number as typed ("12.", "3.1.2", "A.1") and its Markdown text.

    ``text`` is everything after the number up to the next clause or heading, sub-points included.
    ``line`` is the line of the number in the source file, so errors can point at it.
    """

    label: str
    text: str
    line: int
    run: str = ""  # the letter of a lettered section ("## D. Content") or a Roman part whose numbers start again: D.4

    @cached_property  # asked for often when versions are compared
    def number(self) -> ClauseNumber:
        return number_in_run(self.label, self.run)

    @property
    def dotted(self) -> str:
        """The number as people cite it: "12", "3.1.2", "A.1"; a label of another scheme as typed."""
        return dotted(self.number) if is_decimal(self.label) else self.label

    @cached_property  # asked for several times per clause by every page (issue 20: 3% of a build)
    def anchor(self) -> str:
        return anchor_in_run(self.label, self.run)


def anchor_for(number: ClauseNumber) -> str:
    """The stable element id of a clause: ``clause-12``, ``clause-3-1-2``, ``clause-a-1``.

    Ids are unique by construction: a clause's id is made of numbers (an appendix's letter
    first), a point's id adds a letter or a word (``clause-4-1-a``, ``clause-12-be-legal``).
    """
    return ("clause-" + "-".join(map(str, number))).lower().replace(" ", "-")  # ("CHAPTER 2", 1): clause-chapter-2-1


@dataclass(frozen=True)
class Paragraph:
    """A top-level block of unnumbered text under a heading: a paragraph, list, table or quote.

    Policies without clause numbers are made of these; each is cited by its heading and its place
    under it ("'Photography', paragraph 2") and linked by ``anchor``: the heading's slug and the
    place ("photography-p2"), so editing other parts of the policy leaves it as it was.
    """

    text: str
    line: int  # the source line it starts on
    position: int  # 1 for the first block under its heading
    anchor: str
    heading: str | None  # the heading it sits under, as written; None before the first heading

    @property
    def name(self) -> str:
        """How people cite it within the policy: "'Photography', paragraph 2"."""
        under = f"'{self.heading}', " if self.heading else ""
        return f"{under}paragraph {self.position}"


@dataclass(frozen=True)
class Section:
    """A heading of the policy body and what follows it up to the next heading.

    ``intro`` is the unnumbered Markdown between the heading and the first clause (all of the
    section's text in a policy without numbers), as written; ``paragraphs`` cut it into the blocks
    a reader sees, each citable. The section before the first heading, if any, has no heading. A
    numbered heading (``## 1. PURPOSE``) has a ``label`` ("1.") and takes its place in the clause
    numbering: clauses 1.1, 1.2 follow it.
    """

    heading: str | None
    level: int
    line: int
    intro: str = ""
    intro_line: int = 0  # the source line the introduction starts on
    clauses: tuple[Clause, ...] = ()
    label: str | None = None  # "1." for "## 1. PURPOSE AND SCOPE"; None for an unnumbered heading
    paragraphs: tuple[Paragraph, ...] = ()
    run: str = ""  # as Clause.run: "### 4. License Grant to Us" under "## D. Content" is D.4
    # The label of the heading numbered by another word that it is under ("Article IV"), where its own
    # word's numbers start again under each such heading: "### Section 1" under "## Article IV" is 4.1
    within: str = ""

    @property
    def number(self) -> ClauseNumber | None:
        if self.label and self.within:
            return (*number_of(self.within), *number_of(self.label))
        return number_in_run(self.label, self.run) if self.label else None

    @property
    def anchor(self) -> str | None:
        return anchor_of_section(self.label, self.run, self.within) if self.label else None

    @property
    def title(self) -> str | None:
        """The heading without its number: "PURPOSE AND SCOPE" (of "Section 3: PURPOSE AND SCOPE" too)."""
        if self.heading is None or not self.label:
            return self.heading
        return self.heading[len(self.label) :].strip().lstrip(":.-\u2013\u2014 ") or self.heading


@dataclass(frozen=True)
class StructureWarning:
    """Structure Markdown would lose at a line of a policy file (handbook.source.structure_checks)."""

    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{display_path(self.path)}:{self.line}: {self.message}"


@dataclass(frozen=True)
class Policy:
    meta: PolicyMeta
    sections: tuple[Section, ...]
    source: Path
    # The source line of each front matter key, so later checks can point at it.
    key_lines: dict[str, int] = field(default_factory=dict, compare=False, repr=False)
    # Structure Markdown would lose: printed by check, build and import.
    warnings: tuple[StructureWarning, ...] = field(default=(), compare=False, repr=False)

    @property
    def clauses(self) -> tuple[Clause, ...]:
        return tuple(clause for section in self.sections for clause in section.clauses)

    def clause(self, number: ClauseNumber) -> Clause | None:
        return next((c for c in self.clauses if c.number == number), None)

    @property
    def numbered_sections(self) -> tuple[Section, ...]:
        return tuple(section for section in self.sections if section.label)

    @property
    def numbers(self) -> set[ClauseNumber]:
        """Every number a reference may cite: the clauses' and the numbered headings'."""
        return {c.number for c in self.clauses} | {s.number for s in self.numbered_sections if s.number}

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        return tuple(paragraph for section in self.sections for paragraph in section.paragraphs)

    @cached_property  # searched once for each pair of versions a change log compares (versions.moved_references)
    def body_text(self) -> str:
        """The sections' introductions and the clauses' texts, one after another, each on lines of its own."""
        return "\n".join([*(section.intro for section in self.sections), *(clause.text for clause in self.clauses)])

    def citation(self, unit: Clause | Paragraph) -> str:
        """How staff cite a clause or a paragraph: "St Hugh's School Social Media Policy, clause 18",
        "Riverside FC Safeguarding Policy, 'Photography', paragraph 2"."""
        cited = unit.name if isinstance(unit, Paragraph) else f"clause {unit.dotted}"
        return f"{self.meta.organisation} {self.meta.title}, {cited}"


@dataclass(frozen=True)
class NoChangeReview:
    """A review that kept the policy as it was: "reviewed on DATE by WHOM, no change"."""

    on: date
    by: str
    version: str  # the version that was reviewed and kept
    summary: str | None = None
    line: int = 0  # its line in reviews.yml


@dataclass(frozen=True)
class PolicyHistory:
    """Every approved version of one policy, oldest first (the last is the current one), and the
    reviews that changed nothing. Drafts of the next version are not part of it: they are unpublished.
    """

    versions: tuple[Policy, ...]
    no_change_reviews: tuple[NoChangeReview, ...] = ()

    @property
    def current(self) -> Policy:
        return self.versions[-1]

    @property
    def archived(self) -> tuple[Policy, ...]:
        return self.versions[:-1]

    @property
    def has_been_reviewed(self) -> bool:
        """Whether any review is on record: a later version, or a review that changed nothing."""
        return len(self.versions) > 1 or bool(self.no_change_reviews)

    def version(self, version: str) -> Policy | None:
        return next((v for v in self.versions if v.meta.version == version), None)

    def previous(self, policy: Policy) -> Policy | None:
        index = self.versions.index(policy)
        return self.versions[index - 1] if index else None

    def effective_to(self, policy: Policy) -> date | None:
        """The last day ``policy`` was in force: the day before the next version took effect."""
        index = self.versions.index(policy)
        if index + 1 == len(self.versions):
            return None
        following = self.versions[index + 1].meta.effective_from
        return following - timedelta(days=1) if following else None


@dataclass(frozen=True)
class Handbook:
    """``policies`` holds the current version of every policy; ``histories`` their past, by id."""

    policies: tuple[Policy, ...] = field(default_factory=tuple)
    histories: dict[str, PolicyHistory] = field(default_factory=dict, compare=False)

    def policy(self, policy_id: str) -> Policy | None:
        return next((p for p in self.policies if p.meta.id == policy_id), None)

    def history(self, policy: Policy) -> PolicyHistory:
        """The policy's versions; a policy without archived versions has just its current one."""
        return self.histories.get(policy.meta.id) or PolicyHistory((policy,))


class Keeper(Protocol):
    """Where a build keeps, between builds, what it works out for each policy (the page cache's ``keep``,
    handbook.mkdocs_build.page_cache): ``compute()``, or what it gave an earlier build for an equal ``made_from``,
    which must hold everything ``compute`` reads."""

    def __call__[T](self, kind: str, made_from: object, compute: Callable[[], T]) -> T: ...


def compute_now[T](kind: str, made_from: object, compute: Callable[[], T]) -> T:
    """The Keeper that keeps nothing (``handbook check`` and the commands)."""
    return compute()
