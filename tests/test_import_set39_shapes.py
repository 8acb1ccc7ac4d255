"""Shapes of held-out set 39's documents (issue 18), each made here: a PDF a browser printed whose list numbers its
font maps to no character (U+0000, "\\x00. We are a team"), which the check refused as a control character in the
text; and pdfminer's warnings of a damaged font ("Could not get FontBBox ...") kept off the terminal."""

from __future__ import annotations

import re

from helpers import imported_and_checked


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
