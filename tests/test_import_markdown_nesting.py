"""Lists nested as GitHub's Markdown (CommonMark) nests them: an item's own list indented to the item's text, three
spaces under "1. " (Datica's "1. All new workforce members ..." over "   * Records of training are kept ..."). Its
items had been joined into the item's words, and the next step numbered from 1 again."""

from __future__ import annotations

import re

import markdown
import pytest
from helpers import imported_and_checked

_TRAINING = (
    "# Training Policy\n\n"
    "1. All new staff are given security training within 30 days of starting.\n"
    "   * Records of training are kept for all staff.\n"
    "   * Staff must complete the training before using live systems.\n"
    "2. All staff are given the sanctions policy.\n"
    "3. To report an incident:\n"
    "   1. tell the IT desk;\n"
    "   2. write down what happened.\n"
    "4. Staff are reminded of the policy each year.\n"
)


@pytest.mark.parametrize("numbered", ["counted", "every item 1."])
def test_an_items_own_list_three_spaces_in_is_nested_and_the_steps_count_on(tmp_path, numbered):
    # Markdown numbers a list itself: NIST's README list writes every item "1."
    text = _TRAINING if numbered == "counted" else re.sub(r"(?m)^\d\. ", "1. ", _TRAINING)
    (tmp_path / "training.md").write_text(text)

    _, _, body = imported_and_checked(tmp_path / "training.md", "training", tmp_path)

    assert ("1. All new staff are given security training within 30 days of starting.\n\n"
            "    - Records of training are kept for all staff.\n"
            "    - Staff must complete the training before using live systems.\n") in body, body
    assert "    1. tell the IT desk;\n    2. write down what happened.\n" in body, body
    steps = [line for line in body.splitlines() if line[:1].isdigit()]
    # Markdown counts "1." items itself: four steps, each written "1.", none typed as text ("4\.")
    assert steps == ["1. All new staff are given security training within 30 days of starting.",
                     "1. All staff are given the sanctions policy.", "1. To report an incident:",
                     "1. Staff are reminded of the policy each year."], body


def test_in_plain_text_a_number_under_an_items_words_goes_on_with_the_item(tmp_path):
    """The look-alike: in a .txt file a line at the item's text column goes on with it, even one opening with a
    number (a regulation's "10.001. Market research" under "b) ... FAR")."""
    (tmp_path / "purchasing.txt").write_text(
        "Purchasing Policy\n\n"
        "1. Buyers follow the rules in\n"
        "   10.001. Market research of the federal acquisition regulation.\n"
        "2. Buyers keep every quote for six years.\n")

    _, _, body = imported_and_checked(tmp_path / "purchasing.txt", "purchasing", tmp_path)

    assert "Buyers follow the rules in 10.001. Market research of the federal acquisition regulation." in body, body


def test_in_a_numbered_policy_a_typed_steps_own_list_is_written_under_it_not_as_code(tmp_path):
    """In a policy that numbers its sections the steps are paragraphs with typed numbers ("1\\. All new staff"),
    which no list holds: their own lists, indented, would show as code blocks."""
    (tmp_path / "training.md").write_text(_TRAINING.replace("# Training Policy\n\n", "# Training Policy\n\n"
                                                            "## 1. Scope\n\nAll staff.\n\n## 2. Rules\n\n"))

    _, _, body = imported_and_checked(tmp_path / "training.md", "training", tmp_path)

    shown = markdown.markdown(body)
    assert "<code>" not in shown and "<pre>" not in shown, body
    assert "<li>Records of training are kept for all staff.</li>" in shown, shown
    assert "<p>1. tell the IT desk;<br>\n2. write down what happened.</p>" in shown, shown
    assert "<p>4. Staff are reminded of the policy each year.</p>" in shown, shown
