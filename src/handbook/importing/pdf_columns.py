"""A PDF page set in two columns, read as a person reads it: down the left column, then the right.

pdfplumber gives words with their positions; lines are the words sharing a baseline across the whole
page, which on a two-column page runs each left-column line into the right column's beside it ("Staff
who work alone must tell a Staff who work alone must tell a colleague ..."). Rows that keep a gap in
the same place near the middle of the page (the gutter), with text on both sides reaching that gap,
are a two-column part: its left sides are read first, then its right. A row with text on one side only
(the other column ends a paragraph there) belongs to the part while two-sided rows come after it.
Short cells with gaps between them (a signature block, a tab-aligned list of contacts) are not
columns: each side must be as wide as a column of text. Where the two columns' baselines do not line
up (Typst, LaTeX: a heading in one column shifts its lines against the other's), each row holds one
column's line: rows in a run that leaves the same strip near the middle empty, lines of column width
on each side of it, are a two-column part too.
"""

from __future__ import annotations

import itertools

_MIDDLE = (0.3, 0.7)  # where on the page a gutter can be, as shares of its width
_LEAST_GUTTER = 12.0  # points: wider than a space between words
_COLUMN_WIDTH = 0.25  # each side's text at least this share of the page's width, in most of its rows
_LEAST_ROWS = 3


def in_reading_order(rows: list[list[dict]], width: float) -> list[list[dict]]:
    """``rows`` (each a line's words, left to right, top to bottom) with each two-column part's rows
    split at its gutter, its left halves first."""
    ordered: list[list[dict]] = []
    index = 0
    while index < len(rows):
        part, gutter = _two_column_part(rows, index, width) or _offset_columns(rows, index, width)
        if part:
            middle = (gutter[0] + gutter[1]) / 2
            ordered += [side for row in part if (side := [w for w in row if w["x1"] <= middle])]
            ordered += [side for row in part if (side := [w for w in row if w["x0"] >= middle])]
            index += len(part)
        else:
            ordered.append(rows[index])
            index += 1
    return ordered


def _two_column_part(rows: list[list[dict]], start: int, width: float) -> tuple[list[list[dict]], tuple] | None:
    """The rows from ``start`` that make a two-column part, and its gutter; None if they do not."""
    gutter = _gutter(rows[start], width)
    if gutter is None:
        return None
    part, two_sided = [rows[start]], 1
    for row in rows[start + 1 :]:
        found = _gutter(row, width)
        if found and max(found[0], gutter[0]) < min(found[1], gutter[1]):
            gutter = (max(found[0], gutter[0]), min(found[1], gutter[1]))
            part.append(row)
            two_sided = len(part)
        elif all(w["x1"] <= gutter[1] for w in row) or all(w["x0"] >= gutter[0] for w in row):
            part.append(row)  # one side only: kept while two-sided rows come after it
        else:
            break
    part = part[:two_sided]
    sides = [(_extent(row, lambda w: w["x1"] <= gutter[1]), _extent(row, lambda w: w["x0"] >= gutter[0]))
             for row in part]
    wide = sum(1 for left, right in sides if min(left, right) >= width * _COLUMN_WIDTH)
    if sum(1 for left, right in sides if left and right) < _LEAST_ROWS or wide * 2 < len(part):
        return None
    return part, gutter


def _offset_columns(rows: list[list[dict]], start: int, width: float) -> tuple[list[list[dict]], tuple]:
    """The rows from ``start`` that leave one strip near the middle empty (the gutter), each side's lines
    as wide as a column in most rows, and its gutter; none if they do not."""
    gutter, end = (width * _MIDDLE[0], width * _MIDDLE[1]), start
    while end < len(rows):
        narrowed = _clear_of(rows[end], gutter)
        if narrowed[1] - narrowed[0] < _LEAST_GUTTER:
            break
        gutter, end = narrowed, end + 1
    part = rows[start:end]
    sides = [(_extent(row, lambda w: w["x1"] <= gutter[0]), _extent(row, lambda w: w["x0"] >= gutter[1]))
             for row in part]
    wide = [sum(1 for pair in sides if pair[side] >= width * _COLUMN_WIDTH) for side in (0, 1)]
    if min(wide) < _LEAST_ROWS or sum(wide) * 2 < len(part):
        return [], ()
    return part, gutter


def _clear_of(row: list[dict], strip: tuple[float, float]) -> tuple[float, float]:
    """The widest part of ``strip`` that no word of ``row`` covers."""
    free = [strip]
    for word in row:
        free = [piece for left, right in free
                for piece in ((left, min(right, word["x0"])), (max(left, word["x1"]), right)) if piece[1] > piece[0]]
    return max(free, key=lambda piece: piece[1] - piece[0], default=(0.0, 0.0))


def _gutter(row: list[dict], width: float) -> tuple[float, float] | None:
    """The widest gap between neighbouring words of a row in the middle of the page, if wide enough."""
    gaps = [(left["x1"], right["x0"]) for left, right in itertools.pairwise(row)
            if right["x0"] - left["x1"] >= max(_LEAST_GUTTER, 1.5 * left["size"])
            and width * _MIDDLE[0] < (left["x1"] + right["x0"]) / 2 < width * _MIDDLE[1]]
    return max(gaps, key=lambda gap: gap[1] - gap[0], default=None)


def _extent(row: list[dict], on_side) -> float:
    side = [w for w in row if on_side(w)]
    return max(w["x1"] for w in side) - min(w["x0"] for w in side) if side else 0.0
