"""``handbook import`` on shapes held-out set 8 showed (issue 18). Each document is written here as its
authors (or their tools) write it, imported, and checked as ``handbook check --strict`` checks it."""

from __future__ import annotations

import pypdf
import pytest
from helpers import imported_and_checked
from weasyprint import HTML

from handbook.errors import PolicySourceError
from handbook.importing import PolicyImportError, import_policy
from handbook.importing.document import Paragraph
from handbook.importing.facts import find_facts
from handbook.importing.pdf_words import hyphen_kept
from handbook.importing.titles import title_from_file_name
from handbook.source.policy_file import parse_policy


def test_a_headings_permalink_on_a_generated_web_page_is_not_read_as_a_link_or_as_words(tmp_path):
    """A foundation's privacy page as its site generator serves it (Pelican, Sphinx and MkDocs write the
    same): each heading ends in a "¶" link to itself. Read as a link it named an anchor no page has, which
    check refuses, and the pilcrow ended the title."""
    (tmp_path / "privacy.html").write_text(
        "<!DOCTYPE html><html lang='en'><head><title>Privacy Policy</title></head><body>"
        "<header><nav><ul><li><a href='/foundation'>Overview</a></li></ul></nav></header>"
        "<main id='maincontent'><div class='container'>"
        "<h1 id='privacy-policy'>Privacy Policy<a class='headerlink' href='#privacy-policy' title='Permalink'>"
        "&para;</a></h1><p>Please assume that everything you contribute to the foundation is public.</p>"
        "<section id='website-use'><h2>Website Use Privacy Policy<a class='headerlink' href='#website-use'"
        " title='Link to this heading'>\u00b6</a></h2>"
        "<p>We collect information about your use of this website with server access logs.</p></section>"
        "<h2 id='contact' class='anchor'>Contact<a href='#contact' class='hash-link' "
        "aria-label='Direct link to Contact'>\u200b</a></h2><p>Write to privacy@example.org.</p>"
        "</div></main></body></html>"
    )

    _, front, body = imported_and_checked(tmp_path / "privacy.html", "privacy", tmp_path)

    assert "title: Privacy Policy\n" in front
    assert "\u00b6" not in body and "](#" not in body
    assert "## Website Use Privacy Policy\n" in body and "## Contact\n" in body


def test_clause_numbers_starting_again_under_each_roman_part_are_that_parts(tmp_path):
    """A foundation's IP policy as its lawyers set it in Word: parts I., II., III. and, under each, clauses
    1., 2., 3.1 counted again from 1, cited "Section III" in the text. Both kinds of heading are the same
    bold type. The importer refused it: "clause 1 is numbered twice"."""
    HTML(string=(
        "<html><head><style>@page { size: A4; margin: 2cm } body { font-family: serif; font-size: 11pt }"
        " h1 { font-size: 16pt } h2 { font-size: 12pt; font-weight: bold; margin: 1em 0 0.3em }</style></head>"
        "<body><h1>Intellectual Property Policy</h1>"
        "<h2>I. Purpose and Scope</h2><h2>1. Purpose</h2><p>The Foundation adopted this policy to avoid the "
        "infringement of the rights of its members.</p><h2>2. Applicability</h2><p>Section III applies to all "
        "activities of the Foundation and to all of its members and participants.</p>"
        "<h2>II. Rules Relating to Trademarks</h2><p>1. Trademarks. The Foundation will publish guidelines for "
        "the use of its marks on its website.</p><p>1.1. Adoption of Marks. The Foundation may select names "
        "and logos to identify its projects.</p><p>2. Confidentiality. Members share no confidential "
        "information with the Foundation.</p>"
        "<h2>III. Rules Relating to Software</h2><p>1. Project Licence. All software is released under the "
        "Apache License, version 2.0.</p><p>2. Contributions. All projects use the contribution agreement "
        "the Board approves.</p></body></html>"
    )).write_pdf(tmp_path / "ip.pdf")

    result, _, body = imported_and_checked(tmp_path / "ip.pdf", "ip", tmp_path)

    assert "## I. Purpose and Scope\n\n### 1. Purpose\n" in body, body
    assert "## III. Rules Relating to Software\n\n1. Project Licence." in body, body
    assert "1.1. Adoption of Marks." in body
    assert not any("typed text" in note for note in result.notes), result.notes


