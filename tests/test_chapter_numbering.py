"""A policy that is one chapter of a numbered set (Datica's HIPAA policies: "19. Employees Policy", its sections 19.1,
19.2, 19.3; a council's handbook "Section 7: Leave", 7.1, 7.2) keeps its own numbers as anchors: the front matter's
``chapter`` says where its numbering starts."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import imported_and_checked, policy_source

from handbook.errors import NumberingError, PolicySourceError
from handbook.source.policy_file import parse_policy

_PATH = Path("policy_src/employees/policy.md")
_CHAPTER_19 = ("## 19.1 Applicable Standards\n\nStaff follow the HITRUST framework.\n\n"
               "## 19.2 Employment Policies\n\n19.2.1 All new staff are trained within 30 days.\n"
               "19.2.2 Staff may only use company workstations.\n\n"
               "## 19.3 Issue Escalation\n\nIssues go to the team.\n")


def _parsed(body: str, chapter: str | None = None):
    return parse_policy(policy_source(body, chapter=chapter), _PATH)


def test_a_chapters_numbers_are_its_anchors():
    policy = _parsed(_CHAPTER_19, chapter="19")

    assert policy.meta.chapter == 19
    assert [clause.anchor for clause in policy.clauses] == ["clause-19-2-1", "clause-19-2-2"]
    assert [section.number for section in policy.sections if section.number] == [(19, 1), (19, 2), (19, 3)]


def test_without_the_chapter_the_first_number_is_refused_with_what_to_write():
    with pytest.raises(NumberingError) as refused:
        _parsed(_CHAPTER_19)

    assert "the first heading is numbered 19.1; number it 1" in str(refused.value)
    assert "if the policy is chapter 19 of a numbered set, write 'chapter: 19' in the front matter" in str(
        refused.value)


@pytest.mark.parametrize(("body", "message"), [
    ("## 19.1 Scope\n\nText.\n\n## 20.1 Leave\n\nText.\n", "heading 20.1 is outside chapter 19"),
    ("## 19.2 Scope\n\nText.\n", "the first heading is numbered 19.2; number it 19.1"),
    ("1. First.\n2. Second.\n", "clause 1 is outside chapter 19"),
])
def test_a_chapters_numbers_must_start_at_its_first_and_stay_in_it(body, message):
    with pytest.raises(NumberingError, match=message):
        _parsed(body, chapter="19")


@pytest.mark.parametrize("chapter", ["0", "nineteen", "19.1"])
def test_a_chapter_is_a_whole_number_from_1(chapter):
    with pytest.raises(PolicySourceError, match=f"'chapter: {chapter}' is not a chapter number; write the number"):
        _parsed(_CHAPTER_19, chapter=chapter)


def test_a_markdown_chapter_of_a_numbered_set_imports_with_its_numbers_as_anchors(tmp_path):
    source = tmp_path / "employees-policy.md"
    source.write_text("# 19. Employees Policy\n\nDatica is committed to security and compliance in every role.\n\n"
                      "## 19.1 Applicable Standards\n\n### 19.1.1 From the HITRUST framework\n\n"
                      "* 02.e - Information Security Awareness\n\n## 19.2 Employment Policies\n\n"
                      "1. All new workforce members are given training.\n"
                      "2. All workforce members read the handbook.\n\n"
                      "## 19.3 Issue Escalation\n\nIssues go to the Escalation Team.\n", encoding="utf-8")

    result, front, body = imported_and_checked(source, "employees", tmp_path)

    assert "title: Employees Policy" in front and "chapter: 19" in front
    assert "\n## 19.1 Applicable Standards\n" in body and "\n### 19.1.1 From the HITRUST framework\n" in body
    assert any("the policy is chapter 19 of a numbered set" in note for note in result.notes)


def test_a_chapter_whose_numbers_do_not_run_keeps_them_as_typed_text_and_no_chapter(tmp_path):
    source = tmp_path / "employees-policy.md"
    source.write_text("# 19. Employees Policy\n\nDatica is committed to security.\n\n## 19.1 Applicable Standards\n\n"
                      "19.1.1 Staff follow the framework.\n\n19.1.9 Staff are trained.\n", encoding="utf-8")

    result, front, body = imported_and_checked(source, "employees", tmp_path)

    assert "chapter:" not in front and "\n19\\.1.9 Staff are trained.\n" in "\n" + body
    assert not any("stay its anchors" in note for note in result.notes)
    assert any("so a number is skipped" in note and "kept as typed text" in note for note in result.notes)
