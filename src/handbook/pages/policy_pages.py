"""Turn the model into the Markdown of the site's pages: one page per policy and the index.

The output is ordinary Python-Markdown (with attr_list, md_in_html, def_list, tables, admonition)
plus our ``handbook.markdown_extensions.points_and_references`` and ``external_links``, so any
engine that renders Python-Markdown can take it.
Links between pages are written as ``/<path>.md`` so the site engine checks and rewrites them.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date

from ..acknowledgements.form_link import AcknowledgementForm
from ..markdown_extensions.policy_body import (
    CLAUSE_CLASS,
    NUMBER,
    PARAGRAPH_CLASS,
    POLICY_BODY_CLASS,
    element_markdown,
)
from ..markdown_extensions.text import escape_markdown
from ..model import Clause, Handbook, Paragraph, Policy, PolicyHistory, PolicyMeta, Section, Status
from . import acknowledgement_links, theme
from .formatting import TO_BE_CONFIRMED, date_or_tbc, every, html_attributes, html_date, or_tbc
from .paths import HANDBOOK_PDF_PATH, INDEX_PATH, changes_path, pdf_path, policy_path, version_path

# The Markdown extensions the pages are written for.
MARKDOWN_EXTENSIONS = [
    "admonition",
    "attr_list",
    "def_list",
    "md_in_html",
    "tables",
    "handbook.markdown_extensions.points_and_references",
    "handbook.markdown_extensions.external_links",  # marks links to other sites (checked when policies are read)
    "handbook.markdown_extensions.plain_text",  # plain text spared the inline patterns: the same HTML, sooner
]

_STATUS_GROUPS = {
    Status.CURRENT: "Current policies",
    Status.DRAFT: "Drafts (not yet approved)",
    Status.SUPERSEDED: "Superseded policies",
}


@dataclass(frozen=True)
class Page:
    path: str  # where the page sits among the site's Markdown sources, e.g. "social-media/index.md"
    markdown: str
    # Whether it holds Markdown from policy files, which is published sanitised. A page whose HTML is
    # the page code's own, each value from a policy escaped (My reading, with its form and script), is not.
    holds_policy_markup: bool = True


@dataclass(frozen=True)
class ClauseNotes:
    """Inline HTML put at the start of some clauses (by anchor), and a block after the policy's
    text: what handbook.pages.link_history says about links made before a review. ``after_anchor``
    is Markdown put at the end of a clause or under a numbered heading, and ``metadata`` more fields
    for the metadata box: what handbook.pages.referred_to_by says about the clauses referring to these."""

    by_anchor: Mapping[str, str] = field(default_factory=dict)
    page_block: str = ""
    after_anchor: Mapping[str, str] = field(default_factory=dict)
    metadata: Mapping[str, str] = field(default_factory=dict)


def pages(
    handbook: Handbook,
    today: date,
    forwards: Mapping[str, Mapping[str, str]] | None = None,
    pdf_links: bool = False,
    notes: Mapping[str, ClauseNotes] | None = None,
    acknowledgement: AcknowledgementForm | None = None,
    kept: KeptBodies | None = None,
) -> list[Page]:
    """The index and each policy's current page; ``forwards`` holds each policy's forwarded old anchors, by id,
    ``pdf_links`` adds "Download PDF" links (handbook.printing), ``notes`` each policy's ClauseNotes, by id,
    ``acknowledgement`` the school's form for confirming a reading (none: no such links), ``kept`` keeps each
    policy's text for the next build (`mkdocs serve`'s)."""
    forwards, notes = forwards or {}, notes or {}
    return [index_page(handbook, today, pdf_links)] + [
        policy_page(p, handbook, today, forwards.get(p.meta.id), pdf_links, notes=notes.get(p.meta.id),
                    acknowledgement=acknowledgement, kept=kept)
        for p in handbook.policies
    ]


# --- a policy's page ------------------------------------------------------------------------


def policy_page(
    policy: Policy,
    handbook: Handbook,
    today: date,
    forwards: Mapping[str, str] | None = None,
    pdf_links: bool = False,
    versions: bool = True,
    notes: ClauseNotes | None = None,
    acknowledgement: AcknowledgementForm | None = None,
    kept: KeptBodies | None = None,
) -> Page:
    """The current version's page. ``forwards`` maps old anchors of renumbered clauses to their new ones;
    ``versions`` adds the version table and the point-in-time control (print leaves them out);
    ``notes`` adds what link_history says about links made before a review; ``acknowledgement`` adds
    "Confirm you have read version X" when the policy asks for it (the PDFs leave it out); ``kept`` keeps the
    policy's text for the next build."""
    meta = policy.meta
    if acknowledgement and not (meta.status is Status.CURRENT and acknowledgement.requires(policy)):
        acknowledgement = None
    notes = notes or ClauseNotes()
    blocks = [
        theme.front_matter(meta.title),
        f"{escape_markdown(meta.organisation)}\n{{ .policy-organisation }}",
        f"# {escape_markdown(meta.title)}",
        *_banners(meta, today),
        _metadata_block(meta, handbook, today,
                        acknowledgement_links.link_html(policy, acknowledgement) if acknowledgement else "",
                        notes.metadata),
        *([_pdf_button("Download PDF", pdf_path(policy))] if pdf_links else []),
        _current_body(policy, forwards or {}, notes, kept),
        *([acknowledgement_links.after_text_block(policy, acknowledgement)] if acknowledgement else []),
        *([notes.page_block] if notes.page_block else []),
        *(_versions_blocks(policy, handbook.history(policy)) if versions else []),
    ]
    return Page(policy_path(policy), "\n\n".join(blocks) + "\n")


