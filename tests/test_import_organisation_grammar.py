"""Whose policy it is, read from the grammar documents use to speak of their own organisation rather than from
one more phrase (issue 18, the facts round before held-out set 19): a kind defined as the name ('"the Company" means
Greystone Facilities Management Limited'), an opening sentence whose subject goes on as "we" or "its" ("Wholistic
Fostering believes ... We are committed to ..."), and the name a document's contact address spells. Each with
look-alikes that name another body, or no one, and must stay TBC."""

from __future__ import annotations

import pytest
from helpers import imported_and_checked
from test_import_facts import facts_of, found, paragraphs

from handbook.importing.own_address import named_by_address
from handbook.importing.own_name import most_used_own_name


@pytest.mark.parametrize(("lines", "organisation"), [
    (['In this policy, "the Company" means Greystone Facilities Management Limited.',
      "It applies to all employees and workers."], "Greystone Facilities Management Limited"),
    (["\u201cThe School\u201d refers to Oakfield Academy, including its nursery and breakfast club.",
      "The school's governors approve this policy."], "Oakfield Academy"),
])
def test_a_kind_defined_as_a_name_is_the_organisation(lines, organisation):
    assert found(facts_of(*lines), "organisation") == organisation


@pytest.mark.parametrize("lines", [
    ['In this policy, "the Company" means the company named in your contract of employment.'],
    ['"The Regulator" means the Charity Commission for England and Wales.'],  # not a kind of organisation
    ['"The Employer" means Our Trust or any of its schools.'],  # not a name
])
def test_a_kind_defined_as_no_name_names_none(lines):
    assert "organisation" not in facts_of(*lines).found


@pytest.mark.parametrize(("lines", "organisation"), [
    (["Complaints and Representations Policy",
      "Wholistic Fostering believes that everyone, children, carers and professionals, should feel safe in raising "
      "concerns. We are committed to resolving complaints quickly, fairly and respectfully.",
      "A complaint can be made by a child, a parent or a foster carer."], "Wholistic Fostering"),
    (["Volunteer Policy", "St Luke's Hospice values the contribution of its volunteers.",
      "This policy applies to all volunteers, including trustees."], "St Luke's Hospice"),
])
def test_an_opening_subject_named_once_that_goes_on_as_we_or_its(lines, organisation):
    assert found(facts_of(*lines), "organisation") == organisation


@pytest.mark.parametrize("lines", [
    # a regulator's belief, then the policy speaking
    ["Complaints Policy", "Ofsted believes that every child should feel safe at school. We agree with this."],
    # another charity's belief, cited, and no "we" or "its" after it
    ["Inclusion Policy", "Mencap believes that everyone with a learning disability should be valued. This policy "
     "follows that principle in every club session."],
    # two names said to be committed: neither is sure
    ["Partnership Statement", "Brookfield Rovers believes that football is for everyone. We are committed to it.",
     "Harrow Vale Athletic is committed to the same aims."],
])
def test_an_opening_subject_that_does_not_go_on_as_the_author_names_none(lines):
    assert "organisation" not in facts_of(*lines).found


@pytest.mark.parametrize(("opening", "organisation"), [
    # what a project welcomes, encourages, expects or appreciates, said of it as the author (Tekton, Truss, OpenWallet
    # Foundation, Knative: sets 18, 80 and 92), with a word of degree between ("very much", "generally")
    ("Larkspur welcomes contributions that use AI tools, as long as the contributor takes accountability.", "Larkspur"),
    ("Larkspur encourages working in the open.", "Larkspur"),
    ("Larkspur Foundation very much appreciates the contributions of all its maintainers.", "Larkspur Foundation"),
    ("Larkspur generally strives to use the newest release of each tool.", "Larkspur"),
    ("Larkspur expects every maintainer to answer security reports within a week.", "Larkspur"),
    # a regulator's expectation, which the policy follows: not whose the policy is
    ("Ofsted expects every school to keep a single central record.", None),
])
def test_what_an_opening_subject_welcomes_or_expects_names_it(opening, organisation):
    facts = facts_of(opening, "Maintainers of Larkspur review each change before it is merged.",
                     "Questions about Larkspur go to the steering group.", title="Contribution Policy")
    assert found(facts, "organisation") == organisation



