"""`mkdocs serve` (what `make serve` runs): a broken save keeps the last good pages served and shows
the error; fixing it brings the new pages."""

from __future__ import annotations

import contextlib
import http.client
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import yaml
from helpers import BUILD_DAY, EXAMPLES, REPO, assert_same_site, copy_handbook


def fetch(url: str) -> bytes | None:
    try:
        with urllib.request.urlopen(url, timeout=60) as response:  # the server answers once a build ends
            return response.read()
    except (OSError, http.client.HTTPException):  # IncompleteRead: a file replaced while MkDocs' server sent it
        return None


def wait_for(condition: Callable[[], bool], what: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"waited {timeout} s for {what}"
        time.sleep(0.1)


@contextlib.contextmanager
def mkdocs_serve(tmp_path: Path, config: Path | None = None, **environment: str) -> Iterator[tuple[str, Path]]:
    """`mkdocs serve` of the project (or of ``config``) with ``environment`` added, on a free port: its address
    and its log, once the server watches the files (it starts watching after its first build: a save made
    between the two is never seen)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    log_path = tmp_path / "serve.log"
    with log_path.open("w") as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}",
             *(["--config-file", str(config)] if config else [])],
            cwd=REPO, env=os.environ | {"NO_MKDOCS_2_WARNING": "1"} | environment,
            stdout=log, stderr=subprocess.STDOUT,
        )
    try:
        wait_for(lambda: server.poll() is not None or "Serving on" in log_path.read_text(), "the server to start")
        yield f"http://127.0.0.1:{port}", log_path
    finally:
        server.terminate()
        server.wait(timeout=30)


def with_fault_hook(tmp_path: Path) -> Path:
    """The project's mkdocs.yml with tests/fault_hook.py added (it holds or fails an event on request)."""
    config = yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.Loader)
    config["docs_dir"] = str(REPO / "docs")
    config["theme"]["custom_dir"] = str(REPO / config["theme"]["custom_dir"])
    config["hooks"] = [str(REPO / "hooks" / "handbook_hooks.py"), str(REPO / "tests" / "fault_hook.py")]
    (tmp_path / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    (tmp_path / "node_modules").symlink_to(REPO / "node_modules")
    return tmp_path / "mkdocs.yml"


def copy_of_the_seed(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of policy_src/ to edit: its folder, and the seed's policy file in it."""
    policy_src = tmp_path / "policy_src"
    shutil.copytree(REPO / "policy_src", policy_src)
    return policy_src, policy_src / "social-media" / "policy.md"


def save_with_an_edit(policy: Path) -> None:
    """Save the seed's policy as an author would, with "If in doubt always" now "If in any doubt always"."""
    policy.write_text(policy.read_text(encoding="utf-8").replace("If in doubt always", "If in any doubt always"),
                      encoding="utf-8")


def test_the_site_served_after_saves_is_the_site_a_fresh_build_makes(tmp_path):
    """Serve keeps work across its builds (the very Policy of an unchanged file, what each policy's pages are
    made from, the page cache, the review dashboard's findings, each policy's links): after saves to a policy's text,
    to another's front matter, to the first's links, to its synonyms and to the review rules, the served site must be
    the one a fresh build of the same files gives (same address, same day, no PDFs)."""
    policy_src = copy_handbook(tmp_path / "policy_src")
    epoch = str(int(BUILD_DAY.timestamp()))
    settings = {"HANDBOOK_PDF": "false", "HANDBOOK_POLICY_SRC": str(policy_src), "SOURCE_DATE_EPOCH": epoch}
    saves = [
        (policy_src / "social-media" / "policy.md", "If in doubt always", "If in any doubt always"),
        (policy_src / "acceptable-use" / "policy.md", "title: Acceptable Use of IT Policy", "title: IT Use Policy"),
        # a link to another policy's clause: the links kept for each policy, and the documents it names as linked
        (policy_src / "social-media" / "policy.md", "breach of the data protection requirements",
         "breach of the [Data Protection Policy](policy:data-protection#clause-3)"),
        (policy_src / "synonyms.yml", "synonyms:\n", "synonyms:\n  - [mobile, smartphone]\n"),
        (policy_src / "review_rules.yml", "", "long_sentence_words: 12  # our house style\n"),  # a new file
    ]
    with mkdocs_serve(tmp_path, HANDBOOK_PAGE_CACHE=str(tmp_path / "cache"), **settings) as (address, log_path):
        def builds() -> list[str]:
            return re.findall(r"The site is in (\S+) ", log_path.read_text())

        wait_for(lambda: len(builds()) == 1, "the first build")
        for number, (path, old, new) in enumerate(saves, start=2):
            text = path.read_text(encoding="utf-8") if path.exists() else ""
            assert old in text
            path.write_text(text.replace(old, new, 1), encoding="utf-8")
            wait_for(lambda count=number: len(builds()) == count, f"the build of save {number - 1}")
        served = shutil.copytree(builds()[-1], tmp_path / "served")
    assert "The pages served are the last good ones" not in log_path.read_text()

    config = yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.Loader)
    config |= {"site_url": f"{address}/", "docs_dir": str(REPO / "docs"),
               "hooks": [str(REPO / "hooks" / "handbook_hooks.py")]}
    config["theme"]["custom_dir"] = str(REPO / config["theme"]["custom_dir"])
    (tmp_path / "fresh.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    (tmp_path / "node_modules").symlink_to(REPO / "node_modules")
    fresh = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(tmp_path / "fresh.yml"),
         "--site-dir", str(tmp_path / "fresh")],
        cwd=REPO, env=os.environ | {"NO_MKDOCS_2_WARNING": "1", "HANDBOOK_PAGE_CACHE": str(tmp_path / "empty")}
        | settings, capture_output=True, text=True)
    assert fresh.returncode == 0, fresh.stderr
    assert_same_site(served, tmp_path / "fresh")


