"""One table of input a policy file must not hold (issue 22): line breaks in one-line front matter,
invisible characters, and sizes past the reader's limits (handbook.source.limits). Each case is a
whole policy file (``tests/helpers.policy_source``: its front matter on lines 2-12, its body from
line 15) and a regular expression the error must match, naming the file's line (and column, for
a character). tests/test_input_limits.py runs each through ``handbook check``; a few of them are
also in tests/bad_inputs.py, which runs the build as well.
"""

from __future__ import annotations

from typing import NamedTuple

from helpers import policy_source

BODY = "# Rules\n\n1. Staff lock their screens.\n2. Passwords are secret.\n"  # line 17: "1. Staff ..."


class LimitInput(NamedTuple):
    text: str  # the policy file
    message: str  # a regular expression the error must match


def _body(clause_one: str) -> str:
    return BODY.replace("Staff lock their screens.", clause_one)


def _nested_list(depth: int) -> str:
    return _body("Staff:\n\n" + "".join("    " * level + "- lock\n" for level in range(depth)))


ONE_LINE = "holds a line break, but it is shown on one line; write the value on one line"

CASES = {
    # Front matter shown on one line: a line break would split a row of the index or forge one.
    "title with a quoted line break": LimitInput(
        policy_source(BODY, title='"Line one\\nLine two"'), rf"policy\.md:3: 'title' {ONE_LINE}"),
    "owner as a block of lines": LimitInput(
        policy_source(BODY, owner="|\n  Head\n  | forged | row |"), rf"policy\.md:7: 'owner' {ONE_LINE}"),
    "organisation with a line break": LimitInput(
        policy_source(BODY, organisation='"St Hugh\'s\\n| forged |"'), rf"policy\.md:4: 'organisation' {ONE_LINE}"),
    "approved_by with a line break": LimitInput(
        policy_source(BODY, approved_by='"Governors\\r\\nand others"'), rf"policy\.md:8: 'approved_by' {ONE_LINE}"),
    "an audience with a line break": LimitInput(
        policy_source(BODY, applies_to='[staff, "governors\\nvolunteers"]'),
        rf"policy\.md:12: 'applies_to' {ONE_LINE}"),
    "summary with a line break": LimitInput(
        policy_source(BODY, summary='"First\\nsecond"'), rf"policy\.md:13: 'summary' {ONE_LINE}"),
    # Characters that change what text looks like without showing: named with line and column.
    "right-to-left override in the title": LimitInput(
        policy_source(BODY, title="Safe\u202eycilop"),
        r"policy\.md:3: column 12 holds U\+202E \(RIGHT-TO-LEFT OVERRIDE\).*read other than it is written"),
    "zero-width space in a clause": LimitInput(
        policy_source(_body("Staff lo\u200bck their screens.")),
        r"policy\.md:17: column 12 holds U\+200B \(ZERO WIDTH SPACE\).*splits the word for search; delete it"),
    "left-to-right isolate in a heading": LimitInput(
        policy_source(BODY.replace("# Rules", "# Ru\u2066les")), r"policy\.md:15: column 5 holds U\+2066"),
    "byte order mark inside the text": LimitInput(
        policy_source(_body("Staff\ufeff lock their screens.")), r"policy\.md:17: column 9 holds U\+FEFF"),
    "soft hyphen in a clause": LimitInput(
        policy_source(_body("Staff lock their scre\u00adens.")),
        r"policy\.md:17: column 25 holds U\+00AD \(SOFT HYPHEN\).*hyphenates long words by itself"),
    "word joiner in the owner": LimitInput(
        policy_source(BODY, owner="Head\u2060Teacher"), r"policy\.md:7: column 12 holds U\+2060"),
    "pop directional formatting as a YAML escape": LimitInput(
        policy_source(BODY, title='"Test\\u202c Policy"'),
        r"policy\.md:3: 'title' holds the invisible character U\+202C .*YAML escape"),
    # Sizes past the limits: each once crashed the build or kept it busy for minutes.
    "id of 300 characters": LimitInput(
        policy_source(BODY, id="a" * 300), r"policy\.md:2: 'id' is 300 characters long; an id has at most 64"),
    "list nested 300 deep": LimitInput(
        policy_source(_nested_list(300)), r"policy\.md:29: this line is nested 11 levels deep .* at most 10"),
    "quotes nested 1,000 deep": LimitInput(
        policy_source(_body(">" * 1000 + " quoted")), r"policy\.md:17: this line is nested 1001 levels deep"),
    "50,000 '[' then 50,000 '](' on one line": LimitInput(
        policy_source(_body("[" * 50_000 + "](" * 50_000)),
        r"policy\.md:17: this line has 150,003 characters; a line may have at most 10,000"),
    "50,000 '[' in a wrapped paragraph": LimitInput(
        policy_source(_body("\n".join("    " + "[" * 50 for _ in range(1000)))),
        r"policy\.md:19: this paragraph holds more than 100 '\['"),
    "'<' on many lines of a paragraph": LimitInput(
        policy_source(_body("\n".join("    <a <a <a" for _ in range(40)))),
        r"policy\.md:50: this paragraph holds more than 100 '<'"),
    "a paragraph of 30,000 characters": LimitInput(
        policy_source(_body("\n".join("    " + "word " * 100 for _ in range(60)))),
        r"policy\.md:56: this paragraph is longer than 20,000 characters"),
}

# Near the limits, and so accepted: each must read without error.
ACCEPTED = {
    "list nested 9 deep": policy_source(_nested_list(9)),
    "an id of 64 characters": policy_source(BODY, id="a" * 64),
    "100 links in a paragraph": policy_source(_body(" ".join(["[a](https://example.org)"] * 100))),
    "100 escaped '[' besides 100 links": policy_source(_body(" ".join(["\\[x] [a](https://example.org)"] * 100))),
    "a line of 10,000 characters": policy_source(_body("w" * (10_000 - len("1. ")))),
    "a title on several lines, folded into one by YAML": policy_source(BODY, title=">\n  Test\n  Policy"),
    "Persian-style text and accents": policy_source(BODY, owner="Chef d'équipe (Zoë Ødegård)"),
}
