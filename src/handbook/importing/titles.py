"""Where an imported document's title comes from, as a person would find it.

A person takes as the title the largest or first prominent line on the first page that names a
document ("Safeguarding Policy", "The OpenChain PlayBooks"), else a running header repeated on every
page (pdf_reader), else the title in the file's properties when it reads as words. A properties
title that is a file name or a slug ("include-license-info-1", "Microsoft Word - Policy.docx") is
what a program wrote there, not the organisation: it is used only when the text names no title,
and reported as such. A first heading naming a part of the text ("Introduction", "Purpose") is
not the document's title.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from dataclasses import replace

from .adopted_title import adoption_under_title
from .dates import DATE
from .document import Block, Paragraph, Table
from .layout import CONTENTS_TITLE
from .memo_header import memo_header
from .organisation import STANDALONE_ORGANISATION, in_name_case
from .organisation_words import COMPANY, DOCUMENT_WORDS_ANY_CASE

_ONLY_A_LINK = re.compile(r"\[[^\]]*\]\([^)\s]*\)")  # a paragraph that is one Markdown link
# A heading naming a part of the text, not the document
SECTION_NAME = re.compile(
    r"^(?:\d+[.)]?\s+)?(?:introduction|purpose|scope|overview|background|summary|executive summary|aims?|usage|"
    r"definitions|preamble|foreword|contents)\W*$",
    re.IGNORECASE,
)
_FILE_NAME = re.compile(r"\.(?:docx?|odt|pdf|rtf|txt|html?|indd|pages)$|^microsoft word\s*-", re.IGNORECASE)
_SLUG = re.compile(r"^[\w.-]+$")
_NUMBERED_ONE = re.compile(r"^1\.?\s+(?P<title>[^\d\s].*)$")  # "1 Health and Safety Policy"
_CHAPTER_TITLE = re.compile(r"^(?P<number>\d{1,3})\.\s+(?P<title>\S.*)$")  # "19. Employees Policy"
_LONGEST_COVER_TITLE = 12  # words
_COVER_HEADINGS = 3  # the lines a cover may set above its title
_LABEL = re.compile(r"^\w+(?:\s+\w+)?\s*:")  # "Status: Draft", "Policy owner: ..." is a detail, not a title
# A cover's line that is not the document's name: its number ("SOP 90 81", "HR-12") or an abbreviation alone ("SBA")
_NOT_A_NAME = re.compile(r"^(?:[A-Z][A-Z.]*(?:[\s-]+[A-Z][A-Z.]*)*[\s-]*\d[\d\s./-]*|[A-Z]{2,6})$")
_MEMO_HEADER = 15  # blocks: a memorandum's header is among its first
# A line of a scan's text layer that is no words: a signature or stamp read as letters ("~7 ~r~Zcly")
_SCAN_NOISE = re.compile(r"[~^|\\{}<>=]")


# What a page carries that is no title, wherever a reader found it (a first line, a <title>, a PDF's metadata):
# page furniture ("Page 1 of 9", "3"), a status or protective marking alone ("DRAFT", "OFFICIAL-SENSITIVE",
# "Internal use only"), a program's placeholder ("Untitled document", "Document1", InDesign's "Layout 1"), a site's home
# page ("Home"); and a contents list's heading ("Table of Contents": handbook.importing.layout.CONTENTS_TITLE)
_NO_TITLE = re.compile(
    r"^(?:(?:page\s+)?\d+(?:\s*(?:of|/)\s*\d+)?|(?:final\s+)?draft(?:\s+\d+|\s+for\s+consultation)?|final|"
    r"(?:strictly\s+|commercial(?:\s+in)?\s+)?confidential|official(?:[\s-]+sensitive)?|restricted|"
    r"(?:not\s+protectively\s+marked|unclassified|(?:for\s+)?internal(?:\s+use)?(?:\s+only)?)|"
    r"untitled(?:\s+document)?|document\s*\d*|layout\s*\d+|report|template|title|v(?:ersion)?\s*\d+(?:\.\d+)*|"
    r"home(?:\s+page)?)\W*$",
    re.IGNORECASE,
)
# six words or more ending in a full stop (not a company's "Inc.": "By-laws of Software Freedom Conservancy, Inc.")
_SENTENCE = re.compile(r"^(?!.*\b(?:Inc|Ltd|Corp)\.$)\S+(?:\s+\S+){5,}[a-z)]\.$")


def is_no_title(stated: str) -> bool:
    """Whether words a reader took as the title are no title a person would give: page furniture, a status or
    marking alone, a program's placeholder, a sentence ("This procedure sets out how staff request leave.") or a
    label's date ("EFFECTIVE AS OF: June 3, 2015")."""
    stated = " ".join(stated.split())
    labelled = re.fullmatch(r"[^:]{1,40}:\s*(?P<value>.+)", stated)
    return bool(_NO_TITLE.match(stated) or _SENTENCE.match(stated) or CONTENTS_TITLE.match(stated) or (
        labelled and (date := DATE.search(labelled["value"])) and date.span() == (0, len(labelled["value"]))))


