"""How fast the self-check page is in headless Chromium, compared with a bare page loading Pyodide.

It builds the real handbook into a temporary folder, adds a bare page there that only loads the
same Pyodide (from the same files, in a module Web Worker, as the self-check does, without our
wheel), serves the folder over HTTP on 127.0.0.1 and measures, from the start of navigation:

- ``form usable``: the form's script has run (the Check button shows; the fields work earlier);
- ``checker ready``: Pyodide and the checker's wheel have loaded in the worker;
- ``bare ready``: the bare page's Pyodide has loaded;
- ``check -> result``: from clicking Check (after ready) to the result on the page, for a short
  profile with answers, and for 1 MB of pasted text; and the 1 MB check through the page's
  checker alone, without the text box;
- the same page again after closing and reopening the browser with the same profile (a second
  visit: the page's service worker, which keeps Pyodide and the wheel once the checker is ready,
  the HTTP cache and Chromium's cache of compiled WebAssembly);
- the self-check once more with the browser offline (``offline visit``): it must still load.

Two servers are measured: Python's http.server as is (it sends Last-Modified, so a second visit
revalidates), and the same sending ``Cache-Control: max-age=31536000, immutable`` for the
versioned Pyodide folder (/assets/pyodide/<version>/), as docs/hosting.md recommends.
Each figure is the median of ``--repeat`` runs. Targets are printed beside the figures, not checked.

    .venv/bin/python benchmarks/checklist_speed.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import functools
import os
import statistics
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from playwright.sync_api import BrowserContext, Page, Playwright, sync_playwright

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]
PAGE = "/social-media/self-check/"
BARE_PAGE = "/bare-pyodide/"

FORM_TARGET_S = 0.3
READY_RATIO_TARGET = 1.15
RESULT_TARGET_MS = 100

BARE_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Bare Pyodide</title></head>
<body><p id="status">Loading</p>
<script>
  const worker = new Worker("worker.js", { type: "module" });
  worker.onmessage = () => { performance.mark("bare-ready"); document.getElementById("status").textContent = "ready"; };
  worker.postMessage(new URL("../assets/pyodide/VERSION/", location.href).href);
</script></body></html>
"""
BARE_WORKER = """self.onmessage = async (event) => {
  const { loadPyodide } = await import(event.data + "pyodide.mjs");
  await loadPyodide({ indexURL: event.data, lockFileURL: event.data + "pyodide-lock.json" });
  self.postMessage("ready");
};
"""
SAMPLE = {
    "text": "Maths teacher at St. Hughs. Views my own.",
    "answers": {"facebook-visibility": "anyone", "instagram-last-checked": "not-for-a-while-or-never"},
}


def build_site(folder: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(folder)],
        cwd=REPO, env=os.environ | {"NO_MKDOCS_2_WARNING": "1"}, check=True,
    )
    (version,) = [p.name for p in (folder / "assets" / "pyodide").iterdir()]
    bare = folder / "bare-pyodide"
    bare.mkdir()
    (bare / "index.html").write_text(BARE_HTML.replace("VERSION", version), encoding="utf-8")
    (bare / "worker.js").write_text(BARE_WORKER, encoding="utf-8")
    return folder


class _Handler(SimpleHTTPRequestHandler):
    immutable_pyodide = False

    def end_headers(self) -> None:
        if self.immutable_pyodide and self.path.startswith("/assets/pyodide/"):
            self.send_header("Cache-Control", "public, max-age=31536000, immutable")
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serve(folder: Path, immutable_pyodide: bool) -> Iterator[str]:
    handler = type("Handler", (_Handler,), {"immutable_pyodide": immutable_pyodide})
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(folder)))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _mark(page: Page, name: str) -> float:
    page.wait_for_function(f"performance.getEntriesByName({name!r}).length > 0", timeout=60_000)
    return page.evaluate(f"performance.getEntriesByName({name!r})[0].startTime") / 1000


_TIME_CHECK = """async (request) => {
  document.getElementById("selfcheck-text").value = request.text;
  for (const [name, value] of Object.entries(request.answers)) {
    document.querySelector(`input[name="${name}"][value="${value}"]`).checked = true;
  }
  performance.clearMarks("selfcheck-result");
  const start = performance.now();
  document.getElementById("selfcheck-run").click();
  while (!performance.getEntriesByName("selfcheck-result").length) await new Promise((r) => setTimeout(r, 1));
  return performance.getEntriesByName("selfcheck-result")[0].startTime - start;
}"""


