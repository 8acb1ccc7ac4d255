"""The search worker (docs/assets/search-worker.js) over indexes the build writes, run in Node.

The browser tests (tests/e2e/test_e2e_search*.py) run it in Chromium on the built sites; these run
it on small indexes made for each case, through Material's worker protocol all the same
(tests/js/search_worker.js), and check that it splits, stems and hashes as the index was written.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from helpers import EXAMPLES, REPO, policy_source

from handbook.pages import policy_pages, theme
from handbook.search import index_files, passages, terms
from handbook.search.synonyms import Vocabulary, load_vocabulary
from handbook.source.handbook_folder import load_handbook

NODE = shutil.which("node")
pytestmark = pytest.mark.skipif(NODE is None, reason="Node.js comes with Debian's npm (make test installs it)")


def _run(site: Path, request: dict) -> object:
    result = subprocess.run(
        [NODE, str(REPO / "tests" / "js" / "search_worker.js"), str(site)],
        input=json.dumps(request), capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _write(site: Path, index: index_files.SearchIndex) -> Path:
    """``index`` in ``site``, its settings in a index_files.json as Material's search plugin writes one."""
    (site / theme.SEARCH_INDEX).parent.mkdir(parents=True)
    (site / theme.SEARCH_INDEX).write_text(json.dumps({"config": {"lang": ["en"]}, "docs": []}))
    theme.hand_search_settings(site, index_files.write_index(site, index))
    return site


def _site(tmp_path: Path, policy_src: Path) -> Path:
    handbook = load_handbook(policy_src)
    documents = passages.documents(handbook, lambda p: policy_pages.policy_path(p).removesuffix("index.md"))
    return _write(tmp_path, index_files.build_index(documents, load_vocabulary(policy_src)))


def _ask(site: Path, *queries: str) -> list[list[dict]]:
    """For each query, its results: the clause's entry of each of Material's result items."""
    return [[item[0] for item in items] for items in _run(site, {"queries": list(queries)})]


@pytest.fixture
def one_policy(tmp_path: Path):
    def make(body: str, synonyms: str = "") -> Path:
        source = tmp_path / "policy_src"
        source.mkdir()
        (source / "test-policy.md").write_text(policy_source(body), encoding="utf-8")
        if synonyms:
            (source / "synonyms.yml").write_text(synonyms, encoding="utf-8")
        return _site(tmp_path / "site", source)

    return make


def test_the_worker_hashes_terms_to_shards_as_the_index_does(tmp_path):
    for term in ["", "a", "foobar", "social media", "café", "ŵyr", "北京"]:
        for shards in (97, 2**32):  # 2**32 shards: the hash itself
            assert _run(tmp_path, {"call": "shardOf", "args": [term, shards]}) == index_files.shard_of(term, shards)


def test_lunr_js_stems_every_word_of_the_policies_as_lunr_py_does(tmp_path):
    words = set()
    for source in (REPO / "policy_src", EXAMPLES):
        for document in passages.documents(load_handbook(source), lambda p: ""):
            words.update(w.lower() for text in (document.context, *document.passages) for w in terms.words(text))
    words = sorted(words)
    assert len(words) > 500
    stems = _run(tmp_path, {"stems": words})
    assert {w: s for w, s in zip(words, stems, strict=True) if s != terms.stem(w)} == {}


def test_a_question_finds_the_clause_holding_its_meaningful_words_first(one_policy):
    site = one_policy(
        "1. Staff should report a data breach to the office.\n"
        "2. Staff should check their privacy settings every term.\n"
        "3. Staff use email for work.\n"
    )
    (results,) = _ask(site, "How often should I check my privacy settings?")
    assert [r["location"] for r in results] == ["test-policy/#clause-2"]
    assert results[0]["title"] == "Clause 2"
    assert "<mark>check</mark>" in results[0]["text"] and "<mark>privacy</mark>" in results[0]["text"]
    assert results[0]["terms"] == {"often": False, "check": True, "privacy": True, "settings": True}



