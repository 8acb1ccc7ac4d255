"""Search documents, terms and the index files (handbook.search.passages, terms, index_files)."""

from __future__ import annotations

import hashlib
import itertools
import json
import re
from pathlib import Path

import pytest
from helpers import REPO, policy_source
from jsonschema import Draft202012Validator

from handbook.model import Handbook
from handbook.pages import theme
from handbook.search import index_files, lexicon, passages, terms
from handbook.search.synonyms import Vocabulary, load_vocabulary, sector_vocabulary
from handbook.source.handbook_folder import load_handbook
from handbook.source.policy_file import parse_policy

# The index's files and settings, as the writer writes them and the worker reads them.
FORMAT_SCHEMA = REPO / "src" / "handbook" / "search" / "index_format.schema.json"


def _documents(body: str) -> list[passages.SearchDocument]:
    policy = parse_policy(policy_source(body), Path("p.md"))
    return passages.documents(Handbook((policy,)), lambda _: "test-policy/")


def test_one_document_per_clause_in_plain_words_under_its_heading():
    body = (
        "## Using it\n\n1. Use **bold** and [a link](#x){ .c } & x < y.\n"
        "2. Short lead:\n\n    - *one* point\n    - `two` point\n"
    )
    first, second = _documents(body)
    assert (first.location, first.label, first.passages) == (
        "test-policy/#clause-1", "Clause 1", ("Use bold and a link & x < y.",)
    )
    assert first.policy == "Test Policy" and first.context == "Test Policy Using it"
    # Each point is a passage of its own; a short opening goes with each.
    assert second.passages == ("Short lead: one point", "Short lead: two point")


def test_a_long_opening_is_a_passage_of_its_own():
    lead = "This opening sentence is long enough " * 4
    (document,) = _documents(f"1. {lead}\n\n    - first rule\n    - second rule\n")
    assert document.passages == (" ".join(lead.split()), "first rule", "second rule")


def test_a_part_with_an_introduction_is_a_document_per_paragraph_at_its_anchor():
    documents = _documents("## Contacts\n\nCall the office first.\n\n1. Then the head.\n")
    assert [(d.location, d.label) for d in documents] == [
        ("test-policy/#contacts-p1", "Contacts, paragraph 1"),
        ("test-policy/#clause-1", "Clause 1"),
    ]


def test_an_unnumbered_policy_is_found_paragraph_by_paragraph():
    body = (
        "The club is committed to the welfare of every child.\n\n"
        "## Photography\n\n"
        "Parents may take photographs at matches for their own use.\n\n"
        "The club will not publish photographs featuring children without a parent's written consent.\n\n"
        "## Reporting concerns\n\n"
        "Speak to the Club Welfare Officer the same day.\n"
    )
    documents = _documents(body)
    assert [(d.location, d.label) for d in documents] == [
        ("test-policy/#opening-p1", "Paragraph 1"),
        ("test-policy/#photography-p1", "Photography, paragraph 1"),
        ("test-policy/#photography-p2", "Photography, paragraph 2"),
        ("test-policy/#reporting-concerns-p1", "Reporting concerns, paragraph 1"),
    ]
    assert documents[2].context == "Test Policy Photography"
    # The words staff search for lead to the paragraph that says them, and only to it.
    index = index_files.build_index(documents, Vocabulary())
    (term,) = terms.terms("featuring")
    (posting,) = [shard["postings"][term] for shard in index.shards if term in shard["postings"]]
    numbers = list(itertools.accumulate(posting[1::3]))
    assert [documents[n].location for n in numbers] == ["test-policy/#photography-p2"]


def test_terms_drop_stop_words_stem_and_find_phrases():
    phrases = frozenset({terms.phrase_key("head teachers")})
    assert phrases == {"head teacher"}
    found = terms.terms("Can I ask my Head Teachers about the photos?", phrases)
    assert found == ["ask", "head", "teacher", "photo", "head teacher"]
    # "IT" in capitals is an abbreviation, not the pronoun.
    assert terms.terms("Ask IT if it breaks") == ["ask", "it", "break"]


