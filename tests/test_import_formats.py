"""``handbook import`` on documents as organisations have them (issue 18): Word files whose headings
are styles, outline levels or bold text, with contents lists, tab-aligned tables, typed and automatic
numbers mixed and bookmark links; PDFs with page furniture; OpenDocument text; web pages. Each is
made here the way staff and websites make them (python-docx, WeasyPrint, odfdo, HTML as saved)."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt
from docx_builder import add_list, numbered
from helpers import text
from test_importing import page_of

from handbook.cli import main
from handbook.importing import PolicyImportError, import_policy
from handbook.source.handbook_folder import load_handbook


def body_of(result) -> str:
    return result.path.read_text().split("---\n", 2)[2].lstrip("\n")


def front_matter_of(result) -> str:
    return result.path.read_text().split("---\n", 2)[1]


# --- Word ---------------------------------------------------------------------------------------


def test_word_heading_levels_are_kept(tmp_path):
    document = docx.Document()
    document.add_paragraph("Data Protection Policy", style="Title")
    document.add_paragraph("Collecting data", style="Heading 1")
    document.add_paragraph("We collect only what we need.")
    document.add_paragraph("Consent", style="Heading 2")
    document.add_paragraph("Parents give consent in writing.")
    document.add_paragraph("Withdrawing consent", style="Heading 3")
    document.add_paragraph("Consent can be withdrawn at any time.")
    document.save(tmp_path / "dp.docx")
    result = import_policy(tmp_path / "dp.docx", "data-protection", tmp_path / "src")
    headings = re.findall(r"^(#+) (.+)$", body_of(result), re.M)
    assert headings == [("#", "Data Protection Policy"), ("##", "Collecting data"), ("###", "Consent"),
                        ("####", "Withdrawing consent")]
    assert not re.search(r"^\d", body_of(result), re.M)  # no number invented


def test_headings_typed_as_bold_body_text_are_headings(tmp_path):
    # A forest school's policy: every heading is 16.5 pt bold "Normal" text, no heading style.
    document = docx.Document()
    for words, heading in [("Safeguarding Policy", True), ("Oak Wood Forest School", False),
                           ("Photography", True), ("We never publish photographs featuring children without consent.",
                                                   False), ("Staff use only the setting's camera.", False),
                           ("Reporting concerns", True), ("Tell the lead practitioner the same day.", False)]:
        run = document.add_paragraph().add_run(words)
        run.bold = heading
        run.font.size = Pt(16.5) if heading else Pt(11)
    document.save(tmp_path / "forest.docx")
    result = import_policy(tmp_path / "forest.docx", "safeguarding", tmp_path / "src")
    body = body_of(result)
    assert re.findall(r"^(#+) (.+)$", body, re.M) == [
        ("#", "Safeguarding Policy"), ("##", "Photography"), ("##", "Reporting concerns")]
    assert "**" not in body
    assert "title: Safeguarding Policy" in front_matter_of(result)
    assert "organisation: Oak Wood Forest School" in front_matter_of(result)


def test_a_table_of_contents_is_left_out_and_reported(tmp_path):
    document = docx.Document()
    document.add_paragraph("Employee Handbook", style="Title")
    document.add_paragraph("Contents", style="Heading 1")
    for entry in ["1. Purpose\t3", "2. Pay\t4", "2.1 Employee Compensation Plan\t27"]:
        document.add_paragraph(entry, style=document.styles.add_style(f"toc {entry[0]}{entry[2]}", 1)
                               if False else None)
    toc = document.add_paragraph("3. Leave\t30")
    toc.style = document.styles["Normal"]
    document.add_paragraph("1. Purpose", style="Heading 1")
    document.add_paragraph("1.1 This handbook sets out the terms of employment.")
    document.add_paragraph("2. Pay", style="Heading 1")
    document.add_paragraph("2.1 Staff are paid monthly.")
    document.add_paragraph("3. Leave", style="Heading 1")
    document.add_paragraph("3.1 Leave is booked with the line manager.")
    document.save(tmp_path / "handbook.docx")
    result = import_policy(tmp_path / "handbook.docx", "employee-handbook", tmp_path / "src")
    policy = load_handbook(tmp_path / "src").policy("employee-handbook")
    assert [c.dotted for c in policy.clauses] == ["1.1", "2.1", "3.1"]
    assert "Compensation" not in body_of(result) and "Contents" not in body_of(result)
    assert any("table of contents (4 entries) was left out" in note for note in result.notes), result.notes


def test_word_toc_styled_entries_are_left_out(tmp_path):
    document = docx.Document()
    document.add_paragraph("Leave Policy", style="Title")
    style = document.styles.add_style("TOC 1", docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
    for entry in ["1. Purpose\t2", "2. Booking leave\t3"]:
        document.add_paragraph(entry, style=style)
    document.add_paragraph("1. Purpose", style="Heading 1")
    document.add_paragraph("1.1 Staff take leave in school holidays.")
    document.add_paragraph("2. Booking leave", style="Heading 1")
    document.add_paragraph("2.1 Leave is booked a month ahead.")
    document.save(tmp_path / "leave.docx")
    result = import_policy(tmp_path / "leave.docx", "leave", tmp_path / "src")
    assert body_of(result).count("Booking leave") == 1
    assert any("table of contents (2 entries)" in note for note in result.notes)


def test_tab_aligned_text_is_a_table_and_the_next_paragraphs_are_not_indented(tmp_path):
    document = docx.Document()
    document.add_paragraph("Contacts Policy", style="Title")
    document.add_paragraph("1. Staff call these numbers:")
    for row in ["Role\tName\tExtension", "DSL\tMrs J. Patel\t214", "Deputy DSL\tMr R. Okafor\t215"]:
        document.add_paragraph(row)
    document.add_paragraph("Out of hours, call the local authority.")
    document.add_paragraph("Keep this list by the phone.")
    document.save(tmp_path / "contacts.docx")
    result = import_policy(tmp_path / "contacts.docx", "contacts", tmp_path / "src")
    page = page_of(tmp_path / "src", "contacts")
    assert [text(c) for c in page.iter() if c.tag in ("th", "td")] == [
        "Role", "Name", "Extension", "DSL", "Mrs J. Patel", "214", "Deputy DSL", "Mr R. Okafor", "215"]
    assert not list(page.iter("pre")) and not list(page.iter("code"))
    assert "\nOut of hours, call the local authority." in body_of(result) or \
        "    Out of hours" in body_of(result)  # a continuation of clause 1, not a code block
    assert "\t" not in body_of(result)


def test_word_numbered_list_under_a_typed_section_number_is_a_list(tmp_path):
    document = docx.Document()
    document.add_paragraph("Acceptable Use Policy", style="Title")
    document.add_paragraph("1. Purpose and Scope", style="Heading 1")
    steps = add_list(document, [("decimal", "%1.")])
    for words in ["Protect our systems.", "Protect our data.", "Protect our people.", "Meet the law."]:
        numbered(document, words, steps, 0)
    document.add_paragraph("2. Use of equipment", style="Heading 1")
    document.add_paragraph("2.1 Equipment is for work.")
    document.save(tmp_path / "aup.docx")
    result = import_policy(tmp_path / "aup.docx", "acceptable-use", tmp_path / "src")
    body = body_of(result)
    assert "## 1. Purpose and Scope" in body and "## 2. Use of equipment" in body
    # In a numbered policy "2. ..." would be a clause: each item's number is typed text, as Word shows it
    assert "1\\. Protect our systems.\n\n2\\. Protect our data." in body and "4\\. Meet the law." in body
    load_handbook(tmp_path / "src")


def test_bold_typed_section_numbers_leave_no_stray_marks(tmp_path):
    document = docx.Document()
    document.add_paragraph("Information Security Policy", style="Title")
    for number, title in [(1, "Purpose"), (2, "Scope")]:
        heading = document.add_paragraph()
        heading.add_run(f"{number}. {title}").bold = True
        document.add_paragraph(f"{number}.1 The text of section {number}.")
    document.save(tmp_path / "infosec.docx")
    result = import_policy(tmp_path / "infosec.docx", "infosec", tmp_path / "src")
    body = body_of(result)
    assert "## 1. Purpose" in body and "## 2. Scope" in body
    assert "**" not in body


def test_a_bullet_typed_inside_a_word_bullet_is_one_bullet(tmp_path):
    document = docx.Document()
    document.add_paragraph("Visitors Policy", style="Title")
    document.add_paragraph("Visitors must:")
    bullets = add_list(document, [("bullet", "\u2022")])
    numbered(document, "\u2022 sign in at reception;", bullets, 0)
    numbered(document, "\u2022\twear a badge.", bullets, 0)
    document.save(tmp_path / "visitors.docx")
    result = import_policy(tmp_path / "visitors.docx", "visitors", tmp_path / "src")
    assert "- sign in at reception;" in body_of(result) and "\u2022" not in body_of(result)
    assert "- wear a badge." in body_of(result)


def test_a_link_to_a_bookmark_leads_to_what_it_marks(tmp_path):
    document = docx.Document()
    document.add_paragraph("Complaints Policy", style="Title")
    first = document.add_paragraph("1. Complaints are made in writing; see ")
    first._p.append(parse_xml(
        f'<w:hyperlink {nsdecls("w")} w:anchor="_Stage2"><w:r><w:t>stage two</w:t></w:r></w:hyperlink>'))
    first._p.append(parse_xml(f'<w:hyperlink {nsdecls("w")} w:anchor="_Timescales"><w:r><w:t>the timescales'
                              '</w:t></w:r></w:hyperlink>'))
    target = document.add_paragraph("2. Stage two: the governors hear the complaint.")
    target._p.insert(1, parse_xml(f'<w:bookmarkStart {nsdecls("w")} w:id="1" w:name="_Stage2"/>'))
    heading = document.add_paragraph("Timescales", style="Heading 1")
    heading._p.insert(1, parse_xml(f'<w:bookmarkStart {nsdecls("w")} w:id="2" w:name="_Timescales"/>'))
    document.add_paragraph("We reply within ten school days.")
    document.save(tmp_path / "complaints.docx")
    result = import_policy(tmp_path / "complaints.docx", "complaints", tmp_path / "src")
    body = body_of(result)
    assert "[stage two](#clause-2)" in body
    assert "[the timescales](#timescales)" in body


def test_a_document_without_numbers_is_headings_and_paragraphs(tmp_path):
    document = docx.Document()
    document.add_paragraph("Safeguarding Policy", style="Title")
    document.add_paragraph("Photography", style="Heading 1")
    document.add_paragraph("Photographs featuring children are taken only with consent.")
    document.add_paragraph("They are stored on the school's systems.")
    document.add_paragraph("Visitors", style="Heading 1")
    document.add_paragraph("Visitors sign in at reception.")
    document.save(tmp_path / "s.docx")
    result = import_policy(tmp_path / "s.docx", "safeguarding", tmp_path / "src")
    assert body_of(result) == (
        "# Safeguarding Policy\n\n## Photography\n\nPhotographs featuring children are taken only with consent.\n\n"
        "They are stored on the school's systems.\n\n## Visitors\n\nVisitors sign in at reception.\n"
    )


def test_numbering_other_than_decimals_is_written_as_typed(tmp_path):
    document = docx.Document()
    document.add_paragraph("IT Acceptable Use Policy", style="Title")
    document.add_paragraph("POL.ITAUP.001 Users must lock their screen when away.")
    document.add_paragraph("POL.ITAUP.002 Users must not share passwords.")
    document.add_paragraph("Section 3 Monitoring", style="Heading 1")
    document.add_paragraph("(A) The department monitors use.")
    document.add_paragraph("(B) Records are kept for a year.")
    document.save(tmp_path / "aup.docx")
    result = import_policy(tmp_path / "aup.docx", "it-aup", tmp_path / "src")
    lines = body_of(result).splitlines()
    for typed in ["POL.ITAUP.001 Users must lock", "POL.ITAUP.002 Users must not", "## Section 3 Monitoring",
                  "(A) The department", "(B) Records are"]:
        assert any(line.startswith(typed) for line in lines), (typed, lines)


# --- facts --------------------------------------------------------------------------------------


def test_facts_come_only_from_what_the_document_states_and_say_where(tmp_path):
    document = docx.Document()
    document.core_properties.title = "Employee Handbook"
    document.add_paragraph("This handbook was prepared by the Ministry of Justice (MoJ) for its staff.")
    document.add_paragraph("Effective November 15, 2007")
    document.add_paragraph("Remote access must be approved by the system Accreditor in advance.")
    document.add_paragraph("Visitors to our offices must be escorted; the rules apply to visitors too.")
    document.add_paragraph("Changes were approved by City Council in open session at a council meeting.")
    document.add_paragraph("The Purpose St Leonard's College exchange is described in section 9.")
    document.save(tmp_path / "handbook.docx")
    result = import_policy(tmp_path / "handbook.docx", "handbook", tmp_path / "src")
    meta = load_handbook(tmp_path / "src").policy("handbook").meta
    assert meta.title == "Employee Handbook"
    assert meta.organisation == "Ministry of Justice"
    assert str(meta.effective_from) == "2007-11-15"
    assert (meta.approved_by, meta.owner, meta.approved_on) == (None, None, None)
    assert meta.applies_to == ("TBC",)
    notes = "\n".join(result.notes)
    assert "effective_from 2007-11-15 from paragraph 2, 'Effective November 15, 2007': 'Effective November 15, " \
        "2007'" in notes
    assert "title Employee Handbook from the document's properties" in notes
    assert "approved_by: not stated: TBC" in notes


def test_a_document_control_table_gives_title_dates_and_owner(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=0, cols=2)
    for label, value in [("Document title", "Lone Working Policy"), ("Owner", "Head of Estates"),
                         ("Approved by", "Board of Trustees"), ("Date approved", "12/03/2024"),
                         ("Effective date", "1 April 2024"), ("Version", "3.2"), ("Review period", "2 years")]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    document.add_paragraph("Staff working alone tell a colleague where they are.")
    document.save(tmp_path / "lone.docx")
    result = import_policy(tmp_path / "lone.docx", "lone-working", tmp_path / "src")
    meta = load_handbook(tmp_path / "src").policy("lone-working").meta
    assert (meta.title, meta.owner, meta.approved_by) == ("Lone Working Policy", "Head of Estates", "Board of Trustees")
    assert (str(meta.approved_on), str(meta.effective_from), meta.version) == ("2024-03-12", "2024-04-01", "3.2")
    assert str(meta.review_every) == "2 years"
    assert any(note.startswith("front matter owner Head of Estates from the table at paragraph 1, 'Document title Lone "
                               "Working Policy', row 2: 'Owner | Head of Estates'")
               for note in result.notes), result.notes


def test_no_title_anywhere_is_refused_and_nothing_is_written(tmp_path):
    source = tmp_path / "notes.txt"
    source.write_text("1. Staff sign in at reception every morning before going to their classrooms.\n"
                      "2. Staff sign out when they leave.\n")
    with pytest.raises(PolicyImportError, match="the document states no title"):
        import_policy(source, "notes", tmp_path / "src")
    assert not (tmp_path / "src").exists()


# --- PDF ----------------------------------------------------------------------------------------

PDF_STYLE = """
@page { size: A4; margin: 25mm 20mm;
  @top-center { content: "Duty of Care Policy - St Example's College"; font-size: 9pt }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 9pt } }
