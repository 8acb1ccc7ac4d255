"""The links a policy's text holds, each with its source line: found once per policy, checked against the handbook
after.

Reading the handbook checks every ``policy:ID#anchor`` against the other policies (handbook_folder), and the site
check every link against the site's pages and files (handbook.pages.site_check). Finding the links means searching
every clause, paragraph and heading of every policy; what they are checked against is the whole handbook. The links
are a function of the policy alone, so `mkdocs serve`'s build object keeps them by the policy's identity
(``KeptLinks``: serve reads an unchanged file as the very Policy it was, handbook.mkdocs_build.page_cache.
KeptInMemory), and at a save only the saved policy is searched again; the checks themselves run in full every time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..markdown_extensions.references import POLICY_LINK, line_of
from ..model import Policy
from .policy_file import headings_with_lines, texts_with_lines

# A Markdown link's target, inline ([text](target "title")) or as a reference definition; not after an escaped
# bracket, which Markdown shows as a bracket ("\[Code of Conduct\](" typed in a file: no link)
_INLINE_LINK = re.compile(r"(?<!(?<!\\)\\)\]\(\s*<?(?P<target>[^)\s>]+)>?(?:\s+[\"'(][^)]*)?\)")
_LINK_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(?P<target>[^\s>]+)", re.MULTILINE)


@dataclass(frozen=True)
class PolicyLink:
    """``policy:ID`` or ``policy:ID#anchor`` in the text, as written, on its source line."""

    written: str
    policy_id: str
    anchor: str | None
    line: int


@dataclass(frozen=True)
class LinkTarget:
    """A Markdown link's target as written (``/authoring.md#a``, ``#clause-2``, ``https://...``), on its line."""

    target: str
    line: int


@dataclass(frozen=True)
class LinksInText:
    to_policies: tuple[PolicyLink, ...]  # wherever written: in a link or as bare text
    targets: tuple[LinkTarget, ...]  # of the Markdown links, inline ones first in each text, then definitions


def links_in(policy: Policy) -> LinksInText:
    """Every link in ``policy``'s body text and headings, in the order of the text."""
    to_policies: list[PolicyLink] = []
    targets: list[LinkTarget] = []
    clauses = {(clause.text, clause.line) for clause in policy.clauses}
    for text, first_line in [*texts_with_lines(policy), *headings_with_lines(policy)]:
        to_policies += [
            PolicyLink(match[0], match["id"], match["anchor"], first_line + line_of(text, match.start()))
            for match in POLICY_LINK.finditer(text)
        ]
        definitions = list(_LINK_DEFINITION.finditer(text))
        if (text, first_line) in clauses:  # on the page a clause's first line follows its number: no definition
            definitions = [match for match in definitions if text[: match.start()].strip()]
        targets += [
            LinkTarget(match["target"], first_line + line_of(text, match.start()))
            for match in [*_INLINE_LINK.finditer(text), *definitions]
        ]
    return LinksInText(tuple(to_policies), tuple(targets))


class KeptLinks:
    """Each policy's links, kept from one build of `mkdocs serve` to the next by the policy's identity (the object
    held, so that its id is not reused): the build object owns it, as it outlives serve's builds; ``mkdocs build``
    and the commands keep none. Past ``most`` policies (a handbook's, with its archived versions), all are
    forgotten."""

    def __init__(self, most: int = 8192) -> None:
        self._most = most
        self._kept: dict[int, tuple[Policy, LinksInText]] = {}

    def links_in(self, policy: Policy) -> LinksInText:
        kept = self._kept.get(id(policy))
        if kept is None or kept[0] is not policy:
            if len(self._kept) >= self._most:
                self._kept.clear()
            kept = self._kept[id(policy)] = (policy, links_in(policy))
        return kept[1]
