"""``handbook import`` sets aside a contents list whose pages are counted by chapter (issue 18, set 19): a
military publication's "Table of Contents" in bold type, "1.1 Purpose 1-1", an entry wrapped onto a second
line, the contents' own page number "-i-" between its pages. Each document is made here as its writers
make it (a Word export to PDF), imported, and checked as ``handbook check --strict`` checks it."""

from __future__ import annotations

from helpers import REPO

from handbook.cli import main
from handbook.importing import import_policy
from handbook.importing.document import Paragraph
from handbook.importing.layout import without_contents_list

_TYPE = "font-family: 'Courier New', monospace; font-size: 12pt"
_BOLD = "font-weight: bold; margin: 0 0 9pt 0"
_WRAPPED = ("1.5 Authority of the Personal Property Shipping Office of Each Activity Providing Personal Property "
            "Services")
_CHAPTERS = [
    ("CHAPTER 1 - INTRODUCTION AND AUTHORITY", [
        ("1.1 Purpose", "This publication gives the procedures for moving the household goods of the command's "
                        "members and civilian employees."),
        ("1.2 Authorization", "The publication is issued under the authority of the Commander and applies to "
                              "every personal property office."),
        ("1.3 Changes", "Offices keep this publication up to date by entering changes as headquarters sends "
                        "them out."),
        ("1.4 Distribution of Copies", "The publication is kept on the logistics library and is not printed."),
        (_WRAPPED, "Each office may approve shipments and storage within the limits of the travel regulations."),
    ]),
    ("CHAPTER 2 - FUNDING AND ACCOUNTING", [
        ("2.1 Funding of Shipments", "Shipments are funded from the line of accounting on the member's orders."),
        ("2.2 Expired Funding", "Invoices against expired funds go to the comptroller within thirty days."),
        ("2.3 Dual Funding", "A shipment is never charged to two lines of accounting."),
    ]),
]
_PAGES = {"CHAPTER 1 - INTRODUCTION AND AUTHORITY": "1-1", "1.1 Purpose": "1-1", "1.2 Authorization": "1-1",
          "1.3 Changes": "1-2", "1.4 Distribution of Copies": "1-2", _WRAPPED: "1-2",
          "CHAPTER 2 - FUNDING AND ACCOUNTING": "2-1", "2.1 Funding of Shipments": "2-1",
          "2.2 Expired Funding": "2-1", "2.3 Dual Funding": "2-2"}


def _publication_pdf(path) -> None:
    """A command's publication as Word exports it: a cover, a contents list in bold Courier whose pages are
    counted by chapter, the long entry wrapped by a narrow column, the contents' page numbered "-i-" and
    "-ii-", then each chapter on a new page with bold run-in headings."""
    from weasyprint import HTML

    entries = [title for chapter, sections in _CHAPTERS for title in (chapter, *(s for s, _ in sections))]
    contents = "".join(f"<p style='{_BOLD}; width: 60%'>{title} {_PAGES[title]}</p>" for title in entries[:6])
    contents += "<p style='text-align: center; break-after: page'>-i-</p>"
    contents += "".join(f"<p style='{_BOLD}; width: 60%'>{title} {_PAGES[title]}</p>" for title in entries[6:])
    contents += "<p style='text-align: center; break-after: page'>-ii-</p>"
    chapters = "".join(
        f"<p style='{_BOLD}; break-before: page'>{chapter}</p>"
        + "".join(f"<p style='{_BOLD}'>{title}</p><p>{words}</p><p>Questions go to the office's "
                  "transportation officer, who answers within five working days.</p><p>Where this publication "
                  "and the travel regulations differ, the regulations apply.</p>" for title, words in sections)
        for chapter, sections in _CHAPTERS)
    HTML(string=f"<html><body style=\"{_TYPE}\">"
                "<p style='font-size: 28pt; text-align: center'>Transportation of Household Goods</p>"
                "<p style='font-size: 20pt; text-align: center; break-after: page'>Command Publication 12</p>"
                f"<p style='{_BOLD}'>Table of Contents</p>{contents}{chapters}</body></html>").write_pdf(path)


def test_a_contents_list_paged_by_chapter_is_set_aside_and_the_chapters_keep_their_numbers(tmp_path):
    _publication_pdf(tmp_path / "publication.pdf")

    result = import_policy(tmp_path / "publication.pdf", "household-goods", tmp_path / "src")

    assert main(["check", str(tmp_path / "src"), "--docs", str(REPO / "docs"), "--strict"]) == 0
    body = result.path.read_text().split("---\n", 2)[2]
    assert "Table of Contents" not in body and "1-1" not in body and "-ii-" not in body
    assert body.count("Expired Funding") == 1 and body.count("Each Activity Providing") == 1
    assert "Invoices against expired funds" in body
    notes = "\n".join(result.notes)
    assert "page 2, 'Table of Contents': the table of contents (10 entries) was left out" in notes


