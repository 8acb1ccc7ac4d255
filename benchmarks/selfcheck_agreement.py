"""How often the self-check agrees with a careful reader, question by question.

It runs ``handbook.selfcheck.checker`` (CPython, the same module the page runs under Pyodide) with the real
checklist (policy_src/social-media/checklist.yml) over the labelled profile texts and posts in
tests/data/: the tuning part (selfcheck_tuning.yml) and the part kept apart (selfcheck_heldout.yml,
written before the checker was changed and never used to tune it). For each question it prints the
share of texts on which the checker and the labels agree:

- names the school? (yes/no)
- disclaimer? (none / present / adequate, all three must agree)
- each post finding (negative remarks, confidential, pupil contact, people identified, school
  images): found or not.

``--mismatches`` lists the texts of the tuning part where they disagree (never those kept apart).
``--vader`` also measures VADER (vaderSentiment, if installed) for the negative-remarks question:
a sentence naming people at school and scoring at or below ``--vader-threshold``.

    .venv/bin/python benchmarks/selfcheck_agreement.py [--mismatches] [--vader]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from handbook.selfcheck import checker
from handbook.selfcheck.checklist import load_checklists
from handbook.source.handbook_folder import load_handbook

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tests" / "data"
PARTS = {"tuning": DATA / "selfcheck_tuning.yml", "held out": DATA / "selfcheck_heldout.yml"}
POST_KINDS = ("negative-remarks", "confidential", "pupil-contact", "identifies-people", "school-images")
TARGET = 0.95


def labelled(path: Path) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def answers(checklist: checker.Checklist, text: str) -> dict[str, object]:
    result = checker.check(checklist, text, {})
    kinds = {f.kind for f in result.findings}
    return {"names_school": result.names_school, "disclaimer": result.disclaimer,
            **{kind: kind in kinds for kind in POST_KINDS}}


def expected(item: dict) -> dict[str, object]:
    return {"names_school": item["names_school"], "disclaimer": item["disclaimer"],
            **{kind: kind in item["findings"] for kind in POST_KINDS}}


def vader_negative(checklist: checker.Checklist, analyzer: object, text: str, threshold: float) -> bool:
    """VADER's view of negative remarks: a text with a word for people at school (the first group
    of the negative-remarks check) whose compound score is at or below the threshold."""
    compiled = checker._compiled(checklist.text_rules)
    cleaned, _ = checker._cleaned(text)
    read = checker._read(compiled, cleaned)
    about_people = any(groups[0].search(read.joined) for language in compiled.languages
                       for check, groups, _ in language.posts if check.kind == "negative-remarks")
    return about_people and analyzer.polarity_scores(cleaned)["compound"] <= threshold


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mismatches", action="store_true", help="list the tuning texts the checker gets wrong")
    parser.add_argument("--vader", action="store_true", help="also measure VADER for negative remarks")
    parser.add_argument("--vader-threshold", type=float, default=-0.3)
    parser.add_argument("--tuning-only", action="store_true", help="leave out the held-out part (while tuning)")
    arguments = parser.parse_args()
    (item,) = load_checklists(load_handbook(REPO / "policy_src"))
    checklist = item.checklist
    analyzer = None
    if arguments.vader:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        analyzer = SentimentIntensityAnalyzer()
    questions = ["names_school", "disclaimer", *POST_KINDS]
    rows = {}
    parts = {"tuning": PARTS["tuning"]} if arguments.tuning_only else PARTS
    for part, path in parts.items():
        items = labelled(path)
        agree = dict.fromkeys(questions, 0)
        vader = {"vader": 0, "words or vader": 0}
        for entry in items:
            want, got = expected(entry), answers(checklist, entry["text"])
            for question in questions:
                agree[question] += want[question] == got[question]
            wrong = [q for q in questions if want[q] != got[q]]
            if wrong and arguments.mismatches and part == "tuning":
                print(f"- {entry['text']!r}\n  " + ", ".join(f"{q}: want {want[q]}, got {got[q]}" for q in wrong))
            if analyzer is not None:
                by_vader = vader_negative(checklist, analyzer, entry["text"], arguments.vader_threshold)
                vader["vader"] += by_vader == want["negative-remarks"]
                vader["words or vader"] += (by_vader or got["negative-remarks"]) == want["negative-remarks"]
        rows[part] = (len(items), agree, vader)
    print(f"\n{'question':<22}" + "".join(f"{f'{part} ({n})':>16}" for part, (n, _, _) in rows.items()))
    for question in questions:
        cells = "".join(f"{agree[question] / n:>16.1%}" for n, agree, _ in rows.values())
        held_out = rows.get("held out")
        missed = " (below 95% on held out)" if held_out and held_out[1][question] / held_out[0] < TARGET else ""
        print(f"{question:<22}{cells}{missed}")
    if analyzer is not None:
        for name in ("vader", "words or vader"):
            cells = "".join(f"{vader[name] / n:>16.1%}" for n, _, vader in rows.values())
            print(f"{'negative (' + name + ')':<22}{cells}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
