"""Shapes of held-out set 39's documents (issue 18), each made here: a PDF a browser printed whose list numbers its
font maps to no character (U+0000, "\\x00. We are a team"), which the check refused as a control character in the
text; pdfminer's warnings of a damaged font ("Could not get FontBBox ...") kept off the terminal; a details table's
"Document Version | 2.0.2" and "This document was approved as version 1.0". Each with a look-alike where one applies."""

from __future__ import annotations

import re

import pytest
from helpers import imported_and_checked
from test_import_facts import facts_of, found


def _unmapped_numbers_pdf(path):
    import pikepdf
    from weasyprint import HTML

    HTML(string="<h1>Lab Code</h1><p>To put it simply:</p><ol><li>We are a team.</li><li>We value open "
                "science.</li><li>We comment our code.</li></ol>").write_pdf(path)
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:  # the digits' glyphs mapped to U+0000
        for page in pdf.pages:
            for font in page.Resources.Font.values():
                if (unicode := font.get("/ToUnicode")) is not None:
                    cmap = unicode.read_bytes().decode("latin-1")
                    unicode.write(re.sub(r"<003[1-3]>", "<0000>", cmap).encode("latin-1"))
        pdf.save(path)
    return path


def test_list_numbers_a_pdf_maps_to_no_character_become_points_and_are_reported(tmp_path):
    result, _, body = imported_and_checked(_unmapped_numbers_pdf(tmp_path / "lab.pdf"), "lab", tmp_path)

    assert "- We are a team.\n- We value open science.\n- We comment our code." in body
    assert "\x00" not in body
    assert any("3 characters that the PDF's fonts map to no letter (U+0000" in note for note in result.notes)


def test_pdfminers_warnings_of_a_damaged_font_stay_off_the_terminal(tmp_path, capsys):
    import logging

    from handbook.importing.pdf_repair import damage_unlogged

    with damage_unlogged():
        logging.getLogger("pdfminer.pdffont").warning("Could not get FontBBox from font descriptor")
    assert "FontBBox" not in capsys.readouterr().err


@pytest.mark.parametrize(("line", "version"), [
    ("Document Version | 2.0.2", "2.0.2"),
    ("Policy version: 3.1", "3.1"),
    ("This document was approved as version 1.0 of the Open Publication Process.", "1.0"),
])
def test_a_version_labelled_as_the_documents_or_given_with_its_approval(line, version):
    assert found(facts_of(line, "Staff follow this process."), "version") == version


@pytest.mark.parametrize("line", [
    "QMS Version | 2.2.0",  # the quality management system's, not this document's
    "Document versioning is explained in section 4.",
    "This policy was approved as version control was introduced in 2019.",
])
def test_another_version_or_the_word_in_passing_is_no_version(line):
    assert found(facts_of(line), "version") is None
