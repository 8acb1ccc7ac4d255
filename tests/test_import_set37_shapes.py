"""Shapes of held-out set 37's documents (issue 18), each made here as its writers make them: a designed PDF with
letter-spaced words set sideways in its margin, a title naming the organisation it is for ("Code of Technological
Practices for Barcelona City Council"), a paragraph opening "It is aimed at ..." under one opening "This Code
applies to ...", a Sphinx project's own directive with options (":id:", ":tags:") and a plain-text title in capitals
over its subtitle. Each with a look-alike where one applies."""

from __future__ import annotations

import pytest
from helpers import imported_and_checked
from test_import_facts import facts_of, found

from handbook.importing.document import Paragraph
from handbook.importing.layout import without_contents_list


def _margin_labelled_pdf(path, sideways_text: str = "September 2025"):
    from weasyprint import HTML

    label = ("<div style='position:absolute; left:0.4cm; top:12cm; transform:rotate(-90deg); "
             f"transform-origin:left top; letter-spacing:8pt; font-size:16pt'>{sideways_text}</div>")
    paragraphs = "".join(f"<p>Rule {n}: staff keep the tools they borrow in the store room and sign them back "
                         "in at the end of the day, as the workshop manager asks.</p>" for n in range(1, 7))
    HTML(string=f"<html><body style='margin:2cm'>{label}<h1>Workshop Tools Policy</h1>{paragraphs}"
                "</body></html>").write_pdf(path)
    return path


def test_letters_set_sideways_in_the_margin_are_left_out_and_reported(tmp_path):
    result, _, body = imported_and_checked(_margin_labelled_pdf(tmp_path / "tools.pdf"), "tools", tmp_path)

    assert "Rule 1: staff keep the tools they borrow in the store room" in body
    assert not any(line.strip() in {"S", "e", "p", "2", "0"} for line in body.splitlines())  # no stray letters
    assert any("set sideways" in note and "'September 2025' (page 1)" in note for note in result.notes)


def test_a_page_mostly_set_sideways_is_not_taken_for_margin_labels_and_imports(tmp_path):
    # (a wide table turned to fit the page is the text itself, not a margin's label: kept as pdfplumber gives it, a
    # letter at a time; its letters, some read as raised marks beside others, once crashed the reader)
    turned = " ".join(["Visitors sign in at reception and wear a badge"] * 12)
    result, _, body = imported_and_checked(_margin_labelled_pdf(tmp_path / "turned.pdf", turned), "turned", tmp_path)

    assert "Rule 6: staff keep the tools they borrow" in body
    assert not any("set sideways" in note for note in result.notes)


def test_a_title_naming_the_organisation_it_is_for():
    facts = facts_of("This Code applies to all projects run by Barcelona City Council and its departments.",
                     title="Code of Technological Practices for Barcelona City Council")
    assert found(facts, "organisation") == "Barcelona City Council"


@pytest.mark.parametrize("title", [
    "Terms of Reference for the Finance Board",  # a body within an organisation
    "Guidance for Primary Schools",  # a kind of organisation, not one
])
def test_a_title_for_a_body_or_a_kind_names_no_organisation(title):
    facts = facts_of("Members meet each term and report to the governors of Primary Schools in the Finance Board's "
                     "area.", title=title)
    assert found(facts, "organisation") is None


def test_it_opening_a_paragraph_is_the_code_the_paragraph_before_opens_with():
    facts = facts_of("This Code of Technological Practices applies to the technology projects of the council.",
                     "It is aimed at all the leaders and managers of business units and staff involved in them.")
    assert set(found(facts, "applies_to")) == {"leaders", "managers", "staff"}


def test_it_opening_a_paragraph_after_one_about_something_else_is_not_the_code():
    facts = facts_of("The staff portal holds every form a new starter needs.",
                     "It is aimed at all the managers who take on new staff.")
    assert found(facts, "applies_to") is None


def test_a_directives_options_are_left_out_and_its_words_kept(tmp_path):
    source = tmp_path / "legal.rst"
    source.write_text("Legal aspects\n=============\n\nNew code belongs to the council by default.\n\n"
                      ".. measure:: Make the council the owner of new source code\n"
                      "   :id: M_4DC\n   :tags: Procurement; NewProduct\n\n"
                      "   This is the default option, but not the only one.\n")

    result, _, body = imported_and_checked(source, "legal", tmp_path)

    assert "Make the council the owner of new source code" in body
    assert "This is the default option, but not the only one." in body
    assert ":id:" not in body and "M\\_4DC" not in body and "Procurement; NewProduct" not in body
    assert any("options (id, tags)" in note for note in result.notes)


def test_a_plain_text_title_in_capitals_over_its_subtitle(tmp_path):
    source = tmp_path / "deposit.txt"
    source.write_text("RIVERSIDE DATA BANK DEPOSIT AGREEMENT\nNon-Exclusive Distribution and Preservation License\n\n"
                      "By accepting this License, you grant the University the right to distribute the Dataset.\n")

    _, front, body = imported_and_checked(source, "deposit", tmp_path)

    assert "title: Riverside Data Bank Deposit Agreement\n" in front
    assert "Non-Exclusive Distribution and Preservation License" in body



def _lines(*texts: str) -> list[Paragraph]:
    return [Paragraph(number, text, text, place=f"page 2, '{text[:20]}'") for number, text in enumerate(texts, 1)]


def test_a_contents_list_whose_letter_spaced_entries_lost_their_spaces_is_left_out():
    contents = ["1. AIM AND SCOPE ........................ 3", "1.1. AIM ........................ 3",
                "2. PROCUREMENTMEASURESANDAPPLICATION ........ 5", "3. GUIDELINESFORTHEDESIGN OF SERVICES ..... 8",
                "3.1. AGILEPROJECTS ........................ 8", "3.2. DATAMANAGEMENT ....................... 10"]
    body = ["1 Aim and scope", "1.1. Aim", "This code sets out the council's practices.",
            "2 Procurement measures and application", "Contracts follow these measures.",
            "3 Guidelines for the design of services", "3.1. Agile projects", "3.2. Data management"]
    kept, dropped = without_contents_list(_lines("Code of Practices", *contents, *body))
    assert dropped == len(contents)
    assert [block.plain for block in kept] == ["Code of Practices", *body]


def test_lines_with_page_numbers_that_are_no_contents_list_stay():
    lines = ["Room 1 ........ 3", "Room 2 ........ 4", "Room 3 ........ 5", "Room 4 ........ 6", "Room 5 ........ 7",
             "Each room's fire marshal checks it at the end of the day."]
    kept, dropped = without_contents_list(_lines("Fire Marshals", *lines))
    assert dropped == 0 and len(kept) == len(lines) + 1
