"""``handbook import`` on shapes first met in held-out sets 35 and 36 (issue 18).

Set 35: a UK government policy's "Policy controls" table, whose labels say more than the fact's name ("Implementation
date (when this first became ONS or UKSA policy)", "Approver name", "Policy owner name"), above a version history
whose first column is "SharePoint version no.", and a "Scope" heading over points naming all of a group; a research
institute's Word file whose lines open with DOIs ("10.6092/INGV.IT-...", which ``check`` read as clauses numbered
without a space) and whose annex types "A.1." over a list the import numbers A.1. Set 36: a Word file Google Docs
exported with no core properties; Hugo's JSON front matter; statutes whose article labels run into their text
("**Article 1.** ..."); a definitions table's row saying who "we" are. Each document is made here as its writers make
it, imported, and checked as ``handbook check --strict`` checks it."""

from __future__ import annotations

import re
import zipfile

import pytest
from docx import Document
from helpers import imported_and_checked
from test_import_facts import facts_of, found

from handbook.importing import import_policy
from handbook.importing.audience_layout import listed
from handbook.importing.document import Paragraph, Table
from handbook.importing.version_history import history_facts
from handbook.source.handbook_folder import load_handbook

# The cover of a UK statistics office's policy, as its Word template sets it out (a table of two columns)
_POLICY_CONTROLS = [
    "Implementation date (when this first became the Office's policy) | 20/05/2024",
    "Approver name | Priya Shah",
    "Approver role | Head of Data Engineering",
    "Board Approval Name | Technical Advisory Group",
    "Last review date | 05/03/2025",
    "Next review due date | 01/04/2026",
    "Policy owner name | Priya Shah",
    "Policy owner division | Digital Services",
    "Contact email (person or team email) | data.engineering@example.gov.uk",
]


def test_a_policy_controls_table_whose_labels_say_more_than_the_facts_name():
    facts = facts_of(*_POLICY_CONTROLS, title="Source Code Management Policy")
    assert found(facts, "effective_from") == "2024-05-20"
    assert found(facts, "approved_by") == "Priya Shah"
    assert found(facts, "owner") == "Priya Shah"
    # the next review's date is a date, not a period: no review_every
    assert found(facts, "review_every") is None


def test_a_label_with_a_note_still_needs_its_value():
    facts = facts_of("Approver name (if applicable) | ", "Policy owner name | TBC", title="Leave Policy")
    assert found(facts, "approved_by") is None and found(facts, "owner") is None


def test_a_version_column_named_for_the_system_that_keeps_it():
    history = Table(1, (("SharePoint version no.", "Amended by", "Version date", "Summary of what has changed"),
                        ("1.0", "Sam Ford", "12/03/24", "First version."),
                        ("1.1", "Sam Ford", "30/04/25", "New points 2 and 3.")), "page 3")
    assert history_facts([history], str)["version"][0] == "1.1"


def test_the_organisation_the_document_refers_to_as_the_organisation():
    line = ("1.1 This document outlines the policies for the use of version control systems within ONS (referred to "
            "as \u201cthe Organisation\u201d).")
    assert found(facts_of(line, title="Source Code Management Policy"), "organisation") == "ONS"
    assert found(facts_of("Staff at Riverside Academy (referred to as 'the School') must sign in.",
                          title="Visitors Policy"), "organisation") == "Riverside Academy"


def _scope(*points: str) -> list[Paragraph]:
    heading = Paragraph(1, "2. Scope", "2. Scope", heading=2, place="page 4")
    return [heading, *(Paragraph(n, point, point, place=f"page 4, point {n}") for n, point in enumerate(points, 2))]


def test_a_scope_heading_over_points_naming_all_of_a_group():
    blocks = _scope("2.1 All employees of the UK Statistics Authority and Office for National Statistics.",
                    "2.2 Any external parties delivering services into the Office (unless by agreement).")
    assert [who for who, _, _ in listed(blocks).values()] == [("employees",)]


def test_a_scope_heading_over_things_names_no_one():
    assert listed(_scope("2.1 All laptops and phones issued by the Office.")) == {}
    assert listed(_scope("2.1 Staff working from home.")) == {}  # not said of all of them


