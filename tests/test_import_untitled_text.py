"""A document that states no title and opens with a paragraph of text, its first heading a section's
(issue 18, set 12's privacy policy whose first heading "Who we are" became its title): the heading stays
a section heading, and the kind of document the text says it is in its opening paragraph is the title;
where it says no kind, the file's name or a refusal with what to do, as for any untitled document."""

from __future__ import annotations

import pytest
from helpers import imported_and_checked

from handbook.importing import PolicyImportError, import_policy

_BODY = ("## Who we are\n\nThe Hallam Carers Helpline is run by Hallam Carers Trust for unpaid carers in the city."
         "\n\n## What we collect\n\nWe collect your name and telephone number when you call us.\n")


def test_a_section_heading_under_the_opening_text_is_not_the_title(tmp_path):
    source = tmp_path / "notes.md"
    source.write_text("Your privacy matters to us. This privacy notice explains what we collect when you call the "
                      "helpline and why.\n\n" + _BODY)

    result, front, body = imported_and_checked(source, "helpline-privacy", tmp_path)

    assert "title: Privacy notice\n" in front, front
    assert "## Who we are" in body and "# Who we are" not in body.replace("## Who we are", ""), body
    assert any("where the text says what it is" in note for note in result.notes), result.notes


def test_a_heading_on_top_is_still_the_title(tmp_path):
    """The look-alike: the same text under a heading of its own keeps that heading as the title."""
    source = tmp_path / "notes.md"
    source.write_text("## Helpline privacy notice\n\nYour privacy matters to us. This privacy notice explains what we "
                      "collect when you call the helpline and why.\n\n" + _BODY)

    _, front, _ = imported_and_checked(source, "helpline-privacy", tmp_path)

    assert "title: Helpline privacy notice\n" in front, front


@pytest.mark.parametrize("opening", [
    "Your privacy matters to us. This policy covers what we collect when you call the helpline and why.",
    "Your privacy matters to us. This updated policy explains what we collect when you call the helpline.",
])
def test_an_opening_that_names_no_kind_of_document_gives_no_title(tmp_path, opening):
    source = tmp_path / "notes.md"  # (a file name that names no kind of document either)
    source.write_text(opening + "\n\n" + _BODY)

    with pytest.raises(PolicyImportError, match=r"states no title.*add the title as the document's first line"):
        import_policy(source, "helpline-privacy", tmp_path / "src")


def test_the_name_the_text_calls_itself_by_is_taken_without_this(tmp_path):
    """A web page saved as Markdown with no heading of its own: "This Security Policy outlines ..." names it the
    Security Policy, not "This Security Policy"."""
    source = tmp_path / "page.md"
    source.write_text("---\ndescription: Security principles for the research platform.\n---\n\n"
                      "This Security Policy outlines the security principles for the research computing platform of "
                      "the Hallam Research Network.\n\n## Responsibilities\n\nAll staff report incidents to the "
                      "security team.\n\n## Review\n\nThis Security Policy will be reviewed annually.\n")

    _, front, _ = imported_and_checked(source, "security-policy", tmp_path)

    assert "title: Security Policy\n" in front, front
