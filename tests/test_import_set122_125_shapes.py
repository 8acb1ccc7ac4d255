"""Shapes of held-out sets 122 to 125's first runs (issue 18, stop 54), made here, each beside a look-alike: a French
association's charter saved as .rst whose only markup is its title between two rows of marks (read as plain text,
refused as stating no title); a company's Word covers, its name and the policy's set alike in large bold over a
Heading 3 sentence marking it confidential (the three read as one title, then refused for the footer's words); and a
Markdown header whose labels open with an icon ("**📋 Document Owner:** CEO | **📄 Version:** 2.1"); and a government
agency's page whose macrons were garbled before it was published ("MÄ\x81ori", refused for the control character); and
French statutes naming their association ("il est formé une association dénommée : Radio Rhino")."""

from __future__ import annotations

import signal

import docx
import pytest
from docx.shared import Pt
from test_import_facts import facts_of, found

from handbook.importing import drafted, import_policy
from handbook.importing.sniffing import Kind, kind_of
from handbook.source.handbook_folder import load_handbook

RULE = ("Remote access to company systems is only allowed through approved means, and every session must be closed "
        "when the work is done.")


@pytest.mark.parametrize(("name", "kind"), [
    ("charte.rst", Kind.RST),  # named as reStructuredText by its writer
    ("charte.txt", Kind.TEXT),  # plain text: its marks tell nothing
])
def test_a_file_named_rst_is_read_as_restructured_text(tmp_path, name, kind):
    (tmp_path / name).write_text("=============\n Charte AFPy\n=============\n\nL'AFPy attend de ses membres un "
                                 "langage adapté.\n", encoding="utf-8")
    assert kind_of(tmp_path / name) is kind


def test_a_charter_titled_between_two_rows_of_marks_imports_with_its_title(tmp_path):
    (tmp_path / "charte.rst").write_text("=============\n Charte AFPy\n=============\n\nL'AFPy attend de ses membres "
                                         "un langage adapté.\n\nLa version courte\n=================\n\nSoyez "
                                         "courtois.\n", encoding="utf-8")

    import_policy(tmp_path / "charte.rst", "charte", tmp_path / "src")

    assert load_handbook(tmp_path / "src").policy("charte").meta.title == "Charte AFPy"


def _cover(document: docx.Document, words: str) -> None:
    run = document.add_paragraph().add_run(words)
    run.bold, run.font.size = True, Pt(36)


@pytest.mark.parametrize(("first_line", "second_line", "title"), [
    # a company's name over its document's: the second line is the title
    ("Glasswall Solutions Ltd.", "Remote Access Policy", "Remote Access Policy"),
    # two lines that only together name the document
    ("Secure Remote", "Access Policy", "Secure Remote Access Policy"),
])
def test_a_company_s_name_over_its_policy_s_on_a_cover_is_not_its_title(tmp_path, first_line, second_line, title):
    document = docx.Document()
    _cover(document, first_line)
    _cover(document, second_line)
    document.add_paragraph("Information contained herein is the property of the company and is company confidential.",
                           style="Heading 3")  # a sentence: no subtitle
    document.add_paragraph("Overview", style="Heading 1")
    document.add_paragraph(RULE)
    document.add_paragraph("Scope", style="Heading 1")
    document.add_paragraph(RULE)
    document.save(tmp_path / "remote.docx")

    assert str(drafted(tmp_path / "remote.docx").facts.value("title")) == title


@pytest.mark.parametrize(("definition", "organisation"), [
    ('Glasswall is hereinafter referred to as "the company."', "Glasswall"),
    ('Acme Cleaning Ltd is hereinafter referred to as "the contractor".', None),  # a party, not whose the policy is
])
def test_a_name_defined_without_brackets_as_the_company(definition, organisation):
    facts = facts_of(definition, "Remote access to company systems is only allowed through approved means.",
                     title="Remote Access Policy")
    assert found(facts, "organisation") == organisation


