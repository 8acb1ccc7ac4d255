"""How long comparing policy versions clause by clause takes (handbook.versions.diffing.compare_clauses).

It makes ``--policies`` made-up policies of ``--clauses`` clauses (sentences from
build_speed.py, some clauses with indented sub-points), each in three versions. Every new version
comes from the previous one by a review's worth of realistic edits: a clause or two inserted, one
deleted, a few amended (a word replaced, punctuation changed, a sentence added), one moved, and
now and then one split in two or two merged. It then times comparing each policy's version 1 with
2, 2 with 3 and 1 with 3 (600 comparisons for 200 policies), the fastest of ``--repeat`` runs
(wall-clock, and the process's CPU time, which other load on the machine disturbs less),
and prints the total, the time per comparison, and for the reviews how many changes of each
kind were found beside the number of edits made (a rough check that the figures time real work).
Last, it times one comparison of a hostile clause: 20,000 copies of one word, amended.

The budget the figure is meant to be read against: versions may add at most 50% to the build of
the 200-policy handbook (about 7 s on the 2-CPU machine used so far), so all of versions'
work, diffs included, should fit in about 3.5 s. It is printed, not checked.

    .venv/bin/python benchmarks/diff_speed.py
    .venv/bin/python benchmarks/diff_speed.py --policies 20 --repeat 1
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter

from build_speed import KINDS, POINTS, ROLES, SENTENCES, TOPICS

from handbook.model import Clause
from handbook.versions.diffing import ChangeKind, ClauseChange, compare_clauses

BUDGET_S = 3.5  # 50% of a ~7 s build of the 200-policy handbook
HOSTILE_WORDS = 20_000  # a clause no author writes, but a broken or hostile file might hold
REPLACEMENTS = [("must", "should"), ("staff", "employees"), ("promptly", "without delay"), ("school", "academy")]


def clause_text(rng: random.Random, words: dict[str, str]) -> str:
    sentences = rng.sample(SENTENCES, k=rng.randint(2, 4))
    text = " ".join(s.format(role=rng.choice(ROLES), **words) for s in sentences)
    if rng.random() < 0.15:
        points = [
            f"    - **{point}** - {rng.choice(SENTENCES).format(role=rng.choice(ROLES), **words)}"
            for point in rng.sample(POINTS, k=rng.randint(3, 5))
        ]
        text += " In particular:\n\n" + "\n".join(points)
    return text


def amend(text: str, rng: random.Random) -> str:
    """One small amendment: a word replaced, punctuation changed or a sentence added."""
    choice = rng.random()
    present = [(old, new) for old, new in REPLACEMENTS if f" {old} " in text]
    if choice < 0.4 and present:
        old, new = rng.choice(present)
        return text.replace(f" {old} ", f" {new} ", 1)
    if choice < 0.6 and ". " in text:
        return text.replace(". ", "; ", 1)
    return text + " This applies equally to supply and agency staff."


def next_version(texts: list[str], rng: random.Random, words: dict[str, str], edits: Counter[str]) -> list[str]:
    """A review's worth of edits to ``texts``."""
    texts = list(texts)
    for _ in range(rng.randint(2, 3)):
        index = rng.randrange(len(texts))
        texts[index] = amend(texts[index], rng)
        edits["amended"] += 1
    del texts[rng.randrange(len(texts))]
    edits["removed"] += 1
    for _ in range(rng.randint(1, 2)):
        texts.insert(rng.randrange(len(texts) + 1), clause_text(rng, words))
        edits["added"] += 1
    moving = texts.pop(rng.randrange(len(texts)))
    texts.insert(rng.randrange(len(texts) + 1), moving)
    edits["moved"] += 1
    if rng.random() < 0.2:  # split a clause at its first sentence
        index = rng.randrange(len(texts))
        head, _, tail = texts[index].partition(". ")
        if tail:
            texts[index : index + 1] = [head + ".", tail]
            edits["split"] += 1
    elif rng.random() < 0.2:  # merge two neighbours
        index = rng.randrange(len(texts) - 1)
        texts[index : index + 2] = [texts[index] + " " + texts[index + 1]]
        edits["merged"] += 1
    return texts


