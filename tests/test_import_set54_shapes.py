"""Shapes of held-out set 54's documents (issue 18, stop 48), made here: a PDF of terms whose bold defined words come
out spaced inside their quotes ('Welcome to Crazy Marvin (\u201c Company \u201d, \u201c we \u201d, ...)!'); a
conflict of interest policy adopted by a board, its terms defined in brackets ('This Policy (the "Policy") is adopted
by the Board of Trustees (the "Board") of ... to protect ...'). Each with a look-alike that states nothing."""

from __future__ import annotations

import pytest
from test_import_facts import facts_of, found


@pytest.mark.parametrize(("line", "organisation"), [
    ("Welcome to Lantern Apps (\u201c Company \u201d, \u201c we \u201d, \u201c our \u201d, \u201c us \u201d)! Please "
     "read these terms.", "Lantern Apps"),
    ("Our partner Kestrel Media (\u201c Kestrel \u201d) runs the newsletter.", None),  # no "we": another's name
])
def test_we_defined_with_the_quotes_spaced_as_a_pdf_gives_them(line, organisation):
    assert found(facts_of(line, title="Terms of Service"), "organisation") == organisation


@pytest.mark.parametrize(("line", "approved_by"), [
    ('This Whistleblowing Policy (the "Policy") is adopted by the Board of Trustees (the "Board") of Riverside '
     'Community Trust (the "Trust") to protect its staff.', "Board of Trustees of Riverside Community Trust"),
    ('This Policy (the "Policy") explains how the Board of Trustees (the "Board") of Riverside Community Trust '
     'reviews gifts.', None),  # the board named, adopting nothing
    # this document by a longer name
    ('This Conflict of Interest Policy (the "Policy") is adopted by the Board of Directors (the "Board") of Lantern '
     'Open Science Foundation (the "Foundation") to protect its interests.',
     "Board of Directors of Lantern Open Science Foundation"),
    ("This year's staff survey on the conflict of interest code was adopted by the Board of Directors.", None),
])
def test_an_approval_whose_terms_are_defined_in_brackets(line, approved_by):
    assert found(facts_of(line, title="Whistleblowing Policy"), "approved_by") == approved_by


@pytest.mark.parametrize(("title", "shown"), [("FAQ", "FAQ"), ("RULES", "Rules"), ("CONFLICT OF INTEREST POLICY",
                                                                                   "Conflict of Interest Policy")])
def test_a_title_in_capitals_as_shown_keeping_initials(tmp_path, title, shown):
    from helpers import imported_and_checked

    source = tmp_path / "page.md"
    source.write_text(f"---\ntitle: {title}\n---\n\nStaff ask their line manager before changing their working "
                      "pattern.\n", encoding="utf-8")  # (the title as a site's front matter gives it)
    _, front, _ = imported_and_checked(source, "page", tmp_path)
    assert f"title: {shown}\n" in front


@pytest.mark.parametrize(("line", "who"), [
    ("2. Scope: All recipients of grants and fellowships funded by the Trust, except federal subawards.",
     ("recipients",)),
    ("3. Scope: This policy covers the use of email.", None),  # what it covers, not who
    ("Recipients of the newsletter can unsubscribe at any time.", None),
])
def test_a_numbered_scope_naming_whom_the_grants_go_to(line, who):
    assert found(facts_of(line, title="Grant-Giving Policy"), "applies_to") == who
