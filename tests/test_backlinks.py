"""Backlinks (issue 21): which clauses refer to which, "Referred to by" on the pages, and the references a
review leaves pointing elsewhere (the change log, ``handbook review approve``). The PDFs: test_printing, test_pdf."""

from __future__ import annotations

import xml.etree.ElementTree as etree
from datetime import date
from pathlib import Path

import markdown
import pytest
from helpers import policy_source

from handbook.cli import main
from handbook.markdown_extensions import backlinks as backlinks_module
from handbook.markdown_extensions.backlinks import KeptReferrals, backlinks
from handbook.model import Handbook, Policy, PolicyHistory
from handbook.pages import change_log_pages, policy_pages
from handbook.pages.site_pages import KeptForServe, site_pages
from handbook.search import passages
from handbook.source.policy_file import parse_policy
from handbook.versions.changes import ChangeLog

TODAY = date(2026, 6, 1)

RULES = """\
## RULES

1. Staff follow the rules.
2. Staff report concerns the same day:
(a) to their line manager; and
(b) in writing.
3. Clause 2(b) explains how; clause 3 itself is short.
4. Breaches are handled under clauses 1 and 5, never `clause 2` in code.
5. Questions go to the [Data Office](policy:data#clause-2-b), not to [the contract, clause 1](https://example.org).
"""
DATA = """\
## DATA

1. Personal data is kept safe.
2. Breaches are reported:
(a) by phone; and
(b) by email.
3. Everyone follows clause 1; see the [Rules Policy](policy:rules#clause-4) and the [Rules Policy](policy:rules).
"""


def policy(policy_id: str, title: str, body: str, **meta: str) -> Policy:
    path = Path(f"policy_src/{policy_id}/policy.md")
    return parse_policy(policy_source(body, id=policy_id, title=title, **meta), path)


@pytest.fixture
def handbook() -> Handbook:
    return Handbook((policy("data", "Data Policy", DATA), policy("rules", "Rules Policy", RULES)))


def cited(handbook: Handbook, policy_id: str, number: tuple, kept: KeptReferrals | None = None) -> list[str]:
    found = backlinks(handbook.policies, kept).referrers(handbook.policy(policy_id), number)
    return [referrer.citation for referrer in found]


def test_a_clause_knows_the_clauses_of_its_own_policy_that_refer_to_it(handbook):
    # "clauses 1 and 5": a list.
    assert cited(handbook, "rules", (1,)) == ["Rules Policy, clause 4"]
    assert cited(handbook, "rules", (5,)) == ["Rules Policy, clause 4"]


def test_a_point_reference_counts_for_its_clause_and_a_clause_does_not_refer_to_itself(handbook):
    # "Clause 2(b)" is clause 3's; clause 3 naming itself is no backlink.
    assert cited(handbook, "rules", (2,)) == ["Rules Policy, clause 3"]
    assert cited(handbook, "rules", (3,)) == []


def test_references_in_code_and_in_the_text_of_a_link_are_not_counted(handbook):
    # "`clause 2`" is code; "[the contract, clause 1](https://...)" is a link's text, not linked on the page.
    assert "Rules Policy, clause 4" not in cited(handbook, "rules", (2,))
    assert "Rules Policy, clause 5" not in cited(handbook, "rules", (1,))


def test_a_range_counts_the_clauses_inside_it():
    rules = policy("rules", "Rules Policy", "1. One.\n2. Two.\n3. Three.\n4. Four.\n5. See clauses 1 to 3 and 4.\n")
    found = backlinks([rules])
    assert [n for n in ((1,), (2,), (3,), (4,), (5,)) if found.referrers(rules, n)] == [(1,), (2,), (3,), (4,)]


def test_a_link_to_another_policy_counts_for_the_clause_of_its_anchor_and_for_the_policy(handbook):
    # policy:data#clause-2-b is point (b) of clause 2; policy:rules#clause-4 is clause 4.
    assert cited(handbook, "data", (2,)) == ["Rules Policy, clause 5"]
    assert cited(handbook, "rules", (4,)) == ["Data Policy, clause 3"]
    assert cited(handbook, "data", (1,)) == ["Data Policy, clause 3"]
    found = backlinks(handbook.policies)
    assert [p.meta.id for p in found.referring_policies(handbook.policy("data"))] == ["rules"]
    assert [p.meta.id for p in found.referring_policies(handbook.policy("rules"))] == ["data"]


