"""Each page's navigation: the site's own sections, and under "Policies" only the handbook index and
the policy the page belongs to (with its self-check).

Material renders the navigation into every page. Listing every policy there made each page grow
with the handbook (about 700 KB a page at 2,000 policies) and its rendering dominate the build;
the index (policies/index.md) lists them all instead, and search finds them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page

from ..pages.paths import INDEX_PATH


class PageNavigation:
    def __init__(self, nav: Navigation, listed_with: Mapping[str, Sequence[Page]]) -> None:
        """``listed_with`` maps a policy id to the pages shown under "Policies" on that policy's pages."""
        self._nav = nav
        self._listed_with = listed_with
        self._policies = next((item for item in nav.items if _holds_index(item)), None)

    def for_page(self, page: Page) -> Navigation:
        listed = self._listed_with.get(page.file.src_uri.partition("/")[0])
        if self._policies is None or not listed:
            return self._nav
        section = Section(self._policies.title, [*self._policies.children, *listed])
        section.parent = self._policies.parent
        if page in listed:
            page.parent = section  # so the theme marks the page as the current one
        section.active = True  # open, on every page of the policy (archived versions and change log too)
        items = [section if item is self._policies else item for item in self._nav.items]
        return Navigation(items, self._nav.pages)


def _holds_index(item: object) -> bool:
    return isinstance(item, Section) and any(
        isinstance(child, Page) and child.file.src_uri == INDEX_PATH for child in item.children
    )


def policies_section(nav: list | None) -> list | None:
    """mkdocs.yml's nav, with the handbook index made a section (titled as the entry) that policies join."""
    listed = []
    for entry in nav or []:
        title, target = next(iter(entry.items())) if isinstance(entry, dict) else (None, entry)
        if target == INDEX_PATH:
            entry = {title or "Policies": [INDEX_PATH]}
        elif isinstance(target, list):
            entry = {title: policies_section(target)}
        listed.append(entry)
    return listed or None
