"""Shapes held-out set 14's documents have and the first import got wrong (issue 18), each written here as such
organisations write it, imported and checked as ``handbook check --strict`` checks it, beside a look-alike that
must keep what it had."""

from __future__ import annotations

from helpers import REPO, imported_and_checked, policy_source

from handbook.cli import main as handbook_command


def test_a_link_whose_words_run_over_lines_to_another_page_of_the_website_keeps_its_words(tmp_path):
    """A fostering agency's page converted by pandoc, which wraps a link's words over three lines: the link to
    another page of its website was kept, and ``check --strict`` then refused the import."""
    (tmp_path / "complaints.md").write_text(
        "# Complaints Policy\n\nFor complaints about the Fostering Panel, see: [Representations /\n"
        "Independent Review\nProcedure](/policies/representations-independent-review-panel)\n\n"
        "## Stages\n\nWe try to resolve concerns informally first.\n")

    result, _, body = imported_and_checked(tmp_path / "complaints.md", "complaints", tmp_path)

    assert "see: Representations / Independent Review Procedure\n" in body, body
    assert "](" not in body, body
    assert any(note.startswith("line 3: the link on 'Representations / Independent Review Pro' to '/policies/")
               for note in result.notes), result.notes


def test_a_link_whose_words_run_over_lines_to_the_web_stays_a_link_and_brackets_apart_stay_words(tmp_path):
    """The look-alikes: a wrapped link to a full web address is kept as a link; a bracket closed only after a
    square-bracketed aside wrapped over two lines is no link, and its words stay as written."""
    (tmp_path / "aup.md").write_text(
        "# Acceptable Use Policy\n\nRead the [National Cyber Security\nCentre guidance](https://www.ncsc.gov.uk/) "
        "first.\n\nThe DSL [Designated Safeguarding\nLead] (see below) decides.\n")

    _, _, body = imported_and_checked(tmp_path / "aup.md", "aup", tmp_path)

    assert "[National Cyber Security Centre guidance](https://www.ncsc.gov.uk/)" in body, body
    assert "The DSL [Designated Safeguarding Lead] (see below) decides." in body, body


def test_check_takes_a_link_whose_words_run_over_lines_as_markdown_does(tmp_path, capsys):
    """A link wrapped over two lines is ordinary Markdown: ``check`` passes it when it leads to a page, and
    names the line and the link when it leads nowhere, as the build does."""
    wrapped = ("1. Read the [authoring\n   guide](/authoring.md) first.\n"
               "2. Then see the [working in\n   secure areas]({}).")
    good, bad = tmp_path / "good", tmp_path / "bad"
    for folder, target in ((good, "/hosting.md"), (bad, "secure-areas.md")):
        (folder / "policy").mkdir(parents=True)
        (folder / "policy" / "policy.md").write_text(policy_source(wrapped.format(target) + "\n"))

    assert handbook_command(["check", str(good), "--docs", str(REPO / "docs"), "--strict"]) == 0
    capsys.readouterr()
    assert handbook_command(["check", str(bad), "--docs", str(REPO / "docs"), "--strict"]) != 0
    assert "policy.md:18: the link to 'secure-areas.md' leads to no page of the handbook" in capsys.readouterr().err
