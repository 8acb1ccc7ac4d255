"""Shapes met in held-out set 28's first run: a US school district's policy PDFs (West Ada School District), whose
bold type is each letter drawn twice ("PPoolliiccyy 11220011"), whose PDF title keeps a template's double spaces,
and whose organisation is a "School District"."""

from __future__ import annotations

import pdfplumber
import pypdf
from helpers import imported_and_checked
from test_import_facts import facts_of, found
from weasyprint import HTML

from handbook.importing.pdf_reader import read_pdf

# Bold as some PDF makers draw it: the same words twice, the second a fraction of a point to the right
_DRAWN_TWICE = ("<div style='position: relative; font-size: 16pt'>"
                "<p style='margin: 0'>Policy 1201: Non-Discrimination</p>"
                "<p style='margin: 0; position: absolute; top: 0; left: 0.3pt'>Policy 1201: Non-Discrimination</p>"
                "</div>")


def _district_pdf(path, title: str):
    HTML(string=(
        "<html><head><title>" + title + "</title></head><body style='font-family: serif; font-size: 11pt'>"
        + _DRAWN_TWICE
        + "<p>The West Ada School District is dedicated to providing a working and learning environment that is free "
        "from unlawful discrimination, harassment, intimidation, abusive conduct, or bullying.</p>"
        "<p>The Board of Trustees directs the Superintendent or designee to create procedures which foster such an "
        "environment.</p></body></html>")).write_pdf(path)
    return path


def test_letters_drawn_twice_for_bold_are_read_once(tmp_path):
    source = _district_pdf(tmp_path / "policy-1201.pdf", "Policy 1201 Non-Discrimination")
    with pdfplumber.open(source) as pdf:  # the shape is there: read letter by letter, each comes twice
        assert "PPoolliiccyy" in pdf.pages[0].extract_text()

    _, _, body = imported_and_checked(source, "non-discrimination", tmp_path)

    assert "Policy 1201: Non-Discrimination" in body and "PPoolliiccyy" not in body


def test_a_pdf_titles_runs_of_spaces_are_one(tmp_path):
    written = pypdf.PdfWriter(clone_from=_district_pdf(tmp_path / "made.pdf", "Policy 1201"))
    written.add_metadata({"/Title": "Policy  1201  Non-Discrimination"})  # as the district's PDF maker wrote it
    written.write(tmp_path / "policy-1201.pdf")

    assert read_pdf(tmp_path / "policy-1201.pdf").properties["title"] == "Policy 1201 Non-Discrimination"


def test_a_school_district_is_an_organisation():
    facts = facts_of("The West Ada School District is dedicated to providing a working and learning environment.",
                     title="Non-Discrimination")

    assert found(facts, "organisation") == "West Ada School District"


def test_lines_a_draft_shades_one_by_one_are_text_not_a_table(tmp_path):
    # A draft marking its changes: each changed line in a box of its own, the boxes ending where the words do
    lines = ["The West Ada School District adheres to all federal statutes and regulations",
             "including Title VI of the Civil Rights Act of 1964; Section 504 of the",
             "Rehabilitation Act of 1973; and the Age Discrimination Act of 1975."]
    shaded = "".join(f"<div style='background: #eef; border: 0.5pt solid #99c; width: {width}pt'>{line}</div>"
                     for line, width in zip(lines, (430, 400, 380), strict=True))
    source = tmp_path / "policy-1201.pdf"
    HTML(string="<html><head><title>Non-Discrimination</title></head><body style='font-size: 11pt'>"
         "<h1>Non-Discrimination</h1>" + shaded + "</body></html>").write_pdf(source)
    with pdfplumber.open(source) as pdf:  # the shape is there: pdfplumber finds the boxes' grid as a table
        assert pdf.pages[0].find_tables()

    _, _, body = imported_and_checked(source, "non-discrimination", tmp_path)

    assert "|" not in body
    assert " ".join(lines) in " ".join(body.split())


def test_a_table_whose_column_rules_run_down_its_rows_stays_a_table(tmp_path):
    ruled = "style='border: 0.5pt solid'"
    cells = "".join(f"<tr><td {ruled}>{term}</td><td {ruled}>{meaning}</td></tr>"
                    for term, meaning in (("Board", "The Board of Trustees"), ("District", "West Ada School District"),
                                          ("Staff", "Everyone the District employs")))
    source = tmp_path / "definitions.pdf"
    HTML(string="<html><head><title>Definitions</title></head><body><h1>Definitions</h1>"
         "<table style='border-collapse: collapse'>" + cells + "</table></body></html>").write_pdf(source)

    _, _, body = imported_and_checked(source, "definitions", tmp_path)

    assert "| Board | The Board of Trustees |" in body
