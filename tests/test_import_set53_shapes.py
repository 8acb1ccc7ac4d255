"""Shapes of held-out set 53's documents (issue 18, stop 48), made here: an NHS body's document-control table
("Version: | Final agreed copy, ... Policy 2022 v.1", "Name of responsible Director: | ...", "Review date: |
Annually in January/February ...", "Ratified by: | NSHCS Strategic Management Team" in a text that spells NSHCS
out); an approval at the foot of each page with no comma before its date ("Approved: Health Education England
Knowledge for Healthcare Board 14 December 2020"); a quotation shaded over the end of one line and the start of the
next, whose two boxes pdfplumber takes for a table (the rest of both lines was lost). Each with a look-alike."""

from __future__ import annotations

import pytest
from helpers import imported_and_checked
from test_import_facts import facts_of, found

_CONTROL_TABLE = ["Version: | Final agreed copy, Westshire School of Nursing Leave Policy 2023 v.2",
                  "Ratified by: | WSN Senior Leadership Team",
                  "Date ratified: | 14/10/2023",
                  "Name of responsible Director: | Dr Amina Okafor, Head of School",
                  "Review date: | Annually in January, before the spring placements.",
                  "This is a controlled document: the version on the Westshire School of Nursing (WSN) website is the "
                  "only one recognised."]


def test_an_nhs_document_control_table():
    facts = facts_of(*_CONTROL_TABLE)
    assert {name: found(facts, name) for name in ("version", "owner", "review_every", "approved_by", "organisation")} \
        == {"version": "2", "owner": "Dr Amina Okafor, Head of School", "review_every": "1 year",
            "approved_by": "WSN Senior Leadership Team", "organisation": "Westshire School of Nursing"}


@pytest.mark.parametrize(("line", "name"), [
    ("Version: | Final, replacing the v.1 of the 2019 policy", "version"),  # another version, not at its end
    ("Review date: | September 2026", "review_every"),  # when, not how often
])
def test_control_table_look_alikes(line, name):
    assert found(facts_of(line), name) is None


def test_initials_the_text_never_spells_out_name_no_organisation():
    facts = facts_of(*_CONTROL_TABLE[:5])
    assert found(facts, "approved_by") == "WSN Senior Leadership Team" and found(facts, "organisation") is None


@pytest.mark.parametrize(("line", "approved_by", "approved_on"), [
    ("Approved: Westshire Library Services Board 14 December 2020", "Westshire Library Services Board",
     "2020-12-14"),
    ("Approved: Academic Board, 15 May 2024", "Academic Board", "2024-05-15"),
    ("Approved: 12 March 2024", None, "2024-03-12"),
    ("Approved: Board 2, 14 December 2020", None, None),  # a number in who: not a name
])
def test_an_approval_with_its_date_after_the_name(line, approved_by, approved_on):
    facts = facts_of("Staff may book the learning space for group study.", line)
    assert (found(facts, "approved_by"), found(facts, "approved_on")) == (approved_by, approved_on)


_SHADED_QUOTE = """<html><head><style>@page { size: A4; margin: 0 } body { margin: 0; font: 11pt sans-serif }
p { position: absolute; left: 50pt; width: 450pt; line-height: 14pt; margin: 0 }
.shade { position: absolute; background: #ccc; z-index: -1 }</style></head><body>
<h1 style="position: absolute; top: 40pt; left: 50pt; margin: 0">Library Learning Space</h1>
<div class="shade" style="left: 300pt; top: 100pt; width: 200pt; height: 14pt"></div>
<div class="shade" style="left: 50pt; top: 114pt; width: 250pt; height: 14pt"></div>
<p style="top: 100pt">Physical library learning space is highly valued by staff, educators and learners, and it offers
benefits aligned to delivery of organisational priorities. "We must show our staff that we value them as much as they
value their patients." Complementing digital delivery, library space is a crucial asset for the workforce.</p>
<p style="top: 200pt">Library staff keep the space open for study at all hours.</p></body></html>"""


def test_a_quotation_shaded_over_two_lines_is_no_table_and_loses_no_words(tmp_path):
    from weasyprint import HTML

    source = tmp_path / "learning-space.pdf"
    HTML(string=_SHADED_QUOTE).write_pdf(source)
    _, _, body = imported_and_checked(source, "learning-space", tmp_path)
    assert ("Physical library learning space is highly valued by staff, educators and learners, and it offers benefits "
            "aligned to delivery of organisational priorities.") in " ".join(body.split())
    assert "|" not in body