def reads_as_title(stated: str) -> bool:
    """Whether a title in a file's properties is words a person wrote, not a file name or slug."""
    stated = stated.strip()
    if not stated or _FILE_NAME.search(stated):
        return False
    return not (_SLUG.match(stated) and (re.search(r"[-_.\d]", stated) or stated.islower()))


def shown_above_headings(stated: str, blocks: list[Block]) -> bool:
    """Whether the title the document's properties state is also written above its first heading, as a cover shows
    it (FedRAMP's cover table: "FedRAMP Significant Change / Policies and Procedures / Version 1.0"): then its first
    heading, even a top-level one ("About this document"), is a section's."""
    wanted = " ".join(stated.casefold().split())
    for block in blocks:
        if isinstance(block, Paragraph) and block.heading is not None:
            return False
        shown = block.plain if isinstance(block, Paragraph) else " ".join(
            cell.replace("<br>", " ") for row in block.rows for cell in row)
        if wanted and wanted in " ".join(shown.casefold().split()):
            return True
    return False


def as_chapter(blocks: list[Block]) -> tuple[list[Block], int | None]:
    """A document that is chapter N of a numbered set, its only top heading "N. Title" over sections numbered N.1,
    N.2 (Datica's "19. Employees Policy" over "19.1 Applicable Standards"): its title heading without the number, and
    N, which numbers its clauses (the front matter's ``chapter``). Not chapter 1: "1. Purpose" over 1.1, 1.2 is a
    policy's own first section."""
    headings = [(index, block) for index, block in enumerate(blocks)
                if isinstance(block, Paragraph) and block.heading is not None]
    if not headings or not (match := _CHAPTER_TITLE.match((first := headings[0][1]).plain)) or (
            first.auto_number is not None or int(match["number"]) < 2):
        return blocks, None
    rest = [block for _, block in headings[1:]]
    if any(block.heading <= first.heading for block in rest) or not any(
            re.match(rf"{match['number']}\.\d", block.plain) for block in rest):
        return blocks, None
    markdown = re.sub(rf"^{match['number']}\\?\.\s+", "", first.markdown)
    title = replace(first, markdown=markdown if markdown != first.markdown else match["title"], plain=match["title"])
    return [*blocks[:headings[0][0]], title, *blocks[headings[0][0] + 1:]], int(match["number"])


def file_name_words(stated: str) -> str:
    """A file name's words as a title: "include-license-info-1" -> "Include License Info 1"."""
    stem = re.sub(r"^microsoft word\s*-\s*", "", _FILE_NAME.sub("", stated.strip()), flags=re.IGNORECASE)
    return " ".join(word[:1].upper() + word[1:] for word in re.split(r"[-_\s]+", stem) if word)


