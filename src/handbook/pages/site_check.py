"""What the site build would refuse, checked on the model: so ``handbook check`` and the build agree.

Parsing checks each policy on its own; these checks need the site around it: the addresses the
build takes for its own pages, and the hand-written pages in ``docs/`` that policy text links to.
"""

from __future__ import annotations

import functools
import posixpath
import re
from collections.abc import Callable, Collection, Iterator, Mapping
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import markdown

from ..errors import PolicySourceError, UnresolvedLinkError
from ..markdown_extensions.references import POLICY_LINK
from ..model import Handbook, Policy
from ..source.links_in_text import LinksInText, links_in
from . import policy_pages
from .paths import FEED_PATH, HANDBOOK_PDF_PATH, INDEX_PATH, RESERVED_FOLDERS, pdf_path, policy_path, version_path

_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)  # https:, mailto:, policy:


def check_site(
    handbook: Handbook, docs_dir: Path, today: date | None = None, broken_links: list[PolicySourceError] | None = None,
    links: Callable[[Policy], LinksInText] = links_in,
) -> None:
    """Raise PolicySourceError (naming the policy file and line) for anything the build would refuse.

    ``broken_links``: where links to no page go instead of being raised (the build outside ``--strict``,
    where MkDocs warns of them and publishes the page); ``links``: where each version's links are found
    (`mkdocs serve` keeps them: handbook.source.links_in_text.KeptLinks)."""
    hand_written = _hand_written_pages(docs_dir)
    for policy in handbook.policies:
        _check_address(policy, docs_dir, hand_written.keys())
    _check_links(handbook, docs_dir, hand_written, today or date.today(), broken_links, links)


def links_leading_nowhere(policy: Policy, today: date | None = None) -> list[UnresolvedLinkError]:
    """The links of ``policy`` that lead nowhere in a handbook of it alone, with no hand-written pages: for
    ``handbook import``, where a document's links to its website's other pages ("/project/policies/licensing/")
    lead nowhere in any handbook. Its own anchors ("#scope", "#clause-2") and full addresses are not among them."""
    broken: list[PolicySourceError] = []
    _check_links(Handbook((policy,)), None, {}, today or date.today(), broken, links_in)
    return [error for error in broken if isinstance(error, UnresolvedLinkError)]


def _check_links(
    handbook: Handbook, docs_dir: Path | None, hand_written: Mapping[str, Path], today: date,
    broken_links: list[PolicySourceError] | None, links: Callable[[Policy], LinksInText],
) -> None:
    anchors = {page: _Anchors(lambda source=source: source.read_text(encoding="utf-8"))
               for page, source in hand_written.items()}
    for policy in handbook.policies:
        history = handbook.history(policy)
        for version in history.versions:
            page = functools.partial(_page_markdown, version, handbook, today)
            anchors[version_path(version, history)] = _Anchors(page, {c.anchor for c in version.clauses})
    files = _other_files(handbook, docs_dir)
    policy_pages_by_id = {policy.meta.id: policy_path(policy) for policy in handbook.policies}
    for policy in handbook.policies:
        history = handbook.history(policy)
        for version in history.versions:
            page = version_path(version, history)
            for error in _broken_links(version, links(version), page, anchors, files, policy_pages_by_id):
                if broken_links is None:
                    raise error
                broken_links.append(error)


def _page_markdown(version: Policy, handbook: Handbook, today: date) -> str:
    if version is handbook.history(version).current:
        return policy_pages.policy_page(version, handbook, today).markdown
    return policy_pages.archived_page(version, handbook, {}).markdown


class _Anchors:
    """The ids a link may name on a page: its clauses at once, anything else once the page is rendered."""

    def __init__(self, markdown_text: Callable[[], str], clauses: set[str] = frozenset()) -> None:
        self._markdown_text = markdown_text
        self._clauses = clauses
        self._ids: set[str] | None = None

    def __contains__(self, anchor: str) -> bool:
        if anchor in self._clauses:
            return True
        if self._ids is None:
            converter = markdown.Markdown(extensions=[*policy_pages.MARKDOWN_EXTENSIONS, "toc"])
            collector = _Ids()
            collector.feed(converter.convert(self._markdown_text()))
            self._ids = collector.ids
        return anchor in self._ids


class _Ids(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.ids.update(value for name, value in attrs if name == "id" and value)


def _other_files(handbook: Handbook, docs_dir: Path | None) -> set[str]:
    """The files besides pages a link may lead to: what docs/ holds, the feed and the PDFs."""
    found = {FEED_PATH, HANDBOOK_PDF_PATH, *(pdf_path(policy) for policy in handbook.policies)}
    if docs_dir is not None and docs_dir.is_dir():
        found |= {path.relative_to(docs_dir).as_posix() for path in docs_dir.rglob("*") if path.is_file()}
    return found


def _hand_written_pages(docs_dir: Path) -> dict[str, Path]:
    if not docs_dir.is_dir():
        return {}
    return {path.relative_to(docs_dir).as_posix(): path for path in docs_dir.rglob("*.md")}


def _check_address(policy: Policy, docs_dir: Path, pages: Collection[str]) -> None:
    """A policy's page must not take the place of a generated page or of a page in ``docs/``."""
    policy_id = policy.meta.id
    taken = [p for p in (f"{policy_id}.md", f"{policy_id}/index.md") if p in pages]
    if policy_path(policy) == INDEX_PATH:
        clash = "the handbook index"
    elif policy_id in RESERVED_FOLDERS:
        clash = f"the handbook's own '{policy_id}' page"
    elif taken or (docs_dir / policy_id).exists():
        clash = f"{docs_dir.name}/{taken[0] if taken else policy_id + '/'}"
    else:
        return
    message = f"policy id '{policy_id}' would give it the address of {clash}; choose another id"
    raise PolicySourceError(policy.source, policy.key_lines.get("id"), message)


def _broken_links(
    policy: Policy, links: LinksInText, page: str, anchors: Mapping[str, _Anchors], files: Collection[str],
    policy_pages_by_id: Mapping[str, str],
) -> Iterator[UnresolvedLinkError]:
    """Links in the text to pages of the site (``/authoring.md#a``, ``../other/index.md``, ``#clause-2``,
    ``policy:safeguarding#photography-p2``) must lead to a page and an anchor that exist, and links to
    other files of the site (``/assets/form.pdf``) to a file that exists, as the site engine requires.
    ``page`` is where the version is published."""
    for link in links.targets:
        target, _, anchor = link.target.partition("#")
        target = unquote(target.partition("?")[0])
        if other := POLICY_LINK.fullmatch(link.target):  # its policy was checked when the handbook was read
            target = "/" + policy_pages_by_id.get(other["id"], f"{other['id']}/index.md")
        if _SCHEME.match(target):
            continue
        if not target:
            resolved = page
        elif target.startswith("/"):
            resolved = posixpath.normpath(target.lstrip("/"))
        else:
            resolved = posixpath.normpath(f"{posixpath.dirname(page)}/{target}")
        page_anchors = anchors.get(resolved)
        if not target.endswith(".md") and target:
            if resolved in files:
                continue
            problem = "leads to no page or file of the handbook"
        elif page_anchors is None:
            problem = "leads to no page of the handbook"
        elif anchor and anchor not in page_anchors:
            problem = f"names '#{anchor}', which that page does not have"
        else:
            continue
        yield UnresolvedLinkError(
            policy.source,
            link.line,
            f"the link to '{link.target}' {problem}; link a page in docs/ from the site's root "
            "('/authoring.md#heading'), another policy with 'policy:ID#clause-N', or a full https:// address",
            link.target,
        )

