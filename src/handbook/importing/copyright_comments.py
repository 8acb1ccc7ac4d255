"""The copyright notice in a file's comments, where projects keep their licence header: an AsciiDoc ``////`` block or
``//`` lines, a reStructuredText comment ("(c) Crown copyright Met Office. All rights reserved." opening each of a
project's files), a Markdown file's HTML comment ("Copyright (c) 2019, Joyent, Inc."). Not the policy's words, but
whose it is: the document's ``copyright`` property (handbook.importing.facts)."""

from __future__ import annotations

from collections.abc import Iterable

from .organisation import COPYRIGHT_LINE


def copyright_comment(comments: Iterable[str]) -> dict[str, str]:
    """{"copyright": the first line of ``comments`` that is a copyright notice}, or {}."""
    for comment in comments:
        for line in comment.splitlines():
            if COPYRIGHT_LINE.match(line := line.strip(" -=*/")):
                return {"copyright": line}
    return {}
