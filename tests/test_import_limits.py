"""``handbook import`` and issue 22: links from Word only to web pages, e-mail and phones; invisible
characters removed with a note; a long document imported in time that grows with its length."""

from __future__ import annotations

import time
from pathlib import Path

import docx
import pytest
from docx_builder import add_link

from handbook.importing import import_policy


def word_document(path: Path, *paragraphs: str, links: dict[str, str] | None = None) -> Path:
    document = docx.Document()
    document.add_paragraph("Visitors Policy", style="Title")
    for text in paragraphs:
        document.add_paragraph(text)
    for number, (words, address) in enumerate((links or {}).items(), start=1):
        add_link(document.add_paragraph(f"{number}. Read "), words, address)
    document.save(path)
    return path


@pytest.mark.parametrize(
    "address",
    ["data:text/html,<script>alert(1)</script>", "javascript:alert(1)", "JavaScript:alert(1)",
     "vbscript:msgbox", "file:///C:/Policies/old.docx", "\\\\server\\share\\policy.docx", "old-policy.docx",
     "https://example.org/a b"],
)  # fmt: skip
def test_a_link_that_is_not_to_the_web_mail_or_a_phone_becomes_text_with_a_note(tmp_path, address):
    source = word_document(tmp_path / "visitors.docx", links={"the rules": address})

    result = import_policy(source, "visitors", tmp_path / "src")

    written = result.path.read_text(encoding="utf-8")
    assert "1. Read the rules" in written and "](" not in written, written
    assert address not in written
    assert any("paragraph 2, '1. Read the rules': the link on 'the rules' to " in note
               and "is kept as plain text" in note for note in result.notes), result.notes


def test_links_to_the_web_mail_and_phones_are_kept(tmp_path):
    links = {"the guidance": "https://www.gov.uk/guidance", "the office": "mailto:office@example.org",
             "reception": "tel:+441632960123"}  # fmt: skip
    result = import_policy(word_document(tmp_path / "v.docx", links=links), "visitors", tmp_path / "src")

    written = result.path.read_text(encoding="utf-8")
    for words, address in links.items():
        assert f"[{words}](<{address}>)" in written
    assert not [note for note in result.notes if "plain text" in note]


def test_invisible_characters_are_removed_with_a_note(tmp_path):
    word = word_document(tmp_path / "v.docx", "1. Visitors sign\u200b in at recep\u00adtion.\u202e")
    result = import_policy(word, "visitors", tmp_path / "src")
    assert "1. Visitors sign in at reception." in result.path.read_text(encoding="utf-8")
    assert any(note.startswith("paragraph 2, '1. Visitors sign in at reception.': held 1 U+200B (ZERO WIDTH SPACE), "
                               "1 U+00AD (SOFT HYPHEN), 1 U+202E")
               for note in result.notes), result.notes

    text = tmp_path / "v.txt"
    text.write_text("Visitors Policy\n\n1. Visitors sign\u200b in.\n", encoding="utf-8")
    result = import_policy(text, "visitors-text", tmp_path / "src")
    assert "1. Visitors sign in." in result.path.read_text(encoding="utf-8")
    assert "the text held 1 U+200B (ZERO WIDTH SPACE), which the handbook refuses; removed" in result.notes


def test_a_document_of_36000_words_imports(tmp_path):
    sentence = "Visitors to the school sign in at reception and wear a badge at all times while on the site"
    paragraphs = [f"{number}. {sentence} ({number})." for number in range(1, 1_801)]  # 20 words each
    source = word_document(tmp_path / "long.docx", *paragraphs)

    result = import_policy(source, "visitors", tmp_path / "src")

    written = result.path.read_text(encoding="utf-8")
    assert len(written.split()) > 36_000 and "1800. Visitors" in written


def test_a_long_pasted_list_imports_in_time_that_grows_with_its_length(tmp_path):
    # 100,000 lines of bullets with no blank line between them: the structure check copied the
    # paragraph's lines at each line, and took minutes. The figures: benchmarks/input_limits.py.
    source = tmp_path / "list.txt"
    source.write_text("Visitors Policy\n\n" + "".join(f"- visitor {n} signs in\n" for n in range(100_000)))

    started = time.monotonic()
    import_policy(source, "visitors", tmp_path / "src")
    assert time.monotonic() - started < 60, "a hang guard: this takes a few seconds"
