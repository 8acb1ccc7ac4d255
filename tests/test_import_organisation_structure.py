"""Whose policy it is, read from how documents are built rather than from one more phrase (issue 18, the facts round
before held-out set 20): the names of labs and corps, which the rules already read for schools and trusts ("Welcome
to the Okafor Lab of Marine Microbiology!", "The Harbourside Materials Laboratory (HML) ..."). Each with look-alikes
that must stay TBC."""

from __future__ import annotations

import pytest
from test_import_facts import facts_of, found


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
