"""The general vocabulary: which words of this handbook a word staff type may mean, from WordNet.

Staff ask "how do I quit", the policy says "resign"; "kids" where it says "children". No
organisation should have to list these. At build time, for each word of the handbook, WordNet
(Princeton WordNet 3.0, Debian's ``wordnet-base``, read by NLTK's WordNet reader) gives the other
words of each of its senses (its synsets); each such word a staff member may type is mapped back to
the handbook's word, with a weight: how often WordNet's tagged texts use each word in that sense
(the order of its senses), so that "quit" leads to "resign" more than "kid" to "kidskin". The worker gets
the result in the index (``related`` in the term files), never WordNet itself.

WordNet also says how often general English uses each word of the handbook (``everyday_uses``), so
that "happens" in "what happens if..." weighs less than a handbook word as rare but telling.

Only words of the handbook are ever suggested, so the browser's download grows with the handbook,
not with WordNet. WordNet's answers for each word can be kept between builds (``WordAnswers``, which
handbook.search.word_cache keeps for all of a user's handbooks): loading WordNet and asking it of
every word was most of a small handbook's build (issue 20), and a save in ``make serve`` seldom
brings new words.

Without WordNet installed (``make`` installs it) the handbook's search still works, on its own words
and the sector's and organisation's vocabularies.
"""

from __future__ import annotations

import functools
import io
import logging
import os
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from . import terms

log = logging.getLogger(__name__)

# Where WordNet's database files are: HANDBOOK_WORDNET names another folder of them.
DEBIAN_WORDNET = Path("/usr/share/wordnet")
MOST_RELATED = 4  # a staff word's heaviest handbook words kept
LEAST_WEIGHT = 0.12  # lighter meanings are left out: rare senses ("kid" -> "kidskin") are noise
SHORTEST_WORD = 3
MOST_SENSES = 4  # a handbook word's commonest senses looked at: its rarer ones weigh too little to count


def wordnet_folder() -> Path | None:
    folder = Path(os.environ.get("HANDBOOK_WORDNET", DEBIAN_WORDNET))
    return folder if (folder / "data.noun").is_file() else None


@functools.cache
def _wordnet(folder: Path):  # NLTK, imported here only: it takes a second
    import nltk
    from nltk.corpus.reader.wordnet import ADJ, ADJ_SAT, WordNetCorpusReader

    class Reader(WordNetCorpusReader):
        """NLTK's reader of WordNet's database files, as Debian installs them: without the
        lexicographer files' names (``lexnames``, which only Synset.lexname() uses) and without the
        mapping to other languages' wordnets, which NLTK would look for among its own downloads.

        NLTK reads all of the index files (147,306 lemmas) and the adjectives' data file when it
        loads: 0.75 s of every build that asks WordNet of a new word, for the few hundred lemmas a
        handbook asks of (issue 20). This reader looks each lemma up when it is first asked for,
        by a binary search of each sorted index file, as WordNet's own library does
        (``_LemmaIndex``), and reads the database files by Python's file rather than NLTK's
        stream, which decodes a line at a time."""

        def open(self, fileid: str):
            if fileid == "lexnames":  # 45 lexicographer files; their names are never asked for
                return io.StringIO("".join(f"{n:02d}\tlexfile.{n:02d}\t0\n" for n in range(45)))
            if fileid.startswith("data."):  # a synset's line is read at its offset
                return _DataFile(self.abspath(fileid).path, self.encoding(fileid))
            if fileid == "cntlist.rev":  # Lemma.count() searches it: in memory, not a line at a time
                with super().open(fileid) as counts:
                    return _InMemoryFile(counts.read())
            return super().open(fileid)

        def map_wn(self, version: str = "") -> None:
            return None

        def _scan_satellites(self) -> None:
            """Which adjective synsets are satellites is asked of each as its lemma is looked up."""

        def _load_lemma_pos_offset_map(self) -> None:
            self._lemma_pos_offset_map = _LemmaIndex(self)

    class _LemmaIndex(dict):
        """NLTK's map of each lemma to its synsets' offsets by part of speech, filled as the lookups
        ask for a lemma: its line in each index file, parsed as NLTK parses them all when it loads.
        A lemma in no index file maps to no part of speech (NLTK's map, a defaultdict, says the same)."""

        def __init__(self, reader: Reader) -> None:
            super().__init__()
            self._encoding = reader.encoding("index.noun")
            self._indexes = [Path(reader.abspath(f"index.{name}").path).read_bytes()
                             for name in reader._FILEMAP.values()]
            self._adjectives = reader.open("data.adj")

        def __missing__(self, lemma: str) -> dict[str, list[int]]:
            found: dict[str, list[int]] = {}
            for index in self._indexes:
                if (line := _line_of(index, lemma.encode(self._encoding))) is None:
                    continue
                _, pos, synsets, pointers, *rest = line.decode(self._encoding).split()
                first = int(pointers) + 2  # after the pointers' symbols, the sense and tagged sense counts
                found[pos] = [int(offset) for offset in rest[first : first + int(synsets)]]
                if pos == ADJ:  # index.adj lists satellites as adjectives: NLTK keeps them apart too
                    found[ADJ_SAT] = [offset for offset in found[pos] if self._satellite(offset)]
            self[lemma] = found
            return found

        def __contains__(self, lemma: object) -> bool:
            return isinstance(lemma, str) and bool(self[lemma])

        def _satellite(self, offset: int) -> bool:
            self._adjectives.seek(offset)
            return self._adjectives.readline().split()[2] == ADJ_SAT

    nltk.data.path.append(str(folder))  # NLTK reads only from folders it is told of
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "the multilingual functions are not available"
        return Reader(str(folder), None)


