"""A failed or killed build leaves the last site byte for byte, whatever step fails.

Faults are injected by a second hooks module (tests/fault_hook.py) that raises in one MkDocs event,
by a PDF deadline that cannot be met, by a broken anchor that only MkDocs itself notices at the end
of a --strict build, and by killing the build while it writes.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from helpers import REPO, mkdocs_build

EVENTS = ["config", "pre_build", "files", "nav", "env", "page_markdown", "page_content", "post_page", "post_build"]


def fingerprint(site: Path) -> dict[str, str]:
    return {
        path.relative_to(site).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(site.rglob("*"))
        if path.is_file()
    }


@pytest.fixture(scope="module")
def last_good_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("good") / "site"
    result = mkdocs_build(site, HANDBOOK_PDF="false")
    assert result.returncode == 0, result.stderr
    return site


@pytest.fixture
def project(tmp_path: Path, last_good_site: Path) -> Path:
    """A project folder whose mkdocs.yml adds the fault hook to the real one, and a copy of the last site."""
    config = yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.Loader)
    config["docs_dir"] = str(REPO / "docs")
    config["theme"]["custom_dir"] = str(REPO / config["theme"]["custom_dir"])
    config["hooks"] = [str(REPO / "hooks" / "handbook_hooks.py"), str(REPO / "tests" / "fault_hook.py")]
    config["extra"]["handbook"]["policy_src"] = str(REPO / "policy_src")
    (tmp_path / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    (tmp_path / "node_modules").symlink_to(REPO / "node_modules")
    shutil.copytree(last_good_site, tmp_path / "site")
    return tmp_path


def build(project: Path, **env: str) -> subprocess.Popen:
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(project / "mkdocs.yml")]
    environment = os.environ | {"NO_MKDOCS_2_WARNING": "1", "HANDBOOK_PDF": "false"} | env
    return subprocess.Popen(
        command, cwd=project, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True,  # its own process group, so a kill reaches the PDF writers too
    )


def assert_failed_keeping_site(project: Path, before: dict[str, str], process: subprocess.Popen) -> str:
    _, stderr = process.communicate(timeout=300)
    assert process.returncode != 0, stderr
    assert fingerprint(project / "site") == before
    assert not list(project.glob(".site.*")), "the staging folder is left behind"
    return stderr


@pytest.mark.parametrize("event", EVENTS)
def test_a_failure_in_any_event_keeps_the_last_site(project, event):
    before = fingerprint(project / "site")
    stderr = assert_failed_keeping_site(project, before, build(project, HANDBOOK_FAULT_EVENT=event))
    assert f"fault injected in on_{event}" in stderr


def test_a_failed_pdf_step_keeps_the_last_site(project):
    before = fingerprint(project / "site")
    process = build(project, HANDBOOK_PDF="true", HANDBOOK_PDF_TIMEOUT="0.01")
    stderr = assert_failed_keeping_site(project, before, process)
    assert "writing the PDFs took longer than 0.01 s" in stderr


def test_a_problem_only_mkdocs_finds_at_the_end_of_a_strict_build_keeps_the_last_site(project):
    # A hand-written page's link to an anchor it lacks: MkDocs warns of it after the pages are written,
    # and only then does --strict stop the build.
    docs = project / "docs"
    shutil.copytree(REPO / "docs", docs)
    hosting = docs / "hosting.md"
    hosting.write_text(hosting.read_text(encoding="utf-8") + "\nSee [below](#nowhere).\n", encoding="utf-8")
    config = yaml.safe_load((project / "mkdocs.yml").read_text(encoding="utf-8"))
    (project / "mkdocs.yml").write_text(yaml.safe_dump(config | {"docs_dir": str(docs)}), encoding="utf-8")
    before = fingerprint(project / "site")
    stderr = assert_failed_keeping_site(project, before, build(project))
    assert "contains a link '#nowhere', but there is no such anchor" in stderr


def test_a_killed_build_keeps_the_last_site_and_the_next_build_tidies_up(project):
    (project / "site" / "from-the-last-build.txt").write_text("a file no build writes")
    before = fingerprint(project / "site")
    process = build(project, HANDBOOK_PDF="true")  # an empty PDF cache: slow enough to be caught writing
    deadline = time.monotonic() + 60
    while not list(project.glob(".site.building-*")) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)
    os.killpg(process.pid, signal.SIGKILL)
    process.communicate(timeout=60)
    assert fingerprint(project / "site") == before

    finished = build(project)
    _, stderr = finished.communicate(timeout=300)
    assert finished.returncode == 0, stderr
    assert not list(project.glob(".site.*"))
    assert not (project / "site" / "from-the-last-build.txt").exists()  # the new build did replace the site


def test_a_missing_npm_package_is_named_and_the_last_site_stays(project):
    """node_modules without lunr (npm ci not run since it was added): say so, and keep the site."""
    (project / "node_modules").unlink()
    (project / "node_modules").mkdir()
    (project / "node_modules" / "pyodide").symlink_to(REPO / "node_modules" / "pyodide")
    before = fingerprint(project / "site")
    stderr = assert_failed_keeping_site(project, before, build(project))
    assert "node_modules/lunr/lunr.min.js is missing: search stems words with lunr from npm. Run 'npm ci'" in stderr
    assert "Traceback" not in stderr
