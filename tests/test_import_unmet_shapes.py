"""``handbook import`` on shapes real school and HR policies commonly take that no document of the
committed corpus shows (issue 18): footnotes and endnotes in Word and OpenDocument files, a Title and
a Subtitle on the cover, headings numbered by a word. Each document is made here as its writers make
it, imported, and checked as ``handbook check --strict`` checks it."""

from __future__ import annotations

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx_builder import add_notes, note_reference
from helpers import REPO

from handbook.cli import main
from handbook.importing import import_policy
from handbook.source.handbook_folder import load_handbook


def imported_and_checked(source, policy_id, tmp_path):
    result = import_policy(source, policy_id, tmp_path / "src")
    assert main(["check", str(tmp_path / "src"), "--docs", str(REPO / "docs"), "--strict"]) == 0
    return result, result.path.read_text().split("---\n", 2)[2].lstrip("\n")


def test_word_footnotes_and_endnotes_go_to_notes_with_their_marks_kept_in_the_text(tmp_path):
    """An HR department's sickness policy citing the regulations in footnotes, and an endnote."""
    document = docx.Document()
    document.add_paragraph("Sickness Absence Policy", style="Title")
    document.add_paragraph("Statutory sick pay", style="Heading 1")
    paragraph = document.add_paragraph("Employees who are off sick for four or more days in a row may be "
                                       "entitled to Statutory Sick Pay")
    note_reference(paragraph, "footnote", 1, " from the fourth qualifying day.")
    paragraph = document.add_paragraph("After seven calendar days you must give us a fit note")
    note_reference(paragraph, "footnote", 2, ", signed by your doctor.")
    document.add_paragraph("Returning to work", style="Heading 1")
    paragraph = document.add_paragraph("Your line manager will hold a return to work meeting with you.")
    note_reference(paragraph, "endnote", 1)
    add_notes(document, "footnote", ["The Statutory Sick Pay (General) Regulations 1982.",
                                     "Also called a Statement of Fitness for Work."])
    add_notes(document, "endnote", ["See the Attendance Management Procedure for the meeting's form."])
    document.save(tmp_path / "sickness.docx")

    result, body = imported_and_checked(tmp_path / "sickness.docx", "sickness", tmp_path)

    text, notes = body.split("## Notes\n", 1)
    assert "entitled to Statutory Sick Pay<sup>1</sup> from the fourth qualifying day." in text
    assert "give us a fit note<sup>2</sup>, signed by your doctor." in text
    assert "return to work meeting with you.<sup>i</sup>" in text  # Word numbers endnotes i, ii, iii
    assert [line for line in notes.split("\n") if line] == [
        "<sup>1</sup> The Statutory Sick Pay (General) Regulations 1982.",
        "<sup>2</sup> Also called a Statement of Fitness for Work.",
        "<sup>i</sup> See the Attendance Management Procedure for the meeting's form.",
    ]
    assert "Regulations 1982" not in text  # the notes' words once, in the Notes section
    [report] = [note for note in result.notes if "Notes section" in note]
    assert "footnotes and endnotes (3)" in report and "'Employees who are off sick" in report
    assert not any("not imported" in note for note in result.notes), result.notes


def _odt_with_notes(path) -> None:
    """A volunteer policy written in LibreOffice: two footnotes (LibreOffice draws their numbers, the
    note's words sit inside the paragraph in the file), one inside a list item, and a reviewer's comment."""
    from odfdo import Annotation, Document, Header, List, Paragraph

    document = Document("text")
    document.body.clear()
    document.body.append(Header(1, "Volunteer Policy"))
    document.body.append(Header(2, "Checks before starting"))
    checks = Paragraph("Every volunteer who helps in a classroom has an enhanced DBS check before starting.")
    checks.insert_note(after="enhanced DBS check", note_class="footnote", note_id="ftn1", citation="1",
                       body="Disclosure and Barring Service; the check is renewed every three years.")
    checks.insert_annotation(Annotation("Is three years right? Ask the DSL.", creator="J. Patel"),
                             after="before starting")
    document.body.append(checks)
    steps = List(["Complete the volunteer application form.", "Attend the safeguarding induction."])
    document.body.append(steps)
    induction = steps.get_elements("text:list-item")[1].get_element("text:p")
    induction.insert_note(after="induction", note_class="footnote", note_id="ftn2", citation="2",
                          body="Held on the first Monday of each half term.")
    document.body.append(Paragraph("The office keeps a record of every check."))
    document.save(path)


