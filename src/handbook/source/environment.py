"""The environment variables the handbook honours, each described in docs/hosting.md ("Build options").

``handbook.mkdocs_build.config`` reads them for the build and ``handbook.cli`` reads the policy
folder for the commands; nothing else reads the environment. This module does not load MkDocs.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

DEFAULT_POLICY_SRC = "policy_src"
POLICY_SRC_VARIABLE = "HANDBOOK_POLICY_SRC"
# Each overrides the build's setting of extra.handbook it names.
OVERRIDES = {
    POLICY_SRC_VARIABLE: "policy_src",
    "HANDBOOK_PDF": "pdf",
    "HANDBOOK_PDF_TIMEOUT": "pdf_timeout",
    "HANDBOOK_PDF_CACHE": "pdf_cache",
    "HANDBOOK_PAGE_CACHE": "page_cache",
    "HANDBOOK_ACKNOWLEDGEMENT_FORM": "acknowledgement_form",
    "HANDBOOK_ACKNOWLEDGE_ALL": "acknowledge_all",
}
# Read by the build's site_text() and build_date().
OTHER_VARIABLES = ("HANDBOOK_SITE_NAME", "HANDBOOK_SITE_DESCRIPTION", "SOURCE_DATE_EPOCH")


def policy_src(environ: Mapping[str, str] = os.environ) -> Path:
    """The commands' policy folder: ``$HANDBOOK_POLICY_SRC``, else ``policy_src``."""
    return Path(environ.get(POLICY_SRC_VARIABLE) or DEFAULT_POLICY_SRC)
