"""MkDocs hooks: hand the handbook in policy_src/ to MkDocs. The logic lives in the handbook package.

The folder of policies is ``extra.policy_src`` in mkdocs.yml (relative to mkdocs.yml).
"""

from __future__ import annotations

import logging
import os
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files, InclusionLevel

from handbook import history_pages, rendering, search, structure_checks
from handbook.changes import ChangeLog
from handbook.errors import PolicySourceError
from handbook.model import Handbook
from handbook.parsing import load_handbook

_handbook = Handbook()  # loaded afresh at the start of every build

# Overdue reviews are reported as warnings, yet must not stop `mkdocs build --strict`, which counts
# the warnings of MkDocs' own ("mkdocs") loggers only. So they go through a logger of our own.
_reviews_log = logging.getLogger("handbook.reviews")
if not _reviews_log.handlers:
    _handler = logging.StreamHandler(sys.stderr)
    _handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))  # as MkDocs prints
    _reviews_log.addHandler(_handler)
    _reviews_log.propagate = False
# Structure Markdown would lose (a list run into a sentence, a table without its dashes) is a
# warning that `mkdocs build --strict` counts, so it goes through a logger under "mkdocs".
_structure_log = logging.getLogger("mkdocs.plugins.handbook")


def _policy_src(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).parent / config.extra["policy_src"]


def on_config(config: MkDocsConfig) -> None:
    # Read the policies before MkDocs cleans site/, so a bad policy never costs the last good site.
    global _handbook
    try:
        _handbook = load_handbook(_policy_src(config))
        rendering.check_addresses_are_free(_handbook, hand_written=Path(config.docs_dir))
    except PolicySourceError as error:
        raise PluginError(str(error)) from None
    warnings = structure_checks.handbook_warnings(_handbook)
    if warnings and config.strict:  # stop before MkDocs cleans site/, as for any other bad policy
        raise PluginError("\n".join(str(warning) for warning in warnings))
    for warning in warnings:
        _structure_log.warning("%s", warning)
    config.markdown_extensions += [e for e in rendering.MARKDOWN_EXTENSIONS if e not in config.markdown_extensions]
    config.nav = _list_policies_under_index(config.nav)


def _list_policies_under_index(nav: list | None) -> list | None:
    """In mkdocs.yml's nav, the handbook index becomes a section listing every policy after it."""
    policies = [rendering.INDEX_PATH] + [rendering.policy_path(p) for p in _handbook.policies]
    expanded = []
    for entry in nav or []:
        title, target = next(iter(entry.items())) if isinstance(entry, dict) else (None, entry)
        if target == rendering.INDEX_PATH:
            entry = {title or "Policies": policies}
        elif isinstance(target, list):
            entry = {title: _list_policies_under_index(target)}
        expanded.append(entry)
    return expanded or None


def on_files(files: Files, config: MkDocsConfig) -> Files:
    # SOURCE_DATE_EPOCH, the reproducible-builds convention, fixes "today" for overdue reviews.
    today = datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", time.time())), UTC).date()
    changelog = ChangeLog(_handbook)
    site = history_pages.site_pages(_handbook, changelog, today, pdf_links=config.extra["pdf"])
    for page in site.listed:
        files.append(File.generated(config, page.path, content=page.markdown))
    for page in site.unlisted:  # archived versions and change logs: linked from the policy, not in the nav
        files.append(File.generated(config, page.path, content=page.markdown, inclusion=InclusionLevel.NOT_IN_NAV))
    feed = history_pages.atom_feed(changelog, config.site_name, config.site_url, today)
    files.append(File.generated(config, history_pages.FEED_PATH, content=feed))
    for policy in history_pages.overdue(_handbook, today):
        _reviews_log.warning(
            "Review overdue: %s (%s) was due for review on %s; the build goes on",
            policy.meta.title, os.path.relpath(policy.source), policy.meta.next_review_due,
        )
    return files


def on_serve(server, config: MkDocsConfig, builder) -> None:
    server.watch(str(_policy_src(config)))


@event_priority(-100)  # after the search plugin has written its index
def on_post_build(config: MkDocsConfig) -> None:
    index_file = Path(config.site_dir) / "search" / "search_index.json"
    if index_file.exists():
        entries = []
        for policy in _handbook.policies:
            url = File(rendering.policy_path(policy), config.docs_dir, config.site_dir, config.use_directory_urls).url
            entries += search.clause_entries(policy, url)
        search.add_entries(index_file, entries)
