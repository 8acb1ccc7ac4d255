"""Compare two versions of a policy: clause by clause, and word by word within a clause.

Clauses are matched across versions by their text, never by their number. Numbers shift whenever
a clause is inserted or removed above, so matching by number would report every later clause as
amended; matching by text reports one addition and a run of unchanged, renumbered clauses.

Matching runs in two passes so that a typical review (a few edits among thirty clauses) costs
little: identical texts (whitespace normalised) are paired through a dictionary first, and only
the clauses left over are compared with each other by similarity (difflib's SequenceMatcher over
words, its cheap upper bounds first), pairing the most similar first. What stays unpaired is added
or removed; an added clause that is mostly a piece of an amended or removed old clause is part of
a split, a removed clause that is mostly inside a new clause was merged into it.

A paired clause has *moved* when its order relative to the other paired clauses changed. Only
the clauses outside a longest run that kept its order are flagged, so moving one clause to the
end flags that clause alone, not the ones that merely shifted up to fill its place.
"""

from __future__ import annotations

import enum
import re
from bisect import bisect_left
from collections import defaultdict, deque
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from .model import Clause

# Two clauses are the same clause, amended, when at least this share of their words agree
# (SequenceMatcher.ratio over words and punctuation marks). Below it: one removed, one added.
SIMILARITY_THRESHOLD = 0.5
# An unpaired clause is part of a split or merge when at least this share of its words appear,
# in order, in the clause it was split from or merged into.
PART_THRESHOLD = 0.7

# Every character of a text falls in exactly one token, so joining tokens gives the text back.
# Punctuation marks are tokens of their own so that a changed comma shows in a redline; an
# apostrophe inside a word ("pupil's", "don't") belongs to the word.
_WORD = re.compile(r"\w+(?:['\u2019]\w+)*|[^\w\s]")
_TOKEN = re.compile(rf"\s+|{_WORD.pattern}")


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
    words: tuple[WordChange, ...] = ()  # word-level redline old.text -> new.text (AMENDED only)

    @property
    def renumbered(self) -> bool:
        return self.old is not None and self.new is not None and self.old.number != self.new.number


