"""``handbook import`` takes the title a person would: the first prominent line on page 1 naming the
document, else a running header on every page, else a properties title that reads as words; never a
file name in the properties over the text, never the first section's heading ("Introduction")."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.shared import Pt

from handbook.importing import import_policy
from handbook.source.handbook_folder import load_handbook

REPO = Path(__file__).resolve().parent.parent
RULE = ("Every member of the Institute acts in good faith, treats colleagues with respect and declares any "
        "interest that may affect a decision of the Council.")


def _pdf(path, body: str, title: str = "", page_style: str = "") -> None:
    from weasyprint import HTML

    HTML(string=f"<html><head><title>{title}</title><style>body {{ font-size: 11pt }} "
         f"h2 {{ font-size: 15pt }} {page_style}</style></head><body>{body}</body></html>").write_pdf(path)


def _title_of(tmp_path, policy_id: str) -> str:
    return load_handbook(tmp_path / "src").policy(policy_id).meta.title


def test_a_running_header_naming_the_document_is_its_title_over_its_properties(tmp_path):
    """Bylaws as an online editor prints them: the title only in the page header, bold, on every page."""
    header = ("@page { margin: 2.5cm 2cm; @top-center { content: 'The Bylaws of the Riverside Scholars Society'; "
              "font-weight: bold; font-size: 13pt; vertical-align: bottom } }")
    articles = "".join(
        f"<h2 style='page-break-before: {'always' if n > 1 else 'auto'}'>ARTICLE {roman} — {name}</h2>"
        + f"<p>{RULE}</p>" * 4
        for n, (roman, name) in enumerate([("I", "NAME AND PURPOSE"), ("II", "MEMBERSHIP"), ("III", "COUNCIL")], 1)
    )
    _pdf(tmp_path / "bylaws.pdf", articles, title="Final 2025 Bylaws of Riverside Scholars", page_style=header)

    result = import_policy(tmp_path / "bylaws.pdf", "bylaws", tmp_path / "src")

    assert _title_of(tmp_path, "bylaws") == "The Bylaws of the Riverside Scholars Society"
    notes = "\n".join(result.notes)
    assert "(the running header on every page)" in notes
    assert "## ARTICLE I — NAME AND PURPOSE" in result.path.read_text()


def test_a_file_name_in_the_properties_does_not_win_over_the_title_on_the_page(tmp_path):
    _pdf(tmp_path / "lone.pdf", f"<p>Lone Working Policy</p><h2>Introduction</h2><p>{RULE}</p><p>{RULE}</p>"
         f"<h2>Checking in</h2><p>{RULE}</p>", title="lone-working-v3")

    import_policy(tmp_path / "lone.pdf", "lone-working", tmp_path / "src")

    assert _title_of(tmp_path, "lone-working") == "Lone Working Policy"


def test_a_letterhead_naming_the_policy_manual_is_not_the_title_its_properties_state_below_it(tmp_path):
    """West Ada School District's regulation as its board prints it (held-out set 28, a committed fixture): "Board
    Policy Manual" and the district in bold on the first line, the regulation's own title on the lines below it (run
    into a "Status: DRAFT" set beside it), which the PDF's Title property gives."""
    source = REPO / "tests/fixtures/real_policies/westada-civil-rights-grievance-procedure.pdf"

    import_policy(source, "grievance", tmp_path / "src")

    assert _title_of(tmp_path, "grievance") == (
        "Administrative Regulation 1201-AR(2) Non-Discrimination - Civil Rights Grievance Policy and Complaint "
        "Procedure")


def test_a_file_name_in_the_properties_is_the_title_only_when_the_text_names_none_and_is_reported(tmp_path):
    """A specification whose pages start with a date and an "Introduction": the first heading is not its title."""
    _pdf(tmp_path / "spec.pdf", f"<p>2017-09-27</p><p>{RULE}</p><h2>Introduction</h2><p>{RULE}</p>"
         f"<h2>Add the licence to every file</h2><p>{RULE}</p>", title="include-licence-info-1")

    result = import_policy(tmp_path / "spec.pdf", "spec", tmp_path / "src")

    assert _title_of(tmp_path, "spec") == "Include Licence Info 1"
    assert "title Include Licence Info 1 from the document's properties, where it is a file name" in "\n".join(
        result.notes)
    assert "## Introduction" in result.path.read_text()


