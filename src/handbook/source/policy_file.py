"""Read ``policy_src/`` into the model, checking everything an author can get wrong.

A policy file is Markdown with YAML front matter. In the body, a line that starts (at column 0)
with a clause number such as ``12.``, ``3.1`` or ``3.1.2.`` opens a clause; everything up to the
next clause or heading belongs to it. Text between a heading and its first clause is the
section's unnumbered introduction. Every problem raises PolicySourceError with file and line.
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import json
import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from ..errors import PolicySourceError, unknown_key_hint
from ..markdown_extensions.policy_markup import check_policy_markup
from ..markdown_extensions.references import POLICY_LINK, clause_references_outside_code, line_of
from ..model import (
    Clause,
    Handbook,
    NoChangeReview,
    Policy,
    PolicyHistory,
    PolicyMeta,
    ReviewPeriod,
    Section,
    Status,
    anchor_for,
    dotted,
)
from ..versions.transaction import refuse_if_interrupted
from . import structure_checks, yaml_lines
from .reading import INVISIBLE, check_characters, read_source, split_lines

POLICY_FILE = "policy.md"  # the file inside a policy's own folder: policy_src/<id>/policy.md
NOT_POLICIES = {"README.md"}  # Markdown files in policy_src/ that explain it, not policies
# Beside a policy's policy.md: its archived versions, their hashes, no-change reviews and a draft.
VERSIONS_FOLDER = "versions"  # policy_src/<id>/versions/<version>.md
MANIFEST_FILE = "manifest.json"  # policy_src/<id>/versions/manifest.json: {"<version>.md": sha256}
REVIEWS_FILE = "reviews.yml"  # policy_src/<id>/reviews.yml: reviews that changed nothing
DRAFT_FILE = "draft.md"  # policy_src/<id>/draft.md: the next version while its review is open

_HEADING = re.compile(r"^(?P<marks>#{1,6})\s+(?P<text>.+?)\s*#*\s*$")
# "12." or "3.1" or "3.1.2." at column 0. A bare "12" is not a clause, so a wrapped line that
# happens to start with a year ("1998 was...") is not mistaken for one.
# An appendix numbers its clauses A.1, A.2, A.2.1 (a capital letter, then numbers).
_CLAUSE_LABEL = r"(?:\d+(?:\.\d+)*\.|\d+(?:\.\d+)+|[A-Z](?:\.\d+)+\.?)"
_CLAUSE = re.compile(rf"^(?P<label>{_CLAUSE_LABEL})(?:[ \t]+(?P<text>.*))?$")
# A numbered heading: "## 1. PURPOSE AND SCOPE" opens section 1, whose clauses are 1.1, 1.2...
_NUMBERED_HEADING = re.compile(rf"^(?P<label>{_CLAUSE_LABEL})\s+\S")
_POLICY_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_NUMBER_DIGITS = 9  # in each part of a clause number, so that "12345678901234..." is an error, not a crash
VERSION_NUMBER = re.compile(r"^\d{1,9}(?:\.\d{1,9})*$")  # a version with a page of its own: "2", "2.1"
_REVIEW_PERIOD = re.compile(r"^(?P<amount>\d+)\s+(?P<unit>years?|months?)$", re.IGNORECASE)
_TBC = {"tbc", "to be confirmed"}


@dataclass
class _PolicyFile:
    """A policy file being read: the place errors point at."""

    path: Path
    key_lines: dict[str, int] = field(default_factory=dict)

    def error(self, line: int | None, message: str) -> PolicySourceError:
        return PolicySourceError(self.path, line, message)


# --- the handbook ---------------------------------------------------------------------------


def policy_files(source: Path) -> list[Path]:
    """The policy files in ``source``: ``<name>.md`` files and ``<name>/policy.md`` folders."""
    files = [p for p in source.glob("*.md") if p.name not in NOT_POLICIES]
    files += source.glob(f"*/{POLICY_FILE}")
    return sorted(files)


def load_handbook(source: Path) -> Handbook:
    """Read and check every policy in ``source``, including references between policies."""
    if not source.is_dir():
        raise PolicySourceError(source, None, "the policy folder does not exist")
    refuse_if_interrupted(source)
    policies = [parse_policy_file(path) for path in policy_files(source)]
    first_by_id: dict[str, Policy] = {}
    for policy in policies:
        if (first := first_by_id.setdefault(policy.meta.id, policy)) is not policy:
            raise PolicySourceError(
                policy.source,
                policy.key_lines.get("id"),
                f"policy id '{policy.meta.id}' is already used by {first.source.as_posix()}; "
                "give each policy its own id",
            )
    histories = {p.meta.id: load_history(p) for p in policies if p.source.name == POLICY_FILE}
    policies = [histories[p.meta.id].current if p.meta.id in histories else p for p in policies]
    handbook = Handbook(tuple(sorted(policies, key=lambda p: p.meta.title.casefold())), histories)
    for policy in handbook.policies:
        _check_links_to_other_policies(policy, handbook)
    return handbook


def _check_links_to_other_policies(policy: Policy, handbook: Handbook) -> None:
    for related in policy.meta.related:
        if handbook.policy(related) is None:
            raise PolicySourceError(
                policy.source,
                policy.key_lines.get("related"),
                f"'related' names policy '{related}', but no policy has that id",
            )
    for text, first_line in texts_with_lines(policy):
        for match in POLICY_LINK.finditer(text):
            line = first_line + line_of(text, match.start())
            target = handbook.policy(match["id"])
            if target is None:
                raise PolicySourceError(
                    policy.source, line, f"'{match[0]}' names no policy: no policy has that id"
                )
            anchor = match["anchor"]
            if anchor and anchor.startswith("clause-") and anchor not in {anchor_for(n) for n in target.numbers}:
                raise PolicySourceError(
                    policy.source,
                    line,
                    f"'{match[0]}' points to a clause that policy '{target.meta.id}' does not have",
                )


def texts_with_lines(policy: Policy) -> list[tuple[str, int]]:
    """Every piece of body text with the source line it starts on."""
    texts = []
    for section in policy.sections:
        if section.intro:
            texts.append((section.intro, section.intro_line))
        texts += [(clause.text, clause.line) for clause in section.clauses]
    return texts


# --- a policy's history ---------------------------------------------------------------------


def version_key(version: str) -> tuple[int, ...]:
    """Versions sort by their numbers: 1.9 before 1.10."""
    return tuple(int(part) for part in version.split("."))


def archive_hash(path: Path) -> str:
    return text_hash(read_source(path))


def text_hash(text: str) -> str:
    """The sha256 of a file's text, with line endings made Unix-style so a checkout on Windows matches."""
    return hashlib.sha256(text.replace("\r\n", "\n").encode("utf-8")).hexdigest()


