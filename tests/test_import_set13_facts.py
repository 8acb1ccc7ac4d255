"""Facts that held-out set 13's documents state and the first import missed (issue 18), each as a shape of
document: written here as such organisations write it, imported, and checked as ``handbook check --strict``
checks it, beside a look-alike that states no such fact and must keep its TBC."""

from __future__ import annotations

from helpers import imported_and_checked

_GITBOOK_SETTINGS = "icon: scroll\ncover: ../../.gitbook/assets/header.png\ncoverY: 0\nlayout:\n  width: default\n"


def test_a_gitbook_pages_description_states_its_version_and_approval_date(tmp_path):
    """A digital-rights charity's policy kept as a GitBook page: its version and approval are the page's
    description, in the front matter that import leaves out with the website's settings. They were lost."""
    (tmp_path / "grievance.md").write_text(
        f"---\ndescription: Version 2.1 | This Policy was approved on 14 June 2023.\n{_GITBOOK_SETTINGS}---\n\n"
        "# Grievance Policy\n\n## Introduction\n\nThis Policy explains how Members raise a grievance.\n")

    _, front, _ = imported_and_checked(tmp_path / "grievance.md", "grievance", tmp_path)

    assert '\nversion: "2.1"\n' in front, front
    assert "\napproved_on: 2023-06-14\n" in front, front


def test_a_description_that_only_summarises_the_page_states_no_fact(tmp_path):
    """The look-alike: a description summing up the page, with a date that is not the policy's approval."""
    (tmp_path / "expenses.md").write_text(
        "---\ndescription: How claims are approved | Rates changed on 1 April 2023 for mileage.\n"
        f"{_GITBOOK_SETTINGS}---\n\n# Expenses Policy\n\nClaims are paid monthly.\n")

    _, front, _ = imported_and_checked(tmp_path / "expenses.md", "expenses", tmp_path)

    assert "\nversion: TBC\n" in front and "\napproved_on: TBC\n" in front, front


def test_this_policy_approved_on_a_date_with_no_approver_gives_the_approval_date_only(tmp_path):
    """A small club's policy closing with when it was adopted, but not by whom; beside it, a sentence about
    something else approved on a date, which is not the policy's approval."""
    (tmp_path / "safeguarding.md").write_text(
        "# Safeguarding Policy\n\nThe club's first trip was approved on 2 March 2019 by the parents' group.\n\n"
        "## Review\n\nThis policy was adopted on 5 September 2024.\n")
    (tmp_path / "kit.md").write_text(
        "# Kit Policy\n\nThe new kit was approved on 2 March 2019.\n\nLeave is approved on 3 May 2024 at the "
        "latest.\n")

    _, front, _ = imported_and_checked(tmp_path / "safeguarding.md", "safeguarding", tmp_path)
    _, kit, _ = imported_and_checked(tmp_path / "kit.md", "kit", tmp_path)

    assert "\napproved_on: 2024-09-05\n" in front and "\napproved_by: TBC\n" in front, front
    assert "\napproved_on: TBC\n" in kit, kit


def test_a_department_whose_name_lists_what_it_covers_with_commas_is_the_organisation(tmp_path):
    """A UK department's privacy notice for a service it runs: its name holds commas ("Department for Culture,
    Media and Sport (DCMS)"), so only "Department for Culture" was seen, and the name was missed."""
    (tmp_path / "notice.md").write_text(
        "# Museum Passes privacy notice\n\n## Who we are\n\nThe Museum Passes service is provided by the "
        "Department for Culture, Media and Sport (DCMS).\n\nDCMS is the data controller for the service.\n\n"
        "## Complaints\n\nWrite to the DCMS data protection officer. DCMS will reply within a month.\n")

    _, front, _ = imported_and_checked(tmp_path / "notice.md", "notice", tmp_path)

    assert "\norganisation: Department for Culture, Media and Sport\n" in front, front


def test_a_programme_whose_name_lists_what_it_covers_is_not_an_organisation(tmp_path):
    """The look-alike: a school policy's opening names a programme the same way, with commas and initials."""
    (tmp_path / "send.md").write_text(
        "# SEND Policy\n\nThis policy covers Special Educational Needs, Disabilities and Inclusion (SENDI).\n\n"
        "SENDI support is planned each term. SENDI reviews involve parents.\n")

    _, front, _ = imported_and_checked(tmp_path / "send.md", "send", tmp_path)

    assert "\norganisation: TBC\n" in front, front


