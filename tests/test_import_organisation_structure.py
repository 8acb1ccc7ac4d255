"""Whose policy it is, read from how documents are built rather than from one more phrase (issue 18, the facts round
before held-out set 20): the number an issuer gives its own directive ("NAVFAC Instruction 5090.1B"), a name followed
by "its" as a body owning what follows ("harm to Kestrel or its customers"), the employer of "my employment with
...", and the names of labs and corps, which the rules already read for schools and trusts ("Welcome to the Okafor
Lab of Marine Microbiology!", "The Harbourside Materials Laboratory (HML) ..."). Each with look-alikes that must stay
TBC."""

from __future__ import annotations

import pytest
from test_import_facts import facts_of, found, paragraphs

from handbook.importing.own_name import most_used_own_name

_NAVY_INSTRUCTION = [
    "NAVFAC Instruction 5090.1B",
    "Subj: SPILL PREVENTION AND RESPONSE AT SHORE INSTALLATIONS",
    "1. Purpose. To issue policy and assign responsibilities for preventing and answering oil and hazardous "
    "substance spills at Naval Facilities Engineering Command (NAVFAC) installations.",
    "2. Applicability. This instruction applies to all NAVFAC activities and to contractors working on NAVFAC sites.",
    "3. Responsibilities. Commanding officers shall keep a spill plan for each installation and test it every year.",
]


@pytest.mark.parametrize(("lines", "organisation"), [
    (_NAVY_INSTRUCTION, "Naval Facilities Engineering Command"),  # the abbreviation spelt out where the text does
    (["COAST GUARD ORDER 1000.14, CHANGE 2",
      "Subj: HOUSEHOLD GOODS SHIPMENT FOR COAST GUARD MEMBERS",
      "1. Purpose. This Order sets the rules for moving the household goods of Coast Guard members between duty "
      "stations.",
      "2. Action. Coast Guard unit commanders shall make this Order known to every member of their unit."],
     "Coast Guard"),
])
def test_the_issuer_of_a_numbered_directive_is_the_organisation(lines, organisation):
    assert found(facts_of(*lines), "organisation") == organisation


@pytest.mark.parametrize("lines", [
    # one word before the kind names no issuer
    ["Executive Order 14028", "Improving the Nation's Cybersecurity",
     "This memo tells staff how our executive team will meet the order's deadlines for logging and encryption.",
     "Every executive sponsor reports progress monthly."],
    # a publication the policy follows, named only on its cover, not again and again as its own issuer
    ["NIST Special Publication 800-63B", "Password Rules for Riverside Clinic Staff",
     "Passwords must be at least 12 characters long and are never written down."],
    # a reference list's line, not the number alone
    ["Ref: (a) DoD Instruction 8500.01", "Subj: ACCESS CONTROL",
     "1. Purpose. To set access control rules for the office, as reference (a) requires of DoD components.",
     "2. Scope. These rules apply to everyone with an account; DoD staff from other offices ask first."],
])
def test_a_number_that_names_no_issuer_of_its_own_names_none(lines):
    assert "organisation" not in facts_of(*lines).found


def _own_name(*lines: str, title: str = "Policy") -> str | None:
    named = most_used_own_name(paragraphs(*lines), title, {})
    return named[0] if named else None


def test_a_name_followed_by_its_owns_what_follows():
    """A start-up's data page speaks of itself by name with "its" after it, never as "our" or in a sentence saying
    whose the page is."""
    assert _own_name(
        "Kestrel identifies three levels of data sensitivity:",
        "Public data may be shared freely without harm to Kestrel or its affiliates.",
        "Unauthorised disclosure of restricted data could seriously harm Kestrel, its customers or its partners.",
        "Customer names are restricted unless the customer agrees to be named.",
        title="Data Classification Levels") == "Kestrel"


def test_a_person_followed_by_his_or_her_is_no_organisation():
    """A lab's page names its head with "his": a person, not a body owning what follows (the rule reads "its" only, and
    a name followed by "his" is a person's besides: opening_subject.written_as_a_person)."""
    assert _own_name(
        "Gavin meets each student every week to agree their plan for the term.",
        "Talk to Gavin, his postdocs or his students whenever you are stuck.",
        "Gavin, his students and visitors share the lab's equipment.",
        "Gavin will read every draft before it is submitted.",
        title="Expectations") is None


def test_the_employer_of_my_employment_with_is_the_organisation():
    """An employee handbook's acknowledgement form: whose handbook it is shows only in "my employment with"."""
    assert _own_name(
        "I acknowledge that I have received a copy of the Marlow Trust Employee Handbook dated 1 March 2024.",
        "I have read and understood its contents and will follow these policies as a condition of my employment "
        "with the Marlow Trust.",
        "I understand that my employment with the Marlow Trust may be ended by either party with notice.",
        title="Employee Handbook Acknowledgement") == "Marlow Trust"


def test_an_agency_that_supplies_the_worker_is_no_organisation():
    """A placement form: the agency the worker is employed by supplies them; its handbook is not this one."""
    assert _own_name(
        "Your employment with Brightstaff Recruitment continues throughout this placement.",
        "Workers supplied by Brightstaff Recruitment follow the site rules in this form.",
        "Questions about pay go to Brightstaff Recruitment, not to the site manager.",
        title="Placement Acknowledgement") is None


@pytest.mark.parametrize(("lines", "organisation"), [
    (["General Lab Policies",
      "Welcome to the Okafor Lab of Marine Microbiology! I'm glad you are here. In this lab we study how microbes "
      "live in coastal sediments."], "Okafor Lab of Marine Microbiology"),
    (["The Harbourside Materials Laboratory (HML) Sample Release Process",
      "This document sets out the steps HML staff must follow before releasing samples to outside partners.",
      "HML Legal reviews every transfer agreement, and HML Security checks the shipping list."],
     "Harbourside Materials Laboratory"),
])
def test_a_lab_is_named_as_a_school_or_a_trust_is(lines, organisation):
    assert found(facts_of(*lines), "organisation") == organisation


@pytest.mark.parametrize("lines", [
    # a faculty of a university, no name before what it is
    ["Induction", "Welcome to the School of Medicine! Your induction week starts on Monday."],
    # a lab that is a room, a common noun the text writes in lower case
    ["Science Lab Induction", "Always wear goggles in the science lab and report every spill to the technician."],
    # a title's kind of policy, no lab's name: "Lab" heads no name unless the name says more
    ["General Lab Policies", "Book the microscopes a week ahead and clean the benches before you leave."],
])
def test_a_lab_that_is_a_room_or_a_part_of_another_names_none(lines):
    assert "organisation" not in facts_of(*lines).found
