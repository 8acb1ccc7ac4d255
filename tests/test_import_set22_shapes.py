"""Shapes held-out set 22's documents have and the first import got wrong (issue 18), each written here as such
organisations write it, imported and checked as ``handbook check --strict`` checks it, beside a look-alike that
must keep what it had."""

from __future__ import annotations

from helpers import imported_and_checked
from test_import_facts import facts_of, found

from handbook.importing.document import Paragraph
from handbook.importing.layout import without_contents_list

_SECTION = (
    '<div class="collapsible"><h2 class="collapsible__title"><a role="button" href="#buying-more-holiday" '
    'id="buying-more-holiday" aria-expanded="false">Buying more holiday</a></h2>'
    '<div class="collapsible__content" aria-hidden="true" id="section-buying-more-holiday" hidden="" role="region" '
    'style="height:0"><p>You may be able to buy up to two weeks of extra holiday each year.</p>'
    '<ul><li>You cannot if you work term time only.</li></ul></div></div>')


def _imported(tmp_path, main: str):
    (tmp_path / "leave.html").write_text(
        "<!DOCTYPE html><html><head><title>Annual leave / HR service desk</title></head><body>"
        '<nav><a href="/">Home</a></nav><main><h1>Annual leave</h1>'
        f"<p>You get at least 25 days of holiday a year.</p>{main}</main></body></html>")
    return imported_and_checked(tmp_path / "leave.html", "leave", tmp_path / "src")


def _page(tmp_path, main: str) -> str:
    return _imported(tmp_path, main)[2]


def _body_of(tmp_path, page: str) -> str:
    (tmp_path / "page.html").write_text(page)
    return imported_and_checked(tmp_path / "page.html", "page", tmp_path / "src")[2]


def test_an_accordion_s_collapsed_sections_are_the_page_s_words(tmp_path):
    """A council's staff pages keep everything under each heading in a section its button opens ('hidden' until
    then): the first import kept the headings and lost 90% of the words. The heading's button links to itself:
    its words alone, not a link."""
    body = _page(tmp_path, _SECTION)

    assert ("## Buying more holiday\n\nYou may be able to buy up to two weeks of extra holiday each year.\n\n"
            "- You cannot if you work term time only.\n") in body, body


def test_the_main_content_s_own_header_is_its_title_heading(tmp_path):
    """The council's pages set their <h1> in a <header> inside <main>: the page's own header, not the site's."""
    body = _body_of(tmp_path, (
        "<!DOCTYPE html><html><head><title>Annual leave / HR service desk</title></head><body>"
        '<header><a href="/">HR service desk</a></header><main><header class="page-header"><h1>Annual leave</h1>'
        "</header><p>You get at least 25 days of holiday a year.</p></main></body></html>"))

    assert body.startswith("# Annual leave\n\nYou get at least 25 days"), body
    assert "HR service desk" not in body, body


def test_a_theme_s_menu_bar_inside_the_main_content_is_still_left_out(tmp_path):
    """The look-alike: Hugo Book's mobile menu bar, a <header> inside <main> holding the page's name as an <h3> and
    its menu's labels, above the article's own <h1>."""
    body = _body_of(tmp_path, (
        "<!DOCTYPE html><html><head><title>Probation | Team Handbook</title></head><body><main>"
        '<header class="book-header"><label>Menu</label><h3>Probation</h3><label>Table of Contents</label></header>'
        "<article><h1>Probation</h1><p>Every new member of the team has a six-month probation period.</p></article>"
        "</main></body></html>"))

    assert body.startswith("# Probation\n\nEvery new member"), body
    assert "Table of Contents" not in body, body


def test_a_section_another_control_opens_by_name_is_kept(tmp_path):
    """The same pattern with the button's ``aria-controls`` naming the section, the button not just before it."""
    section = ('<h2>Sickness during holiday</h2><p><button aria-controls="ill" aria-expanded="false">Show</button></p>'
               '<p>Read this first.</p><div id="ill" hidden><p>Tell your manager on the first day you are ill.</p>'
               '</div>')

    assert "Tell your manager on the first day you are ill." in _page(tmp_path, section)


def test_hidden_things_no_control_opens_are_still_left_out(tmp_path):
    """The look-alike: a cookie message and a screen-reader copy hidden with no control to open them."""
    main = ('<div hidden><p>We use cookies to make this site work.</p></div>'
            '<p aria-hidden="true">Decorative banner text</p><h2>Booking</h2><p>Book holiday in the staff portal.</p>')

    result, _, body = _imported(tmp_path, main)

    assert "cookies" not in body and "Decorative" not in body, body
    assert "Book holiday in the staff portal." in body
    assert ("11 words the page hides from its readers were left out, beginning 'We use cookies to make this site "
            "work.'") in "\n".join(result.notes), result.notes