class KeptBodies:
    """Each current policy's text as its page shows it, kept from one build of `mkdocs serve` to the next (a save
    changes one or two policies, and serve reads an unchanged file as the same Policy): by the policy's identity and
    what the text was made with. The build object owns it, as it outlives serve's builds."""

    def __init__(self, most: int = 1024) -> None:
        self._most = most
        self._kept: dict[int, tuple[Policy, tuple[object, ...], str]] = {}

    def body(self, policy: Policy, made_with: tuple[object, ...], make: Callable[[], str]) -> str:
        kept = self._kept.get(id(policy))
        if kept is not None and kept[0] is policy and kept[1] == made_with:
            return kept[2]
        if len(self._kept) >= self._most:
            self._kept.clear()
        body = make()
        self._kept[id(policy)] = (policy, made_with, body)
        return body


def _current_body(policy: Policy, forwards: Mapping[str, str], notes: ClauseNotes, kept: KeptBodies | None) -> str:
    """The current version's text, with the old anchors ``forwards`` leads to its clauses and ``notes``; with
    ``kept``, kept for the next build."""
    old_anchors: dict[str, list[str]] = {}
    for old, new in forwards.items():
        old_anchors.setdefault(new, []).append(old)

    def forwarding_anchors(clause: Clause | Paragraph) -> tuple[dict[str, str], str]:
        # An empty element with the old id inside the clause: the browser scrolls there without
        # JavaScript; history.js then moves the address to the clause's own anchor.
        spans = "".join(
            f'<span id="{old}" class="old-anchor" data-forward="{clause.anchor}"></span>'
            for old in old_anchors.get(clause.anchor, [])
        )
        return {}, spans + notes.by_anchor.get(clause.anchor, "")

    def make() -> str:
        return _body_block(policy, forwarding_anchors, notes.after_anchor)

    if kept is None:
        return make()
    made_with = (tuple(forwards.items()), dict(notes.by_anchor), dict(notes.after_anchor))  # the old anchors in order
    return kept.body(policy, made_with, make)


