"""Shapes of held-out set 45's documents (issue 18, stop 47): a US federal order's closing "OFFICES OF PRIMARY
INTEREST." section names whose the policy is to keep (its owner), as "Office of Primary Responsibility:" does; a
sentence speaking of an office of primary interest is no label. And set 49's line crediting whoever keeps the policy
("Maintained by the National Digital Twin Programme (NDTP).", not "Maintained by volunteers")."""

from __future__ import annotations

import pytest
from test_import_facts import facts_of, found


@pytest.mark.parametrize(("line", "owner"), [
    ("OFFICES OF PRIMARY INTEREST. Office of Grants Management, Office of the Comptroller. /S/Jane Doe",
     "Office of Grants Management, Office of the Comptroller"),
    ("Office of Primary Responsibility: Chief Information Officer", "Chief Information Officer"),
    ("Our office of primary interest is the school office.", None),
])
def test_the_office_of_primary_interest_is_the_owner(line, owner):
    assert found(facts_of("This Order applies to all bureaus.", line, title="Grants Policy"), "owner") == owner



@pytest.mark.parametrize(("line", "owner"), [
    # a programme's security policy closes with who keeps it (set 49)
    ("Maintained by the Regional Flood Data Programme (RFDP).", "Regional Flood Data Programme"),
    ("Owned by HR.", "HR"),
    ("Maintained by volunteers, who keep it tidy.", None),
])
def test_a_line_crediting_whoever_keeps_it_names_the_owner(line, owner):
    assert found(facts_of("Report security problems by email.", line, title="Security Policy"), "owner") == owner
