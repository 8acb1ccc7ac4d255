"""The ``handbook`` command: check the policies without building the site.

    handbook check [POLICY_SRC]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .checklist import load_checklists
from .errors import PolicySourceError
from .parsing import load_handbook


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="handbook", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="check every policy, the references between them and the checklists")
    check.add_argument("policy_src", nargs="?", type=Path, default=Path("policy_src"))
    arguments = parser.parse_args(argv)

    try:
        handbook = load_handbook(arguments.policy_src)
        checklists = load_checklists(handbook)
    except PolicySourceError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    clauses = sum(len(policy.clauses) for policy in handbook.policies)
    print(
        f"{arguments.policy_src}: {len(handbook.policies)} policies, {clauses} clauses, "
        f"{len(checklists)} self-check lists, no problems found"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
