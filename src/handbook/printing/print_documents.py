"""The printable handbook: the model as HTML documents for a paged-media engine (see handbook.pdf).

Each policy is rendered from the very Markdown of its site page (handbook.pages.policy_pages), so clause
numbers, sub-point anchors, metadata and cross-references are the site's, word for word. On paper
every id carries its policy's id (``social-media--clause-12``) so that one document can hold every
policy; a link to another policy leads inside the document when that policy is in it, to the site
when the site's address is known, and otherwise stays plain text.

The layout (cover, contents with page numbers, running footers, bookmarks) is CSS paged media in
``print.css`` beside this module.
"""

from __future__ import annotations

import functools
import hashlib
import html
import json
import re
import xml.etree.ElementTree as etree
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from importlib.resources import files

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

from ..markdown_extensions.backlinks import Backlinks, backlinks
from ..markdown_extensions.sanitiser import sanitise
from ..model import Handbook, Policy, Status
from ..pages import policy_pages
from ..pages.formatting import html_date
from ..pages.paths import HANDBOOK_PDF_PATH, pdf_path
from ..pages.referred_to_by import with_referrals

STYLESHEET = files(__package__).joinpath("print.css").read_text(encoding="utf-8")

# A link the site engine would resolve: "/social-media/index.md#clause-3" (see handbook.pages.policy_pages).
_POLICY_PAGE_LINK = re.compile(r"^/(?P<id>[a-z0-9-]+)/index\.md(?:#(?P<anchor>[\w-]+))?$")
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
_OUTSIDE_LINK = re.compile(r"^(?:https?|mailto):", re.IGNORECASE)


# Where converted articles are kept between builds: (a key of everything the article's HTML is made from
# but the code, a function converting it) -> its HTML. The keeper adds the code's own fingerprint to the
# key (handbook.mkdocs_build.page_cache). By default nothing is kept beyond the process.
ArticleKeeper = Callable[[str, Callable[[], str]], str]


def _convert_now(key: str, convert: Callable[[], str]) -> str:
    return convert()


@dataclass(frozen=True)
class Edition:
    """What a printed copy says about itself: the day it was made and where the current one lives."""

    day: date
    site_url: str | None = None  # mkdocs.yml's site_url, e.g. "https://handbook.example.org/"
    language: str = "en"


@dataclass(frozen=True)
class PrintDocument:
    path: str  # where its PDF goes in the site: "handbook.pdf", "social-media/social-media.pdf"
    title: str
    html: str


def documents(
    handbook: Handbook, edition: Edition, parts: HandbookParts | None = None, keep: ArticleKeeper = _convert_now
) -> list[PrintDocument]:
    """The whole handbook (current policies) and one document per policy; ``parts``, if given, are this
    handbook's and edition's handbook_parts, made already."""
    referrals = backlinks(handbook.policies)
    parts = parts or handbook_parts(handbook, edition, referrals, keep)
    return [_handbook_of(parts, edition)] + [
        policy_document(policy, handbook, edition, referrals, keep) for policy in handbook.policies
    ]


@dataclass(frozen=True)
class HandbookParts:
    """handbook.pdf in pieces: the cover and contents, then each current policy's article (by id, in order)."""

    title: str
    front: str
    articles: dict[str, str]


def handbook_parts(
    handbook: Handbook, edition: Edition, referrals: Backlinks | None = None, keep: ArticleKeeper = _convert_now
) -> HandbookParts:
    current = [policy for policy in handbook.policies if policy.meta.status is Status.CURRENT]
    organisations = list(dict.fromkeys(policy.meta.organisation for policy in current))
    title = f"{organisations[0]} Staff Handbook" if len(organisations) == 1 else "Staff Handbook"
    in_document = {policy.meta.id for policy in current}
    front = _cover(organisations, edition) + "\n" + _contents(current)
    referrals = referrals or backlinks(handbook.policies)  # once: each article's own would read every policy
    articles = {
        policy.meta.id: _article(policy, handbook, edition, in_document, referrals, keep) for policy in current
    }
    return HandbookParts(title, front, articles)


def handbook_document(handbook: Handbook, edition: Edition, referrals: Backlinks | None = None) -> PrintDocument:
    return _handbook_of(handbook_parts(handbook, edition, referrals), edition)


