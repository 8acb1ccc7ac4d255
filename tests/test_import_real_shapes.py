"""``handbook import`` on shapes found in real policies brought in for issue 18 (each made here the
way the organisations made it): clauses laid out in a two-column Word table, a clause number typed
twice, headings underlined as in reStructuredText or set-text Markdown, a numbered list straight
after a bulleted one, a Word file whose changes are still tracked."""

from __future__ import annotations

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx_builder import add_list, numbered
from helpers import text
from test_importing import page_of

from handbook.importing import import_policy
from handbook.source.handbook_folder import load_handbook


def body_of(result) -> str:
    return result.path.read_text().split("---\n", 2)[2].lstrip("\n")


def _clauses_in_a_table(document: docx.Document, rows: list[tuple[str, str, str]]) -> None:
    """A model policy's way: a borderless table, the bold number in a narrow first column."""
    table = document.add_table(rows=0, cols=2)
    for number, title, words in rows:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(number).bold = True
        cells[1].paragraphs[0].add_run(f"{title}. ").bold = True
        cells[1].paragraphs[0].add_run(words)


def test_clauses_laid_out_in_a_table_are_clauses(tmp_path):
    document = docx.Document()
    document.add_paragraph("Intellectual Property Policy", style="Title")
    document.add_paragraph("1. Ownership of work made at work").runs[0].bold = True
    _clauses_in_a_table(document, [
        ("1.1", "Company work", "Anything you make using the company's equipment belongs to the company."),
        ("1.2", "Your own work", "Anything you make in your own time with your own equipment is yours."),
    ])
    document.add_paragraph("1.3 Telling us. Tell your manager before you publish work you made here.")
    bullets = document.add_table(rows=0, cols=2)
    for words in ("relates to the company's business, or", "uses its confidential information."):
        cells = bullets.add_row().cells
        cells[0].text, cells[1].text = "\u2022", words
    document.save(tmp_path / "ip.docx")

    result = import_policy(tmp_path / "ip.docx", "ip", tmp_path / "src")

    policy = load_handbook(tmp_path / "src").policy("ip")
    assert [c.label for c in policy.clauses] == ["1.1", "1.2", "1.3"]
    assert policy.clauses[0].text.startswith("**Company work.** Anything you make")
    assert "- relates to the company's business, or\n- uses its confidential information." in policy.clauses[2].text
    assert "| --- |" not in body_of(result)


def test_a_clause_number_typed_twice_keeps_every_clause_and_gives_the_second_its_own_address(tmp_path):
    document = docx.Document()
    document.add_paragraph("Employee Agreement", style="Title")
    document.add_paragraph("1. General").runs[0].bold = True
    _clauses_in_a_table(document, [
        ("1.1", "At will employment", "Nothing here changes the at will status of your employment."),
        ("1.2", "Entire agreement", "This agreement replaces any earlier agreement on the same subject."),
        ("1.2", "Choice of law", "This agreement is governed by the laws of the State of Texas."),
        ("1.3", "Survival", "These terms survive the end of your employment."),
    ])
    document.save(tmp_path / "agreement.docx")

    result = import_policy(tmp_path / "agreement.docx", "agreement", tmp_path / "src")

    policy = load_handbook(tmp_path / "src").policy("agreement")
    assert [c.label for c in policy.clauses] == ["1.", "1.1", "1.2", "1.3"]  # anchors kept, none invented
    assert "Choice of law" in policy.clause((1, 2)).text  # where the document has it, after 1.2
    [note] = [n for n in result.notes if "second time" in n]
    assert "'1.2 Choice of law" in note and "first at" in note and "'1.2 Entire agreement" in note
    page = page_of(tmp_path / "src", "agreement")
    [again] = [e for e in page.iter() if e.get("id") == "clause-1-2-again"]
    assert text(again).startswith("1.2 Choice of law.")
    assert len({e.get("id") for e in page.iter() if e.get("id")}) == len(
        [e for e in page.iter() if e.get("id")])  # no id used twice on the page


