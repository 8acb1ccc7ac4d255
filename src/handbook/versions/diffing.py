"""Compare two versions of a policy: clause by clause, and word by word within a clause.

Clauses are matched across versions by their text, never by their number. Numbers shift whenever
a clause is inserted or removed above, so matching by number would report every later clause as
amended; matching by text reports one addition and a run of unchanged, renumbered clauses.

Matching runs in two passes so that a typical review (a few edits among thirty clauses) costs
little: identical texts (whitespace normalised) are paired through a dictionary first, and only
the clauses left over are compared with each other by similarity (difflib's SequenceMatcher over
words, its cheap upper bounds first), pairing the most similar first. What stays unpaired is added
or removed. An added clause most of whose words an old clause held, and no longer holds (it was
removed, or amended to lose them), was split off that clause; likewise a removed clause whose
words went into a new clause was merged into it.

A paired clause has *moved* when its order relative to the other paired clauses changed. Only
the clauses outside a longest run that kept its order are flagged, so moving one clause to the
end flags that clause alone, not the ones that merely shifted up to fill its place.

Within an amended clause, ``redline`` compares words and punctuation marks (so a changed comma
shows) while keeping every character of both texts, whitespace and Markdown included.
"""

from __future__ import annotations

import enum
import heapq
import re
from bisect import bisect_left
from collections import defaultdict, deque
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import Match, SequenceMatcher
from functools import lru_cache

from ..model import Clause

# Two clauses are the same clause, amended, when at least this share of their words agree
# (SequenceMatcher.ratio over words and punctuation marks). Below it: one removed, one added.
SIMILARITY_THRESHOLD = 0.5
# An unpaired clause is part of a split or merge when at least this share of its words appear,
# in order, in the clause it was split from or merged into.
PART_THRESHOLD = 0.7

# Words are compared, and punctuation marks are words of their own, so that a changed comma shows
# in a redline; an apostrophe inside a word ("pupil's", "don't") belongs to the word, and a run
# of Markdown marks ("**", "`", "---", "...") stays one piece. Whatever lies between is whitespace.
_WORD = re.compile(r"\w+(?:['\u2019]\w+)*|\*+|`+|-+|\.+|#+|~+|[^\w\s]")

# Texts of up to this many words are compared exactly (the seed's longest clause has 528). Beyond
# it SequenceMatcher's "autojunk" heuristic is let in: a word making up over 1% of the second
# text no longer starts a match. That costs some precision, but keeps a long or repetitive text
# (a hostile clause of 20,000 identical words) to a second or so instead of many minutes.
EXACT_UP_TO_WORDS = 1000


class ChangeKind(enum.StrEnum):
    UNCHANGED = "unchanged"  # same text (may still be renumbered or moved)
    AMENDED = "amended"  # matched by similarity, text differs
    ADDED = "added"
    REMOVED = "removed"


class WordOp(enum.StrEnum):
    EQUAL = "equal"
    INSERT = "insert"
    DELETE = "delete"


@dataclass(frozen=True)
class WordChange:
    op: WordOp
    text: str  # the words (with their whitespace) this op covers


@dataclass(frozen=True)
class ClauseChange:
    """How one clause fared between two versions."""

    kind: ChangeKind
    old: Clause | None  # None when ADDED
    new: Clause | None  # None when REMOVED
    similarity: float = 1.0  # 0..1 between old.text and new.text (1.0 for UNCHANGED, 0.0 if one side is missing)
    moved: bool = False  # its position relative to the other matched clauses changed
    related: Clause | None = None  # split: the ADDED part names the old clause it came from;
    # merge: the REMOVED part names the new clause it went into

    @property
    def renumbered(self) -> bool:
        return self.old is not None and self.new is not None and self.old.number != self.new.number


