"""How many documents files a question's shown results touch, as the index lays them out and as
other layouts would (issue 19: the slowest typed question at 2,000 policies waits for them).

The worker ranks a question's clauses from its words' term files (shards), then fetches the
documents files of the clauses it shows (handbook.search.index_files: DOCUMENTS_PER_FILE clauses a
file, in document order) to show their words; each file is one more request after ranking. This
asks every question of search_quality.py's sets of the real worker in Node over a site that
benchmark kept (``--keep-sites DIR``: DIR/site-2000) and counts, for each question, the documents
files its shown clauses are in:

- **by number**: as the index writes them, and with more clauses a file;
- **by most telling words**: the clauses sorted by their heaviest terms (IDF times count), so that
  clauses of one subject share a file (the worker would need a map of where each clause is);
- **text in the shards**: each term's shard also holding the shown text of its TOP heaviest
  passages, so that a clause among them needs no documents file; it prints what that adds to the
  index (raw and gzip), worked out from the postings. Branch search-typed3-shown-tried writes
  such an index (64 a term); measured in Chromium it was no faster (benchmarks/README.md).

Every sixth question ("typed") is the one search_quality.py types into the search box.

    PYTHONPATH=src .venv/bin/python benchmarks/search_layout.py /tmp/s/site-2000
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import shutil
import statistics
import subprocess
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from build_speed import REPO
from search_quality import QUESTION_SETS, TYPED_EVERY, search_questions

from handbook.search import terms

PER_FILE = (32, 128, 512)  # clauses a documents file, in document order
TOP = (32, 64, 128)  # each term's heaviest passages whose text its shard would hold


def shown_clauses(site: Path, questions: list[str]) -> list[dict]:
    """For each question, the worker's shown clauses ([number, passage]) and the terms it looked up."""
    node = shutil.which("node")
    result = subprocess.run([node, str(REPO / "tests" / "js" / "search_worker.js"), str(site)],
                            input=json.dumps({"shown": questions}), capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def index_folder(site: Path) -> tuple[Path, dict]:
    settings = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["config"]["handbook"]
    return site / settings["folder"], settings


def documents(folder: Path, settings: dict) -> list[list]:
    files = math.ceil(settings["documents"] / settings["documents_per_file"])
    return [d for n in range(files) for d in json.loads((folder / f"documents/{n}.json").read_text(encoding="utf-8"))]


def heaviest_passages(folder: Path, settings: dict, top: int) -> tuple[dict[str, set], list[dict[str, list]]]:
    """Each term -> its ``top`` heaviest (number, passage), heaviest and then first in the handbook;
    and each shard's terms with theirs."""
    found: dict[str, set] = {}
    by_shard = []
    for shard in range(settings["shards"]):
        postings = json.loads((folder / f"terms/{shard}.json").read_text(encoding="utf-8"))["postings"]
        by_shard.append({})
        for term, listed in postings.items():
            number, passages = 0, []
            for at in range(1, len(listed), 3):
                number += listed[at]
                passages.append((-listed[at + 2], number, listed[at + 1]))
            heaviest = [(number, passage) for _, number, passage in sorted(passages)[:top]]
            found[term] = set(heaviest)
            by_shard[-1][term] = heaviest
    return found, by_shard


def shard_text_bytes(by_shard: list[dict[str, list]], texts: list[list]) -> tuple[int, int]:
    """Raw and gzip bytes of the shown text the shards would hold: per shard, each passage once,
    as [number, passage, location, policy, label, text]."""
    raw = zipped = 0
    for shard in by_shard:
        kept = sorted({entry for heaviest in shard.values() for entry in heaviest})
        text = json.dumps([[n, p, *texts[n][:3], texts[n][3][p]] for n, p in kept], ensure_ascii=False,
                          separators=(",", ":")).encode()
        raw += len(text)
        zipped += len(gzip.compress(text, 6))
    return raw, zipped


def telling_order(texts: list[list], words: int = 2) -> list[int]:
    """The document numbers sorted by their ``words`` heaviest terms (IDF times count), then number."""
    bags = [Counter(terms.terms(" ".join(document[3]), frozenset())) for document in texts]
    frequency = Counter(term for bag in bags for term in bag)
    idf = {term: math.log(len(bags) / count) for term, count in frequency.items()}
    key = [tuple(sorted(bag, key=lambda term: (-bag[term] * idf[term], term))[:words]) for bag in bags]
    return sorted(range(len(bags)), key=lambda number: (key[number], number))


def summary(name: str, files: Sequence[int], questions: list[str]) -> str:
    typed = files[::TYPED_EVERY]
    slowest_typed = questions[::TYPED_EVERY][typed.index(max(typed))]
    return (f"{name:<38}{statistics.mean(files):>6.2f}{max(files):>5}{statistics.mean(typed):>8.2f}"
            f"{max(typed):>5}   {sum(1 for f in files if f == 0):>3}   {slowest_typed!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path, help="a site search_quality.py kept (DIR/site-2000)")
    site = parser.parse_args().site
    questions = [q.text for path in QUESTION_SETS.values() for q in search_questions.load(path)]
    folder, settings = index_folder(site)
    answers = shown_clauses(site, questions)
    texts = documents(folder, settings)
    shown = [[tuple(entry) for entry in answer["shown"]] for answer in answers]
    print(f"{len(questions)} questions over {settings['documents']} clauses; documents files touched by the shown"
          f" clauses\n{'layout':<38}{'mean':>6}{'max':>5}{'typed':>8}{'max':>5}  none   typed with most")
    for per_file in PER_FILE:
        files = [len({number // per_file for number, _ in entries}) for entries in shown]
        print(summary(f"by number, {per_file} a file", files, questions))
    place = {number: at for at, number in enumerate(telling_order(texts))}
    files = [len({place[number] // settings["documents_per_file"] for number, _ in entries}) for entries in shown]
    print(summary(f"by most telling words, {settings['documents_per_file']} a file", files, questions))
    documents_raw = sum(path.stat().st_size for path in (folder / "documents").iterdir())
    for top in TOP:
        heaviest, by_shard = heaviest_passages(folder, settings, top)
        files = []
        for entries, answer in zip(shown, answers, strict=True):
            held = set().union(*(heaviest.get(key, set()) for key in answer["keys"]))
            files.append(len({number // settings["documents_per_file"] for number, passage in entries
                              if (number, passage) not in held}))
        raw, zipped = shard_text_bytes(by_shard, texts)
        print(summary(f"text in the shards, top {top}", files, questions)
              + f"   adds {raw / 1e6:.1f} MB ({zipped / 1e6:.1f} gz; documents {documents_raw / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
