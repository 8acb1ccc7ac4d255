"""Shapes held-out set 24's documents have and the first import got wrong (issue 18), each written here as such
organisations write it, imported and checked as ``handbook check --strict`` checks it, beside a look-alike that
must keep what it had."""

from __future__ import annotations

import docx
from docx_builder import add_list, numbered
from helpers import imported_and_checked
from test_import_facts import facts_of, found
from weasyprint import HTML

_SECTIONS = [("Scope", ["This Policy applies to all Company personnel and contractors."]),
             ("Policy", ["It is Company's policy to set the terms of remote access.",
                         "This Policy applies to all remote access of the IT System by Users."]),
             ("Procedure", ["Authorization.", "General Security Procedures."])]


def _lawyers_template(path, bold_sections: bool = True):
    """A clinic's policy from a law firm's template: Word numbers its sections "I." to "III." in their own bold
    lines, its points "a." and their points "i.", each in a list of its own."""
    document = docx.Document()
    document.add_paragraph("Remote Access Policy", style="Title")
    sections = add_list(document, [("upperRoman", "%1.")])
    for title, points in _SECTIONS:
        numbered(document, title, sections, 0).runs[0].bold = bold_sections
        letters = add_list(document, [("lowerLetter", "%1.")])
        for point in points:
            numbered(document, point, letters, 0)
            numbered(document, "Users follow the Chief Security Officer's instructions.",
                     add_list(document, [("lowerRoman", "%1.")]), 0)
    document.save(path)
    return path


def test_word_sections_numbered_i_ii_iii_in_bold_lines_are_headings_over_their_points(tmp_path):
    """Millie's remote access policy: the sections were written as points "(i)" to "(iv)" among the points "(a)"
    and "(i)" under them, which ``check --strict`` refused ("point (iii) is out of sequence (expected (c))")."""
    _, front, body = imported_and_checked(_lawyers_template(tmp_path / "remote.docx"), "remote", tmp_path / "src")

    assert [line for line in body.splitlines() if line.startswith("#")] == [
        "# Remote Access Policy", "## I. Scope", "## II. Policy", "## III. Procedure"]
    assert "title: Remote Access Policy\n" in front
    assert "\n(a) It is Company's policy" in body and "\n(b) General Security Procedures." in body


def test_bold_roman_numbered_sentences_stay_points(tmp_path):
    """The look-alike: rules numbered "I." to "III." in bold that are sentences, not sections' names, stay points."""
    document = docx.Document()
    document.add_paragraph("Screen Lock Rules", style="Title")
    document.add_paragraph("Staff keep these three rules at all times.")
    rules = add_list(document, [("upperRoman", "%1.")])
    for rule in ("Lock your screen whenever you leave your desk.", "Never share your password with anyone.",
                 "Report a lost laptop to the service desk at once."):
        numbered(document, rule, rules, 0).runs[0].bold = True
    document.save(path := tmp_path / "rules.docx")

    _, _, body = imported_and_checked(path, "rules", tmp_path / "src")

    assert "## " not in body and "(ii) **Never share your password with anyone.**" in body, body


def _draft_pdf(path):
    terms = [f"Term {n}: a word every Certification Authority reads alike." for n in range(1, 41)]  # a line each
    lines = "".join(f"<p style='margin:0 0 6pt 0'>{318 + n} {term}</p>"
                    for n, term in enumerate(terms, start=1))
    HTML(string=("<html><body style='font-family: serif; font-size: 10pt'>"
                 "<p style='font-size: 18pt; font-weight: bold'>Device Certificate Policy</p>"
                 f"<p style='font-size: 13pt; font-weight: bold'>Definitions</p>{lines}</body></html>")).write_pdf(path)
    return path


def test_a_drafts_margin_line_numbers_are_removed_and_reported(tmp_path):
    """The Federal PKI draft numbers every line for reviewers ("319 Secure Zone: ..."); its glossary ran into one
    paragraph of over 20,000 characters and the import was refused."""
    result, _, body = imported_and_checked(_draft_pdf(tmp_path / "draft.pdf"), "draft", tmp_path / "src")

    assert "Term 1: a word" in body and "Term 40: a word" in body and "319" not in body and "358" not in body
    assert "the line numbers printed in the margin (40 lines, for reviewers to cite) were removed" in result.notes