body { font-family: sans-serif; font-size: 11pt }
h1 { font-size: 20pt } .section { font-weight: bold; font-size: 14pt; margin-top: 1em }
.break { page-break-before: always }
"""


def duty_of_care_pdf(path: Path) -> Path:
    from weasyprint import HTML

    paragraphs = " ".join(
        f"<p>Paragraph {n} of the supervision rules: staff stay with the students they are responsible for, "
        "and they hand over the duty in person to another member of staff.</p>" for n in range(1, 9)
    )
    html = (
        f"<html><head><style>{PDF_STYLE}</style><title>Duty of Care Policy</title></head><body>"
        "<h1>Duty of Care Policy</h1><p>Contents</p><p>Supervision ........ 1</p><p>Excursions ........ 2</p>"
        "<p class='section'>Supervision</p>" + paragraphs +
        "<p class='section break'>Excursions</p><p>Every excursion has a risk assessment approved by the "
        "principal.</p><ul><li>Students wear the college lanyard.</li><li>Staff carry a first-aid kit.</li></ul>"
        "</body></html>"
    )
    HTML(string=html).write_pdf(path)
    return path


def test_a_pdf_keeps_its_headings_and_loses_its_page_furniture(tmp_path):
    result = import_policy(duty_of_care_pdf(tmp_path / "duty.pdf"), "duty-of-care", tmp_path / "src")
    body = body_of(result)
    assert re.findall(r"^(#+) (.+)$", body, re.M) == [("#", "Duty of Care Policy"), ("##", "Supervision"),
                                                     ("##", "Excursions")]
    assert "Page 1" not in body and "St Example's College" not in body and "........" not in body
    notes = "\n".join(result.notes)
    assert "page headers, footers and page numbers were removed" in notes
    assert "table of contents (2 entries) was left out" in notes
    assert "Paragraph 8 of the supervision rules: staff stay with the students they are responsible for, and they " \
        "hand over the duty in person to another member of staff." in body  # lines joined into the paragraph
    assert "- Students wear the college lanyard." in body
    load_handbook(tmp_path / "src")  # handbook check passes


def test_a_draft_s_status_set_large_on_page_one_is_not_its_title(tmp_path):
    """A draft PDF whose biggest line is "Status: Draft"; the title is in the PDF's own properties."""
    from weasyprint import HTML

    path = tmp_path / "visitors.pdf"
    HTML(string=(
        "<html><head><style>body { font-size: 11pt } h1 { font-size: 20pt } h2 { font-size: 15pt }</style>"
        "<title>Visitors Policy</title></head><body><h1>Status: Draft</h1><h2>Signing in</h2>" + "".join(
            f"<p>Rule {n}: every visitor signs in at reception, shows photo identification and wears a visitor's "
            "badge for the whole visit, and signs out at reception when they leave.</p>" for n in range(1, 7)) +
        "<h2>Unaccompanied visitors</h2><p>Visitors without a DBS check are accompanied at all times.</p>"
        "</body></html>")).write_pdf(path)
    result = import_policy(path, "visitors", tmp_path / "src")
    assert load_handbook(tmp_path / "src").policy("visitors").meta.title == "Visitors Policy"
    assert "Status: Draft" in body_of(result)


