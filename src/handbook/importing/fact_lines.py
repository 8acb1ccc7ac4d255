"""The lines of an imported document as its facts are read from them (handbook.importing.facts): each paragraph
as shown (a Markdown link as its words, a character reference as its character, a clause without its number), a
header's cells, each table row as "cell | cell" and in pairs of cells, a form's label over its value, and which
first rows head a table's columns rather than label a fact."""

from __future__ import annotations

import html
import re

from .audience_layout import is_item
from .document import Block, Paragraph, Table
from .labels import HEADING_WORDS, LABELLED
from .sentence_forms import said_as_passive
from .signatories import names_a_person

_CHARACTER_REFERENCE = re.compile(r"&(?:#\d{1,6}|#x[0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")
_CLAUSE_NUMBER = re.compile(r"^(?:\d{1,3}\.)+\d{0,3}\s+(?=[A-Z][a-z])")  # "1.2 ", "3. " before a sentence
_MARKDOWN_LINK = re.compile(r"\[([^\]\n]*)\]\((?:<[^>\n]*>|[^)\s]*)(?:\s+\"[^\"]*\")?\)")
_FIRST_BLOCKS = 6  # the organisation's name standing alone is looked for near the top only
_WHO_WE_ARE = re.compile(r"^(?:\d+\.?\s+)?(?:who\s+we\s+are|about\s+us)\b", re.I)
# A cover's or header's short line of statements each closed by a number: "Version 1.9. Effective March 24, 2020",
# "Issue 3. Approved 12 May 2024" (a number, a full stop, then a capital: not "Approved by Dr. Smith"), or a comma
# before a date's statement, "Version 4.2, Effective October 13, 2020" (not "Superseded: Publication 490, REV 5"), or
# nothing but a space after a year, two lines of a cover that a PDF's reader joined: "Drafted: December 2017 Ratified
# by board: 25 October 2018"
_STATEMENT_END = re.compile(r"(?<=\d)\.\s+(?=[A-Z])|(?<=\d),\s+(?=(?:Effective|Approved|Adopted|Issued)\s)"
                            r"|(?<=\b\d{4})\s+(?=(?:Effective|Approved|Adopted|Issued|Ratified|Reviewed|Agreed)\s)")
_SHORT_LINE = 120
# A glossary's entry, "**Effective Date**: 1 July 2012." among "**Domain Name Registrar**: A person or entity ...":
# a term another document defines, not a fact of this one (a details block's "**Approved by:** Governors" lines are
# few and short)
_DEFINED_TERM = re.compile(r"^\*\*[^*\n]{1,80}\*\*\s*:\s*(?P<meaning>.+)$")
# A details block typed as Markdown lines, "**Version:** 2.1" over "**Owner:** People Team": Markdown joins the lines
# into one paragraph, so each bold label opens a statement of its own
_BOLD_LABEL = re.compile(r"\*\*[^*\n]{1,40}?(?::\*\*|\*\*\s*:)")
_GLOSSARY_ENTRIES = 5  # in a row at least
_GLOSSARY_WORDS = 8  # in the middle entry's meaning at least
# An icon before a label or a word: an emoji or a pictograph (the technical, miscellaneous-symbol, dingbat and emoji
# blocks), the selector and joiner that shape it, and the space after it ("📋 Document Owner: CEO | 📄
# Version: 2.1"; not "©", which a copyright line needs, nor an arrow or a mathematical sign)
_PICTOGRAPH = "\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff"
_ICON = re.compile(f"[{_PICTOGRAPH}][\ufe0f\u200d{_PICTOGRAPH}]*\\s*")
# A paragraph that introduces examples, whose items show how something is written rather than state this document's
# facts: "Examples:" over "* Last revised November 2022. Content owner: Head of Digital Archives."
_EXAMPLES_FOLLOW = re.compile(r"\b(?:examples?|for\s+instance|e\.g\.)\s*:\s*$", re.I)
# A privacy notice's heading over the controller's name and address, as the standard forms set them out: "1.
# Rekisterinpitäjä" (Finnish: "controller") over "**Tietokilta ry**<br>Y-tunnus: ...", read "Controller: Tietokilta ry"
_CONTROLLER_HEADING = re.compile(r"^(?:\d+\.?\s+)?(?:(?:the\s+)?(?:data\s+)?controller|rekisterinpitäjä|"
                                 r"personuppgiftsansvarig)\s*:?$", re.I)
