"""The review commands: draft the next version, approve it, or record a review that changed nothing.

Each command reads and checks everything first, then makes all its changes as one
``handbook.versions.transaction``: it checks the whole handbook as it would be afterwards, and the files
change all together or not at all, so a refused, failed or killed command leaves ``policy_src/``
as it was (or, killed after the point of no return, as the next command finishes it).
The caller holds ``transaction.locked`` while a command runs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..errors import display_path
from ..model import Policy, PolicyHistory
from ..source.handbook_folder import policy_files
from ..source.history import load_history, read_manifest, text_hash, version_key
from ..source.layout import DRAFT_FILE, MANIFEST_FILE, POLICY_FILE, REVIEWS_FILE, VERSIONS_FOLDER
from ..source.policy_file import parse_policy, parse_policy_file
from ..source.reading import read_source
from ..source.syntax import DOTTED_NUMBER
from .diffing import compare_clauses
from .moved_references import MovedReference, moved_references
from .transaction import Check, Transaction


class ReviewError(Exception):
    """A review command that cannot go ahead; nothing has been written."""


@dataclass(frozen=True)
class Approval:
    """A new version made current, and what its review left for other policies to look at."""

    policy: Policy
    # "FILE:LINE: Clause 3.2 of ... refers to clause 3 of ..., which version 2.0 renumbers to 4: ...": other
    # policies' references that still name a clause, but now a different one (handbook.versions.moved_references).
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class PolicyFolder:
    """One policy's folder in policy_src/: its current file, archive, reviews and draft."""

    path: Path

    @property
    def policy_src(self) -> Path:
        return self.path.parent

    @property
    def current(self) -> Path:
        return self.path / POLICY_FILE

    @property
    def draft(self) -> Path:
        return self.path / DRAFT_FILE

    @property
    def versions(self) -> Path:
        return self.path / VERSIONS_FOLDER

    @property
    def manifest(self) -> Path:
        return self.versions / MANIFEST_FILE

    @property
    def reviews(self) -> Path:
        return self.path / REVIEWS_FILE


def find_policy(policy_src: Path, policy_id: str) -> PolicyFolder:
    folder = PolicyFolder(policy_src / policy_id)
    if not folder.current.is_file():
        known = sorted(p.parent.name for p in policy_src.glob(f"*/{POLICY_FILE}"))
        raise ReviewError(
            f"{policy_src.as_posix()}: there is no policy '{policy_id}' (no {policy_id}/{POLICY_FILE}); "
            f"known policies: {', '.join(known) or 'none'}"
        )
    return folder


def start_review(folder: PolicyFolder, version: str | None = None, *, check: Check) -> Path:
    """Write the draft of the next version (a copy of the current one, unapproved); return its path."""
    _refuse_if_draft_open(folder)
    history = _checked_history(folder)
    current = history.current
    _refuse_unnumbered(folder, current)
    version = version or _next_version(current.meta.version)
    _check_new_version(version, history)
    draft = _with_front_matter(
        read_source(folder.current),
        current,
        version=_quoted(version),
        status="draft",
        approved_by="TBC",
        approved_on="TBC",
        effective_from="TBC",
        summary=None,
    )
    parse_policy(draft, folder.draft)  # the draft must itself be a valid policy
    change = Transaction(folder.policy_src)
    change.write(folder.draft, draft)
    change.commit(check=check)
    return folder.draft


