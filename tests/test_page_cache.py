"""The cache of rendered pages (handbook.mkdocs_build.page_cache) never serves a stale page.

Each input a page is made from is changed in turn (policy text, front matter, an archived version, a
checklist, synonyms, the review rules, a setting); after each, a build that reuses the cache must give the very site a
build from an empty cache gives. A damaged cache, and two builds sharing one at once, must too.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from helpers import BUILD_DAY, REPO, assert_same_site, copy_handbook, mkdocs_build

from handbook.mkdocs_build import page_cache

EPOCH = str(int(BUILD_DAY.timestamp()))
TODAY = BUILD_DAY.date()


def build(site: Path, policy_src: Path, cache: Path, **env: str) -> str:
    result = mkdocs_build(site, policy_src, SOURCE_DATE_EPOCH=EPOCH, HANDBOOK_PDF="false",
                          HANDBOOK_PAGE_CACHE=str(cache), **env)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stderr


def from_cache(log: str) -> tuple[int, int]:
    found = re.search(r"pages: (\d+) rendered, (\d+) from the cache", log)
    assert found, log
    return int(found[1]), int(found[2])


@pytest.fixture
def handbook(tmp_path: Path) -> Path:
    return copy_handbook(tmp_path / "policy_src")


@pytest.fixture(scope="module")
def first_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The handbook built once from an empty cache: its site, and the cache it filled. Shared by the
    tests that start from such a build: each takes a copy of what it changes (see built_once)."""
    work = tmp_path_factory.mktemp("first-build")
    log = build(work / "site", copy_handbook(work / "policy_src"), work / "cache")
    assert from_cache(log)[1] == 0
    return work / "site", work / "cache"


def built_once(first_build: tuple[Path, Path], tmp_path: Path) -> Path:
    """A copy, in ``tmp_path``, of the first build's site ("site") and cache ("cache"); the cache's path."""
    site, cache = first_build
    shutil.copytree(site, tmp_path / "site")
    return shutil.copytree(cache, tmp_path / "cache")


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def correct_archived(path: Path, old: str, new: str) -> None:
    """Correct an archived version on purpose: its new hash recorded in the manifest (docs/authoring.md)."""
    replace(path, old, new)
    manifest = path.parent / "manifest.json"
    hashes = json.loads(manifest.read_text(encoding="utf-8"))
    hashes[path.name] = hashlib.sha256(path.read_bytes()).hexdigest()
    manifest.write_text(json.dumps(hashes, indent=2) + "\n", encoding="utf-8")


EDITS: dict[str, tuple[Callable[[Path], None], str, str]] = {
    # name: the edit, the page that must follow it, what that page must now say
    "policy text": (
        # "punctilious" is a word the handbook had not used: search asks WordNet of it, the rest is kept
        lambda src: replace(src / "social-media" / "policy.md", "maintain high standards",
                            "keep up high and punctilious standards"),
        "social-media/index.html", "keep up high and punctilious standards",
    ),
    "front matter": (
        lambda src: replace(src / "safeguarding" / "policy.md", "title: Safeguarding", "title: Keeping Children Safe"),
        "safeguarding/index.html", "Keeping Children Safe",
    ),
    "archived version": (
        lambda src: correct_archived(src / "data-protection" / "versions" / "2.0.md",
                                     "collected for specified purposes only", "collected for stated purposes only"),
        "data-protection/2.0/index.html", "stated purposes",
    ),
    "checklist": (
        lambda src: replace(src / "social-media" / "checklist.yml", "title: Social media self-check",
                            "title: Your social media check"),
        "social-media/index.html", "Your social media check",
    ),
    "synonyms": (
        lambda src: replace(src / "synonyms.yml", "[parents, carers, families]", "[parents, carers, guardians]"),
        "", "",  # search only: the whole site must still match a fresh build
    ),
    # a phrase the Social Media Policy uses: its passages' term counts change (handbook.search.index_files)
    "synonyms, a phrase": (
        lambda src: replace(src / "synonyms.yml", "  - [password, passcode, passphrase]\n",
                            "  - [password, passcode, passphrase]\n  - [legal clarification, legal advice]\n"),
        "", "",
    ),
    # the review findings are kept by the rules too (handbook.versions.review_check)
    "review rules": (
        lambda src: (src / "review_rules.yml").write_text("long_sentence_words: 25\n", encoding="utf-8"),
        "reviews/index.html", "words, over 25",
    ),
}


