"""What a review changed outside the numbered clauses: the front matter staff see (title, owner,
review period, audience), the headings, and the unnumbered text under a heading (a part's
introduction, or an appendix that is a table or a form rather than numbered paragraphs).

Clauses are compared by handbook.versions.diffing; everything else a reader sees is compared here, so
that the change log never says "no clause changed" of a review that changed a published table.
Sections are paired by their headings (difflib over the list of headings): a heading whose
wording changed in place is a renamed heading, and its introduction is still compared.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from ..model import Policy, Section

# The front matter a reader sees and a review may change on purpose. The version, status and
# approval dates change at every review and are told by the change log's own heading.
_FIELDS = {
    "title": "Title",
    "organisation": "Organisation",
    "owner": "Owner",
    "review_every": "Review period",
    "applies_to": "Applies to",
    "related": "Related policies",
}


@dataclass(frozen=True)
class PartChange:
    """One change outside the clauses: ``what`` changed, from ``old`` to ``new`` (None: absent)."""

    what: str  # "Owner", "Heading", "Text under PART ONE"
    old: str | None  # Markdown for text under a heading, plain text otherwise
    new: str | None
    is_text: bool = False  # text under a heading: shown as a redline


def compare_parts(old: Policy, new: Policy) -> tuple[PartChange, ...]:
    """The front matter, headings and introductions that differ, in reading order."""
    changes = [
        PartChange(label, _shown(getattr(old.meta, name)), _shown(getattr(new.meta, name)))
        for name, label in _FIELDS.items()
        if getattr(old.meta, name) != getattr(new.meta, name)
    ]
    old_sections, new_sections = list(old.sections), list(new.sections)
    matcher = SequenceMatcher(None, [s.heading for s in old_sections], [s.heading for s in new_sections])
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        olds, news = old_sections[i1:i2], new_sections[j1:j2]
        if op == "equal" or (op == "replace" and len(olds) == len(news)):
            for before, after in zip(olds, news, strict=True):
                if before.heading != after.heading:
                    changes.append(PartChange("Heading", before.heading, after.heading))
                changes += _intro_change(before, after)
            continue
        changes += [PartChange("Heading removed", s.heading, None) for s in olds if s.heading]
        changes += [_intro_change(s, None)[0] for s in olds if s.intro]
        changes += [PartChange("Heading added", None, s.heading) for s in news if s.heading]
        changes += [_intro_change(None, s)[0] for s in news if s.intro]
    return tuple(changes)


def _intro_change(before: Section | None, after: Section | None) -> list[PartChange]:
    old_text, new_text = (before.intro if before else ""), (after.intro if after else "")
    if " ".join(old_text.split()) == " ".join(new_text.split()):
        return []
    heading = (after or before).heading
    what = f"Text under {heading}" if heading else "Text before the first heading"
    return [PartChange(what, old_text or None, new_text or None, is_text=True)]


def _shown(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, tuple):
        return ", ".join(value) if value else None
    return str(value)
