"""Shapes of held-out sets 102 to 105's first runs (issue 18, stop 52), made here, each beside a look-alike: a Jekyll
page's front matter over its HTML (Fulcrum's, whose lines were written into the page as text); "update this document
accordingly, on an annual basis"; "Adopted July 23, 2012; ... revised February 29, 2024." (Dryad's bylaws); Badrap's
"has been approved on 2024-12-31 by the board of directors", "is annually reviewed and approved by the Company's CEO"
(its name alone under the title, "Badrap Oy", is still not taken: a legal form alone is no sign); Connected by Data's
"was last reviewed and approved by the whole team on 2 October 2025"; "OpenTitan Governing Board (OTGB)" (a body of the
project, which the first run wrote as the organisation); "references to 'us', 'our' or 'we' are to the House of
Commons"; Bromley's "agreement ... between the London Borough of Bromley ..., and the Subscriber"; and the Rambots' "It
is updated yearly by the Core Leadership team"."""

from __future__ import annotations

import pytest
from helpers import imported_and_checked
from test_import_facts import facts_of, found


def test_a_jekyll_pages_front_matter_over_its_html_is_its_settings_not_its_text(tmp_path):
    (tmp_path / "preservation.html").write_text(
        "---\nlayout: page\ntitle: Preservation\npermalink: /preservation/\n---\n"
        "<p class=\"milli\">Last Updated: December 19, 2024</p>\n\n"
        "<p>Durability is among our core values. We plan to revisit our preservation policies, and update this "
        "document accordingly, on an annual basis.</p>\n")
    result, front, body = imported_and_checked(tmp_path / "preservation.html", "preservation", tmp_path)
    assert "title: Preservation" in front and "review_every: 1 year" in front, front
    assert "layout" not in body and "permalink" not in body
    assert any("front matter" in note for note in result.notes)


@pytest.mark.parametrize(("line", "review_every"), [
    ("We plan to revisit our preservation policies, and update this document accordingly, on an annual basis.",
     "1 year"),
    ("We plan to update the website accordingly, on an annual basis.", None),
])
def test_updating_this_document_on_an_annual_basis_is_its_review(line, review_every):
    assert found(facts_of("Durability is among our core values.", line, title="Preservation"),
                 "review_every") == review_every


@pytest.mark.parametrize(("line", "approved_on"), [
    ("Adopted July 23, 2012; revised May 20, 2013; revised May 23, 2016; revised February 29, 2024.", "2024-02-29"),
    ("Adopted by the members; revised May 20, 2013.", None),
])
def test_the_latest_revision_after_the_adoption_is_the_approval(line, approved_on):
    assert found(facts_of("Article 12 Amendments", line, title="Bylaws"), "approved_on") == approved_on


@pytest.mark.parametrize(("line", "approved_by", "approved_on"), [
    ("This Environmental, Social and Governance Policy has been approved on 2024-12-31 by the board of directors to "
     "be used at Harbour Oy.", "board of directors", "2024-12-31"),
    ("The budget has been approved on 2024-12-31 by the board of directors.", None, None),
    ("This policy was last reviewed and approved by the whole team on 2 October 2025.", "whole team", "2025-10-02"),
])
def test_an_approval_with_its_date_before_the_approver_or_last_reviewed(line, approved_by, approved_on):
    facts = facts_of(line, "We respect human rights.", title="ESG Policy")
    assert (found(facts, "approved_by"), found(facts, "approved_on")) == (approved_by, approved_on)


@pytest.mark.parametrize(("line", "approved_by", "review_every"), [
    ("This policy is annually reviewed and approved by the Company\u2019s CEO.", "CEO", "1 year"),
    ("Staff pay is annually reviewed and approved by the Company\u2019s CEO.", None, None),
])
def test_a_period_before_the_verb_and_an_approver_by_the_companys_role(line, approved_by, review_every):
    facts = facts_of("Access rights are granted on business need only.", line, title="Security Policy")
    assert (found(facts, "approved_by"), found(facts, "review_every")) == (approved_by, review_every)


@pytest.mark.parametrize("line", ["Harbour Oy", "Bates Wells & Braithwaite London LLP", "Tron Systems Ltd."])
def test_a_name_alone_near_the_top_by_its_legal_form_is_not_taken_for_whose_it_is(line):
    # Badrap Oy's name under its title, beside two that are not whose the policy is: a constitution's drafting
    # lawyers and an API's contractor (which the first try at reading such lines wrote, in the regression run)
    facts = facts_of(line, "Security of our customers is our highest priority.", title="Security Policy")
    assert found(facts, "organisation") is None


def test_a_projects_governing_board_by_its_initials_is_not_the_organisation():
    facts = facts_of("The Technical Committee reports to the Kestrel Governing Board (KGB).",
                     "The KGB appoints the chair. The KGB sets these terms. Kestrel is an open project.",
                     title="Kestrel Technical Committee Terms of Reference")
    assert found(facts, "organisation") != "Kestrel Governing Board"


@pytest.mark.parametrize(("line", "organisation"), [
    ("In this notice, references to 'us', 'our' or 'we' are to the Harbour Assembly.", "Harbour Assembly"),
    ("In this notice, references to 'us', 'our' or 'we' are to the Council.", None),
    ("The subscription is a legal agreement (governed by English Law) between the London Borough of Harbourside "
     "(identified as 'LBH'), and the Subscriber.", "London Borough of Harbourside"),
    ("The subscription is a legal agreement between the Company and the Customer.", None),
])
def test_whom_we_means_and_the_body_a_subscriber_agrees_with(line, organisation):
    facts = facts_of(line, "We keep your data for two years.", title="Privacy notice")
    assert found(facts, "organisation") == organisation


@pytest.mark.parametrize(("line", "owner"), [
    ("This handbook is for all members of the team. It is updated yearly by the Core Leadership team.",
     "Core Leadership team"),
    ("The website is updated yearly by the Core Leadership team.", None),
])
def test_who_updates_it_yearly_keeps_it(line, owner):
    assert found(facts_of(line, "Members attend build sessions.", title="Student Handbook"), "owner") == owner