def compare_clauses(old: Sequence[Clause], new: Sequence[Clause]) -> tuple[ClauseChange, ...]:
    """Align two versions' clauses by text similarity, not number. Result in reading order of the
    new version, with each REMOVED clause placed where it stood in the old one."""
    old_for_new = _pair_identical(old, new)
    paired_old = set(old_for_new.values())
    # Only clauses without an identical twin need their words: usually a handful of thirty.
    old_words = {i: _words(clause.text) for i, clause in enumerate(old) if i not in paired_old}
    new_words = {j: _words(clause.text) for j, clause in enumerate(new) if j not in old_for_new}
    amended = _pair_similar(old_words, new_words, old_for_new)
    moved = _moved(old_for_new)

    paired_old = set(old_for_new.values())
    removed = [i for i in old_words if i not in paired_old]
    added = [j for j in new_words if j not in old_for_new]
    # A split part comes from an amended or removed old clause; a merged part goes into an
    # amended or added new clause.
    old_became: dict[int, _OtherVersion | None] = dict.fromkeys(removed)
    new_was: dict[int, _OtherVersion | None] = dict.fromkeys(added)
    for j, amendment in amended.items():
        i = old_for_new[j]
        old_became[i] = _OtherVersion.of(old_words[i], new_words[j], amendment)
        new_was[j] = _OtherVersion.of(new_words[j], old_words[i], amendment)
    split_from = _parts_of(added, old_became, new_words, old_words)
    merged_into = _parts_of(removed, new_was, old_words, new_words)

    def change_of_new(j: int) -> ClauseChange:
        if j not in old_for_new:
            related = old[split_from[j]] if j in split_from else None
            return ClauseChange(ChangeKind.ADDED, None, new[j], similarity=0.0, related=related)
        before, after = old[old_for_new[j]], new[j]
        if j not in amended:
            return ClauseChange(ChangeKind.UNCHANGED, before, after, moved=j in moved)
        return ClauseChange(ChangeKind.AMENDED, before, after, similarity=amended[j].similarity, moved=j in moved)

    # A removed clause follows the nearest clause above it in the old version that kept its
    # place (a moved one would drag it along to somewhere it never stood).
    removed_after: dict[int, list[ClauseChange]] = defaultdict(list)
    new_for_old = {i: j for j, i in old_for_new.items()}
    anchor = -1  # before the first new clause
    for i, clause in enumerate(old):
        if i in new_for_old:
            if new_for_old[i] not in moved:
                anchor = new_for_old[i]
            continue
        related = new[merged_into[i]] if i in merged_into else None
        removed_after[anchor].append(ClauseChange(ChangeKind.REMOVED, clause, None, similarity=0.0, related=related))

    changes = list(removed_after[-1])
    for j in range(len(new)):
        changes.append(change_of_new(j))
        changes += removed_after[j]
    return tuple(changes)


def redline(old_text: str, new_text: str) -> tuple[WordChange, ...]:
    """Word-level difference (whitespace-preserving tokens; punctuation-only changes visible).

    Joining the EQUAL and DELETE texts gives ``old_text`` back exactly, EQUAL and INSERT texts
    ``new_text``. Words and punctuation marks are compared; the whitespace between them is not,
    so re-wrapped or re-indented lines do not break a run of equal words (where the exact
    whitespace differs inside such a run it appears as a DELETE and INSERT of whitespace alone,
    which a renderer may show as a plain space). Leaving whitespace out of the comparison also
    keeps two neighbouring replaced words one replacement, not two split by an unchanged space.
    """
    matcher = _matcher(_words(old_text), _words(new_text))
    return _redline(old_text, new_text, matcher.get_matching_blocks())


# --- pairing clauses ------------------------------------------------------------------------


def _matcher(a: Sequence[str] = (), b: Sequence[str] = ()) -> SequenceMatcher[str]:
    """A SequenceMatcher over words, exact unless ``b`` is too long (see EXACT_UP_TO_WORDS)."""
    return SequenceMatcher(None, a, b, autojunk=len(b) > EXACT_UP_TO_WORDS)


@dataclass(frozen=True)
class _Amendment:
    """A pair of clauses matched by similarity, and the runs of words they have in common."""

    similarity: float
    blocks: list[Match]  # SequenceMatcher.get_matching_blocks() over the two clauses' words


@lru_cache(maxsize=1 << 14)
def _normalised(text: str) -> str:
    """The text with each run of whitespace made one space (cached: versions share most clauses)."""
    return " ".join(text.split())


