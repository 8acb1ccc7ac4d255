"""The handbook's build under MkDocs: one object (``HandbookBuild``) receives every MkDocs event.

``hooks/handbook_hooks.py`` hands the events over; this folder is the only part of the package
that knows MkDocs (``config`` declares the settings, ``plugin`` holds the build's state,
``navigation`` shapes each page's navigation, ``material_search`` keeps pages out of Material's
search index). Material's conventions that need no MkDocs are in handbook.pages.theme.
"""

from .plugin import HandbookBuild

__all__ = ["HandbookBuild"]