def _sized(document: docx.Document, words: str, size: int, style: str | None = None) -> None:
    document.add_paragraph(style=style).add_run(words).font.size = Pt(size)


def test_a_cover_s_large_title_and_the_heading_under_it_with_nothing_of_its_own_are_the_title(tmp_path):
    """A series of guides: the series' name set large on the cover, this guide's name as Heading 1, a
    subtitle, then the first section."""
    document = docx.Document()
    _sized(document, "The Trust's Safeguarding Playbooks", 26)
    _sized(document, "Small Schools", 20, "Heading 1")
    _sized(document, "Worked examples for schools with fewer than 100 pupils", 15)
    _sized(document, "Introduction", 20, "Heading 1")
    document.add_paragraph(RULE)
    _sized(document, "Recording a concern", 20, "Heading 1")
    document.add_paragraph(RULE)
    document.save(tmp_path / "playbook.docx")

    result = import_policy(tmp_path / "playbook.docx", "playbook", tmp_path / "src")

    assert _title_of(tmp_path, "playbook") == "The Trust's Safeguarding Playbooks: Small Schools"
    assert "## Introduction" in result.path.read_text()


def test_the_school_s_name_set_large_on_the_cover_is_not_the_title(tmp_path):
    document = docx.Document()
    _sized(document, "St Hugh's Church of England School", 26)
    _sized(document, "Safeguarding Policy", 20, "Heading 1")
    _sized(document, "Recording a concern", 16, "Heading 2")
    document.add_paragraph(RULE)
    document.save(tmp_path / "safeguarding.docx")

    import_policy(tmp_path / "safeguarding.docx", "safeguarding", tmp_path / "src")

    assert _title_of(tmp_path, "safeguarding") == "Safeguarding Policy"


def test_a_page_number_above_a_wide_bottom_margin_and_a_number_wrapped_to_a_line_s_start_are_text_s(tmp_path):
    """An online editor's PDF: the page number sits well above the page's foot, and a sentence runs
    on to the next line at "2.0." (the organisation's name): neither is a new paragraph or clause."""
    footer = ("@page { size: A4; margin: 2cm 2cm 4cm 2cm; @bottom-center { content: counter(page); "
              "vertical-align: top; font-size: 11pt } } p { width: 13cm; text-align: justify }")
    name = ("<p>The name of the organisation shall be the Riverside "
            "Institute for Independent Scholars and Researchers of the North (“RISRN”) 2.0. It shall be a "
            "nonprofit organisation incorporated under the laws of the State of California.</p>")
    pages = "".join(f"<h2 style='page-break-before: {'always' if n > 1 else 'auto'}'>Part {n}</h2>" + f"<p>{RULE}</p>"
                    * 3 for n in (1, 2, 3))
    _pdf(tmp_path / "bylaws.pdf", "<h1>Bylaws of the Riverside Institute</h1>" + name + pages, page_style=footer)

    result = import_policy(tmp_path / "bylaws.pdf", "bylaws", tmp_path / "src")

    body = result.path.read_text().split("---\n", 2)[2]
    assert "(“RISRN”) 2.0. It shall be a nonprofit" in body  # the PDF breaks the line before "2.0."
    assert "\n2\n" not in body and "\n3\n" not in body and "Council. 2" not in body
    assert "'page number' (3 pages)" in "\n".join(result.notes)


def test_articles_numbered_in_roman_numerals_are_the_bylaws_anchors_and_references_link_to_them(tmp_path):
    """Bylaws number their articles I, II, III; a heading set on two lines in bold keeps no stray marks."""
    from test_importing import page_of

    long_name = "COMPLIANCE WITH THE TAX EXEMPTION PROVISIONS OF THE INTERNAL REVENUE CODE AND STATE LAW"
    articles = [("I", "NAME AND PURPOSE"), ("II", "MEMBERSHIP"), ("III", long_name), ("IV", "AMENDMENTS")]
    body = "<h1>Bylaws of the Riverside Scholars Society</h1>" + "".join(
        f"<p style='font-weight: bold; width: 12cm'>ARTICLE {roman} — {name}</p><p>{RULE}</p>"
        + ("<p>Members may be removed as Article IV sets out.</p>" if roman == "II" else "")
        for roman, name in articles)
    _pdf(tmp_path / "bylaws.pdf", body)

    import_policy(tmp_path / "bylaws.pdf", "bylaws", tmp_path / "src")

    policy = load_handbook(tmp_path / "src").policy("bylaws")
    assert [s.anchor for s in policy.numbered_sections] == ["article-i", "article-ii", "article-iii", "article-iv"]
    assert f"ARTICLE III — {long_name}" in [s.heading for s in policy.numbered_sections]
    links = {a.text: a.get("href") for a in page_of(tmp_path / "src", "bylaws").iter("a")}
    assert links["Article IV"] == "#article-iv"


