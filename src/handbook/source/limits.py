"""Limits on a policy file's size and shape, far above any real policy, below what breaks the build.

Python-Markdown, which turns policy text into pages, has inputs it cannot cope with: a list
nested a few hundred levels deep overflows Python's stack (a traceback, after 800 MB and half a
minute at 1,000 levels), and a paragraph of many '[' (or '<') takes time that grows with the
square of their number: 4,000 take 10 seconds, 50,000 over two minutes. ``handbook check`` and the
build read every policy through ``parse_policy``, so both refuse such a file here, at once and
alike, with its line and what to do.

Each limit is many times what the policies in ``policy_src/`` and ``examples/policy_src/`` use
(measured: the longest line 718 characters, lists nested 2 deep, at most 2 '[' in a paragraph);
see docs/authoring.md ("Limits").
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import PolicySourceError
from .syntax import CODE_FENCE

# An imported Word paragraph is one line: 10,000 characters is some 1,700 words, three pages.
MAX_LINE_LENGTH = 10_000
# Lists and quotes inside each other; a policy rarely goes past 3 (a clause's bullets, their sub-points).
MAX_NESTING = 10
# '[' (links, images) and '<' (HTML, automatic links) in one paragraph, list item or table row:
# 100 take Markdown a few milliseconds; ten times as many, a quarter of a second each.
MAX_MARKS_PER_PARAGRAPH = 100
# Markdown's time per mark (emphasis, escapes, code) also grows with the paragraph; the longest
# paragraph in use has 1,534 characters, an imported Word paragraph at most MAX_LINE_LENGTH.
MAX_PARAGRAPH_LENGTH = 20_000

# What leads a line into lists and quotes: indents, '>' and list markers ("- ", "* ", "1. ", "2) ").
_NESTING_PREFIX = re.compile(r"^(?:[ \t]|>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))*")
_LIST_MARKER = re.compile(r"[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])")
# A line that starts a block of its own, whose text Markdown reads apart from the lines above it.
_STARTS_BLOCK = re.compile(r"^\s*(?:[-*+][ \t]|\d{1,9}[.)][ \t]|\||#|>)")
_UNESCAPED_MARK = re.compile(r"(?<!\\)(?:\\\\)*([\[<])")  # after an even number of backslashes (or none)


def check_line_lengths(lines: list[str], path: Path) -> None:
    """No line of the file (``lines``, from line 1) longer than ``MAX_LINE_LENGTH``."""
    for number, line in enumerate(lines, start=1):
        if len(line) > MAX_LINE_LENGTH:
            raise PolicySourceError(
                path, number, f"this line has {len(line):,} characters; a line may have at most "
                f"{MAX_LINE_LENGTH:,}: split it into paragraphs (leave a blank line between them), or into clauses",
            )


def check_body_shape(body: list[str], first_line: int, path: Path) -> None:
    """Lists and quotes at most ``MAX_NESTING`` deep; a paragraph (or list item, or table row) at most
    ``MAX_PARAGRAPH_LENGTH`` long, with at most ``MAX_MARKS_PER_PARAGRAPH`` of '[' and of '<'.
    ``body``'s lines start at file line ``first_line``."""
    in_fence = False
    marks = {"[": 0, "<": 0}  # in the paragraph so far
    length = 0  # of the paragraph so far
    for number, line in enumerate(body, start=first_line):
        if CODE_FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if not line.strip() or _STARTS_BLOCK.match(line):
            marks = {"[": 0, "<": 0}
            length = 0
        length += len(line)
        if length > MAX_PARAGRAPH_LENGTH:
            raise PolicySourceError(
                path, number, f"this paragraph is longer than {MAX_PARAGRAPH_LENGTH:,} characters; split it into "
                "paragraphs (a blank line between them) or clauses",
            )
        if (depth := nesting_depth(line)) > MAX_NESTING:
            raise PolicySourceError(
                path, number, f"this line is nested {depth} levels deep in lists or quotes; at most {MAX_NESTING} "
                "are allowed (a policy rarely needs more than 3): make the inner levels a list of their own, "
                "or indent less",
            )
        for mark in _UNESCAPED_MARK.findall(line) if "[" in line or "<" in line else ():
            marks[mark] += 1
            if marks[mark] > MAX_MARKS_PER_PARAGRAPH:
                raise PolicySourceError(
                    path, number, f"this paragraph holds more than {MAX_MARKS_PER_PARAGRAPH} '{mark}', which would "
                    "take Markdown minutes to read; split the paragraph (a blank line between its parts), or write "
                    f"\\{mark} for each '{mark}' that is not a link or HTML",
                )


def nesting_depth(line: str) -> int:
    """How deep ``line`` sits in lists and quotes: one level for each '>' or list marker before its
    text, and one for each four columns of its indent (so an indented line counts as its list's item)."""
    prefix = _NESTING_PREFIX.match(line)[0]
    indent = len(prefix) - len(prefix.lstrip(" \t"))
    return prefix.count(">") + len(_LIST_MARKER.findall(prefix)) + len(prefix[:indent].expandtabs(4)) // 4
