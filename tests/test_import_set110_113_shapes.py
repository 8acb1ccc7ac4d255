"""Shapes of held-out sets 110 to 113's first runs (issue 18, stop 53), made here, each beside a look-alike:
Euphrosyne's terms of use, whose file-name title names the platform ("the Euphrosyne platform" throughout), not
whose the terms are; Markdown tables whose rows have no closing bar, as GitHub shows them (Dapr's members, whose
header row was read as "Organization | Profile", and NIIS's version table, one paragraph of 30 cells); NIIS's versions
numbered as decimals ("2.03" then "2.1"); and an institute spelt out before its initials, "Nordic Institute for
Interoperability Solutions (NIIS)", which was read as a term and left the product's "X-Road Community" as the
organisation."""

from __future__ import annotations

from datetime import date

import pytest
import yaml
from helpers import imported_and_checked
from test_import_facts import found, paragraphs

from handbook.importing.document import Table
from handbook.importing.facts import find_facts
from handbook.importing.own_name import most_used_own_name
from handbook.importing.text_reader import read_text


@pytest.mark.parametrize(("product", "organisation"), [("the Larkspur platform", None),
                                                       ("the Larkspur portal", None),
                                                       ("Larkspur's own team", "Larkspur")])
def test_a_platforms_name_heading_the_title_is_not_the_organisation(product, organisation):
    lines = ["Larkspur publishes the datasets its users deposit.", "Larkspur keeps each dataset for ten years.",
             f"Questions about {product} go to the support desk."]
    facts = find_facts(paragraphs(*lines), None, properties={"title": "Larkspur General Terms of Use"})
    assert found(facts, "organisation") == organisation


_HISTORY = """# Development Model

| version no.\t | what has been done\t| date/person
| -- | ---- | ---- |
| 0.9\t| Approved for piloting in Steering Committee meeting on 8.6.2015\t| 13.6.15 / PK
| 2.0 | Document updated to match the operating model. | 25.5.18 / PK
{rows}
## 1 Introduction

The process is controlled by the steering committee.
"""


def test_a_markdown_table_whose_rows_have_no_closing_bar_is_a_table():
    blocks = read_text(_HISTORY.format(rows="| 2.1 | Update roles. | 16.06.23 / PK\n"), markdown=True)
    tables = [block for block in blocks if isinstance(block, Table)]
    assert [row[0] for row in tables[0].rows] == ["version no.", "0.9", "2.0", "2.1"], blocks
    # a line opening with a bar that no table holds stays a line of text
    lone = read_text("Some text.\n\n| not a table | just a line\n\nMore text.\n", markdown=True)
    assert not any(isinstance(block, Table) for block in lone)


@pytest.mark.parametrize(("rows", "version"), [
    ("| 2.01 | Added links. | 31.5.18 / PK\n| 2.03 | Update diagrams. | 26.12.20 / PK\n"
     "| 2.1 | Update roles. | 16.06.23 / PK\n", "2.1"),  # decimals: 2.03 before 2.1
    ("| 2.9 | Added links. | 31.5.18 / PK\n| 2.10 | Update diagrams. | 26.12.20 / PK\n", "2.10"),  # parts: 2.9, 2.10
])
def test_the_latest_version_is_read_as_the_table_numbers_it(tmp_path, rows, version):
    (tmp_path / "model.md").write_text(_HISTORY.format(rows=rows))
    _, front, _ = imported_and_checked(tmp_path / "model.md", "model", tmp_path)
    assert yaml.safe_load(front)["version"] == version, front


@pytest.mark.parametrize(("spelt", "own_name"), [
    ("the Nordic Institute for Interoperability Solutions (NIIS)", None),  # a body: its initials rival the product's
    ("the Nordic Interoperability Solutions (NIIS)", "Kestrel-Link"),  # a thing: the product is the name left
])
def test_an_institute_spelt_out_before_its_initials_is_a_body_not_a_term(spelt, own_name):
    lines = [f"The process is controlled by {spelt}.", "NIIS members vote on each change. NIIS is the owner.",
             "NIIS members review the roadmap. NIIS will publish each release.",
             "Kestrel-Link will change only through this process. The Kestrel-Link community proposes changes.",
             "The Kestrel-Link Community is open to all. Kestrel-Link releases follow the roadmap."]
    own = most_used_own_name(paragraphs(*lines), "Kestrel-Link Development Model", {})
    assert (own.name if own else None) == own_name


