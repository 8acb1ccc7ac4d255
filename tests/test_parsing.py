"""Parsing policy_src: structure, numbering, metadata, and a clear error for every mistake."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from helpers import REPO, policy_source

from handbook.errors import PolicySourceError
from handbook.model import Policy, ReviewPeriod, Status
from handbook.source.handbook_folder import load_handbook
from handbook.source.policy_file import parse_policy, parse_policy_file

SEED_POLICY = REPO / "policy_src" / "social-media" / "policy.md"


def parse(body: str, **front_matter) -> object:
    return parse_policy(policy_source(body, **front_matter), Path("policy_src/test/policy.md"))


def error_of(body: str = "1. First.\n", **front_matter) -> PolicySourceError:
    with pytest.raises(PolicySourceError) as caught:
        parse(body, **front_matter)
    return caught.value


# --- the seed ---------------------------------------------------------------------------------


def test_seed_policy_has_21_flat_clauses_in_four_parts():
    policy = parse_policy_file(SEED_POLICY)
    assert [c.dotted for c in policy.clauses] == [str(n) for n in range(1, 22)]
    assert [s.heading for s in policy.sections] == [
        "SOCIAL MEDIA POLICY",
        "INTRODUCTION",
        "USING SOCIAL MEDIA IN YOUR WORK",
        "PERSONAL USE OF SOCIAL MEDIA",
        "REVIEW",
    ]
    # Sub-points belong to their clause: clause 12's seven principles, clause 18's disclaimer.
    clause_12 = policy.clause((12,))
    assert clause_12.text.count("- **Be ") == 7
    assert "**Be legal**" in clause_12.text and "Data Protection Act 1998" in clause_12.text
    assert "Add a disclaimer" in policy.clause((18,)).text
    assert policy.clause((13,)).text.startswith("If you need advice")


def test_seed_policy_records_unknowns_as_to_be_confirmed():
    meta = parse_policy_file(SEED_POLICY).meta
    assert (meta.id, meta.version, meta.status) == ("social-media", "1.0", Status.CURRENT)
    assert meta.owner is meta.approved_by is meta.approved_on is meta.effective_from is None
    assert meta.review_every == ReviewPeriod(years=3)
    assert meta.next_review_due is None  # cannot be worked out without an approval date


@pytest.mark.parametrize("written", ["TBC", "tbc", "To be confirmed"])
def test_review_period_may_be_to_be_confirmed(written):
    policy = parse("1. One.\n", approved_on="2023-02-28", review_every=written, statutory="true")
    assert policy.meta.review_every is None
    assert policy.meta.next_review_due is None and not policy.meta.review_overdue(date(2099, 1, 1))
    assert policy.meta.statutory_review_due is None


# --- structure --------------------------------------------------------------------------------


def test_hierarchical_numbers_and_sub_points_belong_to_their_clause():
    policy = parse(
        "# Part one\n\nIntro text.\n\n1. One.\n1.1 One point one.\n"
        "    - **Bold title** more\n    - (a) lettered\n1.1.1 Deep.\n1.2 Next.\n2. Two.\n"
    )
    assert [c.dotted for c in policy.clauses] == ["1", "1.1", "1.1.1", "1.2", "2"]
    assert [c.anchor for c in policy.clauses][2] == "clause-1-1-1"
    assert policy.clause((1, 1)).text == "One point one.\n- **Bold title** more\n- (a) lettered"
    assert policy.sections[0].intro == "Intro text."
    assert policy.clause((1, 1, 1)).line == 23  # 13 lines of front matter, a blank, the body


def test_a_line_starting_with_a_bare_number_continues_the_clause():
    policy = parse("1. The Act of\n1998 applies.\n2. Two.\n")
    assert policy.clause((1,)).text == "The Act of\n1998 applies."


def test_clause_numbers_run_on_across_headings():
    policy = parse("## A\n\n1. One.\n\n## B\n\n2. Two.\n")
    assert [len(s.clauses) for s in policy.sections] == [1, 1]


def test_review_date_is_worked_out_from_approval():
    policy = parse("1. One.\n", approved_on="2023-02-28", review_every="18 months")
    assert policy.meta.next_review_due == date(2024, 8, 28)
    assert policy.meta.review_overdue(date(2024, 8, 29))
    assert not policy.meta.review_overdue(date(2024, 8, 28))


def test_review_date_falls_back_to_effective_from():
    policy = parse("1. One.\n", approved_on="TBC", effective_from="2024-02-29")
    assert policy.meta.next_review_due == date(2027, 2, 28)


def test_version_is_kept_as_typed():
    assert parse("1. One.\n", version="1.10").meta.version == "1.10"


# --- errors: each names the file, the line and what to do ---------------------------------------


@pytest.mark.parametrize(
    ("body", "line", "words"),
    [
        ("1. One.\n2. Two.\n2. Again.\n3. Three.\n", 17, "clause 2 is numbered twice (also on line 16)"),
        ("1. One.\n3. Three.\n", 16, "clause 3 follows clause 1, so a number is skipped (expected 2)"),
        ("1. One.\n2. Two.\n3. Three.\n2.1 Late.\n", 18, "clause 2.1 is out of order"),
        ("2. Two.\n", 15, "the first clause is numbered 2; number it 1"),
        ("1. One.\n1.2 Skip.\n", 16, "clause 1.2 follows clause 1, so a number is skipped (expected 1.1 or 2)"),
        ("1. One, see clause 4.\n", 15, "'clause 4' refers to clause 4, which this policy does not have"),
        ("1. One.\n2. Two:\n\n    - see clauses 1 and 7\n", 18, "'7' refers to clause 7"),
        ("## Part\n\nSee paragraph 3.2.\n\n1. One.\n", 17, "'paragraph 3.2' refers to clause 3.2"),
    ],
)
def test_body_errors_name_the_line(body, line, words):
    error = error_of(body)
    assert str(error).startswith(f"policy_src/test/policy.md:{line}: ")
    assert words in str(error)


def test_a_reference_to_another_document_is_not_checked():
    policy = parse("1. Follow clause 4 of the contract and section 9.\n")
    assert len(policy.clauses) == 1


def test_a_policy_without_clause_numbers_keeps_its_own_paragraph_references_as_words():
    """An acceptable-use policy written as nested Markdown lists: "paragraph 2 above" counts its own
    list's items, not a clause, so it is neither refused nor linked."""
    body = ("## Use of the service\n\n1. You must not use the service unlawfully.\n"
            "1. You must make sure your users follow the terms in paragraph 2 above.\n")
    policy = parse(body)
    assert not policy.clauses and "paragraph 2 above" in policy.sections[-1].paragraphs[-1].text