def _handbook_of(parts: HandbookParts, edition: Edition) -> PrintDocument:
    body = [parts.front, *parts.articles.values()]
    return PrintDocument(HANDBOOK_PDF_PATH, parts.title, _page(parts.title, edition, body))


def front_document(parts: HandbookParts, edition: Edition) -> PrintDocument:
    """The cover and contents alone: what handbook.pdf's first pages are made from (for a cache key)."""
    return PrintDocument(HANDBOOK_PDF_PATH, parts.title, _page(parts.title, edition, [parts.front]))


def part_document(
    parts: HandbookParts, edition: Edition, policy_id: str, first_page: int, pages: int, elsewhere: dict[str, int]
) -> PrintDocument:
    """One policy's pages of handbook.pdf, laid out alone: numbered from ``first_page`` of ``pages``, its
    "Referred to by" links to other policies printing the pages in ``elsewhere`` (id -> page number).

    Each id of ``elsewhere`` gets an empty element of its own at the end, so that the engine keeps the
    links to it; handbook.printing.compose keeps only the policy's own ids."""
    rules = [
        f'@page {{ @bottom-right {{ content: "Page " counter(page) " of {pages}"; }} }}',
        f"@page :first {{ counter-reset: page {first_page}; }}",
        ".print-elsewhere { position: absolute; width: 0; height: 0; overflow: hidden; }",
        *(f'.referred-to-by a[href="#{target}"]::after {{ content: " (page {page})"; }}'
          for target, page in sorted(elsewhere.items())),
    ]
    stubs = "".join(f'<span id="{html.escape(target)}"></span>' for target in sorted(elsewhere))
    body = [f"<style>\n{chr(10).join(rules)}\n</style>", parts.articles[policy_id],
            f'<div class="print-elsewhere">{stubs}</div>']
    return PrintDocument(f"handbook.pdf ({policy_id})", parts.title, _page(parts.title, edition, body))


def internal_targets(article: str) -> set[str]:
    """The ids that the links of an article (as print_documents writes it) lead to inside the document."""
    finder = _LinkTargets()
    finder.feed(article)
    return finder.targets