def test_numbers_opening_a_few_lines_are_the_documents_own(tmp_path):
    """The look-alike: a numbered list is the document's (its numbers open a few lines, not most of them)."""
    path = tmp_path / "list.pdf"
    HTML(string=("<html><body style='font-family: serif; font-size: 10pt'>"
                 "<p style='font-size: 18pt; font-weight: bold'>Visitors Policy</p>"
                 + "".join(f"<p>{n}. Visitors sign in at reception and wear a badge at all times, rule {n}.</p>"
                           for n in range(1, 6))
                 + "".join("<p>Staff escort visitors who have not been checked.</p>" for _ in range(10))
                 + "</body></html>")).write_pdf(path)

    result, _, body = imported_and_checked(path, "visitors", tmp_path / "src")

    assert "\n3. Visitors sign in" in "\n" + body, body
    assert not any("line numbers" in note for note in result.notes)


def test_a_name_heading_the_title_and_never_named_apart_from_it_is_no_organisation():
    """"Federal Public Trust Device Certificate Policy": "Federal Public Trust" is the kind of certificates."""
    facts = facts_of("Federal Public Trust Device Certificate Policy",
                     "Certification Authorities issue the certificates under the root.")

    assert found(facts, "organisation") is None


def test_a_body_managing_this_policy_is_its_owner():
    facts = facts_of("The Federal Public Key Infrastructure Policy Authority (FPKIPA) manages this policy and "
                     "represents the interests of the Federal CIOs.")

    assert found(facts, "owner") == "Federal Public Key Infrastructure Policy Authority"


def test_managing_a_register_this_policy_keeps_is_no_ownership():
    assert found(facts_of("The School Office maintains this policy's register of visitors."), "owner") is None


def test_a_pdfs_bold_roman_sections_are_headings_under_the_title_its_table_gives(tmp_path):
    """Millie's incident policy as a PDF: its title only in the header table ("Title: Security Incident Management
    Policy"), then sections typed "I. Scope" in bold, larger type: the first section was taken for the title."""
    sections = "".join(f"<p style='font-size: 13pt; font-weight: bold'>{number}. {name}</p><p>{words}</p>"
                       for number, name, words in [
                           ("I", "Scope", "This Policy applies to all Company personnel and contractors."),
                           ("II", "Policy", "Company responds to every security incident it is told of."),
                           ("III", "Procedure", "Report an incident to the Chief Security Officer at once.")])
    HTML(string=("<html><head><style>td { border: 1px solid black; padding: 4pt }</style></head>"
                 "<body style='font-family: serif; font-size: 10pt'><table style='border-collapse: collapse'><tr>"
                 "<td>Title: Security Incident Management Policy</td><td>Policy #: IT-009</td></tr><tr>"
                 "<td>Effective Date: Jul 5, 2022</td><td>Last Revised: May 2, 2022</td></tr></table>"
                 f"{sections}</body></html>")).write_pdf(path := tmp_path / "incident.pdf")

    _, front, body = imported_and_checked(path, "incident", tmp_path / "src")

    assert "title: Security Incident Management Policy\n" in front
    assert [line for line in body.splitlines() if line.startswith("#")] == [
        "## I. Scope", "## II. Policy", "## III. Procedure"]


_TERMS = ["**Domain Name Registrar**: A person or entity that registers Domain Names under an agreement with ICANN.",
          "**Effective Date**: 1 July 2012.",
          "**Embedded SCT**: An SCT delivered via an X.509v3 extension within the certificate it covers.",
          "**Enterprise RA**: An employee or agent of an organisation unaffiliated with the CA who approves issuance.",
          "**Expiry Date**: The Not After date in a Certificate that defines the end of its validity period."]


def _markdown_policy(tmp_path, *lines: str):
    (tmp_path / "policy.md").write_text("# Device Certificate Policy\n\n" + "\n\n".join(lines) + "\n", encoding="utf-8")
    return imported_and_checked(tmp_path / "policy.md", "policy", tmp_path / "src")[1]