def test_a_number_typed_twice_in_a_numbered_list_of_the_text_is_still_one_report(tmp_path):
    source = tmp_path / "leave.txt"
    source.write_text(
        "Leave Policy\n\n"
        "1. Annual leave\n\n"
        "1.1 Staff have 25 days of annual leave a year.\n\n"
        "1.2 Leave is booked through the office.\n\n"
        "1.2 Leave not taken by 31 August is lost.\n\n"
        "1.2 Up to five days may be carried over with the head's agreement.\n\n"
        "2. Sick leave\n\n"
        "2.1 Ring the office before 8am on the first day.\n"
    )
    result = import_policy(source, "leave", tmp_path / "src")
    policy = load_handbook(tmp_path / "src").policy("leave")
    assert [c.label for c in policy.clauses] == ["1.", "1.1", "1.2", "2.", "2.1"]
    notes = [n for n in result.notes if "second time" in n]
    assert [n.split(":")[0] for n in notes] == ["line 9", "line 11"]
    assert "#clause-1-2-again;" in notes[0] and "#clause-1-2-again-2;" in notes[1]
    page = page_of(tmp_path / "src", "leave")
    assert {"clause-1-2-again", "clause-1-2-again-2"} <= {e.get("id") for e in page.iter()}



def test_headings_underlined_in_a_text_file_are_headings(tmp_path):
    """A policy kept as reStructuredText in a .txt file, as projects write them: the title over- and
    underlined, sections underlined with "=", sub-sections with "-"."""
    source = tmp_path / "releases.txt"
    source.write_text(
        "=======================\n"
        "Backwards Compatibility\n"
        "=======================\n\n"
        "Abstract\n"
        "========\n\n"
        "This policy says how we change public APIs without breaking code that uses them.\n\n"
        "Making incompatible changes\n"
        "===========================\n\n"
        "Deprecation\n"
        "-----------\n\n"
        "A feature is deprecated for at least two releases before it is removed.\n"
        "The warning names the release that removes it.\n\n"
        "----\n\n"
        "Questions go to the steering council.\n"
    )
    result = import_policy(source, "compat", tmp_path / "src")
    body = body_of(result)
    assert body.startswith("# Backwards Compatibility\n")
    assert "\n## Abstract\n" in body and "\n## Making incompatible changes\n" in body
    assert "\n### Deprecation\n" in body
    assert "=====" not in body and "Deprecation -----" not in body
    policy = load_handbook(tmp_path / "src").policy("compat")
    assert [s.heading for s in policy.sections if s.heading] == [
        "Backwards Compatibility", "Abstract", "Making incompatible changes", "Deprecation"]
    assert "Questions go to the steering council." in body  # a rule on its own is not a heading's underline


def test_set_text_headings_in_markdown_are_headings_and_a_rule_is_not(tmp_path):
    source = tmp_path / "visitors.md"
    source.write_text(
        "Visitors Policy\n===============\n\n"
        "Signing in\n----------\n\n"
        "Every visitor signs in at reception and wears a badge.\n\n"
        "---\n\n"
        "Visitors are escorted at all times.\n"
    )
    body = body_of(import_policy(source, "visitors", tmp_path / "src"))
    assert body.startswith("# Visitors Policy\n") and "\n## Signing in\n" in body
    assert "Visitors are escorted at all times." in body
    assert "===" not in body


