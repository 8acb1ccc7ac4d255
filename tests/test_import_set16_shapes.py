"""Shapes held-out set 16's documents have and the first import got wrong (issue 18), each written here as such
organisations publish it, imported and checked as ``handbook check --strict`` checks it, beside a look-alike that
must keep what it had."""

from __future__ import annotations

from helpers import imported_and_checked

_MDBOOK_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>Health &amp; Safety - Co-op Handbook</title></head>
<body>
<nav id="sidebar"><h1 class="menu-title">Co-op Handbook</h1></nav>
<main>
<h1 id="health--safety"><a class="header" href="#health--safety">Health &amp; Safety</a></h1>
<p>There are four steps we take to keep the workplace safe.</p>
<h2 id="reporting-an-accident"><a class="header" href="#reporting-an-accident">Reporting an accident</a></h2>
<p>Tell the coordinator the same day, and write it in the accident book.</p>
<h2 id="review"><a class="header" href="#review">Review</a></h2>
<p>Read <a href="#reporting-an-accident">how to report an accident</a> again after every incident.</p>
</main>
</body></html>
"""


def test_a_book_pages_headings_linked_to_themselves_are_headings_with_their_words(tmp_path):
    """A worker co-operative's handbook built with mdBook wraps each heading's words in a link to the heading: the
    import wrote the title as a link to an address the page does not have, and the checks refused it."""
    (tmp_path / "safety.html").write_text(_MDBOOK_PAGE)

    _, _, body = imported_and_checked(tmp_path / "safety.html", "safety", tmp_path)

    assert body.startswith("# Health & Safety\n"), body
    assert "\n## Reporting an accident\n" in body and "\n## Review\n" in body, body


def test_a_link_in_the_text_to_a_heading_of_the_page_still_leads_there(tmp_path):
    """The look-alike: a paragraph's link to one of the page's headings is a link, to that heading's address."""
    (tmp_path / "safety.html").write_text(_MDBOOK_PAGE)

    _, _, body = imported_and_checked(tmp_path / "safety.html", "safety", tmp_path)

    assert "[how to report an accident](#reporting-an-accident)" in body, body
