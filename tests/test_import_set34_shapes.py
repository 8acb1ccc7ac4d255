"""``handbook import`` on shapes first met in held-out sets 34 and 33 (issue 18): a handbook that a book tool (HonKit,
GitBook) printed to PDF, whose "Table of Contents" page lists each section with its section number ("Access
Control 1.3", "Password Managers 1.3.3") where other contents lists give a page, the document's title on the page after
it; one of its pages as the site serves it, its heading an <h2>. And what such policies state in words the facts did
not read: whose policy it is ("It is Lullabot's policy that ...", "It is the CRCD's policy that ..."; never "the
District"), whom it applies to where it also says whom it protects, a name the text quotes in lower case. Each document
is made here as its writers make it, imported, and checked as ``handbook check --strict`` checks it."""

from __future__ import annotations

import pytest
from helpers import REPO
from test_import_facts import facts_of, found

from handbook.cli import main
from handbook.importing import import_policy
from handbook.importing.titles import is_no_title

_SECTIONS = [
    ("Example Co Information Security Policy", "1.1", "It is Example Co's policy that the information it manages "
     "shall be appropriately secured against breaches of confidentiality."),
    ("Leadership and Review", "1.2", "Example Co will create a security team to manage and oversee this policy."),
    ("Access Control", "1.3", "Access control policies are designed to ensure authorised user access to systems."),
    ("Password Managers", "1.3.1", "Staff must keep every work password in the company's password manager."),
    ("Shared Accounts", "1.3.2", "Accounts are never shared between members of staff, except the support inbox."),
    ("Physical Security", "1.4", "Devices are locked whenever they are left unattended, at home or in the office."),
    ("Backups", "1.4.1", "Work files are kept in the company's cloud storage, which is backed up every night."),
    ("Acknowledgement and Signature", "1.5", "I have read the information security policy and agree to follow it."),
]


def _honkit_pdf(path) -> None:
    """A handbook as HonKit prints it: its contents page first, each entry's section number set at the right
    margin, then every section on a page of its own under its heading."""
    from weasyprint import HTML

    contents = "".join(f"<p style='margin: 10pt 0'>{title}<span style='float: right'>{number}</span></p>"
                       for title, number, _ in _SECTIONS)
    sections = "".join(f"<h2 style='break-before: page'>{title}</h2><p>{words}</p>" for title, _, words in _SECTIONS)
    HTML(string="<html><body style=\"font-family: 'DejaVu Sans'; font-size: 10pt\">"
                f"<h1>Table of Contents</h1>{contents}{sections}</body></html>").write_pdf(path)


def test_a_contents_list_numbered_by_section_is_set_aside_and_is_no_title(tmp_path):
    _honkit_pdf(tmp_path / "security.pdf")

    result = import_policy(tmp_path / "security.pdf", "security", tmp_path / "src")

    assert main(["check", str(tmp_path / "src"), "--docs", str(REPO / "docs"), "--strict"]) == 0
    text = result.path.read_text()
    assert "title: Example Co Information Security Policy\n" in text
    body = text.split("---\n", 2)[2]
    assert "Table of Contents" not in body and "1.3.1" not in body
    assert [line for line in body.splitlines() if line.startswith("#")][1:3] == [
        "## Leadership and Review", "## Access Control"]
    assert any("the table of contents (8 entries) was left out" in note for note in result.notes), result.notes


def test_a_contents_heading_is_never_a_title():
    assert is_no_title("Table of Contents") and is_no_title("CONTENTS") and is_no_title("Contents:")
    assert not is_no_title("Contents Insurance Policy")


@pytest.mark.parametrize(("lines", "organisation"), [
    (["This work is licensed under a Creative Commons Attribution 4.0 International License.",
      "It is Example Co\u2019s policy that the information it manages shall be appropriately secured.",
      "Example Co will create a security team to manage and oversee its information security policy."], "Example Co"),
    (["Accordingly, it is the policy of the Riverside School District not to discriminate against any individual.",
      "Complaints go to the Riverside School District's compliance officer."], "Riverside School District"),
    (["It is the policy of Oakfield Academy to treat every application for flexible working fairly.",
      "Oakfield Academy will reply to each request within four weeks."], "Oakfield Academy"),
])
def test_it_is_the_organisations_policy(lines, organisation):
    assert found(facts_of(*lines, title="Security Policy"), "organisation") == organisation


