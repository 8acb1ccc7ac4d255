"""A web page's <title> as sites write it, "Page | Site": its parts, and the site's name where the other part is a home
page's ("Home | DRESDEN CODE OF CONDUCT"), which names no document."""

from __future__ import annotations

import re

_TITLE_PARTS = re.compile(r"\s+[|\u2013\u2014\u00b7:-]{1,2}\s+")
_HOME_PAGE = re.compile(r"^(?:home(?:\s*page)?|start(?:seite)?|index|welcome|main page|startpage)$", re.IGNORECASE)


def page_parts(stated: str) -> list[str]:
    """A web page's <title> in its parts: "6 Expectations - Faylab Lab Manual" -> the page's, the site's."""
    return [part for part in _TITLE_PARTS.split(stated.strip()) if part]


def page_title(stated: str) -> str:
    """A web page's <title> without a home page's part: "Home | DRESDEN CODE OF CONDUCT" -> the site's name."""
    parts = page_parts(stated)
    named = [part for part in parts if not _HOME_PAGE.match(part)]
    return " ".join(named) if len(parts) > 1 and len(named) == 1 else stated.strip()
