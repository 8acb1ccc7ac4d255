"""A policy's history, beside its ``policy.md``: the archived versions in ``versions/``, checked
against the hashes in ``versions/manifest.json``, and ``reviews.yml``, the reviews that changed nothing.
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import json
from datetime import date
from pathlib import Path

import yaml

from ..errors import PolicySourceError
from ..model import Keeper, NoChangeReview, Policy, PolicyHistory, Status, compute_now
from .front_matter import check_next_review_is_a_date, check_one_line_text
from .layout import MANIFEST_FILE, REVIEWS_FILE, VERSIONS_FOLDER
from .policy_file import parse_policy_file
from .reading import read_source, split_lines
from .syntax import DOTTED_NUMBER
from .yaml_lines import YamlFile

_REVIEW_KEYS = ("date", "by", "version", "summary")


def version_key(version: str) -> tuple[int, ...]:
    """Versions sort by their numbers: 1.9 before 1.10."""
    return tuple(int(part) for part in version.split("."))


def archive_hash(path: Path) -> str:
    return text_hash(read_source(path))


def text_hash(text: str) -> str:
    """The sha256 of a file's text, with line endings made Unix-style so a checkout on Windows matches."""
    return hashlib.sha256(text.replace("\r\n", "\n").encode("utf-8")).hexdigest()


def load_history(current: Policy, keep: Keeper = compute_now) -> PolicyHistory:
    """The archived versions beside ``current`` (checked against the manifest) and its reviews; ``keep``: where
    the build keeps each file's reading between builds."""
    folder = current.source.parent
    archived = [parse_policy_file(path, keep, archived=True) for path in _verified_archive(folder / VERSIONS_FOLDER)]
    for version in archived:
        _check_archived_version(version, current)
    versions = _in_order(archived, current)
    reviews = _read_reviews(folder / REVIEWS_FILE, versions)
    kept = [review for review in reviews if review.version == current.meta.version]
    if kept:
        last = max(kept, key=lambda review: review.on)
        current = dataclasses.replace(current, meta=dataclasses.replace(current.meta, reviewed_on=last.on))
        check_next_review_is_a_date(current.meta, folder / REVIEWS_FILE, last.line)
        versions = (*versions[:-1], current)
    return PolicyHistory(versions, reviews)


def read_manifest(manifest: Path) -> dict[str, str]:
    """The manifest's ``{"<version>.md": sha256}``; an empty one when there is no file yet."""
    if not manifest.exists() and not manifest.is_symlink():
        return {}
    try:
        entries = json.loads(read_source(manifest))
    except json.JSONDecodeError as error:
        raise PolicySourceError(manifest, getattr(error, "lineno", None), f"is not valid JSON ({error})") from None
    except (RecursionError, ValueError):  # nested thousands deep; a number of thousands of digits
        message = 'is not one flat JSON object of "<version>.md": "<sha256>" entries'
        raise PolicySourceError(manifest, None, message) from None
    if not isinstance(entries, dict) or not all(isinstance(v, str) for v in entries.values()):
        raise PolicySourceError(manifest, 1, 'must be a JSON object of "<version>.md": "<sha256>" entries')
    return entries


def _verified_archive(versions: Path) -> list[Path]:
    """The archived version files, each unchanged since it was archived (its hash is in the manifest)."""
    manifest = versions / MANIFEST_FILE
    recorded = read_manifest(manifest)
    files = sorted(versions.glob("*.md"))
    shown = f"{VERSIONS_FOLDER}/{MANIFEST_FILE}"
    for path in files:
        if path.name not in recorded:
            raise PolicySourceError(
                path, None, f"is not in {shown}: versions are archived by "
                "'handbook review approve', which records their hash; a file added by hand is not a record"
            )
        if archive_hash(path) != recorded[path.name]:
            raise PolicySourceError(
                path, None, f"has changed since it was archived: its sha256 no longer matches "
                f"{shown}:{_manifest_line(manifest, path.name)}. Archived versions are records; "
                "restore the file (for example with 'git checkout'). To correct it on purpose, record the new "
                "hash in the manifest in the same commit, so the change is seen in review"
            )
    present = {path.name for path in files}
    for name in recorded:
        if name not in present:
            raise PolicySourceError(
                manifest, _manifest_line(manifest, name),
                f"records the archived version {name}, which is missing; restore it (archived versions are "
                "never deleted)",
            )
    return files


def _manifest_line(manifest: Path, name: str) -> int | None:
    lines = split_lines(read_source(manifest))
    return next((number for number, line in enumerate(lines, start=1) if f'"{name}"' in line), None)


def _relative(path: Path, to: Path) -> str:
    """``path`` as seen from the folder of ``to``: "manifest.json" or "versions/manifest.json"."""
    return path.relative_to(to.parent).as_posix() if path.is_relative_to(to.parent) else path.as_posix()


