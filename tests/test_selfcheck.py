"""The self-check's checker (handbook.selfcheck) on the real checklist, in CPython."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from helpers import REPO
from selfcheck_cases import CASES, Case

from handbook.checklist import load_checklists
from handbook.parsing import load_handbook
from handbook.selfcheck import Checklist, check, check_json


@pytest.fixture(scope="module")
def checklist() -> Checklist:
    (item,) = load_checklists(load_handbook(REPO / "policy_src"))
    return item.checklist


def test_the_table_is_big_enough() -> None:
    assert len(CASES) >= 30


@pytest.mark.parametrize("case", CASES, ids=[repr(c.text[:40]) for c in CASES])
def test_profile_text(checklist: Checklist, case: Case) -> None:
    findings = check(checklist, case.text, {}).findings
    assert tuple(f.kind for f in findings) == case.kinds
    quotes = {f.kind: f.quote for f in findings}
    assert quotes.get("identifies-school", "") == case.school
    assert quotes.get("identifies-role", "") == case.role
    cited = {f.kind: f.clause for f in findings}
    assert all(cited[k] == "17" for k in cited if k.startswith("identifies"))
    assert all(cited[k] == "18" for k in cited if k.startswith("disclaimer"))


def test_the_ready_disclaimer_is_the_policys_example_as_a_sentence(checklist: Checklist) -> None:
    policy_text = (REPO / "policy_src" / "social-media" / "policy.md").read_text(encoding="utf-8")
    disclaimer = check(checklist, "", {}).disclaimer
    assert disclaimer == "These views are my own and do not necessarily represent the views of St Hugh's."
    assert disclaimer[0].lower() + disclaimer[1:-1] in policy_text
    # ... and it is itself an adequate disclaimer.
    kinds = [f.kind for f in check(checklist, disclaimer, {}).findings]
    assert kinds == ["identifies-school", "disclaimer-adequate"]


def test_a_megabyte_of_text_is_checked_quickly_and_correctly(checklist: Checklist) -> None:
    filler = "\u202e\U0001f600 \u05e9\u05dc\u05d5\u05dd <b>x</b> \u200b" * 40_000
    text = filler[:500_000] + "S\u200bt Hugh's" + filler[:500_000]
    start = time.perf_counter()
    findings = check(checklist, text, {}).findings
    assert time.perf_counter() - start < 5  # generous: a hang would take minutes
    assert [(f.kind, f.quote) for f in findings] == [("identifies-school", "St Hugh's"), ("disclaimer-missing", "")]


def test_privacy_answers_give_actions_citing_their_clauses(checklist: Checklist) -> None:
    answers = {
        "facebook-visibility": "anyone",
        "facebook-students": "no",
        "linkedin-parents": "yes-others",
        "tiktok-last-checked": "over-a-year-ago-or-never",
        "instagram-images": "yes",
    }
    result = check(checklist, "", answers)
    assert result.answered == 5
    actions = [(f.clause, f.message) for f in result.findings]
    assert actions == [
        ("16", "Facebook: Set your profile and posts to be seen by your friends only."),
        ("19", "Instagram: Delete them. Images should not be taken on school premises or shared."),
        ("19", "TikTok: Check your privacy settings now, and then regularly."),
        ("19", "LinkedIn: Remove parents and carers of students from your connections."),
    ]
    assert all(not f.ok and f.kind == "setting" for f in result.findings)


def test_answers_the_checklist_does_not_have_are_ignored(checklist: Checklist) -> None:
    result = check(checklist, "", {"facebook-visibility": "<script>", "myspace-visibility": "anyone", "": ""})
    assert result.findings == () and result.answered == 0


def test_every_platform_asks_every_question(checklist: Checklist) -> None:
    names = [p.name for p in checklist.platforms]
    assert names == ["Facebook", "Instagram", "X", "TikTok", "LinkedIn"]
    for platform in checklist.platforms:
        ids = [q.key.removeprefix(platform.name.lower() + "-") for q in platform.questions]
        assert ids == ["visibility", "requests", "students", "parents", "tagging", "location", "images",
                       "last-checked"]
        assert platform.name in platform.questions[0].text


def test_json_entry_point_matches_python_and_survives_the_round_trip(checklist: Checklist) -> None:
    requests = [{"text": c.text, "answers": {"x-images": "yes"}} for c in CASES]
    results = json.loads(check_json(checklist.to_json(), json.dumps(requests)))
    assert Checklist.from_json(checklist.to_json()) == checklist
    expected = [check(checklist, r["text"], r["answers"]).to_dict() for r in requests]
    assert results == json.loads(json.dumps(expected))


def test_the_checker_imports_only_the_standard_library() -> None:
    source = Path(__file__).resolve().parent.parent / "src" / "handbook" / "selfcheck.py"
    imports = [line.split()[1] for line in source.read_text().splitlines() if line.startswith(("import ", "from "))]
    assert set(imports) <= {"__future__", "functools", "json", "re", "dataclasses"}, imports