def test_a_pdf_whose_words_are_set_apart_without_spaces_keeps_them_apart(tmp_path):
    """pdfTeX sets a line's words apart by moving the pen, with no space character between them: a
    quarter of an em at 10 pt is 2.5 points, closer than pdfplumber's default 3 points. Letters
    spaced out in a heading ("letter-spacing", small caps) are still one word."""
    from weasyprint import HTML

    def typeset(sentence: str) -> str:  # each word placed 0.25 em after the last, no space between them
        return "".join(f"<span style='margin-left: {0 if n == 0 else 0.25}em'>{word}</span>"
                       for n, word in enumerate(sentence.split()))

    path = tmp_path / "privacy.pdf"
    HTML(string=(
        "<html><head><style>body { font-family: serif; font-size: 10pt } h1 { font-size: 14pt } "
        ".caps { letter-spacing: 0.12em }</style><title>Privacy Policy</title></head><body><h1>Privacy Policy</h1>"
        "<p class='caps'>OPEN COMPLIANCE PROGRAM</p>"
        f"<p>{typeset('OpenGov does not sell or rent member, donor or website visitor information.')}</p>"
        f"<p>{typeset('We use session cookies on certain portions of the website.')}</p>"
        "</body></html>")).write_pdf(path)
    body = body_of(import_policy(path, "privacy", tmp_path / "src"))
    assert "OpenGov does not sell or rent member, donor or website visitor information." in body
    assert "We use session cookies on certain portions of the website." in body
    assert "OPEN COMPLIANCE PROGRAM" in body