@pytest.mark.parametrize(
    ("front_matter", "line", "words"),
    [
        ({"title": "[unclosed"}, 4, "(while parsing a flow sequence on line 3)"),
        ({"owner": None}, 1, "the front matter lacks 'owner'; write who owns the policy, or TBC"),
        ({"aproved_by": "X"}, 13, "unknown front matter key 'aproved_by': did you mean 'approved_by'?"),
        ({"colour": "blue"}, 13, "unknown front matter key 'colour'"),
        ({"approved_on": "15/01/2025"}, 9, "'approved_on: 15/01/2025' is not a date; write a date as YYYY-MM-DD"),
        ({"approved_on": "2025-02-30"}, 9, "is not a date"),
        ({"status": "live"}, 6, "'status: live' is not a status; write one of: draft, current, superseded"),
        ({"review_every": "often"}, 11, "'review_every: often' is not a period"),
        ({"id": "Social Media"}, 2, "'id: Social Media' is not a valid id"),
        ({"applies_to": "staff"}, 12, "'applies_to' must be a list"),
        ({"title": "[a, b]"}, 3, "'title' needs a single value"),
        ({"title": "TBC"}, 3, "'title: TBC' is not a title: the page, the PDF and every citation are named by it; "
                              "write the title the document gives itself"),
        ({"title": "to be confirmed"}, 3, "is not a title"),
    ],
)
def test_front_matter_errors_name_the_line(front_matter, line, words):
    error = error_of(**front_matter)
    assert str(error).startswith(f"policy_src/test/policy.md:{line}: "), str(error)
    assert words in str(error)


def test_a_title_that_mentions_tbc_is_still_a_title():
    assert parse("1. One.\n", title='"TBC Ltd Lone Working Policy"').meta.title == "TBC Ltd Lone Working Policy"


