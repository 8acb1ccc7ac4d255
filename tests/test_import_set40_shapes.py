"""Shapes of held-out set 40's documents (issue 18), each made here: a PDF whose structure a signing service left
damaged (its trailer names no /Root), which pdfminer refuses and pypdf reads leniently, and a charter's cover line
"Adopted July 16, 2024", the adoption's date with no label. Each with a look-alike."""

from __future__ import annotations

import pytest
from helpers import imported_and_checked
from test_import_facts import facts_of, found

from handbook.importing import PolicyImportError, import_policy


def _charter_pdf(path):
    from weasyprint import HTML

    HTML(string="<h1>Tools Charter</h1><p>Adopted July 16, 2024</p><p>Staff sign every tool back in at the end of "
                "the day, and the workshop manager checks the log each Friday.</p>").write_pdf(path)
    return path


def test_a_pdf_whose_trailer_names_no_root_is_rebuilt_and_read(tmp_path):
    source = _charter_pdf(tmp_path / "charter.pdf")
    written = source.read_bytes()
    source.write_bytes(written.replace(b"/Root", b"/Rooo"))  # as the signing service's broken cross-references

    result, front, body = imported_and_checked(source, "charter", tmp_path)

    assert "Staff sign every tool back in at the end of the day" in body
    assert "title: Tools Charter" in front
    assert any("damaged" in note and "rebuilt (pypdf)" in note for note in result.notes)


def test_a_file_that_is_no_pdf_at_all_is_still_refused_and_nothing_written(tmp_path):
    source = tmp_path / "charter.pdf"
    source.write_bytes(b"%PDF-1.7\n" + b"\x00\x13garbage" * 200)

    with pytest.raises(PolicyImportError, match="the PDF cannot be read"):
        import_policy(source, "charter", tmp_path / "src")
    assert not (tmp_path / "src" / "charter").exists()


@pytest.mark.parametrize(("line", "approved_on"), [
    ("Adopted July 16, 2024", "2024-07-16"),
    ("Approved 12 March 2025.", "2025-03-12"),
])
def test_a_cover_line_of_the_adoption_and_its_date(line, approved_on):
    assert found(facts_of(line, "This charter applies to all contributors."), "approved_on") == approved_on


@pytest.mark.parametrize("line", [
    "Adopted children may need extra support from 1 September 2024.",  # a sentence, not a cover's line
    "Agreed targets for 2024 are in the appendix.",
])
def test_a_sentence_opening_with_the_verb_is_no_adoption_date(line):
    assert found(facts_of(line), "approved_on") is None
