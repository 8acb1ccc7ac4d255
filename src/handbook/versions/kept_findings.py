"""The review assistant's findings that read only one policy, kept for `mkdocs serve`'s next build.

The review dashboard checks every policy at every build; under `mkdocs serve` a save changes one or
two. An unchanged policy file is read as the same Policy object (handbook.source.policy_file), so a
check's findings are kept by the policy's identity and by everything else the check reads
(``made_with``: the rules, the date, the glossary policies), compared for equality: any change to
those and the check runs again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..model import Policy

_KEPT = 1024  # policies; past this, all are forgotten (a handbook's policies, and their drafts, fit)
_kept: dict[int, tuple[Policy, tuple[object, ...], dict[str, list[Any]]]] = {}
_last: list[Any] = []  # as_last_time's value


def as_last_time[T](made_with: T) -> T:
    """``made_with``, or the equal value given last time: the findings kept with it are then found by identity, not
    by comparing it in full for every policy (the rules, which serve reads again at each save)."""
    if _last and _last[0] == made_with:
        return _last[0]
    _last[:] = [made_with]
    return made_with


def forget() -> None:
    """Let go of every kept finding (``mkdocs build`` has no next build to keep them for)."""
    _kept.clear()


class KeptFindings:
    def __init__(self, policy: Policy, made_with: tuple[object, ...]) -> None:
        kept = _kept.get(id(policy))
        if kept is None or kept[0] is not policy or kept[1] != made_with:
            if len(_kept) >= _KEPT:
                _kept.clear()
            kept = _kept[id(policy)] = (policy, made_with, {})
        self._findings = kept[2]

    def of(self, rule: str, check: Callable[[], list[Any]]) -> Callable[[], list[Any]]:
        """``check``, run once for this policy and ``made_with``."""

        def findings() -> list[Any]:
            if rule not in self._findings:
                self._findings[rule] = check()
            return list(self._findings[rule])

        return findings