# A list item shaped as a label, its mark before it: "- Version: 1.0", "- Effective Date: 2026-04-08", "* 制定: ..."
_LABELLED_ITEM = re.compile(r"^[-*+\u2022\u25cf\u25aa]\s+(?P<label>[^\W\d_][\w/ -]{0,40}[:\uff1a]\s*\S.*)$")


def column_headings(blocks: list[Block]) -> set[str]:
    """The places of the first rows that head a table's columns ("Organisation | Description" over rows of data),
    not a details table's first row ("Owner | Head of HR" over "Approved by | Governors"): those that no other row
    labels a fact as well."""
    headings = set()
    for block in blocks:
        if isinstance(block, Table) and len(block.rows) > 1 and not any(
                pattern.match(words) for row in block.rows[1:] for words in row_lines(row)
                for pattern in LABELLED.values()):
            headings.add(f"{block.place}, row 1")
    return headings




def document_lines(blocks: list[Block]) -> list[tuple[str, str, bool]]:
    """(place, words, near the top) of each paragraph and each table row ("cell | cell": a details table). A section
    headed "Who we are" or "About us" is read as the top is: where a document says whose it is ("The Access Your
    Records service is provided by The National Archives", under a GOV.UK page's "Who we are and how to contact us").
    The items of a list of examples are left out: they show how a fact is written, not this document's."""
    lines, joined = [], _glossary(blocks)
    text_before = ""  # the last paragraph of text, headings aside
    who_we_are = examples = False
    for index, block in enumerate(blocks):
        if isinstance(block, Paragraph) and block.heading is not None:
            who_we_are = _WHO_WE_ARE.match(block.plain) is not None
        near_top = index < _FIRST_BLOCKS or who_we_are
        examples = examples and isinstance(block, Paragraph) and is_item(block)
        if index in joined or examples:
            continue
        examples = isinstance(block, Paragraph) and block.heading is None and bool(_EXAMPLES_FOLLOW.search(block.plain))
        if isinstance(block, Paragraph) and block.heading and _CONTROLLER_HEADING.match(block.plain) and isinstance(
                named := blocks[index + 1] if index + 1 < len(blocks) else None, Paragraph) and named.heading is None:
            lines.append((named.place, f"Controller: {plain_cell(named.markdown.split('<br>')[0])}", False))
        if isinstance(block, Paragraph) and (label_and_value := _label_over_value(block, blocks[index + 1:index + 2])):
            lines.append((blocks[index + 1].place, label_and_value, False))
            joined.add(index + 1)
        elif isinstance(block, Paragraph):
            words = read_as_shown(block.plain)
            # a header's or a footer's "Version: 2.2 | Approved: 18/09/2024", a table read as text
            cells = [cell.strip() for cell in words.split(" | ")]
            # a labelled list's item: "- Version: 1.0", "- Effective Date: ..." (not any item: "* Copyright (c) 2017
            # Alice Commit", a code comment's example; "* This policy applies to everyone ...:" over its list)
            unmarked = [item["label"]] if (item := _LABELLED_ITEM.match(words)) else []
            lines += [(block.place, line, near_top and line in (words, *unmarked))
                      for line in [words, *unmarked, *_cell_lines(cells),
                                   *_statements(words), *_labelled_parts(block), *said_as_passive(words, text_before)]]
            text_before = words if block.heading is None else text_before
        elif isinstance(block, Table):
            for row_number, row in enumerate(block.rows, start=1):
                # a row of cells lists things; only a cell standing alone may be a name near the top
                lines += [(f"{block.place}, row {row_number}", words, near_top and " | " not in words)
                          for words in row_lines(row)]
    return lines


