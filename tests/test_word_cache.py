"""WordNet's answers kept for all of a user's handbooks (handbook.search.word_cache): used only while
WordNet, NLTK and the code that asks are the same, and never a reason for a build to fail."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from helpers import mkdocs_build

from handbook.search import lexicon, word_cache

# Words as policies use them, and as staff would ask for them.
HANDBOOK_WORDS = {"resign", "children", "notice", "grievance", "jury", "knives", "happens", "absence"}
NEXT_HANDBOOK_WORDS = {"children", "notice", "absence", "safeguarding"}


@pytest.fixture
def user_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert lexicon.wordnet_folder() is not None, "WordNet is missing: make installs Debian's wordnet-base"
    return tmp_path / "xdg" / "handbook" / "wordnet"


def ask(words: set[str]) -> tuple[lexicon.WordAnswers, dict, dict]:
    """What a build asks: the answers kept, then WordNet for the rest; kept again if any were new."""
    answers = word_cache.kept_answers()
    before = answers.asked()
    found = lexicon.everyday_uses(words, answers=answers), lexicon.related_terms(words, answers=answers)
    if answers.asked() != before:
        word_cache.keep(answers)
    return answers, *found


def refuse_wordnet(monkeypatch: pytest.MonkeyPatch) -> None:
    """From now on WordNet fails to load: what follows passes only if WordNet is not asked."""

    def refuse(folder):
        raise AssertionError("WordNet was loaded")

    monkeypatch.setattr(lexicon, "_wordnet", refuse)


def test_a_handbook_whose_words_were_asked_before_does_not_load_wordnet(user_cache, monkeypatch):
    _, uses, related = ask(HANDBOOK_WORDS)
    assert len(list(user_cache.glob("answers-*.json"))) == 1
    refuse_wordnet(monkeypatch)
    assert ask(HANDBOOK_WORDS)[1:] == (uses, related)  # the same index, from the kept answers
    ask(NEXT_HANDBOOK_WORDS - {"safeguarding"})  # another handbook of words asked before
    with pytest.raises(AssertionError, match="WordNet was loaded"):
        ask(NEXT_HANDBOOK_WORDS)  # a word never asked is asked of WordNet


def test_answers_from_two_handbooks_are_kept_together(user_cache, monkeypatch):
    ask(HANDBOOK_WORDS)
    ask(NEXT_HANDBOOK_WORDS)
    refuse_wordnet(monkeypatch)
    ask(HANDBOOK_WORDS | NEXT_HANDBOOK_WORDS)


@pytest.mark.parametrize("changed", ["nltk", "wordnet", "code"])
def test_a_changed_version_asks_wordnet_again(changed, user_cache, tmp_path, monkeypatch):
    ask(HANDBOOK_WORDS)
    if changed == "nltk":
        version = lexicon.metadata.version
        monkeypatch.setattr(lexicon.metadata, "version", lambda name: "0.0" if name == "nltk" else version(name))
    elif changed == "wordnet":  # another copy of WordNet's files, one of them newer
        folder = tmp_path / "wordnet"
        shutil.copytree(lexicon.wordnet_folder(), folder)
        os.utime(folder / "data.verb", ns=(0, 0))
        monkeypatch.setenv("HANDBOOK_WORDNET", str(folder))
    else:
        monkeypatch.setattr(word_cache, "code_version", lambda: "the next version")
    assert word_cache.kept_answers().asked() == 0
    answers, _, _ = ask({"jury"})  # asked again, and kept beside the other version's answers
    assert answers.asked() == 2
    assert len(list(user_cache.glob("answers-*.json"))) == 2


def test_the_code_version_follows_the_code_that_asks_and_stems():
    version = word_cache.code_version()
    assert len(version) == 64
    word_cache.code_version.cache_clear()
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(word_cache.metadata, "version", lambda name: "99.0")  # another lunr: other stems
            assert word_cache.code_version() != version
    finally:
        word_cache.code_version.cache_clear()
    assert word_cache.code_version() == version


@pytest.mark.parametrize("damage", [
    "{", "", "[]", '{"wordnet": null}', "\x00\x01garbage",
])
def test_a_damaged_cache_is_asked_again_and_replaced(damage, user_cache):
    _, uses, related = ask(HANDBOOK_WORDS)
    (kept,) = user_cache.glob("answers-*.json")
    kept.write_text(damage, encoding="utf-8")
    assert word_cache.kept_answers().asked() == 0
    assert ask(HANDBOOK_WORDS)[1:] == (uses, related)
    assert json.loads(kept.read_text(encoding="utf-8"))["uses"]["jury"] == 23


def test_answers_damaged_by_hand_are_not_used(user_cache):
    ask(HANDBOOK_WORDS)
    (kept,) = user_cache.glob("answers-*.json")
    stored = json.loads(kept.read_text(encoding="utf-8"))
    stored["uses"]["jury"] = "23"
    kept.write_text(json.dumps(stored), encoding="utf-8")
    assert word_cache.kept_answers().asked() == 0


def test_an_unwritable_cache_folder_leaves_the_answers_unkept_without_an_error(tmp_path, monkeypatch):
    in_the_way = tmp_path / "not-a-folder"
    in_the_way.write_text("a file where the cache folder would go", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(in_the_way))
    answers, uses, _ = ask({"jury"})
    assert answers.asked() == 2 and uses == {"juri": 23}
    assert in_the_way.read_text(encoding="utf-8").startswith("a file")


def test_without_xdg_cache_home_the_cache_is_in_the_home_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert word_cache.cache_folder() == tmp_path / ".cache" / "handbook" / "wordnet"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")  # the XDG specification: ignored
    assert word_cache.cache_folder() == tmp_path / ".cache" / "handbook" / "wordnet"


def test_a_build_keeps_its_answers_in_the_user_cache_and_goes_on_when_it_cannot(write_policy, tmp_path):
    policy = write_policy("1. Staff who resign give a month's notice in writing.\n2. Children are collected by 3pm.\n")
    xdg = tmp_path / "xdg"
    built = mkdocs_build(tmp_path / "site", policy.parents[1], XDG_CACHE_HOME=str(xdg),
                         HANDBOOK_PAGE_CACHE=str(tmp_path / "pages"))
    assert built.returncode == 0, built.stderr
    (kept,) = (xdg / "handbook" / "wordnet").glob("answers-*.json")
    assert "resign" in json.loads(kept.read_text(encoding="utf-8"))["meanings"]
    assert not (tmp_path / "pages" / "wordnet").exists()  # not in the handbook's page cache any more

    in_the_way = tmp_path / "a-file"
    in_the_way.write_text("", encoding="utf-8")
    again = mkdocs_build(tmp_path / "site-2", policy.parents[1], XDG_CACHE_HOME=str(in_the_way),
                         HANDBOOK_PAGE_CACHE=str(tmp_path / "pages-2"))
    assert again.returncode == 0, again.stderr
    assert "Traceback" not in again.stderr
    index = sorted((tmp_path / "site" / "search").rglob("*.json"))
    assert index  # the search index, the same with WordNet's answers kept or not
    for path in index:
        assert path.read_bytes() == (tmp_path / "site-2" / path.relative_to(tmp_path / "site")).read_bytes(), path
