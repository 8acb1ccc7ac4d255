"""Shapes of held-out set 52's documents (issue 18, stop 48), made here: a company whose name has a dot in it
("Rocket.Chat is committed to ...", "applies to all individuals engaged with Rocket.Chat, including but not limited
to employees, ..."); a privacy page opening "Welcome to Read the Docs. At Read the Docs, we ..."; a body defined as
"the Corporation"; a page's front matter whose "lead" says whom the policy is for. Each with a look-alike."""

from __future__ import annotations

import pytest
from helpers import imported_and_checked
from test_import_facts import facts_of, found


@pytest.mark.parametrize(("lines", "organisation"), [
    (["Brook.Works is committed to upholding the highest standards of honesty in all of its work.",
      "Brook.Works staff may raise a concern with any manager."], "Brook.Works"),
    (["Welcome to Lantern Library. At Lantern Library, we believe in protecting the privacy of our readers.",
      "Lantern Library keeps what you borrow for 30 days."], "Lantern Library"),
    (['Harbourview.org, Inc. (the \u201cCorporation\u201d) promotes cooperation between its members.'],
     "Harbourview.org, Inc."),
])
def test_an_organisation_named_with_a_dot_welcoming_its_readers_or_defined_as_the_corporation(lines, organisation):
    assert found(facts_of(*lines, title="Whistleblowing Policy"), "organisation") == organisation


def test_a_welcome_to_a_place_is_no_organisation_speaking():
    facts = facts_of("Welcome to the staff room. At break times, we ask everyone to wash their own cups.",
                     title="Staff Room Rules")
    assert found(facts, "organisation") is None


@pytest.mark.parametrize(("line", "who"), [
    ("This policy applies to all individuals engaged with Brook.Works, including but not limited to employees, "
     "contractors, volunteers, and other stakeholders.", ("employees", "volunteers", "contractors")),
    ("This policy applies to everyone working at the club, including, but not limited to, coaches and volunteers.",
     ("volunteers", "coaches")),
])
def test_who_it_applies_to_including_but_not_limited_to_a_list(line, who):
    assert found(facts_of(line), "applies_to") == who


def test_but_not_still_leaves_people_out():
    assert found(facts_of("This policy applies to all staff but not to agency workers."), "applies_to") == ("staff",)


def test_a_pages_lead_in_its_front_matter_says_whom_the_policy_is_for(tmp_path):
    source = tmp_path / "ai-use.md"
    source.write_text("---\ntitle: AI tool usage\ndescription: How we use AI.\nlead: This policy governs the use of AI "
                      "tools at our studio. It applies to all employees, contractors, and affiliated parties.\n---\n\n"
                      "Never paste a client's data into an AI tool.\n", encoding="utf-8")
    result, front, _ = imported_and_checked(source, "ai-use", tmp_path)
    assert "applies_to: [employees, contractors]" in front
    assert any("front matter (its description)" in note for note in result.notes), result.notes
