"""Finding clause references in text: what is linked, and what is left alone."""

import pytest
from hypothesis import example, given, seed, settings
from hypothesis import strategies as st

from handbook.errors import PolicySourceError
from handbook.markdown_extensions.references import POLICY_LINK, clause_references, label_references, might_refer
from handbook.pages.site_check import check_site
from handbook.source.handbook_folder import load_handbook


def found(text: str) -> list[tuple[str, tuple[int, ...]]]:
    return [(text[r.start : r.end], r.number) for r in clause_references(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("see clause 12.", [("clause 12", (12,))]),
        ("as clauses 17 and 18 say", [("clauses 17", (17,)), ("18", (18,))]),
        ("Paragraph 3.2 applies", [("Paragraph 3.2", (3, 2))]),
        ("clauses 1, 2 or 3", [("clauses 1", (1,)), ("2", (2,)), ("3", (3,))]),
        ("clauses 4 to 6", [("clauses 4", (4,)), ("6", (6,))]),
        ("paragraphs 2.1.1-2.1.3", [("paragraphs 2.1.1", (2, 1, 1)), ("2.1.3", (2, 1, 3))]),
        ("clause 12 of the contract", []),
        ("clauses 17 and 18 of the Act", []),
        ("the clause was 12 words long", []),
        ("section 3 of the Education Act", []),
        ("a subclause 4", []),
        ("as paragraph A.1 says", [("paragraph A.1", ("A", 1))]),
        ("under clause 1.2(c)(ii) or 3(a)", [("clause 1.2(c)(ii)", (1, 2)), ("3(a)", (3,))]),
    ],
)
def test_clause_references(text, expected):
    assert found(text) == expected


# Words of policy text, references and labels as documents write them, and their near misses.
_REFERRING_WORDS = st.sampled_from([
    "Staff", "must", "follow", "clause", "clauses", "paragraph", "and", "or", "to", "of", "the Act", "12", "3.1",
    "1.2(b)", "A.1", "Section", "Article", "Part", "Chapter", "IV", "ix", "POL.ITAUP.004", "HR-12", "SECTION",
    "Parts", "Part\u00a0II", "Article\tV", "twelve", "4\u20136", "\u0663", ",", ".", "(a)", "\n",
])


@seed(2026)
@settings(max_examples=500, deadline=None)
@given(st.lists(_REFERRING_WORDS, max_size=10).map(" ".join))
@example("See Section IV.")
@example("Article\u00a0V applies")
@example("as clause \u0663 says")
def test_a_text_that_holds_a_reference_or_a_label_might_refer(text):
    """The linker skips a text ``might_refer`` rules out (points_and_references): it must never rule out one that
    holds a reference. (It fails with the word labels or the digit left out of its search.)"""
    if list(clause_references(text)) or list(label_references(text)):
        assert might_refer(text)


def test_most_plain_sentences_are_ruled_out():
    assert not might_refer("Staff who are unsure how to proceed should seek advice from the head teacher.")
    assert not might_refer("This is part of the school's approach.")


def test_a_reference_to_a_point_links_to_its_anchor():
    assert [r.anchor for r in clause_references("see clauses 1.2(c)(ii) and A.1")] == ["clause-1-2-c-ii", "clause-a-1"]


def test_policy_links():
    match = POLICY_LINK.search("[x](policy:data-protection#clause-3-1)")
    assert (match["id"], match["anchor"]) == ("data-protection", "clause-3-1")
    assert POLICY_LINK.search("[x](policy:safeguarding)")["anchor"] is None


def test_code_spans_are_not_references():
    from handbook.markdown_extensions.references import clause_references_outside_code

    text = "write `clause 9` or ``clause 8``, but clause 2 counts"
    assert [text[r.start : r.end] for r in clause_references_outside_code(text)] == ["clause 2"]


def test_links_to_a_paragraph_or_a_point_of_another_policy_are_checked_on_its_page(write_policy, tmp_path):
    write_policy("## Photography\n\nParents may take photographs.\n\n1. Staff must:\n\n    (a) ask first;\n"
                 "    (b) blur faces.\n", name="safeguarding")
    link = "1. See [consent](policy:safeguarding#photography-p1) and [point b](policy:safeguarding#clause-1-b).\n"
    write_policy(link, name="lone-working")
    check_site(load_handbook(tmp_path / "policy_src"), tmp_path / "no-docs")  # both exist: no error
    write_policy(link.replace("clause-1-b", "clause-1-c"), name="lone-working")
    expected = r"lone-working/policy\.md:15: the link to 'policy:safeguarding#clause-1-c' names '#clause-1-c', which"
    with pytest.raises(PolicySourceError, match=expected):
        check_site(load_handbook(tmp_path / "policy_src"), tmp_path / "no-docs")
