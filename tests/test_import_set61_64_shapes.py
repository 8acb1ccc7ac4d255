"""Shapes of held-out sets 61 to 64's documents (issue 18, stop 49), made here: a competition's rulebook typeset as a
PDF, numbered "1. Game Rules", "1.1 ...", whose last page is a diagram of the arena with its labels in large type
("0 1 2 3 4 5 6", a corner's name set letter by letter down its side): the labels were read as headings, "0" out of
order after section 5, and the rulebook lost every clause number as an anchor."""

from __future__ import annotations

from helpers import imported_and_checked

_RULEBOOK = """<html><body style="font: 11pt serif">
<p style="font-size: 20pt">Arena Robotics 2016 Rulebook</p>
<p>The following defines the rules of the Arena Robotics 2016 competition.</p>
<p style="font-size: 14pt; font-weight: bold">1. Game Rules</p>
<p>1.1 A match lasts 180 seconds.</p>
<p>1.2 There will be a maximum of 4 robots in a match.</p>
<p style="font-size: 14pt; font-weight: bold">2. Robot</p>
<p>2.1 Robots must fit within the starting corner.</p>
<p>2.2 Robots must carry the badges provided by the officials.</p>
<p style="font-size: 14pt; font-weight: bold">3. Arena</p>
<p>3.1 The arena is 8 metres square, as the diagram below shows.</p>
<p>3.2 The floor is a smooth board painted grey.</p>
<p>3.3 Each corner is a starting zone, numbered 0 to 3.</p>
<p>3.4 Tokens are placed on the marked spots before each match.</p>
<p>3.5 The walls are 50 centimetres high.</p>
<p>3.6 Officials may stop a match if a wall is damaged.</p>
<p>3.7 Teams may inspect the arena before the league begins.</p>
<p style="page-break-before: always; font-size: 16pt">0 1 2 3 4 5 6</p>
<p style="font-size: 16pt">C</p><p style="font-size: 16pt">o r</p><p style="font-size: 16pt">n e</p>
<p style="font-size: 16pt">r 0</p>
<p style="font-size: 16pt">20 19 18 17 16 15 14</p>
</body></html>"""


def test_a_diagrams_labels_in_large_type_are_no_headings_and_the_rules_keep_their_numbers(tmp_path):
    from weasyprint import HTML

    source = tmp_path / "rulebook.pdf"
    HTML(string=_RULEBOOK).write_pdf(source)
    result, _, body = imported_and_checked(source, "rulebook", tmp_path)

    assert "## 3. Arena" in body and "\n1.1 A match lasts 180 seconds." in body, body
    assert not any("out of order" in note for note in result.notes), result.notes
    assert "# 0 1 2 3 4 5 6" not in body, body


def _imported_markdown(tmp_path, text: str) -> str:
    source = tmp_path / "terms.md"
    source.write_text(text)
    return imported_and_checked(source, "terms", tmp_path)[1]


# A GOV.UK service's terms of use, as its template words them: who runs it, under "Who we are", far down the page
_SERVICE_TERMS = (
    "# Terms of use\n\n"
    "## What is in these terms?\n\nThese terms tell you the rules for using the Find Your Pension service.\n\n"
    "## By using the service, you accept these terms\n\nBy using the Find Your Pension service, you confirm that you "
    "accept these terms of use.\n\n"
    "## Use\n\nYou must not misuse the service by introducing viruses.\n\nYou must keep your password secret.\n\n"
    "## Who we are and how to contact us\n\n"
    "The Find Your Pension service is provided by The Pensions Records Office.\n\n"
    "To contact us, email help@pensions-records.example.\n")


def test_who_runs_a_service_said_under_who_we_are_is_the_organisation(tmp_path):
    """Set 61's National Archives terms: the service's name holds "Your", which is no supplier's "your service"."""
    front = _imported_markdown(tmp_path, _SERVICE_TERMS)
    assert "\norganisation: The Pensions Records Office\n" in front, front


def test_a_supplier_of_the_service_is_not_the_organisation(tmp_path):
    front = _imported_markdown(tmp_path, _SERVICE_TERMS.replace(
        "The Find Your Pension service is provided by The Pensions Records Office.",
        "We work with suppliers. Our email service is provided by Northwind Mail Services Ltd."))
    assert "\norganisation: TBC" in front, front


def test_a_group_describing_itself_under_who_we_are_is_the_organisation(tmp_path):
    """Set 50's CivicTechWR privacy policy, its "1. Who We Are": "... is a volunteer-driven civic technology group"."""
    front = _imported_markdown(tmp_path, (
        "# Privacy Policy\n\nEffective Date: August 4, 2025\n\n## 1. Who We Are\n\n"
        "**CivicTechHFX** is a volunteer-driven civic technology group based in Halifax. We build digital "
        "tools that serve the public good.\n\n## 2. What We Collect\n\nWe collect only the data we need.\n"))
    assert "\norganisation: CivicTechHFX\n" in front, front


