"""Shapes met in held-out set 26's first run: FedRAMP's Word procedure, whose process steps are a numbered list
("1. CSP Start: ...", "2. CSP: Did the CSP ...?", then "a. YES - GO TO STEP 10.", "b. NO - If not, ...") with each
item given an outline level, as a writer does to see the steps in Word's navigation pane."""

from __future__ import annotations

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx_builder import add_list, numbered
from helpers import imported_and_checked
from test_import_facts import facts_of, found
from weasyprint import HTML

_STEPS = [
    (0, "CSP Start: The CSP coordinates with the 3PAO for assessment of the new service."),
    (0, "CSP: Did the CSP already undergo the required eligibility evaluation for services of this type and get "
        "approval from the JAB?"),
    (1, "YES \u2013 If yes, then only the attestation process is required. GO TO STEP 4."),
    (1, "NO \u2013 If not, the CSP undergoes the evaluation to determine if services of this type can go through the "
        "on-boarding process. GO TO STEP 3."),
    (0, "3PAO: Conducts eligibility evaluation."),
    (0, "CSP implements the new service and continues with its monitoring process."),
]


def _procedure(path, outline_levels: bool = True):
    document = docx.Document()
    document.add_paragraph("Significant Change Policies and Procedures", style="Title")
    document.add_paragraph("Purpose", style="Heading 1")
    for number, text in enumerate([
            "This document describes how a cloud service provider makes a significant change.",
            "It applies to every cloud service provider with a FedRAMP authorization.",
            "A significant change is one that affects the security of the authorized service.",
            "The provider tells its authorizing official before it makes the change."], start=1):
        document.add_paragraph(f"{number}. {text}")
    document.add_paragraph("On-boarding Process", style="Heading 1")
    steps = add_list(document, [("decimal", "%1."), ("lowerLetter", "%2.")])
    for level, text in _STEPS:
        item = numbered(document, text, steps, level, style="List Paragraph")
        if outline_levels:
            item._p.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="1"/>'))
    document.add_paragraph("Annual Assessments", style="Heading 1")
    document.add_paragraph("Significant changes may be scheduled with the annual assessment.")
    document.save(path)
    return path


def test_a_list_of_steps_given_an_outline_level_stays_a_list_with_its_points_in_order(tmp_path):
    result, _, body = imported_and_checked(_procedure(tmp_path / "scr.docx"), "significant-change", tmp_path)

    assert "\n## On-boarding Process\n" in body and "\n## Annual Assessments\n" in body
    assert "## CSP Start" not in body and "## YES" not in body and "## 3PAO" not in body
    assert "(a) YES \u2013 If yes, then only" in body and "(b) NO \u2013 If not, the CSP" in body
    assert any("'CSP Start: The CSP coordinates with': styled as a heading in the document, but it is an item of a "
               "numbered list whose other items read as running text: kept as a list item" in note
               for note in result.notes)


def test_a_word_lists_steps_keep_their_numbers_after_its_points(tmp_path):
    _, _, body = imported_and_checked(_procedure(tmp_path / "scr.docx", outline_levels=False), "significant-change",
                                      tmp_path)

    # the policy's clauses are 1-4, so the steps are typed text, shown as Word numbers them: 3 after (a) and (b)
    assert "\n2\\. CSP: Did the CSP" in body and "\n(b) NO \u2013 If not" in body
    assert "\n3\\. 3PAO: Conducts eligibility evaluation.\n" in body
    assert "\n4\\. CSP implements the new service" in body


def test_section_headings_numbered_by_word_stay_headings_beside_a_list_of_long_steps(tmp_path):
    document = docx.Document()
    document.add_paragraph("Remote Working Policy", style="Title")
    sections = add_list(document, [("decimal", "%1.")])
    numbered(document, "Purpose", sections, 0, style="Heading 1")
    document.add_paragraph("This policy sets out how staff may work away from the office.")
    numbered(document, "Scope", sections, 0, style="Heading 1")
    steps = add_list(document, [("decimal", "%1.")])
    for text in ["Staff ask their line manager for approval in writing, giving the days they wish to work away and how "
                 "they can be reached on those days.", "Approve."]:
        numbered(document, text, steps, 0, style="Heading 2")
    document.save(tmp_path / "remote.docx")

    _, _, body = imported_and_checked(tmp_path / "remote.docx", "remote-working", tmp_path)

    assert "## 1. Purpose" in body and "## 2. Scope" in body  # (another list's items read as running text)
    assert "# Approve." not in body and "Approve." in body


