"""MkDocs hooks: write handbook.pdf and one PDF per policy into the site. The logic is in the package.

``extra.pdf`` in mkdocs.yml (or HANDBOOK_PDF=false) turns the PDFs and their links off;
``extra.pdf_timeout`` (HANDBOOK_PDF_TIMEOUT) is how many seconds the PDFs may take.
"""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from handbook import pdf, printing
from handbook.errors import PolicySourceError
from handbook.parsing import load_handbook

_pdfs: dict[str, bytes] = {}  # made afresh at the start of every build


def on_pre_build(config: MkDocsConfig) -> None:
    # Before MkDocs cleans site/, so a failed PDF stops the build and leaves the last good site and PDFs.
    global _pdfs
    _pdfs = {}
    if not config.extra["pdf"]:
        return
    try:
        handbook = load_handbook(Path(config.config_file_path).parent / config.extra["policy_src"])
    except PolicySourceError as error:
        raise PluginError(str(error)) from None
    # SOURCE_DATE_EPOCH, the reproducible-builds convention, fixes the edition date.
    day = datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", time.time())), UTC).date()
    edition = printing.Edition(day=day, site_url=config.site_url, language=config.theme.get("language") or "en")
    try:
        timeout = float(config.extra["pdf_timeout"])
    except ValueError:
        raise PluginError(f"extra.pdf_timeout is '{config.extra['pdf_timeout']}': write a number of seconds") from None
    try:
        _pdfs = pdf.write_pdfs(printing.documents(handbook, edition), timeout=timeout)
    except pdf.PdfError as error:
        raise PluginError(str(error)) from None


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for path, content in _pdfs.items():
        files.append(File.generated(config, path, content=content))
    return files
