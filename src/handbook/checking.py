"""What ``handbook check`` checks: every policy with its history, every checklist, every open draft,
the search synonyms.

Review commands run the same checks on the handbook as it would be after them (handbook.versions.transaction).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .model import Handbook, Policy
from .search.synonyms import Vocabulary, load_vocabulary
from .selfcheck.checklist import PolicyChecklist, load_checklists
from .source.handbook_folder import load_handbook
from .source.layout import DRAFT_FILE
from .source.policy_file import parse_policy_file


@dataclass(frozen=True)
class CheckedHandbook:
    handbook: Handbook
    drafts: tuple[Policy, ...]  # open reviews' drafts, which the site does not build
    checklists: tuple[PolicyChecklist, ...]
    vocabulary: Vocabulary  # policy_src/synonyms.yml


def check_policy_src(policy_src: Path) -> CheckedHandbook:
    """Read and check everything in ``policy_src``; the first problem raises PolicySourceError."""
    handbook = load_handbook(policy_src)
    drafts = tuple(parse_policy_file(path) for path in sorted(policy_src.glob(f"*/{DRAFT_FILE}")))
    return CheckedHandbook(handbook, drafts, load_checklists(handbook), load_vocabulary(policy_src))