def load_history(current: Policy) -> PolicyHistory:
    """The archived versions beside ``current`` (checked against the manifest) and its reviews."""
    folder = current.source.parent
    archived = [parse_policy_file(path) for path in _verified_archive(folder / VERSIONS_FOLDER)]
    for version in archived:
        _check_archived_version(version, current)
    versions = _in_order(archived, current)
    reviews = _read_reviews(folder / REVIEWS_FILE, versions)
    kept = [review for review in reviews if review.version == current.meta.version]
    if kept:
        last = max(kept, key=lambda review: review.on)
        current = dataclasses.replace(current, meta=dataclasses.replace(current.meta, reviewed_on=last.on))
        _check_next_review_is_a_date(current.meta, folder / REVIEWS_FILE, last.line)
        versions = (*versions[:-1], current)
    return PolicyHistory(versions, reviews)


def _check_next_review_is_a_date(meta: PolicyMeta, path: Path, line: int | None) -> None:
    """The next review (last review + period) must fall before the calendar's end, the year 9999."""
    try:
        meta.next_review_due  # noqa: B018 (computed only to see that it can be)
    except (OverflowError, ValueError):
        raise PolicySourceError(
            path, line, f"the next review, {meta.review_every} after {meta.last_reviewed}, would fall after the "
            "year 9999; check the date and the review period"
        ) from None


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
        if not VERSION_NUMBER.match(meta.version):
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
    """reviews.yml: a list of ``{date: DATE, by: NAME, version: "1.0", summary: TEXT}``."""
    if not path.exists() and not path.is_symlink():
        return ()
    source = _PolicyFile(path)
    root = yaml_lines.compose(read_source(path), path)
    if root is None:
        return ()
    if not isinstance(root, yaml.SequenceNode):
        raise source.error(1, "must be a list of reviews, each '- date: YYYY-MM-DD' with 'by' and 'version'")
    numbers = {v.meta.version for v in versions}
    reviews = []
    for item in root.value:
        line = item.start_mark.line + 1
        fields = {str(k.value): v for k, v in item.value} if isinstance(item, yaml.MappingNode) else {}
        values = {}
        for key in ("date", "by", "version", "summary"):
            node = fields.pop(key, None)
            if node is None and key == "summary":  # the only optional key
                continue
            if not isinstance(node, yaml.ScalarNode) or not str(node.value).strip():
                raise source.error(line, f"a review needs '{key}' with a single value (date, by, version, summary)")
            values[key] = str(node.value).strip()
        if fields:
            unknown = next(iter(fields))
            raise source.error(line, f"unknown key '{unknown}' in a review; known: date, by, version, summary")
        try:
            on = date.fromisoformat(values["date"])
        except ValueError:
            raise source.error(line, f"'date: {values['date']}' is not a date; write YYYY-MM-DD") from None
        if values["version"] not in numbers:
            raise source.error(line, f"the review names version {values['version']}, which this policy does not have")
        reviews.append(NoChangeReview(on, values["by"], values["version"], values.get("summary"), line))
    return tuple(sorted(reviews, key=lambda r: r.on))


