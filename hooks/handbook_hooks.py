"""MkDocs hooks: the adapter that hands every MkDocs event to the handbook's build.

The build, its settings (``extra.handbook`` in mkdocs.yml) and its state are one object in the
package, ``handbook.mkdocs_build.HandbookBuild``. This module is named so as not to hide the
``handbook`` package: MkDocs registers a hooks module under its file's name.
"""

from handbook.mkdocs_build import HandbookBuild

_build = HandbookBuild()

on_startup = _build.on_startup
on_config = _build.on_config
on_pre_build = _build.on_pre_build
on_files = _build.on_files
on_nav = _build.on_nav
on_page_markdown = _build.on_page_markdown
on_page_content = _build.on_page_content
on_env = _build.on_env
on_page_context = _build.on_page_context
on_post_page = _build.on_post_page
on_post_build = _build.on_post_build
on_build_error = _build.on_build_error
on_serve = _build.on_serve
on_shutdown = _build.on_shutdown