def test_a_link_without_a_scheme_to_another_site_is_a_full_address(tmp_path):
    """'//assets.example.net/guidance.doc', as the council's pages link their downloads: a web address in the page's
    own scheme, not another page of the website."""
    body = _page(tmp_path, '<p>Read the <a href="//assets.example.net/leave-guidance.doc">Leave Guidance</a>.</p>')

    assert "[Leave Guidance](<https://assets.example.net/leave-guidance.doc>)" in body, body


def _pdf_cover(tmp_path, top: str, below: str) -> str:
    from weasyprint import HTML

    rule = "<p>Every team records the tools it buys and reviews them with the architecture board each year.</p>"
    HTML(string="<html><body style='font-size: 11pt'>"
         f"<h1 style='font-size: 28pt; font-weight: bold'>{top}</h1>"
         f"<h1 style='font-size: 28pt; font-weight: normal'>{below}</h1>"
         f"<h2 style='font-size: 20pt'>Document Summary</h2>{rule * 3}<h2 style='font-size: 20pt'>Principles</h2>"
         f"{rule * 3}</body></html>").write_pdf(tmp_path / "cover.pdf")
    return imported_and_checked(tmp_path / "cover.pdf", "cover", tmp_path / "src")[1]


def test_a_department_s_name_in_bold_over_the_document_s_name_in_plain_is_not_the_title(tmp_path):
    """A department's cover: its name bold over the document's name in plain type, both 28 pt (set 22's MOD PDF
    was titled 'Defence Digital Digital Enablement')."""
    front = _pdf_cover(tmp_path, "Northshire Digital", "Enterprise Tooling Strategy")

    assert "\ntitle: Enterprise Tooling Strategy\n" in front, front


def test_a_bold_line_naming_the_document_over_a_plain_one_stays_the_title(tmp_path):
    """The look-alike: the document's name bold, a line under it in plain type that names a kind of document too."""
    front = _pdf_cover(tmp_path, "Records Management Policy", "Guidance for Schools")

    assert "\ntitle: Records Management Policy" in front, front


def test_a_system_spelt_out_with_its_abbreviation_each_time_is_no_organisation():
    """A council's leave page names its HR system "SAP Employee Self Service (ESS)" three times and never "ESS" alone:
    the first import took "Employee Self Service" as whose the policy is."""
    lines = ["If you want to book holiday go to Employee Self Service (ESS) on SAP.",
             "Your quota is shown in SAP Employee Self Service (ESS).",
             "You don't need to enter public holidays in SAP Employee Self Service (ESS)."]

    assert found(facts_of(*lines), "organisation") is None


def test_an_organisation_spelt_out_once_and_then_named_by_its_abbreviation_is_found():
    """The look-alike: a department's privacy notice, its abbreviation used on its own twice after."""
    lines = ["The Planning Data Platform is provided by the Ministry of Housing, Communities and Local Government "
             "(MHCLG).", "MHCLG is the data controller for the service.",
             "Read the MHCLG personal information charter."]

    assert found(facts_of(*lines), "organisation") == "Ministry of Housing, Communities and Local Government"



def _contents_after_a_summary(leader: str) -> list[Paragraph]:
    """A strategy's summary page, then its "List of Contents" with bold entries a PDF reader took for headings, then
    its principles: most entries name headings above the list, not below it."""
    rule = "Every team records the tools it buys and reviews them with the architecture board each year."
    lines = [("Document Summary", 2), ("Purpose", 3), (rule, None), ("Intended Audience", 3), (rule, None),
             ("Review Period", 3), (rule, None), ("List of Contents", 3)]
    lines += [(f"{name} {leader}{page}", 3) for name, page in [
        ("Document Summary", 3), ("Purpose", 3), ("Intended Audience", 3), ("Review Period", 3), ("Principles", 5)]]
    lines += [("Principles", 2), (rule, None)]
    return [Paragraph(n, text, text, heading, place=f"page 1, '{text[:20]}'", bold=heading is not None)
            for n, (text, heading) in enumerate(lines, 1)]


def test_a_contents_list_with_dot_leaders_after_a_summary_is_set_aside():
    """Set 22's MOD PDF: its "List of Contents" follows a one-page summary and its bold entries lead to their pages
    with dots. The first import kept them as headings."""
    kept, dropped = without_contents_list(_contents_after_a_summary("." * 40 + " "))

    rule = "Every team records the tools it buys and reviews them with the architecture board each year."
    assert [b.plain for b in kept][-4:] == ["Review Period", rule, "Principles", rule], kept
    assert "List of Contents" not in [b.plain for b in kept] and dropped == 5


def test_headings_ending_in_numbers_with_no_leaders_are_kept_when_not_listed_again():
    """The look-alike: the same headings without dot leaders, most naming nothing below: kept, as before."""
    blocks = _contents_after_a_summary("")

    assert without_contents_list(blocks) == (blocks, 0)
