"""``handbook import`` on US military and federal memoranda and orders (set 19, issue 18): the "SUBJECT:" or
"Subj:" line under a "MEMORANDUM FOR ..." line, or under a naval order's "From: ... To: ..." read as one line,
is the document's title, not the letterhead; "MEMORANDUM FOR" names whom it is for only where its words name
an audience. Each document is written here as its authors write it."""

from __future__ import annotations

from helpers import imported_and_checked
from weasyprint import HTML

from handbook.importing.document import Paragraph
from handbook.importing.facts import find_facts

_STYLE = ("<style>@page { size: letter; margin: 1in } body { font-family: serif; font-size: 12pt }"
          " .letterhead { font-size: 16pt; text-align: center; margin: 0 } .address { font-size: 10pt;"
          " text-align: center } p { margin: 1.2em 0 }</style>")


def _pdf(path, body: str) -> None:
    HTML(string=f"<html><head>{_STYLE}</head><body>{body}</body></html>").write_pdf(path)


def _facts(*lines: str):
    return find_facts([Paragraph(n, line, line, place=f"line {n}") for n, line in enumerate(lines, start=1)], None)


def test_an_air_force_memorandum_is_titled_by_its_subject_line_not_its_letterhead(tmp_path):
    """A wing's memorandum as the Tongue and Quill sets it out: the department's name large and centred, the
    unit's address under it, "MEMORANDUM FOR" with no colon, "FROM:", "SUBJECT:", then numbered paragraphs.
    The letterhead, the first large line, became the title."""
    _pdf(tmp_path / "memo.pdf", (
        "<p class='letterhead'>DEPARTMENT OF THE AIR FORCE</p>"
        "<p class='address'>HEADQUARTERS 42D AIR BASE WING<br>MAXWELL AIR FORCE BASE ALABAMA</p>"
        "<p>MEMORANDUM FOR ALL MILITARY AND CIVILIAN PERSONNEL, 42 ABW</p>"
        "<p>FROM: 42 ABW/CC</p>"
        "<p>SUBJECT: Wing Policy on Use of the Government Travel Charge Card</p>"
        "<p>1. The Government Travel Charge Card is used only for official travel expenses. Cardholders pay "
        "their statements in full by the due date.</p>"
        "<p>2. Supervisors review the monthly delinquency report and take action within 10 duty days.</p>"
        "<p>3. This policy remains in effect until rescinded. The POC is the wing Agency Program Coordinator.</p>"
    ))

    _, front, body = imported_and_checked(tmp_path / "memo.pdf", "travel-card", tmp_path)

    assert "title: Wing Policy on Use of the Government Travel Charge Card\n" in front, front
    assert "DEPARTMENT OF THE AIR FORCE" in body and "# DEPARTMENT" not in body  # a line of the header, kept
    assert "applies_to: [personnel]" in front, front


def test_a_naval_orders_from_and_to_read_as_one_line_make_its_subj_line_the_title(tmp_path):
    """A Navy region's instruction typed in Courier: the letterhead in small capitals, the instruction's number
    and date, "From:" and "To:" set on two lines that the PDF's text gives as one, then "Subj:" in capitals.
    With no line standing out as a title the import was refused: "the document states no title"."""
    _pdf(tmp_path / "instruction.pdf", (
        "<div style='font-family: monospace; font-size: 10pt'>"
        "<p style='text-align: center'>DEPARTMENT OF THE NAVY<br>COMMANDER NAVY REGION SOUTHEAST<br>"
        "BOX 102, NAVAL AIR STATION<br>JACKSONVILLE, FLORIDA 32212-0102</p>"
        "<p style='text-align: right'>CNRSEINST 5100.14<br>N35<br>3 MAR 2023</p>"
        "<p>CNRSE INSTRUCTION 5100.14</p>"
        "<p style='line-height: 1.1'>From: Commander, Navy Region Southeast<br>To: Distribution</p>"
        "<p>Subj: MOTOR VEHICLE TRAFFIC SAFETY ON REGION INSTALLATIONS</p>"
        "<p>1. Purpose. To issue policy for motor vehicle traffic safety on installations of the region.</p>"
        "<p>2. Applicability. This instruction applies to all military and civilian personnel who drive on "
        "installations of the region.</p>"
        "<p>3. Action. Commanding officers enforce this instruction and report mishaps to the region safety "
        "office.</p></div>"
    ))

    _, front, body = imported_and_checked(tmp_path / "instruction.pdf", "traffic-safety", tmp_path)

    # (its capitals written in a name's case, as for any title typed in capitals)
    assert "title: Motor Vehicle Traffic Safety on Region Installations\n" in front, front
    assert "approved_by: Commander, Navy Region Southeast\n" in front, front  # who it is from, not "To:"
    assert "To: Distribution" in body and "CNRSE INSTRUCTION 5100.14" in body  # the header's lines, kept


