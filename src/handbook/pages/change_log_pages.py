"""Each policy's change log: every review, newest first, with what it changed clause by clause.

Like handbook.pages.policy_pages, it writes Python-Markdown. Redlines are raw HTML: ``<ins>``/``<del>``
over the clause's words as readers see them (handbook.markdown_extensions.text.markdown_to_readable_text),
each with hidden words ("inserted:", "deleted:") that screen readers say and print shows, so no
colour is needed.
"""

from __future__ import annotations

import html

from ..markdown_extensions.text import escape_markdown, markdown_to_readable_text
from ..model import Clause, Handbook, Policy, PolicyHistory
from ..versions.changes import ChangeLog, Comparison, Entry
from ..versions.diffing import ChangeKind, ClauseChange, WordChange, WordOp, redline
from ..versions.moved_references import MovedReference, references_moved_by
from ..versions.part_changes import PartChange
from . import theme
from .formatting import date_or_tbc, html_date
from .paths import changes_path, policy_path, version_path
from .policy_pages import Page


def changes_page(policy: Policy, handbook: Handbook, changelog: ChangeLog) -> Page:
    history = handbook.history(policy)
    title = f"Changes to the {policy.meta.title}"
    blocks = [
        theme.front_matter(title),
        f"# {escape_markdown(title)}",
        f"Every review of the [{escape_markdown(policy.meta.title)}](/{policy_path(policy)}), newest first, with what "
        "it changed clause by clause. Clauses are matched by their text, so a clause that was only renumbered "
        "or moved is shown as such.",
    ]
    if len(history.versions) > 2:
        blocks.append(_compare_form(history, changelog))
    for entry in changelog.entries(policy):
        blocks += _entry_blocks(entry, changelog)
    others = changelog.other_comparisons(history)
    if others:
        blocks += [
            "## Other comparisons { #other-comparisons }",
            "Versions further apart are compared here when you choose them above.",
        ]
        blocks += [_hidden_comparison(comparison, changelog) for comparison in others]
    return Page(changes_path(policy), "\n\n".join(blocks) + "\n")


def _compare_form(history: PolicyHistory, changelog: ChangeLog) -> str:
    """Two version pickers (history.js shows them) and, for readers without JavaScript, links."""
    options = "".join(
        f'<option value="{html.escape(v.meta.version)}">{html.escape(v.meta.version)}</option>'
        for v in history.versions
    )
    versions = history.versions
    links = []
    for i, old in enumerate(versions):
        for new in versions[i + 1 :]:
            consecutive = history.previous(new) is old
            target = f"version-{new.meta.version}" if consecutive else changelog.compare(old, new).anchor
            links.append(f"[{escape_markdown(old.meta.version)} with {escape_markdown(new.meta.version)}](#{target})")
    return (
        '<form class="compare-versions" hidden="hidden">\n'
        f'<label>Compare version <select name="from">{options}</select></label>\n'
        f'<label>with version <select name="to">{options}</select></label>\n'
        '<button type="submit">Compare</button>\n'
        '<output class="compare-versions-result" aria-live="polite"></output>\n'
        "</form>\n\n"
        f'<p class="compare-versions-links" markdown>Compare two versions: {", ".join(links)}.</p>'
    )


def _entry_blocks(entry: Entry, changelog: ChangeLog) -> list[str]:
    version, history = entry.version, changelog.handbook.history(entry.policy)
    number = escape_markdown(version.meta.version)
    when = f" on {html_date(entry.day)}" if entry.day else ""
    by = f" by {escape_markdown(entry.approved_by)}" if entry.approved_by else ""
    if entry.review:
        heading = f"Reviewed{when}: no change"
        text = f"Version [{number}](/{version_path(version, history)}) was reviewed{by} and kept as it was."
    else:
        heading = f"Version {number}" + (f", approved {html_date(entry.day)}" if entry.day else "")
        text = f"[Version {number}](/{version_path(version, history)}) was approved{when}{by}"
        text += f", in force from {date_or_tbc(version.meta.effective_from)}."
    blocks = [f"## {heading} {{ #{entry.anchor} }}", text]
    if entry.summary:
        blocks.append(f"*{escape_markdown(entry.summary)}*")
    if entry.comparison:
        blocks += _comparison_blocks(entry.comparison, changelog)
    elif not entry.review:
        blocks.append("The first version in the handbook.")
    return blocks


def _hidden_comparison(comparison: Comparison, changelog: ChangeLog) -> str:
    """A comparison of versions further apart, shown when the address points at it (#compare-1.0-3.0)."""
    old, new = (escape_markdown(v.meta.version) for v in (comparison.old, comparison.new))
    title = f'<p class="comparison-title"><strong>Version {old} compared with version {new}</strong></p>'
    body = "\n\n".join(_comparison_blocks(comparison, changelog))
    return f'<section class="comparison" id="{comparison.anchor}" markdown>\n\n{title}\n\n{body}\n\n</section>'


