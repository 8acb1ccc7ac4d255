"""Shapes of held-out sets 126 to 129's first runs (issue 18), made here, each beside a look-alike: a charity's cover
whose two lines a PDF's reader joined ("Drafted: December 2017 Ratified by board: 25 October 2018"); a constitution's
revision record naming the meeting that adopted it ("Inaugural version adopted by AGM held 24th February 2016"); a
library's manual that calls its staff "Rose staff" beside "the Rose Library" (the library, never "Rose"); a status line
naming two owners with notes in brackets, and a list of examples of such lines (not this document's); and a manual's
page on Markdown that shows a code span on a line of its own ("```This is a code block.```") between fenced examples of
the footnote anchor it then uses."""

from __future__ import annotations

import pytest
from test_import_facts import facts_of, found

from handbook.importing import import_policy
from handbook.importing.name_shapes import whole_name
from handbook.source.handbook_folder import load_handbook
from handbook.source.paragraphs import blocks
from handbook.source.syntax import CODE_FENCE


def test_a_cover_s_two_statements_joined_on_one_line_are_read_apart():
    facts = facts_of("Drafted: December 2017 Ratified by board: 25 October 2018", title="Code of Conduct")

    assert (found(facts, "approved_by"), found(facts, "approved_on")) == ("board", "2018-10-25")


def test_a_drafting_date_alone_is_no_approval():
    facts = facts_of("Drafted: December 2017", title="Code of Conduct")

    assert (found(facts, "approved_by"), found(facts, "approved_on"), found(facts, "effective_from")) == (
        None, None, None)


@pytest.mark.parametrize(("line", "approver", "day"), [
    ("Inaugural version adopted by AGM held 24th February 2016", "AGM", "2016-02-24"),
    ("Adopted by the Annual General Meeting held 3 May 2024.", "Annual General Meeting", "2024-05-03"),
    # the meeting is not the approver's name: not "AGM held"
    ("Adopted by the AGM held on 3 May 2024", "AGM", "2024-05-03"),
])
def test_the_meeting_that_adopted_a_constitution_is_its_approver(line, approver, day):
    facts = facts_of("Revision record", line, title="Constitution")

    assert (found(facts, "approved_by"), found(facts, "approved_on")) == (approver, day)


def test_a_meeting_held_that_adopted_nothing_approves_nothing():
    facts = facts_of("The AGM held on 3 May 2024 elected a new chair.", title="Constitution")

    assert found(facts, "approved_by") is None


def _manual(short_name_staff: str, full_name_uses: int) -> list[str]:
    """A manual that speaks as "we" and names its staff by a short name, and its library ``full_name_uses`` times."""
    return ["We keep restricted material apart, and our archivists note each restriction.",
            *["Donors may ask that the Rose Library close part of a collection."] * full_name_uses,
            f"{short_name_staff} will make access copies where they can.",
            f"{short_name_staff} are not in a position to read every document; we sample our collections.",
            f"{short_name_staff} will consult the donor before returning anything."]


def test_a_short_name_cut_from_the_longer_name_the_text_uses_more_is_not_the_organisation():
    facts = facts_of(*_manual("Rose staff", full_name_uses=5), title="Restriction Policies")

    assert found(facts, "organisation") == "Rose Library"


def test_a_one_word_name_used_more_on_its_own_than_in_a_longer_one_is_kept():
    lines = ["We build tools, and our people use GitHub Actions for them.", *[
        "Octoware staff will review each change; our reviewers sign their work, as we all do."] * 4]
    facts = facts_of(*lines, title="Engineering Handbook")

    assert found(facts, "organisation") == "Octoware"


def test_owners_named_with_notes_in_brackets_are_the_owners():
    facts = facts_of("Last revised December 2025.", "Content owners: Carrie Hintz, Associate Director (documentation "
                     "policy and procedures) and Katherine Fisher (GitHub instructions)", title="Documentation Policy")

    assert found(facts, "owner") == ("Carrie Hintz, Associate Director (documentation policy and procedures) and "
                                     "Katherine Fisher (GitHub instructions)")


