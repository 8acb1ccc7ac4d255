"""Read the whole ``policy_src/`` folder into a ``Handbook``: every policy with its history, and the
references between policies checked.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..errors import PolicySourceError
from ..model import Handbook, Keeper, Policy, anchor_for, compute_now
from . import folder_lock
from .history import load_history
from .layout import JOURNAL, NOT_POLICIES, PLAN, POLICY_FILE
from .links_in_text import LinksInText, links_in
from .policy_file import parse_policy_file


def policy_files(source: Path) -> list[Path]:
    """The policy files in ``source``: ``<name>.md`` files and ``<name>/policy.md`` folders."""
    files = [p for p in source.glob("*.md") if p.name not in NOT_POLICIES]
    files += source.glob(f"*/{POLICY_FILE}")
    return sorted(files)


def load_handbook(
    source: Path, keep: Keeper = compute_now, links: Callable[[Policy], LinksInText] = links_in
) -> Handbook:
    """Read and check every policy in ``source``, including references between policies; while a
    review command changes them, wait for it (``folder_lock``). ``keep``: where the build keeps each
    file's reading between builds; ``links``: where each policy's links are found (`mkdocs serve` keeps
    them: handbook.source.links_in_text.KeptLinks)."""
    if not source.is_dir():
        raise PolicySourceError(source, None, "the policy folder does not exist")
    with folder_lock.reading(source):
        return _read_handbook(source, keep, links)


def _read_handbook(source: Path, keep: Keeper, links: Callable[[Policy], LinksInText]) -> Handbook:
    _refuse_if_interrupted(source)
    policies = [parse_policy_file(path, keep) for path in policy_files(source)]
    first_by_id: dict[str, Policy] = {}
    for policy in policies:
        if (first := first_by_id.setdefault(policy.meta.id, policy)) is not policy:
            raise PolicySourceError(
                policy.source,
                policy.key_lines.get("id"),
                f"policy id '{policy.meta.id}' is already used by {first.source.as_posix()}; "
                "give each policy its own id",
            )
    histories = {p.meta.id: load_history(p, keep) for p in policies if p.source.name == POLICY_FILE}
    policies = [histories[p.meta.id].current if p.meta.id in histories else p for p in policies]
    handbook = Handbook(tuple(sorted(policies, key=lambda p: p.meta.title.casefold())), histories)
    for policy in handbook.policies:
        _check_links_to_other_policies(policy, handbook, links(policy))
    return handbook


def _check_links_to_other_policies(policy: Policy, handbook: Handbook, links: LinksInText) -> None:
    for related in policy.meta.related:
        if handbook.policy(related) is None:
            raise PolicySourceError(
                policy.source,
                policy.key_lines.get("related"),
                f"'related' names policy '{related}', but no policy has that id",
            )
    for link in links.to_policies:
        target = handbook.policy(link.policy_id)
        if target is None:
            raise PolicySourceError(
                policy.source, link.line, f"'{link.written}' names no policy: no policy has that id"
            )
        # A clause's anchor, or its point's ("clause-4-1-a"); any other anchor is checked on the
        # page it leads to (handbook.pages.site_check), with the build's other links.
        anchor = link.anchor
        clause_anchors = {anchor_for(n) for n in target.numbers}
        if anchor and anchor.startswith("clause-") and not any(
            anchor == a or anchor.startswith(f"{a}-") for a in clause_anchors
        ):
            raise PolicySourceError(
                policy.source,
                link.line,
                f"'{link.written}' points to a clause that policy '{target.meta.id}' does not have",
            )


def _refuse_if_interrupted(root: Path) -> None:
    """For readers: a committed change not yet carried out means the files disagree with each other."""
    if (root / JOURNAL / PLAN).exists():
        raise PolicySourceError(
            root / JOURNAL, None,
            "a review command was interrupted while changing the policies; run 'handbook check' to finish "
            "the change, then build again",
        )