def test_a_huge_query_is_read_up_to_its_start(one_policy):
    """10 MB typed or pasted into the search box kept the worker busy for 20 s and more, then failed."""
    site = one_policy("1. Staff check their privacy settings.\n2. Staff use email for work.\n")
    question = "check my privacy settings"
    long_word = "email" * 2_000_000  # 10 MB of one word
    many_words = question + " " + " ".join(f"word{n}" for n in range(200_000))
    asked, long, many = _ask(site, question, long_word, many_words)
    assert [r["location"] for r in asked] == ["test-policy/#clause-1"]
    # The word read is its first 300 characters, which no clause has: nothing matches.
    assert long[0]["title"] == "No clause matches this question well"
    # The question's words and the first of the rest, up to as many words as a question has: most
    # are found nowhere, so the clause comes as the closest, after "no clause matches well".
    clauses = [r for r in many if "#" in r["location"]]
    assert [r["location"] for r in clauses] == ["test-policy/#clause-1"]
    assert len(clauses[0]["terms"]) == 29  # 30 words read; "my" is a stop word

def test_words_are_whole_not_prefixes_and_stop_words_alone_find_nothing(one_policy):
    site = one_policy("1. Report ICT faults to the office.\n2. Email the head.\n")
    assert _ask(site, "em", "can I", "i") == [[], [], []]
    (results,) = _ask(site, "reporting a fault")  # stemmed: reporting -> report, fault -> faults
    assert [r["location"] for r in results] == ["test-policy/#clause-1"]


def test_synonyms_and_phrases_of_the_vocabulary_find_the_policy_s_words(one_policy):
    synonyms = (
        "synonyms:\n  - [head teacher, principal]\n"
        "also_find:\n  facebook: social media\n  official account: business accounts\n"
    )
    body = (
        "1. Ask the head teacher first.\n2. Social media posts are public.\n3. Teachers mark work.\n"
        "4. Business accounts are not for personal use.\n5. An official letter goes on account paper.\n"
    )
    site = one_policy(body, synonyms)
    principal, facebook, official = _ask(site, "ask the principal", "is facebook public", "my official account")
    assert [r["location"] for r in principal] == ["test-policy/#clause-1"]
    # A phrase staff type (the key of also_find) is one term too: it finds what the policy calls it.
    assert official[0]["location"] == "test-policy/#clause-4"
    assert facebook[0]["location"] == "test-policy/#clause-2"
    assert "<mark>Social</mark> <mark>media</mark>" in facebook[0]["text"]


def test_a_long_word_found_nowhere_is_read_as_the_word_one_letter_away(one_policy):
    site = one_policy("1. Add a disclaimer to your profile.\n2. Check your settings.\n")
    (results,) = _ask(site, "disclaimre")
    assert [r["location"] for r in results] == ["test-policy/#clause-1"]


def test_a_clause_s_words_are_shown_as_text(one_policy):
    site = one_policy('1. If marks < 40 & "pass" is \\<b\\>unset\\</b\\>, tell the exams officer.\n')
    (results,) = _ask(site, "exams officer")
    text = results[0]["text"]
    assert "&lt;b&gt;unset&lt;/b&gt;" in text and "&lt; 40 &amp; &quot;pass&quot;" in text
    assert "<b>" not in text


def test_a_many_shard_index_answers_as_a_one_shard_index(tmp_path, monkeypatch):
    questions = ["can I be friends with parents on facebook", "should i add a disclaimer to my blog"]
    whole = _ask(_site(tmp_path / "whole", REPO / "policy_src"), *questions)
    monkeypatch.setattr(index_files, "SHARD_BYTES", 500)
    split_site = _site(tmp_path / "split", REPO / "policy_src")
    settings = json.loads((split_site / theme.SEARCH_INDEX).read_text())["config"]["handbook"]
    assert settings["shards"] > 20
    assert _ask(split_site, *questions) == whole
    assert whole[0][0]["location"] == "social-media/#clause-19" and whole[1][0]["location"] == "social-media/#clause-18"


