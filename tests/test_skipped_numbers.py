"""Numbers a policy leaves out on purpose (issue 18: the document's own numbering as anchors). Held-out set 22's
Ministry of Defence PDF numbers its paragraphs 1. to 10., then 12. and 13.: as published, 11 is not there. Import
refused such a run as "a number is skipped" and fell back to typed text, so none of its 12 numbers was an anchor.
The front matter's ``skipped_numbers`` now lists a gap the policy means to have; check accepts the gap it lists and
nothing else, and import writes the list where a document skips a number or two, and says where."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import imported_and_checked, policy_source
from weasyprint import HTML

from handbook.errors import NumberingError, PolicySourceError, SkippedNumberError, SkippedNumbersListError
from handbook.source.policy_file import parse_policy

_PATH = Path("policy_src/test-policy/policy.md")


def _parsed(body: str, skipped: str | None = None):
    return parse_policy(policy_source(body, skipped_numbers=skipped), _PATH)


def test_a_number_listed_as_skipped_may_be_left_out():
    policy = _parsed("1. First.\n2. Second.\n4. Fourth.\n", skipped='["3"]')

    assert [clause.anchor for clause in policy.clauses] == ["clause-1", "clause-2", "clause-4"]
    assert policy.meta.skipped_numbers == ("3",)


def test_a_skipped_number_in_a_hierarchy_and_a_number_typed_unquoted():
    policy = _parsed("1. First.\n1.1 One.\n1.2 Two.\n1.4 Four.\n2. Second.\n", skipped="[1.3]")

    assert [clause.dotted for clause in policy.clauses] == ["1", "1.1", "1.2", "1.4", "2"]


def test_a_gap_not_listed_is_refused_with_the_list_to_write_if_it_is_meant():
    with pytest.raises(SkippedNumberError) as refused:
        _parsed("1. First.\n2. Second.\n5. Fifth.\n")

    assert refused.value.missing == ("3", "4")
    assert str(refused.value).startswith("policy_src/test-policy/policy.md:17: clause 5 follows clause 2, so a number "
                                         "is skipped")
    assert "list it in the front matter: 'skipped_numbers: [3, 4]'" in str(refused.value)


def test_listing_one_gap_does_not_allow_another():
    with pytest.raises(SkippedNumberError, match="clause 6 follows clause 4"):
        _parsed("1. First.\n2. Second.\n4. Fourth.\n6. Sixth.\n", skipped='["3"]')


@pytest.mark.parametrize(("body", "message"), [
    ("1. First.\n2. Second.\n3. Third.\n",
     "policy_src/test-policy/policy.md:13: 'skipped_numbers' lists 3, but line 18 numbers a clause 3; take it out"),
    ("1. First.\n2. Second.\n4. Fourth.\n3. Third.\n",  # out of order, not left out
     "policy_src/test-policy/policy.md:13: 'skipped_numbers' lists 3, but line 19 numbers a clause 3; take it out"),
    ("1. First.\n2. Second.\n",
     "policy_src/test-policy/policy.md:13: 'skipped_numbers' lists 3, but no number is skipped there; take it out"),
])
def test_a_listed_number_that_is_there_after_all_or_never_skipped_is_refused_at_the_list(body, message):
    with pytest.raises(SkippedNumbersListError) as refused:
        _parsed(body, skipped='["3"]')

    assert str(refused.value).startswith(message)


@pytest.mark.parametrize(("body", "problem"), [
    ("1. First.\n2. Second.\n2. Again.\n", "clause 2 is numbered twice"),
    ("1. First.\n3. Third.\n2. Second.\n", "so a number is skipped"),
    ("2. First.\n3. Second.\n", "the first clause is numbered 2"),
    ("## 2. Scope\n\n1.1 First.\n", "the first heading is numbered 2"),
    ("POL.IT.001 First.\nPOL.IT.002 Second.\nPOL.IT.002 Again.\n", "clause POL.IT.002 is numbered twice"),
])
def test_each_numbering_problem_is_a_numbering_error_as_import_tells_them_apart(body, problem):
    """Import keeps a document's numbers as typed text when, and only when, they do not run as a policy's must."""
    with pytest.raises(NumberingError, match=problem):
        _parsed(body)


def test_a_listed_number_must_be_a_clause_number():
    with pytest.raises(PolicySourceError, match="'Section 3' in 'skipped_numbers' is not a clause number"):
        _parsed("1. First.\n", skipped='["Section 3"]')


_PARAGRAPHS = [
    "This document sets out the principles for choosing the tools our teams use.",
    "Principles are general rules, intended to be enduring and seldom amended.",
    "The Architecture Board approves each new tool.",
    "This document will be reviewed at least annually.",
]


def _principles_pdf(path: Path, numbers: list[int]) -> Path:
    paragraphs = "".join(f"<p>{number}. {words}</p>" for number, words in zip(numbers, _PARAGRAPHS * 3, strict=False))
    HTML(string=(
        "<html><body style='font-family: serif; font-size: 11pt'>"
        "<p style='font-size: 20pt; font-weight: bold'>Tooling Principles</p>"
        f"<p style='font-size: 14pt; font-weight: bold'>Document Summary</p>{paragraphs}</body></html>"
    )).write_pdf(path)
    return path


def test_a_pdf_that_skips_a_number_keeps_its_numbers_as_anchors_and_lists_the_gap(tmp_path):
    source = _principles_pdf(tmp_path / "principles.pdf", [1, 2, 3, 5, 6])

    result, front, body = imported_and_checked(source, "tooling", tmp_path)

    assert 'skipped_numbers: ["4"]\n' in front
    assert [line.split(" ")[0] for line in body.splitlines() if line[:1].isdigit()] == ["1.", "2.", "3.", "5.", "6."]
    note = next(note for note in result.notes if "skipped_numbers" in note)
    assert note.startswith("page 1, '5. This document will be reviewed': clause 5 follows clause 3: the document "
                           "leaves out 4")
    assert not any("typed text" in note for note in result.notes)


def test_numbers_with_more_than_a_few_missing_are_no_numbering_and_stay_typed_text(tmp_path):
    source = _principles_pdf(tmp_path / "principles.pdf", [1, 2, 7, 12])

    result, front, body = imported_and_checked(source, "tooling", tmp_path)

    assert "skipped_numbers" not in front
    assert any("typed text" in note for note in result.notes)
    assert "\n7\\. The Architecture Board approves" in "\n" + body
