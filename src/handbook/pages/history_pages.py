"""The pages about change: each policy's change log, the handbook-wide "What changed" page and its
Atom feed, and the review dashboard. Like handbook.pages.policy_pages, it writes Python-Markdown.

Redlines are raw HTML: ``<ins>``/``<del>`` over the clause's words as readers see them (see
``readable``), each with hidden words ("inserted:", "deleted:") that screen readers say and print
shows, so no colour is needed. The small formatting helpers are handbook.pages.policy_pages's own, so
both kinds of page show dates, "To be confirmed" and escaped text alike.
"""

from __future__ import annotations

import html
import re
import uuid
import xml.etree.ElementTree as etree
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from ..model import Clause, Handbook, Policy, PolicyHistory
from ..versions.changes import ChangeLog, Comparison, Entry
from ..versions.diffing import ChangeKind, ClauseChange, WordChange, WordOp, redline
from ..versions.link_history import clause_notes, link_history
from ..versions.part_changes import PartChange
from . import policy_pages, theme
from .policy_pages import (
    TO_BE_CONFIRMED,
    Page,
    changes_path,
    date_or_tbc,
    html_date,
    or_tbc,
    plain_text,
    policy_path,
    version_path,
)

WHATS_CHANGED_PATH = "changes/index.md"
FEED_PATH = "changes/feed.xml"
REVIEWS_PATH = "reviews/index.md"
DUE_SOON = timedelta(days=90)  # the dashboard flags reviews due within this time
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)(\{[^}]*\})?")  # [text](address){ attributes }
# Characters XML 1.0 does not allow at all, not even escaped: a feed holding one is not well-formed.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_EMPHASIS = re.compile(r"\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)")


@dataclass(frozen=True)
class SitePages:
    """The generated pages: ``listed`` ones belong in the navigation, ``unlisted`` ones are reached by links
    (archived versions and change logs, which would crowd the navigation)."""

    listed: list[Page]
    unlisted: list[Page]


def site_pages(handbook: Handbook, changelog: ChangeLog, today: date, pdf_links: bool = False) -> SitePages:
    """Every page of the handbook: the index, current and archived versions, change logs, dashboard.

    ``pdf_links`` adds "Download PDF" links to the index and the current versions (handbook.printing.print_documents).
    """
    forwards = {p.meta.id: changelog.forwards(handbook.history(p)) for p in handbook.policies}
    archived = [
        policy_pages.archived_page(version, handbook, changelog.compare(version, history.current).new_anchors())
        for history in map(handbook.history, handbook.policies)
        for version in history.archived
    ]
    change_logs = [
        changes_page(policy, handbook, changelog)
        for policy in handbook.policies
        if handbook.history(policy).has_been_reviewed
    ]
    notes = {p.meta.id: clause_notes(link_history(handbook.history(p), changelog)) for p in handbook.policies}
    listed = [
        *policy_pages.pages(handbook, today, forwards, pdf_links, notes),
        whats_changed_page(changelog),
        reviews_page(handbook, today),
    ]
    return SitePages(listed, [*archived, *change_logs])


# --- a policy's change log ------------------------------------------------------------------


def changes_page(policy: Policy, handbook: Handbook, changelog: ChangeLog) -> Page:
    history = handbook.history(policy)
    title = f"Changes to the {policy.meta.title}"
    blocks = [
        theme.front_matter(title),
        f"# {plain_text(title)}",
        f"Every review of the [{plain_text(policy.meta.title)}](/{policy_path(policy)}), newest first, with what it "
        "changed clause by clause. Clauses are matched by their text, so a clause that was only renumbered "
        "or moved is shown as such.",
    ]
    if len(history.versions) > 2:
        blocks.append(_compare_form(history, changelog))
    for entry in changelog.entries(policy):
        blocks += _entry_blocks(entry, history)
    others = changelog.other_comparisons(history)
    if others:
        blocks += [
            "## Other comparisons { #other-comparisons }",
            "Versions further apart are compared here when you choose them above.",
        ]
        blocks += [_hidden_comparison(comparison, history) for comparison in others]
    return Page(changes_path(policy), "\n\n".join(blocks) + "\n")


