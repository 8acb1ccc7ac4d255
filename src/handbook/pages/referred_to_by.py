""""Referred to by": under each clause that others refer to, links to them; in the metadata box, the policies.

The backlinks come from the policies' text (handbook.markdown_extensions.backlinks). Each link is
written as the page writes its other links (``#clause-4`` on the same page, ``/<id>/index.md#clause-4``
for another policy), so the site engine checks it and the print documents keep it inside
handbook.pdf or send it to the site (handbook.printing.print_documents).
Only current pages carry them: an archived version's clauses are not what today's policies refer to.
The line is the page's, not the clause's: search indexes the clauses' own text (handbook.search.passages).
"""

from __future__ import annotations

from dataclasses import replace

from ..markdown_extensions.backlinks import Backlinks, Referrer
from ..markdown_extensions.text import escape_markdown
from ..model import ClauseNumber, Policy
from .paths import policy_path
from .policy_pages import ClauseNotes

REFERRED_TO_BY = "Referred to by"
REFERRED_TO_BY_CLASS = "referred-to-by"


def with_referrals(notes: ClauseNotes | None, policy: Policy, backlinks: Backlinks) -> ClauseNotes:
    """``notes`` (handbook.pages.link_history's, or none) with what ``backlinks`` say about ``policy``."""
    # Each numbered unit by its anchor: "Section 3" is numbered 3 but is at #section-3.
    units: list[tuple[ClauseNumber, str]] = [
        (section.number, section.anchor) for section in policy.numbered_sections if section.number and section.anchor
    ]
    units += [(clause.number, clause.anchor) for clause in policy.clauses]
    after = {
        anchor: referred_to_by_line(policy, referrers)
        for number, anchor in units
        if (referrers := backlinks.referrers(policy, number))
    }
    fields = {}
    if referring := backlinks.referring_policies(policy):
        fields[REFERRED_TO_BY] = ", ".join(
            f"[{escape_markdown(other.meta.title)}](/{policy_path(other)})" for other in referring
        )
    return replace(notes or ClauseNotes(), after_anchor=after, metadata=fields)


def referred_to_by_line(policy: Policy, referrers: tuple[Referrer, ...]) -> str:
    """A paragraph of Markdown: "Referred to by: Data Protection Policy, clause 4; ...", each a link."""
    links = "; ".join(f"[{escape_markdown(r.citation)}]({_address(policy, r)})" for r in referrers)
    return f"{REFERRED_TO_BY}: {links}\n{{ .{REFERRED_TO_BY_CLASS} }}"


def _address(policy: Policy, referrer: Referrer) -> str:
    anchor = f"#{referrer.anchor}" if referrer.anchor else ""
    if referrer.policy.meta.id == policy.meta.id:
        return anchor or f"/{policy_path(policy)}"
    return f"/{policy_path(referrer.policy)}{anchor}"
