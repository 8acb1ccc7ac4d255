"""The one error type for bad policy sources: it always names the file, the line and a fix."""

from __future__ import annotations

import os
from pathlib import Path


class PolicySourceError(Exception):
    """A problem in a file under ``policy_src/``, reported as ``FILE:LINE: message``."""

    def __init__(self, path: Path, line: int | None, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.line = line
        self.message = message

    def __str__(self) -> str:
        location = display_path(self.path)
        if self.line is not None:
            location += f":{self.line}"
        return f"{location}: {self.message}"


def display_path(path: Path) -> str:
    """The path as the author would type it: relative to the working directory when inside it."""
    relative = os.path.relpath(path)
    return path.as_posix() if relative.startswith("..") else Path(relative).as_posix()
