"""What Material's search plugin is told about the pages: the handbook searches with its own index."""

from __future__ import annotations

from mkdocs.structure.pages import Page


def leave_out_of_material_search(page: Page) -> None:
    """Keep ``page`` out of the index Material's search plugin writes for lunr.

    The handbook searches with its own index (handbook.search.index_files) and drops Material's
    documents (handbook.pages.theme.hand_search_settings), so Material need not take every page apart
    to make them."""
    page.meta["search"] = {"exclude": True}