# --- one policy -----------------------------------------------------------------------------


def parse_policy_file(path: Path) -> Policy:
    return parse_policy(read_source(path), path)


def parse_policy(text: str, path: Path) -> Policy:
    check_characters(text, path)
    source = _PolicyFile(path)
    front_matter, body, body_line = _split_front_matter(text, source)
    meta = _parse_meta(front_matter, source)
    _check_next_review_is_a_date(meta, source.path, source.key_lines.get("review_every"))
    sections = _parse_body(body, body_line, source)
    policy = Policy(meta=meta, sections=sections, source=path, key_lines=source.key_lines)
    _check_numbering(policy, source)
    _check_clause_references(policy, source)
    structure_checks.check_ids(policy, body, body_line)
    check_policy_markup(policy)
    return dataclasses.replace(policy, warnings=structure_checks.structure_warnings(policy, body, body_line))


def _split_front_matter(text: str, source: _PolicyFile) -> tuple[str, list[str], int]:
    """Return the YAML text, the body lines and the file line the body starts on."""
    lines = split_lines(text)
    if lines[0].strip() != "---":
        raise source.error(1, "a policy starts with front matter: a '---' line, YAML, then '---'")
    for index, line in enumerate(lines[1:], start=1):
        if line.strip() == "---":
            return "\n".join(lines[1:index]), lines[index + 1 :], index + 2
    raise source.error(1, "the front matter is not closed: add a '---' line after it")


# --- front matter ---------------------------------------------------------------------------


