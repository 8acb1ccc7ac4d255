"""``handbook import`` on shapes held-out set 9 showed (issue 18). Each document is written here as its
authors (or their tools) write it, imported, and checked as ``handbook check --strict`` checks it."""

from __future__ import annotations

from helpers import imported_and_checked
from weasyprint import HTML

from handbook.importing.document import Paragraph
from handbook.importing.facts import find_facts


def test_a_bylaws_heading_ending_in_etc_is_a_heading_not_a_sentence(tmp_path):
    """A foundation's by-laws as its lawyers set them in Word: "ARTICLE XI - GRANTS, CONTRACTS, LOANS, ETC."
    and "Section 11.3 Checks, Drafts, Etc." in the bold type of every other article and section. The
    closing full stop of "etc." was taken for a sentence's, the article was no heading, and "Section 11.1"
    after "Section 10.1" was refused as a skipped number."""
    HTML(string=(
        "<html><head><style>@page { size: A4; margin: 2cm } body { font-family: sans-serif; font-size: 11pt }"
        " h1 { font-size: 16pt } h2 { font-size: 14pt } h3 { font-size: 12pt }</style></head><body>"
        "<h1>BY-LAWS OF THE EXAMPLE FOUNDATION</h1>"
        "<h2>ARTICLE I - CERTAIN TRANSACTIONS</h2><h3>Section 1.1 Transactions with Interested Parties</h3>"
        "<p>No contract between the Foundation and one of its Directors shall be void solely for this reason.</p>"
        "<p>The material facts of the Director's interest shall be disclosed to the Board before it votes.</p>"
        "<h2>ARTICLE II - GRANTS, CONTRACTS, LOANS, ETC.</h2><h3>Section 2.1 Grants</h3>"
        "<p>The making of grants may be authorized by the Board.</p>"
        "<p>The Board may authorize any Officer to make such grants on behalf of the Foundation.</p>"
        "<h3>Section 2.2 Checks, Drafts, Etc.</h3>"
        "<p>All checks shall be signed as the Board determines by resolution.</p>"
        "<p>The funds of the Foundation shall be deposited in such banks as the Board may select.</p>"
        "<h2>ARTICLE III - GENERAL PROVISIONS</h2><h3>Section 3.1 Fiscal Year</h3>"
        "<p>The fiscal year of the Foundation shall end on December 31.</p>"
        "<p>The Board may change the fiscal year at any time by resolution.</p></body></html>"
    )).write_pdf(tmp_path / "bylaws.pdf")

    _, _, body = imported_and_checked(tmp_path / "bylaws.pdf", "bylaws", tmp_path)

    assert "## ARTICLE II - GRANTS, CONTRACTS, LOANS, ETC.\n" in body, body
    assert "### Section 2.2 Checks, Drafts, Etc.\n" in body, body


def test_points_a_sentence_counts_inline_go_on_where_it_wraps_to_a_line_opening_with_the_next(tmp_path):
    """By-laws count their points inside a sentence: "(v) maintain its own website, (vi) coordinate ...
    and" wrapped so that the next line opens "(vii) undertake ...", and Word turned an "(B)" opening a line
    into a list item "B)". Each was read as a point of its own, out of sequence, which check refuses."""
    HTML(string=(
        "<html><head><style>@page { size: A4; margin: 2cm } body { font-family: sans-serif; font-size: 11pt }"
        " h1 { font-size: 16pt }</style></head><body><h1>BY-LAWS OF THE EXAMPLE FOUNDATION</h1>"
        "<p>(a) The Foundation is a membership corporation organized under the laws of Delaware.</p>"
        "<p>(b) In support of its purpose the Foundation may: (i) maintain the projects, (ii) create and own"
        " marks, (iii) run a branding programme, (iv) print materials for its members, (v) maintain its own"
        " website, (vi) coordinate the promotion of the projects, and<br>(vii) undertake those other"
        " activities as the Board may approve.</p>"
        "<p>(c) Notice shall be deemed given, if by electronic mail, to (A) a Member, when directed to an"
        " address at which the Member has consented to receive notice and<br>&#160;&#160;&#160;&#160;B) to a"
        " Director, when directed to the address of the Director on the records of the Foundation.</p>"
        "<p>(d) The Foundation adopts electronic mail as its principal way of giving notice to its Members.</p>"
        "</body></html>"
    )).write_pdf(tmp_path / "bylaws.pdf")

    _, _, body = imported_and_checked(tmp_path / "bylaws.pdf", "bylaws", tmp_path)

    assert "projects, and (vii) undertake those other activities" in body, body
    assert "receive notice and B) to a Director" in body, body


CONTRIBUTION_GUIDELINES = """# Contribution Guidelines

<br />

<table><tbody><tr><td><p><strong>Summary</strong></p></td><td><p>These guidelines set the minimum requirements \
for contributors.</p></td></tr><tr><td><p><strong>Scope</strong></p></td><td><p>These guidelines apply to \
employees that wish to contribute.</p></td></tr></tbody></table>

**Table of Contents**

1 [Overview](#overview)

> 1.1 [Objective](#objective)

2 [Governance](#governance)

> 2.1 [Open Source Program Office (OSPO)](#ospo)

<a id="overview"></a>
Overview
========

<a id="objective"></a>
Objective
---------

The Company supports contributions that present no unacceptable risk [\\[1\\]](#footnote-1).

1.  Contributions are reviewed.
2.  Contributions are recorded.

<a id="governance"></a>
Governance
==========

<a id="ospo"></a> Open Source Program Office (OSPO)
---------------------------------

The Office oversees these guidelines (see [Objective](#objective)).

Footnotes
=========

<a id="footnote-1"></a>
> \\[1\\]  Risks include disclosing sensitive information.
"""