def title_from_file_name(file_name: str, text: str) -> str | None:
    """The title a file's own name gives a document that states none ("cfpb-source-code-policy.txt" ->
    "CFPB Source Code Policy", an abbreviation spelt as the text spells it), when the name is at least two
    words and names a kind of document; None for "notes.txt" or "policy.md"."""
    words = file_name_words(re.sub(r"\.\w+$", "", file_name.strip())).split()
    if len(words) < 2 or not DOCUMENT_WORDS_ANY_CASE.search(" ".join(words)):
        return None
    in_sentences = "\n".join(line for line in text.splitlines() if re.search(r"[a-z]", line))  # not a line in capitals
    # "NI-HPC" for "nihpc": a hyphenated abbreviation is one word in a file's name
    abbreviations = re.findall(r"\b[A-Z]{2,}(?:-[A-Z]{2,})*\b", in_sentences)
    spelt = {word.replace("-", "").casefold(): word for word in abbreviations}
    return " ".join(spelt.get(word.casefold(), word) for word in words)


def cover_title(blocks: list[Block], stated: str = "") -> list[Block]:
    """The title on a document's first lines, where no heading style marks it, made the title: the
    first line when it stands alone and names a document ("Ronin Institute Code of Conduct" above a
    larger "Status: Draft"), else a cover's line set larger than any heading ("The OpenChain
    PlayBooks" at 26 pt above a "Heading 1" at 20 pt); not a letterhead above the title its properties
    state (``stated``), shown on a cover line below it. A heading straight after it with nothing
    under it but more cover lines ("Small Company", then a subtitle, then "Introduction") is the
    title's second part: "The OpenChain PlayBooks: Small Company"."""
    blocks = _title_over_two_lines(_memo_subject(_without_cover_numbers(_without_noise_headings(
        _numbered_one(adoption_under_title(blocks))))))
    blocks = _title_over_of(_name_over_title(_title_in_a_box(blocks)))
    paragraphs = [b for b in blocks if isinstance(b, Paragraph)]
    headings = [p for p in paragraphs if p.heading]
    if any(p.heading == 0 for p in paragraphs):  # a Title style's: its second part may follow as a heading
        blocks = _title_under_organisation(blocks)
        index = next(i for i, b in enumerate(blocks) if isinstance(b, Paragraph) and b.heading == 0)
        return [*blocks[:index], *_titled(blocks[index], blocks[index + 1 :], _body_size(paragraphs), stated=True)]
    if not headings:
        return blocks
    if title := _largest_of_the_cover_headings(headings):  # (the lines above it stay, as text)
        index = blocks.index(title)
        above = [_with_level(b, None) if isinstance(b, Paragraph) else b for b in blocks[:index]]
        return [*above, _with_level(title, 0), *blocks[index + 1:]]
    cover = blocks[: blocks.index(headings[0])]
    body = _body_size(paragraphs)
    largest_heading = max(p.size for p in headings)
    first_line = next((b for b in cover if isinstance(b, Paragraph) and b.markdown.strip()), None)
    if first_line and (over_two := _cover_title_over_two_lines(cover, first_line, max(largest_heading, body + 1))):
        index = blocks.index(first_line)
        return [*blocks[:index], *_titled(over_two, blocks[index + 2 :], body)]
    for index, block in enumerate(cover):
        if isinstance(block, Paragraph) and _names_a_document(block) and (
            block is first_line or block.size > max(largest_heading, body)
        ) and not _stated_below(stated, block, cover[index + 1:]):
            return [*blocks[:index], *_titled(block, blocks[index + 1 :], body)]
        if block is first_line and block.plain.endswith(":") and block.size >= max(largest_heading, body + 1) and (
                _names_a_document(without_colon := _without_end_colon(block))):
            # a cover's title set to run on into a subtitle ("Guidelines on the Use of Open Source Software:")
            return [*blocks[:index], _with_level(without_colon, 0), *blocks[index + 1 :]]
    return blocks


def _largest_of_the_cover_headings(headings: list[Paragraph]) -> Paragraph | None:
    """The cover's title where smaller lines that name no document stand above it: the law it is made under or the
    kind of body ("Charities Act 2011", "Charitable Incorporated Organisation" over a larger "CONSTITUTION OF STUDENT
    ROBOTICS")."""
    above = list(itertools.takewhile(lambda heading: not _names_a_document(heading), headings[:_COVER_HEADINGS]))
    title = headings[len(above)] if above and len(above) < min(len(headings), _COVER_HEADINGS) else None
    return title if title and title.size > max(heading.size for heading in above) else None


