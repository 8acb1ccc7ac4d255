"""Front-matter facts in the forms that recur across sectors (issue 18, facts on documents the importer has
not seen): the labels and synonyms of schools, NHS trusts, universities, councils and companies, a form's
label over its value, a header's "label: value | label: value", approval sentences, review periods in
words, audiences, and the organisation whose board approved the policy. Each with a look-alike that states
no fact, which must leave it TBC."""

from __future__ import annotations

import docx
import pytest
from helpers import imported_and_checked
from test_import_facts import facts_of, found

from handbook.importing.dates import read_date


@pytest.mark.parametrize(("line", "fact", "value"), [
    ("Staff member responsible: Mr D. Hughes (Deputy Headteacher)", "owner", "Mr D. Hughes (Deputy Headteacher)"),
    ("Responsible Office: Office of Human Resources", "owner", "Office of Human Resources"),
    ("Responsible Executive: Vice President for Finance", "owner", "Vice President for Finance"),
    ("Policy approved by: Board of Trustees", "approved_by", "Board of Trustees"),
    ("Date ratified by governors: 14/11/2023", "approved_on", "2023-11-14"),
    ("Policy Valid from date | 1st April 2024", "effective_from", "2024-04-01"),
    ("Policy Applicable for: Faculty/Staff", "applies_to", ("staff", "faculty")),
    ("To be reviewed triennially.", "review_every", "3 years"),
    ("Reviewed annually", "review_every", "1 year"),
])
def test_labels_and_lines_as_sectors_write_them(line, fact, value):
    assert found(facts_of(line), fact) == value


def test_date_ratified_by_says_who_as_well():
    assert found(facts_of("Date ratified by governors: 14/11/2023"), "approved_by") == "governors"


@pytest.mark.parametrize("line", [
    "Date of next review: November 2025",  # when, not how often
    "Last reviewed: January 2024",
    "Policy Valid to date | 31st March 2027",
    "Approval level: Governing body or headteacher",  # who may approve such a policy, not who did
    "Responsible for reviewing the budget: Finance Committee",
    "The committee is responsible for reviewing the budget.",
    "Salaries are reviewed annually in April.",
    "Pupils' progress is reviewed every six weeks.",
])
def test_look_alike_labels_state_no_fact(line):
    facts = facts_of(line)
    assert {"owner", "approved_by", "approved_on", "effective_from", "review_every"}.isdisjoint(facts.found)


def test_a_forms_label_over_its_value_is_read_as_one():
    facts = facts_of("Policy approved by:", "Board of Trustees", "Date approved:", "17 July 2024", "Next review:",
                     "July 2025")
    assert (found(facts, "approved_by"), found(facts, "approved_on")) == ("Board of Trustees", "2024-07-17")
    assert "organisation" not in facts.found  # the approver's line is not a letterhead's name
    assert "review_every" not in facts.found


def test_a_label_over_a_list_or_a_sentence_is_not_joined():
    facts = facts_of("Approved by:", "- the Headteacher must sign every request", "Owner:",
                     "See the staff handbook: section 4.")
    assert {"approved_by", "owner"}.isdisjoint(facts.found)


def test_a_headers_labels_between_bars_are_each_read():
    facts = facts_of("Doc ref: ISP-004 | Rev: 7 | Issue date: 2024-05-20",
                     "Owner | Head of People | Approved | 12 May 2025")
    assert (found(facts, "version"), found(facts, "owner"), found(facts, "approved_on")) == (
        "7", "Head of People", "2025-05-12")
    assert "effective_from" not in facts.found  # an issue date is not when it takes effect


def test_a_date_under_the_approval_is_its_date_and_no_other_date_is():
    facts = facts_of("Approved by: Full Governing Body", "Date: 6th February 2024")
    assert found(facts, "approved_on") == "2024-02-06"
    facts = facts_of("Approved by: Full Governing Body", "Review cycle: 3 years", "Date: 6th February 2024")
    assert "approved_on" not in facts.found  # a date elsewhere on the cover may be the document's date


def test_a_preschool_forms_adoption_the_setting_and_the_signatory():
    facts = facts_of("This policy was adopted at a meeting of Little Wrens Pre-School", "Held on: 9th October 2024",
                     "Signed on behalf of the provider: Mrs P. Okafor", "Name of signatory: Mrs P. Okafor",
                     "Role of signatory: Chair of the Committee")
    assert (found(facts, "organisation"), found(facts, "approved_on"), found(facts, "approved_by")) == (
        "Little Wrens Pre-School", "2024-10-09", "Mrs P. Okafor, Chair of the Committee")
    assert "approved_on" not in facts_of("The summer fair was held at a meeting of parents",
                                         "Held on: 9th October 2024").found


