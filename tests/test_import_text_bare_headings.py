"""A plain-text policy whose section headings are bare lines (issue 18: set 12's code of conduct, "Our Pledge",
"Scope" over its paragraphs, as text saved from a word processor or copied from a web page has them): read as
headings, with look-alikes that are not (a list's items under "include:", one short line signing a letter)."""

from __future__ import annotations

from helpers import imported_and_checked

_POLICY = """Volunteer Code of Conduct

Riverside Community Garden

Our Promise

We want every volunteer to feel welcome at the garden, whatever their age, background or experience.

What We Expect

Volunteers are asked to follow the guidance of the session leader and to look after the tools they use.

The jobs most needed this season include:

Weeding the raised beds

Ask the session leader which beds need it most before you start.

Raising a Concern

If something worries you, speak to the session leader or email the volunteer coordinator the same day.
"""


def test_bare_lines_over_paragraphs_are_headings(tmp_path):
    (tmp_path / "code.txt").write_text(_POLICY)

    _, _, body = imported_and_checked(tmp_path / "code.txt", "volunteer-code", tmp_path)

    for heading in ("Our Promise", "What We Expect", "Raising a Concern"):
        assert f"\n## {heading}\n" in body, body
    assert "## Weeding" not in body and "\nWeeding the raised beds\n" in body, body  # a list's item under "include:"
    assert "## Riverside Community Garden" not in body, body  # a line under the title, over a heading


def test_one_short_line_over_a_paragraph_is_not_a_heading(tmp_path):
    (tmp_path / "notice.txt").write_text(
        "Garden Closure Notice\n\nThe garden will close for two weeks in August while the paths are relaid.\n\n"
        "Sam Okafor\n\nVolunteers will be told by email when the garden opens again.\n")

    _, _, body = imported_and_checked(tmp_path / "notice.txt", "closure", tmp_path)

    assert "## Sam Okafor" not in body and "\nSam Okafor\n" in body, body
