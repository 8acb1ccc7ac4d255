"""``handbook import`` on shapes held-out set 11 showed (issue 18). Each document is written here as its
authors (or their tools) write it, imported, and checked as ``handbook check --strict`` checks it."""

from __future__ import annotations

import docx
from docx_builder import LEGAL_LEVELS, add_list, numbered
from helpers import imported_and_checked


def test_a_page_fragment_with_its_settings_in_a_comment_is_a_web_page_titled_by_them(tmp_path):
    """A site generator's page content: no <html>, <title> or <h1>, its settings (the title its template shows)
    in a JSON comment at the top, then a <style> block. Taken for Markdown, the page was titled by its CSS."""
    (tmp_path / "conduct.html").write_text(
        '<!--{\n\t"Title": "Riverside Community Code of Conduct",\n\t"layout": "article"\n}-->\n\n'
        "<style>\nul {\n\tmax-width: 800px;\n}\n</style>\n\n<h2 id=\"about\">About</h2>\n\n<p>\n"
        "The Riverside contributors are committed to a friendly and welcoming environment.\n</p>\n\n"
        "<h2 id=\"values\">Values</h2>\n\n<ul>\n<li><b>Be friendly and welcoming.</b>\n<li><b>Be patient.</b>\n</ul>\n")

    result, front, body = imported_and_checked(tmp_path / "conduct.html", "conduct", tmp_path)

    assert "title: Riverside Community Code of Conduct\n" in front, front
    assert "## About" in body and "The Riverside contributors are committed" in body, body
    assert "max-width" not in front + body, body
    assert any("settings in the comment at its top" in note for note in result.notes), result.notes


def test_a_contracts_parties_numbered_1_and_recitals_lettered_a_keep_their_numbers_and_its_clauses_theirs(tmp_path):
    """An agreement as solicitors draft it in Word: the parties in a list Word shows "(1)", "(2)", the recitals
    "(A)", "(B)", then clauses 1, 1.1, 2 from the multilevel list. The parties were written as clauses 1 and 2,
    so the agreement's own clause 1 was "used already" and every number became typed text; the recitals were
    written "(a)", "(b)" though the text refers to "recital (B)"."""
    document = docx.Document()
    document.add_paragraph("DATA SHARING AGREEMENT", style="Title")
    document.add_heading("PARTIES", level=1)
    parties = add_list(document, [("decimal", "(%1)")])
    numbered(document, "RIVERSIDE COMMUNITY TRUST, a charity registered in England (the Trust); and", parties, 0)
    numbered(document, "The persons named in Schedule 1 (each a Member).", parties, 0)
    document.add_heading("BACKGROUND", level=1)
    recitals = add_list(document, [("upperLetter", "(%1)")])
    numbered(document, "The Trust runs youth clubs in three towns.", recitals, 0)
    numbered(document, "The Members wish to share attendance records with the Trust.", recitals, 0)
    clauses = add_list(document, LEGAL_LEVELS)
    numbered(document, "INTERPRETATION", clauses, 0, style="Heading 1")
    numbered(document, "Terms defined in recital (B) have the same meaning in this agreement.", clauses, 1)
    numbered(document, "SHARING", clauses, 0, style="Heading 1")
    numbered(document, "Each Member shall share only the records clause 1.1 describes.", clauses, 1)
    document.save(tmp_path / "agreement.docx")

    _, _, body = imported_and_checked(tmp_path / "agreement.docx", "agreement", tmp_path)

    assert "(1) RIVERSIDE COMMUNITY TRUST" in body and "(2) The persons named in Schedule 1" in body, body
    assert "(A) The Trust runs youth clubs" in body and "(B) The Members wish" in body, body
    assert "## 1. INTERPRETATION" in body and "## 2. SHARING" in body, body
    assert "1.1 Terms defined in recital (B)" in body and "2.1 Each Member shall share" in body, body


def test_a_contents_list_typed_without_page_numbers_is_left_out_and_a_slip_in_numbering_costs_one_number(tmp_path):
    """A public body's HR framework as its Word file prints: a "Contents:" list of the sections, typed with no
    page numbers, then the sections themselves, where one clause is numbered 1.1 under section 2 by a slip.
    The contents entries were taken for clauses 1-3, so every number after them was "out of order" and all
    of them became typed text; then the slip was written as a second clause 1.1, which check refuses."""
    (tmp_path / "framework.txt").write_text(
        "HR Policy Framework\n\nContents:\n\n• Policy Statement\n\n1. Introduction\n\n2. Good practice\n\n"
        "3. Appeals\n\nAppendices:\n\nA. List of policies\n\nPolicy Statement\n\nThis framework sets out the terms "
        "under which the Council employs its staff.\n\n1. Introduction\n\n1.1 This framework sets out the "
        "principles for developing policy.\n\n1.2 It covers all employees and workers.\n\n2. Good practice\n\n"
        "1.1 The Council recognises the importance of people and the place they work.\n\n3. Appeals\n\n"
        "3.1 Appeals are made in writing within seven working days.\n")

    result, _, body = imported_and_checked(tmp_path / "framework.txt", "framework", tmp_path)

    assert "Contents" not in body and "Appendices:" not in body, body
    assert "1.1 This framework sets out" in body and "3.1 Appeals are made in writing" in body, body
    assert "1.1 The Council recognises" in body and "{: #clause-1-1-again }" in body, body  # an address of its own
    assert any("table of contents (6 entries) was left out" in note for note in result.notes), result.notes
    assert any("typed a second time" in note for note in result.notes), result.notes