def test_a_key_given_twice_is_an_error():
    text = policy_source().replace("status: current", "status: current\nstatus: draft")
    with pytest.raises(PolicySourceError, match=r":7: 'status' is given twice \(first on line 6\)"):
        parse_policy(text, Path("p.md"))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("1. No front matter.\n", "a policy starts with front matter"),
        ("---\nid: x\n1. Never closed.\n", "the front matter is not closed"),
        ("---\n- a list\n---\n1. One.\n", "must be a list of 'key: value' lines"),
    ],
)
def test_malformed_files(text, words):
    with pytest.raises(PolicySourceError, match=words):
        parse_policy(text, Path("p.md"))


# --- the handbook: several policies -----------------------------------------------------------


def test_handbook_reads_folders_and_single_files_and_sorts_by_title(write_policy, tmp_path):
    write_policy(name="zeta", title="Alpha Policy")
    single = tmp_path / "policy_src" / "beta.md"
    single.write_text(policy_source(id="beta", title="Beta Policy"), encoding="utf-8")
    (tmp_path / "policy_src" / "README.md").write_text("# Not a policy\n", encoding="utf-8")
    handbook = load_handbook(tmp_path / "policy_src")
    assert [p.meta.id for p in handbook.policies] == ["zeta", "beta"]


def test_links_between_policies_are_checked(write_policy, tmp_path):
    write_policy(name="safeguarding")
    write_policy("1. See [the policy](policy:safeguarding#clause-2).\n", name="online", related="[safeguarding]")
    assert load_handbook(tmp_path / "policy_src").policy("online").meta.related == ("safeguarding",)

    write_policy("1. See [the policy](policy:safeguarding#clause-9).\n", name="online")
    with pytest.raises(PolicySourceError, match=r"online/policy.md:15: .*policy 'safeguarding' does not have"):
        load_handbook(tmp_path / "policy_src")

    write_policy("1. One.\n2. See [x](policy:nothing).\n", name="online")
    with pytest.raises(PolicySourceError, match=r"online/policy.md:16: .policy:nothing' names no policy"):
        load_handbook(tmp_path / "policy_src")


def test_related_must_name_existing_policies(write_policy, tmp_path):
    write_policy(related="[missing-policy]")
    with pytest.raises(PolicySourceError, match=r"policy.md:13: 'related' names policy 'missing-policy'"):
        load_handbook(tmp_path / "policy_src")


def test_two_policies_with_one_id(write_policy, tmp_path):
    write_policy(name="one")
    write_policy(name="two", id="one")
    with pytest.raises(PolicySourceError, match=r"two/policy.md:2: policy id 'one' is already used"):
        load_handbook(tmp_path / "policy_src")


def test_missing_policy_folder(tmp_path):
    with pytest.raises(PolicySourceError, match="the policy folder does not exist"):
        load_handbook(tmp_path / "nowhere")


# --- policies as organisations write them: unnumbered, and Markdown's own numbered lists ------------

SPORTS_CLUB = """\
Riverside Juniors FC is committed to the welfare of every child who plays for the club.

## Photography

Parents and spectators may take photographs at matches for their own use.

The club will not publish photographs featuring children without the written consent of a parent.
Captions give first names only.

- Coaches must not take photographs on personal phones.

- Images are kept on the club's account only.

## Reporting concerns

Any adult worried about a child should speak to the Club Welfare Officer the same day:

(a) write down what was seen or said;

(b) do not investigate.

| Who | Contact |
| --- | --- |
| Club Welfare Officer | 07700 900123 |

> If a child is in immediate danger, call 999.

## Photography

```text
Consent form wording:

I agree to photographs of my child.
```
"""


