"""Front-matter facts stated in shapes, not phrases (issue 18, round 20): a cover line of several statements each
closed by a number, a review sentence with a second verb, an owner after a clause opening the sentence, a directive
calling itself an Order or a publication, the rules this document gives that its people must keep, a cover's
designation with its revision, and "effective the date signed" with a directive's dated head. Each with a look-alike
of the same shape that states no fact of this document."""

from __future__ import annotations

import pytest
from test_import_facts import facts_of, found


@pytest.mark.parametrize(("lines", "fact", "value"), [
    # a cover's line under the title: two statements, each closed by a number
    (["Version 1.9. Effective March 24, 2020", "This document describes the development process."],
     "effective_from", "2020-03-24"),
    (["Version 1.9. Effective March 24, 2020"], "version", "1.9"),
    (["Issue 3. Approved: 12 May 2024", "Our staff handbook."], "approved_on", "2024-05-12"),
])
def test_a_short_line_of_statements_gives_each(lines, fact, value):
    assert found(facts_of(*lines), fact) == value


def test_a_sentence_with_a_number_in_it_is_not_cut_into_statements():
    # a long sentence is not a cover's line: "... in 2019. Effective ..." is not read as "Effective ..."
    facts = facts_of("The previous procedure, agreed by the staff forum and reissued to every team in late 2019. "
                     "Effective changes to the rota were made after consultation with the union and the managers, "
                     "as the forum asked in 2020.")
    assert found(facts, "effective_from") is None


@pytest.mark.parametrize("line", [
    "Due to the continued evolution of the technology, it is expected that the Development Process (this document) "
    "will be reviewed and revised on at least an annual basis.",
    "This policy will be reviewed and updated annually by the Board.",
])
def test_a_review_with_a_second_verb_and_at_least(line):
    assert found(facts_of(line), "review_every") == "1 year"


@pytest.mark.parametrize(("line", "period"), [
    # as UK schools and an Icelandic computing centre say it (set 35)
    ("This policy will be reviewed once a year by the governing body.", "1 year"),
    ("The policy is reviewed once a year, or sooner if the law changes.", "1 year"),
    ("This policy will be reviewed twice a year by the Health and Safety Committee.", "6 months"),
])
def test_a_review_once_or_twice_a_year(line, period):
    assert found(facts_of(line), "review_every") == period


def test_a_label_once_a_year():
    assert found(facts_of("Review frequency: once a year"), "review_every") == "1 year"


def test_something_else_reviewed_and_revised_is_not_the_documents_review():
    assert found(facts_of("Staff objectives will be reviewed and revised on at least an annual basis."),
                 "review_every") is None


def test_the_owner_after_a_clause_opening_the_sentence():
    facts = facts_of("As specified in the bylaws, the EMO is responsible for maintaining this document and all "
                     "changes must be approved by the Board of Directors.")
    assert found(facts, "owner") == "EMO"


def test_responsible_for_maintaining_something_else_is_no_owner():
    facts = facts_of("As specified in the bylaws, the EMO is responsible for maintaining the project list.")
    assert found(facts, "owner") is None


@pytest.mark.parametrize(("line", "audiences"), [
    ("The publication is issued to provide guidance to all personal property offices servicing Navy military "
     "members and Navy civilian moves.", ("offices",)),
    ("This Order is applicable to all Marine Corps civilian employees and contractors.", ("employees", "contractors")),
    ("This document provides procedures that ARL Government personnel MUST follow when releasing software source "
     "code to the public.", ("personnel",)),
    ("This handbook sets out the rules that all volunteers must follow at our shops.", ("volunteers",)),
])
def test_whom_a_directive_or_its_rules_are_for(line, audiences):
    assert found(facts_of(line), "applies_to") == audiences


@pytest.mark.parametrize("line", [
    "The Act sets out rules that employers must follow when they dismiss staff.",  # another's rules
    "The order applies to customers in the UK only.",  # a shop's order, not a directive
    "This procedure describes the rules that the payroll system must follow.",  # no people
])
def test_look_alikes_of_whom_it_is_for(line):
    assert found(facts_of(line), "applies_to") is None