def approve_review(
    folder: PolicyFolder, by: str, on: date, summary: str | None, effective_from: date | None = None, *, check: Check
) -> Approval:
    """Make the draft the current version and archive the one it replaces; return the new version, with
    warnings for other policies' references that now point at a different clause.

    References that would point at no clause (removed, or renumbered with the number left free) refuse it.
    """
    if not folder.draft.is_file():
        raise ReviewError(
            f"{display_path(folder.draft)}: no review is open for this policy; start one with "
            f"'handbook review start {folder.path.name}', or record a review that changed nothing with --no-change"
        )
    history = _checked_history(folder)
    current = history.current
    draft = parse_policy_file(folder.draft)
    if draft.meta.id != current.meta.id:
        raise ReviewError(f"{display_path(folder.draft)}: the draft's id is '{draft.meta.id}', not '{current.meta.id}'")
    _check_new_version(draft.meta.version, history, where=folder.draft)
    _refuse_unnumbered(folder, current)
    if current.meta.effective_from is None:
        raise ReviewError(
            f"{display_path(folder.current)}: version {current.meta.version} has no effective_from date (TBC); the "
            "history must say when each version took effect, so set it before approving the next version"
        )
    effective_from = effective_from or on
    if effective_from <= current.meta.effective_from:
        raise ReviewError(
            f"{display_path(folder.draft)}: the new version would take effect on {effective_from}, but version "
            f"{current.meta.version} took effect on {current.meta.effective_from}; give a later date "
            "(--effective-from, or --on when they are the same)"
        )

    archived_path = folder.versions / f"{current.meta.version}.md"
    if archived_path.exists():
        raise ReviewError(f"{display_path(archived_path)}: version {current.meta.version} is archived already")
    archived_text = _with_front_matter(read_source(folder.current), current, status="superseded")
    new_text = _with_front_matter(
        read_source(folder.draft),
        draft,
        status="current",
        approved_by=_quoted(by),
        approved_on=on.isoformat(),
        effective_from=effective_from.isoformat(),
        summary=_quoted(summary) if summary else None,
    )
    new_version = parse_policy(new_text, folder.current)  # check both before writing either
    parse_policy(archived_text, archived_path)
    moved = moved_references(
        current, new_version, compare_clauses(current.clauses, new_version.clauses), _other_policies(folder)
    )
    _refuse_broken_references(moved, new_version)

    manifest = read_manifest(folder.manifest)
    manifest[archived_path.name] = text_hash(archived_text)
    change = Transaction(folder.policy_src)
    change.write(archived_path, archived_text)
    change.write(folder.manifest, json.dumps(dict(sorted(manifest.items())), indent=2) + "\n")
    change.write(folder.current, new_text)
    change.delete(folder.draft)
    change.commit(check=check)  # the whole handbook, as approval would leave it
    version = f"version {new_version.meta.version}"
    return Approval(new_version, tuple(f"{m.where()}: {m.sentence(current.meta.title, version)}" for m in moved))


def record_no_change(folder: PolicyFolder, by: str, on: date, summary: str | None, *, check: Check) -> None:
    """Add "reviewed on ``on`` by ``by``, no change" to reviews.yml; the next review is due from ``on``."""
    _refuse_if_draft_open(folder)
    current = _checked_history(folder).current
    _refuse_unnumbered(folder, current)
    last = current.meta.last_reviewed
    if last and on < last:
        raise ReviewError(
            f"{display_path(folder.current)}: version {current.meta.version} was last reviewed or approved on {last}; "
            f"a review on {on} would go back in time"
        )
    entry = f"- date: {on.isoformat()}\n  by: {_quoted(by)}\n  version: {_quoted(current.meta.version)}\n"
    if summary:
        entry += f"  summary: {_quoted(summary)}\n"
    existing = read_source(folder.reviews) if folder.reviews.exists() else (
        "# Reviews that changed nothing, written by 'handbook review approve --no-change'.\n"
    )
    if existing and not existing.endswith("\n"):
        existing += "\n"
    change = Transaction(folder.policy_src)
    change.write(folder.reviews, existing + entry)
    change.commit(check=check)  # what is written must read back


# --- helpers --------------------------------------------------------------------------------


def _refuse_if_draft_open(folder: PolicyFolder) -> None:
    if folder.draft.exists():
        raise ReviewError(
            f"{display_path(folder.draft)}: a review of this policy is already open; approve it with "
            f"'handbook review approve {folder.path.name} --by NAME --on DATE', or delete the draft to abandon it"
        )


