"""Shapes held-out set 18's documents have and the first import got wrong (issue 18), each written here as such
organisations publish them, imported and checked as ``handbook check --strict`` checks it, beside a look-alike
that must keep what it had."""

from __future__ import annotations

from helpers import imported_and_checked

_GUIDE_IN_A_SECTION = """<!-- We want a table of contents in the sidebar: the layout cannot hold one, -->
<!-- so the page is wrapped in a section kramdown reads as Markdown. -->
{% include sidebar.html %}

<section markdown="1">
This is the `Staff Guide`, written by our staff for our staff.

# Before your first day

Hello, and welcome! Please read the [code of conduct](CODE-OF-CONDUCT) before you start.

## Equipment

- A laptop is posted to you a week before you start.
- Keep it locked when you step away.

# Your first week

Your manager books a meeting with you on your first morning.
</section>
"""


def test_markdown_wrapped_in_a_section_marked_markdown_is_read_as_markdown(tmp_path):
    """A company's staff guide kept for a Jekyll site: HTML comments, a template tag, then the whole guide inside
    ``<section markdown="1">``. It was taken for a web page, its Markdown one paragraph of raw marks."""
    (tmp_path / "staff-guide.md").write_text(_GUIDE_IN_A_SECTION)

    result, _, body = imported_and_checked(tmp_path / "staff-guide.md", "staff-guide", tmp_path)

    assert "\n## Before your first day\n" in body and "\n### Equipment\n" in body, body
    assert "\n- Keep it locked when you step away.\n" in body, body
    # its link to another page of the site: the words kept, reported
    assert "read the code of conduct before" in body, body
    assert any("CODE-OF-CONDUCT" in note for note in result.notes), result.notes


def test_a_page_fragment_in_a_section_without_the_mark_is_still_a_web_page(tmp_path):
    """The look-alike: a CMS export saved as .md whose words are all in HTML elements is read as a web page."""
    (tmp_path / "privacy.md").write_text(
        "<section>\n<h1>Privacy notice</h1>\n<p>We keep your details for as long as you are a member.</p>\n"
        "<h2>Your rights</h2>\n<p>You may ask for a copy of what we hold at any time.</p>\n</section>\n")

    _, _, body = imported_and_checked(tmp_path / "privacy.md", "privacy", tmp_path)

    assert body.startswith("# Privacy notice\n"), body
    assert "\n## Your rights\n" in body, body


_REFERENCE_LINKS = """# Conflict of Interest Policy

This policy applies to:

- Members of the [Foundation Council (FC)][fc]
- Members of the [Finance Committee][]
- Anyone the [bylaws] name as an officer

Amendments follow the [amendment process][amend]. Questions go to the [legal mailing list][contacts].

[fc]: ../bylaws/4-council.md
[finance committee]: ../bylaws/5-finance.md#committee "The Finance Committee"
[bylaws]: ../bylaws/index.md
[amend]: #amendments
[contacts]: https://example.org/contacts

## Amendments

The Council amends this policy by a two-thirds vote.
"""


def test_reference_style_links_to_other_pages_keep_their_words(tmp_path):
    """A foundation's policy linking its bylaws by reference-style links: the definitions to other pages of its
    site stayed in the policy, and ``check --strict`` refused them."""
    (tmp_path / "coi.md").write_text(_REFERENCE_LINKS)

    result, _, body = imported_and_checked(tmp_path / "coi.md", "coi", tmp_path)

    assert "- Members of the Foundation Council (FC)\n" in body, body
    assert "- Members of the Finance Committee\n" in body, body
    assert "- Anyone the bylaws name as an officer\n" in body, body
    assert "bylaws/" not in body, body
    assert sum("leads to another page of the website" in note for note in result.notes) == 3, result.notes


def test_reference_style_links_to_the_web_and_within_the_page_stay_links(tmp_path):
    """The look-alike: a reference to a web address stays a link to it, one to a heading of the page a link to
    that heading."""
    (tmp_path / "coi.md").write_text(_REFERENCE_LINKS)

    _, _, body = imported_and_checked(tmp_path / "coi.md", "coi", tmp_path)

    assert "[legal mailing list](https://example.org/contacts)" in body, body
    assert "[amendment process](#" in body, body


_AGENCY_AI_POLICY = """## Compliance Plan for OMB Memorandum M-25-21

The AI in Government Act of 2020 and Office of Management and Budget (OMB) Memorandum M-25-21 directed each agency
to publish a plan. The plan answers each part of OMB M-25-21 in turn; OMB reviews it every year.

## Policy on AI

The Office of Records Counsel (ORC) establishes these principles for the use of AI in ORC's work.

ORC staff may use AI tools that ORC has approved. ORC's Chief AI Officer keeps the list of approved tools, and
ORC's managers check that their teams use only those. ORC publishes the list on its website.
"""


