"""Reading checklist.yml: the real one loads; every mistake names the file and line."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from helpers import REPO

from handbook.errors import PolicySourceError
from handbook.selfcheck.checker import check
from handbook.selfcheck.checklist import load_checklists
from handbook.source.handbook_folder import load_handbook


@pytest.fixture
def policy_copy(tmp_path: Path) -> Path:
    shutil.copytree(REPO / "policy_src" / "social-media", tmp_path / "policy_src" / "social-media")
    return tmp_path / "policy_src"


def test_real_checklist_loads_with_its_clauses(policy_copy: Path) -> None:
    (item,) = load_checklists(load_handbook(policy_copy))
    assert [c.dotted for c in item.serves] == ["17", "18", "19"]
    assert [c.dotted for c in item.cited_clauses()] == ["16", "17", "18", "19"]
    assert item.checklist.text_rules.school_names[0] == "St Hugh's School"  # the policy's organisation


def test_a_policy_without_a_checklist_has_none(policy_copy: Path) -> None:
    (policy_copy / "social-media" / "checklist.yml").unlink()
    assert load_checklists(load_handbook(policy_copy)) == ()


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("    clause: 16\n", "    clause: 23\n", r"cites clause 23, which .*policy\.md does not have"),
        ("serves: [17, 18, 19]", "serves: [17, 18, 42]", r"cites clause 42"),
        ("identifying_clause: 17", "identifying_clause: seventeen", r"'seventeen' is not a clause number"),
        ("example: these views are my own", "example: these views are mine",
         r"the disclaimer example is not in clause 18 word for word"),
        ("  - id: images\n", "  - id: Images!\n", r"'Images!' is not a valid id"),
        ("  - id: images\n", "  - id: visibility\n", r"question id 'visibility' is given twice"),
        ("    text: Who can see your {platform}", "    txt: Who can see your {platform}",
         r"unknown key 'txt' in a question: did you mean 'text'\?"),
        ("Who can see your {platform} profile", "Who can see your {platfrom} profile",
         r"unknown placeholder \{platfrom\}"),
        ("  - {name: X, contacts: followers}\n", "  - {name: X}\n", r"a platform lacks 'contacts'"),
        ("  - {name: X, contacts: followers}\n", "  - {name: Facebook, contacts: followers}\n",
         r"platform 'Facebook' is given twice"),
        ("title: Social media self-check", "title: [Social", r"is not valid YAML: .* \(.* on line 5\)"),
    ],
)
def test_mistakes_name_the_file_and_line(policy_copy: Path, old: str, new: str, message: str) -> None:
    path = policy_copy / "social-media" / "checklist.yml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    line = text[: text.index(old) + len(old) - len(old.lstrip("\n"))].count("\n") + 1
    path.write_text(text.replace(old, new, 1), encoding="utf-8")

    with pytest.raises(PolicySourceError) as raised:
        load_checklists(load_handbook(policy_copy))

    assert re.search(message, str(raised.value)), str(raised.value)
    assert raised.value.path == path
    assert raised.value.line is not None
    if "given twice" not in message and "YAML" not in message:  # reported where the repeat or the parser is
        assert abs(raised.value.line - line) <= 1, (raised.value.line, line)


def _edited(policy_copy: Path, *replacements: tuple[str, str]) -> Path:
    path = policy_copy / "social-media" / "checklist.yml"
    text = path.read_text(encoding="utf-8")
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    return path


def test_another_school_needs_no_model_disclaimer_no_roles_and_any_apostrophe(policy_copy: Path) -> None:
    _edited(policy_copy, ("  roles:\n    - teacher\n", "  roles: []\n  old_roles:\n    - teacher\n"))
    path = policy_copy / "social-media" / "checklist.yml"
    text = path.read_text(encoding="utf-8")
    start, end = text.index("  old_roles:"), text.index("  identifying_clause:")
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    (item,) = load_checklists(load_handbook(policy_copy))
    assert item.checklist.text_rules.roles == ()
    assert [f.kind for f in check(item.checklist, "Teacher at St Hugh's", {}).findings][:2] == [
        "identifies-school", "disclaimer-missing"]

    example = "    example: these views are my own and do not necessarily represent the views of St Hugh's\n"
    _edited(policy_copy, (example, ""))
    (item,) = load_checklists(load_handbook(policy_copy))
    finding = next(f for f in check(item.checklist, "St Hugh's", {}).findings if f.kind == "disclaimer-missing")
    assert "Add one saying that your views are your own" in finding.message
    assert check(item.checklist, "", {}).example_disclaimer == ""


def test_the_disclaimer_example_may_use_another_apostrophe(policy_copy: Path) -> None:
    _edited(policy_copy, ("the views of St Hugh's\n", "the views of St Hugh\u2019s\n"))
    (item,) = load_checklists(load_handbook(policy_copy))
    assert item.checklist.text_rules.disclaimer.endswith("St Hugh\u2019s.")


def test_messages_can_be_reworded_and_languages_added(policy_copy: Path) -> None:
    _edited(policy_copy, ("languages: [en, cy, fr]\n",
                          "languages: [en, cy, fr, de]\n"
                          "messages:\n  identifies-school: Dieser Text nennt die Schule.\n"),
            ("vocabulary:\n  fr:\n", "vocabulary:\n  de:\n    disclaimer:\n      opinion_words: [meinung]\n"
                                        "      own_after: [privat]\n  fr:\n"))
    (item,) = load_checklists(load_handbook(policy_copy))
    result = check(item.checklist, "Lehrerin an der St Hugh's. Meinung privat.", {})
    assert result.findings[0].message == "Dieser Text nennt die Schule."
    assert result.disclaimer == "present"
    assert check(item.checklist, "Views mine, n'engagent pas mon employeur", {}).disclaimer == "adequate"  # fr kept


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("languages: [en, cy, fr]", "languages: [en, de]",
         r"the handbook does not ship the words of language 'de' \(it ships cy, en\)"),
        ("  - id: tagging\n    guidance: true\n", "  - id: tagging\n    guidance: true\n    clause: 19\n",
         r"either cites the clause that supports it .* or is the school's own guidance"),
        ("    platforms: [WhatsApp]\n", "    platforms: [Whatsapp]\n", r"platform 'Whatsapp' is not in the list"),
        ("post_check:\n", "messages:\n  identifies-schol: x\npost_check:\n",
         r"unknown key 'identifies-schol' in messages: did you mean 'identifies-school'\?"),
        ("  negative-remarks: 18", "  negative-remarks: 99", r"cites clause 99"),
        ("        all_of:\n          - [parents,", "        scope: paragraph\n        all_of:\n          - [parents,",
         r"scope 'paragraph' must be 'sentence' or 'text'"),
    ],
)
def test_mistakes_in_the_new_keys_name_the_file_and_line(policy_copy: Path, old: str, new: str, message: str) -> None:
    path = _edited(policy_copy, (old, new))
    with pytest.raises(PolicySourceError) as raised:
        load_checklists(load_handbook(policy_copy))
    assert re.search(message, str(raised.value)), str(raised.value)
    assert raised.value.path == path and raised.value.line is not None
