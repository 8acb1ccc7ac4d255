"""`mkdocs serve` watches policy_src by the system's notifications and by polling (handbook.mkdocs_build.watching):
a save asks for one build, at once, and polling alone still sees saves where the system reports none."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from mkdocs.livereload import LiveReloadServer

from handbook.mkdocs_build import watching
from handbook.mkdocs_build.watching import PolicyWatcher, SeenStates, rebuild_request

LOG = logging.getLogger("test.watching")
NEVER = 3600.0  # a polling interval no test waits for


class Requests:
    """Counts the builds asked for."""

    def __init__(self) -> None:
        self.count = 0
        self.asked = threading.Event()

    def __call__(self) -> None:
        self.count += 1
        self.asked.set()


def a_policy_folder(tmp_path: Path) -> tuple[Path, Path]:
    policy = tmp_path / "policy_src" / "staff-code-of-conduct" / "policy.md"
    policy.parent.mkdir(parents=True)
    policy.write_text("---\ntitle: Staff Code of Conduct\n---\n\n1. Staff act with integrity.\n", encoding="utf-8")
    return tmp_path / "policy_src", policy


def save(policy: Path, words: str) -> None:
    """As an editor saves: the whole file written again."""
    policy.write_text(policy.read_text(encoding="utf-8") + words, encoding="utf-8")


def watching_while(folder: Path, rebuild: Callable[[], None], poll_seconds: float, action: Callable[[], None]) -> None:
    watcher = PolicyWatcher(folder, rebuild, LOG, poll_seconds=poll_seconds)
    watcher.start()
    try:
        action()
    finally:
        watcher.stop()


def test_a_save_asks_for_a_build_before_any_poll(tmp_path: Path) -> None:
    """Polling that would take an hour: only the system's notification can have asked (fails without it)."""
    folder, policy = a_policy_folder(tmp_path)
    requests = Requests()

    def saved() -> None:
        save(policy, "2. Staff declare gifts over £25.\n")
        assert requests.asked.wait(30), "no build asked for"

    watching_while(folder, requests, NEVER, saved)


def test_polling_alone_sees_a_save_where_the_system_reports_nothing(tmp_path: Path, monkeypatch) -> None:
    """A file system without notifications (a network drive, Docker's shared folders): polling, as MkDocs does."""

    class NoNotifications(watching.Observer):
        def schedule(self, *args, **kwargs):
            raise OSError(28, "inotify watch limit reached")

    monkeypatch.setattr(watching, "Observer", NoNotifications)
    folder, policy = a_policy_folder(tmp_path)
    requests = Requests()

    def saved() -> None:
        save(policy, "2. Staff declare gifts over £25.\n")
        assert requests.asked.wait(30), "no build asked for"

    watching_while(folder, requests, 0.1, saved)


def save_at_once(policy: Path, words: str, tmp_path: Path) -> None:
    """As an editor's safe save does: the new text written beside, then moved over the file in one step. (Written in
    place, a file may be reported twice by the system, empty then full: both requests fall inside MkDocs'
    ``build_delay`` and make one build, but they would blur what this counts.)"""
    draft = tmp_path / "draft.md"
    draft.write_text(policy.read_text(encoding="utf-8") + words, encoding="utf-8")
    draft.replace(policy)


def test_one_save_seen_by_both_watchers_asks_for_one_build_and_reading_asks_for_none(tmp_path: Path) -> None:
    folder, policy = a_policy_folder(tmp_path)
    requests = Requests()

    def saved_then_read() -> None:
        save_at_once(policy, "2. Staff declare gifts over £25.\n", tmp_path)
        assert requests.asked.wait(30), "no build asked for"
        time.sleep(1.0)  # ten polls of the saved file
        policy.read_text(encoding="utf-8")  # as the build reads every policy
        time.sleep(0.5)

    watching_while(folder, requests, 0.1, saved_then_read)
    assert requests.count == 1


@pytest.mark.parametrize("change", ["edited", "deleted", "renamed over"])
def test_a_file_s_new_state_is_news_once_whichever_watcher_reports_it(tmp_path: Path, change: str) -> None:
    """What decides that the second watcher's report of a save is dropped."""
    _, policy = a_policy_folder(tmp_path)
    seen = SeenStates()
    assert seen.news([str(policy)])
    assert not seen.news([str(policy)])
    if change == "edited":
        save(policy, "2. Staff declare gifts over £25.\n")
    elif change == "deleted":
        policy.unlink()
    else:  # an editor's safe save: a new file moved over the old one
        draft = policy.with_name(".policy.md.swp")
        draft.write_text(policy.read_text(encoding="utf-8"), encoding="utf-8")
        draft.replace(policy)
    assert seen.news([str(policy)])
    assert not seen.news([str(policy)])


def test_mkdocs_server_can_be_asked_for_a_build(tmp_path: Path) -> None:
    """The MkDocs internals watching.py relies on are there (else policy_src goes back to MkDocs' own watch)."""
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path))
    try:
        rebuild = rebuild_request(server)
        assert rebuild is not None
        assert not server._want_rebuild
        rebuild()
        assert server._want_rebuild
    finally:
        server.server_close()


def test_a_server_without_those_internals_is_left_to_watch_policy_src_itself() -> None:
    assert rebuild_request(object()) is None