def test_a_markdown_pages_raw_anchors_contents_list_and_html_table_as_a_bank_writes_them(tmp_path):
    """A bank's guidelines as its open source office keeps them on GitHub: a raw HTML table of Summary and
    Scope, a contents list whose entries carry their section numbers ("1 [Overview]", "> 1.1 [Objective]"),
    each section after a raw anchor `<a id="...">` the links use, and a footnote linked as
    `[\\[1\\]](#footnote-1)`. The footnote's link, its words holding escaped brackets, was kept as a link to
    an anchor no page has, which check refuses; every other link was dropped to its words, the contents'
    entries became code blocks, and the table's cells ran together ("SummaryThese guidelines")."""
    (tmp_path / "guidelines.md").write_text(CONTRIBUTION_GUIDELINES)

    result, _, body = imported_and_checked(tmp_path / "guidelines.md", "guidelines", tmp_path)

    assert "SummaryThese" not in body and "ScopeThese" not in body, body
    assert "These guidelines apply to employees that wish to contribute." in body
    assert "[Objective](#objective)" in body, body
    # to the footnote itself, the first paragraph under "Footnotes" (set 19: not the heading above it)
    assert "](#footnote-1)" not in body and "[\\[1\\]](#footnotes-p1)" in body, body
    assert "\n> \\[1\\] Risks include disclosing sensitive information." in body, body  # a quotation, kept one
    assert "\\>" not in body and "1 Overview" not in body and "1.1 Objective" not in body, body
    assert any("table of contents" in note for note in result.notes), result.notes
    # a Markdown list (each item "1.", as Markdown counts them), not clauses 1 and 2
    assert "1. Contributions are reviewed.\n\n1. Contributions are recorded.\n" in body, body


def test_a_quotation_in_markdown_is_read_as_its_own_headings_lists_and_paragraphs(tmp_path):
    """A government handbook quotes a whole section of its ethics guidance (headings, a list, paragraphs)
    with Markdown's ">" on every line; a foundation quotes a definition in three short paragraphs. Each
    quotation was read as one paragraph strewn with the marks ("\\> ... > ### Seeking Employment > ...")."""
    (tmp_path / "leaving.md").write_text(
        "# Leaving the Agency\n\nRead this before you go.\n\n"
        "> As a government employee, you are subject to restrictions when seeking employment.\n>\n"
        "> ### Seeking Employment\n>\n> The recusal requirement applies if:\n>\n"
        "> - the employee is negotiating for employment;\n> - an employer has contacted the employee.\n>\n"
        "> Contact the Ethics Counselor before you reply.\n\nOpen data is:\n\n"
        "```md\n> [!NOTE]\n> an example a page may quote\n```\n"
    )

    _, _, body = imported_and_checked(tmp_path / "leaving.md", "leaving", tmp_path)

    quoted = body.split("```")[0]  # the fenced example keeps its marks as written
    assert "\\>" not in quoted and " > " not in quoted, body
    assert "## Seeking Employment\n" in body or "### Seeking Employment\n" in body, body
    assert "- the employee is negotiating for employment;\n- an employer has contacted the employee." in body, body


def facts_of(*lines: str, title: str):
    blocks = [Paragraph(n, line, line, place=f"line {n}") for n, line in enumerate([title, *lines], start=1)]
    return find_facts(blocks, blocks[0])


def test_a_policy_adopted_by_a_board_by_email_in_a_month_names_its_approver_and_asks_for_the_day():
    """An open-source foundation's expense policy: "adopted by the Board of Directors via email in January
    of 2026", then "This policy applies to:" over a list whose items end in full stops."""
    facts = facts_of("This policy was adopted by the Board of Directors via email in January of 2026 (recorded in "
                     "the notes of the February meeting).", "This policy applies to:", "- Foundation staff.",
                     "- Official contributors and volunteers.", "- Board members.",
                     "- Other individuals who are authorized to travel on behalf of the Foundation.",
                     title="Expense and Reimbursement Policy")
    assert facts.found["approved_by"].value == "Board of Directors"
    assert "approved_on" not in facts.found  # a month is not a day: the gap asks for one
    assert any(gap.startswith("approved_on: line 2") for gap in facts.gaps), facts.gaps
    assert set(facts.found["applies_to"].value) == {"staff", "contributors", "volunteers", "members"}


def test_by_laws_quoting_the_corporations_name_and_a_site_speaking_by_its_address_name_the_organisation():
    bylaws = facts_of('The name of the corporation is "OpenJS Foundation", and the corporation is referred to in '
                      'these By-laws as the "Foundation".', title="By-laws of OpenJS Foundation")
    assert bylaws.found["organisation"].value == "OpenJS Foundation"
    capitals = facts_of('The name of the corporation is "OpenJS Foundation".', "These By-Laws may be amended.",
                        title="FIRST AMENDED AND RESTATED BY-LAWS OF OPENJS FOUNDATION")
    assert capitals.found["title"].value == "First Amended and Restated By-laws of OpenJS Foundation"  # not "Openjs"
    privacy = facts_of("Last updated August 28th, 2023", "Introduction",
                       "At activist.org, we value your privacy and are committed to maintaining the trust of our "
                       "users.", title="Privacy Policy")
    assert privacy.found["organisation"].value == "activist.org"


def test_a_handbook_page_outlining_the_expectations_for_its_people_names_its_audience():
    """A research institute's handbook page on probation: "This wiki page outlines the expectations for team
    members and line managers in going through the probation process"."""
    facts = facts_of("During the first six months in the institute, team members undergo probation review. This wiki "
                     "page outlines the expectations for team members and line managers in going through the "
                     "probation process.", "This page outlines the standards for our website.", title="Probation")
    assert facts.found["applies_to"].value == ("members", "managers")
