"""Comparing two versions of a policy: which clauses were added, removed, amended, moved or split."""

import itertools
import random
import re

import pytest

from handbook.model import Clause
from handbook.versions.diffing import ChangeKind, ClauseChange, WordChange, WordOp, compare_clauses, redline

ADDED, REMOVED = ChangeKind.ADDED, ChangeKind.REMOVED
AMENDED, UNCHANGED = ChangeKind.AMENDED, ChangeKind.UNCHANGED

# Clauses of a made-up policy, different enough from each other that none is mistaken for another.
TEXTS = [
    "This policy applies to all staff, governors and volunteers working at the school.",
    "Any concern about a pupil's welfare must be reported to the designated safeguarding lead.",
    "Records of concerns are kept securely and only for as long as they are needed.",
    "Training is provided at induction and refreshed at least every two years.",
    "Parents will be informed promptly unless doing so would put a child at risk.",
    "Failure to follow this policy may be dealt with under the disciplinary procedure.",
    "Visitors and contractors must sign in at reception and wear a visitor badge.",
    "The governing body reviews these arrangements each year and reports on them.",
]


def version(*texts: str) -> list[Clause]:
    """Clauses numbered 1., 2., 3. ... in order, as a policy file would number them."""
    return [Clause(label=f"{n}.", text=text, line=n) for n, text in enumerate(texts, start=1)]


def kinds(changes: tuple[ClauseChange, ...]) -> list[ChangeKind]:
    return [change.kind for change in changes]


def texts(changes: tuple[ClauseChange, ...]) -> list[str]:
    """Each change's text: the new one, or the old one for a removed clause."""
    return [(change.new or change.old).text for change in changes]


def joined(words: tuple[WordChange, ...], *ops: WordOp) -> str:
    return "".join(word.text for word in words if word.op in ops)


def test_identical_versions_are_all_unchanged_in_place():
    changes = compare_clauses(version(*TEXTS), version(*TEXTS))
    assert kinds(changes) == [UNCHANGED] * len(TEXTS)
    assert texts(changes) == TEXTS
    assert not any(c.moved or c.renumbered for c in changes)
    assert all(c.similarity == 1.0 for c in changes)


def test_insert_at_top_is_one_addition_and_the_rest_renumbered():
    inserted = "All staff must read this policy before their first day at the school."
    changes = compare_clauses(version(*TEXTS), version(inserted, *TEXTS))
    assert kinds(changes) == [ADDED] + [UNCHANGED] * len(TEXTS)
    assert changes[0].new.text == inserted and changes[0].old is None
    assert all(c.renumbered for c in changes[1:])
    assert [c.old.dotted for c in changes[1:]] == [str(n) for n in range(1, len(TEXTS) + 1)]
    assert [c.new.dotted for c in changes[1:]] == [str(n) for n in range(2, len(TEXTS) + 2)]
    assert not any(c.moved for c in changes)


def test_deleted_clause_is_removed_where_it_stood():
    new = TEXTS[:3] + TEXTS[4:]
    changes = compare_clauses(version(*TEXTS), version(*new))
    assert kinds(changes) == [UNCHANGED] * 3 + [REMOVED] + [UNCHANGED] * 4
    assert changes[3].old.text == TEXTS[3] and changes[3].new is None
    assert [c.renumbered for c in changes if c.kind is UNCHANGED] == [False] * 3 + [True] * 4
    assert not any(c.moved for c in changes)


def test_one_amended_word_is_shown_in_the_redline():
    amended = TEXTS[1].replace("must", "should")
    changes = compare_clauses(version(*TEXTS), version(TEXTS[0], amended, *TEXTS[2:]))
    assert kinds(changes) == [UNCHANGED, AMENDED] + [UNCHANGED] * 6
    change = changes[1]
    assert (change.old.text, change.new.text) == (TEXTS[1], amended)
    assert 0.5 < change.similarity < 1.0
    assert not change.renumbered and not change.moved
    changed = [(w.op, w.text) for w in redline(change.old.text, change.new.text) if w.op is not WordOp.EQUAL]
    assert changed == [(WordOp.DELETE, "must"), (WordOp.INSERT, "should")]


