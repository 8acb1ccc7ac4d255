"""The ``handbook`` command: check the policies, and keep their reviews.

    handbook check [POLICY_SRC] [--docs DIR] [--strict]
    handbook import FILE --id ID [--policy-src DIR] [--force] [--strict]
    handbook selfcheck POLICY [--policy-src DIR] [--json] < TEXT
    handbook acknowledgements RESPONSES --staff STAFF [--policy-src DIR] [--out FILE.csv|FILE.html] [--all-policies]
    handbook review start POLICY [--version 2.0]
    handbook review approve POLICY --by NAME --on DATE [--summary TEXT] [--effective-from DATE]
    handbook review approve POLICY --no-change --by NAME --on DATE [--summary TEXT]
    handbook review check POLICY [--json] [--on DATE]

Review, import, self-check and acknowledgement commands take ``--policy-src DIR``. Every command's policy
folder defaults to ``$HANDBOOK_POLICY_SRC``, as the build's does, else ``policy_src``
(handbook.source.environment). Check, self-check, acknowledgement and review commands read and check the
folder as the build does (handbook.checking).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from pathlib import Path

from .acknowledgements import report_output
from .acknowledgements.report import PolicyNames, build_report
from .acknowledgements.responses import KINDS, read_responses
from .acknowledgements.staff import read_staff
from .acknowledgements.tables import TableError, read_table
from .checking import check_policy_src
from .errors import PolicySourceError
from .importing import PolicyImportError, import_policy
from .selfcheck import checker
from .source import environment
from .source.layout import CHECKLIST_FILE
from .source.reading import INVISIBLE
from .versions import review_check, reviews, transaction


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date; write YYYY-MM-DD, such as 2026-09-01") from None


def _text(value: str) -> str:
    """A name or summary for the policy's front matter: UTF-8 text on one line, nothing invisible."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise argparse.ArgumentTypeError(f"{value!r} is not UTF-8 text; type it again in a UTF-8 terminal") from None
    if "\n" in value or "\r" in value or INVISIBLE.search(value):
        raise argparse.ArgumentTypeError(f"{value!r} holds a line break or an invisible character; write one line")
    if not value.strip():
        raise argparse.ArgumentTypeError("is empty")
    return value.strip()