def test_a_policy_file_whose_clauses_start_again_under_roman_parts_is_checked_part_by_part(tmp_path):
    """The same shape typed by hand: each part's clauses run on their own, 'III.1' at #clause-iii-1; a
    number typed twice within one part is still refused."""
    front = ("---\nid: ip\ntitle: IP Policy\norganisation: Example\nversion: \"1.0\"\nstatus: current\nowner: TBC\n"
             "approved_by: TBC\napproved_on: TBC\neffective_from: TBC\nreview_every: TBC\napplies_to: [staff]\n"
             "---\n\n")
    body = ("## I. Purpose\n\n1. The Foundation adopted this policy.\n\n2. It applies to members.\n\n"
            "## II. Trademarks\n\n1. The Foundation publishes guidelines.\n\n1.1. It may select marks.\n\n"
            "2. Members keep their own marks.\n")
    policy = parse_policy(front + body, tmp_path / "policy.md")
    assert [(clause.dotted, clause.anchor) for clause in policy.clauses] == [
        ("I.1", "clause-i-1"), ("I.2", "clause-i-2"), ("II.1", "clause-ii-1"), ("II.1.1", "clause-ii-1-1"),
        ("II.2", "clause-ii-2")]

    try:
        parse_policy(front + body.replace("2. Members keep", "1. Members keep"), tmp_path / "policy.md")
    except PolicySourceError as error:
        assert "numbered twice" in error.message
    else:
        raise AssertionError("a number typed twice within one part was accepted")


def test_a_memorandum_headed_subj_is_titled_by_its_subject_not_by_the_ocr_of_its_signature(tmp_path):
    """A US department's memo, scanned with a text layer: "subj:" (not "Subject:") names it, and the
    signature, read as text, is a large line of noise ("~7 ~r~Zcly"), which became the title."""
    HTML(string=(
        "<html><head><style>@page { size: A4; margin: 2cm } body { font-family: serif; font-size: 11pt }"
        " .big { font-size: 20pt } .sig { font-size: 15pt; margin: 1em 0 }</style></head><body>"
        "<p class='big'>Department of Veterans Affairs</p><p>Date: FEB 2 6 2014</p><p class='big'>Memorandum</p>"
        "<p>From: Acting Assistant Secretary for Policy and Planning (008)</p>"
        "<p>subj: Open Data - Quarterly Data Asset Collection Requirements</p>"
        "<p>To: Under Secretaries, Assistant Secretaries, and Other Key Officials</p>"
        "<p>1. In support of Open Data efforts, this memorandum gives guidance on the collection of data assets.</p>"
        "<p>2. Each organisation reports its data assets to the department every quarter.</p>"
        "<p class='sig'>~7 ~r~Zcly</p>"
        "<p>3. Please review and concur on the attached documents by 21 February 2014.</p></body></html>"
    )).write_pdf(tmp_path / "memo.pdf")

    _, front, body = imported_and_checked(tmp_path / "memo.pdf", "memo", tmp_path)

    assert 'title: "Open Data - Quarterly Data Asset Collection Requirements"\n' in front or (
        "title: Open Data - Quarterly Data Asset Collection Requirements\n" in front), front
    assert "# ~7" not in body and "~7 ~r~Zcly" in body  # its words kept, as text


