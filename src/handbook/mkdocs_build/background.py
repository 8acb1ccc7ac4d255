"""`mkdocs serve` never waits for PDFs: the pages reload at once, and the PDFs are seen to afterwards,
in a thread: their print documents are made from the save's handbook, those whose policy changed are
laid out (handbook.pdf composed from the last one), and every PDF that differs from the served one is
put into the served site (and the cache, for the next build). Until then the served PDFs stand in the
new site (handbook.mkdocs_build.plugin's ``on_files``).

The PDFs are laid out in child processes at low priority (handbook.printing.pdf), so that an author's
next save is built while they run; the print documents (Markdown for the changed policies, the
rest from the page cache) are made in the thread, after the save's pages are served.
"""

from __future__ import annotations

import functools
import io
import logging
import threading
from collections.abc import Callable
from pathlib import Path

from ..errors import PolicySourceError
from ..model import Handbook
from ..printing import pdf, print_documents

# Makes the PDFs and keeps them in the PDF cache; returns them by their path in the site.
PdfJob = Callable[[], dict[str, bytes]]


class BackgroundPdfs:
    def __init__(self, log: logging.Logger) -> None:
        self._log = log
        self._lock = threading.Lock()
        self._job: tuple[PdfJob, Path] | None = None
        self._thread: threading.Thread | None = None

    def make(self, job: PdfJob, site: Path) -> None:
        """Run ``job`` (which returns the site's PDFs) after this build, and put those that differ from the
        served ones into ``site``; a newer call replaces a job not yet started."""
        self._log.info("PDFs: after the pages; those that change follow in the served site")
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
            except (pdf.PdfError, PolicySourceError) as error:  # the site is served without the new PDFs
                self._log.error("PDFs: %s", error)
                continue
            with self._lock:
                if self._job is not None:  # a newer site is served: its job takes these from the cache
                    continue
            changed = [path for path, content in made.items() if not _holds(site / path, content)]
            for path in changed:
                target = site / path
                target.parent.mkdir(parents=True, exist_ok=True)
                part = target.with_name(f".{target.name}.part")
                part.write_bytes(made[path])
                part.replace(target)  # a reader gets the old PDF or the new one, never half of one
            if changed:
                names = ", ".join(changed[:3]) + (" and more" if len(changed) > 3 else "")
                self._log.info("PDFs: %d made and in the served site (%s)", len(changed), names)


def serve_pdfs(
    handbook: Handbook, edition: print_documents.Edition, keep: print_documents.ArticleKeeper, cache: Path,
    timeout: float,
) -> dict[str, bytes]:
    """Every PDF of the site, by its path: from ``cache`` where its document is unchanged, else laid out at low
    priority (handbook.pdf composed from the last one, as `mkdocs build` does)."""
    from ..printing import compose  # with pikepdf: imported only when PDFs are made (issue 20)

    parts = print_documents.handbook_parts(handbook, edition, keep=keep)
    whole, *policies = print_documents.documents(handbook, edition, parts, keep)
    ready, pending = pdf.cached(policies, cache)
    pending_whole: print_documents.PrintDocument | None = None
    if (last := compose.unchanged(parts, edition, cache / "handbook")) is not None:
        ready[whole.path] = last
    else:
        pending_whole = whole
    if pending or pending_whole:
        ready |= compose.write_pdfs(pending_whole, pending, parts, edition, cache, timeout, in_background=True)
    return ready


def _holds(path: Path, content: bytes) -> bool:
    try:
        return path.stat().st_size == len(content) and path.read_bytes() == content
    except OSError:
        return False


@functools.cache
def placeholder_pdf() -> bytes:
    """A one-page PDF saying the PDF is being made: what a link to a PDF not yet made gets in the served site,
    so that the pages' links to it resolve (and the site's files stay as they will be) meanwhile."""
    from pypdf import PdfWriter  # imported only when PDFs are made: a tenth of a second (issue 20)
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

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
