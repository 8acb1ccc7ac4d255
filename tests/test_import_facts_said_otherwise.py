"""Facts stated in the forms staff write them but the fact patterns do not read as written (issue 18, stop 46): a
Markdown details block whose lines Markdown joins into one paragraph, an approval naming the body and the day in one
value, an approval said of the body ("The Finance Committee adopted this policy on ..."), after another verb ("written
by ... and agreed by ...") or of "it" in the next sentence, a title headed by the organisation's name before a dash,
a name ending as a practice's, a credit union's or a care home's does. Each with a look-alike that states no fact."""

from __future__ import annotations

import pytest
from helpers import imported_and_checked
from test_import_facts import facts_of, found


def test_a_markdown_details_block_gives_each_of_its_labelled_lines(tmp_path):
    source = tmp_path / "remote-working.md"
    source.write_text("# Remote Working Policy\n\nAt Harbour Credit Union we value flexibility.\n\n"
                      "**Version:** 2.1\n**Effective from:** 1 March 2024\n**Owner:** People Team\n"
                      "**Approved by:** Executive Leadership Team\n\n## Equipment\n\nWe will provide a laptop.\n")
    _, front, _ = imported_and_checked(source, "remote-working", tmp_path)
    for line in ('version: "2.1"', "effective_from: 2024-03-01", "owner: People Team",
                 "approved_by: Executive Leadership Team"):
        assert line in front


def test_bold_labels_that_head_instructions_state_no_fact():
    facts = facts_of("**Before you travel:** book through the portal and keep your tickets. **After you travel:** "
                     "claim within 30 days, with your receipts.")
    assert {name for name in facts.found} <= {"title"}


@pytest.mark.parametrize(("value", "approved_by", "approved_on"), [
    ("Full Governing Body, 12th October 2023", "Full Governing Body", "2023-10-12"),
    ("Trust Board on 4 July 2024", "Trust Board", "2024-07-04"),
    ("Board of Trustees", "Board of Trustees", None),
    ("Smith, Jones and Patel", "Smith, Jones and Patel", None),  # no date: the value is the approver, whole
])
def test_an_approval_naming_the_body_and_the_day(value, approved_by, approved_on):
    facts = facts_of(f"Approved by: {value}", "Everyone must follow this policy.")
    assert (found(facts, "approved_by"), found(facts, "approved_on")) == (approved_by, approved_on)


@pytest.mark.parametrize(("line", "approved_by", "approved_on"), [
    ("The Finance and Audit Committee adopted this policy on 3 May 2024.", "Finance and Audit Committee",
     "2024-05-03"),
    ("Ashford Cycling Club's committee approved this policy at its meeting on 3 February 2021.",
     "Ashford Cycling Club's committee", "2021-02-03"),
    ("This policy was written by the Practice Manager and agreed by the partners on 9 January 2024.", "partners",
     "2024-01-09"),
    ("This policy has been written by the Data Protection Officer and agreed by the Senior Leadership Team.",
     "Senior Leadership Team", None),
])
def test_an_approval_said_of_the_body_or_after_another_verb(line, approved_by, approved_on):
    facts = facts_of("Everyone who volunteers with us must follow this policy.", line)
    assert (found(facts, "approved_by"), found(facts, "approved_on")) == (approved_by, approved_on)


def test_the_body_of_a_named_school_adopting_the_policy_names_the_school():
    facts = facts_of("The Governing Body of St Mary's C of E Primary School adopted this policy on 14 March 2023.")
    assert found(facts, "organisation") == "St Mary's C of E Primary School"
    assert found(facts, "approved_on") == "2023-03-14"


@pytest.mark.parametrize("line", [
    "The committee approved this policy's budget for training in 2024.",  # the budget, not the policy
    "Parents agreed this policy was clear when we asked them in March 2023.",
])
def test_a_body_doing_something_else_with_the_policy_is_no_approval(line):
    facts = facts_of(line)
    assert (found(facts, "approved_by"), found(facts, "approved_on")) == (None, None)


def test_it_after_a_sentence_naming_the_policy_is_the_policy():
    facts = facts_of("The Finance and Audit Committee adopted this policy on 3 May 2024. It takes effect from 1 June "
                     "2024 and will be reviewed every two years.")
    assert (found(facts, "effective_from"), found(facts, "review_every")) == ("2024-06-01", "2 years")


def test_it_after_a_sentence_naming_something_else_is_not_the_policy():
    facts = facts_of("The minibus is kept at the main site. It is reviewed every two years by the transport manager.")
    assert found(facts, "review_every") is None


@pytest.mark.parametrize(("title", "lines", "organisation"), [
    ("Kingfisher Multi Academy Trust \u2013 Staff Code of Conduct",
     ["This code sets out the standards Kingfisher Multi Academy Trust expects of everyone who works in its "
      "academies."], "Kingfisher Multi Academy Trust"),
    ("Confidentiality Policy", ["Parkside Medical Practice", "Keep patient information confidential at all times."],
     "Parkside Medical Practice"),
])
def test_the_organisation_named_as_a_title_or_a_line_names_it(title, lines, organisation):
    assert found(facts_of(*lines, title=title), "organisation") == organisation


def test_a_title_before_a_dash_that_is_no_organisation_names_none():
    facts = facts_of("Staff must keep a record of every visit.", title="Home Visits \u2013 Staff Guidance")
    assert found(facts, "organisation") is None


def test_the_trustees_of_a_named_charity_adopting_the_policy_name_it():
    facts = facts_of("Adopted by the trustees of Meadowbrook Food Bank on 17 January 2024.",
                     "Everyone who helps at the food bank must follow this policy.")
    assert (found(facts, "organisation"), found(facts, "approved_on")) == ("Meadowbrook Food Bank", "2024-01-17")


def test_staff_of_another_school_named_in_passing_name_no_organisation():
    # (a reading of "staff of <school>" as whose the policy is was tried and dropped: a trust's policy for one school
    # says "Staff of Oakfield Academy use the same form" of another: test_import_handbook_organisation)
    facts = facts_of("Claims are made monthly.", "Staff of Oakfield Academy use the same form.")
    assert found(facts, "organisation") is None


@pytest.mark.parametrize(("line", "audiences"), [
    ("This process should be followed for all new employees joining the team.", {"employees"}),
    ("This policy is for teaching assistants and lunchtime supervisors.", {"assistants", "supervisors"}),
])
def test_whom_a_process_is_followed_for_and_a_schools_assistants(line, audiences):
    assert set(found(facts_of(line), "applies_to")) == audiences


@pytest.mark.parametrize("line", [
    "This process should be followed for every claim over fifty pounds.",  # things, not people
    "This policy will be followed by a review in 2026.",
])
def test_a_process_followed_for_things_or_by_an_event_names_no_audience(line):
    assert found(facts_of(line), "applies_to") is None
