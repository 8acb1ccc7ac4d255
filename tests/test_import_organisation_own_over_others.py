"""Whose policy it is where the text names another organisation in passing (issue 18, set 21's first run): a support
address kept from before a merger ("support@tuatara.org.nz" under a text about Kauri Research Network), a parent's
domain under a unit's mailbox ("arc-help@northfield.edu" under a text about its ARC), and a sponsor's name spelt out
near the top ("National Ocean Research Agency (NORA)") where the text's own is the body the abbreviation heads ("It
is NORA MBL policy that ..."). Each with a look-alike that must still be taken."""

from __future__ import annotations

from test_import_facts import facts_of, found, paragraphs

from handbook.importing.own_address import named_by_address
from handbook.importing.own_name import most_used_own_name

_MERGED = (
    "This Security Policy outlines the security principles for the HPC Platform of Kauri Research Network (KRN). "
    "KRN is committed to delivering secure computing and data services.\n"
    "This policy applies to all KRN staff, users and contractors using KRN systems.\n"
    "KRN staff must report any incident to the KRN Security Manager.\n"
    "Users must keep their KRN credentials safe and tell us at once (support@tuatara.org.nz) if they are lost.\n"
    "KRN will review this policy annually.\n"
    "Note: Tuatara Compute became part of KRN in 2025; some addresses keep the Tuatara name for now.\n")
_PARENT_DOMAIN = (
    "Users of ARC systems agree to abide by published Northfield policies.\n"
    "ARC staff reserve the right to examine user accounts when a security incident is suspected.\n"
    "ARC uses Northfield University credentials for user authentication.\n"
    "Contact arc-help@northfield.edu to change group permissions on ARC systems.\n"
    "ARC staff will delete the files of closed projects after 90 days.\n")


def test_an_address_yields_to_the_name_the_text_uses_as_its_own_far_more():
    assert named_by_address(_MERGED) is None  # not "Tuatara Compute": TBC
    assert named_by_address(_PARENT_DOMAIN) is None  # not "Northfield University": TBC


def test_an_address_is_still_taken_where_other_names_are_tools_or_named_less():
    """Look-alikes: a tool named again and again (never as the text's own people), a partner named as often, and a
    team the text names as the address's organisation's."""
    tool = ("These guidelines apply to Kestrelworks contributor communications.\n"
            "Open an issue on GitHub; GitHub issues are public, and GitHub discussions too.\n"
            "Use a GitHub account in your own name. GitHub mentions notify maintainers.\n"
            "Report unacceptable behaviour to abuse@kestrelworks.org.\n")
    assert (named_by_address(tool) or ("",))[0] == "Kestrelworks"
    partner = ("These guidelines apply to Kestrelworks contributor communications.\n"
               "Kestrelworks maintainers meet Numbat Foundation staff monthly.\n"
               "Report unacceptable behaviour to abuse@kestrelworks.org.\n")
    assert (named_by_address(partner) or ("",))[0] == "Kestrelworks"
    unit = ("This page is for projects involving the University of Northfield RSE Team.\n"
            "As employees of the University of Northfield, RSE team members follow its policies.\n"
            "RSE staff are allocated to projects for a fixed time, and RSE staff keep a timesheet.\n"
            "RSE team members publish software openly. RSE staff answer questions at rse-enquiries@northfield.ac.uk.\n")
    assert (named_by_address(unit) or ("",))[0] == "University of Northfield"  # the team is the university's


_SPONSORED = [
    "It is NORA MBL policy that the MBL Ship Time Committee procedures for evaluating National Ocean Research Agency "
    "(NORA) ship time requests are fair to all requesters and protect the integrity of the NORA and NORA MBL.",
    "A conflict of interest is a clash between a member's private interests and the best interest of NORA MBL.",
    "Conflicts of interest may compromise NORA MBL's standing in the research community and with its sponsors.",
    "NORA MBL staff and committee members shall declare any conflict before a review.",
    "NORA MBL will keep each declaration for five years, as the NORA award requires.",
]


def test_a_sponsor_whose_abbreviation_heads_the_text_s_own_name_is_not_taken():
    assert found(facts_of(*_SPONSORED), "organisation") is None
    named = most_used_own_name(paragraphs(*_SPONSORED), "Conflict of Interest Policy", {})
    assert named is not None and named[0] == "NORA MBL", named


def test_an_abbreviation_used_alone_is_still_spelt_out():
    """Look-alike: the agency's own policy, naming one of its centres once."""
    lines = ["The National Ocean Research Agency (NORA) sets this policy for ship time requests.",
             "NORA staff review each request, and NORA will publish its decisions.",
             "NORA MBL requests are reviewed as any other; NORA keeps every declaration for five years."]
    assert found(facts_of(*lines), "organisation") == "National Ocean Research Agency"
