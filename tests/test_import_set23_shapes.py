"""Shapes held-out set 23's documents have and the first import got wrong (issue 18), each written here as such
organisations write it, imported and checked as ``handbook check --strict`` checks it, beside a look-alike that
must keep what it had."""

from __future__ import annotations

import docx
import pytest
from docx.shared import Pt
from helpers import imported_and_checked
from test_import_facts import facts_of, found


def _markdown(tmp_path, text: str, name: str = "page.md"):
    (tmp_path / name).write_text(text, encoding="utf-8")
    return imported_and_checked(tmp_path / name, "page", tmp_path / "src")


def test_front_matter_yaml_refuses_is_read_a_setting_a_line_and_never_shown_as_text(tmp_path):
    """A digital handbook's page whose unquoted title holds a colon: YAML refuses the block, and import wrote the
    whole of it into the page as a paragraph ("--- title: ... review_in: 12 months ---")."""
    result, front, body = _markdown(tmp_path, (
        "---\ntitle: Central funding and recharge policy: Platform Services\nlast_reviewed_on: 2026-01-06\n"
        "review_in: 12 months\n---\n\n# Central funding and recharge policy\n\n"
        "Cabinet Office Digital centrally funds several platform services.\n"))

    assert "review_in" not in body and "---" not in body
    assert "review_every: 12 months\n" in front
    assert any(note.startswith("line 2: the website's settings (front matter) are not valid YAML") for note in
               result.notes), result.notes


def test_a_block_of_text_between_rules_is_not_taken_for_settings(tmp_path):
    """The look-alike: a page opening with a rule, then a note YAML cannot read either, then a rule, is text to
    keep: a note is written as a sentence, a setting's key in lower case."""
    _, _, body = _markdown(tmp_path, (
        "---\nNote: from 1 April: leave is booked in the new system.\n---\n\n# Annual leave\n\n"
        "Book leave with your manager.\n"))

    assert "from 1 April: leave is booked in the new system" in body


def test_a_markdown_escape_in_the_title_heading_is_shown_as_markdown_shows_it(tmp_path):
    _, front, body = _markdown(tmp_path, (
        "# Central funding and recharge policy: Platform Services (FY 2026 to 2027\\)\n\n"
        "Cabinet Office Digital centrally funds several platform services.\n"))

    assert "title: 'Central funding and recharge policy: Platform Services (FY 2026 to 2027)'\n" in front
    assert "# Central funding and recharge policy: Platform Services (FY 2026 to 2027\\)" in body  # as typed


def test_a_markdown_list_item_after_a_hard_line_break_is_the_lists_next_item(tmp_path):
    """NICE's guidance: item 1 ends with two spaces (Markdown's line break), then "2." opens item 2. Import ran
    item 2 into item 1 ("... by default.<br> 2. **Follow guidance ...**")."""
    _, _, body = _markdown(tmp_path, (
        "# Guidance for writing your own review\n\n## How to prepare\n\n"
        "1. **A week before, ask for 360 feedback**. Send the survey to your colleagues.  \n"
        "2. **Follow guidance to create your appraisal in ESR** See the learning hub page.\n"))

    items = [line for line in body.splitlines() if line[:2] in ("1.", "2.")]
    assert len(items) == 2, body
    assert items[0].endswith("Send the survey to your colleagues.") and "<br>" not in body
    assert items[1].startswith(("1. **Follow guidance", "2. **Follow guidance"))


def test_an_address_line_after_a_line_break_still_goes_on_in_its_paragraph(tmp_path):
    """The look-alike (set 13's): "2 Church Road" after a line break is the address's next line, no list item."""
    _, _, body = _markdown(tmp_path, (
        "# Visitors\n\nThe school office is at:\n\nOakfield Academy  \n2 Church Road  \nLeeds LS6 2AB\n"))

    assert "\nOakfield Academy<br> 2 Church Road<br> Leeds LS6 2AB\n" in body, body


def _template(path, bold_lines_and_tables: list[str | int]):
    document = docx.Document()
    for part in bold_lines_and_tables:
        if isinstance(part, int):
            table = document.add_table(rows=part, cols=2)
            for number, row in enumerate(table.rows, start=1):
                row.cells[0].text = f"{chr(96 + number)}) Describe the dataset's provenance and its licence terms."
        elif part.startswith("*"):
            run = document.add_paragraph().add_run(part[1:])
            run.bold, run.font.size = True, Pt(14)
        else:
            document.add_paragraph(part)
    document.save(path)
    return path


