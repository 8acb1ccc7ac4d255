"""Turn print documents (handbook.printing.print_documents) into PDFs with WeasyPrint, within a deadline.

WeasyPrint lays out CSS paged media: target-counter() for the contents' page numbers, running
footers with "page X of Y", bookmarks, internal links, and a tagged PDF with the document's
title and language. It runs in child processes, so that a layout that crashes or never ends
becomes a clear error rather than a stuck build (a writer killed by a signal is started once
more first), and so that the machine's cores share the work. The children fetch nothing: the documents carry their
stylesheet, and any other resource (an image on another site, say) stops the PDF with an error.

    python -m handbook.printing.pdf [--low-priority] JOBS.json   # the child: renders the jobs in JOBS.json

``mkdocs serve`` makes its PDFs while the author goes on saving: its children run at low priority
(``--low-priority``, a niceness of 10), so the next save's build has the CPU first.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from .print_documents import PrintDocument

DEFAULT_TIMEOUT_S = 600.0  # a 200-policy handbook takes 1.5 to 4 minutes on two cores
LOW_PRIORITY = "--low-priority"
_LOW_PRIORITY_NICENESS = 10


class PdfError(Exception):
    """The PDFs could not be written; the message says which and why."""


@dataclass(frozen=True)
class _Job:
    name: str  # the PDF's path in the site, for messages
    html: Path
    pdf: Path


# Bump when a change here alters the PDFs made from the same HTML, so cached ones are made again.
_FORMAT = "1"


def cache_key(document: PrintDocument) -> str:
    """What a PDF is made from: its HTML (the print stylesheet inside), the engine and this module."""
    made_from = f"{_FORMAT}\0{metadata.version('weasyprint')}\0{document.html}"
    return hashlib.sha256(made_from.encode()).hexdigest()


def cached(documents: Sequence[PrintDocument], cache: Path) -> tuple[dict[str, bytes], list[PrintDocument]]:
    """The PDFs in ``cache`` for ``documents`` (by the document's path), and the documents still to make."""
    found, missing = {}, []
    for document in documents:
        try:
            found[document.path] = (cache / f"{cache_key(document)}.pdf").read_bytes()
        except FileNotFoundError:
            missing.append(document)
    return found, missing


def write_pdfs(
    documents: Sequence[PrintDocument],
    timeout: float = DEFAULT_TIMEOUT_S,
    cache: Path | None = None,
    workers: int | None = None,
    low_priority: bool = False,
) -> dict[str, bytes]:
    """Each document's PDF, by the document's path. Raises PdfError on failure or after ``timeout`` s.

    With a ``cache`` folder, only PDFs whose HTML changed are made again; the cache keeps what this
    call returned and forgets the rest. ``low_priority``: the children yield the CPU to other work.
    """
    found, missing = cached(documents, cache) if cache else ({}, list(documents))
    if missing:
        with tempfile.TemporaryDirectory(prefix="handbook-pdf-") as temp:
            made = _render(missing, Path(temp), timeout, workers or min(2, os.cpu_count() or 1), low_priority)
        found |= made
        if cache:
            store(cache, {cache_key(d): made[d.path] for d in missing})
    if cache:
        kept = {f"{cache_key(d)}.pdf" for d in documents}
        for old in cache.glob("*.pdf"):
            if old.name not in kept:
                old.unlink(missing_ok=True)
    return {document.path: found[document.path] for document in documents}


def store(cache: Path, pdfs: dict[str, bytes]) -> None:
    """Write each PDF under its key, whole or not at all (a killed build leaves no half file)."""
    cache.mkdir(parents=True, exist_ok=True)
    for key, content in pdfs.items():
        part = cache / f"{key}.part-{os.getpid()}"
        part.write_bytes(content)
        part.replace(cache / f"{key}.pdf")


def _render(
    documents: Sequence[PrintDocument], folder: Path, timeout: float, workers: int, low_priority: bool = False
) -> dict[str, bytes]:
    # Largest first, each to the least loaded worker: the handbook weighs as much as its policies.
    shares: list[list[_Job]] = [[] for _ in range(max(1, min(workers, len(documents))))]
    loads = [0] * len(shares)
    for number, document in sorted(enumerate(documents), key=lambda item: -len(item[1].html)):
        html = folder / f"{number}.html"
        html.write_text(document.html, encoding="utf-8")
        lightest = loads.index(min(loads))
        shares[lightest].append(_Job(document.path, html, folder / f"{number}.pdf"))
        loads[lightest] += len(document.html)

    children = []
    for number, share in enumerate(shares):
        job_file = folder / f"jobs-{number}.json"
        job_file.write_text(json.dumps([[j.name, str(j.html), str(j.pdf)] for j in share]), encoding="utf-8")
        command = [sys.executable, "-m", __name__, *([LOW_PRIORITY] if low_priority else []), str(job_file)]
        children.append(_Child(command, folder / f"errors-{number}.txt"))

    deadline = time.monotonic() + timeout
    try:
        for child in children:
            child.finish(deadline, timeout)
    finally:
        for child in children:
            child.stop()
    return {job.name: job.pdf.read_bytes() for share in shares for job in share}


class _Child:
    """One writer process. A writer killed by a signal (the layout engine's libraries crashed, which
    happens now and then on a loaded machine) is started once more before the build is failed."""

    def __init__(self, command: list[str], errors_file: Path) -> None:
        self._command = command
        self._errors_file = errors_file
        self._start()

    def _start(self) -> None:
        self._errors = self._errors_file.open("w+", encoding="utf-8")
        self._process = subprocess.Popen(self._command, stdout=subprocess.DEVNULL, stderr=self._errors)

    def finish(self, deadline: float, timeout: float) -> None:
        """Wait for the writer until ``deadline``; raise PdfError if it failed or ran out of time."""
        code = self._wait(deadline, timeout)
        if code < 0:  # killed by a signal: start it once more
            self._errors.close()
            self._start()
            code = self._wait(deadline, timeout)
        if code < 0:
            raise PdfError(f"could not write the PDFs: the PDF writer crashed twice ({signal.Signals(-code).name})")
        if code != 0:
            self._errors.seek(0)
            reason = self._errors.read().strip() or f"the PDF writer stopped with exit code {code}"
            raise PdfError(f"could not write the PDFs: {reason}")

    def _wait(self, deadline: float, timeout: float) -> int:
        try:
            return self._process.wait(timeout=max(0.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            raise PdfError(
                f"writing the PDFs took longer than {timeout:g} s and was stopped; raise "
                "extra.handbook.pdf_timeout in mkdocs.yml (or HANDBOOK_PDF_TIMEOUT) if the handbook is very large"
            ) from None

    def stop(self) -> None:
        if self._process.poll() is None:
            self._process.kill()
            self._process.wait()
        self._errors.close()


# --- the child process ----------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    *options, job_file = argv if argv is not None else sys.argv[1:]
    if LOW_PRIORITY in options:
        os.nice(_LOW_PRIORITY_NICENESS)
    try:
        from weasyprint import HTML, URLFetcher
        from weasyprint.urls import FatalURLFetchingError
    except OSError as error:  # a system library is missing
        print(f"WeasyPrint cannot start: {error}. It needs Debian's Pango and fonts: run make build", file=sys.stderr)
        return 1
    logging.getLogger("weasyprint").setLevel(logging.ERROR)  # layout remarks are not failures

    # Only data: URLs may be fetched; a refused fetch stops the PDF rather than leaving a gap in it.
    fetcher = URLFetcher(allowed_protocols={"data"}, fail_on_errors=True)
    for name, html, pdf in json.loads(Path(job_file).read_text(encoding="utf-8")):
        try:
            HTML(string=Path(html).read_text(encoding="utf-8"), url_fetcher=fetcher).write_pdf(pdf, pdf_tags=True)
        except FatalURLFetchingError as error:
            print(f"{name}: {error}: a PDF may hold nothing from outside the handbook", file=sys.stderr)
            return 1
        except Exception as error:  # any failure of the engine: say which PDF, without a traceback
            print(f"{name}: {type(error).__name__}: {error}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
