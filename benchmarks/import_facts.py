"""How many of the facts a person would fill in ``handbook import`` finds in a policy's own words.

    .venv/bin/python benchmarks/import_facts.py

Prints, for the statements the patterns were written against and for a held-out set written
before it was ever run (benchmarks/import_facts_cases/held_out.py), the facts found right, wrong and
missed. A fact the text does not state must stay TBC (or the default): guessing one is wrong. The
title is not scored here (it comes from the document's title paragraph or properties).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from import_facts_cases import held_out, tuning

from handbook.importing.document import Paragraph
from handbook.importing.facts import DEFAULTS, find_facts

FACTS = ["organisation", "owner", "approved_by", "approved_on", "effective_from", "version", "review_every",
         "applies_to"]


def score(cases: list) -> tuple[int, int, int, list[str]]:
    right = wrong = missed = 0
    misses = []
    for lines, expected in cases:
        blocks = [Paragraph(n, line, line, place=f"line {n}") for n, line in enumerate(lines, start=1)]
        facts = find_facts(blocks, None)
        for name in FACTS:
            found = facts.value(name)
            found = ", ".join(sorted(found)) if isinstance(found, tuple) else found
            default = DEFAULTS.get(name, "TBC")
            default = ", ".join(sorted(default)) if isinstance(default, tuple) else default
            want = expected.get(name, default)
            if found == want:
                right += 1
            elif found == default:
                missed += 1
                misses.append(f"  missed {name}: wanted {want!r}")
            else:
                wrong += 1  # a value the text does not state is a guess, the worst outcome
                misses.append(f"  wrong {name}: wanted {want!r}, got {found!r} ({facts.found[name].place})")
    return right, wrong, missed, misses


def main() -> None:
    for name, cases in (("tuning", tuning.CASES), ("held out", held_out.CASES)):
        right, wrong, missed, misses = score(cases)
        total = right + wrong + missed
        print(f"{name}: {len(cases)} documents, {total} facts: {right} right ({right / total:.0%}), "
              f"{wrong} wrong, {missed} missed")
        print("\n".join(misses))


if __name__ == "__main__":
    main()