def test_a_pdf_of_scanned_pages_is_refused_and_nothing_is_written(tmp_path):
    from weasyprint import HTML

    HTML(string="<html><body><div style='width:5cm;height:5cm;background:#000'></div></body></html>").write_pdf(
        tmp_path / "scan.pdf")
    with pytest.raises(PolicyImportError, match="no text, only pictures of pages"):
        import_policy(tmp_path / "scan.pdf", "scan", tmp_path / "src")
    assert not (tmp_path / "src").exists()


# --- OpenDocument and web pages ---------------------------------------------------------------


def test_an_odt_document(tmp_path):
    from odfdo import Document, Header, List, Paragraph, Table

    document = Document("text")
    document.body.clear()
    document.body.append(Header(1, "Volunteers Policy"))
    document.body.append(Header(2, "Checks"))
    document.body.append(Paragraph("Every volunteer has a DBS check before starting."))
    document.body.append(List(["References are taken up.", "Identity is checked."]))
    table = Table("Contacts", width=2, height=2)
    table.set_values([["Role", "Name"], ["Volunteer lead", "Ms A. Bell"]])
    document.body.append(table)
    document.save(tmp_path / "volunteers.odt")
    result = import_policy(tmp_path / "volunteers.odt", "volunteers", tmp_path / "src")
    body = body_of(result)
    assert body.startswith("# Volunteers Policy\n\n## Checks\n\nEvery volunteer has a DBS check before starting.")
    assert "- References are taken up.\n- Identity is checked." in body
    assert "| Role | Name |" in body and "| Volunteer lead | Ms A. Bell |" in body



