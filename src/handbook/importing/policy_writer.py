"""Write an imported document's paragraphs and tables as a policy file's body.

Each paragraph becomes what its number says it is, whether Word drew the number (automatic
numbering) or someone typed it:

- a decimal number is a clause (``1.1 text``), or a numbered heading (``## 1. PURPOSE``) when the
  paragraph has a heading style, or is a short title in capitals with clauses 1.1... under it;
- in an appendix ("Appendix A", "Schedule 1"), decimal numbers are the appendix's own: A.1, A.2;
- a letter or roman numeral is a point, ``(a) text``, kept with its clause;
- a bullet is a Markdown list item; other text continues the clause above, or introduces its part;
- a heading style is a heading; the first title or heading is the policy's title.

A document with no numbers (headings and paragraphs, the commonest form) is written as headings and paragraphs, its
heading levels kept; numbers are never invented, and numbering that is not decimal ("POL.ITAUP.001", "A1", "Section
3") is written as typed. A Word list numbered 1, 2, 3 under a section whose number is typed ("1. Purpose and Scope")
is a list of steps, not clauses.

Every word is kept in order. The result notes what a person should look at, each with where to find it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..markdown_extensions.lettered_points import ROMAN
from ..source.syntax import CLAUSE, LETTERED_SECTION, NAMED_HEADING
from .bookmarks import anchor_of, clause_anchor, link_bookmarks
from .document import Block, ListKind, Paragraph, Table
from .layout import APPENDIX, quoted_numbers
from .long_lines import within_limit
from .markdown_text import markdown_table, safe_start
from .roman_parts import chapter_lines, roman_parts, roman_sections
from .steps import INDENT, STEP, steps_written
from .titles import SECTION_NAME, is_a_sentence

_TYPED_CLAUSE = re.compile(r"^(?P<label>\d+(?:\.\d+)*\.?|[A-Z](?:\.\d+)+\.?)\s+(?P<text>\S.*)$")
_TYPED_POINT = re.compile(r"^\(?(?P<point>[a-z]|[ivx]{1,5})\)\s+(?P<text>\S.*)$")
_TYPED_BULLET = re.compile(r"^[\u2022\u25cf\u25cb\u25e6\u25aa\u2023\u2043\u00b7o\-\u2013*]\s+(?P<text>\S.*)$")
_CONTINUED = re.compile(r"\b(?:continued|cont'?d)\b", re.I)  # "ATTACHMENT 1 continued": its next page
# A document's detail set large on its first page ("Status: Draft", "Version: 2.1"): not its title
_DETAIL = re.compile(r"^(?:status|version|issue|draft|date|author|owner|classification|ref(?:erence)?|"
                     r"document (?:id|number|no\.?)|approved|review(?: date)?)\s*:", re.I)
_LONGEST_NAMED = 120  # characters of a heading numbered by a word ("Section 4 — Rights of Fellows:")


@dataclass
class Written:
    lines: list[str] = field(default_factory=list)
    source_of_line: dict[int, str] = field(default_factory=dict)  # body line index -> its place in the document
    notes: list[str] = field(default_factory=list)
    title: Paragraph | None = None
    chapter: int | None = None  # the chapter of a numbered set the policy is (titles.as_chapter)


@dataclass
class _State:
    in_clause: bool = False
    clause_list: str | None = None  # Word's list that numbers the clauses (another list is a list of steps)
    appendix: str | None = None  # the letter of the appendix being written
    appendix_id: str = ""  # its number or letter as the document gives it ("1" of "ATTACHMENT 1")
    run: str = ""  # the letter of a lettered section ("## D. Content") whose numbers start again from 1
    run_level: int = 0  # its heading's level
    appendices: int = 0
    last: str = ""  # what was written last: "clause", "point", "bullet", "nested", "step", "text", "table", "heading"
    title_level: int | None = None
    title_elsewhere: bool = False  # the title is stated outside the body (see write_body)
    numbers_as_text: bool = False  # see write_body
    labels_as_text: bool = False  # see write_body
    typed_section: bool = False  # under a heading whose number is typed: Word's own 1, 2, 3 are steps
    numbers: set[str] = field(default_factory=set)  # the clause and section numbers used so far
    first_place: dict[str, str] = field(default_factory=dict)  # where each dotted clause number was first typed
    typed_again: dict[str, int] = field(default_factory=dict)  # how often each was typed after that
    steps: int = 0  # the items so far of the list of steps being written
    steps_typed: bool = True  # their numbers typed in the text, not a list's
    steps_from: str = "1"  # the number its first item has
    named_levels: dict[str, int] = field(default_factory=dict)  # "article" -> the level its headings are written at
    named_last: str = ""  # the word of the last heading numbered by a word ("article")
    roman_sections: set[int] = field(default_factory=set)  # the ids of headings numbered I., II. in a run
    roman_level: int = 0  # the level of the last of them written, until a heading above or beside it
    roman_parts: dict[int, str] = field(default_factory=dict)  # those whose clauses start again from 1: id -> "III"
    quoted: dict[int, str] = field(default_factory=dict)  # a paragraph whose number is quoted: id -> its text (layout)
    nested: tuple[int, ...] = ()  # the items so far at each level of a list nested under a bullet or a step
    nested_in_step: bool = False  # that list is a step's own: the steps go on after it
    quotation: int = 0  # the quotation the last paragraph of text written was in (Paragraph.quotation)


def write_body(blocks: list[Block], title_stated: bool = False, numbers_as_text: bool = False,
               footnotes: tuple[Paragraph, ...] = (), title_shown: bool = False, labels_as_text: bool = False
               ) -> Written:
    """``footnotes`` ("<sup>5</sup> See ...") go in a Notes section at the end, each a paragraph. ``title_stated``:
    the document states its title elsewhere (its properties, a website's front matter), so a first heading below
    the top level is a section's, not the title; so is one below a sentence of text opening the document, and a
    top-level one there where the document has several (its sections: "# Pre-First-Day", "# Your First Week"),
    or where ``title_shown``: the stated title is written above the first heading too (a cover's).
    ``numbers_as_text``: the document's decimal numbers do not run as clauses must (3.1 under a heading with no
    number, numbers skipped or repeated), so each is kept as typed text at the start of its paragraph or heading;
    ``labels_as_text``: nor do its headings numbered by a word ("Article 17" after "Article 14"), whose labels are then
    words in bold ("## **Article 17** — Amendment of Bylaws")."""
    written = Written()
    sections = roman_sections(blocks)
    first_numbers = {id(block): label.split(".")[0] for block in blocks if isinstance(block, Paragraph)
                     for kind, label, _ in [_classify(block)] if kind is ListKind.DECIMAL}
    state = _State(numbers_as_text=numbers_as_text, labels_as_text=labels_as_text, roman_sections=sections,
                   quoted=quoted_numbers(blocks), roman_parts=roman_parts(blocks, sections | chapter_lines(blocks),
                                                                           first_numbers))

    anchors: dict[str, str] = {}  # the document's bookmark -> the anchor of what it marks on the page

    def emit(block: Block, *lines: str) -> None:
        for line in (part for whole in lines for part in within_limit(whole)):
            if line:
                written.source_of_line[len(written.lines)] = block.place
            written.lines.append(line)
        if isinstance(block, Paragraph) and block.anchors and (anchor := anchor_of(lines, written.lines, state.run)):
            anchors.update(dict.fromkeys(block.anchors, anchor))

    def blank() -> None:
        if written.lines and written.lines[-1] != "":
            written.lines.append("")

    lowest_section = 1 if sum(isinstance(block, Paragraph) and block.heading == 1 for block in blocks) > 1 else 2
    for index, block in enumerate(blocks):
        if isinstance(block, Table):
            blank()
            indent = INDENT if state.in_clause else ""
            emit(block, *(indent + line for line in markdown_table(block)))
            blank()
            state.last = "table"
            continue
        following = blocks[index + 1 : index + 4]
        if not state.title_elsewhere and written.title is None and (block.heading or 0) >= lowest_section and (
                (title_stated and (block.heading > 1 or title_shown)) or any(map(is_a_sentence, blocks[:index]))):
            state.title_elsewhere, state.title_level = True, lowest_section - 1  # the sections' headings are "##"
        _write_paragraph(block, following, state, written, emit, blank)
    if footnotes:
        _heading(footnotes[0], "Notes", state, emit, blank, level=2)
        for footnote in footnotes:
            emit(footnote, footnote.markdown, "")
    while written.lines and not written.lines[-1]:
        written.lines.pop()
    link_bookmarks(written.lines, written.source_of_line, written.notes, anchors)
    steps_written(written.lines, written.source_of_line)
    return written


def _write_paragraph(paragraph: Paragraph, following, state: _State, written: Written, emit, blank) -> None:
    kind, label, text = (None, "", quoted) if (quoted := state.quoted.get(id(paragraph))) else _classify(paragraph)
    if " " in state.roman_parts.get(id(paragraph), ""):  # "CHAPTER 2" on a line of its own, its numbers its own
        state.run, state.run_level = state.roman_parts[id(paragraph)], 0  # until the next chapter or an appendix
        _heading(paragraph, paragraph.markdown, state, emit, blank, level=2)
        return
    if paragraph.heading is not None:
        if lettered := LETTERED_SECTION.match(paragraph.plain):
            state.run, state.run_level = lettered["letter"], paragraph.heading
        elif id(paragraph) in state.roman_parts:
            state.run, state.run_level = state.roman_parts[id(paragraph)], paragraph.heading
        elif state.run and paragraph.heading <= state.run_level and not _in_roman_part(kind, state):
            state.run = ""
    if (written.title is None and not state.title_elsewhere and paragraph.heading and kind is None
            and SECTION_NAME.match(paragraph.plain)):  # "Introduction" first: the document's title is not in the text
        state.title_elsewhere, state.title_level = True, paragraph.heading
    if (written.title is None and not state.title_elsewhere and paragraph.heading is not None and kind is None
            and not _DETAIL.match(paragraph.plain)):
        written.title = paragraph
        state.title_level = paragraph.heading
        _heading(paragraph, paragraph.markdown, state, emit, blank, level=1)
        return
    if kind is None and (level := _named_heading_level(paragraph, state)):
        text = re.sub(r"(?<!\\)\*+", "", paragraph.markdown).strip()
        _heading(paragraph, NAMED_HEADING.sub(r"**\g<label>**", text, count=1) if state.labels_as_text else text,
                 state, emit, blank, level=level)
        return
    appendix = APPENDIX.match(paragraph.plain)
    if appendix and (paragraph.heading is not None or len(paragraph.plain) < 80) and kind is not ListKind.DECIMAL:
        if state.appendix and _CONTINUED.search(paragraph.plain) and appendix["id"].upper() == state.appendix_id:
            _heading(paragraph, paragraph.markdown, state, emit, blank, level=2)  # its next page: the same appendix
            return
        state.appendices += 1
        state.appendix_id = appendix["id"].upper()
        letter = appendix["id"].upper() if appendix["id"].isalpha() else chr(ord("A") + state.appendices - 1)
        if not appendix["id"].isalpha():
            written.notes.append(f"{paragraph.place}: its numbered paragraphs are written {letter}.1, {letter}.2 so "
                                 "they cannot be taken for the policy's own clauses; check references to them")
        state.appendix = letter
        _heading(paragraph, paragraph.markdown, state, emit, blank, level=2)
        return
    if kind is ListKind.DECIMAL and _typed_again(paragraph, state, label):
        _number_typed_again(paragraph, label, text, state, written, emit, blank)
        return
    if kind is ListKind.DECIMAL and _is_clause_number(paragraph, state, label):
        state.first_place.setdefault(_key(state, label), paragraph.place)
        state.typed_section = paragraph.auto_number is None and "." not in label.rstrip(".")
        state.numbers.add(_key(state, label))
        if state.appendix and label[0].isdigit():  # "1." in Appendix A is A.1; a typed "A.1" stays
            label = f"{state.appendix}.{label.rstrip('.')}"
        if state.numbers_as_text:
            typed = re.sub(r"^([A-Z]?\d*)\.", r"\1\\.", label) + " " + text
            if paragraph.heading is not None:
                _heading(paragraph, typed, state, emit, blank, level=_numbered_heading_level(paragraph, kind, state))
            else:
                blank()
                emit(paragraph, typed)
                blank()
                state.in_clause, state.last = False, "text"
            return
        if paragraph.heading is not None or _is_section_title(paragraph, text, label, following):
            heading_label = label if label.endswith(".") or "." in label else f"{label}."
            level = _numbered_heading_level(paragraph, kind, state) if paragraph.heading else 2
            _heading(paragraph, f"{heading_label} {text}", state, emit, blank, level=level)
            return
        if state.last in ("step", "bullet", "nested", "text", "table") or (state.last == "heading" and written.lines):
            blank()
        emit(paragraph, f"{label} {text}")
        state.in_clause, state.last = bool(CLAUSE.match(label)), "clause"  # "24 hours ...": no clause to go on
        return
    if kind is ListKind.DECIMAL and paragraph.heading is not None:  # its number is used already: typed text
        written.notes.append(f"{paragraph.place}: the heading's number {label} is used already in the document, "
                             "so it is kept as part of the heading's words, not as a section number")
        # ("3.1." and an appendix's "A.1.": as typed, read as no number)
        escaped = re.sub(r"^(\**)(\d+(?:\.\d+)*|[A-Z](?=\.\d))\.", r"\1\2\\.", paragraph.markdown)
        _heading(paragraph, escaped, state, emit, blank, level=_level(paragraph.heading, state))
        return
    if paragraph.heading is not None:
        state.typed_section = False
        level = _roman_level(paragraph, state)
        if " " in state.run and not state.appendix:  # in a chapter ("## CHAPTER 2"): its title and parts below it
            level = max(level, 3)
        _heading(paragraph, paragraph.markdown, state, emit, blank, level=level)
        return
    indent = INDENT if state.in_clause else ""
    if kind in (ListKind.LETTER, ListKind.ROMAN):
        if state.last in ("bullet", "nested", "step", "text", "table"):
            blank()
        emit(paragraph, f"{indent}{label} {text}")
        state.last = "point"
    elif kind in (ListKind.BULLET, ListKind.ORDERED) and paragraph.auto_number and paragraph.auto_number.level and (
            state.last in ("bullet", "nested", "step")
            and not state.in_clause):  # a bullet's or a step's own list, a level down
        level = paragraph.auto_number.level
        counts = list(state.nested[:level] if state.last == "nested" else ())
        counts += [0] * (level - len(counts))
        counts[level - 1] += 1
        state.nested = tuple(counts)
        state.nested_in_step = state.last == "step" or (state.last == "nested" and state.nested_in_step)
        mark = f"{state.nested[-1]}." if kind is ListKind.ORDERED else "-"
        emit(paragraph, f"{INDENT * level}{mark} {text}")
        state.last = "nested"
    elif kind is ListKind.BULLET:
        if state.last not in ("bullet", "nested"):
            blank()
        emit(paragraph, f"{indent}- {text}")
        state.last = "bullet"
    elif kind in (ListKind.DECIMAL, ListKind.ORDERED):  # a list of steps, numbered by a list of its own
        if state.last != "step" and not (state.last == "nested" and state.nested_in_step):
            blank()
            # a list going on after an item's own paragraph or list: its count goes on ("4." stays 4), as its reader
            # (Word, a web page's <ol>) counted it
            going_on = paragraph.auto_number.counters[-1] - 1 if paragraph.auto_number else 0
            state.steps, state.steps_from = going_on, label.rstrip(".")
        state.steps += 1
        state.steps_typed = paragraph.auto_number is None
        if indent and state.steps_from == "1":
            emit(paragraph, f"{indent}{label.rstrip('.')}. {text}")
        elif indent:  # a list going on from an earlier one ("6." after a sentence), which Markdown would count from 1
            blank()
            emit(paragraph, f"{indent}{label.rstrip('.')}\\. {text}")
            blank()
        else:  # which way to write it is known once the whole policy is written (see steps.steps_written)
            blank()
            # A number typed in the text is the document's own ("5." stays 5); a list's are counted.
            typed = paragraph.auto_number is None and re.fullmatch(r"(\d+)[.)]?", label)
            emit(paragraph, f"{STEP}{typed[1] if typed else state.steps}. {text}")
            blank()
        state.last = "step"
    else:
        if number := re.match(r"^(\d+(?:\.\d+)*\.?)(?=[^\s\d.])", paragraph.plain):
            written.notes.append(
                f"{paragraph.place}: starts with '{number[1]}' with no space after it, so it is kept as "
                "text, not a clause; if it is a clause, put a space after the number in the document and import again"
            )
        blank()
        if paragraph.quotation and paragraph.quotation == state.quotation:
            written.lines[-1] = indent + ">"  # the quotation's next paragraph: one quotation, as written
        emit(paragraph, indent + (f"> {text}" if paragraph.quotation else safe_start(text)))
        blank()
        state.last, state.quotation = "text", paragraph.quotation


def _key(state: _State, label: str) -> str:
    """A number as the reader counts it: "1" in appendix A or under "## D. Content" is A1, D1; under "CHAPTER 1",
    CHAPTER 1.1 (not CHAPTER 11)."""
    within, number = state.appendix or state.run, label.rstrip(".")
    if within and number.startswith(f"{within}."):  # "A.1" typed in appendix A is its "1." (written A.1)
        number = number[len(within) + 1:]
    return f"{within}{'.' if within[-1:].isdigit() else ''}{number}"


def _typed_again(paragraph: Paragraph, state: _State, label: str) -> bool:
    """A clause number such as 7.3 typed a second time (a list starting again at 1 is not this)."""
    number = _key(state, label)
    return (paragraph.auto_number is None and paragraph.heading is None and not state.numbers_as_text
            and "." in label.rstrip(".") and number in state.first_place)


def _number_typed_again(paragraph: Paragraph, label: str, text: str, state: _State, written: Written, emit,
                        blank) -> None:
    """One number typed twice need not cost the policy its clause numbers: the first keeps the
    number; the second stays where it is, its number as typed text, with an address of its own."""
    number = _key(state, label)
    state.typed_again[number] = state.typed_again.get(number, 0) + 1
    count = state.typed_again[number]
    anchor = clause_anchor(label, state.appendix or state.run)
    anchor += "-again" if count == 1 else f"-again-{count}"
    indent = INDENT if state.in_clause else ""
    shown = label if indent else re.sub(r"^(\d+)\.", r"\1\\.", label)  # under a heading: typed text, not a clause
    written.notes.append(
        f"{paragraph.place}: the number {label.rstrip('.')} is typed a second time (first at "
        f"{state.first_place[number]}); this paragraph is kept where it is, its number as typed text, at the "
        f"address #{anchor}; renumber it in the document to make it a clause of its own"
    )
    blank()
    emit(paragraph, f"{indent}{shown} {text}", f"{indent}{{: #{anchor} }}")
    blank()
    state.last = "text"


def _named_heading_level(paragraph: Paragraph, state: _State) -> int | None:
    """The level of a heading numbered by a word ("ARTICLE IV — MEETINGS", "Section 1 — Annual meetings:"),
    None if the paragraph is none. Under a heading numbered by another word, one level below it: bylaws
    set their sections as lines of bold italics of their own, or at their article's heading level. A
    line standing alone, all in bold or italics, is a heading only there."""
    named = NAMED_HEADING.match(paragraph.plain)
    if not named or len(paragraph.plain) > _LONGEST_NAMED or re.match(r"^\S+\s+\S+\s+of\b", paragraph.plain):
        return None
    word = named["word"].casefold()
    standing_alone = paragraph.bold or re.fullmatch(r"\*+[^*].*[^*\\]\*+", paragraph.markdown.strip())
    if word in state.named_levels:  # a series met already: at its level again
        level = state.named_levels[word]
        under_another = level > min(state.named_levels.values())
    else:
        above = state.named_levels.get(state.named_last)
        under_another = above is not None
        level = min(6, above + 1) if above else _level(paragraph.heading or 2, state)
    if paragraph.heading is None and not (under_another and standing_alone):
        return None
    state.named_levels.setdefault(word, level)
    state.named_last = word
    return level


def _in_roman_part(kind: ListKind | None, state: _State) -> bool:
    """A decimal number under a Roman part whose numbers are its own."""
    return kind is ListKind.DECIMAL and state.run in state.roman_parts.values()


def _numbered_heading_level(paragraph: Paragraph, kind: ListKind | None, state: _State) -> int:
    """A numbered heading's level: one below the Roman part it is numbered within ("### 1. Purpose"
    under "## I. Purpose and Scope") when the document sets both in the same type."""
    level = _level(paragraph.heading, state)
    if _in_roman_part(kind, state) and paragraph.heading <= state.run_level:
        return _level(state.run_level, state) + 1
    return level


def _roman_level(paragraph: Paragraph, state: _State) -> int:
    """A heading's level, where sections numbered I., II., III. hold sections lettered A., B., C. set in
    the same type (a PDF's bold 12 pt for both): the letters one level below their Roman numeral."""
    level = _level(paragraph.heading, state)
    if id(paragraph) in state.roman_sections:
        state.roman_level = level
    elif state.roman_level and LETTERED_SECTION.match(paragraph.plain) and level == state.roman_level:
        return level + 1
    elif level <= state.roman_level:
        state.roman_level = 0
    return level


def _heading(paragraph: Paragraph, text: str, state: _State, emit, blank, level: int) -> None:
    blank()
    emit(paragraph, f"{'#' * level} {text}")
    blank()
    state.in_clause, state.last = False, "heading"


def _level(heading: int, state: _State) -> int:
    """A heading's Markdown level: the title is "#", the levels below it from "##"."""
    base = state.title_level if state.title_level else 0
    return min(6, max(2, heading - base + 1))


def _classify(paragraph: Paragraph) -> tuple[ListKind | None, str, str]:
    """What the paragraph's number makes it, its label as the policy writes it, and its text."""
    auto, auto_text = paragraph.auto_number, paragraph.markdown
    if auto is not None:
        if auto.kind is ListKind.DECIMAL and auto.shown.startswith("("):  # "(1)", "(2)": its own list's, as shown
            return None, "", f"{auto.shown} {paragraph.markdown}"
        if auto.kind is ListKind.DECIMAL:
            return ListKind.DECIMAL, ".".join(map(str, auto.counters)) + "." * (len(auto.counters) < 2), auto_text
        if auto.kind is ListKind.ORDERED:
            return ListKind.ORDERED, f"{auto.counters[-1]}.", paragraph.markdown
        if auto.kind is ListKind.BULLET:  # a "•" typed as well as Word's is one bullet
            typed = _TYPED_BULLET.match(paragraph.plain)
            return ListKind.BULLET, "-", _after_label(paragraph.markdown, paragraph.plain.split()[0]) if typed else (
                paragraph.markdown)
        point = auto.shown.strip("().") if re.fullmatch(r"\(?(?:[a-z]+|[A-Z])[.)]?", auto.shown) else (  # "(A)" stays
            chr(ord("a") + auto.counters[-1] - 1) if auto.kind is ListKind.LETTER else ROMAN[auto.counters[-1] - 1])
        point = point if auto.kind is ListKind.LETTER else point.lower()
        return auto.kind, f"({point})", paragraph.markdown
    if match := _TYPED_CLAUSE.match(paragraph.plain):
        return ListKind.DECIMAL, match["label"], _after_label(paragraph.markdown, match["label"])
    if match := _TYPED_POINT.match(paragraph.plain):
        kind = ListKind.ROMAN if match["point"] in ROMAN and match["point"] != "i" else ListKind.LETTER
        marker = paragraph.plain.split()[0]
        label = marker if marker.startswith("(") else f"({match['point']})"
        return kind, label, _after_label(paragraph.markdown, marker)
    if match := _TYPED_BULLET.match(paragraph.plain):
        return ListKind.BULLET, "-", _after_label(paragraph.markdown, paragraph.plain.split()[0])
    return None, "", paragraph.markdown


def _after_label(markdown: str, label: str) -> str:
    """The Markdown text after a typed label (which the escaping may have changed, "\\-" for "-"; a bullet "*")."""
    words = markdown.split(" ", 1)
    if len(words) > 1 and label in (words[0].replace("\\", ""), words[0].replace("\\", "").strip("*")):
        # "**1. Purpose**": the bold opened before the number goes on over the text
        opened = len(words[0]) - len(words[0].lstrip("*")) - (len(words[0]) - len(words[0].rstrip("*")))
        return "*" * max(0, opened) + words[1]
    # The label inside a link or emphasis opened before it ("[1. the guidance](https://...)"): it comes out
    # of them, the link's other words staying linked
    opening = re.match(r"[\[*_]*", markdown)[0]
    rest, matched, index = markdown[len(opening) :], 0, 0
    while matched < len(label) and index < len(rest):
        if rest[index] == label[matched]:
            matched += 1
        elif rest[index] != "\\":  # the escaping's backslash ("1\\." for "1.")
            break
        index += 1
    if matched == len(label):
        return opening + rest[index:].lstrip()
    return markdown  # not found as typed: the number is kept in the text too, rather than cutting words


def _is_clause_number(paragraph: Paragraph, state: _State, label: str) -> bool:
    """A decimal number numbers clauses when it comes from the clause list (the first one met)."""
    auto = paragraph.auto_number
    number = label.rstrip(".")
    # The next item of a list of steps, also after a line of text within it (an address); not a number typed after
    # a list's own items ("3. Reporting" after an indented list's 1. and 2.)
    if (state.last in ("step", "text") and state.steps and number == str(state.steps + 1) and not paragraph.heading
            and (auto is None) == state.steps_typed and not (state.last == "text" and _next_in_chapter(state, number))):
        return False
    if _key(state, number) in state.numbers:
        return False  # a number used already: a list that starts again at 1 ("1. ... 1. ..."), not a clause
    if state.appendix:
        return True
    if auto is None:
        return True
    if state.typed_section and len(auto.counters) == 1:
        return False
    if state.clause_list is None:
        state.clause_list = auto.list_id
    return auto.list_id == state.clause_list or not state.in_clause


def _next_in_chapter(state: _State, number: str) -> bool:
    """Whether a typed "4." comes next in a chapter whose numbers are its own ("CHAPTER 5": its 3. written, not 4.),
    where a list of steps 1-3 earlier in the chapter, text written since, would otherwise go on with it (an item
    straight after the list's last goes on with the list)."""
    return " " in state.run and number.isdigit() and _key(state, str(int(number) - 1)) in state.numbers and (
        _key(state, number) not in state.numbers)


def _is_section_title(paragraph: Paragraph, text: str, label: str, following: list[Block]) -> bool:
    """"1. PURPOSE AND SCOPE" followed by 1.1: a title in capitals with clauses under it."""
    if "." in label.rstrip(".") or paragraph.plain != paragraph.plain.upper() or len(paragraph.plain) > 80:
        return False
    number = label.rstrip(".")
    for block in following:
        if isinstance(block, Paragraph):
            kind, next_label, _ = _classify(block)
            return kind is ListKind.DECIMAL and next_label.startswith(f"{number}.1")
    return False
