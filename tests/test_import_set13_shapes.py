"""``handbook import`` on shapes held-out set 13 showed (issue 18). Each document is written here as its
authors (or their tools) write it, imported, and checked as ``handbook check --strict`` checks it."""

from __future__ import annotations

from helpers import imported_and_checked


def test_an_address_written_with_line_breaks_stays_one_paragraph_and_the_text_after_it_is_not_code(tmp_path):
    """A council's privacy notice as its web app keeps it: the postal address written line by line with
    ``<br/>``. The line "14 Mill Lane" was taken to start a numbered item, the address split there, and the
    paragraph after it written indented four spaces: a code block, which ``check --strict`` refuses."""
    (tmp_path / "notice.md").write_text(
        "# Parking permits privacy notice\n\n## Contact us\n\n"
        "Write to the Information Governance Team:\n\n"
        "Northfield District Council<br/>\nTown Hall<br/>\n14 Mill Lane<br/>\nNorthfield<br/>\nNF1 2AB\n\n"
        "You can also complain to the Information Commissioner's Office.\n")

    _, _, body = imported_and_checked(tmp_path / "notice.md", "notice", tmp_path)

    assert "Northfield District Council<br> Town Hall<br> 14 Mill Lane<br> Northfield<br> NF1 2AB\n" in body, body
    assert "\nYou can also complain" in body and "    You can" not in body, body


def test_a_line_after_markdowns_own_line_break_goes_on_in_its_paragraph(tmp_path):
    """The same address with Markdown's own line breaks: two spaces, or a backslash, ending the line. The breaks
    were lost (the lines run together, the backslash shown) and "2 Church Road" started a paragraph of its own."""
    (tmp_path / "notice.md").write_text(
        "# Visitors\n\nThe school office is at:\n\nOakfield Academy  \n2 Church Road\\\nLeeds LS6 2AB\n\n"
        "Visitors sign in at reception.\n")

    _, _, body = imported_and_checked(tmp_path / "notice.md", "notice", tmp_path)

    assert "\nOakfield Academy<br> 2 Church Road<br> Leeds LS6 2AB\n" in body, body
    assert "\nVisitors sign in at reception.\n" in body, body


def test_a_paragraph_opening_with_a_number_is_text_and_the_next_paragraph_is_not_indented(tmp_path):
    """A staff leave policy typed in plain text: "48 hours' notice ..." opens a paragraph. It was taken for
    clause 48 (a number the policy's clauses cannot have without its full stop) and the next paragraph was
    indented under it, so ``check --strict`` refused the file as a code block."""
    (tmp_path / "leave.md").write_text(
        "# Annual Leave Policy\n\nStaff book leave through the HR system.\n\n"
        "48 hours' notice is needed for a single day off.\n\nYour line manager approves each request.\n")

    _, _, body = imported_and_checked(tmp_path / "leave.md", "leave", tmp_path)

    assert "\n48 hours' notice is needed for a single day off.\n" in body, body
    assert "\nYour line manager approves each request.\n" in body, body


def test_the_organisation_defined_after_a_group_of_its_people_is_the_part_that_holds_the_defined_word(tmp_path):
    """An open-source foundation's conflict of interest page: 'Members of the Board of Directors of the Rust
    Foundation ("Foundation"), officers, and key employees each have ...'. The whole phrase was written as
    the organisation; the definition names only its last part."""
    (tmp_path / "conflicts.html").write_text(
        "<html><head><title>Conflicts of Interest</title></head><body><main><h1>Conflicts of Interest</h1>"
        "<p>Trustees of the Riverside Arts Foundation (\u201cFoundation\u201d) and its senior staff declare any "
        "interest that may conflict with their duties.</p><p><em>Disclosure.</em> Each trustee completes a form "
        "each year.</p></main></body></html>")

    _, front, _ = imported_and_checked(tmp_path / "conflicts.html", "conflicts", tmp_path)

    assert "organisation: Riverside Arts Foundation\n" in front, front


def test_points_marked_with_a_white_circle_in_a_pdf_are_list_items(tmp_path):
    """A foundation's code of conduct exported from Google Docs: its sub-points are marked "○" (a white
    circle, as Docs marks a list's second level). They ran into the bullet above them as one paragraph,
    the circles in its words."""
    from weasyprint import HTML

    HTML(string=(
        "<p><b>CODE OF CONDUCT</b></p><p>This code applies to all board members, volunteers and staff.</p>"
        "<p>\u25cf We will exclude you if you harass anyone. Unacceptable behaviour includes the following:<br>"
        "\u25cb Violence, threats of violence or violent language.<br>"
        "\u25cb Posting other people's personal information.<br>"
        "\u25cf Please be kind and courteous.</p>"
    )).write_pdf(tmp_path / "conduct.pdf")

    _, _, body = imported_and_checked(tmp_path / "conduct.pdf", "conduct", tmp_path)

    assert "\n- Violence, threats of violence or violent language.\n" in body, body
    assert "\n- Posting other people's personal information.\n" in body, body
    assert "\u25cb" not in body, body
