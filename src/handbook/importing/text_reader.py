"""Read plain text or Markdown pasted from elsewhere into paragraphs and tables.

A blank line ends a paragraph; so does a line that starts a new numbered item ("1.2", "(a)",
a bullet), as pasted lists often have no blank lines between items. Markdown headings (``#``)
are headings, and so are lines underlined (and perhaps overlined) with a row of one punctuation
mark, as Markdown (``===``, ``---``) and reStructuredText (``===``, ``---``, ``~~~``...) write them;
lines of ``|`` cells are a table (its ``| --- |`` line, if any, dropped). (A text written in what only
reStructuredText has, directives and roles, goes to rst_reader instead: see sniffing.)
The text is kept as written: Markdown's own marks in it (``**bold**``) stay.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import takewhile

from markdown.extensions.toc import slugify

from ..markdown_extensions.text import strip_emphasis
from ..source.syntax import CODE_FENCE, HEADING, TABLE_ROW, TABLE_RULE
from .document import AutoNumber, Block, ListKind, Paragraph, Table, where
from .signatories import names_a_person

# Words that name what a document is, as titles do: "Social Media Policy", "Staff Code of Conduct"
_DOCUMENT_KIND = re.compile(
    r"\b(?:polic(?:y|ies)|procedures?|code of (?:conduct|practice)|guidance|guidelines|handbook|statement"
    r"|protocol|charter|agreement|rules|terms|standards?|framework|strategy|plan)\b", re.I)
# A short line in capitals standing alone: "INTRODUCTION", "PERSONAL USE OF SOCIAL MEDIA"
_CAPITALS_HEADING = re.compile(r"^(?=.*[A-Z]{3})[A-Z][A-Z0-9 ,'&()/-]{2,69}$")
_LABELLED = re.compile(r"^[A-Z][A-Za-z-]*(?: [A-Za-z-]+){0,3}:\s+\S")  # "Title: ...", "Review date: ..."
_QUOTED = re.compile(r"^ {0,3}(?:> ?)+")  # Markdown's quotation marks opening a line: "> ", "> > "
# a row of one mark, three or more; of "=" or "-" two will do, as CommonMark's underline: "Bylaws" over "=="
_ADORNMENT = re.compile(r"^(?:(?P<mark>[=-])(?P=mark)+|(?P<other>[~^\"'`#*+_:.])(?P=other){2,})\s*$")
_ORDERED_ITEM = re.compile(r"^(\d{1,9})[.)]\s+")
# A line that ends in a line break written into the text ("... Fry Building<br/>", Markdown's two trailing
# spaces or backslash): the next line goes on in the same paragraph, even one starting "2 Marsham Street"
_LINE_BREAK = re.compile(r"(?:<br\s*/?>|(?<=\S) {2,}|(?<=\S)\\)$", re.I)
_MARKDOWN_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")  # a backslash before ASCII punctuation
# A Markdown list item's mark: "2. ", "2) ", "- ": after an item's line break, the list's next item (not "14 Mill Lane")
_MARKDOWN_ITEM = re.compile(r"^\s*(?:\d{1,9}[.)]|[-*+])\s")
# A line that is only a rule ("---", "* * *", "___" under a blank line, where it underlines nothing): it ends the
# paragraph above and begins none, as Markdown shows it (a thematic break), and holds no words
_RULE_LINE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
# Words a heading may hold and a person's name does not: "Our Standards", "What We Expect", "Scope of the Policy"
_HEADING_WORD = re.compile(r"\b(?:our|your|the|a|an|of|and|for|to|in|on|with|what|how|who|when|why|where|we|you|"
                           r"this|these|about)\b", re.I)
# A table's row or rule with no closing bar, as GitHub's Markdown allows ("| 2.0 | Document updated | 25.5.18"), in a
# table already begun or over its rule ("| -- | ---- |": one dash a column will do)
_OPEN_ROW = re.compile(r"^\s*\|[^|]*\|")
_OPEN_RULE = re.compile(r"^\s*\|\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
_DOTTED = re.compile(r"^\d+\.\d+")
_TITLE_LINE = 80  # a longer line on top is a sentence's, not a title's
_CONTENTS_ENTRY = re.compile(r"^\d+(?:\.\d+)*\.?\s+\[[^\]]*\]\([^)]*\)\s*$")  # "1.1 [Objective](#objective)"
_ITEM_MARK = re.compile(r"^(?:\(?[a-z]{1,5}\)|[a-z]{1,5}\.|\d+(?:\.\d+)*[.)]?)\s+")  # "b) ", "iv. ", "3.1 "
_STARTS_ITEM = re.compile(
    r"^\s*(?:\d+(?:\.\d+)*\.?\s|[A-Z](?:\.\d+)+\.?\s|\(?(?:[a-z]|[ivx]{1,5})\)\s|[-*+\u2022\u25cf\u25e6]\s"
    r"|(?<=\s)(?:[a-z]|[ivx]{1,5})\.\s)"  # "a. ...", "iv. ..." indented, as typed lists letter their points
)


def read_text(text: str, markdown: bool = False) -> list[Block]:
    """``markdown``: the text is a Markdown file (.md), whose "1." lines are Markdown's numbered lists."""
    blocks: list[Block] = []
    pending: list[str] = []
    rows: list[tuple[str, ...]] = []
    starts = [0, 0]  # the line numbers where the pending paragraph and table start
    # where an item's lines hang, under its text after its mark: a line there goes on with it, even one
    # that starts with a number ("           10.001. Market research ..." under "        b) ... FAR")
    hanging_at = [-1]
    indents: dict[int, int] = {}  # by paragraph number: how far its first line is indented (Markdown's nested lists)

    def plain_of(typed: str) -> str:  # Markdown's escapes as it shows them: "2027\)" is "2027)"
        return _MARKDOWN_ESCAPE.sub(r"\1", strip_emphasis(typed)) if markdown else strip_emphasis(typed)

    def close_paragraph() -> None:
        if not markdown and not blocks and _title_over_subtitle(pending):  # two lines on top, two lines as typed
            subtitle = pending.pop()
            close_paragraph()
            starts[0] += 1
            pending.append(subtitle)
        if pending:
            indents[len(blocks) + 1] = _indent(lines[starts[0] - 1])
            # (a line break ending a paragraph breaks nothing: Markdown shows none there)
            joined = " ".join(" ".join(pending).split()).removesuffix("<br>").rstrip()
            place = where(0, joined, line=starts[0])
            blocks.append(Paragraph(len(blocks) + 1, joined, plain_of(joined), place=place,
                                    quotation=quoted.get(starts[0], 0)))
            pending.clear()

    def close_table() -> None:
        if rows:
            blocks.append(Table(len(blocks) + 1, tuple(rows), where(0, "", line=starts[1])))
            rows.clear()

    lines = text.replace("\t", "    ").splitlines()
    quoted: dict[int, int] = {}  # the lines of quotations of running text, kept as quotations: their numbers
    if markdown:
        lines, quoted = _unquoted(lines)
    underlined, adornments = _underlined_headings(lines, markdown)
    for line_number, line in enumerate(lines, start=1):
        if line_number in adornments:
            continue
        if line_number in underlined:
            close_paragraph()
            close_table()
            title = line.strip()
            blocks.append(Paragraph(len(blocks) + 1, title, plain_of(title), heading=underlined[line_number],
                                    place=where(0, title, line=line_number), anchors=_slugs(strip_emphasis(title))))
            continue
        if TABLE_ROW.match(line) or (_OPEN_ROW.match(line) and (rows or _OPEN_RULE.match(
                lines[line_number] if line_number < len(lines) else ""))):
            close_paragraph()
            if not rows:
                starts[1] = line_number
            if not (TABLE_RULE.match(line) or _OPEN_RULE.match(line)):
                cells = re.split(r"(?<!\\)\|", line.strip())[1:]
                rows.append(tuple(cell.strip() for cell in (cells[:-1] if line.rstrip().endswith("|") else cells)))
            continue
        close_table()
        if _RULE_LINE.match(line) and not pending:
            continue
        if heading := HEADING.match(line):
            close_paragraph()
            text_ = heading["text"]
            blocks.append(Paragraph(len(blocks) + 1, text_, plain_of(text_), heading=len(heading["marks"]),
                                    place=where(0, text_, line=line_number), anchors=_slugs(strip_emphasis(text_))))
        elif not line.strip():
            close_paragraph()
        else:
            # (in Markdown a list's mark there opens an item nested in it: CommonMark's "   * ..." under "1. ...";
            # any other line there or further in goes on with the item: "        10.000 €" under "    a) ... bis zu")
            hanging = bool(pending) and _indent(line) > 0 and (_indent(line) == hanging_at[0] or (
                markdown and _indent(line) > hanging_at[0] >= 0)) and not (markdown and _MARKDOWN_ITEM.match(line))
            broken = bool(pending) and _LINE_BREAK.search(lines[line_number - 2]) is not None and not (
                markdown and _MARKDOWN_ITEM.match(line) and _MARKDOWN_ITEM.match(pending[0]))  # a list's next item
            opens_quotation = quoted.get(line_number, 0) not in (0, quoted.get(line_number - 1, 0))
            if (_STARTS_ITEM.match(line) and not hanging and not broken) or opens_quotation or (
                    pending and _LABELLED.match(line) and _LABELLED.match(pending[0])):
                close_paragraph()  # a new item, a quotation (which interrupts a paragraph in CommonMark, as GitHub
                # shows it), or the next "Label: value" line of a block of details
            if not pending:
                starts[0] = line_number
                hanging_at[0] = _indent(line) + len(item[0]) if (item := _ITEM_MARK.match(line.lstrip())) else -1
            markdown_break = markdown and _LINE_BREAK.search(line) and not line.rstrip().endswith(">")
            pending.append(line.strip().rstrip("\\").rstrip() + "<br>" if markdown_break else line.strip())
    close_paragraph()
    close_table()
    return _with_title(_markdown_lists(blocks, indents) if markdown else _indented_lists(blocks, indents))


