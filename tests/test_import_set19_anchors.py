"""Old-style HTML anchors in Markdown (issue 18, set 19): a README written by a tool that names each heading and
footnote with ``<a name="...">`` and links to them by those names. Import keeps the words and the links, each leading
to the same place on the page: a heading's anchor is the heading's, a footnote's the anchor the page gives its
paragraph. Each case beside a look-alike that must keep what it had."""

from __future__ import annotations

import re

from helpers import imported_and_checked

from handbook.source.policy_file import parse_policy_file

_RELEASE_PROCESS = """# <p align="center">The Coastal Research Laboratory Procedure for Releasing Software</p>
<p align="center">Version 2.1</p>
<p align="center">14 March 2023</p>

# <a name="5A1C0E52B17C11E6A3D1003EE1B763F8"></a>Summary

This document sets out what Laboratory staff MUST do before they release software they have written at work.

# Table of Contents

* [Reviews](#6B2D1F63B17C11E6A3D1003EE1B763F8)
    * [Security Review](#7C3E2074B17C11E6A3D1003EE1B763F8)
* [Footnotes](#8D4F3185B17C11E6A3D1003EE1B763F8)

# <a name="6B2D1F63B17C11E6A3D1003EE1B763F8"></a>Reviews

Every release is reviewed before it leaves the Laboratory, starting with its
[Security Review](#7C3E2074B17C11E6A3D1003EE1B763F8).

## <a name="7C3E2074B17C11E6A3D1003EE1B763F8"></a>Security Review

Even a one-line change can make a program unlawful to export<sup>[1](#Footnote_1)</sup>, so the security officer
reviews every change. Code copied from elsewhere is someone else's work<sup>[2](#Footnote_2)</sup>.

When the review is done, the chair replies with a signed email saying:

`<<Software name>> is released to the public domain. The Laboratory waives any
rights it may have in it.`

# <a name="8D4F3185B17C11E6A3D1003EE1B763F8"></a>Footnotes

<sup><a name="Footnote_1">1</a></sup> Export law limits the key length of encryption software.

<sup><a name="Footnote_2">2</a></sup> Unless its authors are federal employees, whose work is in the public domain.
"""


def _anchor_of_paragraph(path, opening: str) -> str:
    """The anchor the page gives the paragraph of the written policy that opens with ``opening``."""
    return next(p.anchor for p in parse_policy_file(path).paragraphs if p.text.startswith(opening))


def test_old_style_anchors_in_headings_and_footnotes_keep_their_words_and_links(tmp_path):
    """A laboratory's release procedure kept as its repository's README: every heading opens with
    ``<a name="UUID"></a>``, the footnotes' marks are ``<sup><a name="Footnote_1">1</a></sup>`` and the text links
    to them by those names. Import refused it ("'name' cannot be set on <a>")."""
    (tmp_path / "README.md").write_text(_RELEASE_PROCESS)

    result, front, body = imported_and_checked(tmp_path / "README.md", "software-release", tmp_path)

    assert "title: The Coastal Research Laboratory Procedure for Releasing Software\n" in front, front
    assert "<a" not in body and "name=" not in body, body
    assert "\n## Security Review\n" in body, body
    assert "\n<sup>1</sup> Export law limits the key length of encryption software.\n" in body, body
    # each footnote's link goes to its own footnote, by the anchor the page gives that paragraph
    links = dict(re.findall(r"<sup>\[(\d)\]\(#([^)]+)\)</sup>", body))
    assert links.keys() == {"1", "2"}, body
    assert links["1"] == _anchor_of_paragraph(result.path, "<sup>1</sup>"), links
    assert links["2"] == _anchor_of_paragraph(result.path, "<sup>2</sup>"), links
    assert links["1"] != links["2"]
    assert "its [Security Review](#security-review)." in body, body  # a heading's anchor is the heading's own


def test_html_typed_in_a_code_span_over_two_lines_is_kept_as_typed(tmp_path):
    """The look-alike of an anchor: HTML typed inside a code span (the placeholder ``<<Software name>>`` of the
    chair's reply, its span wrapped over two lines) is text to show, not HTML: its words were lost."""
    (tmp_path / "README.md").write_text(_RELEASE_PROCESS)

    _, _, body = imported_and_checked(tmp_path / "README.md", "software-release", tmp_path)

    assert "`<<Software name>> is released to the public domain." in body, body


def test_a_link_in_a_raised_mark_is_a_link_and_an_anchor_under_a_clause_leads_to_the_clause(tmp_path):
    """The look-alikes of a footnote's anchor: ``<sup><a href="#note-1">1</a></sup>`` is a link, not an anchor (it
    stays a link to the note); and an anchor on text that continues a clause leads to that clause, whose text it
    is, not to a paragraph of its own."""
    (tmp_path / "leave.md").write_text(
        "# Annual Leave Policy\n\n## 1. Entitlement\n\n"
        "1.1 Staff are entitled to 25 days' leave a year<sup><a href=\"#note-1\">1</a></sup>.\n\n"
        "1.2 Leave is booked with your line manager (see [carrying leave over](#carry)).\n\n"
        "    <a name=\"carry\"></a>Up to five days may be carried into the next leave year.\n\n"
        "## Notes\n\n<a name=\"note-1\"></a><sup>1</sup> Pro rata for part-time staff.\n")

    result, _, body = imported_and_checked(tmp_path / "leave.md", "annual-leave", tmp_path)

    assert "a year<sup>[1](#notes-p1)</sup>." in body, body
    assert _anchor_of_paragraph(result.path, "<sup>1</sup> Pro rata") == "notes-p1"
    assert "[carrying leave over](#clause-1-2)" in body, body


