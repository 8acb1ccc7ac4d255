"""Shapes of held-out sets 59 and 60's documents (issue 18, stop 48), made here: a version named by its date ("Version:
2024-02-13") over terms for a service "provided by" a named centre; a PDF's table whose cells hold soft hyphens
(U+00AD, as a word processor marks where a word may break: "Statu\u00ad" over "ten\u00e4nderungen"), which the check
refuses; the words are joined where the hyphen ends a cell's line, and the hyphen is left out."""

from __future__ import annotations

import re

from helpers import imported_and_checked

_TABLE = """<html><body style="font: 11pt sans-serif"><h1>Statutes</h1>
<p>The association adopts these statutes.</p>
<table style="border-collapse: collapse"><tr>
<td style="border: 1px solid black; width: 2cm">Statu&shy;ten&shy;\u00e4nde&shy;rungen</td>
<td style="border: 1px solid black">Amend&shy;ments need two thirds of the votes.</td></tr>
<tr><td style="border: 1px solid black">Mitglieder</td><td style="border: 1px solid black">Members</td></tr></table>
</body></html>"""


def _table_with_soft_hyphens(path):
    """The table as WeasyPrint sets it, its hyphens' glyph mapped to U+00AD (as Word's and LibreOffice's PDFs map
    the hyphen of a soft hyphen where a word breaks)."""
    import pikepdf
    from weasyprint import HTML

    HTML(string=_TABLE).write_pdf(path)
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        for page in pdf.pages:
            for font in page.Resources.Font.values():
                if (unicode := font.get("/ToUnicode")) is not None:
                    cmap = unicode.read_bytes().decode("latin-1")
                    unicode.write(re.sub(r"<2010>", "<00AD>", cmap, flags=re.I).encode("latin-1"))
        pdf.save(path)
    return path


def test_soft_hyphens_in_a_pdfs_table_are_left_out_and_the_words_joined(tmp_path):
    source = _table_with_soft_hyphens(tmp_path / "statutes.pdf")
    _, _, body = imported_and_checked(source, "statutes", tmp_path)
    assert "| Statutenänderungen | Amendments need two thirds of the votes. |" in body
    assert "\u00ad" not in body


def test_a_version_named_by_its_date_and_the_centre_that_supplies_the_service():
    from test_import_facts import facts_of, found

    facts = facts_of("Terms and conditions for using Data Delivery Service (DDS) provided by Northgate Data Centre",
                     "Version: 2024-02-13", "These conditions apply to the use of Data Delivery Service (DDS).",
                     title="User Agreement")
    assert (found(facts, "version"), found(facts, "organisation")) == ("2024-02-13", "Northgate Data Centre")
    assert found(facts_of("Version: 2024-02-13 draft", title="User Agreement"), "version") is None


_STATUTES = ("# Statutes of the Lakeside Cooperative\n\n## I. Name and seat\n\n### Article 1\n\nThe cooperative is "
             "called Lakeside Cooperative.\n\n### Article 2\n\nIts seat is in Geneva.\n\n## II. Members\n\n"
             "### Article 3\n\nAny resident may become a member.\n\n### Article 4\n\nMembers pay dues each year.\n")


def test_parts_numbered_i_ii_over_articles_numbered_on_through_the_statutes(tmp_path):
    """Set 60's OCA bylaws: "I. Name and headquarters" over "Article 1", "Article 2"; "II. Purposes" over "Article 3":
    numbered both ways, part I and Article 1 were both 1 and the import was refused."""
    source = tmp_path / "statutes.md"
    source.write_text(_STATUTES, encoding="utf-8")
    _, _, body = imported_and_checked(source, "statutes", tmp_path)
    assert "## I\\. Name and seat" in body and "### Article 3" in body


def test_parts_numbered_i_ii_whose_numbers_no_article_shares_keep_them():
    from handbook.importing.document import Paragraph
    from handbook.importing.roman_parts import numerals_as_words

    def headings(*labels: str) -> list[Paragraph]:
        return [Paragraph(number, label, label, heading=2 if label.startswith("Article") else 1)
                for number, label in enumerate(labels, start=1)]

    unshared = headings("I. Scope", "Article 7", "II. Rules", "Article 8")
    assert [block.markdown for block in numerals_as_words(unshared)] == ["I. Scope", "Article 7", "II. Rules",
                                                                          "Article 8"]
    shared = headings("I. Scope", "Article 1", "II. Rules", "Article 2")
    assert [block.markdown for block in numerals_as_words(shared)] == ["I\\. Scope", "Article 1", "II\\. Rules",
                                                                        "Article 2"]
