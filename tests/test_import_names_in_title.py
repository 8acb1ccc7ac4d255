"""The organisation a policy's title names, where no sentence or label says whose the policy is: the name the text
uses again and again as its own ("UKRI employees", "the NARA team") is written when it stands in the title ("UKRI HR
Policy Framework", a Word file's or a PDF's title property); standing only in the opening paragraphs, it stays a guess
offered in the notes. Beside each, a look-alike: a title naming a tool the text uses, which must leave the
organisation TBC."""

from __future__ import annotations

import docx
from helpers import imported_and_checked
from test_import_names_by_structure import _imported

# A research council's framework: its name in the title and, as its own people, through the text; no sentence says
# "This is Tarnbridge Research's policy"
_FRAMEWORK = (
    "# Tarnbridge Research HR Policy Framework\n\n"
    "## Purpose\n\n"
    "This framework sets out how we manage people fairly and consistently.\n\n"
    "It covers all Tarnbridge Research employees, workers and contractors, wherever they are based.\n\n"
    "## Principles\n\n"
    "Tarnbridge Research staff are treated with dignity and respect.\n\n"
    "Tarnbridge Research managers apply each policy consistently across every site.\n")
# A team's guide whose title names the service it is about, a tool the text uses, not its organisation's
_TOOL_GUIDE = (
    "# Slack Usage Guidelines\n\n"
    "## Channels\n\n"
    "Use public channels on Slack for project work, so that others can find it later.\n\n"
    "Your Slack account is made on your first day; sign in with your work email.\n\n"
    "## Messages\n\n"
    "Files shared via Slack are kept for a year. Slack will remind you of unread mentions.\n")


def test_a_title_naming_the_organisation_the_text_uses_as_its_own_names_it(tmp_path):
    front, notes = _imported(tmp_path, "hr-framework", _FRAMEWORK)

    assert "\norganisation: Tarnbridge Research\n" in front, (front, notes)
    assert "standing in its title: which names whose the policy is" in notes[0], notes


def test_a_title_naming_a_tool_the_text_uses_leaves_the_organisation_tbc(tmp_path):
    front, notes = _imported(tmp_path, "slack", _TOOL_GUIDE)

    assert "\norganisation: TBC\n" in front, (front, notes)


def test_a_name_only_in_the_opening_paragraphs_is_offered_not_written(tmp_path):
    front, notes = _imported(tmp_path, "hr-framework", _FRAMEWORK.replace("# Tarnbridge Research HR", "# HR"))

    assert "\norganisation: TBC  # perhaps 'Tarnbridge Research'?" in front, (front, notes)


def test_a_word_files_title_property_naming_the_organisation_names_it(tmp_path):
    """A PDF or Word file whose first line is the bare title, its title property the fuller "UKRI HR Policy
    Framework" (as UKRI's framework is kept)."""
    document = docx.Document()
    document.core_properties.title = "Tarnbridge Research HR Policy Framework"
    document.add_heading("HR Policy Framework", level=1)
    for line in _FRAMEWORK.split("\n\n")[1:]:
        if line.startswith("## "):
            document.add_heading(line.removeprefix("## ").strip(), level=2)
        else:
            document.add_paragraph(line.strip())
    source = tmp_path / "framework.docx"
    document.save(source)
    result, front, _ = imported_and_checked(source, "framework", tmp_path / "framework")

    assert "\norganisation: Tarnbridge Research\n" in front, (front, result.notes)
