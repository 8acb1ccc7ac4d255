"""Review commands change policy_src/ all together or not at all, one at a time, as an editor would.

Disk operations are counted with a Python audit hook (``sys.addaudithook``): every open for
writing, rename, deletion and folder made or removed under policy_src/. The command is then run
again and again, killed (SIGKILL, in a process of its own) or failed (ENOSPC, EROFS) at the 1st,
2nd, 3rd... of them, until it runs to the end. After each, the handbook must read as before or as
after the command, never half of each, once any handbook command has run.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from itertools import count
from pathlib import Path

import pytest
from helpers import REPO, SMALL_CHECKLIST, policy_source

from handbook.cli import main
from handbook.errors import PolicySourceError
from handbook.source import layout
from handbook.source.handbook_folder import load_handbook
from handbook.versions import transaction

BODY = "1. Staff lock their screens.\n2. Passwords are secret.\n"
APPROVE = ["review", "approve", "test-policy", "--by", "Governors", "--on", "2026-06-01", "--summary", "Clause 3"]

# Run handbook commands, each with the Nth disk change under ROOT killing the process that runs it. The
# commands arrive one a line on stdin (JSON: root, N, argv); each runs in a process of its own, forked
# from this one (which has only imported handbook.cli, so no command pays for the imports), and its exit
# status (as subprocess gives it: -9 when killed) is printed back, one a line.
KILLER = textwrap.dedent(
    """
    import json, os, signal, sys, traceback
    from handbook.cli import main

    WRITING = os.O_WRONLY | os.O_RDWR | os.O_CREAT
    CHANGES = {"os.rename", "os.remove", "os.mkdir", "os.rmdir", "shutil.rmtree"}

    def run(root, kill_at, argv):
        seen = 0

        def hook(event, args):
            nonlocal seen
            if event == "open" and isinstance(args[0], str) and args[2] & WRITING or event in CHANGES:
                if isinstance(args[0], str) and args[0].startswith(root):
                    seen += 1
                    if seen == kill_at:
                        os.kill(os.getpid(), signal.SIGKILL)

        sys.addaudithook(hook)
        return main(argv)

    for line in sys.stdin:
        root, kill_at, argv = json.loads(line)
        child = os.fork()
        if child == 0:  # the command's process: its output goes to stderr, stdout is the answers'
            os.dup2(2, 1)
            os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
            try:
                status = run(root, kill_at, argv)
            except SystemExit as exit:
                status = exit.code
            except BaseException:
                traceback.print_exc()
                status = 1
            sys.stdout.flush(), sys.stderr.flush()
            os._exit(status if isinstance(status, int) else 1)
        print(os.waitstatus_to_exitcode(os.waitpid(child, 0)[1]), flush=True)
    """
)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` and its bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def policy_src(tmp_path: Path) -> Path:
    """A policy with a review open: the draft adds a clause."""
    folder = tmp_path / "policy_src" / "test-policy"
    folder.mkdir(parents=True)
    (folder / "policy.md").write_text(policy_source(BODY), encoding="utf-8")
    assert main(["review", "start", "test-policy", "--policy-src", str(folder.parent)]) == 0
    draft = folder / "draft.md"
    draft.write_text(draft.read_text() + "3. Laptops are locked away at night.\n")
    return folder.parent


@pytest.fixture
def approved(policy_src: Path, tmp_path: Path) -> dict[str, bytes]:
    """The files as a successful approval leaves them."""
    reference = tmp_path / "reference"
    shutil.copytree(policy_src, reference)
    assert main([*APPROVE, "--policy-src", str(reference)]) == 0
    return snapshot(reference)


def test_approve_killed_at_any_step_is_finished_or_undone(policy_src, approved, tmp_path):
    before = snapshot(policy_src)
    work = tmp_path / "work"
    killer = subprocess.Popen([sys.executable, "-c", KILLER], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True, cwd=REPO)  # fmt: skip
    try:
        for kill_at in count(1):
            shutil.rmtree(work, ignore_errors=True)
            shutil.copytree(policy_src, work)
            killer.stdin.write(json.dumps([str(work), kill_at, [*APPROVE, "--policy-src", str(work)]]) + "\n")
            killer.stdin.flush()
            returncode = int(killer.stdout.readline())
            if returncode == 0:
                break  # it ran to the end: every step has been tried
            assert returncode == -signal.SIGKILL, "the command failed before it was killed: its output is above"
            check_after_kill(work, before, approved, kill_at)
    finally:
        killer.stdin.close()
        killer.wait(timeout=60)
    assert snapshot(work) == approved
    assert kill_at > 10, "the command made fewer disk changes than expected: is the hook counting?"


def check_after_kill(work: Path, before: dict[str, bytes], approved: dict[str, bytes], kill_at: int) -> None:
    # Until a handbook command has run, the build reads the old handbook or refuses: never half.
    try:
        load_handbook(work)
    except PolicySourceError as error:
        assert "a review command was interrupted" in str(error), (kill_at, str(error))
    assert main(["check", str(work)]) == 0, kill_at
    assert snapshot(work) in (before, approved), kill_at
    if snapshot(work) == before:  # undone: approving again works
        assert main([*APPROVE, "--policy-src", str(work)]) == 0, kill_at
    assert snapshot(work) == approved, kill_at


# In this process, failures are injected the same way, by an audit hook armed for one command.
_failure = {"root": "", "at": 0, "seen": 0, "errno": errno.ENOSPC}


def _fail_at(event: str, args: tuple) -> None:
    if not _failure["root"] or not args or not isinstance(args[0], str) or not args[0].startswith(_failure["root"]):
        return
    writing = event == "open" and args[2] & (os.O_WRONLY | os.O_RDWR | os.O_CREAT)
    if writing or event in {"os.rename", "os.remove", "os.mkdir", "os.rmdir"}:
        _failure["seen"] += 1
        if _failure["seen"] == _failure["at"]:
            raise OSError(_failure["errno"], os.strerror(_failure["errno"]), args[0])


sys.addaudithook(_fail_at)  # does nothing unless armed


def approvals_failing_at_each_step(policy_src: Path, work: Path, under: Path, error: int) -> Iterator[int]:
    """Approve on a fresh copy of ``policy_src`` in ``work``, the 1st, 2nd, 3rd... disk change under
    ``under`` failing with ``error``, until an approval meets no failure; yield each failed one's status."""
    for fail_at in count(1):
        shutil.rmtree(work, ignore_errors=True)
        shutil.copytree(policy_src, work)
        _failure.update(root=str(under), at=fail_at, seen=0, errno=error)
        try:
            status = main([*APPROVE, "--policy-src", str(work)])
        finally:
            _failure["root"] = ""
        if _failure["seen"] < fail_at:
            assert status == 0
            return
        yield status