def test_an_unnumbered_policy_is_paragraphs_each_with_an_anchor_a_citation_and_its_line():
    policy = parse(SPORTS_CLUB)
    assert policy.clauses == ()
    found = [(p.anchor, p.line, policy.citation(p)) for p in policy.paragraphs]
    org = "Test School Test Policy"
    assert found == [
        ("opening-p1", 15, f"{org}, paragraph 1"),
        ("photography-p1", 19, f"{org}, 'Photography', paragraph 1"),
        ("photography-p2", 21, f"{org}, 'Photography', paragraph 2"),
        # A list stays one block though its items are apart; so do lettered points.
        ("photography-p3", 24, f"{org}, 'Photography', paragraph 3"),
        ("reporting-concerns-p1", 30, f"{org}, 'Reporting concerns', paragraph 1"),
        # Points after a blank line are a block of their own, as Markdown shows them: cited "paragraph 2(a)".
        ("reporting-concerns-p2", 32, f"{org}, 'Reporting concerns', paragraph 2"),
        ("reporting-concerns-p3", 36, f"{org}, 'Reporting concerns', paragraph 3"),
        ("reporting-concerns-p4", 40, f"{org}, 'Reporting concerns', paragraph 4"),
        # A second heading of the same words gets anchors of its own; a code block's blank line does not cut it.
        ("photography-2-p1", 44, f"{org}, 'Photography', paragraph 1"),
    ]
    assert policy.paragraphs[2].text.endswith("Captions give first names only.")
    assert policy.paragraphs[5].text == "(a) write down what was seen or said;\n\n(b) do not investigate."
    assert policy.paragraphs[-1].text.count("\n") == 4
    # A block of link definitions shows nothing: it is not a paragraph of its own.
    defined = parse(SPORTS_CLUB.replace("first names only.\n", "first names only.\n\n[consent]: https://example.org/c\n"))
    assert [p.anchor for p in defined.paragraphs] == [p.anchor for p in policy.paragraphs]


def test_an_anchor_stays_when_other_parts_of_the_policy_change():
    before = {p.text: p.anchor for p in parse(SPORTS_CLUB).paragraphs}
    edited = SPORTS_CLUB.replace("## Photography\n\nParents", "## Kit\n\nShin pads are worn.\n\nSocks too.\n\n"
                                 "## Photography\n\nParents", 1)
    after = {p.text: p.anchor for p in parse(edited).paragraphs}
    assert after["Shin pads are worn."] == "kit-p1"
    assert {text: after[text] for text in before} == before


def test_a_numbered_policy_keeps_its_clauses_and_its_introductions_are_paragraphs():
    policy = parse("## 1. PURPOSE\n\nThis policy covers all staff.\n\n1.1 It starts today.\n\n## Scope\n\n"
                   "Everyone.\n\n2. Staff must comply.\n")
    assert [c.dotted for c in policy.clauses] == ["1.1", "2"]
    assert [(p.anchor, p.text) for p in policy.paragraphs] == [
        ("clause-1-p1", "This policy covers all staff."), ("scope-p1", "Everyone.")
    ]


def test_markdown_numbered_lists_that_start_again_from_1_are_read_as_markdown_shows_them():
    # Every item typed "1.", as Markdown allows: shown 1, 2, 3, as a list in its paragraph.
    policy = parse("## Before a match\n\nCoaches check:\n\n1. the pitch\n1. the first aid kit\n1. the register\n")
    assert policy.clauses == ()
    assert policy.paragraphs[1].text == "1. the pitch\n1. the first aid kit\n1. the register"
    # A list 1, 2, 3 under each heading.
    policy = parse("## Arrival\n\n1. Sign in.\n2. Wait in the clubhouse.\n\n## Leaving\n\n1. Sign out.\n2. Go home.\n")
    assert policy.clauses == ()
    assert [p.anchor for p in policy.paragraphs] == ["arrival-p1", "leaving-p1"]
    # Markdown shows a list 1, 2, 3 whatever is typed after its first number ("1. 2. 4.").
    policy = parse("## Joining\n\n1. Attend training.\n2. Complete the checkout.\n\n## Planning\n\n"
                   "1. Decide the order of lessons.\n2. Set up the website.\n4. Create a shared document.\n")
    assert policy.clauses == () and len(policy.paragraphs) == 2


def test_numbered_lines_that_run_once_through_the_policy_stay_clauses():
    assert [c.dotted for c in parse("1. One.\n2. Two.\n\n## Later\n\n3. Three.\n").clauses] == ["1", "2", "3"]


@pytest.mark.parametrize(
    ("body", "line", "words"),
    [
        ("1. One.\n1.1 Sub.\n1. Again.\n", 17, "clause 1 is numbered twice (also on line 15)"),  # deeper numbers
        ("## 1. PART\n\n1. Clause.\n1. Clause.\n", 17, "clause 1 is numbered twice (also on line 15)"),
    ],
)
def test_a_number_typed_twice_among_clauses_is_still_an_error(body, line, words):
    error = error_of(body)
    assert str(error).startswith(f"policy_src/test/policy.md:{line}: "), str(error)
    assert words in str(error)


# --- numbering beyond decimals ---------------------------------------------------------------------