@pytest.mark.parametrize(("line", "by", "on"), [
    ("Adopted at a meeting of Kestrel Vale Parish Council held on 2 September 2024",
     "Kestrel Vale Parish Council", "2024-09-02"),
    ("This policy was approved at the meeting of the Governing Body on 4 March 2025.", "Governing Body", "2025-03-04"),
    # another body's meeting, about something else
    ("A working group was set up at a meeting of the Finance Committee held on 2 September 2024.", None, None),
])
def test_adopted_at_a_meeting_of_a_body(line, by, on):
    facts = find_facts(paragraphs("The Council reviews its risks each year.", line), None)
    assert (found(facts, "approved_by"), found(facts, "approved_on")) == (by, on)


def test_a_cover_heading_running_on_into_its_adoption_is_the_title_over_the_adoption(tmp_path):
    # a parish council's cover: its name and the title, set as one heading that runs on into the adoption
    (tmp_path / "orders.md").write_text(
        "# KESTREL VALE PARISH COUNCIL STANDING ORDERS ADOPTED BY RESOLUTION AT A MEETING ON 8 JULY 2024\n\n"
        "## 1. Interpretation\n\nThese Standing Orders are based on a model, adopted by this Council.\n\n"
        "## 2. Councillors\n\nCouncillors will observe the Code of Conduct at all times.\n")
    _, front, body = imported_and_checked(tmp_path / "orders.md", "orders", tmp_path)
    meta = yaml.safe_load(front)
    assert (meta["title"], meta["approved_on"], meta["approved_by"]) == (
        "Kestrel Vale Parish Council Standing Orders", date(2024, 7, 8), "TBC"), front
    assert meta["organisation"] == "Kestrel Vale Parish Council", front
    assert "ADOPTED BY RESOLUTION AT A MEETING ON 8 JULY 2024" in body, body  # the cover's words kept


@pytest.mark.parametrize(("title", "organisation"), [
    ("Kestrel Vale Parish Council Standing Orders", "Kestrel Vale Parish Council"),
    ("Student Council Standing Orders", None),  # a school's pupils' council: a body, no name
])
def test_a_local_councils_name_heading_the_title(title, organisation):
    facts = find_facts(paragraphs("The Council meets monthly.", "Councillors observe the Code of Conduct."), None,
                       properties={"title": title})
    assert found(facts, "organisation") == organisation


@pytest.mark.parametrize(("title", "lines", "organisation"), [
    ("Kestrel Vale Financial Regulations", ["The Council keeps its financial records.",
                                            "Adopted pursuant to a Resolution by Kestrel Vale Parish Council"],
     "Kestrel Vale Parish Council"),
    ("Oakfield Attendance Policy", ["Oakfield Primary School expects every pupil to attend.",
                                    "Parents call the office by 9am about attendance."], "Oakfield Primary School"),
    # a society's show rules, the show held at a school: the society's, not the school's
    ("Ayton Gardening Society Show Rules", ["The show is held at Ayton Primary School.",
                                            "The society's committee judges each class."], None),
    # a tool's name, and a company's full name: no council or school
    ("Microsoft Teams Policy", ["Staff use Microsoft Teams for meetings.",
                                "Microsoft Corporation hosts the data."], None),
    # two full names the short one opens: which is for a person to say
    ("Oakfield Attendance Policy", ["Oakfield Primary School and Oakfield Infant School share this policy.",
                                    "Parents call the office by 9am."], None),
])
def test_a_short_name_heading_the_title_as_the_text_gives_it_in_full(title, lines, organisation):
    facts = find_facts(paragraphs(*lines), None, properties={"title": title})
    assert found(facts, "organisation") == organisation


@pytest.mark.parametrize(("opening", "later", "organisation"), [
    # MarsBased's: its own short name, which the policy then speaks as
    ("This policy governs the use of work devices provided by Kestrel Works SL (hereinafter referred to as KW).",
     ["KW will not monitor personal accounts.", "KW reserves the right to wipe a lost device."], "Kestrel Works SL"),
    # a contractor's short name, which the policy speaks of, never as
    ("The offices are cleaned by Brightside Cleaning Ltd (hereinafter BCL) each evening.",
     ["Report any spill to BCL through the office manager.", "Staff leave desks clear for BCL."], None),
])
def test_a_company_defined_by_the_short_name_the_policy_speaks_as(opening, later, organisation):
    facts = find_facts(paragraphs(opening, *later), None)
    assert found(facts, "organisation") == organisation
