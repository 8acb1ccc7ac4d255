"""Which clauses refer to which: the references of handbook.markdown_extensions.references, read the other way.

A policy's text refers to its own clauses ("clause 12", "clauses 17 and 18", "clauses 1 to 3",
"clause 3(b)") and to other policies with ``policy:`` links (``[...](policy:data-protection#clause-4)``).
They are read from the Markdown source as the page links them: not inside code, and not in the text
of a link (the page does not link that again). "Referred to by" on the pages and in the PDFs
(handbook.pages.referred_to_by) and the warnings of a review that renumbers or removes a clause
(handbook.versions.moved_references) are both made from ``referrals``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from ..model import ClauseNumber, Policy, anchor_for, dotted
from .references import POLICY_LINK, ClauseReference, clause_references, line_of, without_code

# A Markdown link's text: "[text](" -- blanked so that "[clause 3 of ...](policy:...)" counts once, as a link.
_LINK_TEXT = re.compile(r"(?<!!)\[(?P<text>[^\]]*)\](?=\()")


@dataclass(frozen=True)
class Referrer:
    """Where a reference is written: a clause, a numbered part's introduction, or an unnumbered paragraph."""

    policy: Policy
    anchor: str | None  # the clause's, numbered part's or paragraph's anchor
    label: str  # "clause 4", "'Scope', paragraph 2"
    line: int  # the line of the policy file the reference is on

    @property
    def citation(self) -> str:
        """"Data Protection Policy, clause 4"."""
        return f"{self.policy.meta.title}, {self.label}"


@dataclass(frozen=True)
class Referral:
    """One reference: ``referrer`` refers to clause ``number`` of policy ``policy_id`` (None: the policy)."""

    referrer: Referrer
    policy_id: str
    number: ClauseNumber | None


def referrals(policy: Policy, find_policy: Callable[[str], Policy | None]) -> Iterator[Referral]:
    """Every reference ``policy``'s text makes, in reading order; ``find_policy`` gives a policy by id.

    A range ("clauses 1 to 3") refers to each clause of it the policy has; a point ("clause 3(b)")
    to its clause. A reference to a number the policy lacks, which the build refuses, is left out.
    """
    for section in policy.sections:
        if section.intro and section.number:
            referrer = Referrer(policy, section.anchor, f"clause {dotted(section.number)}", section.intro_line)
            yield from _referrals_in(section.intro, section.intro_line, referrer, find_policy)
        elif section.intro:  # each paragraph of unnumbered text refers from its own address
            for paragraph in section.paragraphs:
                referrer = Referrer(policy, paragraph.anchor, paragraph.name, paragraph.line)
                yield from _referrals_in(paragraph.text, paragraph.line, referrer, find_policy)
        for clause in section.clauses:
            referrer = Referrer(policy, clause.anchor, f"clause {clause.dotted}", clause.line)
            yield from _referrals_in(clause.text, clause.line, referrer, find_policy)


def _referrals_in(
    text: str, first_line: int, referrer: Referrer, find_policy: Callable[[str], Policy | None]
) -> Iterator[Referral]:
    policy = referrer.policy
    code_blanked = without_code(text)
    found: list[tuple[int, str, ClauseNumber | None]] = []
    for link in POLICY_LINK.finditer(code_blanked):
        target = find_policy(link["id"])
        number = _clause_of_anchor(target, link["anchor"]) if target and link["anchor"] else None
        found.append((link.start(), link["id"], number))
    without_links = _LINK_TEXT.sub(lambda link: "[" + " " * len(link["text"]) + "]", code_blanked)
    for reference in clause_references(without_links):
        found += [(reference.start, policy.meta.id, n) for n in _numbers_referred_to(reference, policy)]
    for position, policy_id, number in sorted(found, key=lambda item: item[0]):
        at = Referrer(referrer.policy, referrer.anchor, referrer.label, first_line + line_of(text, position))
        yield Referral(at, policy_id, number)


