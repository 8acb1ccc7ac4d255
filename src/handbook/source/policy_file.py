"""Read one policy file: its front matter, its body of sections and clauses, and their numbering.

A policy file is Markdown with YAML front matter (handbook.source.front_matter). In the body, a
line that starts (at column 0) with a clause number such as ``12.``, ``3.1`` or ``3.1.2.`` opens a
clause; everything up to the next clause or heading belongs to it. Text between a heading and its
first clause is the section's unnumbered text, cut into paragraphs (handbook.source.paragraphs).
Every problem raises PolicySourceError with file and line.
"""

from __future__ import annotations

import dataclasses
import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import (
    NumberingError,
    PolicySourceError,
    SkippedNumberError,
    SkippedNumbersListError,
    UnknownClauseReferenceError,
)
from ..markdown_extensions import policy_markup
from ..markdown_extensions.references import clause_references_outside_code, line_of
from ..model import (
    Clause,
    Keeper,
    Policy,
    Section,
    anchor_for,
    anchor_of_section,
    compute_now,
    dotted,
    is_decimal,
    number_of,
)
from . import structure_checks
from .front_matter import check_next_review_is_a_date, read_front_matter, split_front_matter
from .limits import check_body_shape, check_line_lengths
from .paragraphs import AnchorNames, blocks
from .reading import check_characters, read_source, split_lines
from .schemes import lettered_sections, lettered_under_roman, nested_headings, numbering_lines, roman_parts
from .syntax import CLAUSE, HEADING, MAX_NUMBER_DIGITS, NAMED_HEADING, NUMBERED_HEADING, ROMAN_HEADING, SCHEME_CLAUSE


def parse_policy_file(path: Path, keep: Keeper = compute_now, archived: bool = False) -> Policy:
    return parse_policy(read_source(path), path, keep, archived)


def parse_policy(text: str, path: Path, keep: Keeper = compute_now, archived: bool = False) -> Policy:
    """The policy ``text`` (the file ``path``'s) holds; HTML the sanitiser would remove raised, or kept
    (handbook.markdown_extensions.policy_markup.markup_problems_kept), whether it was read now or before.

    A policy is a function of its file's path and text alone, so ``keep`` (the build's page cache) keeps the reading
    between builds, and under `mkdocs serve` gives an unchanged file's very Policy again (handbook.mkdocs_build.
    page_cache.KeptInMemory): what is worked out from a policy and kept by its identity is not worked out again.
    A text refused raises each time: errors are not kept.

    An ``archived`` version gets no structure warnings: it is a record, kept as it was, and only the current
    versions' warnings are shown (handbook.source.structure_checks.handbook_warnings)."""
    policy, problems = keep("policy-files", (text, path, archived), lambda: _parsed_with_problems(text, path, archived))
    for line, message in problems:
        policy_markup.report(PolicySourceError(path, line, message))
    return policy


def _parsed_with_problems(text: str, path: Path, archived: bool) -> tuple[Policy, tuple[tuple[int | None, str], ...]]:
    policy, problems = policy_markup.problems_kept_if_asked(lambda: _parse_policy(text, path, archived))
    return policy, tuple((problem.line, problem.message) for problem in problems)


def _parse_policy(text: str, path: Path, archived: bool) -> Policy:
    check_characters(text, path)
    check_line_lengths(split_lines(text), path)
    front_matter, body, body_line = split_front_matter(text, path)
    meta, key_lines = read_front_matter(front_matter, path)
    check_next_review_is_a_date(meta, path, key_lines.get("review_every"))
    check_body_shape(body, body_line, path)
    policy = Policy(meta=meta, sections=_sections(body, body_line, path), source=path, key_lines=key_lines)
    try:
        _check_numbering(policy)
    except PolicySourceError:
        # Numbers that start again under lettered sections ("## D. ...", "### 1. ...") or Roman parts
        # ("## III. ...") are the sections' own (D.1, III.1); a policy whose numbers run through the
        # whole text keeps them so.
        lettered = lettered_sections(body, body_line) or roman_parts(body, body_line)
        if not lettered:
            raise
        policy = dataclasses.replace(policy, sections=_sections(body, body_line, path, lettered))
        _check_numbering(policy)
    _check_clause_references(policy)
    structure_checks.check_ids(policy, body, body_line)
    policy_markup.check_policy_markup(policy)
    if archived:
        return policy
    return dataclasses.replace(policy, warnings=structure_checks.structure_warnings(policy, body, body_line))


