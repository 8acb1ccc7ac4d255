"""What handbook.importing.memo_header reads from a memo's or an order's header, the one reading that the title
(titles) and the issuer and audience (signatories) are taken from. Each header is written as its authors set it out."""

from __future__ import annotations

import pytest

from handbook.importing.memo_header import memo_header


def _header(*lines: str):
    return memo_header((f"line {number}", line) for number, line in enumerate(lines, start=1))


def test_a_federal_memos_header_states_its_sender_addressees_and_subject_with_their_lines():
    """A department's memo as its first page reads: the date stamp, then From, subj and To in that order."""
    memo = _header("Department of Veterans Affairs", "Memorandum", "Date: FEB 26 2014",
                   "From: Acting Assistant Secretary for Policy and Planning (008)",
                   "subj: Open Data - Quarterly Data Asset Collection Requirements (VAIQ 7423360)",
                   "To: Under Secretaries, Assistant Secretaries, and Other Key Officials",
                   "1. In support of Open Data efforts, this memorandum provides guidance.")

    assert memo.sender.value == "Acting Assistant Secretary for Policy and Planning"  # its office's number left out
    assert (memo.sender.place, memo.sender.words) == ("line 4", "From: Acting Assistant Secretary for Policy and "
                                                      "Planning (008)")
    assert memo.subject.value == "Open Data - Quarterly Data Asset Collection Requirements (VAIQ 7423360)"
    assert memo.addressees.value == "Under Secretaries, Assistant Secretaries, and Other Key Officials"
    assert memo.memorandum_for is None and memo.addressed
    assert memo.places == ("line 4", "line 5", "line 6")  # the header's lines; the date and the letterhead not


def test_a_subject_keeps_a_year_in_brackets_that_a_senders_office_number_would_lose():
    memo = _header("MEMORANDUM FOR: Under Secretaries and Staff Office Heads",
                   "FROM: Assistant Secretary for Information and Technology (005)",
                   "SUBJECT: Telework Agreements for Calendar Year (2025)")

    assert memo.subject.value == "Telework Agreements for Calendar Year (2025)"
    assert memo.sender.value == "Assistant Secretary for Information and Technology"


def test_memorandum_for_without_a_colon_is_whom_the_memo_is_for_and_its_to():
    memo = _header("DEPARTMENT OF THE AIR FORCE", "HEADQUARTERS UNITED STATES AIR FORCE WASHINGTON DC",
                   "MEMORANDUM FOR All MAJCOM/A4Rs Personal Property Activity Headquarters",
                   "FROM: HQ USAF/A4L 1030 Air Force Pentagon Washington, DC 20330-1030",
                   "SUBJECT: Household Goods (HHG) Movement Program Improvements")

    assert memo.memorandum_for.value == "All MAJCOM/A4Rs Personal Property Activity Headquarters"
    assert memo.addressees is None and memo.to == memo.memorandum_for and memo.addressed
    assert memo.sender.value.startswith("HQ USAF/A4L")  # an office symbol: read as stated, judged by the caller


def test_a_naval_orders_from_line_holding_its_to_line_is_both_but_a_period_is_no_header_line():
    order = _header("MARINE CORPS ORDER 4600.39", "From: Commandant of the Marine Corps To: Distribution List",
                    "Subj: MARINE CORPS PERSONAL PROPERTY TRANSPORTATION PROGRAM")
    assert (order.sender.value, order.addressees.value) == ("Commandant of the Marine Corps", "Distribution List")
    assert order.sender.place == order.addressees.place == "line 2"

    division = _header("From: Commanding General, 2d Marine Division To: 2d Marine Division Units",
                       "Subj: FIELD SAFETY")
    assert (division.sender.value, division.addressees.value) == ("Commanding General, 2d Marine Division",
                                                                  "2d Marine Division Units")

    # a school policy's cover: the school subject and the year it covers, no one written to
    assert _header("Mathematics Policy", "Subject: Mathematics", "From: 1 September 2024 To: 31 August 2025") is None


def test_a_directives_from_and_subject_block_with_no_to_heads_it_but_addresses_no_one():
    """CISA's binding operational directive: its name above, "Applies to:", then FROM, CC and SUBJECT."""
    directive = _header("Binding Operational Directive 20-01",
                        "Applies to: All Federal Executive Branch Departments and Agencies",
                        "FROM: Christopher C. Krebs Director, Cybersecurity and Infrastructure Security Agency",
                        "CC: Russell T. Vought Director, Office of Management and Budget",
                        "SUBJECT: Develop and Publish a Vulnerability Disclosure Policy")

    assert directive.sender.value.startswith("Christopher C. Krebs") and directive.subject is not None
    assert not directive.addressed


def test_the_first_line_of_each_kind_is_the_headers_and_every_one_of_its_lines_is_counted():
    memo = _header("To: Heads of Bureaus and Offices", "To: Regional Directors", "From: Chief Information Officer",
                   "Subject: Records Retention")

    assert memo.addressees.value == "Heads of Bureaus and Offices"
    assert memo.places == ("line 1", "line 2", "line 3", "line 4")


@pytest.mark.parametrize("lines", [
    ["FROM: Sarah Jones, Chief Executive", "Our volunteers are at the heart of everything we do."],  # FROM alone
    ["Subject: Mathematics", "Subject leader: Mrs A. Whitfield"],  # a school subject, no memo
    ["To: be read by all staff before their induction", "This policy explains how we keep records."],
    ["Date: 4 November 2024", "CC: Board of Trustees"],  # lines a memo has, but no header of one
    [*["Staff are expected to read this policy in full."] * 15, "MEMORANDUM FOR: All staff",
     "SUBJECT: Travel and Expenses Policy"],  # labels met below the top are a quoted memo's, not this one's
])
def test_lines_that_are_no_memos_header_give_none(lines):
    assert _header(*lines) is None