def _unquoted(lines: list[str]) -> tuple[list[str], dict[int, int]]:
    """Markdown's lines with its quotation marks taken off, so that a quotation's text is read as the text
    it is (its headings, lists and paragraphs), not as one paragraph strewn with ">"; a fenced example
    keeps its marks, as written. And the lines (from 1) of the quotations that hold only running text, which
    stay quotations ("> This is separate from complaints ..."), each with its quotation's number (from 1)."""
    fenced = False
    result: list[str] = []
    quotations: list[list[int]] = []
    for number, line in enumerate(lines, start=1):
        if CODE_FENCE.match(line):
            fenced = not fenced
        quote = not fenced and _QUOTED.match(line)
        if quote and not (quotations and quotations[-1][-1] == number - 1):
            quotations.append([])
        if quote:
            quotations[-1].append(number)
        result.append(line if fenced else _QUOTED.sub("", line))
    prose = [quotation for quotation in quotations if not any(
        HEADING.match(result[n - 1]) or _STARTS_ITEM.match(result[n - 1]) or TABLE_ROW.match(result[n - 1])
        or CODE_FENCE.match(result[n - 1]) for n in quotation)]
    return result, {number: count for count, quotation in enumerate(prose, start=1) for number in quotation}


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _underlined_headings(lines: list[str], markdown: bool) -> tuple[dict[int, int], set[int]]:
    """The lines (numbered from 1) that are headings by the row of marks under them, with their
    levels, and the lines of marks. Markdown has two: "=" (level 1) and "-" (level 2). In
    reStructuredText each style of marks is a level in the order the file first uses it; a title
    over- and underlined is the document's title, the underlined ones its sections from level 2."""
    headings: dict[int, int] = {}
    adornments: set[int] = set()
    styles: list[tuple[str, bool]] = []

    def adornment(index: int) -> str | None:
        if 0 <= index < len(lines) and (match := _ADORNMENT.match(lines[index])):
            mark = match["mark"] or match["other"]
            return mark if not markdown or mark in "=-" else None
        return None

    index = 0
    while index < len(lines):
        title, mark = lines[index], adornment(index + 1)
        opened = not markdown and adornment(index - 1) == mark and index not in adornments
        after_blank = index == 0 or not lines[index - 1].strip() or index in adornments
        if (mark and title.strip() and title == title.lstrip() and (after_blank or opened)
                and not _ADORNMENT.match(title) and not TABLE_ROW.match(title) and not HEADING.match(title)):
            style = (mark, bool(opened))
            if style not in styles:
                styles.append(style)
            level = "=-".index(mark) + 1 if markdown else styles.index(style) + (1 if styles[0][1] else 2)
            headings[index + 1] = min(6, level)
            adornments.update({index + 2, index} if opened else {index + 2})
            index += 2
            continue
        index += 1
    return headings, adornments


