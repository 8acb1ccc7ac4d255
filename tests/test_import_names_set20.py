"""Whose a document is, in the shapes held-out set 20's first run missed or misread (issue 18): a name the text uses as
its own ("Fernhill's Open Source Review Group") beside its own account's handle in lower case ("[fernhill](...)"), a
site named as a team at its organisation ("Analytics @ The Policy Lab"), a government named by its place ("within
Harbour County government"), the article before a name ("the City of Ashford"), and a link the text calls its own
("[our guidelines](https://github.com/fernhill/...)"). Each document is written as such organisations write theirs,
imported and checked as ``handbook check --strict`` checks it; beside each, a look-alike that must not be taken so."""

from __future__ import annotations

from helpers import imported_and_checked


def _imported(tmp_path, name: str, text: str, suffix: str = ".md") -> tuple[str, list[str]]:
    source = tmp_path / f"{name}{suffix}"
    source.write_text(text)
    result, front, _ = imported_and_checked(source, name, tmp_path / name)
    return front, [note for note in result.notes if note.startswith("front matter organisation")]


# A retailer's open source rules: its name mostly owns what follows ("Fernhill's competitive advantage"), and its
# GitHub organisations are listed by their handles, in lower case
_OPEN_SOURCE_RULES = (
    "# OPEN SOURCE RULES\n\n"
    "If you are a Fernhill employee please use the internal version of these rules, which has the contact names.\n\n"
    "### Purpose\n\n"
    "These rules help you publish useful projects beyond Fernhill. They also protect Fernhill\u2019s competitive "
    "advantage and Fernhill\u2019s customers.\n\n"
    "### Contact\n\n"
    "Please contact Fernhill\u2019s Open Source Review Group with questions.\n\n"
    "### Our GitHub organizations\n\n"
    "+ [fernhill](https://github.com/fernhill): where we show our strongest projects\n"
    "+ [fernhill-incubator](https://github.com/fernhill-incubator): where new projects grow for six months\n")


def test_a_name_owning_what_follows_beside_its_handles_in_lower_case_is_offered_as_the_organisation(tmp_path):
    front, notes = _imported(tmp_path, "open-source-rules", _OPEN_SOURCE_RULES)

    assert "\norganisation: TBC  # perhaps 'Fernhill'?" in front, (front, notes)


def _page(title: str, site: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{paragraph}</p>\n" for paragraph in paragraphs)
    return (f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title} \u2013 {site}</title>"
            f"<meta property=\"og:site_name\" content=\"{site}\"></head>\n<body><main>\n<h1>{title}</h1>\n{body}"
            "</main></body></html>\n")


# A public body's analytics team's handbook, its site named as the team at the organisation; the team's name is the
# one its text uses most ("the Analytics team", "an Analytics Award")
_TEAM_PAGE = _page("Code review", "Analytics @ The Policy Lab", [
    "Every pull request is reviewed by one other member of the Analytics team before it is merged.",
    "Reviews should happen within two working days. Reviewers check that the code runs and that the results make "
    "sense.",
    "Each quarter the Analytics team gives an Analytics Award for the most helpful review.",
    "Work that will be shared outside the Policy Lab is also reviewed by a senior analyst.",
])
# A conference's page, its site hosted at a service the text uses as a tool
_HOSTED_PAGE = _page("Travel grants", "PyNorth 2025 @ Eventbrite", [
    "PyNorth offers travel grants to speakers and attendees who could not otherwise come.",
    "Apply by 1 March. You will hear from us by email within two weeks of the deadline.",
    "Tickets are sold on Eventbrite; grant holders get a free ticket code for Eventbrite.",
    "Grants cover travel and up to three nights of accommodation.",
])


def test_a_site_named_as_a_team_at_an_organisation_names_the_organisation(tmp_path):
    front, notes = _imported(tmp_path, "code-review", _TEAM_PAGE, ".html")

    assert "\norganisation: The Policy Lab\n" in front, (front, notes)
    assert "the site's name in the page's metadata, 'Analytics @ The Policy Lab'" in notes[0], notes


def test_a_site_at_a_service_the_text_uses_as_a_tool_names_no_organisation(tmp_path):
    front, notes = _imported(tmp_path, "travel-grants", _HOSTED_PAGE, ".html")

    assert "Eventbrite" not in front, (front, notes)


def test_a_place_named_before_government_is_offered_as_the_governments_name(tmp_path):
    """A county's open source guidance: "Harbour County" is always "Harbour County government"."""
    front, notes = _imported(tmp_path, "working-openly", (
        "---\ntitle: Working openly\n---\n\n"
        "Working openly means sharing your code from the first day, within and outside of Harbour County government, "
        "so that others can help.\n\n"
        "As Harbour County government moves to open by default, teams should publish code unless there is a reason "
        "not to.\n\n"
        "## Checklist\n\n"
        "- I am publishing an existing Harbour County Government project.\n"
        "- I have removed passwords and personal data from the code.\n"
        "- I am reusing code from outside in a Harbour County Government project, and its licence allows it.\n\n"
        "Ask the open source lead of Harbour County government if you are unsure.\n"))

    assert "\norganisation: TBC  # perhaps 'Harbour County Government'?" in front, (front, notes)


