"""The build reads policy_src/ while no review command changes it: it waits for the command's lock
(policy_src/.handbook.lock) and, if the command takes too long, says which command holds it,
instead of reporting the half-changed folder ("a file added by hand is not a record")."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import REPO, policy_source

from handbook.errors import PolicySourceError
from handbook.source import folder_lock
from handbook.source.handbook_folder import load_handbook
from handbook.source.layout import LOCK_FILE

HOLD_THE_LOCK = """
import sys, time
from pathlib import Path
from handbook.versions.transaction import locked
with locked(Path(sys.argv[1]), "review approve test-policy"):
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
"""

# `handbook check`, as `python -m handbook.cli check` runs it, waiting half a second for the lock, not ten.
CHECK_WAITING_LESS = """
import sys
from handbook.cli import main
from handbook.source import folder_lock
from handbook.versions import transaction
folder_lock.READ_WAIT_SECONDS = transaction.LOCK_WAIT_SECONDS = 0.5
sys.exit(main(sys.argv[1:]))
"""


@pytest.fixture
def policy_src(tmp_path: Path) -> Path:
    folder = tmp_path / "policy_src" / "test-policy"
    folder.mkdir(parents=True)
    (folder / "policy.md").write_text(policy_source(), encoding="utf-8")
    return folder.parent


def hold_lock(policy_src: Path, seconds: float) -> subprocess.Popen:
    """A review command's lock, held by another process for ``seconds``."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_THE_LOCK, str(policy_src), str(seconds)],
        stdout=subprocess.PIPE, text=True, cwd=REPO, env=os.environ | {"PYTHONPATH": str(REPO / "src")},
    )  # fmt: skip
    assert holder.stdout.readline() == "held\n"
    return holder


def stop(holder: subprocess.Popen) -> None:
    if holder.poll() is None:
        holder.send_signal(signal.SIGTERM)
    holder.wait(timeout=10)


def test_the_reader_says_which_command_holds_the_lock(policy_src, monkeypatch):
    monkeypatch.setattr(folder_lock, "READ_WAIT_SECONDS", 0.5)
    holder = hold_lock(policy_src, 60)
    try:
        with pytest.raises(PolicySourceError) as refused:
            load_handbook(policy_src)
    finally:
        stop(holder)
    message = str(refused.value)
    assert f"{LOCK_FILE}: 'handbook review approve test-policy' (process {holder.pid} of " in message, message
    assert "is changing the policies (waited 0.5 seconds); build or check again when it has finished" in message


def test_the_reader_waits_for_a_command_that_finishes(policy_src):
    holder = hold_lock(policy_src, 1)
    try:
        started = time.monotonic()
        handbook = load_handbook(policy_src)
        waited = time.monotonic() - started
    finally:
        stop(holder)
    assert [p.meta.id for p in handbook.policies] == ["test-policy"]
    assert waited > 0.5, "the reader read while the command held the lock"


def test_the_reader_creates_no_file(policy_src):
    before = sorted(policy_src.rglob("*"))
    policy_src.chmod(0o555)  # as a build user who may only read the folder
    try:
        load_handbook(policy_src)
    finally:
        policy_src.chmod(0o755)
    assert sorted(policy_src.rglob("*")) == before


def test_handbook_check_names_the_command_too(policy_src):
    holder = hold_lock(policy_src, 60)
    try:
        check = subprocess.run(
            [sys.executable, "-c", CHECK_WAITING_LESS, "check", str(policy_src)],
            capture_output=True, text=True, cwd=REPO, timeout=60,
        )  # fmt: skip
    finally:
        stop(holder)
    assert check.returncode == 1
    assert "'handbook review approve test-policy' (process" in check.stderr, check.stderr
    assert "is changing the policies" in check.stderr and "Traceback" not in check.stderr


def test_a_command_reads_its_own_folder_while_it_holds_the_lock(policy_src):
    from handbook.versions.transaction import locked

    with locked(policy_src, "check", wait=1):
        load_handbook(policy_src)  # a shared lock of its own would wait for itself