def test_a_code_to_be_adhered_to_by_its_people_names_its_audience(tmp_path):
    """An open-data project's code of conduct says in the passive who must keep it: "These guidelines are to be
    adhered to by all team members, all partners on a given project, and all other participants"; the look-alike
    says what follows the policy, not who keeps it."""
    (tmp_path / "conduct.md").write_text(
        "# Code of Conduct\n\nThe goal of this Code of Conduct is to make explicit the behaviour that is expected. "
        "These guidelines are to be adhered to by all Openfields team members, all partners on a given project, "
        "and all other participants.\n")
    (tmp_path / "rota.md").write_text(
        "# Rota Policy\n\nShifts are published on Fridays. This policy will be followed by a review of the rota "
        "in spring.\n")

    _, front, _ = imported_and_checked(tmp_path / "conduct.md", "conduct", tmp_path)
    _, rota, _ = imported_and_checked(tmp_path / "rota.md", "rota", tmp_path)

    assert "\napplies_to: [members, participants, partners]\n" in front, front
    assert "\napplies_to: [TBC]\n" in rota, rota


def test_ground_rules_everyone_is_to_keep_be_it_staff_or_volunteers_name_the_audience(tmp_path):
    """A press-freedom charity's code: "we have a few ground rules that we expect everyone to adhere to, be it
    staff and board members, volunteers and event attendees; mentors ..."; the look-alike's rules are what
    everyone expects of the weather, naming no one."""
    (tmp_path / "conduct.md").write_text(
        "# Code of Conduct\n\nTo work together in a large and open community, we have a few ground rules that we "
        "expect everyone to adhere to, be it staff and board members, volunteers and event attendees; mentors, "
        "novices, or those seeking help.\n")
    (tmp_path / "events.md").write_text(
        "# Events Policy\n\nOutdoor events follow a few rules that we expect everyone to follow, whether it rains "
        "or not.\n")

    _, front, _ = imported_and_checked(tmp_path / "conduct.md", "conduct", tmp_path)
    _, events, _ = imported_and_checked(tmp_path / "events.md", "events", tmp_path)

    assert "\napplies_to: [staff, volunteers, members, attendees]\n" in front, front
    assert "\napplies_to: [TBC]\n" in events, events


def test_a_charity_writing_of_its_own_trustees_in_lower_case_is_the_organisation(tmp_path):
    """A children's-camp charity's data protection document names itself only as "the CCiW trustees", "the
    CCiW committee"; the look-alike school names its PTA's and social committees, no organisation."""
    (tmp_path / "security.txt").write_text(
        "Security and data protection\n============================\n\nChanges to this document must be agreed "
        "with the LLiW trustees.\n\nData rights\n-----------\n\nRequests go to the LLiW committee, which replies "
        "within a month.\n")
    (tmp_path / "events.txt").write_text(
        "Events policy\n=============\n\nThe PTA committee plans the summer fair. The Social committee books the "
        "hall.\n\nSocial events end by 9pm.\n")

    _, front, _ = imported_and_checked(tmp_path / "security.txt", "security", tmp_path)
    _, events, _ = imported_and_checked(tmp_path / "events.txt", "events", tmp_path)

    assert "\norganisation: LLiW\n" in front, front
    assert "\norganisation: TBC\n" in events, events


def test_an_organisation_valuing_the_wellbeing_of_its_members_speaks_as_the_policys_author(tmp_path):
    """A digital-rights charity's health and safety policy: "The Open Wires Foundation values, above anything, the
    wellbeing of its Members."; the look-alike quotes a regulator valuing its inspectors' wellbeing, not the
    school's own voice."""
    (tmp_path / "safety.md").write_text(
        "# Health and Safety Policy\n\n## Commitment\n\nThe Open Wires Foundation values, above anything, the "
        "wellbeing of its Members.\n\nAll Members share responsibility for safe working conditions.\n")
    (tmp_path / "visits.md").write_text(
        "# Inspection Visits Policy\n\nThe Health and Safety Executive values the wellbeing of its inspectors, "
        "so visits are booked in advance.\n")

    _, front, _ = imported_and_checked(tmp_path / "safety.md", "safety", tmp_path)
    _, visits, _ = imported_and_checked(tmp_path / "visits.md", "visits", tmp_path)

    assert "\norganisation: Open Wires Foundation\n" in front, front
    assert "\norganisation: TBC\n" in visits, visits
