"""Atomic output (handbook.mkdocs_build.staging): the new site replaces the old one whole, or not at all."""

from __future__ import annotations

import subprocess
import sys

from handbook.mkdocs_build.staging import StagedSite


def test_commit_replaces_the_site_and_discard_leaves_it(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "old.html").write_text("old")

    failed = StagedSite(site)
    (failed.begin() / "new.html").write_text("new")
    failed.discard()
    assert [p.name for p in site.iterdir()] == ["old.html"]

    done = StagedSite(site)
    (done.begin() / "new.html").write_text("new")
    done.commit()
    assert [p.name for p in site.iterdir()] == ["new.html"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_a_build_killed_between_the_two_renames_gets_its_site_back(tmp_path):
    site = tmp_path / "site"
    (tmp_path / ".site.previous").mkdir()  # the last site, set aside, and then the process died
    (tmp_path / ".site.previous" / "index.html").write_text("last good")
    StagedSite(site).begin()
    assert (site / "index.html").read_text() == "last good"


def test_folders_of_killed_builds_are_removed_but_not_those_of_running_ones(tmp_path):
    site = tmp_path / "site"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    killed = tmp_path / f".site.building-{dead.stdout.strip()}"
    killed.mkdir()
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"]) as running:
        other = tmp_path / f".site.building-{running.pid}"
        other.mkdir()
        staging = StagedSite(site).begin()
        running.kill()
    assert not killed.exists() and other.exists() and staging.exists()
