"""What the review assistant (``handbook review check``) finds in real policies, and how much of it is right.

For each policy folder given, it runs the checks of handbook.versions.review_check on every current policy,
as on ``--on`` (default 2026-12-03, the day the figures were first taken), and prints each finding with a
key. With ``--labels FILE`` (default benchmarks/review_check_labels.yml: a reader's judgement of each
finding by its key, "right" or "wrong", and the misses the reader noticed), it prints per rule how many
findings were right, wrong or not yet judged, and the misses.

    .venv/bin/python benchmarks/review_check_findings.py policy_src NAME=DIR ...
    .venv/bin/python benchmarks/review_check_findings.py --scale 200   # the dashboard's time, 200 copies of the seed

``--scale N`` times the review dashboard (every rule over every policy) on N copies of the seed policy, each
under another id, against 20 copies: the ratio says whether the time grows in proportion to the handbook.

A folder may be named (``newstead=/tmp/rv/newstead``) so that keys do not depend on where it is. The labels
file says where each labelled folder's policies came from and how they were converted.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

import yaml

from handbook.checking import check_policy_src
from handbook.errors import PolicySourceError
from handbook.model import Handbook
from handbook.pages.review_dashboard import reviews_page
from handbook.versions.review_check import review_report
from handbook.versions.review_rules import RULES

LABELS = Path(__file__).with_name("review_check_labels.yml")
SEED = Path(__file__).resolve().parent.parent / "policy_src"


def dashboard_seconds(copies: int, today: date) -> float:
    checked = check_policy_src(SEED, drafts=False)
    seed = checked.handbook.policies[0]
    policies = tuple(
        dataclasses.replace(seed, meta=dataclasses.replace(seed.meta, id=f"p{i}", title=f"Policy {i}"))
        for i in range(copies)
    )
    start = time.perf_counter()
    reviews_page(Handbook(policies), today, checked.review_rules)
    return time.perf_counter() - start


def findings(name: str, folder: Path, today: date) -> list[tuple[str, str]]:
    """(key, line to print) for every finding in the folder's current policies."""
    checked = check_policy_src(folder, drafts=False)
    found = []
    for policy in sorted(checked.handbook.policies, key=lambda p: p.meta.id):
        report = review_report(policy, checked.handbook, checked.review_rules, today)
        for f in report.findings:
            key = f"{name}/{policy.meta.id}|{f.rule}|{f.clause or '-'}|{f.words}"
            found.append((key, f"{f.where}: {f.proposal}"))
        for missing in report.missing_statutory:
            found.append((f"{name}/{policy.meta.id}|statutory-missing|-|{missing.name}", "not in the handbook"))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", metavar="[NAME=]DIR")
    parser.add_argument("--scale", type=int, metavar="N", help="time the dashboard on N copies of the seed instead")
    parser.add_argument("--on", type=date.fromisoformat, default=date(2026, 12, 3))
    parser.add_argument("--labels", type=Path, default=LABELS)
    arguments = parser.parse_args()
    if arguments.scale:
        small, large = dashboard_seconds(20, arguments.on), dashboard_seconds(arguments.scale, arguments.on)
        print(f"review dashboard: 20 policies {small:.2f} s, {arguments.scale} policies {large:.2f} s "
              f"(x{large / small:.1f} for x{arguments.scale / 20:.0f} the policies)")
        return
    labels = yaml.safe_load(arguments.labels.read_text(encoding="utf-8")) if arguments.labels.exists() else {}
    judged = labels.get("findings", {})
    counts: dict[str, Counter[str]] = {}
    names = []
    for given in arguments.folders:
        name, _, folder = given.rpartition("=")
        name = name or Path(folder).name
        names.append(name)
        print(f"== {name} ({folder})")
        try:
            found = findings(name, Path(folder), arguments.on)
        except PolicySourceError as error:
            sys.exit(f"error: {error}")
        for key, line in found:
            verdict = judged.get(key, "not judged")
            rule = key.split("|")[1]
            counts.setdefault(rule, Counter())[verdict] += 1
            print(f"  [{verdict}] {key}\n      {line}")
    print("\nPer rule (right / wrong / not judged), all folders given:")
    for rule in [*RULES, "statutory-missing"]:
        c = counts.get(rule, Counter())
        print(f"  {rule:18} {c['right']:3} / {c['wrong']:3} / {c['not judged']:3}")
    misses = [m for m in labels.get("misses", []) if m.split("/")[0] in names]
    if misses:
        print(f"\nMisses the reader noticed ({len(misses)}):")
        for miss in misses:
            print(f"  {miss}")


if __name__ == "__main__":
    main()