@pytest.mark.parametrize("error", [errno.ENOSPC, errno.EROFS], ids=["disk full", "read-only"])
def test_approve_failing_at_any_step_is_finished_or_undone(policy_src, approved, tmp_path, capsys, error):
    before = snapshot(policy_src)
    work = tmp_path / "work"
    steps = 0
    for steps, status in enumerate(approvals_failing_at_each_step(policy_src, work, work, error), start=1):
        message = capsys.readouterr().err
        if status == 1:
            assert os.strerror(error) in message, message
            assert "nothing was changed" in message or "run 'handbook check' to finish it" in message, message
        assert main(["check", str(work)]) == 0, steps
        # Failing to delete the lock file as it lets go of the lock fails nothing (status 0).
        assert snapshot(work) == approved if status == 0 else snapshot(work) in (before, approved), steps
    assert steps > 10


def test_a_second_command_waits_then_says_who_holds_the_lock(policy_src, monkeypatch, capsys):
    monkeypatch.setattr(transaction, "LOCK_WAIT_SECONDS", 0.3)
    before = snapshot(policy_src)
    with transaction.locked(policy_src, "review approve test-policy"):
        assert main([*APPROVE, "--policy-src", str(policy_src)]) == 1
    message = capsys.readouterr().err
    assert f"'handbook review approve test-policy' (process {os.getpid()} of " in message
    assert "is changing the policies; try again when it has finished" in message
    assert snapshot(policy_src) == before  # and the lock file is gone with its holder
    assert main([*APPROVE, "--policy-src", str(policy_src)]) == 0


def test_two_approvals_at_once_approve_once_and_the_failure_is_the_one_refused(policy_src, approved):
    command = [sys.executable, "-m", "handbook.cli", *APPROVE, "--policy-src", str(policy_src)]
    runs = [subprocess.Popen(command, stderr=subprocess.PIPE, text=True, cwd=REPO) for _ in range(2)]
    results = sorted((run.wait(), run.stderr.read()) for run in runs)
    assert [status for status, _ in results] == [0, 1]
    assert "no review is open for this policy" in results[1][1]
    assert snapshot(policy_src) == approved


