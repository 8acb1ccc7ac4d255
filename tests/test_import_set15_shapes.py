"""Shapes held-out set 15's documents have and the first import got wrong (issue 18), each written here as such
organisations write it, imported and checked as ``handbook check --strict`` checks it, beside a look-alike that
must keep what it had."""

from __future__ import annotations

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