IT_ACCEPTABLE_USE = """\
## Section 1 Purpose

This policy sets out how staff may use the Ministry's IT systems. COVID-19 guidance is separate.

## Section 2 Statements

POL.ITAUP.001 Users must not share their passwords with anyone, including IT staff.

POL.ITAUP.002 Users must lock their screen whenever they leave their device, as POL.ITAUP.001 explains.

POL.ITAUP.003 Users must report a lost or stolen device to the IT Service Desk at once.

## Section 3 Travel

2.1 Staff travelling abroad follow the overseas travel guidance.

## Annex

A1 Laptops taken abroad are encrypted.
A2 Phones taken abroad are reset on return.
"""


def test_a_document_s_own_numbering_gives_clauses_and_headings_anchored_by_their_labels():
    policy = parse(IT_ACCEPTABLE_USE.replace("2.1 Staff", "3.1 Staff"))
    assert [(c.label, c.anchor) for c in policy.clauses] == [
        ("POL.ITAUP.001", "pol-itaup-001"),
        ("POL.ITAUP.002", "pol-itaup-002"),
        ("POL.ITAUP.003", "pol-itaup-003"),
        ("3.1", "clause-3-1"),  # "Section 3" takes its place in the decimal numbering
        ("A1", "a1"),
        ("A2", "a2"),
    ]
    assert [(s.label, s.anchor, s.title) for s in policy.numbered_sections] == [
        ("Section 1", "section-1", "Purpose"), ("Section 2", "section-2", "Statements"),
        ("Section 3", "section-3", "Travel"),
    ]
    assert policy.citation(policy.clauses[1]) == "Test School Test Policy, clause POL.ITAUP.002"
    assert [p.anchor for p in policy.paragraphs] == ["section-1-p1"]


def test_headings_numbered_part_1_part_2_and_part_2_1_are_one_numbering():
    policy = parse("## Code of Conduct (Detailed View)\n\n### Part 1. Introduction\n\nWelcome.\n\n"
                   "### Part 2. The Code\n\nBe kind.\n\n#### Part 2.1 Expected behaviour\n\nListen.\n\n"
                   "#### Part 2.2 Unacceptable behaviour\n\nHarassment.\n")
    assert [(s.label, s.anchor, s.title) for s in policy.numbered_sections] == [
        ("Part 1", "part-1", "Introduction"), ("Part 2", "part-2", "The Code"),
        ("Part 2.1", "part-2-1", "Expected behaviour"), ("Part 2.2", "part-2-2", "Unacceptable behaviour"),
    ]
    assert [p.anchor for p in policy.paragraphs] == ["part-1-p1", "part-2-p1", "part-2-1-p1", "part-2-2-p1"]


def test_articles_numbered_in_roman_numerals_are_one_numbering_with_the_clauses_under_them():
    """Bylaws as a society writes them: ARTICLE I, II, ... with the sections of each as clauses."""
    policy = parse("## ARTICLE I — NAME\n\n1.1 The society is called the Riverside Scholars.\n\n"
                   "## ARTICLE II — MEMBERSHIP\n\n2.1 Any scholar may join.\n\n2.2 Members pay dues.\n\n"
                   "## ARTICLE III — COUNCIL\n\nThe council is elected as Article II sets out.\n")
    assert [(s.label, s.anchor, s.title) for s in policy.numbered_sections] == [
        ("ARTICLE I", "article-i", "NAME"), ("ARTICLE II", "article-ii", "MEMBERSHIP"),
        ("ARTICLE III", "article-iii", "COUNCIL"),
    ]
    assert [c.dotted for c in policy.clauses] == ["1.1", "2.1", "2.2"]


def test_the_decimal_numbering_under_a_numbered_heading_is_still_checked():
    error = error_of(IT_ACCEPTABLE_USE)
    assert str(error).startswith("policy_src/test/policy.md:29: clause 2.1 is out of order")


@pytest.mark.parametrize(
    "body",
    [
        "## Roads\n\nA1 roads are faster than B roads.\n",  # one label alone is prose
        "COVID-19 rules changed in 2021.\n\nCOVID-21 is not a thing.\n",  # not in sequence
        "## Part 2 of the form\n\nFill it in.\n",  # a heading alone
        "## Part I\n\nFill it in.\n\n## Part III\n\nSign it.\n",  # I then III: no run
        "## Section C Gifts\n\nSee the form.\n\n## Section D Hospitality\n\nDeclare it.\n",  # letters, not numerals
        "## Section 4 Gifts\n\nSee the form.\n\n## Section 6 Hospitality\n\nDeclare it.\n",  # 4 then 6: no run
    ],
)
def test_a_label_not_used_as_numbering_stays_text(body):
    policy = parse(body)
    assert policy.clauses == () and policy.numbered_sections == ()