@pytest.mark.parametrize(("lines", "version"), [
    (["Transportation of Personal Property", "NAVSUP Publication 490, REV 6"], "6"),
    (["Fire Safety Procedure", "Estates SOP 12, Revision 3"], "3"),
])
def test_a_covers_designation_with_its_revision(lines, version):
    assert found(facts_of(*lines), "version") == version


def test_a_revision_under_a_label_or_deep_in_the_text_is_not_this_version():
    assert found(facts_of("Superseded: NAVSUP Publication 490, REV 5"), "version") is None
    deep = ["Staff must read this policy."] * 8 + ["DD Form 1299, Rev 3"]
    assert found(facts_of(*deep), "version") is None


def test_effective_the_date_signed_is_the_date_of_the_directives_head():
    facts = facts_of("MCO 4600.39 LPD-2 19 AUG 2016", "MARINE CORPS ORDER 4600.39",
                     "From: Commandant of the Marine Corps",
                     "This Order is applicable to the Marine Corps Total Force and effective the date signed.")
    assert found(facts, "effective_from") == "2016-08-19"


@pytest.mark.parametrize("lines", [
    # the date at the top is a meeting's, not the signing's
    ["Notes of the meeting of 3 May 2021", "This agreement is effective the date signed by both parties."],
    # a directive's dated head, but something else is effective when signed
    ["MCO 4600.39 LPD-2 19 AUG 2016", "The lease is effective the date signed."],
    # a date standing alone at the top, not a directive's head
    ["3 May 2021", "This agreement is effective the date signed."],
    # the head's date, but the document does not say it takes effect when signed
    ["MCO 4600.39 LPD-2 19 AUG 2016", "This Order is applicable to the Marine Corps Total Force."],
])
def test_effective_the_date_signed_needs_a_directives_dated_head(lines):
    assert found(facts_of(*lines), "effective_from") is None


_COMMITTEE_ON_4_MAY = ("Standard Stewardship Committee", "2017-05-04")


def test_reviewed_and_approved_by_a_committee_on_a_day_gives_both():
    """"Reviewed and approved", with no review period between the verbs (only "reviewed annually and approved" was
    read)."""
    facts = facts_of("This document was reviewed and approved by the Standard Stewardship Committee on 4th May 2017.")

    assert (found(facts, "approved_by"), found(facts, "approved_on")) == _COMMITTEE_ON_4_MAY


def test_a_committee_that_reviewed_and_approved_something_else_approved_nothing_here():
    facts = facts_of("The budget was reviewed and approved by the Finance Committee on 4th May 2017.")

    assert (found(facts, "approved_by"), found(facts, "approved_on")) == (None, None)


@pytest.mark.parametrize("line", [
    # 360Giving's governance process (held-out set 22): "It", after the sentence naming the document
    "This document outlines the governance and revision processes for the 360Giving Standard. It was agreed at a "
    "Standard Stewardship Committee meeting on 4 May 2017. The Stewardship Committee must be consulted first.",
    "This policy was agreed at the Standard Stewardship Committee meeting on 4 May 2017.",
])
def test_agreed_at_a_named_bodys_meeting_gives_the_body_and_the_day(line):
    facts = facts_of(line)

    assert (found(facts, "approved_by"), found(facts, "approved_on")) == _COMMITTEE_ON_4_MAY


@pytest.mark.parametrize("line", [
    "The budget was set for the year. It was agreed at a Finance Committee meeting on 4 May 2017.",  # "It": the budget
    "This policy was agreed at a staff meeting on 4 May 2017.",  # no body's name: who agreed it is not said
])
def test_agreed_at_a_meeting_of_something_else_or_at_an_unnamed_meeting_gives_no_approver(line):
    assert found(facts_of(line), "approved_by") is None