def _parse_meta(front_matter: str, source: _PolicyFile) -> PolicyMeta:
    root = yaml_lines.compose(front_matter, source.path, first_line=2, what="the front matter ")
    if not isinstance(root, yaml.MappingNode):
        raise source.error(2, "the front matter must be a list of 'key: value' lines")

    nodes: dict[str, yaml.Node] = {}
    for key_node, value_node in root.value:
        key, line = str(key_node.value), key_node.start_mark.line + 2
        if key not in _FIELDS:
            raise source.error(line, f"unknown front matter key '{key}': {unknown_key_hint(key, _FIELDS)}")
        if key in nodes:
            raise source.error(line, f"'{key}' is given twice (first on line {source.key_lines[key]})")
        nodes[key] = value_node
        source.key_lines[key] = line

    values = {}
    for key, (convert, required) in _FIELDS.items():
        if key in nodes:
            values[key] = convert(nodes[key], key, source)
        elif required:
            raise source.error(1, f"the front matter lacks '{key}'; {_FIELD_HELP[key]}")
    return PolicyMeta(**values)


def _scalar(node: yaml.Node, key: str, source: _PolicyFile) -> str:
    """The value exactly as typed: "1.0" stays "1.0" rather than becoming a float."""
    if not isinstance(node, yaml.ScalarNode) or not str(node.value).strip():
        raise source.error(node.start_mark.line + 2, f"'{key}' needs a single value; {_FIELD_HELP[key]}")
    _refuse_invisible(str(node.value), node, key, source)
    return str(node.value).strip()


def _refuse_invisible(value: str, node: yaml.Node, key: str, source: _PolicyFile) -> None:
    """A YAML escape such as "\\x01" can put a control character in a value; it would reach every page."""
    if found := INVISIBLE.search(value):
        message = f"'{key}' holds the invisible character U+{ord(found[0]):04X} (a YAML escape); remove it"
        raise source.error(node.start_mark.line + 2, message)


def _text_or_tbc(node: yaml.Node, key: str, source: _PolicyFile) -> str | None:
    value = _scalar(node, key, source)
    return None if value.casefold() in _TBC else value


def _policy_id(node: yaml.Node, key: str, source: _PolicyFile) -> str:
    value = _scalar(node, key, source)
    if not _POLICY_ID.match(value):
        raise source.error(node.start_mark.line + 2, f"'{key}: {value}' is not a valid id; {_FIELD_HELP[key]}")
    return value


def _status(node: yaml.Node, key: str, source: _PolicyFile) -> Status:
    value = _scalar(node, key, source)
    try:
        return Status(value.casefold())
    except ValueError:
        raise source.error(node.start_mark.line + 2, f"'{key}: {value}' is not a status; {_FIELD_HELP[key]}") from None


def _date_or_tbc(node: yaml.Node, key: str, source: _PolicyFile) -> date | None:
    value = _scalar(node, key, source)
    if value.casefold() in _TBC:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise source.error(node.start_mark.line + 2, f"'{key}: {value}' is not a date; {_FIELD_HELP[key]}") from None


def _review_period(node: yaml.Node, key: str, source: _PolicyFile) -> ReviewPeriod:
    value = _scalar(node, key, source)
    match = _REVIEW_PERIOD.match(value)
    if not match or len(match["amount"]) > 4 or int(match["amount"]) == 0:
        raise source.error(node.start_mark.line + 2, f"'{key}: {value}' is not a period; {_FIELD_HELP[key]}")
    unit = "years" if match["unit"].casefold().startswith("year") else "months"
    return ReviewPeriod(**{unit: int(match["amount"])})


def _names(node: yaml.Node, key: str, source: _PolicyFile) -> tuple[str, ...]:
    items = node.value if isinstance(node, yaml.SequenceNode) else None
    if items is None or not all(isinstance(item, yaml.ScalarNode) and item.value.strip() for item in items):
        raise source.error(node.start_mark.line + 2, f"'{key}' must be a list; {_FIELD_HELP[key]}")
    for item in items:
        _refuse_invisible(item.value, item, key, source)
    return tuple(item.value.strip() for item in items)