def texts_with_lines(policy: Policy) -> list[tuple[str, int]]:
    """Every piece of body text with the source line it starts on."""
    texts = []
    for section in policy.sections:
        texts += [(paragraph.text, paragraph.line) for paragraph in section.paragraphs]
        texts += [(clause.text, clause.line) for clause in section.clauses]
    return texts


def headings_with_lines(policy: Policy) -> list[tuple[str, int]]:
    """Every heading's text with its source line: links in it are checked as the text's are."""
    return [(section.heading, section.line) for section in policy.sections if section.heading]


# --- body -----------------------------------------------------------------------------------


@dataclass
class _OpenSection:
    heading: str | None
    level: int
    line: int
    label: str | None = None
    run: str = ""  # the letter of the lettered section it is in, if its numbers are that section's
    within: str = ""  # the label of the heading numbered by another word whose numbers its own are ("Article IV")
    intro: list[str] = field(default_factory=list)
    intro_line: int = 0
    clauses: list[Clause] = field(default_factory=list)


def _sections(lines: list[str], first_line: int, path: Path, lettered: dict[int, str] | None = None
              ) -> tuple[Section, ...]:
    sections = _parse_body(lines, first_line, path, lettered=lettered or {})
    if _numbered_as_markdown_lists(sections):
        sections = _parse_body(lines, first_line, path, numbered_lines_are_clauses=False, lettered=lettered or {})
    return sections


def _parse_body(
    lines: list[str], first_line: int, path: Path, numbered_lines_are_clauses: bool = True,
    lettered: dict[int, str] | None = None,
) -> tuple[Section, ...]:
    """``lettered``: the lines of lettered section headings whose numbers are their own (see schemes)."""
    sections = [_OpenSection(heading=None, level=0, line=first_line)]
    clause_start: tuple[str, str, int] | None = None  # label, first line of text, line number
    clause_lines: list[str] = []

    def close_clause() -> None:
        nonlocal clause_start
        if clause_start:
            label, first_text, line = clause_start
            continuation = textwrap.dedent("\n".join(clause_lines))
            text = f"{first_text}\n{continuation}".strip()
            in_run = run if label[0].isdigit() and is_decimal(label) else ""
            sections[-1].clauses.append(Clause(label=label, text=text, line=line, run=in_run))
        clause_start = None
        clause_lines.clear()

    scheme_lines = numbering_lines(lines, first_line)  # "POL.ITAUP.001", "## Section 3" used as numbering
    nested = nested_headings(lines, first_line)  # "### Section 1" under "## Article IV" is 4.1
    sub_lettered = lettered_under_roman(lines, first_line)  # "### C. ..." under "## VI. ..." is VI.C, 6.3
    lettered = lettered or {}
    run, run_level = "", 0
    for number, line in enumerate(lines, start=first_line):
        if heading := HEADING.match(line):
            close_clause()
            level = len(heading["marks"])
            if number in lettered:
                run, run_level = lettered[number], level
            elif run and level <= run_level:
                run = ""
            numbered = NUMBERED_HEADING.match(heading["text"])
            if not numbered and number in scheme_lines:
                numbered = NAMED_HEADING.match(heading["text"]) or ROMAN_HEADING.match(heading["text"])
            label = numbered["label"] if numbered else None
            if number in sub_lettered:
                label = heading["text"][:2]
            in_run = run if label and is_decimal(label) and label[0].isdigit() else ""
            if label and " " in lettered.get(number, ""):  # "## CHAPTER 2", whose clauses are its own: its word's run
                in_run = lettered[number].split()[0]
            within = (nested.get(number) or sub_lettered.get(number, "")) if label and not in_run else ""
            sections.append(_OpenSection(heading["text"], level, number, label, in_run, within))
        elif numbered_lines_are_clauses and (
            clause := CLAUSE.match(line) or (number in scheme_lines and SCHEME_CLAUSE.match(line))
        ):
            parts = clause["label"].rstrip(".").split(".")
            if is_decimal(clause["label"]) and max(map(len, parts)) > MAX_NUMBER_DIGITS:
                message = f"a clause number has at most {MAX_NUMBER_DIGITS} digits in each part"
                raise PolicySourceError(path, number, message)
            close_clause()
            clause_start = (clause["label"], clause["text"] or "", number)
        elif clause_start:
            clause_lines.append(line)
        elif sections[-1].intro or line.strip():
            sections[-1].intro_line = sections[-1].intro_line or number
            sections[-1].intro.append(line)
    close_clause()

    names = AnchorNames()
    return tuple(
        Section(
            s.heading, s.level, s.line, intro.strip(), s.intro_line, tuple(s.clauses), s.label,
            names.paragraphs(s.heading, anchor_of_section(s.label, s.run, s.within) if s.label else None,
                             blocks(intro.split("\n"), s.intro_line)),
            s.run, s.within,
        )
        for s in sections
        if s.heading is not None or s.clauses or "".join(s.intro).strip()
        for intro in [textwrap.dedent("\n".join(s.intro))]
    )