@pytest.mark.parametrize(("line", "expected"), [
    ("This policy was adopted by the Board of Trustees of Meadowbank Foodbank on 2 May 2023 and will be "
     "reviewed every three years.",
     {"approved_by": "Board of Trustees of Meadowbank Foodbank", "approved_on": "2023-05-02",
      "review_every": "3 years", "organisation": "Meadowbank Foodbank"}),
    ("This policy has been approved by the Board and will be reviewed on an annual basis.",
     {"approved_by": "Board", "review_every": "1 year"}),
    ("This policy was agreed by the Staffing Committee on 26 September 2023.",
     {"approved_by": "Staffing Committee", "approved_on": "2023-09-26"}),
    ("Adopted by the Parochial Church Council of St John's, Elmbridge, at its meeting on 11 April 2024.",
     {"approved_by": "Parochial Church Council of St John's, Elmbridge", "approved_on": "2024-04-11"}),
    ("Approved by Cabinet: 16 January 2024 (Minute 112)", {"approved_by": "Cabinet", "approved_on": "2024-01-16"}),
    ("Approved: Academic Board, 15 May 2024", {"approved_by": "Academic Board", "approved_on": "2024-05-15"}),
])
def test_approvals_as_sentences_and_lines_state_them(line, expected):
    facts = facts_of(line)
    assert {name: found(facts, name) for name in expected} == expected


@pytest.mark.parametrize("line", [
    "Minutes of the meeting were agreed by the Committee on 12 May 2024.",
    "This policy explains how staff are appraised; the appraisal is reviewed annually by each manager.",
    "The Board of Trustees of the pension scheme will review the fund every three years.",
    "Requests for leave must be approved by the Headteacher and will be recorded.",
])
def test_approvals_and_reviews_of_other_things_are_not_taken(line):
    assert {"approved_by", "approved_on", "review_every", "organisation"}.isdisjoint(facts_of(line).found)


def test_a_board_named_with_a_typo_names_no_organisation():
    """A federation's privacy policy (set 64's ESIP): "the Board of Director" is its board, not an organisation
    called "Director"."""
    facts = facts_of("This Policy was approved by the Board of Director on January 11th 2023.")
    assert (found(facts, "approved_by"), found(facts, "approved_on")) == ("Board of Director", "2023-01-11")
    assert "organisation" not in facts.found


@pytest.mark.parametrize(("line", "audiences"), [
    ("This Code applies to all contributors, maintainers and participants in any Kestrel Foundation project.",
     ("participants", "contributors", "maintainers")),
    ("These guidelines apply to everyone who takes part in Open Meadow community spaces, including contributors, "
     "maintainers and event attendees.", ("attendees", "contributors", "maintainers")),
    ("This regulation applies to all City employees.", ("employees",)),
])
def test_audiences_as_foundations_and_cities_name_them(line, audiences):
    assert found(facts_of(line), "applies_to") == audiences


@pytest.mark.parametrize(("line", "audiences"), [
    # a whistleblowing policy's drafting sums up whom it lists in one word
    ("This policy applies to all individuals working at all levels of the organisation, including senior managers, "
     "directors, employees, contractors and agency staff (collectively referred to as \u201cstaff\u201d in this "
     "policy).", ("staff",)),
    ("This policy is designed to protect employees and address our commitment to integrity.", ("employees",)),
    # a web guide's strapline, under its title
    ("A guide for everyone that has privileged access to their corporate devices.", ("everyone",)),
    ("Everybody in the Fieldfare community is required to abide by this code of conduct at the event.",
     ("everybody",)),
    ("Graduate students who need to take time away from their studies, temporarily (Leave of Absence) or "
     "permanently (Withdrawal), must follow the updated procedures established by the Graduate School.", ("students",)),
    ("All Fieldfare participants are expected", ("participants",)),  # a heading over "- to support ...", "- to ..."
])
def test_audiences_as_policies_word_them_beyond_applies_to(line, audiences):
    assert found(facts_of(line), "applies_to") == audiences