def test_a_text_file_with_no_title_line_is_titled_by_its_file_name_when_that_names_a_document(tmp_path):
    """A US agency's policy kept as plain text opens with "1. USE OF EXTERNAL OPEN SOURCE SOFTWARE"; the
    name it is published under is the file's, "cfpb-source-code-policy.txt". Its words are the title, with
    the text's own spelling of an abbreviation, and the report says where they came from."""
    source = tmp_path / "cfpb-source-code-policy.txt"
    source.write_text(
        "1. USE OF EXTERNAL OPEN SOURCE SOFTWARE\n\n"
        "        a) Executive agencies, including CFPB, are required to conduct market research when\n"
        "           preparing for the procurement of software.\n\n"
        "        b) When contracting developer services, CFPB will encourage vendors to use open source.\n\n"
        "        c) By sharing the maintenance of open source software, CFPB can reduce its costs.\n\n"
        "2. REDISTRIBUTION OF CFPB CODE\n\n"
        "        a) Software source code written entirely by CFPB staff is by default a public domain work.\n"
    )

    result, front, _ = imported_and_checked(source, "source-code", tmp_path)

    assert "title: CFPB Source Code Policy\n" in front, front
    assert "organisation: CFPB\n" in front, front  # the name heading that title, which the text speaks as
    assert any(note.startswith("front matter title CFPB Source Code Policy from the file's name") for note in
               result.notes), result.notes


def test_a_file_name_naming_no_document_gives_no_title():
    assert title_from_file_name("notes.txt", "Staff sign in.") is None
    assert title_from_file_name("policy.md", "Staff sign in.") is None  # a kind of document, but no name
    assert title_from_file_name("Lone_Working Policy.docx", "") == "Lone Working Policy"


def test_a_file_name_spells_an_abbreviation_as_the_text_does_hyphen_and_all():
    """Set 21: "nihpc-acceptable-use-policy.html" of a text writing "NI-HPC" was titled "Nihpc ..."."""
    text = "NI-HPC users must keep their passwords safe. Report misuse to the NI-HPC team."
    assert title_from_file_name("nihpc-acceptable-use-policy.html", text) == "NI-HPC Acceptable Use Policy"


def test_another_documents_name_far_into_the_text_is_not_taken_for_the_title_but_offered(tmp_path):
    """Set 7's rule takes the name a title-less text calls itself by ("NHS Open Source Policy applies
    where ..."). A name met only after the opening paragraphs is more likely another document's: the
    import is refused, and the refusal offers the name for the user to confirm."""
    (tmp_path / "records.md").write_text(
        "## Summary\n\nRecords are kept for six years.\n\nEach office keeps its own register.\n\n"
        "Registers are checked every spring.\n\nOld records are shredded on site.\n\n"
        "Shredding is logged in the register.\n\nThe Data Protection Policy applies to every record we keep.\n\n"
        "The Data Protection Policy covers the records of staff too.\n"
    )

    with pytest.raises(PolicyImportError, match="the document states no title") as refusal:
        import_policy(tmp_path / "records.md", "records", tmp_path / "src")
    assert "its text names 'Data Protection Policy' (line 13)" in str(refusal.value), refusal.value
    assert not (tmp_path / "src").exists()


def test_a_procedure_naming_the_policy_it_carries_out_is_not_titled_by_that_policy(tmp_path):
    (tmp_path / "records.md").write_text(
        "## Summary\n\nThis procedure puts the Records Policy into practice in every office.\n\n"
        "The Records Policy applies to paper and electronic records alike.\n\n"
        "Each office keeps the Records Policy on its notice board.\n"
    )

    with pytest.raises(PolicyImportError, match="the document states no title"):
        import_policy(tmp_path / "records.md", "records", tmp_path / "src")


def facts_of(*lines: str, title: str):
    blocks = [Paragraph(n, line, line, place=f"line {n}") for n, line in enumerate([title, *lines], start=1)]
    return find_facts(blocks, blocks[0])


