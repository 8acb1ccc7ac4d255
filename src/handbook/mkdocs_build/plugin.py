"""The handbook's build: every MkDocs event arrives here, from hooks/handbook_hooks.py.

One build, in the order MkDocs calls:

- ``on_config``: read the settings and the handbook (once), check everything the site needs, and
  point MkDocs at a fresh staging folder (handbook.mkdocs_build.staging) instead of ``site/``;
- ``on_pre_build``: make the PDFs, or take them from their cache (``mkdocs serve``: after the pages, background.py);
- ``on_files``: hand over the generated pages, the feed and the PDFs;
- ``on_page_markdown``: keep the page out of Material's search index (search has its own), and take the
  page from the cache of rendered pages (page_cache.py) when everything it is made from is unchanged;
- ``on_page_content``: publish a page made from policy files only as the sanitiser leaves it
  (handbook.markdown_extensions.sanitiser); what it had to remove stops ``--strict`` and is a warning
  otherwise, naming the policy's line either way (``handbook check`` renders every page to find the
  same; the build renders each page once, here);
- ``on_nav`` / ``on_page_context``: give each page a navigation of its own size (navigation.py);
- ``on_env``: keep the theme's compiled templates for the next build, in the page cache (template_cache.py), and under
  ``mkdocs serve`` put the pages a save changed into the served site before the rest (early_pages.py);
- ``on_post_build``: write the search index (handbook.search.index_files) and add Pyodide, then, if
  nothing went wrong (in ``--strict``, no warning either), put the staging folder in place of the site;
- ``on_build_error``: throw the staging folder away; the last site stays as it was;
- ``on_serve`` / ``on_shutdown``: under ``mkdocs serve``, watch policy_src so that a save starts its build at once
  (watching.py).

Errors of the handbook's own kinds become MkDocs' PluginError in one place (``_reported``), so
they print as one line naming the file and line, without a traceback.
"""

from __future__ import annotations

import functools
import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import CountHandler, get_relative_url

from ..checking import check_policy_src
from ..errors import PolicySourceError, display_path
from ..markdown_extensions.sanitiser import sanitised
from ..model import Handbook
from ..pages import policy_pages, theme
from ..pages.paths import ASSETS_FOLDER, FEED_PATH, HANDBOOK_PDF_PATH, pdf_path, policy_path
from ..pages.published_markup import PolicyLines, unreadable
from ..pages.site_pages import KeptForServe, site_pages
from ..pages.whats_changed import atom_feed
from ..printing import pdf, print_documents
from ..search import index_files, passages, word_cache
from ..search.synonyms import Vocabulary
from ..selfcheck import checklist_links, checklist_page, pyodide_bundle
from ..selfcheck.checklist import PolicyChecklist
from ..source import structure_checks
from ..source.links_in_text import KeptLinks
from ..versions.changes import ChangeLog
from ..versions.review_rules import ReviewRules
from . import config as settings
from .background import BackgroundPdfs, PdfJob, placeholder_pdf, serve_pdfs
from .early_pages import EarlyPages
from .material_search import leave_out_of_material_search
from .navigation import PageNavigation, policies_section
from .page_cache import KeptInMemory, KeptPages, PageCache, code_fingerprint
from .staging import SiteSwapError, StagedSite
from .template_cache import CompiledTemplates
from .watching import PolicyWatcher, rebuild_request

# Lunr's stemmer, for the search worker (docs/assets/search-worker.js) to stem queries as the index was.
LUNR_SCRIPT = f"{ASSETS_FOLDER}/search/lunr.min.js"  # in the site; node_modules/lunr/lunr.min.js
# In docs/, so MkDocs copies it and the modules it imports (assets/selfcheck-*.js); only self-check
# pages load it.
SELFCHECK_SCRIPT = f"{ASSETS_FOLDER}/selfcheck.js"
# In docs/ too, at the site's root so that it may serve the pages below it.
SELFCHECK_SERVICE_WORKER = "selfcheck-sw.js"
PYODIDE_DIR = f"{ASSETS_FOLDER}/pyodide"  # in the site, under a folder named for the version, e.g. 314.0.7/

# The errors of a bad handbook or setting, each of which says what to fix.
_HANDBOOK_ERRORS = (PolicySourceError, settings.SettingError, pyodide_bundle.BundleError, pdf.PdfError, SiteSwapError)

# Overdue reviews are reported as warnings, yet must not stop `mkdocs build --strict`, which counts
# the warnings of MkDocs' own ("mkdocs") loggers only. So they go through a logger of our own.
log = logging.getLogger("handbook.build")
if not log.handlers:
    _handler = logging.StreamHandler(sys.stderr)
    _handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))  # as MkDocs prints
    log.addHandler(_handler)
    log.setLevel(logging.INFO)
    log.propagate = False


