"""The names of the files and folders in ``policy_src/``, in one place.

    policy_src/
        synonyms.yml                  search vocabulary (handbook.search.synonyms)
        review_rules.yml              the review assistant's rules, switched off or added to (versions.review_rules)
        README.md                     explains the folder; not a policy
        <id>.md                       a policy with no history of its own yet
        <id>/policy.md                a policy's current version
        <id>/draft.md                 the next version, while its review is open
        <id>/reviews.yml              reviews that changed nothing
        <id>/checklist.yml            the policy's self-check (handbook.selfcheck.checklist)
        <id>/versions/<version>.md    archived versions
        <id>/versions/manifest.json   their hashes: {"<version>.md": sha256}
        .handbook.lock                held while a review command runs (handbook.versions.transaction)
        .handbook-journal/            a review command's staged change
        .handbook-journal/plan.json   where each staged file goes: its presence is the commit
"""

from __future__ import annotations

POLICY_FILE = "policy.md"
NOT_POLICIES = {"README.md"}  # Markdown files in policy_src/ that explain it, not policies
DRAFT_FILE = "draft.md"
REVIEWS_FILE = "reviews.yml"
CHECKLIST_FILE = "checklist.yml"
VERSIONS_FOLDER = "versions"
MANIFEST_FILE = "manifest.json"  # in VERSIONS_FOLDER
SYNONYMS_FILE = "synonyms.yml"
REVIEW_RULES_FILE = "review_rules.yml"
LOCK_FILE = ".handbook.lock"
JOURNAL = ".handbook-journal"
PLAN = "plan.json"  # in JOURNAL: written last, its presence is the commit (handbook.versions.transaction)