def _numbers_referred_to(reference: ClauseReference, policy: Policy) -> list[ClauseNumber]:
    """The number referred to and, for the end of a range ("1.1 to 1.3"), the numbers inside it."""
    numbers = policy.numbers
    found = [reference.number] if reference.number in numbers else []
    start, end = reference.range_from, reference.number
    if start and len(start) == len(end) and start[:-1] == end[:-1]:
        first, last = start[-1], end[-1]
        if isinstance(first, int) and isinstance(last, int):
            inside = [(*end[:-1], n) for n in range(first + 1, last)]
            found = [n for n in inside if n in numbers] + found
    return found


def _clause_of_anchor(policy: Policy, anchor: str) -> ClauseNumber | None:
    """The clause (or numbered part) an anchor is in: "clause-4-1-a" is in clause 4.1; None for no clause."""
    candidates = [n for n in policy.numbers if anchor == anchor_for(n) or anchor.startswith(anchor_for(n) + "-")]
    return max(candidates, key=len, default=None)


@dataclass(frozen=True)
class Backlinks:
    """For each clause of the handbook, who refers to it; for each policy, the other policies that do."""

    to_clause: dict[tuple[str, ClauseNumber], tuple[Referrer, ...]]
    to_policy: dict[str, tuple[Policy, ...]]

    def referrers(self, policy: Policy, number: ClauseNumber) -> tuple[Referrer, ...]:
        """The clauses referring to ``number`` of ``policy``, in the handbook's order, each once."""
        return self.to_clause.get((policy.meta.id, number), ())

    def referring_policies(self, policy: Policy) -> tuple[Policy, ...]:
        """The other policies whose text refers to ``policy`` or to one of its clauses."""
        return self.to_policy.get(policy.meta.id, ())


class KeptReferrals:
    """Each policy's referrals, kept from one build of `mkdocs serve` to the next (a save changes one or two policies,
    and serve reads an unchanged file as the same Policy): by the policy's identity and the policies its links looked
    up. The build object owns it, as it outlives serve's builds; ``mkdocs build`` keeps none."""

    def __init__(self, most: int = 1024) -> None:
        self._most = most
        self._kept: dict[int, tuple[Policy, dict[str, Policy | None], tuple[Referral, ...]]] = {}

    def referrals(self, policy: Policy, by_id: dict[str, Policy]) -> tuple[Referral, ...]:
        """``policy``'s referrals among the policies ``by_id``: those kept, while it and every policy they looked up
        are the same objects."""
        kept = self._kept.get(id(policy))
        if kept is not None and kept[0] is policy and all(by_id.get(i) is found for i, found in kept[1].items()):
            return kept[2]
        looked_up: dict[str, Policy | None] = {}

        def find_policy(policy_id: str) -> Policy | None:
            looked_up[policy_id] = by_id.get(policy_id)
            return looked_up[policy_id]

        found = tuple(referrals(policy, find_policy))
        if len(self._kept) >= self._most:
            self._kept.clear()
        self._kept[id(policy)] = (policy, looked_up, found)
        return found


def backlinks(policies: Iterable[Policy], kept: KeptReferrals | None = None) -> Backlinks:
    """The backlinks among ``policies`` (the handbook's current ones): computed once, from their text; with ``kept``
    (`mkdocs serve`'s), each policy's referrals are kept there for the next build."""
    policies = tuple(policies)
    by_id = {policy.meta.id: policy for policy in policies}
    to_clause: dict[tuple[str, ClauseNumber], dict[tuple[str, str | None, str], Referrer]] = {}
    to_policy: dict[str, dict[str, Policy]] = {}
    for policy in policies:
        for referral in kept.referrals(policy, by_id) if kept else referrals(policy, by_id.get):
            referrer = referral.referrer
            if referral.policy_id != policy.meta.id:
                to_policy.setdefault(referral.policy_id, {})[policy.meta.id] = policy
            if referral.number is None:
                continue
            if referral.policy_id == policy.meta.id and referrer.anchor == anchor_for(referral.number):
                continue  # a clause that mentions itself
            key = (policy.meta.id, referrer.anchor, referrer.label)
            to_clause.setdefault((referral.policy_id, referral.number), {}).setdefault(key, referrer)
    return Backlinks(
        {target: tuple(found.values()) for target, found in to_clause.items()},
        {target: tuple(found.values()) for target, found in to_policy.items()},
    )
