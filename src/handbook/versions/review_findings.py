"""What the review assistant (handbook.versions.review_check) reports: a finding with the clause and the words, a
policy's report, and the passages of a policy it reads."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from functools import cached_property

from ..model import Policy
from .review_rules import StatutoryPolicy, StatutorySource


@dataclass(frozen=True)
class Finding:
    rule: str  # one of review_rules.RULES
    words: str  # the words found, exactly as the policy has them
    proposal: str
    clause: str | None = None  # the clause's number as cited ("19"); None for unnumbered text or the whole policy
    anchor: str | None = None  # its element id on the policy's page
    line: int | None = None  # its line in the policy file
    link: str | None = None  # the id of a handbook policy the proposal points to
    link_title: str | None = None
    paragraph: str | None = None  # unnumbered text as cited: "'Photography', paragraph 2"

    @property
    def where(self) -> str:
        if self.clause:
            return f"clause {self.clause}"
        return self.paragraph or ("the policy" if self.line is None else "introduction")


@dataclass(frozen=True)
class ReviewReport:
    policy: Policy
    findings: tuple[Finding, ...]
    sector: str | None
    missing_statutory: tuple[StatutoryPolicy, ...]  # empty unless the sector says which policies it must have
    statutory_sources: tuple[StatutorySource, ...] = ()  # the DfE pages that list them for the sector

    def as_json(self) -> dict[str, object]:
        return {
            "policy": self.policy.meta.id,
            "version": self.policy.meta.version,
            "findings": [asdict(f) for f in self.findings],
            "sector": self.sector,
            "missing_statutory": [
                {"name": p.name, "review": str(p.review) if p.review else None} for p in self.missing_statutory
            ],
            "statutory_sources": [asdict(source) for source in self.statutory_sources],
        }


@dataclass(frozen=True)
class Passage:
    """A clause, or a paragraph of unnumbered text: its place and its paragraphs as plain text."""

    clause: str | None
    anchor: str | None
    line: int
    paragraphs: tuple[str, ...]
    markdown: str  # as written, links and all
    paragraph: str | None = None  # an unnumbered paragraph's citation: "'Photography', paragraph 2"

    @property
    def where(self) -> str:
        return f"clause {self.clause}" if self.clause else self.paragraph or "introduction"

    def place(self) -> Passage:
        """The passage without its text: where a finding is, all a name's use keeps (at 2,000 policies, the uses kept
        every passage named in them, with its text, to the end of the review dashboard: benchmarks/README.md)."""
        return replace(self, paragraphs=(), markdown="")

    def finding(self, rule: str, words: str, proposal: str, **more: str | None) -> Finding:
        return Finding(rule, words, proposal, self.clause, self.anchor, self.line, paragraph=self.paragraph, **more)

    @cached_property
    def text(self) -> str:
        return "\n".join(self.paragraphs)

    @cached_property
    def folded(self) -> str:
        """The text in lower case, to skip the terms whose hint it lacks."""
        return self.text.casefold()
