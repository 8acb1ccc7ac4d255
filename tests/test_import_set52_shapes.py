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
     "contractors, volunteers, and other stakeholders.", ("employees", "volunteers", "contractors", "stakeholders")),
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


_BYLAWS = ("# Bylaws of the Riverside Allotment Society\n\n## ARTICLE I NAME AND OFFICES\n\n"
           "{s11}\n\n{s12}\n\n## ARTICLE II MEMBERS\n\n{s21}\n\n{s22}\n")


@pytest.mark.parametrize(("sections", "headings"), [
    # in bold with their names, one on a line of its own over its points (as a website's Markdown sets them)
    ({"s11": "**Section 1.1: Name.** The name of the society is the Riverside Allotment Society.",
      "s12": "**Section 1.2: Offices.**\n\nThe society's office is the pavilion on Mill Lane.",
      "s21": "**Section 2.1: Eligibility.** Any plot holder may become a member.",
      "s22": "**Section 2.2: Fees.** Members pay a fee each April."},
     ["Section 1.1: Name", "Section 1.2: Offices", "Section 2.1: Eligibility", "Section 2.2: Fees"]),
    # in plain text with their names, as a PDF of bylaws gives them
    ({"s11": "Section 1.1 Name. The name of the society is the Riverside Allotment Society.",
      "s12": "Section 1.2 Offices. The society's office is the pavilion on Mill Lane.",
      "s21": "Section 2.1 Eligibility. Any plot holder may become a member.",
      "s22": "Section 2.2 Fees. Members pay a fee each April."},
     ["Section 1.1 Name", "Section 1.2 Offices", "Section 2.1 Eligibility", "Section 2.2 Fees"]),
])
def test_bylaws_sections_run_in_to_their_text_become_headings(tmp_path, sections, headings):
    source = tmp_path / "bylaws.md"
    source.write_text(_BYLAWS.format(**sections), encoding="utf-8")
    _, _, body = imported_and_checked(source, "bylaws", tmp_path)
    assert [line.removeprefix("### ") for line in body.splitlines() if line.startswith("### ")] == headings
    assert "The name of the society is the Riverside Allotment Society." in body


@pytest.mark.parametrize("sections", [
    # an amendment appended after the text restates a section: the labels do not run in sequence
    {"s11": "Section 1.1 Name. The name of the society is the Riverside Allotment Society.",
     "s12": "Section 1.2 Offices. The society's office is the pavilion on Mill Lane.",
     "s21": "Section 2.1 Eligibility. Any plot holder may become a member.",
     "s22": "Section 1.2 Offices. As amended in 2022, the office is the hut by the gate."},
    # sentences that open with a section of an Act
    {"s11": "Section 1 Notices. Section 2 of the Act says how notices are served.",
     "s12": "Section 4 of the Act sets out the records kept. Records are kept for six years.",
     "s21": "Members meet each spring.", "s22": "Members pay a fee each April."},
])
def test_section_labels_out_of_sequence_stay_as_typed(tmp_path, sections):
    source = tmp_path / "bylaws.md"
    source.write_text(_BYLAWS.format(**sections), encoding="utf-8")
    _, _, body = imported_and_checked(source, "bylaws", tmp_path)
    assert "### " not in body


def test_sections_restated_by_amendments_after_the_text_stay_typed_and_one_left_out_is_listed(tmp_path):
    """Chi Hack Night's bylaws, as its PDF has them: Section 4.10 after 4.8 (the document's own gap), and amendments
    appended after the text restating Section 1.2."""
    sections = {"s11": "Section 1.1 Name. The name of the society is the Riverside Allotment Society.",
                "s12": "Section 1.2 Offices. The society's office is the pavilion on Mill Lane.",
                "s21": "Section 2.1 Eligibility. Any plot holder may become a member.",
                "s22": "Section 2.3 Fees. Members pay a fee each April.\n\n## AMENDMENT TO THE BYLAWS\n\n"
                       "Section 1.2 Offices. As amended in 2022, the office is the hut by the gate."}
    source = tmp_path / "bylaws.md"
    source.write_text(_BYLAWS.format(**sections), encoding="utf-8")
    result, front, body = imported_and_checked(source, "bylaws", tmp_path)
    assert [line for line in body.splitlines() if line.startswith("### ")] == [
        "### Section 1.1 Name", "### Section 1.2 Offices", "### Section 2.1 Eligibility", "### Section 2.3 Fees"]
    assert "\nSection 1.2 Offices. As amended in 2022" in body
    assert 'skipped_numbers: ["2.2"]' in front
    assert any("the document leaves out 2.2" in note for note in result.notes), result.notes