def html_of(page: policy_pages.Page) -> etree.Element:
    body = page.markdown.split("---\n", 2)[2]
    return etree.fromstring(f"<main>{markdown.markdown(body, extensions=policy_pages.MARKDOWN_EXTENSIONS)}</main>")


def referred_lines(root: etree.Element, anchor: str) -> list[tuple[str, list[str]]]:
    clause = root.find(f".//*[@id='{anchor}']")
    return [(" ".join("".join(p.itertext()).split()), [a.get("href") for a in p.iter("a")])
            for p in clause.iterfind("p[@class='referred-to-by']")]


def current_pages(handbook: Handbook, kept: KeptForServe | None = None) -> dict[str, etree.Element]:
    """Each current policy's page, by path; with ``kept`` as `mkdocs serve` makes them (keeping what it keeps)."""
    paths = {f"{p.meta.id}/index.md" for p in handbook.policies}
    pages = site_pages(handbook, ChangeLog(handbook), TODAY, kept=kept).listed
    return {page.path: html_of(page) for page in pages if page.path in paths}


def test_the_page_says_referred_to_by_under_the_clause_with_links_to_the_referring_clauses(handbook):
    pages = current_pages(handbook)
    rules, data = pages["rules/index.md"], pages["data/index.md"]
    assert referred_lines(rules, "clause-1") == [
        ("Referred to by: Rules Policy, clause 4", ["#clause-4"])
    ]
    # Another policy's clause is linked to its page, as the site engine resolves /<id>/index.md.
    assert referred_lines(rules, "clause-4") == [
        ("Referred to by: Data Policy, clause 3", ["/data/index.md#clause-3"])
    ]
    assert referred_lines(data, "clause-2") == [
        ("Referred to by: Rules Policy, clause 5", ["/rules/index.md#clause-5"])
    ]
    assert referred_lines(rules, "clause-3") == []  # nobody refers to it
    # The "Referred to by" link is not taken for a reference to this policy's clause.
    assert [a.get("class") for a in rules.find(".//*[@id='clause-4']").iterfind("p[@class='referred-to-by']/a")] == [
        None
    ]


def test_the_metadata_box_lists_the_policies_that_refer_to_this_one(handbook):
    data = current_pages(handbook)["data/index.md"]
    items = list(data.find(".//div[@class='policy-meta']/dl"))
    fields = {"".join(dt.itertext()): dd for dt, dd in zip(items[::2], items[1::2], strict=True)}
    links = [(a.text, a.get("href")) for a in fields["Referred to by"].iter("a")]
    assert links == [("Rules Policy", "/rules/index.md")]
    lone = Handbook((policy("alone", "Alone Policy", "1. One.\n2. See clause 1.\n"),))
    meta = current_pages(lone)["alone/index.md"].find(".//div[@class='policy-meta']")
    assert "Referred to by" not in "".join(meta.itertext())  # only other policies are listed


def test_what_serve_keeps_for_its_next_build_follows_the_other_policies(handbook):
    """`mkdocs serve` reads an unchanged policy file as the same Policy, and keeps its referrals and its page's
    text for the next build (backlinks, policy_pages): a save of another policy still changes what they say."""
    kept = KeptForServe()  # the build object's, across serve's builds
    rules, data = handbook.policy("rules"), handbook.policy("data")
    assert cited(handbook, "data", (2,), kept.referrals) == ["Rules Policy, clause 5"]
    # Data saved without its clause 2: the Rules Policy's link to #clause-2-b now names the policy alone.
    shorter = Handbook((policy("data", "Data Policy", "## DATA\n\n1. Personal data is kept safe.\n"), rules))
    assert cited(shorter, "data", (2,), kept.referrals) == []
    referring = backlinks(shorter.policies, kept.referrals).referring_policies(shorter.policy("data"))
    assert [p.meta.id for p in referring] == ["rules"]
    assert cited(handbook, "data", (2,), kept.referrals) == ["Rules Policy, clause 5"]

    referred = [("Referred to by: Rules Policy, clause 5", ["/rules/index.md#clause-5"])]
    assert referred_lines(current_pages(handbook, kept)["data/index.md"], "clause-2") == referred
    # The Rules Policy saved without its link: the unchanged Data Policy's page loses the line.
    unlinked = policy("rules", "Rules Policy", RULES.replace("(policy:data#clause-2-b)", "(policy:data)"))
    assert referred_lines(current_pages(Handbook((data, unlinked)), kept)["data/index.md"], "clause-2") == []
    assert referred_lines(current_pages(handbook, kept)["data/index.md"], "clause-2") == referred


