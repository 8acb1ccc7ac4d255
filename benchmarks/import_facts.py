"""How many of the facts a person would fill in ``handbook import`` finds in a policy's own words.

    PYTHONPATH=src .venv/bin/python benchmarks/import_facts.py [-v] [--set SET] [CORPUS]

Two measures, each for a tuning and a held-out set reported apart (and the real policies' held-out
sets 4 to 153, ``held_out_4`` to ``held_out_153`` (no set 81, 132, 145 or 151), each apart from
the others):

- the real policies in CORPUS (default tests/fixtures/real_policies/; its README.md and
  README_extra.md give each one's set), read as ``handbook import`` reads them, against hand
  labels of what each document states (benchmarks/import_facts_cases/real_policies.py): facts
  **found** (the value stated), **partly found** (some of the audiences stated and no other),
  **missed** (left TBC) and **invented** (a value the document does not state, or another value
  than it states); a version the document does not state is written TBC, as every other fact;
- short statements written the way schools word their front pages (import_facts_cases/tuning.py,
  and held_out.py, written before it was ever run; uk_forms.py's cover pages, document-control
  tables, memo headers, signature blocks and footers, its HELD_OUT part never tuned on;
  general_forms.py's of many sectors, UK and US, its HELD_OUT part never tuned on): right, wrong
  and missed.

The title is not scored (it is refused when not stated, and comes from the title paragraph or the
document's properties). For each organisation missed, it says whether it is found where the document goes into a
handbook whose other policies give that organisation (handbook.importing.handbook_organisation), as they do once a
person has confirmed it on an earlier policy; that count is not in the totals. -v prints each fact found with where;
--set scores one set of real policies alone (a held-out set's first run), and not the statements.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from import_corpus import corpus_rows
from import_facts_cases import general_forms, held_out, real_policies, tuning, uk_forms

from handbook.importing import PolicyImportError, drafted
from handbook.importing.document import Paragraph
from handbook.importing.facts import find_facts
from handbook.importing.found_facts import DEFAULTS
from handbook.importing.own_name import most_used_own_name

FACTS = ["organisation", "owner", "approved_by", "approved_on", "effective_from", "version", "review_every",
         "applies_to"]
CORPUS = Path(__file__).resolve().parent.parent / "tests/fixtures/real_policies"


def score(cases: list) -> tuple[int, int, int, list[str]]:
    right = wrong = missed = 0
    misses = []
    for lines, expected in cases:
        blocks = [Paragraph(n, line, line, place=f"line {n}") for n, line in enumerate(lines, start=1)]
        facts = find_facts(blocks, None)
        for name in FACTS:
            found = facts.value(name)
            found = ", ".join(sorted(found)) if isinstance(found, tuple) else found
            default = DEFAULTS.get(name, "TBC")
            default = ", ".join(sorted(default)) if isinstance(default, tuple) else default
            want = expected.get(name, default)
            if found == want:
                right += 1
            elif found == default:
                missed += 1
                misses.append(f"  missed {name}: wanted {want!r}")
            else:
                wrong += 1  # a value the text does not state is a guess, the worst outcome
                misses.append(f"  wrong {name}: wanted {want!r}, got {found!r} ({facts.found[name].place})")
    return right, wrong, missed, misses


def _same(name: str, found: str | tuple[str, ...], accepted: tuple) -> bool:
    if name == "applies_to":
        return any({_head(a) for a in found} == {_head(a) for a in audiences} for audiences in accepted)
    return any(_words(found) == _words(value) for value in accepted)


def _part_of(name: str, found: str | tuple[str, ...], accepted: tuple) -> bool:
    """Some of the audiences stated and no other: not invented, and not all found."""
    return name == "applies_to" and any({_head(a) for a in found} < {_head(a) for a in audiences}
                                        for audiences in accepted)


def _words(value: str) -> str:
    """A value's words, compared as a reader would: case, punctuation and a leading article aside ("The Common Fund
    Data Ecosystem Coordination Center" is the "Common Fund Data Ecosystem Coordination Center" a label gives)."""
    return " ".join(re.findall(r"\w+", value.casefold())).removeprefix("the ")


def _head(audience: str) -> str:
    return _words(audience).split()[-1].removesuffix("s")


def stated_facts(source: Path, handbook_organisations: tuple[str, ...] = ()):
    """The facts as ``handbook import`` finds them (handbook.importing.import_policy, up to writing) into a
    handbook whose policies give ``handbook_organisations``, and the organisation ``most_used_own_name`` alone
    would give (None for TBC)."""
    draft = drafted(source, handbook_organisations)
    alone = most_used_own_name(draft.blocks, str(draft.facts.value("title")), draft.properties)
    return draft.facts, alone[0] if alone else None


