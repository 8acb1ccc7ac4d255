"""The review commands' lock on ``policy_src/``, as the readers (the build, ``handbook check``) see it.

A review command (handbook.versions.transaction ``locked``) holds an exclusive ``flock`` on
``policy_src/.handbook.lock`` while it changes several files. A reader that read the folder
between two of those changes would find files that disagree (an archived version not yet in the
manifest: "a file added by hand is not a record"). So ``reading`` takes a shared lock on that
file while the folder is read, waiting up to ``READ_WAIT_SECONDS`` for a command to finish, and
otherwise says which command is changing the policies.

A reader never creates a file in ``policy_src/`` (the folder may be read-only to the build): with
no lock file there, no command is running, and the folder is read without a lock. Should a command
start while it is read, the reader says so rather than report what it saw half-changed.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import time
from collections.abc import Iterator
from pathlib import Path

from ..errors import PolicySourceError
from .layout import LOCK_FILE

READ_WAIT_SECONDS = 10.0  # as long as a second command waits for the first
_held_here: set[Path] = set()  # the folders whose lock this process holds (a shared lock would wait for itself)


@contextlib.contextmanager
def held_by_this_process(root: Path) -> Iterator[None]:
    """For the lock's holder (transaction.locked): while the block runs, this process's readers of
    ``root`` read without waiting for the lock."""
    key = root.resolve()
    _held_here.add(key)
    try:
        yield
    finally:
        _held_here.discard(key)


@contextlib.contextmanager
def reading(root: Path) -> Iterator[None]:
    """Read ``root`` in the block while no review command changes it (see the module's docstring)."""
    if root.resolve() in _held_here:
        yield
        return
    lock = root / LOCK_FILE
    descriptor = _wait_for_shared_lock(lock)
    try:
        yield
    except PolicySourceError:
        if descriptor is None and _held_by_another(lock):  # what was read may have been half-changed
            raise PolicySourceError(lock, None, _started_while_read(lock)) from None
        raise
    else:
        if descriptor is None and _held_by_another(lock):
            raise PolicySourceError(lock, None, _started_while_read(lock))
    finally:
        if descriptor is not None:
            os.close(descriptor)  # releases the shared lock


def holder(lock: Path) -> str:
    """Who holds ``lock``, from what the holder wrote in it: "'handbook review approve x' (process ...)"."""
    try:
        written = json.loads(lock.read_text(encoding="utf-8"))
        return (
            f"'handbook {written['command']}' (process {written['pid']} of {written['user']} on {written['host']}, "
            f"since {written['since']})"
        )
    except (OSError, ValueError, KeyError, TypeError):
        return "another handbook command"


def _wait_for_shared_lock(lock: Path) -> int | None:
    """A descriptor holding a shared lock on ``lock``; None when there is no lock file (no command runs)."""
    deadline = time.monotonic() + READ_WAIT_SECONDS
    while True:
        try:
            descriptor = os.open(lock, os.O_RDONLY | os.O_CLOEXEC)
        except OSError:  # none (no command runs), or not ours to read: the folder is read as it is
            return None
        try:
            fcntl.flock(descriptor, fcntl.LOCK_SH | fcntl.LOCK_NB)
            if os.fstat(descriptor).st_ino == os.stat(lock).st_ino:
                return descriptor
            # The holder deleted the file as it let go, and another command has made it anew: wait for that one.
        except FileNotFoundError:  # the holder let go and deleted the file: no command runs now
            os.close(descriptor)
            return None
        except BlockingIOError:
            if time.monotonic() >= deadline:
                os.close(descriptor)
                raise PolicySourceError(
                    lock, None, f"{holder(lock)} is changing the policies (waited {READ_WAIT_SECONDS:g} seconds); "
                    "build or check again when it has finished",
                ) from None
        os.close(descriptor)
        time.sleep(0.05)


def _held_by_another(lock: Path) -> bool:
    try:
        descriptor = os.open(lock, os.O_RDONLY | os.O_CLOEXEC)
    except OSError:
        return False
    try:
        fcntl.flock(descriptor, fcntl.LOCK_SH | fcntl.LOCK_NB)
        return False
    except BlockingIOError:
        return True
    finally:
        os.close(descriptor)


def _started_while_read(lock: Path) -> str:
    return (f"{holder(lock)} started changing the policies while they were read; build or check again when it "
            "has finished")
