"""Shapes the importer missed (issue 18, stop 52), made here, each beside a look-alike. First, two of St. Jude's data
access agreement (set 94) that were still missed after stop 51: an agreement '("Agreement") is between You (including
you individually and Your institution) and St. Jude Children's Research Hospital, Inc.' (a saint's "St." and a
"Children's" inside the name), and a line "Version 4.2, Effective October 13, 2020" whose two statements a comma
parts."""

from __future__ import annotations

import pytest
from test_import_facts import facts_of, found


@pytest.mark.parametrize(("opening", "organisation"), [
    ("This Data Sharing Agreement (\u201cAgreement\u201d) is between You (including you individually and Your "
     "institution) and St. Brigid\u2019s Hospice, Inc. (\u201cSt. Brigid\u2019s\u201d).",
     "St. Brigid\u2019s Hospice, Inc."),
    ("This Agreement is between you and Northfield Children\u2019s Trust.", "Northfield Children\u2019s Trust"),
    ("This agreement is between you and your line manager.", None),
    ("The Agreement sets out what Northfield\u2019s users may do.", None),
])
def test_an_agreement_between_you_and_a_body_names_the_body(opening, organisation):
    facts = facts_of(opening, "You must keep the Data secure at all times.", title="Data Sharing Agreement")
    assert found(facts, "organisation") == organisation


@pytest.mark.parametrize(("line", "effective_from"), [("Version 4.2, Effective October 13, 2020", "2020-10-13"),
                                                      ("Version 4.2, Reviewed October 13, 2020", None)])
def test_a_version_and_its_effective_date_parted_by_a_comma(line, effective_from):
    facts = facts_of("You must keep the Data secure at all times.", line, title="Data Sharing Agreement")
    assert found(facts, "effective_from") == effective_from