def _compare_form(history: PolicyHistory, changelog: ChangeLog) -> str:
    """Two version pickers (history.js shows them) and, for readers without JavaScript, links."""
    options = "".join(
        f'<option value="{html.escape(v.meta.version)}">{html.escape(v.meta.version)}</option>'
        for v in history.versions
    )
    versions = history.versions
    links = []
    for i, old in enumerate(versions):
        for new in versions[i + 1 :]:
            consecutive = history.previous(new) is old
            target = f"version-{new.meta.version}" if consecutive else changelog.compare(old, new).anchor
            links.append(f"[{plain_text(old.meta.version)} with {plain_text(new.meta.version)}](#{target})")
    return (
        '<form class="compare-versions" hidden="hidden">\n'
        f'<label>Compare version <select name="from">{options}</select></label>\n'
        f'<label>with version <select name="to">{options}</select></label>\n'
        '<button type="submit">Compare</button>\n'
        '<output class="compare-versions-result" aria-live="polite"></output>\n'
        "</form>\n\n"
        f'<p class="compare-versions-links" markdown>Compare two versions: {", ".join(links)}.</p>'
    )


def _entry_blocks(entry: Entry, history: PolicyHistory) -> list[str]:
    version = entry.version
    number = plain_text(version.meta.version)
    when = f" on {html_date(entry.day)}" if entry.day else ""
    by = f" by {plain_text(entry.approved_by)}" if entry.approved_by else ""
    if entry.review:
        heading = f"Reviewed{when}: no change"
        text = f"Version [{number}](/{version_path(version, history)}) was reviewed{by} and kept as it was."
    else:
        heading = f"Version {number}" + (f", approved {html_date(entry.day)}" if entry.day else "")
        text = f"[Version {number}](/{version_path(version, history)}) was approved{when}{by}"
        text += f", in force from {date_or_tbc(version.meta.effective_from)}."
    blocks = [f"## {heading} {{ #{entry.anchor} }}", text]
    if entry.summary:
        blocks.append(f"*{plain_text(entry.summary)}*")
    if entry.comparison:
        blocks += _comparison_blocks(entry.comparison, history)
    elif not entry.review:
        blocks.append("The first version in the handbook.")
    return blocks


def _hidden_comparison(comparison: Comparison, history: PolicyHistory) -> str:
    """A comparison of versions further apart, shown when the address points at it (#compare-1.0-3.0)."""
    old, new = (plain_text(v.meta.version) for v in (comparison.old, comparison.new))
    title = f'<p class="comparison-title"><strong>Version {old} compared with version {new}</strong></p>'
    body = "\n\n".join(_comparison_blocks(comparison, history))
    return f'<section class="comparison" id="{comparison.anchor}" markdown>\n\n{title}\n\n{body}\n\n</section>'


def _comparison_blocks(comparison: Comparison, history: PolicyHistory) -> list[str]:
    counts = comparison.counts()
    said = [f"{n} clause{'s' if n != 1 else ''} {kind}" for kind, n in counts.items() if n]
    if parts := len(comparison.part_changes):
        said.append(f"{parts} other change{'s' if parts != 1 else ''} (front matter, headings or text outside clauses)")
    lead = f"Compared with version {plain_text(comparison.old.meta.version)}"
    summary = f"{lead}: {', '.join(said)}." if said else f"{lead}, nothing changed."
    old_page, new_page = (version_path(v, history) for v in (comparison.old, comparison.new))
    blocks = [summary]
    items = [
        _change_html(change, old_page, new_page)
        for change in comparison.changes
        if change.kind is not ChangeKind.UNCHANGED or change.moved
    ]
    items += [_part_change_html(change) for change in comparison.part_changes]
    if items:
        blocks.append('<div class="clause-changes" markdown>\n\n' + "\n\n".join(items) + "\n\n</div>")
    if renumbered := comparison.renumbered_only:
        moves = ", ".join(
            f"{_clause_link(c.old, old_page)} is now {_clause_link(c.new, new_page)}"
            for c in renumbered
            if c.old and c.new
        )
        blocks.append(f"Renumbered, text unchanged: {moves}.")
    return blocks


def _change_html(change: ClauseChange, old_page: str, new_page: str) -> str:
    old, new = change.old, change.new
    if change.kind is ChangeKind.ADDED and new:
        label = f"Added: {_clause_link(new, new_page)}"
        if change.related:
            label += f" (split from clause {change.related.dotted})"
        text = _marked("ins", "inserted", readable(new.text))
    elif change.kind is ChangeKind.REMOVED and old:
        label = f"Removed: {_clause_link(old, old_page)}"
        if change.related:
            label += f" (merged into clause {change.related.dotted})"
        text = _marked("del", "deleted", readable(old.text))
    elif old and new:
        kind = "Amended" if change.kind is ChangeKind.AMENDED else "Moved, text unchanged"
        if change.kind is ChangeKind.AMENDED and change.moved:
            kind = "Amended and moved"
        label = f"{kind}: {_clause_link(new, new_page)}"
        if change.renumbered:
            label += f" (was {_clause_link(old, old_page)})"
        if change.kind is ChangeKind.AMENDED:
            text = _redline(redline(readable(old.text), readable(new.text)))
        else:
            text = html.escape(readable(new.text))
    else:
        raise ValueError(f"a {change.kind} change lacks the clause it is about")
    return (
        f'<div class="clause-change clause-change-{change.kind}" markdown>\n\n'
        f"{label}\n{{ .clause-change-label }}\n\n"
        f'<div class="redline">{text}</div>\n\n</div>'
    )