def _parser() -> argparse.ArgumentParser:
    policy_src = environment.policy_src()
    parser = argparse.ArgumentParser(prog="handbook", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="check every policy, the references between them and the checklists")
    check.add_argument("policy_src", nargs="?", type=Path, default=policy_src)
    check.add_argument(
        "--docs", type=Path, default=Path("docs"), help="the hand-written pages policies may link to (default: docs)"
    )
    check.add_argument("--strict", action="store_true", help="treat warnings (structure Markdown would lose) as errors")

    imports = commands.add_parser(
        "import", help="turn a Word (.docx), OpenDocument (.odt), PDF, web page (.html), Markdown or text file "
        "into a policy",
    )
    imports.add_argument("file", type=Path, metavar="FILE")
    imports.add_argument("--id", required=True, help="the new policy's id, such as 'safeguarding'")
    imports.add_argument("--policy-src", type=Path, default=policy_src, help=f"default: {policy_src}")
    imports.add_argument("--force", action="store_true", help="replace the policy if it exists already")
    imports.add_argument("--strict", action="store_true", help="write nothing if the result has warnings")
    imports.add_argument("--title", help="the policy's title, where the document states none (or another)")
    imports.add_argument("--dates", choices=["day-first", "month-first"],
                         help="how the document writes a date such as 10/7/2022, where nothing in it shows which")

    check_text = commands.add_parser(
        "selfcheck", help="check a profile text or post (read from standard input) as the policy's self-check page does"
    )
    check_text.add_argument("policy", metavar="POLICY", help="the policy's id, such as social-media")
    check_text.add_argument("--policy-src", type=Path, default=policy_src, help=f"default: {policy_src}")
    check_text.add_argument("--json", action="store_true",
                            help='print one JSON object: {"names_school", "disclaimer", "findings": [...]}')

    acknowledgements = commands.add_parser(
        "acknowledgements",
        help="report who has confirmed reading the current version of each policy that asks for it",
        description="Read the form's export and the staff list; for each current policy with 'acknowledge: "
        "true', list who confirmed its current version, an earlier version or a text that does not match, "
        "and who has not confirmed. Columns are found by their headers or values, or named with --*-column.",
    )
    acknowledgements.add_argument("responses", type=Path, metavar="RESPONSES",
                                  help="the form's export: .csv, or .xlsx as Microsoft Forms exports")
    acknowledgements.add_argument("--staff", required=True, type=Path, metavar="STAFF",
                                  help="the staff list, .csv or .xlsx, with a column each for name, email and role")
    acknowledgements.add_argument("--policy-src", type=Path, default=policy_src, help=f"default: {policy_src}")
    acknowledgements.add_argument("--out", type=Path, metavar="FILE",
                                  help="also write the report to FILE.csv or FILE.html")
    acknowledgements.add_argument("--all-policies", action="store_true",
                                  help="every current policy, as when extra.handbook.acknowledge_all is true")
    for kind in KINDS:
        acknowledgements.add_argument(f"--{kind}-column", metavar="NAME",
                                      help=f"the export's column holding the {kind} (default: found by its header)")

    review = commands.add_parser("review", help="start, check or approve a policy's review").add_subparsers(
        dest="action", required=True
    )
    start = review.add_parser("start", help="write the draft of the next version (POLICY/draft.md)")
    start.add_argument("--version", help="the new version's number (default: the next whole number, 2.0 after 1.3)")
    approve = review.add_parser(
        "approve", help="make the draft current and archive the old version, or record a review with no change"
    )
    approve.add_argument("--by", required=True, type=_text, help="who approved it, such as 'Full Governing Body'")
    approve.add_argument("--on", required=True, type=_date, help="the date of approval, YYYY-MM-DD")
    approve.add_argument("--summary", type=_text, help="what changed, in one line (shown in the version table)")
    approve.add_argument("--effective-from", type=_date, help="when the new version takes effect (default: --on)")
    approve.add_argument(
        "--no-change", action="store_true", help="record that the policy was reviewed and kept as it is"
    )
    check_review = review.add_parser(
        "check", help="flag what a review looks for: replaced law and guidance, names, missing documents, acronyms, "
        "long sentences, statutory policies (it changes nothing)",
        description="Check the open review's draft of POLICY, else its current version, with the review assistant's "
        "rules (switch them off or add to them in POLICY_SRC/review_rules.yml: see docs/authoring.md).",
    )
    check_review.add_argument("--json", action="store_true", help="print one JSON object: the findings and the "
                              "statutory policies the handbook lacks")
    check_review.add_argument("--on", type=_date, default=None, help="judge as on this date (default: today)")
    for command in (start, approve, check_review):
        command.add_argument("policy", metavar="POLICY", help="the policy's id, such as social-media")
        command.add_argument(
            "--policy-src", type=Path, default=policy_src, help="default: $HANDBOOK_POLICY_SRC, else policy_src"
        )
    return parser