def score_corpus(corpus: Path, rows: list[dict[str, str]], verbose: bool) -> tuple[dict[str, int], list[str]]:
    counts = {"stated": 0, "found": 0, "partly found": 0, "missed": 0, "invented": 0}
    alone = Counter()  # the organisation by most_used_own_name alone, as if no wording rule had found it
    in_handbook = Counter()  # an organisation missed, imported into a handbook whose policies give it
    lines = []
    for row in rows:
        slug = row["slug"]
        if slug not in real_policies.STATED:
            lines.append(f"  {slug}: not labelled yet (label what it states in import_facts_cases/real_policies.py)")
            continue
        source = next(p for p in corpus.iterdir() if p.stem == slug)
        stated, either = real_policies.STATED[slug], real_policies.EITHER.get(slug, {})
        counts["stated"] += len(stated)
        try:
            facts, own_name = stated_facts(source)
        except PolicyImportError as refusal:  # import will not read it at all: every fact it states is missed
            counts["missed"] += len(stated)
            alone["TBC" if "organisation" in stated else "not stated"] += 1
            lines.append(f"  {slug}: refused, {len(stated)} stated facts missed: {refusal}")
            continue
        alone[_alone(own_name, stated, either)] += 1
        if "organisation" in stated and "organisation" not in facts.found:
            known = stated_facts(source, (stated["organisation"][0],))[0].found.get("organisation")
            in_handbook["found" if known else "TBC"] += 1
        if verbose and own_name:
            lines.append(f"  {slug}: own name alone {_alone(own_name, stated, either)}: {own_name!r}")
        for name in FACTS:
            fact = facts.found.get(name)
            shown = f"{fact.value!r} from {fact.place}: {fact.words[:70]!r}" if fact else ""
            if name in stated:
                outcome = "missed" if fact is None else "found" if _same(name, fact.value, stated[name]) else (
                    "partly found" if _part_of(name, fact.value, stated[name]) else "invented")
            elif fact is None:
                continue
            else:
                outcome = "either" if name in either and _same(name, fact.value, either[name]) else "invented"
            counts[outcome] = counts.get(outcome, 0) + 1
            if verbose or outcome in ("missed", "partly found", "invented"):
                wanted = f" (stated: {stated[name][0]!r})" if name in stated else ""
                lines.append(f"  {slug}: {outcome} {name}{wanted} {shown}")
    stating, stating_none = (alone["found"] + alone["invented"] + alone["TBC"],
                             alone["not stated"] + alone["either"] + alone["invented here"])
    lines.insert(0, f"  organisation by the name the text uses most as its own, alone (no wording rule): of {stating} "
                    f"documents stating one, {alone['found']} found, {alone['TBC']} TBC, {alone['invented']} invented; "
                    f"of {stating_none} stating none, {alone['invented here']} invented, {alone['either']} said in "
                    "passing and taken")
    lines.insert(1, f"  organisation missed here, imported into a handbook whose other policies give it (as a person "
                    f"confirmed it on an earlier one): of {sum(in_handbook.values())}, {in_handbook['found']} found "
                    "where the document names it")
    return counts, lines


def _alone(own_name: str | None, stated: dict, either: dict) -> str:
    """How most_used_own_name's value alone compares with the labels: found, TBC or invented where the document
    states its organisation; not stated, either or invented here where it does not."""
    if "organisation" in stated:
        return "TBC" if own_name is None else "found" if _same("organisation", own_name, stated["organisation"]) else (
            "invented")
    if own_name is None:
        return "not stated"
    return "either" if "organisation" in either and _same("organisation", own_name, either["organisation"]) else (
        "invented here")


def main() -> None:
    held_out_sets = [f"held_out_{number}" for number in range(4, 154)  # sets 4-153
                     if number not in (81, 132, 145, 151)]
    parser = argparse.ArgumentParser(description="How many of the facts a policy states handbook import finds.")
    parser.add_argument("corpus", nargs="?", type=Path, default=CORPUS, help=f"default: {CORPUS}")
    parser.add_argument("-v", "--verbose", action="store_true", help="each fact found, with where")
    parser.add_argument("--set", choices=["tuning", "held_out", *held_out_sets],
                        help="only this set of real policies (the README's set column), and no statements")
    arguments = parser.parse_args()
    corpus, verbose = arguments.corpus, arguments.verbose
    rows = corpus_rows(corpus / "README.md") + corpus_rows(corpus / "README_extra.md")
    for name in [arguments.set] if arguments.set else ["tuning", "held_out", *held_out_sets]:
        chosen = list({row["slug"]: row for row in rows if row.get("set") == name}.values())
        counts, lines = score_corpus(corpus, chosen, verbose)
        labelled = sum(row["slug"] in real_policies.STATED for row in chosen)
        print(f"real policies, {name}: {labelled} documents labelled, {counts['stated']} facts stated: "
              f"{counts['found']} found, {counts['partly found']} partly found, {counts['missed']} missed, "
              f"{counts['invented']} invented; "
              f"{counts.get('either', 0)} said in passing and taken")
        print("\n".join(lines))
    if arguments.set:
        return
    for name, cases in (("statements, tuning", tuning.CASES), ("statements, held out", held_out.CASES),
                        ("statements, UK forms, tuning", uk_forms.CASES),
                        ("statements, UK forms, held out", uk_forms.HELD_OUT),
                        ("statements, UK forms, held out 2", uk_forms.HELD_OUT_2),
                        ("statements, UK forms, held out 3", uk_forms.HELD_OUT_3),
                        ("statements, many sectors, tuning", general_forms.CASES),
                        ("statements, many sectors, held out", general_forms.HELD_OUT)):
        right, wrong, missed, misses = score(cases)
        total = right + wrong + missed
        print(f"{name}: {len(cases)} documents, {total} facts: {right} right ({right / total:.0%}), "
              f"{wrong} wrong, {missed} missed")
        print("\n".join(misses))


if __name__ == "__main__":
    main()