def _part_change_html(change: PartChange) -> str:
    """A change outside the clauses: a redline of text under a heading, or old and new values."""
    if change.is_text:
        old, new = readable(change.old or ""), readable(change.new or "")
        text = _redline(redline(old, new)) if old and new else _marked("ins" if new else "del",
                                                                       "inserted" if new else "deleted", new or old)
    else:
        text = " ".join(
            part for part in (
                _marked("del", "deleted", change.old) if change.old else "",
                _marked("ins", "inserted", change.new) if change.new else "",
            ) if part
        )
    return (
        '<div class="clause-change part-change" markdown>\n\n'
        f"{plain_text(change.what)}\n{{ .clause-change-label }}\n\n"
        f'<div class="redline">{text}</div>\n\n</div>'
    )


def readable(clause_text: str) -> str:
    """A clause's Markdown as a reader sees it: link text without its address, no emphasis marks.

    Redlines compare this text, so a change of wording shows and the Markdown syntax does not.
    """
    return _EMPHASIS.sub("", _LINK.sub(r"\1", clause_text))


def _clause_link(clause: Clause, page: str) -> str:
    return f"[clause {clause.dotted}](/{page}#{clause.anchor})"


def _redline(words: tuple[WordChange, ...]) -> str:
    parts = []
    for word in words:
        if word.op is WordOp.INSERT:
            parts.append(_marked("ins", "inserted", word.text))
        elif word.op is WordOp.DELETE:
            parts.append(_marked("del", "deleted", word.text))
        else:
            parts.append(html.escape(word.text))
    return "".join(parts)


def _marked(tag: str, words: str, text: str) -> str:
    """``<ins>`` or ``<del>`` with a hidden "[inserted: ...]" for screen readers and print.

    Spaces around the words stay outside the mark, so "act [inserted: today]" reads as words.
    """
    core = text.strip()
    if not core:
        return html.escape(text)
    before, after = text[: text.index(core)], text[text.index(core) + len(core) :]
    return (
        f'{html.escape(before)}<{tag}><span class="redline-marker">[{words}: </span>{html.escape(core)}'
        f'<span class="redline-marker">]</span></{tag}>{html.escape(after)}'
    )


# --- the handbook-wide page and feed --------------------------------------------------------


def whats_changed_page(changelog: ChangeLog) -> Page:
    blocks = [
        theme.front_matter("What changed"),
        "# What changed",
        "Every review of every policy, newest first. Follow one to see what it changed, clause by clause. "
        "Also as an [Atom feed](feed.xml) for feed readers.",
    ]
    items = []
    for entry in changelog.all_entries():
        day = html_date(entry.day) if entry.day else TO_BE_CONFIRMED
        link = f"[{plain_text(entry.policy.meta.title)}](/{_entry_page(entry, changelog.handbook)})"
        details = f" ({plain_text(_entry_details(entry))})" if _entry_details(entry) else ""
        items.append(f"- **{day}**: {link}: {plain_text(_entry_title(entry))}{details}")
    blocks.append("\n".join(items) if items else "No policy has been reviewed yet.")
    return Page(WHATS_CHANGED_PATH, "\n\n".join(blocks) + "\n")


def _entry_page(entry: Entry, handbook: Handbook) -> str:
    """Where an entry is told: its section of the change log, or the version table of a policy never reviewed."""
    if handbook.history(entry.policy).has_been_reviewed:
        return f"{changes_path(entry.policy)}#{entry.anchor}"
    return f"{policy_path(entry.policy)}#versions"


def _entry_title(entry: Entry) -> str:
    number = entry.version.meta.version
    if entry.review:
        return f"reviewed, no change to version {number}"
    return f"version {number}" + ("" if entry.comparison else " (first version)")


def _entry_details(entry: Entry) -> str:
    """Plain text: how many clauses changed, and the summary."""
    details = []
    if entry.comparison:
        counts = {**entry.comparison.counts(), "other changes": len(entry.comparison.part_changes)}
        details.append(", ".join(f"{n} {kind}" for kind, n in counts.items() if n) or "nothing changed")
    if entry.summary:
        details.append(entry.summary)
    return "; ".join(details)