def test_a_saved_page_is_served_before_the_rest_of_the_site_is_built(tmp_path):
    """The save's build is held at its end (on_post_build, where the search index is written): the saved
    page is served already, the site's other pages as they were; then the build ends and replaces the site."""
    policy_src, policy = copy_of_the_seed(tmp_path)
    hold = tmp_path / "hold"
    environment = {"HANDBOOK_PDF": "false", "HANDBOOK_POLICY_SRC": str(policy_src),
                   "HANDBOOK_PAGE_CACHE": str(tmp_path / "page-cache"),
                   "HANDBOOK_HOLD_EVENT": "post_build", "HANDBOOK_HOLD_WHILE": str(hold)}
    with mkdocs_serve(tmp_path, with_fault_hook(tmp_path), **environment) as (site, log_path):
        page = f"{site}/social-media/"
        wait_for(lambda: fetch(page) is not None, "the first build")
        hold.touch()
        save_with_an_edit(policy)
        wait_for(lambda: b"If in any doubt always" in (fetch(page) or b""), "the saved page")
        log = log_path.read_text()
        assert log.count("The site is in") == 1, "the page came only once the build had ended"
        assert "Changed pages in the served site before the rest: social-media/index.md" in log
        assert fetch(f"{site}/policies/") is not None  # the rest of the site is served meanwhile

        hold.unlink()
        wait_for(lambda: log_path.read_text().count("The site is in") == 2, "the end of the save's build")
        assert b"If in any doubt always" in (fetch(page) or b"")
    assert "Traceback" not in log_path.read_text()


def test_a_page_served_early_is_put_back_when_the_rest_of_the_build_fails(tmp_path):
    policy_src, policy = copy_of_the_seed(tmp_path)
    fail = tmp_path / "fail"
    environment = {"HANDBOOK_PDF": "false", "HANDBOOK_POLICY_SRC": str(policy_src),
                   "HANDBOOK_FAULT_EVENT": "post_build", "HANDBOOK_FAULT_WHILE": str(fail)}
    with mkdocs_serve(tmp_path, with_fault_hook(tmp_path), **environment) as (site, log_path):
        page = f"{site}/social-media/"
        wait_for(lambda: fetch(page) is not None, "the first build")
        fail.touch()
        save_with_an_edit(policy)
        wait_for(lambda: "fault injected in on_post_build" in log_path.read_text(), "the failed build")
        assert "Changed pages in the served site before the rest: social-media/index.md" in log_path.read_text()
        served = fetch(page) or b""
        assert b"If in doubt always" in served and b"If in any doubt always" not in served


def test_a_broken_save_keeps_the_last_good_pages_and_the_fix_brings_the_new_ones(tmp_path):
    policy_src, policy = copy_of_the_seed(tmp_path)
    good = policy.read_text(encoding="utf-8")
    with mkdocs_serve(tmp_path, HANDBOOK_PDF="false", HANDBOOK_POLICY_SRC=str(policy_src)) as (site, log_path):
        page = f"{site}/social-media/"
        wait_for(lambda: fetch(page) is not None, "the first build")

        policy.write_text(good.replace("status: current", "status: live"), encoding="utf-8")
        wait_for(lambda: "The pages served are the last good ones" in log_path.read_text(), "the error in the log")
        assert "policy.md:10: 'status: live' is not a status" in log_path.read_text()
        served = fetch(page) or b""  # the last good page, still served
        assert b"If in doubt always" in served and b"Current" in served

        policy.write_text(good.replace("If in doubt always", "If in any doubt always"), encoding="utf-8")
        wait_for(lambda: b"If in any doubt always" in (fetch(page) or b""), "the fixed page")
    assert "Traceback" not in log_path.read_text()