def test_each_change_to_what_a_page_is_made_from_reaches_the_page(handbook, first_build, tmp_path) -> None:
    cache = built_once(first_build, tmp_path)
    again = build(tmp_path / "site", handbook, cache)
    rendered, cached = from_cache(again)
    assert rendered == 0 and cached > 0, "an unchanged handbook is taken from the cache whole"

    for number, (name, (edit, page, says)) in enumerate(EDITS.items()):
        edit(handbook)
        log = build(tmp_path / "site", handbook, cache)
        # A checklist's links are settings of the Markdown converter, so every page is rendered again.
        if name != "checklist":
            assert from_cache(log)[1] > 0, f"{name}: the unchanged pages still come from the cache"
        if page:
            assert says in (tmp_path / "site" / page).read_text(encoding="utf-8"), f"{name}: {page} did not follow"
        build(tmp_path / f"fresh-{number}", handbook, tmp_path / f"empty-cache-{number}")
        assert_same_site(tmp_path / "site", tmp_path / f"fresh-{number}")


def test_a_setting_reaches_every_page_it_touches(handbook, first_build, tmp_path) -> None:
    cache = built_once(first_build, tmp_path)
    replace(handbook / "safeguarding" / "policy.md", "status: current", "status: current\nacknowledge: true")
    form = "https://forms.example.org/r/abc?policy={policy}&version={version}"
    build(tmp_path / "site", handbook, cache, HANDBOOK_ACKNOWLEDGEMENT_FORM=form)
    assert "forms.example.org" in (tmp_path / "site" / "safeguarding" / "index.html").read_text(encoding="utf-8")
    build(tmp_path / "fresh", handbook, tmp_path / "empty", HANDBOOK_ACKNOWLEDGEMENT_FORM=form)
    assert_same_site(tmp_path / "site", tmp_path / "fresh")


def test_a_real_policy_with_placeholders_in_angle_brackets_is_cached(handbook: Path, tmp_path: Path) -> None:
    """The Linux Foundation's policy template writes "Document ID: <document ID>": MkDocs records an
    anchor of None for it, which once stopped the build with a traceback when the page was stored."""
    template = REPO / "benchmarks" / "search_handbook" / "linux-foundation-generic-foss-policy"
    shutil.copytree(template, handbook / template.name)
    cache = tmp_path / "cache"
    build(tmp_path / "site", handbook, cache)
    rendered, cached = from_cache(build(tmp_path / "site", handbook, cache))
    assert rendered == 0 and cached > 0
    page = (tmp_path / "site" / template.name / "index.html").read_text(encoding="utf-8")
    assert "Document ID: &lt;document ID&gt;" in page


