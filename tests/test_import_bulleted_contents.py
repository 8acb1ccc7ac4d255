"""``handbook import`` on a Markdown page whose contents list is a bulleted list of links to its own headings
("* [Definitions](#definitions)", nested under its parts), as GitHub READMEs and handbook sites write one: set
aside whole, as a numbered contents list is, with the same note. A bulleted list of links that a line ending in
a colon introduces ("you can use:") finishes that sentence and stays. Held-out set 19's Army Research Laboratory
README kept the top level of such a list and dropped the levels below it (issue 18)."""

from __future__ import annotations

from helpers import REPO

from handbook.cli import main
from handbook.importing import import_policy


def imported_and_checked(text, tmp_path):
    (tmp_path / "policy.md").write_text(text, encoding="utf-8")
    result = import_policy(tmp_path / "policy.md", "release", tmp_path / "src")
    assert main(["check", str(tmp_path / "src"), "--docs", str(REPO / "docs"), "--strict"]) == 0
    return result, result.path.read_text().split("---\n", 2)[2].lstrip("\n")


def test_a_titled_bulleted_contents_list_nested_under_its_parts_is_set_aside_whole(tmp_path):
    """A research laboratory's software release process, kept as its repository's README."""
    result, body = imported_and_checked(
        "# Software Release Process for Public Release\n\n"
        "This document sets out what laboratory staff must do before releasing software to the public.\n\n"
        "# Table of Contents\n\n"
        "* [Definitions](#definitions)\n"
        "* [Release Instructions](#release-instructions)\n"
        "    * [Major Reviews](#major-reviews)\n"
        "        * [Informal Approval](#informal-approval)\n"
        "    * [Minor Reviews](#minor-reviews)\n"
        "* [Glossary](#glossary)\n\n"
        "# Definitions\n\nThe key words MUST and SHOULD are to be read as described in RFC 2119.\n\n"
        "# Release Instructions\n\n## Major Reviews\n\nA major review is needed for a first release.\n\n"
        "### Informal Approval\n\nThe developer's supervisor approves the release by email.\n\n"
        "## Minor Reviews\n\nLater releases need a minor review only.\n\n"
        "# Glossary\n\nPD: the principal developer.\n", tmp_path)

    assert "Table of Contents" not in body and "](#" not in body
    headings = [line.lstrip("#").strip() for line in body.split("\n") if line.startswith("#")]
    assert headings[1:] == ["Definitions", "Release Instructions", "Major Reviews", "Informal Approval",
                            "Minor Reviews", "Glossary"]
    assert "line 5: the table of contents (6 entries) was left out: the site makes its own" in result.notes


def test_an_untitled_bulleted_list_of_links_to_the_sections_below_is_set_aside(tmp_path):
    """A start-up's benefits page: its highlights, each a link to its section, under a heading of their own."""
    result, body = imported_and_checked(
        "# Benefits\n\nThese benefits apply to every team member, wherever they work.\n\n## Highlights\n\n"
        "- [Flexible working hours](#flexible-working-hours)\n- [Unlimited PTO with minimums](#paid-time-off)\n"
        "- [Caregiver leave](#caregiver-leave)\n\n"
        "## Flexible working hours\n\nTeam members set their own hours.\n\n"
        "## Paid time off\n\nTeam members take at least 20 days off a year.\n\n"
        "## Caregiver leave\n\nThe Company provides up to 16 weeks of paid leave to regular, full-time employees.\n",
        tmp_path)

    assert "](#" not in body and "- Flexible working hours" not in body
    assert "line 7: the table of contents (3 entries) was left out: the site makes its own" in result.notes


def test_a_bulleted_list_of_links_that_finishes_a_sentence_stays(tmp_path):
    """A data classification standard names its levels in a sentence ending in a colon, each a link to its section:
    set aside, the sentence would be left unfinished."""
    result, body = imported_and_checked(
        "# Data Classification Levels\n\nThe company identifies the following levels of data sensitivity:\n\n"
        "- [Level 1: Public](#level-1-public)\n- [Level 2: Sensitive](#level-2-sensitive)\n"
        "- [Level 3: Restricted](#level-3-restricted)\n\n"
        "## Level 1: Public\n\nData anyone may see, such as the website.\n\n"
        "## Level 2: Sensitive\n\nData for staff only, such as the handbook.\n\n"
        "## Level 3: Restricted\n\nCustomer data, seen only by those who need it.\n", tmp_path)

    assert "sensitivity:\n\n- [Level 1: Public](#level-1-public)\n- [Level 2: Sensitive](#level-2-sensitive)" in body
    assert not any("table of contents" in note for note in result.notes)
