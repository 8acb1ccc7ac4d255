"""Which column holds what, whatever the form called its questions.

A column is found by its header first ("Email", "E-mail address", "Your email"; "Policy", "Which
policy"; "Version"; "Hash", "Code"; "Completion time", "Timestamp"), then, for what is still
missing, by its values: e-mail addresses, known policy ids or titles, 12-hex-digit text codes,
known version numbers. A column named on the command line (``--email-column`` ...) is taken as named.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass

from .form_link import HASH_LENGTH
from .tables import Table, TableError

EMAIL = re.compile(r"^[^@\s<>(),;:\"]+@[^@\s<>(),;:\"]+\.[^@\s<>(),;:\"]+$")
TEXT_CODE = re.compile(rf"^[0-9a-f]{{{HASH_LENGTH}}}$", re.IGNORECASE)

# For each kind of column, the words its header may contain (letters and digits only, lower case),
# the likeliest first: "Completion time" (Microsoft Forms) wins over its "Start time".
HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "email": ("email", "mail"),
    "policy": ("policy", "document"),
    "version": ("version",),
    "hash": ("hash", "code", "checksum", "fingerprint"),
    "time": ("completiontime", "timestamp", "submitted", "completed", "endtime", "date", "time"),
    "name": ("fullname", "name"),
    "role": ("role", "jobtitle", "position", "audience", "group"),
}
LABELS = {"email": "e-mail", "policy": "policy", "version": "version", "hash": "text code", "time": "time",
          "name": "name", "role": "role"}


def _normalised(header: str) -> str:
    return re.sub(r"[^a-z0-9]", "", header.casefold())


@dataclass(frozen=True)
class Columns:
    """The column number of each kind found (``email``, ``policy``, ...); a kind not found is absent."""

    table: Table
    found: Mapping[str, int]

    def __contains__(self, kind: str) -> bool:
        return kind in self.found

    def __getitem__(self, kind: str) -> int:
        return self.found[kind]

    def header(self, kind: str) -> str:
        return self.table.header[self.found[kind]]


def find_columns(
    table: Table,
    kinds: Collection[str],
    named: Mapping[str, str | None],
    recognisers: Mapping[str, Callable[[str], bool]],
) -> Columns:
    """Find each of ``kinds``: ``named`` ones by the header given, others by header words, then by values
    (``recognisers``: a test of one cell's text for each kind that can be told by its values)."""
    found: dict[str, int] = {}
    for kind, name in named.items():
        if name is not None:
            found[kind] = _named_column(table, kind, name)
    for kind in kinds:
        column = None if kind in found else _by_header(table, kind, set(found.values()), recognisers.get(kind))
        if column is not None:
            found[kind] = column
    for kind in kinds:
        column = None
        if kind not in found and kind in recognisers:
            column = _by_values(table, recognisers[kind], set(found.values()))
        if column is not None:
            found[kind] = column
    return Columns(table, found)


def _named_column(table: Table, kind: str, name: str) -> int:
    wanted = name.strip().casefold()
    for column, header in enumerate(table.header):
        if header.casefold() == wanted:
            return column
    headers = ", ".join(f"'{h}'" for h in table.header) or "none: the file is empty"
    raise TableError(table.path, None, f"has no column '{name}' (given with --{kind}-column); its columns: {headers}")


def _by_header(table: Table, kind: str, taken: set[int], recogniser: Callable[[str], bool] | None) -> int | None:
    headers = [(column, _normalised(h)) for column, h in enumerate(table.header) if column not in taken]
    for word in HEADER_WORDS[kind]:
        matching = [column for column, header in headers if word in header and not _belongs_elsewhere(kind, header)]
        if matching:
            # Two "e-mail" columns (Microsoft Forms' own, "anonymous" when the form does not ask for a
            # sign-in, and a question "Your email"): the one whose values look right.
            return max(matching, key=lambda column: _share(table, column, recogniser) if recogniser else 0)
    return None


def _belongs_elsewhere(kind: str, header: str) -> bool:
    """"Policy version" is the version; "Policy code" the code; "Name" is not "Username"."""
    if kind == "policy":
        return any(word in header for word in HEADER_WORDS["version"] + HEADER_WORDS["hash"])
    if kind == "name":
        return "user" in header or "mail" in header or "policy" in header
    return False


def _by_values(table: Table, recogniser: Callable[[str], bool], taken: set[int]) -> int | None:
    shares = {column: _share(table, column, recogniser) for column in range(len(table.header)) if column not in taken}
    best = max(shares, key=shares.__getitem__, default=None)
    return best if best is not None and shares[best] >= 0.5 else None


def _share(table: Table, column: int, recogniser: Callable[[str], bool]) -> float:
    """The share of the column's filled cells that ``recogniser`` accepts."""
    texts = [row.text(column) for row in table.rows if row.text(column)]
    return sum(map(recogniser, texts)) / len(texts) if texts else 0.0


def is_email(text: str) -> bool:
    return bool(EMAIL.match(text.strip()))


def is_text_code(text: str) -> bool:
    return bool(TEXT_CODE.match(text.strip()))
