"""Every page built from policy files, rendered as the site renders it and sanitised as it is published:
what the sanitiser has to remove is a problem naming the policy file and line.

So ``handbook check`` judges the very HTML the build publishes (the text among the page's own Markdown,
where ``1. [a]: x<script>`` is no reference definition but a clause's text). The build does not render
the pages here: it sanitises each page as MkDocs renders it (handbook.mkdocs_build.plugin) and names
the same lines with ``PolicyLines``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import markdown

from ..errors import PolicySourceError
from ..markdown_extensions.policy_markup import UNREADABLE, as_written, line_within, read_raw_html
from ..markdown_extensions.sanitiser import PAGE, Removal, sanitised
from ..model import Handbook, Policy
from ..source.policy_file import texts_with_lines
from ..versions.changes import ChangeLog
from . import policy_pages
from .paths import changes_path, policy_path, version_path
from .policy_pages import Page
from .site_pages import site_pages

_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
# As mkdocs.yml renders pages: the pages' own extensions and a table of contents with permalinks.
EXTENSION_CONFIGS = {"toc": {"permalink": True}}


@dataclass(frozen=True)
class PolicyLines:
    """Where on a page's policies a removal came from: the policy versions a page is made of, its own first."""

    handbook: Handbook

    def policies_of(self, page_path: str) -> list[Policy]:
        everything = [v for p in self.handbook.policies for v in self.handbook.history(p).versions]
        for policy in self.handbook.policies:
            history = self.handbook.history(policy)
            if page_path in (policy_path(policy), changes_path(policy)):
                return [policy, *reversed(history.archived), *everything]
            for version in history.archived:
                if page_path == version_path(version, history):
                    return [version, policy, *everything]
        return everything

    def error(self, page_path: str, removal: Removal) -> PolicySourceError:
        policies = self.policies_of(page_path)
        policy, line, text = _located(removal, policies) if policies else (None, None, "")
        if policy is None:
            policy = policies[0] if policies else None
        if policy is None:  # no policies: the page holds no text from policy_src/
            return PolicySourceError(Path(page_path), None, removal.message)
        return PolicySourceError(policy.source, line, as_written(removal, text))


def problems(handbook: Handbook, today: date) -> Iterator[PolicySourceError]:
    """Each thing the sanitiser takes out of a generated page, once, as the policy's FILE:LINE."""
    lines = PolicyLines(handbook)
    site = site_pages(handbook, ChangeLog(handbook), today)
    seen: set[str] = set()
    for page in [*site.listed, *site.unlisted]:
        if not page.holds_policy_markup:
            continue
        for error in page_problems(page, lines):
            if str(error) not in seen:
                seen.add(str(error))
                yield error


def page_problems(page: Page, lines: PolicyLines) -> list[PolicySourceError]:
    try:
        rendered = render(page.markdown)
    except Exception as error:  # Python-Markdown's HTML reader asserts on some input ("<![i")
        return [lines.error(page.path, unreadable(error))]
    return [lines.error(page.path, removal) for removal in sanitised(rendered, PAGE).removals]


def unreadable(error: Exception) -> Removal:
    """Python-Markdown could not read the page's HTML-like text: a problem at the first ``<!`` or ``<``
    (``<![`` ending one clause reads alone, but not before the next clause's ``</div>``)."""
    return Removal(UNREADABLE.format(error=error), ("<!", "<?", "<"), ())


def render(page_markdown: str) -> str:
    """The page's HTML; raises what the site engine would raise on reading it."""
    text = _FRONT_MATTER.sub("", page_markdown)
    read_raw_html(text)
    converter = _converter()
    converter.reset()
    return converter.convert(text)


@functools.cache  # made once: making a converter costs about as much as converting a page
def _converter() -> markdown.Markdown:
    return markdown.Markdown(extensions=[*policy_pages.MARKDOWN_EXTENSIONS, "toc"], extension_configs=EXTENSION_CONFIGS)


def _located(removal: Removal, policies: list[Policy]) -> tuple[Policy | None, int | None, str]:
    """The policy and line a removal came from: what was found, in the clause the page puts it in, or else
    in the first text that holds it; failing both, that clause's first line."""
    own = policies[0]
    clauses = {clause.anchor: clause for clause in own.clauses}
    clause = next((clauses[i] for i in reversed(removal.ids_before) if i in clauses), None)
    if clause and (offset := _offset(clause.text, removal.found)) is not None:
        return own, clause.line + offset, clause.text
    for probe in removal.found:
        for policy in policies:
            for text, first_line in _texts(policy):
                if (offset := _offset(text, (probe,))) is not None:
                    return policy, first_line + offset, text
    return (own, clause.line, "") if clause else (None, None, "")


def _offset(text: str, found: tuple[str, ...]) -> int | None:
    folded = text.casefold()
    return line_within(text, found) if any(p and p.casefold() in folded for p in found) else None


def _texts(policy: Policy) -> list[tuple[str, int]]:
    headings = [(section.heading, section.line) for section in policy.sections if section.heading]
    return [*headings, *texts_with_lines(policy)]
