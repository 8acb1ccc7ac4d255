"""Material for MkDocs' conventions, in one place: the rest of the package writes plain Markdown.
Only the markup is here, so this module needs no MkDocs: only handbook.mkdocs_build imports MkDocs.

Moving to another engine (docs/hosting.md, "Moving to Zensical") means changing this module and
handbook.mkdocs_build, and nothing else: how a page's title is given, how a link looks like a
button, where a page links another (``/<path>.md``, resolved by the engine), and how the search
box starts the handbook's search (``search/search_index.json``).
"""

from __future__ import annotations

import html
import json
from functools import lru_cache
from pathlib import Path

import yaml

BUTTON = "md-button"
PRIMARY_BUTTON = "md-button md-button--primary"
SEARCH_INDEX = "search/search_index.json"  # in the built site


@lru_cache(maxsize=4096)  # mkdocs serve makes every page's Markdown at each save; YAML's writer is slow
def front_matter(title: str) -> str:
    """A page's front matter: its title.

    MkDocs and Material put the title into the navigation and ``<title>`` as HTML, so it is given
    escaped: a policy's title is text, whatever it holds.
    """
    return f"---\n{yaml.safe_dump({'title': html.escape(title)}, allow_unicode=True)}---"


def page_link(path: str) -> str:
    """The address a page's Markdown uses for another page: its source path from the docs root."""
    return f"/{path}"


def button(text: str, target: str, *classes: str) -> str:
    """A Markdown link styled as a button (attr_list)."""
    return f"[{text}]({target}){{ .{BUTTON} {' '.join(f'.{name}' for name in classes)} }}"


def hand_search_settings(site_dir: Path, settings: dict[str, object]) -> None:
    """Put ``settings`` where Material's search box hands them to the search worker it starts:
    ``config.handbook`` in the ``search/search_index.json`` its search plugin wrote (none: no
    search box). Its settings stay (its highlighting of the page a result opens uses them); any
    documents go, as the browser downloads that file whole before the first result."""
    index_file = site_dir / SEARCH_INDEX
    if not index_file.exists():
        return
    config = json.loads(index_file.read_text(encoding="utf-8"))["config"]
    config["handbook"] = settings
    index_file.write_text(json.dumps({"config": config, "docs": []}, separators=(",", ":")), encoding="utf-8")
