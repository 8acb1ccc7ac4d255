"""Change several files under ``policy_src/`` all together or not at all, one command at a time.

A review command changes several files at once (approving archives the current version, records
its hash in the manifest, makes the draft current and deletes it). A ``Transaction`` collects
those changes, checks the handbook as it will be after them (on a copy), then:

1. stages each new file, written whole, in ``policy_src/.handbook-journal/``;
2. writes ``plan.json`` there, saying which staged file goes where and what is deleted. Renaming
   the plan into place is the moment the change is made: killed before it, nothing has changed
   and the next command throws the staged files away;
3. carries the plan out, one rename per file. Killed midway, the next handbook command carries
   out the rest (``finish_interrupted``); until then the build refuses to read the half-changed
   handbook (``source.handbook_folder``) rather than publish it.

``locked`` keeps a second command out while one runs (an ``flock``, released even if its holder is
killed): the second waits a few seconds, then says who holds it. Readers (the build) wait for it the
same way, with a shared lock on the same file (handbook.source.folder_lock). Files are written as an editor
writes them: with the permissions the umask allows, or those of the file they replace.
"""

from __future__ import annotations

import contextlib
import fcntl
import getpass
import json
import os
import shutil
import socket
import stat
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from ..errors import PolicySourceError
from ..source import folder_lock
from ..source.layout import JOURNAL, LOCK_FILE, PLAN

LOCK_WAIT_SECONDS = folder_lock.READ_WAIT_SECONDS

# Reads and checks a policy folder, raising PolicySourceError (handbook.checking.check_policy_src: the
# commands pass it in, so that this package need not know everything a check reads).
Check = Callable[[Path], object]


class Transaction:
    """New contents for files under ``root`` (None deletes the file), made all at once by ``commit``."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.changes: dict[Path, str | None] = {}

    def write(self, path: Path, text: str) -> None:
        self.changes[path] = text

    def delete(self, path: Path) -> None:
        self.changes[path] = None

    def commit(self, check: Check) -> None:
        """Run ``check`` on a copy of ``root`` with the changes made, then make them for real.

        A ``PolicySourceError`` from ``check`` refuses the change, naming the file it would be in.
        """
        self._check_result(check)
        journal = self.root / JOURNAL
        plan = []
        try:
            shutil.rmtree(journal, ignore_errors=True)
            journal.mkdir()
            for number, (path, text) in enumerate(self.changes.items()):
                staged = None
                if text is not None:
                    staged = str(number)
                    _write_like_an_editor(journal / staged, text, mode_of=path)
                plan.append({"path": path.relative_to(self.root).as_posix(), "staged": staged})
            _write_like_an_editor(journal / f"{PLAN}.new", json.dumps(plan, indent=1))
            os.replace(journal / f"{PLAN}.new", journal / PLAN)  # the commit
            _sync_folder(journal)
        except OSError as error:
            shutil.rmtree(journal, ignore_errors=True)
            message = f"cannot be written ({error.strerror}); nothing was changed"
            raise PolicySourceError(self.root, None, message) from None
        try:
            _carry_out(self.root)
        except OSError as error:
            raise PolicySourceError(
                self.root / JOURNAL, None,
                f"the change was made only in part ({error.strerror}); run 'handbook check' to finish it",
            ) from None

    def _check_result(self, check: Check) -> None:
        # The preview is a copy in the temporary folder; a failure to delete it afterwards is no failure
        # of the command (the system clears that folder).
        with self._preview() as copy:
            try:
                check(copy)
            except PolicySourceError as error:
                path = self.root / error.path.relative_to(copy) if error.path.is_relative_to(copy) else error.path
                message = error.message.replace(copy.as_posix(), self.root.as_posix())
                message += ". So it would be after this command, which is refused: nothing was changed"
                raise PolicySourceError(path, error.line, message) from None

    @contextlib.contextmanager
    def _preview(self) -> Iterator[Path]:
        """A copy of ``root`` with the changes made, in the temporary folder."""
        try:
            temporary = tempfile.TemporaryDirectory(prefix="handbook-preview-", ignore_cleanup_errors=True)
        except OSError as error:
            raise self._cannot_preview(error.strerror or str(error)) from None
        with temporary:
            copy = Path(temporary.name) / self.root.name
            try:
                shutil.copytree(self.root, copy, symlinks=True, ignore=shutil.ignore_patterns(JOURNAL, LOCK_FILE))
                for path, text in self.changes.items():
                    target = copy / path.relative_to(self.root)
                    if text is None:
                        target.unlink(missing_ok=True)
                    else:
                        target.parent.mkdir(parents=True, exist_ok=True)
                        target.write_text(text, encoding="utf-8")
            except shutil.Error as error:  # copytree's own: a (source, copy, reason) for each file that failed
                raise self._cannot_preview(error.args[0][0][2]) from None
            except OSError as error:
                raise self._cannot_preview(error.strerror or str(error)) from None
            yield copy

    def _cannot_preview(self, reason: str) -> PolicySourceError:
        return PolicySourceError(
            self.root, None, f"cannot be copied to the temporary folder to check the change ({reason}); "
            "nothing was changed",
        )


def finish_interrupted(root: Path) -> None:
    """Finish a change a killed command committed, or throw away one it had not committed yet."""
    journal = root / JOURNAL
    try:
        if (journal / PLAN).exists():
            _carry_out(root)
        elif journal.exists():
            shutil.rmtree(journal)
    except (OSError, ValueError, KeyError, TypeError) as error:  # the disk, or a plan edited by hand
        raise PolicySourceError(
            journal, None, f"an interrupted review command could not be finished ({error}); restore policy_src/ "
            "from version control, or put the files in the journal's plan.json where it says, then delete it",
        ) from None


def _carry_out(root: Path) -> None:
    journal = root / JOURNAL
    plan = json.loads((journal / PLAN).read_text(encoding="utf-8"))
    for change in plan:
        target = root / change["path"]
        if ".." in Path(change["path"]).parts or Path(change["path"]).is_absolute():
            raise ValueError(f"the plan names {change['path']}, outside the policies' folder")
        if change["staged"] is None:
            target.unlink(missing_ok=True)
        elif (journal / change["staged"]).exists():  # gone: carried out before an interruption
            if not target.parent.is_dir():
                target.parent.mkdir(parents=True)
            os.replace(journal / change["staged"], target)
        _sync_folder(target.parent)
    (journal / PLAN).unlink()
    shutil.rmtree(journal)


def _write_like_an_editor(path: Path, text: str, mode_of: Path | None = None) -> None:
    """A new file with the umask's permissions, or those of ``mode_of`` when it exists; synced to disk."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o666)
    with open(descriptor, "w", encoding="utf-8") as handle:
        if mode_of is not None and mode_of.exists():
            os.fchmod(handle.fileno(), stat.S_IMODE(mode_of.stat().st_mode))
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())