def test_an_odt_list_lettered_by_its_style_keeps_its_letters(tmp_path):
    """A procurement guide's "declare one of the following": (a) and (b) drawn by LibreOffice's list
    style, then "(c) Another" typed by hand after the list, as the author finished it."""
    from odfdo import Document, Element, Header, List, Paragraph

    document = Document("text")
    document.body.clear()
    document.insert_style(Element.from_tag(
        '<text:list-style style:name="Lettered"><text:list-level-style-number text:level="1" '
        'style:num-format="a" style:num-prefix="(" style:num-suffix=")"/></text:list-style>'), automatic=True)
    document.body.append(Header(1, "Buying Office Software"))
    document.body.append(Header(2, "Supplier confirmation"))
    document.body.append(Paragraph("Ask suppliers to declare one of the following."))
    choices = List(["Yes, our product uses ODF as its default format.",
                    "By using a plug-in, our product reads and writes ODF 1.2."])
    choices.set_attribute("text:style-name", "Lettered")
    document.body.append(choices)
    document.body.append(Paragraph("(c) Another (please ask the supplier for details)."))
    document.save(tmp_path / "buying.odt")
    result = import_policy(tmp_path / "buying.odt", "buying", tmp_path / "src")
    body = body_of(result)
    assert "(a) Yes, our product uses ODF as its default format." in body
    assert "(b) By using a plug-in, our product reads and writes ODF 1.2." in body
    assert "(c) Another (please ask the supplier for details)." in body
    assert not any("out of sequence" in note for note in result.notes), result.notes