def test_serve_reads_an_unchanged_policy_s_references_once_and_build_keeps_none(handbook, monkeypatch):
    """What is kept is kept by the object the build owns: a second build of serve reads no unchanged policy's
    references again, ``mkdocs build`` (nothing kept) reads them each time. (Fails with the keeping taken out.)"""
    read: list[str] = []
    real = backlinks_module.referrals
    monkeypatch.setattr(backlinks_module, "referrals", lambda p, find: read.append(p.meta.id) or real(p, find))
    kept = KeptReferrals()
    first, again = backlinks(handbook.policies, kept), backlinks(handbook.policies, kept)
    assert first == again and sorted(read) == ["data", "rules"]
    rules = policy("rules", "Rules Policy", RULES.replace("clauses 1 and 5", "clause 1"))  # a save of the Rules Policy
    backlinks(Handbook((handbook.policy("data"), rules)).policies, kept)
    assert sorted(read) == ["data", "data", "rules", "rules"]  # the Data Policy links to the Rules Policy: read again
    read.clear()
    backlinks(handbook.policies, KeptReferrals())  # a new build object's: nothing kept module-wide
    backlinks(handbook.policies)
    backlinks(handbook.policies)
    assert sorted(read) == ["data", "data", "data", "rules", "rules", "rules"]


def test_a_kept_page_text_follows_the_old_anchors_it_forwards(handbook):
    """The other input of a current page's text kept for serve: the anchors a review renumbered, in order."""
    data = handbook.policy("data")
    kept = policy_pages.KeptBodies()

    def old_anchors(forwards: dict[str, str]) -> list[str]:
        page = html_of(policy_pages.policy_page(data, handbook, TODAY, forwards, kept=kept))
        return [span.get("id") for span in page.iterfind(".//span[@class='old-anchor']")]

    assert old_anchors({}) == []
    assert old_anchors({"clause-7": "clause-1", "clause-9": "clause-1"}) == ["clause-7", "clause-9"]
    assert old_anchors({"clause-9": "clause-1", "clause-7": "clause-1"}) == ["clause-9", "clause-7"]
    assert old_anchors({}) == []


def test_serve_makes_an_unchanged_policy_s_page_text_once_and_build_keeps_none(handbook, monkeypatch):
    """A page's text is kept by the object the build owns (fails with the keeping taken out)."""
    made: list[str] = []
    real = policy_pages._body_block
    monkeypatch.setattr(policy_pages, "_body_block", lambda p, *rest: made.append(p.meta.id) or real(p, *rest))
    kept = KeptForServe()
    current_pages(handbook, kept)
    current_pages(handbook, kept)
    assert sorted(made) == ["data", "rules"]
    made.clear()
    current_pages(handbook)
    current_pages(handbook)
    assert sorted(made) == ["data", "data", "rules", "rules"]


def test_a_paragraph_of_an_unnumbered_policy_is_cited_and_linked_where_it_refers():
    club = policy("club", "Safeguarding Policy",
                  "## Photography\n\nParents may take photographs at matches.\n\n"
                  "Records of consent are kept as the [Data Policy](policy:data#clause-1) says.\n")
    handbook = Handbook((policy("data", "Data Policy", DATA), club))
    assert cited(handbook, "data", (1,)) == ["Data Policy, clause 3", "Safeguarding Policy, 'Photography', paragraph 2"]
    assert referred_lines(current_pages(handbook)["data/index.md"], "clause-1") == [
        ("Referred to by: Data Policy, clause 3; Safeguarding Policy, 'Photography', paragraph 2",
         ["#clause-3", "/club/index.md#photography-p2"])
    ]


