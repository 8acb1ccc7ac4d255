"""``handbook import``: Word documents (made with python-docx, and one saved by LibreOffice), text
and Markdown become policies that pass ``handbook check`` with every word of the document kept."""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as etree
import zipfile
from datetime import date
from pathlib import Path

import docx
import markdown
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx_builder import document_words, safeguarding_docx, typed_numbers_docx
from helpers import REPO, by_id, text

from handbook.cli import main
from handbook.importing import PolicyImportError, import_policy
from handbook.model import Handbook
from handbook.pages import policy_pages
from handbook.source.handbook_folder import load_handbook

FIXTURES = REPO / "tests" / "fixtures" / "import"


def page_of(policy_src: Path, policy_id: str) -> etree.Element:
    """The imported policy's page body, rendered as the site renders it."""
    handbook = load_handbook(policy_src)
    policy = handbook.policy(policy_id)
    page = policy_pages.policy_page(policy, Handbook((policy,)), date(2026, 1, 1), versions=False)
    html = markdown.markdown(page.markdown.split("---\n", 2)[2], extensions=policy_pages.MARKDOWN_EXTENSIONS)
    root = etree.fromstring(f"<main>{html}</main>")
    return next(el for el in root.iter() if "policy-body" in el.get("class", ""))


def words(text: str) -> list[str]:
    return re.findall(r"\w+(?:['\u2019.]\w+)*", text)


def assert_every_word_in_order(document: list[str], page: etree.Element) -> None:
    """The document's words appear on the page in the same order (the page adds clause numbers)."""
    shown = iter(words(" ".join(page.itertext())))
    for position, word in enumerate(words(" ".join(document))):
        assert any(word == other for other in shown), f"word {position} '{word}' is missing or out of order"




def test_word_automatic_numbering_becomes_clauses_headings_points_and_an_appendix(tmp_path):
    source = safeguarding_docx(tmp_path / "Safeguarding.docx")
    result = import_policy(source, "safeguarding", tmp_path / "policy_src")

    policy = load_handbook(tmp_path / "policy_src").policy("safeguarding")  # handbook check passes
    assert [c.dotted for c in policy.clauses] == ["1.1", "1.2", "2.1", "2.1.1", "2.2", "A.1", "A.2"]
    assert [s.heading for s in policy.numbered_sections] == ["1. PURPOSE AND SCOPE", "2. ROLES AND RESPONSIBILITIES"]
    assert result.warnings == ()
    page = page_of(tmp_path / "policy_src", "safeguarding")
    assert_every_word_in_order(document_words(source), page)
    assert text(by_id(page, "clause-1")) == "1. PURPOSE AND SCOPE"
    assert text(by_id(page, "clause-1-2-c-ii")) == "(ii) every year after that."
    assert text(by_id(page, "clause-a-2")) == "A.2 Police (emergency): 999."
    cells = [text(cell) for cell in by_id(page, "clause-2-1-1").iter() if cell.tag in ("th", "td")]
    assert cells == ["Role", "Name", "Extension", "DSL", "Mrs J. Patel", "214", "Deputy DSL", "Mr R. Okafor", "215"]
    items = [text(li) for li in by_id(page, "clause-2-1-1").iter("li")]
    assert items == ["in the locked cabinet in the DSL's office;", "until the pupil is 25."]
    clause = by_id(page, "clause-2-1")
    assert clause.find(".//strong").text == "Designated Safeguarding Lead"
    assert clause.find(".//em").text == "written"
    assert clause.find(".//a[@href='https://example.org/guidance']").text == "local authority guidance"


def test_front_matter_comes_from_what_the_document_states(tmp_path):
    import_policy(safeguarding_docx(tmp_path / "s.docx"), "safeguarding", tmp_path)
    meta = load_handbook(tmp_path).policy("safeguarding").meta
    assert meta.title == "Safeguarding and Child Protection Policy"
    assert meta.organisation == "Riverside Primary School"
    assert (meta.owner, meta.approved_by, meta.approved_on) == (
        "Designated Safeguarding Lead", "Full Governing Body", date(2025, 9, 14)
    )
    assert str(meta.review_every) == "1 year"
    assert meta.applies_to == ("staff", "governors", "volunteers")


