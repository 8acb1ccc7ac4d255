"""Issue 22's slow inputs, timed: importing a long pasted text, and checking a paragraph of many '['.

- **import**: ``handbook import`` of a .txt file of ``--lines`` lines (300,000 by default), in two
  shapes: a list with no blank lines between its items (the shape that was quadratic: the
  structure check copied the paragraph's lines at each line) and paragraphs separated by blank
  lines. Wall-clock seconds for each.
- **brackets**: Python-Markdown converting one paragraph of N '[' then N '](' (what the build and
  the markup check did with such a clause, quadratic in N), next to the time the reader now takes
  to refuse a policy holding 50,000 of them.

Run from the repository root; ``PYTHONPATH=<other checkout>/src`` times another version (the
reader's refusal then shows what that version does instead):

    .venv/bin/python benchmarks/input_limits.py [--lines 300000] [--brackets 500 1000 2000 4000] [--no-reader]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

import markdown

from handbook.errors import PolicySourceError
from handbook.importing import import_policy
from handbook.source.policy_file import parse_policy

SHAPES = {
    "a list, no blank lines": lambda n: "".join(f"- visitor {i} signs in at reception\n" for i in range(n)),
    "paragraphs, blank lines between": lambda n: "".join(
        f"Visitor {i} signs in at reception.\n\n" for i in range(n // 2)
    ),
}
POLICY = """---
id: brackets
title: Brackets
organisation: Test School
version: "1.0"
status: current
owner: TBC
approved_by: TBC
approved_on: TBC
effective_from: TBC
review_every: 3 years
applies_to: [staff]
---

1. {clause}
"""


def time_import(lines: int) -> None:
    for shape, make in SHAPES.items():
        with tempfile.TemporaryDirectory() as folder:
            source = Path(folder) / "pasted.txt"
            source.write_text("Visitors Policy\n\n" + make(lines), encoding="utf-8")
            started = time.monotonic()
            import_policy(source, "visitors", Path(folder) / "policy_src")
            print(f"import {lines:,} lines, {shape}: {time.monotonic() - started:.1f} s", flush=True)


def time_brackets(counts: list[int], reader: bool) -> None:
    converter = markdown.Markdown()
    for count in counts:
        started = time.monotonic()
        converter.reset().convert("[" * count + "](" * count)
        print(f"Markdown, one paragraph of {count:,} '[' then '](': {time.monotonic() - started:.2f} s", flush=True)
    if not reader:
        return
    started = time.monotonic()
    wrapped = "\n".join(["    " + "[" * 50] * 1_000 + ["    " + "](" * 50] * 1_000)
    try:
        parse_policy(POLICY.format(clause=wrapped), Path("brackets.md"))
        outcome = "accepted"
    except PolicySourceError as error:
        outcome = f"refused: {error.message[:60]}..."
    print(f"reader, a clause of 50,000 '[' then 50,000 '](' on lines of 50: {time.monotonic() - started:.2f} s, "
          f"{outcome}")


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--lines", type=int, default=300_000)
    arguments.add_argument("--brackets", type=int, nargs="*", default=[500, 1_000, 2_000, 4_000])
    arguments.add_argument("--no-reader", action="store_true", help="skip the reader (minutes before issue 22)")
    options = arguments.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    time_brackets(options.brackets, reader=not options.no_reader)
    time_import(options.lines)


if __name__ == "__main__":
    main()
