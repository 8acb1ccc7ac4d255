"""``handbook selfcheck``: the same checker as the page, on standard input, from the command line."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import REPO
from selfcheck_cases import CASES, labelled_texts

from handbook import cli
from handbook.selfcheck.checker import check
from handbook.selfcheck.checklist import load_checklists
from handbook.selfcheck.checklist_model import Checklist
from handbook.source.handbook_folder import load_handbook

COMMAND = [sys.executable, "-m", "handbook.cli", "selfcheck"]


@pytest.fixture(scope="module")
def checklist() -> Checklist:
    (item,) = load_checklists(load_handbook(REPO / "policy_src"))
    return item.checklist


def expected_report(checklist: Checklist, text: str) -> dict:
    result = check(checklist, text, {})
    findings = [{"kind": f.kind, "clause": f.clause, "ok": f.ok, "message": f.message, "quote": f.quote}
                for f in result.findings]
    return {"names_school": result.names_school, "disclaimer": result.disclaimer, "findings": findings,
            "example_disclaimer": result.example_disclaimer}


def test_the_command_prints_one_json_object(checklist: Checklist) -> None:
    text = "Absolutely shattered after parents' evening at St Hugh's, some parents honestly need to get a grip"
    done = subprocess.run([*COMMAND, "social-media", "--json"], input=text.encode(), capture_output=True,
                          cwd=REPO, check=False)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["names_school"] is True and report["disclaimer"] == "none"
    negative = next(f for f in report["findings"] if f["kind"] == "negative-remarks")
    assert negative["clause"] == "18" and negative["quote"].endswith("need to get a grip")
    assert report == expected_report(checklist, text)


def test_the_command_honours_handbook_policy_src(tmp_path: Path) -> None:
    environment = {"HANDBOOK_POLICY_SRC": str(REPO / "policy_src"), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([*COMMAND, "social-media"], input=b"Views my own", capture_output=True,
                          cwd=tmp_path, env=environment, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().startswith("Names the school: no. Disclaimer: present.\n- Fine:")


@pytest.mark.parametrize(
    ("arguments", "stdin", "message"),
    [
        (["nope"], b"x", r"error: .*policy_src has no policy 'nope' \(its policies: social-media\)"),
        (["social-media"], b"\xff\xfe", r"error: the text on standard input is not UTF-8"),
        (["social-media", "--policy-src", "/no/such/folder"], b"x", r"error: /no/such/folder is not a folder"),
        (["acceptable-use", "--policy-src", "examples/policy_src"], b"x",
         r"error: policy 'acceptable-use' has no self-check: there is no .*checklist\.yml"),
    ],
)
def test_mistakes_give_a_clear_error_and_no_traceback(arguments: list[str], stdin: bytes, message: str) -> None:
    done = subprocess.run([*COMMAND, *arguments], input=stdin, capture_output=True, cwd=REPO, check=False)
    stderr = done.stderr.decode()
    assert done.returncode == 1 and "Traceback" not in stderr
    assert re.search(message, stderr), stderr


def test_the_command_agrees_with_the_checker_on_every_labelled_text(
    checklist: Checklist, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """In-process (a process each would take minutes): the command's own code from stdin to stdout."""
    for text in [*labelled_texts(), *(case.text for case in CASES)]:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8")), encoding="utf-8"))
        assert cli.main(["selfcheck", "social-media", "--policy-src", str(REPO / "policy_src"), "--json"]) == 0
        assert json.loads(capsys.readouterr().out) == expected_report(checklist, text), text