def test_odt_footnotes_go_to_notes_and_a_comment_is_left_out(tmp_path):
    _odt_with_notes(tmp_path / "volunteers.odt")

    result, body = imported_and_checked(tmp_path / "volunteers.odt", "volunteers", tmp_path)

    text, notes = body.split("## Notes\n", 1)
    assert "has an enhanced DBS check<sup>1</sup> before starting." in text
    assert "Attend the safeguarding induction<sup>2</sup>." in text
    assert [line for line in notes.split("\n") if line] == [
        "<sup>1</sup> Disclosure and Barring Service; the check is renewed every three years.",
        "<sup>2</sup> Held on the first Monday of each half term.",
    ]
    assert "Ask the DSL" not in body and "renewed every three years" not in text
    report = "\n".join(result.notes)
    assert "footnotes (2) were moved to a Notes section" in report
    assert "comment" in report and "not imported" in report


def test_an_odt_title_over_a_subtitle_is_the_title(tmp_path):
    """A cover written with LibreOffice's Title, Subtitle and Date styles, as a trust's policy template
    has it: the Title style's line is the title, though it names no kind of document and the subtitle
    under it does; the subtitle stays a line of the cover."""
    from odfdo import Document, Element, Header, Paragraph

    document = Document("text")
    document.body.clear()
    for name, look in (("Title", 'fo:font-size="28pt" fo:font-weight="bold"'), ("Subtitle", 'fo:font-size="18pt"')):
        document.insert_style(Element.from_tag(
            f'<style:style style:name="{name}" style:family="paragraph" style:class="chapter">'
            f'<style:paragraph-properties fo:text-align="center"/><style:text-properties {look}/></style:style>'))
    document.body.append(Paragraph("Supporting Pupils with Medical Needs", style="Title"))
    document.body.append(Paragraph("Policy and procedures for staff", style="Subtitle"))
    document.body.append(Paragraph("Riverside Academy Trust"))
    document.body.append(Paragraph("Version 2.1 - 14 March 2025"))
    document.body.append(Header(1, "Individual healthcare plans"))
    document.body.append(Paragraph("The school nurse writes a healthcare plan with the pupil's parents."))
    document.body.append(Header(1, "Medicines in school"))
    document.body.append(Paragraph("Medicines are kept in a locked cabinet in the school office."))
    document.save(tmp_path / "medical.odt")

    result, body = imported_and_checked(tmp_path / "medical.odt", "medical", tmp_path)

    assert "title: Supporting Pupils with Medical Needs\n" in result.path.read_text()
    assert body.startswith("# ") and body.split("\n", 1)[0].strip("#* ") == "Supporting Pupils with Medical Needs"
    assert "\nPolicy and procedures for staff\n" in body  # the subtitle kept, as a line of the cover


def test_articles_numbered_by_the_word_keep_their_numbers_and_name_no_organisation(tmp_path):
    """An academy trust's Articles of Association: the title names a governing document, not an
    association, and each "Article N" heading keeps its number as the document has it."""
    document = docx.Document()
    document.add_paragraph("Articles of Association", style="Title")
    for number, (name, words) in enumerate([
        ("Name", "The Company's name is Riverside Learning Trust (and in this document it is called the "
                 "Academy Trust)."),
        ("Objects", "The Academy Trust's object is to advance education in the United Kingdom for the public "
                    "benefit."),
        ("Members", "The Members of the Academy Trust shall comprise the signatories to the Memorandum."),
    ], start=1):
        document.add_paragraph(f"Article {number} {name}", style="Heading 2")
        document.add_paragraph(words)
    document.save(tmp_path / "articles.docx")

    result, body = imported_and_checked(tmp_path / "articles.docx", "articles", tmp_path)

    assert "organisation: Articles of Association" not in result.path.read_text()
    assert [line.lstrip("# ") for line in body.split("\n") if line.startswith("##")] == [
        "Article 1 Name", "Article 2 Objects", "Article 3 Members"]


