"""A damaged PDF rebuilt so that its text can be read: one whose cross-reference table points to the wrong places
(a signing service's output, "No /Root object!"), which pdfminer refuses. pypdf reads such a file leniently, as PDF
viewers do, and writes it out whole; the import then reads the rebuilt file and says so. qpdf (pikepdf), which
repairs most damage, refuses some of these outright ("root of pages tree has no /Kids array")."""

from __future__ import annotations

import contextlib
import io
import logging
from collections.abc import Iterator
from pathlib import Path

import pypdf
from pypdf.errors import PyPdfError


def rebuilt(path: Path) -> io.BytesIO | None:
    """The PDF at ``path`` written out again by pypdf, read leniently; None where pypdf cannot read it either."""
    try:
        with damage_unlogged():
            writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(path, strict=False))
            copy = io.BytesIO()
            writer.write(copy)
    except (PyPdfError, ValueError, KeyError, OSError):
        return None
    copy.seek(0)
    return copy


@contextlib.contextmanager
def damage_unlogged() -> Iterator[None]:
    """pypdf's and pdfminer's warnings of the damage they read past ("incorrect startxref pointer", "Data-loss while
    decompressing corrupted data", a font's "Could not get FontBBox") kept off the terminal: they are for the PDF's
    maker, and the import's report says what it left out or rebuilt."""
    loggers = [logging.getLogger(name) for name in ("pypdf", "pdfminer")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)