class _LinkTargets(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.targets: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href") or ""
        if tag == "a" and href.startswith("#"):
            self.targets.add(href[1:])


def policy_document(
    policy: Policy,
    handbook: Handbook,
    edition: Edition,
    referrals: Backlinks | None = None,
    keep: ArticleKeeper = _convert_now,
) -> PrintDocument:
    meta = policy.meta
    title = f"{meta.organisation} {meta.title}"
    edition_date = html_date(edition.day)
    notice = f'<aside class="print-notice">Edition of {edition_date}. {_printed_copy_notice(edition)}</aside>'
    body = [notice, _article(policy, handbook, edition, {meta.id}, referrals, keep)]
    return PrintDocument(pdf_path(policy), title, _page(title, edition, body))


# --- the parts of a document ----------------------------------------------------------------


def _page(title: str, edition: Edition, body: list[str]) -> str:
    # The engine takes the PDF's title and language from <title> and lang, its dates from dcterms.
    return "\n".join(
        [
            "<!DOCTYPE html>",
            f'<html lang="{html.escape(edition.language)}">',
            "<head>",
            '<meta charset="utf-8">',
            f"<title>{html.escape(title)}</title>",
            f'<meta name="dcterms.created" content="{edition.day.isoformat()}">',
            f'<meta name="dcterms.modified" content="{edition.day.isoformat()}">',
            f"<style>\n{STYLESHEET}</style>",
            "</head>",
            "<body>",
            *body,
            "</body>",
            "</html>",
        ]
    )


def _cover(organisations: list[str], edition: Edition) -> str:
    lines = [f'<p class="cover-organisation">{html.escape(name)}</p>' for name in organisations]
    return "\n".join(
        [
            '<section class="cover">',
            *lines,
            '<h1 class="cover-title">Staff Handbook</h1>',
            f'<p class="cover-edition">Edition of {html_date(edition.day)}</p>',
            f'<p class="cover-notice">{_printed_copy_notice(edition)}</p>',
            "</section>",
        ]
    )


def _printed_copy_notice(edition: Edition) -> str:
    where = (
        f'at <a href="{html.escape(edition.site_url)}">{html.escape(edition.site_url)}</a>'
        if edition.site_url
        else "on the staff handbook website"
    )
    return f"A printed copy may be out of date: the current version of every policy is {where}."


def _contents(policies: list[Policy]) -> str:
    # The page numbers are the engine's: target-counter() in print.css reads where each link lands.
    entries = [
        f'<li><a href="#{policy.meta.id}"><span class="contents-title">{html.escape(policy.meta.title)}</span>'
        f' <span class="contents-version">version {html.escape(policy.meta.version)}</span></a></li>'
        for policy in policies
    ]
    if not entries:
        entries = ["<li>The handbook has no current policies yet.</li>"]
    return "\n".join(['<nav class="contents">', "<h2>Contents</h2>", "<ol>", *entries, "</ol>", "</nav>"])


def _article(
    policy: Policy,
    handbook: Handbook,
    edition: Edition,
    in_document: set[str],
    referrals: Backlinks | None,
    keep: ArticleKeeper,
) -> str:
    """A policy as on its site page (banners, metadata, clauses, "Referred to by"), with ids and links fit
    for paper: a backlink to a policy in the document leads inside it, like a cross-reference."""
    meta = policy.meta
    notes = with_referrals(None, policy, referrals or backlinks(handbook.policies))
    # The version table and date form are for the web only.
    page = policy_pages.policy_page(policy, handbook, edition.day, versions=False, notes=notes)
    made_from = [page.markdown, meta.id, sorted(in_document), edition.site_url]
    key = hashlib.sha256(json.dumps(made_from).encode()).hexdigest()
    body = keep(key, lambda: _article_body(page.markdown, meta.id, frozenset(in_document), edition.site_url))
    running = f"{meta.title} \N{MIDDLE DOT} Version {meta.version}"
    if meta.status is not Status.CURRENT:
        running += f" \N{MIDDLE DOT} {meta.status.value.capitalize()}"  # a printed draft says so on every page
    return (
        f'<article class="policy" id="{meta.id}" data-running="{html.escape(running)}">\n{body}\n</article>'
    )


# Kept while the process lives (``mkdocs serve``): a save converts only the articles whose Markdown changed.
@functools.lru_cache(maxsize=4096)
def _article_body(page_markdown: str, policy_id: str, in_document: frozenset[str], site_url: str | None) -> str:
    converter = Markdown(extensions=[*policy_pages.MARKDOWN_EXTENSIONS, _PrintLinks(policy_id, in_document, site_url)])
    # Sanitised as the site's page is (handbook.markdown_extensions.sanitiser): the check refuses what this removes.
    return sanitise(converter.convert(_FRONT_MATTER.sub("", page_markdown)))


# --- ids and links on paper -----------------------------------------------------------------


def print_id(policy_id: str, anchor: str) -> str:
    """An element's id in a printed document: unique across policies, as "--" never occurs in an id."""
    return f"{policy_id}--{anchor}"


class _PrintLinksTreeprocessor(Treeprocessor):
    def __init__(self, md: Markdown, policy_id: str, in_document: set[str], site_url: str | None) -> None:
        super().__init__(md)
        self.policy_id = policy_id
        self.in_document = in_document
        self.site_url = site_url

    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            if element_id := element.get("id"):
                element.set("id", print_id(self.policy_id, element_id))
            if element.tag == "a":
                self._relink(element)

    def _relink(self, link: etree.Element) -> None:
        href = link.get("href", "")
        if href.startswith("#"):
            link.set("href", "#" + print_id(self.policy_id, href[1:]))
        elif match := _POLICY_PAGE_LINK.match(href):
            policy_id, anchor = match["id"], match["anchor"]
            if policy_id in self.in_document:
                link.set("href", "#" + (print_id(policy_id, anchor) if anchor else policy_id))
            elif self.site_url:
                link.set("href", f"{self.site_url.rstrip('/')}/{policy_id}/" + (f"#{anchor}" if anchor else ""))
            else:
                _unlink(link)
        elif not _OUTSIDE_LINK.match(href):
            _unlink(link)  # a page of the site, which paper cannot reach


def _unlink(link: etree.Element) -> None:
    link.tag = "span"
    link.attrib.pop("href", None)


class _PrintLinks(Extension):
    def __init__(self, policy_id: str, in_document: set[str], site_url: str | None) -> None:
        super().__init__()
        self.args = (policy_id, in_document, site_url)

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's API name)
        # After handbook.markdown_extensions.points_and_references (7) has made the clause and policy links.
        md.treeprocessors.register(_PrintLinksTreeprocessor(md, *self.args), "handbook_print_links", 6)