def test_an_odt_table_s_heading_row_is_kept(tmp_path):
    """A table whose heading row repeats on each page (LibreOffice's "Repeat heading", pandoc's tables)
    holds that row in ``table:table-header-rows``: its words are the table's column names."""
    from odfdo import Document, Element, Header, Paragraph, Table

    document = Document("text")
    document.body.clear()
    document.body.append(Header(1, "Buying Office Software"))
    document.body.append(Paragraph("Assess the functionality of each of these applications."))
    table = Table("Priorities", width=2, height=2)
    table.set_values([["Must", "Describes functionality that must be included."],
                      ["Could", "Describes functionality that is desirable but not necessary."]])
    heading = Element.from_tag(
        "<table:table-header-rows><table:table-row><table:table-cell office:value-type=\"string\">"
        "<text:p>Value</text:p></table:table-cell><table:table-cell office:value-type=\"string\">"
        "<text:p>Importance</text:p></table:table-cell></table:table-row></table:table-header-rows>")
    table.insert(heading, position=len([c for c in table.children if c.tag == "table:table-column"]))
    document.body.append(table)
    document.save(tmp_path / "buying.odt")
    body = body_of(import_policy(tmp_path / "buying.odt", "buying", tmp_path / "src"))
    assert "| Value | Importance |\n| --- | --- |\n| Must | Describes functionality that must be included. |" in body


