"""What a document's layout says about its structure, whatever it was read from.

- Headings typed as bold body text (a forest school's "16.5 pt bold" section titles): when a
  document uses no heading styles, a short bold or larger line standing alone is a heading, the
  larger its type the higher its level.
- A paragraph in a heading style that reads as running text (longer than any heading, ending as a sentence or a
  credit ends: an attribution ending in the web address it credits, styled Heading 2) is a paragraph, and reported.
- A table of contents ("Contents", then lines ending in a page number) is left out: the site makes its own. Its page
  numbers may be counted by chapter ("1.1 Purpose 1-1", "Glossary A-2") or in roman ("Foreword iv"); its entries may
  be set in bold type a reader takes for headings, wrap onto a second line, and have the contents' own page number
  ("-v-") between its pages, when most of them come again below. So is one with no title, on top of the document,
  whose entries come again below as its headings ("ARTICLE I — NAME AND PURPOSE 4", as bylaws print them). So is a
  web page's or Markdown file's list of links to its own headings ("[Overview](#overview)", one an entry, bulleted or
  not), titled "Contents" or a run of at least three with no title, unless a line ending in a colon introduces it
  ("you can use:"): then it finishes that sentence.
- Lines aligned with tabs ("Role<TAB>Name<TAB>Extension") are a table.
- A number quoted from another document inside the text ("6.6 After a successful initial membership offering
  ..." between sections 1 and 2, as a policy quotes a principle) is its paragraph's text, not a clause: the
  numbers before and after it run on without it, and it belongs to neither's section.
- A table that only lays out numbered clauses or bullets (a narrow column of "4.1", "4.2" or "•",
  the text beside each) is the paragraphs it shows: "4.1 Ownership of Company IP. Any IP...".
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ..markdown_extensions.text import strip_emphasis
from ..model import ROMAN_NUMBER
from ..source.syntax import NAMED_HEADING, ROMAN_HEADING
from .document import Block, Paragraph, Table, where

CELL_BREAK = "\ue000"  # where a tab stood in a paragraph's Markdown, until tab_aligned_tables has looked
INTERNAL_LINK = "#import-bookmark:"  # a link to a place in the document, until the writer knows its anchor
# An appendix's title: "Appendix A", "Annex 2", "SCHEDULE 1", "ATTACHMENT 1"
APPENDIX = re.compile(r"^(?:appendix|annex|annexe|schedule|attachment)\s+(?P<id>[A-Z]|\d+)\b", re.I)
_LONGEST_HEADING = 120
_RUNNING_TEXT_END = re.compile(r"(?:[.!?][\"'\u201d\u2019)]*|https?://\S+)$")
# A cell holding only a number, a point's letter or a bullet: "4.1", "**4.1**", "(a)", "•"
_ROW_LABEL = re.compile(r"^(?:\d+(?:\.\d+)*\.?|\(?[a-z]\)|\(?[ivx]{1,5}\)|[\u2022\u25cf\u25e6\u25aa\u00b7\u2013-])$")
CONTENTS_TITLE = re.compile(r"^(?:(?:table|list)\s+of\s+)?contents?(?:\s+page)?:?$|^index$|"
                             r"^list\s+of\s+(?:tables|figures|illustrations|appendices):?$", re.IGNORECASE)
# "3.1 Employee Compensation Plan 27", "Purpose ........ 3", "Appendix A: Forms 12"
_CONTENTS_ENTRY = re.compile(r"^\S.{0,150}?(?:\s|\.{2,}|\u2026)\s*(?:\d{1,3}|[ivxlc]{1,6})$", re.IGNORECASE)
# A page number counted by chapter or appendix as well: "3-4", "A-2"; an entry ending in one, maybe wrapped from
# a line above: "1.1 Purpose 1-1". Taken only where most entries come again below (a range, "Plates 4-6", is not)
_PAGE = r"(?:\d{1,2}-\d{1,3}|[A-Z]-\d{1,3}|\d{1,3}|[ivxlc]{1,6})"
_CHAPTER_PAGED_ENTRY = re.compile(rf"^\S.{{0,250}}?(?:\s|\.{{2,}}|\u2026)\s*{_PAGE}$", re.IGNORECASE)
# One entry of a contents list, of several a PDF's reader may run together: "Section 1 — Name: 4"
# (a number that another follows is the entry's: "Appendix B: SBA Form 58 17 Appendix C ...")
_RUN_TOGETHER = r"(?P<text>\S.{{0,150}}?)\s+(?P<page>{page})(?!\s+\d{{1,3}}(?:\s+[A-Z]|$))(?:\s+(?=[A-Z0-9])|$)"
_RUN_TOGETHER_ENTRY = re.compile(_RUN_TOGETHER.format(page=r"\d{1,3}"))
_RUN_TOGETHER_CHAPTER_PAGED = re.compile(_RUN_TOGETHER.format(page=r"\d{1,2}-\d{1,3}|\d{1,3}"))
# A contents page's own number, standing alone between its pages: "-v-", "- 3 -", "iv", "5-21"
_CONTENTS_PAGE_NUMBER = re.compile(rf"^[-\u2013\s]*{_PAGE}[-\u2013\s]*$", re.IGNORECASE)
_ENTRY_PAGE = re.compile(rf"(?:\s|\.{{2,}}|\u2026)\s*{_PAGE}$", re.IGNORECASE)
# A point's label: "(c) ", "(12) ", "d. "; and how far from a line its run's points are looked for
_POINT_LABEL = re.compile(r"^(?:\((?P<bracketed>[a-z]{1,2}|\d{1,2})\)|(?P<stopped>[a-z])\.)\s")
_POINT_REACH = 8
_WRAPPED_LINES = 2  # lines of one entry a contents list may have before the line that ends in its page
# A contents table's column headings ("IDENTIFICATION   TITLE   PAGE", "Section Page"), under its title on each page
_CONTENTS_COLUMNS = re.compile(r"^(?:[A-Za-z.]+\s+){0,4}(?:page|pages|page\s+no\.?|pg\.?)$", re.IGNORECASE)
_DOT_LEADERS = re.compile(r"\s*(?:\.\s?){3,}\s*|\s*\u2026+\s*")  # "Purpose ........ 4": one gap
_UNTITLED_CONTENTS_STARTS_BY = 5  # blocks from the top
_UNTITLED_CONTENTS_ENTRIES = 5
_UNTITLED_LINK_ENTRIES = 3
_LONGEST_UNPAGED_ENTRY = 80
_ENTRY_MARK = re.compile(r"^[\u2022\u25cf\u25e6\u25aa\u00b7*-]\s*")  # a bullet typed before an entry
# The section number a book tool (HonKit, GitBook) sets after an entry where others set its page: "Access Control 1.3"
_ENTRY_SECTION_NUMBER = re.compile(r"\s+\d+(?:\.\d+)+\.?$")
# A heading may end in an abbreviation's full stop, not a sentence's: "ARTICLE XI - GRANTS, CONTRACTS, LOANS, ETC.",
# "Section 11.3 Checks, Drafts, Etc.", "Agreement with Example Ltd."
_ABBREVIATION_END = re.compile(r"\b(?:etc|inc|ltd|corp|co)\.$", re.IGNORECASE)
# A link to a place in the document, as the readers write it: "[Overview](<#import-bookmark:overview>)"
_IN_PAGE_LINK = re.compile(rf"\[(?:\\.|[^\]\\])*\]\(<{re.escape(INTERNAL_LINK)}[^>]*>\)")
# What an entry of a contents list may have before its link: its section's number, and a quote's marks
# where the list sets its sub-sections in: "1 [Overview](...)", "> 1.1 [Objective](...)"
_ENTRY_NUMBER = re.compile(r"^(?:\\?>\s*)*(?:\d{1,3}(?:\.\d{1,3})*\.?\s+)?")
_A_WORD = re.compile(r"[^\W\d_]{2}")  # two letters in a row, in any script
_TYPED_BULLET = re.compile(r"^[\u2022\u25cf\u25e6\u25aa\u00b7*+-]\s+")  # a Markdown list's bullet, typed: "* "


def bold_headings(blocks: list[Block]) -> list[Block]:
    """The document's headings, where it made them bold or large rather than giving them a heading style."""
    paragraphs = [b for b in blocks if isinstance(b, Paragraph)]
    if any(p.heading for p in paragraphs):  # heading styles (a Title alone does not count): trust them
        return blocks
    sizes = Counter()
    for paragraph in paragraphs:
        sizes[paragraph.size] += len(paragraph.plain)
    body = sizes.most_common(1)[0][0] if sizes else 0.0
    candidates = [p for at, p in enumerate(paragraphs) if _looks_like_heading(p, body) and not _inside_points(
        paragraphs, at)]
    # most of what the document says is not a heading (a form's tables count: a template is mostly tables)
    if not candidates or len(candidates) > (len(blocks) - len(candidates)):
        return blocks
    # Sections numbered "I.", "II." go under a title when the first of them would be taken for the title: no Title
    # style, and no heading above them (a cover's lines, "FOUNDATION" over "POLICY", stay as they were)
    under_title = not any(p.heading == 0 for p in paragraphs) and _roman_section(candidates[0])
    # The larger the type, the higher the heading: the largest is level 1 (the title, if first).
    levels = {size: level for level, size in enumerate(sorted({p.size for p in candidates}, reverse=True), start=1)}
    chosen = {id(p) for p in candidates}
    return [
        _with_heading(b, max(min(levels[b.size], 3), 2 if under_title and _roman_section(b) else 1))  # type: ignore[union-attr,arg-type]
        if id(b) in chosen and b.heading is None else b
        for b in blocks
    ]