def test_sections_numbered_again_under_each_article_are_anchors_of_their_article(tmp_path):
    """Bylaws as organisations write them: "ARTICLE II — MEMBERSHIP" in bold, then "Section 1 — Eligibility:"
    in bold italics on a line of its own, its text below; each article numbers its sections from 1."""
    from test_importing import page_of

    articles = [("I", "NAME AND PURPOSE", ["Name", "Purpose"]), ("II", "MEMBERSHIP", ["Eligibility", "Dues",
                                                                                    "Resignation"])]
    body = "<h1>Bylaws of the Riverside Scholars Society</h1>" + "".join(
        f"<p style='font-weight: bold'>ARTICLE {roman} — {name}</p>" + "".join(
            f"<p><b><i>Section {n} — {section}:</i></b></p><p>{RULE}</p>" for n, section in enumerate(sections, 1))
        + ("<p>Dues are set as Article I allows.</p>" if roman == "II" else "")
        for roman, name, sections in articles)
    _pdf(tmp_path / "bylaws.pdf", body)

    result = import_policy(tmp_path / "bylaws.pdf", "bylaws", tmp_path / "src")

    policy = load_handbook(tmp_path / "src").policy("bylaws")
    assert [s.anchor for s in policy.numbered_sections] == [
        "article-i", "article-i-section-1", "article-i-section-2",
        "article-ii", "article-ii-section-1", "article-ii-section-2", "article-ii-section-3"]
    assert "### Section 3 — Resignation:" in result.path.read_text()  # a level below its article
    ids = {element.get("id") for element in page_of(tmp_path / "src", "bylaws").iter()}
    assert "article-ii-section-3" in ids


def test_a_policy_file_s_sections_under_articles_are_numbered_within_them(tmp_path):
    """The format: "### Section 1" under "## Article I" and again under "## Article II" is each
    article's own (1.1, 2.1), at #article-i-section-1; sections with no article above stay #section-N."""
    from handbook.source.policy_file import parse_policy

    front = ("---\nid: bylaws\ntitle: Bylaws\norganisation: Riverside Allotment Society\nversion: \"1.0\"\n"
             "status: current\nowner: Secretary\napproved_by: Annual General Meeting\napproved_on: 2024-05-01\n"
             "effective_from: 2024-05-01\nreview_every: 2 years\napplies_to: [members]\n---\n\n")
    nested = parse_policy(front + "## Article I Name\n\n### Section 1 Name\n\nText.\n\n### Section 2 Seat\n\nText.\n\n"
                          "## Article II Members\n\n### Section 1 Joining\n\nText.\n", tmp_path / "a.md")
    assert [(s.number, s.anchor) for s in nested.numbered_sections] == [
        ((1,), "article-i"), ((1, 1), "article-i-section-1"), ((1, 2), "article-i-section-2"),
        ((2,), "article-ii"), ((2, 1), "article-ii-section-1")]
    alone = parse_policy(front + "## Section 1 Name\n\nText.\n\n## Section 2 Members\n\nText.\n", tmp_path / "b.md")
    assert [s.anchor for s in alone.numbered_sections] == ["section-1", "section-2"]


def _bold(document: docx.Document, words: str, size: int) -> None:
    run = document.add_paragraph().add_run(words)
    run.bold, run.font.size = True, Pt(size)


def test_a_procedure_s_cover_names_it_not_its_number_its_abbreviation_or_an_appendix_s_table(tmp_path):
    """A council's standard operating procedure: its number and the council's initials set large on the cover
    above its name, and a data dictionary in an appendix whose row "title" describes a dataset's field."""
    document = docx.Document()
    _bold(document, "SOP 40 12", 24)
    document.add_paragraph().add_run("RCC").font.size = Pt(48)
    _bold(document, "Records Retention Programme", 24)
    document.add_paragraph("Office of the Chief Information Officer")
    document.add_paragraph("Riverside County Council")
    for section in ("I. Purpose", "II. Scope", "III. Responsibilities", "IV. Procedures", "V. Appendices"):
        _bold(document, section, 12)
        for _ in range(6):
            document.add_paragraph(RULE)
    table = document.add_table(rows=3, cols=3)
    for row, cells in zip(table.rows, [("Field", "Description", "Required"), ("title", "Dataset name", "Yes"),
                                       ("owner", "The office that keeps it", "Yes")], strict=True):
        for cell, words in zip(row.cells, cells, strict=True):
            cell.text = words
    document.save(tmp_path / "sop.docx")

    import_policy(tmp_path / "sop.docx", "records-retention", tmp_path / "src")

    assert _title_of(tmp_path, "records-retention") == "Records Retention Programme"


