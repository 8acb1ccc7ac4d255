"""A PDF's ruled tables as blocks: one going on over a page break read as one table, and those repeated on
most pages (a logo's words in a box) told apart as page furniture.

A table too long for its page goes on at the top of the next, as Word and Google Docs break it, with its
header row repeated or not: a page's first table, nothing of the page before it, with as many columns as the
table that ended the page above, is that table going on (a repeated header row is left out). A row the page
break cuts in two (a long cell going on over the page: "... Moved Risk Matrix scoring" / "guidance to
Appendix A") starts the continuation with its first cell empty; where each of its other cells is empty or
goes on with the words left unfinished above it (no full stop there, a small letter here), it is joined to
the row above. A row whose first cell is empty for another reason (a category cell spanning rows) starts
its own words with a capital, and stays a row.

Not every box pdfplumber finds is a table. A draft marking its changes shades each changed line of text in a
box of its own: the boxes' edges make a grid whose "columns" end where each line's words end, none going on
through the rows. A table's column rules run down its rows; where no rule between columns runs through at least
half the rows (``ruled_as_table``), the words are read as the page's lines, as a reader reads them. So are they where
the cells leave much of the grid's box empty: a quotation highlighted over the end of one line and the start of the
next makes two boxes, a "grid" whose other two cells hold the rest of those lines.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from .document import Block, Table, where

_ENDS_SENTENCE = re.compile(r"[.!?:;]\s*$")
_MOSTLY = 0.9  # of a grid's box its cells cover, where it is a table


def table_key(rows: tuple[tuple[str, ...], ...]) -> str:
    return re.sub(r"\d+", "#", " ".join(cell for row in rows for cell in row).casefold())


def ruled_as_table(cells: list[tuple[float, float, float, float]], box: tuple[float, float, float, float]) -> bool:
    """Whether a rule between columns runs through at least half the rows of the grid pdfplumber found:
    ``cells`` are its cells' boxes (x0, top, x1, bottom), ``box`` the grid's own."""
    covered = sum((x1 - x0) * (bottom - top) for x0, top, x1, bottom in cells)
    if covered < _MOSTLY * (box[2] - box[0]) * (box[3] - box[1]):
        return False
    rows = {round(top) for _, top, _, _ in cells}
    rows_by_rule: dict[int, set[int]] = defaultdict(set)
    for x0, top, _, _ in cells:
        if x0 - box[0] > 1:  # a cell's left edge inside the grid: a rule between columns
            rows_by_rule[round(x0)].add(round(top))
    return max(map(len, rows_by_rule.values()), default=0) * 2 >= len(rows)


def repeated_tables(pages: list[list]) -> set[str]:
    """Tables that repeat on most pages (a logo's words, a letterhead laid out as a table): furniture."""
    seen = Counter(key for tables in pages for key in {table_key(rows) for _, rows in tables})
    return {key for key, count in seen.items() if len(pages) >= 2 and count >= max(2, len(pages) / 2)}


def add_table(blocks: list[Block], rows: tuple[tuple[str, ...], ...], page: int, first_on_page: bool) -> None:
    """Add the table ``rows`` on ``page``, or where it is the table above going on over the page break
    (``first_on_page``: nothing of its page came before it), add its rows to that table."""
    last = blocks[-1] if blocks else None
    if first_on_page and isinstance(last, Table) and last.rows and len(last.rows[0]) == len(rows[0]):
        if rows[0] == last.rows[0]:  # its header row, repeated on the new page
            rows = rows[1:]
        kept = last.rows
        if rows and _goes_on(kept[-1], rows[0]):
            kept = (*kept[:-1], tuple(" ".join(part for part in (above, below) if part)
                                      for above, below in zip(kept[-1], rows[0], strict=True)))
            rows = rows[1:]
        blocks[-1] = Table(last.number, (*kept, *rows), last.place)
        return
    number = len(blocks) + 1
    blocks.append(Table(number, rows, "the table at " + where(number, " ".join(rows[0]), page=page)))


def _goes_on(above: tuple[str, ...], row: tuple[str, ...]) -> bool:
    """Whether ``row`` is the rest of the row ``above``, cut by the page: its first cell empty, and each of its
    cells empty or going on with words left unfinished above."""
    if row[0] or not any(row):
        return False
    return all(not cell or (upper and not _ENDS_SENTENCE.search(upper) and cell[:1].islower())
               for upper, cell in zip(above, row, strict=True))