def _comparison_blocks(comparison: Comparison, changelog: ChangeLog) -> list[str]:
    history = changelog.handbook.history(comparison.new)
    counts = comparison.counts()
    said = [f"{n} clause{'s' if n != 1 else ''} {kind}" for kind, n in counts.items() if n]
    if parts := len(comparison.part_changes):
        said.append(f"{parts} other change{'s' if parts != 1 else ''} (front matter, headings or text outside clauses)")
    lead = f"Compared with version {escape_markdown(comparison.old.meta.version)}"
    summary = f"{lead}: {', '.join(said)}." if said else f"{lead}, nothing changed."
    old_page, new_page = (version_path(v, history) for v in (comparison.old, comparison.new))
    blocks = [summary]
    items = [
        _change_html(change, old_page, new_page)
        for change in comparison.changes
        if change.kind is not ChangeKind.UNCHANGED or change.moved
    ]
    items += [_part_change_html(change, new_page) for change in comparison.part_changes]
    if items:
        blocks.append('<div class="clause-changes" markdown>\n\n' + "\n\n".join(items) + "\n\n</div>")
    if renumbered := comparison.renumbered_only:
        moves = ", ".join(
            f"{_clause_link(c.old, old_page)} is now {_clause_link(c.new, new_page)}"
            for c in renumbered
            if c.old and c.new
        )
        blocks.append(f"Renumbered, text unchanged: {moves}.")
    # Other policies' references were written for the version before: said for a review, not for versions further apart.
    reviewed = history.previous(comparison.new) is comparison.old
    if reviewed and (moved := references_moved_by(changelog, comparison)):
        blocks.append(_moved_references_block(moved, comparison.new, changelog.handbook))
    return blocks


def _moved_references_block(moved: list[MovedReference], new: Policy, handbook: Handbook) -> str:
    """Which references from other policies this review leaves pointing elsewhere, each linked to its clause."""
    items = []
    for reference in moved:
        referrer = reference.referral.referrer
        page = version_path(referrer.policy, handbook.history(referrer.policy))
        anchor = f"#{referrer.anchor}" if referrer.anchor else ""
        items.append(
            f"- {escape_markdown(reference.sentence(new.meta.title))} "
            f"[Read {escape_markdown(referrer.citation)}](/{page}{anchor})"
        )
    return (
        '<div class="moved-references" markdown>\n\n'
        "References from other policies that this review leaves pointing elsewhere:\n\n"
        + "\n".join(items)
        + "\n\n</div>"
    )


def _change_html(change: ClauseChange, old_page: str, new_page: str) -> str:
    old, new = change.old, change.new
    if change.kind is ChangeKind.ADDED and new:
        label = f"Added: {_clause_link(new, new_page)}"
        if change.related:
            label += f" (split from clause {change.related.dotted})"
        text = _marked("ins", "inserted", markdown_to_readable_text(new.text))
    elif change.kind is ChangeKind.REMOVED and old:
        label = f"Removed: {_clause_link(old, old_page)}"
        if change.related:
            label += f" (merged into clause {change.related.dotted})"
        text = _marked("del", "deleted", markdown_to_readable_text(old.text))
    elif old and new:
        kind = "Amended" if change.kind is ChangeKind.AMENDED else "Moved, text unchanged"
        if change.kind is ChangeKind.AMENDED and change.moved:
            kind = "Amended and moved"
        label = f"{kind}: {_clause_link(new, new_page)}"
        if change.renumbered:
            label += f" (was {_clause_link(old, old_page)})"
        if change.kind is ChangeKind.AMENDED:
            text = _redline(redline(markdown_to_readable_text(old.text), markdown_to_readable_text(new.text)))
        else:
            text = html.escape(markdown_to_readable_text(new.text))
    else:
        raise ValueError(f"a {change.kind} change lacks the clause it is about")
    return (
        f'<div class="clause-change clause-change-{change.kind}" markdown>\n\n'
        f"{label}\n{{ .clause-change-label }}\n\n"
        f'<div class="redline">{text}</div>\n\n</div>'
    )


def _part_change_html(change: PartChange, new_page: str) -> str:
    """A change outside the clauses: a redline of text under a heading (linked to the paragraph in the
    new version, when it is there), or old and new values."""
    if change.is_text:
        old, new = markdown_to_readable_text(change.old or ""), markdown_to_readable_text(change.new or "")
        text = _redline(redline(old, new)) if old and new else _marked("ins" if new else "del",
                                                                       "inserted" if new else "deleted", new or old)
    else:
        text = " ".join(
            part for part in (
                _marked("del", "deleted", change.old) if change.old else "",
                _marked("ins", "inserted", change.new) if change.new else "",
            ) if part
        )
    label = escape_markdown(change.what)
    if change.anchor:
        label = f"[{label}](/{new_page}#{change.anchor})"
    return (
        '<div class="clause-change part-change" markdown>\n\n'
        f"{label}\n{{ .clause-change-label }}\n\n"
        f'<div class="redline">{text}</div>\n\n</div>'
    )


def _clause_link(clause: Clause, page: str) -> str:
    return f"[clause {clause.dotted}](/{page}#{clause.anchor})"


def _redline(words: tuple[WordChange, ...]) -> str:
    parts = []
    for word in words:
        if word.op is WordOp.INSERT:
            parts.append(_marked("ins", "inserted", word.text))
        elif word.op is WordOp.DELETE:
            parts.append(_marked("del", "deleted", word.text))
        else:
            parts.append(html.escape(word.text))
    return "".join(parts)


def _marked(tag: str, words: str, text: str) -> str:
    """``<ins>`` or ``<del>`` with a hidden "[inserted: ...]" for screen readers and print.

    Spaces around the words stay outside the mark, so "act [inserted: today]" reads as words.
    """
    core = text.strip()
    if not core:
        return html.escape(text)
    before, after = text[: text.index(core)], text[text.index(core) + len(core) :]
    return (
        f'{html.escape(before)}<{tag}><span class="redline-marker">[{words}: </span>{html.escape(core)}'
        f'<span class="redline-marker">]</span></{tag}>{html.escape(after)}'
    )