@pytest.mark.parametrize(
    ("old", "new", "changed"),
    [
        ("Staff must report it.", "Staff must report it;", [(WordOp.DELETE, "."), (WordOp.INSERT, ";")]),
        ("Staff, governors and volunteers.", "Staff, governors, and volunteers.", [(WordOp.INSERT, ",")]),
        ("the pupil's welfare", "the pupils' welfare", [(WordOp.DELETE, "pupil's"), (WordOp.INSERT, "pupils'")]),
        (
            "Report it - at once.",
            "Report it: at once!",
            [(WordOp.DELETE, " -"), (WordOp.INSERT, ":"), (WordOp.DELETE, "."), (WordOp.INSERT, "!")],
        ),
    ],
)
def test_punctuation_only_change_is_an_amendment_with_the_punctuation_in_the_redline(old, new, changed):
    (change,) = compare_clauses(version(old), version(new))
    assert change.kind is AMENDED
    assert [(w.op, w.text) for w in redline(old, new) if w.op is not WordOp.EQUAL] == changed


def test_clause_moved_from_top_to_bottom_is_the_only_one_moved():
    changes = compare_clauses(version(*TEXTS), version(*TEXTS[1:], TEXTS[0]))
    assert kinds(changes) == [UNCHANGED] * len(TEXTS)
    assert [c.moved for c in changes] == [False] * (len(TEXTS) - 1) + [True]
    assert changes[-1].old.dotted == "1" and changes[-1].new.dotted == str(len(TEXTS))
    assert all(c.renumbered for c in changes)


def test_clause_moved_from_bottom_to_top_is_the_only_one_moved():
    changes = compare_clauses(version(*TEXTS), version(TEXTS[-1], *TEXTS[:-1]))
    assert [c.moved for c in changes] == [True] + [False] * (len(TEXTS) - 1)


def test_moved_and_amended_clause_is_both():
    amended = TEXTS[0].replace("all staff", "every member of staff")
    changes = compare_clauses(version(*TEXTS[:4]), version(*TEXTS[1:4], amended))
    assert kinds(changes) == [UNCHANGED, UNCHANGED, UNCHANGED, AMENDED]
    assert [c.moved for c in changes] == [False, False, False, True]


def test_two_swapped_clauses_flag_one_move():
    changes = compare_clauses(version(*TEXTS), version(TEXTS[0], TEXTS[2], TEXTS[1], *TEXTS[3:]))
    assert kinds(changes) == [UNCHANGED] * len(TEXTS)
    assert sum(c.moved for c in changes) == 1
    assert {c.new.dotted for c in changes if c.moved} <= {"2", "3"}


LONG_PART = "Any concern about a pupil's welfare must be reported to the designated safeguarding lead."
SHORT_PART = "The lead records every concern."


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (LONG_PART, SHORT_PART, [UNCHANGED, AMENDED, ADDED, UNCHANGED]),
        (SHORT_PART, LONG_PART, [UNCHANGED, ADDED, AMENDED, UNCHANGED]),
    ],
)
def test_split_clause_names_the_old_clause_it_came_from(first, second, expected):
    """The part closer to the old clause is its amendment; the other part names the old clause."""
    old = version(TEXTS[0], f"{first} {second}", TEXTS[2])
    changes = compare_clauses(old, version(TEXTS[0], first, second, TEXTS[2]))
    assert kinds(changes) == expected
    (amended,) = [c for c in changes if c.kind is AMENDED]
    (added,) = [c for c in changes if c.kind is ADDED]
    assert amended.old is old[1] and amended.new.text == LONG_PART and amended.related is None
    assert added.new.text == SHORT_PART and added.related is old[1]
    assert changes[3].renumbered and not any(c.moved for c in changes)


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (LONG_PART, SHORT_PART, [UNCHANGED, AMENDED, REMOVED, UNCHANGED]),
        (SHORT_PART, LONG_PART, [UNCHANGED, REMOVED, AMENDED, UNCHANGED]),
    ],
)
def test_merged_clause_names_the_new_clause_it_went_into(first, second, expected):
    """The old clause closer to the merged one is amended; the other names the merged clause."""
    new = version(TEXTS[0], f"{first} {second}", TEXTS[2])
    changes = compare_clauses(version(TEXTS[0], first, second, TEXTS[2]), new)
    assert kinds(changes) == expected
    (amended,) = [c for c in changes if c.kind is AMENDED]
    (removed,) = [c for c in changes if c.kind is REMOVED]
    assert amended.new is new[1] and amended.old.text == LONG_PART and amended.related is None
    assert removed.old.text == SHORT_PART and removed.related is new[1]
    assert changes[3].renumbered and not any(c.moved for c in changes)