def test_a_numbered_part_others_refer_to_says_so_under_its_heading():
    numbered = "## 1. SCOPE\n\n1.1 Everyone.\n\n## 2. RULES\n\n2.1 As clause 1 says.\n"
    page = current_pages(Handbook((policy("rules", "Rules Policy", numbered),)))["rules/index.md"]
    heading = page.find(".//*[@id='clause-1']")
    following = list(page.iter())[list(page.iter()).index(heading) + 1 :]
    line = next(e for e in following if e.get("class") == "referred-to-by")
    assert "".join(line.itertext()) == "Referred to by: Rules Policy, clause 2.1"


def test_archived_versions_show_no_backlinks():
    old = policy("rules", "Rules Policy", "1. One.\n2. See clause 1.\n", version='"1.0"', status="superseded",
                 effective_from="2020-01-01")  # fmt: skip
    new = policy("rules", "Rules Policy", "1. One.\n2. See clause 1.\n3. Three.\n", version='"2.0"',
                 effective_from="2024-01-01")  # fmt: skip
    handbook = Handbook((new,), {"rules": PolicyHistory((old, new))})
    pages = site_pages(handbook, ChangeLog(handbook), TODAY)
    archived = next(page for page in pages.unlisted if page.path == "rules/1.0/index.md")
    assert "Referred to by" not in archived.markdown
    assert "Referred to by" in next(page for page in pages.listed if page.path == "rules/index.md").markdown


def test_search_indexes_the_clauses_own_text_not_their_backlinks(handbook):
    documents = passages.documents(handbook, lambda p: f"{p.meta.id}/")
    texts = [passage for document in documents for passage in document.passages]
    assert texts and not [text for text in texts if "Referred to by" in text or "Rules Policy, clause" in text]
    assert any(text.startswith("Personal data is kept safe") for text in texts)


# --- a review that moves a clause other policies refer to -------------------------------------------

DATA_V1 = "1. Keep data safe.\n2. Report breaches.\n3. Ask the officer.\n"
DATA_V2 = "1. Keep data safe.\n2. Encrypt laptops.\n3. Report breaches.\n"  # 2 -> 3, and 3 removed
RULES_CITING = "1. Report breaches as in [the Data Policy](policy:data#clause-2).\n2. Or [ask](policy:data#clause-3).\n"


def test_the_change_log_names_references_a_review_renumbered_or_removed():
    v1 = policy("data", "Data Policy", DATA_V1, version='"1.0"', status="superseded", effective_from="2020-01-01")
    v2 = policy("data", "Data Policy", DATA_V2, version='"2.0"', effective_from="2024-01-01")
    rules = policy("rules", "Rules Policy", RULES_CITING, effective_from="2021-01-01")
    handbook = Handbook((v2, rules), {"data": PolicyHistory((v1, v2))})
    page = change_log_pages.changes_page(v2, handbook, ChangeLog(handbook))
    root = html_of(page)
    (block,) = root.iterfind(".//div[@class='moved-references']")
    items = [" ".join("".join(li.itertext()).split()) for li in block.iter("li")]
    assert items == [
        "Clause 1 of the Rules Policy refers to clause 2 of the Data Policy, which this version renumbers to 3: "
        "the reference now points at a different clause. Read Rules Policy, clause 1",
        "Clause 2 of the Rules Policy refers to clause 3 of the Data Policy, which this version removes: "
        "the reference now points at a different clause. Read Rules Policy, clause 2",
    ]
    assert [a.get("href") for a in block.iter("a")] == ["/rules/index.md#clause-1", "/rules/index.md#clause-2"]


def test_the_change_log_reads_the_references_in_force_when_the_version_took_effect():
    # The Rules Policy came after Data 2.0: it was written for 2.0's numbers, so nothing moved for it.
    v1 = policy("data", "Data Policy", DATA_V1, version='"1.0"', status="superseded", effective_from="2020-01-01")
    v2 = policy("data", "Data Policy", DATA_V2, version='"2.0"', effective_from="2024-01-01")
    rules = policy("rules", "Rules Policy", RULES_CITING, effective_from="2025-01-01")
    handbook = Handbook((v2, rules), {"data": PolicyHistory((v1, v2))})
    assert "moved-references" not in change_log_pages.changes_page(v2, handbook, ChangeLog(handbook)).markdown



