"""References from other policies that a review leaves pointing elsewhere.

Another policy refers to a clause by its number (``policy:data-protection#clause-3``). When a review
removes that clause, or renumbers it, the reference no longer means what it meant: it names no clause
(the build refuses it), or a different one (the build cannot tell). The change log says so under
each review (handbook.pages.change_log_pages), and ``handbook review approve`` refuses the first and
warns of the second before anything is written (handbook.versions.reviews).

Clauses keep their identity across versions by text (handbook.versions.diffing), as for links made
before a renumbering (handbook.pages.link_history).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from ..errors import display_path
from ..markdown_extensions.backlinks import Referral, referrals
from ..model import ClauseNumber, Policy, PolicyHistory, dotted
from .changes import ChangeLog, Comparison
from .diffing import ClauseChange


@dataclass(frozen=True)
class MovedReference:
    """A reference in another policy to clause ``number`` of the old version, which the new one
    renumbers to ``now`` or removes (``now`` None)."""

    referral: Referral
    number: ClauseNumber
    now: ClauseNumber | None
    resolves: bool  # the new version still has a clause (or numbered part) numbered ``number``

    def sentence(self, policy_title: str, version: str = "this version") -> str:
        """What happened, such as: Clause 3.2 of the Acceptable Use of IT Policy refers to clause 3 of the
        Data Protection Policy, which this version renumbers to 4: the reference now points at a different clause."""
        referrer = self.referral.referrer
        label = referrer.label[0].upper() + referrer.label[1:]
        done = f"renumbers to {dotted(self.now)}" if self.now else "removes"
        sentence = (
            f"{label} of the {referrer.policy.meta.title} refers to clause {dotted(self.number)} of the "
            f"{policy_title}, which {version} {done}"
        )
        return f"{sentence}: the reference now points at {'a different clause' if self.resolves else 'no clause'}."

    def where(self) -> str:
        """The referring file and line: "policy_src/acceptable-use/policy.md:44"."""
        referrer = self.referral.referrer
        return f"{display_path(referrer.policy.source)}:{referrer.line}"


def moved_references(
    old: Policy, new: Policy, changes: Iterable[ClauseChange], referring: Iterable[Policy]
) -> list[MovedReference]:
    """The references in the ``referring`` policies (other policies than ``old``'s) to clauses of ``old``
    that ``new`` renumbers or removes; ``changes`` compares the two versions' clauses."""
    now = {change.old.number: change.new.number if change.new else None for change in changes if change.old}
    section_numbers = {section.number for section in old.numbered_sections}
    found = []
    link = f"policy:{old.meta.id}"  # what a reference to another policy is written with (POLICY_LINK)
    for policy in referring:
        if policy.meta.id == old.meta.id:
            continue  # a version's references to its own clauses are written for its own numbering
        if link not in policy.body_text:  # read no further: a change log compares every pair of policies
            continue
        for referral in referrals(policy, lambda policy_id: old if policy_id == old.meta.id else None):
            number = referral.number
            if referral.policy_id != old.meta.id or number is None:
                continue
            if number in now:
                moved_to = now[number]
            elif number in section_numbers:  # a numbered part: kept when its number is
                moved_to = number if number in new.numbers else None
            else:
                continue
            if moved_to != number:
                found.append(MovedReference(referral, number, moved_to, number in new.numbers))
    return found


def in_force_on(history: PolicyHistory, day: date | None) -> Policy | None:
    """The version of a policy in force on ``day`` (None: not yet in force); its current one when ``day`` is TBC."""
    if day is None:
        return history.current
    started = [v for v in history.versions if v.meta.effective_from and v.meta.effective_from <= day]
    return started[-1] if started else None


def references_moved_by(changelog: ChangeLog, comparison: Comparison) -> list[MovedReference]:
    """For the change log: the references in the other policies, as they were when the comparison's newer
    version took effect, that it renumbers or removes."""
    old, new = comparison.old, comparison.new
    day = new.meta.effective_from
    referring = [
        version
        for policy in changelog.linking_to(old.meta.id)
        if (version := in_force_on(changelog.handbook.history(policy), day))
    ]
    return moved_references(old, new, comparison.changes, referring)
