"""Where a fresh build's CPU goes, per MkDocs event and per Markdown extension, in one process.

A fresh build as a policy edit or a new checkout makes it: an empty page cache, WordNet's answers
already known (a first build, in a subprocess, fills a user cache of the run's own). The profiled
build runs in this process (``mkdocs.commands.build.build``), PDFs off, ``SOURCE_DATE_EPOCH`` fixed,
and prints CPU seconds (``time.process_time``):

- per event, for the handbook's hooks and for every other plugin (Material's, search);
- ``Page.render`` and Material's templates (``_build_page``);
- per Markdown processor of every page (preprocessors, block processors, tree processors, inline
  patterns, postprocessors), its own time (what it calls of another processor counted there);
  an inline pattern's time is its regular expression's searches and its ``handleMatch``.

With ``--cprofile`` the same build runs under cProfile instead (``time.process_time`` its clock) and
the functions with the most cumulative and own time are printed; the profiler's overhead is in every
figure, so compare shares. The timers of the first mode cost some CPU too (a call per search).

    PYTHONPATH=src .venv/bin/python benchmarks/render_profile.py --policies 200 --work /tmp/rp200
    PYTHONPATH=src .venv/bin/python benchmarks/render_profile.py --seed --cprofile

``--plain`` builds plain Material over the same policies instead (build_speed.py's "plain unlisted" project),
with the same timers. ``--history`` gives every generated policy two archived versions (build_speed.py's history
handbook); with ``--plain`` too, plain Material builds the very pages the hooks make (build_speed.py's "plain, the
same pages"). ``--repo`` names the tree whose mkdocs.yml and docs/ are built (another checkout's, to compare);
the handbook package is whichever ``PYTHONPATH`` gives.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from build_speed import (
    SEED_SRC,
    add_history,
    find_mkdocs,
    generate_handbook,
    write_plain_pages_project,
    write_plain_project,
)

SOURCE_DATE_EPOCH = "1764806400"


class Timers:
    """CPU seconds per label, each label's own (a timed call inside another is taken off the outer one)."""

    def __init__(self) -> None:
        self.own: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self._inner: list[float] = []

    def wrap(self, label: str, function: Callable) -> Callable:
        def timed(*args: Any, **kwargs: Any) -> Any:
            self._inner.append(0.0)
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent = time.process_time() - start
                inner = self._inner.pop()
                self.own[label] += spent - inner
                self.calls[label] += 1
                if self._inner:
                    self._inner[-1] += spent

        return timed


class _TimedPattern:
    """A compiled regular expression whose searches are timed (Python-Markdown's inline patterns)."""

    def __init__(self, compiled: Any, timed: Callable[[Callable], Callable]) -> None:
        self._compiled = compiled
        self.search = timed(compiled.search)
        self.match = timed(compiled.match)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._compiled, name)


def instrument_markdown(timers: Timers) -> None:
    """Time every processor of every Markdown instance, once it is set up (at its first convert)."""
    import markdown

    convert = markdown.Markdown.convert

    def instrumented(md: markdown.Markdown, source: str) -> str:
        if not getattr(md, "_render_profile", False):
            md._render_profile = True
            for kind, registry in (("pre", md.preprocessors), ("block", md.parser.blockprocessors),
                                   ("tree", md.treeprocessors), ("post", md.postprocessors)):
                for name in list(registry._data):
                    processor = registry[name]
                    label = f"{kind}: {name} ({type(processor).__module__})"
                    processor.run = timers.wrap(label, processor.run)
                    if kind == "block":
                        processor.test = timers.wrap(label, processor.test)
            for name in list(md.inlinePatterns._data):
                pattern = md.inlinePatterns[name]
                label = f"inline: {name}"
                pattern.compiled_re = _TimedPattern(pattern.compiled_re, lambda f, label=label: timers.wrap(label, f))
                pattern.handleMatch = timers.wrap(label, pattern.handleMatch)
        return timers.wrap("markdown: the rest of convert (serialising, ...)", convert)(md, source)

    markdown.Markdown.convert = instrumented


def instrument_build(timers: Timers, plugins: Any) -> None:
    """Time each plugin's method for each event, Page.render and Material's templates."""
    from mkdocs.commands import build as build_module
    from mkdocs.structure.pages import Page

    for event, methods in plugins.events.items():
        for index, method in enumerate(methods):
            owner = getattr(method, "__self__", None)
            who = "hooks" if "handbook" in (getattr(method, "__module__", "") or "") else type(owner).__name__
            methods[index] = timers.wrap(f"event: {event} ({who})", method)
    Page.render = timers.wrap("Page.render (less the Markdown processors)", Page.render)
    build_module._build_page = timers.wrap("templates: _build_page", build_module._build_page)