def test_rarer_words_weigh_more_and_short_passages_more_than_long_ones():
    body = "1. Staff check the privacy settings.\n2. Staff use email.\n3. Staff use email and privacy settings and a great many other words besides.\n"  # noqa: E501
    index = index_files.build_index(_documents(body), Vocabulary())
    (shard,) = index.shards
    staff, privacy = shard["postings"]["staff"], shard["postings"]["privaci"]
    assert staff[0] < privacy[0]  # IDF: every clause says "staff", two say "privacy"
    weights, number = {}, 0
    for gap, passage, weight in zip(privacy[1::3], privacy[2::3], privacy[3::3], strict=True):
        number += gap
        weights[number, passage] = weight
    assert list(weights) == [(0, 0), (2, 0)] and weights[0, 0] > weights[2, 0]


def _weights_of(index: index_files.SearchIndex, term: str) -> dict[tuple[int, int], int]:
    """``term``'s weight in each (document, passage) that holds it, decoded from the index's postings."""
    found = next(shard["postings"][term] for shard in index.shards if term in shard["postings"])
    weights, number = {}, 0
    for gap, passage, weight in zip(found[1::3], found[2::3], found[3::3], strict=True):
        number += gap
        weights[number, passage] = weight
    return weights


def test_a_word_a_heading_says_twice_counts_as_once():
    """ "Cycling and cycle storage" says what its clauses are about as "Cycle storage"
    does: a heading is a label, and its word said twice must not outweigh the clause's own words."""
    body = "## Cycling and cycle storage\n\n1. Lock it in the shed.\n\n## Cycle storage\n\n2. Lock it in the shed.\n"
    weights = _weights_of(index_files.build_index(_documents(body), Vocabulary()), "cycl")
    assert weights[0, 0] == weights[1, 0]


def test_a_word_of_the_policy_s_title_weighs_as_rare_as_the_clauses_make_it():
    """Every clause of "Lone Working" holds its title's words, which must not make "lone" a common
    word: its IDF is that of the clauses (one says it), and the title adds it to each of its clauses."""
    policy = parse_policy(policy_source("1. Ring the office every two hours.\n2. Carry a charged phone.\n"
                                        "3. Tell the office where you are.\n", title="Lone Working"), Path("p.md"))
    other = parse_policy(policy_source("1. No visitor is left alone or lone in a classroom.\n2. Visitors sign in.\n"
                                       "3. Visitors wear a badge.\n", id="visitors", title="Visitors"), Path("v.md"))
    documents = passages.documents(Handbook((policy, other)), lambda p: f"{p.meta.id}/")
    index = index_files.build_index(documents, Vocabulary())
    idf = {term: found[0] for shard in index.shards for term, found in shard["postings"].items()}
    assert idf["lone"] == idf["badg"]  # one clause of six says each
    weights = _weights_of(index, "lone")
    assert set(weights) == {(0, 0), (1, 0), (2, 0), (3, 0)}
    assert weights[0, 0] == weights[1, 0] == weights[2, 0] == round(index_files.TITLE_WEIGHT * idf["lone"])


def test_synonyms_are_given_as_terms_and_phrases_are_indexed_whole():
    vocabulary = Vocabulary(groups=(("head teacher", "principal"),), also_find={"facebook": ("social media",)})
    index = index_files.build_index(_documents("1. Ask the head teacher before using social media.\n"), vocabulary)
    synonyms = index.settings["synonyms"]
    assert synonyms["facebook"] == ["social media"]
    assert "princip" in synonyms["head teacher"] and "head teacher" in synonyms["princip"]
    assert {"head teacher", "social media"} <= set(index.shards[0]["postings"])
    assert {"facebook", "principal", "teacher"} <= set(index.words)  # corrections may be made to these