def test_a_body_the_policy_answers_to_is_not_its_organisation(tmp_path):
    """A federal agency's AI policy opens with the memorandum it answers: the spelt-out "Office of Management and
    Budget (OMB)" in the first sentence was taken for the agency, which the text names as ORC throughout."""
    (tmp_path / "ai.md").write_text(_AGENCY_AI_POLICY)

    _, front, _ = imported_and_checked(tmp_path / "ai.md", "ai", tmp_path)

    assert "Office of Management and Budget" not in front, front
    assert "organisation: Office of Records Counsel" in front, front


def test_the_organisation_spelt_out_in_the_opening_is_still_found(tmp_path):
    """The look-alike: a department spelling out its own name in its first sentence and using its abbreviation
    throughout keeps it, though it names another body once."""
    (tmp_path / "ai.md").write_text(
        "## Policy on AI\n\nThe Office of Records Counsel (ORC) establishes these principles, as the Office of "
        "Management and Budget (OMB) asks every agency to.\n\nORC staff may use AI tools that ORC has approved. "
        "ORC's Chief AI Officer keeps the list.\n")

    _, front, _ = imported_and_checked(tmp_path / "ai.md", "ai", tmp_path)

    assert "organisation: Office of Records Counsel" in front, front


_RST_POLICY = """.. -----------------------------------------------------------------------------
    {notice}
    The file LICENCE, distributed with this code, contains details of the terms
    under which the code may be used.
   -----------------------------------------------------------------------------

.. _ai:

AI Policy
=========

Please ensure that when using Generative AI tools, appropriate guardrails are in place and contributions have
correct attribution.

.. note::

   Contributors from other institutions should follow their own institution's policy.
"""


def test_a_crown_copyright_notice_in_a_restructuredtext_comment_names_the_organisation(tmp_path):
    """A public body's reStructuredText policy whose only statement of whose it is is the Crown copyright notice in
    the comment opening each of its project's files: the comment was left out with it."""
    (tmp_path / "ai.txt").write_text(_RST_POLICY.format(notice="(c) Crown copyright Met Office. All rights reserved."))

    result, front, _ = imported_and_checked(tmp_path / "ai.txt", "ai", tmp_path)

    assert "organisation: Met Office" in front, front
    assert any("copyright notice" in note and "Met Office" in note for note in result.notes), result.notes


def test_a_crown_copyright_notice_naming_no_body_leaves_the_organisation_to_be_confirmed(tmp_path):
    """The look-alike: "(c) Crown copyright 2024" says the Crown's, not which body's: TBC."""
    (tmp_path / "ai.txt").write_text(_RST_POLICY.format(notice="(c) Crown copyright 2024. All rights reserved."))

    _, front, _ = imported_and_checked(tmp_path / "ai.txt", "ai", tmp_path)

    assert "organisation: TBC" in front, front


_GUIDE_IN_PARTS = """This is our staff guide, written by staff for staff. Read it before your first day.

# Before your first day

Your laptop is posted to you a week before you start.

# Your first week

Your manager books a meeting with you on your first morning.

# Leaving

Tell your manager a month ahead, in writing.
"""


def test_top_level_headings_after_opening_text_are_sections_not_the_title(tmp_path):
    """A company guide opening with a sentence, its parts each a top-level heading: the first part's heading
    ("Before your first day") was taken for the guide's title and the other parts put beside it."""
    (tmp_path / "staff-guide.md").write_text(_GUIDE_IN_PARTS)

    result, front, body = imported_and_checked(tmp_path / "staff-guide.md", "staff-guide", tmp_path)

    assert "title: Before your first day" not in front, front
    assert "\n## Before your first day\n" in body and "\n## Leaving\n" in body, body
    assert any("file's name" in note for note in result.notes), result.notes


def test_the_first_of_several_top_level_headings_opening_the_text_is_its_title(tmp_path):
    """The look-alike: with no text above it, the first top-level heading is the title, however many follow."""
    (tmp_path / "staff-guide.md").write_text("# Staff Guide\n\n" + _GUIDE_IN_PARTS.split("\n\n", 1)[1])

    _, front, body = imported_and_checked(tmp_path / "staff-guide.md", "staff-guide", tmp_path)

    assert "title: Staff Guide" in front, front
    assert body.startswith("# Staff Guide\n"), body
