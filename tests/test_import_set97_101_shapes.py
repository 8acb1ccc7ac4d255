"""Shapes the importer missed (issue 18, stop 52), made here, each beside a look-alike. First, two of St. Jude's data
access agreement (set 94) that were still missed after stop 51: an agreement '("Agreement") is between You (including
you individually and Your institution) and St. Jude Children's Research Hospital, Inc.' (a saint's "St." and a
"Children's" inside the name), and a line "Version 4.2, Effective October 13, 2020" whose two statements a comma
parts. Then those of sets 97-101's first runs: Pension Wise's headings typed "##Booking your appointment" and its
kramdown attribute list after a link (refused); Statbus's "---" over "*Version 1.0 | Adopted September 2025*"; the
CA/Browser Forum's pandoc settings (subtitle, copyright) and its name's slash (which gave "Browser Forum"); KiCad's
Hugo front matter over an AsciiDoc page (read as its title); whom "you work for" (Pixie Labs, set 91), never in a
union's rules about "employees of Alphabet" (invented); PostgreSQL's "at least once per year"; the Alphabet Workers
Union's "We are known as ...", "These Articles Adopted December 22, 2020.", "As updated by General Assembly,
7/16/2022", and its parts numbered again under each rule (refused as numbered twice)."""

from __future__ import annotations

import pytest
import yaml
from helpers import imported_and_checked
from test_import_facts import facts_of, found

from handbook.source.policy_file import parse_policy_file


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


_PROMISE = (
    "#Customer promise\n\n"
    "Our customer promise tells you what we promise to do when you book an appointment.\n\n"
    "##Booking your appointment\n\n"
    "- Aim to answer your call in 20 seconds or less\n"
    "- Offer you a choice of a phone or face-to-face appointment\n\n"
    "Our privacy notice can be [found here](https://example.org/privacy){: aria-label=\"Harbour privacy notice\"}.\n\n"
    "Share your story with #HarbourPensions on the day.\n"
)


def test_headings_typed_without_a_space_and_a_links_attribute_list_import_as_the_site_showed_them(tmp_path):
    # Pension Wise's pages: "##Booking your appointment" (Python-Markdown's heading), and kramdown's
    # "{: aria-label=...}" after a link, which the handbook's check refuses in policy text
    (tmp_path / "promise.md").write_text(_PROMISE)
    result, front, body = imported_and_checked(tmp_path / "promise.md", "promise", tmp_path)
    assert "title: Customer promise" in front
    assert "## Booking your appointment" in body and "##Booking" not in body
    assert "[found here](https://example.org/privacy)." in body and "aria-label" not in body
    assert "#HarbourPensions" in body  # a hashtag in a sentence is words, not a heading
    assert any("attribute list" in note and "line 10" in note for note in result.notes)


def test_a_rule_line_over_a_version_line_ends_the_paragraph_above(tmp_path):
    # Statbus: "---" under a blank line, then "*Version 1.0 | Adopted September 2025*"
    (tmp_path / "conduct.md").write_text("# Code of Conduct\n\nBe kind to everyone in the project.\n\n---\n"
                                         "*Version 1.0 | Adopted September 2025*\n")
    _, front, body = imported_and_checked(tmp_path / "conduct.md", "conduct", tmp_path)
    assert yaml.safe_load(front)["version"] == "1.0"
    assert "---" not in body


def test_a_pages_subtitle_and_copyright_settings_state_its_version_and_whose_it_is(tmp_path):
    # The CA/Browser Forum's policies: pandoc's settings over the text
    (tmp_path / "ipr.md").write_text(
        "---\ntitle: Intellectual Property Rights Policy\nsubtitle: Version 1.3\nauthor:\n- Harbour/Quay Forum\n"
        "copyright: |\n  Copyright 2024 Harbour/Quay Forum\n\n  This work is licensed under CC BY 4.0.\n---\n\n"
        "## 1. Purpose\n\nThis policy protects the work of the Forum's members.\n")
    _, front, _ = imported_and_checked(tmp_path / "ipr.md", "ipr", tmp_path)
    stated = yaml.safe_load(front)
    assert (stated["version"], stated["organisation"]) == ("1.3", "Harbour/Quay Forum")


@pytest.mark.parametrize(("line", "organisation"), [
    ("All participants must comply with the Harbour/Quay Forum's Bylaws.", "Harbour/Quay Forum"),
    ("All participants must comply with the Forum's Bylaws.", None),
])
def test_a_name_with_a_slash_owning_its_bylaws_is_named_whole(line, organisation):
    facts = facts_of("These Bylaws set out how the Forum works.", line, title="Bylaws of the Harbour/Quay Forum")
    assert found(facts, "organisation") == organisation


def test_hugos_front_matter_over_an_asciidoc_page_gives_its_title(tmp_path):
    # KiCad's code of conduct: TOML between "+++" lines, which Hugo reads before Asciidoctor sees the page
    (tmp_path / "conduct.adoc").write_text(
        '+++\ntitle = "Code of Conduct"\ncategories = [ "Contribute" ]\nweight = 30\n+++\n\n'
        "== Our Pledge\n\nWe pledge to make participation in our project a harassment-free experience.\n")
    result, front, body = imported_and_checked(tmp_path / "conduct.adoc", "conduct", tmp_path)
    assert "title: Code of Conduct" in front and "categories" not in body and "+++" not in body
    assert any("front matter" in note for note in result.notes)


_WE_WORDS = "We trust our people. We ask that you keep our clients' code safe. "


