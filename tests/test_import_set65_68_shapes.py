"""Shapes of held-out sets 65 to 68's documents (issue 18, stop 49), made here: a Docusaurus page that ends by
including another file's text through an MDX block (refused: its component read as HTML); a Hugo page declaring
``<meta charset="utf-8">`` after another ``<meta>``, which libxml2 read as Latin-1 (refused: a dash's byte read as the
control code U+0096); a Google Docs export whose link holds only spaces before the address typed after it ("Roster" and
the address ran together); terms whose typed numbers run in a list of steps, a list of bullets straight after a step's
own list (the check refused the page: the bullets opened straight under a line of text)."""

from __future__ import annotations

import docx
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from helpers import imported_and_checked


def test_an_mdx_block_the_site_runs_is_left_out_and_reported(tmp_path):
    (tmp_path / "ai.md").write_text(
        "---\ntitle: AI security\n---\n\n## Responsibility\n\nYou are responsible for what is done, also with AI "
        "tools.\n\n## Isolate AI\n\nRun agents in a sandbox.\n\n"
        "```mdx-code-block\nimport MissingSomething from '/common/_missing_something.mdx';\n\n<MissingSomething />\n"
        "```\n\n```python\n<Example /> kept as typed in a code example\n```\n")

    result, _, body = imported_and_checked(tmp_path / "ai.md", "ai", tmp_path)

    assert "MissingSomething" not in body and "Run agents in a sandbox." in body, body
    assert "<Example /> kept as typed in a code example" in body.replace("\\<", "<"), body
    assert any(note.startswith("lines 13-17: an MDX block") for note in result.notes), result.notes


def test_a_pages_declared_encoding_is_read_though_libxml2_misses_it(tmp_path):
    source = tmp_path / "openness.html"
    source.write_bytes(
        "<!doctype html>\n<html lang=\"sv\"><head><meta name=\"description\" content=\"Policy om öppenhet\">\n"
        "<meta charset=\"utf-8\"><title>Policy om öppenhet</title></head><body><main><h1>Policy om öppenhet</h1>\n"
        "<p>Vi delar vår källkod öppet \u2013 så långt det går.</p></main></body></html>\n".encode())

    _, front, body = imported_and_checked(source, "openness", tmp_path)

    assert "\ntitle: Policy om öppenhet\n" in front, front
    assert "Vi delar vår källkod öppet \u2013 så långt det går." in body, body


def test_a_page_declaring_latin_1_is_read_as_browsers_read_it(tmp_path):
    source = tmp_path / "notice.html"
    source.write_bytes(b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                       b"<title>Notice</title></head><body><h1>Notice</h1><p>Staff \x96 and volunteers \x93too\x94."
                       b"</p></body></html>")

    _, _, body = imported_and_checked(source, "notice", tmp_path)

    assert "Staff \u2013 and volunteers \u201ctoo\u201d." in body, body


def test_a_link_on_spaces_only_keeps_the_space_and_links_nothing(tmp_path):
    document = docx.Document()
    document.add_heading("General Lab Procedures", level=1)
    paragraph = document.add_paragraph("To check which room you are assigned, see the Lab Roster")
    address = "https://docs.example.org/roster"
    relationship = document.part.relate_to(address, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    hyperlink = OxmlElement("w:hyperlink")
    hyperlink.set(qn("r:id"), relationship)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.set(qn("xml:space"), "preserve")
    text.text = "   "
    run.append(text)
    hyperlink.append(run)
    paragraph._p.append(hyperlink)
    paragraph.add_run(address)
    source = tmp_path / "lab.docx"
    document.save(source)

    _, _, body = imported_and_checked(source, "lab", tmp_path)

    assert f"see the Lab Roster {address}" in body.replace("\\_", "_"), body
    assert "[](" not in body, body


def test_bullets_after_a_typed_steps_own_list_open_after_a_blank_line(tmp_path):
    """A German association's terms (set 67): "2. Registrierung" typed as text among numbered sections, its own list
    "    1. Zur Nutzung ..." indented, then the data asked for as bullets at the margin."""
    (tmp_path / "terms.md").write_text(
        "# Terms of use\n\n1. Data we collect\n\nWe collect only what the service needs.\n\n2. Registration\n\n"
        "    1. To use the service you must register. You give the following data:\n\n"
        "* Email address\n\n* Organisation\n\n* A password.\n\nWe may use your email address to tell you of "
        "changes.\n\n"
        "3. Processing\n\nWe process data only as these terms say.\n")

    _, _, body = imported_and_checked(tmp_path / "terms.md", "terms", tmp_path)

    assert "You give the following data:\n\n- Email address\n- Organisation\n- A password." in body, body


def test_bylaws_adopted_and_approved_on_this_day_of_a_month():
    """Set 67's Couchers bylaws close "ADOPTED AND APPROVED by the Board of Directors on this 24th Day of April 2024."
    (the deed's "this ... day of", its "Day" capitalised); a line adopting something else names no approver."""
    from test_import_facts import facts_of, found

    facts = facts_of("ADOPTED AND APPROVED by the Board of Directors on this 24th Day of April 2024.")
    assert (found(facts, "approved_by"), found(facts, "approved_on")) == ("Board of Directors", "2024-04-24")
    facts = facts_of("The budget was adopted and approved by the members on the 3rd Day of May 2024.")
    assert "approved_by" not in facts.found
