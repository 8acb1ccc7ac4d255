"""Whose policy a project's document is (issue 18, stop 47): a project named and defined as "the Project" in its
first sentence, a title for a named project, a project held as "X a Series of LF Projects, LLC", the project an
opening sentence says the document governs. Where the text also names the board of the body that sponsors or runs
it, the project is still the organisation, not that body; a project within an organisation (a refurbishment, a
pilot), a word in brackets after a name and a label saying what a role is state nothing."""

from __future__ import annotations

import pytest
from test_import_facts import facts_of, found


@pytest.mark.parametrize("opening", [
    'Open Tide (here on out referred to as "the Project") now has a fiscal sponsor and can accept donations.',
    'The Riverside Allotment Group (hereafter "the Group") can now accept donations.',
])
def test_a_name_defined_as_the_project_or_the_group_is_the_organisation(opening):
    facts = facts_of(opening, "The Steering Council or the Harbour Foundation Board may turn down an offer.",
                     title="Sponsorship Policy")
    assert found(facts, "organisation") in ("Open Tide", "Riverside Allotment Group")


def test_a_title_for_a_named_project_names_the_organisation_over_its_hosts_board():
    facts = facts_of("Everyone taking part in the Fenland Oral History Project treats others with respect.",
                     "Report a concern to the Fenland Oral History Project lead.",
                     "An independent member of the Cambridge Heritage Trust Board of Trustees hears appeals.",
                     title="Code of Conduct for the Fenland Oral History Project")
    assert found(facts, "organisation") == "Fenland Oral History Project"


def test_a_project_within_an_organisation_is_not_the_organisation():
    facts = facts_of("The refurbishment project replaces the library roof.", "The project board meets monthly.",
                     title="Terms of Reference for the Refurbishment Project")
    assert found(facts, "organisation") is None


def test_a_project_held_as_a_series_of_a_company_is_named_whole():
    facts = facts_of("This Charter sets out how to contribute to the Tidewater open source project, which has been "
                     "established as Tidewater a Series of LF Projects, LLC (the \u201cProject\u201d).",
                     "The Project is open to all contributors.", title="Technical Charter")
    assert found(facts, "organisation") == "Tidewater a Series of LF Projects, LLC"


def test_a_word_in_brackets_after_a_name_is_no_definition():
    facts = facts_of("Before reporting, identify the Harbour Sensors Project (project) and the release affected.",
                     title="Vulnerability Disclosure Policy")
    assert found(facts, "organisation") is None


@pytest.mark.parametrize("opening", [
    "This document outlines the governance model for the Kestrel Maps project. It defines roles and how decisions "
    "are made.",
    "The purpose of this document is to formalise the governance process used by the `Kestrel` project, to clarify "
    "how decisions are made.",
])
def test_the_project_the_opening_sentence_says_the_document_governs(opening):
    facts = facts_of(opening, "Questions about Kestrel go to the #kestrel tag or to kestrel.example.org.",
                     "Kestrel Maps releases twice a year; the Kestrel steering council approves each release.",
                     title="Project Governance")
    assert found(facts, "organisation") in ("Kestrel Maps", "Kestrel")


def test_a_pilot_project_the_document_governs_is_not_the_organisation():
    facts = facts_of("This document sets out the governance of the Pilot project while it runs.",
                     "The pilot project reports to the board.", title="Pilot Governance")
    assert found(facts, "organisation") is None


def test_a_label_whose_value_says_what_a_role_is_states_no_owner():
    facts = facts_of("On the package index we have the following roles:",
                     "Owner: (part of) the steering council is owner of the package",
                     "Maintainer: the maintainers are also maintainers of the package")
    assert found(facts, "owner") is None


def test_a_body_named_among_a_larger_bodys_parts_is_not_the_organisation():
    facts = facts_of("This Order applies to all bureaus and offices in the Department of Revenue, including the "
                     "Licensing and Permits Agency (LPA).", "The LPA will name a consultation lead.",
                     "The LPA keeps a record of each consultation.", title="Consultation Policy")
    assert found(facts, "organisation") != "Licensing and Permits Agency"
    named = facts_of("The Licensing and Permits Agency (LPA) consults the public before it acts.",
                     "The LPA will name a consultation lead.", "The LPA keeps a record of each consultation.",
                     title="Consultation Policy")
    assert found(named, "organisation") == "Licensing and Permits Agency"