def archived_page(version: Policy, handbook: Handbook, current_anchors: Mapping[str, str | None]) -> Page:
    """An archived version's page, under a banner that leads to the same clause in the current version.

    ``current_anchors`` maps each clause's anchor to its anchor in the current version (None: removed).
    Archived pages are left out of search, so the current wording is what search finds.
    """
    meta, history = version.meta, handbook.history(version)
    current = history.current

    def link_to_current(unit: Clause | Paragraph) -> tuple[dict[str, str], str]:
        citation = {"data-citation": f"{version.citation(unit)} (version {meta.version})"}
        if isinstance(unit, Paragraph):  # an unnumbered paragraph is not followed across versions
            return citation, ""
        return {"data-current-anchor": current_anchors.get(unit.anchor) or "", **citation}, ""

    in_force = f"from {date_or_tbc(meta.effective_from)} to {date_or_tbc(history.effective_to(version))}"
    banner = _admonition(
        "danger superseded-banner",
        "Superseded: this is not the current version",
        f"This is version {escape_markdown(meta.version)}, in force {in_force}. "
        f"[Read the current version ({escape_markdown(current.meta.version)})](/{policy_path(current)})"
        "{ .superseded-current-link } "
        f"or see [what changed](/{changes_path(current)}).",
        attributes={"role": "note", "data-current-version": current.meta.version},
    )
    fields = {
        "Version": f"{escape_markdown(meta.version)} (superseded by {escape_markdown(current.meta.version)})",
        "In force": in_force,
        "Owner": or_tbc(meta.owner),
        "Approved by": or_tbc(meta.approved_by),
        "Approved on": date_or_tbc(meta.approved_on),
        "Applies to": ", ".join(map(escape_markdown, meta.applies_to)),
    }
    items = "\n\n".join(f"{name}\n:   {value}" for name, value in fields.items())
    blocks = [
        theme.front_matter(f"{meta.title} (version {meta.version})"),
        f"{escape_markdown(meta.organisation)}\n{{ .policy-organisation }}",
        f"# {escape_markdown(meta.title)}, version {escape_markdown(meta.version)}",
        banner,
        element_markdown({"class": "policy-meta"}, [items]),
        _body_block(version, link_to_current),
        *_versions_blocks(version, history),
    ]
    return Page(version_path(version, history), "\n\n".join(blocks) + "\n")


def _body_block(
    policy: Policy,
    clause_extras: Callable[[Clause | Paragraph], tuple[dict[str, str], str]],
    after_anchor: Mapping[str, str] | None = None,
) -> str:
    levels = _heading_levels(policy.sections)
    return element_markdown(
        {"class": POLICY_BODY_CLASS},
        (
            block
            for section, level in zip(policy.sections, levels, strict=True)
            for block in _section_blocks(section, level, policy, clause_extras, after_anchor or {})
        ),
    )


def _heading_levels(sections: tuple[Section, ...]) -> list[int]:
    """The level each section's heading takes on a page (and on paper) whose title is its only h1.

    The policy's top headings become h2 whether the file writes them ``#`` or ``##``, and no level
    is skipped (h2 to h4), so screen readers and the PDF's bookmarks see an unbroken outline.
    """
    top = min((section.level for section in sections if section.heading is not None), default=1)
    levels, previous = [], 1
    for section in sections:
        level = min(section.level - top + 2, previous + 1, 6)
        levels.append(level)
        if section.heading is not None:
            previous = level
    return levels


def _versions_blocks(shown: Policy, history: PolicyHistory) -> list[str]:
    """The version table, the point-in-time control (history.js shows it) and the change log's link."""
    header = ["Version", "In force from", "In force until", "Approved by", "Approved on", "Summary"]
    rows = [header, ["---"] * len(header)]
    for version in reversed(history.versions):
        meta = version.meta
        number = escape_markdown(meta.version) + (" (current)" if version is history.current else "")
        link = f"**{number}** (this page)" if version is shown else f"[{number}](/{version_path(version, history)})"
        until = history.effective_to(version)
        rows.append(
            [
                link,
                date_or_tbc(meta.effective_from),
                html_date(until) if until else ("still in force" if version is history.current else TO_BE_CONFIRMED),
                or_tbc(meta.approved_by),
                date_or_tbc(meta.approved_on),
                escape_markdown(meta.summary or ""),
            ]
        )
    table = "\n".join("| " + " | ".join(row) + " |" for row in rows)  # cells are escaped already
    point_in_time = (
        '<form class="version-on-date" hidden="hidden">\n'
        '<label for="version-on-date-day">Which version was in force on</label>\n'
        '<input type="date" id="version-on-date-day" name="day" />\n'
        '<output for="version-on-date-day" class="version-on-date-result" aria-live="polite"></output>\n'
        "</form>"
    )
    if history.has_been_reviewed:
        change_log = f"[What changed at each review](/{changes_path(history.current)})"
    else:
        change_log = "This is the policy's first version: no review has been recorded yet."
    return [
        "## Versions { #versions }",
        element_markdown({"class": "policy-versions"}, [table]),
        point_in_time,
        change_log,
    ]


