"""How well and how fast each search engine answers staff questions, at 200 and 2,000 policies.

For each size it writes a handbook of that many policies: the four real ones (the seed's Social
Media Policy and the examples' Acceptable Use, Data Protection and Safeguarding policies, without
the seed's self-check, which search does not use) among made-up policies of 30 clauses (the
generator of build_speed.py), so each question must find its clause among many that share its
words; and the real policies of other organisations (benchmarks/search_handbook/), for the question
sets written for them. No synonyms file of the organisation's own goes beside them (what a new
organisation starts with: the sector's vocabulary and WordNet's); with --own-synonyms, the seed's
and the examples' synonyms.yml merged. It prints the build time the general vocabulary (WordNet,
handbook.search.lexicon) adds, WordNet's loading included. The site is built
as usual (mkdocs build with the project's mkdocs.yml, HANDBOOK_PDF=false, as build_scale.py does).
Each engine then runs for real in headless Chromium, through Material's worker protocol
(tests/search_questions.py), on the same clause documents:

- ``handbook``: our worker (docs/assets/search-worker.js) over the index the build wrote;
- ``lunr``: Material's own lunr worker, which Material still copies into the site, fed one
  document per clause of the handbook's index (title "Clause N", its passages as text) after one
  document per policy page (Material needs it to group results), in Material's index format with
  stemming and stop words on. This index is written into the built site as search/lunr_index.json.

For each it prints the top-1 and top-3 hit rates of the tuning questions and of the two held-out
sets (tests/search_queries/); the bytes of the index (raw, and gzip: each file compressed at level 6,
as a server would send it); the gzip bytes of every file the browser fetched from asking the first
question until its results (the server's log, in a fresh browser context); the time from the
page asking for the search index to the worker being ready ("ready": Material does this when a
page loads, before anyone types), then from asking that first question to its results ("1st":
nothing of the index fetched yet); and, in another fresh context,
the time from asking each question in turn to its results (warm: the worker set up, though a
question may still fetch the files of its own words), median and slowest. For the handbook's
engine, every sixth question is also typed into the site's own search box, as staff type
("typed": from the last keystroke to the last change of the results, median and slowest). Issue 9's targets are
printed beside and marked "!" where missed, never checked: the script exits 0 whatever the figures.
Timings depend on the machine's load, so the load average is printed.

    .venv/bin/python benchmarks/search_quality.py                 # 200 and 2,000 policies: many minutes
    .venv/bin/python benchmarks/search_quality.py --sizes 50 --engines handbook   # a quick look
    # Build the 2,000 policies once (many minutes), then time the worker again in a minute or two:
    .venv/bin/python benchmarks/search_quality.py --sizes 2000 --engines handbook --keep-sites /tmp/s
    # ... and the search's scripts of main (worker, page script, service worker) beside today's, same load:
    .venv/bin/python benchmarks/search_quality.py --sizes 2000 --engines handbook --keep-sites /tmp/s --worker-of main
"""

from __future__ import annotations

import argparse
import functools
import gzip
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

import yaml
from build_scale import build
from build_speed import REPO, find_mkdocs, generate_handbook
from playwright.sync_api import Browser, sync_playwright

sys.path.insert(0, str(REPO / "tests"))  # for search_questions
import search_questions

EXAMPLES = REPO / "examples" / "policy_src"
EXAMPLE_POLICIES = ("acceptable-use", "data-protection", "safeguarding")
REAL_HANDBOOK = REPO / "benchmarks" / "search_handbook"  # other organisations' policies, in our format
REAL_POLICIES = [REPO / "policy_src" / "social-media", *(EXAMPLES / name for name in EXAMPLE_POLICIES),
                 *sorted(path for path in REAL_HANDBOOK.glob("*") if (path / "policy.md").is_file())]
