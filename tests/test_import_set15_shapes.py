"""Shapes held-out set 15's documents have and the first import got wrong (issue 18), each written here as such
organisations write it, imported and checked as ``handbook check --strict`` checks it, beside a look-alike that
must keep what it had."""

from __future__ import annotations

import docx
from helpers import imported_and_checked


def _front_matter(tmp_path, name: str, text: str) -> str:
    (tmp_path / f"{name}.md").write_text(text)
    return imported_and_checked(tmp_path / f"{name}.md", name, tmp_path / name)[1]


def test_anyone_followed_by_a_colon_and_a_list_is_the_list(tmp_path):
    """A worker co-operative's conflict of interest policy says who "anyone" is after a colon; the import took
    "anyone", which the list then contradicts."""
    front = _front_matter(tmp_path, "interests", (
        "# Conflict of Interest Principles\n\n## Scope\n\nThis policy applies to anyone working with or on behalf of "
        "the co-op: members, employees, contractors, and collaborators.\n"))

    assert "\napplies_to: [employees, contractors, members, collaborators]\n" in front, front


def test_anyone_followed_by_a_colon_and_no_one_named_stays_anyone(tmp_path):
    """The look-alike: a colon after "anyone ..." followed by an instruction, not a list of who."""
    front = _front_matter(tmp_path, "visitors", (
        "# Visitors Policy\n\nThis policy applies to anyone who visits our office: please sign in at reception.\n"))

    assert "\napplies_to: [anyone]\n" in front, front


def test_the_approver_in_the_sentence_that_gives_the_review_period(tmp_path):
    """"This policy is reviewed annually and approved by the Operations Working Group Leader.": the review
    period was taken, the approver in the same sentence left TBC."""
    front = _front_matter(tmp_path, "safety", (
        "# Health and Safety Policy\n\nWe keep our remote workplace safe.\n\n## Policy Review\n\n"
        "This policy is reviewed annually and approved by the Operations Working Group Leader.\n"))

    assert "\napproved_by: Operations Working Group Leader\n" in front, front
    assert "\nreview_every: 1 year\n" in front, front


def test_a_review_sentence_whose_changes_need_approval_names_no_approver(tmp_path):
    """The look-alike: changes that must be approved say who approves changes, not who approved the policy."""
    front = _front_matter(tmp_path, "expenses", (
        "# Expenses Policy\n\nWe pay back what you spend for work.\n\n## Review\n\n"
        "This policy is reviewed annually and changes must be approved by the Board.\n"))

    assert "\napproved_by: TBC\n" in front, front
    assert "\nreview_every: 1 year\n" in front, front


def test_standards_expected_to_be_observed_by_all_participants_name_their_audience(tmp_path):
    """A programming language community's standards: "We expect the following standards to be observed and
    upheld by all participants in any community forum"."""
    front = _front_matter(tmp_path, "standards", (
        "# Community Standards\n\nWe are committed to a welcoming, civil and constructive environment. We expect the "
        "following standards to be observed and upheld by all participants in any community forum (mailing lists, "
        "chat, etc.).\n\n## Be respectful\n\nDo not attack anyone.\n"))

    assert "\napplies_to: [participants]\n" in front, front


def test_standards_expected_to_be_reviewed_by_a_committee_name_no_audience(tmp_path):
    """The look-alike: standards reviewed by a committee bind no one named there."""
    front = _front_matter(tmp_path, "standards", (
        "# Community Standards\n\nWe expect the following standards to be reviewed by the steering committee each "
        "spring.\n\n## Be respectful\n\nDo not attack anyone.\n"))

    assert "\napplies_to: [TBC]\n" in front, front


def test_an_organisation_that_opens_the_document_saying_what_it_will_do(tmp_path):
    """Four openings that name the organisation, each named again below: what it will do in the document's first
    sentence, a community as the subject, its commitment, and whom the scope works for."""
    documents = {
        "will": ("# Health and Safety Policy\n\nCedarwood will make all reasonable efforts to comply with health and "
                 "safety law.\n\n## Duties\n\nEveryone at Cedarwood must work safely.\n", "Cedarwood"),
        "community": ("# Community Standards\n\nThe Tamarind community is committed to a welcoming environment.\n\n"
                      "## Get involved\n\nThe Tamarind community is built on collaboration.\n",
                      "The Tamarind community"),
        "commitment": ("# Disconnecting from Work Policy\n\nThis policy clarifies your rights and highlights "
                       "Larchfield's support and commitment to the right to disconnect.\n\n## How it works\n\n"
                       "No one at Larchfield must answer messages after hours.\n", "Larchfield"),
        "scope": ("# Conflict of Interest Principles\n\n## Purpose\n\nThis policy helps us manage conflicts.\n\n"
                  "## Scope\n\nThis policy applies to anyone working with or on behalf of Quillon: members, employees "
                  "and contractors.\n\n## Disclosure\n\nTell the operations group at Quillon.\n", "Quillon"),
    }
    for name, (text, organisation) in documents.items():
        front = _front_matter(tmp_path, name, text)
        assert f"\norganisation: {organisation}\n" in front, (name, front)