def _contents_field(document, entries: list[tuple[str, str, str]]) -> None:
    """A table of contents as Word's References > Table of Contents inserts it: one TOC field whose
    result is the entries, each a link to its heading's bookmark, a dotted tab and a PAGEREF field,
    here in the document's own body style (as a template that restyled everything to "Normal" has it)."""
    last = document.paragraphs[-1]._p
    for index, (bookmark, words, page) in enumerate(entries):
        toc = '<w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText>'
        begin = (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r>{toc}</w:r>'
                 '<w:r><w:fldChar w:fldCharType="separate"/></w:r>') if index == 0 else ""
        entry = parse_xml(
            f'<w:p {nsdecls("w")}><w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9016"/></w:tabs></w:pPr>'
            f'{begin}<w:hyperlink w:anchor="{bookmark}"><w:r><w:t>{words}</w:t></w:r><w:r><w:tab/></w:r>'
            f'<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText> PAGEREF {bookmark} \\h </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{page}</w:t></w:r>'
            f'<w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink></w:p>')
        last.addnext(entry)
        last = entry
    last.addnext(parse_xml(f'<w:p {nsdecls("w")}><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'))


def test_a_word_contents_field_is_left_out_though_its_entries_have_no_contents_style(tmp_path):
    document = docx.Document()
    document.add_paragraph("Whistleblowing Policy", style="Title")
    document.add_paragraph("Contents", style="TOC Heading")  # Word's heading over its contents
    sections = [("_Toc170001", "1. Introduction", "2", "1.1 This policy applies to all staff, governors and "
                                                          "volunteers."),
                ("_Toc170002", "2. Raising a concern", "3", "2.1 Raise your concern with the headteacher in writing."),
                ("_Toc170003", "3. Protection for you", "4", "3.1 No one who raises a concern in good faith will be "
                                                            "disadvantaged for doing so.")]
    _contents_field(document, [(bookmark, words, page) for bookmark, words, page, _ in sections])
    for index, (bookmark, words, _, clause) in enumerate(sections):
        heading = document.add_paragraph(words, style="Heading 1")
        heading._p.insert(1, parse_xml(f'<w:bookmarkStart {nsdecls("w")} w:id="{index}" w:name="{bookmark}"/>'))
        heading._p.append(parse_xml(f'<w:bookmarkEnd {nsdecls("w")} w:id="{index}"/>'))
        document.add_paragraph(clause)
    document.save(tmp_path / "whistleblowing.docx")

    result, body = imported_and_checked(tmp_path / "whistleblowing.docx", "whistleblowing", tmp_path)

    policy = load_handbook(tmp_path / "src").policy("whistleblowing")
    assert [clause.label for clause in policy.clauses] == ["1.1", "2.1", "3.1"]
    assert "import-bookmark" not in body and body.count("Raising a concern") == 1
    assert any("table of contents" in note and "left out" in note for note in result.notes)


def test_a_typed_number_inside_a_link_comes_out_of_it_and_no_word_is_cut(tmp_path):
    """A school website's complaints page: the list of what to read first, each item's number typed
    inside its link, as a page editor links a whole line."""
    (tmp_path / "complaints.html").write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Complaints Policy | Oakfield Academy</title></head>'
        "<body><main><h1>Complaints Policy</h1><p>Before making a complaint, please read:</p>"
        '<p><a href="https://www.gov.uk/complain-about-school">1. the Department for Education\'s guidance</a> on '
        "complaints about schools, and</p>"
        '<p><a href="https://www.gov.uk/government/publications">2. the model procedure</a> which this policy '
        "follows.</p><h2>Stage one</h2><p>Speak to your child's class teacher first.</p></main></body></html>")

    _, body = imported_and_checked(tmp_path / "complaints.html", "complaints", tmp_path)

    assert "[the Department for Education's guidance](<https://www.gov.uk/complain-about-school>) on complaints" in body
    assert "[the model procedure](<https://www.gov.uk/government/publications>) which this policy follows." in body
    assert "](" not in body.replace("](<https://", "")  # no link left half open


