"""Every labelled question set's hit rates, asked of the real search worker in Node: no browser, no
made-up policies, so it runs in seconds (benchmarks/search_quality.py measures the same worker in
Chromium among 200 and 2,000 policies, with its speed and sizes).

Each set (tests/search_queries/) is asked of the handbook it was written for, built into a search
index as the site's build does (handbook.search.index_files): the school's (the seed's Social
Media Policy and the examples' three policies), the real policies of other organisations
(benchmarks/search_handbook/) and six real staff-handbook HR policies
(benchmarks/search_handbook_extra/: grievance, whistle-blowing, disciplinary, email and Internet,
leave, leaving). Each is asked with no synonyms file of the organisation's own (what a new
organisation starts with) and the school's also with its own synonyms.yml files merged. It prints
top-1 and top-3 for each set and the build time the general and sector vocabularies add to the
index. The held-out sets are reported, never tuned on: `--misses` refuses them.

    .venv/bin/python benchmarks/search_answers.py [--tuning-only] [--misses SET]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml
from build_speed import REPO

sys.path.insert(0, str(REPO / "tests"))
import search_questions

from handbook.pages import policy_pages, theme
from handbook.search import index_files, passages
from handbook.search.synonyms import Vocabulary, load_vocabulary
from handbook.source.handbook_folder import load_handbook

EXAMPLES = REPO / "examples" / "policy_src"
SCHOOL = [REPO / "policy_src" / "social-media",
          *(EXAMPLES / name for name in ("acceptable-use", "data-protection", "safeguarding"))]
SCHOOL_SYNONYMS = [REPO / "policy_src" / "synonyms.yml", EXAMPLES / "synonyms.yml"]
REAL_HANDBOOK = REPO / "benchmarks" / "search_handbook"
HR_HANDBOOK = REPO / "benchmarks" / "search_handbook_extra"
QUERIES = REPO / "tests" / "search_queries"
SCHOOL_SETS = {"tuning": "tuning.yml", "held-out": "held_out.yml", "held-out 2": "held_out_2.yml"}
REAL_SETS = {"real tuning": "real_tuning.yml", "real held-out": "real_held_out.yml",
             "real held-out 3": "real_held_out_3.yml"}
HR_SETS = {"hr tuning": "hr_tuning.yml", "hr held-out": "hr_held_out.yml", "hr held-out 2": "hr_held_out_2.yml"}
# Never tuned on, and their misses never printed:
HELD_OUT = {"held-out", "held-out 2", "real held-out", "real held-out 3", "hr held-out", "hr held-out 2"}


def school_source(folder: Path, with_synonyms: bool) -> Path:
    for policy in SCHOOL:
        shutil.copytree(policy, folder / policy.name, ignore=shutil.ignore_patterns("checklist.yml"))
    if with_synonyms:
        seed, examples = (yaml.safe_load(path.read_text(encoding="utf-8")) for path in SCHOOL_SYNONYMS)
        groups = seed["synonyms"] + [group for group in examples["synonyms"] if group not in seed["synonyms"]]
        merged = {"synonyms": groups, "also_find": seed["also_find"] | examples["also_find"]}
        (folder / "synonyms.yml").write_text(yaml.safe_dump(merged, sort_keys=False), encoding="utf-8")
    return folder


def build_site(source: Path, site: Path, with_synonyms: bool = True) -> float:
    """The search index of ``source`` in ``site``; the seconds building the index took."""
    handbook = load_handbook(source)
    documents = passages.documents(handbook, lambda p: policy_pages.policy_path(p).removesuffix("index.md"))
    vocabulary = load_vocabulary(source) if with_synonyms else Vocabulary()
    started = time.perf_counter()
    index = index_files.build_index(documents, vocabulary)
    seconds = time.perf_counter() - started
    (site / theme.SEARCH_INDEX).parent.mkdir(parents=True)
    (site / theme.SEARCH_INDEX).write_text(json.dumps({"config": {"lang": ["en"]}, "docs": []}))
    theme.hand_search_settings(site, index_files.write_index(site, index))
    return seconds


def ask(site: Path, queries: list[str]) -> list[list[str]]:
    request = json.dumps({"queries": queries})
    done = subprocess.run(["node", str(REPO / "tests" / "js" / "search_worker.js"), str(site)],
                          input=request, capture_output=True, text=True, check=True)
    answers = json.loads(done.stdout)
    return [[item[0]["location"] for item in items if "#" in item[0]["location"]] for items in answers]


def report(name: str, questions: list[search_questions.Question], answers: list[list[str]], misses: bool) -> None:
    first = sum(bool(q.addresses & set(found[:1])) for q, found in zip(questions, answers, strict=True))
    top3 = sum(bool(q.addresses & set(found[:3])) for q, found in zip(questions, answers, strict=True))
    count = len(questions)
    flag = " !" if top3 < 0.8 * count else ""
    print(f"  {name:15} {count:4} questions  first {first / count:4.0%} ({first:3})"
          f"  top-3 {top3 / count:4.0%} ({top3:3}){flag}")
    if misses:
        for q, found in zip(questions, answers, strict=True):
            if not q.addresses & set(found[:3]):
                print(f"      miss: {q.text!r} -> {q.address}; got {found[:3]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--misses", nargs="*", default=[], help="print the questions of these sets missed in the top 3")
    parser.add_argument("--handbooks", nargs="+", choices=["school", "real", "hr"], default=["school", "real", "hr"])
    parser.add_argument("--tuning-only", action="store_true",
                        help="ask the tuning sets only: while trying changes, the held-out sets are not asked")
    args = parser.parse_args()
    if held_out_asked := sorted(HELD_OUT & set(args.misses)):
        parser.error(f"--misses {', '.join(held_out_asked)}: a held-out set's misses are never read, "
                     "or it would be tuned on")
    with tempfile.TemporaryDirectory(prefix="handbook-answers-") as temporary:
        work = Path(temporary)
        runs = []
        if "school" in args.handbooks:
            runs += [("school, no synonyms of its own", school_source(work / "plain", False), SCHOOL_SETS, False),
                     ("school, with its synonyms.yml", school_source(work / "own", True), SCHOOL_SETS, True)]
        if "real" in args.handbooks and any(REAL_HANDBOOK.glob("*/policy.md")):
            runs.append(("real policies, no synonyms of their own", REAL_HANDBOOK, REAL_SETS, False))
        if "hr" in args.handbooks and any(HR_HANDBOOK.glob("*/policy.md")):
            runs.append(("real HR policies, no synonyms of their own", HR_HANDBOOK, HR_SETS, False))
        for title, source, sets, with_synonyms in runs:
            site = work / f"site-{len(list(work.iterdir()))}"
            seconds = build_site(source, site, with_synonyms)
            print(f"{title}: index built in {seconds:.2f} s")
            for name, file in sets.items():
                if not (QUERIES / file).exists() or (args.tuning_only and name in HELD_OUT):
                    continue
                questions = search_questions.load(QUERIES / file)
                report(name, questions, ask(site, [q.text for q in questions]), name in args.misses)
    print("held-out sets:", ", ".join(sorted(HELD_OUT)), "(never tuned on); '!' marks a set below 80% top-3")
    return 0


if __name__ == "__main__":
    sys.exit(main())
