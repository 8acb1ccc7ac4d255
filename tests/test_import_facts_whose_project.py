"""Whose policy a project's document is (issue 18, stop 47): a project named and defined as "the Project" in its
first sentence, a title for a named project. Where the text also names the board of the body that sponsors or runs
it, the project is still the organisation, not that body; and a project within an organisation (a refurbishment)
is no organisation."""

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