def _cover_title_over_two_lines(cover: list[Block], first: Paragraph, display: float) -> Paragraph | None:
    """The cover's first two lines as one title, where they are set alike in display type and only together name a
    document ("DOCUMENT IMPLEMENTING" over "THE INGV DATA POLICY", both bold 18 pt)."""
    index = cover.index(first)
    second = cover[index + 1] if index + 1 < len(cover) else None
    if not (isinstance(second, Paragraph) and (second.size, second.bold) == (first.size, first.bold)
            and first.size >= display and not _names_a_document(first)):
        return None
    if STANDALONE_ORGANISATION.match(in_name_case(first.plain).removesuffix(".")) and _names_a_document(second):
        return None  # a company's name over its document's: "Glasswall Solutions Ltd." over "Remote Access Policy"
    joined = _as_one_line(first, second)
    return joined if _names_a_document(joined) and len(joined.plain.split()) <= _LONGEST_COVER_TITLE else None


def _stated_below(stated: str, line: Paragraph, below: list[Block]) -> bool:
    """Whether the title the properties state is not ``line`` but opens a line below it: "Board Policy Manual West
    Ada School District", a letterhead, above "Administrative Regulation 1201-AR(2): Non-Discrimination ..."."""
    opening = re.findall(r"\w+", stated.casefold())[:3]
    return len(opening) == 3 and re.findall(r"\w+", line.plain.casefold())[:3] != opening and any(
        isinstance(b, Paragraph) and re.findall(r"\w+", b.plain.casefold())[:3] == opening for b in below)


def _numbered_one(blocks: list[Block]) -> list[Block]:
    """A document's only heading at the top, numbered 1 and naming a document, is its title: LaTeX numbers every
    section, a one-section policy's too ("1 Health and Safety Policy" over the whole text)."""
    headings = [block for block in blocks if isinstance(block, Paragraph) and block.heading is not None]
    if not headings or headings[0].heading == 0 or headings[0].auto_number is not None or not (
            match := _NUMBERED_ONE.match(headings[0].plain)):  # (a Title style's title is the title)
        return blocks
    first = headings[0]
    if any(other.heading <= first.heading for other in headings[1:]) or not _names_a_document(
            replace(first, plain=match["title"])):
        return blocks
    index = blocks.index(first)
    title = replace(first, markdown=re.sub(r"^1\\?\.?\s+", "", first.markdown), plain=match["title"], heading=0)
    return [*blocks[:index], title, *blocks[index + 1 :]]


def _without_end_colon(paragraph: Paragraph) -> Paragraph:
    return replace(paragraph, markdown=re.sub(r":(\**)\s*$", r"\1", paragraph.markdown),
                   plain=paragraph.plain.rstrip(":").rstrip())


def _without_cover_numbers(blocks: list[Block]) -> list[Block]:
    """A cover's first lines set as headings that only number or abbreviate ("SOP 90 81", "SBA" at 48 pt above
    "Open Data Program") are lines of the cover, not the title."""
    for index, block in enumerate(blocks[:3]):
        if not (isinstance(block, Paragraph) and block.heading and _NOT_A_NAME.match(block.plain)):
            break
        blocks = [*blocks[:index], _with_level(block, None), *blocks[index + 1 :]]
    return blocks


def _without_noise_headings(blocks: list[Block]) -> list[Block]:
    """A large line that is no words, such as a signature a scanner read as text ("~7 ~r~Zcly"), is not a
    heading and never the title: its characters are kept as a line of text."""
    return [_with_level(block, None) if isinstance(block, Paragraph) and block.heading and _is_noise(block.plain)
            else block for block in blocks]


def _is_noise(line: str) -> bool:
    """Characters no heading is made of, with fewer than two words of three letters or more."""
    return bool(_SCAN_NOISE.search(line)) and len(re.findall(r"[^\W\d_]{3,}", line)) < 2


