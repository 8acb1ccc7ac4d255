"""Every pattern the importer reads lines with finishes on long, awkward lines (issue 18, set 113): NIIS's version
table, its rows run into one line of 30 cells, held the effective-date pattern for minutes, as a space after each
bar could be taken by either side of it in exponentially many ways. Each pattern is tried on lines of the shapes
real documents have at their longest: a table row, a run of capitalised words, of phrases, of quotes and of marks."""

from __future__ import annotations

import importlib
import pkgutil
import re
import signal

import pytest

import handbook.importing

_SECONDS = 2  # each pattern takes milliseconds on these lines; one that backtracks takes minutes

_LINES = {
    "a version table's rows run into one line": "".join(
        f"| 0.{row}\t| Updated according to comments received in the telco on 27.4.2015\t| 4.5.15 / PK "
        for row in range(30)),
    "capitalised words": " ".join(["Alpha Beta Gamma Delta of the Epsilon and Zeta"] * 25),
    "names with dots and possessives": " ".join(["St. Mary's Children's Trust Ltd."] * 25) + " x",
    "spaces": "a" + "   " * 300 + "!",
    "a phrase over and over": " ".join(["approved by the board on"] * 40),
    "dashes": " - ".join(["Policy Name"] * 40),
    "quotes": " ".join(['"We" and "us"'] * 40),
    "brackets": "(" * 50 + "a" + ")" * 10,
    "commas": ", ".join(["Alpha Beta"] * 60) + " Inc",
    "colons": ": ".join(["Owner"] * 60),
}


def _patterns() -> dict[str, re.Pattern]:
    """Each text pattern a module of handbook.importing holds, alone or in a table of patterns (LABELLED), once."""
    found: dict[str, tuple[str, re.Pattern]] = {}
    for module_info in pkgutil.iter_modules(handbook.importing.__path__):
        module = importlib.import_module(f"handbook.importing.{module_info.name}")
        for name, value in vars(module).items():
            table = value if isinstance(value, dict) else {"": value}
            for key, pattern in table.items():
                if isinstance(pattern, re.Pattern) and isinstance(pattern.pattern, str):
                    place = f"{module_info.name}.{name}" + (f"[{key}]" if key else "")
                    found.setdefault(pattern.pattern, (place, pattern))
    return dict(found.values())


def _timed_out(*_) -> None:
    raise TimeoutError


def test_the_patterns_are_many_enough_to_mean_something():
    assert len(_patterns()) > 300


@pytest.mark.parametrize("shape", list(_LINES))
def test_every_pattern_finishes_on_a_long_awkward_line(shape):
    line, slow = _LINES[shape], []
    previous = signal.signal(signal.SIGALRM, _timed_out)
    try:
        for place, pattern in _patterns().items():
            signal.alarm(_SECONDS)
            try:
                pattern.match(line)
                pattern.search(line)
            except TimeoutError:
                slow.append(place)
            finally:
                signal.alarm(0)
    finally:
        signal.signal(signal.SIGALRM, previous)
    assert not slow, f"still matching after {_SECONDS} s on {shape}: {slow}"
