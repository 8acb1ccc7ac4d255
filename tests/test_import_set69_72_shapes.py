"""Shapes of held-out sets 69 to 72's documents (issue 18, stop 50), made here, each beside a look-alike: a service's
terms whose title names the service ("Marine Noise Registry Terms of Use"), which the text says another body holds; a
lab's guide to a tool titled with the tool's name ("GitHub Guidance"); a body describing itself by initials it spells
out elsewhere ("JNCC is the public body that advises ..."); a cover stacking a body's parts with their abbreviations,
one taking two letters from a word ("Southeast Fisheries Science Center (SEFSC)"); a version line running on into its
date ("Version 2.0 Last updated [12/10/2018]"); a version history titled across the table ("Version History") or
numbering "Release No."; a table of digital signatures under "Approval Signatures"; a Word cover in its template's own
title style ("CoverTitle") under a Title property "Report"; a translated constitution ("an association ... having as
title: « Alakajam! »") whose first line a quotation follows straight after."""

from __future__ import annotations

import docx
import pytest
from helpers import imported_and_checked
from test_import_facts import facts_of, found
from test_import_names_by_structure import _imported

from handbook.importing.document import Paragraph, Table
from handbook.importing.facts import find_facts


def _terms(held_by: str) -> str:
    return ("# Marine Noise Registry Terms of Use\n\nThe Marine Noise Registry website is " + held_by + ".\n\n"
            "Users of the Marine Noise Registry must keep their passwords safe. The Marine Noise Registry team "
            "checks every upload. Marine Noise Registry members may see all data. The Marine Noise Registry will "
            "publish outputs each year.\n\nThe Marine Noise Registry's data may be shared with OSPAR.\n")


def test_a_service_the_text_says_another_body_holds_is_not_whose_the_terms_are(tmp_path):
    front, _ = _imported(tmp_path, "terms", _terms("held by the Data Host, Joint Nature Conservation Committee"))

    assert "\norganisation: TBC\n" in front, front


def test_a_service_named_in_its_own_terms_title_names_them_where_no_other_body_holds_it(tmp_path):
    front, _ = _imported(tmp_path, "terms", _terms("hosted by Netlify"))

    assert "\norganisation: Marine Noise Registry\n" in front, front


def _guide(uses: str) -> str:
    return ("# GitHub Guidance\n\nThis guide explains how the lab keeps its code. " + uses + " Ask the GitHub "
            "members of the lab before you publish a GitHub project.\n")


def test_a_title_naming_a_tool_the_text_uses_as_one_names_no_organisation(tmp_path):
    front, _ = _imported(tmp_path, "guide", _guide(
        "Put your code on GitHub. Use GitHub for every project. Open a GitHub account with your work address. Keep "
        "notes in the GitHub issues, and publish the lab's pages on GitHub."))

    assert "\norganisation: TBC\n" in front, front


def test_a_title_naming_a_body_the_text_speaks_of_as_one_names_it(tmp_path):
    front, _ = _imported(tmp_path, "guide", _guide("The GitHub team reviews each request, and the GitHub "
                                                    "community is asked for comments."))

    assert "\norganisation: GitHub\n" in front, front


@pytest.mark.parametrize(("opening", "organisation"), [
    ("JNCC is the public body that advises the UK Government on nature conservation.", "JNCC"),
    ("HR is the team that answers questions about pay.", None),  # initials of a team, not an organisation
])
def test_initials_describing_themselves_as_a_body_the_text_spells_out_name_it(opening, organisation):
    facts = facts_of("Marine Noise Registry Privacy Notice", opening,
                     "Contact the Data Protection Manager, Joint Nature Conservation Committee, or Human Resources.")

    assert found(facts, "organisation") == organisation


def test_an_abbreviation_taking_two_letters_of_a_word_names_the_body_on_a_cover():
    facts = facts_of("SEFSC GitHub", "Standard Operating Procedure (SOP)",
                     "National Oceanic and Atmospheric Administration (NOAA) Southeast Fisheries Science Center "
                     "(SEFSC) Operations and Management Division (OMI)",
                     *(f"SEFSC staff keep repository {n} in the SEFSC organisation." for n in range(3)))

    assert found(facts, "organisation") == "Southeast Fisheries Science Center"