@pytest.mark.parametrize("lines", [
    # whose policy it is not said: a body the text answers to, a name used once, "our"
    ["It is the policy of the Department for Education that schools publish their charging policy."],
    ["It is our policy that all staff are treated fairly.", "Staff may ask the head teacher for a copy."],
    ["It is the policy of the Board that every complaint is answered within ten days."],
])
def test_it_is_a_policy_of_no_organisation_of_its_own(lines):
    assert found(facts_of(*lines, title="Complaints Policy"), "organisation") is None


def test_whom_a_policy_protects_gives_way_to_whom_it_says_it_applies_to():
    """A page of an employer's security handbook: it protects the company and everyone it deals with, and applies to
    its employees and contractors."""
    facts = facts_of("This Acceptable Use Policy (AUP) for information systems is designed to protect Tideway, our "
                     "employees, customers and other partners from harm caused by misuse of our IT systems.",
                     "Scope", "This policy applies to all Tideway employees and contractors.", title="Acceptable Use")
    assert found(facts, "applies_to") == ("employees", "contractors")


def test_a_book_pages_title_is_its_heading_not_the_book_name_beside_it(tmp_path):
    """A page of a handbook site a book tool built: its <title> is the page's heading and the book's name ("Acceptable
    Use Policy · Security Policy"); the page's heading is an <h2>, the only <h1>s being the search box's."""
    (tmp_path / "aup.html").write_text(
        "<!DOCTYPE html><html><head><meta charset='UTF-8'><title>Acceptable Use Policy \u00b7 Security Policy</title>"
        "</head><body><div class='book'><div class='page-inner'><section class='normal markdown-section'>"
        "<h2 id='acceptable-use-policy'>Acceptable Use Policy</h2>"
        "<p>This policy applies to all Tideway employees and contractors.</p>"
        "<p>Devices lock after at most ten minutes without use.</p></section></div>"
        "<div class='search-results'><h1 class='search-results-title'>No results matching</h1></div></div>"
        "</body></html>", encoding="utf-8")

    result = import_policy(tmp_path / "aup.html", "aup", tmp_path / "src")

    assert "title: Acceptable Use Policy\n" in result.path.read_text()


def test_a_name_the_text_quotes_in_lower_case_is_still_a_name():
    """A word in quotes is mentioned, not used: "the word “tideway”" (a password not to choose) makes "Tideway" no
    common noun; "the tideway" in the text's own words does."""
    lines = ["It is Tideway\u2019s policy that the information it manages shall be appropriately secured.",
             "Tideway will create a security team to oversee this policy.",
             "Do NOT use guessable passwords such as birthdays or the word \u201ctideway\u201d."]
    assert found(facts_of(*lines, title="Security Policy"), "organisation") == "Tideway"
    lines[2] = "Staff walking along the tideway keep their laptops in a locked bag."
    assert found(facts_of(*lines, title="Security Policy"), "organisation") is None


def test_it_is_the_organisations_policy_anywhere_in_the_text():
    """A research computing centre's investing policy says whose policy it is in its fourth paragraph (held-out set
    33's Pitt CRCD)."""
    lines = ["Researchers can allocate grant funds to the CRCD for community hardware purchases.",
             "Investors receive a five-year allocation on the cluster.",
             "Equipment prices are negotiated in bulk.",
             "Many investors need some hardware of their own. It is the CRCD\u2019s policy that exclusive access can "
             "be kept to up to 20 percent of the hardware bought."]
    assert found(facts_of(*lines, title="Hardware Investing Policy"), "organisation") == "CRCD"


@pytest.mark.parametrize("sentence", [
    # the drafting's own word for the organisation, a kind and no name (West Ada's grievance procedure: "It is the
    # policy of the District to ...")
    "It is the Company\u2019s policy that expenses are repaid within ten working days.",
    "It is the policy of the District to answer every complaint within ten working days.",
    "It is the policy of the School District to answer every complaint within ten working days.",
    # its governing body, not the organisation
    "It is the policy of the Board of Education that every complaint is answered within ten working days.",
])
def test_it_is_the_policy_of_a_kind_or_a_board_names_no_one(sentence):
    lines = ["Staff claim expenses through the finance system within a month.", sentence,
             "The District and the Company and the School District and the Board of Education keep records."]
    assert found(facts_of(*lines, title="Expenses Policy"), "organisation") is None