def _sync_folder(folder: Path) -> None:
    """Make renames in ``folder`` survive a power cut."""
    descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


@contextlib.contextmanager
def locked(root: Path, command: str, wait: float | None = None) -> Iterator[None]:
    """Hold ``root``'s lock while the block runs; wait up to ``wait`` seconds for another command's.

    The lock file exists only while held, so it never lingers in the policies' folder.
    """
    lock = root / LOCK_FILE
    deadline = time.monotonic() + (LOCK_WAIT_SECONDS if wait is None else wait)
    while (descriptor := _try_lock(lock)) is None:
        if time.monotonic() >= deadline:
            raise PolicySourceError(lock, None, _held_by(lock))
        time.sleep(0.05)
    try:
        holder = {
            "command": command,
            "pid": os.getpid(),
            "user": getpass.getuser(),
            "host": socket.gethostname(),
            "since": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        try:
            os.write(descriptor, json.dumps(holder).encode("utf-8"))
        except OSError as error:
            raise PolicySourceError(lock, None, f"cannot be written ({error.strerror}); nothing was changed") from None
        with folder_lock.held_by_this_process(root):  # this command's own reads need not wait for its lock
            yield
    finally:
        with contextlib.suppress(OSError):  # a lock file left behind is harmless: it is not locked
            lock.unlink()
        os.close(descriptor)  # releases the lock


def _try_lock(lock: Path) -> int | None:
    """An open, locked descriptor of ``lock``, or None while another process holds it."""
    try:
        descriptor = os.open(lock, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
    except OSError as error:
        raise PolicySourceError(lock, None, f"cannot be written ({error.strerror}); nothing was changed") from None
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        # The holder before us deletes the file as it lets go: ours must still be the file by that name.
        if os.fstat(descriptor).st_ino == os.stat(lock).st_ino:
            return descriptor
    except (BlockingIOError, FileNotFoundError):
        pass
    os.close(descriptor)
    return None


def _held_by(lock: Path) -> str:
    return f"{folder_lock.holder(lock)} is changing the policies; try again when it has finished"