def _memo_subject(blocks: list[Block]) -> list[Block]:
    """A memorandum addressed to its readers ("To: ..." and "From: ...", or "MEMORANDUM FOR ..." over "SUBJECT: ...":
    memo_header) is titled by its subject line, not by the letterhead or date stamp above it: those are lines of the
    header. Where the subject cannot be read, the title is left to be stated elsewhere (the file's properties)."""
    header = [(index, block) for index, block in enumerate(blocks[:_MEMO_HEADER]) if isinstance(block, Paragraph)]
    memo = memo_header((index, paragraph.plain) for index, paragraph in header)
    if memo is None or not memo.addressed or any(paragraph.heading == 0 for _, paragraph in header):
        return blocks
    end = max(memo.places)
    result = [_with_level(b, None) if isinstance(b, Paragraph) and b.heading else b for b in blocks[: end + 1]]
    if memo.subject is not None and (subject := memo.subject.value):
        block = result[memo.subject.place]
        result[memo.subject.place] = Paragraph(block.number, subject, subject, 0, None, block.place, block.anchors,
                                               block.bold, block.size)
    return [*result, *blocks[end + 1 :]]


def _title_over_two_lines(blocks: list[Block]) -> list[Block]:
    """A title set over two lines in one style ("DataWorks Phase 1" / "Test Principles Document", both bold 22 pt),
    the only headings of their level: one title."""
    paragraphs = [b for b in blocks if isinstance(b, Paragraph)]
    first = next((p for p in paragraphs if p.heading is not None), None)
    if first is None or not first.heading:
        return blocks
    index = blocks.index(first)
    second = blocks[index + 1] if index + 1 < len(blocks) else None
    if not (isinstance(second, Paragraph) and second.heading == first.heading and second.size == first.size
            and second.bold == first.bold and first.auto_number is None and second.auto_number is None):
        return blocks
    if any(p.heading is not None and p.heading <= first.heading for p in paragraphs if p not in (first, second)):
        return blocks
    if len(f"{first.plain} {second.plain}".split()) > _LONGEST_COVER_TITLE or first.plain.endswith((".", ":")):
        return blocks
    return [*blocks[:index], _as_one_line(first, second), *blocks[index + 2 :]]


def _title_in_a_box(blocks: list[Block]) -> list[Block]:
    """A title set in a table of one cell at the top, as a letterhead template boxes it ("Conflict of Interest Policy";
    "Budget and Money Guidance<br>for projects, committees, ...": its first line, the rest a line under it)."""
    box = blocks[0] if blocks else None
    if not (isinstance(box, Table) and len(box.rows) == 1 and len(box.rows[0]) == 1):
        return blocks
    first, *rest = [line.strip() for line in box.rows[0][0].split("<br>") if line.strip()] or [""]
    plain = " ".join(re.sub(r"\*+", "", first).split())
    title = Paragraph(box.number, plain, plain, heading=0, place=box.place)
    if not _names_a_document(title) or re.search(r"\d", plain):  # (a cover's box with its version and date too)
        return blocks
    below = [Paragraph(box.number, line, re.sub(r"\*+", "", line), place=box.place) for line in rest]
    return [title, *below, *blocks[1:]]


def _title_over_of(blocks: list[Block]) -> list[Block]:
    """A cover's title set on three lines, the kind of document, "OF", whose ("BY - LAWS" / "OF" / "SOFTWARE FREEDOM
    CONSERVANCY, INC.", as a statute's scan has it, each line alike): one title, where no line is a heading."""
    first, of, whose = [*blocks, None, None, None][:3]
    if not all(isinstance(b, Paragraph) and b.heading is None for b in (first, of, whose)) or any(
            isinstance(b, Paragraph) and b.heading is not None for b in blocks):
        return blocks
    kind = re.sub(r"\s*-\s*", "-", first.plain)  # ("BY - LAWS", spaced as typewriters set it)
    a_name = len(whose.plain.split()) <= _LONGEST_COVER_TITLE and not re.search(r"[a-z]{2,}\.$", whose.plain)
    if not (DOCUMENT_WORDS_ANY_CASE.fullmatch(kind) and re.fullmatch(r"of(?:\s+the)?", of.plain.strip(), re.I)
            and a_name):
        return blocks
    title = _as_one_line(_as_one_line(replace(first, markdown=kind, plain=kind), of), whose)
    return [_with_level(title, 0), *blocks[3:]]


