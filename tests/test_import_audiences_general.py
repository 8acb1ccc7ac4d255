"""Who a document is for, read from how the sentence says it rather than from one phrase (issue 18, audiences on
documents the importer has not seen): the document by any of the names guides, manuals and procedures give
themselves, the verbs that say whom it is for, a sentence run in after a table's label, what an organisation asks
of two groups or more, the people a policy names by a term of its own, roles beyond schools' and charities' words.
Each rule with a look-alike that names people but not whom the document is for: it must stay TBC."""

from __future__ import annotations

import pytest
from test_import_facts import facts_of, found


def audiences(*lines: str) -> tuple[str, ...] | None:
    value = found(facts_of(*lines), "applies_to")
    return tuple(sorted(value)) if value else None


@pytest.mark.parametrize(("lines", "who"), [
    # a government SOP's scope (the document calls itself an SOP; the audience is a body, an office)
    (["SOP 90 81: Open Data Program", "This SOP applies to all Agency offices that create, receive, and maintain data. "
      "It covers all IT acquisitions, investments, programs, projects, and operations."], ("offices",)),
    (["This guide is written for analysts and developers who publish statistics."], ("analysts", "developers")),
    (["This page is for councilors and their support officers."], ("councilors", "officers")),
    (["This manual should be read by all new hires in their first week."], ("hires",)),
    (["This guidance is aimed primarily at headteachers and school business managers."],
     ("headteachers", "managers")),
    (["This policy is applicable to all permanent and fixed-term employees of the Trust."], ("employees",)),
    (["This directive applies to all federal executive branch departments and agencies."], ("agencies", "departments")),
])
def test_this_document_by_any_name_and_the_verbs_saying_whom_it_is_for(lines, who):
    assert audiences(*lines) == who


@pytest.mark.parametrize("lines", [
    # the document's subject is things, not people
    ["This SOP applies to all datasets that the Agency publishes on Data.gov."],
    ["This guide is written for the 2024 reporting cycle."],
    # a role's singular used of a thing: "developer tools", "subscriber data"
    ["This guide is for developer tools and subscriber data exports."],
    # another document, not this one
    ["The Staff Guide is written for line managers; this page gives the dates of the pay award."],
])
def test_look_alikes_of_the_documents_own_words_give_no_audience(lines):
    assert audiences(*lines) is None


def test_a_body_named_as_where_the_people_are_is_not_whom_it_is_for():
    assert audiences("This SOP applies to all employees working in our offices.") == ("employees",)
    assert audiences("This page is for heads of departments.") is None


def test_a_sentence_run_in_after_a_tables_label_opens_at_its_capital():
    # a table's cells read as one line: "Summary ... Scope These guidelines apply to ..." (a bank's guidelines)
    row = ("Summary These guidelines establish the minimum requirements and controls to be met by contributors. "
           "Scope These guidelines apply to employees that wish to contribute to FOSS projects.")
    assert audiences(row) == ("employees",)


def test_a_lower_case_these_inside_a_sentence_opens_nothing():
    assert audiences("The risks of these guidelines apply to contractors' own projects as well.") is None


@pytest.mark.parametrize(("lines", "who"), [
    # a foundation's whistleblower policy: the organisation requires two groups or more
    (["The OWASP Foundation requires Board members, employees, and volunteers to observe high standards of business "
      "and personal ethics in the conduct of their duties and responsibilities."],
     ("employees", "members", "volunteers")),
    # a residents' association: "we ... and expect all workers and volunteers to ..."
    (["The ERA is committed to safeguarding and promoting the welfare of children, young people and adults. We take "
      "our responsibilities seriously and expect all workers and volunteers to share this commitment."],
     ("volunteers", "workers")),
])
def test_what_an_organisation_asks_of_its_people(lines, who):
    assert audiences(*lines) == who


@pytest.mark.parametrize("lines", [
    ["RIIS expects all Fellows to maintain an active research programme."],  # one group, one rule of the bylaws
    ["This policy requires managers and supervisors to record every absence on the HR system."],  # the policy's rule
    ["The Act requires employers and employees to keep records of hours worked."],  # a law's
    ["The Working Time Regulations require employers and workers to agree any opt-out in writing."],
    ["We expect everyone in the group to echo our lab culture."],  # no group named
])
def test_one_rule_for_one_group_or_a_laws_is_not_whom_the_document_is_for(lines):
    assert audiences(*lines) is None


