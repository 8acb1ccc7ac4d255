"""The review assistant's reading of a policy (handbook.versions.review_reading): a term is tried only on the passages
that hold all its hints, and that must skip only passages where it cannot match.

The policies are the shipped ones, the examples and one written as a school's safeguarding policy is, naming bodies
and laws the rules know in their old and new names, in capitals and not, across clauses and paragraphs.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path

import pytest
from helpers import EXAMPLES, REPO, policy_source

from handbook.checking import check_policy_src
from handbook.model import Handbook
from handbook.source.policy_file import parse_policy
from handbook.versions import review_check, review_reading
from handbook.versions.kept_findings import ReviewMemory
from handbook.versions.review_rules import ReviewRules, Term, load_review_rules, term

TODAY = date(2026, 12, 3)

SAFEGUARDING = """\
## Roles

The Designated Safeguarding Lead (DSL) is Mrs A. Patel, Deputy Headteacher. In her absence, contact the deputy DSL
or the Head Teacher.

1. Staff follow Keeping Children Safe in Education (KCSIE 2019) and Working Together to Safeguard Children 2018.
2. Concerns about a member of staff go to the headteacher; concerns about the Headteacher go to the Chair of
   Governors, who consults the LADO.
3. Records are kept under the Data Protection Act 1998 and the General Data Protection Regulation (EU) 2016/679.
   The child protection officer keeps them in a locked cabinet.
4. All volunteers have an enhanced CRB check. The SENCo and the school business manager keep the single central
   record.

## Training

Every member of staff reads Part One of KCSiE each September; the senior leadership team (SLT) checks this.
The head teacher reports to governors on the Prevent duty and on our child protection policy.
"""


def _without_hints(value: object) -> object:
    """``value`` (the rules, or any part of them) with every term searched in every passage."""
    if isinstance(value, Term):
        return dataclasses.replace(value, hint=None, more_hints=())
    if isinstance(value, tuple):
        return tuple(map(_without_hints, value))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(value, **{f.name: _without_hints(getattr(value, f.name))
                                             for f in dataclasses.fields(value) if f.init})
    return value


def _findings(handbook: Handbook, rules: ReviewRules) -> list[tuple]:
    return [(r.policy.meta.id, f.rule, f.line, f.words, f.proposal)
            for r in review_check.review_reports(handbook, rules, TODAY) for f in r.findings]


def test_hints_skip_only_the_passages_where_a_term_cannot_match():
    policies = [*check_policy_src(REPO / "policy_src").handbook.policies,
                *check_policy_src(EXAMPLES).handbook.policies,
                parse_policy(policy_source(SAFEGUARDING, id="safeguarding-and-child-protection",
                                           title=json.dumps("Safeguarding and Child Protection Policy")),
                             Path("safeguarding-and-child-protection.md"))]
    handbook = Handbook(tuple(policies))
    rules = load_review_rules(None)
    assert any(t.more_hints for group in rules.names for name in group.names for t in name)

    found = _findings(handbook, rules)  # each dashboard with a memory of its own
    assert _findings(handbook, _without_hints(rules)) == found
    rules_found = {rule for _, rule, *_ in found}
    assert {"superseded", "names", "documents", "acronyms"} <= rules_found  # the policies give every rule work


@pytest.mark.parametrize(("source", "hints"), [
    (r"Data Protection Act,?\s*\(?1998\)?", ("protection", "data", "act")),
    (r"the (?:new )?policy", ("policy", "the")),
    (r"(?-i:\bLSCBs?)\b", ("lscb",)),
    (r"Working Together(?: to Safeguard Children)? 20\d\d", ("together", "working")),  # the group may be absent
    (r"Safeguarding Children Boards{0,1}", ("safeguarding", "children", "board")),  # so may the "s"
    (r"(?-i:KCSiE|KCSIE)", ()),
])
def test_a_regular_expressions_hints_are_the_letters_every_match_holds(source, hints):
    found = term(f"/{source}/")
    assert (found.hint, *found.more_hints) == (hints[0] if hints else None, *hints[1:])


def test_a_phrases_hints_are_its_words_the_longest_first():
    found = term("Child Protection Co-ordinator")
    assert (found.hint, found.more_hints) == ("protection", ("child", "co", "ordinator"))


def test_a_term_is_tried_only_on_the_passages_holding_all_its_words():
    body = ("1. The school processes personal data under UK data protection law.\n"
            "2. The data protection officer answers requests within one month.\n"
            "3. Child protection records are kept apart and passed to the child protection officer.\n")
    data_protection = parse_policy(policy_source(body, id="data-protection", title='"Data Protection Policy"'),
                                   Path("data-protection.md"))
    officer = term("child protection officer")
    read = review_reading.reading_of(data_protection)
    tried = [(passage.clause, [t.text for _, t in held]) for passage, held in read.passages_with([(None, officer)])]
    assert tried == [("3", ["child protection officer"])]
    assert [(p.clause, m[0]) for p, m in read.matches((officer,))] == [
        ("3", "child protection officer")]


def test_a_memory_gives_a_policy_s_reading_once_and_forgets_past_its_size():
    policies = [parse_policy(policy_source(f"1. Concerns go to the Head Teacher the same day ({n}).\n", id=f"p{n}"),
                             Path(f"p{n}.md")) for n in range(3)]
    memory = ReviewMemory(most=2)
    first = memory.reading(policies[0])
    assert memory.reading(policies[0]) is first
    assert memory.reading(policies[1]) is not first
    memory.reading(policies[2])  # a third: the two kept are forgotten
    assert memory.reading(policies[0]) is not first