@pytest.mark.parametrize(("header", "found_facts"), [
    ("**📋 Document Owner:** CEO | **📄 Version:** 2.1  \n**🔄 Review Cycle:** Annual",
     {"owner": "CEO", "version": "2.1", "review_every": "1 year"}),
    ("**📋 Document Owner** of the laptops must lock them | **📄 Versions** of the apps are kept current",
     {"owner": None, "version": None, "review_every": None}),  # icons before words that label nothing
])
def test_labels_opening_with_an_icon_are_read(tmp_path, header, found_facts):
    (tmp_path / "policy.md").write_text(f"# Information Security Policy\n\n{header}\n\n## Purpose\n\n{RULE}\n",
                                        encoding="utf-8")
    facts = drafted(tmp_path / "policy.md").facts
    assert {name: found(facts, name) for name in found_facts} == found_facts


@pytest.mark.parametrize(("name", "page"), [
    ("guide.html", "<html><head><title>Style Guide</title></head><body><h1>Coding Style Guide</h1><p>{words}</p>"
                   "<p>" + RULE + "</p></body></html>"),
    ("guide.md", "# Coding Style Guide\n\n{words}\n\n" + RULE + "\n"),
])
def test_accents_garbled_before_publishing_are_repaired_and_reported(tmp_path, name, page):
    """A page whose "ā" was saved as UTF-8 read as Latin-1 ("MÄ\\x81ori"): the control character it left is refused by
    the handbook, so the words are repaired and the repair reported; a page written right is left as it is."""
    garbled = "Do not forget the macrons, eg M\u00c4\u0081ori, wh\u00c4\u0081nau."
    (tmp_path / name).write_text(page.format(words=garbled), encoding="utf-8")

    result = import_policy(tmp_path / name, "guide", tmp_path / "src")

    assert "Do not forget the macrons, eg Māori, whānau." in result.path.read_text(encoding="utf-8")
    assert any("garbled accents" in note and "'Māori'" in note for note in result.notes), result.notes


def test_a_page_written_right_is_not_repaired(tmp_path):
    words = "Staff may use the café on the ground floor; the Māori names of rooms are kept, as is “Ã©” in a quote."
    (tmp_path / "guide.md").write_text(f"# Coding Style Guide\n\n{words}\n\n{RULE}\n", encoding="utf-8")

    result = import_policy(tmp_path / "guide.md", "guide", tmp_path / "src")

    assert words in result.path.read_text(encoding="utf-8")
    assert not any("garbled" in note for note in result.notes)


@pytest.mark.parametrize(("clause", "organisation"), [
    ("Entre toutes les personnes qui adhèrent aux présents statuts, il est formé une association dénommée : Radio "
     "Rhino.", "Radio Rhino"),
    ("Il est fondé entre les adhérents aux présents statuts une association régie par la loi du 1er juillet 1901, "
     "ayant pour titre : « Les Amis du Rhin ».", "Les Amis du Rhin"),
    ("Les membres de l'association dénommée ci-après « le bureau » se réunissent chaque mois.", None),  # a body
])
def test_french_statutes_name_clause_gives_the_association(clause, organisation):
    facts = facts_of(clause, "L'association a pour objet la diffusion de musique.", title="Statuts de l'association")
    assert found(facts, "organisation") == organisation


def _timed_out(*_) -> None:
    raise TimeoutError


def test_a_garbled_page_with_a_picture_embedded_in_it_imports_in_seconds(tmp_path):
    """The agency's page holds its charts as base64 pictures: "words" of hundreds of thousands of characters, which the
    first way of finding the garbled words scanned again from each of their characters (minutes for the 1 MB page)."""
    picture = "data:image/png;base64," + "iVBORw0KGgoAAAANSUhEUg" * 20000
    (tmp_path / "guide.html").write_text(
        f"<html><head><title>Style Guide</title></head><body><h1>Coding Style Guide</h1><p><img src='{picture}'></p>"
        "<p>Do not forget the macrons, eg M\u00c4\u0081ori.</p><p>" + RULE + "</p></body></html>", encoding="utf-8")
    previous = signal.signal(signal.SIGALRM, _timed_out)
    signal.alarm(30)  # (it takes about a second; the scan again from each character, many minutes)
    try:
        result = import_policy(tmp_path / "guide.html", "guide", tmp_path / "src")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert "eg Māori." in result.path.read_text(encoding="utf-8")
