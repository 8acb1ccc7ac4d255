"""Shapes of held-out sets 114 to 117's first runs (issue 18, stop 53), made here, each beside a look-alike: a student
society's rules naming the network its servers reach the Internet through, "the Cambridge University Data Network
(CUDN)", taken as the organisation; a church's job description headed by the post, "MINISTER OF ADMINISTRATION"; a
homeowners' association whose name holds "on the" ("Vintage on the River Homeowners Association, Inc.", cut to
"Vintage"); a community council's constitution ('The name of the Community Council shall be ...', "after being agreed
by the Ayton Council, was adopted at a Council Meeting held on Wednesday the 3rd day of January, 2024"); and
Mojaloop's header, a list of labelled items ("- Version: 1.0", "- Applies To: All contributors, maintainers, ... and
participants in the Mojaloop community ...")."""

from __future__ import annotations

import pytest
from test_import_facts import facts_of, found

from handbook.importing.titles import is_no_title


@pytest.mark.parametrize(("line", "organisation"), [
    ("Our servers reach the Internet via the Kestrel University Data Network (KUDN), and all users are bound by its "
     "rules.", None),  # the means it works through
    ("The Kestrel University Data Network (KUDN) runs these servers, and all users are bound by its rules.",
     "Kestrel University Data Network"),  # the network's own rules
])
def test_a_network_the_servers_reach_the_internet_through_is_not_whose_the_rules_are(line, organisation):
    facts = facts_of(line, "Users may not use the KUDN for commercial work.", "The KUDN forbids spam.",
                     title="Rules and principles")
    assert found(facts, "organisation") == organisation


@pytest.mark.parametrize(("cover", "organisation"), [
    ("MINISTER OF ADMINISTRATION", None),  # a post
    ("MINISTRY OF ADMINISTRATION", "Ministry of Administration"),  # a body
])
def test_a_post_heading_a_job_description_is_not_an_organisation(cover, organisation):
    facts = facts_of(cover, "The post reports to the senior pastor and works with the finance committee.",
                     "Duties include keeping the records of the church and its buildings.")
    assert found(facts, "organisation") == organisation


@pytest.mark.parametrize(("clause", "organisation"), [
    ("The name of the corporation is Vintage on the River Homeowners Association, Inc.",
     "Vintage on the River Homeowners Association, Inc."),
    ("The name of the council shall be Kingston upon Thames Youth Council.", "Kingston upon Thames Youth Council"),
    ("The name of the Community Council shall be Ayton Community Council.", "Ayton Community Council"),
])
def test_a_name_clause_takes_the_whole_name(clause, organisation):
    assert found(facts_of(clause, "The members meet each month."), "organisation") == organisation


@pytest.mark.parametrize(("line", "on"), [
    ("This Constitution was adopted at a Council Meeting held on Wednesday the 3rd day of January, 2024.",
     "2024-01-03"),
    ("A working group was set up at a Council Meeting held on Wednesday the 3rd day of January, 2024.", None),
])
def test_adopted_at_a_meeting_whose_body_is_unnamed_gives_the_day(line, on):
    assert found(facts_of("The Council meets monthly.", line), "approved_on") == on


@pytest.mark.parametrize(("line", "by"), [
    ("This Constitution, after being agreed by the Ayton Council, was adopted at a Council Meeting held on Wednesday "
     "the 3rd day of January, 2024.", "Ayton Council"),  # the body that agreed it, named before the adoption
    ("This Constitution, after being discussed with the Ayton Council, was adopted at a Council Meeting held on "
     "Wednesday the 3rd day of January, 2024.", None),  # a body it was discussed with approves nothing
])
def test_the_body_that_agreed_it_before_its_adoption_at_a_meeting_approved_it(line, by):
    facts = facts_of("The Council meets monthly.", line)
    assert (found(facts, "approved_by"), found(facts, "approved_on")) == (by, "2024-01-03")


def test_a_labelled_list_of_items_states_its_facts():
    facts = facts_of("- Version: 1.0", "- Effective Date: 2026-04-08", "- Author: Ada Okafor",
                     "- Applies To: All contributors, maintainers, adopters, and participants in the Kestrel community "
                     "and its associated projects, including repositories under its GitHub organisation.",
                     "This policy sets out how AI tools may be used.", title="Policy on AI Tools")
    assert (found(facts, "version"), found(facts, "effective_from")) == ("1.0", "2026-04-08")
    assert set(found(facts, "applies_to")) == {"contributors", "maintainers", "participants"}
    # a list of things, not labels
    facts = facts_of("- Version control: every change goes through a pull request.",
                     "- Applies to releases: each is signed.", title="Release Policy")
    assert (found(facts, "version"), found(facts, "applies_to")) == (None, None)


@pytest.mark.parametrize("item", [
    "* Copyright (c) 2017 Alice Commit <alice@example.com>",  # a code comment's example, in a French policy's PDF
    "* This policy applies to everyone involved with our events:",  # over the list of who (Hack Club's)
])
def test_a_list_item_that_is_no_label_states_nothing_new(item):
    facts = facts_of("Contributions follow the steps below.", item, "Each file carries its own notice.",
                     title="Contribution Policy")
    assert (found(facts, "organisation"), found(facts, "applies_to")) == (None, None)


def test_indesigns_placeholder_is_no_title():
    # the gardening society's show schedule: its PDF's Title property is InDesign's "Layout 1"
    assert is_no_title("Layout 1") and is_no_title("Layout 12")
    assert not is_no_title("Layout and Design Policy")