def _inside_points(paragraphs: list[Paragraph], at: int) -> bool:
    """Whether the line at ``at`` stands between two points of one run, "(c)" above and "(d)" below: words a
    point quotes ("BEGIN STATEMENT" in bold type), not a heading, which would end the run of points."""
    above = next((m for p in reversed(paragraphs[max(0, at - _POINT_REACH):at]) if (m := _POINT_LABEL.match(p.plain))),
                 None)
    below = next((m for p in paragraphs[at + 1:at + 1 + _POINT_REACH] if (m := _POINT_LABEL.match(p.plain))), None)
    if not above or not below or above.lastgroup != below.lastgroup:
        return False
    before, after = above[above.lastgroup], below[below.lastgroup]
    return after == (str(int(before) + 1) if before.isdigit() else chr(ord(before[-1]) + 1) * len(before))


def running_text_headings(blocks: list[Block]) -> tuple[list[Block], list[str]]:
    """Paragraphs a heading style made headings that read as running text, as paragraphs; a note for each. So are
    the other items of a numbered list at the level of one that reads so: a list of steps given an outline level
    (FedRAMP's "2. CSP: Did the CSP already undergo ...?", then "a. YES - GO TO STEP 10.", "b. NO - If not, ..."),
    whose short items would otherwise be headings between its long ones, and its points' letters out of sequence."""
    running_text = {id(block) for block in blocks if isinstance(block, Paragraph) and block.heading
                    and _reads_as_running_text(block.plain)}
    steps = {_list_level(block) for block in blocks if id(block) in running_text and block.auto_number}
    kept: list[Block] = []
    notes: list[str] = []
    for block in blocks:
        if id(block) in running_text:
            notes.append(f"{block.place}: styled as a heading in the document, but it reads as running text "
                         f"({len(block.plain.split())} words): kept as a paragraph")
            block = replace(block, heading=None)
        elif isinstance(block, Paragraph) and block.heading and block.auto_number and _list_level(block) in steps:
            notes.append(f"{block.place}: styled as a heading in the document, but it is an item of a numbered list "
                         "whose other items read as running text: kept as a list item")
            block = replace(block, heading=None)
        kept.append(block)
    return kept, notes


