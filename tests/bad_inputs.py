"""One table of bad input: every case is run through both `handbook check` and `mkdocs build`
(tests/test_bad_input.py), which must refuse it alike, naming the policy's own file and line.

Each case edits one file of a copy of the real handbook (``seed``: policy_src/) or of the example
one (``examples``: examples/policy_src/), replacing ``old`` with ``new`` once.
"""

from __future__ import annotations

from typing import NamedTuple


class BadInput(NamedTuple):
    handbook: str  # "seed" or "examples"
    file: str  # relative to the handbook's folder
    old: str
    new: str
    message: str  # a regular expression the error must match


SEED_POLICY = "social-media/policy.md"

CASES = {
    "review period misspelt": BadInput(
        "seed", SEED_POLICY, "review_every: 3 years", "review_every: 3 yeers",
        r"policy\.md:15: 'review_every: 3 yeers' is not a period"),
    "date in another format": BadInput(
        "seed", SEED_POLICY, "approved_on: TBC", "approved_on: 31/12/2026",
        r"policy\.md:13: 'approved_on: 31/12/2026' is not a date"),
    "unknown front matter key": BadInput(
        "seed", SEED_POLICY, "\nowner: TBC", "\nowners: TBC",
        r"policy\.md:11: unknown front matter key 'owners': did you mean 'owner'"),
    "clause number skipped": BadInput(
        "seed", SEED_POLICY, "13. If you need", "15. If you need", r"policy\.md:\d+: clause 15 follows clause 12"),
    "reference to a missing clause": BadInput(
        "seed", SEED_POLICY, "If in doubt always", "If in doubt see clause 22 and always",
        r"policy\.md:\d+: 'clause 22' refers to"),
    "front matter not YAML": BadInput(
        "seed", SEED_POLICY, "title: Social Media Policy", "title: [Social",
        r"policy\.md:\d+: the front matter is not valid YAML"),
    "status unknown": BadInput(
        "seed", SEED_POLICY, "status: current", "status: live", r"policy\.md:10: 'status: live' is not a status"),
    "id of a hand-written page": BadInput(
        "seed", SEED_POLICY, "id: social-media", "id: authoring",
        r"policy\.md:6: policy id 'authoring' would give it the address of docs/authoring\.md"),
    "id of the handbook index": BadInput(
        "seed", SEED_POLICY, "id: social-media", "id: policies",
        r"policy\.md:6: policy id 'policies' would give it the address of the handbook index"),
    "id of the what-changed page": BadInput(
        "seed", SEED_POLICY, "id: social-media", "id: changes",
        r"policy\.md:6: policy id 'changes' would give it the address of the handbook's own 'changes' page"),
    "id of the review dashboard": BadInput(
        "seed", SEED_POLICY, "id: social-media", "id: reviews",
        r"policy\.md:6: policy id 'reviews' would give it the address of the handbook's own 'reviews' page"),
    "link to a page that does not exist": BadInput(
        "seed", SEED_POLICY, "If in doubt always", "See [the guide](missing-page.md). If in doubt always",
        r"policy\.md:\d+: the link to 'missing-page\.md' leads to no page of the handbook"),
    "link to a heading that does not exist": BadInput(
        "seed", SEED_POLICY, "If in doubt always", "See [the guide](/authoring.md#no-such-heading). If in doubt always",
        r"policy\.md:\d+: the link to '/authoring\.md#no-such-heading' names '#no-such-heading'"),
    "link to a clause that does not exist": BadInput(
        "seed", SEED_POLICY, "If in doubt always", "See [this](#clause-99). If in doubt always",
        r"policy\.md:\d+: the link to '#clause-99' names '#clause-99', which that page does not have"),
    "link to an anchor that does not exist": BadInput(
        "seed", SEED_POLICY, "If in doubt always", "See [below](#nowhere). If in doubt always",
        r"policy\.md:\d+: the link to '#nowhere' names '#nowhere', which that page does not have"),
    "link to a part of another policy that does not exist": BadInput(
        "examples", "acceptable-use/policy.md", "(policy:data-protection)", "(policy:data-protection#no-such-part)",
        r"acceptable-use/policy\.md:26: the link to 'policy:data-protection#no-such-part' names '#no-such-part', "
        "which that page does not have"),
    "title to be confirmed": BadInput(
        "examples", "acceptable-use/policy.md", "title: Acceptable Use of IT Policy", "title: TBC",
        r"acceptable-use/policy\.md:4: 'title: TBC' is not a title: .* write the title the document gives itself"),
    "review date past the calendar": BadInput(
        "examples", "data-protection/policy.md", "review_every: 3 years", "review_every: 9000 years",
        r"data-protection/policy\.md:\d+: the next review, 9000 years after 2019-09-01, would fall after the year 9999",
    ),
    "archived version edited": BadInput(
        "examples", "acceptable-use/versions/1.0.md", "change it every term", "change it every year",
        r"acceptable-use/versions/1\.0\.md: has changed since it was archived"),
    "two versions with one number": BadInput(
        "examples", "data-protection/policy.md", 'version: "3.0"', 'version: "2.0"',
        r"data-protection/policy\.md:6: version 2\.0 is also versions/2\.0\.md"),
    "versions out of order": BadInput(
        "examples", "data-protection/policy.md", "effective_from: 2019-09-01", "effective_from: 2016-09-01",
        r"data-protection/policy\.md:11: version 3\.0 takes effect on 2016-09-01, which is not after"),
    # Issue 22: each of these passed the check and crashed the build (File name too long, RecursionError),
    # or was published as typed. More such cases, through the check alone: tests/limit_inputs.py.
    "policy id too long for a file name": BadInput(
        "seed", SEED_POLICY, "id: social-media", "id: " + "a" * 300,
        r"policy\.md:6: 'id' is 300 characters long; an id has at most 64"),
    "list nested 300 deep": BadInput(
        "seed", SEED_POLICY, "20. If in doubt always seek advice.",
        "20. If in doubt:\n\n" + "".join("    " * level + "- ask\n" for level in range(300)),
        r"policy\.md:113: this line is nested 11 levels deep in lists or quotes; at most 10"),
    "title with a line break": BadInput(
        "seed", SEED_POLICY, "title: Social Media Policy", 'title: "Social Media\\n| forged | row |"',
        r"policy\.md:7: 'title' holds a line break, but it is shown on one line"),
    "right-to-left override in a clause": BadInput(
        "seed", SEED_POLICY, "If in doubt always", "If in doubt \u202ealways",
        r"policy\.md:101: column 17 holds U\+202E \(RIGHT-TO-LEFT OVERRIDE\)"),
    "checklist cites a missing clause": BadInput(
        "seed", "social-media/checklist.yml", "serves: [17, 18, 19]", "serves: [17, 18, 42]", r"cites clause 42"),
    "synonyms key misspelt": BadInput(
        "seed", "synonyms.yml", "\nalso_find:", "\nalso_finds:",
        r"synonyms\.yml:\d+: unknown key 'also_finds': did you mean 'also_find'"),
    "synonyms group of one word": BadInput(
        "seed", "synonyms.yml", "  - [advice, guidance]", "  - [advice]",
        r"synonyms\.yml:\d+: a group of synonyms is a list of two or more words"),
    "synonyms line not YAML": BadInput(
        "seed", "synonyms.yml", "  - [advice, guidance]", "  - [advice, guidance",
        r"synonyms\.yml:\d+: is not valid YAML"),
}
