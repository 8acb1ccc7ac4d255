"""Read and check ``policy_src/``: the one way in for the build, ``handbook check``, ``handbook selfcheck``
and the review commands. Every policy with its history, every checklist, the search synonyms, the review
assistant's rules, and if asked the site's own rules (handbook.pages.site_check) and every open review's draft.

Review commands run the same checks on the handbook as it would be after them (handbook.versions.transaction).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .errors import PolicySourceError
from .markdown_extensions.policy_markup import markup_problems_kept
from .model import Handbook, Keeper, Policy, StructureWarning, compute_now
from .pages import published_markup, site_check
from .search.synonyms import Vocabulary, load_vocabulary
from .selfcheck.checklist import PolicyChecklist, load_checklists
from .source.handbook_folder import load_handbook
from .source.layout import DRAFT_FILE
from .source.links_in_text import KeptLinks, links_in
from .source.policy_file import parse_policy_file
from .source.structure_checks import handbook_warnings
from .versions.review_rules import ReviewRules, load_review_rules


@dataclass(frozen=True)
class CheckedHandbook:
    handbook: Handbook
    drafts: tuple[Policy, ...]  # open reviews' drafts, which the site does not build
    checklists: tuple[PolicyChecklist, ...]
    vocabulary: Vocabulary  # policy_src/synonyms.yml
    review_rules: ReviewRules  # the package's with policy_src/review_rules.yml's changes
    # What the sanitiser would take out of the pages, when asked not to refuse it (the build outside --strict).
    markup_problems: tuple[PolicySourceError, ...] = ()

    @property
    def warnings(self) -> list[StructureWarning]:
        """Structure Markdown would lose, in the current policies and the drafts."""
        return [*handbook_warnings(self.handbook), *(w for draft in self.drafts for w in draft.warnings)]


def check_policy_src(
    policy_src: Path,
    *,
    docs: Path | None = None,
    drafts: bool = True,
    refuse_markup: bool = True,
    render_pages: bool = True,
    keep: Keeper = compute_now,
    kept_links: KeptLinks | None = None,
) -> CheckedHandbook:
    """Read and check everything in ``policy_src``; the first problem raises PolicySourceError.

    ``docs``: the hand-written pages, to check the handbook as the site will show it among them.
    ``drafts``: whether to read open reviews' drafts; the build leaves them out, as it does not publish them.
    ``refuse_markup``: whether HTML the sanitiser would take out of the pages (handbook.pages.published_markup,
    checked with ``docs``) and links to no page raise, or are returned in ``markup_problems`` (``make serve``
    warns of them and publishes the pages sanitised).
    ``render_pages``: whether to render every page (with ``docs``) to find what the sanitiser would take out.
    The build does not: it sanitises each page as MkDocs renders it, naming the same ``FILE:LINE`` and
    refusing in ``--strict`` before the site is swapped in (handbook.mkdocs_build.plugin), so a page is
    rendered once.
    ``keep``: where the build keeps each policy file's reading between builds (its page cache).
    ``kept_links``: where `mkdocs serve` keeps each policy's links for its next build.
    """
    kept: list[PolicySourceError] = []
    links = kept_links.links_in if kept_links is not None else links_in
    if refuse_markup:
        handbook = load_handbook(policy_src, keep, links)
    else:
        with markup_problems_kept(kept):
            handbook = load_handbook(policy_src, keep, links)
    if docs is not None:
        if render_pages:
            found = published_markup.problems(handbook, date.today())
            if refuse_markup and (first := next(found, None)):
                raise first
            kept += found
        site_check.check_site(handbook, docs, broken_links=None if refuse_markup else kept, links=links)
    draft_files = sorted(policy_src.glob(f"*/{DRAFT_FILE}")) if drafts else []
    open_drafts = tuple(parse_policy_file(path) for path in draft_files)
    return CheckedHandbook(
        handbook, open_drafts, load_checklists(handbook), load_vocabulary(policy_src), load_review_rules(policy_src),
        tuple(kept),
    )