_SICKNESS_POLICY_BY_PANDOC = """# <span id="_Toc98765" class="anchor"></span>Sickness Absence Policy

This policy applies to all employees of Harbour Housing Association. Read [how to report an
absence](#_Toc12345) before your first day, and see [the note on fit notes](#_Hlk55501).

## <span id="_Toc12345" class="anchor"></span>Reporting an absence

Call your line manager before 9am on your first day of absence.

<span id="_Hlk55501" class="anchor"></span>You need a fit note from your doctor after seven days.

The <span class="underline">first three days</span> are unpaid.
"""


def test_a_word_documents_bookmarks_as_pandoc_writes_them_in_markdown_are_anchors(tmp_path):
    """A housing association's policy converted from Word by pandoc, which writes each bookmark as an empty
    ``<span id="_Toc12345" class="anchor"></span>``: the links to them led nowhere and were dropped to their words.
    The look-alike, a span with words and no id (pandoc's underline), keeps its words and names nothing."""
    (tmp_path / "sickness.md").write_text(_SICKNESS_POLICY_BY_PANDOC)

    result, _, body = imported_and_checked(tmp_path / "sickness.md", "sickness", tmp_path)

    assert body.startswith("# Sickness Absence Policy\n"), body
    assert "\n## Reporting an absence\n" in body, body
    assert "[how to report an absence](#reporting-an-absence)" in body, body
    assert "[the note on fit notes](#reporting-an-absence-p2)" in body, body
    assert _anchor_of_paragraph(result.path, "You need a fit note") == "reporting-an-absence-p2"
    assert "\nThe first three days are unpaid.\n" in body and "span" not in body, body
    # the anchors are taken silently; only the underline's line is reported as HTML written as its words
    underline = _SICKNESS_POLICY_BY_PANDOC.splitlines().index("The <span class=\"underline\">first three days</span> "
                                                              "are unpaid.") + 1
    assert [note.split(":")[0] for note in result.notes if "<span>" in note] == [f"line {underline}"], result.notes



_EXPENSES = """# Expenses Policy

## Procedure

Claims are made once a month.

## Travel

### Procedure

Book all travel through the travel portal.

<a name="rail"></a>Rail travel is standard class unless the journey is over three hours.
"""

_PANDOC_PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>Quality Assurance Culture</title></head><body><main>
<h1>Quality Assurance Culture</h1>
<h2>Commissioned analysis</h2>
<p>Analysis may be commissioned from outside the department.</p>
<p>The department stays accountable when it works with arm's length bodies<a href="#fn1" class="footnote-ref"
id="fnref1" role="doc-noteref"><sup>1</sup></a>.</p>
<section id="footnotes" class="footnotes" role="doc-endnotes"><hr><ol>
<li id="fn1"><p>See the Cabinet Office guidance on public bodies.<a href="#fnref1" class="footnote-back"
role="doc-backlink">&#8617;&#xFE0E;</a></p></li></ol></section>
</main></body></html>
"""


def test_a_paragraphs_anchor_is_the_pages_under_a_second_heading_of_the_same_name(tmp_path):
    """Under the second of two "Procedure" headings the page names the paragraphs "procedure-2-p1", ...: the link
    to the rail rule goes there, not to the first Procedure's text."""
    (tmp_path / "expenses.md").write_text(_EXPENSES + "\nSee [the rail rule](#rail).\n")

    result, _, body = imported_and_checked(tmp_path / "expenses.md", "expenses", tmp_path)

    rail = re.search(r"\[the rail rule\]\(#([^)]+)\)", body)[1]
    assert rail == _anchor_of_paragraph(result.path, "Rail travel is standard class") == "procedure-2-p2", body


def test_a_footnote_the_page_may_read_as_a_clause_is_linked_by_its_heading_not_a_guessed_paragraph(tmp_path):
    """The look-alike: a web page's one footnote, an item "1." of a numbered list (as pandoc writes footnotes),
    which the page reads as a clause, not as a paragraph: its link goes to the heading above, as it always has, and
    the policy passes check (a guessed "commissioned-analysis-p3" named no anchor, and check refused it); the
    back link from the footnote to the paragraph it annotates, a paragraph, gets that paragraph's anchor."""
    (tmp_path / "culture.html").write_text(_PANDOC_PAGE)

    result, _, body = imported_and_checked(tmp_path / "culture.html", "culture", tmp_path)

    assert "bodies[1](#commissioned-analysis)." in body, body
    assert _anchor_of_paragraph(result.path, "The department stays accountable") == "commissioned-analysis-p2"
    assert "](#commissioned-analysis-p2)" in body, body
