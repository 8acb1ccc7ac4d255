"""`handbook check` and the build refuse the same bad input alike, and the build keeps the last site."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from bad_inputs import CASES, BadInput
from helpers import EXAMPLES, REPO, assert_build_fails_keeping_last_site

from handbook.cli import main

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
def test_check_and_build_refuse_it_alike(name, tmp_path, capsys):
    case = CASES[name]
    policy_src = broken_copy(case, tmp_path)

    # `handbook check` from the repository, run in this process (main is what `python -m handbook.cli`
    # calls): an exception escaping it fails the test as a traceback would.
    status = main(["check", str(policy_src), "--docs", str(REPO / "docs")])
    check = capsys.readouterr()
    assert status == 1, check.out
    assert re.search(case.message, check.err), check.err
    assert "Traceback" not in check.err

    assert_build_fails_keeping_last_site(tmp_path / "site", policy_src, case.message)