def test_files_are_written_as_an_editor_writes_them(policy_src):
    folder = policy_src / "test-policy"
    (folder / "policy.md").chmod(0o640)  # kept by the file that replaces it
    old_umask = os.umask(0o022)
    try:
        assert main([*APPROVE, "--policy-src", str(policy_src)]) == 0
        assert main(["review", "start", "test-policy", "--policy-src", str(policy_src)]) == 0
    finally:
        os.umask(old_umask)
    modes = {name: (folder / name).stat().st_mode & 0o777 for name in ("policy.md", "versions/1.0.md", "draft.md")}
    assert modes == {"policy.md": 0o640, "versions/1.0.md": 0o644, "draft.md": 0o644}
    assert (folder / "versions").stat().st_mode & 0o777 == 0o755


def test_approve_refuses_what_would_break_the_handbook_and_changes_nothing(policy_src, capsys):
    checklist = policy_src / "test-policy" / "checklist.yml"
    # A small checklist quoting clause 2, which the draft is about to remove.
    checklist.write_text(SMALL_CHECKLIST)
    assert main(["check", str(policy_src)]) == 0
    draft = policy_src / "test-policy" / "draft.md"
    draft.write_text(draft.read_text().replace("2. Passwords are secret.\n3. Laptops", "2. Laptops"))
    before = snapshot(policy_src)

    assert main([*APPROVE, "--policy-src", str(policy_src)]) == 1
    message = capsys.readouterr().err
    assert "test-policy/checklist.yml:9: the disclaimer example is not in clause 2 word for word" in message
    assert "So it would be after this command, which is refused: nothing was changed" in message
    assert snapshot(policy_src) == before


def test_a_plan_in_the_journal_is_carried_out_by_the_next_command(policy_src, approved):
    """The journal's format, as a killed command leaves it: staged files and the plan naming them."""
    journal = policy_src / layout.JOURNAL
    journal.mkdir()
    (journal / "0").write_text("- date: 2026-01-01\n  by: G\n  version: \"1.0\"\n")
    plan = [{"path": "test-policy/reviews.yml", "staged": "0"}, {"path": "test-policy/draft.md", "staged": None}]
    (journal / transaction.PLAN).write_text(json.dumps(plan))
    with pytest.raises(PolicySourceError, match="run 'handbook check' to finish"):
        load_handbook(policy_src)
    assert main(["check", str(policy_src)]) == 0
    assert not journal.exists() and not (policy_src / "test-policy" / "draft.md").exists()
    assert load_handbook(policy_src).policies[0].meta.reviewed_on.isoformat() == "2026-01-01"


def test_a_plan_damaged_by_hand_is_an_error_not_a_traceback(policy_src, capsys):
    journal = policy_src / layout.JOURNAL
    journal.mkdir()
    (journal / transaction.PLAN).write_text('[{"path": "../../outside.md", "staged": "0"}]')
    assert main(["check", str(policy_src)]) == 1
    assert "an interrupted review command could not be finished" in capsys.readouterr().err
    (journal / transaction.PLAN).write_text("{not json")
    assert main(["check", str(policy_src)]) == 1
    assert "an interrupted review command could not be finished" in capsys.readouterr().err


@pytest.mark.parametrize("error", [errno.ENOSPC, errno.EIO], ids=["disk full", "I/O error"])
def test_approve_with_its_preview_copy_failing_at_any_step_says_so_and_is_undone(
    policy_src, approved, tmp_path, capsys, monkeypatch, error
):
    """The preview (the handbook as approval would leave it, copied to the temporary folder, then
    deleted) failing at each of its disk changes: a message and nothing changed, or, when only its
    deletion failed, the approval made."""
    temporary = tmp_path / "temporary"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    before = snapshot(policy_src)
    work = tmp_path / "work"
    steps = 0
    for steps, status in enumerate(approvals_failing_at_each_step(policy_src, work, temporary, error), start=1):
        message = capsys.readouterr().err
        if status == 1:
            assert os.strerror(error) in message and message.endswith("nothing was changed\n"), message
            assert snapshot(work) == before, steps
        else:
            assert snapshot(work) == approved, steps
    assert steps > 5, "the preview made fewer disk changes than expected: is the hook counting?"


def test_a_full_disk_when_taking_the_lock_says_so_and_changes_nothing(policy_src, capsys, monkeypatch):
    real_write = os.write

    def write(descriptor: int, data: bytes) -> int:
        if os.readlink(f"/proc/self/fd/{descriptor}").endswith(transaction.LOCK_FILE):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(descriptor, data)

    before = snapshot(policy_src)
    monkeypatch.setattr(os, "write", write)
    assert main([*APPROVE, "--policy-src", str(policy_src)]) == 1
    assert f".handbook.lock: cannot be written ({os.strerror(errno.ENOSPC)}); nothing was changed" in (
        capsys.readouterr().err
    )
    assert snapshot(policy_src) == before
