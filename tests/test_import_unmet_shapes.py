"""``handbook import`` on shapes real school and HR policies commonly take that no document of the
committed corpus shows (issue 18): footnotes and endnotes in Word and OpenDocument files, a Title and
a Subtitle on the cover, headings numbered by a word. Each document is made here as its writers make
it, imported, and checked as ``handbook check --strict`` checks it."""

from __future__ import annotations

import docx
from docx_builder import add_notes, note_reference
from helpers import REPO

from handbook.cli import main
from handbook.importing import import_policy


def imported_and_checked(source, policy_id, tmp_path):
    result = import_policy(source, policy_id, tmp_path / "src")
    assert main(["check", str(tmp_path / "src"), "--docs", str(REPO / "docs"), "--strict"]) == 0
    return result, result.path.read_text().split("---\n", 2)[2]


def test_word_footnotes_and_endnotes_go_to_notes_with_their_marks_kept_in_the_text(tmp_path):
    """An HR department's sickness policy citing the regulations in footnotes, and an endnote."""
    document = docx.Document()
    document.add_paragraph("Sickness Absence Policy", style="Title")
    document.add_paragraph("Statutory sick pay", style="Heading 1")
    paragraph = document.add_paragraph("Employees who are off sick for four or more days in a row may be "
                                       "entitled to Statutory Sick Pay")
    note_reference(paragraph, "footnote", 1, " from the fourth qualifying day.")
    paragraph = document.add_paragraph("After seven calendar days you must give us a fit note")
    note_reference(paragraph, "footnote", 2, ", signed by your doctor.")
    document.add_paragraph("Returning to work", style="Heading 1")
    paragraph = document.add_paragraph("Your line manager will hold a return to work meeting with you.")
    note_reference(paragraph, "endnote", 1)
    add_notes(document, "footnote", ["The Statutory Sick Pay (General) Regulations 1982.",
                                     "Also called a Statement of Fitness for Work."])
    add_notes(document, "endnote", ["See the Attendance Management Procedure for the meeting's form."])
    document.save(tmp_path / "sickness.docx")

    result, body = imported_and_checked(tmp_path / "sickness.docx", "sickness", tmp_path)

    text, notes = body.split("## Notes\n", 1)
    assert "entitled to Statutory Sick Pay<sup>1</sup> from the fourth qualifying day." in text
    assert "give us a fit note<sup>2</sup>, signed by your doctor." in text
    assert "return to work meeting with you.<sup>i</sup>" in text  # Word numbers endnotes i, ii, iii
    assert [line for line in notes.split("\n") if line] == [
        "<sup>1</sup> The Statutory Sick Pay (General) Regulations 1982.",
        "<sup>2</sup> Also called a Statement of Fitness for Work.",
        "<sup>i</sup> See the Attendance Management Procedure for the meeting's form.",
    ]
    assert "Regulations 1982" not in text  # the notes' words once, in the Notes section
    [report] = [note for note in result.notes if "Notes section" in note]
    assert "footnotes and endnotes (3)" in report and "'Employees who are off sick" in report
    assert not any("not imported" in note for note in result.notes), result.notes
