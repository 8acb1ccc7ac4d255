"""The review dashboard: when each policy was last reviewed and when its next review is due, which statutory
policies are overdue by the law's period, and what the review assistant (handbook.versions.review_check) flags.

Whether a review is overdue is the model's rule (PolicyMeta.review_overdue), as on the policy pages.
"""

from __future__ import annotations

from datetime import date, timedelta

from ..markdown_extensions.text import escape_markdown
from ..model import Handbook, Keeper, Policy, compute_now
from ..versions.kept_findings import ReviewMemory
from ..versions.review_check import review_reports
from ..versions.review_findings import Finding, ReviewReport
from ..versions.review_rules import ReviewRules
from . import theme
from .formatting import TO_BE_CONFIRMED, date_or_tbc, every, html_date, or_tbc
from .paths import REVIEWS_PATH, WHATS_CHANGED_PATH, policy_path
from .policy_pages import Page

DUE_SOON = timedelta(days=90)  # the dashboard flags reviews due within this time


def review_state(policy: Policy, today: date) -> str:
    """"overdue", "due soon" (within 90 days), "not due", "period unknown" (review_every: TBC) or
    "unknown" (no date to count from)."""
    due = policy.meta.next_review_due
    if policy.meta.review_every is None:
        return "period unknown"
    if due is None:
        return "unknown"
    if policy.meta.review_overdue(today):
        return "overdue"
    return "due soon" if due <= today + DUE_SOON else "not due"


def statutory_state(policy: Policy, today: date) -> str:
    """The "Statutory" column: blank for a policy the law does not require."""
    meta = policy.meta
    if not meta.statutory:
        return ""
    period = meta.statutory_review or meta.review_every
    if meta.statutory_review_overdue(today):
        return f"**Overdue**: the law sets {every(period)}, due {date_or_tbc(meta.statutory_review_due)}"
    return f"Yes, {every(period)}"


def reviews_page(handbook: Handbook, today: date, rules: ReviewRules | None = None, keep: Keeper = compute_now,
                 memory: ReviewMemory | None = None) -> Page:
    """The dashboard; with ``rules``, also the review assistant's findings for every policy (each policy's kept
    between builds by ``keep``, and for `mkdocs serve`'s next build in ``memory``)."""
    shown = {
        "overdue": "**Overdue**",
        "due soon": "**Due within 90 days**",
        "not due": "Not due yet",
        "unknown": TO_BE_CONFIRMED,
        "period unknown": 'Review period <span class="tbc">to be confirmed</span>',
    }
    header = ["Policy", "Version", "Last review", "Next review due", "State", "Statutory"]
    rows = [header, ["---"] * len(header)]
    order = sorted(handbook.policies, key=lambda p: (p.meta.next_review_due or date.max, p.meta.title))
    for policy in order:
        meta, history = policy.meta, handbook.history(policy)
        kept = [r for r in history.no_change_reviews if r.version == meta.version and r.on == meta.reviewed_on]
        if kept:
            last = f"{html_date(kept[-1].on)}, no change ({or_tbc(kept[-1].by)})"
        else:
            last = f"{date_or_tbc(meta.approved_on)}, approved ({or_tbc(meta.approved_by)})"
        rows.append(
            [
                f"[{escape_markdown(meta.title)}](/{policy_path(policy)})",
                escape_markdown(meta.version),
                last,
                f"{date_or_tbc(meta.next_review_due)} ({every(meta.review_every)})",
                shown[review_state(policy, today)],
                statutory_state(policy, today),
            ]
        )
    table = "\n".join("| " + " | ".join(row) + " |" for row in rows)  # cells are escaped already
    blocks = [
        theme.front_matter("Reviews"),
        "# Reviews",
        f"When each policy was last reviewed and when its next review is due, as of {html_date(today)} "
        "(the day the handbook was built). Soonest first.",
        table,
        f"See [what changed](/{WHATS_CHANGED_PATH}) at each review.",
    ]
    if rules is not None:
        blocks += _assistant(review_reports(handbook, rules, today, keep, memory))
    return Page(REVIEWS_PATH, "\n\n".join(blocks) + "\n")


_RULE_NAMES = {
    "superseded": "Replaced or renamed",
    "names": "Another name for the same body",
    "documents": "Document relied on",
    "acronyms": "Acronym not spelled out",
    "long-sentences": "Long sentence",
    "statutory": "Statutory policy",
}


def _assistant(reports: list[ReviewReport]) -> list[str]:
    """The review assistant's section: each policy's findings, linked to their clauses."""
    blocks = [
        "## Review assistant",
        "What a review looks for, in each policy's current text: law and guidance replaced or renamed, other names "
        "for the same body, documents relied on, acronyms never spelled out, long sentences. These are proposals: "
        "the text is as approved. `handbook review check POLICY` gives the same for an open review's draft.",
    ]
    for report in reports:
        policy = report.policy
        blocks.append(f"### {escape_markdown(policy.meta.title)}")
        if not report.findings:
            blocks.append("Nothing flagged.")
            continue
        blocks.append("\n".join(f"- {_finding(policy, f)}" for f in report.findings))
    missing = reports[0].missing_statutory if reports else ()
    sector = reports[0].sector if reports else None
    if sector:
        blocks.append("### Statutory policies the handbook lacks")
        pages = " and ".join(f"[{escape_markdown(s.title)}]({s.url})" for s in reports[0].statutory_sources)
        listed = f"listed for a {escape_markdown(sector)} in the DfE's {pages}"
        if missing:
            blocks.append(f"Policies {listed} that no policy here is:")
            blocks.append("\n".join(f"- {escape_markdown(p.name)}" for p in missing))
        else:
            blocks.append(f"The handbook has every policy {listed}.")
    return blocks


def _finding(policy: Policy, finding: Finding) -> str:
    place = escape_markdown(finding.where[0].upper() + finding.where[1:])
    if finding.anchor:
        place = f"[{place}](/{policy_path(policy)}#{finding.anchor})"
    proposal = escape_markdown(finding.proposal[0].upper() + finding.proposal[1:])
    if finding.link:
        proposal += f" ([{escape_markdown(finding.link_title or finding.link)}](/{finding.link}/index.md))"
    return f"{place}, {_RULE_NAMES[finding.rule].lower()}: \"{escape_markdown(finding.words)}\". {proposal}"
