"""``handbook import`` keeps a document's own numbering as anchors (issue 18): a US federal procedure's
Roman sections with lettered subsections, and its contents list set aside; a code of conduct counting
its sections from 0. Each document is made here as its writers make it, imported, and checked as
``handbook check --strict`` checks it."""

from __future__ import annotations

import pytest
from helpers import REPO

from handbook.cli import main
from handbook.errors import PolicySourceError
from handbook.importing import import_policy
from handbook.source.handbook_folder import load_handbook
from handbook.source.policy_file import parse_policy

RECORD = "Each office keeps a record of the data it holds and reviews that record every quarter with the data group."


def imported_and_checked(source, policy_id, tmp_path):
    result = import_policy(source, policy_id, tmp_path / "src")
    assert main(["check", str(tmp_path / "src"), "--docs", str(REPO / "docs"), "--strict"]) == 0
    return result, load_handbook(tmp_path / "src").policy(policy_id)


def _procedure_pdf(path) -> None:
    """An agency's standard operating procedure as Word prints it to PDF: a cover, a contents page with
    dot leaders, then sections I., II., III. in bold 12 pt, and under III. subsections A., B. in the
    same type."""
    from weasyprint import HTML

    bold = "font-weight: bold; font-size: 12pt; margin: 14pt 0 6pt 0"
    entries = [("I. Purpose", 3), ("II. Scope", 3), ("III. Procedures", 4), ("A. Request for Data", 4),
               ("B. Review and Approval", 5), ("Appendix A: Definitions", 6)]
    contents = "".join(f"<div>{entry} {'.' * 60} {page}</div>" for entry, page in entries)
    body = "".join(f"<p style='{bold}'>{heading}</p><p>{RECORD}</p><p>{words}</p>" for heading, words in [
        ("I. Purpose", "This procedure sets up the agency's open data program."),
        ("II. Scope", "It applies to every office that collects or keeps data."),
        ("III. Procedures", "Offices publish data in the four steps below."),
        ("A. Request for Data", "A program office asks the data group to publish a data set."),
        ("B. Review and Approval", "The data group checks the data set for privacy and quality."),
        ("Appendix A: Definitions", "Data means any structured information an office holds."),
    ])
    HTML(string=(
        "<html><body style='font-family: serif; font-size: 11pt'>"
        "<p style='font-size: 20pt; font-weight: bold'>Open Data Procedure</p>"
        "<p>Issued by the Office of the Chief Information Officer.</p>"
        f"<div style='page-break-before: always'><p style='font-weight: bold'>Table of Contents</p>{contents}</div>"
        f"<div style='page-break-before: always'>{body}</div></body></html>"
    )).write_pdf(path)


def test_roman_sections_and_their_lettered_subsections_are_anchors(tmp_path):
    _procedure_pdf(tmp_path / "sop.pdf")

    _, policy = imported_and_checked(tmp_path / "sop.pdf", "open-data", tmp_path)

    assert [(s.heading, s.anchor) for s in policy.numbered_sections] == [
        ("I. Purpose", "section-i"), ("II. Scope", "section-ii"), ("III. Procedures", "section-iii"),
        ("A. Request for Data", "section-iii-a"), ("B. Review and Approval", "section-iii-b"),
    ]
    levels = {s.heading: s.level for s in policy.sections if s.heading}
    assert levels["A. Request for Data"] == levels["III. Procedures"] + 1
    assert "The data group checks the data set" in policy.sections[-2].intro


def test_a_pdf_contents_list_run_into_one_paragraph_is_set_aside_with_where_it_was(tmp_path):
    _procedure_pdf(tmp_path / "sop.pdf")

    result, _ = imported_and_checked(tmp_path / "sop.pdf", "open-data", tmp_path)

    body = result.path.read_text().split("---\n", 2)[2]
    assert "....." not in body and "Table of Contents" not in body
    assert body.count("Request for Data") == 1
    assert "page 2, 'Table of Contents': the table of contents (6 entries) was left out" in "\n".join(result.notes)


def test_sections_counted_from_0_keep_their_numbers(tmp_path):
    """A community's code of conduct in plain text, its summary section numbered 0."""
    source = tmp_path / "code-of-conduct.txt"
    source.write_text(
        "Riverside Coders Code of Conduct\n\n"
        "0. Summary: be kind to each other.\n\nThat is the whole of it, in short.\n\n"
        "1. Purpose\n\nWe want every meetup to be welcoming to newcomers.\n\n"
        "2. Unacceptable behaviour\n\nHarassment of any kind is not tolerated at our events.\n\n"
        "3. Reporting\n\nTell an organiser, who will act on it the same day.\n"
    )

    result, policy = imported_and_checked(source, "code-of-conduct", tmp_path)

    anchors = [s.anchor for s in policy.numbered_sections] + [c.anchor for c in policy.clauses]
    assert anchors == ["clause-0", "clause-1", "clause-2", "clause-3"]
    assert not any("typed text" in note for note in result.notes)


def _policy(body: str) -> str:
    return ("---\nid: open-data\ntitle: Open Data\norganisation: Agency\nversion: '1.0'\nstatus: current\n"
            "owner: CIO\napproved_by: CIO\napproved_on: 2024-01-01\neffective_from: 2024-01-01\n"
            "review_every: 2 years\napplies_to: [staff]\n---\n\n# Open Data\n\n" + body)


def test_a_lone_roman_looking_heading_is_an_ordinary_heading(tmp_path):
    """"## I. Introduction" with no "## II." after it numbers nothing; its clauses 1, 2 are the policy's."""
    policy = parse_policy(_policy("## I. Introduction\n\n1. Staff publish data.\n\n2. Offices check it.\n"),
                          tmp_path / "policy.md")
    assert [c.anchor for c in policy.clauses] == ["clause-1", "clause-2"] and not policy.numbered_sections


def test_roman_sections_take_their_place_in_the_numbering(tmp_path):
    """Section II is 2 in the numbering: a clause typed 2.1 may follow it, a clause 2 may not."""
    policy = parse_policy(_policy("## I. Purpose\n\nText.\n\n## II. Scope\n\n2.1 Every office.\n"),
                          tmp_path / "policy.md")
    assert [c.anchor for c in policy.clauses] == ["clause-2-1"]
    with pytest.raises(PolicySourceError, match="numbered twice"):
        parse_policy(_policy("## I. Purpose\n\nText.\n\n## II. Scope\n\n2. Every office.\n"), tmp_path / "policy.md")


def test_a_lettered_document_s_section_i_stays_a_letter(tmp_path):
    """Terms of service lettered A. to J., each numbering its parts from 1: "I." between "H." and "J." is
    the ninth letter, not a Roman one, and "J." stays beside it."""
    source = tmp_path / "terms.md"
    letters = "ABCDEFGHIJ"
    source.write_text("# Terms of Service\n\n" + "".join(
        f"## {letter}. Terms part {letter}\n\n### 1. First rule of {letter}\n\nYou agree to rule one.\n\n"
        f"### 2. Second rule of {letter}\n\nYou agree to rule two.\n\n" for letter in letters))

    _, policy = imported_and_checked(source, "terms", tmp_path)

    lettered = {s.heading: s.level for s in policy.sections
                if s.heading and s.heading[0].isalpha() and s.heading[1] == "."}
    assert lettered == {f"{letter}. Terms part {letter}": 2 for letter in letters}
    assert [s.anchor for s in policy.numbered_sections][-4:] == ["clause-i-1", "clause-i-2", "clause-j-1", "clause-j-2"]