def test_shards_use_fnv_1a_as_the_worker_does():
    # FNV-1a (32 bits) test vectors: shard_of with 2**32 shards is the hash itself.
    assert index_files.shard_of("", 2**32) == 0x811C9DC5
    assert index_files.shard_of("a", 2**32) == 0xE40C292C
    assert index_files.shard_of("foobar", 2**32) == 0xBF9CF968


def test_a_large_handbook_is_split_into_shards_and_files(monkeypatch):
    monkeypatch.setattr(index_files, "SHARD_BYTES", 200)
    body = "".join(f"{n}. Clause {n} mentions word{n} and staff.\n" for n in range(1, 80))
    index = index_files.build_index(_documents(body), Vocabulary())
    assert len(index.shards) > 10 and len(index.documents) == 3  # 79 documents, 32 a file
    for n, shard in enumerate(index.shards):
        assert all(index_files.shard_of(term, len(index.shards)) == n for term in shard["postings"])


def test_index_files_go_in_a_folder_named_by_their_hash_and_material_gets_the_settings(tmp_path):
    material_index = tmp_path / theme.SEARCH_INDEX
    material_index.parent.mkdir()
    material_index.write_text(json.dumps({"config": {"lang": ["en"]}, "docs": [{"location": "", "title": "Home"}]}))
    index = index_files.build_index(_documents("1. Privacy.\n"), Vocabulary())
    settings = index_files.write_index(tmp_path, index)
    theme.hand_search_settings(tmp_path, settings)

    folder = tmp_path / str(settings["folder"])
    assert folder.parent == tmp_path / "search"
    assert json.loads((folder / "documents" / "0.json").read_text()) == [
        ["test-policy/#clause-1", "Test Policy", "Clause 1", ["Privacy."]]
    ]
    written = json.loads(material_index.read_text())
    assert written["docs"] == [] and written["config"]["lang"] == ["en"]
    assert written["config"]["handbook"]["folder"] == settings["folder"]
    # Another build of other words writes another folder.
    other = index_files.write_index(tmp_path, index_files.build_index(_documents("1. Email.\n"), Vocabulary()))
    assert other["folder"] != settings["folder"]


def test_the_weights_kept_between_builds_follow_every_field_of_the_documents_which_the_cache_does_not_hold(tmp_path):
    """The weights are kept by a hash of the documents' fields, not of each document: the page cache remembers the hash
    of each frozen object it is given for the rest of the build (at 2,000 policies, 60,000 documents: issue 20)."""
    from dataclasses import replace

    from handbook.mkdocs_build.page_cache import PageCache

    documents = _documents("## Visitors\n\n1. Visitors sign in at the office.\n2. Staff wear their badges.\n")
    # The same words each time (WordNet's share of each, also in the key, is the same): other weights
    changed = [
        [replace(documents[0], context="Test Policy Office")],
        [replace(documents[0], policy="Visitors")],
        [replace(documents[0], passages=("Visitors, visitors sign in at the office.",))],
        [replace(documents[0], location="test-policy/#clause-9")],
        [replace(documents[0], label="Clause 9")],
    ]
    for other in changed:
        folder = tmp_path / str(len(list(tmp_path.iterdir())))
        first = PageCache(folder, "code")
        index_files.build_index(documents[:1], Vocabulary(), keep=first.keep)
        assert not any(isinstance(value, passages.SearchDocument) for value, _ in first._digests.values())
        again = index_files.build_index(other, Vocabulary(), keep=PageCache(folder, "code").keep)
        assert again == index_files.build_index(other, Vocabulary()), other