def _numbered_as_markdown_lists(sections: tuple[Section, ...]) -> bool:
    """Whether the numbered lines are Markdown's numbered lists rather than clauses: single numbers
    ("1.", never "3.1" or a numbered heading) that start again from 1, such as every line typed "1."
    or a list 1, 2, 3 under each heading. Markdown shows each list 1, 2, 3 whatever numbers follow
    its first, and so does the handbook. Clauses are numbered once through the policy, so a number
    typed twice in a run from 1 that otherwise goes up ("1. 2. 2. 3.") is still "numbered twice"."""
    labels = [clause.label for section in sections for clause in section.clauses]
    # a lettered section's numbered headings start again; a chapter's own heading ("CHAPTER 2") is numbered
    numbered_headings = any(section.label and not (section.run and is_decimal(section.label)) for section in sections)
    if numbered_headings or not all(re.fullmatch(r"\d+\.", label) for label in labels):
        return False
    return labels[:1] == ["1."] and labels.count("1.") > 1


def _check_numbering(policy: Policy) -> None:
    """Numbers run 1, 2, 3... or 1, 1.1, 1.2, 2...: none skipped, repeated or out of order, except those
    the front matter's ``skipped_numbers`` lists.

    A numbered heading ("## 1. PURPOSE") takes its place in the run. An appendix's clauses
    (A.1, A.2) run on their own, from A.1.
    """
    _check_scheme_labels(policy)
    numbered = [(s.number, s.line, "heading") for s in policy.sections if s.number]
    numbered += [(c.number, c.line, "clause") for c in policy.clauses if is_decimal(c.label)]
    listed_as_skipped = {number_of(label): label for label in policy.meta.skipped_numbers}
    chapter = policy.meta.chapter
    skips_unused = dict(listed_as_skipped)
    first_line_of: dict[tuple, int] = {}
    # The last number of each run ("" for the body, "A" for appendix A) and what bore it.
    previous_in_run: dict[str, tuple[tuple, str]] = {}
    for number, line, kind in sorted(numbered, key=lambda item: item[1]):
        shown = dotted(number)
        if number in first_line_of:
            raise NumberingError(
                policy.source,
                line,
                f"{kind} {shown} is numbered twice (also on line {first_line_of[number]}), which would give two "
                f"elements the id #{anchor_for(number)}; renumber them so each number is used once",
            )
        first_line_of[number] = line
        if number in listed_as_skipped:
            raise SkippedNumbersListError(
                policy.source, policy.key_lines.get("skipped_numbers"),
                f"'skipped_numbers' lists {shown}, but line {line} numbers a {kind} {shown}; take it out of the list",
            )
        run = number[0] if isinstance(number[0], str) else ""
        if chapter and not run and number[0] != chapter:
            raise NumberingError(policy.source, line, (
                f"{kind} {shown} is outside chapter {chapter}: the front matter's 'chapter: {chapter}' numbers the "
                f"policy's clauses {chapter}.1, {chapter}.2 and so on; renumber it, or correct the chapter"))
        previous, previous_kind = previous_in_run.get(run, (None, ""))
        expected = _numbers_that_may_follow(previous, run, chapter)
        while number not in expected and (skip := next((n for n in expected if n in skips_unused), None)):
            del skips_unused[skip]
            expected = _numbers_that_may_follow(skip, run, chapter)
        if number not in expected:
            # Offer a deeper number only when the policy is already going deeper.
            depth = max(len(number), len(previous) if previous else 1 + bool(run))
            choices = " or ".join(dotted(n) for n in expected if len(n) <= depth and n != (0,))  # 1, not 0
            if previous is None:
                first = f"clause of appendix {run}" if run else kind
                problem = f"the first {first} is numbered {shown}; number it {choices}"
                if len(number) > 1 and not run and not chapter:
                    problem += (
                        f". If {dotted(number[:1])} is a section title, write it as a numbered heading such as "
                        f"'## {dotted(number[:1])}. PURPOSE AND SCOPE'; if the policy is chapter "
                        f"{dotted(number[:1])} of a numbered set, write 'chapter: {dotted(number[:1])}' in the front "
                        "matter"
                    )
            elif number < previous:
                problem = (
                    f"{kind} {shown} is out of order: it comes after {previous_kind} {dotted(previous)}; "
                    "numbers must increase down the page"
                )
            else:
                missing = tuple(dotted(n) for n in _numbers_between(previous, number, run))
                listing = f"[{', '.join(missing)}]" if missing else "[...]"
                raise SkippedNumberError(policy.source, line, (
                    f"{kind} {shown} follows {previous_kind} {dotted(previous)}, so a number is skipped "
                    f"(expected {choices}); renumber the clauses or add the missing one. If this line "
                    f"continues the previous clause, indent it. If the policy leaves the number out on purpose, "
                    f"list it in the front matter: 'skipped_numbers: {listing}'"
                ), missing)
            raise NumberingError(policy.source, line, problem)
        previous_in_run[run] = (number, kind)
    if skips_unused:
        raise SkippedNumbersListError(
            policy.source, policy.key_lines.get("skipped_numbers"),
            f"'skipped_numbers' lists {', '.join(skips_unused.values())}, but no number is skipped there; take it out "
            "of the list",
        )