def test_a_number_typed_again_under_a_numbered_heading_is_typed_text_with_an_address_of_its_own(tmp_path):
    """The same slip under a section set as a heading: the repeated 1.1 stood on its own line, where it is a
    clause's number, and check refused the policy for numbering clause 1.1 twice."""
    (tmp_path / "framework.md").write_text(
        "# HR Policy Framework\n\n## 1. Introduction\n\n1.1 This framework sets out the principles for developing"
        " policy.\n\n## 2. Good practice\n\n1.1 The Council recognises the importance of people.\n\n"
        "## 3. Appeals\n\n3.1 Appeals are made in writing within seven working days.\n")

    _, _, body = imported_and_checked(tmp_path / "framework.md", "framework", tmp_path)

    assert "## 2. Good practice\n\n1\\.1 The Council recognises" in body, body
    assert "{: #clause-1-1-again }" in body and "3.1 Appeals are made" in body, body


def test_the_items_of_one_opendocument_numbered_list_are_numbered_alike(tmp_path):
    """An agreement in principle from LibreOffice: "FSC agrees:" and a numbered list of what it agrees to. Each
    item was taken for a list of its own (the reader named a list by an object odfdo makes anew each time), so
    the first became a clause and the others steps indented under it."""
    from odfdo import Document, Element, Header, List, Paragraph

    document = Document("text")
    document.body.clear()
    document.insert_style(Element.from_tag(
        '<text:list-style style:name="Numbered"><text:list-level-style-number text:level="1" '
        'style:num-format="1" style:num-suffix="."/></text:list-style>'), automatic=True)
    document.body.append(Header(1, "Agreement in Principle for Fiscal Sponsorship"))
    document.body.append(Paragraph("By signing this agreement, the Community agrees:"))
    promises = List(["Consult the Host a month before any grant application.",
                     "Keep the governance its Governance Document describes.",
                     "Tell the Host of any change of its committee."])
    promises.set_attribute("text:style-name", "Numbered")
    document.body.append(promises)
    document.save(tmp_path / "in-principle.odt")

    _, _, body = imported_and_checked(tmp_path / "in-principle.odt", "in-principle", tmp_path)

    lines = [line for line in body.splitlines() if "Host" in line or "governance" in line]
    assert [line.split(" ", 1)[0] for line in lines] == ["1.", "2.", "3."], body


def test_a_health_and_safety_statement_states_its_company_approval_and_annual_review_in_its_own_words(tmp_path):
    """A UK firm's statement as its website keeps it in Markdown: the quotes written as HTML character
    references, "This policy has been approved by the board." as its last line, and "reviewing and revising this
    policy annually" among its commitments. The references hid the company's name, and neither sentence was read."""
    (tmp_path / "safety.md").write_text(
        "---\nlayout: page\ntitle: \"Health and Safety Policy Statement\"\n---\n"
        "# Health and Safety Policy Statement\n\n"
        "## Overview\n\nIt is the policy of Brookfield Digital Limited (&quot;the Company&quot;) to foster a positive "
        "health and safety culture.\n\nThe Company is committed to:\n\n- providing adequate control of the risks "
        "arising from our work\n- reviewing and revising this policy annually\n\n## Authorisation & Declaration\n"
        "This policy has been approved by the board.\n")

    _, front, _ = imported_and_checked(tmp_path / "safety.md", "safety", tmp_path)

    assert "organisation: Brookfield Digital Limited\n" in front, front
    assert "approved_by: board\n" in front and "review_every: 1 year\n" in front, front


def test_who_a_procedure_applies_to_as_acas_s_model_and_a_numbered_clause_say_it(tmp_path):
    """"The company rules and this procedure apply to all employees" (ACAS's model disciplinary procedure) and a
    clause "1.2 This policy covers all ... employees, workers and visitors": the one names two things, the other
    opens with its number, and neither was read as saying whom the document is for."""
    (tmp_path / "discipline.md").write_text(
        "# Disciplinary procedure\n## 1. Introduction\nThe company rules and this procedure apply to all employees, "
        "regardless of length of service.\n\n## 2. Appeals\nAppeals are heard by a senior manager.\n")
    (tmp_path / "framework.txt").write_text(
        "HR Policy Framework\n\n1. Introduction\n\n1.1 This framework sets out the principles for developing policy."
        "\n\n1.2 This policy covers all Council employees, workers and visitors unless a policy says otherwise.\n\n"
        "1.3 The grant scheme was approved by the board.\n")

    _, discipline, _ = imported_and_checked(tmp_path / "discipline.md", "discipline", tmp_path)
    _, framework, _ = imported_and_checked(tmp_path / "framework.txt", "framework", tmp_path)

    assert "applies_to: [employees]\n" in discipline, discipline
    assert "applies_to: [employees, visitors, workers]\n" in framework, framework
    assert "approved_by: TBC\n" in framework, framework  # what the board approved is another thing


def test_a_contract_names_its_party_as_registered_with_no_comma_before_what_it_is(tmp_path):
    """A solicitor's draft names a party in capitals and says what it is with no comma between: "OPEN LIFE
    SCIENCE LIMITED a private company limited by guarantee ...". The registered name was read only after a
    comma or "is"; a sentence merely mentioning a charity is still not whose the document is."""
    (tmp_path / "agreement.txt").write_text(
        "HOSTING AGREEMENT\n\nPARTIES\n\nRIVERSIDE COMMUNITY TRUST LIMITED a private company limited by guarantee "
        "incorporated and registered in England and Wales with company number 01234567 (the Trust).\n\n"
        "We will write to Brightwater Housing a registered charity when the agreement ends.\n")

    _, front, _ = imported_and_checked(tmp_path / "agreement.txt", "agreement", tmp_path)

    assert "organisation: RIVERSIDE COMMUNITY TRUST LIMITED\n" in front, front
