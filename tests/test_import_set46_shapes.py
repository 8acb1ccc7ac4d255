"""Shapes of held-out set 46's documents (issue 18, stop 47), made here: a typeset PDF whose form blanks ("Print
Name: ____") its font maps to U+FFFF, a character no editor shows, which the check refused (they are left out and
reported as U+0000 already was, and the document imports); a company's staff page naming itself only as its readers'
employer ("as an employee of Brightwell", "All Brightwell employees"); a title ending in its version ("... Agreement
1.0.0"); bylaws signed "this 25th day of July, 2013"; a quoted statute's "(b)" whose "(a)" stands inside the section's
first paragraph (kept as typed text). Each with a look-alike that states nothing."""

from __future__ import annotations

import re

import pytest
from helpers import imported_and_checked
from test_import_facts import facts_of, found


def _blanks_mapped_to_ffff(path):
    import pikepdf
    from weasyprint import HTML

    HTML(string="<h1>Employee Agreement</h1><p>The employee keeps this agreement.</p><p>Print Name: ________</p>"
                "<p>Sign: ________</p>").write_pdf(path)
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:  # the underscore's glyph mapped to U+FFFF
        for page in pdf.pages:
            for font in page.Resources.Font.values():
                if (unicode := font.get("/ToUnicode")) is not None:
                    cmap = unicode.read_bytes().decode("latin-1")
                    unicode.write(re.sub(r"<005F>", "<FFFF>", cmap, flags=re.I).encode("latin-1"))
        pdf.save(path)
    return path


def test_form_blanks_a_pdf_maps_to_ffff_are_left_out_and_reported(tmp_path):
    source = _blanks_mapped_to_ffff(tmp_path / "agreement.pdf")
    result, _, body = imported_and_checked(source, "agreement", tmp_path)

    assert "Print Name:" in body and "Sign:" in body and "\uffff" not in body
    assert any("characters that the PDF's fonts map to no letter (U+0000 or U+FFFF" in note for note in result.notes)


STAFF_PAGE = ["In order to contribute to open source as an employee of Brightwell, we need you to do three things.",
              "Check in with your manager before you start. We ask that you tell us about your work.",
              "Remember that you represent Brightwell in every interaction. All Brightwell employees follow our "
              "code of conduct, and Brightwell pays for the training we ask of you."]


def test_the_employer_of_the_people_a_staff_page_addresses_is_the_organisation():
    facts = facts_of(*STAFF_PAGE, title="Contribution Policy")
    assert found(facts, "organisation") == "Brightwell"
    assert facts.found["organisation"].place == "the text (whose people it addresses)"


@pytest.mark.parametrize("lines", [
    # two employers: whose policy it is is not said
    [*STAFF_PAGE, "Staff at Harlow Foods seconded to us follow Harlow Foods rules; Harlow Foods staff sign in."],
    # users of a product, not its people
    ["All Slack users must turn on two-factor sign-in. We check Slack settings monthly; Slack keeps our logs.",
     "We ask every user of Slack to report lost phones; our IT desk answers."],
])
def test_people_of_more_than_one_name_or_a_products_users_name_no_employer(lines):
    assert found(facts_of(*lines, title="Contribution Policy"), "organisation") is None


@pytest.mark.parametrize(("title", "version"), [
    ("Balanced Employee Intellectual Property Agreement 1.0.0", "1.0.0"),
    ("Remote Working Policy v2.1", "2.1"),
    ("Fire Safety Procedure 3.2", None),  # the procedure's number, not its version
])
def test_a_title_ending_in_its_version(title, version):
    assert found(facts_of("Everyone follows this document.", title=title), "version") == version


def test_bylaws_signed_this_day_of_a_month():
    from handbook.importing.dates import read_date

    assert str(read_date("Signed this 25th day of July, 2013.")) == "2013-07-25"


def test_a_lettered_point_that_opens_no_list_keeps_its_letter_as_typed_text(tmp_path):
    # a state law quoted in an employment agreement's exhibit (set 46): its "(a)" inside the section's first paragraph
    source = tmp_path / "agreement.md"
    source.write_text("# Employee Inventions Agreement\n\n## Exhibit: California\n\nSection 2870. (a) Any provision "
                      "in an employment agreement which requires an employee to assign an invention does not apply "
                      "to an invention the employee developed on their own time.\n\n(b) To the extent a provision "
                      "purports to require otherwise, it is unenforceable.\n", encoding="utf-8")
    result, _, body = imported_and_checked(source, "inventions", tmp_path)
    assert "(b\\) To the extent a provision" in body
    assert any("point (b) opens no list of points (a list starts at (a), (A) or (i)), so its letter is kept as typed "
               "text" in note
               for note in result.notes)