def _as_one_line(first: Paragraph, second: Paragraph) -> Paragraph:
    """Two lines of a title set alike, as one: their words joined (bold once where both are bold), the first's place."""
    markdown = re.sub(r"\*\*\s+\*\*", " ", f"{first.markdown} {second.markdown}")
    return replace(first, markdown=markdown, plain=f"{first.plain} {second.plain}", auto_number=None,
                   anchors=first.anchors + second.anchors)


def _title_under_organisation(blocks: list[Block]) -> list[Block]:
    """A letterhead's way: the organisation's name in the Title style, the policy's name on the line
    under it ("Oakfield Academy" over "Staff Attendance Policy"). The line naming the document is the
    title; the name stays a line of the cover, where the organisation is read from."""
    for index, (top, below) in enumerate(itertools.pairwise(blocks[:5])):
        if isinstance(top, Paragraph) and top.heading == 0 and isinstance(below, Paragraph) and (
                below.heading != 0 and STANDALONE_ORGANISATION.match(top.plain) and not DOCUMENT_WORDS_ANY_CASE.search(
                    top.plain) and _names_a_document(below)):
            return [*blocks[:index], _with_level(top, None), _with_level(below, 0), *blocks[index + 2 :]]
    return blocks


def _name_over_title(blocks: list[Block]) -> list[Block]:
    """The organisation's name set as the first heading and the document's name as the next, in one style
    ("FINTECH OPEN SOURCE FOUNDATION" over "INTELLECTUAL PROPERTY POLICY", both bold 12 pt like the parts
    below): the second is the title, as under a Title-style name (``_title_under_organisation``); or the next two,
    where only together they name the document ("The Broad Institute, Inc." over "gnomAD" over "Privacy Policy")."""
    first = next((i for i, b in enumerate(blocks[:5]) if isinstance(b, Paragraph) and b.heading), None)
    if first is None or first + 1 >= len(blocks):
        return blocks
    top, below, taken = blocks[first], blocks[first + 1], 1
    if isinstance(below, Paragraph) and not _names_a_document(below) and first + 2 < len(blocks) and isinstance(
            after := blocks[first + 2], Paragraph) and (after.heading, after.size, after.bold) == (
            below.heading, below.size, below.bold) and _names_a_document(joined := _as_one_line(below, after)):
        below, taken = joined, 2
    name = in_name_case(top.plain)
    # (or a level down, as a web page's "# Virtual Video Game Orchestra" over "## Rules and Privacy Policies")
    if not (isinstance(below, Paragraph) and ((below.heading, below.size) == (top.heading, top.size) or (
            (top.heading, below.heading) == (1, 2) and STANDALONE_ORGANISATION.match(name)))
            and not DOCUMENT_WORDS_ANY_CASE.search(name) and _names_a_document(below)):
        return blocks
    # one style, a name an organisation gives itself (or a company's, its legal form last: "The Broad Institute, Inc.");
    # or the name in bold over the document's in plain ("Defence Digital Digital Enablement" over "Enterprise Tooling
    # Strategy Principles", a department's cover)
    same_style = below.bold == top.bold
    if (same_style and (STANDALONE_ORGANISATION.match(name) or re.search(rf",?\s{COMPANY}$", name))) or (
            top.bold and not below.bold):
        return [*blocks[:first], _with_level(top, None), _with_level(below, 0), *blocks[first + 1 + taken :]]
    return blocks


def _with_level(paragraph: Paragraph, heading: int | None) -> Paragraph:
    return Paragraph(paragraph.number, paragraph.markdown, paragraph.plain, heading, None, paragraph.place,
                     paragraph.anchors, paragraph.bold, paragraph.size)


