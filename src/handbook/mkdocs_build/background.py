"""`mkdocs serve` never waits for PDFs: the pages reload at once, and the PDFs whose policy changed
are made afterwards, in a thread, then put into the served site (and the cache, for the next build).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from pathlib import Path

from ..printing import pdf
from ..printing.print_documents import PrintDocument


class BackgroundPdfs:
    def __init__(self, log: logging.Logger) -> None:
        self._log = log
        self._lock = threading.Lock()
        self._job: tuple[Sequence[PrintDocument], Path, Path, float] | None = None
        self._thread: threading.Thread | None = None

    def make(self, documents: Sequence[PrintDocument], cache: Path, site: Path, timeout: float) -> None:
        """Make ``documents`` after this build; a newer call replaces a job not yet started."""
        names = ", ".join(d.path for d in documents[:3]) + (" and more" if len(documents) > 3 else "")
        self._log.info("PDFs: %d to make after the pages (%s); they follow in the served site", len(documents), names)
        with self._lock:
            self._job = (documents, cache, site, timeout)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="handbook PDFs", daemon=True)
                self._thread.start()

    def _run(self) -> None:
        while True:
            with self._lock:
                job, self._job = self._job, None
                if job is None:
                    return
            documents, cache, site, timeout = job
            try:
                made = pdf.write_pdfs(documents, timeout=timeout, cache=None)
            except pdf.PdfError as error:
                self._log.error("PDFs: %s", error)
                continue
            pdf.store(cache, {pdf.cache_key(d): made[d.path] for d in documents})
            for path, content in made.items():
                target = site / path
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(content)
            self._log.info("PDFs: %d made and in the served site (%s)", len(made), ", ".join(made))