def visit_self_check(browser_context: BrowserContext, base: str) -> dict[str, float]:
    page = browser_context.new_page()
    page.goto(base + PAGE)
    figures = {"form usable": _mark(page, "selfcheck-form-usable"), "checker ready": _mark(page, "selfcheck-ready")}
    figures["check -> result (ms)"] = page.evaluate(_TIME_CHECK, SAMPLE)
    figures["1 MB check -> result (ms)"] = page.evaluate(
        _TIME_CHECK, {"text": ("Teacher at St Hugh\u2019s \U0001f600 " * 40_000)[:1_000_000], "answers": {}}
    )
    # The same megabyte straight to the checker, without the text box (whose layout takes most of the above).
    figures["1 MB checker alone (ms)"] = page.evaluate("""async (text) => {
      const start = performance.now();
      await window.handbookSelfCheck.checkMany([{ text, answers: {} }]);
      return performance.now() - start;
    }""", ("Teacher at St Hugh\u2019s \U0001f600 " * 40_000)[:1_000_000])
    page.evaluate("() => window.handbookSelfCheck.kept")  # the service worker has kept what it keeps
    page.close()
    return figures


def visit_bare(browser_context: BrowserContext, base: str) -> float:
    page = browser_context.new_page()
    page.goto(base + BARE_PAGE)
    ready = _mark(page, "bare-ready")
    page.close()
    return ready


def run(playwright: Playwright, base: str, bare_first: bool) -> dict[str, float]:
    """One round: a first visit to each page in a browser with a new profile, then a second visit
    after closing and reopening that browser (as a reader coming back another day), each page in
    a profile of its own, in the order given so neither always goes first. A real profile on disk,
    not a throwaway context: Chromium keeps compiled WebAssembly only in a profile's disk cache."""
    figures: dict[str, float] = {}
    for bare in (bare_first, not bare_first):
        with tempfile.TemporaryDirectory(prefix="checklist-speed-profile-") as profile:
            for visit in ("first", "second") if bare else ("first", "second", "offline"):
                browser = playwright.chromium.launch_persistent_context(
                    profile, executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
                )
                browser.set_offline(visit == "offline")
                if bare:
                    figures[f"{visit} visit: bare ready"] = visit_bare(browser, base)
                elif visit == "offline":
                    page = browser.new_page()
                    page.goto(base + PAGE)
                    figures["offline visit: checker ready"] = _mark(page, "selfcheck-ready")
                else:
                    for name, value in visit_self_check(browser, base).items():
                        figures[f"{visit} visit: {name}"] = value
                browser.close()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    repeat = parser.parse_args().repeat
    with tempfile.TemporaryDirectory(prefix="checklist-speed-") as scratch, sync_playwright() as playwright:
        site = build_site(Path(scratch) / "site")
        for immutable in (False, True):
            label = "Cache-Control immutable on /assets/pyodide/" if immutable else "plain http.server"
            with serve(site, immutable) as base:
                runs = [run(playwright, base, bare_first=n % 2 == 1) for n in range(repeat)]
            median = {name: statistics.median(r[name] for r in runs) for name in runs[0]}
            print(f"\n{label} (median of {repeat} runs; seconds unless marked ms)")
            for name, value in sorted(median.items(), key=lambda item: item[0].split(":")[0]):
                print(f"  {name:38} {value:8.3f}")
            speedup = median["first visit: checker ready"] / median["second visit: checker ready"]
            print(f"  second visit faster than the first: checker ready {speedup:.2f}x as fast")
            for visit in ("first", "second"):
                ratio = median[f"{visit} visit: checker ready"] / median[f"{visit} visit: bare ready"]
                print(f"  {visit} visit: checker ready / bare ready  {ratio:8.3f}   (target <= {READY_RATIO_TARGET})")
            print(f"  targets: form usable <= {FORM_TARGET_S} s, check -> result <= {RESULT_TARGET_MS} ms, "
                  "second visit faster than the first")
    return 0


if __name__ == "__main__":
    sys.exit(main())
