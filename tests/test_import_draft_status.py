"""A document that says it is a draft is imported as one (``status: draft``, listed by the handbook under "Drafts
(not yet approved)"), with where it says so; one that does not say so is the policy in force (``status: current``),
however often its text speaks of drafts (issue 18: front matter only from what the document states)."""

from __future__ import annotations

import docx
import pytest

from handbook.cli import main as handbook
from handbook.importing import import_policy
from handbook.source.handbook_folder import load_handbook

BODY = ["This policy sets out how staff work alone safely.", "Staff tell their line manager before working alone."]


def _imported(tmp_path, name: str, text: str):
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    return import_policy(source, "lone-working", tmp_path / "policy_src")


def _status(result) -> str:
    front = result.path.read_text(encoding="utf-8").split("---\n")[1]
    return next(line for line in front.splitlines() if line.startswith("status:")).removeprefix("status:").strip()


@pytest.mark.parametrize(("name", "text", "where"), [
    ("policy.md", "# Lone Working Policy\n\nStatus: Draft\n\n" + "\n\n".join(BODY), "line 3"),
    ("policy.md", "# Lone Working Policy\n\n| Document status | DRAFT FOR CONSULTATION |\n| --- | --- |\n"
     "| Owner | HR |\n\n" + "\n\n".join(BODY), "row"),
    ("policy.txt", "DRAFT\n\nLone Working Policy\n\n" + "\n\n".join(BODY), "line 1"),
    ("policy.md", "# Draft Lone Working Policy\n\n" + "\n\n".join(BODY), "the title"),
    ("policy.md", "# Lone Working Policy (draft)\n\n" + "\n\n".join(BODY), "the title"),
    ("policy.md", "---\ntitle: Lone Working Policy\ndraft: true\n---\n\n" + "\n\n".join(BODY), "properties"),
    ("policy.md", "---\ntitle: Lone Working Policy\nstatus: Draft\n---\n\n" + "\n\n".join(BODY), "properties"),
])
def test_a_document_saying_it_is_a_draft_is_imported_as_one(tmp_path, name, text, where):
    result = _imported(tmp_path, name, text)
    assert _status(result) == "draft"
    note = next(note for note in result.notes if note.startswith("front matter status"))
    assert note.startswith("front matter status draft from ") and where in note
    assert handbook(["check", str(tmp_path / "policy_src"), "--strict"]) == 0
    assert load_handbook(tmp_path / "policy_src").policy("lone-working").meta.status.value == "draft"


def test_words_own_status_property_says_draft(tmp_path):
    document = docx.Document()
    document.add_heading("Lone Working Policy", level=1)
    for line in BODY:
        document.add_paragraph(line)
    document.core_properties.content_status = "Draft"
    document.save(tmp_path / "policy.docx")
    result = import_policy(tmp_path / "policy.docx", "lone-working", tmp_path / "policy_src")
    assert _status(result) == "draft"
    assert "front matter status draft from the document's properties (its status): 'Draft'" in result.notes


@pytest.mark.parametrize("text", [
    # a version history's first row: a draft existed once
    "# Lone Working Policy\n\n| Version | Date | Change |\n| --- | --- | --- |\n| 0.1 | 01/02/2024 | Initial draft |\n"
    "| 1.0 | 01/03/2024 | Approved |\n\n" + "\n\n".join(BODY),
    # the text speaks of drafts, and the document's status is not a draft
    "# Lone Working Policy\n\nStatus: Approved\n\nDrafts of risk assessments are sent to the Health and Safety "
    "Lead.\n\n" + "\n\n".join(BODY),
    "# Guidance on How to Draft a Risk Assessment\n\n" + "\n\n".join(BODY),
    # a web page's own setting that is not a document status (Pelican's "status: hidden")
    "---\ntitle: Lone Working Policy\nstatus: hidden\n---\n\n" + "\n\n".join(BODY),
])
def test_a_document_that_does_not_say_it_is_a_draft_is_current(tmp_path, text):
    result = _imported(tmp_path, "policy.md", text)
    assert _status(result) == "current"
    assert not any(note.startswith("front matter status") for note in result.notes)


def _word_with(tmp_path, header: str = "", footer: str = ""):
    document = docx.Document()
    document.add_heading("Lone Working Policy", level=1)
    for line in BODY:
        document.add_paragraph(line)
    document.sections[0].header.paragraphs[0].text = header
    document.sections[0].footer.paragraphs[0].text = footer
    document.save(tmp_path / "policy.docx")
    return import_policy(tmp_path / "policy.docx", "lone-working", tmp_path / "policy_src")


def test_a_draft_marking_in_the_page_header_is_a_draft(tmp_path):
    result = _word_with(tmp_path, header="DRAFT for consultation - not for circulation")
    assert _status(result) == "draft"
    assert "front matter status draft from the page header: 'DRAFT for consultation - not for circulation'" in (
        result.notes)


def test_a_footer_speaking_of_drafts_is_no_marking(tmp_path):
    result = _word_with(tmp_path, footer="Drafted by HR. Printed copies are not controlled.")
    assert _status(result) == "current"