SYNONYMS = [REPO / "policy_src" / "synonyms.yml", EXAMPLES / "synonyms.yml"]
CLAUSES = 30  # per made-up policy
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]  # fmt: skip
BLANK_PAGE = "/benchmark-blank.html"  # served by the benchmark: a page on the site's origin that starts nothing
BLANK_HTML = b'<!doctype html><title>search benchmark</title><link rel="icon" href="data:,">'  # no favicon.ico
QUESTION_SETS = {  # tests/search_queries/: the held-out sets are never looked at while tuning
    "tuning": search_questions.TUNING,
    "held-out": search_questions.HELD_OUT,
    "held-out 2": search_questions.HELD_OUT_2,
    "real tuning": search_questions.QUERIES / "real_tuning.yml",
    "real held-out": search_questions.QUERIES / "real_held_out.yml",
    "real held-out 3": search_questions.QUERIES / "real_held_out_3.yml",
}
QUESTION_SETS = {name: path for name, path in QUESTION_SETS.items() if path.exists()}
TARGET_BYTES = 1_000_000  # gzip, downloaded before the first results, at 2,000 policies
TARGET_MS = 150  # from the last keystroke to the results
TYPED_EVERY = 6  # every sixth question is also typed into the search box
# The scripts the search's speed depends on, as docs/ holds them and the site copies them: the
# worker, the page's script (it sends the query as a letter is typed) and the service worker
# (it keeps the index for offline use, and must not hold the search up meanwhile).
SEARCH_SCRIPTS = ("assets/search-worker.js", "assets/handbook.js", "site-sw.js")


# --- the handbook and its site --------------------------------------------------------------


def make_handbook(folder: Path, policies: int, own_synonyms: bool) -> None:
    """``policies`` policies in ``folder``: the real ones among made-up ones; with ``own_synonyms``,
    the school's synonyms.yml."""
    generate_handbook(folder, policies - len(REAL_POLICIES), CLAUSES)
    for real in REAL_POLICIES:
        shutil.copytree(real, folder / real.name, ignore=shutil.ignore_patterns("checklist.yml"))
    if not own_synonyms:
        return
    seed, examples = (yaml.safe_load(path.read_text(encoding="utf-8")) for path in SYNONYMS)
    groups = seed["synonyms"] + [group for group in examples["synonyms"] if group not in seed["synonyms"]]
    merged = {"synonyms": groups, "also_find": seed["also_find"] | examples["also_find"]}
    (folder / "synonyms.yml").write_text(yaml.safe_dump(merged, sort_keys=False), encoding="utf-8")


@dataclass(frozen=True)
class Engine:
    worker: str  # the worker's address in the site
    index: str  # the file Material's search box fetches and hands to the worker
    files: list[Path]  # every file of the index, for its size


def handbook_engine(site: Path) -> Engine:
    """Our worker, over the index the build wrote: Material's file (settings only) and its folder."""
    settings = site / "search" / "search_index.json"
    folder = site / json.loads(settings.read_text(encoding="utf-8"))["config"]["handbook"]["folder"]
    files = [settings, *sorted(path for path in folder.rglob("*") if path.is_file())]
    return Engine("assets/search-worker.js", "search/search_index.json", files)


def lunr_engine(site: Path) -> Engine:
    """Material's lunr worker, over the handbook's clause documents in Material's index format."""
    settings = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["config"]["handbook"]
    files = sorted((site / settings["folder"] / "documents").glob("*.json"), key=lambda path: int(path.stem))
    docs, pages = [], set()
    for file in files:
        for location, policy, label, passages in json.loads(file.read_text(encoding="utf-8")):
            page = location.split("#")[0]
            if page not in pages:  # Material groups a page's sections under its page's document
                pages.add(page)
                docs.append({"location": page, "title": policy, "text": ""})
            docs.append({"location": location, "title": label, "text": " ".join(passages)})
    config = {
        "lang": ["en"],
        "separator": r"[\s\-]+",
        "pipeline": ["stemmer", "stopWordFilter", "trimmer"],
        "fields": {"title": {"boost": 1000.0}, "text": {"boost": 1.0}, "tags": {"boost": 1000000.0}},  # Material's
    }
    index = site / "search" / "lunr_index.json"
    index.write_text(json.dumps({"config": config, "docs": docs}, separators=(",", ":")), encoding="utf-8")
    worker = next((site / "assets" / "javascripts" / "workers").glob("search.*.min.js"))
    return Engine(worker.relative_to(site).as_posix(), "search/lunr_index.json", [index])


