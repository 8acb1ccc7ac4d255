"""``handbook import`` on shapes held-out set 10 showed (issue 18). Each document is written here as its
authors (or their tools) write it, imported, and checked as ``handbook check --strict`` checks it."""

from __future__ import annotations

from helpers import REPO
from weasyprint import HTML

from handbook.cli import main
from handbook.importing import import_policy


def imported_and_checked(source, policy_id, tmp_path):
    result = import_policy(source, policy_id, tmp_path / "src")
    assert main(["check", str(tmp_path / "src"), "--docs", str(REPO / "docs"), "--strict"]) == 0
    front, body = result.path.read_text().split("---\n", 2)[1:]
    return result, front, body.lstrip("\n")


def test_a_page_printed_from_a_browser_is_text_not_a_table_of_its_white_background(tmp_path):
    """A one-page form printed from Chrome: the page and its body below the top margin are painted as white
    boxes filling the page. Their edges were taken for a table's rules holding every word, so the page had
    no text outside a table and import refused it as a scan."""
    HTML(string=(
        "<html><head><style>@page { size: Letter; margin: 0; background: white }"
        " .sheet { position: absolute; top: 72pt; left: 0; width: 612pt; height: 720pt; background: white }"
        " body { margin: 0; font-family: sans-serif; font-size: 11pt; word-spacing: 0.5em }"
        " main { position: relative; padding: 72pt }</style></head><body><div class=sheet></div><main>"
        "<p><b>Employee Manual Annual Acknowledgement</b></p><p>Name of employee: ______</p>"
        "<p>I acknowledge that I have received a copy of the Example Foundation Employee Handbook.</p>"
        "<p>I have read and understood the contents of this handbook and will act in accordance with it.</p>"
        "</main></body></html>"
    )).write_pdf(tmp_path / "acknowledgement.pdf")

    _, front, body = imported_and_checked(tmp_path / "acknowledgement.pdf", "acknowledgement", tmp_path)

    assert "title: Employee Manual Annual Acknowledgement\n" in front, front
    assert "I acknowledge that I have received a copy of the Example Foundation Employee Handbook." in body, body
    assert "|" not in body, body