def test_each_index_file_is_written_as_it_is_made_and_the_folder_is_named_by_them_all(tmp_path, monkeypatch):
    """At 2,000 policies the index's files, all made before any was written, were 33 MB of the build's peak memory
    (issue 20): each is written before the next is made, into a folder renamed once their hash is known."""
    index = index_files.build_index(_documents("".join(f"{n}. Staff report {word} to the office.\n" for n, word in
                                                      enumerate(["absence", "injuries", "visitors"] * 30, 1))),
                                    Vocabulary())
    made = []
    as_json = index_files._json

    def recorded(value):
        on_disk = {p.read_text(encoding="utf-8") for p in (tmp_path / "search").rglob("*.json")}
        assert all(text in on_disk for text in made), "a file made earlier is not written yet"
        made.append(as_json(value))
        return made[-1]

    monkeypatch.setattr(index_files, "_json", recorded)
    settings = index_files.write_index(tmp_path, index)
    folder = tmp_path / str(settings["folder"])
    files = sorted((str(p.relative_to(folder)), p.read_text(encoding="utf-8")) for p in folder.rglob("*.json"))
    assert len(files) == len(made) > 5 and sorted(text for _, text in files) == sorted(made)
    digest = hashlib.sha256(b"".join(f"{name}\0{text}\0".encode() for name, text in files)).hexdigest()
    assert folder.name == digest[:12]
    assert index_files.write_index(tmp_path, index) == settings  # again: the same folder, and nothing left beside it
    assert [p.name for p in (tmp_path / "search").iterdir()] == [folder.name]


@pytest.mark.parametrize("source", ["policy_src", "examples/policy_src"])
def test_every_labelled_question_names_a_clause_that_exists(source):
    """The question sets (tests/search_queries/) must stay true as the policies change."""
    from search_questions import HELD_OUT, HELD_OUT_2, TUNING, load

    handbook = load_handbook(Path(__file__).parent.parent / source)
    locations = {d.location for d in passages.documents(handbook, lambda p: f"{p.meta.id}/")}
    questions = [q for path in (TUNING, HELD_OUT, HELD_OUT_2) for q in load(path) if handbook.policy(q.policy)]
    assert questions
    assert [q.address for q in questions if q.address not in locations] == []