def test_the_change_log_reads_a_version_no_longer_current_of_the_policy_that_referred():
    # Rules 1.0 was in force when Data 2.0 took effect and cited Data's clause 2; Rules 2.0 links to no policy.
    v1 = policy("data", "Data Policy", DATA_V1, version='"1.0"', status="superseded", effective_from="2020-01-01")
    v2 = policy("data", "Data Policy", DATA_V2, version='"2.0"', effective_from="2024-01-01")
    rules_then = policy("rules", "Rules Policy", RULES_CITING, version='"1.0"', status="superseded",
                        effective_from="2021-01-01")
    rules_now = policy("rules", "Rules Policy", "1. Report breaches to the office.\n", version='"2.0"',
                       effective_from="2025-01-01")
    histories = {"data": PolicyHistory((v1, v2)), "rules": PolicyHistory((rules_then, rules_now))}
    handbook = Handbook((v2, rules_now), histories)
    markdown_text = change_log_pages.changes_page(v2, handbook, ChangeLog(handbook)).markdown
    assert "Clause 1 of the Rules Policy refers to clause 2 of the Data Policy" in markdown_text
    assert "/rules/1.0/index.md#clause-1" in markdown_text

@pytest.fixture
def policy_src(tmp_path: Path) -> Path:
    root = tmp_path / "policy_src"
    for policy_id, title, body in (("data", "Data Policy", DATA_V1), ("rules", "Rules Policy", RULES_CITING)):
        (root / policy_id).mkdir(parents=True)
        (root / policy_id / "policy.md").write_text(policy_source(body, id=policy_id, title=title), encoding="utf-8")
    assert main(["review", "start", "data", "--policy-src", str(root)]) == 0
    return root


def write_draft(policy_src: Path, body: str) -> None:
    draft = policy_src / "data" / "draft.md"
    draft.write_text(draft.read_text(encoding="utf-8").replace(DATA_V1, body), encoding="utf-8")


def approve(policy_src: Path) -> int:
    return main(["review", "approve", "data", "--by", "G", "--on", "2026-03-01", "--policy-src", str(policy_src)])


def line_in_rules(policy_src: Path, start: str) -> str:
    """"<path>/rules/policy.md:LINE", the line of the Rules Policy that starts with ``start``."""
    path = policy_src / "rules" / "policy.md"
    lines = path.read_text(encoding="utf-8").splitlines()
    return f"{path.as_posix()}:{next(i for i, line in enumerate(lines, 1) if line.startswith(start))}"


def test_approve_warns_of_a_reference_that_now_points_at_a_different_clause(policy_src, capsys):
    write_draft(policy_src, "1. Keep data safe.\n2. Encrypt laptops.\n3. Report breaches.\n4. Ask the officer.\n")
    assert approve(policy_src) == 0
    err = capsys.readouterr().err
    assert (
        f"warning: {line_in_rules(policy_src, '1.')}: Clause 1 of the Rules Policy refers to clause 2 of the Data "
        "Policy, which version 2.0 renumbers to 3: the reference now points at a different clause." in err
    )
    assert "Clause 2 of the Rules Policy refers to clause 3 of the Data Policy, which version 2.0 renumbers to 4" in err
    assert (policy_src / "data" / "versions" / "1.0.md").exists()


def test_approve_refuses_a_reference_left_pointing_at_no_clause_and_names_it(policy_src, capsys):
    write_draft(policy_src, "1. Keep data safe.\n2. Report breaches.\n")
    before = {p: p.read_bytes() for p in sorted(policy_src.rglob("*")) if p.is_file()}
    assert approve(policy_src) == 1
    err = capsys.readouterr().err
    assert "approving version 2.0 of the Data Policy would break references from other policies" in err
    assert (
        f"{line_in_rules(policy_src, '2.')}: Clause 2 of the Rules Policy refers to clause 3 of the Data Policy, "
        "which version 2.0 removes: the reference now points at no clause." in err
    )
    assert "Clause 1 of the Rules Policy" not in err  # clause 2 stayed clause 2
    assert {p: p.read_bytes() for p in sorted(policy_src.rglob("*")) if p.is_file()} == before