def test_added_clause_unlike_any_old_one_is_not_a_split():
    inserted = "Mobile phones are kept in lockers during lessons and examinations."
    changes = compare_clauses(version(*TEXTS[:3]), version(*TEXTS[:2], inserted, TEXTS[2]))
    assert kinds(changes) == [UNCHANGED, UNCHANGED, ADDED, UNCHANGED]
    assert changes[2].related is None


def test_added_clause_repeating_words_an_amended_clause_still_has_is_not_a_split():
    kept = "Training is provided at induction and refreshed at least every two years."
    old = version(TEXTS[0], f"{TEXTS[1]} {kept}")
    new = version(TEXTS[0], f"{TEXTS[1]} {kept} Refresher sessions are recorded.", kept)
    changes = compare_clauses(old, new)
    assert kinds(changes) == [UNCHANGED, AMENDED, ADDED]
    assert changes[2].related is None


def test_most_similar_clauses_pair_first():
    """Each amended clause resembles the other's old text too, but its own more."""
    shared = "Records of every visit are kept securely by the school office for one year."
    first, second = f"Visitors sign in at reception. {shared}", f"Contractors sign in at the gate. {shared}"
    new_first = first.replace("reception", "the front desk")
    new_second = second.replace("gate", "site office")
    changes = compare_clauses(version(first, second), version(new_second, new_first))
    assert [(c.old.text, c.new.text) for c in changes] == [(second, new_second), (first, new_first)]
    assert kinds(changes) == [AMENDED, AMENDED]
    assert sum(c.moved for c in changes) == 1


def test_similarity_counts_words_in_order():
    """A clause with the same words in another order is not the same clause, however close."""
    text = "Staff must report every concern to the safeguarding lead at once"
    scrambled = " ".join(reversed(text.split()))
    amended = text + " by telephone"
    changes = compare_clauses(version(scrambled, text), version(amended))
    assert [(c.kind, c.old.text) for c in changes] == [(REMOVED, scrambled), (AMENDED, text)]


def test_removed_clause_stays_below_the_clause_that_kept_its_place():
    """Clause 3 is deleted and clause 2 moved to the end: 3 is shown after 1, not after 2."""
    old = version(*TEXTS[:5])
    changes = compare_clauses(old, version(TEXTS[0], TEXTS[3], TEXTS[4], TEXTS[1]))
    assert texts(changes) == [TEXTS[0], TEXTS[2], TEXTS[3], TEXTS[4], TEXTS[1]]
    assert kinds(changes) == [UNCHANGED, REMOVED, UNCHANGED, UNCHANGED, UNCHANGED]
    assert [c.moved for c in changes] == [False, False, False, False, True]


def test_rewritten_clause_is_removed_and_added_not_amended():
    rewritten = "Everyone who works here is trained in first aid by a qualified instructor."
    changes = compare_clauses(version(*TEXTS[:3]), version(TEXTS[0], rewritten, TEXTS[2]))
    assert kinds(changes) == [UNCHANGED, REMOVED, ADDED, UNCHANGED]
    assert changes[1].old.text == TEXTS[1] and changes[2].new.text == rewritten
    assert changes[1].related is None and changes[2].related is None
    assert changes[1].similarity == changes[2].similarity == 0.0


def test_empty_old_or_new_version():
    assert compare_clauses([], []) == ()
    assert kinds(compare_clauses([], version(*TEXTS[:3]))) == [ADDED] * 3
    removed = compare_clauses(version(*TEXTS[:3]), [])
    assert kinds(removed) == [REMOVED] * 3
    assert texts(removed) == TEXTS[:3]


def test_rewrapped_lines_and_reindented_bullets_are_unchanged():
    old = "Staff must:\n\n- report concerns\n- keep records"
    new = "Staff   must:\n\n  - report\n    concerns\n  - keep records"
    (change,) = compare_clauses(version(old), version(new))
    assert change.kind is UNCHANGED