def _banners(meta: PolicyMeta, today: date) -> list[str]:
    banners = []
    if meta.status is Status.DRAFT:
        banners.append(_admonition("warning", "Draft", "This policy is a draft and has not been approved."))
    elif meta.status is Status.SUPERSEDED:
        banners.append(_admonition("warning", "Superseded", "This policy is no longer in force."))
    if due := meta.next_review_due:
        # Rendered on every page with a due date and shown when overdue: by the build, or by the
        # reader's browser (handbook.js) when the site was built before the date passed.
        banners.append(
            _admonition(
                "danger review-overdue",
                "Review overdue",
                f"This policy was due for review on {html_date(due)}. It may be out of date: "
                "check with its owner before relying on it.",
                attributes={"data-review-due": due.isoformat(), "role": "alert"},
                hidden=not meta.review_overdue(today),
            )
        )
    return banners


def _admonition(
    kind: str, title: str, text: str, attributes: dict[str, str] | None = None, hidden: bool = False
) -> str:
    attrs = {"class": f"admonition {kind}", **(attributes or {})}
    if hidden:
        attrs["hidden"] = "hidden"
    return (
        f"<div {html_attributes(attrs)} markdown>\n"
        f'<p class="admonition-title">{html.escape(title)}</p>\n\n{text}\n\n</div>'
    )


def _metadata_block(
    meta: PolicyMeta, handbook: Handbook, today: date, acknowledge_link: str = "", more: Mapping[str, str] | None = None
) -> str:
    fields = {
        "Version": escape_markdown(meta.version),
        "Status": meta.status.value.capitalize(),
        "Owner": or_tbc(meta.owner),
        "Approved by": or_tbc(meta.approved_by),
        "Approved on": date_or_tbc(meta.approved_on),
        "Effective from": date_or_tbc(meta.effective_from),
        "Next review due": _next_review(meta, today),
        "Applies to": ", ".join(map(escape_markdown, meta.applies_to)),
    }
    if meta.related:
        fields["Related policies"] = ", ".join(
            _policy_link(handbook.policy(policy_id)) for policy_id in meta.related
        )
    fields.update(more or {})
    if acknowledge_link:
        fields["Read and confirm"] = acknowledge_link
    items = "\n\n".join(f"{name}\n:   {value}" for name, value in fields.items())
    return element_markdown({"class": "policy-meta"}, [items])


def _next_review(meta: PolicyMeta, today: date) -> str:
    due = meta.next_review_due
    if due is None:
        from_approval = " from approval" if meta.review_every else ""
        return f"{TO_BE_CONFIRMED} ({every(meta.review_every)}{from_approval})"
    overdue = " **(overdue)**" if meta.review_overdue(today) else ""
    return f"{html_date(due)} ({every(meta.review_every)}){overdue}"


def _section_blocks(
    section: Section,
    level: int,
    policy: Policy,
    clause_extras: Callable[[Clause | Paragraph], tuple[dict[str, str], str]],
    after_anchor: Mapping[str, str],
) -> list[str]:
    blocks = []
    if section.heading is not None:
        heading = f"{'#' * level} {section.heading}"
        if section.anchor:  # "## 1. PURPOSE AND SCOPE" is section 1: "#clause-1", as references link it
            heading += f" {{ #{section.anchor} .numbered-section }}"
            blocks += [heading, *([after_anchor[section.anchor]] if section.anchor in after_anchor else [])]
        else:
            blocks.append(heading)
    blocks += [_paragraph_block(paragraph, policy, *clause_extras(paragraph)) for paragraph in section.paragraphs]
    blocks += [
        _clause_block(clause, policy, *clause_extras(clause), suffix=after_anchor.get(clause.anchor, ""))
        for clause in section.clauses
    ]
    return blocks


