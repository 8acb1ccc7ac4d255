"""What a build works out for each policy and keeps between builds (the page cache's ``keep``,
handbook.mkdocs_build.page_cache): each policy file's reading, its review findings, its search documents and
their term counts, and the search index's weights.

A kept result that can be wrong is worse than none. Each input is changed in turn, as an author changes it
between two builds (a policy's text, the review rules, the build's date, a glossary, the synonyms, the pages'
addresses); after each, what comes out with the cache must equal what comes out worked out afresh, and differ
from the last build's (so the input matters to it). Each "build" is a new PageCache on one folder, with the
readings kept in memory for `mkdocs serve` forgotten, as a new `mkdocs build` process starts.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from helpers import EXAMPLES, REPO, policy_source

from handbook.errors import PolicySourceError
from handbook.markdown_extensions.policy_markup import markup_problems_kept
from handbook.mkdocs_build.page_cache import PageCache
from handbook.model import Keeper, compute_now
from handbook.search import index_files, lexicon, passages
from handbook.search.synonyms import load_vocabulary
from handbook.source import policy_file
from handbook.source.handbook_folder import load_handbook
from handbook.versions import review_check
from handbook.versions.review_rules import load_review_rules

TODAY = date(2026, 6, 1)


class Builds:
    """One cache folder; each ``keeper()`` is the next build's, and says which kinds it worked out afresh."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.computed: list[str] = []

    def keeper(self) -> Keeper:
        self.computed = []
        cache = PageCache(self.folder, "code")

        def keep(kind: str, made_from: object, compute: Callable):
            return cache.keep(kind, made_from, lambda: self.computed.append(kind) or compute())

        return keep


def afresh() -> Keeper:
    return compute_now


@pytest.fixture
def policy_src(tmp_path: Path) -> Path:
    """The examples' three policies with their history, and the seed's Social Media Policy."""
    folder = shutil.copytree(EXAMPLES, tmp_path / "policy_src")
    shutil.copytree(REPO / "policy_src" / "social-media", folder / "social-media")
    return folder


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_review_findings_follow_each_input(policy_src: Path, tmp_path: Path) -> None:
    builds = Builds(tmp_path / "cache")
    today = TODAY

    def findings(keep: Keeper) -> list[dict]:
        handbook = load_handbook(policy_src, keep)
        reports = review_check.review_reports(handbook, load_review_rules(policy_src), today, keep)
        return [report.as_json() for report in reports]

    def date_before_the_dpa_1998_was_replaced() -> None:
        nonlocal today
        today = date(2018, 1, 1)

    def rules_of_the_organisation() -> None:
        nonlocal today
        today = TODAY  # and the rules changed: one change at a time from the last build
        (policy_src / "review_rules.yml").write_text("long_sentence_words: 25\n", encoding="utf-8")

    changes: dict[str, Callable[[], None]] = {
        "the build's date": date_before_the_dpa_1998_was_replaced,
        "the review rules": rules_of_the_organisation,
        "a policy's text": lambda: edit(policy_src / "social-media" / "policy.md", "seek further legal clarification",
                                        "seek further legal clarification from the DPO"),
        # the Social Media Policy is unchanged: the glossary it does not name spells out its DPO
        "a glossary": lambda: (policy_src / "glossary.md").write_text(policy_source(
            "1. **DPO**: the Data Protection Officer, who advises the school on data protection law.\n",
            id="glossary", title="Glossary of Terms"), encoding="utf-8"),
    }
    last = findings(builds.keeper())
    assert findings(builds.keeper()) == last
    assert "review-findings" not in builds.computed and "policy-files" not in builds.computed
    for name, change in changes.items():
        change()
        kept = findings(builds.keeper())
        assert kept == findings(afresh()), f"{name}: the kept findings are not those worked out afresh"
        assert kept != last, f"{name}: the change does not reach the findings, so this test cannot fail"
        assert "review-findings" in builds.computed
        last = kept


def test_the_search_index_follows_each_input(policy_src: Path, tmp_path: Path) -> None:
    builds = Builds(tmp_path / "cache")
    answers = lexicon.WordAnswers()  # WordNet asked once for the whole test
    address = "{}/"

    def index(keep: Keeper) -> index_files.SearchIndex:
        handbook = load_handbook(policy_src, keep)
        documents = passages.documents(handbook, lambda policy: address.format(policy.meta.id), keep)
        return index_files.build_index(documents, load_vocabulary(policy_src), answers, keep)

    def pages_not_folders() -> None:
        nonlocal address
        address = "{}.html"

    changes: dict[str, Callable[[], None]] = {
        # "legal clarification" becomes a term of its own in clause 25 of the Social Media Policy
        "the synonyms": lambda: edit(policy_src / "synonyms.yml", "  - [password, passcode, passphrase]\n",
                                     "  - [password, passcode, passphrase]\n  - [legal clarification, legal advice]\n"),
        # words the handbook has already: the weights follow the passages themselves, not only the words used
        "a policy's text": lambda: edit(policy_src / "safeguarding" / "policy.md", "the same day",
                                        "the same day or the day after"),
        "the pages' addresses": pages_not_folders,
    }
    counted_again = {"the synonyms": 4, "a policy's text": 1, "the pages' addresses": 0}  # policies' term counts
    last = index(builds.keeper())
    assert index(builds.keeper()) == last
    assert not {"search-documents", "search-terms", "search-weights", "search-vocabulary", "search-synonyms"} & set(
        builds.computed)
    for name, change in changes.items():
        change()
        kept = index(builds.keeper())
        assert kept == index(afresh()), f"{name}: the kept index is not the one worked out afresh"
        changed = kept.shards != last.shards if name != "the pages' addresses" else kept.documents != last.documents
        assert changed, f"{name}: the change does not reach the index, so this test cannot fail"
        assert builds.computed.count("search-terms") == counted_again[name], name
        vocabulary_again = {"search-vocabulary", "search-synonyms"} <= set(builds.computed)
        assert vocabulary_again == (name == "the synonyms"), name
        last = kept


def test_a_policy_read_from_the_cache_is_its_own_file_and_names_its_markup_again(tmp_path: Path) -> None:
    builds = Builds(tmp_path / "cache")
    text = policy_source("1. Report any concern the same day. <u>Do not wait.</u>\n2. Keep a written record.\n")
    for build in ("first", "second"):  # worked out, then from the cache
        keep = builds.keeper()
        kept: list[PolicySourceError] = []
        with markup_problems_kept(kept):
            first = policy_file.parse_policy(text, Path("first/policy.md"), keep)
            second = policy_file.parse_policy(text, Path("second/policy.md"), keep)
        assert (first.source, second.source) == (Path("first/policy.md"), Path("second/policy.md"))
        assert [str(problem) for problem in kept] == [
            f"{path}/policy.md:15: '<u>' is HTML, which policy text may not hold (only <br>, <abbr>, <sup> and "
            "<sub>); write it in Markdown, or to show the characters themselves write \\< for <"
            for path in ("first", "second")
        ]
        with pytest.raises(PolicySourceError, match=r"^first/policy\.md:15: '<u>' is HTML"):  # --strict refuses it
            policy_file.parse_policy(text, Path("first/policy.md"), keep)
        assert builds.computed == ([] if build == "second" else ["policy-files", "policy-files"])