def _glossary(blocks: list[Block]) -> set[int]:
    """The indexes of the paragraphs that are a glossary's entries: runs of defined terms, their meanings sentences."""
    entries: set[int] = set()
    run: list[tuple[int, int]] = []  # (index, words in its meaning)
    for index, block in enumerate([*blocks, None]):
        if isinstance(block, Paragraph) and (match := _DEFINED_TERM.match(block.markdown)):
            run.append((index, len(match["meaning"].split())))
            continue
        if len(run) >= _GLOSSARY_ENTRIES and sorted(words for _, words in run)[len(run) // 2] >= _GLOSSARY_WORDS:
            entries.update(index for index, _ in run)
        run = []
    return entries


def _label_over_value(label: Paragraph, following: list[Block]) -> str | None:
    """A form's label on a line of its own over its value: "Policy approved by:" over "Board of Trustees" (a
    person's name there heads a signature block, read with the role and date below it: signatories)."""
    if not (label.plain.endswith(":") and len(label.plain) <= 40 and following and isinstance(
            value := following[0], Paragraph)) or ":" in value.plain or is_item(value) or names_a_person(
            value.plain):
        return None
    words = f"{label.plain} {read_as_shown(value.plain)}"
    return words if any(pattern.match(words) for pattern in LABELLED.values()) else None


def _statements(words: str) -> list[str]:
    """Each statement of a short line that makes several, each closed by a number ("Version 1.9" and "Effective
    March 24, 2020" of "Version 1.9. Effective March 24, 2020"), read as a line of its own."""
    parts = _STATEMENT_END.split(words) if len(words) <= _SHORT_LINE and " | " not in words else []
    return [part.strip() for part in parts] if len(parts) > 1 else []


def _labelled_parts(paragraph: Paragraph) -> list[str]:
    """Each bold label and its value where a paragraph holds several ("Version: 2.1" and "Owner: People Team" of
    "**Version:** 2.1 **Owner:** People Team"), read as a line of its own."""
    starts = [label.start() for label in _BOLD_LABEL.finditer(paragraph.markdown)]
    if len(starts) < 2:
        return []
    parts = [paragraph.markdown[start:end] for start, end in zip(starts, [*starts[1:], None], strict=True)]
    return [plain_cell(part) for part in parts]


def _cell_lines(cells: list[str]) -> list[str]:
    """The pairs of cells of a row read as text ("Owner | Head of People | Approved | 12 May 2025"), and each
    cell that is a label and its value ("Rev: 7" of "Doc ref: ISP-004 | Rev: 7 | Issue date: 2024-05-20"), or a
    statement of a short line's ("Version 1.0" of "Version 1.0 | Adopted September 2025")."""
    headings = sum(cell.casefold() in HEADING_WORDS for cell in cells)
    if len(cells) < 2 or (headings * 2 > len(cells) and not any(c.isdigit() for c in "".join(cells))):
        return []  # (a heading row: "Owner | Role | Approved by | Committee")
    pairs = range(0, len(cells) - 1, 2) if len(cells) > 2 else ()
    short = len(" | ".join(cells)) <= _SHORT_LINE
    return [" | ".join(cells[i:i + 2]) for i in pairs] + [cell for cell in cells if ":" in cell or short]


def row_lines(row: tuple[str, ...]) -> list[str]:
    """A table row as "cell | cell", and as pairs of cells: a details table often has two facts to a row
    ("Owner | Head | Approved | 2025-09-01")."""
    cells = [plain_cell(cell) for cell in row if cell.strip()]
    pairs = range(0, len(cells) - 1, 2) if len(cells) > 2 else ()
    # a cell of labelled lines, as a form's box has them ("Personnel Concerned: ...<br>Originator: ...")
    labelled = [plain_cell(part) for cell in row if "<br>" in cell for part in cell.split("<br>") if ":" in part]
    return [" | ".join(cells)] + [" | ".join(cells[i:i + 2]) for i in pairs] + labelled


def plain_cell(markdown_cell: str) -> str:
    return read_as_shown(" ".join(re.sub(r"\\(.)", r"\1", re.sub(r"<br>|\*+", " ", markdown_cell)).split()))


def read_as_shown(text: str) -> str:
    """A Markdown link as its words: "[18F](https://18f.gsa.gov), a team" is read "18F, a team"; a character
    reference as its character ("&quot;", as a Markdown page writes a quote); a clause's sentence without its
    number ("1.2 This policy covers all staff"); a label without the icon before it ("📄 Version: 2.1")."""
    shown = _CHARACTER_REFERENCE.sub(lambda reference: html.unescape(reference[0]), _MARKDOWN_LINK.sub(r"\1", text))
    return _CLAUSE_NUMBER.sub("", _ICON.sub("", shown))
