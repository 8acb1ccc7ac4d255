"""`mkdocs serve`: the pages a save changed are in the browser before the rest of the site is rebuilt.

MkDocs' server holds every request while it builds, then reloads the browsers, so an author saw a
save only once the whole site was built again: every page's template, the search index, the review
dashboard. Here, once every page's content is known (MkDocs' ``on_env``: the pages are rendered or
taken from the page cache, no template has run yet), the pages whose content this save changed
(their page cache key differs from the last build's) are put through the theme's template and
written into the site being served, and the server is told to answer and reload the browsers. The
build then goes on into its staging folder and replaces the served site as before
(handbook.mkdocs_build.staging), bringing the pages the save did not change, the search index and
the PDFs: the rest of the site catches up.

The pages published early are those the build is about to write: the same page, the same navigation
and template. If the build then fails, they are put back as they were, so the last good site stays
served whole. Only a save's few pages go first: a change that touches many pages (a setting,
the synonyms, a new policy, which changes every page's list of the site's files) waits for the
build, as rendering each template twice would only slow it.

What was on the heap when a save's build began is kept out of Python's cyclic garbage collection until the save's
pages are out (``gc.freeze``). What serve keeps between builds (every policy, its reading and findings, the compiled
templates) is most of that heap, and one full collection walking it during a save took 0.1 to 0.25 s at 200 policies
and almost nothing at 3: a cost that grows with the handbook, paid before the page. The build's own new objects are
collected as ever; once the pages are out (or the build fails) the rest is collected again (``gc.unfreeze``).

The server is told through MkDocs' ``LiveReloadServer`` attributes (``_epoch_cond``, ``_wanted_epoch``,
``_visible_epoch``, MkDocs 1.6); where they are missing, nothing goes early and serve works as before
(tests/test_serve.py checks that the page comes before the build ends).
"""

from __future__ import annotations

import gc
import logging
from pathlib import Path
from typing import Any

import jinja2
from mkdocs.commands.build import get_context
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

# More changed pages than this, and none goes early (see above). One policy saved changes its page,
# and maybe the index, What changed, the review dashboard, its change log and the pages it refers to.
AT_MOST = 20


class EarlyPages:
    """Lives as long as `mkdocs serve`: the server, and each page's cache key at the last good build."""

    def __init__(self, log: logging.Logger) -> None:
        self._log = log
        self._server: Any = None
        self._last_keys: dict[str, str] = {}  # page src_uri: its page cache key, at the last committed build
        self._keys: dict[str, str] = {}  # this build's
        self._replaced: dict[Path, bytes | None] = {}  # served files written early: their bytes before
        self._frozen = False  # the heap as the build began, left out of the collector's walks until the pages are out

    def serving(self, server: Any) -> None:
        """Called from ``on_serve``: the builds from now on are a save's."""
        if all(hasattr(server, name) for name in ("_epoch_cond", "_wanted_epoch", "_visible_epoch")):
            self._server = server
        else:
            self._log.debug("This MkDocs' server cannot be told a page is ready: pages come with the whole site")

    def begin(self) -> None:
        self._keys = {}
        self._replaced = {}
        if self._server is not None:  # a save's build: see above
            gc.freeze()
            self._frozen = True

    def unfreeze(self) -> None:
        """The pages are out, or will not go early: the whole heap is collected again."""
        if self._frozen:
            self._frozen = False
            gc.unfreeze()

    def note(self, page: Page, key: str) -> None:
        """``page``'s content is made from what ``key`` hashes (handbook.mkdocs_build.page_cache)."""
        self._keys[page.file.src_uri] = key

    def publish(self, env: jinja2.Environment, config: MkDocsConfig, nav: Navigation, files: Files,
                site: Path) -> None:
        """Write the pages whose content changed since the last build into the served ``site``, and let the
        server answer with them."""
        if self._server is None or not self._last_keys or not site.is_dir():
            return
        changed = [uri for uri, key in self._keys.items() if self._last_keys.get(uri) != key]
        if not changed or len(changed) > AT_MOST:
            return
        doc_files = files.documentation_pages(inclusion=InclusionLevel.is_in_serve)  # as serve's build
        try:
            for uri in changed:
                file = files.get_file_from_path(uri)
                if file is not None and file.page is not None:
                    self._write(site / file.dest_uri, _rendered(file.page, env, config, nav, doc_files))
        except OSError as error:  # a full disk, say: the pages come with the whole site, if it can be written
            self._log.warning("The changed pages could not go first (%s); they come with the rest", error)
            self.failed()
            return
        self._log.info("Changed pages in the served site before the rest: %s", ", ".join(changed))
        self._let_browsers_in()

    def committed(self) -> None:
        """The build's site is served now: its pages are the last good ones."""
        self._last_keys, self._replaced = self._keys, {}

    def failed(self) -> None:
        """Put the pages written early back as they were: the last good site stays served whole."""
        self.unfreeze()
        for path, before in self._replaced.items():
            if before is None:
                path.unlink(missing_ok=True)
            else:
                _replace(path, before)
        self._replaced = {}

    def _write(self, path: Path, html: str) -> None:
        if path not in self._replaced:
            self._replaced[path] = path.read_bytes() if path.is_file() else None
        path.parent.mkdir(parents=True, exist_ok=True)
        _replace(path, html.encode("utf-8", errors="xmlcharrefreplace"))  # as MkDocs writes a page

    def _let_browsers_in(self) -> None:
        """The server holds requests until the site it is building is visible: say it is (the served site now
        holds the changed pages), so that it answers and the browsers reload."""
        server = self._server
        with server._epoch_cond:
            server._visible_epoch = server._wanted_epoch
            server._epoch_cond.notify_all()


def _rendered(page: Page, env: jinja2.Environment, config: MkDocsConfig, nav: Navigation, doc_files: Any) -> str:
    """The page through the theme's template, as mkdocs.commands.build._build_page renders it (less its
    ``on_post_page`` event, which lets go of the page's content: MkDocs renders the page again after)."""
    page.active = True
    try:
        context = get_context(nav, doc_files, config, page)
        template = env.get_template(page.meta.get("template", "main.html"))
        context = config.plugins.on_page_context(context, page=page, config=config, nav=nav)
        return template.render(context)
    finally:
        page.active = False


def _replace(path: Path, content: bytes) -> None:
    """A reader gets the old file or the new one, never half of one."""
    part = path.with_name(f".{path.name}.part")
    part.write_bytes(content)
    part.replace(path)
