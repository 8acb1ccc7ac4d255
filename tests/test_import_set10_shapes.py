"""``handbook import`` on shapes held-out set 10 showed (issue 18). Each document is written here as its
authors (or their tools) write it, imported, and checked as ``handbook check --strict`` checks it."""

from __future__ import annotations

from helpers import imported_and_checked
from weasyprint import HTML


def test_a_page_printed_from_a_browser_is_text_not_a_table_of_its_white_background(tmp_path):
    """A one-page form printed from Chrome: the page and its body below the top margin are painted as white
    boxes filling the page. Their edges were taken for a table's rules holding every word, so the page had
    no text outside a table and import refused it as a scan."""
    HTML(string=(
        "<html><head><style>@page { size: Letter; margin: 0; background: white }"
        " .sheet { position: absolute; top: 72pt; left: 0; width: 612pt; height: 720pt; background: white }"
        " body { margin: 0; font-family: sans-serif; font-size: 11pt; word-spacing: 0.5em }"
        " main { position: relative; padding: 72pt }</style></head><body><div class=sheet></div><main>"
        "<p><b>Employee Manual Annual Acknowledgement</b></p><p>Name of employee: ______</p>"
        "<p>I acknowledge that I have received a copy of the Example Foundation Employee Handbook.</p>"
        "<p>I have read and understood the contents of this handbook and will act in accordance with it.</p>"
        "</main></body></html>"
    )).write_pdf(tmp_path / "acknowledgement.pdf")

    _, front, body = imported_and_checked(tmp_path / "acknowledgement.pdf", "acknowledgement", tmp_path)

    assert "title: Employee Manual Annual Acknowledgement\n" in front, front
    assert "I acknowledge that I have received a copy of the Example Foundation Employee Handbook." in body, body
    assert "|" not in body, body


def version_history_policy(second_comment: str) -> str:
    """A handbook page as a company's wiki keeps it: its version history a table in raw HTML, a cell to a line."""
    rows = "".join(
        f"  <tr>\n   <td>1.0\n   </td>\n   <td>2023-03-15\n   </td>\n   <td>{who}\n   </td>\n   <td>{comment}\n"
        "   </td>\n  </tr>\n"
        for who, comment in (("Dora Neumeier", "First version drafted"), ("Diego Comas", second_comment)))
    return (
        "# Acceptable Use Policy\n\nEffective from: 1st April 2023\n\n## Purpose\n\nThe purpose of this policy is"
        " to define the acceptable use of the company's IT resources.\n\n## Policy\n\nUsers shall not use company"
        " resources to harass others.\n\n**Policy Owner:** Head of Security\n\n<table>\n  <tr>\n"
        "   <td><strong>Version</strong>\n   </td>\n   <td><strong>Date</strong>\n   </td>\n"
        "   <td><strong>Author/Reviewer</strong>\n   </td>\n   <td><strong>Comments</strong>\n   </td>\n  </tr>\n"
        + rows + "</table>\n")


def test_a_raw_html_version_history_in_markdown_is_a_table_and_states_its_approval(tmp_path):
    """Sourcegraph's handbook page ends in an HTML version history, a <td> to a line: the line "<td>1.0" was read
    as a clause numbered 1.0 and the page refused. The row saying "Approved Policy" states who approved which
    version on what date, as a document-control table does."""
    (tmp_path / "aup.md").write_text(version_history_policy("Approved Policy"))

    result, front, body = imported_and_checked(tmp_path / "aup.md", "aup", tmp_path)

    assert "| 1.0 | 2023-03-15 | Diego Comas | Approved Policy |" in body, body
    assert 'version: "1.0"\n' in front, front
    assert "approved_by: Diego Comas\n" in front, front
    assert "approved_on: 2023-03-15\n" in front, front
    assert any("approved_by Diego Comas from line 15, row 3" in note for note in result.notes), result.notes