def test_an_empty_vocabulary_and_handbook_still_answer(tmp_path):
    site = _write(tmp_path, index_files.build_index([], Vocabulary()))
    assert _ask(site, "anything at all") == [[]]


def test_a_missing_index_file_gives_no_results_not_a_stuck_search(tmp_path):
    site = _site(tmp_path, REPO / "policy_src")
    folder = json.loads((site / theme.SEARCH_INDEX).read_text())["config"]["handbook"]["folder"]
    shutil.rmtree(site / folder)  # the site was rebuilt while the page was open
    assert _ask(site, "disclaimer", "privacy settings") == [[], []]


def test_the_worker_reads_the_index_files_as_their_format_describes(tmp_path, monkeypatch):
    """The real handbook's files, in many shards, read by the worker's own code: each term's postings
    as src/handbook/search/index_format.schema.json's "terms_file" describes them (tests/test_search.py
    checks the writer follows it), and each document as the handbook's search documents."""
    monkeypatch.setattr(index_files, "SHARD_BYTES", 1000)
    site = _site(tmp_path, REPO / "policy_src")
    settings = json.loads((site / theme.SEARCH_INDEX).read_text())["config"]["handbook"]
    scale = settings["weight_scale"]
    postings = {}
    for path in (site / settings["folder"] / "terms").glob("*.json"):
        for term, (idf, *encoded) in json.loads(path.read_text())["postings"].items():
            found, number = {}, 0
            for gap, passage, weight in zip(encoded[0::3], encoded[1::3], encoded[2::3], strict=True):
                number += gap
                found[f"{number}/{passage}"] = weight / scale
            postings[term] = {"idf": idf / scale, "found": found}
    assert settings["shards"] > 5 and len(postings) > 300
    documents = passages.documents(load_handbook(REPO / "policy_src"),
                                   lambda p: policy_pages.policy_path(p).removesuffix("index.md"))

    read = _run(site, {"decode": {"terms": sorted(postings), "documents": list(range(len(documents)))}})

    assert read["postings"] == postings
    assert read["documents"] == [
        {"location": d.location, "policy": d.policy, "label": d.label,
         "passages": list(index_files.searched_passages(d.passages))} for d in documents
    ]


def test_the_sector_vocabulary_finds_what_a_policy_calls_it_and_says_why(one_policy):
    site = one_policy(
        "1. All staff have an enhanced DBS certificate before they start.\n"
        "2. Staff record each visitor's arrival in the visitors' book.\n"
        "3. A check of references is made by the office.\n"
    )
    (results,) = _ask(site, "do I need a criminal record check")
    assert results[0]["location"] == "test-policy/#clause-1"
    assert "<mark>DBS</mark>" in results[0]["text"]
    assert "Matched <b>DBS</b> for “criminal record check”" in results[0]["text"]


# A UK disciplinary and grievance procedure as such policies word it (Acas's code of practice):
# staff ask in other words ("sacked on the spot", "come with me", "unhappy", "dodgy").
DISCIPLINE_POLICY = (
    "## Misconduct\n\n"
    "1. First offence: written warning. Second offence: dismissal with notice.\n\n"
    "## Gross misconduct\n\n"
    "2. Theft, violence or being unfit for work through drink or drugs leads to summary dismissal.\n\n"
    "## Grievances\n\n"
    "3. If you feel aggrieved about any matter relating to your employment, first raise it with your"
    " line manager, who will arrange a meeting to hear it.\n"
    "4. You have the right to be accompanied at any meeting by a fellow employee or a trade union"
    " representative.\n\n"
    "## Speaking up\n\n"
    "5. Report any suspected fraud or other wrongdoing by the company to a director.\n"
)


