"""MkDocs hooks: pages outside the navigation (archived versions, change logs) show it without the
list of policies, which they reach through the handbook index instead.

Material renders the whole navigation into every page. With hundreds of policies and several
versions of each, rendering the full list on every archived page would double the build.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page

from handbook import rendering

_short_nav: Navigation | None = None  # this build's navigation without the list of policies


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> None:
    global _short_nav
    items = [_index_page_of(item) or item for item in nav.items]
    _short_nav = Navigation(items, nav.pages)


def _index_page_of(item: object) -> Page | None:
    """The handbook index, when ``item`` is the section listing every policy under it."""
    first = item.children[0] if isinstance(item, Section) and item.children else None
    return first if isinstance(first, Page) and first.file.src_uri == rendering.INDEX_PATH else None


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    if page.file.inclusion.is_not_in_nav() and _short_nav is not None:
        context["nav"] = _short_nav
    return context