def test_a_damaged_cache_is_rendered_again(handbook, first_build, tmp_path) -> None:
    cache = built_once(first_build, tmp_path)
    entries = sorted(cache.glob("*/*.json"))
    assert entries
    for number, entry in enumerate(entries):  # cut short, emptied, another page's, or not JSON at all
        damage = [entry.read_bytes()[: len(entry.read_bytes()) // 2], b"", entries[0].read_bytes(), b"\x00garbage"]
        entry.write_bytes(damage[number % 4] if entry != entries[0] else b"{}")
    log = build(tmp_path / "site", handbook, cache)
    assert from_cache(log)[1] == 0, "no damaged entry is used"
    assert_same_site(tmp_path / "site", first_build[0])


def test_two_builds_at_once_share_one_cache(handbook, first_build, tmp_path) -> None:
    cache = tmp_path / "cache"
    env = os.environ | {"NO_MKDOCS_2_WARNING": "1", "HANDBOOK_POLICY_SRC": str(handbook), "HANDBOOK_PDF": "false",
                        "HANDBOOK_PAGE_CACHE": str(cache), "SOURCE_DATE_EPOCH": EPOCH}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir"]
    builds = [
        subprocess.Popen([*command, str(tmp_path / f"site-{n}")], cwd=REPO, env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for n in (1, 2)
    ]
    for process in builds:
        _, errors = process.communicate(timeout=600)
        assert process.returncode == 0, errors
    log = build(tmp_path / "site-3", handbook, cache)  # from what the two left
    assert from_cache(log)[0] == 0
    for n in (1, 2, 3):
        assert_same_site(tmp_path / f"site-{n}", first_build[0])


def test_the_code_and_the_libraries_are_part_of_the_key(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    now = page_cache.code_fingerprint()
    assert page_cache.code_fingerprint() == now
    real_version = page_cache.metadata.version
    monkeypatch.setattr(page_cache.metadata, "version",
                        lambda name: "99.0" if name == "handbook" else real_version(name))
    assert page_cache.code_fingerprint() != now, "a new version of the handbook package"
    monkeypatch.undo()
    code = tmp_path / "handbook"
    shutil.copytree(page_cache._PACKAGE, code, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(page_cache, "_PACKAGE", code)
    assert page_cache.code_fingerprint() == now
    replace(code / "markdown_extensions" / "sanitiser.py", '"""', '"""Changed. ')
    assert page_cache.code_fingerprint() != now, "a change to the handbook's code"


def test_a_print_article_is_converted_again_when_what_it_is_made_from_or_the_code_changes(tmp_path: Path) -> None:
    """The articles of the print documents are kept by the key print_documents gives (their Markdown and links)
    and the code's fingerprint; a damaged entry is converted again."""
    converted: list[str] = []

    def convert(html: str) -> Callable[[], str]:
        return lambda: converted.append(html) or html

    first = page_cache.PageCache(tmp_path, "code 1")
    assert first.keep_article("article A", convert("<p>A</p>")) == "<p>A</p>"
    later = page_cache.PageCache(tmp_path, "code 1")  # the next build
    assert later.keep_article("article A", convert("<p>A again</p>")) == "<p>A</p>"
    assert converted == ["<p>A</p>"]

    assert later.keep_article("article A, edited", convert("<p>A edited</p>")) == "<p>A edited</p>"
    new_code = page_cache.PageCache(tmp_path, "code 2")
    assert new_code.keep_article("article A", convert("<p>A, new code</p>")) == "<p>A, new code</p>"
    for entry in (tmp_path / "print").iterdir():
        entry.write_text('{"key": ', encoding="utf-8")
    assert later.keep_article("article A", convert("<p>A, after damage</p>")) == "<p>A, after damage</p>"
    assert converted == ["<p>A</p>", "<p>A edited</p>", "<p>A, new code</p>", "<p>A, after damage</p>"]
    no_folder = page_cache.PageCache(None, "code 1")
    assert no_folder.keep_article("article A", convert("<p>no cache</p>")) == "<p>no cache</p>"


def test_kept_work_is_worked_out_again_when_what_it_reads_or_the_code_changes(tmp_path: Path) -> None:
    """``keep`` (each policy's reading, review findings, search term counts) is keyed by everything the caller says
    the work reads, every field of a data class counted (a policy's key lines are left out of its comparison), and
    by the code; a damaged entry is worked out again, an error is not kept."""

    @dataclasses.dataclass(frozen=True)
    class Clause:
        text: str
        line: int = dataclasses.field(compare=False)

    worked: list[object] = []

    def work(made_from: object) -> Callable[[], str]:
        return lambda: worked.append(made_from) or f"worked from {made_from}"

    clause = Clause("Report concerns the same day.", 12)
    first = page_cache.PageCache(tmp_path, "code 1")
    assert first.keep("clauses", (clause, TODAY), work(1)) == "worked from 1"
    later = page_cache.PageCache(tmp_path, "code 1")  # the next build
    assert later.keep("clauses", (Clause("Report concerns the same day.", 12), TODAY), work(2)) == "worked from 1"
    assert later.keep("clauses", (Clause("Report concerns the same day.", 13), TODAY), work(3)) == "worked from 3"
    assert later.keep("clauses", (clause, date(2027, 1, 1)), work(4)) == "worked from 4"
    assert later.keep("other work", (clause, TODAY), work(5)) == "worked from 5"
    assert page_cache.PageCache(tmp_path, "code 2").keep("clauses", (clause, TODAY), work(6)) == "worked from 6"
    for entry in (tmp_path / "clauses").iterdir():
        entry.write_bytes(entry.read_bytes()[:20])
    assert later.keep("clauses", (clause, TODAY), work(7)) == "worked from 7"

    def refused() -> str:
        worked.append("refused")
        raise ValueError("a bad policy")

    for _ in range(2):
        with pytest.raises(ValueError, match="a bad policy"):
            later.keep("clauses", ("a bad policy",), refused)
    no_folder = page_cache.PageCache(None, "code 1")
    assert no_folder.keep("clauses", (clause, TODAY), work(8)) == "worked from 8"
    assert worked == [1, 3, 4, 5, 6, 7, "refused", "refused", 8]


def test_the_kinds_kept_in_memory_come_back_as_the_very_objects_at_a_later_build_of_one_process(tmp_path: Path) -> None:
    """`mkdocs serve` builds again in one process: a kind kept in memory (an unchanged policy file's Policy) is the very
    object the last build's ``keep`` gave, with a cache folder or without, until what it reads changes; other kinds
    come from the folder, as new objects; past ``most`` entries the least used is let go."""
    memory = page_cache.KeptInMemory(frozenset({"policy-files"}), most=2)
    worked: list[str] = []

    def work(made_from: str) -> Callable[[], list[str]]:
        return lambda: worked.append(made_from) or [f"read from {made_from}"]

    for folder in (tmp_path / "cache", None):
        first = page_cache.PageCache(folder, "code 1", memory).keep("policy-files", ("text A",), work("A"))
        later = page_cache.PageCache(folder, "code 1", memory)  # the next build
        assert later.keep("policy-files", ("text A",), work("A again")) is first
        assert later.keep("policy-files", ("text A, edited",), work("A edited")) is not first
        if folder:
            findings = later.keep("review-findings", ("text A",), work("findings"))
            assert page_cache.PageCache(folder, "code 1", memory).keep(
                "review-findings", ("text A",), work("findings again")) == findings
            assert page_cache.PageCache(folder, "code 1", memory).keep(
                "review-findings", ("text A",), work("findings again")) is not findings
        assert page_cache.PageCache(folder, "code 2", memory).keep("policy-files", ("text A",), work("new code")) \
            is not first
    assert worked == ["A", "A edited", "findings", "new code", "A", "A edited", "new code"]
    memory.put("third", "another")  # two kept at most
    assert memory.get("third") == (True, "another")
    assert len(memory._values) == 2


def test_serve_restores_an_unchanged_page_from_the_last_builds_entries_and_keeps_one_sites_worth(tmp_path: Path):
    """Under `mkdocs serve` the entries the last build restored or stored are kept in memory (page_cache.KeptPages):
    an unchanged page comes back as rendered without its file, a saved one is rendered again, and an entry the last
    build did not use is let go. Without a cache folder (page_cache off) nothing is kept."""
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import File, Files
    from mkdocs.structure.pages import Page

    (tmp_path / "docs").mkdir()
    config = MkDocsConfig(config_file_path=str(tmp_path / "mkdocs.yml"))
    config.load_dict({"site_name": "Staff Handbook", "docs_dir": str(tmp_path / "docs"),
                      "site_dir": str(tmp_path / "site")})
    assert config.validate() == ([], [])
    config.plugins._current_plugin = None  # as MkDocs sets it around each plugin's event
    kept = page_cache.KeptPages()  # serve's build object's
    folder = tmp_path / "cache"

    def next_build(markdown: str, folder: Path | None = folder) -> tuple[str, int]:
        """The page as the next build publishes it, and how many pages it restored."""
        kept.next_build()
        file = File.generated(config, "visitors/index.md", content=markdown)
        files = Files([file])
        page = Page(None, file, config)
        page.read_source(config)
        cache = page_cache.PageCache(folder, "code 1", None, kept)
        cache.begin(config, files)
        key = cache.page_key(page)
        if not cache.restore(key, page, files):
            page.render(config, files)
            cache.store(key, page)
        return page.content or "", cache.hits

    policy = "# Visitors Policy\n\n1. Visitors sign in at reception and wear a lanyard.\n"
    saved = policy.replace("sign in at reception", "sign in and out at reception")
    assert next_build(policy)[1] == 0
    shutil.rmtree(folder)  # the folder's entries gone: only what is kept in memory restores a page
    content, restored = next_build(policy)
    assert restored == 1 and "sign in at reception" in content
    content, restored = next_build(saved)
    assert restored == 0 and "sign in and out at reception" in content
    shutil.rmtree(folder)
    assert next_build(policy)[1] == 0  # the last build did not use its entry: let go
    assert next_build(policy, None)[1] == next_build(policy, None)[1] == 0


def test_serve_hashes_only_a_page_whose_inputs_changed_and_finds_the_key_a_fresh_build_hashes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Under `mkdocs serve` a page's key is kept with what it hashed (page_cache.KeptPages): a page whose Markdown,
    front matter, address and build settings are the last build's is not hashed again (fails with the keeping taken
    out), and with any of them changed its key is the one a build keeping nothing hashes (fails with the key kept by
    the page's path alone)."""
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import File, Files
    from mkdocs.structure.pages import Page

    (tmp_path / "docs").mkdir()
    hashed: list[str] = []
    real_hash = page_cache._hash
    monkeypatch.setattr(page_cache, "_hash", lambda text: hashed.append(text) or real_hash(text))
    kept = page_cache.KeptPages()  # serve's build object's

    def key(markdown: str, kept: page_cache.KeptPages | None, directory_urls: bool = True, other: str = "") -> str:
        """The page's key at a build (the next of serve's with ``kept``)."""
        config = MkDocsConfig(config_file_path=str(tmp_path / "mkdocs.yml"))
        config.load_dict({"site_name": "Staff Handbook", "docs_dir": str(tmp_path / "docs"),
                          "site_dir": str(tmp_path / "site"), "use_directory_urls": directory_urls})
        assert config.validate() == ([], [])
        config.plugins._current_plugin = None  # as MkDocs sets it around each plugin's event
        file = File.generated(config, "visitors/index.md", content=markdown)
        files = Files([file, *([File.generated(config, other, content="# Lanyards\n")] if other else [])])
        page = Page(None, file, config)
        page.read_source(config)
        if kept is not None:
            kept.next_build()
        cache = page_cache.PageCache(tmp_path / "cache", "code 1", None, kept)
        cache.begin(config, files)
        hashed.clear()
        return cache.page_key(page)

    policy = "---\ntitle: Visitors\n---\n# Visitors Policy\n\n1. Visitors sign in at reception.\n"
    first = key(policy, kept)
    assert first == key(policy, None)
    assert key(policy, kept) == first and hashed == []  # unchanged: found, not hashed
    for changed in (
        {"markdown": policy.replace("sign in", "sign in and out")},
        {"markdown": policy.replace("title: Visitors", "title: Visitors Policy")},  # the front matter
        {"markdown": policy, "directory_urls": False},  # the page's address
        {"markdown": policy, "other": "lanyards.md"},  # the build's settings: the site's files
    ):
        served = key(kept=kept, **changed)
        assert hashed != [] and served == key(kept=None, **changed) != first
    assert key(policy, kept) == first


def test_kept_work_is_found_whatever_pythons_hash_seed() -> None:
    """Each build is a new process, with its own hash seed: a set in what the work reads hashes the same in each."""
    script = ("from handbook.mkdocs_build import page_cache; "
              "print(page_cache._canonical(frozenset({'head teacher', 'social media', 'parents', 'staff'})))")
    printed = {
        subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                       env=os.environ | {"PYTHONHASHSEED": seed}).stdout
        for seed in ("1", "2", "3")
    }
    assert len(printed) == 1, printed
