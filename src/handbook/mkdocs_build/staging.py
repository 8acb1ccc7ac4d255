"""Atomic output: a build writes into a fresh folder beside the site and takes the site's place
only once every step has succeeded, so a failed or killed build leaves the last site as it was.

The swap is two renames on one file system (the site aside, the new one in); if the process dies
between them, the next build puts the set-aside site back before it starts.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

_BUILDING = ".building-"  # .site.building-<pid>: a build in progress, or left by a killed one
_PREVIOUS = ".previous"  # .site.previous: the last site, set aside for the moment of the swap


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
        self.staging.mkdir()
        return self.staging

    def commit(self) -> None:
        """Put the new site in place of the old one."""
        if self.site.exists():
            self.site.rename(self._previous)
            self.staging.rename(self.site)
            shutil.rmtree(self._previous)
        else:
            self.staging.rename(self.site)

    def discard(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)


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
