"""Every page of the handbook, put together: the pages to list in the navigation and those reached by links."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..acknowledgements.form_link import AcknowledgementForm
from ..markdown_extensions.backlinks import KeptReferrals, backlinks
from ..model import Handbook, Keeper, compute_now
from ..versions.changes import ChangeLog
from ..versions.kept_findings import ReviewMemory
from ..versions.review_rules import ReviewRules
from . import policy_pages
from .change_log_pages import changes_page
from .link_history import clause_notes, link_history
from .my_reading import my_reading_page
from .policy_pages import Page
from .referred_to_by import with_referrals
from .review_dashboard import reviews_page
from .whats_changed import whats_changed_page


@dataclass(frozen=True)
class SitePages:
    """The generated pages: ``listed`` ones belong in the navigation, ``unlisted`` ones are reached by links
    (archived versions and change logs, which would crowd the navigation)."""

    listed: list[Page]
    unlisted: list[Page]


@dataclass
class KeptForServe:
    """What `mkdocs serve` keeps from one build to the next by each policy's identity (a save changes one or two
    policies, and serve reads an unchanged file as the very Policy it was): the build object owns it, as it outlives
    serve's builds; ``mkdocs build`` keeps none."""

    referrals: KeptReferrals = field(default_factory=KeptReferrals)  # each policy's references (backlinks)
    bodies: policy_pages.KeptBodies = field(default_factory=policy_pages.KeptBodies)  # each policy page's text
    review: ReviewMemory = field(default_factory=ReviewMemory)  # what the review assistant reads in each


def site_pages(
    handbook: Handbook, changelog: ChangeLog, today: date, pdf_links: bool = False,
    acknowledgement: AcknowledgementForm | None = None, review_rules: ReviewRules | None = None,
    keeper: Keeper = compute_now, kept: KeptForServe | None = None,
) -> SitePages:
    """Every page of the handbook: the index, current and archived versions, change logs, dashboard, My reading.

    ``pdf_links`` adds "Download PDF" links to the index and the current versions (handbook.printing.print_documents);
    ``acknowledgement`` adds "Confirm you have read version X" to the policies that ask for it;
    ``review_rules`` adds the review assistant's findings to the review dashboard;
    ``keeper`` keeps each policy's review findings between builds (the build's page cache);
    ``kept`` keeps what each policy's pages are made from for `mkdocs serve`'s next build.
    """
    forwards = {p.meta.id: changelog.forwards(handbook.history(p)) for p in handbook.policies}
    archived = [
        policy_pages.archived_page(version, handbook, changelog.compare(version, history.current).new_anchors())
        for history in map(handbook.history, handbook.policies)
        for version in history.archived
    ]
    change_logs = [
        changes_page(policy, handbook, changelog)
        for policy in handbook.policies
        if handbook.history(policy).has_been_reviewed
    ]
    referrals = backlinks(handbook.policies, kept.referrals if kept else None)
    notes = {
        p.meta.id: with_referrals(clause_notes(link_history(handbook.history(p), changelog)), p, referrals)
        for p in handbook.policies
    }
    listed = [
        *policy_pages.pages(handbook, today, forwards, pdf_links, notes, acknowledgement,
                            kept.bodies if kept else None),
        whats_changed_page(changelog),
        reviews_page(handbook, today, review_rules, keeper, kept.review if kept else None),
        my_reading_page(handbook, acknowledgement),
    ]
    return SitePages(listed, [*archived, *change_logs])