ENGINES: dict[str, Callable[[Path], Engine]] = {"handbook": handbook_engine, "lunr": lunr_engine}


@contextmanager
def served(site: Path) -> Iterator[tuple[str, list[str]]]:
    """Serve ``site`` on 127.0.0.1; give its URL and the log of paths fetched (clear it at will)."""
    fetched: list[str] = []

    class Handler(SimpleHTTPRequestHandler):
        # As web servers do: connections kept open between requests, each answer sent at once.
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def do_GET(self) -> None:
            if self.path == BLANK_PAGE:
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(len(BLANK_HTML)))
                self.end_headers()
                self.wfile.write(BLANK_HTML)
                return
            fetched.append(self.path)
            super().do_GET()

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", fetched
    finally:
        server.shutdown()
        server.server_close()


def gzip_size(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=6))


# --- measuring ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Figures:
    engine: str
    policies: int
    hit_rates: dict[str, tuple[float, float]]  # question set -> top-1, top-3
    index_raw: int
    index_gzip: int
    first_download_gzip: int
    ready_ms: float  # from the page asking for the search index to the worker being ready (at page load)
    first_results_ms: float  # then the first question, nothing fetched yet
    median_ms: float
    slowest_ms: float
    slowest_question: str
    typed_ms: list[float]  # from the last keystroke to the results, typing into the site's search box
    slowest_typed: str  # the question typed whose results came last


def measure(browser: Browser, site: Path, engine_name: str, policies: int, label: str = "") -> Figures:
    """``engine_name``'s figures over ``site``, in the table as ``label`` (else its name)."""
    engine = ENGINES[engine_name](site)
    sets = {name: search_questions.load(path) for name, path in QUESTION_SETS.items()}
    questions = [question for asked in sets.values() for question in asked]
    with served(site) as (url, fetched):
        context = browser.new_context()  # cold: nothing cached
        page = context.new_page()
        page.goto(url + BLANK_PAGE)
        fetched.clear()
        first = search_questions.ask(page, engine.worker, [questions[0].text], index=engine.index)
        downloaded = {site / unquote(urlsplit(path).path).lstrip("/") for path in fetched}
        context.close()

        context = browser.new_context()
        page = context.new_page()
        page.goto(url + BLANK_PAGE)
        answers = search_questions.ask(page, engine.worker, [q.text for q in questions], index=engine.index)
        context.close()
        typed_questions = [q.text for q in questions[::TYPED_EVERY]] if engine_name == "handbook" else []
        typed = typing_ms(browser, url, typed_questions) if typed_questions else []
    hit_rates, start = {}, 0
    for name, asked in sets.items():
        end = start + len(asked)
        part = search_questions.Answers(answers.setup_ms, answers.addresses[start:end], answers.ms[start:end])
        hit_rates[name], start = search_questions.hit_rates(asked, part), end
    slowest = max(range(len(questions)), key=lambda i: answers.ms[i])
    return Figures(
        label or engine_name,
        policies,
        hit_rates,
        sum(path.stat().st_size for path in engine.files),
        sum(gzip_size(path) for path in engine.files),
        sum(gzip_size(path) for path in downloaded),
        first.setup_ms,
        first.ms[0],
        statistics.median(answers.ms),
        answers.ms[slowest],
        questions[slowest].text,
        typed,
        typed_questions[typed.index(max(typed))] if typed else "",
    )


# In the page: the time of the last keystroke, and of the last change to the list of results.
_WATCH_TYPING = """
window.lastKey = 0; window.lastResults = 0;
document.addEventListener("keydown", () => { window.lastKey = performance.now(); }, true);
addEventListener("DOMContentLoaded", () => {
  new MutationObserver(() => { window.lastResults = performance.now(); })
    .observe(document.querySelector(".md-search-result"), { childList: true, subtree: true, characterData: true });
});
"""


