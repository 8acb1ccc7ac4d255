"""Shapes of held-out set 38's documents (issue 18), each made here as its writers make them: an OpenDocument span
ending in a space before the next run's words, pandoc Markdown whose front matter gives the title over "#" sections, a
list item's line going on deeper than its text starting with a number, a plain-text title underlined with "==", and
the name clause of statutes and constitutions ("The association bears the name ...", German "führt den Namen ...")."""

from __future__ import annotations

import pytest
from helpers import imported_and_checked
from test_import_facts import facts_of, found


def test_an_odt_span_ending_in_a_space_keeps_the_next_words_apart(tmp_path):
    from odfdo import Document, Element, Header, Paragraph, Span

    document = Document("text")
    document.body.clear()
    document.insert_style(Element.from_tag('<style:style style:name="Tracked" style:family="text">'
                                           '<style:text-properties fo:color="#006600"/></style:style>'))
    document.body.append(Header(1, "Volunteer Expenses"))
    note = Paragraph("Green notes ")
    note.append(Span("like this one ", style="Tracked"))
    note.append("are explanations, not part of the rules.")
    document.body.append(note)
    document.save(tmp_path / "expenses.odt")

    _, _, body = imported_and_checked(tmp_path / "expenses.odt", "expenses", tmp_path)

    assert "Green notes like this one are explanations, not part of the rules." in body


def test_a_front_matter_title_over_top_level_sections(tmp_path):
    source = tmp_path / "satzung.md"
    source.write_text('---\ntitle: "Rules of the Co-operative"\ndate: "20.06.2024"\n---\n\n# Name and seat\n\n'
                      "1. The co-operative is called Riverside Workers Co-operative Ltd.\n\n"
                      "1. Its seat is Leeds.\n\n# Purpose\n\n1. The co-operative supports its members' work.\n")

    _, front, body = imported_and_checked(source, "rules", tmp_path)

    assert "title: Rules of the Co-operative" in front
    assert body.startswith("## Name and seat\n")  # a section of the page, not its title
    assert "\n## Purpose\n" in body


def test_a_list_items_line_going_on_further_in_stays_in_the_item(tmp_path):
    source = tmp_path / "board.md"
    source.write_text("# Board Approvals\n\n1. The board needs the members' consent for:\n\n"
                      "    a) contracts lasting more than 3 years,\n\n"
                      "    a) investments or loans of up to\n        10.000 euros\n\n"
                      "1. The board reports its decisions to the members.\n")

    _, _, body = imported_and_checked(source, "board", tmp_path)

    assert "investments or loans of up to 10.000 euros" in body  # one line: not a clause numbered 10.000


def test_a_plain_text_title_underlined_with_two_marks(tmp_path):
    source = tmp_path / "bylaws.txt"
    source.write_text("Foundation Bylaws\n==\n\nARTICLE 1 NAME AND PURPOSE\n--\n\n"
                      "The Riverside Tools Foundation develops open tools for incident responders.\n")

    _, front, body = imported_and_checked(source, "bylaws", tmp_path)

    assert "title: Foundation Bylaws" in front
    assert "==" not in body and "\n--\n" not in body


@pytest.mark.parametrize(("line", "organisation"), [
    ('The association bears the name "oemof".', "oemof"),
    ("The Club shall be called Ashdown Rowing Club.", "Ashdown Rowing Club"),
    ("Die Genossenschaft führt den Namen \u201cnoris.solar eG\u201d.", "noris.solar eG"),
    ('Die Genossenschaft heißt "control.alt.coop eG".', "control.alt.coop eG"),
    ("Der Verein führt den Namen \u201eDatenanfragen.de e. V.\u201c", "Datenanfragen.de e. V."),
])
def test_the_name_clause_of_statutes_names_the_organisation(line, organisation):
    assert found(facts_of(line, "The seat of the association is Berlin."), "organisation") == organisation


@pytest.mark.parametrize("line", [
    "The association bears the costs of the general meeting.",
    "The Club is called upon to support its members in competitions.",
])
def test_a_body_bearing_or_called_upon_is_no_name_clause(line):
    assert found(facts_of(line), "organisation") is None