def test_a_name_used_without_government_is_reported_as_written(tmp_path):
    """A company's guide that speaks of a government once, beside its own name used throughout."""
    front, notes = _imported(tmp_path, "publishing", (
        "# Publishing code\n\n"
        "Publishing code is part of how Larkfield Analytics works, and Larkfield Analytics staff publish by "
        "default.\n\n"
        "Larkfield Analytics projects that use data from the Harbour County government must be checked first.\n\n"
        "## Who to ask\n\nAsk the Larkfield Analytics team lead before publishing anything new.\n"))

    assert "\norganisation: TBC  # perhaps 'Larkfield Analytics'?" in front, (front, notes)


def test_the_article_before_a_city_is_not_part_of_its_name(tmp_path):
    """A city's accessibility statement: "The City of Ashford is committed to ...", then "the City of Ashford"."""
    front, notes = _imported(tmp_path, "accessibility", (
        "---\ntitle: Accessibility statement\n---\n\n"
        "The City of Ashford is committed to making its digital services accessible to everyone who lives, works or "
        "visits here.\n\n"
        "## What we do\n\nTo make our sites easy to use, the City of Ashford follows the Web Content Accessibility "
        "Guidelines.\n"))

    assert "\norganisation: City of Ashford\n" in front, (front, notes)


def test_a_name_written_with_the_mid_sentence_keeps_it(tmp_path):
    """A community's statement whose name includes "The": "The Tinkerers is ...", "join The Tinkerers"."""
    front, notes = _imported(tmp_path, "welcome", (
        "# Welcome statement\n\n"
        "The Tinkerers is committed to being a friendly community for makers of every background and skill.\n\n"
        "Anyone can join The Tinkerers, and all The Tinkerers events follow this statement.\n"))

    assert "\norganisation: The Tinkerers\n" in front, (front, notes)


_PLAYBOOK = (
    "---\ntitle: Open-sourcing a project\n---\n\n"
    "# Open-sourcing a project\n\n"
    "While we open source by default, some apps start private. Follow [our guidelines for public and private "
    "content](https://github.com/quillworks/handbook/blob/main/documentation.md) first.\n\n"
    "## Audit for secrets\n\n"
    "The [detect-secrets](https://github.com/Yelp/detect-secrets) utility can scan files. See [our own "
    "playbook](https://www.notion.so/quillworks/Secrets-1234) for more.\n\n"
    "## Spread the word\n\n"
    "New contributions will come from branches on the main Quillworks repo. Write a post for future Quillworks "
    "developers.\n")


def test_a_link_the_text_calls_its_own_offers_the_organisation_its_account_spells(tmp_path):
    front, notes = _imported(tmp_path, "open-sourcing", _PLAYBOOK)

    assert "\norganisation: TBC  # perhaps 'Quillworks'?" in front, (front, notes)
    assert "a link the text calls its own, 'our guidelines for public and private content'" in notes[0], notes


def test_a_link_to_anothers_account_names_no_organisation(tmp_path):
    """The same playbook without "our": its links point to others' accounts (Yelp's), not to its own."""
    text = _PLAYBOOK.replace("[our guidelines for public and private content]", "[the guidelines]").replace(
        "[our own playbook]", "[this playbook]").replace("Quillworks", "Quillworks'")
    front, notes = _imported(tmp_path, "open-sourcing", text.replace("The [detect-secrets]", "Yelp's [detect-secrets]"))

    assert "\norganisation: TBC\n" in front, (front, notes)


def _rules_with_bodies(bodies: str) -> str:
    return ("# Open Source Rules\n\n"
            "These rules apply to every project Fernhill staff publish on GitHub. Please contact the OSS Review Group "
            "with any question about them.\n\n"
            "## Rules\n\n1. Every project MUST have two named maintainers.\n"
            "2. Every project MUST have a licence file.\n\n"
            "## Appendix: How Fernhill organizes open source\n\n"
            "There are two groups at Fernhill: the OSS Review Group and the Open Source Guild.\n\n"
            f"{bodies}")


_REVIEW_GROUP = ("OSS Review Group\n\n+ Purpose\n    + Offer peer review and feedback.\n"
                 "    + Develop policies and processes that keep our open source projects safe and useful.\n"
                 "+ Membership: engineers, Legal and Tech Security\n\n")
_GUILD = ("Open Source Guild\n\n+ Purpose\n    + Announce new projects and ask for feedback.\n"
          "    + Share articles, talks and videos.\n\n")


def test_the_body_described_as_developing_the_policies_is_the_owner(tmp_path):
    front, _ = _imported(tmp_path, "rules", _rules_with_bodies(_REVIEW_GROUP + _GUILD))

    assert "\nowner: OSS Review Group\n" in front, front


def test_a_body_described_as_doing_anything_else_owns_nothing(tmp_path):
    """The same rules whose review group develops training, not the policies: the owner stays TBC."""
    bodies = _REVIEW_GROUP.replace("Develop policies and processes", "Develop training materials and talks")
    front, _ = _imported(tmp_path, "rules", _rules_with_bodies(bodies + _GUILD))

    assert "\nowner: TBC\n" in front, front


def test_two_bodies_described_as_developing_policies_leave_the_owner_tbc(tmp_path):
    """The same rules where an engineering council is described as developing policies too: whose these are is not
    told."""
    council = ("Engineering Council\n\n+ Responsibilities\n    + Develop policies on hiring and on-call.\n"
               "    + Meet monthly.\n\n")
    front, _ = _imported(tmp_path, "rules", _rules_with_bodies(_REVIEW_GROUP + council + _GUILD))

    assert "\nowner: TBC\n" in front, front