def test_a_memo_from_a_department_is_that_departments_and_issued_by_its_sender():
    """A US department's memo: its letterhead is a "Department of ..." the text also speaks of departments
    in general, its header says "subj:" and gives the sender's office code, "(008)"."""
    facts = facts_of("Department of Veterans Affairs", "Date: FEB 2 6 2014",
                     "From: Acting Assistant Secretary for Policy and Planning (008)",
                     "subj: Open Data - Quarterly Data Asset Collection Requirements",
                     "To: Under Secretaries, Assistant Secretaries, and Other Key Officials",
                     "1. The Open Data Policy calls for federal departments and agencies to manage data as an asset.",
                     title="Memorandum")
    assert facts.found["organisation"].value == "Department of Veterans Affairs"
    assert facts.found["approved_by"].value == "Acting Assistant Secretary for Policy and Planning"


def test_a_foundation_defined_as_the_foundation_is_the_organisation():
    facts = facts_of('The Fintech Open Source Foundation ("Foundation"), a directed fund of the Linux Foundation, '
                     "adopted this Intellectual Property Policy to avoid infringing its members' rights.",
                     "The Board may amend this IP Policy.", title="Intellectual Property Policy")
    assert facts.found["organisation"].value == "Fintech Open Source Foundation"


def test_a_compound_broken_at_its_own_hyphen_at_a_lines_end_keeps_it(tmp_path):
    """A code of conduct in a narrow column breaks "harassment-free" at its own hyphen. The hyphen at a
    line's end was taken for the typesetter's and the words joined: "harassmentfree"."""
    HTML(string=(
        "<html lang='en'><head><style>@page { size: A5; margin: 1cm } body { font-family: serif; font-size: 10pt }"
        " p { width: 4.8cm; hyphens: manual }</style></head><body><h1>Code of Conduct</h1>"
        "<p>We pledge to make participation in our community a harassment-free experience for everyone, "
        "regardless of age, body size, visible or invisible disability, ethnicity, sex characteristics, "
        "gender identity and expression, level of experience, education, socio-economic status.</p></body></html>"
    )).write_pdf(tmp_path / "conduct.pdf")
    layer = "\n".join(page.extract_text() for page in pypdf.PdfReader(tmp_path / "conduct.pdf").pages)
    assert "harassment-\nfree" in layer, layer  # the test's premise: the compound broken at its hyphen

    _, _, body = imported_and_checked(tmp_path / "conduct.pdf", "conduct", tmp_path)

    assert "a harassment-free experience" in body, body


def test_a_word_hyphenated_at_a_lines_end_is_whole_again_and_a_compound_keeps_its_hyphen():
    assert not hyphen_kept("na", "tionality", set())
    assert not hyphen_kept("some", "thing", set())
    assert hyphen_kept("harassment", "free", set())  # a word English writes after a hyphen
    assert hyphen_kept("evidence", "based", set())
    assert not hyphen_kept("mis", "led", set())  # "misled": too short a first part for a compound
    assert hyphen_kept("decision", "making", {"decision-making"})  # written whole elsewhere


def test_an_organisations_name_over_the_documents_name_in_one_style_is_not_the_title(tmp_path):
    """The IP policy's first lines, both bold capitals like its part headings: "FINTECH OPEN SOURCE
    FOUNDATION" over "INTELLECTUAL PROPERTY POLICY". The first was taken for the title."""
    HTML(string=(
        "<html><head><style>@page { size: A4; margin: 2cm } body { font-family: serif; font-size: 11pt }"
        " h2 { font-size: 12pt; font-weight: bold; margin: 1em 0 0.3em }</style></head><body>"
        "<h2>HARBOUR OPEN SOURCE FOUNDATION</h2><h2>INTELLECTUAL PROPERTY POLICY</h2>"
        "<h2>I. Purpose and Scope</h2><p>The Harbour Open Source Foundation adopted this policy to avoid the "
        "infringement of the rights of its members.</p><p>It applies to all of its projects.</p>"
        "<p>The Board may amend it.</p><h2>II. Trademarks</h2><p>The Foundation will publish "
        "guidelines for the use of its marks.</p><p>Members keep their own marks.</p></body></html>"
    )).write_pdf(tmp_path / "ip.pdf")

    _, front, body = imported_and_checked(tmp_path / "ip.pdf", "ip", tmp_path)

    assert "title: Intellectual Property Policy\n" in front, front
    assert "organisation: Harbour Open Source Foundation\n" in front, front
    assert "HARBOUR OPEN SOURCE FOUNDATION" in body  # its words kept, as a line of the cover


