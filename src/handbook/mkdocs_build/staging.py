"""Atomic output: a build writes into a fresh folder beside the site and takes the site's place
only once every step has succeeded, so a failed or killed build leaves the last site as it was.

The swap is one system call where the system has it: Linux's ``renameat2`` with
``RENAME_EXCHANGE`` trades the two folders' names atomically, so a kill at any moment leaves
``site/`` old or new, never missing. Elsewhere it is two renames on one file system (the site
aside, the new one in): an error between them puts the old site back before it is reported, and
if the process is killed between them, the next build puts the set-aside site back before it starts.

`mkdocs serve` removes the replaced site in a thread (its PDFs make it slow to delete), under a name
of its own (``.site.old-<pid>-<n>``); a folder of that name whose process is gone is removed by
the next build.
"""

from __future__ import annotations

import ctypes
import errno
import os
import shutil
import threading
from itertools import count
from pathlib import Path

_BUILDING = ".building-"  # .site.building-<pid>: a build in progress, or left by a killed one
_PREVIOUS = ".previous"  # .site.previous: the last site, set aside for the moment of the swap
_OLD = ".old-"  # .site.old-<pid>-<n>: a replaced site that serve's thread is removing
_replaced = count(1)
_AT_FDCWD = -100  # renameat2's "relative to the working directory" (the paths given are absolute)
_RENAME_EXCHANGE = 2
# What renameat2 answers where it cannot exchange (an old kernel, a file system without it).
_NO_EXCHANGE = {errno.ENOSYS, errno.EINVAL, errno.ENOTSUP}


class SiteSwapError(Exception):
    """The new site could not take the old one's place; the old one is still there."""


class StagedSite:
    def __init__(self, site_dir: Path) -> None:
        self.site = site_dir.absolute()
        self.staging = self.site.parent / f".{self.site.name}{_BUILDING}{os.getpid()}"
        self._previous = self.site.parent / f".{self.site.name}{_PREVIOUS}"

    def begin(self) -> Path:
        """Tidy up after any killed build and return the empty folder to build into."""
        self.site.parent.mkdir(parents=True, exist_ok=True)
        if self._previous.exists():
            if self.site.exists():
                shutil.rmtree(self._previous)
            else:  # killed between the two renames: the set-aside site is the last good one
                self._previous.rename(self.site)
        for leftover in self.site.parent.glob(f".{self.site.name}{_BUILDING}*"):
            if leftover == self.staging or not _process_alive(leftover.name.rpartition("-")[2]):
                shutil.rmtree(leftover, ignore_errors=True)
        for old in self.site.parent.glob(f".{self.site.name}{_OLD}*"):
            if not _process_alive(old.name.removeprefix(f".{self.site.name}{_OLD}").partition("-")[0]):
                shutil.rmtree(old, ignore_errors=True)
        self.staging.mkdir()
        return self.staging

    def commit(self, remove_old_in_thread: bool = False) -> None:
        """Put the new site in place of the old one: all of it, or none of it (SiteSwapError). With
        ``remove_old_in_thread``, the old site is removed after this returns."""
        try:
            if not self.site.exists():
                self.staging.rename(self.site)
            elif _exchange(self.staging, self.site):  # the staging folder now holds the old site
                self._remove(self.staging, remove_old_in_thread)
            else:
                self._swap_in_two_renames()
        except OSError as error:
            raise SiteSwapError(
                f"the new site could not replace {self.site} ({error.strerror or error}); "
                f"the last site is unchanged and the new one is in {self.staging}"
            ) from None

    def _swap_in_two_renames(self) -> None:
        self.site.rename(self._previous)
        try:
            self.staging.rename(self.site)
        except OSError:
            self._previous.rename(self.site)
            raise
        shutil.rmtree(self._previous, ignore_errors=True)

    def _remove(self, old_site: Path, in_thread: bool) -> None:
        if in_thread:
            try:
                removing = old_site.rename(self.site.parent / f".{self.site.name}{_OLD}{os.getpid()}-{next(_replaced)}")
            except OSError:  # the swap is done all the same: remove it here
                pass
            else:
                threading.Thread(target=shutil.rmtree, args=(removing,), kwargs={"ignore_errors": True},
                                 name="handbook old site", daemon=True).start()
                return
        shutil.rmtree(old_site, ignore_errors=True)

    def discard(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)


def _exchange(first: Path, second: Path) -> bool:
    """Swap two paths' names in one step; False where this system or file system cannot."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):  # not Linux with glibc 2.28 or newer
        return False
    done = renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE)
    if done == 0:
        return True
    code = ctypes.get_errno()
    if code in _NO_EXCHANGE:
        return False
    raise OSError(code, os.strerror(code), str(first), None, str(second))


def _process_alive(pid: str) -> bool:
    if not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: alive
        return True
    return True
