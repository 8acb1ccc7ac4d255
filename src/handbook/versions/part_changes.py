"""What a review changed outside the numbered clauses: the front matter staff see (title, owner,
review period, audience), the headings, and the unnumbered text under a heading (a part's
introduction, or an appendix that is a table or a form rather than numbered paragraphs).

Clauses are compared by handbook.versions.diffing; everything else a reader sees is compared here, so
that the change log never says "no clause changed" of a review that changed a published table.
Sections are paired by their headings (difflib over the list of headings): a heading whose
wording changed in place is a renamed heading, and its text is still compared. The text under a
heading is compared paragraph by paragraph (handbook.source.paragraphs), paired by their wording, so
a policy without clause numbers says which paragraph was added, removed or amended, and links it.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from ..model import Paragraph, Policy, Section

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
    anchor: str | None = None  # the paragraph's anchor in the new version (None: removed, or not a paragraph)


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
                changes += _paragraph_changes(before, after)
            continue
        changes += [PartChange("Heading removed", s.heading, None) for s in olds if s.heading]
        changes += [change for s in olds for change in _paragraph_changes(s, None)]
        changes += [PartChange("Heading added", None, s.heading) for s in news if s.heading]
        changes += [change for s in news for change in _paragraph_changes(None, s)]
    return tuple(changes)


def _paragraph_changes(before: Section | None, after: Section | None) -> list[PartChange]:
    """The paragraphs under a heading that were added, removed or amended, in the new reading order."""
    olds = list(before.paragraphs) if before else []
    news = list(after.paragraphs) if after else []
    matcher = SequenceMatcher(None, [_words(p) for p in olds], [_words(p) for p in news], autojunk=False)
    changes = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        removed, added = olds[i1:i2], news[j1:j2]
        if op == "replace" and len(removed) == len(added):  # amended in place
            changes += [_text_change(old, new) for old, new in zip(removed, added, strict=True)]
            continue
        changes += [_text_change(old, None) for old in removed]
        changes += [_text_change(None, new) for new in added]
    return changes


def _text_change(old: Paragraph | None, new: Paragraph | None) -> PartChange:
    shown = new or old
    assert shown is not None, "a change is of one paragraph or two"
    under = f"Text under {shown.heading}" if shown.heading else "Text before the first heading"
    return PartChange(f"{under}, paragraph {shown.position}", old.text if old else None, new.text if new else None,
                      is_text=True, anchor=new.anchor if new else None)


def _words(paragraph: Paragraph) -> str:
    return " ".join(paragraph.text.split())


def _shown(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, tuple):
        return ", ".join(value) if value else None
    return str(value)