@pytest.mark.parametrize(("lines", "organisation"), [
    # a housing association's first sentence: what the policy sets out, said of whose it is, with any verb
    (["This policy sets out how Fenwick Homes responds to reports of damp and mould.",
      "It will be reviewed every two years or earlier if regulation changes."], "Fenwick Homes"),
    (["This procedure explains how Harbour View Dental Practice deals with complaints from patients."],
     "Harbour View Dental Practice"),
    # an American company handbook's greeting
    (["Employee Handbook", "Effective January 1, 2023",
      "Welcome to Summit Ridge Logistics, LLC. This handbook applies to all employees of the Company."],
     "Summit Ridge Logistics, LLC"),
])
def test_what_the_policy_sets_out_or_a_handbooks_greeting_names_it(lines, organisation):
    assert found(facts_of(*lines), "organisation") == organisation


@pytest.mark.parametrize("lines", [
    ["This procedure sets out how the Local Authority responds to a referral about a child."],  # whom it answers to
    ["This guidance explains how Microsoft Teams records meetings.",
     "Meetings on Microsoft Teams are recorded only with everyone's consent."],  # a tool
    ["Welcome to Microsoft Teams. Your account is set up by the IT team on your first day."],  # a tool's greeting
])
def test_what_the_policy_sets_out_about_another_or_a_tools_greeting_names_none(lines):
    assert "organisation" not in facts_of(*lines).found


def _own_name(*lines: str, title: str = "Code of Conduct") -> str | None:
    named = most_used_own_name(paragraphs(*lines), title, {})
    return named[0] if named else None


def test_its_people_with_a_word_saying_which_are_its_own():
    """A project's code of conduct names its own people with a word between: "Kestrel Data core team members"."""
    assert _own_name(
        "The goal of this Code of Conduct is to make explicit the behaviour that is expected of all Kestrel Data "
        "team members, all partners on a given project, and all other participants.",
        "This Code of Conduct applies to all the projects that Kestrel Data hosts or organises.",
        "The following behaviours are expected from all participants, including Kestrel Data core team members "
        "and project partners.",
        "Reports are read by two Kestrel Data core team members.") == "Kestrel Data"


def test_its_bodies_with_a_word_saying_which_are_its_own():
    """A project's finance committee's record: "the Thistle Finance Committee", "the Thistle Coordination
    Committee" are bodies of Thistle."""
    assert _own_name(
        "This document records policies adopted by the Thistle Finance Committee (hereafter the Committee).",
        "The Committee will allocate funding as recommended by the Thistle Coordination Committee.",
        "Proposals that are written on behalf of Thistle should be public, and comments welcomed.",
        "Thistle is expected to keep an account with its fiscal sponsor.", title="Finance Committee Policies",
    ) == "Thistle"


def test_a_tool_for_its_people_is_not_its_own():
    """ChatHub is where the team talks, not whose the policy is: "ChatHub for team chat" ("for" joins, it does not say
    which of its people)."""
    assert _own_name(
        "ChatHub for team chat is where announcements are made to all of our volunteers.",
        "Questions go to ChatHub for team leads, who answer them within a working day.",
        "ChatHub for team members is free, and guests may be invited to one channel only.") is None


