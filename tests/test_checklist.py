"""Reading checklist.yml: the real one loads; every mistake names the file and line."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from helpers import REPO

from handbook.checklist import load_checklists
from handbook.errors import PolicySourceError
from handbook.parsing import load_handbook


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
