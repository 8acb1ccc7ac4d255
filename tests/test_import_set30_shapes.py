"""Shapes met in held-out set 30's first run: a LaTeX PDF (Electromagnetic Field's health and safety policy) whose
table cells break words with hyphens and whose only heading is its title numbered "1"."""

from __future__ import annotations

import pdfplumber
from helpers import imported_and_checked
from weasyprint import HTML

from handbook.importing.document import Paragraph
from handbook.importing.titles import cover_title


def _pdf(path, body: str):
    HTML(string="<html><body style='font-family: serif; font-size: 11pt'>" + body + "</body></html>").write_pdf(path)
    return path


def test_a_word_a_table_cell_breaks_with_a_hyphen_is_joined_again(tmp_path):
    ruled = "style='border: 0.5pt solid; width: 70pt'"
    source = _pdf(tmp_path / "health-and-safety.pdf", (
        "<h1>Health and Safety Policy</h1><p>Day-to-day responsibility is delegated to team leads.</p>"
        "<table style='border-collapse: collapse'>"
        f"<tr><td {ruled}>Statement</td><td {ruled}>Arrangements</td></tr>"
        f"<tr><td {ruled}>To train volun-<br>teers for their work</td><td {ruled}>Training on day-<br>to-day "
        "safety</td></tr></table>"))
    with pdfplumber.open(source) as pdf:  # the shape is there: the cell's lines break "volun-" / "teers"
        assert "volun-\n" in pdf.pages[0].extract_tables()[0][1][0]

    _, _, body = imported_and_checked(source, "health-and-safety", tmp_path)

    assert "| To train volunteers for their work |" in body, body
    assert "day-to-day safety" in body, body  # the text's own hyphen, written so in its opening line, is kept


def test_a_documents_only_heading_numbered_1_is_its_title(tmp_path):
    source = _pdf(tmp_path / "policy.pdf", (
        "<h2 style='font-size: 14pt'>1&#160;&#160;Health and Safety Policy</h2>"
        "<p>This is the statement of general policy and arrangements for Electromagnetic Field Ltd (EMF).</p>"
        "<p>EMF will voluntarily comply with all appropriate health and safety legislation.</p>"))

    _, front, body = imported_and_checked(source, "health-and-safety", tmp_path)

    assert "\ntitle: Health and Safety Policy\n" in front, front
    assert body.startswith("# Health and Safety Policy\n"), body


def test_a_first_section_numbered_1_among_others_stays_a_section(tmp_path):
    source = _pdf(tmp_path / "policy.pdf", (
        "<h1>Lone Working Policy</h1><h2>1 Scope of the policy</h2><p>This policy applies to all staff who work alone, "
        "on site or away from it, at any time of the day or night.</p><h2>2 Procedure</h2><p>Tell a colleague where "
        "you are going, when you expect to be back, and how they can reach you while you are away.</p>"
        "<p>Carry a charged phone and the site's emergency numbers.</p><p>Report any incident to your manager.</p>"))

    _, front, body = imported_and_checked(source, "lone-working", tmp_path)

    assert "\ntitle: Lone Working Policy\n" in front, front
    assert "Scope of the policy" in body and "# Lone Working Policy" in body, body


def test_under_a_title_styled_title_a_heading_numbered_1_stays_a_section():
    title = Paragraph(1, "Safeguarding", "Safeguarding", 0, None, "paragraph 1")
    section = Paragraph(2, "1 Safeguarding Policy", "1 Safeguarding Policy", 1, None, "paragraph 2")
    text = Paragraph(3, "Every adult checks in.", "Every adult checks in.", None, None, "paragraph 3")

    blocks = cover_title([title, section, text])

    assert [block.heading for block in blocks] == [0, 1, None]
    assert blocks[1].plain == "1 Safeguarding Policy"
