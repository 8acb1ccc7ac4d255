"""Shapes of held-out sets 73 to 76's documents (issue 18, stop 50), made here, each beside a look-alike: a title
naming the organisation in more words than the text's own short name ("Contributing to the NSW Design System"); a
code of conduct binding "All attendees, speakers ... are required to abide by the code of conduct" (named by its title,
not "this"); a scanned statute's cover on three lines ("BY - LAWS" / "OF" / "SOFTWARE FREEDOM CONSERVANCY, INC.")
whose title names whose it is; an ODT list item holding only a list inside it; "This document outlines the ...
Plan, which was initially approved on April 26, 2022"."""

from __future__ import annotations

import pytest
from helpers import imported_and_checked
from odfdo import Document, List, ListItem, Table
from odfdo import Paragraph as OdfParagraph
from test_import_facts import facts_of, found
from test_import_names_by_structure import _imported

from handbook.importing.document import Paragraph
from handbook.importing.odt_reader import read_odt
from handbook.importing.titles import cover_title


def test_a_title_naming_the_text_s_short_name_in_more_words_names_it_so(tmp_path):
    front, _ = _imported(tmp_path, "guide", (
        "Contributing to the NSW Design System\n=====\n\nThe NSW Design System was created for NSW Government "
        "websites. NSW staff review every request, and the NSW team keeps the components in the NSW look and feel. "
        "Ask in the NSW Design System channel before you start.\n"))

    assert "\norganisation: NSW Design System\n" in front, front


@pytest.mark.parametrize(("line", "audiences"), [
    ("All attendees, speakers, sponsors and volunteers at Maintainerati are required to abide by the code of "
     "conduct.", "attendees, speakers, sponsors, volunteers"),
    ("All attendees are required to abide by the venue's rules.", None),  # another's rules
])
def test_those_bound_by_the_document_named_by_its_title(line, audiences):
    value = found(facts_of(line, "Be kind to one another.", title="Code of Conduct"), "applies_to")
    assert (", ".join(sorted(value)) if value else None) == audiences


def _cover(*lines: str) -> list:
    return [Paragraph(n, line, line, place=f"page 1, '{line}'", size=9.0) for n, line in enumerate(lines, start=1)]


def test_a_statutes_cover_on_three_lines_is_its_title_and_names_whose_it_is():
    blocks = cover_title(_cover("BY - LAWS", "OF", "SOFTWARE FREEDOM CONSERVANCY, INC.", "ARTICLE I - OFFICES",
                                "The principal office of the corporation shall be in the City of New York."))

    assert blocks[0].heading == 0 and blocks[0].plain == "BY-LAWS OF SOFTWARE FREEDOM CONSERVANCY, INC."
    facts = facts_of("ARTICLE I - OFFICES", "The principal office of the corporation shall be in New York.",
                     title="By-laws of Software Freedom Conservancy, Inc.")
    assert found(facts, "title") == "By-laws of Software Freedom Conservancy, Inc."
    assert found(facts, "organisation") == "Software Freedom Conservancy, Inc."


def test_three_lines_that_are_not_a_cover_title_stay_text():
    blocks = cover_title(_cover("MINUTES", "OF", "The meeting opened at six and the chair welcomed everyone.",
                                "Apologies were received."))

    assert all(block.heading is None for block in blocks)


def test_an_odt_list_item_holding_only_a_list_numbers_nothing_of_its_own(tmp_path):
    document = Document("text")
    outer = List()
    outer.append(ListItem("No officer shall take part in a purchase where a conflict would arise with:"))
    holder = ListItem()
    inner = List([f"person {n};" for n in ("The officer", "Their family", "Their partner")])
    holder.append(inner)
    outer.append(holder)
    outer.append(ListItem("Disclosure: any possible conflict shall be disclosed."))
    document.body.append(OdfParagraph("Conflict of Interest Policy"))
    document.body.append(outer)
    document.save(tmp_path / "coi.odt")

    items = [block for block in read_odt(tmp_path / "coi.odt").blocks if block.auto_number]

    assert [(item.auto_number.level, item.auto_number.counters) for item in items] == [
        (0, (1,)), (1, (1,)), (1, (2,)), (1, (3,)), (0, (3,))]


@pytest.mark.parametrize(("line", "day"), [
    ("This document outlines the Academy Software Foundation (ASWF) Governing Board Succession Plan, which was "
     "initially approved on April 26, 2022.", "2022-04-26"),
    ("This document outlines how a member, who was approved on 3 May 2021, may stand down.", None),
])
def test_the_plan_a_document_sets_out_approved_on_a_day(line, day):
    assert found(facts_of(line, "The Board keeps a list of candidates."), "approved_on") == day


def _boxed(tmp_path, title_property: str, box: str):
    document = Document("text")
    document.meta.title = title_property
    table = Table("Box", width=1, height=1)
    table.set_value((0, 0), box)
    document.body.append(table)
    document.body.append(OdfParagraph("OSGeo officers act in the best interest of OSGeo. OSGeo expects its members to "
                                      "disclose conflicts, and OSGeo will record them. OSGeo keeps the minutes."))
    document.save(tmp_path / "policy.odt")
    return imported_and_checked(tmp_path / "policy.odt", "policy", tmp_path)[1]


def test_a_title_boxed_at_the_top_is_the_title_not_the_templates_title_property(tmp_path):
    front = _boxed(tmp_path, "OSGeo Letterhead", "Conflict of Interest Policy")

    assert "\ntitle: Conflict of Interest Policy\n" in front, front


def test_a_box_at_the_top_naming_no_document_leaves_the_title_to_the_property(tmp_path):
    front = _boxed(tmp_path, "Conflict of Interest Policy", "Open Source Geospatial Foundation")

    assert "\ntitle: Conflict of Interest Policy\n" in front, front


@pytest.mark.parametrize(("pronoun", "organisation"), [("his/her", "Conservancy"), ("his", "TBC")])
def test_a_name_followed_by_anyones_pronoun_is_no_persons(tmp_path, pronoun, organisation):
    front, _ = _imported(tmp_path, "travel", (
        "# Riverside Conservancy Travel Policy\n\nConservancy staff book travel through Conservancy's office. "
        "Conservancy will pay for economy fares. A traveler asks the Conservancy office, and " + pronoun + " PLC, "
        "before booking. Conservancy staff keep receipts.\n"))

    assert f"\norganisation: {organisation}\n" in front, front