SAVED_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Safeguarding | Riverside Sports Club</title>
<script>var tracking = 1;</script></head>
<body><header><a href="/">Home</a> <a href="/join">Join the club</a></header>
<nav><ul><li><a href="/about">About us</a></li></ul></nav>
<main><h1>Safeguarding Policy</h1>
<p>Riverside Sports Club keeps children safe. See <a href="#reporting">reporting a concern</a>
and our <a href="remote-working.html">remote working guidance</a>.</p>
<h2>Coaches</h2><p>Every coach holds a <strong>current</strong> DBS check.</p>
<ol><li>Coaches never work alone with a child.</li><li>Coaches record every injury.</li></ol>
<h2 id="reporting">Reporting a concern</h2><p>Tell the welfare officer the same day.</p>
<ol><li>Write down what you saw.</li><li>Call the officer.</li></ol>
</main><footer>&copy; 2025 Riverside Sports Club. Registered charity 123456.</footer></body></html>
"""


def test_a_web_page_saved_from_a_browser(tmp_path):
    source = tmp_path / "safeguarding.html"
    source.write_text(SAVED_PAGE, encoding="utf-8")
    result = import_policy(source, "safeguarding", tmp_path / "src")
    body = body_of(result)
    assert "Join the club" not in body and "About us" not in body and "Registered charity" not in body
    assert "[reporting a concern](#reporting-a-concern)" in body
    assert "remote working guidance" in body and "remote-working.html" not in body
    assert "## Coaches" in body and "**current**" in body
    assert "1. Coaches never work alone with a child.\n\n1. Coaches record every injury." in body
    notes = "\n".join(result.notes)
    assert "'remote-working.html' leads to another page of the website" in notes


def test_a_web_page_made_from_a_template_without_an_html_tag_is_a_web_page(tmp_path):
    """Static-site templates often write the doctype, <head> and <body> but no <html> element."""
    source = tmp_path / "code-of-conduct.html"
    source.write_text(
        "<!DOCTYPE html>\n<head>\n  <meta charset=\"UTF-8\">\n  <title>Code of Conduct</title>\n</head>\n<body>\n"
        "<h1>Code of Conduct</h1>\n<p>We expect everyone at our events to treat others with respect.</p>\n"
        "<h2>Reporting a problem</h2>\n<p>Speak to any member of staff, or e-mail the events team.</p>\n"
        "</body>\n", encoding="utf-8")
    body = body_of(import_policy(source, "conduct", tmp_path / "src"))
    assert "DOCTYPE" not in body and "<p>" not in body
    assert "## Reporting a problem" in body and "treat others with respect" in body



def test_a_web_page_s_content_kept_without_its_template_is_a_web_page(tmp_path):
    """What a site generator or an app fills into its template: no doctype, no <html>, CRLF lines,
    and a link whose tag runs over two lines."""
    source = tmp_path / "privacy.html"
    source.write_bytes((
        "<h1>\r\n    Privacy notice\r\n</h1>\r\n\r\n<p>\r\n    This notice applies from 1 May 2023. Earlier "
        "versions are at <a\r\n        href=\"https://example.org/privacy\">our website</a>.\r\n</p>\r\n"
        "<p>We keep what you tell us \u2018for as long as it\u2019s needed\u2019.</p>\r\n"
        "<h2>Who we are</h2>\r\n<p>The clinic is responsible for your data.</p>\r\n").encode())
    result = import_policy(source, "privacy", tmp_path / "src")
    body = body_of(result)
    assert "<a" not in body and "<p>" not in body and "<h1>" not in body
    assert "[our website](<https://example.org/privacy>)" in body
    assert "## Who we are" in body and "The clinic is responsible for your data." in body
    assert "\u2018for as long as it\u2019s needed\u2019" in body  # UTF-8, though the page does not say so
    assert "title: Privacy notice" in (tmp_path / "src" / "privacy" / "policy.md").read_text()

def test_comments_in_a_web_page_are_neither_read_nor_a_crash(tmp_path):
    """Templates close their blocks with comments (``</div><!--/.container-->``) and editors leave notes
    in the text; a comment among a paragraph's words stopped the import with a traceback."""
    source = tmp_path / "code-of-conduct.html"
    source.write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Code of Conduct</title></head><body>"
        "<div class='container'><h1>Code of Conduct</h1>"
        "<p>Be kind to others.<!-- TODO: examples from the 2019 meetup --> Report problems to "
        "<em><!-- was: the board -->the organisers</em> at once.</p>"
        "</div><!--/.container--><p>We review this code every year.</p></body></html>")
    result = import_policy(source, "code-of-conduct", tmp_path / "src")
    body = body_of(result)
    assert "Be kind to others. Report problems to *the organisers* at once." in body, body
    assert "We review this code every year." in body
    assert "TODO" not in body and "the board" not in body and "container" not in body


# --- the report ---------------------------------------------------------------------------------


def test_each_structure_warning_is_printed_once_at_the_documents_own_line(tmp_path, capsys):
    source = tmp_path / "trips.md"
    source.write_text("# Trips Policy\n\n1. A trip needs:\n(a) the head's approval;\n(c) a risk assessment.\n")
    assert main(["import", str(source), "--id", "trips", "--policy-src", str(tmp_path / "src")]) == 0
    printed = capsys.readouterr()
    everything = printed.out + printed.err
    assert everything.count("point (c) is out of sequence") == 1, everything
    assert re.search(r"line [345]: .*point \(c\) is out of sequence", everything)


