"""The handbook-wide "What changed" page, every review of every policy newest first, and the same
as an Atom feed for feed readers."""

from __future__ import annotations

import re
import uuid
import xml.etree.ElementTree as etree
from datetime import UTC, date, datetime

from ..markdown_extensions.text import escape_markdown
from ..model import Handbook
from ..versions.changes import ChangeLog, Entry
from . import theme
from .formatting import TO_BE_CONFIRMED, html_date
from .paths import FEED_PATH, WHATS_CHANGED_PATH, changes_path, policy_path
from .policy_pages import Page

# Characters XML 1.0 does not allow at all, not even escaped: a feed holding one is not well-formed.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


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
        link = f"[{escape_markdown(entry.policy.meta.title)}](/{_entry_page(entry, changelog.handbook)})"
        details = f" ({escape_markdown(_entry_details(entry))})" if _entry_details(entry) else ""
        items.append(f"- **{day}**: {link}: {escape_markdown(_entry_title(entry))}{details}")
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
