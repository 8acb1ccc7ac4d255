"""Chapters whose paragraphs are numbered from "1." again in each (issue 18: the document's own numbering as
anchors). Military orders and directives number the order's own paragraphs "1." to "6.", then an enclosure's
chapters, each set as "CHAPTER 2" on a line of its own above its title, with paragraphs "1.", "2." again under
each. Held-out set 19's Marine Corps order kept 16 of its 437 numbered lines as anchors: every chapter's numbers
after the first were typed text. A chapter's numbers are now its own: paragraph 1 of CHAPTER 2 is at
#clause-chapter-2-1, the chapter at #chapter-2. Chapters whose numbers run on (3. after 2. under the chapter before)
keep them as they were, and a number typed twice in one chapter is still refused."""

from __future__ import annotations

import pytest
from helpers import REPO

from handbook.cli import main
from handbook.errors import PolicySourceError
from handbook.importing import import_policy
from handbook.source.policy_file import parse_policy, parse_policy_file

_ORDER = """HARBOUR BASE ORDER 4600.2

Subj: HARBOUR BASE PERSONAL PROPERTY TRANSPORTATION PROGRAM

1. Situation. This Order updates the policies and procedures for moving the personal property of the Base's people.

2. Cancellation. Base Order 4600.1.

3. Mission. To publish the procedures every personal property office on the Base follows.

TABLE OF CONTENTS

Chapter 1 AUTHORITIES AND RESPONSIBILITIES . . . . . . . . . 1-1
1. Authorities. . . . . . . . . . . . . . . . . . . . . . . 1-1
2. Responsibilities . . . . . . . . . . . . . . . . . . . . 1-2
Chapter 2 BASIC ENTITLEMENTS . . . . . . . . . . . . . . . . 2-1
1. Temporary Duty . . . . . . . . . . . . . . . . . . . . . 2-1
2. Storage. . . . . . . . . . . . . . . . . . . . . . . . . 2-2

CHAPTER 1

AUTHORITIES AND RESPONSIBILITIES

1. Authorities. The Base Commander sets the program's policy under reference (a). Offices apply:

1. the Joint Travel Regulations;

2. this Order.

a. Each personal property office applies this Order to every move it arranges.

2. Responsibilities. Each office counsels the people it moves before their move is booked.

CHAPTER 2

BASIC ENTITLEMENTS

1. Temporary Duty. People on temporary duty may ship unaccompanied baggage.

2. Storage. Storage for 90 days or more needs the Base Commander's approval. The office then:

1. books the storage with the contractor;

2. tells the member where the property is kept.

The member signs the storage agreement before the property is collected.

3. Claims. Claims for loss or damage go to the carrier first.
"""

_FRONT_MATTER = """---
id: moves
title: Personal Property Transportation Program
organisation: Harbour Base
version: "1.0"
status: current
owner: TBC
approved_by: TBC
approved_on: TBC
effective_from: TBC
review_every: TBC
applies_to: [staff]
---

# PERSONAL PROPERTY TRANSPORTATION PROGRAM

"""


def _imported(text: str, tmp_path):
    (tmp_path / "order.txt").write_text(text, encoding="utf-8")
    result = import_policy(tmp_path / "order.txt", "moves", tmp_path / "src")
    assert main(["check", str(tmp_path / "src"), "--docs", str(REPO / "docs"), "--strict"]) == 0
    return result, parse_policy_file(result.path)


def test_an_orders_chapters_number_their_paragraphs_from_1_again_each_under_its_own_anchors(tmp_path):
    result, policy = _imported(_ORDER, tmp_path)

    assert [clause.anchor for clause in policy.clauses] == [
        "clause-1", "clause-2", "clause-3", "clause-chapter-1-1", "clause-chapter-1-2", "clause-chapter-2-1",
        "clause-chapter-2-2", "clause-chapter-2-3"]  # "3." after the list 1, 2 and a line of text: the chapter's
    assert [section.anchor for section in policy.sections if section.label] == ["chapter-1", "chapter-2"]
    # "2. this Order." straight after "1. the Joint Travel Regulations;" goes on with that list
    assert policy.clause(("CHAPTER 1", 2)).text.startswith("Responsibilities.")
    # the chapter's line just after the contents list is the chapter's heading, not an entry "CHAPTER" on page 1
    assert "line 11: the table of contents (6 entries) was left out: the site makes its own" in result.notes
    assert "\n## CHAPTER 1\n\n### AUTHORITIES AND RESPONSIBILITIES\n" in result.path.read_text()
    assert not any("typed text" in note for note in result.notes)


