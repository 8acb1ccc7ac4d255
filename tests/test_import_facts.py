"""Front-matter facts ``handbook import`` takes from a document (handbook.importing.facts): only what
the document states, each with where, in the words organisations use; and sentences that only
mention an approver, an audience or another organisation's document are never taken."""

from __future__ import annotations

import pytest

from handbook.importing.document import Paragraph, Table
from handbook.importing.facts import find_facts


def paragraphs(*lines: str) -> list[Paragraph]:
    return [Paragraph(n, line, line, place=f"line {n}") for n, line in enumerate(lines, start=1)]


def facts_of(*lines: str, title: str | None = None):
    blocks = paragraphs(*([title] if title else []), *lines)
    title_paragraph = blocks[0] if title else None
    return find_facts(blocks[1:] if title else blocks, title_paragraph)


def found(facts, name: str):
    return facts.found[name].value if name in facts.found else None


@pytest.mark.parametrize(("lines", "organisation"), [
    (['In this policy, "we", "us" and "our" means Oakfield Primary Academy and its staff.'],
     "Oakfield Primary Academy"),
    (["This agreement is made between Hillcrest Learning Trust (\u201cthe Trust\u201d, \u201cwe\u201d, "
      "\u201cour\u201d) and the employee."], "Hillcrest Learning Trust"),
    (["1. \u201cBrightside,\u201d \u201cWe,\u201d and \u201cUs\u201d refer to Brightside Software, Inc., as "
      "well as our affiliates."], "Brightside Software, Inc."),
    (["\u00a9 2023 Riverside Learning Partnership. All rights reserved."], "Riverside Learning Partnership"),
    (["Copyright (c) 2017 Leaf"], "Leaf"),
])
def test_the_organisation_where_the_document_says_whose_it_is(lines, organisation):
    facts = facts_of(*lines)
    assert found(facts, "organisation") == organisation
    assert facts.found["organisation"].place == "line 1"


def test_a_name_owning_this_very_document_is_its_organisation_when_the_title_names_it_too():
    facts = facts_of("Introduction", "Everyone taking part is expected to follow Northgate FC's Code of Conduct "
                     "at training and matches.", title="Northgate FC Code of Conduct")
    assert found(facts, "organisation") == "Northgate FC"
    assert "line 3" in facts.found["organisation"].place


@pytest.mark.parametrize("lines", [
    # another organisation's document, named in passing
    ["Staff should also read the Local Authority's Safeguarding Policy and Keeping Children Safe in Education."],
    # a copyright notice inside a sentence is about the work it credits, not this policy
    ["This code is adapted from the Django Code of Conduct, \u00a9 2012 Django Software Foundation, CC BY 3.0."],
    # "we" not defined as anyone
    ["When we say \u201cwe\u201d we mean everyone who works here."],
    # lower-case words are no organisation's name, and "you" is not "we"
    ['In this policy "we" means the school and "you" means Riverside Parents Association members.'],
])
def test_organisations_mentioned_in_passing_are_not_taken(lines):
    facts = facts_of(*lines, title="Safeguarding Policy")
    assert found(facts, "organisation") is None
    assert "organisation: not stated: TBC; write the organisation's name" in facts.gaps


@pytest.mark.parametrize(("line", "owner"), [
    ("This policy is maintained by the HR Manager, who will answer questions about it.", "HR Manager"),
    ("The Instructor Handbook is designed to support instructors. It is maintained by the Workshops Team.",
     "Workshops Team"),
    ("The Headteacher is responsible for reviewing this policy every two years.", "Headteacher"),
])
def test_the_owner_where_the_document_says_who_keeps_it(line, owner):
    facts = facts_of(line)
    assert found(facts, "owner") == owner
    assert facts.report()[0].startswith(f"owner {owner} from line 1: '")


@pytest.mark.parametrize("line", [
    "The single central record is maintained by the School Business Manager.",
    "It is maintained by the Premises Officer and checked each term.",  # "it": the boiler, not the policy
    "All staff are responsible for following this policy.",
    "The register of visitors for this policy is maintained by the School Office.",
    "Remote access must be approved by the system Accreditor in advance.",
])
def test_who_keeps_something_else_is_not_the_owner(line):
    facts = facts_of(line)
    assert (found(facts, "owner"), found(facts, "approved_by")) == (None, None)