def atom_feed(changelog: ChangeLog, site_name: str, site_url: str | None, today: date) -> str:
    """The "What changed" page as an Atom feed (RFC 4287). Entries without a date (TBC) are left out.

    Ids are UUIDs made from the site's name and the review, so they stay the same from build to build.
    Links are absolute when ``site_url`` is set, else relative to the feed's own address.
    """
    atom = "http://www.w3.org/2005/Atom"
    etree.register_namespace("", atom)

    def element(parent: etree.Element, tag: str, text: str | None = None, **attributes: str) -> etree.Element:
        child = etree.SubElement(parent, f"{{{atom}}}{tag}", attributes)
        child.text = _NOT_XML.sub("", text) if text else text  # a site name may hold anything
        return child

    def address(path: str) -> str:
        page = path.removesuffix("index.md")
        return f"{site_url.rstrip('/')}/{page}" if site_url else f"../{page}"

    entries = [e for e in changelog.all_entries() if e.day]
    feed = etree.Element(f"{{{atom}}}feed")
    element(feed, "title", f"{site_name}: what changed")
    element(feed, "id", uuid.uuid5(uuid.NAMESPACE_URL, f"handbook:{site_name}").urn)
    element(feed, "updated", _timestamp(entries[0].day if entries else today))
    element(element(feed, "author"), "name", site_name)
    element(feed, "link", rel="alternate", type="text/html", href=address(WHATS_CHANGED_PATH))
    if site_url:
        element(feed, "link", rel="self", type="application/atom+xml", href=f"{site_url.rstrip('/')}/{FEED_PATH}")
    for entry in entries:
        item = element(feed, "entry")
        element(item, "title", f"{entry.policy.meta.title}: {_entry_title(entry)}")
        name = f"handbook:{site_name}:{entry.policy.meta.id}:{entry.anchor}"
        element(item, "id", uuid.uuid5(uuid.NAMESPACE_URL, name).urn)
        element(item, "updated", _timestamp(entry.day))
        page, _, anchor = _entry_page(entry, changelog.handbook).partition("#")
        element(item, "link", rel="alternate", type="text/html", href=f"{address(page)}#{anchor}")
        element(item, "summary", _entry_details(entry) or _entry_title(entry))
    etree.indent(feed)
    return etree.tostring(feed, encoding="unicode", xml_declaration=True) + "\n"


def _timestamp(day: date | None) -> str:
    assert day is not None, "undated entries are left out of the feed"
    return datetime(day.year, day.month, day.day, tzinfo=UTC).isoformat().replace("+00:00", "Z")


# --- the review dashboard -------------------------------------------------------------------


def review_state(policy: Policy, today: date) -> str:
    """"overdue", "due soon" (within 90 days), "not due" or "unknown" (no date to count from)."""
    due = policy.meta.next_review_due
    if due is None:
        return "unknown"
    if due < today:
        return "overdue"
    return "due soon" if due <= today + DUE_SOON else "not due"


def overdue(handbook: Handbook, today: date) -> list[Policy]:
    return [p for p in handbook.policies if review_state(p, today) == "overdue"]


def reviews_page(handbook: Handbook, today: date) -> Page:
    shown = {
        "overdue": "**Overdue**",
        "due soon": "**Due within 90 days**",
        "not due": "Not due yet",
        "unknown": TO_BE_CONFIRMED,
    }
    header = ["Policy", "Version", "Last review", "Next review due", "State"]
    rows = [header, ["---"] * len(header)]
    order = sorted(handbook.policies, key=lambda p: (p.meta.next_review_due or date.max, p.meta.title))
    for policy in order:
        meta, history = policy.meta, handbook.history(policy)
        kept = [r for r in history.no_change_reviews if r.version == meta.version and r.on == meta.reviewed_on]
        if kept:
            last = f"{html_date(kept[-1].on)}, no change ({or_tbc(kept[-1].by)})"
        else:
            last = f"{date_or_tbc(meta.approved_on)}, approved ({or_tbc(meta.approved_by)})"
        rows.append(
            [
                f"[{plain_text(meta.title)}](/{policy_path(policy)})",
                plain_text(meta.version),
                last,
                f"{date_or_tbc(meta.next_review_due)} (every {meta.review_every})",
                shown[review_state(policy, today)],
            ]
        )
    table = "\n".join("| " + " | ".join(row) + " |" for row in rows)  # cells are escaped already
    blocks = [
        theme.front_matter("Reviews"),
        "# Reviews",
        f"When each policy was last reviewed and when its next review is due, as of {html_date(today)} "
        "(the day the handbook was built). Soonest first.",
        table,
        f"See [what changed](/{WHATS_CHANGED_PATH}) at each review.",
    ]
    return Page(REVIEWS_PATH, "\n\n".join(blocks) + "\n")