@pytest.mark.parametrize(("line", "version"), [
    ("Version 2.0 Last updated [12/10/2018]", "2.0"),
    ("Version 2 of the form is attached.", None),
])
def test_a_version_line_running_on_into_its_date(line, version):
    assert found(facts_of("Marine Noise Registry Terms of Use", line, "You must keep your password safe."),
                 "version") == version


@pytest.mark.parametrize("header", [
    (("Version History", "", "", ""), ("Version", "Date", "Editor", "Description of Change")),
    ((("Release No.", "Date", "Author", "Revision Description")),),
])
def test_a_version_history_titled_across_it_or_numbering_releases_gives_the_version(header):
    rows = (*header, ("1.0", "10/12/2014", "Ian Carmichael", "Draft"), ("1.4", "06/03/2015", "Janey Cringean",
                                                                       "Optional numeric values"))
    assert find_facts([Table(1, rows, "the table at page 1")], None).found["version"].value == "1.4"


def test_a_caption_row_over_a_table_of_another_kind_gives_no_version():
    rows = (("Contacts", "", ""), ("Name", "Role", "Telephone"), ("Ian Carmichael", "Developer", "01506 243010"))
    assert "version" not in find_facts([Table(1, rows, "the table at page 1")], None).found


def test_a_word_cover_in_its_templates_title_style_is_the_title_not_the_report_property(tmp_path):
    document = docx.Document()
    document.core_properties.title = "Report"
    document.styles.add_style("CoverTitle", docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
    document.styles.add_style("CoverSubtitle", docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph("Marine Noise Registry", style="CoverTitle")
    document.add_paragraph("REST API Documentation for Third Parties", style="CoverSubtitle")
    document.add_heading("Introduction", level=1)
    document.add_paragraph("This document describes the REST API to the registry.")
    document.save(tmp_path / "api.docx")

    _, front, _ = imported_and_checked(tmp_path / "api.docx", "api", tmp_path)

    assert "\ntitle: Marine Noise Registry\n" in front, front


def test_a_translated_constitutions_first_line_and_name_clause(tmp_path):
    (tmp_path / "constitution.md").write_text(
        "Constitution of the \u201cRiverjam!\u201d association\n> Translated from the French original, in its "
        "27 July 2018 version\n\n## ARTICLE 1 - NAME\n\nThe founding members create an association governed by the "
        "law of July 1st 1901, having as title: \u00ab Riverjam! \u00bb.\n\n## ARTICLE 2 - PURPOSE\n\nThe "
        "association runs game jams.\n")

    _, front, body = imported_and_checked(tmp_path / "constitution.md", "constitution", tmp_path)

    assert "\ntitle: Constitution of the \u201cRiverjam!\u201d association\n" in front, front
    assert "\norganisation: Riverjam!\n" in front, front
    assert "> Translated from the French original" in body, body



def _signatures(heading: str, header: tuple[str, ...], *rows: tuple[str, ...]) -> list:
    return [Paragraph(1, heading, heading, place="page 3"), Table(2, (header, *rows), "the table at page 3")]


def test_a_table_of_digital_signatures_gives_its_signatories_and_the_last_day_signed():
    facts = find_facts(_signatures(
        "Approval Signatures", ("Name", "Role", "Signature"),
        ("Luis Noguerol", "ISSO", "Digitally signed by NOGUEROL.LUIS.O.1505589439 Date: 2021.08.30 09:38:00 -04'00'"),
        ("Braydon Mikesell", "AO", "Digitally signed by MIKESELL.BRAYDON.G.126151364 Date: 2021.09.07 19:31:22")),
        None)

    assert found(facts, "approved_by") == "Luis Noguerol and Braydon Mikesell"
    assert found(facts, "approved_on") == "2021-09-07"


@pytest.mark.parametrize(("heading", "header", "row"), [
    ("Signatures", ("Name", "Role", "Signature"), ("Parent or carer", "", "")),  # a form's blank to sign
    ("Contacts", ("Name", "Role", "Signature"), ("Luis Noguerol", "ISSO", "")),  # not under a heading of signatures
])
def test_a_table_to_sign_or_of_contacts_names_no_approver(heading, header, row):
    assert "approved_by" not in find_facts(_signatures(heading, header, row), None).found