def test_initials_a_regulator_or_another_body_opening_so_are_not_the_organisation(tmp_path):
    """The look-alikes: a role's initials saying what they will do, a regulator's commitment, and a scope that
    works for a local authority: each keeps organisation TBC."""
    documents = {
        "initials": "# Safeguarding Policy\n\nThe DSL will record every concern.\n\n## Records\n\nThe DSL keeps them "
                    "locked.\n",
        "regulator": "# Complaints Policy\n\nThis policy explains the Care Quality Commission's commitment to people "
                     "who use services.\n\n## Contact\n\nWrite to the Care Quality Commission.\n",
        "authority": "# Volunteering Policy\n\n## Scope\n\nThis policy applies to anyone working on behalf of the "
                     "Local Authority: staff and volunteers.\n\n## Checks\n\nThe Local Authority checks references.\n",
        "will-later": "# Leave Policy\n\nWe want you to rest.\n\nBirchmoor will pay for five extra days.\n\n"
                      "## Asking\n\nAsk Birchmoor's office.\n",
    }
    for name, text in documents.items():
        front = _front_matter(tmp_path, name, text)
        assert "\norganisation: TBC\n" in front, (name, front)


def test_a_sites_page_template_is_read_as_its_page(tmp_path):
    """A foundation's reporting guide kept as its web app's Django template: every sentence inside a translation
    tag, the page's head filled by one-line blocks, a link's tag broken over two lines. It was read as Markdown
    with HTML: the link refused, the one-line translations dropped with their words, the title lost."""
    (tmp_path / "reporting.html").write_text(
        '{% extends "conduct/base.html" %}\n{% load i18n %}\n\n'
        '{% block title %}{% translate "Conduct Reporting Guide" %}{% endblock %}\n\n{% block content %}\n'
        '  <h1>{% translate "Conduct Reporting Guide" %}</h1>\n  <p>\n    {% blocktranslate trimmed %}\n'
        '      Report a breach of the code to the Foundation by emailing <a\n'
        '        href="mailto:conduct@example.org">conduct@example.org</a>.\n    {% endblocktranslate %}</p>\n'
        '  <h2 id="include">{% translate "What to Include" %} <a class="plink" href="#include">#</a></h2>\n'
        '  <ul>\n    <li>{% translate "Your contact details" %}</li>\n'
        '    <li>{% translate "When and where it happened" %}</li>\n'
        '    <li>{% translate "Whether it threatens anyone\'s safety" %}</li>\n  </ul>\n'
        '  <p>{% translate "We welcome you." %}</p>\n{% endblock content %}\n')

    result, front, body = imported_and_checked(tmp_path / "reporting.html", "reporting", tmp_path)

    assert "\ntitle: Conduct Reporting Guide\n" in front, front
    assert body.startswith("# Conduct Reporting Guide\n\nReport a breach of the code to the Foundation by emailing "
                           "[conduct@example.org](<mailto:conduct@example.org>).\n\n## What to Include\n\n"
                           "- Your contact details\n- When and where it happened\n"
                           "- Whether it threatens anyone's safety\n\nWe welcome you.\n"), body
    assert "{%" not in body and body.count("Conduct Reporting Guide") == 1, body
    assert "line 1: '{% extends \"conduct/base.html\" %}' is a placeholder of the website's templates; left out" in (
        result.notes), result.notes
    assert any(note.startswith("the words of the template's 7 translation tags") for note in result.notes), (
        result.notes)