def as_clauses(texts: list[str]) -> list[Clause]:
    return [Clause(label=f"{n}.", text=text, line=n) for n, text in enumerate(texts, start=1)]


Pair = tuple[list[Clause], list[Clause]]


def make_pairs(policies: int, clauses: int, seed: int) -> tuple[list[Pair], list[Pair], Counter[str]]:
    """For each policy, the reviews (v1, v2) and (v2, v3), and the span (v1, v3); the edits made."""
    rng = random.Random(seed)
    edits: Counter[str] = Counter()
    reviews, spans = [], []
    for n in range(policies):
        words = {"topic": TOPICS[n % len(TOPICS)].lower(), "kind": KINDS[n % len(KINDS)].lower()}
        first = [clause_text(rng, words) for _ in range(clauses)]
        second = next_version(first, rng, words, edits)
        third = next_version(second, rng, words, edits)
        v1, v2, v3 = as_clauses(first), as_clauses(second), as_clauses(third)
        reviews += [(v1, v2), (v2, v3)]
        spans.append((v1, v3))
    return reviews, spans, edits


def changes_found(results: list[tuple[ClauseChange, ...]]) -> Counter[str]:
    found: Counter[str] = Counter()
    for changes in results:
        for change in changes:
            found[change.kind] += change.kind is not ChangeKind.UNCHANGED
            found["moved"] += change.moved
            found["split"] += change.kind is ChangeKind.ADDED and change.related is not None
            found["merged"] += change.kind is ChangeKind.REMOVED and change.related is not None
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--policies", type=int, default=200)
    parser.add_argument("--clauses", type=int, default=30)
    parser.add_argument("--repeat", type=int, default=3, metavar="N", help="timed runs; the fastest counts")
    args = parser.parse_args()
    if args.policies < 1 or args.clauses < 5 or args.repeat < 1:
        parser.error("--policies and --repeat must be at least 1, --clauses at least 5")

    wall_times, cpu_times = [], []
    for run in range(args.repeat):
        # Fresh texts each run, so that no run gains from what the one before cached.
        reviews, spans, edits = make_pairs(args.policies, args.clauses, seed=run + 1)
        wall_start, cpu_start = time.perf_counter(), time.process_time()
        results = [compare_clauses(old, new) for old, new in reviews + spans]
        wall_times.append(time.perf_counter() - wall_start)
        cpu_times.append(time.process_time() - cpu_start)
        if run == 0:
            found, first_edits = changes_found(results[: len(reviews)]), edits
    count = len(reviews) + len(spans)
    best = min(wall_times)

    print(f"{count} comparisons: {args.policies} policies x 3 versions x ~{args.clauses} clauses, each")
    print("policy's versions 1 with 2, 2 with 3 (the reviews) and 1 with 3")
    print(f"fastest of {args.repeat}: {best:.3f} s in all, {best / count * 1000:.2f} ms per comparison")
    print(f"(CPU time of this process, fastest run: {min(cpu_times):.3f} s; less disturbed by other load)")
    print(f"budget for all of versions' extra build work: {BUDGET_S} s (50% of a ~7 s build); not checked")
    hostile = "word " * HOSTILE_WORDS
    cpu_start = time.process_time()
    compare_clauses(as_clauses([hostile + "old"]), as_clauses([hostile + "new"]))
    print(f"one clause of {HOSTILE_WORDS} identical words, amended: {time.process_time() - cpu_start:.2f} s CPU")
    print("\nIn the first run's reviews: edits made / changes found. Counts need not agree: a clause")
    print("may be amended twice or deleted after, a split or merge also amends the clause it keeps,")
    print("and moving one clause past others can be told either way round.")
    for kind in ("added", "removed", "amended", "moved", "split", "merged"):
        print(f"  {kind:<8} {first_edits[kind]:>5} / {found[kind]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