def _line_of(index: bytes, lemma: bytes) -> bytes | None:
    """The line of a WordNet index file (sorted by lemma) that is ``lemma``'s, by binary search."""
    if not lemma or lemma.startswith(b" "):  # the licence's lines, at the top, start with spaces
        return None
    key = lemma + b" "
    low, high = 0, len(index)  # the line sought, if there is one, starts in [low, high)
    while low < high:
        middle = (low + high) // 2
        start = index.rfind(b"\n", 0, middle) + 1
        end = index.find(b"\n", start)
        end = len(index) if end < 0 else end
        line = index[start:end]
        if line.startswith(key):
            return line
        if line < key:
            low = end + 1
        else:
            high = start
    return None


class _DataFile:
    """A WordNet data file as NLTK's reader reads one (seek to a synset's offset, read its line), by
    Python's binary file rather than NLTK's stream, which decodes a line at a time. Offsets count bytes."""

    def __init__(self, path: str, encoding: str) -> None:
        self._file = open(path, "rb")  # noqa: SIM115 - open as long as the reader, as NLTK keeps its files
        self._encoding = encoding

    def seek(self, offset: int, whence: int = 0) -> int:
        return self._file.seek(offset, whence)

    def tell(self) -> int:
        return self._file.tell()

    def readline(self) -> str:
        return self._file.readline().decode(self._encoding)

    def close(self) -> None:
        self._file.close()


class _InMemoryFile(io.StringIO):
    """A text file in memory, as NLTK's binary search of a sorted WordNet file reads one: tens of times
    faster than NLTK's own stream, which decodes a line at a time (7,900 counts took 24 s)."""

    def discard_line(self) -> None:
        self.readline()


def related_terms(handbook_words: Iterable[str], folder: Path | None = None,
                  answers: WordAnswers | None = None) -> dict[str, dict[str, float]]:
    """Each term (stem) staff may type -> the handbook's terms it may mean, with a weight from 0 to 1.

    ``handbook_words``: the handbook's words, lower case. A staff word that is itself in the
    handbook keeps its related words too (at half weight): "job" is in a policy about job
    descriptions, and a handbook about resigning says "resign". ``answers``: WordNet's answers kept
    from an earlier build; words not in it are asked of WordNet and added to it."""
    folder = folder or wordnet_folder()
    if folder is None:
        log.info("WordNet is not installed (Debian's wordnet-base): search uses the handbook's own words only")
        return {}
    answers = answers if answers is not None else WordAnswers()
    own = {word for word in handbook_words if len(word) >= SHORTEST_WORD and word.isalpha()}
    own -= terms.STOP_WORDS
    own_stems = {terms.stem(word) for word in own}
    unasked = sorted(own - answers.meanings.keys())
    if unasked:
        wordnet = _wordnet(folder)
        shares = functools.cache(functools.partial(_sense_shares, wordnet))
        answers.meanings.update((word, _meanings(wordnet, shares, word)) for word in unasked)
    related: dict[str, dict[str, float]] = {}
    for word in sorted(own):
        target = terms.stem(word)
        for source, weight, a_form in answers.meanings[word]:
            if not a_form and source in own_stems:
                weight /= 2
            if (a_form or weight >= LEAST_WEIGHT) and weight > related.setdefault(source, {}).get(target, 0):
                related[source][target] = weight
    return {
        source: dict(sorted(targets.items(), key=lambda item: -item[1])[:MOST_RELATED])
        for source, targets in sorted(related.items()) if targets
    }


