"""What the review assistant works out from each policy, kept by the policy's identity: its reading
(handbook.versions.review_reading) and the findings of the checks that read only that policy.

The review dashboard checks every policy at every build; under `mkdocs serve` a save changes one or
two. An unchanged policy file is read as the same Policy object (handbook.mkdocs_build.page_cache.KeptInMemory),
so serve's build object keeps a ``ReviewMemory`` for its next build: a check's findings are kept by the policy's
identity and by everything else the check reads (``made_with``: the rules, the date, the glossary policies),
compared for equality: any change to those and the check runs again. A dashboard made without one (``mkdocs
build``, the commands) keeps a policy's reading only while it checks that policy, a glossary's to the end
(``ReviewMemory.forget``; at 2,000 policies, 1,024 readings held at once were about 70 MB).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..model import Policy
from .review_reading import Reading, reading_of


class ReviewMemory:
    """The readings and findings of at most ``most`` policies (a handbook's, and their drafts, fit); past that, all
    are forgotten."""

    def __init__(self, most: int = 1024) -> None:
        self._most = most
        self._readings: dict[int, tuple[Policy, Reading]] = {}
        self._findings: dict[int, tuple[Policy, tuple[object, ...], dict[str, list[Any]]]] = {}
        self._alone: dict[int, tuple[Policy, tuple[object, ...], Any]] = {}  # what_reads_alone's
        self._with_handbook: dict[int, tuple[Policy, tuple[object, ...], Any]] = {}  # with_the_handbook's
        self._last: list[Any] = []  # as_last_time's value

    def reading(self, policy: Policy) -> Reading:
        """The policy's reading, worked out once (by identity: hashing a policy reads it all)."""
        kept = self._readings.get(id(policy))
        if kept is None or kept[0] is not policy:
            if len(self._readings) >= self._most:
                self._readings.clear()
            kept = self._readings[id(policy)] = (policy, reading_of(policy))
        return kept[1]

    def forget(self, policy: Policy) -> None:
        """Let go of what was worked out from ``policy``: a dashboard that keeps nothing for a next build needs a
        policy's reading only while it checks that policy (at 2,000 policies, 1,024 readings of about 100 KB were
        held at once: most of what `mkdocs build` held above its level then, benchmarks/README.md)."""
        for kept in (self._readings, self._findings, self._alone, self._with_handbook):
            if id(policy) in kept and kept[id(policy)][0] is policy:
                del kept[id(policy)]

    def as_last_time[T](self, made_with: T) -> T:
        """``made_with``, or the equal value given last time: the findings kept with it are then found by identity,
        not by comparing it in full for every policy (the rules, which serve reads again at each save)."""
        if self._last and self._last[0] == made_with:
            return self._last[0]
        self._last[:] = [made_with]
        return made_with

    def what_reads_alone[T](self, policy: Policy, made_with: tuple[object, ...], compute: Callable[[], T]) -> T:
        """``compute()``, kept by the policy's identity and ``made_with`` (compared for equality): at serve's next
        build an unchanged policy's is handed back before anything is hashed (the build's page cache would hash
        every policy again to find it: 0.27 s of the dashboard's 0.43 at 200 policies, profiled)."""
        kept = self._alone.get(id(policy))
        if kept is None or kept[0] is not policy or kept[1] != made_with:
            if len(self._alone) >= self._most:
                self._alone.clear()
            kept = self._alone[id(policy)] = (policy, made_with, compute())
        return kept[2]

    def with_the_handbook[T](self, policy: Policy, made_with: tuple[object, ...], compute: Callable[[], T]) -> T:
        """``compute()`` for a check that reads ``policy`` and some of the handbook, which ``made_with`` holds (the
        policies a policy's documents are linked to: handbook.versions.review_check), kept by the policy's identity
        and ``made_with`` (compared for equality: a policy in it unchanged is the same object, found at once)."""
        kept = self._with_handbook.get(id(policy))
        if kept is None or kept[0] is not policy or kept[1] != made_with:
            if len(self._with_handbook) >= self._most:
                self._with_handbook.clear()
            kept = self._with_handbook[id(policy)] = (policy, made_with, compute())
        return kept[2]

    def findings(self, policy: Policy, made_with: tuple[object, ...]) -> KeptFindings:
        kept = self._findings.get(id(policy))
        if kept is None or kept[0] is not policy or kept[1] != made_with:
            if len(self._findings) >= self._most:
                self._findings.clear()
            kept = self._findings[id(policy)] = (policy, made_with, {})
        return KeptFindings(kept[2])


class KeptFindings:
    """One policy's findings by rule, for what they were made with."""

    def __init__(self, findings: dict[str, list[Any]]) -> None:
        self._findings = findings

    def of(self, rule: str, check: Callable[[], list[Any]]) -> Callable[[], list[Any]]:
        """``check``, run once for this policy and ``made_with``."""

        def findings() -> list[Any]:
            if rule not in self._findings:
                self._findings[rule] = check()
            return list(self._findings[rule])

        return findings
