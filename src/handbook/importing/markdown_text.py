"""Text from another document, written as Markdown that shows exactly those words.

Characters Markdown would read as formatting (``*``, ``_``, brackets, a ``<`` that could open an
HTML tag) are escaped, so "5 * 3" or "<name>" show as typed.
"""

from __future__ import annotations

import re

_SPECIAL = re.compile(r"([\\`*_\[\]|])")


def escape(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", text).replace("<", "&lt;")


def emphasised(text: str, bold: bool, italic: bool) -> str:
    """``text`` in bold and/or italic, its surrounding spaces left outside the marks."""
    core = text.strip()
    if not core or not (bold or italic):
        return text
    marks = ("**" if bold else "") + ("*" if italic else "")
    lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
    return f"{lead}{marks}{core}{marks[::-1]}{trail}"


def link(text: str, address: str) -> str:
    return f"[{text}](<{address}>)"