def test_the_people_a_policy_names_by_a_term_of_its_own():
    text = ("Members of the Board of Directors of the Rust Foundation, officers, and key employees each have an "
            "affirmative obligation to act at all times in the best interests of the Foundation. (Collectively, "
            "this policy will refer to directors, officers, and key employees as \u201cCovered Officials.\u201d)")
    assert audiences(text) == ("directors", "employees", "officers")


def test_a_term_for_things_names_no_one():
    assert audiences("This policy will refer to laptops, phones and tablets as \u201cdevices\u201d.") is None


def test_a_group_and_some_of_its_own_people_is_the_group():
    # the US equal-employment wording: supervisors and management are employees
    text = ("All employees, including supervisors and other management personnel, are expected and required to abide "
            "by this policy.")
    assert audiences(text) == ("employees",)


def test_a_group_and_people_it_adds_is_all_of_them():
    assert audiences("This policy applies to all workers, including agency staff and contractors.") == (
        "contractors", "staff", "workers")


@pytest.mark.parametrize(("lines", "who"), [
    (["The revised policy applies from 1 April 2025 to all employees and elected members."], ("employees", "members")),
    (["This policy sets out how we handle grievances. It applies to all employees and agency workers."],
     ("employees", "workers")),
    (["This policy applies to you if you are an employee of Westbury Borough Council."], ("employees",)),
    (["All staff must comply with this policy and the procedures that go with it."], ("staff",)),
])
def test_the_slot_read_more_widely(lines, who):
    assert audiences(*lines) == who


@pytest.mark.parametrize("lines", [
    ["The Working Time Regulations came into force in 1998. It applies to all workers over 18."],  # "It": the law
    ["It applies to all staff."],  # "It" with nothing before it
    ["Failure to comply with this policy may lead to disciplinary action."],
    ["Parents can read this policy on the school website or ask the office for a copy."],  # who may see it
])
def test_look_alikes_of_the_wider_slot(lines):
    assert audiences(*lines) is None


@pytest.mark.parametrize("heading", ["Who should read this policy?", "Who does this policy apply to?",
                                     "Intended audience"])
def test_a_heading_asking_who_over_the_answer(heading):
    assert audiences(heading, "All staff, governors and volunteers at the school.") == (
        "governors", "staff", "volunteers")


def test_the_noun_after_two_words_joined_is_read():
    assert audiences("This policy is applicable to all permanent and fixed-term employees of the Trust.") == (
        "employees",)
    assert audiences("This policy applies to laptops and desktop computers used by employees.") is None


@pytest.mark.parametrize(("line", "who"), [
    ("This policy applies to all University of Sheffield staff and postgraduate researchers.",
     ("researchers", "staff")),
    ("This procedure applies to all Mid and South Essex NHS Foundation Trust staff.", ("staff",)),
])
def test_the_organisations_name_before_its_people(line, who):
    assert audiences(line) == who


def test_a_name_before_things_names_no_one():
    assert audiences("This policy applies to all Microsoft Teams meetings and Google Workspace accounts.") is None


def test_a_scope_label_naming_all_of_a_group():
    assert audiences("Scope: All staff, governors and volunteers") == ("governors", "staff", "volunteers")
    assert audiences("Scope: This policy covers the use of email and the intranet.") is None
    assert audiences("Scope: All laptops and phones issued to the IT team.") is None


def test_what_it_asks_of_its_people_gives_way_to_whom_it_says_it_is_for():
    lines = ["We require contractors and visitors to sign in at reception and wear a badge at all times.",
             "This policy applies to all staff and governors."]
    assert audiences(*lines) == ("governors", "staff")


@pytest.mark.parametrize(("line", "who"), [
    # how UK schools and councils most often say "staff": members of it, one of its members
    ("This policy applies to all members of staff, governors, volunteers and visitors.",
     ("governors", "staff", "visitors", "volunteers")),
    ("This policy applies to every member of staff.", ("staff",)),
    ("All staff members must follow this policy.", ("staff",)),
    ("This policy covers all members of staff in the school, including those on temporary contracts.", ("staff",)),
    # members of the public are no members of the organisation
    ("This policy applies to staff, volunteers and members of the public.", ("staff", "volunteers")),
])
def test_members_of_staff_are_staff(line, who):
    assert audiences(line) == who