def test_a_date_a_glossary_defines_is_not_the_policys_start_date(tmp_path):
    """The Federal PKI draft's definitions, once its line numbers went, read "**Effective Date**: 1 July 2012." as
    the policy's own start date (the date another body's requirements took effect)."""
    front = _markdown_policy(tmp_path, "## Definitions", *_TERMS)

    assert "effective_from: TBC" in front


def test_a_details_block_of_bold_labels_still_states_its_facts(tmp_path):
    front = _markdown_policy(tmp_path, "**Approved by**: Full Governing Body", "**Effective Date**: 1 September 2025",
                             "**Review**: every 2 years", "**Owner**: Headteacher", "**Version**: 3.1",
                             "This policy sets out how visitors are welcomed and kept safe.")

    assert "effective_from: 2025-09-01" in front and "approved_by: Full Governing Body" in front


def test_a_councils_own_committee_names_a_parent_body_not_the_policys_organisation():
    """The Federal PKI TLS policy: "approved by the CIO Council's Executive Committee" named the council that charters
    the policy's authority, and "CIO Council" was written as the organisation."""
    facts = facts_of("The FPKIPA was chartered by the Federal CIO Council. Changes go to the CIO Council\u2019s "
                     "Executive Committee for approval.")

    assert found(facts, "organisation") is None


def test_an_organisations_own_board_still_names_it():
    facts = facts_of("Proposals are decided by voting by the NumFOCUS Board. The NumFOCUS Board meets monthly.")

    assert found(facts, "organisation") == "NumFOCUS"


def test_a_title_led_by_the_kind_of_thing_it_covers_names_no_organisation():
    """The TLS policy's title "U.S. Federal Public Trust TLS PKI Certificate Policy": the text writes "U.S. Federal
    Public Trust TLS PKI" eleven times, never "U.S. Federal Public Trust" alone: a kind of PKI, not a body."""
    facts = facts_of("The U.S. Federal Public Trust TLS PKI issues certificates to federal web services. Each U.S. "
                     "Federal Public Trust TLS certificate names one domain.",
                     title="U.S. Federal Public Trust TLS PKI Certificate Policy")

    assert found(facts, "organisation") is None


def test_a_review_at_least_every_365_days_is_a_yearly_review():
    """The Federal PKI drafts: "The Federal PKI Policy Authority will review and update this Certificate Policy at
    least every 365 days". A period in days other than a year's is no review period the handbook keeps."""
    facts = facts_of("The Federal PKI Policy Authority will review and update this Certificate Policy at least every "
                     "365 days.")
    monthly = facts_of("The Security Team will review and update this policy at least every 30 days.")

    assert (found(facts, "review_every"), found(monthly, "review_every")) == ("1 year", None)


def test_a_revision_tables_adopted_and_effective_columns_give_the_latest_versions_days(tmp_path):
    """The TLS policy's revision history: "Ver. | Description | Adopted | Effective Date" (its header's "Ver." and
    those columns were not read as a version history's)."""
    front = _markdown_policy(tmp_path, "## Revision History",
                             "| Ver. | Description | Adopted | Effective Date |\n| --- | --- | --- | --- |\n"
                             "| 0.9 | Draft for comment | March 1, 2019 | March 1, 2019 |\n"
                             "| 1.0 | Version 1.0 of the Certificate Policy | May 9, 2019 | June 1, 2019 |",
                             "This policy sets the requirements for the certificates the authority issues.")

    assert "approved_on: 2019-05-09" in front and "effective_from: 2019-06-01" in front


def test_a_revision_tables_columns_still_to_be_filled_in_give_nothing(tmp_path):
    front = _markdown_policy(tmp_path, "## Revision History",
                             "| Ver. | Description | Adopted | Effective |\n| --- | --- | --- | --- |\n"
                             "| 1.0.0 | Version 1.0 of the Certificate Policy | <TBD> | <TBD> |",
                             "This policy sets the requirements for the certificates the authority issues.")

    assert "approved_on: TBC" in front and "effective_from: TBC" in front
