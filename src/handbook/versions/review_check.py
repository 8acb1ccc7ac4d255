"""The review assistant: what an author re-reads every clause for at a review, flagged with the clause and the
words found, each with a proposal. It never changes the text.

- ``superseded``: legislation, guidance or bodies replaced or renamed, and earlier editions of yearly guidance;
- ``names``: different names for the same body across the handbook (the most used one proposed);
- ``documents``: documents the policy relies on, linked when the handbook has one, flagged when it has none;
- ``acronyms``: capitals never spelled out in the policy (or in a glossary policy);
- ``long-sentences``: sentences of more words than the rules allow;
- ``statutory``: a policy the law requires that is not marked so, and (for a school in England) the policies the
  handbook lacks.

The rules are data (handbook.versions.review_rules); the organisation switches them off or adds to them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from functools import lru_cache, partial

from ..model import Handbook, Keeper, Policy, ReviewPeriod, compute_now
from .kept_findings import ReviewMemory
from .review_findings import Finding, Passage, ReviewReport
from .review_reading import Reading, Uses
from .review_rules import NameGroup, ReviewRules, StatutoryPolicy
from .sentences import counted_words, sentences


class _Index:
    """What the checks look up across the handbook, found once for all the policies checked (the dashboard checks
    every one): the policies whose title (or id) holds some words, and each policy's uses of a group's names."""

    def __init__(self, handbook: Handbook, groups: tuple[NameGroup, ...] = (), memory: ReviewMemory | None = None
                 ) -> None:
        self.handbook = handbook
        self.memory = memory or ReviewMemory()  # the policies' readings and own findings
        self.groups = groups  # the rules' name groups: their uses are found together
        self._titled: dict[tuple[str, ...], tuple[Policy, ...]] = {}
        self._names: dict[str, dict[str, tuple[tuple[int, Passage, str], ...]]] = {}
        self._counts: dict[str, list[int]] = {}
        self._by_id = {p.meta.id: p for p in handbook.policies}
        self._read_first: dict[str, list[tuple[tuple[int, Passage, str], ...]]] = {}  # read_names's, by policy id

    def holding(self, words: tuple[str, ...]) -> tuple[Policy, ...]:
        if words not in self._titled:
            self._titled[words] = tuple(p for p in self.handbook.policies if _title_has(p, words))
        return self._titled[words]

    def name_uses(self, group: NameGroup) -> dict[str, tuple[tuple[int, Passage, str], ...]]:
        """Policy id -> (which name of the group, where, the words) for each use. Every group's uses are found
        in one pass over the policies: group by group, a handbook of more policies than the readings kept
        (ReviewMemory) read each policy again for each group (five times over at 2,000 policies)."""
        if group.id not in self._names:
            groups = [g for g in dict.fromkeys((group, *self.groups)) if g.id not in self._names]
            uses = [(p.meta.id, [self._uses(p, g) for g in groups]) for p in self.handbook.policies]
            self._names |= {g.id: {policy: found[n] for policy, found in uses} for n, g in enumerate(groups)}
        return self._names[group.id]

    def glossaries(self, policy: Policy) -> tuple[Policy, ...]:
        return tuple(p for p in self.holding(("glossary",)) if p.meta.id != policy.meta.id)

    def read_names(self, policy: Policy, uses: list[Uses]) -> None:
        """The handbook's ``policy``'s uses of every group's names, found while its reading was at hand."""
        self._read_first[policy.meta.id] = uses

    def _uses(self, policy: Policy, group: NameGroup) -> tuple[tuple[int, Passage, str], ...]:
        found = self._read_first.get(policy.meta.id)
        return found[self.groups.index(group)] if found is not None and group in self.groups else _name_uses(
            self.memory.reading(policy), group)

    def name_counts(self, group: NameGroup) -> list[int]:
        """How often the handbook's policies use each name of the group, all told."""
        if group.id not in self._counts:
            self._counts[group.id] = _counted(group, *self.name_uses(group).values())
        return self._counts[group.id]

    def uses_in(self, policy: Policy, group: NameGroup) -> tuple[tuple[int, Passage, str], ...]:
        """``policy``'s uses of the group's names: a policy of the handbook's as found for all, a draft's now."""
        if self._by_id.get(policy.meta.id) is policy:
            return self.name_uses(group)[policy.meta.id]
        return _name_uses(self.memory.reading(policy), group)