def test_typed_numbers_and_heading_styles(tmp_path):
    source = typed_numbers_docx(tmp_path / "Lettings.docx")
    result = import_policy(source, "lettings", tmp_path)
    policy = load_handbook(tmp_path).policy("lettings")
    assert policy.meta.title == "Lettings Policy" and policy.meta.owner is None
    assert [c.dotted for c in policy.clauses] == ["1.1", "1.2", "2.1"]
    assert [s.anchor for s in policy.numbered_sections] == ["clause-1", "clause-2"]
    page = page_of(tmp_path, "lettings")
    assert_every_word_in_order(document_words(source), page)
    assert text(by_id(page, "clause-1-2-b")) == "(b) with a signed agreement."
    assert any("owner: not stated" in note for note in result.notes)


def test_a_review_period_the_document_does_not_state_is_written_tbc(tmp_path):
    result = import_policy(typed_numbers_docx(tmp_path / "Lettings.docx"), "lettings", tmp_path)
    assert "review_every: TBC\n" in (tmp_path / "lettings" / "policy.md").read_text(encoding="utf-8")
    assert load_handbook(tmp_path).policy("lettings").meta.review_every is None
    assert "front matter review_every: not stated: TBC; write the period, such as '2 years'" in result.notes


def test_a_document_saved_by_libreoffice(tmp_path):
    # Made by LibreOffice Writer from tests/fixtures/import/complaints.html (see its README):
    # its own numbering definitions, styles and table markup, not python-docx's.
    source = FIXTURES / "complaints.docx"
    import_policy(source, "complaints", tmp_path)
    policy = load_handbook(tmp_path).policy("complaints")
    page = page_of(tmp_path, "complaints")
    assert_every_word_in_order(document_words(source), page)
    assert [c.dotted for c in policy.clauses] == ["1.1", "1.2", "2.1", "2.2", "2.3", "A.1", "A.2"]
    assert text(by_id(page, "clause-2-2-b")).startswith("(b) ")
    cells = [text(cell) for cell in page.iter() if cell.tag in ("th", "td")]
    assert cells[:3] == ["Stage", "Who", "Time limit"]


def test_plain_text_pasted_from_elsewhere(tmp_path):
    source = tmp_path / "visitors.txt"
    source.write_text(
        "VISITORS POLICY\n\n1. SIGNING IN\n1.1 All visitors sign in at reception.\n1.2 Visitors must:\n"
        "(a) wear a badge;\n(b) be escorted.\n\n| Visitor | Badge |\n| Contractor | Red |\n| Parent | Green |\n\n"
        "Schedule 1 - Badge colours\n1. Red badges are for contractors.\nA.2 Green badges are for parents.\n"
    )
    result = import_policy(source, "visitors", tmp_path / "src")
    policy = load_handbook(tmp_path / "src").policy("visitors")
    assert policy.meta.title == "Visitors Policy"
    assert [c.dotted for c in policy.clauses] == ["1.1", "1.2", "A.1", "A.2"]
    assert "line 13: its numbered paragraphs are written A.1, A.2" in "\n".join(result.notes)  # the file's own line
    page = page_of(tmp_path / "src", "visitors")
    typed = source.read_text().replace("|", " ").replace("\n1. Red", "\nA.1 Red")  # the schedule's "1." is A.1
    assert_every_word_in_order(typed.split(), page)
    assert [text(cell) for cell in page.iter("td")] == ["Contractor", "Red", "Parent", "Green"]


