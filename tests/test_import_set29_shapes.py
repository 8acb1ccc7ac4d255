"""Shapes met in held-out set 29's first run: a research lab's guides (the TU Delft Bicycle Lab's) that say whom they
bind only by opening with what the lab's people must do, "All researchers in the Bicycle Lab should establish and
follow reasonable data management practices for their project."."""

from __future__ import annotations

import pytest
from test_import_facts import facts_of, found


@pytest.mark.parametrize(("opening", "audience"), [
    ("All researchers in the Bicycle Lab should establish and follow reasonable data management practices.",
     ("researchers",)),
    ("All staff at Oakfield Academy must lock their screens when they leave their desks.", ("staff",)),
    ("Every employee of Brightside Software is expected to keep their work area tidy and safe.", ("employees",)),
])
def test_a_text_opening_with_what_a_group_must_do_is_for_that_group(opening, audience):
    facts = facts_of(opening, "Keep backups of your work on the shared drive.", title="Data Management Guide")

    assert found(facts, "applies_to") == audience


@pytest.mark.parametrize("lines", [
    # a rule further on, after an opening that says none: one rule among many
    ("Photographs may be taken at school events. All visitors must sign in at reception.",),
    ("The school keeps a register of everyone on site.", "All visitors must sign in at reception."),
    # a thing, not a group of people
    ("All data must be encrypted when it is stored on a laptop.",),
    # a group named by no organisation: one rule, whoever it binds, even as the first sentence
    ("All visitors must sign in at reception.",),
    ("Every employee is expected to keep their work area tidy and safe.",),
])
def test_a_rule_further_on_or_about_things_names_no_audience(lines):
    facts = facts_of(*lines, "Keep backups of your work on the shared drive.", title="Site Security Policy")

    assert found(facts, "applies_to") is None