def test_clauses_under_chapter_headings_with_no_number_keep_their_typed_numbers(tmp_path):
    # A city's handbook: "Compensation" carries no number, but the clauses under it are 3.1, 3.2.
    document = docx.Document()
    document.add_paragraph("Employee Handbook", style="Title")
    document.add_paragraph("Compensation", style="Heading 1")
    document.add_paragraph("3.1 Employee Compensation Plan. Pay grades are set each July.")
    document.add_paragraph("3.2 Overtime is paid at time and a half.")
    document.add_paragraph("Leave", style="Heading 1")
    document.add_paragraph("4.1 Annual leave is 20 days.")
    document.save(tmp_path / "city.docx")
    result = import_policy(tmp_path / "city.docx", "handbook", tmp_path / "src")
    body = body_of(result)
    assert "## Compensation\n\n3\\.1 Employee Compensation Plan." in body and "4\\.1 Annual leave" in body
    notes = "\n".join(result.notes)
    assert "paragraph 3, '3.1 Employee Compensation Plan. Pay grades': the first clause is numbered 3.1, so" in notes
    assert "numbers are kept as typed text" in notes
    page = page_of(tmp_path / "src", "handbook")
    assert any(text(p).startswith("3.1 Employee Compensation Plan.") for p in page.iter("p"))


# --- real policies, tuning set only (tests/fixtures/real_policies/README.md: sources and licences) ------

REAL = Path(__file__).parent / "fixtures" / "real_policies"


@pytest.mark.parametrize(("name", "title", "headings"), [
    ("openchain-recommended-practices-compliance.odt", "Open Source Compliance", 0),
    ("cdc-github-rules-of-behavior.md", "Rules of Behavior and Posting Guidelines for the Use of GitHub as a "
     "Third-Party Web Application", 7),
    ("w3c-conflict-resolution-procedures.html", None, 7),
])
def test_real_policies_import_and_pass_check_with_their_words_in_order(tmp_path, name, title, headings):
    import difflib

    import lxml.html
    import markdown as python_markdown

    result = import_policy(REAL / name, "real", tmp_path / "src")
    policy = load_handbook(tmp_path / "src").policy("real")  # handbook check passes
    if title:
        assert policy.meta.title == title
    assert len(re.findall(r"^#{2,6} ", body_of(result), re.M)) >= headings
    assert not policy.clauses  # none of them numbers clauses: no number invented
    html = python_markdown.markdown(body_of(result), extensions=["tables"])
    imported = re.findall(r"\w+", lxml.html.fromstring(f"<div>{html}</div>").text_content().casefold())
    if name.endswith(".odt"):
        from odfdo import Document
        original = Document(str(REAL / name)).body.text_recursive
    elif name.endswith(".html"):
        root = lxml.html.document_fromstring((REAL / name).read_bytes())
        for element in root.xpath("//script | //style | //head | //nav | //header | //footer"):
            element.drop_tree()
        original = root.text_content()
    else:
        html = python_markdown.markdown((REAL / name).read_text())
        original = lxml.html.fromstring(f"<div>{html}</div>").text_content()
    words = re.findall(r"\w+", original.casefold())
    matcher = difflib.SequenceMatcher(None, words, imported, autojunk=False)
    assert sum(b.size for b in matcher.get_matching_blocks()) / len(words) >= 0.98
    stated = [n for n in result.notes if n.startswith("front matter") and "not stated" not in n]
    assert all(" from " in note for note in stated)  # every fact says where it was found


def test_markdown_footnotes_and_a_labelled_title(tmp_path):
    source = tmp_path / "incidents.md"
    source.write_text("Title: Incident Policy\nStatus: Active\n\n## Reporting\n\nReport it at once.[^1]\n\n"
                      "[^1]: Note that the form is on the intranet.\n")
    result = import_policy(source, "incidents", tmp_path / "src")
    assert load_handbook(tmp_path / "src").policy("incidents").meta.title == "Incident Policy"
    body = body_of(result)
    assert "Report it at once.<sup>1</sup>" in body and "<sup>1</sup> Note that the form is on the intranet." in body
    assert any(note.startswith("line 6: a footnote mark") for note in result.notes)


def test_a_details_line_at_the_top_of_a_text_file_is_not_its_title(tmp_path):
    source = tmp_path / "pep.txt"
    source.write_text("PEP: 387\nTitle: Backwards Compatibility Policy\nStatus: Active\n\nAbstract\n\n"
                      "This PEP outlines how the project treats backwards compatibility.\n")
    result = import_policy(source, "compatibility", tmp_path / "src")
    assert load_handbook(tmp_path / "src").policy("compatibility").meta.title == "Backwards Compatibility Policy"
    assert "title Backwards Compatibility Policy from line 2: 'Title: Backwards Compatibility Policy'" in \
        "\n".join(result.notes)