def _check_scheme_labels(policy: Policy) -> None:
    """A label of the document's own scheme ("POL.ITAUP.001") is used once: it is its clause's anchor."""
    first_line_of: dict[str, int] = {}
    for clause in policy.clauses:
        if is_decimal(clause.label):
            continue
        if clause.anchor in first_line_of:
            raise NumberingError(
                policy.source, clause.line,
                f"clause {clause.label} is numbered twice (also on line {first_line_of[clause.anchor]}), which would "
                f"give two elements the id #{clause.anchor}; renumber them so each number is used once",
            )
        first_line_of[clause.anchor] = clause.line


def _numbers_that_may_follow(previous: tuple | None, run: str = "", chapter: int | None = None) -> list[tuple]:
    """After 3.1.2 may come 3.1.2.1 (a sub-clause), 3.1.3, 3.2 or 4; after A.2, A.2.1, A.3. The first
    is 1, or 0 where a document counts from 0 ("0. Summary", "1. Purpose", as some codes of conduct do); in chapter
    19 of a numbered set, 19.1, and every number stays in the chapter."""
    if previous is None:
        return [(run, 1)] if run else [(chapter, 1)] if chapter else [(1,), (0,)]
    following = [(*previous, 1)]
    for depth in reversed(range(1 if run or chapter else 0, len(previous))):
        following.append((*previous[:depth], previous[depth] + 1))
    return following


def _numbers_between(previous: tuple, number: tuple, run: str, most: int = 4) -> list[tuple]:
    """The fewest numbers that would run from ``previous`` to ``number`` (11 between 10 and 12; 4 between 3.2
    and 5), none if more than ``most`` would."""
    paths = [[previous]]
    for _ in range(most + 1):
        for path in paths:
            if number in _numbers_that_may_follow(path[-1], run):
                return path[1:]
        paths = [[*path, following] for path in paths for following in _numbers_that_may_follow(path[-1], run)
                 if following < number]
    return []


def _check_clause_references(policy: Policy) -> None:
    """A reference to a clause the policy lacks is an error, in a policy that numbers its clauses. One
    that numbers none has nothing such words could mean here ("as paragraph 2 above" counts the items
    of its own list): they stay its words, and the page links nothing."""
    numbers = policy.numbers
    if not numbers:
        return
    for text, first_line in texts_with_lines(policy):
        for reference in clause_references_outside_code(text):
            clause = policy.clause(reference.number)
            wording, line = text[reference.start : reference.end], first_line + line_of(text, reference.start)
            if reference.points and clause and not structure_checks.has_points(clause.text, reference.points):
                point = f"point {''.join(f'({p})' for p in reference.points)} of clause {clause.dotted}"
                raise UnknownClauseReferenceError(
                    policy.source, line, f"'{wording}' refers to {point}, which has no such point; correct the letter",
                    wording, point,
                )
            if reference.number not in numbers:
                raise UnknownClauseReferenceError(
                    policy.source,
                    line,
                    f"'{wording}' refers to clause {dotted(reference.number)}, which this "
                    f"policy does not have (its anchor would be #{anchor_for(reference.number)}); "
                    "correct the number, or write 'of ...' after it if it means another document",
                    wording,
                    f"clause {dotted(reference.number)}",
                )