def _list_level(paragraph: Paragraph) -> tuple[str, int]:
    return paragraph.auto_number.list_id, paragraph.auto_number.level  # type: ignore[union-attr]


def _reads_as_running_text(text: str) -> bool:
    """Longer than any heading, and ending as a sentence or a credit ends: a full stop, or a web address."""
    return (len(text) > _LONGEST_HEADING and _RUNNING_TEXT_END.search(text) is not None
            and not _ABBREVIATION_END.search(text))


def _looks_like_heading(paragraph: Paragraph, body_size: float) -> bool:
    if paragraph.heading is not None or (paragraph.auto_number is not None and not _roman_section(paragraph)):
        return False
    text = paragraph.plain
    if len(text) > _LONGEST_HEADING or (text.endswith((".", ",", ";", ":")) and not re.match(r"^[\d.]+$", text)
                                        and not _ABBREVIATION_END.search(text)):
        return False
    if not _A_WORD.search(text):  # a diagram's labels in large type ("0 1 2 3 4 5", "C o r n e r" read a line apart)
        return False
    larger = paragraph.size > body_size + 0.5
    return (paragraph.bold and paragraph.size >= body_size) or (larger and len(text.split()) <= 15)


def _roman_section(paragraph: Paragraph) -> bool:
    """A section numbered "I.", "II." in its own bold line, by Word ("I. **Scope**") or typed (a PDF's): a heading
    with its Roman number, as a lawyer's template sets its sections over points "a." and "i." (not a point "(i)"
    among them, nor the title)."""
    auto = paragraph.auto_number
    if auto is not None:
        return paragraph.bold and re.fullmatch(rf"{ROMAN_NUMBER}\.", auto.shown) is not None
    return paragraph.bold and ROMAN_HEADING.match(paragraph.plain) is not None