def _policy_ids(node: yaml.Node, key: str, source: _PolicyFile) -> tuple[str, ...]:
    ids = _names(node, key, source)
    for policy_id in ids:
        if not _POLICY_ID.match(policy_id):
            raise source.error(node.start_mark.line + 2, f"'{policy_id}' in '{key}' is not a policy id")
    return ids


_Converter = Callable[[yaml.Node, str, _PolicyFile], object]

# Every key a policy may have: how to read it, and whether it must be present. The order is the
# order of PolicyMeta's fields and of the error message listing known keys.
_FIELDS: dict[str, tuple[_Converter, bool]] = {
    "id": (_policy_id, True),
    "title": (_scalar, True),
    "organisation": (_scalar, True),
    "version": (_scalar, True),
    "status": (_status, True),
    "owner": (_text_or_tbc, True),
    "approved_by": (_text_or_tbc, True),
    "approved_on": (_date_or_tbc, True),
    "effective_from": (_date_or_tbc, True),
    "review_every": (_review_period, True),
    "applies_to": (_names, True),
    "related": (_policy_ids, False),
    "summary": (_scalar, False),
}

_FIELD_HELP = {
    "id": "write a short slug used in the page address, such as 'social-media' (lower case, digits, hyphens)",
    "title": "write the policy's title, such as 'Social Media Policy'",
    "organisation": "write the organisation's name, such as 'St Hugh's School'",
    "version": "write the version, such as '1.0'",
    "status": "write one of: draft, current, superseded",
    "owner": "write who owns the policy, or TBC if not known yet",
    "approved_by": "write who approved it, or TBC if not known yet",
    "approved_on": "write a date as YYYY-MM-DD, or TBC if not known yet",
    "effective_from": "write a date as YYYY-MM-DD, or TBC if not known yet",
    "review_every": "write a period such as '3 years' or '18 months'",
    "applies_to": "write a list of audiences, such as [staff, governors]",
    "related": "write a list of other policies' ids, such as [safeguarding]",
    "summary": "write in one line what this version changed",
}


# --- body -----------------------------------------------------------------------------------


@dataclass
class _OpenSection:
    heading: str | None
    level: int
    line: int
    label: str | None = None
    intro: list[str] = field(default_factory=list)
    intro_line: int = 0
    clauses: list[Clause] = field(default_factory=list)


def _parse_body(lines: list[str], first_line: int, source: _PolicyFile) -> tuple[Section, ...]:
    sections = [_OpenSection(heading=None, level=0, line=first_line)]
    clause_start: tuple[str, str, int] | None = None  # label, first line of text, line number
    clause_lines: list[str] = []

    def close_clause() -> None:
        nonlocal clause_start
        if clause_start:
            label, first_text, line = clause_start
            continuation = textwrap.dedent("\n".join(clause_lines))
            text = f"{first_text}\n{continuation}".strip()
            sections[-1].clauses.append(Clause(label=label, text=text, line=line))
        clause_start = None
        clause_lines.clear()

    for number, line in enumerate(lines, start=first_line):
        if heading := _HEADING.match(line):
            close_clause()
            numbered = _NUMBERED_HEADING.match(heading["text"])
            label = numbered["label"] if numbered else None
            sections.append(_OpenSection(heading["text"], len(heading["marks"]), number, label))
        elif clause := _CLAUSE.match(line):
            if max(map(len, clause["label"].rstrip(".").split("."))) > MAX_NUMBER_DIGITS:
                raise source.error(number, f"a clause number has at most {MAX_NUMBER_DIGITS} digits in each part")
            close_clause()
            clause_start = (clause["label"], clause["text"] or "", number)
        elif clause_start:
            clause_lines.append(line)
        elif sections[-1].intro or line.strip():
            sections[-1].intro_line = sections[-1].intro_line or number
            sections[-1].intro.append(line)
    close_clause()

    return tuple(
        Section(
            s.heading, s.level, s.line, textwrap.dedent("\n".join(s.intro)).strip(), s.intro_line,
            tuple(s.clauses), s.label,
        )
        for s in sections
        if s.heading is not None or s.clauses or "".join(s.intro).strip()
    )