def test_a_period_from_and_to_beside_a_subject_does_not_make_a_policy_a_memo(tmp_path):
    """A primary school's mathematics policy: its title large at the top, and on its cover "Subject:" (the
    school subject) and the period it covers as "From: ... To: ...": no memorandum, so its title stays."""
    _pdf(tmp_path / "maths.pdf", (
        "<p class='letterhead'>Mathematics Policy</p>"
        "<p>Subject: Mathematics</p>"
        "<p>From: 1 September 2024 To: 31 August 2025</p>"
        "<p>Subject leader: Mrs A. Whitfield</p>"
        "<p>At Brookside Primary School we want every child to leave us confident with number and able to "
        "reason about shape, space and measures.</p>"
        "<p>Teachers plan from the National Curriculum and use concrete resources in every year group.</p>"
    ))

    _, front, _ = imported_and_checked(tmp_path / "maths.pdf", "maths", tmp_path)

    assert "title: Mathematics Policy\n" in front, front
    assert "approved_by: TBC\n" in front, front


def test_memorandum_for_names_an_audience_only_where_its_words_name_one():
    """Whom a memo is for is its audience where those words name people by what they are, whatever its FROM
    line holds (an office symbol and a street address, "(PPA HQ)"); "MEMORANDUM FOR RECORD" and a list of
    offices name none."""
    for lines, audience in [
        (["DEPARTMENT OF THE AIR FORCE", "MEMORANDUM FOR: All Air Force Personal Property Offices performing "
          "Counseling", "FROM: Personal Property Activity Headquarters (PPA HQ)", "SUBJECT: Procedural Guidance"],
         ("offices",)),
        (["MEMORANDUM FOR ALL MILITARY AND CIVILIAN PERSONNEL, 42 ABW", "FROM: 42 ABW/CC 50 LeMay Plaza South",
          "SUBJECT: Wing Policy on Use of the Government Travel Charge Card"], ("personnel",)),
        (["MEMORANDUM FOR RECORD", "FROM: 42 ABW/CC", "SUBJECT: Wing Policy on Quiet Hours"], None),
        (["MEMORANDUM FOR ALL MAJCOM/A4Rs", "FROM: HQ USAF/A4L", "SUBJECT: Household Goods Inspections"], None),
    ]:
        facts = _facts(*lines)
        assert (facts.found["applies_to"].value if "applies_to" in facts.found else None) == audience, lines
        assert "approved_by" not in facts.found, lines  # an office symbol, not who issues it


def test_a_from_line_holding_the_to_line_names_the_sender_and_a_period_names_no_one():
    facts = _facts("MARINE CORPS ORDER 4600.1", "From: Commandant of the Marine Corps To: All military and civilian "
                   "personnel", "Subj: MARINE CORPS FAMILY READINESS PROGRAM")
    assert facts.found["approved_by"].value == "Commandant of the Marine Corps"
    assert facts.found["applies_to"].value == ("personnel",)
    period = _facts("Mathematics Policy", "Subject: Mathematics", "From: 1 September 2024 To: 31 August 2025")
    assert "approved_by" not in period.found and "applies_to" not in period.found
