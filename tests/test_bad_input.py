"""`handbook check` and the build refuse the same bad input alike, and the build keeps the last site."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bad_inputs import CASES, BadInput
from helpers import EXAMPLES, REPO, assert_build_fails_keeping_last_site

HANDBOOKS = {"seed": REPO / "policy_src", "examples": EXAMPLES}


def broken_copy(case: BadInput, tmp_path: Path) -> Path:
    copy = tmp_path / "policy_src"
    shutil.copytree(HANDBOOKS[case.handbook], copy)
    path = copy / case.file
    text = path.read_text(encoding="utf-8")
    assert case.old in text, f"{case.file} no longer holds {case.old!r}: update tests/bad_inputs.py"
    path.write_text(text.replace(case.old, case.new, 1), encoding="utf-8")
    return copy


@pytest.mark.parametrize("name", CASES)
def test_check_and_build_refuse_it_alike(name, tmp_path):
    case = CASES[name]
    policy_src = broken_copy(case, tmp_path)

    check = subprocess.run(
        [sys.executable, "-m", "handbook.cli", "check", str(policy_src)], cwd=REPO, capture_output=True, text=True
    )
    assert check.returncode == 1, check.stdout
    assert re.search(case.message, check.stderr), check.stderr
    assert "Traceback" not in check.stderr

    assert_build_fails_keeping_last_site(tmp_path / "site", policy_src, case.message)
