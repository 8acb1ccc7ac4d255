"""A reference to a clause the imported document does not have: another document's ("See AFI 24-501, Chapter 14,
paragraph 14.1.1. for stipulations", in an Air Force memorandum of held-out set 19). ``handbook check`` refuses such a
reference in a policy file, as it should for an author; the import refused the whole memorandum over it. Now it
keeps the words, links nothing, and reports the place; references to the document's own paragraphs stay links."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import lxml.html
import markdown
from helpers import imported_and_checked, policy_source

from handbook.importing.outside_references import unlinked
from handbook.markdown_extensions.references import clause_references
from handbook.markdown_extensions.text import markdown_to_plain_text, markdown_to_readable_text
from handbook.model import Handbook
from handbook.pages import policy_pages
from handbook.search.passages import passages
from handbook.source.policy_file import parse_policy

# A regional office's notice, written as such notices are: numbered paragraphs with run-in titles, citing the
# regulations they carry out by their own paragraph numbers, and once its own paragraph.
_NOTICE = """\
Relocation Claims Procedures

1. Purpose. This notice sets out how staff of the Northern Regional Office claim the costs of moving house
when they are posted.

2. Claims. Claims are made within 30 days of the move. See the Joint Travel Regulations, Chapter 5,
paragraph 14.1.1 for the rates that apply, and the Transportation Regulation, Part IV,
paragraphs 4.2 and 4.3 for the shipment of household goods.

3. Checks. Line managers check every claim within 10 working days, as paragraph 2 requires, and return any
claim without receipts (Joint Travel Regulations, paragraph 14.1.1).
"""


def _line_of(text: str, words: str) -> int:
    return text[: text.index(words)].count("\n") + 1


def _links(body: str) -> tuple[dict[str, str], str]:
    """The clause-reference links of ``body`` as its page shows them, and the page's words."""
    policy = parse_policy(policy_source(body), Path("p.md"))
    page = policy_pages.policy_page(policy, Handbook((policy,)), date(2026, 1, 1))
    html = markdown.markdown(page.markdown.split("---\n", 2)[2], extensions=policy_pages.MARKDOWN_EXTENSIONS)
    root = lxml.html.fromstring(f"<main>{html}</main>")
    return {a.text_content(): a.get("href") for a in root.iter("a") if a.get("class") == "clause-ref"}, \
        root.text_content()


def test_another_documents_paragraph_is_kept_as_words_not_a_link_and_reported(tmp_path):
    """The notice imports (it was refused: "'paragraph 14.1.1' refers to clause 14.1.1, which this policy does not
    have"), its citations of other regulations kept as typed, linking nothing, each reported with its line."""
    source = tmp_path / "relocation-claims.txt"
    source.write_text(_NOTICE)

    result, _, body = imported_and_checked(source, "relocation-claims", tmp_path)

    assert "Chapter 5, paragraph&nbsp;14.1.1 for the rates" in body, body
    assert "Part IV, paragraphs&nbsp;4.2 and 4.3 for the shipment" in body, body
    assert "without receipts (Joint Travel Regulations, paragraph&nbsp;14.1.1)." in body, body
    notes = [note for note in result.notes if "kept as words, not a link" in note]
    assert len(notes) == 3, result.notes
    assert notes[0].startswith(f"line {_line_of(_NOTICE, '2. Claims')}") and "'paragraph 14.1.1'" in notes[0], notes
    assert notes[1].startswith(f"line {_line_of(_NOTICE, '3. Checks')}") and "'paragraph 14.1.1'" in notes[1], notes
    assert "'paragraphs 4.2'" in notes[2] and "clause 4.2, which this document does not have" in notes[2], notes
    # the reader sees the words; the finder, which checks and links references, takes none of them
    assert list(clause_references("paragraph&nbsp;14.1.1")) == []
    links, words = _links(body.split("\n", 2)[2])  # the body less its "# Relocation Claims Procedures"
    assert links == {"paragraph 2": "#clause-2"}, links
    assert "Chapter 5, paragraph\u00a014.1.1 for the rates" in words, words


def test_a_reference_to_the_documents_own_paragraph_stays_a_reference(tmp_path):
    """The look-alike: a notice whose references are all to its own paragraphs is written as typed, each a link."""
    own = _NOTICE.replace("Chapter 5,\nparagraph 14.1.1", "Chapter 5, as\nparagraph 3 below,").replace(
        "paragraphs 4.2 and 4.3", "paragraph 1").replace("(Joint Travel Regulations, paragraph 14.1.1)",
                                                         "(paragraph 1)")
    source = tmp_path / "relocation-claims.txt"
    source.write_text(own)

    result, _, body = imported_and_checked(source, "relocation-claims", tmp_path)

    assert "&nbsp;" not in body, body
    assert not [note for note in result.notes if "not a link" in note], result.notes
    assert set(_links(body.split("\n", 2)[2])[0]) == {"paragraph 3", "paragraph 1", "paragraph 2"}


def test_a_mistyped_reference_in_a_policy_file_is_still_refused():
    """The checker's rule stands for authors: only the import writes another document's paragraph so."""
    body = "1. Purpose.\n2. Claims, as paragraph 14.1.1 sets out.\n"
    try:
        parse_policy(policy_source(body), Path("p.md"))
    except Exception as refusal:
        assert "refers to clause 14.1.1, which this policy does not have" in str(refusal)
    else:
        raise AssertionError("a reference to a clause the policy lacks was accepted")


def test_a_non_breaking_space_reads_as_a_space_in_search_and_redlines():
    """Search indexes, and redlines compare, the words a reader sees: "paragraph 14.1.1", not "&nbsp;"."""
    clause = "See AFI 24-501, Chapter 14, paragraph&nbsp;14.1.1. for stipulations."

    assert markdown_to_plain_text(clause) == "See AFI 24-501, Chapter 14, paragraph 14.1.1. for stipulations."
    assert passages(clause) == ("See AFI 24-501, Chapter 14, paragraph 14.1.1. for stipulations.",)
    assert markdown_to_readable_text(clause) == "See AFI 24-501, Chapter 14, paragraph\u00a014.1.1. for stipulations."


def test_search_text_shows_every_character_reference_as_its_character_but_an_escaped_one():
    """As Markdown shows them (an imported page keeps a web page's "&quot;staff&quot;" as written)."""
    assert markdown_to_plain_text("All &quot;staff&quot; &amp; governors &#8211; R&D; \\&amp;") == (
        'All "staff" & governors \u2013 R&D; \\&amp;')


def test_a_phrase_is_kept_as_words_whole_where_a_later_number_is_another_documents():
    """"clauses 2 and 14": the refusal names "14", found without its noun; the phrase's noun takes the space. A
    reference in code, or one whose noun ends the line, is left for the refusal to stand."""
    assert unlinked("Read clauses 2 and 14 of it, then paragraphs 3 and 14.", "14") == (
        "Read clauses 2 and 14 of it, then paragraphs&nbsp;3 and 14.")
    assert unlinked("Quote `paragraph 14` as written.", "paragraph 14") is None
    assert unlinked("Read the instruction, paragraph", "paragraph 14") is None
