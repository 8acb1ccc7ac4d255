"""The staff list: a CSV or ``.xlsx`` file with each person's name, e-mail address and role.

The role says which policies a person must confirm: those whose ``applies_to`` names it ("staff",
"governors", "volunteers"; "governor" matches "governors"). A person may have several roles,
separated by ";" or ","; a person with no role (or a list with no role column) is asked for every policy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .columns import find_columns, is_email
from .tables import Table, TableError

_ROLE_SEPARATOR = re.compile(r"[;,]")


@dataclass(frozen=True)
class StaffMember:
    row: int
    name: str
    email: str  # trimmed, lower case
    roles: tuple[str, ...]

    def must_read(self, audiences: tuple[str, ...]) -> bool:
        """Whether a policy for ``audiences`` (its applies_to) applies to this person."""
        return not self.roles or bool({audience_key(r) for r in self.roles} & {audience_key(a) for a in audiences})


def audience_key(name: str) -> str:
    """A role or audience as compared: "Governors", "governor" and "all governors" are alike."""
    key = " ".join(name.casefold().split()).removeprefix("all ")
    return key[:-1] if key.endswith("s") and len(key) > 3 else key


def read_staff(table: Table, email_column: str | None = None) -> list[StaffMember]:
    if not table.header:
        raise TableError(table.path, None, "is empty: give a header (name, email, role), then a row each")
    columns = find_columns(table, ("email", "name", "role"), {"email": email_column}, {"email": is_email})
    if "email" not in columns:
        raise TableError(table.path, 1, "no column holds e-mail addresses; call it 'email' "
                         f"(its columns: {', '.join(repr(h) for h in table.header)})")
    members: dict[str, StaffMember] = {}
    for row in table.rows:
        email = row.text(columns["email"])
        if not is_email(email):
            problem = f"'{email}' is not an e-mail address" if email else "no e-mail address"
            raise TableError(table.path, row.number, f"{problem} in column '{columns.header('email')}'")
        if (earlier := members.get(email.casefold())) is not None:
            raise TableError(table.path, row.number, f"{email} is listed twice (first on row {earlier.row})")
        name = row.text(columns["name"]) if "name" in columns else ""
        roles = row.text(columns["role"]) if "role" in columns else ""
        members[email.casefold()] = StaffMember(
            row.number, name or email, email.casefold(),
            tuple(role.strip() for role in _ROLE_SEPARATOR.split(roles) if role.strip()),
        )
    return list(members.values())