def compare_clauses(old: Sequence[Clause], new: Sequence[Clause]) -> tuple[ClauseChange, ...]:
    """Align two versions' clauses by text similarity, not number. Result in reading order of the
    new version, with each REMOVED clause placed where it stood in the old one."""
    old_words = [_WORD.findall(clause.text) for clause in old]
    new_words = [_WORD.findall(clause.text) for clause in new]
    old_for_new = _pair_identical(old, new)
    similarity = _pair_similar(old_words, new_words, old_for_new)
    moved = _moved(old_for_new)

    paired_old = set(old_for_new.values())
    removed = [i for i in range(len(old)) if i not in paired_old]
    added = [j for j in range(len(new)) if j not in old_for_new]
    amended_old = [old_for_new[j] for j in similarity]
    split_from = _parts_of(added, amended_old + removed, new_words, old_words)
    merged_into = _parts_of(removed, list(similarity) + added, old_words, new_words)

    def change_of_new(j: int) -> ClauseChange:
        if j not in old_for_new:
            related = old[split_from[j]] if j in split_from else None
            return ClauseChange(ChangeKind.ADDED, None, new[j], similarity=0.0, related=related)
        before, after = old[old_for_new[j]], new[j]
        if j not in similarity:
            return ClauseChange(ChangeKind.UNCHANGED, before, after, moved=j in moved)
        return ClauseChange(
            ChangeKind.AMENDED,
            before,
            after,
            similarity=similarity[j],
            moved=j in moved,
            words=redline(before.text, after.text),
        )

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
    ``new_text``. Whitespace is compared as "some space" or "a line break", so re-indented lines
    do not break a run of equal words; where the exact whitespace differs inside such a run it appears as a DELETE
    and INSERT of whitespace alone, which a renderer may show as a plain space. Whitespace never
    starts a match of its own (it is difflib "junk"), so two neighbouring replaced words read as
    one replacement, not as two split by an unchanged space.
    """
    old_tokens = _TOKEN.findall(old_text)
    new_tokens = _TOKEN.findall(new_text)
    matcher = SequenceMatcher(str.isspace, _keys(old_tokens), _keys(new_tokens), autojunk=False)
    result = _Redline()
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            result.change("".join(old_tokens[i1:i2]), "".join(new_tokens[j1:j2]))
            continue
        for old_token, new_token in zip(old_tokens[i1:i2], new_tokens[j1:j2], strict=True):
            if old_token == new_token:
                result.equal(old_token)
            else:
                result.change(old_token, new_token)
    return result.finish()


# --- pairing clauses ------------------------------------------------------------------------


def _normalised(text: str) -> str:
    return " ".join(text.split())


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


def _pair_similar(old_words: list[list[str]], new_words: list[list[str]], pairs: dict[int, int]) -> dict[int, float]:
    """Pair the clauses left unpaired by similarity, most similar first; add them to ``pairs``.

    Returns the similarity of each new pair by new index. ``real_quick_ratio`` and
    ``quick_ratio`` are upper bounds of ``ratio`` that cost far less, so most hopeless pairs are
    dropped before the real comparison. Ties go to the pair whose positions are closer.
    """
    paired_old = set(pairs.values())
    free_old = [i for i in range(len(old_words)) if i not in paired_old]
    free_new = [j for j in range(len(new_words)) if j not in pairs]
    candidates: list[tuple[float, int, int, int]] = []
    matcher = SequenceMatcher(None, autojunk=False)
    for j in free_new:
        matcher.set_seq2(new_words[j])  # SequenceMatcher caches what it learns about seq2
        for i in free_old:
            matcher.set_seq1(old_words[i])
            if (
                matcher.real_quick_ratio() >= SIMILARITY_THRESHOLD
                and matcher.quick_ratio() >= SIMILARITY_THRESHOLD
                and (ratio := matcher.ratio()) >= SIMILARITY_THRESHOLD
            ):
                candidates.append((-ratio, abs(i - j), i, j))
    similarity: dict[int, float] = {}
    taken_old: set[int] = set()
    for negative_ratio, _, i, j in sorted(candidates):
        if j not in similarity and i not in taken_old:
            pairs[j] = i
            similarity[j] = -negative_ratio
            taken_old.add(i)
    return similarity


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


def _parts_of(
    parts: list[int], wholes: list[int], part_words: list[list[str]], whole_words: list[list[str]]
) -> dict[int, int]:
    """For each part (by index), the whole that contains most of its words, if enough of them.

    Used both ways round: new clauses split off an old one, old clauses merged into a new one.
    """
    found: dict[int, int] = {}
    matcher = SequenceMatcher(None, autojunk=False)
    for part in parts:
        words = part_words[part]
        if not words:
            continue
        matcher.set_seq1(words)
        best, best_share = None, PART_THRESHOLD
        for whole in wholes:
            matcher.set_seq2(whole_words[whole])
            # quick_ratio bounds the words in common from above: ratio = 2 * common / total.
            total = len(words) + len(whole_words[whole])
            if matcher.quick_ratio() * total / 2 < best_share * len(words):
                continue
            common = sum(block.size for block in matcher.get_matching_blocks())
            if common / len(words) >= best_share:
                best, best_share = whole, common / len(words)
        if best is not None:
            found[part] = best
    return found


# --- the word-level redline -----------------------------------------------------------------


def _keys(tokens: list[str]) -> list[str]:
    """What tokens are compared by: a run of whitespace is a line break if it has one, else a space.

    Telling line breaks apart keeps a sub-bullet's line break matched to a line break, so
    words added at the end of a bullet are not shown as replacing the break before the next one.
    """
    return [("\n" if "\n" in token else " ") if token.isspace() else token for token in tokens]


class _Redline:
    """Collects a redline, joining neighbouring pieces of the same kind.

    Between two equal runs all deleted text comes first, then all inserted text, which reads
    better than alternating fragments and still joins back to both texts.
    """

    def __init__(self) -> None:
        self.changes: list[WordChange] = []
        self.equal_text: list[str] = []
        self.deleted: list[str] = []
        self.inserted: list[str] = []

    def equal(self, text: str) -> None:
        self._flush_change()
        self.equal_text.append(text)

    def change(self, deleted: str, inserted: str) -> None:
        self._flush_equal()
        self.deleted.append(deleted)
        self.inserted.append(inserted)

    def finish(self) -> tuple[WordChange, ...]:
        self._flush_equal()
        self._flush_change()
        return tuple(self.changes)

    def _flush_equal(self) -> None:
        self._emit(WordOp.EQUAL, self.equal_text)

    def _flush_change(self) -> None:
        self._emit(WordOp.DELETE, self.deleted)
        self._emit(WordOp.INSERT, self.inserted)

    def _emit(self, op: WordOp, pieces: list[str]) -> None:
        text = "".join(pieces)
        pieces.clear()
        if text:
            self.changes.append(WordChange(op, text))