@pytest.mark.parametrize(("question", "clause"), [
    ("can i be sacked on the spot", 2),
    ("what gets you instantly dismissed", 2),
    ("unhappy with how I'm treated at work", 3),
    ("can I bring someone with me to my grievance hearing", 4),
    ("seen something dodgy going on at work", 5),
])
def test_the_sector_vocabulary_knows_what_staff_call_disciplinary_and_grievance_terms(one_policy, question, clause):
    (results,) = _ask(one_policy(DISCIPLINE_POLICY), question)
    assert results[0]["location"] == f"test-policy/#clause-{clause}"


# A staff code of conduct worded as such codes are: what staff type is not what it says.
CONDUCT_POLICY = (
    "## Expected behaviour\n\n"
    "1. Treat everyone with courtesy and respect.\n\n"
    "## Unacceptable behaviour\n\n"
    "2. Shouting at, threatening or humiliating anyone at work, in person or online, is unacceptable.\n\n"
    "## Seeking advice\n\n"
    "3. If in doubt about any part of this code, ask the head teacher or the DSL before you act.\n\n"
    "## Disputes\n\n"
    "4. A dispute between colleagues is first raised with both line managers.\n\n"
    "## Terms used\n\n"
    "5. Definitions: DSL is the designated safeguarding lead; SLT the senior leadership team.\n\n"
    "## Version history\n\n"
    "6. Revised in September 2025 after the staff consultation.\n"
)


@pytest.mark.parametrize(("question", "clauses"), [
    ("how should I behave", {1, 2}),  # what is expected, and what is not
    ("what behaviour is not allowed", {2}),
    ("not sure what the code means for me", {3}),
    ("what if two of us disagree", {4}),
    ("what does DSL stand for", {5}),
    ("when was this last changed", {6}),
])
def test_the_sector_vocabulary_knows_how_staff_ask_what_any_policy_says_formally(one_policy, question, clauses):
    (results,) = _ask(one_policy(CONDUCT_POLICY), question)
    assert results[0]["location"] in {f"test-policy/#clause-{clause}" for clause in clauses}


QUIT_POLICY = (
    "## Job descriptions\n\n"
    "1. Each role has a job description, reviewed when the position changes.\n"
    "2. Your line manager agrees your job description with you.\n\n"
    "## Leaving\n\n"
    "3. To resign, give your head teacher written notice: one term for teachers.\n"
)


def test_quitting_a_job_finds_resignation_not_job_descriptions(one_policy, tmp_path):
    """The seed school's synonyms once sent "job" to "role" and "position": job descriptions."""
    site = one_policy(QUIT_POLICY, (REPO / "policy_src" / "synonyms.yml").read_text(encoding="utf-8"))
    (results,) = _ask(site, "how do I quit my job")
    assert results[0]["location"] == "test-policy/#clause-3"


def test_an_organisation_s_also_find_overrides_the_sector_s(one_policy):
    site = one_policy(QUIT_POLICY, "also_find:\n  quit: job description\n")
    (results,) = _ask(site, "how do I quit")
    assert results[0]["location"] in {"test-policy/#clause-1", "test-policy/#clause-2"}
    assert all(r["location"] != "test-policy/#clause-3" for r in results)


def test_a_rare_word_outranks_two_common_ones(one_policy):
    site = one_policy(
        "1. Staff called to a meeting by the service are paid for the time of the service meeting.\n"
        "2. Staff called for service on a committee tell the office.\n"
        "3. Staff called by a parent return the call within a day of service.\n"
        "4. Staff who sit as magistrates tell the office in good time.\n"
        "5. Customer service staff answer calls.\n"
    )
    (results,) = _ask(site, "I've been called up to do my magistrates service")
    assert results[0]["location"] == "test-policy/#clause-4"