def test_a_name_opening_a_paragraph_under_a_heading_speaks_as_the_author(tmp_path):
    """A foundation's disclosure policy, titled in its front matter: "Right now, FINOS does not operate a
    bug bounty" and, opening a section's paragraph, "FINOS provides multiple tools". Only the first was
    read as the name speaking: the paragraphs were run together, so the second opened no sentence."""
    (tmp_path / "disclosure.md").write_text(
        "---\ntitle: Kestrel Security Vulnerabilities Disclosure Policy\n---\n"
        ":::caution\nRight now, Kestrel does not run a bug bounty programme.\n:::\n\n"
        "This document sets out how Kestrel projects handle security vulnerabilities.\n\n"
        "## Automating security checks\nKestrel provides tools for each language its projects use.\n"
    )

    _, front, _ = imported_and_checked(tmp_path / "disclosure.md", "disclosure", tmp_path)

    assert "organisation: Kestrel\n" in front, front


def test_a_small_organisation_that_names_itself_only_as_it_speaks_is_the_organisation(tmp_path):
    """An education charity's travel policy from its staff handbook, titled "✈️ Travel Policy": it
    names itself only as it says what it pays for and expects ("P2PU will cover ...")."""
    (tmp_path / "travel.md").write_text(
        "# \u2708\ufe0f Travel Policy\n\nWorking for L2GO will involve some travel. All travel should show clear "
        "value.\n\n#### Process for Approval <a id=\"process-for-approval\"></a>\n\n"
        "A team member estimates the costs first. L2GO will cover costs for the following expenses:\n\n"
        "* **Travel**: L2GO will cover air and ground transportation. L2GO expects all of its employees to "
        "choose low-cost tickets.\n* **Accommodations**: L2GO encourages employees to stay with friends.\n"
    )

    _, front, _ = imported_and_checked(tmp_path / "travel.md", "travel", tmp_path)

    assert "organisation: L2GO\n" in front, front


def test_a_product_the_text_describes_is_not_the_organisation():
    facts = facts_of("OpenFormula provides a way to exchange formulas.", "OpenFormula uses the ODF format.",
                     "Where a file is shared, OpenFormula does not lose its formulas.",
                     "OpenFormula operates across spreadsheets.", title="Guidance for Governments")
    assert "organisation" not in facts.found


def test_a_typed_policys_hanging_lines_and_dotted_points_are_read_as_typed(tmp_path):
    """A US agency's policy typed as plain text: clauses a) to f) with lines hanging under their text, one
    of which begins with a number ("10.001." of "FAR 10.001"), and points a. b. and i. ii. indented below.
    The hanging line was read as clause 10.001, so every number was kept as typed text, no anchors."""
    source = tmp_path / "source-code-policy.txt"
    source.write_text(
        "1. USE OF EXTERNAL OPEN SOURCE SOFTWARE\n\n"
        "        a) Open source software allows its recipients to modify and redistribute the source code.\n\n"
        "        b) Agencies must conduct market research when buying software (see also FAR\n"
        "           10.001. Market research for software should include open source software.\n"
        "                a. There are several reasons to seek out open source software:\n"
        "                          i. Publicly available code is reviewed widely and often.\n"
        "                         ii. Code that can be changed lets the agency respond quickly.\n\n"
        "                b. These reasons may not decide every purchase.\n\n"
        "2. REDISTRIBUTION OF AGENCY CODE\n\n"
        "        a) Code written entirely by agency staff is by default a public domain work.\n"
    )

    result, _, body = imported_and_checked(source, "source-code", tmp_path)

    assert "(see also FAR 10.001. Market research for software" in body, body
    assert "\\." not in body, body  # no number kept as typed text
    assert "\n    a. There are several reasons" in body, body  # a point of its own, under (b)
    assert "1. USE OF EXTERNAL OPEN SOURCE SOFTWARE" in body and "2. REDISTRIBUTION OF AGENCY CODE" in body
    assert not any("typed text" in note for note in result.notes), result.notes