def test_members_of_the_public_alone_are_no_audience_of_members():
    assert audiences("This policy applies to members of the public who visit the library.") is None


@pytest.mark.parametrize(("line", "who"), [
    ("All employees and volunteers are hereby instructed to comply with these guidelines.",
     ("employees", "volunteers")),
    ("This code of conduct is expected to be adhered to by all developers and users of the project.",
     ("developers", "users")),
    ("Compliance with this policy is mandatory for all staff and contractors.", ("contractors", "staff")),
    ("The scope of this policy includes all employees, workers and contractors.",
     ("contractors", "employees", "workers")),
])
def test_more_ways_of_saying_who_must_keep_it(line, who):
    assert audiences(line) == who


@pytest.mark.parametrize("line", [
    "The scope of this policy includes the use of email and social media.",
    "Compliance with this policy is monitored by the Data Protection Officer.",
    "This policy is expected to be reviewed by the governors every two years.",
])
def test_look_alikes_of_who_must_keep_it(line):
    assert audiences(line) is None


@pytest.mark.parametrize(("line", "who"), [
    ("All staff members have a responsibility to make themselves familiar with, and abide by, this policy.",
     ("staff",)),
    ("It is the responsibility of all staff to follow this policy.", ("staff",)),
    ("All employees have a duty to comply with this policy at all times.", ("employees",)),
    ("Every volunteer has a personal responsibility to read and understand this code of conduct.", ("volunteers",)),
    # a US school district's closing section
    ("All employees of the District shall be responsible for acting in accordance with this policy.", ("employees",)),
    ("All governors are responsible for complying with this policy.", ("governors",)),
])
def test_their_duty_to_keep_it(line, who):
    assert audiences(line) == who


@pytest.mark.parametrize("line", [
    # one person's duty, or a duty other than keeping this document
    "It is the responsibility of the headteacher to review this policy every year.",
    "All staff have a responsibility to report concerns to the Designated Safeguarding Lead.",
    # a duty to make others keep it: the managers are not the only ones it binds
    "All managers have a responsibility to ensure that their teams follow this policy.",
    "All managers are responsible for making sure their teams act in accordance with this policy.",
])
def test_look_alikes_of_their_duty(line):
    assert audiences(line) is None


@pytest.mark.parametrize(("line", "who"), [
    ("All teaching and support staff should read this policy carefully.", ("staff",)),
    ("Staff and volunteers must familiarise themselves with this policy.", ("staff", "volunteers")),
    ("All trainees are expected to read these guidelines before starting their placement.", ("trainees",)),
])
def test_told_to_read_it(line, who):
    assert audiences(line) == who


@pytest.mark.parametrize(("line", "who"), [
    ("Who this policy is for: all staff and volunteers", ("staff", "volunteers")),
    ("Who is this guidance for? Headteachers and governors", ("governors", "headteachers")),
])
def test_a_label_asking_who_with_the_answer_on_its_line(line, who):
    assert audiences(line) == who


@pytest.mark.parametrize(("line", "who"), [
    ("All staff and volunteers must comply with the requirements of this policy.", ("staff", "volunteers")),
    ("All contributors (including committers and reviewers) and other participants in the project (collectively, "
     "\u201cCollaborators\u201d) must comply with the terms of this charter.", ("contributors", "participants")),
    ("Every governor shall observe the principles of this code.", ("governors",)),
    ("All agency workers and consultants engaged on behalf of the Trust must adhere to the guidelines in this policy.",
     ("consultants", "workers")),
    ("Volunteers should follow the rules set out in this handbook at every session.", ("volunteers",)),
])
def test_who_must_keep_the_terms_of_this_document(line, who):
    assert audiences(line) == who


@pytest.mark.parametrize("line", [
    "All staff must comply with the terms of their employment contract.",
    "All staff must adhere to the guidelines in the Data Protection Policy.",
])
def test_the_terms_of_another_document_give_no_audience(line):
    assert audiences(line) is None