def _format(part: str) -> Draft202012Validator:
    """A validator of one part of the index's format: "settings", "terms_file", ..."""
    schema = json.loads(FORMAT_SCHEMA.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator({**schema, "$ref": f"#/$defs/{part}"})


@pytest.mark.parametrize("source", ["policy_src", "examples/policy_src"])
def test_the_index_files_of_a_real_handbook_follow_their_format(tmp_path, monkeypatch, source):
    monkeypatch.setattr(index_files, "SHARD_BYTES", 1000)  # many shards, as a large handbook has
    source_dir = REPO / source
    documents = passages.documents(load_handbook(source_dir), lambda p: f"{p.meta.id}/")
    (tmp_path / theme.SEARCH_INDEX).parent.mkdir()
    (tmp_path / theme.SEARCH_INDEX).write_text(json.dumps({"config": {"lang": ["en"]}, "docs": []}))
    theme.hand_search_settings(
        tmp_path, index_files.write_index(tmp_path, index_files.build_index(documents, load_vocabulary(source_dir))))

    settings = json.loads((tmp_path / theme.SEARCH_INDEX).read_text())["config"]["handbook"]
    _format("settings").validate(settings)
    folder = tmp_path / settings["folder"]
    shards, per_file = settings["shards"], settings["documents_per_file"]
    assert shards > 5
    assert {p.name for p in (folder / "terms").iterdir()} == {f"{n}.json" for n in range(shards)}
    count = len(list((folder / "documents").iterdir()))
    assert count == -(-len(documents) // per_file)  # rounded up
    files = [json.loads((folder / "documents" / f"{n}.json").read_text()) for n in range(count)]
    for file in files:
        _format("documents_file").validate(file)
    written = [document for file in files for document in file]
    assert [len(file) for file in files[:-1]] == [per_file] * (len(files) - 1)
    searched = [[d.location, d.policy, d.label, list(index_files.searched_passages(d.passages))] for d in documents]
    assert written == searched
    words = json.loads((folder / "words.json").read_text())
    _format("words_file").validate(words)
    assert words == sorted(words)

    # What the schema says in words: each term in its shard, its postings triples in order.
    postings = {}
    for n in range(shards):
        postings |= json.loads((folder / "terms" / f"{n}.json").read_text())["postings"]
    for n in range(shards):
        shard = json.loads((folder / "terms" / f"{n}.json").read_text())
        _format("terms_file").validate(shard)
        for term, (_, *encoded) in shard["postings"].items():
            assert index_files.shard_of(settings["shard_keys"].get(term, term), shards) == n
            assert len(encoded) % 3 == 0
            places, number = [], 0
            for gap, passage, weight in zip(encoded[0::3], encoded[1::3], encoded[2::3], strict=True):
                number += gap
                places.append((number, passage))
                assert passage < len(written[number][3]) and weight >= 1
            assert places == sorted(set(places)), term
        for term, meant in shard["related"].items():
            assert index_files.shard_of(settings["shard_keys"].get(term, term), shards) == n
            assert all(other in postings for other in meant[0::2]) and meant[1::2] == sorted(meant[1::2], reverse=True)
    policies = json.loads((folder / "policies.json").read_text())
    _format("policies_file").validate(policies)
    assert [title for _, title, _ in policies] == [p.meta.title for p in load_handbook(source_dir).policies]
    assert [written[first][0].split("#")[0] for _, _, first in policies] == [loc for loc, _, _ in policies]


def test_the_worker_reads_just_the_settings_the_format_describes():
    worker = (REPO / "docs" / "assets" / "search-worker.js").read_text(encoding="utf-8")
    described = json.loads(FORMAT_SCHEMA.read_text(encoding="utf-8"))["$defs"]["settings"]["properties"]
    assert set(re.findall(r"\bsettings\.(\w+)", worker)) == set(described)


def test_a_long_passage_is_searched_a_few_sentences_at_a_time():
    """A clause that swallowed a closing paragraph holds some word of most questions."""
    clause = ("Staff may claim travel expenses on the claim form within one month of the journey. " * 4
              + "This policy is reviewed every two years by the governing body. "
              + "Questions about this policy go to the business manager, who keeps the records. " * 3)
    passages = index_files.searched_passages((clause.strip(), "A short point."))
    assert len(passages) == 4 and passages[-1] == "A short point."
    assert all(len(p.split()) <= index_files.SENTENCES_WORDS for p in passages)
    assert " ".join(passages[:-1]) == " ".join(clause.split())  # every word, in order, once
    assert "expenses" in passages[0] and "expenses" not in passages[2]


def test_the_organisation_s_vocabulary_adds_to_the_sector_s_and_its_also_find_overrides():
    sector = Vocabulary(groups=(("holiday", "annual leave", "vacation"),), also_find={"quit": ("resign",)})
    own = Vocabulary(groups=(("rota", "timetable"),), also_find={"holiday": ("own time",), "boss": ("manager",)})
    merged = sector.overridden_by(own).alternatives()
    assert merged["holiday"] == ["own time"]  # the organisation's word means what it says only
    assert merged["annual leave"] == ["vacation"]  # the rest of the sector's group stays
    assert merged["quit"] == ["resign"] and merged["boss"] == ["manager"] and merged["rota"] == ["timetable"]
    assert sector.overridden_by(Vocabulary(also_find={"quit": ()})).alternatives().get("quit", []) == []


def test_the_shipped_sector_vocabulary_reads_and_knows_uk_school_words():
    alternatives = sector_vocabulary().alternatives()
    said = [("criminal record check", "dbs"), ("quit", "resign"), ("toil", "time off in lieu"),
            ("senco", "special educational needs coordinator"), ("off sick", "sickness absence"),
            ("picking on", "bullying"), ("holiday", "annual leave")]
    for staff_word, policy_word in said:
        assert policy_word in alternatives[staff_word], staff_word


def test_wordnet_joins_a_handbook_word_to_every_base_form_it_is_of():
    """"Personal data found while monitoring" answers "what if I find personal data": "found" is a
    verb of its own, and WordNet's first base form of it; it is the past of "find" too."""
    related = lexicon.related_terms({"found", "monitoring"})
    assert related["find"][terms.stem("found")] == 1.0  # another form of the word, as good as it


def test_wordnet_gives_the_handbook_s_words_a_staff_word_may_mean():
    assert lexicon.wordnet_folder() is not None, "WordNet is missing: make installs Debian's wordnet-base"
    related = lexicon.related_terms({"resign", "children", "notice", "kidskin"})
    assert "resign" in related["quit"]  # "quit" in its sense of leaving office
    kid = related["kid"]
    assert kid[terms.stem("children")] > kid.get(terms.stem("kidskin"), 0)  # a rare sense of "kid" weighs less
    assert all(0 < weight <= 1 for meant in related.values() for weight in meant.values())


def test_wordnet_s_lemmas_looked_up_one_at_a_time_are_those_nltk_reads_whole():
    """The reader looks a lemma up in the index files when it is first asked for (issue 20: loading them
    all was most of WordNet's cost to a build); what it finds must be what NLTK's own loading finds, the
    adjective satellites' offsets too, for lemmas from every part of every file and for words it lacks."""
    import io
    import warnings

    import nltk
    from nltk.corpus.reader.wordnet import WordNetCorpusReader

    folder = lexicon.wordnet_folder()
    assert folder is not None, "WordNet is missing: make installs Debian's wordnet-base"

    class WholeIndex(WordNetCorpusReader):  # NLTK's reader as it comes, but for the files Debian leaves out
        def open(self, fileid: str):
            if fileid == "lexnames":
                return io.StringIO("".join(f"{n:02d}\tlexfile.{n:02d}\t0\n" for n in range(45)))
            return super().open(fileid)

        def map_wn(self, version: str = "") -> None:
            return None

    nltk.data.path.append(str(folder))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        whole = WholeIndex(str(folder), None)._lemma_pos_offset_map
    looked_up = lexicon._wordnet(folder)._lemma_pos_offset_map
    lemmas = sorted(whole)
    sample = [*lemmas[::500], lemmas[-1], "able", "bright", "good", "ill", "stand_out", "a.d.", "'hood"]
    assert {lemma: looked_up[lemma] for lemma in sample} == {lemma: whole[lemma] for lemma in sample}
    assert sum(bool(whole[lemma].get("s")) for lemma in sample) > 5  # satellites were compared
    for missing in ("kidskins", "zzzz", "", "a b"):
        assert missing not in looked_up
        assert looked_up[missing] == {}


def test_a_word_of_everyday_english_weighs_less_than_a_word_as_rare_in_the_handbook():
    """ "What happens if I'm called for jury service": each word is in one clause of this policy, but
    "happens" is said everywhere and tells nothing of what is asked."""
    assert lexicon.wordnet_folder() is not None, "WordNet is missing: make installs Debian's wordnet-base"
    body = (
        "1. Staff summoned for jury service tell their line manager.\n"
        "2. If a fire alarm sounds, whatever happens, leave by the nearest exit.\n"
        "3. Expenses are claimed on the form within a month.\n"
    )
    index = index_files.build_index(_documents(body), Vocabulary())
    idf = {term: found[0] for shard in index.shards for term, found in shard["postings"].items()}
    assert idf["happen"] < idf["juri"] < idf["happen"] * 3
    uses = lexicon.everyday_uses({"happens", "jury", "grievance", "kidskin"})
    assert uses["happen"] > 5 * uses["juri"] > uses["grievanc"]  # WordNet's tagged texts: 195, 23, 3


def test_wordnet_s_answers_kept_from_an_earlier_build_give_the_same_index_without_wordnet(monkeypatch):
    """The page cache keeps WordNet's answers as JSON: the next build asks WordNet only of new words."""
    import json

    assert lexicon.wordnet_folder() is not None, "WordNet is missing: make installs Debian's wordnet-base"
    words = {"resign", "children", "notice", "kidskin", "happens", "jury", "knives", "grievance", "zzzword"}
    asked = lexicon.WordAnswers()
    everyday, related = lexicon.everyday_uses(words, answers=asked), lexicon.related_terms(words, answers=asked)
    kept = json.loads(json.dumps(asked.to_json("code 1")))

    def no_wordnet(folder):
        raise AssertionError("WordNet was loaded for words already answered")

    monkeypatch.setattr(lexicon, "_wordnet", no_wordnet)
    answers = lexicon.WordAnswers.from_json(kept, "code 1")
    assert lexicon.everyday_uses(words, answers=answers) == everyday
    assert lexicon.related_terms(words, answers=answers) == related
    with pytest.raises(AssertionError, match="already answered"):  # a new word is asked of WordNet
        lexicon.related_terms(words | {"quit"}, answers=answers)
    assert lexicon.WordAnswers.from_json(kept, "code 2").asked() == 0  # other code: asked again
    for damaged in ({**kept, "uses": {"jury": "23"}}, {**kept, "meanings": {"jury": [1, 2]}}, {**kept, "uses": []}):
        assert lexicon.WordAnswers.from_json(damaged, "code 1").asked() == 0
    monkeypatch.setattr(lexicon.metadata, "version", lambda name: "0.0" if name == "nltk" else "1")
    assert lexicon.WordAnswers.from_json(kept, "code 1").asked() == 0  # another NLTK reads WordNet: asked again


@pytest.mark.parametrize(("sets", "handbook_folder", "held_out_files", "at_least"), [
    ("real", "search_handbook", ["real_held_out.yml", "real_held_out_3.yml"], 100),  # other organisations' policies
    ("hr", "search_handbook_extra", ["hr_held_out.yml", "hr_held_out_2.yml"], 50),  # six staff-handbook HR policies
])
def test_every_real_policy_question_names_clauses_that_exist(sets, handbook_folder, held_out_files, at_least):
    """tests/search_queries/{sets}_*.yml: questions over real policies (benchmarks/{handbook_folder}/)."""
    from search_questions import QUERIES, load

    handbook = load_handbook(REPO / "benchmarks" / handbook_folder)
    locations = {d.location for d in passages.documents(handbook, lambda p: f"{p.meta.id}/")}
    tuning = load(QUERIES / f"{sets}_tuning.yml")
    held_out = [question for name in held_out_files for question in load(QUERIES / name)]
    assert len(tuning) + len(held_out) >= at_least and len(held_out) * 10 >= 3 * (len(tuning) + len(held_out))
    assert [q.text for q in tuning + held_out if not q.addresses <= locations] == []


def test_a_common_word_keeps_the_same_heaviest_passages_though_its_weights_are_let_go_on_the_way(monkeypatch):
    # The index keeps a term's MOST_PASSAGES heaviest passages. While weighing, a common word's lighter
    # ones are let go as soon as it has twice as many (a large handbook's peak memory): the passages kept
    # must be those taken from all of its weights at once, ties to the earlier.
    clauses = ["Staff may use email.", "Staff use email and the phone and the post.", "Staff use email.",
               "Staff may use email at home.", "Staff use email.", "Staff use the email system at work and at home."]
    body = "".join(f"{n}. {text}\n" for n, text in enumerate(clauses * 3, 1))
    every_weight = _weights_of(index_files.build_index(_documents(body), Vocabulary()), "email")
    assert len(every_weight) == 18 and len(set(every_weight.values())) >= 2
    monkeypatch.setattr(index_files, "MOST_PASSAGES", 4)  # let go from 8 on, and again and again
    kept = _weights_of(index_files.build_index(_documents(body), Vocabulary()), "email")
    heaviest = sorted(every_weight, key=lambda key: -every_weight[key])[:4]
    assert kept == {key: every_weight[key] for key in sorted(heaviest)}