def test_numbered_lists_under_headings_numbered_section_1_section_2_import(tmp_path):
    """A playbook's shape: short Word-numbered lists (each starting at 1) under unnumbered headings,
    and later headings "Section 1: ...", "Section 2: ..." that the handbook counts as numbering."""
    document = docx.Document()
    document.add_paragraph("Open Source Playbook", style="Title")
    document.add_heading("Our challenge", level=1)
    numbered(document, "We resell small boards running Linux with our own application.", add_list(
        document, [("decimal", "%1.")]), 0)
    document.add_heading("What we need", level=1)
    needs = add_list(document, [("decimal", "%1.")])
    for need in ("A policy for using open source.", "A process the teams follow.", "Training for the staff."):
        numbered(document, need, needs, 0)
    for number, title, steps in ((1, "Program foundation", ("Write the policy.", "Name its owner.")),
                                 (2, "Relevant tasks", ("List the licences.", "Keep the notices."))):
        document.add_heading(f"Section {number}: {title}", level=2)
        steps_list = add_list(document, [("decimal", "%1.")])
        for step in steps:
            numbered(document, step, steps_list, 0)
    document.save(tmp_path / "playbook.docx")

    result = import_policy(tmp_path / "playbook.docx", "playbook", tmp_path / "src")

    load_handbook(tmp_path / "src").policy("playbook")  # handbook check passes
    shown = " ".join(text(page_of(tmp_path / "src", "playbook")).split())
    for step in ("1. A policy for using open source.", "3. Training for the staff.", "2. Name its owner.",
                 "1. List the licences.", "2. Keep the notices."):
        assert step in shown
    assert "Section 2: Relevant tasks" in body_of(result)


def test_lettered_sections_numbering_their_parts_from_1_keep_every_number_as_an_anchor(tmp_path):
    """Terms of service in Markdown as a company publishes them: "## B. Account Terms" with
    "### 1. ...", "### 2. ..." under it, starting again under "## D. ...", and links between them."""
    source = tmp_path / "terms.md"
    source.write_text(
        "# Terms of Service\n\n"
        "## A. Definitions\n\n1. An \"Account\" is your registration with us.\n"
        "1. The \"Service\" is the website and what it provides.\n\n"
        "## B. Account Terms\n\n### 1. Account Controls\n\nYou control your account.\n\n"
        "### 2. Additional Terms\n\nSome accounts have extra terms.\n\n"
        "## D. User-Generated Content\n\n### 1. Responsibility\n\nYou are responsible for what you post "
        "(see [Section B.2](#2-additional-terms)).\n\n"
        "### 2. License Grant to Us\n\nYou let us host it.\n\n"
        "## E. Miscellaneous\n\nThese terms are governed by the law of California.\n"
    )
    result = import_policy(source, "terms", tmp_path / "src")
    policy = load_handbook(tmp_path / "src").policy("terms")
    assert [s.anchor for s in policy.numbered_sections] == ["clause-b-1", "clause-b-2", "clause-d-1", "clause-d-2"]
    assert "[Section B.2](#clause-b-2)" in body_of(result)
    shown = " ".join(text(page_of(tmp_path / "src", "terms")).split())
    assert "1. An \"Account\" is your registration with us. 2. The \"Service\"" in shown


OTHER_WORDS = "Questions about this policy go to the review board, who answer them within a week."


def test_a_pdf_s_logo_box_repeated_on_every_page_is_furniture(tmp_path):
    """A foundation's PDF: each page opens with the programme's name in a ruled box (a table to a
    PDF reader)."""
    from weasyprint import HTML

    cell = "style='border: 1px solid black; padding: 4px'"
    box = (f"<table style='border-collapse: collapse'><tr><td {cell}></td><td {cell}>OPEN COMPLIANCE PROGRAM</td>"
           "</tr></table>")  # the first cell held the logo's picture
    pages = [("Purpose", "This policy says how staff use open source software in products we ship."),
             ("Approval", "Staff ask the review board before they add a new open source component."),
             ("Records", "The review board keeps a record of every component and its licence.")]
    html = ("<html><head><title>Open Source Policy</title></head><body style='font-family: sans-serif'>"
            "<h1>Open Source Policy</h1>" + "".join(
                f"<div style='page-break-before: {'always' if n else 'auto'}'>{box}<h2>{heading}</h2><p>{words}</p>"
                f"<p>{OTHER_WORDS}</p><p>{OTHER_WORDS}</p></div>"
                for n, (heading, words) in enumerate(pages)) + "</body></html>")
    HTML(string=html).write_pdf(tmp_path / "oss.pdf")

    result = import_policy(tmp_path / "oss.pdf", "oss", tmp_path / "src")

    body = body_of(result)
    assert "OPEN COMPLIANCE PROGRAM" not in body and "|" not in body
    assert "'OPEN COMPLIANCE PROGRAM' (3 pages)" in "\n".join(result.notes)
    assert load_handbook(tmp_path / "src").policy("oss").meta.title == "Open Source Policy"
    for _, words in pages:
        assert words in body