def _clause_block(
    clause: Clause, policy: Policy, extra_attributes: dict[str, str], prefix: str, suffix: str = ""
) -> str:
    """A clause's block; ``prefix`` is inline HTML put before its number, such as old anchors;
    ``suffix`` Markdown blocks after its text, such as "Referred to by"."""
    attributes = {
        "class": CLAUSE_CLASS,
        "id": clause.anchor,
        "data-depth": str(sum(isinstance(part, int) for part in clause.number)),  # A.1 is an appendix's first level
        "data-citation": policy.citation(clause),
        **extra_attributes,
    }
    number = (clause.label, f"Link to clause {clause.dotted}")
    return element_markdown(attributes, [f"{prefix}{NUMBER} {clause.text}", *([suffix] if suffix else [])], number)


def _paragraph_block(paragraph: Paragraph, policy: Policy, extra_attributes: dict[str, str], prefix: str) -> str:
    """An unnumbered block's element: the target of its anchor, with its citation for "Copy citation"."""
    attributes = {
        "class": f"{CLAUSE_CLASS} {PARAGRAPH_CLASS}",
        "id": paragraph.anchor,
        "data-citation": policy.citation(paragraph),
        "data-name": paragraph.name,
        **extra_attributes,
    }
    return element_markdown(attributes, [*([prefix] if prefix else []), paragraph.text])


# --- the handbook index ---------------------------------------------------------------------


def index_page(handbook: Handbook, today: date, pdf_links: bool = False) -> Page:
    blocks = [
        theme.front_matter("Policies"),
        "# Policies",
        "Every policy in the handbook, grouped by status. Select a title to read the policy; "
        "each clause there has its own link.",
    ]
    if pdf_links:
        blocks.append(_pdf_button("Download the handbook as one PDF", HANDBOOK_PDF_PATH))
    for status, heading in _STATUS_GROUPS.items():
        policies = [p for p in handbook.policies if p.meta.status is status]
        if policies:
            blocks += [f"## {heading}", _index_table(policies, today, pdf_links)]
    if not handbook.policies:
        blocks.append("The handbook has no policies yet: see [how to add one](/authoring.md).")
    return Page(INDEX_PATH, "\n\n".join(blocks) + "\n")


def _index_table(policies: list[Policy], today: date, pdf_links: bool) -> str:
    header = [
        "Policy", "Version", "Owner", "Approved by", "Approved on", "Effective from", "Next review due", "Applies to"
    ] + (["PDF"] if pdf_links else [])
    rows = [header, ["---"] * len(header)]
    for policy in policies:
        meta = policy.meta
        due = date_or_tbc(meta.next_review_due)
        rows.append(
            [
                _policy_link(policy),
                escape_markdown(meta.version),
                or_tbc(meta.owner),
                or_tbc(meta.approved_by),
                date_or_tbc(meta.approved_on),
                date_or_tbc(meta.effective_from),
                f"**Overdue:** {due}" if meta.review_overdue(today) else due,
                ", ".join(map(escape_markdown, meta.applies_to)),
                *([f"[Download PDF](/{pdf_path(policy)})"] if pdf_links else []),
            ]
        )
    return "\n".join("| " + " | ".join(cell.replace("|", r"\|") for cell in row) + " |" for row in rows)


# --- small pieces ---------------------------------------------------------------------------


def _policy_link(policy: Policy | None) -> str:
    assert policy is not None, "parsing checks that related policies exist"
    return f"[{escape_markdown(policy.meta.title)}](/{policy_path(policy)})"


def _pdf_button(text: str, target: str) -> str:
    """A link to a PDF, styled as a button; the print stylesheet leaves it off paper."""
    return theme.button(text, theme.page_link(target), "pdf-download")
