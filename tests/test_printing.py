"""Print documents (handbook.printing.print_documents) and the PDF writer (handbook.pdf), without a site build."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as etree
from datetime import date
from pathlib import Path

import pytest
from helpers import policy_source

from handbook.model import Handbook
from handbook.printing import pdf, print_documents
from handbook.source.policy_file import parse_policy

EDITION = print_documents.Edition(day=date(2026, 6, 1))

FIRST = """\
## RULES

1. Staff follow clause 2 and the [Second Policy](policy:second#clause-1).
2. See the [Second Policy](policy:second) and <https://example.org/guide>.
"""


def handbook(**second_front_matter: str) -> Handbook:
    first = parse_policy(policy_source(FIRST, id="first", title="First Policy"), Path("first.md"))
    second = parse_policy(
        policy_source(**{"id": "second", "title": "Second Policy", **second_front_matter}), Path("second.md")
    )
    return Handbook((first, second))


def body(document: print_documents.PrintDocument) -> etree.Element:
    """The document's <body>, parsed (Python-Markdown writes well-formed HTML)."""
    start, end = document.html.index("<body>"), document.html.index("</body>") + len("</body>")
    return etree.fromstring(document.html[start:end])


def hrefs(element: etree.Element) -> list[str]:
    return [link.get("href") for link in element.iter("a")]


def test_ids_carry_the_policy_id_and_references_follow_them():
    root = body(print_documents.handbook_document(handbook(), EDITION))
    ids = [element.get("id") for element in root.iter() if element.get("id")]
    assert {"first", "first--clause-1", "first--clause-2", "second", "second--clause-1"} <= set(ids)
    assert len(ids) == len(set(ids)), "ids are unique across policies"

    clause_1 = root.find(".//*[@id='first--clause-1']")
    assert hrefs(clause_1) == ["#first--clause-1", "#first--clause-2", "#second--clause-1"]
    # Clause 2's text links on, then its "Referred to by" leads back to clause 1, inside the document.
    assert hrefs(root.find(".//*[@id='first--clause-2']"))[1:] == [
        "#second", "https://example.org/guide", "#first--clause-1"
    ]


def test_referred_to_by_leads_inside_the_handbook_and_to_the_site_from_a_policys_own_document():
    policies = handbook()
    second = policies.policy("second")
    root = body(print_documents.handbook_document(policies, EDITION))
    (line,) = root.find(".//*[@id='second--clause-1']").iterfind(".//p[@class='referred-to-by']")
    assert " ".join("".join(line.itertext()).split()) == "Referred to by: First Policy, clause 1"
    assert hrefs(line) == ["#first--clause-1"]
    (referring,) = [dd for dt, dd in pairs(root.find(".//*[@id='second']")) if dt == "Referred to by"]
    assert hrefs(referring) == ["#first"]

    online = print_documents.Edition(day=EDITION.day, site_url="https://handbook.example.org/")
    alone = body(print_documents.policy_document(second, policies, online))
    (line,) = alone.find(".//*[@id='second--clause-1']").iterfind(".//p[@class='referred-to-by']")
    assert hrefs(line) == ["https://handbook.example.org/first/#clause-1"]


def pairs(article: etree.Element) -> list[tuple[str, etree.Element]]:
    """The metadata box's fields: (name, its <dd>)."""
    items = list(article.find(".//dl"))
    return [("".join(dt.itertext()), dd) for dt, dd in zip(items[::2], items[1::2], strict=True)]


def test_links_to_a_policy_not_in_the_document_go_to_the_site_or_become_text():
    policies = handbook()
    first = policies.policy("first")

    alone = body(print_documents.policy_document(first, policies, EDITION))
    assert hrefs(alone.find(".//*[@id='first--clause-1']")) == ["#first--clause-1", "#first--clause-2"]
    assert "Second Policy" in "".join(alone.find(".//*[@id='first--clause-1']").itertext())

    online = print_documents.Edition(day=EDITION.day, site_url="https://handbook.example.org/")
    linked = body(print_documents.policy_document(first, policies, online))
    assert hrefs(linked.find(".//*[@id='first--clause-1']"))[-1] == "https://handbook.example.org/second/#clause-1"


def test_handbook_holds_current_policies_after_a_cover_and_contents():
    document = print_documents.handbook_document(handbook(status="draft"), EDITION)
    root = body(document)
    assert [article.get("id") for article in root.iter("article")] == ["first"]
    assert hrefs(root.find(".//nav")) == ["#first"]
    cover = " ".join("".join(root.find("section").itertext()).split())
    assert cover.startswith("Test School Staff Handbook Edition of 1 June 2026")
    assert "the current version of every policy is on the staff handbook website" in cover
    assert document.title == "Test School Staff Handbook"
    assert '<html lang="en">' in document.html and "<title>Test School Staff Handbook</title>" in document.html


def test_cover_says_where_the_current_handbook_lives_when_the_site_has_an_address():
    online = print_documents.Edition(day=EDITION.day, site_url="https://handbook.example.org/")
    cover = body(print_documents.handbook_document(handbook(), online)).find("section")
    assert hrefs(cover) == ["https://handbook.example.org/"]


def test_hostile_titles_stay_text():
    hostile = handbook(title='"<script>alert(1)</script>"')
    document = print_documents.policy_document(hostile.policy("second"), hostile, EDITION)
    assert "<script>" not in document.html
    assert "&lt;script&gt;" in document.html


def test_running_footer_names_title_version_and_any_status_but_current():
    policies = handbook(status="draft", version='"0.3"')
    footers = [
        article.get("data-running")
        for policy in policies.policies
        for article in body(print_documents.policy_document(policy, policies, EDITION)).iter("article")
    ]
    dot = "\N{MIDDLE DOT}"
    assert footers == [f"First Policy {dot} Version 1.0", f"Second Policy {dot} Version 0.3 {dot} Draft"]


def test_documents_are_the_handbook_and_one_per_policy():
    paths = [document.path for document in print_documents.documents(handbook(), EDITION)]
    assert paths == ["handbook.pdf", "first/first.pdf", "second/second.pdf"]


# --- the PDF writer -------------------------------------------------------------------------


def document(html_body: str, path: str = "test.pdf") -> print_documents.PrintDocument:
    return print_documents.PrintDocument(path, "Test", f"<!DOCTYPE html><html><body>{html_body}</body></html>")


def test_writer_makes_pdfs_and_reuses_unchanged_ones_from_its_cache(monkeypatch, tmp_path):
    one, two = document("<p>one</p>", "one.pdf"), document("<p>two</p>", "two.pdf")
    made = pdf.write_pdfs([one, two], timeout=60, cache=tmp_path)
    assert set(made) == {"one.pdf", "two.pdf"}
    assert all(content.startswith(b"%PDF-") for content in made.values())

    rendered: list[str] = []
    real_render = pdf._render

    def counting_render(documents, *args):
        rendered.extend(d.path for d in documents)
        return real_render(documents, *args)

    monkeypatch.setattr(pdf, "_render", counting_render)
    changed = document("<p>two, changed</p>", "two.pdf")
    again = pdf.write_pdfs([one, changed], timeout=60, cache=tmp_path)
    assert rendered == ["two.pdf"]  # only what changed is laid out again
    assert again["one.pdf"] == made["one.pdf"] and again["two.pdf"] != made["two.pdf"]
    # The cache keeps what the last build used, and nothing else.
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{pdf.cache_key(d)}.pdf" for d in (one, changed))


def test_writer_refuses_to_fetch_from_another_site():
    with pytest.raises(pdf.PdfError) as failure:
        pdf.write_pdfs([document('<img src="http://192.0.2.1/x.png">', "outside.pdf")], timeout=60)
    assert str(failure.value).startswith("could not write the PDFs: outside.pdf: ")
    assert "http://192.0.2.1/x.png" in str(failure.value)


def test_writer_stops_at_the_deadline():
    big = document("<p>word </p>" * 20_000, "big.pdf")
    with pytest.raises(pdf.PdfError, match=r"took longer than 0\.5 s and was stopped"):
        pdf.write_pdfs([big], timeout=0.5)


def test_a_policy_whose_file_starts_at_a_second_level_heading_prints_an_unbroken_outline():
    # FIRST's only heading is "## RULES": on paper, as on the page, it comes right under the title.
    root = body(print_documents.policy_document(handbook().policy("first"), handbook(), EDITION))
    outline = [(h.tag, "".join(h.itertext()).strip()) for h in root.iter() if h.tag in {"h1", "h2", "h3"}]
    assert outline == [("h1", "First Policy"), ("h2", "RULES")]


def test_serves_writer_runs_its_children_at_low_priority(monkeypatch, tmp_path):
    """`mkdocs serve` makes PDFs while the author saves again: the next build must have the CPU first."""
    commands: list[list[str]] = []
    real_popen = subprocess.Popen

    def recording_popen(command, *args, **kwargs):
        commands.append(command)
        return real_popen(command, *args, **kwargs)

    monkeypatch.setattr(subprocess, "Popen", recording_popen)
    made = pdf.write_pdfs([document("<p>one</p>", "one.pdf"), document("<p>two</p>", "two.pdf")], timeout=60,
                          low_priority=True)
    assert all(content.startswith(b"%PDF-") for content in made.values())
    # (a child killed by a signal is started once more, a8f0c05: a third command for the same job is allowed)
    assert len({command[-1] for command in commands}) == 2 and all(pdf.LOW_PRIORITY in command for command in commands)

    jobs = tmp_path / "jobs.json"
    jobs.write_text("[]", encoding="utf-8")
    niceness_after = "import os, sys; from handbook.printing import pdf; pdf.main(sys.argv[1:]); print(os.nice(0))"
    child = real_popen([sys.executable, "-c", niceness_after, pdf.LOW_PRIORITY, str(jobs)], stdout=subprocess.PIPE,
                       text=True)
    assert int(child.communicate(timeout=60)[0]) == min(19, os.nice(0) + 10)


def _crashing_first(monkeypatch, crashes: int) -> list[list[str]]:
    """Popen whose first ``crashes`` writers die of SIGSEGV at once, as WeasyPrint's libraries now and then do."""
    started: list[list[str]] = []
    real_popen = subprocess.Popen
    crash = [sys.executable, "-c", "import os, signal; os.kill(os.getpid(), signal.SIGSEGV)"]

    def popen(command, *args, **kwargs):
        started.append(command)
        return real_popen(crash if len(started) <= crashes else command, *args, **kwargs)

    monkeypatch.setattr(subprocess, "Popen", popen)
    return started


def test_a_writer_that_crashes_once_is_started_again(monkeypatch):
    started = _crashing_first(monkeypatch, crashes=1)
    made = pdf.write_pdfs([document("<p>one</p>", "one.pdf")], timeout=60)
    assert made["one.pdf"].startswith(b"%PDF-")
    assert len(started) == 2 and started[0] == started[1]


def test_a_writer_that_crashes_twice_fails_the_pdfs_with_a_clear_message(monkeypatch):
    _crashing_first(monkeypatch, crashes=2)
    with pytest.raises(pdf.PdfError, match=r"^could not write the PDFs: the PDF writer crashed twice \(SIGSEGV\)$"):
        pdf.write_pdfs([document("<p>one</p>", "one.pdf")], timeout=60)


def test_the_handbook_finds_who_refers_to_whom_once_not_once_a_policy(monkeypatch):
    """Finding the referrals reads every policy: done for each article, it took 46 s of 52 at 200 policies."""
    calls = []
    real_backlinks = print_documents.backlinks
    monkeypatch.setattr(print_documents, "backlinks", lambda policies: calls.append(1) or real_backlinks(policies))
    parts = print_documents.handbook_parts(handbook(), EDITION)
    assert len(calls) == 1 and set(parts.articles) == {"first", "second"}
