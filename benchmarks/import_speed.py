"""How long ``handbook import`` takes on a long Word file: a 36,000-word employee handbook.

    PYTHONPATH=src .venv/bin/python benchmarks/import_speed.py

The file is made here with python-docx as a city's handbook is laid out: a title, a Word table of
contents, 12 chapters as Heading 1 with sections as Heading 2 and 3, typed clause numbers, bullets,
a tab-aligned contacts list and a table in each chapter, and a document-control table at the top.
Prints the words, the time to import (read, write, check) and the time of each stage. The target
(issue 18) is under 10 s on this machine; timings on a shared machine vary, so compare ratios.

    PYTHONPATH=src .venv/bin/python benchmarks/import_speed.py --command --against /work/main/src

also runs the command itself, ``python -m handbook.cli import`` (loading the modules included), three
times with these sources and three with those under ``--against`` in turn, so that both meet the
same load: wall-clock and CPU seconds of each run, the fastest and least of each, the load average
before and after, and whether the two wrote the same policy.md byte for byte.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
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


def command_runs(source: Path, sources: dict[str, str], folder: Path, rounds: int = 3) -> None:
    """``handbook import`` as a user runs it, with each of ``sources`` (name -> PYTHONPATH) in turn."""
    print(f"load average before: {' '.join(f'{load:.1f}' for load in os.getloadavg())}")
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in sources}
    for round_number in range(rounds):
        for name, path in sources.items():
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            run = subprocess.run(
                [sys.executable, "-m", "handbook.cli", "import", str(source), "--id", "employee-handbook",
                 "--policy-src", str(folder / f"{name}-{round_number}")],
                env={**os.environ, "PYTHONPATH": path}, capture_output=True, text=True, check=False)
            wall = time.perf_counter() - started
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            if run.returncode:
                raise SystemExit(f"{name}: handbook import failed: {run.stderr[-500:]}")
            times[name].append((wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime))
    for name, runs in times.items():
        shown = ", ".join(f"{wall:.2f} s ({cpu:.2f} s CPU)" for wall, cpu in runs)
        print(f"handbook import, {name} ({sources[name]}): {shown}; fastest {min(w for w, _ in runs):.2f} s, "
              f"least CPU {min(c for _, c in runs):.2f} s")
    written = {(folder / f"{name}-0" / "employee-handbook" / "policy.md").read_bytes() for name in sources}
    print(f"policy.md the same byte for byte: {'yes' if len(written) == 1 else 'NO'}")
    print(f"load average after: {' '.join(f'{load:.1f}' for load in os.getloadavg())}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--command", action="store_true", help="also time the command itself, three times")
    parser.add_argument("--against", help="another source tree (its src folder) to time the command with too")
    arguments = parser.parse_args()
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
        if arguments.command:
            sources = {"these sources": os.environ.get("PYTHONPATH", "")}
            if arguments.against:
                sources["against"] = arguments.against
            command_runs(source, sources, Path(folder))


if __name__ == "__main__":
    main()