@lru_cache(maxsize=1 << 14)
def _words(text: str) -> tuple[str, ...]:
    """The words and punctuation marks of a text, in order (cached like ``_normalised``)."""
    return tuple(_WORD.findall(text))


def _pair_identical(old: Sequence[Clause], new: Sequence[Clause]) -> dict[int, int]:
    """Pair clauses whose text is the same up to whitespace: new index -> old index.

    Repeated texts pair in order of appearance.
    """
    waiting: dict[str, deque[int]] = defaultdict(deque)
    for i, clause in enumerate(old):
        waiting[_normalised(clause.text)].append(i)
    pairs: dict[int, int] = {}
    for j, clause in enumerate(new):
        if queue := waiting.get(_normalised(clause.text)):
            pairs[j] = queue.popleft()
    return pairs


def _pair_similar(
    old_words: dict[int, tuple[str, ...]], new_words: dict[int, tuple[str, ...]], pairs: dict[int, int]
) -> dict[int, _Amendment]:
    """Pair the clauses left unpaired by similarity, most similar first; add them to ``pairs``.

    ``old_words`` and ``new_words`` hold the unpaired clauses' words by index; the result holds
    each new pair by new index. Similarity is SequenceMatcher's ``ratio``: twice the words in
    common, in order, over the words of both. That is costly, so it is computed lazily. Every
    pair is queued under a cheap upper bound (the words of each found in the other at all); a
    pair that reaches the head of the queue with both clauses still free is queued again under
    a tighter bound (``quick_ratio``: the words in common regardless of order), and then under
    its real ratio; a real ratio at the head beats every other pair's bound, so it is accepted.
    Pairs are thus accepted in the order they would be if every ratio were computed, but most
    are never computed. Ties go to the pair whose positions are closer.
    """
    new_sets = {j: frozenset(words) for j, words in new_words.items()}
    queue: list[tuple[float, int, int, int, int]] = []  # (-score, distance, old, new, how exact)
    for i, other in old_words.items():
        old_set = frozenset(other)
        for j, words in new_words.items():
            total = len(words) + len(other)
            in_common = min(len(words), len(other), _present(other, new_sets[j]), _present(words, old_set))
            if total and (bound := 2 * in_common / total) >= SIMILARITY_THRESHOLD:
                queue.append((-bound, abs(i - j), i, j, _PRESENT))
    heapq.heapify(queue)

    matchers: dict[int, SequenceMatcher[str]] = {}  # one per new clause: it caches facts about it
    found: dict[int, _Amendment] = {}
    blocks: dict[tuple[int, int], list[Match]] = {}  # of the pairs whose real ratio is known
    taken_old: set[int] = set()
    while queue:
        negative_score, distance, i, j, exactness = heapq.heappop(queue)
        if j in found or i in taken_old:
            continue
        if exactness == _RATIO:
            found[j] = _Amendment(-negative_score, blocks[i, j])
            taken_old.add(i)
            pairs[j] = i
            continue
        if j not in matchers:
            matchers[j] = _matcher(b=new_words[j])
        matcher = matchers[j]
        matcher.set_seq1(old_words[i])
        if exactness == _PRESENT:
            score = matcher.quick_ratio()
        else:
            score = matcher.ratio()
            blocks[i, j] = matcher.get_matching_blocks()
        if score >= SIMILARITY_THRESHOLD:
            heapq.heappush(queue, (-score, distance, i, j, exactness + 1))
    return found


# How exact a queued score is, from the cheapest bound to the real ratio.
_PRESENT, _QUICK, _RATIO = range(3)


def _present(words: Sequence[str], others: frozenset[str]) -> int:
    """How many of ``words`` occur in ``others``: at most this many can be matched."""
    return sum(map(others.__contains__, words))


def _moved(pairs: dict[int, int]) -> set[int]:
    """New indices of paired clauses outside a longest run whose order is unchanged."""
    new_order = sorted(pairs)
    kept = _longest_increasing([pairs[j] for j in new_order])
    return {j for position, j in enumerate(new_order) if position not in kept}