def _meanings(wordnet, shares, word: str) -> list[tuple[str, float, bool]]:
    """What WordNet says a handbook ``word`` may be typed as: (the staff word's stem, its weight before
    the handbook is known, whether it is another form of the word itself)."""
    target = terms.stem(word)
    # Another form of the same word that the stemmer does not join ("knife" and "knives"): every
    # base form WordNet knows, not only its first ("found" is a verb, and the past of "find").
    forms = sorted({form for pos in "nvar" for form in wordnet._morphy(word, pos)} - {word})
    found = [(terms.stem(form), 1.0, True) for form in forms if form.isalpha() and terms.stem(form) != target]
    for synset in wordnet.synsets(word)[:MOST_SENSES]:
        to_word = shares(word).get(synset, 0.0)
        for lemma in synset.lemmas():
            name = lemma.name().lower()
            if "_" in name or not name.isalpha() or len(name) < SHORTEST_WORD or name in terms.STOP_WORDS:
                continue
            if (source := terms.stem(name)) != target:
                # How often the staff word means this sense, above all; the handbook's word's share
                # counts a little (a word of one sense, "kidskin", must not draw "kid" to itself).
                found.append((source, shares(name).get(synset, 0.0) * to_word ** 0.25, False))
    return found


def _sense_shares(wordnet, word: str) -> dict[object, float]:
    """How much of ``word``'s use is in each of its senses. WordNet lists a word's senses most
    frequent first (by its sense-tagged texts); the n-th is taken to be used 1/n as often as the first."""
    senses = wordnet.synsets(word)
    total = sum(1 / rank for rank in range(1, len(senses) + 1))
    return {sense: 1 / rank / total for rank, sense in enumerate(senses, start=1)}


def everyday_uses(handbook_words: Iterable[str], folder: Path | None = None,
                  answers: WordAnswers | None = None) -> dict[str, int]:
    """Each term (stem) of ``handbook_words`` -> how often WordNet's sense-tagged texts (SemCor,
    general English) use its word, counted over the word's senses: "make" 1,613 times, "happen"
    195, "jury" 23, "grievance" 3. A word everyone says in every question ("what happens if",
    "make sure") tells less of what is asked than a handbook's few uses of it suggest. Words
    WordNet does not know are left out; without WordNet, nothing is known."""
    folder = folder or wordnet_folder()
    if folder is None:
        return {}
    answers = answers if answers is not None else WordAnswers()
    words = {word for word in handbook_words if word.isalpha() and word not in terms.STOP_WORDS}
    if unasked := sorted(words - answers.uses.keys()):
        wordnet = _wordnet(folder)
        answers.uses.update((word, _uses(wordnet, word)) for word in unasked)
    uses: dict[str, int] = {}
    for word in sorted(words):
        if (count := answers.uses[word]) is not None:
            key = terms.stem(word)
            uses[key] = max(uses.get(key, 0), count)
    return uses


def _uses(wordnet, word: str) -> int | None:
    """How often SemCor uses ``word``'s lemma; None where WordNet does not know the word."""
    lemma = next((form for form in (wordnet.morphy(word, pos) for pos in "vnar") if form), None)
    if lemma is None:
        return None
    said = (sense for synset in wordnet.synsets(lemma) for sense in synset.lemmas())
    return sum(sense.count() for sense in said if sense.name().lower() == lemma)


@dataclass
class WordAnswers:
    """WordNet's answers for each word asked so far, to keep between builds: ``meanings`` for
    ``related_terms``, ``uses`` for ``everyday_uses``. Their JSON says which WordNet (its files'
    sizes and times) and which code they came from; answers from another are not used."""

    meanings: dict[str, list[tuple[str, float, bool]]] = field(default_factory=dict)
    uses: dict[str, int | None] = field(default_factory=dict)

    def asked(self) -> int:
        return len(self.meanings) + len(self.uses)

    def to_json(self, code: str) -> dict:
        return {"wordnet": _wordnet_fingerprint(code), "meanings": self.meanings, "uses": self.uses}

    @classmethod
    def from_json(cls, kept: object, code: str) -> WordAnswers:
        """The answers kept, or none where they came from another WordNet or code or are damaged."""
        if not isinstance(kept, dict) or kept.get("wordnet") != _wordnet_fingerprint(code):
            return cls()
        meanings, uses = kept.get("meanings"), kept.get("uses")
        try:
            meanings = {word: [(str(source), float(weight), bool(a_form)) for source, weight, a_form in said]
                        for word, said in meanings.items()}
            if all(count is None or isinstance(count, int) for count in uses.values()):
                return cls(meanings, uses)
        except (AttributeError, TypeError, ValueError):  # damaged by hand: asked again
            pass
        return cls()


def _wordnet_fingerprint(code: str) -> str:
    folder = wordnet_folder()
    if folder is None:
        return code
    stats = [(path.name, path.stat().st_size, path.stat().st_mtime_ns) for path in sorted(folder.iterdir())
             if path.is_file()]
    return f"{code} nltk={metadata.version('nltk')} {stats}"  # NLTK reads the files: its version counts too

