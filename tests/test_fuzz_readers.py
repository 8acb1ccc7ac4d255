"""Fuzz the readers of policy_src/: whatever a file holds, the only error is the handbook's own.

Each example takes a real file (a policy, an archived version, its manifest, reviews.yml, a
draft, a checklist), makes a few edits at random places (characters editors hide, numbers with
thousands of digits, dates past 9999, YAML and Markdown syntax, bytes that are not UTF-8), then
checks the whole handbook as ``handbook check`` does and, when it passes, writes its pages and
feed. Any exception other than PolicySourceError fails the test, with the file that caused it.

The seed is fixed, so ``make test`` runs the same examples every time. For a longer hunt:
``HANDBOOK_FUZZ_EXAMPLES=5000 .venv/bin/pytest tests/test_fuzz_readers.py``.
"""

from __future__ import annotations

import os
import shutil
import xml.etree.ElementTree as etree
from datetime import date
from pathlib import Path

import pytest
from helpers import EXAMPLES, REPO
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from handbook.checking import check_policy_src
from handbook.errors import PolicySourceError
from handbook.pages.site_pages import site_pages
from handbook.pages.whats_changed import atom_feed
from handbook.source.history import text_hash
from handbook.versions.changes import ChangeLog

EXAMPLES_PER_FILE = int(os.environ.get("HANDBOOK_FUZZ_EXAMPLES", "60"))

# What a careless paste, a hostile author or a broken editor might put in a file.
NASTY = [
    "\x00", "\x0c", "\x0b", "\x1c", "\x7f", "\x85", "\u2028", "\u2029", "\ufeff", "\ufffe", "\r", "\r\n", "\n",
    "\udcff",  # written as the byte 0xff: not UTF-8
    "9" * 5000, "1." * 300, "99999-12-31", "9999-12-31", "0001-01-01", "2026-02-30", "9999 years", "0 months",
    "---", "\n---\n", "{", "}", "[", "]", ": ", "\n- ", "&anchor ", "*anchor", "!!python/object/apply:os.system",
    '"', "'", "\\", "\\x01", "clause ", "clauses 1 to ", "\n1. ", "\n12. ", "\n3.1.2 ", "#", "\n## ", "    ",
    "policy:", "policy:nobody#clause-1", "[link](policy:acceptable-use#clause-99)", "<script>", "{ onclick=x }",
    "`", "**", "|", "TBC", "version: ", "status: ", "id: ", "date: ", "by: ", "clause: ", "{platform}", "{",
]  # fmt: skip

# Values to put after a key ("clause: ", "date: ", "version: "...), where the readers convert them.
VALUES = [
    "9" * 5000, "1" * 12, "1.2.3" + ".4" * 500, "0", "-1", "99999-12-31", "9999-12-31", "0001-01-01", "2026-02-30",
    '"\\x01"', '"9999 years"', "[]", "{}", "[a, [b]]", "&a x", "*a", "!!binary aGk=", "''", "TBC", "~", "null",
]  # fmt: skip

SOURCES = {
    "acceptable-use/policy.md": "policy",
    "acceptable-use/versions/2.0.md": "archived version",
    "acceptable-use/versions/manifest.json": "manifest",
    "acceptable-use/reviews.yml": "reviews",
    "social-media/draft.md": "draft",
    "social-media/checklist.yml": "checklist",
}


@pytest.fixture(scope="module")
def policy_src(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example handbook and the real Social Media Policy (with its checklist and a draft)."""
    root = tmp_path_factory.mktemp("fuzz") / "policy_src"
    shutil.copytree(EXAMPLES, root)
    shutil.copytree(REPO / "policy_src" / "social-media", root / "social-media")
    draft = (root / "social-media" / "policy.md").read_text(encoding="utf-8")
    draft = draft.replace('version: "1.0"', 'version: "2.0"').replace("status: current", "status: draft")
    (root / "social-media" / "draft.md").write_text(draft, encoding="utf-8")
    check_policy_src(root)  # the starting point is sound
    return root


def edited(text: str, edits: list[tuple[float, int | None, str]]) -> bytes:
    """``text`` with each edit made: at a place (a fraction of the way through), remove some characters
    and insert others; or, when the count removed is None, replace the value of a ``key: value`` line."""
    for where, removed, inserted in edits:
        lines = text.split("\n")
        keys = [number for number, line in enumerate(lines) if ": " in line or line.rstrip().endswith(":")]
        if removed is None and keys:
            number = keys[int(where * (len(keys) - 1))]
            key = lines[number].partition(":")[0]
            lines[number] = f"{key}: {inserted}"
            text = "\n".join(lines)
        elif removed is not None:
            position = int(where * len(text))
            text = text[:position] + inserted + text[position + removed :]
    return text.encode("utf-8", "surrogateescape")


edits = st.lists(
    st.one_of(
        st.tuples(st.floats(0, 1), st.integers(0, 12), st.one_of(st.sampled_from(NASTY), st.text(max_size=8))),
        st.tuples(st.floats(0, 1), st.none(), st.sampled_from(VALUES)),
    ),
    min_size=1,
    max_size=4,
)


@pytest.mark.parametrize("name", list(SOURCES), ids=list(SOURCES.values()))
def test_readers_raise_only_policy_source_errors(policy_src, name):
    path = policy_src / name
    original = path.read_bytes()
    manifest = path.parent / "manifest.json"
    original_manifest = manifest.read_bytes() if path.parent.name == "versions" else None

    @settings(
        max_examples=EXAMPLES_PER_FILE,
        derandomize=True,  # the same examples on every run
        database=None,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(edits)
    def reading_does_not_crash(changes: list[tuple[float, int | None, str]]) -> None:
        data = edited(original.decode("utf-8"), changes)
        path.write_bytes(data)
        if original_manifest is not None and path.suffix == ".md":  # keep the hash right, so parsing is reached
            text = data.decode("utf-8", "replace")
            manifest.write_text(original_manifest.decode().replace(text_hash(original.decode()), text_hash(text)))
        try:
            checked = check_policy_src(policy_src)
        except PolicySourceError:
            return
        changelog = ChangeLog(checked.handbook)
        site_pages(checked.handbook, changelog, date(2026, 6, 1), pdf_links=True)
        etree.fromstring(atom_feed(changelog, "Handbook", None, date(2026, 6, 1)).encode("utf-8"))

    try:
        reading_does_not_crash()
    finally:
        path.write_bytes(original)
        if original_manifest is not None:
            manifest.write_bytes(original_manifest)