def test_a_paragraph_opening_with_a_doi_is_text_that_check_passes(tmp_path):
    # a research institute's data policy (set 35) gives the structure of its DOIs on lines of their own
    document = Document()
    document.add_heading("Data Policy Implementation", 0)
    document.add_paragraph("The DOI codes based on this prefix must comply with the following structure:")
    document.add_paragraph("10.6092/INGV.IT/<data-group>/<specific identifier>")
    document.add_paragraph("Each data group is registered before its first DOI is minted.")
    source = tmp_path / "data-policy.docx"
    document.save(source)
    result, _, body = imported_and_checked(source, "data-policy", tmp_path)  # check --strict passes
    assert "10\\.6092/INGV.IT/" in body
    assert [note for note in result.notes if "starts with '10.6092' with no space after it" in note]


def test_a_word_file_without_core_properties_has_no_title_from_them(tmp_path):
    # a charity's Word file as Google Docs exported it (set 36): no docProps/core.xml at all, for which python-docx
    # makes up properties of its own, titled "Word Document"
    document = Document()
    document.add_heading("Introduction", 1)
    document.add_paragraph("This guide sets out the essentials of our security policy for volunteers.")
    made = tmp_path / "made.docx"
    document.save(made)
    source = tmp_path / "security-policy-essentials.docx"
    with zipfile.ZipFile(made) as original, zipfile.ZipFile(source, "w") as exported:
        for item in original.infolist():
            if item.filename == "docProps/core.xml":
                continue
            data = original.read(item)
            if item.filename == "_rels/.rels":  # nor the relationship to it
                data = re.sub(rb"<Relationship [^>]*core-properties[^>]*/>", b"", data)
            exported.writestr(item, data)
    result = import_policy(source, "security", tmp_path / "src")
    front = result.path.read_text().split("---\n")[1]
    assert "title: Word Document" not in front
    assert "title: Security Policy Essentials" in front  # from the file's name, and reported so


_STATUTES = """\
# Statutes of the Riverside Learning Association

**Article 1.** An association is founded between the members who accept these statutes, named "Riverside Learning".

**Article 2.** Its purpose is to promote the sharing of knowledge with everyone.

Its duration is unlimited.

**Article 3.** Its resources are members' subscriptions and donations, as Article 2 allows.
"""


def test_articles_labelled_in_bold_at_the_start_of_their_text_are_anchors(tmp_path):
    # a French association's statutes (set 36): "**Article 1.** Il est fondé ..." gave no article an address
    source = tmp_path / "statutes.md"
    source.write_text(_STATUTES, encoding="utf-8")
    result, _, body = imported_and_checked(source, "statutes", tmp_path)
    policy = load_handbook(tmp_path / "src").policy("statutes")
    assert [s.anchor for s in policy.numbered_sections] == ["article-1", "article-2", "article-3"]
    assert "## Article 2\n\nIts purpose is to promote" in body and "Its duration is unlimited." in body
    assert [note for note in result.notes if "article labels set in bold or run in" in note]


def test_one_bold_section_label_in_a_guide_is_emphasis(tmp_path):
    source = tmp_path / "guide.md"
    source.write_text("# Visitors Guide\n\n**Section 3.** Visitors sign in at reception.\n\nThey wear a badge.\n",
                      encoding="utf-8")
    _, _, body = imported_and_checked(source, "guide", tmp_path)
    assert "**Section 3.** Visitors sign in" in body


def test_json_front_matter_is_front_matter(tmp_path):
    # a German association's rules as its Hugo site keeps them (set 36): the settings as JSON, the page's title in them
    source = tmp_path / "talks.md"
    source.write_text('{\n    "title": "Rules on Talks",\n    "slug": "talks",\n    "aliases": ["paid-talks"],\n'
                      '    "type": "page"\n}\n\nThese rules govern paid talks by members and employees.\n\n'
                      "## 1. Findings\n\n1.1 Talks are given in the association's name.\n", encoding="utf-8")
    result, front, body = imported_and_checked(source, "talks", tmp_path)
    assert "title: Rules on Talks\n" in front
    assert '"slug"' not in body and body.startswith("These rules govern paid talks")
    assert any("lines 1-6: the website's settings (front matter)" in note for note in result.notes), result.notes


def test_a_page_opening_with_a_brace_that_is_no_json_object_keeps_it(tmp_path):
    source = tmp_path / "notes.md"
    source.write_text("# Placeholders\n\n{name} is replaced by the member's name in every letter.\n", encoding="utf-8")
    _, _, body = imported_and_checked(source, "notes", tmp_path)
    assert "{name} is replaced" in body
    source.write_text("{name} is replaced by the member's name.\n\n# Letters Policy\n\nLetters are signed.\n",
                      encoding="utf-8")
    _, _, body = imported_and_checked(source, "letters", tmp_path)
    assert "{name} is replaced" in body


