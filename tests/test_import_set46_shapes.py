"""Shapes of held-out set 46's documents (issue 18, stop 47), made here: a typeset PDF whose form blanks ("Print
Name: ____") its font maps to U+FFFF, a character no editor shows, which the check refused; they are left out and
reported as U+0000 already was, and the document imports."""

from __future__ import annotations

import re

from helpers import imported_and_checked


def _blanks_mapped_to_ffff(path):
    import pikepdf
    from weasyprint import HTML

    HTML(string="<h1>Employee Agreement</h1><p>The employee keeps this agreement.</p><p>Print Name: ________</p>"
                "<p>Sign: ________</p>").write_pdf(path)
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:  # the underscore's glyph mapped to U+FFFF
        for page in pdf.pages:
            for font in page.Resources.Font.values():
                if (unicode := font.get("/ToUnicode")) is not None:
                    cmap = unicode.read_bytes().decode("latin-1")
                    unicode.write(re.sub(r"<005F>", "<FFFF>", cmap, flags=re.I).encode("latin-1"))
        pdf.save(path)
    return path


def test_form_blanks_a_pdf_maps_to_ffff_are_left_out_and_reported(tmp_path):
    source = _blanks_mapped_to_ffff(tmp_path / "agreement.pdf")
    result, _, body = imported_and_checked(source, "agreement", tmp_path)

    assert "Print Name:" in body and "Sign:" in body and "\uffff" not in body
    assert any("characters that the PDF's fonts map to no letter (U+0000 or U+FFFF" in note for note in result.notes)
