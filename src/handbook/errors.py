"""The one error type for bad policy sources: it always names the file, the line and a fix."""

from __future__ import annotations

import difflib
import os
from collections.abc import Collection
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


class UnknownClauseReferenceError(PolicySourceError):
    """A reference to a clause, or a clause's point, that the policy does not have: its ``wording`` as written
    ("paragraph 14.1.1") and what it ``refers_to`` ("clause 14.1.1"), for an import to keep another document's
    reference as words (handbook.importing.outside_references)."""

    def __init__(self, path: Path, line: int | None, message: str, wording: str, refers_to: str) -> None:
        super().__init__(path, line, message)
        self.wording = wording
        self.refers_to = refers_to


class NumberingError(PolicySourceError):
    """Clause or heading numbers that do not run as a policy's must: a number used twice, out of order, skipped,
    or a first number that is not the first. An import keeps such a document's numbers as typed text
    (handbook.importing)."""


class SkippedNumberError(NumberingError):
    """A clause or numbered heading whose number skips one: the numbers ``missing`` between it and the one
    before ("11" between 10 and 12), for an import to keep a document's gap as published (``skipped_numbers``)."""

    def __init__(self, path: Path, line: int | None, message: str, missing: tuple[str, ...]) -> None:
        super().__init__(path, line, message)
        self.missing = missing


class SkippedNumbersListError(PolicySourceError):
    """The front matter's ``skipped_numbers`` lists a number that a clause or heading has after all, or one that
    is never skipped."""


class UnresolvedLinkError(PolicySourceError):
    """A link that leads to no page, file or anchor of the site: its ``target`` as written
    ("/project/policies/licensing/#mlic1"), for an import to keep a link to its website's other pages as its words
    (handbook.importing)."""

    def __init__(self, path: Path, line: int | None, message: str, target: str) -> None:
        super().__init__(path, line, message)
        self.target = target


def display_path(path: Path) -> str:
    """The path as the author would type it: relative to the working directory when inside it."""
    relative = os.path.relpath(path)
    return path.as_posix() if relative.startswith("..") else Path(relative).as_posix()


def unknown_key_hint(key: str, known: Collection[str]) -> str:
    """What to say of a key nobody expects: the closest known key, else the list of them."""
    close = difflib.get_close_matches(key, known, n=1)
    return f"did you mean '{close[0]}'?" if close else f"known keys: {', '.join(known)}"
