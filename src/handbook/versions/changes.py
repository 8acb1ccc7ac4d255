"""What each review changed: the comparisons behind the change logs, the archived pages' links to
the current version, and where the old anchors of renumbered clauses now point.

A build compares each pair of versions once: ``ChangeLog`` keeps the results.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from ..markdown_extensions.references import POLICY_LINK
from ..model import Handbook, NoChangeReview, Policy, PolicyHistory
from .diffing import ChangeKind, ClauseChange, compare_clauses
from .part_changes import PartChange, compare_parts


@dataclass(frozen=True)
class Comparison:
    """Two versions of a policy, clause by clause, in the newer one's reading order."""

    old: Policy
    new: Policy
    changes: tuple[ClauseChange, ...]
    # Changes outside the clauses: front matter, headings, introductions (handbook.versions.part_changes).
    part_changes: tuple[PartChange, ...] = ()

    @property
    def anchor(self) -> str:
        """The comparison's id on the change log page: ``compare-1.0-3.0``."""
        return f"compare-{self.old.meta.version}-{self.new.meta.version}"

    def of_kind(self, kind: ChangeKind) -> list[ClauseChange]:
        return [change for change in self.changes if change.kind is kind]

    @property
    def moved(self) -> list[ClauseChange]:
        return [change for change in self.changes if change.moved]

    @property
    def renumbered_only(self) -> list[ClauseChange]:
        """Clauses whose text and place are the same, under a new number."""
        return [c for c in self.changes if c.kind is ChangeKind.UNCHANGED and c.renumbered and not c.moved]

    def counts(self) -> dict[str, int]:
        return {
            "added": len(self.of_kind(ChangeKind.ADDED)),
            "removed": len(self.of_kind(ChangeKind.REMOVED)),
            "amended": len(self.of_kind(ChangeKind.AMENDED)),
            "moved": len(self.moved),
            "renumbered": len(self.renumbered_only),
        }

    def new_anchors(self) -> dict[str, str | None]:
        """Each old clause's anchor -> the anchor of the same clause in the new version (None: removed)."""
        return {c.old.anchor: c.new.anchor if c.new else None for c in self.changes if c.old is not None}


@dataclass(frozen=True)
class Entry:
    """One review in the change log: a new version (with its comparison), or a review with no change."""

    policy: Policy  # the current version, for the title and address
    day: date | None
    version: Policy  # the version approved, or the one kept by a no-change review
    review: NoChangeReview | None = None
    comparison: Comparison | None = None  # None for the first version and for no-change reviews

    @property
    def anchor(self) -> str:
        """The entry's id on the policy's change log page: ``version-2.0`` or ``review-2024-07-08``."""
        if self.review:
            return f"review-{self.review.on.isoformat()}"
        return "version-" + re.sub(r"[^0-9A-Za-z.-]+", "-", self.version.meta.version)

    @property
    def approved_by(self) -> str | None:
        return self.review.by if self.review else self.version.meta.approved_by

    @property
    def summary(self) -> str | None:
        return self.review.summary if self.review else self.version.meta.summary


@dataclass
class ChangeLog:
    """The comparisons of one build, each made once."""

    handbook: Handbook
    _comparisons: dict[tuple[str, str, str], Comparison] = field(default_factory=dict, repr=False)
    _linking: dict[str, list[Policy]] | None = field(default=None, repr=False)

    def compare(self, old: Policy, new: Policy) -> Comparison:
        key = (new.meta.id, old.meta.version, new.meta.version)
        if key not in self._comparisons:
            changes = compare_clauses(old.clauses, new.clauses)
            parts = compare_parts(old, new)
            self._comparisons[key] = Comparison(old, new, changes, parts)
        return self._comparisons[key]

    def linking_to(self, policy_id: str) -> list[Policy]:
        """The other policies, in the handbook's order, a version of which links to ``policy_id``'s
        (``policy:<id>``): the only ones whose references a review of it can move. The links are read once a
        build: reading every policy again for each review grew with the square of the policies (issue 20)."""
        if self._linking is None:
            self._linking = defaultdict(list)
            for policy in self.handbook.policies:
                versions = self.handbook.history(policy).versions
                linked = {link["id"] for version in versions for link in POLICY_LINK.finditer(version.body_text)}
                for target in sorted(linked - {policy.meta.id}):
                    self._linking[target].append(policy)
        return self._linking.get(policy_id, [])

    def entries(self, policy: Policy) -> list[Entry]:
        """The policy's reviews, newest first."""
        history = self.handbook.history(policy)
        entries = []
        for version in history.versions:
            previous = history.previous(version)
            comparison = self.compare(previous, version) if previous else None
            day = version.meta.approved_on or version.meta.effective_from
            entries.append(Entry(policy, day, version, comparison=comparison))
        for review in history.no_change_reviews:
            entries.append(Entry(policy, review.on, history.version(review.version) or policy, review=review))
        return sorted(entries, key=_newest_first)

    def all_entries(self) -> list[Entry]:
        """Every review of every policy, newest first; undated ones (TBC) last."""
        return sorted((e for p in self.handbook.policies for e in self.entries(p)), key=_newest_first)

    def other_comparisons(self, history: PolicyHistory) -> list[Comparison]:
        """Comparisons of versions that are not next to each other (those are in the review entries)."""
        versions = history.versions
        return [
            self.compare(versions[i], versions[j])
            for i in range(len(versions))
            for j in range(i + 2, len(versions))
        ]

    def forwards(self, history: PolicyHistory) -> dict[str, str]:
        """Old anchors of clauses renumbered since -> their anchors in the current version.

        An old anchor is forwarded only when no current clause has it: "#clause-4" may now be
        another clause, and then it stays that clause's. When versions disagree (clause 4 of
        version 1 and clause 4 of version 2 are now different clauses), the newer version wins,
        as links made from it are the more likely to be followed.
        """
        current = history.current
        taken = {clause.anchor for clause in current.clauses}
        forwards: dict[str, str] = {}
        for version in history.archived:
            for old, new in self.compare(version, current).new_anchors().items():
                if new and old != new and old not in taken:
                    forwards[old] = new
        return forwards


def _newest_first(entry: Entry) -> tuple[bool, int]:
    """Undated entries (TBC) last, the rest by day, newest first."""
    return (entry.day is None, -entry.day.toordinal() if entry.day else 0)
