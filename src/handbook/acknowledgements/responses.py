"""The form's export as responses: who confirmed which policy, which version, which text code, when.

Each response needs an e-mail address and a policy; a row without them is an error naming the file
and the row (fix or delete it in the export). The version and the code are each optional, but the
export must have a column for at least one. Times are read as the spreadsheet holds them, or from
text: ISO dates, or day/month/year unless some date in the column can only be month/day/year.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from dateutil import parser as date_parser

from .columns import Columns, find_columns, is_email, is_text_code
from .tables import Row, Table, TableError

KINDS = ("email", "policy", "version", "hash", "time")
_NUMERIC_DATE = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}\b")


@dataclass(frozen=True)
class Response:
    row: int
    email: str  # trimmed, lower case: how staff are matched
    policy: str  # as the form holds it: an id or a title
    version: str
    code: str  # lower case
    when: datetime | None  # naive, in UTC when the export said its zone


def read_responses(
    table: Table,
    named: Mapping[str, str | None],
    is_policy: Callable[[str], bool],
    is_version: Callable[[str], bool],
) -> list[Response]:
    """Every response of the export. ``named`` holds the columns given on the command line by kind;
    ``is_policy`` and ``is_version`` tell a known policy (id or title) and a known version."""
    if not table.header:
        return []  # an empty export: nobody has confirmed yet
    columns = find_columns(
        table, KINDS, named,
        {"email": is_email, "policy": is_policy, "hash": is_text_code, "version": is_version},
    )
    for kind in ("email", "policy"):
        if kind not in columns:
            raise TableError(table.path, 1, f"no column holds the {_WHAT[kind]}; name it with --{kind}-column "
                             f"(its columns: {', '.join(repr(h) for h in table.header)})")
    if "version" not in columns and "hash" not in columns:
        raise TableError(table.path, 1, "no column holds the version or the text code the link filled in; name one "
                         "with --version-column or --hash-column")
    day_first = _day_first(table, columns)
    return [_response(row, columns, day_first) for row in table.rows]


_WHAT = {"email": "responder's e-mail address", "policy": "policy"}


def _response(row: Row, columns: Columns, day_first: bool) -> Response:
    path = columns.table.path
    email = row.text(columns["email"])
    if not email:
        raise TableError(path, row.number, f"no e-mail address in column '{columns.header('email')}'; "
                         "fill it in or delete the row")
    if not is_email(email):
        raise TableError(path, row.number, f"'{email}' in column '{columns.header('email')}' is not an e-mail "
                         "address (an anonymous response?); fix it or delete the row")
    policy = row.text(columns["policy"])
    if not policy:
        raise TableError(path, row.number, f"no policy in column '{columns.header('policy')}'; "
                         "fill it in or delete the row")
    version = row.text(columns["version"]) if "version" in columns else ""
    code = row.text(columns["hash"]).lower() if "hash" in columns else ""
    when = _when(row, columns, day_first) if "time" in columns else None
    return Response(row.number, email.casefold(), policy, version, code, when)


def _when(row: Row, columns: Columns, day_first: bool) -> datetime | None:
    value = row.cell(columns["time"])
    if isinstance(value, datetime):
        return _naive(value)
    if not value.strip():
        return None
    try:
        return _naive(datetime.fromisoformat(value.strip()))
    except ValueError:
        pass
    try:
        return _naive(date_parser.parse(value, dayfirst=day_first))
    except (ValueError, OverflowError):
        raise TableError(columns.table.path, row.number, f"'{value}' in column '{columns.header('time')}' is not a "
                         "date and time") from None


def _naive(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def _day_first(table: Table, columns: Columns) -> bool:
    """Whether the column's text dates are day/month/year: yes, unless one can only be month/day/year."""
    if "time" not in columns:
        return True
    for value in table.column_values(columns["time"]):
        if isinstance(value, str) and (match := _NUMERIC_DATE.match(value)):
            first, second = int(match[1]), int(match[2])
            if first > 12:
                return True
            if second > 12:
                return False
    return True