def _paragraphs(*texts: str, heading: int | None = None):
    return [Paragraph(number, text, text, heading if text[0].isupper() and len(text) < 40 else None,
                      place=f"page 1, '{text[:20]}'") for number, text in enumerate(texts, 1)]


def test_lines_under_contents_ending_in_ranges_that_nothing_below_repeats_stay():
    """A removals checklist whose "Contents" is what the boxes hold: its counts are ranges, not pages, and no
    heading or paragraph below opens with their words."""
    texts = ("Contents", "Dinner plates 4-6", "Glasses and cups 6-12", "Cutlery sets 2-4", "Saucepans 3-5",
             "Pack each box so it can be lifted by one person.", "Label every box with the room it goes to.")
    kept, dropped = without_contents_list(_paragraphs(*texts, heading=3))
    assert [b.plain for b in kept] == list(texts) and dropped == 0


def test_an_entry_a_reader_split_before_its_page_number_stays_in_its_contents_list():
    """A PDF's reader gives a long entry's first lines apart from the line ending in its page, and a contents
    page's own number "-vii-" between entries: the list runs on to its last entry, the chapters stay."""
    contents = ("Table of Contents", "CHAPTER 5 - PERMANENT DUTY TRAVEL 5-1", "5.1 Travel Allowances 5-1",
                "5.2 Separation from the Service or Duty Except for Discharge with Severance Pay",
                "(Extensions Approval Authorities) 5-21", "-vii-", "5.3 Privately Owned Vehicles 5-23",
                "CHAPTER 6 - CLAIMS FOR LOSS OR DAMAGE 6-1", "6.1 Claims on Shipments 6-1")
    body = ("CHAPTER 5 - PERMANENT DUTY TRAVEL", "5.1 Travel Allowances",
            "Allowances run for one year after the member separates.",
            "5.2 Separation from the Service or Duty Except for Discharge with Severance Pay",
            "The transportation officer may extend the time limit by six months.",
            "5.3 Privately Owned Vehicles", "One vehicle may be shipped overseas.",
            "CHAPTER 6 - CLAIMS FOR LOSS OR DAMAGE", "6.1 Claims on Shipments",
            "Members file claims with the carrier within nine months of delivery.")
    kept, dropped = without_contents_list(_paragraphs(*contents, *body, heading=3))
    assert [b.plain for b in kept] == list(body) and dropped == 6


def test_a_contents_table_with_column_headings_on_each_of_its_pages_is_set_aside():
    """A Marine Corps order's contents: "IDENTIFICATION TITLE PAGE" under its title, dot leaders, the page's
    footer "ii Enclosure (1)", then its title and headings again on its next page; the chapters stay."""
    contents = ("TABLE OF CONTENTS", "IDENTIFICATION TITLE PAGE", "Chapter 1 AUTHORITIES . . . . . . 1-1",
                "1. Authorities. . . . . . . . . 1-1", "2. Responsibilities . . . . . . 1-4", "ii Enclosure (1)",
                "TABLE OF CONTENTS", "IDENTIFICATION TITLE PAGE", "Chapter 2 BASIC ENTITLEMENTS . . . . 2-1",
                "1. Shipments under Temporary Duty Orders. . . . 2-1")
    body = ("Chapter 1 AUTHORITIES", "1. Authorities. The order is issued under the Joint Travel Regulations.",
            "2. Responsibilities. Each installation runs a personal property office.",
            "Chapter 2 BASIC ENTITLEMENTS", "1. Shipments under Temporary Duty Orders. A member may ship 600 lbs.")
    kept, dropped = without_contents_list(_paragraphs(*contents, *body, heading=3))
    assert [b.plain for b in kept] == list(body) and dropped >= 5


def _storage_pdf(path) -> None:
    """A directive's sub-paragraph citing an instruction by its number, the number wrapped to a line of its own
    and the instruction's title in italics set a little above the line, as Word exported it."""
    from weasyprint import HTML

    HTML(string=f"<html><body style=\"{_TYPE}\"><p style='{_BOLD}'>Household Goods Storage</p>"
                f"<p style='{_BOLD}'>1. Storage in Transit</p>"
                "<p>a. The transportation officer may approve storage for up to 360 days for:</p>"
                "<p style='margin-left: 48pt'>(1) Serious illness of the member.</p>"
                "<p style='margin-left: 48pt; width: 380pt'>(2) Impending assignment to government quarters. The "
                "member must show they joined the waiting list within 30 days of arrival. This is in line with "
                "CNICINST<br>11103.12 <i style='vertical-align: 5pt'>Navy Housing and Intra-Station Moves.</i></p>"
                "<p style='margin-left: 48pt'>(3) Acts of God or natural disaster.</p>"
                f"<p style='{_BOLD}'>2. Termination of Storage</p>"
                "<p>Storage that has run out is ended by the transportation officer.</p></body></html>").write_pdf(path)


