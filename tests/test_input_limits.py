"""Front matter on one line, no invisible characters, and the reader's limits (tests/limit_inputs.py):
each refused by ``handbook check`` with the file and line, at once, and nothing written."""

from __future__ import annotations

import re
import time
from pathlib import Path

import markdown
import pytest
from helpers import REPO, policy_source
from limit_inputs import ACCEPTED, BODY, CASES

from handbook.cli import main
from handbook.pages.policy_pages import MARKDOWN_EXTENSIONS
from handbook.source.policy_file import parse_policy


def folder_with(tmp_path: Path, text: str) -> Path:
    policy_src = tmp_path / "policy_src"
    (policy_src / "test-policy").mkdir(parents=True)
    (policy_src / "test-policy" / "policy.md").write_text(text, encoding="utf-8")
    return policy_src


def contents(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("name", CASES)
def test_check_refuses_it_naming_the_line(name, tmp_path, capsys):
    case = CASES[name]
    policy_src = folder_with(tmp_path, case.text)
    before = contents(policy_src)

    started = time.monotonic()
    assert main(["check", str(policy_src)]) == 1
    elapsed = time.monotonic() - started

    error = capsys.readouterr().err
    assert re.search(r"test-policy/" + case.message, error), error
    assert "Traceback" not in error
    assert contents(policy_src) == before  # nothing written, nothing lost
    assert elapsed < 5, f"{elapsed:.1f} s: a limit should refuse this at once (benchmarks/input_limits.py)"


@pytest.mark.parametrize("name", ACCEPTED)
def test_input_near_the_limits_is_read(name):
    parse_policy(ACCEPTED[name], Path("policy_src/test-policy/policy.md"))


def test_an_escaped_angle_bracket_is_text_as_the_authoring_guide_says(tmp_path, capsys):
    example = "Use of \\<AI> tools"
    assert f"`{example}`" in (REPO / "docs" / "authoring.md").read_text(encoding="utf-8")
    policy_src = folder_with(tmp_path, policy_source(BODY.replace("Staff lock their screens.", f"{example}.")))

    assert main(["check", str(policy_src)]) == 0, capsys.readouterr().err

    html = markdown.markdown(f"{example}.", extensions=MARKDOWN_EXTENSIONS)
    assert "Use of &lt;AI&gt; tools." in html and "\\" not in html, html