def _with_heading(paragraph: Paragraph, level: int) -> Paragraph:
    markdown, plain = paragraph.markdown, paragraph.plain
    if paragraph.bold and markdown.startswith("**") and markdown.endswith("**"):
        # The bold that makes it a heading is the heading's type, not Markdown's: a heading set on two
        # lines, "**ARTICLE XV — COMPLIANCE** **PROVISIONS**", would keep stray marks and hide its number
        markdown = re.sub(r"(?<!\\)\*\*", "", markdown)
    if paragraph.auto_number is not None and _roman_section(paragraph):
        markdown, plain = f"{paragraph.auto_number.shown} {markdown}", f"{paragraph.auto_number.shown} {plain}"
    return Paragraph(paragraph.number, markdown, plain, level, None, paragraph.place, paragraph.anchors,
                     paragraph.bold, paragraph.size)


def without_contents_list(blocks: list[Block]) -> tuple[list[Block], int]:
    """``blocks`` without a table of contents typed as lines, and how many lines it had."""
    kept: list[Block] = []
    dropped = 0
    index = 0
    untitled = _untitled_contents(blocks)
    if untitled and untitled[0] and _is_contents_title(blocks[untitled[0] - 1]):
        untitled = None  # a titled list after all: set aside below, its title with it
    if untitled:
        start, end = untitled
        kept, dropped, index = blocks[:start], end - start, end
    while index < len(blocks):
        block = blocks[index]
        first_entry = index + _is_contents_title(block)
        end = _in_page_links(blocks, first_entry)
        if end - first_entry >= (2 if first_entry > index else _UNTITLED_LINK_ENTRIES):
            if first_entry == index and _introduces_a_list(kept):  # "... the following levels:": the text's own list
                kept += blocks[index:end]
            else:
                dropped += end - first_entry
            index = end
            continue
        if _is_contents_title(block):
            end, entries = _paged_contents_end(blocks, index + 1)
            if entries < 2:  # a list typed with no page numbers, naming the sections that follow
                end = _unpaged_contents_end(blocks, index + 1)
                entries = end - index - 1
            if entries >= 2:
                dropped += entries
                index = end
                continue
        kept.append(block)
        index += 1
    return kept, dropped


def _paged_contents_end(blocks: list[Block], start: int) -> tuple[int, int]:
    """Where the entries under a contents title that end in page numbers end, and how many there are. Lines set
    as body text are entries as they stand; a list whose entries a reader took for headings (bold type), or that
    wraps entries or keeps its own page numbers between them, is one only if most of its entries come again below."""
    strict = _contents_run(blocks, start, loose=False)
    loose = _contents_run(blocks, start, loose=True)
    if loose[0] > strict[0] and (_listed_again(blocks[start:loose[0]], blocks[loose[0]:]) or _dot_led(
            blocks[start:loose[0]])):
        return loose
    return strict


