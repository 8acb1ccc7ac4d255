"""A number quoted inside the text from another document (issue 18: arXiv's reserve policy quotes an operating
principle numbered "6.6" inside its section 1, and every number of the document was lost to it): the quoted
paragraph is text, and the document's own numbers stay anchors. A slip in the document's own numbering is not
taken for a quotation."""

from __future__ import annotations

import docx

from handbook.importing import import_policy


def _body(source, tmp_path) -> tuple[str, tuple[str, ...]]:
    result = import_policy(source, "reserve", tmp_path / "src")
    return result.path.read_text(encoding="utf-8").split("---\n", 2)[2], result.notes


def test_a_principle_quoted_between_two_sections_is_text_in_markdown(tmp_path):
    (source := tmp_path / "reserve.md").write_text(
        "# Reserve Funds Policy\n\n## 1. Operating Funds\n\n"
        "The library keeps an operating reserve, as its governing principles ask:\n\n"
        "6.6 After a successful first membership drive, if members' fees cover less than a year of costs, a "
        "reserve shall be built up.\n\n"
        "## 2. Development Funds\n\nGrants for new work are kept apart from the reserve.\n", encoding="utf-8")
    body, notes = _body(source, tmp_path)
    assert "## 1. Operating Funds" in body and "## 2. Development Funds" in body
    assert "6\\.6 After a successful" in body  # the quotation as typed, never a clause
    assert not any("kept as typed text" in note for note in notes), notes


def test_a_quoted_number_between_clauses_in_word_is_text(tmp_path):
    document = docx.Document()
    document.add_heading("Lone Working Policy", level=0)
    document.add_heading("1. Working alone", level=1)
    for line in ("1.1 Staff who work alone carry a charged phone.",
                 "3.4 The employer must assess the risks to lone workers (quoted from the regulator's guidance).",
                 "1.2 Managers agree a check-in time with each lone worker.",
                 "1.3 Visits after dark are made in pairs."):
        document.add_paragraph(line)
    document.save(source := tmp_path / "lone.docx")
    body, notes = _body(source, tmp_path)
    assert "1.1 Staff who work alone" in body and "1.2 Managers agree" in body and "1.3 Visits" in body, notes
    assert "3\\.4 The employer must" in body


def test_a_slip_in_the_documents_own_numbering_is_not_a_quotation(tmp_path):
    (source := tmp_path / "slip.md").write_text(
        "# Expenses Policy\n\n## 1. Claims\n\n1.1 Claims are made monthly.\n\n1.3 Receipts are attached.\n\n"
        "1.2 Claims are paid within ten days.\n", encoding="utf-8")
    body, notes = _body(source, tmp_path)
    assert "1\\.3 Receipts" in body  # the whole document's numbers as typed text, as before: the slip is reported
    assert any("clause 1.3 follows clause 1.1" in note for note in notes), notes


def test_a_skipped_section_is_reported_where_it_is_not_hidden_as_a_quotation(tmp_path):
    (source := tmp_path / "skip.md").write_text(
        "# Expenses Policy\n\n## 1. Claims\n\n1.1 Claims are made monthly.\n\n"
        "3.1 Mileage is paid at the HMRC rate.\n\n4.1 Hotels are booked by the office.\n", encoding="utf-8")
    _, notes = _body(source, tmp_path)
    assert any("clause 3.1 follows clause 1.1" in note for note in notes), notes