def typing_ms(browser: Browser, url: str, questions: list[str]) -> list[float]:
    """Type each question into the search box of the site's home page, a key every 60 ms (a quick
    typist), as staff do; the time from the last keystroke to the last change of the results.
    Material asks the worker at every keystroke: a question's early words fetch their files while
    the rest is typed. The browser's cache is kept from one question to the next, as for a reader."""
    context = browser.new_context()
    context.add_init_script(_WATCH_TYPING)
    timings = []
    for question in questions:
        page = context.new_page()
        page.goto(f"{url}/")
        page.keyboard.press("/")
        page.keyboard.type(question, delay=60)
        page.wait_for_timeout(1500)  # longer than any answer: the list has settled
        timings.append(page.evaluate("() => window.lastResults - window.lastKey"))
        page.close()
    context.close()
    return timings


# --- printing -------------------------------------------------------------------------------


def reuse_site(source: Path, site: Path, own_synonyms: bool) -> None:
    """Measure the site a run with --keep-sites built before, with the search's scripts as they are
    now: the index is the earlier build's (delete the folder after changing how the index is written)."""
    if (source / "synonyms.yml").is_file() != own_synonyms:
        sys.exit(f"{site} was built {'without' if own_synonyms else 'with'} --own-synonyms: delete it or run as it was")
    for script in SEARCH_SCRIPTS:
        shutil.copyfile(REPO / "docs" / script, site / script)
    print(f"{site}: built before, not built again; {', '.join(SEARCH_SCRIPTS)} copied from docs/", flush=True)


def measure_worker_of(browser: Browser, site: Path, revision: str, policies: int) -> Figures:
    """The handbook's figures with the search's scripts (SEARCH_SCRIPTS) of git ``revision`` in
    ``site`` in place of today's, which are put back after: a change compared under the same load."""
    current = {script: (site / script).read_bytes() for script in SEARCH_SCRIPTS}
    for script in SEARCH_SCRIPTS:
        git = ["git", "-C", str(REPO), "show", f"{revision}:docs/{script}"]
        shown = subprocess.run(git, capture_output=True, check=True)
        (site / script).write_bytes(shown.stdout)
    try:
        started = time.perf_counter()
        figures = measure(browser, site, "handbook", policies, f"handbook@{revision}")
        print(f"  handbook@{revision}: measured in {time.perf_counter() - started:.0f} s; {load_average()}", flush=True)
        return figures
    finally:
        for script, text in current.items():
            (site / script).write_bytes(text)


def vocabulary_seconds(source: Path) -> float:
    """The seconds WordNet's meanings of the handbook's words and their everyday uses (the IDF's
    discount) take at build time, loading included."""
    from handbook.search import lexicon, passages, terms
    from handbook.source.handbook_folder import load_handbook

    documents = passages.documents(load_handbook(source), lambda policy: "")
    words = {word for d in documents for text in (d.context, *d.passages) for word in terms.words(text.lower())}
    lexicon._wordnet.cache_clear()
    started = time.perf_counter()
    lexicon.related_terms(words)
    lexicon.everyday_uses(words)
    return time.perf_counter() - started


def load_average() -> str:
    return f"load average {' '.join(f'{load:.2f}' for load in os.getloadavg())} on {os.cpu_count()} CPUs"


