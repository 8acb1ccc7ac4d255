"""Bad input of every kind is a ``FILE:LINE`` message with a non-zero exit, never a traceback or a hang.

Each case was found by fuzzing or by a tester poking at the files (issue 11). ``handbook check``
runs in this process (an exception other than the handbook's own would fail the test), and in a
process of its own where a hang or the bytes of the command line matter.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as etree
from datetime import date
from pathlib import Path

import pytest
from helpers import REPO, SMALL_CHECKLIST, policy_source

from handbook.cli import main
from handbook.pages.whats_changed import atom_feed
from handbook.source.handbook_folder import load_handbook
from handbook.source.policy_file import parse_policy_file
from handbook.versions.changes import ChangeLog

BODY = "# Rules\n\n1. Staff lock their screens.\n2. Passwords are secret.\n"


@pytest.fixture
def policy_src(tmp_path: Path) -> Path:
    folder = tmp_path / "policy_src" / "test-policy"
    folder.mkdir(parents=True)
    (folder / "policy.md").write_text(policy_source(BODY), encoding="utf-8")
    return tmp_path / "policy_src"


def handbook(*arguments: str | bytes, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """The ``handbook`` command as a user runs it; 30 seconds is ample, so a timeout means it hung."""
    return subprocess.run(
        [sys.executable, "-m", "handbook.cli", *arguments],
        capture_output=True, timeout=30, env=os.environ | (env or {}), cwd=REPO,
    )  # fmt: skip


@pytest.fixture
def check_fails(capsys):
    def check(policy_src: Path, message: str) -> None:
        """``handbook check`` exits 1 with ``message`` in its error."""
        assert main(["check", str(policy_src)]) == 1
        error = capsys.readouterr().err
        assert message in error, error

    return check


def policy_with(policy_src: Path, text: str) -> Path:
    path = policy_src / "test-policy" / "policy.md"
    path.write_text(text, encoding="utf-8", newline="")
    return path


# --- characters -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("character", "name"),
    [("\x00", "U+0000"), ("\x0c", "U+000C"), ("\x0b", "U+000B"), ("\x1c", "U+001C"), ("\x85", "U+0085"),
     ("\u2028", "U+2028 (LINE SEPARATOR)"),
     ("\x0e", "U+000E"), ("\x0f", "U+000F")],  # mark the pages' element blocks and clause numbers (policy_body)
)  # fmt: skip
def test_an_invisible_character_is_named_at_the_line_an_editor_shows(policy_src, check_fails, character, name):
    # In the front matter (where YAML would stop with a traceback) and in the body (where
    # str.splitlines would count an extra line, so every later error pointed a line too low).
    front = policy_source(BODY, title=f"Test{character} Policy")
    policy_with(policy_src, front)
    check_fails(policy_src, f"test-policy/policy.md:3: column 12 holds {name}")
    body = policy_source(BODY.replace("Passwords", f"Pass{character}words"))
    policy_with(policy_src, body)
    check_fails(policy_src, f"test-policy/policy.md:18: column 8 holds {name}")


def test_a_control_character_given_as_a_yaml_escape_is_refused(policy_src, check_fails):
    policy_with(policy_src, policy_source(BODY, summary='"Now with a bell\\a"'))
    check_fails(policy_src, "test-policy/policy.md:13: 'summary' holds the invisible character U+0007")


@pytest.mark.parametrize("file", ["reviews.yml", "checklist.yml", "draft.md"])
def test_a_nul_in_any_yaml_file_is_named(policy_src, check_fails, file):
    (policy_src / "test-policy" / file).write_text("# notes\n- date: 2026-01-01\x00\n", encoding="utf-8")
    check_fails(policy_src, f"test-policy/{file}:2: column 19 holds U+0000")


def test_a_byte_order_mark_is_accepted_and_windows_line_endings_count_once(policy_src, check_fails):
    text = "\ufeff" + policy_source(BODY.replace("2. Passwords", "3. Passwords")).replace("\n", "\r\n")
    policy_with(policy_src, text)
    # The byte order mark does not hide the front matter; the error is on the line an editor shows.
    check_fails(policy_src, "test-policy/policy.md:18: clause 3 follows clause 1")


def test_text_that_is_not_utf8_names_its_line(policy_src, check_fails):
    (policy_src / "test-policy" / "policy.md").write_bytes(policy_source(BODY).encode() + b"3. Caf\xe9.\n")
    check_fails(policy_src, "test-policy/policy.md:19: is not UTF-8 text")


# --- numbers and dates ------------------------------------------------------------------------


def test_numbers_with_thousands_of_digits_are_errors(policy_src, check_fails, capsys):
    huge = "9" * 5000
    policy_with(policy_src, policy_source(f"1. One.\n{huge}. Two.\n"))
    check_fails(policy_src, "test-policy/policy.md:16: a clause number has at most 9 digits")
    policy_with(policy_src, policy_source(f"1. See clause {huge}.\n"))
    check_fails(policy_src, "test-policy/policy.md:15: 'clause 999999999' refers to clause 999999999")
    policy_with(policy_src, policy_source(BODY, review_every=f"{huge} years"))
    check_fails(policy_src, f"test-policy/policy.md:11: 'review_every: {huge} years' is not a period")
    policy_with(policy_src, policy_source(BODY, version=huge))
    assert main(["review", "start", "test-policy", "--policy-src", str(policy_src)]) == 1
    assert f"version '{huge}' is not numbers separated by dots" in capsys.readouterr().err
    policy_with(policy_src, policy_source(BODY))
    (policy_src / "test-policy" / "checklist.yml").write_text(SMALL_CHECKLIST.replace("clause: 2", f"clause: {huge}"))
    check_fails(policy_src, f"test-policy/checklist.yml:8: '{huge}' is not a clause number")


def test_a_next_review_past_the_year_9999_is_an_error(policy_src, check_fails):
    policy_with(policy_src, policy_source(BODY, approved_on="9999-06-01"))
    check_fails(policy_src, "test-policy/policy.md:11: the next review, 3 years after 9999-06-01, would fall after")
    policy_with(policy_src, policy_source(BODY))
    (policy_src / "test-policy" / "reviews.yml").write_text(
        '- date: 2026-01-01\n  by: G\n  version: "1.0"\n- date: 9998-01-01\n  by: G\n  version: "1.0"\n'
    )
    check_fails(policy_src, "test-policy/reviews.yml:4: the next review, 3 years after 9998-01-01")


def test_a_date_past_the_year_9999_is_not_a_date(policy_src, check_fails):
    policy_with(policy_src, policy_source(BODY, effective_from="10000-01-01"))
    check_fails(policy_src, "test-policy/policy.md:10: 'effective_from: 10000-01-01' is not a date")


# --- files that are not files -----------------------------------------------------------------


def test_a_policy_that_is_a_folder_is_named(policy_src, check_fails):
    (policy_src / "other").mkdir()
    (policy_src / "other" / "policy.md").mkdir()
    check_fails(policy_src, "other/policy.md: is a folder, not a file")


def test_a_broken_symbolic_link_is_named(policy_src, check_fails):
    (policy_src / "other").mkdir()
    (policy_src / "other" / "policy.md").symlink_to("../gone.md")
    check_fails(policy_src, "other/policy.md: is a symbolic link to ../gone.md, which does not exist")


def test_a_named_pipe_does_not_hang_the_check(policy_src):
    (policy_src / "other").mkdir()
    os.mkfifo(policy_src / "other" / "policy.md")
    result = handbook("check", str(policy_src))
    assert result.returncode == 1
    assert b"other/policy.md: is a named pipe (FIFO), not a file" in result.stderr


def test_a_folder_named_like_the_checklist_is_named(policy_src, check_fails):
    (policy_src / "test-policy" / "checklist.yml").mkdir()
    check_fails(policy_src, "test-policy/checklist.yml: is a folder, not a file")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file whatever its permissions")
def test_an_unreadable_policy_is_named(policy_src, check_fails):
    (policy_src / "test-policy" / "policy.md").chmod(0)
    check_fails(policy_src, "test-policy/policy.md: cannot be read: permission denied")


def test_a_deeply_nested_manifest_is_named(policy_src, check_fails):
    (policy_src / "test-policy" / "versions").mkdir()
    (policy_src / "test-policy" / "versions" / "manifest.json").write_text("[" * 100_000 + "]" * 100_000)
    check_fails(policy_src, "versions/manifest.json: is not one flat JSON object")
    (policy_src / "test-policy" / "versions" / "manifest.json").write_text('{"1.0.md": ' + "9" * 5000 + "}")
    check_fails(policy_src, "versions/manifest.json: is not one flat JSON object")


# --- the command line -------------------------------------------------------------------------


def test_a_name_that_is_not_utf8_is_refused(policy_src, check_fails):
    assert handbook("review", "start", "test-policy", "--policy-src", str(policy_src)).returncode == 0
    result = handbook(
        "review", "approve", "test-policy", "--by", b"Gov\xffernors", "--on", "2026-06-01",
        "--policy-src", str(policy_src),
    )  # fmt: skip
    assert result.returncode == 2
    assert b"is not UTF-8 text" in result.stderr and b"Traceback" not in result.stderr
    assert (policy_src / "test-policy" / "draft.md").exists()  # nothing was approved


def test_every_command_honours_handbook_policy_src(policy_src, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("HANDBOOK_POLICY_SRC", str(policy_src))
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")  # where there is no policy_src/ folder
    assert main(["check"]) == 0
    assert "1 policies" in capsys.readouterr().out
    assert main(["review", "start", "test-policy"]) == 0
    assert main(["review", "approve", "test-policy", "--by", "G", "--on", "2026-06-01"]) == 0
    assert (policy_src / "test-policy" / "versions" / "1.0.md").exists()


# --- the feed ---------------------------------------------------------------------------------


def test_the_feed_is_well_formed_whatever_the_text_holds(policy_src, tmp_path):
    shutil.copytree(REPO / "examples" / "policy_src", tmp_path / "examples")
    loaded = load_handbook(tmp_path / "examples")
    # Text that reached the model some other way than a policy file (the site's name comes from
    # mkdocs.yml or HANDBOOK_SITE_NAME) may still hold characters XML cannot.
    feed = atom_feed(ChangeLog(loaded), "St Hugh's <School> & \x01\x0b Handbook", None, date(2026, 6, 1))
    root = etree.fromstring(feed.encode("utf-8"))  # raises on a feed that is not well-formed
    assert root.find("{http://www.w3.org/2005/Atom}title").text == "St Hugh's <School> &  Handbook: what changed"


def test_the_seed_policy_reads_exactly_as_before():
    policy = parse_policy_file(REPO / "policy_src" / "social-media" / "policy.md")
    assert len(policy.clauses) == 21


def test_a_named_pipe_does_not_hang_the_build(policy_src, tmp_path):
    os.mkfifo(policy_src / "test-policy" / "checklist.yml")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        capture_output=True, text=True, timeout=120, cwd=REPO,
        env=os.environ | {"HANDBOOK_POLICY_SRC": str(policy_src), "HANDBOOK_PDF": "false"},
    )  # fmt: skip
    assert result.returncode == 1
    assert "test-policy/checklist.yml: is a named pipe (FIFO), not a file" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_file_the_reader_may_not_open_is_named(policy_src, check_fails, monkeypatch):
    """As the test above, for a run as root (who may read anything): the refusal is simulated."""
    refused, real_open = str(policy_src / "test-policy" / "policy.md"), os.open

    def open_refusing(path, *arguments, **keywords):
        if str(path) == refused:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *arguments, **keywords)

    monkeypatch.setattr(os, "open", open_refusing)
    check_fails(policy_src, "test-policy/policy.md: cannot be read: permission denied")