@pytest.mark.parametrize(("line", "audiences"), [
    ("Scope: these procedures apply to all teaching staff, volunteers and contractors working on site.",
     ("staff", "volunteers", "contractors")),
    ("These rules of behaviour and the related guidance apply to employees and external collaborators.",
     ("employees", "collaborators")),
    ("All staff, speakers, exhibitors and volunteers at the conference are required to follow this code "
     "of conduct.", ("staff", "volunteers", "speakers", "exhibitors")),
    ("The Code applies to any member of the club - coaches, members and parents.", ("parents", "members", "coaches")),
])
def test_who_the_policy_applies_to_in_the_documents_words(line, audiences):
    facts = facts_of(line)
    assert set(found(facts, "applies_to")) == set(audiences)


@pytest.mark.parametrize("line", [
    "This policy does not apply to visitors or contractors, who sign the visitor agreement.",
    "The policies in this document apply to packaged software licensed by vendors.",
    "Visitors to our offices must be escorted; the rules apply to visitors too.",
    "All visitors are expected to sign in at reception.",
    "The signing-in book required by this policy applies to visitors and contractors alike.",
])
def test_audiences_mentioned_otherwise_are_not_who_it_applies_to(line):
    assert found(facts_of(line), "applies_to") is None


def test_an_organisation_named_with_its_employees_is_stated():
    facts = facts_of("This policy applies to all employees of Greenfields Academy Trust.")
    assert found(facts, "applies_to") == ("employees",)
    assert found(facts, "organisation") == "Greenfields Academy Trust"


def test_the_version_is_the_latest_row_of_a_version_history_table():
    history = Table(3, (("Version", "Date", "Author", "Changes"), ("1.0", "01/09/2021", "J Smith", "First issue"),
                        ("1.1", "01/09/2022", "J Smith", "Contacts updated"),
                        ("2.0", "05/09/2023", "A Khan", "Rewritten for KCSIE 2023")), place="table 1")
    facts = find_facts([*paragraphs("Document control", "Version history"), history], None)
    assert found(facts, "version") == "2.0"
    assert facts.found["version"].place == "table 1, row 4"


def test_a_table_of_drafts_or_of_other_numbers_gives_no_version():
    drafts = Table(1, (("Version", "Date", "Notes"), ("Draft", "TBC", "for consultation")), place="table 1")
    charges = Table(2, (("Item", "Date", "Charge"), ("1.5", "2024-01-01", "10.00")), place="table 2")
    facts = find_facts([drafts, charges], None)
    assert found(facts, "version") is None
    assert found(facts, "version") is None and facts.value("version") == "TBC"  # not a number it never gave
    assert any(gap.startswith("version: not stated: TBC") for gap in facts.gaps)


def test_an_approval_stated_on_its_own_line_gives_approver_and_date():
    facts = facts_of("Approved by the Board of Governors on 12 March 2024")
    assert (found(facts, "approved_by"), found(facts, "approved_on")) == ("Board of Governors", "2024-03-12")


def test_a_council_mentioned_in_a_sentence_is_not_the_approver():
    facts = facts_of("Changes were approved by City Council in open session at a council meeting, and signed by "
                     "both officers.", "Purpose St Leonard's College students visit each spring.")
    assert (found(facts, "approved_by"), found(facts, "organisation")) == (None, None)


def test_a_title_saying_whose_workplace_names_the_organisation_the_text_names_too():
    facts = facts_of("Everyone at Hollins & Co. Ltd deserves respect.", "Report concerns to Hollins & Co. Ltd's "
                     "HR team.", title="Dignity at Work at Hollins & Co. Ltd: Procedures")
    assert found(facts, "organisation") == "Hollins & Co. Ltd"
    assert facts.found["organisation"].place.startswith("line 1 (the title), named 2 times")


@pytest.mark.parametrize("title", ["Behaviour at Break Times", "Health and Safety at Work", "Lone Working at Night"])
def test_a_title_saying_when_or_where_names_no_organisation(title):
    facts = facts_of("Pupils play at Break Times on the field; at Break Times staff supervise.",
                     "Health and Safety at Work rules apply; see Health and Safety at Work.", title=title)
    assert found(facts, "organisation") is None


def test_a_templates_version_table_with_placeholders_states_no_version():
    template = Table(4, (("Revision", "Date", "Author", "Description of Change"),
                         ("<revision no.>", "YYYY-MM-DD", "<author>", ""),
                         ("0.1", "2012-05-23", "First and Last Name", "This is initial 0.1 draft of the policy.")),
                     place="table 1")
    assert found(find_facts([template], None), "version") is None
