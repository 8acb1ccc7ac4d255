"""``handbook import`` on shapes first met in held-out set 33 (issue 18): Markdown pages of websites that carry HTML
the handbook's policy text cannot: a user manual's table set up by a script (DataTables' ``<script>`` and its
``<link>`` to a style sheet, written between the Markdown's paragraphs), and a memorandum whose footnote marks are
``<sup id="fnr3"><a href="#fn3">3</a></sup>`` over a list of footnotes ``<li id="fn3">``. Each document is made here
as its website keeps it, imported, and checked as ``handbook check --strict`` checks it."""

from __future__ import annotations

from helpers import REPO

from handbook.cli import main
from handbook.importing import import_policy


def imported_and_checked(text, tmp_path):
    (tmp_path / "policy.md").write_text(text, encoding="utf-8")
    result = import_policy(tmp_path / "policy.md", "policy", tmp_path / "src")
    assert main(["check", str(tmp_path / "src"), "--docs", str(REPO / "docs"), "--strict"]) == 0
    return result, result.path.read_text().split("---\n", 2)[2]


def test_a_script_and_a_style_sheet_in_the_markdown_are_the_websites_not_the_policys(tmp_path):
    """A research computing centre's investing policy: its benefits table, then the script that makes it sortable."""
    result, body = imported_and_checked(
        "# Hardware Investing Policy\n\nResearchers can invest grant funds in the shared cluster.\n\n"
        "## Benefits\n\n"
        '<link rel="stylesheet" href="https://cdn.example.net/jquery.dataTables.min.css">\n\n'
        "| Benefit | Description |\n| --- | --- |\n| Support | All hardware is managed at no charge. |\n\n"
        '<script type="text/javascript" src="https://code.example.com/jquery.min.js"></script>\n\n'
        '<script type="text/javascript">\n    $(document).ready(function() {\n'
        "        $('#nTable').DataTable({\"paging\": false});\n    });\n</script>\n\n"
        "<style>\n  #nTable td { padding: 4px; }\n</style>\n\n"
        "## How investment resources are made available\n\n"
        "Up to 20 percent of the hardware bought may be kept for the investor's group.\n", tmp_path)

    assert "DataTable" not in body and "document" not in body and "padding" not in body and "<" not in body
    assert "## How investment resources are made available" in body and "Up to 20 percent" in body
    assert "| Support | All hardware is managed at no charge. |" in body
    assert "line 7: a <link> (the website's, for the browser: not the policy's words) was left out" in result.notes
    assert "lines 15-19: a <script> (the website's, for the browser: not the policy's words) was left out" in (
        result.notes)
    assert "lines 21-23: a <style> (the website's, for the browser: not the policy's words) was left out" in (
        result.notes)


def test_a_script_shown_in_a_code_block_stays(tmp_path):
    _, body = imported_and_checked(
        "# Website Standards\n\nPages load scripts only from the council's own site, as here:\n\n"
        "```html\n<script src=\"/assets/site.js\"></script>\n```\n", tmp_path)

    assert '<script src="/assets/site.js"></script>' in body


def test_footnote_marks_with_ids_are_raised_numbers_linked_to_their_notes(tmp_path):
    """A federal memorandum kept as a website's Markdown: each footnote mark a raised number whose id the note's
    return link leads back to, the notes a list of items with ids."""
    _, body = imported_and_checked(
        "# Federal Source Code Policy\n\n"
        'This policy requires agencies to make new custom code available for reuse.<sup id="fnr3">'
        '<a href="#fn3">3</a></sup> It also sets up a pilot program.\n\n'
        "### Footnotes\n\n"
        '<ul style="list-style-type:none">\n'
        '<li id="fn3"><sup>3</sup> <em>See</em> Section 6 for the exceptions.<a href="#fnr3">&#8617;</a></li>\n'
        "</ul>\n", tmp_path)

    assert "id=" not in body and "style=" not in body
    # the mark leads to the note's paragraph, and the note's return link back to the paragraph with the mark
    assert "reuse.<sup>[3](#footnotes-p1)</sup> It also" in body
    assert "<sup>3</sup> See Section 6 for the exceptions.[\u21a9](#federal-source-code-policy-p1)" in body


def test_a_heading_written_in_html_is_a_heading_of_its_level(tmp_path):
    """A memorandum's header lines as its website's Markdown writes them: each an <h3> of its own, one line after
    the other."""
    _, body = imported_and_checked(
        "---\ntitle: Federal Source Code Policy\n---\n\n"
        "## M-16-21<br/>MEMORANDUM FOR THE HEADS OF DEPARTMENTS AND AGENCIES\n"
        "<h3> FROM: <br/>Tony Scott<br/>United States Chief Information Officer</h3>\n"
        "<h3> SUBJECT: <br/>Federal Source Code Policy</h3>\n\n"
        "The U.S. Government is committed to improving the way Federal agencies buy software.\n", tmp_path)

    assert "\n### FROM: <br>Tony Scott<br>United States Chief Information Officer\n" in body
    assert "\n### SUBJECT: <br>Federal Source Code Policy\n" in body
