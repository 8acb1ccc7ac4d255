"""The build at scale: a very large handbook, a rebuild after one change, and `mkdocs serve`.

Prints, each beside its target (shown, not checked):

- ``large``: 2,000 generated policies x 30 clauses (benchmarks/build_speed.py's generator), a
  fresh ``mkdocs build`` without PDFs: wall-clock seconds, the build process's peak memory (RSS)
  and the size of the site; and the median size of a policy page's HTML against the same figure
  for a 3-policy handbook (the navigation no longer lists every policy on every page);
- ``rebuild``: 200 policies with PDFs on: a first build (which fills the PDF cache), then one
  policy edited and ``mkdocs build`` again;
- ``serve``: 200 policies with PDFs on under ``mkdocs serve``: one policy edited and saved
  (``--saves`` times, default 5, each after the last one's PDF), then the time until the served page
  shows the edit (the median of the saves, each printed), and until its PDF follows; the same for
  3 policies, and the ratio of the two medians.

Each figure is one run; compare them only with figures from the same run on the same machine, and
note how busy it was (the load average is printed).

    .venv/bin/python benchmarks/build_scale.py                     # everything (several minutes)
    .venv/bin/python benchmarks/build_scale.py --only large --large 500
"""

from __future__ import annotations

import argparse
import http.client
import os
import re
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from build_speed import MKDOCS_YML, REPO, find_mkdocs, generate_handbook

TARGETS = {
    "large_s": 90.0,
    "large_rss_mb": 400.0,
    "large_site_mb": 200.0,
    "page_ratio": 1.5,
    "rebuild_s": 15.0,
    "serve_s": 3.0,
    "rebuild_ratio": 0.15,
    "serve_small_ratio": 2.0,
}


def build(mkdocs: str, source: Path, site: Path, cache: Path | None, quiet: bool = True, **env: str) -> float:
    """Seconds for ``mkdocs build``; with ``quiet`` False, prints what the build said of handbook.pdf and of
    the page cache. The page cache's key holds the log level (a quiet build hides messages), so builds
    compared with each other must be run alike."""
    environment = os.environ | {"NO_MKDOCS_2_WARNING": "1", "HANDBOOK_POLICY_SRC": str(source)} | env
    if cache:
        environment["HANDBOOK_PDF_CACHE"] = str(cache)
    # Rendered pages are kept per site folder: a second build into the same folder reuses them.
    environment["HANDBOOK_PAGE_CACHE"] = str(site.with_name(site.name + "-page-cache"))
    command = [mkdocs, "build", *(["-q"] if quiet else []), "--config-file", str(MKDOCS_YML), "--site-dir", str(site)]
    start = time.perf_counter()
    done = subprocess.run(command, env=environment, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"the build failed:\n{done.stdout}{done.stderr}")
    for line in done.stderr.splitlines() if not quiet else []:
        if "handbook.pdf:" in line:
            print(f"  ({line.split('handbook.pdf:', 1)[1].strip()})")
        if "from the cache)" in line:
            print(f"  ({line.rpartition('(')[2].rstrip(')')})")
    return seconds


