"""Where the site's pages and files are, as paths among its Markdown sources ("social-media/index.md").

The one place for them: the pages link each other with these, the build writes its files at them,
and ``RESERVED_FOLDERS`` (which no policy id may take) is derived from them.
"""

from __future__ import annotations

from ..model import Policy, PolicyHistory
from . import theme

INDEX_PATH = "policies/index.md"
WHATS_CHANGED_PATH = "changes/index.md"
FEED_PATH = "changes/feed.xml"
REVIEWS_PATH = "reviews/index.md"
MY_READING_PATH = "my-reading/index.md"  # the policies for a reader's role, and what this browser has confirmed
HANDBOOK_PDF_PATH = "handbook.pdf"  # every current policy in one PDF, at the root of the site
# The theme's files, ours (docs/assets/) and what the build adds there (lunr, Pyodide).
ASSETS_FOLDER = "assets"

# Top-level folders the build gives its own pages and files: no policy id may take one.
RESERVED_FOLDERS = tuple(
    dict.fromkeys(
        path.split("/")[0]
        for path in (INDEX_PATH, WHATS_CHANGED_PATH, FEED_PATH, REVIEWS_PATH, MY_READING_PATH, theme.SEARCH_INDEX,
                     ASSETS_FOLDER)
    )
)


def policy_path(policy: Policy) -> str:
    return f"{policy.meta.id}/index.md"


def version_path(version: Policy, history: PolicyHistory) -> str:
    """The current version is the policy's page; an archived one is at ``<id>/<version>/``."""
    if version is history.current:
        return policy_path(version)
    return f"{version.meta.id}/{version.meta.version}/index.md"


def changes_path(policy: Policy) -> str:
    return f"{policy.meta.id}/changes/index.md"


def pdf_path(policy: Policy) -> str:
    """A policy's PDF sits beside its page, named after it so that a saved copy says what it is."""
    return f"{policy.meta.id}/{policy.meta.id}.pdf"