def _in_content_controls(row, *aliases: str) -> None:
    """Each cell of ``row`` wrapped in a content control, as a template's revision history keeps its cells."""
    for cell, alias in zip(list(row._tr.tc_lst), aliases, strict=True):
        control = parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{alias}"/></w:sdtPr>'
                            '<w:sdtContent/></w:sdt>')
        cell.addprevious(control)
        control[1].append(cell)


def _covered_guide(path, history_rows: list[tuple[str, ...]], core_title: str):
    """FedRAMP's Word template: a cover table holding the title and version, a revision history whose rows are
    content controls (the later ones still to be filled in), then sections each a top-level heading."""
    document = docx.Document()
    document.core_properties.title = core_title
    document.add_table(rows=1, cols=1).cell(0, 0).text = (
        "FedRAMP Significant Change\nPolicies and Procedures\nVersion 1.0\nAugust 28, 2018")
    history = document.add_table(rows=1 + len(history_rows), cols=4)
    for cell, heading in zip(history.rows[0].cells, ["Date", "Description", "Version", "Author"], strict=True):
        cell.text = heading
    for row, values in zip(history.rows[1:], history_rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
        _in_content_controls(row, "Revision Date", "Revision Description", "Version Number", "Author")
    for heading, text in [
            ("About this document", "This document provides guidance for making significant changes to a Cloud "
             "Service Offering. For systems with a Joint Authorization Board (JAB) P-ATO, the AO is the JAB. A "
             "FedRAMP JAB P-ATO is reviewed by the JAB each year."),
            ("Who should use this document?", "Cloud Service Providers making a change to an authorized service.")]:
        document.add_paragraph(heading, style="Heading 1")
        document.add_paragraph(text)
    document.save(path)
    return path


_HISTORY = [("8/28/2018", "Initial document", "1.0", "FedRAMP PMO"),
            ("<Date>", "<Revision Description>", "<Version>", "<Author>")]


def test_a_cover_shows_the_title_its_properties_state_so_the_first_heading_is_a_section(tmp_path):
    source = _covered_guide(tmp_path / "scr.docx", _HISTORY, "FedRAMP Significant Change Policies and Procedures")

    _, front, body = imported_and_checked(source, "significant-change", tmp_path)

    assert "title: FedRAMP Significant Change Policies and Procedures" in front
    assert "\n## About this document\n" in body and "\n## Who should use this document?\n" in body


def test_a_stale_title_in_the_properties_leaves_the_first_heading_the_title(tmp_path):
    source = _covered_guide(tmp_path / "scr.docx", _HISTORY, "Document Template v3")

    _, front, _ = imported_and_checked(source, "significant-change", tmp_path)

    assert "title: About this document" in front  # as before: the cover does not show the properties' title


def test_a_revision_historys_rows_in_content_controls_are_read_and_its_rows_to_fill_in_are_not(tmp_path):
    source = _covered_guide(tmp_path / "scr.docx", _HISTORY, "FedRAMP Significant Change Policies and Procedures")

    result, front, body = imported_and_checked(source, "significant-change", tmp_path)

    assert "| 8/28/2018 | Initial document | 1.0 | FedRAMP PMO |" in body  # the words were lost
    assert 'version: "1.0"' in front
    assert any("version 1.0 from the table" in note and "row 2: '8/28/2018 | Initial document | 1.0 | FedRAMP PMO'"
               in note for note in result.notes)


def test_a_joint_authorization_board_is_a_body_that_authorizes_not_the_policys_organisation(tmp_path):
    source = _covered_guide(tmp_path / "scr.docx", _HISTORY, "FedRAMP Significant Change Policies and Procedures")

    _, front, _ = imported_and_checked(source, "significant-change", tmp_path)

    assert "Joint Authorization Board" not in front


def test_a_list_of_software_versions_is_no_version_history():
    from handbook.importing.document import Table
    from handbook.importing.version_history import history_facts

    software = Table(3, (("Name", "Version", "Release date"), ("Moodle", "4.1", "2023-04-24")), "the table at 3")
    changes = Table(3, (("Date", "Description", "Version", "Author"), ("2023-04-24", "Reviewed", "4.1", "HR")),
                    "the table at 3")

    assert history_facts([software], str) == {}
    assert history_facts([changes], str)["version"][0] == "4.1"


def _gapped(text: str) -> str:
    """Words set apart by a gap alone, no space character between them, as FedRAMP's PDF writes its tables."""
    return "".join(f"<span style='margin-left: {0 if index == 0 else 0.25}em'>{word}</span>"
                   for index, word in enumerate(text.split()))


def test_a_pdf_tables_words_set_apart_by_gaps_alone_stay_apart(tmp_path):
    cell = "border: 1px solid black"
    HTML(string=(
        "<html><body style='font-family: serif; font-size: 9pt'>"
        "<p style='font-size: 18pt; font-weight: bold'>Incident Communications Procedures</p>"
        "<p>This procedure says who does what when a cloud service provider reports an incident.</p>"
        f"<table style='border-collapse: collapse'><tr><th style='{cell}'>Role</th><th style='{cell}'>"
        f"Responsibilities</th></tr><tr><td style='{cell}'>CISA</td><td style='{cell}'>"
        f"{_gapped('Delivers technical assistance and assessments to federal stakeholders')}</td></tr></table>"
        "</body></html>")).write_pdf(tmp_path / "incidents.pdf")

    _, _, body = imported_and_checked(tmp_path / "incidents.pdf", "incidents", tmp_path)

    assert "| CISA | Delivers technical assistance and assessments to federal stakeholders |" in body


@pytest.mark.parametrize(("definition", "organisation"), [
    ("The term 'hackspace' refers to Leigh Hackspace CIC.", "Leigh Hackspace CIC"),  # Leigh Hackspace's CCTV policy
    ("In this policy 'the Lab' means the Okafor Lab of Soil Ecology.", "Okafor Lab of Soil Ecology"),
    ("'Premises' means the hackspace building at 12 Bridge Street.", None),  # a place the policy speaks of
])
def test_the_kind_of_organisation_a_definition_names_says_whose_the_policy_is(definition, organisation):
    facts = facts_of("Definitions", definition, "The hackspace uses CCTV images to protect its members and property.",
                     title="CCTV Policy")

    assert found(facts, "organisation") == organisation


def test_a_revision_row_approved_by_a_named_body_states_the_approval_and_its_day():
    """FedRAMP's cryptographic module policy (PDF, page 12): "Date | Version | Description" with the version column
    second, and its latest row "01/16/2025 | 1.1 | Approved by FedRAMP Board"."""
    from handbook.importing.document import Table
    from handbook.importing.version_history import history_facts

    history = Table(40, (("Date", "Version", "Description"), ("08/10/2024", "1.0", "Initial Public Draft"),
                         ("01/16/2025", "1.1", "Approved by FedRAMP Board")), "the table at page 12")
    conditional = Table(40, (("Date", "Version", "Description"),
                             ("01/16/2025", "1.1", "Approved by the Board, subject to legal review")), "page 12")

    stated = {name: value for name, (value, _, _) in history_facts([history], str).items()}
    assert stated == {"version": "1.1", "approved_on": "01/16/2025", "approved_by": "FedRAMP Board"}
    assert "approved_on" not in history_facts([conditional], str)


@pytest.mark.parametrize(("line", "audience"), [
    # the writing department's policies (reStructuredText, its "Important" box under the title)
    ("All DWR employees must digitally acknowledge the DWR Policies and Procedures annually.", ("employees",)),
    ("All staff are required to sign to confirm they have read and understood this policy.", ("staff",)),
    ("All staff must acknowledge the Data Protection Policy.", None),  # another document
    ("All visitors must sign the visitors book at reception.", None),  # a rule of the policy
])
def test_whom_the_document_asks_to_acknowledge_it_is_its_audience(line, audience):
    facts = facts_of(line, "Keys are returned on the last day of employment.", title="DWR Policies and Procedures")

    assert found(facts, "applies_to") == audience


@pytest.mark.parametrize(("line", "audience"), [
    # FedRAMP's Word guide, under "Who should use this document?" (its audiences are no people the handbook names;
    # the same words with staff's kinds of people)
    ("This document is intended to be used by all employees and contractors working on the programme.",
     ("employees", "contractors")),
    ("The attached form is intended to be used by visitors.", None),  # another document
])
def test_whom_a_document_is_intended_to_be_used_by_is_its_audience(line, audience):
    assert found(facts_of(line, title="Significant Change Policies and Procedures"), "applies_to") == audience