def test_a_save_under_serve_brings_its_pdfs_after_the_page_handbook_pdf_from_the_last_one(tmp_path):
    """With PDFs on, the page comes first; then the policy's PDF, and handbook.pdf made from the last one
    with only the saved policy laid out again (handbook.printing.compose), as `mkdocs build` makes it."""
    from pdf_reading import read_pages, words
    from test_pdf_compose import ADDED

    policy_src = tmp_path / "policy_src"
    subprocess.run(["cp", "-r", str(EXAMPLES), str(policy_src)], check=True)
    policy = policy_src / "data-protection" / "policy.md"
    clause = "1. Personal data is processed lawfully, fairly and transparently."
    caches = {"HANDBOOK_PDF_CACHE": str(tmp_path / "pdf-cache"), "HANDBOOK_PAGE_CACHE": str(tmp_path / "page-cache")}
    with mkdocs_serve(tmp_path, HANDBOOK_POLICY_SRC=str(policy_src), **caches) as (site, log_path):
        page, policy_pdf, handbook_pdf = (f"{site}/data-protection/", f"{site}/data-protection/data-protection.pdf",
                                          f"{site}/handbook.pdf")
        wait_for(lambda: fetch(page) is not None, "the first build")
        wait_for(lambda: "PDFs: " in log_path.read_text() and " made and in the served site" in log_path.read_text(),
                 "the first PDFs", timeout=600)
        first_handbook = fetch(handbook_pdf)
        assert first_handbook and fetch(policy_pdf)

        policy.write_text(policy.read_text(encoding="utf-8").replace(clause, f"{clause} {ADDED}"), encoding="utf-8")
        wait_for(lambda: ADDED.encode() in (fetch(page) or b""), "the saved page")
        wait_for(lambda: log_path.read_text().count(" made and in the served site") == 2, "the PDFs in the site",
                 timeout=600)
        assert "data-protection laid out again, the rest from the last handbook.pdf" in log_path.read_text()
        served = {url: fetch(url) or b"" for url in (policy_pdf, handbook_pdf)}
    added = words(ADDED)
    for url, content in served.items():
        (tmp_path / "got.pdf").write_bytes(content)
        printed = words("\n".join(p.text for p in read_pages(tmp_path / "got.pdf")))
        assert any(printed[i : i + len(added)] == added for i in range(len(printed))), f"{url} lacks the saved text"
    assert "laying out the whole handbook" not in log_path.read_text()
    assert "Traceback" not in log_path.read_text()
    # Until they are made, the PDFs served before stand in the new site: its pages' links to them hold, and the
    # site's files are as they were, so the pages the save did not change come from the page cache.
    (first_rendered, _), (save_rendered, save_cached) = re.findall(r"pages: (\d+) rendered, (\d+) from the cache",
                                                                  log_path.read_text())
    assert 0 < int(save_rendered) < int(save_cached) and int(save_rendered) + int(save_cached) == int(first_rendered)


def test_a_pdf_not_yet_made_is_served_as_a_page_saying_so():
    import io

    from pypdf import PdfReader

    from handbook.mkdocs_build.background import placeholder_pdf

    (page,) = PdfReader(io.BytesIO(placeholder_pdf())).pages
    assert page.extract_text() == "This PDF is being made: reload this page in a minute."


def test_pdfs_of_a_site_already_replaced_are_not_put_into_the_newer_one(tmp_path):
    """A save while the last save's PDFs are being made: those PDFs are of the older text, so only the
    newer job's reach the served site (the older ones are in the cache, for it to take)."""
    import logging
    import threading

    from handbook.mkdocs_build.background import BackgroundPdfs

    first_running, release_first = threading.Event(), threading.Event()

    def first_job() -> dict[str, bytes]:
        first_running.set()
        release_first.wait(10)
        return {"policy/policy.pdf": b"older", "handbook.pdf": b"older"}

    background = BackgroundPdfs(logging.getLogger("test"))
    background.make(first_job, tmp_path)
    assert first_running.wait(10)
    background.make(lambda: {"policy/policy.pdf": b"newer"}, tmp_path)
    release_first.set()
    background._thread.join(10)

    assert (tmp_path / "policy" / "policy.pdf").read_bytes() == b"newer"
    assert not (tmp_path / "handbook.pdf").exists()
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["policy", "policy.pdf"]  # no part file left