def test_a_version_history_whose_rows_say_no_approval_states_no_approver(tmp_path):
    """The people of a history's rows wrote or reviewed a version; without a row saying it was approved none of
    them is its approver."""
    (tmp_path / "aup.md").write_text(version_history_policy("Reviewed for typos"))

    _, front, _ = imported_and_checked(tmp_path / "aup.md", "aup", tmp_path)

    assert 'version: "1.0"\n' in front, front
    assert "approved_by: TBC\n" in front, front
    assert "approved_on: TBC\n" in front, front


def test_toml_front_matter_is_front_matter_and_an_indented_star_bullet_is_one_bullet(tmp_path):
    """A Hugo page: its settings are TOML between "+++" lines, and its bullets " * " are indented a space and
    hard-wrapped. The "+++" lines and the title setting became the policy's title and a heading above the
    page's own, and each bullet was written "- * ...", a bullet holding another."""
    (tmp_path / "privacy.md").write_text(
        '+++\ntitle = "Privacy notice"\n+++\n\n# Privacy notice\n\nThis contains privacy notices for the'
        " association.\n\n## Website\n\n * We do not track users on the website. The website is hosted by\n"
        "   GitHub Pages.\n * We do not use any cookies on the website.\n")

    result, front, body = imported_and_checked(tmp_path / "privacy.md", "privacy", tmp_path)

    assert "title: Privacy notice\n" in front, front
    assert "+++" not in body, body
    assert body.startswith("# Privacy notice\n"), body
    assert "\n- We do not track users on the website. The website is hosted by GitHub Pages.\n" in body, body
    assert "- We do not use any cookies on the website.\n" in body, body
    assert any("lines 1-3: the website's settings (front matter)" in note for note in result.notes), result.notes


def test_a_book_chapter_page_is_titled_by_its_heading_not_its_chapter_number_and_book(tmp_path):
    """A lab manual made with Quarto, as the website serves a chapter: the <title> is "6 Expectations - Faylab Lab
    Manual", the chapter's number and the book's name around the heading's words, and the <h1> holds the number
    in a span of its own. The policy was titled with the whole <title>."""
    (tmp_path / "expectations.html").write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>6&nbsp; Expectations \u2013 Example Lab Manual'
        '</title></head><body><main class="content" id="quarto-document-content">'
        '<header id="title-block-header"><h1 class="title"><span id="expectations" class="quarto-section-identifier">'
        '<span class="chapter-number">6</span>&nbsp; <span class="chapter-title">Expectations</span></span></h1>'
        "</header><p>We expect everyone in the group to echo our lab culture.</p>"
        '<section id="working-hours" class="level2" data-number="6.1"><h2 data-number="6.1" class="anchored">'
        '<span class="header-section-number">6.1</span> Working hours</h2>'
        "<p>Lab members set their own working hours.</p></section></main></body></html>")

    _, front, body = imported_and_checked(tmp_path / "expectations.html", "expectations", tmp_path)

    assert "title: Expectations\n" in front, front
    assert "Lab members set their own working hours." in body, body


def test_a_cover_title_ending_in_a_colon_is_the_title(tmp_path):
    """A province's guidelines saved from Word: the cover's first line, "Guidelines on the Use of Open Source
    Software:", set in the cover's largest bold type, ends in a colon (as if a subtitle followed), and the
    branch's name and the month below it are set as large. The colon made it a bold paragraph, and the
    branch's line, set as a heading, became the title."""
    HTML(string=(
        "<html><head><style>@page { size: A4; margin: 2cm } body { font-family: sans-serif; font-size: 12pt }"
        " .cover { font-size: 20pt; font-weight: bold } .branch { font-size: 18pt; font-weight: bold }"
        " h2 { font-size: 14pt; font-style: italic; page-break-before: always }</style></head><body>"
        "<p class=cover>Guidelines on the Use of Open Source Software:</p>"
        "<p class=branch>Architecture and Standards Branch</p><p class=branch>March 2012</p>"
        "<h2>Introduction</h2><p>This document is prepared by the Office of the Chief Information Officer for the"
        " Province. It provides a perspective on the use of open source software.</p>"
        "<h2>What is Open Source Software?</h2><p>Open source software is software whose source code is published"
        " and made available to the public, enabling anyone to copy, modify and redistribute it.</p>"
        "<h2>What are the Benefits?</h2><p>Less process. Open source software can be obtained without a purchase.</p>"
        "<p>Greater flexibility. The source code can be changed to meet the needs of the Province.</p>"
        "<h2>What are the Risks?</h2><p>Open source software may come with no warranty or support.</p>"
        "<p>Licences differ, and some require changes to be published under the same licence.</p>"
        "</body></html>"
    )).write_pdf(tmp_path / "guidelines.pdf")

    _, front, body = imported_and_checked(tmp_path / "guidelines.pdf", "guidelines", tmp_path)

    assert "title: Guidelines on the Use of Open Source Software\n" in front, front
    first_line = body.splitlines()[0]
    assert first_line.startswith("# **Guidelines on the Use of") and first_line.endswith("Software**"), body