def _dot_led(contents: list[Block]) -> bool:
    """Whether most entries lead to their page number with dots ("Purpose ........ 3"), as only a contents list
    does, wherever it stands (a contents page after a summary lists headings above it too)."""
    entries = [b for b in contents if isinstance(b, Paragraph) and _ENTRY_PAGE.search(b.plain)]
    return bool(entries) and sum(bool(_DOT_LEADERS.search(b.plain)) for b in entries) * 2 > len(entries)


def _contents_run(blocks: list[Block], start: int, loose: bool) -> tuple[int, int]:
    end, entries, listed_to, wrapped = start, 0, start, 0
    while end < len(blocks) and isinstance(block := blocks[end], Paragraph):
        found = len(_contents_entries(block, chapter_pages=loose))
        # A PDF's reader may run a page of entries into one paragraph ("I. Purpose ..... 4 II. Scope ..... 5")
        if found > 1 or (_is_contents_line(block, loose=loose) and not _a_chapter_alone(block)):
            entries, end, listed_to, wrapped = entries + max(1, found), end + 1, end + 1, 0
        elif loose and (_CONTENTS_COLUMNS.match(block.plain.strip()) or (entries and _is_contents_title(block))):
            end += 1  # its columns' headings, and its title again on its next page
        elif loose and entries and _CONTENTS_PAGE_NUMBER.match(block.plain.strip()):
            end += 1
            listed_to = end if not wrapped else listed_to
        elif loose and entries and wrapped < _WRAPPED_LINES and _may_wrap(block):
            end, wrapped = end + 1, wrapped + 1
        else:
            break
    return listed_to, entries


def _a_chapter_alone(block: Paragraph) -> bool:
    """A line that is only a word and its number ("CHAPTER 1", just after the contents): the chapter's own heading,
    not an entry "CHAPTER" on page 1."""
    return bool(named := NAMED_HEADING.match(block.plain.strip())) and named["label"] == block.plain.strip()


def _may_wrap(block: Paragraph) -> bool:
    """Whether a line may be the first part of a contents entry set on more than one line: no sentence."""
    return len(block.plain) <= 2 * _LONGEST_HEADING and not block.plain.rstrip().endswith((".", ";", ",", ":"))


def _listed_again(contents: list[Block], below: list[Block]) -> bool:
    """Whether most of the entries (lines ending in a page number) open a block further on in the same words."""
    entries = [_ENTRY_PAGE.sub("", _DOT_LEADERS.sub(" ", b.plain.strip())).casefold() for b in contents
               if isinstance(b, Paragraph) and _ENTRY_PAGE.search(b.plain) and not _CONTENTS_PAGE_NUMBER.match(
                   b.plain.strip())]
    openings = [b.plain.strip().casefold() for b in below if isinstance(b, Paragraph)]
    return bool(entries) and sum(any(o.startswith(e) for o in openings) for e in entries) * 2 >= len(entries)


def _in_page_links(blocks: list[Block], start: int) -> int:
    """Where a run of paragraphs from ``start`` that are each only a link to a place in the document ends, bulleted
    or not ("* [Definitions](#definitions)", as a Markdown page's contents list is typed)."""
    end = start
    while end < len(blocks) and isinstance(block := blocks[end], Paragraph) and block.heading is None and (
            _IN_PAGE_LINK.search(block.markdown) and not strip_emphasis(_IN_PAGE_LINK.sub("", _TYPED_BULLET.sub(
                "", _ENTRY_NUMBER.sub("", block.markdown)))).strip()):
        end += 1
    return end


def _introduces_a_list(kept: list[Block]) -> bool:
    """Whether the last block kept is a line of text ending in a colon, whose list of links ("For sick or medical
    reasons, you can use:") finishes its sentence: the text's own, not a contents list."""
    return bool(kept) and isinstance(kept[-1], Paragraph) and kept[-1].heading is None and (
        kept[-1].plain.rstrip().endswith(":"))