def test_a_list_of_examples_states_no_fact_of_the_document():
    examples = "* Last revised November 2022. Content owner: Head of Digital Archives."

    assert found(facts_of("Examples:", examples, title="Documentation Policy"), "owner") is None
    assert found(facts_of("Status:", examples, title="Documentation Policy"), "owner") == "Head of Digital Archives"


@pytest.mark.parametrize(("line", "fence"), [
    ("```", True), ("```python", True), ("~~~", True), ("   ```", True),
    ("```This is a code block.```", False),  # a code span on a line of its own
])
def test_a_code_span_on_a_line_of_its_own_opens_no_fence(line, fence):
    assert bool(CODE_FENCE.match(line)) is fence


def test_a_page_showing_a_footnote_s_anchor_in_code_imports_with_the_anchor_working(tmp_path):
    (tmp_path / "manual.md").write_text(
        "# Documentation Policy\n\n"
        "Write a footnote's mark so:\n\n```\n<a href=\"#anchor1\"><sup>1</sup></a>\n```\n\n"
        "and the footnote so:\n\n```\n<a id=\"anchor1\">[1]</a> Here is my footnote.\n```\n\n"
        "A code span can stand alone:\n\n```This is a code block.```\n\n"
        "This sentence has a footnote <a href=\"#anchor1\"><sup>1</sup></a>.\n\n"
        "*Footnotes:*\n\n<a id=\"anchor1\">[1]</a>And I create the footnote itself like this.\n", encoding="utf-8")

    import_policy(tmp_path / "manual.md", "manual", tmp_path / "src")

    lines = (tmp_path / "src" / "manual" / "policy.md").read_text(encoding="utf-8").splitlines()
    start = lines.index("# Documentation Policy") + 1
    shown = [words for words, _ in blocks(lines[start:], start + 1)]  # as the page cuts and numbers them
    footnote = next(number for number, words in enumerate(shown, start=1) if words.startswith("[1]And I create"))
    assert f"[<sup>1</sup>](#documentation-policy-p{footnote})" in "\n".join(lines)  # not the fenced example's
    assert load_handbook(tmp_path / "src").policy("manual").meta.title == "Documentation Policy"


def test_a_title_s_name_whose_initials_the_text_uses_as_its_own_is_the_organisation():
    facts = facts_of("These guidelines support all people engaged with the work of Digital Rights Watch.",
                     "Public statements must be approved by two DRW Board members.",
                     "The DRW Chair and Deputy Chair may act between meetings.", "Members of the DRW board declare "
                     "any conflict of interest.", title="Digital Rights Watch Code of Conduct")

    assert found(facts, "organisation") == "Digital Rights Watch"


def test_a_law_whose_initials_the_text_uses_is_no_organisation():
    facts = facts_of("This policy sets out how we meet the General Data Protection Regulation.",
                     "GDPR requires a lawful basis for processing.", "GDPR gives people the right of access.",
                     "Under GDPR we report breaches within 72 hours.",
                     title="General Data Protection Regulation Policy")

    assert found(facts, "organisation") is None


@pytest.mark.parametrize(("name", "text", "whole"), [
    ("Rose", "Rose staff will copy it.\n" + "the Rose Library holds it.\n" * 3, "Rose Library"),
    # a body of the organisation, not a longer name of it: the Jupyter Executive Council is Jupyter's
    ("Jupyter", "Jupyter staff will help.\n" + "The Jupyter Executive Council decides.\n" * 3, "Jupyter"),
])
def test_a_word_is_cut_from_a_longer_name_only_where_that_names_an_organisation(name, text, whole):
    assert whole_name(name, text) == whole


def test_a_labelled_definition_with_notes_in_brackets_is_too_long_to_be_a_name():
    facts = facts_of("Organisation: any legal entity (administrative authorities, associations, companies) or "
                     "informal group (working groups, business clusters, sectors)", title="General Terms of Use")

    assert found(facts, "organisation") is None
