"""The review dashboard: when each policy was last reviewed and when its next review is due.

Whether a review is overdue is the model's rule (PolicyMeta.review_overdue), as on the policy pages.
"""

from __future__ import annotations

from datetime import date, timedelta

from ..markdown_extensions.text import escape_markdown
from ..model import Handbook, Policy
from . import theme
from .formatting import TO_BE_CONFIRMED, date_or_tbc, html_date, or_tbc
from .paths import REVIEWS_PATH, WHATS_CHANGED_PATH, policy_path
from .policy_pages import Page

DUE_SOON = timedelta(days=90)  # the dashboard flags reviews due within this time


def review_state(policy: Policy, today: date) -> str:
    """"overdue", "due soon" (within 90 days), "not due" or "unknown" (no date to count from)."""
    due = policy.meta.next_review_due
    if due is None:
        return "unknown"
    if policy.meta.review_overdue(today):
        return "overdue"
    return "due soon" if due <= today + DUE_SOON else "not due"


def reviews_page(handbook: Handbook, today: date) -> Page:
    shown = {
        "overdue": "**Overdue**",
        "due soon": "**Due within 90 days**",
        "not due": "Not due yet",
        "unknown": TO_BE_CONFIRMED,
    }
    header = ["Policy", "Version", "Last review", "Next review due", "State"]
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
                f"{date_or_tbc(meta.next_review_due)} (every {meta.review_every})",
                shown[review_state(policy, today)],
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
    return Page(REVIEWS_PATH, "\n\n".join(blocks) + "\n")
