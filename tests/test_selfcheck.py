"""The self-check's checker (handbook.selfcheck.checker) on the real checklist, in CPython."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from helpers import REPO
from selfcheck_cases import CASES, Case

from handbook.selfcheck.checker import check, check_json
from handbook.selfcheck.checklist import load_checklists
from handbook.selfcheck.checklist_model import Checklist
from handbook.selfcheck.pyodide_bundle import BROWSER_MODULES
from handbook.source.handbook_folder import load_handbook


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
    disclaimer = check(checklist, "", {}).example_disclaimer
    assert disclaimer == "These views are my own and do not necessarily represent the views of St Hugh's."
    assert disclaimer[0].lower() + disclaimer[1:-1] in policy_text
    # ... and it is itself an adequate disclaimer.
    result = check(checklist, disclaimer, {})
    assert [f.kind for f in result.findings] == ["identifies-school", "disclaimer-adequate"]
    assert result.disclaimer == "adequate"


@pytest.mark.parametrize("text", [
    "Views expressed here are personal and do not represent those of St Hugh's School",
    "tweets are my own, not my employer's",
    "Views expressed are my own and not those of St Hugh's.",
    "Enseignante à St Hugh's. Les opinions exprimées ici sont les miennes et n'engagent pas mon employeur.",
    "opinions mine, not my employer's",
    "Athrawes yn SHS. Fy marn i fy hun, nid barn fy nghyflogwr",
    "Views my own; they don\u2019t represent St Hugh\u2019s",
])
def test_disclaimers_in_other_words_are_adequate(checklist: Checklist, text: str) -> None:
    assert check(checklist, text, {}).disclaimer == "adequate"


@pytest.mark.parametrize(("text", "status"), [
    ("RTs ≠ endorsements", "present"),
    ("personal account", "present"),
    ("Not speaking for St Hugh's", "present"),
    ("Sharing my views on phonics", "none"),
    ("No school today! Snow day", "none"),
    ("Not a fan of the new St Hugh's logo", "none"),
])
def test_a_disclaimer_is_reported_whether_or_not_the_school_is_named(checklist: Checklist, text: str,
                                                                     status: str) -> None:
    assert check(checklist, text, {}).disclaimer == status


def test_a_negative_post_about_parents_is_flagged_with_its_words_and_clause(checklist: Checklist) -> None:
    text = "Absolutely shattered after parents' evening at St Hugh's, some parents honestly need to get a grip"
    result = check(checklist, text, {})
    (finding,) = [f for f in result.findings if f.kind == "negative-remarks"]
    assert finding.clause == "18" and not finding.ok
    assert finding.message.startswith("Consider whether")
    assert finding.quote == "parents' evening at St Hugh's, some parents honestly need to get a grip"
    assert [f.kind for f in result.findings][:2] == ["identifies-school", "disclaimer-missing"]


@pytest.mark.parametrize(("text", "kind", "clause", "quote"), [
    ("Year 13s, DM me if you want help with your personal statements", "pupil-contact", "18", "Year 13s, DM me"),
    ("Not supposed to say yet but three teachers are being made redundant", "confidential", "18",
     "Not supposed to say"),
    ("So proud of Charlie in my Year 4 class today", "identifies-people", "19", "Charlie in my Year 4"),
    ("My classroom all set up for September 📸", "school-images", "19",
     "My classroom all set up for September 📸"),
])
def test_post_findings_quote_their_words_and_cite_their_clause(checklist: Checklist, text: str, kind: str,
                                                               clause: str, quote: str) -> None:
    found = {f.kind: f for f in check(checklist, text, {}).findings}
    assert found[kind].clause == clause and found[kind].quote == quote
    assert found[kind].message.startswith("Consider")


def test_ordinary_posts_have_no_post_findings(checklist: Checklist) -> None:
    for text in ("Sunday roast and a long walk with the dog", "My mum is the worst at replying on here",
                 "Revision sessions for Year 11 are on Teams as usual, see the school portal for times"):
        kinds = {f.kind for f in check(checklist, text, {}).findings}
        assert kinds <= {"identifies-nothing", "identifies-role", "disclaimer-not-needed"}, (text, kinds)


def test_a_megabyte_of_hostile_text_is_checked_quickly_as_text(checklist: Checklist) -> None:
    filler = "\u202e\U0001f600 \u05e9\u05dc\u05d5\u05dd <b>x</b> <script>alert(1)</script>\x00\x1b[31m \u200b" * 20_000
    text = "S\u200bt Hugh's " + filler[:1_000_000]
    start = time.perf_counter()
    result = check(checklist, text, {})
    assert time.perf_counter() - start < 5  # generous: a hang would take minutes
    assert [(f.kind, f.quote) for f in result.findings][:2] == [("text-cut", ""), ("identifies-school", "St Hugh's")]
    assert result.findings[0].ok and "only its start was checked" in result.findings[0].message



@pytest.mark.parametrize("token", ["#" + "StHughsTeam" * 1800, "@" + "shs" * 6600, "x" * 19_000 + "sthughs.co.uk"])
def test_one_very_long_hashtag_handle_or_address_is_read_once(checklist: Checklist, token: str) -> None:
    """Each of the school's names in a run-together token once took a walk to the token's ends:
    21 s for a 20,000-character hashtag (issue 22)."""
    start = time.perf_counter()
    result = check(checklist, token, {})
    assert time.perf_counter() - start < 5  # generous: quadratic took 21 s
    assert result.names_school

def test_privacy_answers_give_actions_citing_their_clauses(checklist: Checklist) -> None:
    answers = {
        "facebook-visibility": "anyone",
        "facebook-students": "no",
        "linkedin-parents": "yes-others",
        "tiktok-last-checked": "not-for-a-while-or-never",
        "instagram-images": "yes",
        "snapchat-direct-messages": "yes",
        "whatsapp-whatsapp-profile": "everyone",
    }
    result = check(checklist, "", answers)
    assert result.answered == 7
    actions = [(f.clause, f.message.split(".")[0]) for f in result.findings]
    assert actions == [
        ("16", "Facebook: Remember that what you post can be seen around the world within seconds, shared "
               "elsewhere, and kept indefinitely"),
        ("19", "Instagram: Delete them"),
        ("19", "TikTok: Check your privacy settings now, and then on a regular basis"),
        ("19", "LinkedIn: Remove parents and carers of students from your connections"),
        ("18", "Snapchat: Stop: communicate with students only through the school's own communication channels, "
               "and do not request or respond to personal information from a child"),
        ("", "WhatsApp: Set your profile photo, About and last seen to \"My contacts\" or \"Nobody\": anyone with "
             "your number, parents included, can see them now"),
    ]
    assert all(not f.ok and f.kind == "setting" for f in result.findings)


def test_answers_the_checklist_does_not_have_are_ignored(checklist: Checklist) -> None:
    result = check(checklist, "", {"facebook-visibility": "<script>", "myspace-visibility": "anyone", "": ""})
    assert result.findings == () and result.answered == 0


def test_questions_are_asked_on_the_platforms_they_list(checklist: Checklist) -> None:
    asked = {p.name: [q.key.removeprefix(p.name.lower() + "-") for q in p.questions] for p in checklist.platforms}
    assert list(asked) == ["Facebook", "Instagram", "X", "TikTok", "LinkedIn", "Snapchat", "WhatsApp"]
    assert "tagging" in asked["Facebook"] and "tagging" not in asked["LinkedIn"]
    assert asked["WhatsApp"] == ["students", "parents", "requests", "direct-messages", "images", "last-checked",
                                 "whatsapp-profile"]
    for platform in checklist.platforms:
        assert all("{" not in q.text for q in platform.questions)


def test_json_entry_point_matches_python_and_survives_the_round_trip(checklist: Checklist) -> None:
    requests = [{"text": c.text, "answers": {"x-images": "yes"}} for c in CASES]
    results = json.loads(check_json(checklist.to_json(), json.dumps(requests)))
    assert Checklist.from_json(checklist.to_json()) == checklist
    expected = [check(checklist, r["text"], r["answers"]).to_dict() for r in requests]
    assert results == json.loads(json.dumps(expected))


def test_the_checker_imports_only_the_standard_library() -> None:
    """What runs in the browser (BROWSER_MODULES) imports the standard library and its own modules."""
    package = Path(__file__).resolve().parent.parent / "src" / "handbook" / "selfcheck"
    own = {"." + Path(name).stem for name in BROWSER_MODULES}
    for name in BROWSER_MODULES:
        text = (package / name).read_text()
        imports = {line.split()[1] for line in text.splitlines() if line.startswith(("import ", "from "))}
        assert imports <= {"bisect", "collections.abc", "functools", "html", "json", "re", "dataclasses", *own}, name
