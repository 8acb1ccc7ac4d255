"""Shapes of held-out set 45's documents (issue 18, stop 47): a US federal order's closing "OFFICES OF PRIMARY
INTEREST." section names whose the policy is to keep (its owner), as "Office of Primary Responsibility:" does; a
sentence speaking of an office of primary interest is no label."""

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