@pytest.mark.parametrize("row", [
    "We, us, our | Free UK Genealogy",
    "\u201cWe\u201d, \u201cus\u201d and \u201cour\u201d | Riverside Learning Trust",
    "We/us/our: Riverside Learning Trust",
])
def test_a_definitions_table_saying_who_we_are(row):
    # a charity's security guide (set 36) defines its words in a table: "We, us, our | Free UK Genealogy"
    name = row.split("|")[-1].split(":")[-1].strip()
    assert found(facts_of("Term | Meaning", row, title="Security Policy Essentials"), "organisation") == name


def test_we_alone_in_a_row_defines_no_one():
    assert found(facts_of("We | will review this guide every year", title="Security Policy Essentials"),
                 "organisation") is None


def test_an_annex_typing_its_own_letter_before_numbers_its_list_has_given_keeps_the_policys_clauses(tmp_path):
    # a research institute's data policy (set 35): Annex 1 lists its three parts as Word's "1)", "2)", "3)" (written
    # A.1, A.2, A.3 in the annex), then heads each part with the same number typed, "A.1. Activity Plan". The import
    # took the typed heading for a second A.1 and kept every number of the document as typed text
    document = Document()
    document.add_heading("Data Policy Implementation", 0)
    document.add_heading("1. Definitions", 1)
    document.add_paragraph("1.1 Access means the ways in which data are made available.")
    document.add_paragraph("1.2 Data means the results of the Institute's research.")
    document.add_heading("2. Data Management", 1)
    document.add_paragraph("2.1 Each data group has a Data Manager.")
    document.add_heading("Annex 1. Start-up and Trial of the Data Registry", 1)
    document.add_paragraph("The trial has three parts:")
    for part in ("Activity Plan", "List of data to be registered", "Verification of the data"):
        document.add_paragraph(part, style="List Number")
    for number, part in (("A.1.", "Activity Plan"), ("A.2.", "List of data to be registered")):
        document.add_heading(f"{number} {part}", 2)
        document.add_paragraph("The Data Management Office carries this part out within twelve months.")
    source = tmp_path / "data-policy.docx"
    document.save(source)
    result = import_policy(source, "data-policy", tmp_path / "src")
    policy = load_handbook(tmp_path / "src").policy("data-policy")
    assert {(1, 1), (1, 2), (2, 1)} <= {clause.number for clause in policy.clauses}
    assert not [note for note in result.notes if "kept as typed text at the start of each paragraph" in note]


def test_a_cover_title_set_over_two_bold_lines_is_one_title(tmp_path):
    # INGV's data policy (set 35): its cover's title is two lines of bold 18 pt body text, "DOCUMENT IMPLEMENTING" over
    # "THE INGV DATA POLICY", above the authors; the import titled it from the file's name
    from docx.shared import Pt

    document = Document()
    for line in ("DOCUMENT IMPLEMENTING", "THE INSTITUTE DATA POLICY"):
        run = document.add_paragraph().add_run(line)
        run.bold, run.font.size = True, Pt(18)
    document.add_paragraph("By the Data Policy Working Group")
    document.add_heading("Introduction", 1)
    document.add_paragraph("This document sets out how the Institute's data are registered and made available.")
    source = tmp_path / "implementation.docx"
    document.save(source)
    result = import_policy(source, "data-policy", tmp_path / "src")
    written = result.path.read_text()
    assert "title: Document Implementing the Institute Data Policy\n" in written  # (out of capitals, as elsewhere)
    assert "# **DOCUMENT IMPLEMENTING THE INSTITUTE DATA POLICY**\n" in written


def test_a_title_in_capitals_keeps_an_acronym_the_text_writes_in_capitals():
    from handbook.importing.organisation import in_name_case

    text = "DOCUMENT IMPLEMENTING THE INGV DATA POLICY\nThe data INGV publishes are registered by the office."
    assert in_name_case("DOCUMENT IMPLEMENTING THE INGV DATA POLICY", text) == (
        "Document Implementing the INGV Data Policy")
    # a word the text also writes in lower case is a word: "data", "the"
    assert in_name_case("THE DATA POLICY", "THE DATA POLICY\nThe data are ours.") == "The Data Policy"
