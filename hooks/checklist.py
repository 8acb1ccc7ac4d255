"""MkDocs hooks for the self-check pages: each policy's checklist.yml becomes a page beside it,
its clauses link to it, and Pyodide with the checker's wheel is copied into the site.
The logic lives in the handbook package (checklist, checklist_page, checklist_links, pyodide_bundle).
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.utils import get_relative_url

from handbook import checklist_links, checklist_page, pyodide_bundle, rendering
from handbook.checklist import PolicyChecklist, load_checklists
from handbook.errors import PolicySourceError
from handbook.parsing import load_handbook

SCRIPT = "assets/selfcheck.js"  # in docs/, so MkDocs copies it; only the self-check pages load it
SERVICE_WORKER = "selfcheck-sw.js"  # in docs/, at the site's root so that it may serve the pages below it
PYODIDE_DIR = "assets/pyodide"  # in the site, under a folder named for the version, e.g. 314.0.7/
_checklists: tuple[PolicyChecklist, ...] = ()


def _node_modules(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).parent / "node_modules"


def on_config(config: MkDocsConfig) -> None:
    global _checklists
    try:
        _checklists = load_checklists(load_handbook(Path(config.config_file_path).parent / config.extra["policy_src"]))
        if _checklists:
            pyodide_bundle.pyodide_version(_node_modules(config))  # fail before building, not after
    except (PolicySourceError, pyodide_bundle.BundleError) as error:
        raise PluginError(str(error)) from None
    pages = {item.policy.meta.id: "/" + checklist_page.page_path(item) for item in _checklists}
    config.markdown_extensions.append("handbook.checklist_links")
    config.mdx_configs["handbook.checklist_links"] = checklist_links.extension_config(_checklists, pages)
    config.nav = _list_after_policies(config.nav)


def _list_after_policies(nav: list | None) -> list | None:
    """In the nav (already listing the policies: hooks/policies.py), each self-check follows its policy."""
    after = {rendering.policy_path(item.policy): checklist_page.page_path(item) for item in _checklists}
    listed = []
    for entry in nav or []:
        listed.append(entry)
        if isinstance(entry, str) and entry in after:
            listed.append(after[entry])
        elif isinstance(entry, dict):
            title, target = next(iter(entry.items()))
            if isinstance(target, list):
                listed[-1] = {title: _list_after_policies(target)}
    return listed or None


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for item in _checklists:
        path = checklist_page.page_path(item)
        url = _url(path, config)
        pyodide_url = f"{PYODIDE_DIR}/{pyodide_bundle.pyodide_version(_node_modules(config))}/"
        markdown = checklist_page.page_markdown(
            item,
            policy_md_path="/" + rendering.policy_path(item.policy),
            policy_href=get_relative_url(_url(rendering.policy_path(item.policy), config), url),
            pyodide_href=get_relative_url(pyodide_url, url),
            script_href=get_relative_url(SCRIPT, url),
            service_worker_href=get_relative_url(SERVICE_WORKER, url),
            wheel_file=pyodide_bundle.wheel_file_name(),
        )
        files.append(File.generated(config, path, content=markdown))
    return files


def on_post_build(config: MkDocsConfig) -> None:
    if _checklists:
        version = pyodide_bundle.pyodide_version(_node_modules(config))
        try:
            pyodide_bundle.write_bundle(_node_modules(config), Path(config.site_dir) / PYODIDE_DIR / version)
        except pyodide_bundle.BundleError as error:
            raise PluginError(str(error)) from None


def _url(path: str, config: MkDocsConfig) -> str:
    return File(path, config.docs_dir, config.site_dir, config.use_directory_urls).url