def test_only_the_pdfs_that_differ_from_the_served_ones_are_written(tmp_path, caplog):
    import logging

    from handbook.mkdocs_build.background import BackgroundPdfs

    (tmp_path / "same").mkdir()
    (tmp_path / "same" / "same.pdf").write_bytes(b"as served")
    before = (tmp_path / "same" / "same.pdf").stat().st_mtime_ns
    background = BackgroundPdfs(logging.getLogger("test.pdfs"))
    with caplog.at_level(logging.INFO, logger="test.pdfs"):
        background.make(lambda: {"same/same.pdf": b"as served", "new/new.pdf": b"new", "handbook.pdf": b"changed"},
                        tmp_path)
        background._thread.join(10)
    assert (tmp_path / "new" / "new.pdf").read_bytes() == b"new"
    assert (tmp_path / "handbook.pdf").read_bytes() == b"changed"
    assert (tmp_path / "same" / "same.pdf").stat().st_mtime_ns == before
    assert "PDFs: 2 made and in the served site (new/new.pdf, handbook.pdf)" in caplog.text


def test_templates_compiled_for_one_build_serve_the_next_and_an_edited_one_is_compiled_again():
    import jinja2

    from handbook.mkdocs_build.template_cache import CompiledTemplates

    class Counting(jinja2.Environment):
        compiled = 0

        def compile(self, *args, **kwargs):
            Counting.compiled += 1
            return super().compile(*args, **kwargs)

    kept = CompiledTemplates()

    def render(source: str) -> str:  # a new environment for each build, as MkDocs makes
        environment = Counting(loader=jinja2.DictLoader({"main.html": source}), bytecode_cache=kept)
        return environment.get_template("main.html").render(title="Reviews")

    assert render("<h1>{{ title }}</h1>") == "<h1>Reviews</h1>"
    assert render("<h1>{{ title }}</h1>") == "<h1>Reviews</h1>"
    assert Counting.compiled == 1
    assert render("<h2>{{ title }}</h2>") == "<h2>Reviews</h2>"
    assert Counting.compiled == 2


def test_templates_compiled_by_one_build_serve_the_next_process_unless_an_input_of_the_code_changed(tmp_path):
    """`mkdocs build` keeps the compiled templates in the page cache: a new process (a new cache object) does not
    compile again, and the template's source, the environment's filters and a damaged entry each make it compile."""
    import jinja2

    from handbook.mkdocs_build.template_cache import CompiledTemplates

    compiled = []

    class Counting(jinja2.Environment):
        def compile(self, *args, **kwargs):
            compiled.append(args[0])
            return super().compile(*args, **kwargs)

    folder = tmp_path / "templates"

    def render(source: str, filters: dict | None = None) -> str:  # a new process: nothing kept in memory
        loader = jinja2.DictLoader({"main.html": source})
        environment = Counting(loader=loader, bytecode_cache=CompiledTemplates(folder))
        environment.filters.update(filters or {})
        return environment.get_template("main.html").render(title="Reviews")

    page = "<h1>{{ title }}</h1>"
    assert render(page) == render(page) == "<h1>Reviews</h1>"
    assert len(compiled) == 1
    assert render(page, {"shout": str.upper}) == "<h1>Reviews</h1>"  # a filter the template might call
    assert len(compiled) == 2
    assert render("<h2>{{ title }}</h2>") == "<h2>Reviews</h2>"  # the source
    assert len(compiled) == 3
    for entry in folder.iterdir():
        entry.write_bytes(entry.read_bytes()[:-5])  # damaged: cut short
    assert render(page) == "<h1>Reviews</h1>"
    assert len(compiled) == 4


def test_a_saves_build_keeps_the_heap_out_of_garbage_collection_only_until_its_pages_are_out():
    """Under serve, the heap as a save's build begins (serve's kept policies, readings, templates) is left out of the
    cyclic garbage collector's walks until the save's pages are out (early_pages), and never longer: a heap left
    frozen would keep every cycle that dies in it for as long as serve runs. The build's own cycles are collected."""
    import gc
    import logging
    import threading
    import weakref

    from handbook.mkdocs_build.early_pages import EarlyPages

    class Server:  # what EarlyPages needs of MkDocs' LiveReloadServer
        _epoch_cond = threading.Condition()
        _wanted_epoch = _visible_epoch = 1

    class Cycle:
        pass

    def new_cycle() -> weakref.ref:
        cycle = Cycle()
        cycle.itself = cycle
        return weakref.ref(cycle)

    early = EarlyPages(logging.getLogger("test"))
    at_start = gc.get_freeze_count()  # Python's own, from its start-up
    try:
        early.begin()  # mkdocs build, or serve's first build: nothing frozen
        assert gc.get_freeze_count() == at_start
        early.serving(Server())
        for end_of_early in (early.unfreeze, early.failed):
            early.begin()
            assert gc.get_freeze_count() > at_start
            made_by_the_build = new_cycle()
            gc.collect()
            assert made_by_the_build() is None
            end_of_early()
            assert gc.get_freeze_count() <= at_start
    finally:
        gc.unfreeze()
