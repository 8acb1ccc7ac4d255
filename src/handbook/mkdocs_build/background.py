"""`mkdocs serve` never waits for PDFs: the pages reload at once, and the PDFs whose policy changed
are made afterwards, in a thread, then put into the served site (and the cache, for the next build).

The thread only waits: the PDFs are laid out in child processes at low priority
(handbook.printing.pdf), so that an author's next save is built while they run.
"""

from __future__ import annotations

import functools
import io
import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

from ..printing import pdf

# Makes the PDFs and keeps them in the PDF cache; returns them by their path in the site.
PdfJob = Callable[[], dict[str, bytes]]


class BackgroundPdfs:
    def __init__(self, log: logging.Logger) -> None:
        self._log = log
        self._lock = threading.Lock()
        self._job: tuple[PdfJob, Path] | None = None
        self._thread: threading.Thread | None = None

    def make(self, paths: Sequence[str], job: PdfJob, site: Path) -> None:
        """Run ``job`` (which makes the PDFs at ``paths``) after this build, and put what it made into ``site``;
        a newer call replaces a job not yet started."""
        names = ", ".join(paths[:3]) + (" and more" if len(paths) > 3 else "")
        self._log.info("PDFs: %d to make after the pages (%s); they follow in the served site", len(paths), names)
        with self._lock:
            self._job = (job, site)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="handbook PDFs", daemon=True)
                self._thread.start()

    def _run(self) -> None:
        while True:
            with self._lock:
                waiting, self._job = self._job, None
                if waiting is None:
                    return
            job, site = waiting
            try:
                made = job()
            except pdf.PdfError as error:
                self._log.error("PDFs: %s", error)
                continue
            with self._lock:
                if self._job is not None:  # a newer site is served: its job takes these from the cache
                    continue
            for path, content in made.items():
                target = site / path
                target.parent.mkdir(parents=True, exist_ok=True)
                part = target.with_name(f".{target.name}.part")
                part.write_bytes(content)
                part.replace(target)  # a reader gets the old PDF or the new one, never half of one
            self._log.info("PDFs: %d made and in the served site (%s)", len(made), ", ".join(made))


@functools.cache
def placeholder_pdf() -> bytes:
    """A one-page PDF saying the PDF is being made: what a link to a PDF not yet made gets in the served site,
    so that the pages' links to it resolve (and the site's files stay as they will be) meanwhile."""
    writer = PdfWriter()
    page = writer.add_blank_page(595, 842)  # A4, in points
    font = DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica"),
    })
    page[NameObject("/Resources")] = DictionaryObject({
        NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)}),
    })
    text = DecodedStreamObject()
    text.set_data(b"BT /F1 14 Tf 72 770 Td (This PDF is being made: reload this page in a minute.) Tj ET")
    page[NameObject("/Contents")] = writer._add_object(text)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