def test_an_approval_line_dated_the_iso_way_states_approver_and_date(tmp_path):
    """A foundation's policy page opens "Approved by the OWASP Board of Directors on 2024-06-25": the line was
    read only where its date ends in a year ("on 25 June 2024"), so neither the approver nor the date was found."""
    (tmp_path / "whistleblower.md").write_text(
        "---\ntitle: Whistleblower Policy\nlayout: col-document\n---\n\n"
        "Approved by the OWASP Board of Directors on 2024-06-25\n\n## Whistleblower Policy\n\n"
        "The purpose of this policy is to encourage concerned parties to come forward with credible information.\n")

    result, front, _ = imported_and_checked(tmp_path / "whistleblower.md", "whistleblower", tmp_path)

    assert "approved_by: OWASP Board of Directors\n" in front, front
    assert "approved_on: 2024-06-25\n" in front, front
    assert any(n.startswith("front matter approved_on 2024-06-25 from line 6") for n in result.notes), result.notes


def test_a_privacy_notice_is_the_controllers_it_names(tmp_path):
    """A privacy notice says whose it is as the law asks, naming the data controller, here in a list's item at its
    end: "Controller: Nordic Research Software Engineers ry. Contact: ...". The organisation was left TBC."""
    (tmp_path / "privacy.md").write_text(
        "# Privacy notice\n\nThis contains privacy notices for the association.\n\n## Membership\n\n"
        " * Membership data is used to contact members about the association's purpose.\n\n"
        "## Other information we are required to say\n\n"
        " * Controller: Nordic Research Software Engineers ry. Contact:\n   [our chat](https://example.org/chat)\n"
        " * You have the right to lodge a complaint with a supervisory\n   authority.\n")

    _, front, _ = imported_and_checked(tmp_path / "privacy.md", "privacy", tmp_path)

    # with its legal form, as "GitHub, Inc." keeps its own: "ry" is a Finnish registered association's
    assert "organisation: Nordic Research Software Engineers ry\n" in front, front


def test_a_first_heading_putting_a_name_before_the_front_matter_title_names_the_organisation(tmp_path):
    """A foundation's policy page: its front matter's title is "Whistleblower & Anti-Retaliation Policy" and its
    first heading "OWASP Whistleblower & Anti-Retaliation Policy", the title under the foundation's name, which
    the text speaks as ("OWASP encourages participants to ..."). The organisation was left TBC."""
    (tmp_path / "whistleblower.md").write_text(
        "---\ntitle: Whistleblower & Anti-Retaliation Policy\n---\n\n"
        "## OWASP Whistleblower & Anti-Retaliation Policy\n\n"
        "The OWASP Foundation requires board members, employees and volunteers to act with integrity.\n\n"
        "### I. Reporting Responsibility\n\nOWASP encourages participants to raise serious concerns internally.\n\n"
        "### II. No Retaliation\n\nOWASP does not tolerate retaliation against anyone who reports in good faith.\n")

    _, front, _ = imported_and_checked(tmp_path / "whistleblower.md", "whistleblower", tmp_path)

    assert "organisation: OWASP\n" in front, front
    assert "title: Whistleblower & Anti-Retaliation Policy\n" in front, front
