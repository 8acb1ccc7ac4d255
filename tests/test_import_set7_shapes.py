"""``handbook import`` on shapes held-out set 7 showed (issue 18): a Markdown file or web page that lists
its own sections as links to them ("[Overview](#overview)", one a line, under "Contents" or none),
as GitHub READMEs and converted web pages do. Each document is written here as its authors write it,
imported, and checked as ``handbook check --strict`` checks it."""

from __future__ import annotations

import pytest
from helpers import REPO

from handbook.cli import main
from handbook.importing import PolicyImportError, import_policy
from handbook.importing.document import Paragraph
from handbook.importing.facts import find_facts


def imported_and_checked(source, policy_id, tmp_path):
    result = import_policy(source, policy_id, tmp_path / "src")
    assert main(["check", str(tmp_path / "src"), "--docs", str(REPO / "docs"), "--strict"]) == 0
    return result, result.path.read_text().split("---\n", 2)[2].lstrip("\n")


def test_a_markdown_contents_list_of_links_is_set_aside_even_with_an_anchor_the_site_renamed(tmp_path):
    """A charity's data policy as kept on GitHub: its contents list links each section, one link's anchor
    written for an older heading ("#appendix-2-data-release-table" for "Appendix 2: data release table
    (template)"). Kept, that link became an appendix title typed as plain text, which check refuses."""
    (tmp_path / "data.md").write_text(
        "# Open data policy\n\n### Contents\n\n[Overview](#overview)\n\n[Publishing data](#publishing-data)\n\n"
        "[Appendix 1: workflows](#appendix-1-workflows)\n\n"
        "[Appendix 2: data release table (template)](#appendix-2-data-release-table)\n\n\n"
        "## Overview\nThis document describes our policy on open data.  \n\n"
        "## Publishing data\nWe publish data sets under an open licence once they are checked.\n\n"
        "## Appendix 1: workflows\nEach data set is checked by two members of staff.\n\n"
        "## Appendix 2: data release table (template)\nName, date and licence of each release.\n"
    )

    result, body = imported_and_checked(tmp_path / "data.md", "data", tmp_path)

    assert "Contents" not in body and "](#" not in body
    assert body.count("Appendix 2: data release table") == 1  # the heading, not the contents' link
    assert "line 3: the table of contents (4 entries) was left out: the site makes its own" in result.notes


def test_a_web_pages_untitled_contents_list_of_links_is_set_aside_and_its_sections_kept(tmp_path):
    """A company's privacy page: after its introduction, a nested list linking the sections below."""
    (tmp_path / "privacy.html").write_text(
        "<html lang='en'><body><main><article><h1>Privacy Policy</h1>"
        "<p>We respect your privacy.</p><ul>"
        "<li><a href='#information-we-collect'>Information We Collect</a></li>"
        "<li><a href='#third-party-services'>Third-party services</a><ul>"
        "<li><a href='#github'>GitHub</a></li></ul></li>"
        "<li><a href='#changes'>Changes to this policy</a></li></ul>"
        "<h3 id='information-we-collect'>Information We Collect</h3><p>We collect your email address.</p>"
        "<h3 id='third-party-services'>Third-party services</h3><p>We use these services.</p>"
        "<h4 id='github'>GitHub</h4><p>Place of processing: United States.</p>"
        "<h3 id='changes'>Changes to this policy</h3><p>We will post changes on this page.</p>"
        "</article></main></body></html>"
    )

    result, body = imported_and_checked(tmp_path / "privacy.html", "privacy", tmp_path)

    assert "](#" not in body and body.count("Changes to this policy") == 1
    assert "We collect your email address." in body and "Place of processing: United States." in body
    assert any("the table of contents (4 entries) was left out" in note for note in result.notes), result.notes


def test_links_to_sections_inside_sentences_are_kept_as_links(tmp_path):
    """Only a list made of links alone is a contents list: "see [Complaints](#complaints)" is the policy's."""
    (tmp_path / "conduct.md").write_text(
        "# Code of conduct\n\n## Scope\nThis applies at every event; see [Complaints](#complaints).\n\n"
        "- [Complaints](#complaints) are read within a week.\n- Reports go to the organisers.\n\n"
        "## Complaints\nWrite to the organisers.\n"
    )

    _, body = imported_and_checked(tmp_path / "conduct.md", "conduct", tmp_path)

    assert body.count("[Complaints](#complaints)") == 2


def test_a_link_to_a_missing_appendix_opening_a_line_is_never_written_as_a_line_check_refuses(tmp_path):
    """A trust's complaints policy points to an appendix by a link whose anchor the document lost."""
    (tmp_path / "complaints.md").write_text(
        "# Complaints policy\n\n## Making a complaint\nWrite to the head teacher, using the form in:\n\n"
        "[Appendix B: complaint form](#appendix-b-complaint-form)\n\nWe reply within ten school days.\n"
    )

    result, body = imported_and_checked(tmp_path / "complaints.md", "complaints", tmp_path)

    assert "\n*Appendix B: complaint form*\n" in body
    assert any("the link on 'Appendix B: complaint form' leads to a place in the document that was not imported"
               in note and "in italics" in note for note in result.notes), result.notes