def review_report(
    policy: Policy, handbook: Handbook, rules: ReviewRules, today: date, index: _Index | None = None,
    own: dict[str, list] | None = None, memory: ReviewMemory | None = None,
) -> ReviewReport:
    """Every finding in ``policy`` (current version or draft), as on ``today``, in the order of the text; ``own``:
    the findings of ``_own_findings``, if found already; ``memory``: where what reads one policy is kept (by
    default, for this report only)."""
    index = index or _Index(handbook, rules.names, memory)
    found = own if own is not None else _own_findings(policy, rules, today, index.glossaries(policy), index.memory)
    checks = {
        "superseded": lambda: found["superseded"],
        "names": lambda: _names(policy, index, rules),
        "documents": lambda: _documents(policy, index, rules, found["documents"]),
        "acronyms": lambda: found["acronyms"],
        "long-sentences": lambda: found["long-sentences"],
        "statutory": lambda: found["statutory"],
    }
    findings = [f for rule, check in checks.items() if rules.on(rule) for f in check()]
    findings.sort(key=lambda f: (f.line or 0, list(checks).index(f.rule)))
    missing = _missing_statutory(index, rules) if rules.on("statutory") else ()
    sources = rules.statutory.sources_for(rules.sector) if rules.statutory else ()
    return ReviewReport(policy, tuple(findings), rules.sector, missing, sources)


def _own_findings(policy: Policy, rules: ReviewRules, today: date, glossaries: tuple[Policy, ...],
                  memory: ReviewMemory) -> dict[str, list]:
    """The findings that read the policy and nothing of the handbook but its glossaries (for documents, those it
    names, not whether the handbook has them), by rule, for the rules switched on: kept for serve's next build."""
    own = memory.findings(policy, (rules, today, glossaries))  # what the checks kept read besides the policy
    read = memory.reading(policy)
    checks = {
        "superseded": own.of("superseded", lambda: [*_superseded(read, rules, today), *_earlier_editions(read, rules)]),
        "documents": own.of("documents", lambda: _documents_named(policy, read, rules)),
        "acronyms": own.of("acronyms", lambda: _acronyms(read, tuple(map(memory.reading, glossaries)), rules)),
        "long-sentences": own.of("long-sentences", lambda: _long_sentences(read, rules)),
        "statutory": own.of("statutory", lambda: _statutory_marking(policy, rules)),
    }
    return {rule: check() for rule, check in checks.items() if rules.on(rule)}


def _read_alone(policy: Policy, rules: ReviewRules, today: date, glossaries: tuple[Policy, ...],
                memory: ReviewMemory) -> tuple[list, dict]:
    """What reads ``policy`` alone: its uses of every group's names, and its own findings."""
    read = memory.reading(policy)
    return [_name_uses(read, group) for group in rules.names], _own_findings(policy, rules, today, glossaries, memory)


def review_reports(handbook: Handbook, rules: ReviewRules, today: date, keep: Keeper = compute_now,
                   memory: ReviewMemory | None = None) -> list[ReviewReport]:
    """The report of every current policy, by title (the review dashboard's); ``keep`` keeps what reads one alone
    between builds; ``memory`` what the checks work out from each policy, for `mkdocs serve`'s next build (by
    default, for this dashboard only)."""
    kept_for_next_build = memory is not None
    memory = memory or ReviewMemory()
    rules = memory.as_last_time(rules)  # serve reads them again at each save
    index = _Index(handbook, rules.names, memory)
    # Each policy read once: what reads it alone, and its uses of the names for the handbook's counts, while its
    # reading is kept. Read for the names first and for its report after, a policy was read twice once the
    # handbook held more than the readings kept (ReviewMemory): a third of the dashboard's time at 2,000 policies.
    # Then, unless serve keeps it for its next build, the reading goes: only a glossary's is read again (by every
    # policy's acronyms check).
    glossaries = {id(p) for p in index.holding(("glossary",))}
    own = {}
    for policy in handbook.policies:
        read = partial(_read_alone, policy, rules, today, index.glossaries(policy))
        names, own[policy.meta.id] = memory.what_reads_alone(
            policy, read.args[1:], partial(keep, "review-findings", read.args, partial(read, memory)))
        index.read_names(policy, names)
        if not kept_for_next_build and id(policy) not in glossaries:
            memory.forget(policy)
    return [review_report(p, handbook, rules, today, index, own[p.meta.id])
            for p in sorted(handbook.policies, key=lambda p: p.meta.title)]


