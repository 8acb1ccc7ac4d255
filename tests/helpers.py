"""Helpers for the tests: the repository root, small policy files and a real build."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as etree
from datetime import UTC, datetime
from pathlib import Path

from handbook.cli import main as handbook_command
from handbook.importing import ImportResult, import_policy

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples" / "policy_src"
HOSTING_GUIDE = REPO / "docs" / "hosting.md"
# The sites are built as if on this day (SOURCE_DATE_EPOCH), so overdue banners and edition dates
# do not depend on when the tests run: the example's Data Protection review (due 2022) is overdue,
# Acceptable Use's (due 2027-09-01) is not.
BUILD_DAY = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)

FRONT_MATTER = {
    "id": "test-policy",
    "title": "Test Policy",
    "organisation": "Test School",
    "version": '"1.0"',
    "status": "current",
    "owner": "Head Teacher",
    "approved_by": "Governors",
    "approved_on": "2025-01-15",
    "effective_from": "2025-02-01",
    "review_every": "3 years",
    "applies_to": "[staff]",
}


def policy_source(body: str = "1. First.\n2. Second.\n", **front_matter: str | None) -> str:
    """A policy file's text: valid front matter with ``front_matter`` changes (None drops a key)."""
    fields = {**FRONT_MATTER, **front_matter}
    lines = [f"{key}: {value}" for key, value in fields.items() if value is not None]
    return "---\n" + "\n".join(lines) + "\n---\n\n" + body


def documented_content_security_policy() -> dict[str, str]:
    """The Content-Security-Policy docs/hosting.md gives, as each server's form writes it, by server."""
    text = HOSTING_GUIDE.read_text(encoding="utf-8")
    forms = {
        "nginx": r'add_header Content-Security-Policy "([^"]+)" always;',
        "Apache": r'Header always set Content-Security-Policy "([^"]+)"',
        "IIS": r'<add name="Content-Security-Policy" value="([^"]+)" />',
    }
    found = {server: re.findall(pattern, text) for server, pattern in forms.items()}
    assert all(len(policies) == 1 for policies in found.values()), f"one form per server in hosting.md: {found}"
    return {server: policies[0] for server, policies in found.items()}


def mkdocs_build(site_dir: Path, policy_src: Path | None = None, **env: str) -> subprocess.CompletedProcess:
    """``mkdocs build --strict`` as a user runs it, with ``env`` added to the environment."""
    env = os.environ | {"NO_MKDOCS_2_WARNING": "1"} | env
    if policy_src:
        env["HANDBOOK_POLICY_SRC"] = str(policy_src)
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)]
    return subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True)


def assert_build_fails_keeping_last_site(site_dir: Path, policy_src: Path, message: str) -> None:
    """A build of ``policy_src`` into ``site_dir`` fails with ``message`` (a regex), no traceback,
    and leaves the site that was there before."""
    site_dir.mkdir()
    (site_dir / "index.html").write_text("the last good build")

    result = mkdocs_build(site_dir, policy_src)

    assert result.returncode != 0
    assert re.search(message, result.stderr), result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert (site_dir / "index.html").read_text() == "the last good build"


def by_id(root: etree.Element, element_id: str) -> etree.Element:
    """The element of a rendered page with this id; fails the test when there is none."""
    found = root.find(f".//*[@id='{element_id}']")
    assert found is not None, f"no element with id {element_id}"
    return found


def text(element: etree.Element) -> str:
    """An element's words as a reader sees them, spaces tidied."""
    return " ".join("".join(element.itertext()).split())


# A small checklist.yml for a policy of two clauses, for tests of the readers and the review commands.
SMALL_CHECKLIST = """\
title: Check your screen
serves: [1]
profile_check:
  school_names: [Test]
  roles: [teacher]
  identifying_clause: 1
  disclaimer:
    clause: 2
    example: secret
platforms:
  - name: Laptop
    contacts: colleagues
questions:
  - id: lock
    clause: 1
    text: Do you lock it?
    choices:
      - label: "Yes"
"""


def imported_and_checked(source: Path, policy_id: str, tmp_path: Path) -> tuple[ImportResult, str, str]:
    """``source`` imported into a handbook of its own, which must pass ``handbook check --strict``: the
    import's result, the written file's front matter and its body."""
    result = import_policy(source, policy_id, tmp_path / "src")
    assert handbook_command(["check", str(tmp_path / "src"), "--docs", str(REPO / "docs"), "--strict"]) == 0
    front, body = result.path.read_text().split("---\n", 2)[1:]
    return result, front, body.lstrip("\n")


def copy_handbook(folder: Path) -> Path:
    """The seed's policy with its checklist and the examples' three with their history, in one folder."""
    shutil.copytree(EXAMPLES, folder)
    shutil.copytree(REPO / "policy_src" / "social-media", folder / "social-media")
    return folder


def site_files(site: Path) -> dict[str, bytes]:
    # sitemap.xml.gz holds the time it was compressed; sitemap.xml beside it is compared.
    files = (p for p in site.rglob("*") if p.is_file() and p.suffix != ".gz")
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in files}


def assert_same_site(incremental: Path, fresh: Path) -> None:
    ours, theirs = site_files(incremental), site_files(fresh)
    assert ours.keys() == theirs.keys()
    differing = [name for name in ours if ours[name] != theirs[name]]
    assert not differing, f"the site differs from a fresh build's in {differing[:5]}"