@pytest.mark.parametrize("line", [
    "A policy for handling complaints about the website.",  # what it is for, not whom
    "A guide for new staff is on the intranet.",  # another guide, not this document
    "The trustees are required to abide by the Charity Commission's guidance.",  # another body's rules
    "This policy is designed to reduce risk across the organisation.",  # no one named
    "Visitors who arrive after 6pm must follow the usual sign-in procedures at reception.",  # another procedure
    "All visitors are expected to sign in at reception.",  # one rule of the policy, not whom it is for
])
def test_look_alikes_of_those_audiences_name_none(line):
    assert "applies_to" not in facts_of(line).found


def test_everyone_including_nobody_named_is_no_audience():
    assert "applies_to" not in facts_of("These guidelines apply to everyone, including those reading them.").found


def test_whoever_employs_the_staff_is_the_organisation():
    facts = facts_of("This policy covers all staff employed by Wellmere Community Health, including bank staff.")
    assert (found(facts, "applies_to"), found(facts, "organisation")) == (("staff",), "Wellmere Community Health")
    assert "organisation" not in facts_of("This policy covers all staff seconded from the Home Office.").found


@pytest.mark.parametrize("line", [
    # an NHS Scotland board's and a council's own word for themselves: which board or council, the text says elsewhere
    "This document applies to all NHS staff employed by the Board.",
    "This policy applies to all staff employed by the Council.",
])
def test_whoever_employs_them_named_by_what_it_is_is_no_name(line):
    facts = facts_of(line)
    assert found(facts, "applies_to") == ("staff",) and "organisation" not in facts.found


def test_a_numeric_date_that_reads_only_month_first_is_read_so():
    assert read_date("08/15/2022").isoformat() == "2022-08-15"
    assert read_date("05/07/2024").isoformat() == "2024-07-05"  # either way: day first, as British documents
    assert read_date("13/13/2024") is None


@pytest.mark.parametrize(("lines", "approved_on"), [
    # a project's page, as a Korean-run open-source project writes it: nothing shows which way 10-7-2022 reads
    (["Adopted 10-7-2022", "Everyone who takes part is treated with respect."], None),
    # the same date in a British document ("organisation"), an American one ("organization"), written with dots
    (["Adopted 10-7-2022", "Everyone in the organisation is treated with respect."], "2022-07-10"),
    (["Adopted 10-7-2022", "Everyone in the organization is treated with respect."], "2022-10-07"),
    (["Adopted 10.7.2022", "Everyone who takes part is treated with respect."], "2022-07-10"),
    # another date of the document that reads one way only tells which way the first does
    (["Adopted 10-7-2022", "Last reviewed 25-11-2023"], "2022-07-10"),
    (["Adopted 10/7/2022", "Last reviewed 11/25/2023"], "2022-10-07"),
])
def test_a_numeric_date_that_reads_two_ways_is_read_only_where_the_document_shows_which(lines, approved_on):
    facts = facts_of(*lines)
    assert found(facts, "approved_on") == approved_on
    if approved_on is None:
        assert any(gap.startswith("approved_on: line 1 says 'Adopted 10-7-2022', a date that reads two ways")
                   for gap in facts.gaps)


def test_a_councils_word_document_with_a_cover_form_and_a_document_control_table(tmp_path):
    """A Word file as a town council writes it: the cover's labels over their values, then a document-control
    table whose labels are synonyms, imported and checked: each fact with where it was found."""
    document = docx.Document()
    document.add_paragraph("Westfield Town Council")
    document.add_heading("Grievance Procedure", level=0)
    for line in ("Policy approved by:", "Full Council", "Date adopted:", "14 March 2024"):
        document.add_paragraph(line)
    document.add_heading("Document control", level=1)
    table = document.add_table(rows=3, cols=2)
    for row, (label, value) in zip(table.rows, [("Responsible Officer", "Town Clerk"),
                                                ("Frequency of review", "Every three years"),
                                                ("Policy Valid from date", "1st April 2024")], strict=True):
        row.cells[0].text, row.cells[1].text = label, value
    document.add_heading("1. Purpose", level=1)
    document.add_paragraph("This procedure applies to all employees of the Council.")
    document.add_paragraph("Pay is reviewed annually by the Staffing Committee.")
    source = tmp_path / "grievance.docx"
    document.save(source)
    result, front, _ = imported_and_checked(source, "grievance", tmp_path)
    for line in ("organisation: Westfield Town Council", "owner: Town Clerk", "approved_by: Full Council",
                 "approved_on: 2024-03-14", "effective_from: 2024-04-01", "review_every: 3 years"):
        assert line in front
    assert any("owner Town Clerk from" in note for note in result.notes), result.notes