def _one_per_clause(findings: Iterator[tuple[str, Passage, str, str]]) -> list[Finding]:
    """(rule's id, passage, words, proposal) -> one "superseded" finding per rule's id and clause, with all the
    distinct words found."""
    grouped: dict[tuple[str, int], tuple[Passage, list[str], str]] = {}
    for rule_id, passage, words, proposal in findings:
        _, found, _ = grouped.setdefault((rule_id, passage.line), (passage, [], proposal))
        if not any(words in earlier for earlier in found):  # "Regulation (EU) 2016/679" within a longer match
            found[:] = [earlier for earlier in found if earlier not in words] + [words]
    return [
        passage.finding("superseded", "; ".join(words), proposal)
        for passage, words, proposal in grouped.values()
    ]


# --- replaced and renamed -------------------------------------------------------------------


def _superseded(read: Reading, rules: ReviewRules, today: date) -> list[Finding]:
    def found() -> Iterator[tuple[str, Passage, str, str]]:
        for rule in rules.superseded:
            terms = read.terms_in(rule.terms)
            if rule.since > today or not terms:
                continue
            proposal = f"replaced by {rule.replaced_by} since {_day(rule.since)}: say so (source: {rule.source})"
            for passage, match in read.matches(terms):
                yield rule.id, passage, match[0], proposal

    return _one_per_clause(found())


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December|Sept"
# Between a title and its year: "Keeping Children Safe in Education (DfE, September 2022)", "KCSIE 2023".
_YEAR_AFTER = re.compile(
    rf"(?:[\s,:;()\u2013\u2014-]|DfE|Department for Education|HMG|HM Government|edition|version|updated|published|"
    rf"{_MONTHS})*"
    r"((?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)


def _earlier_editions(read: Reading, rules: ReviewRules) -> list[Finding]:
    def found() -> Iterator[tuple[str, Passage, str, str]]:
        for edition in rules.editions:
            terms = read.terms_in(edition.terms)
            if not terms:
                continue
            proposal = (f"{edition.name} {edition.current} (published {_day(edition.published)}) is the current "
                        f"edition: cite it, and check what changed (source: {edition.source})")
            for passage, match in read.matches(terms):
                year = _YEAR_AFTER.match(passage.text, match.end())
                if year and int(year[1]) < edition.current:
                    yield edition.id, passage, passage.text[match.start() : year.end()], proposal

    return _one_per_clause(found())


# --- names for the same body ----------------------------------------------------------------

_DEPUTY = re.compile(r"(?:deputy|assistant|vice)[\s-]+$", re.IGNORECASE)  # "deputy head teacher" is someone else


def _name_uses(read: Reading, group: NameGroup) -> Uses:
    if (uses := read.name_uses).get(group) is None:
        tagged = [(index, item) for index, name in enumerate(group.names) for item in read.terms_in(name)]
        uses[group] = tuple(
            (index, place, match[0]) for passage, held in read.passages_with(tagged)
            for place in [passage.place()]
            for index, item in held for match in item.pattern.finditer(passage.text)
            if not _DEPUTY.search(passage.text[max(0, match.start() - 12) : match.start()])
        )
    return uses[group]


def _names(policy: Policy, index: _Index, rules: ReviewRules) -> list[Finding]:
    others: list[Policy] | None = None  # the handbook's other policies, in order: found only if a name is flagged
    findings = []
    for group in rules.names:
        handbook_uses, own = index.name_uses(group), index.uses_in(policy, group)  # own: the draft's, if it is one
        total, replaced = index.name_counts(group), _counted(group, handbook_uses.get(policy.meta.id, ()))
        counts = [t - r + n for t, r, n in zip(total, replaced, _counted(group, own), strict=True)]
        if sum(1 for c in counts if c) < 2:
            continue
        preferred = max(range(len(counts)), key=lambda i: (counts[i], -i))
        if all(which == preferred for which, _, _ in own):
            continue  # nothing to flag here; the proposal, which lists the uses across the handbook, is not needed
        if others is None:
            others = [p for p in index.handbook.policies if p.meta.id != policy.meta.id]
        preferred_words = group.names[preferred][0].text
        where = "; ".join(
            f"'{group.names[i][0].text}' {counts[i]} time{'s' if counts[i] != 1 else ''} ("
            + _places([(p, u[1]) for p in others for u in handbook_uses[p.meta.id] if u[0] == i]
                      + [(policy, u[1]) for u in own if u[0] == i]) + ")"
            for i in range(len(counts)) if counts[i]
        )
        proposal = f"the handbook names this {where}: use one name, '{preferred_words}', the most used"
        seen: set[tuple[int, str]] = set()
        for which, passage, words in own:
            if which != preferred and (passage.line, words) not in seen:
                seen.add((passage.line, words))
                findings.append(passage.finding("names", words, proposal))
    return findings


def _counted(group: NameGroup, *uses: tuple[tuple[int, Passage, str], ...]) -> list[int]:
    """How many of ``uses`` are of each name of the group."""
    counts = [0] * len(group.names)
    for found in uses:
        for which, _, _ in found:
            counts[which] += 1
    return counts


def _places(uses: list[tuple[Policy, Passage]], shown: int = 4) -> str:
    named = list(dict.fromkeys(f"{p.meta.title} {u.where}" for p, u in uses))
    return ", ".join(named[:shown]) + (f" and {len(named) - shown} more" if len(named) > shown else "")


# --- documents relied on ----------------------------------------------------------------------


def _title_has(policy: Policy, words: tuple[str, ...]) -> bool:
    title = f"{policy.meta.title} {policy.meta.id.replace('-', ' ')}".casefold()
    return _whole_words(words).search(title) is not None


@lru_cache(maxsize=256)
def _whole_words(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(rf"(?<!\w){re.escape(w)}(?!\w)" for w in words))


def _documents_named(policy: Policy, read: Reading, rules: ReviewRules) -> list[list[tuple[Finding, str]]]:
    """For each kind of document of the rules, a finding (its proposal to come) for each passage naming one, with
    the passage's Markdown (none for a policy that is one): what reads the policy alone, kept for serve's next build
    (kept_findings). Not the passages: the dashboard holds these for every policy at once."""
    named = []
    for kind in rules.documents:
        terms = read.terms_in(kind.terms)
        if not terms or _title_has(policy, kind.titles):
            named.append([])  # not named, or the policy names itself
            continue
        first: dict[int, tuple[Passage, re.Match[str]]] = {}  # each passage's first match, by identity
        for passage, match in read.matches(terms):
            first.setdefault(id(passage), (passage, match))
        named.append([(passage.finding("documents", match[0], ""), passage.markdown)
                      for passage, match in first.values()])
    return named


def _documents(
    policy: Policy, index: _Index, rules: ReviewRules, named: list[list[tuple[Finding, str]]]
) -> list[Finding]:
    """The documents ``policy`` names (``named``, by kind), each linked to the handbook's policy of that kind, or
    flagged: kept in the index's memory by the policy's identity, the rules and the policies linked to (serve's next
    build finds an unchanged policy's there, unless a policy it links to changed)."""
    targets = []
    for kind, uses in zip(rules.documents, named, strict=True):
        candidates = [p for p in index.holding(kind.titles) if p.meta.id != policy.meta.id] if uses else []
        # the organisation's own first, where a handbook holds several organisations' policies
        targets.append(min(candidates, key=lambda p: p.meta.organisation != policy.meta.organisation, default=None))
    return index.memory.with_the_handbook(
        policy, (rules, tuple(targets)), partial(_documents_linked, policy, named, targets))


def _documents_linked(
    policy: Policy, named: list[list[tuple[Finding, str]]], targets: list[Policy | None]
) -> list[Finding]:
    findings = []
    for uses, target in zip(named, targets, strict=True):
        seen: set[int | None] = set()
        for finding, markdown in uses:
            if finding.line in seen or (target and _links_to(markdown, target)):
                continue
            seen.add(finding.line)
            if target:
                proposal = f"the handbook has it: link to it ({target.meta.title})"
                findings.append(replace(finding, proposal=proposal, link=target.meta.id, link_title=target.meta.title))
            else:
                findings.append(replace(finding, proposal="not in the handbook: add it, or say where staff find it"))
    return findings


def _links_to(markdown: str, target: Policy) -> bool:
    """Whether the clause links to the policy already ("[Data Protection Policy](policy:data-protection)")."""
    return re.search(rf"\]\((?:policy:|/){re.escape(target.meta.id)}[/#)]", markdown) is not None


# --- acronyms ---------------------------------------------------------------------------------

_CAPITALS = re.compile(r"(?<![\w'.-])([A-Z]{2,6})s?(?![\w'-]|\.\w)")  # not in "GOV.UK" or a file name
_WORD = re.compile(r"[A-Z]{2,}(?![a-z])|[A-Za-z][a-z']*")  # "Co-ordinator" gives "Co", "ordinator"; "UK" one word
_SMALL_WORDS = {"and", "of", "for", "the", "in", "on", "to", "at", "with", "&"}
_ROMAN = re.compile(r"^[IVXLC]+$")


def _acronyms(read: Reading, glossaries: tuple[Reading, ...], rules: ReviewRules) -> list[Finding]:
    own = read.passages
    words = [w for text in [*(p.text for p in own), *(q.text for g in glossaries for q in g.passages)]
             for w in _WORD.findall(text)]
    replaced_terms = tuple(t for rule in rules.superseded for t in read.terms_in(rule.terms))
    replaced = {match[0] for _, match in read.matches(replaced_terms)}
    findings, seen = [], set()
    for passage in own:
        for match in _CAPITALS.finditer(passage.text):
            acronym = match[1]
            if acronym in seen or acronym in rules.known_acronyms or acronym in rules.emphasis \
                    or acronym in replaced or _ROMAN.match(acronym) or _shouted(passage.text, match):
                continue  # (a replaced name, "CRB", is flagged as such)
            seen.add(acronym)
            if not _spelled_out(acronym, words):
                proposal = (f"'{acronym}' is never spelled out in this policy: write it in full at its first use, "
                            f"then '({acronym})', or add it to a glossary")
                findings.append(passage.finding("acronyms", acronym, proposal))
    return findings


def _shouted(text: str, match: re.Match[str]) -> bool:
    """Capitals in a run of capital words ("PLEASE READ THIS CAREFULLY") are emphasis, not an acronym."""
    before = re.findall(r"[A-Za-z]+", text[max(0, match.start() - 40) : match.start()])[-2:]
    after = re.findall(r"[A-Za-z]+", text[match.end() : match.end() + 40])[:2]
    run = [w for w in (*before, *after) if w.isupper() and len(w) > 1]
    return len(run) >= 2 or any(len(w) > 6 for w in run)


def _spelled_out(acronym: str, words: list[str]) -> bool:
    """Whether words whose initials give ``acronym`` follow one another somewhere ("Designated Safeguarding
    Lead"); little words may come between ("Disclosure and Barring Service"), a word in capitals gives
    all its letters ("UK Health Security Agency")."""
    letters = acronym.upper()
    for start, word in enumerate(words):
        if word[0].upper() != letters[0]:
            continue
        position, index = 0, start
        while position < len(letters) and index < len(words):
            word = words[index]
            given = word if word.isupper() and 1 < len(word) < len(letters) else word[0].upper()
            if letters.startswith(given, position):
                position += len(given)
            elif word.casefold() not in _SMALL_WORDS:
                break
            index += 1
        if position == len(letters):
            return True
    return False


# --- long sentences ---------------------------------------------------------------------------

def _long_sentences(read: Reading, rules: ReviewRules) -> list[Finding]:
    findings = []
    limit = rules.long_sentence_words
    for passage in read.passages:
        for paragraph in passage.paragraphs:
            for sentence in sentences(paragraph):
                counted = counted_words(sentence)
                if len(counted) > limit:
                    opening = " ".join(sentence.split()[:8]) + " ..."
                    proposal = f"{len(counted)} words, over {limit}: split it into shorter sentences"
                    findings.append(passage.finding("long-sentences", opening, proposal))
    return findings


# --- statutory policies -----------------------------------------------------------------------


def _statutory_entries(rules: ReviewRules) -> tuple[StatutoryPolicy, ...]:
    return rules.statutory.for_sector(rules.sector) if rules.statutory else ()


def _statutory_marking(policy: Policy, rules: ReviewRules) -> list[Finding]:
    """A policy on the sector's statutory list should say so, with the review period the law sets."""
    entry = next((e for e in _statutory_entries(rules) if _title_has(policy, e.titles)), None)
    if entry is None:
        return []
    meta = policy.meta
    period = f"statutory_review: {entry.review}" if entry.review else None
    if not meta.statutory:
        proposal = (f"the DfE lists '{entry.name}' among the policies schools must have: add 'statutory: true' "
                    + (f"and '{period}' " if period else "") + "to the front matter")
        return [Finding("statutory", meta.title, proposal, line=policy.key_lines.get("title", 1))]
    own = meta.statutory_review or meta.review_every
    line = policy.key_lines.get("review_every", 1)
    if entry.review and own is None:
        proposal = f"the review period is to be confirmed, but the law or guidance sets {entry.review}: add '{period}'"
        return [Finding("statutory", "review_every: TBC", proposal, line=line)]
    if entry.review and _months(own) > _months(entry.review):
        proposal = f"reviewed every {own}, but the law or guidance sets {entry.review}: add '{period}'"
        return [Finding("statutory", str(own), proposal, line=line)]
    return []


def _months(period: ReviewPeriod) -> int:
    return period.years * 12 + period.months


def _missing_statutory(index: _Index, rules: ReviewRules) -> tuple[StatutoryPolicy, ...]:
    """The sector's statutory policies that no current policy of the handbook is (by its title or id)."""
    return tuple(e for e in _statutory_entries(rules) if not index.holding(e.titles))


def _day(day: date) -> str:
    return f"{day.day} {day:%B %Y}"