def _check_archived_version(version: Policy, current: Policy) -> None:
    meta, lines = version.meta, version.key_lines
    if meta.id != current.meta.id:
        message = f"an archived version keeps its policy's id: write 'id: {current.meta.id}'"
        raise PolicySourceError(version.source, lines.get("id"), message)
    if meta.version != version.source.stem:
        raise PolicySourceError(
            version.source, lines.get("version"),
            f"this file holds version {meta.version}, but an archived version's file is named after its "
            f"version: {VERSIONS_FOLDER}/{meta.version}.md",
        )
    if meta.status is not Status.SUPERSEDED:
        message = f"an archived version has 'status: superseded', not '{meta.status}'"
        raise PolicySourceError(version.source, lines.get("status"), message)


def _in_order(archived: list[Policy], current: Policy) -> tuple[Policy, ...]:
    """All versions by number, checked: numbers unique, the current one last, dates moving forward."""
    if not archived:
        return (current,)
    by_number: dict[str, Policy] = {}
    for version in [*archived, current]:
        meta = version.meta
        if not DOTTED_NUMBER.match(meta.version):
            raise PolicySourceError(
                version.source, version.key_lines.get("version"),
                f"'version: {meta.version}' gives this version's page its address (/{meta.id}/{meta.version}/), "
                "so it must be numbers separated by dots, such as '2.1'",
            )
        if (other := by_number.setdefault(meta.version, version)) is not version:
            raise PolicySourceError(
                version.source, version.key_lines.get("version"),
                f"version {meta.version} is also {_relative(other.source, version.source)}: "
                "two versions of a policy cannot share a number; give the new one the next number",
            )
    versions = sorted(by_number.values(), key=lambda v: version_key(v.meta.version))
    if versions[-1] is not current:
        newest = versions[-1]
        raise PolicySourceError(
            current.source, current.key_lines.get("version"),
            f"the current version is {current.meta.version}, but {_relative(newest.source, current.source)} "
            f"is numbered higher ({newest.meta.version}); the current version has the highest number",
        )
    for earlier, later in itertools.pairwise(versions):
        start, previous_start = later.meta.effective_from, earlier.meta.effective_from
        if start is None or previous_start is None:
            undated = later if start is None else earlier
            raise PolicySourceError(
                undated.source, undated.key_lines.get("effective_from"),
                "a policy with several versions needs each one's effective_from date, to know which was in "
                "force when",
            )
        if start <= previous_start:
            raise PolicySourceError(
                later.source, later.key_lines.get("effective_from"),
                f"version {later.meta.version} takes effect on {start}, which is not after version "
                f"{earlier.meta.version} ({_relative(earlier.source, later.source)}) took effect on "
                f"{previous_start}: the dates overlap or go backwards; each version takes effect after the one "
                "before it",
            )
    return tuple(versions)


def _read_reviews(path: Path, versions: tuple[Policy, ...]) -> tuple[NoChangeReview, ...]:
    """reviews.yml: a list of ``{date: DATE, by: NAME, version: "1.0", summary: TEXT}``.

    A review's problems are reported on the line its item starts on."""
    if not path.exists() and not path.is_symlink():
        return ()
    source = YamlFile(path)
    root = source.compose(read_source(path))
    if root is None:
        return ()
    if not isinstance(root, yaml.SequenceNode):
        raise source.error(1, "must be a list of reviews, each '- date: YYYY-MM-DD' with 'by' and 'version'")
    numbers = {v.meta.version for v in versions}
    reviews = []
    for item in root.value:
        line = source.line(item)
        fields = {str(k.value): v for k, v in item.value} if isinstance(item, yaml.MappingNode) else {}
        values = {}
        for key in _REVIEW_KEYS:
            node = fields.pop(key, None)
            if node is None and key == "summary":  # the only optional key
                continue
            if not isinstance(node, yaml.ScalarNode) or not str(node.value).strip():
                raise source.error(line, f"a review needs '{key}' with a single value ({', '.join(_REVIEW_KEYS)})")
            check_one_line_text(node, key, source)
            values[key] = str(node.value).strip()
        if fields:
            raise source.unknown_key(line, next(iter(fields)), _REVIEW_KEYS, where=" in a review")
        try:
            on = date.fromisoformat(values["date"])
        except ValueError:
            raise source.error(line, f"'date: {values['date']}' is not a date; write YYYY-MM-DD") from None
        if values["version"] not in numbers:
            raise source.error(line, f"the review names version {values['version']}, which this policy does not have")
        reviews.append(NoChangeReview(on, values["by"], values["version"], values.get("summary"), line))
    return tuple(sorted(reviews, key=lambda r: r.on))
