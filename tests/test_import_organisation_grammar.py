"""Whose policy it is, read from the grammar documents use to speak of their own organisation rather than from
one more phrase (issue 18, the facts round before held-out set 19): a kind defined as the name ('"the Company" means
Greystone Facilities Management Limited'), an opening sentence whose subject goes on as "we" or "its" ("Wholistic
Fostering believes ... We are committed to ..."), and the name a document's contact address spells. Each with
look-alikes that name another body, or no one, and must stay TBC."""

from __future__ import annotations

import pytest
from test_import_facts import facts_of, found


@pytest.mark.parametrize(("lines", "organisation"), [
    (['In this policy, "the Company" means Greystone Facilities Management Limited.',
      "It applies to all employees and workers."], "Greystone Facilities Management Limited"),
    (["\u201cThe School\u201d refers to Oakfield Academy, including its nursery and breakfast club.",
      "The school's governors approve this policy."], "Oakfield Academy"),
])
def test_a_kind_defined_as_a_name_is_the_organisation(lines, organisation):
    assert found(facts_of(*lines), "organisation") == organisation


@pytest.mark.parametrize("lines", [
    ['In this policy, "the Company" means the company named in your contract of employment.'],
    ['"The Regulator" means the Charity Commission for England and Wales.'],  # not a kind of organisation
    ['"The Employer" means Our Trust or any of its schools.'],  # not a name
])
def test_a_kind_defined_as_no_name_names_none(lines):
    assert "organisation" not in facts_of(*lines).found


@pytest.mark.parametrize(("lines", "organisation"), [
    (["Complaints and Representations Policy",
      "Wholistic Fostering believes that everyone, children, carers and professionals, should feel safe in raising "
      "concerns. We are committed to resolving complaints quickly, fairly and respectfully.",
      "A complaint can be made by a child, a parent or a foster carer."], "Wholistic Fostering"),
    (["Volunteer Policy", "St Luke's Hospice values the contribution of its volunteers.",
      "This policy applies to all volunteers, including trustees."], "St Luke's Hospice"),
])
def test_an_opening_subject_named_once_that_goes_on_as_we_or_its(lines, organisation):
    assert found(facts_of(*lines), "organisation") == organisation


@pytest.mark.parametrize("lines", [
    # a regulator's belief, then the policy speaking
    ["Complaints Policy", "Ofsted believes that every child should feel safe at school. We agree with this."],
    # another charity's belief, cited, and no "we" or "its" after it
    ["Inclusion Policy", "Mencap believes that everyone with a learning disability should be valued. This policy "
     "follows that principle in every club session."],
    # two names said to be committed: neither is sure
    ["Partnership Statement", "Brookfield Rovers believes that football is for everyone. We are committed to it.",
     "Harrow Vale Athletic is committed to the same aims."],
])
def test_an_opening_subject_that_does_not_go_on_as_the_author_names_none(lines):
    assert "organisation" not in facts_of(*lines).found