def test_a_memos_attachments_continued_on_later_pages_and_their_lists_of_steps(tmp_path):
    """A department's memo with attachments, each page of one headed "ATTACHMENT 1 continued", and lists
    numbered from 1 again under each of an attachment's headings. Each "continued" page was taken for an
    appendix of its own (B, C, ...) and the second list's "1." for clause D.1 typed twice, so every number
    of the memo was kept as typed text."""
    source = tmp_path / "data-collection-memo.txt"
    source.write_text(
        "# Quarterly Data Asset Collection\n\n"
        "1. This memorandum gives guidance on the collection of data assets.\n\n"
        "2. Please review the attached documents by 21 February.\n\n"
        "## ATTACHMENT 1 Data Assets\n\nA data asset is a collection of data elements.\n\n"
        "## ATTACHMENT 1 continued Data Assets\n\nThe inventory lists every data asset.\n\n"
        "## ATTACHMENT 2 Operating Guidance\n\n### Team Organization\n\n"
        "1. Select an organisational lead.\n\n2. Form an internal committee.\n\n"
        "### Collection Activities\n\n1. Supplement existing inventories.\n\n2. Review the public listing.\n\n"
        "3. Use the collection tool on the department's site:\n\nhttps://data.example.gov/collection-tool\n\n"
        "4. Ask the coordinator for edit access to the tool.\n"
    )

    result, _, body = imported_and_checked(source, "data-collection", tmp_path)

    assert not any("typed text" in note for note in result.notes), result.notes
    assert not any("'ATTACHMENT 1 continued" in note and "written" in note for note in result.notes), result.notes
    assert "1. This memorandum gives guidance" in body, body
    assert "B.1 Select an organisational lead." in body, body  # attachment 2 is appendix B, continued pages aside
    assert "Supplement existing inventories." in body and "C.1" not in body, body  # the second list: steps
    assert "B.4" not in body, body  # its item 4, after the address, is the list's, not a clause


def test_a_page_icon_before_the_title_is_not_part_of_it(tmp_path):
    """A GitBook staff handbook page: its heading opens with the page's icon, "✈️ Travel Policy"."""
    (tmp_path / "travel.md").write_text("# \u2708\ufe0f Travel Policy\n\nAll travel should show clear value.\n")

    _, front, body = imported_and_checked(tmp_path / "travel.md", "travel", tmp_path)

    assert "title: Travel Policy\n" in front, front
    assert "# \u2708\ufe0f Travel Policy" in body  # the page keeps its icon


def test_a_markdown_pages_fuller_title_in_its_front_matter_wins_over_the_same_words_in_its_heading(tmp_path):
    """A university archive's policy on its Jekyll site: front matter "SSDA Collection Policy", the body's
    heading (kept from the Word original) "COLLECTION POLICY". The heading's shorter words were the title."""
    (tmp_path / "collection.md").write_text(
        "---\ntitle: SSDA Collection Policy\nlayout: default\n---\n\nThis policy describes how the archive "
        "acquires research data.\n\n# COLLECTION POLICY\n\nPURPOSE\n\nThis document describes the policies of the "
        "Data Archive.\n\nContent Coverage\n----------------\n\nThe Archive accepts social research data.\n"
    )

    result, front, _ = imported_and_checked(tmp_path / "collection.md", "collection", tmp_path)

    assert "title: SSDA Collection Policy\n" in front, front
    assert any(note.startswith("front matter title SSDA Collection Policy from the document's properties")
               for note in result.notes), result.notes
