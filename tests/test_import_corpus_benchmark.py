"""benchmarks/import_corpus.py judges what import keeps on its own: contents lists set aside only where
they are one (lines ending in page numbers, in a run), and footnotes moved to a Notes section still count."""

from __future__ import annotations

import importlib.util
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _benchmark():
    spec = importlib.util.spec_from_file_location("import_corpus", REPO / "benchmarks" / "import_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _words(text: str) -> list[str]:
    return text.split(" ")


def test_a_contents_list_is_set_aside_and_counted_but_lines_ending_in_numbers_stay():
    benchmark = _benchmark()
    text = ("Bylaws of the Riverside Society\nContents\nARTICLE I — NAME          4\n"
            "    Section 1 — Name:                4\nARTICLE II — MEMBERS ........ 5\nAppendix A: Forms\t12\n"
            "ARTICLE I — NAME\nThe society meets at least 4 times a year, and its quorum is 12\n"
            "Members pay dues of 30\n")

    kept, set_aside = benchmark.without_contents(text)

    assert kept.split("\n") == ["Bylaws of the Riverside Society", "ARTICLE I — NAME",
                                "The society meets at least 4 times a year, and its quorum is 12",
                                "Members pay dues of 30", ""]
    assert set_aside == 1 + 4 * 4  # "Contents", and each entry's three words and its page number


def test_footnotes_moved_to_the_end_count_as_kept_in_order():
    benchmark = _benchmark()
    reference = _words("agencies must publish a policy 5 see the template here and report each quarter")
    page = _words("agencies must publish a policy 5 and report each quarter")

    assert benchmark.kept_in_order(reference, (page, [])) < 0.75
    assert benchmark.kept_in_order(reference, (page, _words("5 see the template here"))) == 1.0


def test_a_web_page_s_site_furniture_is_set_aside_by_its_markup_but_an_article_s_own_header_stays(tmp_path):
    page = tmp_path / "index.html"
    page.write_text("\n".join([
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Home | Club</title></head><body>",
        "<header><h1>RIVERSIDE<br>RUNNING CLUB</h1><nav><ul><li>EN</li><li>DE</li></ul></nav></header>",
        "<main><article><header><h2>Code of Conduct</h2></header>", "<p>Be kind to other runners.</p></article></main>",
        "<footer>v1.2 · © 2024 Riverside Running Club · Impressum</footer>",
        "<section><h2>Commitments</h2>", "<p>Clubs that signed it.</p></section></body></html>"]), encoding="utf-8")

    words = " ".join(_benchmark().without_site_furniture(page).split())

    assert words == "Code of Conduct Be kind to other runners. Commitments Clubs that signed it."


def test_a_themes_sidebar_of_links_outside_the_main_content_and_its_buttons_are_furniture(tmp_path):
    """Matplotlib's page as its Sphinx theme serves it (held-out set 32): a sidebar listing the site's other pages in a
    <div> beside <main>, and "Back to top" and the search box's "Ctrl+K" as buttons; a note outside <main> in words of
    its own stays (the test above)."""
    page = tmp_path / "index.html"
    page.write_text("".join([
        "<html><body><button id='back-to-top'>Back to top</button>",
        "<div class='bd-sidebar'><h3><a href='index.html'>Table of Contents</a></h3>",
        "<ul><li><a href='governance.html'>Main Governance Document</a></li><li><a href='people.html'>People</a></li>",
        "</ul></div><div class='note'>Last reviewed in <a href='/2024'>2024</a> by the funding team.</div>",
        "<main><article role='main'><h1>Sponsorship</h1><p>Sponsors are thanked on the home page.</p></article>",
        "</main></body></html>"]), encoding="utf-8")

    words = " ".join(_benchmark().without_site_furniture(page).split())

    assert words == "Last reviewed in 2024 by the funding team. Sponsorship Sponsors are thanked on the home page."


def test_a_pages_aids_are_furniture_by_their_markup_but_a_cookie_policys_own_text_stays(tmp_path):
    """A council's and an NHS body's pages (held-out sets 22 and 23): the script-less message, the skip link, the
    breadcrumb and the cookie banner (hidden until the site's script shows it) are no words of the policy."""
    page = tmp_path / "index.html"
    page.write_text("".join([
        "<html><body><noscript>This app works best with JavaScript enabled.</noscript>",
        "<a class='skip' href='#main'>Skip to main content</a>",
        "<div class='nhsuk-cookie-banner' id='cookiebanner' style='display:none'><h2>Playbook</h2>",
        "<p>We put small files called cookies on your device.</p></div>",
        "<main id='main'><div aria-label='Breadcrumb'><a href='/leave'>Back to Leave</a></div>",
        "<h1>Cookie policy</h1><p id='cookie-use'>We use cookies to remember your choices.</p></main>",
        "</body></html>"]), encoding="utf-8")

    words = " ".join(_benchmark().without_site_furniture(page).split())

    assert words == "Cookie policy We use cookies to remember your choices."


def test_an_entry_wrapped_onto_two_lines_stays_in_its_contents_list():
    """An agency's contents page as pypdf gives it: one entry too long for its line."""
    text = ("Table of Contents\nI. Purpose ........................ 4\nII. Scope ........................ 4\n"
            "D. Solution Architect Data Group (SADG) Activities (Solution Architect Data Group Swim\nLane) 11\n"
            "Appendix A: Definitions ............ 14\nI. Purpose\nThis procedure sets up the open data program.\n")

    kept, set_aside = _benchmark().without_contents(text)

    assert kept.split("\n") == ["I. Purpose", "This procedure sets up the open data program.", ""]
    assert set_aside == 3 + 3 + 3 + 14 + 4  # the title, then each entry's words and page


def test_a_contents_list_paged_by_chapter_is_set_aside_but_ranges_ending_lines_in_text_stay():
    """A military publication's contents as pypdf gives it: each page numbered within its chapter ("2-1")."""
    text = ("Table of Contents\nCHAPTER 1 - INTRODUCTION, AUTHORITY, RESPONSIBILITIES      1-1\n"
            "1.1  Purpose          1-1\n"
            "1.2  Authorization         1-1\n1.6  Statutory Authority for Uniformed Member's Moves  1-2\n"
            "CHAPTER 2 - GENERAL PROCEDURES . . . . . . . . . . 2-1\n"
            "CHAPTER 1 - INTRODUCTION\n1.1 Purpose. This publication sets out policy for all offices.\n"
            "Dependents are counted in the age bands 5-11\nthen 12-17\nand adults over 18-25\n")

    kept, set_aside = _benchmark().without_contents(text)

    assert kept.split("\n") == ["CHAPTER 1 - INTRODUCTION", "1.1 Purpose. This publication sets out policy for all "
                                 "offices.", "Dependents are counted in the age bands 5-11", "then 12-17",
                                 "and adults over 18-25", ""]
    assert set_aside == 3 + (5 + 2) + (3 + 2) + (3 + 2) + (8 + 2) + (4 + 2)  # the title; each entry, "1-1" two words


def test_a_contents_list_whose_leaders_pypdf_put_on_lines_of_their_own_is_set_aside():
    """The US Federal PKI's certificate policies as pypdf gives them (held-out set 24): each entry's words, then its
    dotted leaders on lines of their own, then its page number, or none where the page furniture took it."""
    text = ("3. IDENTIFICATION AND AUTHENTICATION\n................................\n..............\n19\n"
            "3.1 Naming\n................................\n....\n19\n"
            "3.1.1 Types of names\n..........................\n3.1.2 Need for names to be meaningful\n"
            "................................\n.....\n3. IDENTIFICATION AND AUTHENTICATION\n"
            "The CA names each subscriber. See the list below...\nIt was signed on page 19\n")

    kept, set_aside = _benchmark().without_contents(text)

    assert kept.split("\n") == ["3. IDENTIFICATION AND AUTHENTICATION", "The CA names each subscriber. See the list "
                                 "below...", "It was signed on page 19", ""]
    assert set_aside == (4 + 1) + (3 + 1) + 6 + 9  # each entry's words ("3.1" two), and a page number if any


def test_a_forms_blanks_to_fill_in_are_no_contents_list():
    """Read the Docs' abandoned-project report (held-out set 17): lines ending in "..." for the reporter to fill in."""
    text = ("Please include the following information:\nURL of abandoned documentation project: ...\n"
            "URL of abandoned project's repository (if any): ...\nURL of abandoned project's website (if any): ...\n"
            "Describe attempts of reaching the owner(s) of the abandoned project:\n...\n")

    kept, set_aside = _benchmark().without_contents(text)

    assert (kept, set_aside) == (text, 0)


def test_numbered_lines_are_counted_by_kind_and_prose_is_not():
    text = ("IV. Policy\nC. Agency Office Roles\nARTICLE II — MEMBERSHIP\nSection 2.1 Eligibility\n"
            "3.1 Staff sign in.\n(a) at reception;\nA1 roads near the school are busy.\nIt was 2014 then.\n")

    counts = _benchmark().numbered_lines(text)

    assert counts == {"Roman": 1, "lettered": 1, "word": 2, "decimal": 1, "point": 1}


def test_a_list_of_links_to_the_documents_own_sections_is_set_aside_but_links_in_sentences_stay(tmp_path):
    """A Markdown policy as GitHub keeps it: a contents list of in-page links, and a sentence with one."""
    (tmp_path / "policy.md").write_text(
        "# Open data policy\n\n### Contents\n\n[Overview](#overview)\n\n[Using data](#using-data)\n\n"
        "## Overview\nSee [Using data](#using-data) for the rules.\n\n"
        "* [Using data](#using-data) comes last.\n* Ask first.\n\n## Using data\nCredit the source.\n"
    )

    kept, set_aside = _benchmark().without_link_contents(tmp_path / "policy.md")

    assert set_aside == 4  # "Contents", "Overview", "Using data"
    assert " ".join(kept.split()) == ("Open data policy Overview See Using data for the rules. Using data comes "
                                      "last. Ask first. Using data Credit the source.")


def test_a_two_page_pdf_keeps_its_text_with_the_page_numbers_set_aside(tmp_path):
    """A two-page code of conduct: every line is on "half the pages", but only the number is furniture."""
    from weasyprint import HTML

    HTML(string="<html><head><style>@page { size: A5; @bottom-center { content: counter(page) } }</style></head>"
                "<body><p>Reports go to the organisers.</p><p style='break-before: page'>Every report is read "
                "within a week.</p></body></html>").write_pdf(tmp_path / "conduct.pdf")

    kept = _benchmark().without_furniture(tmp_path / "conduct.pdf")

    assert " ".join(kept.split()) == "Reports go to the organisers. Every report is read within a week."


def test_words_hyphenated_at_a_line_end_are_whole_again_but_typed_compounds_keep_their_hyphen():
    text = "pledge to make a harass-\nment free community and take\ndecision-making seriously: decision-\nmaking"

    assert _benchmark().rejoined(text) == ("pledge to make a harassment free community and take\n"
                                           "decision-making seriously: decision-making")


def test_a_word_table_s_merged_cell_counts_its_words_once(tmp_path):
    """A scoring table's total row, its figures in one cell merged across three columns, and a category cell merged
    down two rows: Word stores each once (python-docx's row.cells repeats them), so the reference gives them once."""
    import docx

    document = docx.Document()
    table = document.add_table(rows=3, cols=4)
    for cell, text in zip(table.rows[0].cells, ("Area", "Question", "Values", "Updates"), strict=True):
        cell.text = text
    table.cell(1, 0).merge(table.cell(2, 0)).text = "Disclosure"
    for cell, text in zip(table.rows[1].cells[1:], ("Is the format proprietary?", "2 = No", "Removed N/A"),
                          strict=True):
        cell.text = text
    table.cell(2, 1).text = "Total Score:"
    table.cell(2, 2).merge(table.cell(2, 3)).text = "Highest possible: 8 (previously 10)"
    document.save(tmp_path / "matrix.docx")

    reference = _benchmark().reference_text(tmp_path / "matrix.docx")

    assert reference.split().count("Highest") == 1
    assert reference.split().count("Disclosure") == 1
    assert " ".join(reference.split()) == ("Area Question Values Updates Disclosure Is the format proprietary? 2 = No "
                                           "Removed N/A Total Score: Highest possible: 8 (previously 10)")


def test_the_contents_list_docutils_makes_for_a_contents_directive_is_set_aside(tmp_path):
    """The University of Mississippi writing department's policies (held-out set 26): ``.. contents::`` under the
    title, which docutils' page shows as a list of links to the sections and import leaves out."""
    source = tmp_path / "policies.rst"
    source.write_text("DWR Policies and Procedures\n===========================\n\n.. contents::\n\n"
                      "Academic Advising\n-----------------\n\nStudents see their advisor each term.\n\n"
                      "Bulletin Boards\n---------------\n\nPosters need approval from the office.\n", encoding="utf-8")

    text, set_aside = _benchmark().without_link_contents(source)

    assert " ".join(text.split()) == ("DWR Policies and Procedures Contents Academic Advising Students see their "
                                      "advisor each term. Bulletin Boards Posters need approval from the office.")
    assert set_aside == 4  # "Academic Advising", "Bulletin Boards"


def test_words_pypdf_runs_together_at_line_ends_are_split_where_the_page_has_them_side_by_side():
    benchmark = _benchmark()
    page = _words("these terms apply between datacite and a member who registers dois")
    # pypdf's reading: a line's last word run into the next line's first; "registersdois" too, though the page has them
    reference = _words("these terms apply betweendatacite and a member who registersdois")
    lost = _words("these terms apply between and a member who registers dois")  # the import lost "datacite"

    assert benchmark.run_together_apart(reference, page) == page
    assert benchmark.kept_in_order(benchmark.run_together_apart(reference, page), (page, [])) == 1.0
    # a word the importer lost stays a loss: "betweendatacite" is not split where "datacite" is not on the page
    assert benchmark.kept_in_order(benchmark.run_together_apart(reference, lost), (lost, [])) < 1.0


def test_a_script_in_markdown_is_no_words_of_the_reference(tmp_path):
    """What a reader sees of Markdown holding a script (held-out set 33's user manual: DataTables' set-up), as of a
    web page: its script and style are the browser's."""
    (tmp_path / "policy.md").write_text("# Investing\n\nInvestors get five years of access.\n\n"
                                        "<script>\n  $('#nTable').DataTable({\"paging\": false});\n</script>\n\n"
                                        "<style>\n  td { padding: 4px; }\n</style>\n\nKept for the group.\n")

    reference = _benchmark().reference_text(tmp_path / "policy.md")

    assert reference.split() == ["Investing", "Investors", "get", "five", "years", "of", "access.", "Kept", "for",
                                 "the", "group."]
