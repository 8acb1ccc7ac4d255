"""Links to clauses that survive renumbering: a link made before a review never lands silently on
a different clause.

Clauses keep an identity across versions: the change log matches them by text
(handbook.versions.diffing), so for every archived version we know where each of its clauses is now.
Three cases follow for a link to ``#clause-2-1`` made under an earlier version:

- the old number is free now: the page carries the old anchor inside the clause it became, and
  the script moves the address there with a note (handbook.pages.policy_pages's "forwards", as before);
- the old number now names a different clause: that clause carries a note, hidden until the
  address points at it (CSS ``:target``, so it works without JavaScript), saying which clause
  the number meant before which version and where that clause is now (or that it was removed,
  with a link to the version that has it);
- "Copy link" puts the version in the link (``?v=1.0#clause-2-1``), so the script knows which
  version the link was made under and goes straight to the same clause, saying so; for a link
  made under the current version it hides the note, which does not concern it.

A link without a version (typed by hand, or copied before this) cannot tell which version it
meant, so the note says so: it is shown rather than guessed away.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field

from ..model import PolicyHistory
from ..versions.changes import ChangeLog
from .formatting import html_date, json_data
from .paths import version_path
from .policy_pages import ClauseNotes


@dataclass(frozen=True)
class EarlierMeaning:
    """In ``version`` (and the versions before it up to the next listed), this anchor named the
    clause that is now at ``now`` (None: removed since)."""

    version: str
    path: str  # the archived version's page: "acceptable-use/1.0/index.md"
    in_force_until: str  # HTML: the last day that version was in force, or "" if unknown
    now: str | None


@dataclass(frozen=True)
class LinkHistory:
    current_version: str
    versions: list[str] = field(default_factory=list)  # every version's number, oldest first
    # version -> {old anchor: its anchor now, or None when removed}, for clauses whose anchor changed
    moved: dict[str, dict[str, str | None]] = field(default_factory=dict)
    # current anchor -> what it named in earlier versions where that was a different clause, newest first
    earlier: dict[str, tuple[EarlierMeaning, ...]] = field(default_factory=dict)


def link_history(history: PolicyHistory, changelog: ChangeLog) -> LinkHistory:
    current = history.current
    current_anchors = {clause.anchor for clause in current.clauses}
    moved: dict[str, dict[str, str | None]] = {}
    earlier: dict[str, list[EarlierMeaning]] = {}
    for version in reversed(history.archived):  # newest first
        mapping = changelog.compare(version, current).new_anchors()
        changed = {old: new for old, new in mapping.items() if old != new}
        if changed:
            moved[version.meta.version] = changed
        until = history.effective_to(version)
        for old, new in changed.items():
            if old in current_anchors:
                meaning = EarlierMeaning(
                    version.meta.version, version_path(version, history), html_date(until) if until else "", new
                )
                earlier.setdefault(old, []).append(meaning)
    versions = [version.meta.version for version in history.versions]
    return LinkHistory(current.meta.version, versions, moved, {a: tuple(m) for a, m in earlier.items()})


def clause_notes(links: LinkHistory) -> ClauseNotes:
    """What the current page shows for these links: a note in each clause whose number named
    another clause before, and the anchors' history for the script."""
    return ClauseNotes({anchor: clause_note(anchor, links) for anchor in links.earlier}, history_script(links))


def _dotted(anchor: str) -> str:
    """"clause-2-1" -> "2.1", "clause-a-1" -> "A.1"."""
    return ".".join(part.upper() if part.isalpha() else part for part in anchor.removeprefix("clause-").split("-"))


def clause_note(anchor: str, links: LinkHistory) -> str:
    """The note a clause carries when its number named another clause before (empty if not)."""
    meanings = links.earlier.get(anchor)
    if not meanings:
        return ""
    number = _dotted(anchor)
    sentences = []
    for meaning in meanings:
        until = f", in force until {meaning.in_force_until}" if meaning.in_force_until else ""
        where = (
            f"that clause is now [clause {_dotted(meaning.now)}](#{meaning.now})"
            if meaning.now
            else f"that clause was removed; [read it in version {html.escape(meaning.version)}]"
            f"(/{meaning.path}#{anchor})"
        )
        version = html.escape(meaning.version)
        # "number 3", not "clause 3", which the page would link to this very clause.
        sentences.append(f"in version {version}{until}, the number {number} was a different clause: {where}.")
    return (
        '<span class="renumber-note" role="note">If you followed a link made before a review: '
        f'{" ".join(sentences)}</span> '
    )


def history_script(links: LinkHistory) -> str:
    """The anchors' history as JSON for history.js (links that carry their version: ?v=1.0)."""
    data = json.dumps(
        {"current": links.current_version, "versions": links.versions, "moved": links.moved}, sort_keys=True
    )
    return json_data("clause-history", data)