def test_a_school_name_in_the_title_style_over_the_policy_s_name_is_the_organisation(tmp_path):
    """A school's letterhead: its name in Word's Title style, the policy's name on the line under it,
    then a version-history table, as many school policies begin."""
    document = docx.Document()
    document.add_paragraph("Oakfield Academy", style="Title")
    document.add_paragraph("Staff Attendance Policy", style="Subtitle")
    history = document.add_table(rows=0, cols=3)
    for row in [("Version", "Date", "Summary of changes"), ("1.0", "01/09/2021", "First issue"),
                ("2.0", "04/07/2024", "Revised after consultation with the unions")]:
        for cell, words in zip(history.add_row().cells, row, strict=True):
            cell.text = words
    document.add_paragraph("Reporting absence", style="Heading 1")
    document.add_paragraph("Telephone your line manager before 7.30 am on the first day of absence.")
    document.save(tmp_path / "attendance.docx")

    result, body = imported_and_checked(tmp_path / "attendance.docx", "attendance", tmp_path)

    front = result.path.read_text().split("---\n", 2)[1]
    assert "title: Staff Attendance Policy\n" in front
    assert "organisation: Oakfield Academy\n" in front
    assert 'version: "2.0"' in front  # the latest row of the history, not the first
    assert body.startswith("Oakfield Academy\n\n# Staff Attendance Policy\n")


_SHAPES = ('xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
           'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
           'xmlns:v="urn:schemas-microsoft-com:vml"')


def _text_box(paragraph, lines: list[str]) -> None:
    """A text box as Word 2010 and later saves one: the box as a drawing, and the same box again as an
    older VML shape for programs that cannot draw the new one (``mc:Fallback``)."""
    content = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in lines)
    paragraph._p.append(parse_xml(
        f'<w:r {nsdecls("w", "wp", "a")} {_SHAPES}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor><wp:docPr id="1" name="Text Box 1"/><a:graphic><a:graphicData '
        f'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx>'
        f'<w:txbxContent>{content}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor>'
        f'</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{content}'
        f'</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'))


def test_the_words_of_a_word_text_box_are_kept_once_where_the_box_is(tmp_path):
    """An anti-bullying policy with the helpline in a box beside the text, as schools lay out the
    numbers a child should see."""
    document = docx.Document()
    document.add_paragraph("Anti-Bullying Policy", style="Title")
    document.add_paragraph("Getting help", style="Heading 1")
    told = document.add_paragraph("If you are being bullied, tell a member of staff you trust.")
    _text_box(told, ["Childline: call 0800 1111, free from any phone.", "Or talk to a Childline counsellor online."])
    document.add_paragraph("Every report is recorded and followed up by the pastoral team.")
    document.save(tmp_path / "bullying.docx")

    result, body = imported_and_checked(tmp_path / "bullying.docx", "bullying", tmp_path)

    assert ("tell a member of staff you trust.\n\nChildline: call 0800 1111, free from any phone.\n\n"
            "Or talk to a Childline counsellor online.\n\nEvery report is recorded") in body
    assert body.count("0800 1111") == 1  # the box once, not again from its fallback copy
    [report] = [note for note in result.notes if "text box" in note]
    assert "'Childline: call 0800 1111, free from" in report


def test_a_pdf_page_in_two_columns_is_read_down_each_column(tmp_path):
    """A wellbeing policy laid out as a staff leaflet: a title across the page, then two columns, and
    "Page N of M" and the trust's name at the head and foot of every page."""
    from weasyprint import HTML

    paragraphs = [
        "Every member of staff can ask their line manager for a wellbeing conversation at any time of the year.",
        "The conversation is private, and notes are kept only with the agreement of the member of staff.",
        "Staff may ask for a referral to occupational health where their work affects their health.",
        "The trust pays for up to six sessions of counselling through its employee assistance programme.",
        "Managers review workload with their teams each term and agree what can be stopped or shared out.",
        "Emails are not sent to staff between six in the evening and seven in the morning, or at weekends.",
    ]
    style = ("@page { size: A4; margin: 2.5cm 2cm; @top-left { content: 'RIVERSIDE LEARNING TRUST'; font-size: 8pt }"
             " @bottom-center { content: 'Page ' counter(page) ' of ' counter(pages); font-size: 8pt } }"
             " body { font-family: sans-serif; font-size: 11pt } .columns { column-count: 2; column-gap: 1cm }")
    HTML(string=f"<html><head><style>{style}</style></head><body><h1>Staff Wellbeing Policy</h1>"
                f"<div class='columns'>{''.join(f'<p>{p}</p>' for p in paragraphs)}</div></body></html>"
         ).write_pdf(tmp_path / "wellbeing.pdf")

    _, body = imported_and_checked(tmp_path / "wellbeing.pdf", "wellbeing", tmp_path)

    text = " ".join(body.split())
    positions = [text.find(paragraph) for paragraph in paragraphs]
    assert -1 not in positions, text  # each paragraph whole, not run into the column beside it
    assert positions == sorted(positions)  # down the left column, then the right
