"""``handbook import`` on shapes held-out set 11 showed (issue 18). Each document is written here as its
authors (or their tools) write it, imported, and checked as ``handbook check --strict`` checks it."""

from __future__ import annotations

from helpers import imported_and_checked


def test_a_page_fragment_with_its_settings_in_a_comment_is_a_web_page_titled_by_them(tmp_path):
    """A site generator's page content: no <html>, <title> or <h1>, its settings (the title its template shows)
    in a JSON comment at the top, then a <style> block. Taken for Markdown, the page was titled by its CSS."""
    (tmp_path / "conduct.html").write_text(
        '<!--{\n\t"Title": "Riverside Community Code of Conduct",\n\t"layout": "article"\n}-->\n\n'
        "<style>\nul {\n\tmax-width: 800px;\n}\n</style>\n\n<h2 id=\"about\">About</h2>\n\n<p>\n"
        "The Riverside contributors are committed to a friendly and welcoming environment.\n</p>\n\n"
        "<h2 id=\"values\">Values</h2>\n\n<ul>\n<li><b>Be friendly and welcoming.</b>\n<li><b>Be patient.</b>\n</ul>\n")

    result, front, body = imported_and_checked(tmp_path / "conduct.html", "conduct", tmp_path)

    assert "title: Riverside Community Code of Conduct\n" in front, front
    assert "## About" in body and "The Riverside contributors are committed" in body, body
    assert "max-width" not in front + body, body
    assert any("settings in the comment at its top" in note for note in result.notes), result.notes