def _longest_increasing(values: list[int]) -> set[int]:
    """Positions of a longest strictly increasing subsequence of ``values`` (patience sorting)."""
    tails: list[int] = []  # tails[k]: the smallest value ending an increasing run of length k + 1
    tail_positions: list[int] = []
    previous = [-1] * len(values)
    for position, value in enumerate(values):
        k = bisect_left(tails, value)
        if k == len(tails):
            tails.append(value)
            tail_positions.append(position)
        else:
            tails[k] = value
            tail_positions[k] = position
        previous[position] = tail_positions[k - 1] if k else -1
    kept: set[int] = set()
    position = tail_positions[-1] if tail_positions else -1
    while position >= 0:
        kept.add(position)
        position = previous[position]
    return kept


@dataclass(frozen=True)
class _OtherVersion:
    """What an amended clause became (or was): words split off it (merged into it) are not there."""

    words: tuple[str, ...]
    unshared: int  # the clause's words its other version lacks: at most this many left it (came in)

    @classmethod
    def of(cls, words: tuple[str, ...], other: tuple[str, ...], amendment: _Amendment) -> _OtherVersion:
        return cls(other, len(words) - sum(block.size for block in amendment.blocks))


def _parts_of(
    parts: list[int],
    wholes: dict[int, _OtherVersion | None],
    part_words: dict[int, tuple[str, ...]],
    whole_words: dict[int, tuple[str, ...]],
) -> dict[int, int]:
    """For each part (by index), the whole that held most of its words, if enough of them.

    Used both ways round: new clauses split off an old one, old clauses merged into a new one.
    ``wholes`` maps each candidate whole to its other version if it was amended (None if it was
    removed or added): a part whose words that other version still holds, or which has more
    words than the whole lost (or gained) in the amendment, merely shares words with it. Wholes
    are tried in order of how many of the part's words they hold at all, an upper bound of the
    words they hold in order; the search stops once no bound can beat the best.
    """
    whole_sets = {whole: frozenset(whole_words[whole]) for whole in wholes}
    matchers: dict[int, SequenceMatcher[str]] = {}
    found: dict[int, int] = {}
    for part in parts:
        words = part_words[part]
        if not words:
            continue
        needed = PART_THRESHOLD * len(words)
        bounds = sorted(((_present(words, whole_sets[whole]), whole) for whole in wholes), reverse=True)
        for bound, whole in bounds:
            if bound < needed:
                break
            other = wholes[whole]
            if other and other.unshared < needed:
                continue
            if whole not in matchers:
                matchers[whole] = _matcher(b=whole_words[whole])
            matcher = matchers[whole]
            matcher.set_seq1(words)
            # quick_ratio is 2 * (words in common regardless of order) / (words of both).
            if round(matcher.quick_ratio() * (len(words) + len(whole_words[whole])) / 2) < needed:
                continue
            held = _held(matcher)
            if held < needed:
                continue
            if other and _held(_matcher(words, other.words)) >= held:
                continue  # the words are still in the whole's other version: only shared, not moved
            found[part] = whole
            needed = held + 1  # only a whole holding more of the part's words can beat it
    return found


def _held(matcher: SequenceMatcher[str]) -> int:
    """How many words of the matcher's first sequence appear, in order, in its second."""
    return sum(block.size for block in matcher.get_matching_blocks())


# --- the word-level redline -----------------------------------------------------------------


def _redline(old_text: str, new_text: str, blocks: list[Match]) -> tuple[WordChange, ...]:
    """The redline of two texts whose words have ``blocks`` in common (see ``redline``)."""
    old, new = _SpacedWords.of(old_text), _SpacedWords.of(new_text)
    result = _Redline()
    i = j = 0  # the first words not yet in the redline
    for a, b, size in blocks:  # the last block is empty and stands at both ends
        if i < a or j < b:
            result.different(old, i, a, new, j, b)
        if size:
            result.same(old, a, new, b, size)
        i, j = a + size, b + size
    result.whitespace(old.gaps[-1], new.gaps[-1])
    return result.finish()


