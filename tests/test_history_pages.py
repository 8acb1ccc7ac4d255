"""Pages about change, rendered with Python-Markdown: archived versions, change logs, feed, dashboard."""

from __future__ import annotations

import json
import xml.etree.ElementTree as etree
from datetime import date
from pathlib import Path

import markdown
import pytest
from helpers import policy_source, text

from handbook.model import Handbook, NoChangeReview, PolicyHistory
from handbook.pages import change_log_pages, policy_pages, review_dashboard, whats_changed
from handbook.source.policy_file import parse_policy
from handbook.versions.changes import ChangeLog

ATOM = "{http://www.w3.org/2005/Atom}"

# Version 2.0 inserts a clause at the top (so 1 -> 2 and 2 -> 3) and amends the last one;
# version 3.0 removes clause 1 (so 2 -> 1 again) and adds a new clause 3.
V1 = "1. Lock your screen when you leave.\n2. Report a lost laptop within a day.\n"
V2 = (
    "1. Staff use only academy accounts.\n2. Lock your screen when you leave.\n"
    "3. Report a lost laptop within an hour.\n"
)
V3 = "1. Lock your screen when you leave.\n2. Report a lost laptop within an hour.\n3. Wear your badge.\n"


def version(number: str, body: str, effective_from: str, status: str = "superseded", **meta: str):
    path = Path(f"policy_src/test-policy/versions/{number}.md")
    return parse_policy(
        policy_source(body, version=f'"{number}"', status=status, approved_on=effective_from,
                      effective_from=effective_from, **meta),
        path,
    )  # fmt: skip


@pytest.fixture
def handbook() -> Handbook:
    v1 = version("1.0", V1, "2020-01-01", summary='"First."')
    v2 = version("2.0", V2, "2022-01-01", summary='"Accounts; lost laptops within an hour."')
    v3 = version("3.0", V3, "2024-01-01", status="current")
    review = NoChangeReview(date(2023, 1, 1), "Governors", "2.0", "Still right.")
    return Handbook((v3,), {"test-policy": PolicyHistory((v1, v2, v3), (review,))})


def html_of(page: policy_pages.Page) -> etree.Element:
    body = page.markdown.split("---\n", 2)[2]
    return etree.fromstring(f"<main>{markdown.markdown(body, extensions=policy_pages.MARKDOWN_EXTENSIONS)}</main>")



def test_an_old_anchor_now_used_by_another_clause_is_not_forwarded(handbook):
    # 2.0's clause 3 (lost laptop) is clause 2 now, and 2.0's clause 2 is clause 1; but clause-2 and
    # clause-3 are both current clauses' anchors, so neither old anchor is forwarded.
    assert ChangeLog(handbook).forwards(handbook.history(handbook.policies[0])) == {}


def test_when_versions_disagree_about_an_old_anchor_the_newer_one_wins():
    sentences = ["Alpha rules apply.", "Bravo is kept.", "Charlie goes first.", "Pupils wear badges.",
                 "Queries go to the office.", "Records are kept for a year."]  # fmt: skip
    a, b, c, p, q, r = sentences

    def body(*texts: str) -> str:
        return "".join(f"{n}. {t}\n" for n, t in enumerate(texts, start=1))

    v1, v2 = version("1.0", body(a, b, c, p), "2020-01-01"), version("2.0", body(a, b, c, q), "2021-01-01")
    current = version("3.0", body(p, q, r), "2022-01-01", status="current")
    history = PolicyHistory((v1, v2, current))
    # clause-4 was p in 1.0 (now clause 1) and q in 2.0 (now clause 2): 2.0's meaning wins.
    assert ChangeLog(Handbook((current,), {"test-policy": history})).forwards(history) == {"clause-4": "clause-2"}


def test_old_anchor_is_forwarded_when_its_number_is_free():
    old = version("1.0", V2, "2020-01-01")
    current = version("2.0", "1. Lock your screen when you leave.\n2. Report a lost laptop within an hour.\n",
                      "2022-01-01", status="current")  # fmt: skip
    handbook = Handbook((current,), {"test-policy": PolicyHistory((old, current))})
    changelog = ChangeLog(handbook)
    forwards = changelog.forwards(handbook.history(current))
    assert forwards == {"clause-3": "clause-2"}  # clause-2 is still a clause, clause-3 is free
    root = html_of(policy_pages.policy_page(current, handbook, date(2023, 1, 1), forwards))
    old_anchor = root.find(".//*[@id='clause-3']")
    assert old_anchor is not None and old_anchor.get("data-forward") == "clause-2"
    assert root.find(".//*[@id='clause-2']//*[@id='clause-3']") is not None  # inside the clause it forwards to