def _refuse_unnumbered(folder: PolicyFolder, current: Policy) -> None:
    """A review names the version it reviews and archives it under its number, so the current version needs
    one: an imported policy whose document states none has ``version: TBC`` (handbook.importing.facts). (Any
    other version that is not a number is refused as such by _next_version and the history's check.)"""
    if current.meta.version.strip().casefold() in ("tbc", "to be confirmed"):
        line = current.key_lines.get("version")
        raise ReviewError(
            f"{display_path(folder.current)}{f':{line}' if line else ''}: 'version: {current.meta.version}' is not a "
            "number, and a review records the version it reviews and archives it as versions/<its number>.md; write "
            "the current version's number first: the document's own if it has one, else \"1.0\" (in quotes)"
        )


def _other_policies(folder: PolicyFolder) -> list[Policy]:
    """The current version of every other policy in the folder: what may refer to this one's clauses."""
    return [parse_policy_file(path) for path in policy_files(folder.policy_src) if path != folder.current]


def _refuse_broken_references(moved: list[MovedReference], new_version: Policy) -> None:
    """Other policies' references that the new version would leave pointing at no clause: named, and refused."""
    version = f"version {new_version.meta.version}"
    broken = [f"  {m.where()}: {m.sentence(new_version.meta.title, version)}" for m in moved if not m.resolves]
    if broken:
        raise ReviewError(
            f"approving {version} of the {new_version.meta.title} would break references from other policies:\n"
            + "\n".join(broken)
            + "\nPoint those references at a clause the new version has (or at the policy itself), or keep the "
            "clause's number in the draft, then approve again. Nothing was changed."
        )


def _checked_history(folder: PolicyFolder) -> PolicyHistory:
    """The policy's history, which must be sound before a review adds to it."""
    return load_history(parse_policy_file(folder.current))


def _next_version(version: str) -> str:
    """A review makes a new edition: 1.0 -> 2.0, 2.3 -> 3.0, 4 -> 5."""
    if not DOTTED_NUMBER.match(version):
        raise ReviewError(
            f"version '{version}' is not numbers separated by dots, so the next one cannot be worked out; "
            "name it with --version"
        )
    parts = version.split(".")
    return ".".join([str(int(parts[0]) + 1)] + ["0"] * (len(parts) - 1))


def _check_new_version(version: str, history: PolicyHistory, where: Path | None = None) -> None:
    place = f"{display_path(where)}: " if where else ""
    if not DOTTED_NUMBER.match(version):
        raise ReviewError(f"{place}version '{version}' must be numbers separated by dots, such as '2.1'")
    if history.version(version):
        raise ReviewError(f"{place}version {version} exists already; two versions cannot share a number")
    current = history.current.meta.version
    if DOTTED_NUMBER.match(current) and version_key(version) <= version_key(current):
        raise ReviewError(f"{place}version {version} is not after the current version {current}")


def _with_front_matter(text: str, policy: Policy, **values: str | None) -> str:
    """``text`` with the given front matter keys set (None removes a key); the rest untouched.

    Only single-line keys are set, so replacing the key's line is enough. Parsing recorded where each is.
    """
    lines = text.splitlines(keepends=True)  # only where parsing found no stray line breaks (handbook.source.reading)
    closing = next(i for i, line in enumerate(lines) if i and line.strip() == "---")
    additions = []
    for key, value in values.items():
        line_number = policy.key_lines.get(key)
        if line_number is None:
            if value is not None:
                additions.append(f"{key}: {value}\n")
        elif value is None:
            lines[line_number - 1] = ""
        else:
            lines[line_number - 1] = f"{key}: {value}\n"
    lines[closing:closing] = additions
    return "".join(lines)


def _quoted(value: str) -> str:
    """A YAML scalar that reads back as exactly ``value`` (so "2.0" stays a string, "A: B" stays whole)."""
    return json.dumps(value, ensure_ascii=False)

