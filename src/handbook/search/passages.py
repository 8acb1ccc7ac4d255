"""What staff search: one document per clause and per unnumbered paragraph of the current policies.

A document's location is the clause's (or paragraph's) anchor on its policy's page, so a result
opens the policy there: a policy of headings and paragraphs, without a clause number, is found
paragraph by paragraph. Only the policies in force are searched: archived versions, banners (such as a
hidden "Review overdue"), version tables and the site's own guides are not. Staff ask what the
policies say; the authoring and hosting guides answer other people's questions, are reached from
the navigation, and their everyday words ("policy", "long", "page") would crowd out the clauses.
handbook.search.index_files writes the documents as the site's search index.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..markdown_extensions.text import markdown_to_plain_text
from ..model import Handbook, Keeper, Policy, compute_now

# Where a clause's points start: a bullet or a lettered or roman point at the start of a line.
_POINT = re.compile(r"^(?=[-*+]\s|\(?[a-z]{1,5}\)\s)", re.MULTILINE)
SHORT_LEAD_WORDS = 20


@dataclass(frozen=True)
class SearchDocument:
    """One result staff may get: ``location`` is relative to the site root, "social-media/#clause-19"."""

    location: str
    policy: str  # the policy's title
    label: str  # "Clause 19", or "Photography, paragraph 2" for an unnumbered paragraph
    passages: tuple[str, ...]  # plain text, as shown in results, in passages: see passages()
    context: str  # the policy's title and the heading the clause sits under: they say what it is about too


def documents(
    handbook: Handbook, page_url: Callable[[Policy], str], keep: Keeper = compute_now
) -> list[SearchDocument]:
    """The documents of every current policy; ``page_url`` gives a policy page's URL ("social-media/"); ``keep``:
    where the build keeps each policy's between builds."""
    found = []
    for policy in handbook.policies:
        url = page_url(policy)
        found += keep("search-documents", (policy, url), lambda policy=policy, url=url: _documents(policy, url))
    return found


def _documents(policy: Policy, url: str) -> list[SearchDocument]:
    found = []
    title = policy.meta.title
    for section in policy.sections:
        context = f"{title} {section.heading or ''}"
        for paragraph in section.paragraphs:
            place = f"paragraph {paragraph.position}"
            label = f"{section.heading}, {place}" if section.heading else place.capitalize()
            location = f"{url}#{paragraph.anchor}"
            found.append(SearchDocument(location, title, label, passages(paragraph.text), context))
        for clause in section.clauses:
            location = f"{url}#{clause.anchor}"
            found.append(SearchDocument(location, title, f"Clause {clause.dotted}", passages(clause.text), context))
    return found


def passages(markdown_text: str) -> tuple[str, ...]:
    """A clause's passages, each searched on its own: its opening words, and each of its points.

    A long clause of many points (clause 19: seven rules) holds, here and there, some word of most
    questions; each point answers one. A short opening ("Social Media Guidance") goes with each
    point, as its heading."""
    lead, *points = (markdown_to_plain_text(part) for part in _POINT.split(markdown_text))
    if not points:
        return (lead,)
    if len(lead.split()) <= SHORT_LEAD_WORDS:
        return tuple(f"{lead} {point}".strip() for point in points)
    return (lead, *points)