def _untitled_contents(blocks: list[Block]) -> tuple[int, int] | None:
    """Where a contents list with no title lies, near the top: lines of entries ending in page numbers
    that never go down, most of whose entries are the opening words of blocks further on."""
    for start in range(min(_UNTITLED_CONTENTS_STARTS_BY, len(blocks))):
        entries: list[tuple[str, tuple[int, int]]] = []
        end = start
        while end < len(blocks):
            block = blocks[end]
            if entries and isinstance(block, Paragraph) and block.plain.strip().isdigit():
                end += 1  # the contents' own page number, left between its pages
                continue
            found = _contents_entries(block, chapter_pages=True)
            if not found or (entries and found[0][1] < entries[-1][1]):
                break
            entries += found
            end += 1
        if len(entries) < _UNTITLED_CONTENTS_ENTRIES:
            continue
        # (letters and digits only: a designed PDF's contents may lose the spaces of its letter-spaced words,
        # "PROCUREMENTMEASURESANDAPPLICATION", and punctuate its numbers otherwise, "1. AIM" over "1 Aim")
        openings = [_letters(b.plain) for b in blocks[end:] if isinstance(b, Paragraph)]
        again = sum(any(o.startswith(_letters(text)) for o in openings) for text, _ in entries)
        return (start, end) if again * 2 >= len(entries) else None
    return None


