"""`mkdocs serve`: a saved policy starts its build when the system reports the save, not at the next poll.

MkDocs watches with watchdog's PollingObserver: every half second each watched folder is listed and
each file's ``os.stat`` compared with the last. That works on any file system (Docker's shared folders,
network drives, where the system's notifications may never come), but a save waits for the next poll,
0.25 s on average and up to 0.5 s, and longer while another thread holds the interpreter: a poll of 200
policy folders took up to 1.2 s while serve's PDFs were being composed (benchmarks/README.md).

So policy_src is watched twice: by the system's notifications (watchdog's ``Observer``: inotify on
Linux, FSEvents on macOS, ReadDirectoryChangesW on Windows), which start the build at once, and by
polling at MkDocs' interval, which still sees what the system never reports. A change is passed on
once, by whichever watcher first sees the file in its new state (its modification time, size and
inode): the other's report of that same state is dropped, so one save does not build twice.

The server is asked for a build as MkDocs' own ``LiveReloadServer.watch`` asks (``_rebuild_cond``,
``_want_rebuild``: MkDocs 1.6 internals). Where they are missing, policy_src is left to MkDocs' own
watch, as before this module.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from watchdog.events import (
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer
from watchdog.observers.polling import PollingObserver

POLL_SECONDS = 0.5  # MkDocs' own polling interval (LiveReloadServer's polling_interval)

# What a save, a new file, a rename or a deletion gives; not a file opened or read (the build reads them all).
SAVES = [FileCreatedEvent, FileModifiedEvent, FileMovedEvent, FileDeletedEvent, FileClosedEvent]


def rebuild_request(server: Any) -> Callable[[], None] | None:
    """What asks MkDocs' ``server`` for a build, as its own watch does; None where this MkDocs has no such way."""
    if not all(hasattr(server, name) for name in ("_rebuild_cond", "_want_rebuild")):
        return None

    def rebuild() -> None:
        with server._rebuild_cond:
            server._want_rebuild = True
            server._rebuild_cond.notify_all()

    return rebuild


class SeenStates:
    """Each file's last state passed on, so that the second watcher's report of the same save is dropped."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._states: dict[str, tuple[int, int, int] | None] = {}

    def news(self, paths: Iterable[str]) -> bool:
        """True if any of ``paths`` is not as last passed on (or was never passed on); it is remembered as it is."""
        news = False
        with self._lock:
            for path in paths:
                state = _state(path)
                if path not in self._states or self._states[path] != state:
                    self._states[path] = state
                    news = True
        return news


class PolicyWatcher(FileSystemEventHandler):
    """Watches ``folder`` by the system's notifications and by polling; calls ``rebuild`` once per change."""

    def __init__(self, folder: Path, rebuild: Callable[[], None], log: logging.Logger,
                 poll_seconds: float = POLL_SECONDS) -> None:
        self._folder = str(folder)
        self._rebuild = rebuild
        self._log = log
        self._seen = SeenStates()
        self._observers = [Observer(), PollingObserver(timeout=poll_seconds)]

    def start(self) -> None:
        for observer in list(self._observers):
            try:
                observer.schedule(self, self._folder, recursive=True, event_filter=SAVES)
                observer.start()
            except OSError as error:  # inotify's limit of watches reached, say: polling alone, as MkDocs does
                self._log.info("Watching %s by polling only (%s)", self._folder, error)
                self._observers.remove(observer)

    def stop(self) -> None:
        for observer in self._observers:
            observer.stop()

    def on_any_event(self, event: FileSystemEvent) -> None:
        paths = [os.fsdecode(event.src_path), *([os.fsdecode(event.dest_path)] if event.dest_path else [])]
        if self._seen.news(paths):
            self._rebuild()


def _state(path: str) -> tuple[int, int, int] | None:
    try:
        stat = os.stat(path)
    except OSError:  # deleted, or moved away
        return None
    return stat.st_mtime_ns, stat.st_size, stat.st_ino