def build_in_process(config_file: Path, source: Path, work: Path, profile: cProfile.Profile | None,
                     timers: Timers | None) -> float:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    cache = work / "page-cache-profiled"
    shutil.rmtree(cache, ignore_errors=True)
    os.environ.update(HANDBOOK_POLICY_SRC=str(source), HANDBOOK_PDF="false", HANDBOOK_PAGE_CACHE=str(cache),
                      XDG_CACHE_HOME=str(work / "user-cache"), SOURCE_DATE_EPOCH=SOURCE_DATE_EPOCH)
    os.chdir(config_file.parent)
    start = time.process_time()
    if profile:
        profile.enable()
    config = load_config(str(config_file), site_dir=str(work / "site-profiled"))
    if timers:
        instrument_markdown(timers)
        instrument_build(timers, config.plugins)
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
        if profile:
            profile.disable()
    return time.process_time() - start


def fill_user_cache(repo: Path, source: Path, work: Path) -> None:
    """A first build in a subprocess, so that WordNet's answers for the handbook's words are kept."""
    env = {**os.environ, "HANDBOOK_POLICY_SRC": str(source), "HANDBOOK_PDF": "false", "NO_MKDOCS_2_WARNING": "1",
           "HANDBOOK_PAGE_CACHE": str(work / "page-cache-first"), "XDG_CACHE_HOME": str(work / "user-cache"),
           "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH}
    subprocess.run([find_mkdocs(), "build", "-q", "--config-file", str(repo / "mkdocs.yml"),
                    "--site-dir", str(work / "site-first")], env=env, check=True, cwd=repo)


def print_timers(timers: Timers, total: float, top: int) -> None:
    print(f"{'CPU s':>8} {'share':>6} {'calls':>9}  what")
    for label, seconds in sorted(timers.own.items(), key=lambda item: -item[1])[:top]:
        print(f"{seconds:8.2f} {seconds / total:6.1%} {timers.calls[label]:9d}  {label}")
    groups = {"Python-Markdown and Page.render": ("pre:", "block:", "tree:", "post:", "inline:", "markdown:", "Page."),
              "the handbook's hooks": ("event: ",), "Material's templates": ("templates:",)}
    for group, starts in groups.items():
        labels = [label for label in timers.own if label.startswith(starts)]
        if group == "the handbook's hooks":
            labels = [label for label in labels if label.endswith("(hooks)")]
        seconds = sum(timers.own[label] for label in labels)
        print(f"{seconds:8.2f} {seconds / total:6.1%} {'':9}  in all: {group}")
    untimed = total - sum(timers.own.values())
    print(f"{untimed:8.2f} {untimed / total:6.1%} {'':9}  none of these (MkDocs' own work, imports, nav, files)")
    print(f"{total:8.2f} {1:6.0%} {'':9}  the whole build (load_config to the end)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--seed", action="store_true", help="policy_src/ as shipped")
    which.add_argument("--policies", type=int, default=20, help="generated policies (default 20)")
    parser.add_argument("--clauses", type=int, default=30)
    parser.add_argument("--work", type=Path, help="a folder to work in (default: a new temporary one)")
    parser.add_argument("--repo", type=Path, default=Path(__file__).resolve().parent.parent)
    parser.add_argument("--cprofile", action="store_true", help="run under cProfile instead of the timers")
    parser.add_argument("--plain", action="store_true",
                        help="build plain Material over the same policies instead (build_speed.py's plain unlisted)")
    parser.add_argument("--history", action="store_true",
                        help="the generated policies with two archived versions each (build_speed.py's history)")
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()

    work = args.work or Path(tempfile.mkdtemp(prefix="render-profile-"))
    work.mkdir(parents=True, exist_ok=True)
    repo = args.repo.resolve()
    if args.seed:
        source = repo / SEED_SRC.name
    else:
        source = work / f"generated-{args.policies}x{args.clauses}{'-history' if args.history else ''}"
        if not source.exists():
            generate_handbook(source, args.policies, args.clauses)
            if args.history:
                add_history(source)
    if not (work / "user-cache").exists():
        fill_user_cache(repo, source, work)
    config_file = repo / "mkdocs.yml"
    if args.plain:
        shutil.rmtree(work / "plain-project", ignore_errors=True)
        if args.history:
            config_file = write_plain_pages_project(source, work / "plain-project")
        else:
            _, config_file = write_plain_project(source, work / "plain-project")

    load = os.getloadavg()
    print(f"{'seed' if args.seed else f'{args.policies} x {args.clauses}'}{', history' if args.history else ''}, "
          f"{'plain Material, unlisted' if args.plain else 'fresh build, words known'}; "
          f"load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")
    if args.cprofile:
        profile = cProfile.Profile(time.process_time)
        total = build_in_process(config_file, source, work, profile, None)
        print(f"the whole build under cProfile: {total:.2f} s of CPU")
        stats = pstats.Stats(profile, stream=sys.stdout)
        stats.sort_stats("cumulative").print_stats(args.top)
        stats.sort_stats("tottime").print_stats(args.top)
    else:
        timers = Timers()
        total = build_in_process(config_file, source, work, None, timers)
        print_timers(timers, total, args.top)
    load = os.getloadavg()
    print(f"load average after {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
