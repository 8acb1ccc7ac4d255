"""A CSV or ``.xlsx`` file as a header and rows: the form's export, or the staff list.

Forms export in more than one shape: Microsoft Forms gives ``.xlsx`` (dates as dates), Google Forms
and spreadsheets give CSV, comma- or semicolon-separated, in UTF-8 with or without a byte-order
mark, in Windows-1252 (Excel's "CSV") or, as Excel's "Unicode text", UTF-16 with tabs. Rows are
numbered as a spreadsheet shows them: the header is row 1.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from ..errors import display_path

Cell = str | datetime  # text, or a date and time from a spreadsheet cell
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm")
TEXT_SUFFIXES = (".csv", ".tsv", ".txt")
_DELIMITERS = ",;\t"


class TableError(Exception):
    """A file that cannot be read as rows, or a row that cannot be used: ``FILE row N: what to fix``."""

    def __init__(self, path: Path, row: int | None, message: str) -> None:
        where = display_path(path) + (f" row {row}" if row is not None else "")
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class Row:
    number: int  # as a spreadsheet shows it: the header is row 1
    cells: tuple[Cell, ...]

    def cell(self, column: int) -> Cell:
        return self.cells[column] if column < len(self.cells) else ""

    def text(self, column: int) -> str:
        value = self.cell(column)
        return value.isoformat(sep=" ") if isinstance(value, datetime) else value.strip()


@dataclass(frozen=True)
class Table:
    path: Path
    header: tuple[str, ...]  # empty for an empty file
    rows: tuple[Row, ...]  # empty rows left out

    def column_values(self, column: int) -> list[Cell]:
        """The column's cells that hold something."""
        return [row.cell(column) for row in self.rows if row.text(column)]


def read_table(path: Path) -> Table:
    if not path.is_file():
        raise TableError(path, None, "there is no such file")
    suffix = path.suffix.lower()
    if suffix in SPREADSHEET_SUFFIXES:
        records = _spreadsheet_records(path)
    elif suffix in TEXT_SUFFIXES:
        records = _csv_records(path)
    else:
        raise TableError(path, None, "give a .csv file or an Excel workbook (.xlsx), as the form service exports")
    numbered = [(number, cells) for number, cells in enumerate(records, start=1) if any(_filled(c) for c in cells)]
    if not numbered:
        return Table(path, (), ())
    (_, header), *rows = numbered
    names = tuple(c.isoformat(sep=" ") if isinstance(c, datetime) else c.strip() for c in header)
    return Table(path, names, tuple(Row(number, cells) for number, cells in rows))


def _filled(cell: Cell) -> bool:
    return isinstance(cell, datetime) or bool(cell.strip())


def _csv_records(path: Path) -> list[tuple[Cell, ...]]:
    data = path.read_bytes()
    text = _decoded(data, path)
    first_line = text.split("\n", 1)[0]
    delimiter = max(_DELIMITERS, key=first_line.count)
    try:
        return [tuple(cells) for cells in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    except csv.Error as error:
        raise TableError(path, None, f"is not a readable CSV file ({error})") from None


def _decoded(data: bytes, path: Path) -> str:
    encodings = ("utf-16",) if data.startswith((b"\xff\xfe", b"\xfe\xff")) else ("utf-8-sig", "cp1252")
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            break
        return text
    raise TableError(path, None, "is not a text file in UTF-8 or Windows-1252: export it again as CSV (UTF-8)")


def _spreadsheet_records(path: Path) -> list[tuple[Cell, ...]]:
    import openpyxl  # here: only `handbook acknowledgements` with a workbook needs it
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            sheet = workbook.worksheets[0]
            return [tuple(_cell(value) for value in values) for values in sheet.iter_rows(values_only=True)]
        finally:
            workbook.close()
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError, IndexError) as error:
        raise TableError(path, None, f"is not an Excel workbook that can be read ({error or type(error).__name__}); "
                         "export it again, or save it as CSV") from None


def _cell(value: object) -> Cell:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time())
    return str(value)  # a number as Python writes it: a version typed as 1.0 stays "1.0"
