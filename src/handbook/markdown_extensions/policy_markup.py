"""What HTML a policy's text may hold, checked as each policy is read: a thin layer over the sanitiser.

The rule (docs/authoring.md, "HTML in policy text") is the allow-list ``POLICY_TEXT`` of
handbook.markdown_extensions.sanitiser, the one way of deciding what is allowed: each heading,
introduction and clause is rendered by Python-Markdown as the page renders it, put through the
sanitiser, and anything the sanitiser had to remove is a ``FILE:LINE`` error saying what was
found and what to write instead.

Text is checked here on its own, so a review or an import is refused at once; the pages are checked
again whole (handbook.pages.published_markup), where the text sits among the page's own Markdown
and may read differently (``1. [a]: x<script>`` is a reference definition alone, a clause's text on
the page).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from markdown import Markdown, htmlparser

from ..errors import PolicySourceError
from ..model import Policy
from .sanitiser import POLICY_TEXT, RAW_HTML, Removal, sanitised
from .text import allow_escaped_angle_bracket

# The extensions policy text is written for (handbook.pages.policy_pages.MARKDOWN_EXTENSIONS, less our own).
_EXTENSIONS = ["admonition", "attr_list", "def_list", "md_in_html", "tables"]
UNREADABLE = (
    "Python-Markdown cannot read the HTML-like text here ({error}); to show '<' itself write \\<, "
    "and write no HTML but <br>, <abbr>, <sup> and <sub>"
)


# Where problems go instead of being raised, while ``markup_problems_kept`` is in effect.
_kept: ContextVar[list[PolicySourceError] | None] = ContextVar("markup_problems_kept", default=None)


@contextmanager
def markup_problems_kept(into: list[PolicySourceError]) -> Iterator[None]:
    """Within it, HTML the rule refuses is added to ``into`` rather than raised: the build outside
    ``--strict`` publishes the page as the sanitiser leaves it, with a warning. Text Markdown cannot
    read at all is still raised."""
    token = _kept.set(into)
    try:
        yield
    finally:
        _kept.reset(token)


def problems_kept_if_asked[T](check: Callable[[], T]) -> tuple[T, list[PolicySourceError]]:
    """``check()``, and the problems it kept if its caller keeps them (``markup_problems_kept``); else it raises
    the first. ``report`` then gives them to the caller, now or in a later build with the same result."""
    if _kept.get() is None:
        return check(), []
    found: list[PolicySourceError] = []
    with markup_problems_kept(found):
        return check(), found


def report(problem: PolicySourceError) -> None:
    """``problem`` raised, or kept if the caller keeps them (``markup_problems_kept``)."""
    if (kept := _kept.get()) is None:
        raise problem
    kept.append(problem)


def check_policy_markup(policy: Policy) -> None:
    """Refuse HTML the rule above does not allow, naming the policy file's line."""
    blocks = [("#" * section.level + " " + section.heading, section.line)
              for section in policy.sections if section.heading]
    blocks += [(section.intro, section.intro_line) for section in policy.sections if section.intro]
    blocks += [(clause.text, clause.line) for clause in policy.clauses]
    for text, first_line in blocks:
        problem = _problem_in(text)
        if isinstance(problem, Removal):
            line = first_line + line_within(text, problem.found)
            report(PolicySourceError(policy.source, line, as_written(problem, text)))
        elif problem:
            raise PolicySourceError(policy.source, first_line + line_within(text, ("<!", "<")), problem)


def as_written(removal: Removal, text: str) -> str:
    """The removal's message with what was found spelt as in ``text`` ("<AI>", which HTML reads as "<ai>")."""
    for probe in removal.found:
        position = text.casefold().find(probe.casefold()) if probe else -1
        if position >= 0 and len(text.casefold()) == len(text):  # the same offsets in both
            return removal.message.replace(probe, text[position:position + len(probe)], 1)
    return removal.message


def line_within(text: str, found: tuple[str, ...]) -> int:
    """How many lines into ``text`` the first of ``found`` is (case aside); 0 when none is there."""
    folded = text.casefold()
    for probe in found:
        if probe and (position := folded.find(probe.casefold())) >= 0:
            return text.count("\n", 0, position)
    return 0


@functools.lru_cache(maxsize=8192)  # archived versions repeat most clauses of the current one
def _problem_in(text: str) -> Removal | str | None:
    if not any(mark in text for mark in "<{[&"):  # every construct the rule is about needs one
        return None
    converter = _converter()
    converter.reset()
    try:
        read_raw_html(text)
        rendered = converter.convert(text)
    except Exception as error:  # Python-Markdown's HTML reader asserts on some input ("<![i")
        return UNREADABLE.format(error=error)
    # The rendered text may hold only what Markdown makes of policy text (a refusal there names the
    # attribute or address); what was written as HTML itself (Python-Markdown keeps it aside) only
    # the few raw elements.
    written_as_html = "".join(str(block) for block in converter.htmlStash.rawHtmlBlocks)
    removals = sanitised(rendered, POLICY_TEXT).removals or sanitised(written_as_html, RAW_HTML).removals
    return removals[0] if removals else None


def read_raw_html(text: str) -> None:
    """Read ``text`` as MkDocs reads each page for its anchors, with Python-Markdown's HTML parser
    (html.parser), which raises AssertionError on some input ("<![i"): so that raises here first."""
    reader = htmlparser.htmlparser.HTMLParser()
    reader.feed(text)
    reader.close()


@functools.cache  # made once: making a Markdown converter costs more than most conversions
def _converter() -> Markdown:
    converter = Markdown(extensions=_EXTENSIONS)
    allow_escaped_angle_bracket(converter)  # as points_and_references does on the pages: "\\<" is text
    return converter
