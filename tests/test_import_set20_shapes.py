"""Shapes of held-out set 20 (issue 18): a PDF's version history table going on over a page break, its last row
the current version; a statement in a list's item after a round bullet; a question heading answered below it
("When does this SOP take effect?"); a document updated "every odd numbered fiscal year" (every second year).
Each with a look-alike of the same shape that states no fact of this document."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_import_facts import facts_of, found

from handbook.importing.document import Table
from handbook.importing.facts import find_facts
from handbook.importing.pdf_reader import read_pdf
from handbook.importing.pdf_tables import add_table

_STYLE = ("<style>@page { size: A5; margin: 20mm } body { font-family: 'Liberation Sans'; font-size: 10pt } "
          "table { border-collapse: collapse; width: 100% } td { border: 1px solid black; padding: 3pt; "
          "vertical-align: top }</style>")
_WHO = ("Leslie Johnston", "Elizabeth England", "Criss Austin, Meg Guthorn")


def _history_pdf(path: Path, after: str = "") -> None:
    """An SOP as Google Docs prints it: its revision history, a row a revision, too long for its first page,
    then ``after`` (HTML) at the top of a new page."""
    from weasyprint import HTML

    rows = "".join(
        f"<tr><td>1.{n}</td><td>{n + 1}/15/20{18 + n // 2}</td><td>{_WHO[n % 3]}</td><td>Revised the section on "
        "file formats and updated the controlled lists for the risk matrix, after review by the team.</td></tr>"
        for n in range(10))
    HTML(string=f"<html><head>{_STYLE}</head><body><p>SOP for Digital Preservation Action Plans</p>"
                "<p>SOP Revision and Review History</p><table><tr><td>Version</td><td>Date Created/Updated</td>"
                f"<td>Who</td><td>Revision Description</td></tr>{rows}</table>{after}"
                "<p>This SOP covers the creation and review of the plans.</p></body></html>").write_pdf(path)


def _tables(path: Path) -> list[Table]:
    return [block for block in read_pdf(path).blocks if isinstance(block, Table)]


def test_a_table_going_on_over_a_page_break_is_one_table_and_its_last_row_the_version(tmp_path):
    _history_pdf(tmp_path / "sop.pdf")

    blocks = read_pdf(tmp_path / "sop.pdf").blocks
    tables = [block for block in blocks if isinstance(block, Table)]

    assert len(tables) == 1 and len(tables[0].rows) == 11
    assert [row[0] for row in tables[0].rows[-3:]] == ["1.7", "1.8", "1.9"]
    assert find_facts(blocks, None).found["version"].value == "1.9"


def test_a_table_of_other_columns_at_the_top_of_the_next_page_stays_a_table_of_its_own(tmp_path):
    _history_pdf(tmp_path / "sop.pdf", after="<table style='break-before: page'><tr><td>Acronym</td>"
                                             "<td>Definition</td></tr><tr><td>SOP</td><td>Standard Operating "
                                             "Procedure</td></tr></table>")

    tables = _tables(tmp_path / "sop.pdf")

    assert [len(table.rows) for table in tables] == [11, 2]  # the history (over two pages), the acronyms
    assert tables[-1].rows[0] == ("Acronym", "Definition")


def _history(*rows: tuple[str, ...]) -> list:
    return [Table(1, (("Version", "Date", "Who", "Revision Description"), *rows), "the table at page 2")]


def test_a_row_cut_by_the_page_break_is_joined_to_the_row_above():
    blocks = _history(("1.7", "9/26/2024", "Hannah Wang", "Added Appendix A. Moved Risk Matrix scoring"))

    add_table(blocks, (("", "", "", "guidance to Appendix A. Updated file paths."),
                       ("1.8", "12/4/2024", "Hannah Wang", "Reorganized Methodology section.")), 3, True)

    assert blocks[0].rows[1:] == (
        ("1.7", "9/26/2024", "Hannah Wang", "Added Appendix A. Moved Risk Matrix scoring guidance to Appendix A. "
                                            "Updated file paths."),
        ("1.8", "12/4/2024", "Hannah Wang", "Reorganized Methodology section."))


@pytest.mark.parametrize(("above", "first_row", "first_on_page"), [
    # a category cell spanning rows leaves the first cell empty: the row's own words start with a capital
    ("Moved Risk Matrix scoring", ("", "", "", "Reorganized Methodology section."), True),
    # the row above ended its sentence: a new row
    ("Added Appendix A.", ("", "", "", "updated file paths."), True),
    # a paragraph of the page came first: another table
    ("Moved Risk Matrix scoring", ("", "", "", "guidance to Appendix A."), False),
])
def test_a_row_with_an_empty_first_cell_that_does_not_go_on_is_kept_as_a_row(above, first_row, first_on_page):
    blocks = _history(last := ("1.7", "9/26/2024", "Hannah Wang", above))

    add_table(blocks, (first_row,), 3, first_on_page)

    rows = [row for block in blocks for row in block.rows]
    assert last in rows and first_row in rows


def test_a_repeated_header_row_is_left_out_of_the_table_going_on():
    blocks = _history(("1.7", "9/26/2024", "Hannah Wang", "Added Appendix A."))

    add_table(blocks, (("Version", "Date", "Who", "Revision Description"),
                       ("1.8", "12/4/2024", "Hannah Wang", "Reorganized Methodology section.")), 3, True)

    assert [row[0] for row in blocks[0].rows] == ["Version", "1.7", "1.8"]


@pytest.mark.parametrize(("lines", "value"), [
    # a list's item after a round bullet, as a PDF gives it, and a question heading answered below it
    (["When does this SOP take effect?", "\u25cf This guidance takes effect as of December 2, 2024 ."], "2024-12-02"),
    (["\u25cf This guidance takes effect as of December 2, 2024."], "2024-12-02"),
    (["When does this policy take effect?", "1 April 2025."], "2025-04-01"),
    (["When will these procedures come into force?", "From 1 April 2025, once the board has agreed them."],
     "2025-04-01"),
])
def test_an_effective_date_in_a_bulleted_item_or_under_a_question_heading(lines, value):
    assert found(facts_of(*lines), "effective_from") == value


@pytest.mark.parametrize("lines", [
    ["\u25cf The new rota takes effect as of December 2, 2024."],  # something else's
    ["When does the new rota take effect?", "1 April 2025."],
    ["When does this policy apply?", "From 1 April 2025."],  # whom and when it applies: not its effect
])
def test_another_thing_s_date_or_another_question_is_not_the_effective_date(lines):
    assert found(facts_of(*lines), "effective_from") is None


@pytest.mark.parametrize("line", [
    "This SOP will be updated every odd numbered fiscal year during the first quarter or if there is a trigger "
    "event such as changes to business processes, to staffing, and/or to systems.",
    "The procedure is reviewed every even-numbered year by the records team.",
])
def test_a_document_updated_every_odd_or_even_numbered_year_is_reviewed_every_2_years(line):
    assert found(facts_of(line), "review_every") == "2 years"


@pytest.mark.parametrize("line", [
    "The holdings list is updated every odd numbered fiscal year.",  # another list's
    "Elections to the board are held every odd numbered year.",
    "This policy will be updated every time the law changes.",  # no period
])
def test_another_thing_updated_every_other_year_or_no_period_is_not_the_review(line):
    assert found(facts_of(line), "review_every") is None