def megabytes(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def median_policy_page(site: Path, source: Path) -> float:
    sizes = [(site / p.parent.name / "index.html").stat().st_size for p in source.glob("*/policy.md")]
    return statistics.median(sizes)


def edit_one_policy(source: Path, word: str) -> Path:
    policy = sorted(source.glob("*/policy.md"))[len(list(source.glob("*/policy.md"))) // 2]
    text = policy.read_text(encoding="utf-8")
    policy.write_text(re.sub(r"(?m)^(1\. )", rf"\g<1>{word} ", text, count=1), encoding="utf-8")
    return policy


def measure_large(mkdocs: str, work: Path, policies: int) -> None:
    large, small = work / "large-src", work / "small-src"
    generate_handbook(large, policies, 30)
    generate_handbook(small, 3, 30)
    seconds = build(mkdocs, large, work / "large-site", None, HANDBOOK_PDF="false")
    rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # the largest child so far: this one
    site_mb = megabytes(work / "large-site")
    build(mkdocs, small, work / "small-site", None, HANDBOOK_PDF="false")
    ratio = median_policy_page(work / "large-site", large) / median_policy_page(work / "small-site", small)
    print(f"large: {policies} policies x 30 clauses, fresh build without PDFs")
    print(f"  build                 {seconds:8.1f} s   (target <= {TARGETS['large_s']:.0f} s at 2,000)")
    print(f"  peak memory (RSS)     {rss_mb:8.0f} MB  (target <= {TARGETS['large_rss_mb']:.0f} MB)")
    print(f"  site                  {site_mb:8.0f} MB  (target <= {TARGETS['large_site_mb']:.0f} MB)")
    print(f"  policy page, {policies} / 3 policies {ratio:5.2f}      (target <= {TARGETS['page_ratio']})")
    shutil.rmtree(work / "large-site")


def measure_rebuild(mkdocs: str, work: Path, source: Path, cache: Path, policies: int) -> None:
    first = build(mkdocs, source, work / "rebuild-site", cache, quiet=False)
    edit_one_policy(source, "Rebuilt")
    again = build(mkdocs, source, work / "rebuild-site", cache, quiet=False)
    print(f"rebuild: {policies} policies, PDFs on")
    print(f"  first build (empty PDF cache)     {first:7.1f} s")
    print(f"  after one policy changed          {again:7.1f} s   (target <= {TARGETS['rebuild_s']:.0f} s)")
    print(f"  after one change / first build    {again / first:7.2f}     (target <= {TARGETS['rebuild_ratio']})")


def measure_serve(mkdocs: str, work: Path, source: Path, cache: Path, saves: int) -> float:
    """Save one policy ``saves`` times under one ``mkdocs serve``; return the median time to the page.

    Each save waits for its PDF before the next, so no save meets the last one's PDF work.
    """
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    environment = os.environ | {
        "NO_MKDOCS_2_WARNING": "1", "HANDBOOK_POLICY_SRC": str(source), "HANDBOOK_PDF_CACHE": str(cache),
        "HANDBOOK_PAGE_CACHE": str(work / f"{source.name}-serve-page-cache"),
    }
    log = (work / f"{source.name}-serve.log").open("w+")
    server = subprocess.Popen(
        [mkdocs, "serve", "-a", f"127.0.0.1:{port}", "--config-file", str(MKDOCS_YML)],
        env=environment, stdout=log, stderr=subprocess.STDOUT,
    )
    page_times, pdf_times = [], []
    try:
        policy = sorted(source.glob("*/policy.md"))[len(list(source.glob("*/policy.md"))) // 2]
        page = f"http://127.0.0.1:{port}/{policy.parent.name}/"
        pdf = f"{page}{policy.parent.name}.pdf"
        wait_for(lambda: fetch(page) is not None, 600)
        # The first PDFs settle (made at low priority: slower on a busy machine).
        wait_for(lambda: "PDFs:" not in log_text(log) or "made" in log_text(log), 1500)
        for save in range(1, saves + 1):
            old_pdf = fetch(pdf)
            word = f"Served{save}"
            marker = word.encode()
            start = time.perf_counter()
            edit_one_policy(source, word)
            page_times.append(wait_for(lambda marker=marker: marker in (fetch(page) or b""), 120) - start)
            pdf_times.append(wait_for(lambda old=old_pdf: fetch(pdf) not in (None, old), 600) - start)
    finally:
        server.terminate()
        server.wait(timeout=30)
    count = len(list(source.glob("*/policy.md")))
    page_s = statistics.median(page_times)
    print(f"serve: {count} policies, PDFs on, one policy saved {saves} times")
    print(f"  page shows the change after       {page_s:7.1f} s   (median; target <= {TARGETS['serve_s']:.0f} s)"
          f"   each: {', '.join(f'{s:.2f}' for s in page_times)}")
    print(f"  its PDF follows after             {statistics.median(pdf_times):7.1f} s   (median)")
    lines = [line for line in log_text(log).splitlines() if "PDFs:" in line]
    print("  serve log: " + (lines[-1].split("-  ", 1)[-1] if lines else "(no PDF lines)"))
    return page_s


def fetch(url: str) -> bytes | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read()
    except (OSError, http.client.HTTPException):  # IncompleteRead: a file replaced while MkDocs' server sent it
        return None


def log_text(log) -> str:
    log.flush()
    log.seek(0)
    return log.read()


def wait_for(condition, timeout: float) -> float:
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        if condition():
            return time.perf_counter()
        time.sleep(0.05)
    sys.exit(f"gave up after {timeout} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--large", type=int, default=2000, help="policies in the large handbook (default 2000)")
    parser.add_argument("--policies", type=int, default=200,
                        help="policies in the rebuild and serve handbooks (default 200)")
    parser.add_argument("--only", choices=["large", "rebuild", "serve"], action="append")
    parser.add_argument("--saves", type=int, default=5,
                        help="saves under each mkdocs serve; the median is reported (default 5)")
    args = parser.parse_args()
    mkdocs = find_mkdocs()
    print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores\n")
    with tempfile.TemporaryDirectory(prefix="handbook-scale-") as temp:
        work = Path(temp)
        if not args.only or "large" in args.only:
            measure_large(mkdocs, work, args.large)
        source, cache = work / "medium-src", work / "pdf-cache"
        generate_handbook(source, args.policies, 30)
        if not args.only or "rebuild" in args.only:
            measure_rebuild(mkdocs, work, source, cache, args.policies)
        if not args.only or "serve" in args.only:
            large_s = measure_serve(mkdocs, work, source, cache, args.saves)
            small = work / "small-serve-src"
            generate_handbook(small, 3, 30)
            small_s = measure_serve(mkdocs, work, small, work / "small-pdf-cache", args.saves)
            print(f"serve: save to page, {args.policies} / 3 policies  {large_s / small_s:5.2f}"
                  f"   (target <= {TARGETS['serve_small_ratio']})")
    print(f"\nload average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print(f"repository: {REPO}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