def _slugs(heading: str) -> tuple[str, ...]:
    """The anchors websites give a heading, which the file's own links use: Python-Markdown's and GitHub's
    ("5. Additional Terms" -> "5-additional-terms")."""
    github = re.sub(r"[^\w\- ]", "", heading.strip().casefold()).replace(" ", "-")
    return tuple(dict.fromkeys((slugify(heading, "-"), github)))


def _markdown_lists(blocks: list[Block], indents_by_number: dict[int, int]) -> list[Block]:
    """In Markdown, "1." starts an item of a numbered list, which Markdown numbers itself (every item
    "1." shows 1, 2, 3): unless the file numbers clauses as the handbook does ("3.1"), these items
    are lists, not clauses. An item indented under another item (pandoc's "-   item" over "    1.  sub")
    is nested in it: its level is how many items it is indented under (``indents_by_number``: each paragraph's
    first line's indent)."""
    paragraphs = [b for b in blocks if isinstance(b, Paragraph) and b.heading is None]
    if any(_DOTTED.match(p.plain) and not _CONTENTS_ENTRY.match(p.markdown) for p in paragraphs):
        return blocks
    result: list[Block] = []
    indents: list[int] = []  # the indent of each level of the list being read
    for block in blocks:
        list_item = isinstance(block, Paragraph) and block.heading is None and _STARTS_ITEM.match(block.markdown)
        if not list_item:
            indents = []
            result.append(block)
            continue
        indent = indents_by_number.get(block.number, 0)
        while indents and indent < indents[-1]:
            indents.pop()
        if not indents or indent >= indents[-1] + 2:
            indents.append(indent)
        level = len(indents) - 1
        if item := _ORDERED_ITEM.match(block.markdown):
            block = _list_item(block, item, level)
        elif level and (bullet := re.match(r"[-*+]\s+", block.markdown)):
            number = AutoNumber(ListKind.BULLET, level, (1,), "markdown", "\u2022")
            markdown = block.markdown[bullet.end():]
            block = Paragraph(block.number, markdown, strip_emphasis(markdown), None, number, block.place)
        result.append(block)
    return result