def test_what_needs_a_person_is_reported_with_the_paragraph_number(tmp_path, capsys):
    document = docx.Document()
    document.add_paragraph("Uniform Policy", style="Title")
    changed = document.add_paragraph("1. Pupils wear the school uniform.")
    changed._p.append(parse_xml(
        f'<w:ins {nsdecls("w")} w:id="1" w:author="Head" w:date="2025-01-01T00:00:00Z">'
        "<w:r><w:t> Blazers are optional.</w:t></w:r></w:ins>"
    ))
    document.save(tmp_path / "uniform.docx")
    assert main(["import", str(tmp_path / "uniform.docx"), "--id", "uniform", "--policy-src", str(tmp_path)]) == 0
    printed = capsys.readouterr().out
    # Word shows no paragraph numbers: the place is the paragraph's opening words
    assert ("tracked changes not yet accepted, in 1 paragraph (paragraph 2, '1. Pupils wear the school uniform.'): "
            "it is imported as it reads with them accepted") in printed
    assert "organisation: not stated: TBC" in printed


def test_an_existing_policy_is_replaced_only_with_force(tmp_path, capsys):
    source = typed_numbers_docx(tmp_path / "l.docx")
    target = tmp_path / "src" / "lettings" / "policy.md"
    target.parent.mkdir(parents=True)
    target.write_text("kept")
    with pytest.raises(PolicyImportError, match="exists already; choose another --id, or add --force"):
        import_policy(source, "lettings", tmp_path / "src")
    assert target.read_text() == "kept"
    assert main(["import", str(source), "--id", "lettings", "--policy-src", str(tmp_path / "src")]) == 1
    assert "--force" in capsys.readouterr().err
    import_policy(source, "lettings", tmp_path / "src", force=True)
    assert "Lettings Policy" in target.read_text()


def test_a_number_with_no_space_after_it_is_reported(tmp_path):
    source = tmp_path / "p.txt"
    source.write_text("Trips Policy\n\n1. Trips need approval.\n\n2.Staff plan each trip.\n")
    result = import_policy(source, "trips", tmp_path / "src")
    assert any(note.startswith("line 5: starts with '2.' with no space") for note in result.notes), result.notes


OLE = bytes.fromhex("d0cf11e0a1b11ae1")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.docx", b"", "the file is empty"),
        ("blank.txt", b"  \n\n", "the file is empty"),
        ("picture.docx", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "neither a Word document (.docx) nor UTF-8 text"),
        ("archive.docx", None, "a zip file but not a Word document"),
        # An encrypted .docx is an OLE compound file with an EncryptionInfo stream (names in UTF-16).
        ("locked.docx", OLE + bytes(500) + "EncryptionInfo".encode("utf-16-le") + bytes(100), "password-protected"),
        ("old.doc", OLE + bytes(500) + "WordDocument".encode("utf-16-le"), "Word 97-2003 document (.doc)"),
    ],
)
def test_a_file_that_cannot_be_imported_gives_a_clear_error_and_writes_nothing(tmp_path, name, content, message):
    source = tmp_path / name
    if content is None:
        with zipfile.ZipFile(source, "w") as archive:
            archive.writestr("hello.txt", "not a document")
    else:
        source.write_bytes(content)
    with pytest.raises(PolicyImportError, match=re.escape(message)):
        import_policy(source, "imported", tmp_path / "src")
    assert not (tmp_path / "src").exists()


def test_strict_import_writes_nothing_when_structure_would_be_lost(tmp_path):
    source = tmp_path / "p.md"
    source.write_text("# Trips Policy\n\n1. A trip needs:\n(a) the head's approval;\n(c) a risk assessment.\n")
    with pytest.raises(PolicyImportError, match=r"--strict.*point \(c\) is out of sequence"):
        import_policy(source, "trips", tmp_path / "src", strict=True)
    assert not (tmp_path / "src").exists()


