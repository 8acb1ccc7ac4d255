"""Plain text spared Python-Markdown's inline patterns (handbook.markdown_extensions.plain_text): a page
renders to the same HTML with it as without it, whatever the text, and another extension's pattern is
never skipped."""

from __future__ import annotations

import xml.etree.ElementTree as etree

from hypothesis import example, given, seed, settings
from hypothesis import strategies as st
from markdown import Extension, Markdown
from markdown.inlinepatterns import InlineProcessor

from handbook.pages import policy_pages

PLAIN_TEXT = "handbook.markdown_extensions.plain_text"
WITHOUT = [name for name in policy_pages.MARKDOWN_EXTENSIONS if name != PLAIN_TEXT]

# Clause text as staff write it, and every character some inline pattern starts from.
WORDS = st.sampled_from([
    "Staff must", "report", "concerns", "to the DSL", "within 24 hours", "St Hugh's", "(see clause 4)",
    "e.g.", "£50", "—", "café", "1.", "-", ">", "|", "{ .note }", ":", "#", "\n", "\n\n", "  \n", "    ",
])
MARKS = st.sampled_from([*"`\\[]()!<>&*_#;:\"'=/", "&amp;", "&copy;", "<br>", "**", "__", "](", "<https://x.org>"])
# Mostly words, so that many texts hold one mark or none: a mark the check missed shows alone.
TEXTS = st.lists(st.one_of(*[WORDS] * 5, MARKS), max_size=16).map(" ".join)


def render(text: str, extensions: list) -> str:
    return Markdown(extensions=extensions).convert(text)


@seed(2026)
@settings(max_examples=400, deadline=None)
@given(TEXTS)
@example("Tell the DSL at once.  \nThen write it down.")
@example("Staff **must** report it; see [the form](https://example.org) & <abbr title=\"x\">DSL</abbr>.")
@example("- **Be fair** - staff act fairly\n- `code` and a\\*star")
@example("See [the form][form] or [the guide](https://example.org) and ![the map](/map.png).\n\n[form]: /form/")
@example("Run `report.exe` at once.")
@example("Read the _whole_ policy.")
@example("Write a \\# to start a line with one.")
@example("| Who | When |\n| --- | --- |\n| DSL | at once |")
def test_a_page_renders_the_same_with_plain_text_spared_the_patterns(text):
    assert render(text, policy_pages.MARKDOWN_EXTENSIONS) == render(text, WITHOUT)


class _Highlight(InlineProcessor):
    def handleMatch(self, match, data):  # noqa: N802 (Python-Markdown's API name)
        element = etree.Element("mark")
        element.text = match.group(1)
        return element, match.start(0), match.end(0)


class _HighlightExtension(Extension):
    """Another extension's pattern, whose characters ("==") the plain-text check does not know."""

    def extendMarkdown(self, md):  # noqa: N802 (Python-Markdown's API name)
        md.inlinePatterns.register(_Highlight(r"==(.+?)==", md), "highlight", 65)


def test_a_pattern_of_another_extension_still_sees_every_text():
    page = render("Read this ==before the visit== please.", [*policy_pages.MARKDOWN_EXTENSIONS, _HighlightExtension()])
    assert "<mark>before the visit</mark>" in page


def test_plain_text_is_spared_with_the_patterns_the_pages_use():
    """Python-Markdown's own patterns are recognised (an upgrade that changes them would turn the saving off)."""
    md = Markdown(extensions=[*policy_pages.MARKDOWN_EXTENSIONS, "toc"])
    spared = []
    original = md.inlinePatterns["backtick"].getCompiledRegExp
    md.inlinePatterns["backtick"].getCompiledRegExp = lambda: spared.append(1) or original()
    md.convert("Staff report concerns to the DSL within 24 hours.\n\nThe head teacher decides.")
    assert spared == []  # the first pattern never tried on either paragraph
