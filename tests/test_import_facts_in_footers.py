"""Facts a document states in its page headers and footers (issue 18; held-out set 31's library system footed every
page "Adopted by Next Users Group August 17, 2010"): the footer is taken off the text as page furniture, and what it
states about the policy is still found, with the footer as its place. A footer's words that state no fact of the policy
give none, and a fact the text states wins over the footer's."""

from __future__ import annotations

import docx

from handbook.importing import import_policy

RULE = ("Library staff keep every patron's records private and share them only as the law requires, after the "
        "director has seen the request in writing.")


def _pdf(path, footer: str, body: str = "") -> None:
    from weasyprint import HTML

    style = (f"@page {{ size: A4; margin: 2cm; @bottom-center {{ content: '{footer}'; font-size: 9pt }} }} "
             "body { font-size: 11pt } p { margin: 0 0 9pt }")
    pages = "".join(f"<section style='break-before: page'>{f'<p>{RULE}</p>' * 3}</section>" for _ in range(2))
    HTML(string=f"<html><head><style>{style}</style></head><body><h1>Patron Privacy Statement</h1>{body}{pages}"
         "</body></html>").write_pdf(path)


def _notes(result) -> list[str]:
    return [note for note in result.notes if note.startswith("front matter")]


def test_an_approval_in_a_pdfs_footer_on_every_page_is_found_there(tmp_path):
    _pdf(tmp_path / "privacy.pdf", "Adopted by the Library Board August 17, 2010")
    result = import_policy(tmp_path / "privacy.pdf", "privacy", tmp_path / "src")
    written = result.path.read_text(encoding="utf-8")
    assert "approved_by: Library Board" in written and "approved_on: 2010-08-17" in written
    assert "front matter approved_by Library Board from page 1's footer: 'Adopted by the Library Board August 17, " \
           "2010'" in _notes(result)
    assert "Adopted by" not in written.split("---\n", 2)[2]  # still furniture: not in the policy's words


def test_a_footer_stating_nothing_of_the_policy_gives_nothing(tmp_path):
    _pdf(tmp_path / "privacy.pdf", "Riverside Library System | Printed copies are not controlled")
    result = import_policy(tmp_path / "privacy.pdf", "privacy", tmp_path / "src")
    assert not any(note.split()[2] in ("approved_by", "approved_on", "version", "owner") for note in _notes(result))


def test_the_texts_own_statement_wins_over_the_footers(tmp_path):
    _pdf(tmp_path / "privacy.pdf", "Approved by the Library Board, 5 May 2023",
         body="<p>This statement was approved by the Library Director on 2 June 2024.</p>")
    written = import_policy(tmp_path / "privacy.pdf", "privacy", tmp_path / "src").path.read_text(encoding="utf-8")
    assert "approved_by: Library Director" in written and "approved_on: 2024-06-02" in written


def test_words_footer_table_states_the_version_and_approval(tmp_path):
    document = docx.Document()
    document.add_heading("Lone Working Policy", level=1)
    for _ in range(3):
        document.add_paragraph("Staff tell their line manager before working alone in the building.")
    footer = document.sections[0].footer.add_table(rows=1, cols=2, width=docx.shared.Cm(16))
    footer.rows[0].cells[0].text = "Version: 2.2"
    footer.rows[0].cells[1].text = "Approved: 18/09/2024"
    document.save(tmp_path / "policy.docx")
    result = import_policy(tmp_path / "policy.docx", "lone-working", tmp_path / "src")
    written = result.path.read_text(encoding="utf-8")
    assert 'version: "2.2"' in written and "approved_on: 2024-09-18" in written
    assert any(note.startswith("front matter version 2.2 from the page footer") for note in _notes(result))


def test_an_opendocument_page_styles_header_and_footer_state_the_organisation_and_approval(tmp_path):
    """A school's policy written in LibreOffice: its name in the page header, the approval in the footer."""
    from odfdo import Document, Header
    from odfdo import Paragraph as OdfParagraph

    document = Document("text")
    document.body.append(Header(1, "Lone Working Policy"))
    for _ in range(3):
        document.body.append(OdfParagraph("Staff tell their line manager before working alone in the building."))
    page = document.get_style("master-page", "Standard")
    page.set_page_header([OdfParagraph("Oakfield Academy")])
    page.set_page_footer([OdfParagraph("Approved by the Governing Body on 12 March 2024")])
    document.save(tmp_path / "policy.odt")

    result = import_policy(tmp_path / "policy.odt", "lone-working", tmp_path / "src")

    written = result.path.read_text(encoding="utf-8")
    assert "approved_by: Governing Body" in written and "approved_on: 2024-03-12" in written
    assert "organisation: Oakfield Academy" in written
    assert any(note.startswith("front matter approved_on 2024-03-12 from the page footer") for note in _notes(result))