def test_a_saved_page_showing_template_braces_keeps_them(tmp_path):
    """The look-alike: a page as a browser saved it (with its doctype) whose text shows a mail-merge field keeps
    the field as its words."""
    (tmp_path / "letters.html").write_text(
        "<!DOCTYPE html><html><head><title>Letters Policy</title></head><body><h1>Letters Policy</h1>"
        "<p>Start every letter with {{ first_name }} and sign it yourself.</p></body></html>")

    _, _, body = imported_and_checked(tmp_path / "letters.html", "letters", tmp_path)

    assert "Start every letter with \\{\\{ first\\_name \\}\\} and sign it yourself." in body, body


def test_a_built_handbook_pages_search_result_templates_are_not_its_headings(tmp_path):
    """A co-operative's handbook page as HonKit builds it: the page's section sits in the search box's "no
    results" panel, beside the templates of its results, "<h1> results matching ""</h1>", which became the
    page's last two headings."""
    (tmp_path / "interests.html").write_text(
        '<!DOCTYPE html><html><head><title>Conflict of Interest Principles</title></head><body>'
        '<div id="book-search-input" role="search"><input type="text" placeholder="Type to search"></div>'
        '<div id="book-search-results"><div class="search-noresults"><section class="normal markdown-section">'
        '<h1>Conflict of Interest Principles</h1><h2>Scope</h2><p>This applies to all members.</p></section></div>'
        '<div class="search-results"><div class="has-results"><h1 class="search-results-title">'
        '<span class="search-results-count"></span> results matching "<span class="search-query"></span>"</h1>'
        '<ul class="search-results-list"></ul></div><div class="no-results"><h1 class="search-results-title">'
        'No results matching "<span class="search-query"></span>"</h1></div></div></div></body></html>')

    _, _, body = imported_and_checked(tmp_path / "interests.html", "interests", tmp_path)

    assert body == "# Conflict of Interest Principles\n\n## Scope\n\nThis applies to all members.\n", body


def test_a_section_on_search_results_keeps_its_words(tmp_path):
    """The look-alike: a privacy notice's own section about what its search stores, with "search" in its id."""
    (tmp_path / "privacy.html").write_text(
        '<!DOCTYPE html><html><head><title>Privacy Notice</title></head><body><h1>Privacy Notice</h1>'
        '<section id="search-data" class="search-data"><h2>Search results</h2><p>We keep no record of what you '
        'search for.</p></section></body></html>')

    _, _, body = imported_and_checked(tmp_path / "privacy.html", "privacy", tmp_path)

    assert "## Search results\n\nWe keep no record of what you search for.\n" in body, body


def test_a_credit_styled_as_a_heading_in_word_is_a_paragraph_and_reported(tmp_path):
    """A students' project team's Word code of conduct styles its attribution, ending in the web address it
    credits, Heading 2 (12 pt, not bold): the import made the whole sentence a section heading. A template's
    promise ending in a full stop is styled the same way."""
    document = docx.Document()
    document.add_heading("Contributor Code of Conduct", level=0)
    document.add_heading("Our Standards", level=2)
    document.add_paragraph("Examples of behaviour that contributes to a positive environment include using welcoming "
                           "and inclusive language.")
    document.add_heading("This Code of Conduct is adapted from the Contributor Covenant, version 1.0.0, available at "
                         "https://www.contributor-covenant.org/version/1/0/0/code-of-conduct.html", level=2)
    document.add_heading("When you choose to share your contact information with us, we commit to coordinating with "
                         "you as openly and as quickly as possible.", level=2)
    document.save(tmp_path / "conduct.docx")

    result, _, body = imported_and_checked(tmp_path / "conduct.docx", "conduct", tmp_path)

    assert "## Our Standards" in body, body
    assert "\nThis Code of Conduct is adapted from the Contributor Covenant" in body, body
    assert "\nWhen you choose to share your contact information" in body, body
    assert "## This Code" not in body and "## When" not in body, body
    assert sum("styled as a heading" in note for note in result.notes) == 2, result.notes


def test_a_clause_styled_as_a_heading_in_word_stays_a_heading(tmp_path):
    """The look-alike: a short rule written as a heading sentence, as some policies head their sections."""
    document = docx.Document()
    document.add_heading("Photography Policy", level=0)
    document.add_heading("Staff must not photograph children on their own phones.", level=2)
    document.add_paragraph("Use the school's cameras and tablets, which are kept in the office.")
    document.save(tmp_path / "photos.docx")

    result, _, body = imported_and_checked(tmp_path / "photos.docx", "photos", tmp_path)

    assert "## Staff must not photograph children on their own phones." in body, body
    assert not any("styled as a heading" in note for note in result.notes)
