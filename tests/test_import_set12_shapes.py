"""``handbook import`` on shapes held-out set 12 showed (issue 18). Each document is written here as its
authors (or their tools) write it, imported, and checked as ``handbook check --strict`` checks it."""

from __future__ import annotations

from helpers import imported_and_checked
from weasyprint import HTML


def test_front_matter_written_without_its_opening_line_is_left_out_and_gives_the_title(tmp_path):
    """A page of a charity's event website as its Flask app keeps it: the app reads the settings above a
    lone "---" (no "---" opens them). The settings line was written as a heading, "## title: ...", above
    the page's own heading."""
    (tmp_path / "privacy.md").write_text(
        "title: Volunteer Privacy Notice\n---\n# Volunteer Privacy Notice\n\nThis notice describes how Riverside "
        "Summer Camp stores the details volunteers give us.\n\n## Shifts\nWe keep your chosen shifts until the next "
        "camp.\n")

    result, front, body = imported_and_checked(tmp_path / "privacy.md", "privacy", tmp_path)

    assert "title: Volunteer Privacy Notice\n" in front, front
    assert "title:" not in body and "---" not in body, body
    assert "# Volunteer Privacy Notice" in body and "## Shifts" in body, body
    assert any("front matter) were left out" in note for note in result.notes), result.notes


def test_a_document_title_line_over_a_rule_is_not_taken_for_settings(tmp_path):
    """The same shape written by a person: "Title: ..." in capitals over a rule is the document's own
    heading line, not a site's settings, and stays in the text."""
    (tmp_path / "policy.md").write_text(
        "Title: Lone Working Policy\n---\n\nStaff who work alone tell their manager where they are.\n")

    _, _, body = imported_and_checked(tmp_path / "policy.md", "policy", tmp_path)

    assert "Title: Lone Working Policy" in body, body


def test_headings_with_kramdown_ids_keep_the_ids_as_the_anchors_the_documents_own_links_use(tmp_path):
    """A university team's working practice as its Jekyll site keeps it: each heading carries its id in
    kramdown's attribute list ("### Kick-off {#kick-off-meetings}") and the text links to those ids. The
    ids were kept in the headings' words and the links dropped, their places not found."""
    (tmp_path / "guide.md").write_text(
        "---\ntitle: Working with the Research Software Team\n---\n\n"
        "## Before a project starts {#before-a-project-starts}\n\n"
        "Agree the items listed under [Kick-off meetings](#kick-off-meetings) before work begins.\n\n"
        "### Kick-off meetings {#kick-off-meetings}\n\nThe project lead and the engineer meet in the first week.\n\n"
        "## During the project {: #during .wide}\n\nProgress is reviewed every fortnight "
        "(see [Before a project starts](#before-a-project-starts)).\n")

    result, _, body = imported_and_checked(tmp_path / "guide.md", "guide", tmp_path)

    assert "{#" not in body and "{:" not in body, body
    assert "### Kick-off meetings\n" in body and "## During the project\n" in body, body
    assert "[Kick-off meetings](#kick-off-meetings)" in body, body
    assert "[Before a project starts](#before-a-project-starts)" in body, body
    assert not any("was not imported" in note for note in result.notes), result.notes


def test_a_board_adoption_line_with_the_day_of_the_week_and_an_american_date_gives_approver_and_date(tmp_path):
    """A US non-profit's HR policy as its PDF prints it: the organisation's name, the title, and a bold line
    "Adopted by the Board of Directors on Thursday, June 18, 2015". Neither the approver nor the date was
    taken: the day of the week and the comma of "June 18, 2015" stopped the approval line's pattern."""
    HTML(string=(
        "<title>Anti-Harassment Policy</title>"
        "<p><b>Harbor Light Community Services</b></p><p><b>Anti-Harassment Policy</b></p>"
        "<p><b>Adopted by the Board of Directors on Thursday, June 18, 2015</b></p>"
        "<p>Harbor Light Community Services does not tolerate harassment of any employee or volunteer.</p>"
        "<p><b>Reporting Harassment</b></p><p>An employee who feels harassed reports it to a supervisor.</p>"
    )).write_pdf(tmp_path / "policy.pdf")

    _, front, _ = imported_and_checked(tmp_path / "policy.pdf", "policy", tmp_path)

    assert "approved_by: Board of Directors\n" in front, front
    assert "approved_on: 2015-06-18\n" in front, front