def test_a_cited_number_left_on_a_line_of_its_own_is_text_not_a_clause(tmp_path):
    """"11103.12" alone (the rest of its line read apart from it) would be an empty clause numbered 11103.12."""
    _storage_pdf(tmp_path / "storage.pdf")

    result = import_policy(tmp_path / "storage.pdf", "storage", tmp_path / "src")

    assert main(["check", str(tmp_path / "src"), "--docs", str(REPO / "docs"), "--strict"]) == 0
    body = result.path.read_text().split("---\n", 2)[2]
    assert "11103\\.12" in body and "clause-11103" not in body
    assert "## 2. Termination of Storage" in body


def _order_pdf(path) -> None:
    """A directive as Word exports it in Courier New, whose fonts' descriptors give the italic a shallower descent
    than the upright type (-377 against -680 thousandths, as in NAVSUP P-490's export): a run in italics on the
    same baseline reports a box nearly 4 points higher."""
    import pypdf
    from weasyprint import HTML

    HTML(string="<html><body style=\"font-family: 'Liberation Mono'; font-size: 12pt\">"
                f"<p style='{_BOLD}'>Household Goods Storage</p><p style='{_BOLD}'>1. Storage in Transit</p>"
                "<p>1.1 The transportation officer may approve storage for up to 360 days where the member is "
                "waiting for government quarters, in line with CNIC Instruction 11103.12 <i>Navy Housing and "
                "Intra-Station Moves</i> and the travel regulations.</p>"
                "<p>1.2 Storage beyond 360 days is approved by headquarters.</p>"
                f"<p style='{_BOLD}'>2. Termination of Storage</p>"
                "<p>2.1 Storage that has run out is ended by the transportation officer.</p></body></html>"
         ).write_pdf(path)
    pdf = pypdf.PdfWriter(clone_from=path)
    for font in pdf.pages[0]["/Resources"]["/Font"].values():
        font = font.get_object()
        descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"] if "/DescendantFonts" in font else (
            font.get("/FontDescriptor"))
        if descriptor is not None:
            descent = -377 if "Italic" in str(font["/BaseFont"]) else -680
            descriptor.get_object()[pypdf.generic.NameObject("/Descent")] = pypdf.generic.NumberObject(descent)
    pdf.write(path)


def test_words_in_another_font_on_the_same_baseline_stay_in_their_line(tmp_path):
    """The instruction's italic title stays where it stands in clause 1.1, not pulled out above its line."""
    _order_pdf(tmp_path / "order.pdf")

    result = import_policy(tmp_path / "order.pdf", "storage", tmp_path / "src")

    assert main(["check", str(tmp_path / "src"), "--docs", str(REPO / "docs"), "--strict"]) == 0
    body = result.path.read_text().split("---\n", 2)[2]
    assert "in line with CNIC Instruction 11103.12 *Navy Housing and Intra-Station*" in body
    assert "*Moves* and the travel regulations." in body


def _consolidation_pdf(path) -> None:
    """An order's sub-paragraph citing "Reference (k)", the label wrapped to the start of the next line as Word
    set it, then the order's own points (a) and (b) after it."""
    from weasyprint import HTML

    HTML(string=f"<html><body style=\"{_TYPE}\"><p style='{_BOLD}'>Personal Property Shipping Offices</p>"
                "<p>a. Counselling. Every office counsels members before their first shipment.</p>"
                "<p style='width: 432pt'>b. Personal Property Shipping Office (PPSO) Consolidation. Reference<br>"
                "(k) directs the Military Services to consolidate PPSOs into regional offices.</p>"
                "<p>c. Quality Assurance. Each office inspects one shipment in ten.</p>"
                "<p style='margin-left: 36pt'>(a) Inspections are recorded in the shipment's file.</p>"
                "<p style='margin-left: 36pt'>(b) Failed inspections go to the carrier within five days.</p>"
                "</body></html>").write_pdf(path)


def test_a_label_a_citation_wrapped_to_a_new_line_stays_in_its_sentence(tmp_path):
    """"Reference" ending a line and "(k) directs ..." opening the next are one sentence, not point (k), which
    would be out of sequence; the points (a) and (b) below stay points."""
    _consolidation_pdf(tmp_path / "order.pdf")

    result = import_policy(tmp_path / "order.pdf", "offices", tmp_path / "src")

    assert main(["check", str(tmp_path / "src"), "--docs", str(REPO / "docs"), "--strict"]) == 0
    body = result.path.read_text().split("---\n", 2)[2]
    assert "Consolidation. Reference (k) directs the Military Services" in body
    assert "(a) Inspections are recorded" in body