def test_the_school_s_own_text_file_imports_with_its_title_and_sections(tmp_path):
    """The seed, as St Hugh's sent it: the school's name, the policy's name, the name again in capitals,
    then sections headed in capitals. The title is the policy's name, not the school's."""
    from test_build import SEED

    result = import_policy(SEED, "social-media", tmp_path / "src")
    policy = load_handbook(tmp_path / "src").policy("social-media")
    assert policy.meta.title == "Social Media Policy"
    assert policy.meta.organisation == "St Hugh's School"
    assert [s.heading for s in policy.sections if s.heading][1:] == [
        "INTRODUCTION", "USING SOCIAL MEDIA IN YOUR WORK", "PERSONAL USE OF SOCIAL MEDIA", "REVIEW"]
    assert "SOCIAL MEDIA POLICY" in body_of(result)  # the title repeated in capitals is kept as written


def test_plain_text_headings_in_capitals_but_not_a_shouted_sentence(tmp_path):
    """A policy typed in Notepad: the trust's name, then the policy's; a capitals line that is a
    sentence of the text ("DO NOT SHARE PASSWORDS.") stays a paragraph."""
    source = tmp_path / "lettings.txt"
    source.write_text(
        "Oakfield Learning Trust\n\n"
        "Lettings and Hire of Premises Policy\n\n"
        "PURPOSE\n\n"
        "1. This policy sets out how the school's rooms and grounds may be hired outside the school day.\n\n"
        "KEYS AND ALARMS\n\n"
        "2. Hirers collect keys from the site manager and return them the same evening.\n\n"
        "DO NOT LEND THE ALARM CODE TO ANYONE.\n\n"
        "3. A hirer who loses a key pays for the locks to be changed.\n"
    )
    result = import_policy(source, "lettings", tmp_path / "src")
    policy = load_handbook(tmp_path / "src").policy("lettings")
    assert policy.meta.title == "Lettings and Hire of Premises Policy"
    assert [s.heading for s in policy.sections if s.heading][1:] == ["PURPOSE", "KEYS AND ALARMS"]
    body = body_of(result)
    assert "DO NOT LEND THE ALARM CODE TO ANYONE." in body and "# DO NOT" not in body


def _paragraphs(*texts: str):
    from handbook.importing.document import Paragraph

    return [Paragraph(number, text, text, place=f"page 1, '{text[:20]}'") for number, text in enumerate(texts, 1)]


def test_a_contents_list_with_no_title_is_left_out_when_its_entries_come_again_below():
    """Bylaws as a PDF gives them: three pages of entries run together, each page's number between."""
    from handbook.importing.layout import without_contents_list

    contents = ("ARTICLE I — NAME AND PURPOSE 4", "Section 1 — Name: 4 Section 2 — Purposes: 4",
                "ARTICLE II — MEMBERSHIP 5", "1", "Section 1 — Eligibility: 5 Section 2 — Annual dues: 6")
    body = ("ARTICLE I — NAME AND PURPOSE", "Section 1 — Name:", "The name of the charity is Oakfield Trust.",
            "Section 2 — Purposes:", "The trust runs schools for 2 to 18 year olds.", "ARTICLE II — MEMBERSHIP",
            "Section 1 — Eligibility:", "Any adult may join.", "Section 2 — Annual dues:", "Dues are set each year.")
    kept, dropped = without_contents_list(_paragraphs(*contents, *body))
    assert [b.plain for b in kept] == list(body) and dropped == len(contents)