def _names_a_document(paragraph: Paragraph) -> bool:
    """A line naming a document; not a link alone ("[English translation of ... policy](https://...)", a way away)."""
    text = paragraph.plain
    return (paragraph.auto_number is None and bool(DOCUMENT_WORDS_ANY_CASE.search(text)) and not _LABEL.match(text)
            and len(text.split()) <= _LONGEST_COVER_TITLE and not text.endswith((".", ":", ";", ","))
            and not _ONLY_A_LINK.fullmatch(paragraph.markdown.strip()))


_JOINING_LINES = {"for", "of", "by", "between", "and"}


def _titled(title: Paragraph, rest: list[Block], body: float, stated: bool = False) -> list[Block]:
    """``stated``: the title's style says it is one; a heading after it joins it only with cover lines under it."""
    heading = rest[0] if rest and isinstance(rest[0], Paragraph) and rest[0].heading else None
    named = rest[1] if len(rest) > 1 and isinstance(rest[1], Paragraph) and rest[1].heading else None
    if heading is not None and named is not None and heading.plain.strip().casefold() in _JOINING_LINES:
        # a cover of three lines, "Technical Charter (the "Charter")" / "for" / "Servo Project a Series of ...": a title
        return [_with_level(_as_one_line(_as_one_line(title, heading), named), 0), *rest[2:]]
    if heading is not None and not heading.plain.rstrip().endswith("."):  # (a sentence is no subtitle: "Information
        section = []  # contained herein is the property of Glasswall Limited and is company confidential.")
        for block in rest[1:]:
            if isinstance(block, Paragraph) and block.heading and block.heading <= heading.heading:
                break
            section.append(block)
        if (section or not stated) and all(isinstance(b, Paragraph) and not b.heading and b.size > body
                                           for b in section):
            joined = Paragraph(title.number, f"{title.markdown}: {heading.markdown}", f"{title.plain}: {heading.plain}",
                               0, None, title.place, title.anchors + heading.anchors, title.bold, title.size)
            return [joined, *rest[1:]]
    return [_with_level(title, 0), *rest]


def _body_size(paragraphs: list[Paragraph]) -> float:
    """The size most of the text is set in."""
    by_size: dict[float, int] = {}
    for paragraph in paragraphs:
        by_size[paragraph.size] = by_size.get(paragraph.size, 0) + len(paragraph.plain)
    return max(by_size, key=by_size.__getitem__) if by_size else 0.0


# A document's name in its own sentences, capitalised as a name: "NHS Open Source Policy", "Code of Conduct"
_NAME_IN_TEXT = re.compile(  # ("This Security Policy outlines ...": its name without "This")
    r"\b(?:(?:The|This|These|Our)\s+)?(?P<name>(?!(?:This|These|Our)\s)(?:(?:[A-Z][\w\u2019'-]*|of|and|for|on)\s+){1,7}"
    r"(?:Policy|Code of Conduct|Code|Procedure|Handbook|Strategy|Charter|Guidance|Guidelines))\b")
# ... saying what it does: "NHS Open Source Policy applies where work is supported by NHS funding"
_SAYS_WHAT_IT_DOES = re.compile(r"^\s+(?:\w+ly\s+)?(?:applies|apply|sets out|describes|covers|explains|requires|"
                                r"outlines|aims)\b")


# The text naming the kind of document it is: "This procedure sets out ..."
_THIS_KIND = re.compile(r"\b[Tt]his\s+(policy|procedure|code of conduct|handbook|strategy|charter|guidance|"
                        r"guidelines|plan|standard)\b")
_OPENING_PARAGRAPHS = 5  # the paragraphs, headings aside, in which a text says what it is


# The text saying what kind of document it is, as a document with no title line opens: "This privacy policy covers
# what personal information we collect" (not "This policy ...", which names no kind, nor "This updated policy")
_THIS_DOCUMENT_COVERS = re.compile(
    r"\b[Tt]his\s+(?P<kind>(?!(?:new|revised|updated|current|latest|whole|short|full|same|draft|amended|attached|"
    r"following|above)\b)(?:[a-z][\w-]*\s+){1,3}(?:policy|notice|statement|code of conduct|procedure|handbook|charter|"
    r"guidance|guidelines))\s+(?:\w+ly\s+)?(?:covers|sets out|explains|describes|tells you|applies|outlines)\b")