def test_a_word_templates_bold_lines_between_its_tables_are_its_title_and_headings(tmp_path):
    """The Library of Congress's data processing plan: the title and "Section A" to "Section D" are bold 14 pt
    Normal paragraphs, most of the text is in the sections' tables, so the bold lines were five of nine paragraphs
    and none was taken as a heading; the title came from the file's name."""
    source = _template(tmp_path / "plan.docx", [
        "*Data Processing Plan Template",
        "This template helps partners and vendors document how they will process the Library's data.",
        "*Section A: General (required)", 3,
        "*Section B: Data Documentation (required)",
        "Please fill out a chart for each dataset under consideration.", 4,
        "*Section C: Machine learning (if used)", 3,
        "All experiments involving machine learning must complete the chart below.", 2])

    _, front, body = imported_and_checked(source, "plan", tmp_path / "src")

    assert "title: Data Processing Plan Template\n" in front
    assert "\n## Section A: General (required)\n" in body and "\n## Section C: Machine learning (if used)\n" in body


def test_a_document_in_bold_throughout_still_has_no_headings_made_of_its_paragraphs(tmp_path):
    """The look-alike: most paragraphs bold and no tables: bold is its body type, not its headings'."""
    source = _template(tmp_path / "notice.docx", [
        "*Staff notice", "*Parking is closed on Friday.", "*Use the church car park.", "Thank you.",
        "*The gates open at 7.30."])

    _, _, body = imported_and_checked(source, "notice", tmp_path / "src")

    assert "## " not in body, body


@pytest.mark.parametrize("line", [
    "This policy also applies to anyone approving sandbox activity, including the Head of Engineering and the "
    "Technical Design Authority (TDA). The TDA reviews each request. The TDA keeps a register.",
    "Changes go to the Change Advisory Board (CAB) first. The CAB meets weekly. The CAB minutes each decision.",
    # Joyent's open source policy (held-out set 25): the office it creates, within the company
    "This RFD creates a role, the Open Source Counsel Office (OSCO). The OSCO approves each use. Ask the OSCO first.",
])
def test_a_body_named_by_what_it_does_is_not_the_organisation(line):
    assert found(facts_of(line), "organisation") is None


def test_an_organisation_spelt_out_with_its_abbreviation_still_is():
    facts = facts_of("This policy is issued by the Ministry of Justice (MoJ). MoJ staff follow it. MoJ managers "
                     "check it.")

    assert found(facts, "organisation") == "Ministry of Justice"


def test_a_title_naming_work_on_a_tool_names_no_organisation():
    """The Cabinet Office's "Github Administration Access Policy": "Administration" is what is done on GitHub,
    which the text uses as a tool, not an organisation such as the General Services Administration."""
    facts = facts_of("Github Administration Access Policy",
                     "A repository administrator needs familiarity with GitHub and its branch protection.")

    assert found(facts, "organisation") is None


def test_a_front_matter_issue_sheet_gives_the_latest_revisions_version(tmp_path):
    """NHSBSA's playbook pages keep an issue sheet in their front matter, the site showing it on the page."""
    _, front, _ = _markdown(tmp_path, (
        '---\ntitle: "Application patching"\nissuesheet:\n    author: "Head of Software Engineering"\n'
        '    revisions:\n        - version: "1.1"\n          date: 2024-01-14\n          details: "Playbook release"\n'
        '        - version: "1.0"\n          date: 2022-03-03\n          details: "Initial release"\n---\n'
        "Keep software up to date with the latest versions of its libraries.\n"))

    assert 'version: "1.1"\n' in front


def test_last_updated_and_replacing_with_immediate_effect_is_when_it_took_effect():
    facts = facts_of("This version was last updated on Dec 10, 2020 and replaces with immediate effect any previous "
                     "policy.")

    assert found(facts, "effective_from") == "2020-12-10"


def test_last_updated_alone_says_when_the_page_changed_not_when_it_took_effect():
    assert found(facts_of("This policy was last updated on Dec 10, 2020."), "effective_from") is None


def test_an_issue_sheet_mixing_days_and_times_gives_the_latest_version_without_failing(tmp_path):
    _, front, _ = _markdown(tmp_path, (
        '---\ntitle: "Application patching"\nrevisions:\n    - version: "1.2"\n      date: 2024-03-01 09:30:00\n'
        '    - version: "1.1"\n      date: 2024-01-14\n---\nKeep software up to date.\n'))

    assert 'version: "1.2"\n' in front