def test_lines_ending_in_numbers_that_are_no_contents_stay():
    """A policy that opens with figures, not page numbers: nothing below begins with their words."""
    from handbook.importing.layout import without_contents_list

    texts = ("Staff to pupil ratios 8", "Nursery rooms 4 Reception classes 30", "Minibus seats 16",
             "Outdoor sessions each week 3", "Ratios", "We keep to the ratios above at all times.")
    kept, dropped = without_contents_list(_paragraphs(*texts))
    assert [b.plain for b in kept] == list(texts) and dropped == 0


def _tracked(kind: str, words: str, change: int) -> str:
    """A change Word tracked and nobody accepted yet: ``kind`` "ins" or "del"."""
    tag = "w:delText" if kind == "del" else "w:t"
    return (f'<w:{kind} {nsdecls("w")} w:id="{change}" w:author="Deputy Head" w:date="2025-03-04T09:00:00Z">'
            f'<w:r><{tag} xml:space="preserve">{words}</{tag}></w:r></w:{kind}>')


def test_a_word_file_with_changes_still_tracked_imports_as_it_reads_with_them_accepted(tmp_path):
    """A draft sent round for comment: the deputy head's edits are still tracked changes."""
    document = docx.Document()
    document.add_paragraph("Uniform Policy", style="Title")
    edited = document.add_paragraph("Pupils wear the school uniform")
    edited._p.append(parse_xml(_tracked("ins", " and a blazer", 1)))
    edited._p.append(parse_xml(_tracked("del", " on most days", 2)))
    edited.add_run(" from Monday to Friday.")
    document.add_paragraph("Jewellery other than a watch is not worn.")
    dropped = document.add_paragraph()
    dropped._p.append(parse_xml(_tracked("del", "Trainers may be worn on Fridays.", 3)))
    added = document.add_paragraph()
    added._p.append(parse_xml(_tracked("ins", "The office keeps spare items for loan.", 4)))
    document.save(tmp_path / "uniform.docx")

    result = import_policy(tmp_path / "uniform.docx", "uniform", tmp_path / "src")

    body = body_of(result)
    assert "Pupils wear the school uniform and a blazer from Monday to Friday." in body
    assert "on most days" not in body and "Trainers" not in body
    assert "The office keeps spare items for loan." in body
    notes = "\n".join(result.notes)
    assert "the document had tracked changes not yet accepted, in 3 paragraphs" in notes
    assert "(paragraph 2, 'Pupils wear the school uniform and'; " in notes  # where to find the first
    load_handbook(tmp_path / "src")  # handbook check passes


def test_an_action_whose_number_a_footnote_took_first_shows_the_documents_own_number(tmp_path):
    """A directive as a government agency prints it: actions numbered straight through sections whose
    headings carry no number, action 3 withdrawn (so the numbers stay typed text), and a footnote at a
    page's foot, "5. Ibid., ...", read before action 5. Action 5 must show as 5, not as a new list's 1."""
    from weasyprint import HTML

    HTML(string=(
        "<h1>Directive 21-04: Patching Internet-Facing Systems</h1>"
        "<h2>Required Actions</h2><p>Within 30 days of this directive, each agency must:</p>"
        "<p>1. Name a lead for patching every internet-facing system.</p>"
        "<p>2. Publish the lead's contact address on the agency's website.</p>"
        "<p>4. Report the systems patched each quarter.</p>"
        "<p style='font-size: 8pt'>5. Ibid., section 5.6.3.</p>"
        "<h2>Expand Scope</h2><p><i>Scope grows until every system is covered.</i></p>"
        "<p>5. Within 90 days, add at least one further system to the patching schedule.</p>"
    )).write_pdf(tmp_path / "directive.pdf")

    import_policy(tmp_path / "directive.pdf", "directive", tmp_path / "src")

    shown = " ".join(text(page_of(tmp_path / "src", "directive")).split())
    assert "5. Within 90 days, add at least one further system" in shown
    assert "4. Report the systems patched" in shown