# A charity's constitution from a law firm's model (set 63's Student Robotics): the law and the kind of body above
# the title in smaller bold type, the name in its first clause with the kind's words before it
_CONSTITUTION = """<html><body style="font: 11pt serif">
<p style="font-weight: bold; font-size: 12pt">Charities Act 2011</p>
<p style="font-weight: bold; font-size: 12pt">Charitable Incorporated Organisation</p>
<p style="font-weight: bold; font-size: 16pt">CONSTITUTION OF HARBOUR ROWERS</p>
<p style="font-weight: bold; font-size: 12pt">1. Name</p>
<p>1.1 The name of the charitable incorporated organisation is Harbour Rowers.</p>
<p style="font-weight: bold; font-size: 12pt">2. Objects</p>
<p>2.1 The objects of the charity are to promote rowing for the public benefit in the town and its area.</p>
<p>2.2 The charity may do anything lawful which furthers its objects, including raising funds.</p>
<p style="font-weight: bold; font-size: 12pt">3. Members</p>
<p>3.1 Membership is open to anyone over 16 who supports the objects of the charity.</p>
<p>3.2 The trustees may refuse an application for membership where it is in the interests of the charity.</p>
<p>3.3 A member may leave by giving written notice to the charity.</p>
<p>3.4 Membership cannot be passed to anyone else.</p>
<p>3.5 The trustees must keep a register of the names and addresses of the members.</p>
</body></html>"""


def test_a_constitutions_title_below_the_law_it_is_made_under_and_the_name_its_first_clause_gives(tmp_path):
    from weasyprint import HTML

    source = tmp_path / "constitution.pdf"
    HTML(string=_CONSTITUTION).write_pdf(source)
    result, front, body = imported_and_checked(source, "constitution", tmp_path)

    assert "\ntitle: Constitution of Harbour Rowers\n" in front, (front, result.notes)
    assert "\norganisation: Harbour Rowers\n" in front, (front, result.notes)
    assert "Charities Act 2011" in body  # the cover's lines are kept, as text


def test_a_name_spelt_out_with_its_abbreviation_speaking_as_the_author_is_the_organisation():
    """Set 64's ESIP: "Partners" ends no organisation's name the patterns know, but the sentence that spells the name
    out speaks as the policy's author; an abbreviated term "committed to in" a contract does not."""
    from test_import_facts import facts_of, found

    facts = facts_of("Earth Science Information Partners (ESIP) is committed to protecting your privacy.",
                     "ESIP collects information about those who engage with us. ESIP will not sell it.")
    assert found(facts, "organisation") == "Earth Science Information Partners"
    facts = facts_of("Service Level Objectives (SLO) are committed to in each contract.",
                     "Each SLO is reviewed. The SLO is set by the board.")
    assert "organisation" not in facts.found


def test_stakeholders_named_with_the_others_a_policy_applies_to():
    """Set 63's whistleblowing policy: "all employees, contractors, vendors, and other stakeholders of ..."."""
    from test_import_facts import facts_of, found

    facts = facts_of("This Policy applies to all employees, contractors, vendors, and other stakeholders of "
                     "Wrenfield Solutions.")
    assert set(found(facts, "applies_to")) == {"contractors", "employees", "stakeholders", "vendors"}


def test_an_mkdocs_note_box_is_a_quotation_opened_by_its_title_and_reported(tmp_path):
    """The known gap of stop 48: a site's admonitions ('!!! info "Title"' over a body indented by four spaces, as
    REANNZ's and OpenSAFELY's policies write them; Retype's '!!! warning Title' closed by '!!!', as NHSBSA's) showed
    their markers as text and ran the title into the body's first words."""
    (tmp_path / "access.md").write_text(
        "# Data Access Policy\n\n"
        '!!! info "Purpose of This Document"\n    This document sets out who may use the platform.\n\n'
        "    It applies to all researchers.\n\n"
        "## Accounts\n\nAccounts are personal.\n\n"
        "!!! warning Do not share passwords\n\nA password is for its holder only.\n\n!!!\n\n"
        "```\n!!! note kept as typed in an example\n    indented in the example\n```\n")

    result, _, body = imported_and_checked(tmp_path / "access.md", "access", tmp_path)

    assert ("\n> **Purpose of This Document:** This document sets out who may use the platform.\n>\n"
            "> It applies to all researchers.\n") in body, body
    assert "\n> **Do not share passwords:** A password is for its holder only.\n" in body, body
    assert "!!! info" not in body and "\n!!!\n" not in body, body
    assert "!!! note kept as typed in an example" in body, body  # a code example's marker is its own
    assert any(note.startswith("line 3: a note box") for note in result.notes), result.notes


def test_a_line_of_exclamation_marks_opening_no_box_stays_as_written(tmp_path):
    (tmp_path / "notice.md").write_text("# Notice\n\n!!! warning Read this\n\nThe office is closed on Fridays.\n")

    _, _, body = imported_and_checked(tmp_path / "notice.md", "notice", tmp_path)

    assert "> The office is closed" not in body and "The office is closed on Fridays." in body, body