@dataclass(frozen=True)
class _SpacedWords:
    """A text as its words and the whitespace before each: ``gaps[k]`` precedes ``words[k]``.

    There is one more gap than words (the text's trailing whitespace); any gap may be empty.
    """

    gaps: list[str]
    words: list[str]

    @classmethod
    def of(cls, text: str) -> _SpacedWords:
        words = _words(text)
        gaps, end = [], 0
        for word in words:
            start = text.find(word, end)  # the next word: only whitespace lies between words
            gaps.append(text[end:start])
            end = start + len(word)
        gaps.append(text[end:])
        return cls(gaps, list(words))

    def text(self, start: int, end: int, first_gap: bool = True) -> str:
        """The text of ``words[start:end]`` with the whitespace before each (bar the first)."""
        text = "".join(gap + word for gap, word in zip(self.gaps[start:end], self.words[start:end], strict=True))
        return text if first_gap else text[len(self.gaps[start]) :]


class _Redline:
    """Collects a redline: runs of equal text, and the changes between them.

    Between two equal runs all deleted text comes first, then all inserted text, which reads
    better than alternating fragments and still joins back to both texts. Whitespace that the
    deleted and inserted text both start (or end) with is moved out into the equal text beside
    them, so that "- **Be" -> "- Be" deletes "**", rather than " **" for " ".
    """

    def __init__(self) -> None:
        self.changes: list[WordChange] = []
        self.equal_text: list[str] = []
        self.deleted: list[str] = []
        self.inserted: list[str] = []

    def equal(self, text: str) -> None:
        if text:
            self._end_change()
            self.equal_text.append(text)

    def change(self, deleted: str, inserted: str) -> None:
        self._end_equal()
        self.deleted.append(deleted)
        self.inserted.append(inserted)

    def whitespace(self, old: str, new: str) -> None:
        if old == new:
            self.equal(old)
        else:
            self.change(old, new)

    def different(self, old: _SpacedWords, i: int, a: int, new: _SpacedWords, j: int, b: int) -> None:
        """Old words ``i:a`` replaced by new words ``j:b`` (either may be none), with their spaces."""
        self.change(old.text(i, a), new.text(j, b))

    def same(self, old: _SpacedWords, a: int, new: _SpacedWords, b: int, size: int) -> None:
        """Words ``a:a+size`` of the old text equal to ``b:b+size`` of the new one, with their spaces."""
        self.whitespace(old.gaps[a], new.gaps[b])
        if old.gaps[a + 1 : a + size] == new.gaps[b + 1 : b + size]:  # usual: the same spaces throughout
            self.equal(old.text(a, a + size, first_gap=False))
            return
        for k in range(size):
            if k:
                self.whitespace(old.gaps[a + k], new.gaps[b + k])
            self.equal(old.words[a + k])

    def finish(self) -> tuple[WordChange, ...]:
        self._end_equal()
        self._end_change()
        self._end_equal()
        return tuple(self.changes)

    def _end_equal(self) -> None:
        if text := "".join(self.equal_text):
            self.changes.append(WordChange(WordOp.EQUAL, text))
        self.equal_text.clear()

    def _end_change(self) -> None:
        deleted, inserted = "".join(self.deleted), "".join(self.inserted)
        self.deleted.clear()
        self.inserted.clear()
        if not deleted and not inserted:
            return
        if lead := _shared_space(deleted, inserted):
            deleted, inserted = deleted[len(lead) :], inserted[len(lead) :]
            if self.changes and self.changes[-1].op is WordOp.EQUAL:
                lead = self.changes.pop().text + lead
            self.changes.append(WordChange(WordOp.EQUAL, lead))
        if trail := _shared_space(deleted[::-1], inserted[::-1])[::-1]:
            deleted, inserted = deleted[: -len(trail)], inserted[: -len(trail)]
            self.equal_text.append(trail)  # the start of the next equal run
        for op, text in ((WordOp.DELETE, deleted), (WordOp.INSERT, inserted)):
            if text:
                self.changes.append(WordChange(op, text))


def _shared_space(first: str, second: str) -> str:
    """The whitespace both texts start with."""
    length = 0
    while length < min(len(first), len(second)) and first[length] == second[length] and first[length].isspace():
        length += 1
    return first[:length]
