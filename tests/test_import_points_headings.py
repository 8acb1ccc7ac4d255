"""A bold line inside a run of lettered points is words the point quotes, not a heading (issue 18, set 19):
the Marine Corps order's "(c) The following statement will be placed on each DD 1797" goes on with a bold
"BEGIN STATEMENT", the statement, "END STATEMENT", then "(d) Validate and route ...". Made a heading, the bold
line ended the run, and ``handbook check --strict`` refused "(d)" as out of sequence."""

from __future__ import annotations

from handbook.importing.document import Paragraph
from handbook.importing.layout import bold_headings


def _line(number: int, text: str, bold: bool = False) -> Paragraph:
    return Paragraph(number, text, text, place=f"page 3, '{text[:20]}'", bold=bold, size=12.0)


def _headings(*lines: tuple[str, bool]) -> list[str]:
    blocks = [_line(number, text, bold) for number, (text, bold) in enumerate(lines, start=1)]
    return [block.plain for block in bold_headings(blocks) if block.heading]


_BODY = [("Every counsellor keeps the member's file for three years after the move.", False)] * 6


def test_a_bold_line_between_two_points_of_one_run_is_not_a_heading():
    lines = [("(1) Counseling", True), ("(a) Conduct interviews and determine shipping requirements.", False),
             ("(b) Prepare counseling checklists for shipment and storage.", False),
             ("(c) The following statement will be placed on each application:", False),
             ("BEGIN STATEMENT", True), ("I understand that the weight of my shipments is limited.", False),
             ("END STATEMENT", True), ("(d) Validate and route shipment applications to the queue.", False),
             *_BODY]
    assert _headings(*lines) == ["(1) Counseling"]


def test_a_bold_heading_where_the_points_start_again_is_a_heading():
    """The look-alike: a section's heading after its points, the next section's points starting at (a)."""
    lines = [("(a) Conduct interviews and determine shipping requirements.", False),
             ("(b) Prepare counseling checklists for shipment and storage.", False),
             ("Shipment Management", True), ("(a) Book the carrier within five working days.", False),
             ("(b) Confirm the pickup date with the member.", False), *_BODY]
    assert _headings(*lines) == ["Shipment Management"]
