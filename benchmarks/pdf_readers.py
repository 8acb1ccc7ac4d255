"""The PDF readers compared for ``handbook import`` (docs/authoring.md, "Importing"): pdfplumber,
pdfminer.six (which pdfplumber is built on) and pypdf, on the three things an import needs.

    PYTHONPATH=src:tests .venv/bin/python benchmarks/pdf_readers.py [FILE.pdf ...]

Without files it makes a policy PDF with WeasyPrint (tests/test_import_formats.py: a running header,
"Page N of M" footers, bold 14 pt section headings, a contents list). For each reader it prints the
time, whether each word's font name and size come with it (headings typed as bold or larger text),
whether each line's position on the page does (headers and footers are lines in the page's margins
that repeat), and the numbering as read: the lines that start with a number or bullet.
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
from pathlib import Path

import pdfplumber
import pypdf
from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar, LTTextContainer, LTTextLine

NUMBERED = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|\(?[a-z]\)|[\u2022\uf0b7\-])\s")


def with_pdfplumber(path: Path) -> tuple[list[str], bool, bool]:
    lines = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            words = page.extract_words(extra_attrs=["fontname", "size"])
            lines += (page.extract_text() or "").splitlines()
            fonts = bool(words) and all("fontname" in w and "size" in w for w in words)
            positions = bool(words) and all("top" in w for w in words)
    return lines, fonts, positions


def with_pdfminer(path: Path) -> tuple[list[str], bool, bool]:
    lines, fonts = [], True
    for page in extract_pages(path):
        for box in page:
            if isinstance(box, LTTextContainer):
                for line in box:
                    if isinstance(line, LTTextLine):
                        lines.append(line.get_text().rstrip("\n"))
                        fonts &= all(hasattr(c, "fontname") for c in line if isinstance(c, LTChar))
    return lines, fonts, True  # every box has its bbox


def with_pypdf(path: Path) -> tuple[list[str], bool, bool]:
    lines = []
    for page in pypdf.PdfReader(path).pages:
        lines += page.extract_text().splitlines()
    # extract_text gives the text alone; a visitor function can see font dictionaries and matrices,
    # but grouping glyphs into words and lines with their sizes is then ours to write.
    return lines, False, False


def main() -> None:
    files = [Path(a) for a in sys.argv[1:]]
    if not files:
        from test_import_formats import duty_of_care_pdf

        files = [duty_of_care_pdf(Path(tempfile.mkdtemp()) / "duty-of-care.pdf")]
    for path in files:
        print(f"\n{path.name}")
        for name, read in (("pdfplumber", with_pdfplumber), ("pdfminer.six", with_pdfminer), ("pypdf", with_pypdf)):
            started = time.perf_counter()
            lines, fonts, positions = read(path)
            seconds = time.perf_counter() - started
            numbered = [line.strip()[:50] for line in lines if NUMBERED.match(line)]
            print(f"  {name:13} {seconds:6.2f} s, {len(lines)} lines; font name and size per word: "
                  f"{'yes' if fonts else 'no'}; position per line: {'yes' if positions else 'no'}; "
                  f"numbered lines {len(numbered)}: {numbered[:3]}")


if __name__ == "__main__":
    main()