def _indented_lists(blocks: list[Block], indents_by_number: dict[int, int]) -> list[Block]:
    """In plain text whose sections are numbered at the margin ("3. Classification of Vulnerabilities"), numbered
    lines indented under them ("    1. The vulnerability can be used ...", and "    6. ..." after a sentence) are
    a list's items with their numbers as typed, not clauses that start the numbering again."""
    numbered = {b.number: indents_by_number.get(b.number, 0) for b in blocks
                if isinstance(b, Paragraph) and b.heading is None and _ORDERED_ITEM.match(b.markdown)}
    margin = min(numbered.values(), default=0)
    if sum(indent == margin for indent in numbered.values()) < 2:
        return blocks
    return [_list_item(block, _ORDERED_ITEM.match(block.markdown), 0)
            if numbered.get(block.number, margin) >= margin + 2 else block for block in blocks]


def _list_item(block: Paragraph, item: re.Match, level: int) -> Paragraph:
    number = AutoNumber(ListKind.ORDERED, level, (int(item[1]),), "markdown", f"{item[1]}.")
    markdown = block.markdown[item.end():]
    return Paragraph(block.number, markdown, strip_emphasis(markdown), None, number, block.place)


def _title_over_subtitle(lines: list[str]) -> bool:
    """Whether a plain text's first lines are its title in capitals over a subtitle in small letters, which the text
    runs together with no line between ("ILLINOIS DATA BANK DEPOSIT AGREEMENT" / "Non-Exclusive Distribution and
    Preservation License")."""
    return len(lines) == 2 and lines[0].isupper() and not lines[1].isupper() and all(
        len(line) <= _TITLE_LINE and not line.rstrip().endswith(".") for line in lines)


