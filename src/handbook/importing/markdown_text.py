"""Formatting from another document, written as Markdown: bold, italic and links.

The words themselves are escaped first (handbook.markdown_extensions.text.escape_imported_text),
so "5 * 3" or "<name>" show as typed.
"""

from __future__ import annotations


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