def test_a_pdf_in_two_columns_whose_lines_do_not_line_up_is_read_down_each_column(tmp_path):
    """A code of conduct typeset in two columns (Typst, LaTeX): a heading's space in one column shifts
    its lines against the other's, so no line of the left column shares a baseline with one on the right."""
    from weasyprint import HTML

    sections = {
        "Our Pledge": ["We as members, contributors and leaders pledge to make taking part in our community "
                       "free of harassment for everyone, whatever their age, background or identity.",
                       "We pledge to act and interact in ways that build an open, welcoming and healthy "
                       "community where people can disagree with each other and still work together."],
        "Our Standards": ["Examples of behaviour that make a good place to work include showing kindness to "
                          "other people and being respectful of opinions and experiences unlike our own.",
                          "Examples of behaviour we do not accept include insulting comments, personal "
                          "attacks and publishing other people's private information without their leave."],
        "Enforcement": ["Behaviour we do not accept may be reported to the community leaders, who will review "
                        "and look into every complaint promptly and fairly, and reply within a week.",
                        "Leaders will respect the privacy and security of whoever reports an incident, and "
                        "will tell them what was done about it when the matter is closed."],
    }
    style = ("@page { size: A4; margin: 2cm } body { font-family: serif; font-size: 10pt; line-height: 1.45 }"
             " .columns { column-count: 2; column-gap: 1cm } h2 { font-size: 13pt; margin: 0.9em 0 0.3em }"
             " p { margin: 0 0 0.4em; text-align: justify; hyphens: none }")
    columns = "".join(f"<h2>{title}</h2>" + "".join(f"<p>{p}</p>" for p in paragraphs)
                      for title, paragraphs in sections.items())
    HTML(string=f"<html><head><style>{style}</style></head><body><h1>Code of Conduct</h1>"
                f"<div class='columns'>{columns}</div></body></html>").write_pdf(tmp_path / "conduct.pdf")

    _, body = imported_and_checked(tmp_path / "conduct.pdf", "conduct", tmp_path)

    for title, paragraphs in sections.items():
        assert f"## {title}\n\n" + "\n\n".join(paragraphs) in body, body


def test_a_markdown_policy_with_no_title_line_is_titled_by_the_name_its_text_gives_it(tmp_path):
    """A health body's policy kept on GitHub opens with "## Executive summary": its name is in its text."""
    (tmp_path / "open-source.md").write_text(
        "## Executive summary\n\nThis document sets out why, how and when staff should publish their code.\n\n"
        "In brief, the Trust Open Source Policy applies where work is paid for by the trust, and requires that:\n"
        "* new code is open by default;\n\n* exceptions are agreed by the approval board.\n\n"
        "## 1. Why do we open source?\n\nOpen code can be reused. The Trust Open Source Policy covers code "
        "written by staff and by suppliers.\n"
    )

    result, _ = imported_and_checked(tmp_path / "open-source.md", "open-source", tmp_path)

    assert "\ntitle: Trust Open Source Policy\n" in result.path.read_text()
    assert any(note.startswith("front matter title Trust Open Source Policy from line 5, where the text calls "
                               "itself so") for note in result.notes), result.notes


def test_a_policy_naming_another_document_once_is_still_refused_for_want_of_a_title(tmp_path):
    (tmp_path / "records.md").write_text(
        "## Summary\n\nRecords are kept for six years.\n\nThe Data Protection Policy applies to every record.\n"
    )

    with pytest.raises(PolicyImportError, match="the document states no title"):
        import_policy(tmp_path / "records.md", "records", tmp_path / "src")
    assert not (tmp_path / "src").exists()


def test_a_charity_speaking_as_the_name_opening_its_title_is_the_organisation():
    """A community charity's data policy: "Macc open data policy", the text saying what Macc will do."""
    facts = facts_of("This document describes how Riva publishes open data.",
                     "Over time, Riva will update these workflows. Before publishing, Riva always checks each file.",
                     "Feedback should be sent to data@riva.org.uk.", title="Riva open data policy")
    assert facts.found["organisation"].value == "Riva"
    assert facts.found["organisation"].place.startswith("line 1 (the title), the text speaking as 'Riva' 2 times")


@pytest.mark.parametrize(("title", "lines"), [
    # a product the terms are for, not who wrote them: "advise Madison users", "send to Madison"
    ("Madison Terms of Use", ["We may advise by email Madison users of changes.",
                              "What you send to Madison becomes public.", "Madison is a website."]),
    # a common word: "staff will ..." as well as "Staff will ..."
    ("Staff Code of Conduct", ["Staff will dress smartly.", "Over time, staff will be trained."]),
])
def test_a_word_opening_the_title_that_the_text_never_speaks_as_is_not_the_organisation(title, lines):
    assert "organisation" not in facts_of(*lines, title=title).found


def test_a_company_heading_its_title_with_corp_is_the_organisation():
    """A company's expenses policy whose title is its only mention of the company, in a Word Title."""
    facts = facts_of("Employees can claim reimbursement for reasonable expenses.",
                     title="Hartwell Corp. Expense Policy")
    assert facts.found["organisation"].value == "Hartwell Corp."


def facts_of(*lines: str, title: str):
    blocks = [Paragraph(n, line, line, place=f"line {n}") for n, line in enumerate([title, *lines], start=1)]
    return find_facts(blocks, blocks[0])  # as import_policy passes them: the title among the blocks


def test_a_document_for_anyone_says_so_under_its_intended_audiences_heading():
    facts = facts_of("Intended audiences", "This document is for anyone interested in how Riva publishes and uses "
                     "open data.", title="Riva open data policy")
    assert facts.found["applies_to"].value == ("anyone",)
    assert facts.found["applies_to"].place == "line 3"
