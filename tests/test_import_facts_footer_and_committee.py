"""The approver a small association names as its committee ("This policy was agreed upon by the association's
committee.", "All sections within this policy have been approved by the ERA Committee and ..."), and the version
a footer gives beside the document's name ("ERA Safeguarding Policy 23-08-2020 - v1.0"), as set 12's residents'
association wrote them (issue 18); with look-alikes that state neither."""

from __future__ import annotations

import pytest
from test_import_facts import facts_of, found


@pytest.mark.parametrize(("line", "approver"), [
    ("This policy was agreed upon by the association\u2019s committee.", "association\u2019s committee"),
    ("This policy was approved by the management committee.", "management committee"),
    ("All sections within this policy have been approved by the Hillside Tenants Committee and are reviewed "
     "annually.", "Hillside Tenants Committee"),
])
def test_a_committee_agreeing_the_policy_is_its_approver(line, approver):
    assert found(facts_of(line, title="Volunteer Safeguarding Policy"), "approved_by") == approver


@pytest.mark.parametrize("line", [
    "Concerns about a volunteer are reported to the committee.",
    "This policy was agreed upon by everyone at the open meeting and will be shared with the committee later.",
])
def test_a_committee_named_otherwise_approves_nothing(line):
    assert "approved_by" not in facts_of(line, title="Volunteer Safeguarding Policy").found


# a policy's first pages, so that the footer line is not near its top
_OPENING = ("Everyone who volunteers with us must read this policy.", "They must report concerns the same day.",
            "We keep a record of each report.", "Records are kept securely.", "The lead reviews them.",
            "Training is offered every spring.")


@pytest.mark.parametrize("footer", [
    "HTA Safeguarding Policy 23-08-2020 \u2013 v1.0",
    "Hillside Tenants Association | Safeguarding Policy | Version 2.1",
])
def test_a_footer_naming_the_document_gives_its_version(footer):
    facts = facts_of(*_OPENING, footer, title="Hillside Tenants Association Safeguarding Policy")
    assert found(facts, "version") in ("1.0", "2.1")


@pytest.mark.parametrize("line", [
    "This replaces the Safeguarding Policy v1.0",  # a sentence: an earlier version
    "Read it with the Data Protection Policy \u2013 v2.0",  # another document's version
    "HTA Data Protection Policy 23-08-2020 \u2013 v3.0",  # a footer, but another document's
])
def test_a_version_beside_another_document_or_in_a_sentence_is_not_this_ones(line):
    facts = facts_of(*_OPENING, line, title="Hillside Tenants Association Safeguarding Policy")
    assert "version" not in facts.found
