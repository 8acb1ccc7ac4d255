"""Front-matter facts in the shapes held-out sets 31 and 32 stated them (issue 18): an approval line with no "on"
before its date (a library system's footer: "Adopted by Next Users Group August 17, 2010"), and owners who "own and
approve this policy" (Homebrew's Lead Maintainers); each with a look-alike that states no fact of this policy."""

from __future__ import annotations

import pytest
from test_import_facts import facts_of, found

TEXT = "Staff must tell their manager before working alone in the building."


@pytest.mark.parametrize(("line", "approver", "day"), [
    ("Adopted by Next Users Group August 17, 2010", "Next Users Group", "2010-08-17"),
    ("Approved by the Board of Trustees, 5 May 2023", "Board of Trustees", "2023-05-05"),
    ("Ratified by the Full Governing Body 12th March 2024.", "Full Governing Body", "2024-03-12"),
])
def test_an_approval_line_naming_who_then_when_without_on(line, approver, day):
    facts = facts_of("Lone Working Policy", TEXT, line)
    assert (found(facts, "approved_by"), found(facts, "approved_on")) == (approver, day)


@pytest.mark.parametrize("line", [
    "Adopted by Parliament in 2010 and amended since.",  # a law's history, no day
    "Leave is approved by the Line Manager 5 days ahead.",  # something else approved, not this policy
])
def test_look_alikes_of_an_approval_line(line):
    facts = facts_of("Lone Working Policy", TEXT, line)
    assert found(facts, "approved_by") is None and found(facts, "approved_on") is None


def test_owners_who_own_and_approve_this_policy_are_its_approvers_too():
    facts = facts_of("Maintainer Stipends", "The Lead Maintainers own and approve this policy.", TEXT)
    assert (found(facts, "owner"), found(facts, "approved_by")) == ("Lead Maintainers", "Lead Maintainers")


@pytest.mark.parametrize(("line", "owner"), [
    ("The Trustees own this policy.", "Trustees"),
    ("HR owns this policy and approves exceptions to it.", "HR"),  # exceptions approved, not the policy
])
def test_owning_alone_names_no_approver(line, owner):
    facts = facts_of("Lone Working Policy", line, TEXT)
    assert (found(facts, "owner"), found(facts, "approved_by")) == (owner, None)


@pytest.mark.parametrize(("line", "audiences"), [
    # a privacy statement, a notice, a charter: documents as much as a policy is
    ("All employees and volunteers must follow this statement.", ("employees", "volunteers")),
    ("Contractors must comply with this notice.", ("contractors",)),
    # the organisation's long name before its people, as a library system writes it
    ("All Riverside Library System branch employees and volunteers must acknowledge the Patron Privacy Statement "
     "each year.", ("employees", "volunteers")),
])
def test_whom_a_statement_is_for(line, audiences):
    assert found(facts_of(line, title="Patron Privacy Statement"), "applies_to") == audiences


@pytest.mark.parametrize("line", [
    "Parents can read this statement on our website.",  # who may see it
    "All governors will review this statement every two years.",  # who reviews it, not whom it binds
])
def test_look_alikes_of_whom_a_statement_is_for(line):
    assert found(facts_of(line, title="Patron Privacy Statement"), "applies_to") is None
