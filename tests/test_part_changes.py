"""The change log covers everything published: a row added to an appendix's table, a part's
introduction, a renamed heading and front-matter changes (title, owner, review period) show
in the change log and the feed, not as "no clause changed"."""

from __future__ import annotations

import xml.etree.ElementTree as etree
from datetime import date

from test_history_pages import ATOM, html_of, text, version

from handbook.model import Handbook, PolicyHistory
from handbook.pages import change_log_pages, whats_changed
from handbook.versions.changes import ChangeLog

BEFORE = """\
## 1. VISITS

1.1 Visitors sign in at reception.

## APPENDIX A: EMERGENCY CONTACTS

Call these numbers in this order.

| Service | Number |
| --- | --- |
| Reception | 0161 496 0000 |
"""
AFTER = """\
## 1. VISITS AND VISITORS

1.1 Visitors sign in at reception.

## APPENDIX A: EMERGENCY CONTACTS

Call these numbers in this order.

| Service | Number |
| --- | --- |
| Reception | 0161 496 0000 |
| Site manager | 07700 900 123 |
"""


def changed_handbook() -> Handbook:
    old = version("1.0", BEFORE, "2024-01-01", owner="Business Manager")
    new = version("2.0", AFTER, "2025-01-01", status="current", owner="Head Teacher",
                  review_every='"2 years"', title='"Visitors Policy"')  # fmt: skip
    return Handbook((new,), {"test-policy": PolicyHistory((old, new))})


def test_changes_outside_clauses_are_listed_with_a_redline():
    handbook = changed_handbook()
    comparison = ChangeLog(handbook).compare(*handbook.history(handbook.policies[0]).versions)
    assert comparison.counts() == {"added": 0, "removed": 0, "amended": 0, "moved": 0, "renumbered": 0}
    assert [(c.what, c.old, c.new) for c in comparison.part_changes if not c.is_text] == [
        ("Title", "Test Policy", "Visitors Policy"),
        ("Owner", "Business Manager", "Head Teacher"),
        ("Review period", "3 years", "2 years"),
        ("Heading", "1. VISITS", "1. VISITS AND VISITORS"),
    ]
    page = html_of(change_log_pages.changes_page(handbook.policies[0], handbook, ChangeLog(handbook)))
    assert "5 other changes (front matter, headings or text outside clauses)" in text(page)
    table_change = next(c for c in page.iter("div") if "Text under APPENDIX A" in text(c) and "part-change" in
                        c.get("class", ""))
    assert [text(ins) for ins in table_change.iter("ins")] == ["[inserted: | Site manager | 07700 900 123 |]"]
    assert "[deleted: Business Manager] [inserted: Head Teacher]" in text(page)


def test_the_feed_counts_them_too():
    feed = etree.fromstring(whats_changed.atom_feed(ChangeLog(changed_handbook()), "H", None, date(2026, 1, 1)))
    summaries = [entry.findtext(f"{ATOM}summary") for entry in feed.iter(f"{ATOM}entry")]
    assert summaries[0] == "5 other changes"


SAFEGUARDING_1 = """\
## Photography

Parents and spectators may take photographs at matches for their own use.

The club will not publish photographs of children without consent.

## Reporting concerns

Any adult worried about a child should speak to the Club Welfare Officer.
"""
SAFEGUARDING_2 = """\
## Photography

Parents and spectators may take photographs at matches for their own use.

The club will not publish photographs featuring children without the written consent of a parent.

## Reporting concerns

If a child is in immediate danger, call 999 first.

Any adult worried about a child should speak to the Club Welfare Officer.
"""


def test_an_unnumbered_policy_says_which_paragraph_changed_and_links_it():
    old = version("1.0", SAFEGUARDING_1, "2024-01-01")
    new = version("2.0", SAFEGUARDING_2, "2025-01-01", status="current")
    handbook = Handbook((new,), {"test-policy": PolicyHistory((old, new))})
    comparison = ChangeLog(handbook).compare(old, new)
    # The untouched paragraphs are not listed, though one of them is now paragraph 2 of its part.
    assert [(c.what, c.anchor) for c in comparison.part_changes] == [
        ("Text under Photography, paragraph 2", "photography-p2"),
        ("Text under Reporting concerns, paragraph 1", "reporting-concerns-p1"),
    ]
    page = html_of(change_log_pages.changes_page(new, handbook, ChangeLog(handbook)))
    amended = next(c for c in page.iter("div") if "part-change" in c.get("class", "") and "Photography" in text(c))
    assert next(amended.iter("a")).get("href").endswith("#photography-p2")
    assert [text(ins) for ins in amended.iter("ins")] == ["[inserted: featuring]", "[inserted: the written]",
                                                          "[inserted: of a parent]"]