def _directive_with_footnotes(path) -> None:
    """A directive as an agency prints it from Word: actions numbered through headings that carry no
    number, footnotes at the foot of the page in smaller type, their marks raised in the text."""
    from weasyprint import HTML

    style = ("@page { size: A5; margin: 2cm } body { font-family: serif; font-size: 11pt } "
             ".note { float: footnote; font-size: 8pt } sup { font-size: 7pt } "
             "::footnote-call { content: counter(footnote); vertical-align: super; font-size: 7pt } "
             "::footnote-marker { content: counter(footnote) ' '; vertical-align: super; font-size: 6pt }")
    action = ("{n}. {what}, and report what was done to the security team within ten working days of the date on "
              "which the action fell due, with the name of the person responsible for it.")
    HTML(string=(
        f"<html><head><style>{style}</style></head><body><h1>Directive 22-01: Reporting Vulnerabilities</h1>"
        "<h2>Required Actions</h2><p>Each agency must, within 30 days of this directive<span class='note'>A day is "
        "a calendar day, as in the Act.</span>:</p>"
        + "".join(f"<p>{action.format(n=n, what=what)}</p>" for n, what in [
            (1, "Name a security contact for every domain the agency has registered"),
            (2, "Publish a vulnerability disclosure policy<span class='note'>See the template on the agency's "
                "intranet.</span> on the agency's website")])
        + "<h2>Expand Scope</h2>"
        + "".join(f"<p>{action.format(n=n, what=what)}</p>" for n, what in [
            (3, "Add every new internet-facing system to the policy's scope, listed in the SPDX<sup>TM</sup> format"),
            (4, "Review the scope of the policy every 90 days<span class='note'>Or sooner, where the agency "
                "launches a new service.</span>")])
        + "</body></html>")).write_pdf(path)


def test_footnotes_at_the_foot_of_a_pdf_s_pages_go_to_notes_and_the_actions_stay_clauses(tmp_path):
    _directive_with_footnotes(tmp_path / "directive.pdf")

    result = import_policy(tmp_path / "directive.pdf", "directive", tmp_path / "src")

    policy = load_handbook(tmp_path / "src").policy("directive")
    assert [clause.dotted for clause in policy.clauses] == ["1", "2", "3", "4"]
    body = body_of(result)
    assert "within 30 days of this directive<sup>1</sup>" in body
    assert "disclosure policy<sup>2</sup> on the agency's website" in body
    notes_section = body.split("## Notes", 1)[1]
    assert [line for line in notes_section.split("\n") if line] == [
        "<sup>1</sup> A day is a calendar day, as in the Act.",
        "<sup>2</sup> See the template on the agency's intranet.",
        "<sup>3</sup> Or sooner, where the agency launches a new service.",
    ]
    assert "3 footnotes were taken from the foot of their pages" in "\n".join(result.notes)
    assert "listed in the SPDX<sup>TM</sup> format" in body  # a raised word that is no footnote's mark
    assert "A day is a calendar day" not in body.split("## Notes", 1)[0]


