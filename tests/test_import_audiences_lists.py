"""Who a document is for where its words list groups and then a catch-all, or name the document by what it is
(issue 18, held-out set 21: research-computing centres' security policies, user regulations and acceptable use
policies). Each rule with a look-alike that must not be taken so."""

from __future__ import annotations

import pytest
from test_import_audiences_general import audiences
from test_import_facts import found

from handbook.importing.facts import find_facts
from handbook.importing.text_reader import read_text


def test_anyone_after_the_groups_named_is_no_group_of_its_own():
    # a national research network's security policy: the groups, then whoever else uses the systems
    assert audiences("This policy applies to all Kahu Research Network staff, users, contractors, or anyone using "
                     "Kahu HPC systems, services, or infrastructure.") == ("contractors", "staff", "users")
    # where it names no group, "anyone" is whom the document is for
    assert audiences("This document is for anyone interested in how the council publishes open data.") == ("anyone",)


def test_third_parties_in_a_list_of_who_are_an_audience():
    assert audiences("This policy applies to all staff, users, third parties (including, but not limited to "
                     "contractors, consultants, and volunteers), or anyone using our HPC services.") == (
        "staff", "third parties", "users")
    assert audiences("This procedure applies to employees and third parties working on Trust premises.") == (
        "employees", "third parties")
    # named first, as two words
    assert audiences("This policy applies to third parties who process personal data on our behalf.") == (
        "third parties",)


def test_third_parties_as_whom_something_is_shared_with_are_not_an_audience():
    assert audiences("This policy applies to all staff and to any personal data disclosed to third parties.") == (
        "staff",)


@pytest.mark.parametrize(("line", "who"), [
    # a supercomputing centre's user regulations: the page says what it is, then who must follow it
    ("These are the Terms & Conditions, which users need to follow in order to access our computing resources.",
     ("users",)),
    ("These are the rules that all volunteers must follow while on site.", ("volunteers",)),
])
def test_the_page_saying_it_is_the_rules_its_people_must_follow(line, who):
    assert audiences(line) == who


@pytest.mark.parametrize("line", [
    "These are the requirements that the datasets must meet before they are published.",  # things, not people
    "The Act sets out rules that employers must follow.",  # another's rules
])
def test_rules_things_or_another_must_keep_give_no_audience(line):
    assert audiences(line) is None


@pytest.mark.parametrize(("line", "who"), [
    # an HPC platform's acceptable use policy, by its full name
    ("The Tane HPC Platform Acceptable Use Policy is presented to each user when they register. By clicking the "
     "button at registration you confirm your willingness to abide by the conditions of usage.", ("users",)),
    ("This handbook is given to every new employee on their first day.", ("employees",)),
])
def test_the_document_handed_to_whom_it_is_for(line, who):
    assert audiences(line) == who


@pytest.mark.parametrize("line", [
    "This policy is issued to all managers for review each autumn.",  # to those who check it
    "A printed copy of the site map is given to each visitor at reception.",  # not this document
])
def test_a_document_handed_to_its_reviewers_or_another_thing_handed_out_give_no_audience(line):
    assert audiences(line) is None


def _headed(markdown: str) -> tuple[str, ...] | None:
    value = found(find_facts(read_text(markdown, markdown=True), None), "applies_to")
    return tuple(sorted(value)) if value else None


# a university research-computing group's policies page: one part for principal investigators, one for all users
_CLUSTER_POLICIES = """# Policies

## Principal Investigators

PIs are responsible for all activities relating to their project, including the activities of other project members.

## {heading}

Accounts may not be shared with anyone under any circumstances. Setuid and setgid permissions are prohibited on all
user-owned files and directories.
"""


def test_one_heading_naming_the_group_its_rules_are_for():
    assert _headed(_CLUSTER_POLICIES.format(heading="All Users")) == ("users",)
    # a review panel's conflict of interest policy
    assert _headed("# Panel Conflict of Interest Policy\n\nThe panel's procedures are to be fair and equitable.\n\n"
                   "## Responsibilities of members\n\nAppointment to the panel requires awareness of conflicts of "
                   "interest. Each panel member is responsible to declare each conflict.\n") == ("members",)


def test_headings_naming_no_group_or_several_give_no_audience():
    assert _headed(_CLUSTER_POLICIES.format(heading="All Systems")) is None
    assert _headed("# Leave Procedure\n\n## Responsibilities of managers\n\nManagers approve all leave.\n\n"
                   "## Responsibilities of employees\n\nEmployees book leave four weeks ahead.\n") is None


@pytest.mark.parametrize(("line", "who"), [
    # a supercomputing centre's user support policies
    ("Our user support policies outline the level of assistance users can expect, the types of support offered, and "
     "the guidelines for requesting and receiving assistance.", ("users",)),
    ("This charter sets out what patients can expect from us when they visit the surgery.", ("patients",)),
])
def test_what_the_document_says_a_group_can_expect(line, who):
    assert audiences(line) == who


@pytest.mark.parametrize("line", [
    "The Act sets out what employers can expect from inspectors.",  # another's
    "This policy sets out what the regulator can expect to see from the school.",  # no audience
])
def test_what_another_or_no_group_can_expect_gives_no_audience(line):
    assert audiences(line) is None


def test_a_group_heading_below_the_top_level_gives_no_audience():
    # a data platform's terms of use for all its users: one sub-part sets out what its administrators do
    assert _headed("# General Terms of Use\n\n## Publication\n\nUsers publish datasets on the platform.\n\n"
                   "## Commitments and responsibilities\n\n#### Quality of service\n\n"
                   "The platform is open each day.\n\n"
                   "#### Responsibilities of platform administrators\n\nThe administrators check no publication "
                   "before it appears.\n") is None