def _letters(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def _unpaged_contents_end(blocks: list[Block], start: int) -> int:
    """Where the lines under a "Contents:" title end when they are its entries though no page numbers follow
    them ("• Policy Statement", "1. Introduction", "Appendices:"): short lines, no sentences, at least three,
    up to the first entry met again, most of which open a heading or paragraph further on in the same words
    (their first three); else ``start``."""
    end, listed = start, set()
    while end < len(blocks) and isinstance(block := blocks[end], Paragraph) and block.heading is None and (
            len(block.plain) <= _LONGEST_UNPAGED_ENTRY and not block.plain.rstrip().endswith((".", ";", ","))
            and _opening(block.plain) not in listed):  # an entry met again: the section it names begins
        listed.add(_opening(block.plain))
        end += 1
    openings = {_opening(b.plain) for b in blocks[end:] if isinstance(b, Paragraph)}
    again = sum(_opening(b.plain) in openings for b in blocks[start:end])
    return end if end - start >= 3 and again * 3 >= (end - start) * 2 else start


def _opening(text: str) -> tuple[str, ...]:
    return tuple(_ENTRY_SECTION_NUMBER.sub("", _ENTRY_MARK.sub("", text.strip())).casefold().split()[:3])


def _contents_entries(block: Block, chapter_pages: bool = False) -> list[tuple[str, tuple[int, int]]]:
    """The entries of one contents line (several, if run together), each with its page (chapter and page: "3-4"
    is (3, 4), "27" is (0, 27)); [] if it is not one."""
    if not isinstance(block, Paragraph):
        return []
    text, position, entries = _DOT_LEADERS.sub(" ", block.plain.strip()), 0, []
    while position < len(text):
        match = (_RUN_TOGETHER_CHAPTER_PAGED if chapter_pages else _RUN_TOGETHER_ENTRY).match(text, position)
        if not match:
            return []
        chapter, _, page = match["page"].rpartition("-")
        entries.append((match["text"], (int(chapter or 0), int(page))))
        position = match.end()
    pages = [page for _, page in entries]
    return entries if pages == sorted(pages) else []


def first_left_out(blocks: list[Block], kept: list[Block]) -> str:
    """Where the first block of ``blocks`` not ``kept`` is in the document (a contents list set aside)."""
    kept_ids = {id(block) for block in kept}
    return next((block.place for block in blocks if id(block) not in kept_ids), "the document")


def _is_contents_title(block: Block) -> bool:
    return isinstance(block, Paragraph) and bool(CONTENTS_TITLE.match(block.plain.strip()))


def _is_contents_line(block: Block, loose: bool = False) -> bool:
    """A line of body text ending in a page number; ``loose``: any line, its page maybe counted by chapter."""
    return isinstance(block, Paragraph) and (loose or block.heading is None) and bool(
        (_CHAPTER_PAGED_ENTRY if loose else _CONTENTS_ENTRY).match(block.plain))


def tab_aligned_tables(blocks: list[Block]) -> list[Block]:
    """Two or more paragraphs in a row with the same number of tab-separated parts are a table."""
    result: list[Block] = []
    run: list[Paragraph] = []

    def close() -> None:
        if len(run) >= 2:
            rows = tuple(tuple(p.markdown.split(CELL_BREAK)) for p in run)
            result.append(Table(run[0].number, rows, run[0].place))
        else:
            result.extend(_without_breaks(p) for p in run)
        run.clear()

    for block in blocks:
        cells = block.markdown.count(CELL_BREAK) + 1 if isinstance(block, Paragraph) else 0
        tabular = isinstance(block, Paragraph) and cells >= 2 and block.heading is None and block.auto_number is None
        if run and (not tabular or cells != run[0].markdown.count(CELL_BREAK) + 1):
            close()
        if tabular:
            run.append(block)  # type: ignore[arg-type]
        else:
            result.append(_without_breaks(block) if isinstance(block, Paragraph) else block)
    close()
    return result


def _without_breaks(paragraph: Paragraph) -> Paragraph:
    if CELL_BREAK not in paragraph.markdown:
        return paragraph
    return Paragraph(paragraph.number, paragraph.markdown.replace(CELL_BREAK, " "), paragraph.plain, paragraph.heading,
                     paragraph.auto_number, paragraph.place, paragraph.anchors, paragraph.bold, paragraph.size)


def labelled_rows(blocks: list[Block]) -> list[Block]:
    """Tables whose every row is a label ("4.1", "•") and its text: the paragraphs they lay out."""
    result: list[Block] = []
    for block in blocks:
        if isinstance(block, Table) and _only_labelled_rows(block):
            for row, (label, text) in enumerate(block.rows, start=1):
                joined = f"{label} {text}"
                plain = " ".join(strip_emphasis(joined).replace("\\", "").split())
                place = f"{where(block.number, plain)} (row {row} of a table)"
                result.append(Paragraph(block.number, joined, plain, place=place))
        else:
            result.append(block)
    return result


def _only_labelled_rows(table: Table) -> bool:
    return all(
        len(row) == 2 and row[1].strip() and _ROW_LABEL.match(strip_emphasis(row[0]).replace("\\", "").strip())
        for row in table.rows
    )


_TYPED_NUMBER = re.compile(r"^(\d+(?:\.\d+)*)\.?\s+\S")


def quoted_numbers(blocks: list[Block]) -> dict[int, str]:
    """Body paragraphs whose typed number is quoted from elsewhere (see the module's docstring), by id, each with its
    Markdown, the number escaped so it stays text: 1. / 6.6 / 2. gives 6.6's; 1.1 / 1.3 / 1.2 gives none, nor a
    number the document has used already (1.1 again under section 2): slips in its own numbering, reported as such."""
    typed = [(block, tuple(int(part) for part in match[1].split("."))) for block in blocks if isinstance(
        block, Paragraph) and block.auto_number is None and (match := _TYPED_NUMBER.match(block.plain))]
    quoted: dict[int, str] = {}
    used: set[tuple[int, ...]] = set()  # the numbers typed before the one looked at
    for (_, before), (block, number), (_, after) in zip(typed, typed[1:], typed[2:], strict=False):
        used.add(before)
        if block.heading is None and _follows(before, after) and not _follows(before, number) and (
                number[0] not in (before[0], after[0]) and number not in used):
            quoted[id(block)] = re.sub(r"^(\d+)\.", r"\1\\.", block.markdown)
    return quoted


def _follows(before: tuple[int, ...], after: tuple[int, ...]) -> bool:
    """Whether ``after`` may come next after ``before``: 1.2 -> 1.2.1, 1.3 or 2."""
    return after == (*before, 1) or any(after == (*before[:level], before[level] + 1) for level in range(len(before)))