def test_amended_sub_bullet_keeps_the_markdown_layout_in_the_redline():
    old = "Staff must:\n\n    - report concerns\n    - keep records\n"
    new = "Staff must:\n\n    - report concerns at once\n    - keep records\n"
    (change,) = compare_clauses(version(old), version(new))
    assert change.kind is AMENDED
    assert [(w.op, w.text) for w in redline(old, new)] == [
        (WordOp.EQUAL, "Staff must:\n\n    - report concerns"),
        (WordOp.INSERT, " at once"),
        (WordOp.EQUAL, "\n    - keep records\n"),
    ]


def test_neighbouring_replaced_words_read_as_one_replacement():
    words = redline("Staff must tell the head.", "Staff should inform the head.")
    assert [(w.op, w.text) for w in words] == [
        (WordOp.EQUAL, "Staff "),
        (WordOp.DELETE, "must tell"),
        (WordOp.INSERT, "should inform"),
        (WordOp.EQUAL, " the head."),
    ]


def test_repeated_texts_pair_in_order():
    old = version("Not used.", TEXTS[0], "Not used.")
    changes = compare_clauses(old, version("Not used.", "Not used.", TEXTS[0]))
    assert [(c.old.line, c.new.line) for c in changes] == [(1, 1), (3, 2), (2, 3)]
    assert kinds(changes) == [UNCHANGED] * 3
    assert sum(c.moved for c in changes) == 1


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("", ""),
        ("", "A new clause."),
        ("An old clause.", ""),
        (TEXTS[1], TEXTS[1].replace("must", "should")),
        (TEXTS[0], TEXTS[5]),
        ("Staff must report it.", "Staff must report it;"),
        ("a  b\tc\n", "a b c"),
        ("Staff must:\n\n    - report\n    - record", "Staff must:\n  - record\n  - report promptly"),
        ("  leading and trailing  ", "leading, and trailing"),
        ("Café — naïve “quotes” 12.5%", "Cafe - naive \"quotes\" 12,5 %"),
        ("one two three four five", "five four three two one"),
    ],
)
def test_redline_gives_back_both_texts(old, new):
    words = redline(old, new)
    assert joined(words, WordOp.EQUAL, WordOp.DELETE) == old
    assert joined(words, WordOp.EQUAL, WordOp.INSERT) == new
    assert all(w.text for w in words)
    assert all(a.op != b.op for a, b in itertools.pairwise(words))  # neighbours merged


def random_edit(text: str, rng: random.Random) -> str:
    """``text`` with a few words, punctuation marks or spaces changed, added or dropped."""
    pieces = re.split(r"(\s+)", text)
    for _ in range(rng.randint(1, 4)):
        k = rng.randrange(len(pieces))
        pieces[k] = rng.choice(["", "staff", ",", ";", "\n    - ", "  ", "pupils'", pieces[k].upper()])
    return "".join(pieces)


@pytest.mark.parametrize("seed", range(20))
def test_redline_gives_back_both_texts_after_random_edits(seed):
    rng = random.Random(seed)
    old = " ".join(rng.sample(TEXTS, k=3))
    new = random_edit(old, rng)
    words = redline(old, new)
    assert joined(words, WordOp.EQUAL, WordOp.DELETE) == old
    assert joined(words, WordOp.EQUAL, WordOp.INSERT) == new


def test_redline_leaves_shared_spaces_outside_a_change():
    words = redline("Staff must  act now.", "Staff should act now.")
    assert [(w.op, w.text) for w in words] == [
        (WordOp.EQUAL, "Staff "),
        (WordOp.DELETE, "must "),
        (WordOp.INSERT, "should"),
        (WordOp.EQUAL, " act now."),
    ]


def test_redline_keeps_markdown_marks_whole():
    words = redline("- **Be prompt** - act...", "- Be prompt -- act.")
    assert [(w.op, w.text) for w in words] == [
        (WordOp.EQUAL, "- "),
        (WordOp.DELETE, "**"),
        (WordOp.EQUAL, "Be prompt"),
        (WordOp.DELETE, "** -"),
        (WordOp.INSERT, " --"),
        (WordOp.EQUAL, " act"),
        (WordOp.DELETE, "..."),
        (WordOp.INSERT, "."),
    ]


def test_redline_of_identical_texts_is_one_equal_run():
    assert redline(TEXTS[0], TEXTS[0]) == (WordChange(WordOp.EQUAL, TEXTS[0]),)