def test_archived_page_maps_clauses_to_the_current_version(handbook):
    history = handbook.history(handbook.policies[0])
    v2 = history.versions[1]
    changelog = ChangeLog(handbook)
    page = policy_pages.archived_page(v2, handbook, changelog.compare(v2, history.current).new_anchors())
    assert page.path == "test-policy/2.0/index.md"
    root = html_of(page)
    banner = root.find(".//*[@class='admonition danger superseded-banner']")
    assert "Superseded: this is not the current version" in text(banner)
    assert "in force from 1 January 2022 to 31 December 2023" in text(banner)
    clauses = [div for div in root.iter("div") if div.get("data-current-anchor") is not None]
    current_anchor = {clause.get("id"): clause.get("data-current-anchor") for clause in clauses}
    assert current_anchor == {"clause-1": "", "clause-2": "clause-1", "clause-3": "clause-2"}
    assert clauses[1].get("data-citation") == "Test School Test Policy, clause 2 (version 2.0)"


def test_version_table_lists_every_version_newest_first(handbook):
    root = html_of(policy_pages.policy_page(handbook.policies[0], handbook, date(2025, 1, 1)))
    rows = [[text(td) for td in tr.iter("td")] for tr in root.iter("tr") if tr.find("td") is not None]
    assert [row[:3] for row in rows] == [
        ["3.0 (current) (this page)", "1 January 2024", "still in force"],
        ["2.0", "1 January 2022", "31 December 2023"],
        ["1.0", "1 January 2020", "31 December 2021"],
    ]
    assert rows[1][5] == "Accounts; lost laptops within an hour."
    assert root.find(".//form[@class='version-on-date']").get("hidden") == "hidden"  # until handbook.js runs


def test_change_log_shows_an_insertion_at_the_top_as_one_addition(handbook):
    page = change_log_pages.changes_page(handbook.policies[0], handbook, ChangeLog(handbook))
    assert page.path == "test-policy/changes/index.md"
    root = html_of(page)
    headings = [text(h) for h in root.iter("h2")]
    assert headings == [
        "Version 3.0, approved 1 January 2024",
        "Reviewed on 1 January 2023: no change",
        "Version 2.0, approved 1 January 2022",
        "Version 1.0, approved 1 January 2020",
        "Other comparisons",
    ]
    changes_to_2 = root.find(".//h2[@id='version-2.0']")
    assert changes_to_2 is not None
    text_of_page = text(root)
    assert "Compared with version 1.0: 1 clause added, 1 clause amended." in text_of_page
    assert "Added: clause 1 [inserted: Staff use only academy accounts.]" in text_of_page
    amended = next(d for d in root.iter("div") if d.get("class") == "clause-change clause-change-amended")
    assert text(amended.find("p")) == "Amended: clause 3 (was clause 2)"
    assert [text(e) for e in amended.iter("del")] == ["[deleted: a day]"]
    assert [text(e) for e in amended.iter("ins")] == ["[inserted: an hour]"]
    assert "Renumbered, text unchanged: clause 1 is now clause 2." in text_of_page
    assert root.find(".//section[@id='compare-1.0-3.0']") is not None


def test_atom_feed_has_the_required_elements(handbook):
    changelog = ChangeLog(handbook)
    xml = whats_changed.atom_feed(changelog, "Handbook", "https://intranet.example/hb/", date(2025, 1, 1))
    feed = etree.fromstring(xml)
    assert feed.tag == f"{ATOM}feed"
    assert feed.findtext(f"{ATOM}title") == "Handbook: what changed"
    assert feed.findtext(f"{ATOM}updated") == "2024-01-01T00:00:00Z"
    assert feed.findtext(f"{ATOM}author/{ATOM}name") == "Handbook"
    entries = feed.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries] == [
        "Test Policy: version 3.0",
        "Test Policy: reviewed, no change to version 2.0",
        "Test Policy: version 2.0",
        "Test Policy: version 1.0 (first version)",
    ]
    assert entries[0].find(f"{ATOM}link").get("href") == "https://intranet.example/hb/test-policy/changes/#version-3.0"
    assert feed.find(f"{ATOM}link[@rel='self']").get("href") == "https://intranet.example/hb/changes/feed.xml"