def print_table(rows: list[Figures]) -> None:
    def ms(value: float) -> str:
        return f"{value:.0f}{'!' if value > TARGET_MS else ' '}"

    def mb(value: int) -> str:
        return f"{value / 1e6:.2f}"

    sets = "".join(f"{name:>14}" for name in QUESTION_SETS)
    rate_labels = f"{'top-1/3':>14}" * len(QUESTION_SETS)
    width = max(9, *(len(r.engine) + 1 for r in rows))  # the engine's column
    print(f"\n{'':{width + 9}}{sets}{'index MB':>14}{'MB before':>11}{'ms to results, asked':>30}{'typed':>16}")
    print(f"{'engine':{width}}{'policies':>9}{rate_labels}{'raw':>7}{'gzip':>7}"
          f"{'1st (gz)':>11}{'ready':>8}{'1st':>8}{'median':>8}{'slowest':>9}{'median':>8}{'slowest':>9}")  # fmt: skip
    for r in rows:
        rates = "".join(f"{top1:>10.0%}/{top3:<3.0%}" for top1, top3 in r.hit_rates.values())
        print(
            f"{r.engine:{width}}{r.policies:>9}{rates}"
            f"{mb(r.index_raw):>7}{mb(r.index_gzip):>7}"
            f"{mb(r.first_download_gzip):>10}{'!' if r.first_download_gzip > TARGET_BYTES else ' '}"
            f"{r.ready_ms:>7.0f} {ms(r.first_results_ms):>8}{ms(r.median_ms):>8}{ms(r.slowest_ms):>9}"
            + (f"{ms(statistics.median(r.typed_ms)):>8}{ms(max(r.typed_ms)):>9}" if r.typed_ms else f"{'-':>8}{'-':>9}")
        )
    print(f"targets (issue 9): at most {TARGET_BYTES / 1e6:.0f} MB gzip before the first results (at 2,000 "
          f"policies); results within {TARGET_MS} ms of the last keystroke; '!' marks a miss")  # fmt: skip
    for r in rows:
        print(f"slowest question, {r.engine} at {r.policies}: {r.slowest_question!r} ({r.slowest_ms:.0f} ms)")
        if r.typed_ms:
            print(f"slowest typed, {r.engine} at {r.policies}: {r.slowest_typed!r} ({max(r.typed_ms):.0f} ms)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 2000], help="policies per handbook")
    parser.add_argument("--engines", nargs="+", choices=list(ENGINES), default=list(ENGINES))
    parser.add_argument("--own-synonyms", action="store_true", help="the school's synonyms.yml beside the policies")
    parser.add_argument("--keep-sites", type=Path, metavar="DIR",
                        help="build each size's handbook and site into DIR and keep them; a site DIR holds "
                             "already is measured again without building (only the search's scripts are "
                             "copied afresh)")
    parser.add_argument("--worker-of", nargs="+", default=[], metavar="REVISION",
                        help="also measure the handbook's search scripts (its worker, the page's script, the "
                             "service worker) as they were at these git revisions, on the same site in the "
                             "same run: 'handbook@REVISION' in the table")
    args = parser.parse_args()
    mkdocs = find_mkdocs()
    rows = []
    print(load_average(), flush=True)
    with tempfile.TemporaryDirectory(prefix="handbook-search-") as temporary, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=CHROMIUM_ARGS)
        for size in args.sizes:
            work = args.keep_sites or Path(temporary)
            source, site = work / f"src-{size}", work / f"site-{size}"
            if args.keep_sites and (site / "search" / "search_index.json").is_file():
                reuse_site(source, site, args.own_synonyms)
            else:
                shutil.rmtree(source, ignore_errors=True)
                make_handbook(source, size, args.own_synonyms)
                seconds = build(mkdocs, source, site, None, HANDBOOK_PDF="false")
                print(f"{size} policies: built in {seconds:.0f} s, of which WordNet's meanings and everyday uses of "
                      f"its words {vocabulary_seconds(source):.1f} s (timed again apart)", flush=True)
            for engine in args.engines:
                started = time.perf_counter()
                rows.append(measure(browser, site, engine, size))
                print(f"  {engine}: measured in {time.perf_counter() - started:.0f} s; {load_average()}", flush=True)
            for revision in args.worker_of:
                rows.append(measure_worker_of(browser, site, revision, size))
            if not args.keep_sites:
                shutil.rmtree(site)
        browser.close()
    print_table(rows)
    print(load_average())
    return 0


if __name__ == "__main__":
    sys.exit(main())
