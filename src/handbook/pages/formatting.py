"""Small pieces of HTML every page writes alike: dates, "To be confirmed", attributes, JSON data."""

from __future__ import annotations

import html
from datetime import date

from ..markdown_extensions.text import escape_markdown
from ..model import ReviewPeriod

TO_BE_CONFIRMED = '<span class="tbc">To be confirmed</span>'


def html_date(day: date) -> str:
    return f'<time datetime="{day.isoformat()}">{day.day} {day:%B %Y}</time>'


def date_or_tbc(day: date | None) -> str:
    return html_date(day) if day else TO_BE_CONFIRMED


def or_tbc(value: str | None) -> str:
    return escape_markdown(value) if value else TO_BE_CONFIRMED


def every(period: ReviewPeriod | None) -> str:
    """ "every 3 years", or that the review period is to be confirmed (review_every: TBC)."""
    return f"every {period}" if period else 'review period <span class="tbc">to be confirmed</span>'


def html_attributes(attributes: dict[str, str]) -> str:
    """``name="value"`` pairs for a start tag, each value escaped."""
    return " ".join(f'{name}="{html.escape(value)}"' for name, value in attributes.items())


def json_script(element_id: str, json_text: str) -> str:
    """A ``<script type="application/json">`` holding ``json_text`` for a page's script to read.

    "<", ">" and "&" are written as JSON escapes, which JSON.parse reads back: no "</script>" or
    "<!--" in the data can end the element early or change how the browser reads it."""
    safe = json_text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f"<script {html_attributes({'type': 'application/json', 'id': element_id})}>{safe}</script>"


def json_data(element_id: str, json_text: str) -> str:
    """A hidden element holding ``json_text`` as its text, for a page's script to read (``textContent``).

    Unlike ``json_script``, it is no script: the sanitiser every generated page passes through
    (handbook.markdown_extensions.sanitiser) keeps it, as it keeps no script."""
    return f'<div {html_attributes({"id": element_id, "hidden": "hidden"})}>{html.escape(json_text, quote=False)}</div>'