def test_chapters_whose_paragraphs_are_numbered_into_the_decimals_keep_their_numbers(tmp_path):
    """The look-alike: a staff handbook's chapters set on lines of their own, their paragraphs "1.1", "2.1"."""
    _, policy = _imported(
        "RIVERSIDE TRUST STAFF HANDBOOK\n\nCHAPTER 1\n\nPURPOSE\n\n1.1 This handbook applies to all staff of the "
        "Trust.\n\n1.2 It is read with each staff member's contract.\n\nCHAPTER 2\n\nLEAVE\n\n2.1 Annual leave is "
        "booked with your line manager.\n\n2.2 Up to five days may be carried over.\n", tmp_path)

    assert [clause.anchor for clause in policy.clauses] == ["clause-1-1", "clause-1-2", "clause-2-1", "clause-2-2"]


def test_a_policy_file_s_chapters_number_their_own_clauses_and_refuse_one_number_twice(tmp_path):
    chapters = ("1. Situation. This Order updates the procedures.\n\n## CHAPTER 1\n\n### AUTHORITIES\n\n"
                "1. Authorities. The Base Commander sets the policy.\n2. Responsibilities. Offices counsel people.\n\n"
                "## CHAPTER 2\n\n### ENTITLEMENTS\n\n1. Temporary Duty. Baggage may be shipped.\n"
                "1.1 Baggage is limited to 600 pounds.\n2. Storage. Storage for 90 days needs approval.\n")

    policy = parse_policy(_FRONT_MATTER + chapters, tmp_path / "moves.md")

    assert [(clause.anchor, clause.dotted) for clause in policy.clauses][-2:] == [
        ("clause-chapter-2-1-1", "CHAPTER 2.1.1"), ("clause-chapter-2-2", "CHAPTER 2.2")]
    with pytest.raises(PolicySourceError, match=r"clause CHAPTER 2\.1 is numbered twice \(also on line 30\)"):
        parse_policy(_FRONT_MATTER + chapters.replace("2. Storage.", "1. Storage."), tmp_path / "moves.md")


def test_a_policy_file_s_chapters_numbered_into_the_decimals_keep_them(tmp_path):
    """The look-alike: "## Chapter 2" then "2.1", as a handbook numbers its chapters' paragraphs."""
    policy = parse_policy(_FRONT_MATTER + "## Chapter 1 Purpose\n\n1.1 This handbook is for all staff.\n\n"
                          "## Chapter 2 Leave\n\n2.1 Leave is booked with your manager.\n", tmp_path / "moves.md")

    assert [clause.anchor for clause in policy.clauses] == ["clause-1-1", "clause-2-1"]
    assert [section.anchor for section in policy.sections if section.label] == ["chapter-1", "chapter-2"]


def test_chapter_11_s_first_paragraph_is_not_taken_for_chapter_1_s_eleventh(tmp_path):
    """A directive of thirteen chapters: paragraph 1 of CHAPTER 11 after paragraph 11 of CHAPTER 1."""
    chapters = ["CHAPTER 1\n\nGENERAL\n\n" + "".join(
        f"{number}. Paragraph {number} of the general rules applies to every office.\n\n" for number in range(1, 12))]
    chapters += [f"CHAPTER {chapter}\n\nPROCEDURES {chapter}\n\n1. Each office follows procedure {chapter}.\n\n"
                 for chapter in range(2, 13)]

    _, policy = _imported("HARBOUR BASE DIRECTIVE 12\n\n" + "".join(chapters), tmp_path)

    assert "clause-chapter-1-11" in [clause.anchor for clause in policy.clauses]
    assert "clause-chapter-11-1" in [clause.anchor for clause in policy.clauses]