JURY_POLICY = (
    "## Time off for public duties\n\n"
    "1. Staff summoned for jury service tell their line manager as soon as the summons arrives, and give a"
    " copy of it to the school office, who arranges cover for their lessons and duties. The court's"
    " certificate of attendance is handed in on their return, so that the days can be recorded.\n\n"
    "## Pay\n\n"
    "2. Staff called in to work on a closure day are paid for the time they work.\n"
    "3. Staff called to a meeting outside their working time are paid at their usual rate.\n"
    "4. Pay for long service is reviewed by the business manager each year; years of service count from"
    " the first day.\n\n"
    "## Absence\n\n"
    "5. Staff called away by a family emergency ring the office before nine.\n"
    "6. Staff absent at the time of a service review are paid as usual.\n"
    "7. Customer service staff answer calls from parents during the school day.\n"
)


def test_the_clause_with_the_question_s_rarest_word_comes_first(one_policy):
    """Issue 19: "called", "paid" and "time" are in many clauses and, added up, outweigh "jury service",
    said once in a long clause; the clause that has it comes first all the same. "Job" may faintly
    mean "business" (WordNet), a word as rare as "jury": so faint a meaning must not make "job" count
    as rare (it once switched the rule off)."""
    site = one_policy(JURY_POLICY)
    for question in ("I've been called for jury service, am I paid for the time",
                     "I've been called for jury service, is my job paid for the time"):
        (results,) = _ask(site, question)
        assert results[0]["location"] == "test-policy/#clause-1", question


def test_a_heading_counts_more_than_a_word_in_passing(one_policy):
    site = one_policy(
        "## Expenses\n\n1. Claims are made on the form within a month.\n\n"
        "## Training\n\n2. Courses are booked by the office; expenses for travel may be claimed afterwards.\n"
    )
    (results,) = _ask(site, "how do I claim expenses")
    assert results[0]["location"] == "test-policy/#clause-1"


def test_a_question_nothing_answers_well_says_so_and_lists_the_policies(one_policy):
    site = one_policy("1. Staff check their privacy settings.\n2. Staff use email for work.\n")
    (results,) = _ask(site, "where do I park my bicycle settigns")
    message, *rest = results
    assert message["title"] == "No clause matches this question well"
    assert "<b>settings</b>" in message["text"]  # a spelling from the handbook's own words
    assert rest[-1]["location"] == "test-policy/" and rest[-1]["title"] == "Test Policy"
    assert len([r for r in rest if "#" in r["location"]]) <= 3
    # A question some clause answers gets its clauses only.
    (answered,) = _ask(site, "privacy settings")
    assert [r["location"] for r in answered] == ["test-policy/#clause-1"]


def test_keys_typed_while_the_worker_is_busy_fetch_nothing_of_their_own(tmp_path, monkeypatch):
    """Material asks the worker again at every key. A query typed over before the worker came to it
    (it was busy, or fetching) is dropped: at 2,000 policies each half-typed word ("f", "fr",
    "fri"...) cost a file of the index, and ranking thousands of passages, before the last key's
    query was answered."""
    monkeypatch.setattr(index_files, "SHARD_BYTES", 500)
    site = _site(tmp_path, REPO / "policy_src")
    question = "can I be friends with parents on facebook"
    typed = _run(site, {"typed": [question[:length] for length in range(1, len(question) + 1)]})
    asked = _run(site, {"typed": [question]})
    assert typed["fetched"] == asked["fetched"]
    assert typed["items"] == asked["items"]
    assert typed["items"][0][0]["location"] == "social-media/#clause-19"


def test_the_ten_shown_of_many_equal_clauses_are_the_first_in_the_handbook(one_policy):
    """The worker keeps only the best clauses in order (a heap), not all of them sorted: among equals,
    those that come first in the handbook, in order; a better clause first wherever it stands."""
    body = "".join(f"{n}. Staff keep a log of each visit.\n" for n in range(1, 301))
    site = one_policy(body + "301. Staff keep a visitor log for the fire register.\n")
    (results,) = _ask(site, "fire log")
    assert [r["location"] for r in results] == ["test-policy/#clause-301"] + [
        f"test-policy/#clause-{n}" for n in range(1, 10)
    ]