def _with_title(blocks: list[Block]) -> list[Block]:
    """Plain text has no headings. Its title is the first of the short lines on top that names a kind
    of document ("St Hugh's School" / "Social Media Policy": the second), else the first of them; a
    sentence opening the text is no title ("TAICO is a community event ...": the title is then found
    elsewhere, see ``importing.document_facts``). A line below the title standing alone in capitals
    ("INTRODUCTION") is a section's heading, and so are bare heading lines (``_bare_heading``)."""
    if any(isinstance(b, Paragraph) and b.heading is not None for b in blocks) or not blocks:
        return blocks
    top = list(takewhile(_is_title_like, blocks[:5]))
    title = next((b for b in top if _DOCUMENT_KIND.search(b.plain)), top[0]) if top else None
    start = blocks.index(title) + 1 if title else 0
    bare = [block for above, block, below in zip([None, *blocks][start:], blocks[start:], blocks[start + 1:],
                                                 strict=False) if _bare_heading(above, block, below)]
    enough = len(bare) >= 2 or (len(bare) == 1 and _prose_besides(blocks[start:], bare) and not _a_name(bare[0]))
    result: list[Block] = []
    below_title = title is None
    for block in blocks:
        if block is title:
            block, below_title = replace(block, heading=0), True
        elif (below_title and isinstance(block, Paragraph) and (_CAPITALS_HEADING.match(block.plain) or (
                enough and block in bare)) and (title is None or block.plain.casefold() != title.plain.casefold())):
            block = replace(block, heading=1 if title else 2)  # (the title again, in capitals, stays; with no
            # title line, a section under the opening text, as the writer reads one)
        result.append(block)
    return result


def _a_name(block: Paragraph) -> bool:
    """Whether a bare line may be a person's name, signing what is above it ("Sam Okafor"), not a heading
    ("Our Standards", "What We Expect": a name holds no word such as "our", "what" or "the")."""
    return names_a_person(block.plain) and not _HEADING_WORD.search(block.plain)


def _prose_besides(blocks: list[Block], bare: list[Block]) -> bool:
    """Whether every paragraph but the bare heading lines and list items is running text: one bare line in
    prose is a heading ("Our Standards"), where one among short lines may be a name signing it."""
    return all(block in bare or _STARTS_ITEM.match(block.plain) or (
        len(block.plain.split()) >= 6 and block.plain.rstrip().endswith((".", ":", "!", "?")))
        for block in blocks if isinstance(block, Paragraph))


def _is_title_like(block: Block) -> bool:
    """A short line on top that is not a list's item, a detail ("PEP: 387"), a sentence or a quotation."""
    return (isinstance(block, Paragraph) and not block.quotation and len(block.plain) < 100
            and not _STARTS_ITEM.match(block.plain) and not _LABELLED.match(block.plain)
            and not (len(block.plain.split()) >= 6 and block.plain.rstrip().endswith(".")))


def _bare_heading(above: Block | None, block: Block, below: Block) -> bool:
    """A section's heading written as a bare line ("Our Pledge", "Scope"): a short line standing alone, starting
    with a capital, with no digit and no closing punctuation, over a paragraph of running text, and not under a
    line introducing a list ("Examples include:"), whose short lines are its items. Taken only where the text has
    two or more (one alone may be a name signing it, "Jane Smith", or a closing "Best wishes")."""
    return isinstance(block, Paragraph) and isinstance(below, Paragraph) and isinstance(above, Paragraph) and bool(
        re.fullmatch(r"[A-Z][^\d.,:;!?]{0,60}[\w)]", block.plain)) and len(block.plain.split()) <= 8 and not (
        _STARTS_ITEM.match(block.plain) or above.plain.rstrip().endswith(":")) and (
        len(below.plain.split()) >= 6 and below.plain.rstrip().endswith((".", ":", "!", "?")))
