"""How long ``handbook import`` takes on a long Word file: a 36,000-word employee handbook.

    PYTHONPATH=src .venv/bin/python benchmarks/import_speed.py

The file is made here with python-docx as a city's handbook is laid out: a title, a Word table of
contents, 12 chapters as Heading 1 with sections as Heading 2 and 3, typed clause numbers, bullets,
a tab-aligned contacts list and a table in each chapter, and a document-control table at the top.
Prints the words, the time to import (read, write, check) and the time of each stage. The target
(issue 18) is under 10 s on this machine; timings on a shared machine vary, so compare ratios.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import docx

from handbook.importing import import_policy
from handbook.importing.policy_writer import write_body
from handbook.importing.word_reader import read_docx

SENTENCE = ("Employees must follow the procedures in this section, ask their supervisor when anything is unclear, "
            "and record what they did in the department's system before the end of the working day.")


def employee_handbook(path: Path, chapters: int = 12) -> int:
    document = docx.Document()
    document.add_paragraph("Employee Handbook", style="Title")
    table = document.add_table(rows=0, cols=2)
    for label, value in [("Owner", "Human Resources Department"), ("Effective date", "15 November 2007")]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    toc = document.styles.add_style("TOC 1", docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
    for chapter in range(1, chapters + 1):
        document.add_paragraph(f"Chapter {chapter} Working at the City\t{chapter * 3}", style=toc)
    for chapter in range(1, chapters + 1):
        document.add_paragraph(f"Working at the City, part {chapter}", style="Heading 1")
        for section in range(1, 9):
            document.add_paragraph(f"Topic {section} of part {chapter}", style="Heading 2")
            for clause in range(1, 6):
                document.add_paragraph(f"{chapter}.{section}.{clause} {SENTENCE} {SENTENCE}")
            document.add_paragraph("Detail", style="Heading 3")
            for item in range(3):
                document.add_paragraph(f"Item {item + 1}: {SENTENCE}", style="List Bullet")
        for row in ["Office\tPhone\tRoom", "Payroll\t555-0100\t12", "Benefits\t555-0101\t14"]:
            document.add_paragraph(row)
        grid = document.add_table(rows=3, cols=3)
        for r, row in enumerate(grid.rows):
            for c, cell in enumerate(row.cells):
                cell.text = f"Row {r} column {c}"
    document.save(path)
    return sum(len(p.text.split()) for p in document.paragraphs) + 4 + 27 * chapters


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "Employee Handbook.docx"
        words = employee_handbook(source)
        started = time.perf_counter()
        result = import_policy(source, "employee-handbook", Path(folder) / "policy_src")
        total = time.perf_counter() - started
        started = time.perf_counter()
        document = read_docx(source)
        reading = time.perf_counter() - started
        started = time.perf_counter()
        write_body(document.blocks)
        writing = time.perf_counter() - started
        print(f"{words} words, {source.stat().st_size // 1024} KiB .docx: import {total:.2f} s "
              f"(reading {reading:.2f} s, writing {writing:.2f} s, the rest checking and front matter); "
              f"{len(result.path.read_text().split())} words written")


if __name__ == "__main__":
    main()