def _check_numbering(policy: Policy, source: _PolicyFile) -> None:
    """Numbers run 1, 2, 3... or 1, 1.1, 1.2, 2...: none skipped, repeated or out of order.

    A numbered heading ("## 1. PURPOSE") takes its place in the run. An appendix's clauses
    (A.1, A.2) run on their own, from A.1.
    """
    numbered = [(s.number, s.line, "heading") for s in policy.sections if s.number]
    numbered += [(c.number, c.line, "clause") for c in policy.clauses]
    first_line_of: dict[tuple, int] = {}
    # The last number of each run ("" for the body, "A" for appendix A) and what bore it.
    previous_in_run: dict[str, tuple[tuple, str]] = {}
    for number, line, kind in sorted(numbered, key=lambda item: item[1]):
        shown = dotted(number)
        if number in first_line_of:
            raise source.error(
                line,
                f"{kind} {shown} is numbered twice (also on line {first_line_of[number]}), which would give two "
                f"elements the id #{anchor_for(number)}; renumber them so each number is used once",
            )
        first_line_of[number] = line
        run = number[0] if isinstance(number[0], str) else ""
        previous, previous_kind = previous_in_run.get(run, (None, ""))
        expected = _numbers_that_may_follow(previous, run)
        if number not in expected:
            # Offer a deeper number only when the policy is already going deeper.
            depth = max(len(number), len(previous) if previous else 1 + bool(run))
            choices = " or ".join(dotted(n) for n in expected if len(n) <= depth)
            if previous is None:
                first = f"clause of appendix {run}" if run else kind
                problem = f"the first {first} is numbered {shown}; number it {choices}"
                if len(number) > 1 and not run:
                    problem += (
                        f". If {dotted(number[:1])} is a section title, write it as a numbered heading such as "
                        f"'## {dotted(number[:1])}. PURPOSE AND SCOPE'"
                    )
            elif number < previous:
                problem = (
                    f"{kind} {shown} is out of order: it comes after {previous_kind} {dotted(previous)}; "
                    "numbers must increase down the page"
                )
            else:
                problem = (
                    f"{kind} {shown} follows {previous_kind} {dotted(previous)}, so a number is skipped "
                    f"(expected {choices}); renumber the clauses or add the missing one. If this line "
                    "continues the previous clause, indent it"
                )
            raise source.error(line, problem)
        previous_in_run[run] = (number, kind)


def _numbers_that_may_follow(previous: tuple | None, run: str = "") -> list[tuple]:
    """After 3.1.2 may come 3.1.2.1 (a sub-clause), 3.1.3, 3.2 or 4; after A.2, A.2.1, A.3."""
    if previous is None:
        return [(run, 1) if run else (1,)]
    following = [(*previous, 1)]
    for depth in reversed(range(1 if run else 0, len(previous))):
        following.append((*previous[:depth], previous[depth] + 1))
    return following


def _check_clause_references(policy: Policy, source: _PolicyFile) -> None:
    numbers = policy.numbers
    for text, first_line in texts_with_lines(policy):
        for reference in clause_references_outside_code(text):
            clause = policy.clause(reference.number)
            if reference.points and clause and not structure_checks.has_points(clause.text, reference.points):
                raise source.error(
                    first_line + line_of(text, reference.start),
                    f"'{text[reference.start : reference.end]}' refers to point "
                    f"{''.join(f'({p})' for p in reference.points)} of clause {clause.dotted}, which has no such "
                    "point; correct the letter",
                )
            if reference.number not in numbers:
                wording = text[reference.start : reference.end]
                raise source.error(
                    first_line + line_of(text, reference.start),
                    f"'{wording}' refers to clause {dotted(reference.number)}, which this "
                    f"policy does not have (its anchor would be #{anchor_for(reference.number)}); "
                    "correct the number, or write 'of ...' after it if it means another document",
                )