def test_a_memorandum_is_titled_by_its_subject_line_not_its_letterhead(tmp_path):
    document = docx.Document()
    _bold(document, "Riverside County Council", 16)
    document.add_paragraph("Children's Services, County Hall, Riverside RV1 2AB")
    _bold(document, "14 March 2025", 13)
    document.add_paragraph("Memorandum")
    document.add_paragraph("To: Headteachers of all maintained schools")
    document.add_paragraph("From: Jane Okafor, Director of Children's Services")
    document.add_paragraph("Subject: Arrangements for school admission appeals in 2025")
    for _ in range(4):
        document.add_paragraph(RULE)
    document.save(tmp_path / "memo.docx")

    result = import_policy(tmp_path / "memo.docx", "appeals-memo", tmp_path / "src")

    assert _title_of(tmp_path, "appeals-memo") == "Arrangements for school admission appeals in 2025"
    assert "Riverside County Council" in result.path.read_text()


def test_a_title_set_over_two_lines_in_one_style_is_one_title(tmp_path):
    """No heading styles: the title as two bold 22 pt lines, the sections as bold 14 pt lines."""
    document = docx.Document()
    _bold(document, "Lakeside Trust Year 7 Transition", 22)
    _bold(document, "Safeguarding Principles Document", 22)
    document.add_paragraph(RULE)
    for section in ("Overview", "Roles", "Recording concerns"):
        _bold(document, section, 14)
        document.add_paragraph(RULE)
        document.add_paragraph(RULE)
    document.save(tmp_path / "principles.docx")

    import_policy(tmp_path / "principles.docx", "principles", tmp_path / "src")

    assert _title_of(tmp_path, "principles") == "Lakeside Trust Year 7 Transition Safeguarding Principles Document"


def _web_page(path, title: str, main: str) -> None:
    path.write_text(
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        "<header><h1>RIVERSIDE<br>RUNNING CLUB</h1><nav><ul><li>EN</li><li>DE</li></ul></nav></header>"
        f"<main>{main}<h2>Purpose</h2><p>{RULE}</p><h2>Expected behaviour</h2><p>{RULE}</p></main></body></html>",
        encoding="utf-8")


def test_a_web_page_s_title_is_the_site_s_name_when_the_page_part_is_home(tmp_path):
    _web_page(tmp_path / "index.html", "Home | RIVERSIDE RUNNING CLUB CODE OF CONDUCT", "")

    import_policy(tmp_path / "index.html", "club-code", tmp_path / "src")

    assert _title_of(tmp_path, "club-code") == "Riverside Running Club Code of Conduct"


def test_a_web_page_s_own_main_heading_wins_over_its_title(tmp_path):
    _web_page(tmp_path / "index.html", "Home | RIVERSIDE RUNNING CLUB", "<h1>Members' Code of Conduct</h1>")

    import_policy(tmp_path / "index.html", "club-code", tmp_path / "src")

    assert _title_of(tmp_path, "club-code") == "Members' Code of Conduct"


def test_a_page_opening_on_a_usage_section_is_titled_by_its_file_not_the_section(tmp_path):
    """A documentation site's page whose name is in the site's navigation only, opening on "## Usage" (set 21's
    REANNZ acceptable use policy was titled "Usage")."""
    page = tmp_path / "acceptable-use-policy.md"
    page.write_text("---\ndescription: The terms you accept at registration\n---\n\n## Usage\n\n"
                    f"The Platform Acceptable Use Policy is presented to each user when they register. {RULE}\n\n"
                    "## You agree:\n\n1. Only to use the services for the purposes for which you were given access.\n"
                    "2. Not to interfere with other users' work.\n")

    import_policy(page, "acceptable-use", tmp_path / "src")

    assert _title_of(tmp_path, "acceptable-use") == "Acceptable Use Policy"