def test_numbers_that_come_from_a_paragraph_style(tmp_path):
    # Word's "List Number" style carries the numbering itself: the paragraphs name no list.
    document = docx.Document()
    document.add_paragraph("Homework Policy", style="Title")
    for paragraph in ("Homework is set every week.", "Pupils record it in their planners."):
        document.add_paragraph(paragraph, style="List Number")
    document.save(tmp_path / "homework.docx")
    import_policy(tmp_path / "homework.docx", "homework", tmp_path / "src")
    policy = load_handbook(tmp_path / "src").policy("homework")
    assert [(c.label, c.text) for c in policy.clauses] == [
        ("1.", "Homework is set every week."), ("2.", "Pupils record it in their planners.")
    ]


def _docx_with_body_xml(path: Path, body: str, doctype: str = "") -> Path:
    """A .docx whose word/document.xml holds ``body`` (after an optional DOCTYPE)."""
    docx.Document().save(path)
    with zipfile.ZipFile(path) as original:
        members = {name: original.read(name) for name in original.namelist()}
    namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    members["word/document.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{doctype}'
        f'<w:document xmlns:w="{namespace}"><w:body>{body}</w:body></w:document>'
    ).encode()
    with zipfile.ZipFile(path, "w") as rewritten:
        for name, data in members.items():
            rewritten.writestr(name, data)
    return path


_ENTITY_BOMB = "<!DOCTYPE w:document [" + '<!ENTITY a0 "lol">' + "".join(
    f'<!ENTITY a{n} "{f"&a{n - 1};" * 10}">' for n in range(1, 10)
) + "]>"


@pytest.mark.parametrize(
    ("body", "doctype"),
    [
        ("<w:p><w:r><w:t>&a9;</w:t></w:r></w:p>", _ENTITY_BOMB),  # a billion laughs
        ("<w:p><w:r><w:t>" + "<w:x>" * 300 + "deep" + "</w:x>" * 300 + "</w:t></w:r></w:p>", ""),
        ("<w:p><w:r><w:t>not closed</w:r></w:p>", ""),
    ],
    ids=["entity-bomb", "nested-300-deep", "malformed"],
)
def test_a_word_file_with_hostile_or_broken_xml_is_refused_clearly(tmp_path, body, doctype):
    source = _docx_with_body_xml(tmp_path / "hostile.docx", body, doctype)
    with pytest.raises(PolicyImportError, match="the document's XML cannot be read"):
        import_policy(source, "imported", tmp_path / "src")
    assert not (tmp_path / "src").exists()


def test_a_folder_or_a_pipe_is_named_for_what_it_is(tmp_path):
    (tmp_path / "folder").mkdir()
    os.mkfifo(tmp_path / "pipe")
    for name, message in (("folder", "is a folder"), ("pipe", "is not a regular file"), ("gone.docx", "no such file")):
        with pytest.raises(PolicyImportError, match=message):
            import_policy(tmp_path / name, "imported", tmp_path / "src")


def test_markup_typed_in_a_word_document_imports_as_the_words_typed(tmp_path):
    """Word text is text: an attribute list, a comment or a script typed in the document shows as typed."""
    document = docx.Document()
    document.add_heading("Staff conduct", 0)
    hostile_heading = "Use of email {: tabindex=0 autofocus onfocus=alert(1) }"
    hostile_text = "Staff use email <!--><img src=x onerror=alert(1)>--> for work."
    document.add_heading(hostile_heading, 1)
    document.add_paragraph(hostile_text)
    document.save(tmp_path / "hostile.docx")
    import_policy(tmp_path / "hostile.docx", "hostile", tmp_path / "src")

    assert main(["check", str(tmp_path / "src"), "--docs", str(REPO / "docs"), "--strict"]) == 0
    body = page_of(tmp_path / "src", "hostile")
    headings = [text(h) for h in body.iter() if h.tag in ("h2", "h3", "h4")]
    assert any(heading.startswith(hostile_heading) for heading in headings), headings
    assert hostile_text in text(body)
    assert not [el for el in body.iter() if any(name.startswith("on") or name == "autofocus" for name in el.attrib)]
    assert list(body.iter("img")) == []