def test_a_label_of_the_document_s_scheme_used_twice_is_an_error():
    error = error_of("POL.ITAUP.001 One.\n\nPOL.ITAUP.002 Two.\n\nPOL.ITAUP.002 Again.\n")
    assert str(error).startswith("policy_src/test/policy.md:19: clause POL.ITAUP.002 is numbered twice "
                                 "(also on line 17)")


def test_the_text_under_a_heading_is_kept_as_written_beside_its_paragraphs():
    # Acknowledgements record a code of the text as written (handbook.acknowledgements.form_link).
    section = parse("## Visitors\n\nSign in at reception.\n\n\nWear the badge.\n").sections[0]
    assert section.intro == "Sign in at reception.\n\n\nWear the badge."
    assert [p.text for p in section.paragraphs] == ["Sign in at reception.", "Wear the badge."]


TERMS_OF_SERVICE = """\
## A. Definitions

1. An "Account" is your legal relationship with us.
1. The "Agreement" is these terms and the policies they name.

## B. Account Terms

### 1. Account Controls

You control your account.

### 2. Required Information

Give a valid email address.

## C. Acceptable Use

Follow the law.

## D. User-Generated Content

### 1. Responsibility for User-Generated Content

You are responsible for what you post.

### 2. License Grant to Us

You grant us the rights we need to host it, as Section D.1 explains.
"""


def test_lettered_sections_whose_numbers_start_again_are_cited_by_letter_and_number():
    """Terms of service as companies write them: sections A, B, C..., each numbering its own parts
    from 1 (cited "Section D.2"); the definitions are a Markdown list, every item typed "1."."""
    policy = parse(TERMS_OF_SERVICE)
    assert [(s.label, s.anchor, s.title) for s in policy.numbered_sections] == [
        ("1.", "clause-b-1", "Account Controls"), ("2.", "clause-b-2", "Required Information"),
        ("1.", "clause-d-1", "Responsibility for User-Generated Content"), ("2.", "clause-d-2", "License Grant to Us"),
    ]
    assert policy.clauses == ()  # the definitions stay a list
    assert [p.anchor for p in policy.paragraphs][-2:] == ["clause-d-1-p1", "clause-d-2-p1"]


def test_a_number_typed_twice_within_one_lettered_section_is_still_an_error():
    error = error_of(TERMS_OF_SERVICE.replace("### 2. License", "### 1. License"))
    assert "heading D.1 is numbered twice" in str(error)


def test_letters_out_of_sequence_do_not_number_sections():
    error = error_of("## A. Scope\n\n### 1. Staff\n\nAll staff.\n\n## C. Use\n\n### 1. Email\n\nBe polite.\n")
    assert "numbered twice" in str(error)


def test_a_file_read_again_gives_the_same_policy_until_its_text_changes_and_a_bad_one_fails_each_time(tmp_path):
    """`mkdocs serve` reads every policy at each save; an unchanged file is not parsed again, a bad one is
    refused again (the error is not kept), and a fixed one is read as it now is. Serve's build object keeps the
    readings in memory between its builds (handbook.mkdocs_build.page_cache.KeptInMemory)."""
    from handbook.mkdocs_build.page_cache import KeptInMemory, PageCache

    memory = KeptInMemory(frozenset({"policy-files"}))

    def read(path: Path) -> Policy:  # each time as a new build of the same serve reads it
        return parse_policy_file(path, PageCache(None, "code", memory).keep)

    path = tmp_path / "test-policy.md"
    path.write_text(policy_source("1. First.\n2. Second.\n"), encoding="utf-8")
    first = read(path)
    assert read(path) is first
    path.write_text(policy_source("1. First.\n3. Third.\n"), encoding="utf-8")
    for _ in range(2):
        with pytest.raises(PolicySourceError):
            read(path)
    path.write_text(policy_source("1. First.\n2. Second, changed.\n"), encoding="utf-8")
    assert read(path).sections[0].clauses[1].text == "Second, changed."
