"""Where one `mkdocs serve` save's rebuild spends its time, in one process as serve runs it.

Builds a generated handbook (build_speed.generate_handbook) as `mkdocs serve` does (the settings
loaded again for each build, the same plugin object, ``serve_url`` given), waits for the PDFs the
first build leaves to the background, edits one policy as build_scale.py does, then times the
next build (``--repeat`` times, a new edit each) and profiles the last one with cProfile.

Each save prints when the build let the server answer with the changed pages (a stand-in for MkDocs'
server records the moment: handbook.mkdocs_build.early_pages) and when it ended; a code without that
step lets the server answer at the end. It prints too how long Python's cyclic garbage collector ran before that
moment (``gc.callbacks``): a profile puts a collection's time on whatever function happened to allocate.

The work folder (``--work``) is kept, so the PDF cache made by the first run serves the next ones.

    PYTHONPATH=src .venv/bin/python benchmarks/serve_profile.py --policies 200 --work /tmp/serve200
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import os
import pstats
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

from build_scale import edit_one_policy
from build_speed import MKDOCS_YML, generate_handbook

SERVE_URL = "http://127.0.0.1:8000/"


class ServerStandIn:
    """What the build sees of MkDocs' LiveReloadServer: the moment it is told to answer is kept."""

    def __init__(self) -> None:
        self._epoch_cond = threading.Condition()
        self._wanted_epoch = 1
        self._visible = 1
        self.answered_at: float | None = None
        self.profiler: cProfile.Profile | None = None  # stopped when told to answer (--to-page)

    @property
    def _visible_epoch(self) -> int:
        return self._visible

    @_visible_epoch.setter
    def _visible_epoch(self, epoch: int) -> None:
        self._visible = epoch
        self.answered_at = time.perf_counter()
        if self.profiler is not None:
            self.profiler.disable()

    def watch(self, path: str) -> None:
        pass


def serve_build(site_dir: Path) -> None:
    """One build as mkdocs.commands.serve's ``builder`` runs it."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    config = load_config(config_file=str(MKDOCS_YML), site_dir=str(site_dir))
    config.site_url = SERVE_URL
    build(config, serve_url=SERVE_URL)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--policies", type=int, default=200)
    parser.add_argument("--work", type=Path, help="kept between runs (default: a new temporary folder)")
    parser.add_argument("--repeat", type=int, default=3, help="timed saves (the last one profiled)")
    parser.add_argument("--top", type=int, default=30, help="profile lines printed (cumulative time)")
    parser.add_argument("--to-page", action="store_true",
                        help="profile the save only until the server is told to answer with the changed pages")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="handbook-serve-profile-"))
    source = work / f"src-{args.policies}"
    if not source.is_dir():
        generate_handbook(source, args.policies, 30)
    os.environ |= {
        "NO_MKDOCS_2_WARNING": "1", "HANDBOOK_POLICY_SRC": str(source),
        "HANDBOOK_PDF_CACHE": str(work / f"pdf-cache-{args.policies}"),
        "HANDBOOK_PAGE_CACHE": str(work / f"page-cache-{args.policies}"),
    }
    site_dir = Path(tempfile.mkdtemp(prefix="mkdocs_"))  # as serve's
    os.chdir(MKDOCS_YML.parent)
    from mkdocs.config import load_config

    print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    load_config(config_file=str(MKDOCS_YML), site_dir=str(site_dir)).plugins.on_startup(command="serve", dirty=False)
    start = time.perf_counter()
    serve_build(site_dir)
    print(f"first build: {time.perf_counter() - start:.1f} s")
    hooks = sys.modules["hooks/handbook_hooks.py"]
    server = ServerStandIn()
    if hasattr(hooks, "on_serve"):
        hooks.on_serve(server, config=None, builder=None)
    background = hooks._build.background
    while background._thread is not None and background._thread.is_alive():  # the first PDFs
        time.sleep(1)
    collections: list[list[float]] = []  # each cyclic garbage collection's start and end

    def timed(phase: str, info: dict) -> None:
        if phase == "start":
            collections.append([time.perf_counter()])
        elif collections:
            collections[-1].append(time.perf_counter())

    gc.callbacks.append(timed)
    for n in range(args.repeat):
        edit_one_policy(source, f"Saved{n}")
        collections.clear()
        profiler = cProfile.Profile() if n == args.repeat - 1 else None
        server.answered_at = None
        start = time.perf_counter()
        if profiler:
            server.profiler = profiler if args.to_page else None
            profiler.enable()
        serve_build(site_dir)
        if profiler:
            profiler.disable()
        end = time.perf_counter()
        answered = f"changed pages served after {server.answered_at - start:.2f} s, " if server.answered_at else ""
        page_at = server.answered_at or end
        collecting = sum(c[1] - c[0] for c in collections if len(c) == 2 and c[1] <= page_at)
        print(f"save {n + 1}: {answered}build {end - start:.2f} s, garbage collection before the page "
              f"{collecting:.2f} s" + (" (under cProfile)" if profiler else ""))
        while background._thread is not None and background._thread.is_alive():
            time.sleep(0.5)
    print(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    stats = pstats.Stats(profiler)
    stats.sort_stats("cumulative").print_stats(args.top)
    stats.dump_stats(work / "save.prof")
    shutil.rmtree(site_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