def main(argv: list[str] | None = None) -> int:
    arguments = _parser().parse_args(argv)
    try:
        if arguments.command == "check":
            return _check(arguments.policy_src, arguments.docs, arguments.strict)
        if arguments.command == "import":
            return _import(arguments)
        if arguments.command == "selfcheck":
            return _selfcheck(arguments.policy, arguments.policy_src, arguments.json)
        if arguments.command == "acknowledgements":
            return _acknowledgements(arguments)
        return _review(arguments)
    except (PolicySourceError, reviews.ReviewError, PolicyImportError, SelfCheckError, TableError,
            report_output.OutputError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1


class SelfCheckError(Exception):
    """No such policy or self-check, or input that is not text."""


def _selfcheck(policy_id: str, policy_src: Path, as_json: bool) -> int:
    """Check the text on standard input with a policy's checklist, as its self-check page would."""
    if not policy_src.is_dir():
        raise SelfCheckError(f"{policy_src} is not a folder of policies; give one with --policy-src")
    checked = check_policy_src(policy_src, drafts=False)  # as the site is built: without open reviews' drafts
    policy = checked.handbook.policy(policy_id)
    if policy is None:
        known = ", ".join(sorted(p.meta.id for p in checked.handbook.policies)) or "none"
        raise SelfCheckError(f"{policy_src} has no policy '{policy_id}' (its policies: {known})")
    item = next((item for item in checked.checklists if item.policy is policy), None)
    if item is None:
        path = policy.source.parent / CHECKLIST_FILE
        raise SelfCheckError(f"policy '{policy_id}' has no self-check: there is no {path}")
    checklist = item.checklist
    try:
        text = sys.stdin.buffer.read().decode("utf-8")
    except UnicodeDecodeError as error:
        raise SelfCheckError(
            f"the text on standard input is not UTF-8 ({error.reason} at byte {error.start})"
        ) from None
    result = checker.check(checklist, text, {})
    if as_json:
        findings = [{"kind": f.kind, "clause": f.clause, "ok": f.ok, "message": f.message, "quote": f.quote}
                    for f in result.findings]
        report = {"names_school": result.names_school, "disclaimer": result.disclaimer, "findings": findings,
                  "example_disclaimer": result.example_disclaimer}
        print(json.dumps(report, ensure_ascii=False))
        return 0
    print(f"Names the school: {'yes' if result.names_school else 'no'}. Disclaimer: {result.disclaimer}.")
    for finding in result.findings:
        label = checklist.messages["fine" if finding.ok else "to-do"]
        quote = f' {checklist.messages["found"]} "{finding.quote}".' if finding.quote else ""
        cited = f" ({checklist.messages['clause']} {finding.clause})" if finding.clause else ""
        print(f"- {label} {finding.message}{quote}{cited}")
    if result.example_disclaimer:
        print(f"\n{result.example_disclaimer}")
    return 0


def _acknowledgements(arguments: argparse.Namespace) -> int:
    """The report of who has confirmed reading which policy (handbook.acknowledgements)."""
    if not arguments.policy_src.is_dir():
        raise PolicySourceError(arguments.policy_src, None, "the policy folder does not exist; give --policy-src")
    handbook = check_policy_src(arguments.policy_src, drafts=False).handbook  # as the site is built
    staff = read_staff(read_table(arguments.staff))
    names = PolicyNames(handbook)
    columns = {kind: getattr(arguments, f"{kind}_column") for kind in KINDS}
    responses = read_responses(read_table(arguments.responses), columns, names.is_policy, names.is_version)
    report = build_report(handbook, staff, responses, arguments.all_policies)
    print(report_output.as_text(report, arguments.responses), end="")
    if arguments.out:
        report_output.write(report, arguments.responses, arguments.out)
        print(f"Wrote {arguments.out}")
    return 0


def _check(policy_src: Path, docs: Path, strict: bool = False) -> int:
    """Check what the build checks, and every open review's draft, which the site does not build.

    A review command that was killed is finished first, when the folder can be written.
    """
    if policy_src.is_dir() and os.access(policy_src, os.W_OK):
        with transaction.locked(policy_src, "check"):
            transaction.finish_interrupted(policy_src)
            checked = check_policy_src(policy_src, docs=docs)
    else:
        checked = check_policy_src(policy_src, docs=docs)
    handbook, warnings = checked.handbook, checked.warnings
    for warning in warnings:
        print(f"{'error' if strict else 'warning'}: {warning}", file=sys.stderr)
    if warnings and strict:
        return 1
    clauses = sum(len(policy.clauses) for policy in handbook.policies)
    versions = sum(len(handbook.history(policy).versions) for policy in handbook.policies)
    print(
        f"{policy_src}: {len(handbook.policies)} policies, {clauses} clauses, {versions} versions, "
        f"{len(checked.drafts)} open reviews, {len(checked.checklists)} self-check lists, "
        + (f"{len(warnings)} warnings" if warnings else "no problems found")
    )
    return 0


def _import(arguments: argparse.Namespace) -> int:
    result = import_policy(arguments.file, arguments.id, arguments.policy_src, arguments.force, arguments.strict,
                           arguments.title, None if arguments.dates is None else arguments.dates == "month-first")
    print(f"Wrote {result.path}")
    for note in result.notes:  # the structure warnings among them, each once, with its place in the document
        print(f"  check: {note}")
    print(f"Then run 'handbook check {arguments.policy_src}' and preview it with 'make serve'.")
    return 0


def _review(arguments: argparse.Namespace) -> int:
    if not arguments.policy_src.is_dir():
        raise PolicySourceError(arguments.policy_src, None, "the policy folder does not exist")
    if arguments.action == "check":  # reads only: no lock, nothing finished or written
        return _review_check(arguments)
    with transaction.locked(arguments.policy_src, f"review {arguments.action} {arguments.policy}"):
        transaction.finish_interrupted(arguments.policy_src)
        return _run_review(arguments)


def _run_review(arguments: argparse.Namespace) -> int:
    folder = reviews.find_policy(arguments.policy_src, arguments.policy)
    if arguments.action == "start":
        draft = reviews.start_review(folder, arguments.version, check=check_policy_src)
        print(f"Wrote {draft}: edit it, then run 'handbook review approve {arguments.policy} --by NAME --on DATE'")
    elif arguments.no_change:
        if arguments.effective_from:
            raise reviews.ReviewError("--effective-from applies to a new version, not to a review with no change")
        reviews.record_no_change(folder, arguments.by, arguments.on, arguments.summary, check=check_policy_src)
        print(f"Recorded: {arguments.policy} reviewed on {arguments.on} by {arguments.by}, no change")
    else:
        approval = reviews.approve_review(
            folder, arguments.by, arguments.on, arguments.summary, arguments.effective_from, check=check_policy_src
        )
        print(f"Version {approval.policy.meta.version} of {arguments.policy} is now current; the previous one "
              "is archived")
        for warning in approval.warnings:  # references from other policies that now name a different clause
            print(f"warning: {warning}", file=sys.stderr)
    return 0


def _review_check(arguments: argparse.Namespace) -> int:
    """The review assistant's findings for one policy: its open draft if a review is open, else its current version."""
    folder = reviews.find_policy(arguments.policy_src, arguments.policy)
    checked = check_policy_src(arguments.policy_src)
    current = checked.handbook.policy(arguments.policy)
    draft = next((d for d in checked.drafts if d.source == folder.draft), None)
    policy = draft or current
    if policy is None:
        raise reviews.ReviewError(f"{folder.current}: the policy's id is not '{arguments.policy}'")
    report = review_check.review_report(policy, checked.handbook, checked.review_rules, arguments.on or date.today())
    if arguments.json:
        print(json.dumps(report.as_json(), ensure_ascii=False))
        return 0
    what = "the open review's draft" if draft else "the current version"
    count = len(report.findings)
    print(f"{policy.meta.title}, {what} (version {policy.meta.version}, {policy.source}): "
          f"{count or 'no'} finding{'s' if count != 1 else ''}")
    for finding in report.findings:
        link = f" [{finding.link_title}: /{finding.link}/]" if finding.link else ""
        print(f"- {finding.where} (line {finding.line}) {finding.rule}: \"{finding.words}\": {finding.proposal}{link}")
    if report.sector and checked.review_rules.on("statutory"):
        sources = "; ".join(f"{source.title}: {source.url}" for source in report.statutory_sources)
        if report.missing_statutory:
            print(f"The handbook lacks these policies that the DfE lists for a {report.sector} ({sources}):")
            for missing in report.missing_statutory:
                print(f"- {missing.name}" + (f" (reviewed every {missing.review})" if missing.review else ""))
        else:
            print(f"The handbook has every policy the DfE lists for a {report.sector} ({sources}).")
    print("These are proposals: nothing was changed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