def is_a_sentence(block: Block) -> bool:
    """A paragraph of running text (six words or more ending in a full stop), not a heading, a label or a name."""
    return isinstance(block, Paragraph) and block.heading is None and len(block.plain.split()) >= 6 and (
        block.plain.rstrip().endswith((".", "!", "?")))


def kind_in_text(blocks: list[Block]) -> tuple[str, Paragraph] | None:
    """The kind of document an untitled text says it is in its opening paragraphs, as its title ("This privacy
    policy covers ..." -> "Privacy policy"), with the paragraph; None where it says none, or calls itself another
    kind elsewhere too ("this privacy policy", then "this procedure")."""
    paragraphs = [b for b in blocks if isinstance(b, Paragraph) and b.heading is None]
    found = next(((m["kind"], p) for p in paragraphs[:_OPENING_PARAGRAPHS]
                  if (m := _THIS_DOCUMENT_COVERS.search(p.plain))), None)
    if found is None:
        return None
    kind = " ".join(found[0].split())
    kinds = {match.casefold() for p in paragraphs for match in _THIS_KIND.findall(p.plain)}
    return (kind[0].upper() + kind[1:], found[1]) if all(k in kind for k in kinds) else None


def name_in_text(blocks: list[Block]) -> tuple[str, Paragraph, str | None] | None:
    """The name a document with no title line calls itself by, the paragraph saying what it does under
    that name, and a doubt (None when there is none): a capitalised name of a document used at least
    twice, at least once as the subject of what the document does ("The NHS Open Source Policy strictly
    applies to work ..."); None if it states none. The name is doubted, and so only offered, when that
    paragraph is not among the opening ones (another document's name is met further in) or when the
    text calls itself another kind of document ("This procedure puts the Records Policy into practice")."""
    paragraphs = [b for b in blocks if isinstance(b, Paragraph) and b.heading is None]
    uses = [(m["name"], paragraph, m.end()) for paragraph in paragraphs for m in _NAME_IN_TEXT.finditer(paragraph.plain)
            if m["name"].split()[0] not in ("of", "and", "for", "on")]
    counts = Counter(name for name, _, _ in uses)
    found = next(((name, paragraph) for name, paragraph, end in uses
                  if counts[name] >= 2 and _SAYS_WHAT_IT_DOES.match(paragraph.plain[end:])), None)
    if found is None:
        return None
    name, paragraph = found
    kinds = {match.casefold() for p in paragraphs for match in _THIS_KIND.findall(p.plain)}
    if other := sorted(kind for kind in kinds if kind not in name.casefold()):
        return name, paragraph, f"the text calls itself 'this {other[0]}'"
    if paragraphs.index(paragraph) >= _OPENING_PARAGRAPHS:
        return name, paragraph, "which may be another document's"
    return name, paragraph, None


def title_as_shown(title: str, text: str = "") -> str:
    """A title in capitals as the navigation shows titles: "SAFEGUARDING POLICY" -> "Safeguarding Policy",
    a name in it as the document's ``text`` spells it ("OPENJS FOUNDATION" -> "OpenJS Foundation"); without an
    icon before it ("\u2708\ufe0f Travel Policy", a GitBook page's), which the page's heading keeps. A title that is
    one short word in capitals is initials, kept: "FAQ", "AUP" (not "Faq")."""
    title = _without_icon(title)
    return title if re.fullmatch(r"[A-Z]{2,4}", title) else in_name_case(title, text)


def _without_icon(title: str) -> str:
    """The title without the symbols (emoji, and the joiners and selectors that shape them) opening it."""
    start = 0
    while start < len(title) and (unicodedata.category(title[start]) == "So" or title[start] in "\ufe0f\u200d "):
        start += 1
    return title[start:] or title