@pytest.mark.parametrize(("text", "organisation"), [
    # a small site's code of conduct: the name once, as its own, and the address to report to
    ("These guidelines apply to Kestrelworks contributor communications, including messages in code repositories "
     "and chat.\nInstances of unacceptable behaviour can be reported by contacting the project team at "
     "abuse@kestrelworks.org. All complaints will be investigated.", "Kestrelworks"),
    # a university team's working guide: the domain spells the city, the text the university's full name
    ("The information here sets out what this means for projects involving the University of Dunmore Research "
     "Software Team.\nThis is a working document and we welcome feedback via any of our team members or to "
     "rse@dunmore.ac.uk.", "University of Dunmore"),
    # a project hosted by a foundation: its own mailbox at the host's domain
    ("These guidelines are to be adhered to by all Open Tides team members, partners and participants.\n"
     "If you experience or witness unacceptable behaviour, email opentides@okfn.org.", "Open Tides"),
    # terms of use: the foundation named once, by its address's words
    ("By creating an account you opt in to receive communications regarding the Civic Lantern Foundation and "
     "its projects.\nPlease email questions about these terms to sayhello@civiclanternfoundation.org.",
     "Civic Lantern Foundation"),
])
def test_the_name_its_own_address_spells_is_the_organisation(text, organisation):
    named = named_by_address(text)
    assert named is not None and named[0] == organisation, named
    assert "@" in named[1] and "@" in named[2]  # where: the address, for the user to find


@pytest.mark.parametrize("text", [
    # a helpline the policy points to
    "If you are worried about a child, contact the NSPCC on 0808 800 5000 or email help@nspcc.org.uk.\n"
    "Staff can also call the NSPCC whistleblowing line.",
    # a tool the policy tells its people to use
    "Create a ChatHub account for project chat.\nChatHub support is at support@chathub.com; post on ChatHub "
    "only what may be public.",
    # a person's mailbox, and a first name the text writes
    "If someone is violating the code of conduct, report it by talking to Emmanuel, or emailing "
    "emmanuel@lanternpress.org. Emmanuel Ortiz will reply within a day.",
    "Susan Hickey will answer questions about this memo, sent to susan.hickey@va.gov.",
    # the address spells a word of a longer name, not the name
    "This notice is issued by the Ministry of Housing, Communities and Local Government.\n"
    "Write to dataprotection@communities.gov.uk with any question.",
    # the name is only in the address: the project adopted a host's template
    "Instances of abusive behaviour may be reported by contacting the project team at conduct@mozilla.com.",
    # two organisations' addresses: its own and its sponsor's cannot be told apart so
    "Kestrelworks contributor communications are covered.\nReport to conduct@kestrelworks.org, or to the "
    "Numbat Foundation members at safety@numbat.org.",
])
def test_an_address_that_spells_no_name_of_its_own_names_none(text):
    assert named_by_address(text) is None


def test_import_offers_the_name_its_address_spells_and_says_where(tmp_path):
    """``handbook import`` of a short code of conduct whose only sign of whose it is, is the address to report to."""
    source = tmp_path / "conduct.md"
    source.write_text(
        "# Contributor Guidelines\n\n"
        "These guidelines apply to Kestrelworks contributor communications, including messages in code "
        "repositories, collaboration tools and outreach channels.\n\n"
        "* Language and actions must be free of personal attacks, harassment and discrimination.\n\n"
        "Instances of unacceptable behaviour can be reported by contacting the project team at "
        "abuse@kestrelworks.org. All complaints will be investigated.\n")
    result, front, _ = imported_and_checked(source, "conduct", tmp_path / "conduct")
    assert "\norganisation: TBC  # perhaps 'Kestrelworks'?" in front, front
    notes = [note for note in result.notes if note.startswith("front matter organisation")]
    assert len(notes) == 1 and "abuse@kestrelworks.org" in notes[0], notes


def test_a_command_spelt_out_is_an_organisation_so_its_parent_service_is_not_taken_over_it():
    """A Navy command's publication (set 19's NAVSUP P-490): the command, spelt out once and named most, is an
    organisation, not a term; the parent service its text names often too ("Navy members") is then not taken
    as the document's own over it (left TBC: no sentence says whose it is)."""
    lines = ["Harbor Logistics Command (HARLOGCOM) issues this publication for the personal property offices.",
             *["HARLOGCOM staff review each Navy shipment, and HARLOGCOM will answer Navy members' questions."] * 4,
             "Navy members and Navy civilian employees use the Navy's counselling offices.",
             "The Navy community moves every three years; Navy families are counselled first."]
    assert _own_name(*lines, title="Transportation of Personal Property") != "Navy"