# Structure warnings are the policy's own problems: MkDocs counts them ("mkdocs" loggers) in --strict.
structure_log = logging.getLogger("mkdocs.plugins.handbook")


def _reported(event: Callable[..., Any]) -> Callable[..., Any]:
    """Turn the handbook's errors into PluginError: MkDocs prints its message alone, and stops."""

    @functools.wraps(event)
    def handled(*args: Any, **kwargs: Any) -> Any:
        try:
            return event(*args, **kwargs)
        except _HANDBOOK_ERRORS as error:
            raise PluginError(str(error)) from None

    return handled


@dataclass(frozen=True)
class Sources:
    """What a build reads and checks before it writes anything."""

    settings: settings.HandbookConfig
    today: date
    handbook: Handbook
    checklists: tuple[PolicyChecklist, ...]
    vocabulary: Vocabulary  # policy_src/synonyms.yml, for search
    review_rules: ReviewRules  # the review assistant's, for the review dashboard
    # HTML the policies' texts may not hold, links to no page (not --strict)
    markup_problems: tuple[PolicySourceError, ...]


class HandbookBuild(BasePlugin[settings.HandbookConfig]):
    def __init__(self) -> None:
        self.command = "build"
        # These live as long as `mkdocs serve` does, across its rebuilds.
        self.background = BackgroundPdfs(log)
        self.last_good: Sources | None = None
        self.early = EarlyPages(log)
        self.templates = CompiledTemplates()
        # An unchanged policy file read as the very Policy it was at serve's last build (page_cache.KeptInMemory)
        self.kept_in_memory = KeptInMemory(frozenset({"policy-files"}))
        self.kept_for_serve = KeptForServe()  # what each policy's pages are made from, for serve's next build
        self.kept_pages = KeptPages()  # serve: the rendered pages' cache entries, for its next build
        self.kept_links = KeptLinks()  # serve: each policy's links, found again only in a policy that changed
        self.watcher: PolicyWatcher | None = None  # serve: policy_src's saves
        self._reset()

    def _reset(self) -> None:
        """The state of one build."""
        self.root = Path.cwd()
        self.handbook = Handbook()
        self.checklists: tuple[PolicyChecklist, ...] = ()
        self.vocabulary = Vocabulary()
        self.review_rules = ReviewRules()
        self.today = settings.build_date({})
        self.output: StagedSite | None = None
        self.pdfs: dict[str, bytes] = {}
        self.pending_pdfs: tuple[list[str], PdfJob] | None = None  # serve: paths, and the job making them
        self.navigation: PageNavigation | None = None
        self.nav: Navigation | None = None
        self.generated_pages: set[str] = set()  # made from policy files: published sanitised
        self.markup_reported: set[str] = set()
        self.warnings = CountHandler()
        self.warnings.setLevel(logging.WARNING)
        self.page_cache = PageCache(None, "")
        self.messages = CountHandler()  # a page rendered with a message is not cached: the message would be lost
        self.messages.setLevel(logging.INFO)
        self.rendering: dict[str, tuple[str, int]] = {}  # page src_uri: its cache key, messages before it
        self.restored: set[str] = set()  # pages taken from the cache, already sanitised

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.command = command

    @_reported
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self._reset()
        self.early.begin()
        self.root = Path(config.config_file_path).parent
        settings.site_text(config)
        try:
            sources = self._read(config)
        except _HANDBOOK_ERRORS as error:
            # MkDocs' server stops answering while its last build failed: serve the last good pages instead.
            if self.command != "serve" or self.last_good is None:
                raise
            log.error("%s", error)
            log.error("The pages served are the last good ones until this is fixed.")
            sources = self.last_good
        self.last_good = sources
        self.config, self.today, self.handbook, self.checklists, self.vocabulary, self.review_rules = (
            sources.settings, sources.today, sources.handbook, sources.checklists, sources.vocabulary,
            sources.review_rules,
        )
        # Structure Markdown would lose (a list run into a sentence, a table without its dashes).
        warnings = structure_checks.handbook_warnings(self.handbook)
        if warnings and config.strict:  # stop before anything is written, as for any other bad policy
            raise PluginError("\n".join(map(str, warnings)))
        for warning in warnings:
            structure_log.warning("%s", warning)
        for problem in sources.markup_problems:  # --strict has refused them: handbook.checking; the pages' own
            # (a text that reads differently among the page's Markdown) are found in on_page_content
            self._report_markup(problem)

        missing = [e for e in policy_pages.MARKDOWN_EXTENSIONS if e not in config.markdown_extensions]
        config.markdown_extensions += missing
        pages = {item.policy.meta.id: theme.page_link(checklist_page.page_path(item)) for item in self.checklists}
        config.markdown_extensions.append("handbook.selfcheck.checklist_links")
        config.mdx_configs[checklist_links.__name__] = checklist_links.extension_config(self.checklists, pages)
        config.nav = policies_section(config.nav)

        self.output = StagedSite(Path(config.site_dir))
        config.site_dir = str(self.output.begin())
        if config.strict:  # MkDocs counts these too, but only after on_post_build: too late to keep the site
            logging.getLogger("mkdocs").addHandler(self.warnings)
        logging.getLogger("mkdocs").addHandler(self.messages)
        return config

    @_reported
    def on_pre_build(self, config: MkDocsConfig) -> None:
        if not self.config.pdf:
            return
        edition = print_documents.Edition(self.today, config.site_url, config.theme.get("language") or "en")
        keep = self.page_cache.keep_article  # the articles converted for paper, kept between builds
        cache, timeout = self._pdf_cache, self.config.pdf_timeout
        if self.command == "serve":  # the pages first: the print documents and PDFs after them (background.py)
            paths = [HANDBOOK_PDF_PATH, *(pdf_path(policy) for policy in self.handbook.policies)]
            self.pending_pdfs = (paths, functools.partial(serve_pdfs, self.handbook, edition, keep, cache, timeout))
            return
        from ..printing import compose  # with pikepdf: imported only by a build that makes PDFs (issue 20)

        parts = print_documents.handbook_parts(self.handbook, edition, keep=keep)
        whole, *policies = print_documents.documents(self.handbook, edition, parts, keep)
        self.pdfs = compose.write_pdfs(whole, policies, parts, edition, cache, timeout)

    @_reported
    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        changelog = ChangeLog(self.handbook)
        site = site_pages(self.handbook, changelog, self.today, pdf_links=self.config.pdf,
                          acknowledgement=self.config.acknowledgement, review_rules=self.review_rules,
                          keeper=self.page_cache.keep, kept=self.kept_for_serve if self.command == "serve" else None)
        policy_paths = {policy_path(p) for p in self.handbook.policies}
        for page in site.listed:
            # Policies are listed by the index, not the navigation (navigation.py).
            inclusion = InclusionLevel.NOT_IN_NAV if page.path in policy_paths else InclusionLevel.UNDEFINED
            files.append(File.generated(config, page.path, content=page.markdown, inclusion=inclusion))
        for page in site.unlisted:  # archived versions and change logs: linked from the policy
            files.append(File.generated(config, page.path, content=page.markdown, inclusion=InclusionLevel.NOT_IN_NAV))
        self.generated_pages = {page.path for page in [*site.listed, *site.unlisted] if page.holds_policy_markup}
        for item in self.checklists:
            files.append(self._selfcheck_page(item, config))
        feed = atom_feed(changelog, config.site_name, config.site_url, self.today)
        files.append(File.generated(config, FEED_PATH, content=feed))
        for path, content in self.pdfs.items():
            files.append(File.generated(config, path, content=content))
        for path in self.pending_pdfs[0] if self.pending_pdfs and self.output else ():
            # serve: until the new one is made, the one served now (or a page saying it is being made), so that
            # the pages' links to it hold and the site's files (part of the page cache's key) stay as they will be
            if (served := self.output.site / path).is_file():
                files.append(File.generated(config, path, abs_src_path=str(served)))
            else:
                files.append(File.generated(config, path, content=placeholder_pdf()))
        files.append(File.generated(config, LUNR_SCRIPT, abs_src_path=str(self._lunr)))
        if self.config.acknowledgement is None and any(p.meta.acknowledge for p in self.handbook.policies):
            log.warning("Some policies ask staff to confirm their reading (acknowledge: true), but "
                        "extra.handbook.acknowledgement_form is not set: their pages show no link to confirm")
        for policy in self.handbook.policies:
            if policy.meta.review_overdue(self.today):
                log.warning(
                    "Review overdue: %s (%s) was due for review on %s; the build goes on",
                    policy.meta.title, os.path.relpath(policy.source), policy.meta.next_review_due,
                )
        return files

    def _read(self, config: MkDocsConfig) -> Sources:
        """The settings and the handbook, checked as ``handbook check`` checks them (but for open reviews'
        drafts, which the site does not build), and the tools the site needs."""
        handbook_settings = settings.load(config.extra.get("handbook", {}), config.config_file_path)
        policy_src = self.root / handbook_settings.policy_src
        cache_folder = self.root / handbook_settings.page_cache if handbook_settings.page_cache else None
        self.kept_pages.next_build()
        self.page_cache = PageCache(cache_folder, code_fingerprint(), self.kept_in_memory,
                                    self.kept_pages if self.command == "serve" else None)
        self.templates.folder = cache_folder / "templates" if cache_folder else None
        # Each page is sanitised as MkDocs renders it (on_page_content), so the check need not render it too.
        checked = check_policy_src(policy_src, docs=Path(config.docs_dir), drafts=False, refuse_markup=config.strict,
                                   render_pages=False, keep=self.page_cache.keep,
                                   kept_links=self.kept_links if self.command == "serve" else None)
        if checked.checklists:
            pyodide_bundle.pyodide_version(self._node_modules)
        if not self._lunr.is_file():
            raise settings.SettingError(
                f"{self._lunr} is missing: search stems words with lunr from npm. "
                "Run 'npm ci' in the project folder (make build and make serve do)."
            )
        return Sources(handbook_settings, settings.build_date(), checked.handbook, checked.checklists,
                       checked.vocabulary, checked.review_rules, checked.markup_problems)

    def _selfcheck_page(self, item: PolicyChecklist, config: MkDocsConfig) -> File:
        path = checklist_page.page_path(item)
        url = self._url(path, config)
        policy_url = self._url(policy_path(item.policy), config)
        pyodide_url = f"{PYODIDE_DIR}/{pyodide_bundle.pyodide_version(self._node_modules)}/"
        markdown = checklist_page.page_markdown(
            item,
            policy_md_path=theme.page_link(policy_path(item.policy)),
            policy_href=get_relative_url(policy_url, url),
            pyodide_href=get_relative_url(pyodide_url, url),
            script_href=get_relative_url(SELFCHECK_SCRIPT, url),
            service_worker_href=get_relative_url(SELFCHECK_SERVICE_WORKER, url),
            wheel_file=pyodide_bundle.wheel_file_name(),
        )
        return File.generated(config, path, content=markdown, inclusion=InclusionLevel.NOT_IN_NAV)

    def on_nav(self, nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
        listed_with: dict[str, list[Page]] = {}
        for policy in self.handbook.policies:
            paths = [policy_path(policy)]
            paths += [checklist_page.page_path(c) for c in self.checklists if c.policy is policy]
            listed_with[policy.meta.id] = [files.get_file_from_path(path).page for path in paths]
        self.navigation = PageNavigation(nav, listed_with)
        self.nav = nav
        self.page_cache.begin(config, files)  # every file is known now: links resolve against them
        return nav

    @event_priority(-100)  # last: the key is made of the Markdown as MkDocs will render it
    def on_page_markdown(self, markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        leave_out_of_material_search(page)  # search has its own index: on_post_build
        page.markdown = markdown
        key = self.page_cache.page_key(page)
        self.early.note(page, key)
        if self.page_cache.restore(key, page, files):
            page.render = lambda config, files: None  # MkDocs renders next: the page is ready
            self.restored.add(page.file.src_uri)
        else:
            self.rendering[page.file.src_uri] = (key, self._message_count())
            if page.file.src_uri in self.generated_pages:
                page.render = self._read_or_refused(page, page.render)
        return markdown

    def _read_or_refused(self, page: Page, render: Callable[[MkDocsConfig, Files], None]) -> Callable:
        """``render``, where text Python-Markdown's HTML reader asserts on stops the build naming the
        policy's line (as ``handbook check`` does), not with a traceback."""

        def rendered(config: MkDocsConfig, files: Files) -> None:
            try:
                render(config, files)
            except AssertionError as error:
                problem = PolicyLines(self.handbook).error(page.file.src_uri, unreadable(error))
                raise PluginError(str(problem)) from None

        return rendered

    @_reported
    def on_page_content(self, html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        uri = page.file.src_uri
        # Rendered, its Markdown is not read again (the title is the rendered one): let go of it, held by the page
        # and, a generated page's, by its File too (at 2,000 policies, about 80 MB until the pages are written)
        page.markdown = ""
        if page.file.generated_by:
            page.file.content_string = ""
        if uri in self.restored:  # as published last time
            return html
        result = sanitised(html) if uri in self.generated_pages else None  # else docs/: the maintainers' own
        if result is not None:
            lines = PolicyLines(self.handbook)
            for removal in result.removals:
                problem = lines.error(uri, removal)
                if config.strict:
                    raise problem
                self._report_markup(problem)
        published = html if result is None else result.html
        key, messages_before = self.rendering.pop(uri, ("", -1))
        if key and self._message_count() == messages_before and not (result and result.removals):
            page.content = published
            self.page_cache.store(key, page)
        return published

    def _message_count(self) -> int:
        return sum(count for _, count in self.messages.get_counts())

    def _report_markup(self, problem: PolicySourceError) -> None:
        if str(problem) not in self.markup_reported:
            self.markup_reported.add(str(problem))
            structure_log.warning("%s (left out of the page)", problem)  # or, for a link, MkDocs' warning follows

    def on_env(self, env: jinja2.Environment, config: MkDocsConfig, files: Files) -> jinja2.Environment:
        """Every page's content is known, and no template has run yet."""
        env.bytecode_cache = self.templates
        if self.output and self.nav:
            self.early.publish(env, config, self.nav, files, self.output.site)
        self.early.unfreeze()
        return env

    def on_page_context(self, context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
        if self.navigation:
            context["nav"] = self.navigation.for_page(page)
        return context

    @event_priority(-100)  # last: every other plugin has seen the page
    def on_post_page(self, output: str, page: Page, config: MkDocsConfig) -> str:
        """Let go of the page's HTML once its file is made (its Markdown went once rendered: on_page_content):
        MkDocs would keep it for every page until the build ends (at 2,000 policies, 61 MB of the peak with the
        Markdown: benchmarks/README.md, "Build at scale"). Nothing after needs it: MkDocs checks anchors from the
        ids it kept apart, and search reads the handbook, not the pages. Empty, not None: MkDocs reads a title
        again from the Markdown of a page whose content is None, and the next and previous pages' links show
        titles."""
        page.content = ""
        return output

    @event_priority(-100)  # after the search plugin has written its index
    @_reported
    def on_post_build(self, config: MkDocsConfig) -> None:
        site_dir = Path(config.site_dir)
        documents = passages.documents(
            self.handbook, lambda policy: self._url(policy_path(policy), config), self.page_cache.keep
        )
        answers = word_cache.kept_answers()  # from any handbook's builds: WordNet is asked only of new words
        asked_before = answers.asked()
        index = index_files.build_index(documents, self.vocabulary, answers, self.page_cache.keep)
        if answers.asked() != asked_before:
            word_cache.keep(answers)
        theme.hand_search_settings(site_dir, index_files.write_index(site_dir, index))
        if self.checklists:
            version = pyodide_bundle.pyodide_version(self._node_modules)
            pyodide_bundle.write_bundle(self._node_modules, site_dir / PYODIDE_DIR / version)

        logging.getLogger("mkdocs").removeHandler(self.warnings)
        logging.getLogger("mkdocs").removeHandler(self.messages)
        self.page_cache.prune()
        if self.warnings.get_counts():  # MkDocs is about to abort the --strict build: keep the last site
            self._discard()
            return
        assert self.output is not None
        self.output.commit(remove_old_in_thread=self.command == "serve")
        self.early.committed()
        config.site_dir = str(self.output.site)
        log.info("The site is in %s (pages: %d rendered, %d from the cache)", display_path(self.output.site),
                 self.page_cache.misses, self.page_cache.hits)
        if self.pending_pdfs:
            self.background.make(self.pending_pdfs[1], self.output.site)

    def on_build_error(self, *, error: Exception) -> None:
        logging.getLogger("mkdocs").removeHandler(self.warnings)
        logging.getLogger("mkdocs").removeHandler(self.messages)
        self._discard()

    def on_serve(self, server: Any, config: MkDocsConfig, builder: Callable) -> Any:
        policy_src = self.root / self.config.policy_src
        if (rebuild := rebuild_request(server)) is None:
            server.watch(str(policy_src))
        else:  # a save's build starts when the system reports it, not at MkDocs' next poll (watching.py)
            self.watcher = PolicyWatcher(policy_src, rebuild, log)
            self.watcher.start()
            log.info("Watching '%s' for saves", display_path(policy_src))
        self.early.serving(server)
        return server

    def on_shutdown(self) -> None:
        if self.watcher is not None:
            self.watcher.stop()

    def _discard(self) -> None:
        self.early.failed()
        if self.output:
            self.output.discard()
            self.output = None

    @property
    def _node_modules(self) -> Path:
        return self.root / "node_modules"

    @property
    def _lunr(self) -> Path:
        return self._node_modules / "lunr" / "lunr.min.js"

    @property
    def _pdf_cache(self) -> Path:
        return self.root / self.config.pdf_cache

    @staticmethod
    def _url(path: str, config: MkDocsConfig) -> str:
        return File(path, config.docs_dir, config.site_dir, config.use_directory_urls).url