def test_feed_leaves_out_reviews_without_a_date(write_policy):
    policy = parse_policy(policy_source(approved_on="TBC", effective_from="TBC"), Path("p.md"))
    feed = etree.fromstring(whats_changed.atom_feed(ChangeLog(Handbook((policy,))), "H", None, date(2026, 5, 1)))
    assert feed.findall(f"{ATOM}entry") == []
    assert feed.findtext(f"{ATOM}updated") == "2026-05-01T00:00:00Z"


@pytest.mark.parametrize(
    ("today", "state"),
    [
        (date(2028, 1, 16), "overdue"),
        (date(2027, 10, 18), "due soon"),  # 89 days before 2028-01-15
        (date(2027, 10, 16), "not due"),  # 91 days before
    ],
)
def test_review_state(today, state):
    policy = parse_policy(policy_source(), Path("p.md"))  # approved 2025-01-15, every 3 years
    assert review_dashboard.review_state(policy, today) == state
    page = html_of(review_dashboard.reviews_page(Handbook((policy,)), today))
    shown = {"overdue": "Overdue", "due soon": "Due within 90 days", "not due": "Not due yet"}[state]
    assert text(list(page.iter("tr"))[1]).endswith(shown)


def test_review_state_unknown_without_dates():
    policy = parse_policy(policy_source(approved_on="TBC", effective_from="TBC"), Path("p.md"))
    assert review_dashboard.review_state(policy, date(2026, 1, 1)) == "unknown"


def test_dashboard_lists_a_policy_whose_review_period_is_to_be_confirmed():
    unknown = parse_policy(policy_source(id="visitors", title="Visitors Policy", review_every="TBC",
                                         statutory="true"), Path("v.md"))
    known = parse_policy(policy_source(), Path("p.md"))  # approved 2025-01-15, every 3 years
    today = date(2026, 1, 1)
    assert review_dashboard.review_state(unknown, today) == "period unknown"
    page = html_of(review_dashboard.reviews_page(Handbook((unknown, known)), today))
    rows = {text(row.find("td")): [text(cell) for cell in row.iter("td")] for row in list(page.iter("tr"))[1:]}
    assert rows["Visitors Policy"][3:] == [
        "To be confirmed (review period to be confirmed)", "Review period to be confirmed",
        "Yes, review period to be confirmed",
    ]
    assert rows["Test Policy"][3] == "15 January 2028 (every 3 years)"


def test_hostile_summaries_stay_text(handbook):
    hostile = '<script>alert("x")</script> *bold* [link](http://evil.example) | pipe'
    v1 = version("1.0", V1, "2020-01-01", summary=json.dumps(hostile))
    current = version("2.0", V2, "2022-01-01", status="current")
    review = NoChangeReview(date(2023, 1, 1), "<b>Governors</b>", "2.0", hostile)
    handbook = Handbook((current,), {"test-policy": PolicyHistory((v1, current), (review,))})
    changelog = ChangeLog(handbook)
    pages = [
        policy_pages.policy_page(current, handbook, date(2024, 1, 1)),
        change_log_pages.changes_page(current, handbook, changelog),
        whats_changed.whats_changed_page(changelog),
    ]
    for page in pages:
        root = html_of(page)
        assert root.find(".//script") is None and root.find(".//b") is None, page.path
        assert not [a for a in root.iter("a") if "evil" in a.get("href", "")], page.path
        assert '<script>alert("x")</script> *bold* [link](http://evil.example) | pipe' in text(root), page.path
    feed = etree.fromstring(whats_changed.atom_feed(changelog, "H", None, date(2024, 1, 1)))
    assert hostile in [e.findtext(f"{ATOM}summary") for e in feed.findall(f"{ATOM}entry")]


def test_redline_compares_what_readers_see_not_markdown():
    v1 = version("1.0", "1. Read the [Other Policy](policy:other) and **act**.\n", "2020-01-01")
    current = version("2.0", "1. Read the [Other Policy](policy:other#clause-2) and **act** today.\n", "2022-01-01",
                      status="current")  # fmt: skip
    handbook = Handbook((current,), {"test-policy": PolicyHistory((v1, current))})
    root = html_of(change_log_pages.changes_page(current, handbook, ChangeLog(handbook)))
    redline = next(div for div in root.iter("div") if div.get("class") == "redline")
    assert text(redline) == "Read the Other Policy and act [inserted: today].", text(redline)
