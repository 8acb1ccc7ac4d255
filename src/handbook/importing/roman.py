"""Roman numerals, as lists number their points: 4 -> "iv"."""

from __future__ import annotations

_NUMERALS = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
             (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


def to_roman(number: int) -> str:
    digits = []
    for value, numeral in _NUMERALS:
        count, number = divmod(number, value)
        digits.append(numeral * count)
    return "".join(digits)