def test_a_footer_laid_out_differently_on_odd_and_even_pages_is_furniture_on_all(tmp_path):
    """A template's footer as Word lays out "different odd and even pages": the logo's words boxed on
    odd pages (a ruled box, read as a table), the same words in the same place unboxed on even ones,
    where they join the title's line. Each way is on fewer than half the pages; the words' places
    are the same on all."""
    from weasyprint import HTML

    style = ("@page { size: A5; margin: 2cm 2cm 2.5cm 2cm; "
             "@bottom-center { content: 'Generic Open Source Policy ' counter(page); font-size: 9pt } } "
             "@page :right { @bottom-left { content: element(boxed) } } "
             "@page :left { @bottom-left { content: element(plain) } } body { font-size: 11pt } "
             ".boxed { position: running(boxed) } .plain { position: running(plain) } "
             ".logo { border-collapse: collapse; font-size: 6pt } .logo td { border: 1px solid black; padding: 2pt } "
             ".logo td:first-child { width: 0.8cm } .plain .logo td { border-color: transparent }")
    logo = "<table class='logo'><tr><td></td><td>OPEN COMPLIANCE<br>PROGRAM</td></tr></table>"
    rules = "".join(
        f"<p>Rule {n}: staff check the licence of every open source package before it is used in a product, and "
        "record the package, its version and its licence in the register kept by the compliance officer.</p>"
        for n in range(1, 31))
    HTML(string=(f"<html><head><style>{style}</style></head><body><div class='boxed'>{logo}</div>"
                 f"<div class='plain'>{logo}</div><h1>Open Source Policy</h1>{rules}</body></html>")
         ).write_pdf(tmp_path / "foss.pdf")

    result = import_policy(tmp_path / "foss.pdf", "foss", tmp_path / "src")

    body = body_of(result)
    assert "COMPLIANCE" not in body and "PROGRAM" not in body and "Generic Open Source" not in body
    assert all(f"Rule {n}: staff check" in body for n in range(1, 31))


def test_a_pdf_s_compound_word_wrapped_at_its_hyphen_keeps_the_hyphen_the_document_writes_it_with(tmp_path):
    """Word does not hyphenate: "decision-" at a line's end is the compound the procedure writes whole
    elsewhere, not a word broken for the line; a word the document never writes with a hyphen is joined."""
    from weasyprint import HTML

    HTML(string=(
        "<html><head><style>body { font-size: 12pt }</style></head><body><h1>Open Data Procedure</h1>"
        "<p>Agency offices involved in decision-making review each dataset.</p>"
        "<p>Supporting documentation must be approved for publication by the decision-<br>making offices, "
        "and the dataset's metadata is checked by the pro-<br>gram office before it is published.</p>"
        "</body></html>")).write_pdf(tmp_path / "procedure.pdf")

    body = body_of(import_policy(tmp_path / "procedure.pdf", "open-data", tmp_path / "src"))

    assert "approved for publication by the decision-making offices" in body
    assert "checked by the program office" in body


def test_a_procedure_s_document_control_form_in_a_pdf_gives_its_owner_and_effective_date(tmp_path):
    """A US agency's directive form as a ruled table: a box of labelled lines ("Personnel Concerned:",
    "Originator:"), and boxes whose caption in capitals stands over the value ("EFFECTIVE DATE"); the agency's
    name alone on the cover."""
    from weasyprint import HTML

    HTML(string=(
        "<html><head><style>body { font-size: 12pt } td { border: 1px solid black; vertical-align: top } "
        "table { border-collapse: collapse; width: 100% }</style></head><body>"
        "<p>Records Retention Programme</p><p>Office of the Chief Records Officer</p>"
        "<p>Northshore Port Administration</p>"
        "<table><tr><td>SUBJECT: Retention of harbour records</td><td>S.O.P. 12 04</td></tr>"
        "<tr><td>INTRODUCTION<br>Purpose: To set out how long each office keeps its records<br>"
        "Personnel Concerned: All Port Offices<br>Directives Canceled: None<br>"
        "Originator: Office of the Chief Records Officer</td><td></td></tr>"
        "<tr><td>AUTHORIZED BY: Dana Whitfield, Chief Records Officer</td><td>EFFECTIVE DATE<br>March 3, 2025</td></tr>"
        "</table><h2>I. Purpose</h2><p>This procedure sets out how long each office of the port keeps the records it "
        "creates.</p></body></html>")).write_pdf(tmp_path / "sop.pdf")

    front = import_policy(tmp_path / "sop.pdf", "retention", tmp_path / "src").path.read_text().split("---\n", 2)[1]

    assert "organisation: Northshore Port Administration" in front
    assert "owner: Office of the Chief Records Officer" in front
    assert "effective_from: 2025-03-03" in front