def test_a_numeric_date_that_reads_one_way_only_tells_how_the_document_writes_the_others():
    us = facts_of("Effective Date: 07/01/2019", "Last Revised: 08/15/2022")
    assert found(us, "effective_from") == "2019-07-01"
    british = facts_of("Effective Date: 07/01/2019", "Last Revised: 15/08/2022")
    assert found(british, "effective_from") == "2019-01-07"


def test_a_persons_name_under_approved_by_is_read_as_a_signature_with_role_and_date():
    facts = facts_of("Approved by:", "Jane Smith", "Headteacher", "Date: 3 March 2024")
    assert (found(facts, "approved_by"), found(facts, "approved_on")) == ("Jane Smith, Headteacher", "2024-03-03")


@pytest.mark.parametrize("line", [
    "Approved by | Date | Signature",
    "Owner | Role | Approved by | Committee",
    "Policy | Owner | Approved by | Review",
    "Policy | Approval level | Last Updated | Next Update",
])
def test_a_tables_heading_row_read_as_text_states_nothing(line):
    assert {"owner", "approved_by", "approved_on", "review_every"}.isdisjoint(facts_of(line).found)


@pytest.mark.parametrize("line", ["Next review due: November 2025", "Last updated: March 3, 2021",
                                  "Date of issue: 01/03/2024"])
def test_when_it_was_updated_issued_or_is_next_due_is_not_when_it_took_effect(line):
    assert {"effective_from", "approved_on", "review_every"}.isdisjoint(facts_of(line).found)


@pytest.mark.parametrize(("option", "approved_on"), [([], "TBC"), (["--dates", "day-first"], "2022-07-10"),
                                                     (["--dates", "month-first"], "2022-10-07")])
def test_a_date_that_reads_two_ways_is_read_as_the_person_importing_says(tmp_path, capsys, option, approved_on):
    from handbook.cli import main

    source = tmp_path / "charter.md"
    source.write_text("# Volunteer Charter\n\nAdopted 10/7/2022\n\nEveryone who takes part is treated with respect.\n",
                      encoding="utf-8")
    assert main(["import", str(source), "--id", "charter", "--policy-src", str(tmp_path / "src"), *option]) == 0
    front = (tmp_path / "src" / "charter" / "policy.md").read_text(encoding="utf-8").split("---\n")[1]
    assert f"approved_on: {approved_on}\n" in front
    said = capsys.readouterr().out
    if option:
        assert f"approved_on {approved_on} from line 3 (read {option[1].split('-')[0]} first, as --dates says)" in said
    else:
        assert "a date that reads two ways" in said and "--dates day-first (or month-first)" in said



@pytest.mark.parametrize(("closing", "option", "approved_on"), [
    ("Tell someone where you are going.", [], "TBC"),
    ("Tell someone where you are going.", ["--dates", "day-first"], "2021-04-03"),
    ("Tell someone where you are going.", ["--dates", "month-first"], "2021-03-04"),
    ("Tell someone in the organisation where you are going.", [], "2021-04-03"),  # British spelling: day first
])
def test_a_version_historys_date_that_reads_two_ways_is_read_only_where_something_shows_which(
        tmp_path, capsys, closing, option, approved_on):
    from handbook.cli import main

    source = tmp_path / "lone-working.md"
    source.write_text("# Lone Working Guidance\n\n| Version | Date | Comments |\n| --- | --- | --- |\n"
                      f"| 0.9 | 12/01/2021 | First draft for comment |\n| 1.0 | 03/04/2021 | Approved |\n\n{closing}\n",
                      encoding="utf-8")
    assert main(["import", str(source), "--id", "lone-working", "--policy-src", str(tmp_path / "src"), *option]) == 0
    front = (tmp_path / "src" / "lone-working" / "policy.md").read_text(encoding="utf-8").split("---\n")[1]
    assert f"approved_on: {approved_on}\n" in front
    if approved_on == "TBC":
        said = capsys.readouterr().out
        assert "approved_on: line 3, row 3 says '1.0 | 03/04/2021 | Approved', a date that reads two " \
            "ways" in said and "--dates day-first (or month-first)" in said
