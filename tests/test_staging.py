"""Atomic output (handbook.mkdocs_build.staging): the new site replaces the old one whole, or not at all."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from handbook.mkdocs_build import staging
from handbook.mkdocs_build.staging import SiteSwapError, StagedSite


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


def _site_with(tmp_path, text: str):
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text(text)
    return site


def test_an_error_between_the_two_renames_puts_the_last_site_back(tmp_path, monkeypatch):
    """Where the system cannot exchange two folders in one step, the second rename failing keeps the site."""
    site = _site_with(tmp_path, "last good")
    staged = StagedSite(site)
    (staged.begin() / "index.html").write_text("new")
    monkeypatch.setattr(staging, "_exchange", lambda first, second: False)
    real_rename = Path.rename

    def rename(self, target):
        if self == staged.staging:
            raise OSError(errno.EIO, "Input/output error")
        return real_rename(self, target)

    monkeypatch.setattr(Path, "rename", rename)
    with pytest.raises(SiteSwapError, match="the last site is unchanged"):
        staged.commit()
    assert (site / "index.html").read_text() == "last good"


def test_an_exchange_that_fails_leaves_the_site_and_says_so(tmp_path, monkeypatch):
    site = _site_with(tmp_path, "last good")
    staged = StagedSite(site)
    (staged.begin() / "index.html").write_text("new")

    def no_space(first, second):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(staging, "_exchange", no_space)
    with pytest.raises(SiteSwapError, match="No space left on device"):
        staged.commit()
    assert (site / "index.html").read_text() == "last good"


# Commits a new site, killing itself right after the first step that moves a folder: the worst moment.
_KILLED_MID_SWAP = """
import os, signal, sys
from pathlib import Path
from handbook.mkdocs_build import staging

def then_die(step):
    def step_then_die(*args):
        done = step(*args)
        os.kill(os.getpid(), signal.SIGKILL)
        return done
    return step_then_die

staging._exchange = then_die(staging._exchange)
Path.rename = then_die(Path.rename)
staged = staging.StagedSite(Path(sys.argv[1]))
(staged.begin() / "index.html").write_text("new")
staged.commit()
"""


def test_a_build_killed_in_the_middle_of_the_swap_leaves_a_site(tmp_path):
    site = _site_with(tmp_path, "last good")
    killed = subprocess.run([sys.executable, "-c", _KILLED_MID_SWAP, str(site)], capture_output=True, text=True)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert (site / "index.html").read_text() in {"last good", "new"}
    StagedSite(site).begin()  # the next build tidies what the killed one left
    assert sorted(p.name for p in tmp_path.iterdir()) == [f".site.building-{os.getpid()}", "site"]


def test_serve_removes_the_replaced_site_after_the_swap_and_a_dead_servers_is_removed_next_time(tmp_path):
    site = _site_with(tmp_path, "old")
    staged = StagedSite(site)
    (staged.begin() / "index.html").write_text("new")
    staged.commit(remove_old_in_thread=True)
    assert (site / "index.html").read_text() == "new"
    deadline = time.monotonic() + 10
    while list(tmp_path.glob(".site.*")) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not list(tmp_path.glob(".site.*"))

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    left = tmp_path / f".site.old-{dead.stdout.strip()}-1"  # a server killed while it removed a site
    (left / "assets").mkdir(parents=True)
    mine = tmp_path / f".site.old-{os.getpid()}-99"  # this process's thread may still be at it
    mine.mkdir()
    StagedSite(site).begin()
    assert not left.exists() and mine.exists()