@pytest.mark.parametrize(("lines", "organisation"), [
    ([_WE_WORDS, "You must use a password manager for Harbour Labs work.",
      "Harbour Labs will pay for your password manager whilst you work for Harbour Labs."], "Harbour Labs"),
    # a union's rules speak of members; the employer its members work for is not whose the rules are
    ([_WE_WORDS, *["Members elect the stewards. Members may stand. Members vote."] * 3,
      "Stewards must be active employees of Quayside.", "Members organise at Quayside and across Quayside's sites.",
      "A former member no longer works at Quayside."], None),
    ([_WE_WORDS, "Stewards must be active employees of Quayside.",
      "Staff work at Quayside and across Quayside's sites.", "A former employee no longer works at Quayside."],
     "Quayside"),
])
def test_whom_you_work_for_is_whose_the_policy_is_but_not_in_a_members_text(lines, organisation):
    facts = facts_of(*lines, title="Security")
    assert found(facts, "organisation") == organisation


@pytest.mark.parametrize(("line", "review_every"), [
    ("The Committee will consider updates to this Code of Conduct as needed, and at least once per year, based on "
     "incidents reported.", "1 year"),
    ("The Committee will consider updates to the website as needed, and at least once per year.", None),
])
def test_updates_considered_once_per_year_are_its_review(line, review_every):
    facts = facts_of("Be kind to one another.", line, title="Code of Conduct")
    assert found(facts, "review_every") == review_every


@pytest.mark.parametrize(("line", "organisation"), [
    ("We are known as the Harbour Workers Union - Quay Workers Local 9 (\u201cHWU\u201d herein).",
     "Harbour Workers Union"),
    ("We are known as a friendly union that welcomes everyone.", None),
])
def test_whom_we_are_known_as_names_the_body(line, organisation):
    facts = facts_of("Article 1. NAME.", line, title="Harbour Workers Union Articles")
    assert found(facts, "organisation") == organisation


@pytest.mark.parametrize(("line", "approved_on"), [
    ("These Articles Adopted December 22, 2020. Amended by Special Assembly May 2, 2021.", "2020-12-22"),
    ("These Articles may be amended by a two-thirds majority vote at an Assembly held after December 22, 2020.",
     None),
])
def test_a_date_given_after_the_documents_name_is_its_adoption(line, approved_on):
    facts = facts_of("Article 24. AMENDMENTS.", line, title="Harbour Workers Union Articles")
    assert found(facts, "approved_on") == approved_on


@pytest.mark.parametrize(("line", "approved_by", "approved_on"), [
    ("As updated by General Assembly, 7/16/2022.", "General Assembly", "2022-07-16"),
    ("As amended by the Data Protection Act 2018.", None, None),
])
def test_as_updated_by_a_body_on_a_date_is_its_approval(line, approved_by, approved_on):
    facts = facts_of(line, "Members must abide by the code of conduct.", title="Rules")
    assert (found(facts, "approved_by"), found(facts, "approved_on")) == (approved_by, approved_on)


def test_parts_numbered_again_under_each_rule_are_the_rules_parts(tmp_path):
    # The Alphabet Workers Union's rules: "## Rule 3." over "### Part 1.", "## Rule 4:" over "### Part 1:" again,
    # which had been refused as "heading 1 is numbered twice"
    (tmp_path / "rules.md").write_text(
        "# Rules\n\n## Rule 1. Code of conduct\n\nMembers follow the code.\n\n## Rule 2. Stewards\n\n"
        "### Part 1. Definition of manager\n\nA manager has a report.\n\n"
        "### Part 2. Squads\n\nStewards join squads.\n\n"
        "## Rule 3: Former employees\n\n### Part 1: Definition of former members\n\nA former member has left.\n")
    result, _, _ = imported_and_checked(tmp_path / "rules.md", "rules", tmp_path)
    policy = parse_policy_file(result.path)
    assert [(section.label, section.anchor) for section in policy.numbered_sections] == [
        ("Rule 1", "rule-1"), ("Rule 2", "rule-2"), ("Part 1", "rule-2-part-1"), ("Part 2", "rule-2-part-2"),
        ("Rule 3", "rule-3"), ("Part 1", "rule-3-part-1")]


@pytest.mark.parametrize(("last", "typed"), [(8, True), (5, False)])
def test_articles_whose_numbers_skip_too_many_keep_their_labels_as_words(tmp_path, last, typed):
    # Decatur Makers' bylaws: "##Article 14" then "##Article 17", now headings, leave out more numbers than a
    # document's own gaps: the labels are then its words, in bold; one number left out stays a gap (skipped_numbers)
    articles = [(1, "Name"), (2, "Purpose"), (3, "Members"), (last, "Amendment of Bylaws")]
    (tmp_path / "bylaws.md").write_text("# Bylaws of the Riverside Makers\n\n" + "".join(
        f"## Article {number} — {title}\n\n### Section 1 — {title}\n\nThe members decide on {title.lower()}.\n\n"
        "### Section 2 — Votes\n\nEach member has one vote.\n\n" for number, title in articles))
    _, front, body = imported_and_checked(tmp_path / "bylaws.md", "bylaws", tmp_path)
    assert (f"## **Article {last}** — Amendment of Bylaws" in body) is typed, body
    assert ("skipped_numbers" in front) is not typed


@pytest.mark.parametrize(("opening", "organisation"), [
    ("The Kestrel Project prides itself on the quality of our code and our work.", "Kestrel Project"),
    ("The Care Quality Commission prides itself on the quality of its inspections.", None),
])
def test_what_a_project_prides_itself_on_opening_the_text_names_it(opening, organisation):
    facts = facts_of("Introduction", opening, "We expect everyone who takes part in the Kestrel Project to be kind.",
                     "The Care Quality Commission is not part of the Kestrel Project.", title="Code of Conduct")
    assert found(facts, "organisation") == organisation
