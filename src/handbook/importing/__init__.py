"""``handbook import``: turn a document (.docx, .odt, .pdf, .html, .md, .rst, .txt) into a policy file.

    import_policy(Path("Safeguarding.docx"), "safeguarding", Path("policy_src"))

writes ``policy_src/safeguarding/policy.md``: front matter from what the document states (TBC
for the rest, see ``facts``), and the body with every word of the document in order, its
numbering made clauses, numbered headings, points, lists, tables and appendices (see
``policy_writer``); a document that leaves a number or two out keeps its numbers, listed as
``skipped_numbers``, and one whose numbers do not otherwise run as clauses must keeps them as typed text.
Every place a message names is one the user can find in the document (``document.where``). The
file is checked as ``handbook check`` would before it is written; it is written whole or not at
all, and never over an existing policy unless ``force`` is given.

Each kind has its reader, one module each (the PDF reader is compared with others in
docs/authoring.md). The .docx is read with python-docx. Of the readers compared, mammoth
turns Word's numbering into nested HTML lists without the numbers ("1.1" is lost, and levels a
heading skips nest oddly), and docx2python writes its own "1)" for every decimal level instead of
the document's "1.1"; python-docx gives the numbering definitions, styles, runs and tables
exactly as stored, and leaves only the counting to us (``word_numbering``).
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import yaml
from lxml import etree

from ..errors import (
    NumberingError,
    PolicySourceError,
    SkippedNumberError,
    SkippedNumbersListError,
    UnknownClauseReferenceError,
    UnresolvedLinkError,
    display_path,
)
from ..model import Policy, StructureWarning
from ..pages.site_check import links_leading_nowhere
from ..source.layout import POLICY_FILE
from ..source.policy_file import parse_policy
from ..source.structure_checks import OPENS_NO_LIST
from ..source.syntax import POLICY_ID
from . import roman_parts, run_in_labels
from .document import Block, Paragraph, ReadDocument
from .facts import find_facts, states_title
from .found_facts import Fact, Facts
from .garbled_text import repaired
from .handbook_organisation import handbook_organisation_named, organisations_of
from .layout import first_left_out, labelled_rows, without_contents_list
from .markdown_text import without_invisible
from .organisation_in_title import stated_in_title
from .outside_references import unlinked
from .own_address import named_by_address
from .own_name import most_used_own_name
from .owning_body import body_developing_policies
from .policy_writer import Written, write_body
from .running_heads import names_no_document, title_in_running_head
from .sniffing import MARKDOWN_SUFFIXES, Kind, NotImportable, kind_of
from .text_reader import read_text
from .titles import (
    as_chapter,
    cover_title,
    file_name_words,
    is_no_title,
    kind_in_text,
    name_in_text,
    reads_as_title,
    shown_above_headings,
    title_from_file_name,
)
from .version_history import HEAD_VERSION
from .web_markdown import anchored, prepared

_LINE = re.compile(r"\bline (\d+)")  # a line of the written file named in a message: the user never saw it
_POINT_LETTER = re.compile(r"^(\s*(?:\d{1,3})?\(?(?:[a-zA-Z]|[ivx]{1,5}))\)")  # "(b)", escaped "(b\)": typed text
_MOST_SKIPPED = 3  # numbers a document may leave out of its clause numbering (_kept_as_skipped)


class PolicyImportError(Exception):
    """An import that cannot go ahead; nothing was written."""

    def __init__(self, path: Path, message: str, cause: PolicySourceError | None = None) -> None:
        super().__init__(f"{display_path(path)}: {message}")
        self.cause = cause  # what ``handbook check`` refused in the policy file the import would write


@dataclass(frozen=True)
class ImportResult:
    path: Path  # the policy file written
    notes: tuple[str, ...]  # what a person should look at, each with where in the document to find it
    warnings: tuple[StructureWarning, ...]  # structure the written file would lose (handbook check's)


def import_policy(
    source: Path, policy_id: str, policy_src: Path, force: bool = False, strict: bool = False, title: str | None = None,
    month_first: bool | None = None,
) -> ImportResult:
    """``source`` written as the policy ``policy_id`` in ``policy_src``; ``title``: the title as the person importing it
    gives it, over any the document states (a page whose title lives in its website's menu states none);
    ``month_first``: how the person importing it says the document writes its dates, for a date that reads two ways
    (10/7/2022) where nothing in the document shows which."""
    if not POLICY_ID.match(policy_id):
        raise PolicyImportError(source, f"'{policy_id}' is not a policy id: use lower case, digits and hyphens")
    target = policy_src / policy_id / POLICY_FILE
    for existing in (target, policy_src / f"{policy_id}.md"):
        if existing.exists() and not force:
            raise PolicyImportError(
                existing, "a policy with this id exists already; choose another --id, or add --force to replace it"
            )
    draft = drafted(source, organisations_of(policy_src))
    document, facts, named, written = draft.document, draft.facts, draft.named, draft.written
    if month_first is not None:
        facts.read_two_ways(month_first)
    if title and title.strip():
        facts.found["title"] = Fact(" ".join(title.split()), "the command line (--title)", " ".join(title.split()))
    if "title" not in facts.found:  # (a labelled "Title: ..." line counts: see facts)
        what_to_do = "add the title as the document's first line, or give it with --title, and import again"
        if named:  # a name the text uses that may not be its own: offered, not taken
            what_to_do = (f"its text names '{named[0]}' ({named[1].place.split(',')[0]}), {named[2]}: if that is its "
                          "title, add it as the document's first line (or give it with --title) and import again; "
                          "else add the title")
        raise PolicyImportError(
            source, "the document states no title (no Title or heading style, no first line standing alone, no "
            f"title in its properties); {what_to_do}"
        )
    try:
        policy, text = _checked(policy_id, facts, source, written, target)
    except PolicyImportError as refusal:
        if not isinstance(refusal.cause, NumberingError):
            raise
        # The document's numbers do not run as clauses must: keep them as typed text instead, and then, if its
        # headings numbered by a word do not run either ("Article 17" after "Article 14"), their labels too.
        for labels_as_text in (False, True):
            written = write_body(draft.blocks, draft.title_stated, numbers_as_text=True, labels_as_text=labels_as_text,
                                 footnotes=tuple(document.footnotes), title_shown=draft.title_shown)  # (no chapter)
            try:
                policy, text = _checked(policy_id, facts, source, written, target)
                break
            except PolicyImportError as again:
                if labels_as_text or not isinstance(again.cause, NumberingError):
                    raise
        place, problem = str(refusal).split(": ", 1)[1].split(": ", 1)
        written.notes.insert(0, f"{place}: {problem.split(';')[0].split('. Correct it')[0]}, so the document's "
                             "numbers are kept as typed text at the start of each paragraph, not as clause numbers")
    while _letters_kept_as_typed(policy.warnings, text, written):  # (each pass types at least one letter)
        policy, text = _checked(policy_id, facts, source, written, target)
    if (chapter := written.chapter) and written.title:
        written.notes.insert(0, f"{written.title.place}: the policy is chapter {chapter} of a numbered set "
                             f"('{chapter}. {written.title.plain}'), so its numbers {chapter}.1, {chapter}.2 ... stay "
                             f"its anchors and the front matter's 'chapter: {chapter}' says so")
    warnings = policy.warnings
    if strict and warnings:
        first = warnings[0]
        place = _place_of(first.line, text, written.source_of_line)
        raise PolicyImportError(
            source, f"{len(warnings)} warnings (--strict): {place + ': ' if place else ''}{first.message}; "
            "nothing was written"
        )
    _write_atomically(target, text)
    notes = document.notes + [f"front matter {fact}" for fact in facts.report()]
    notes += [f"front matter {gap}" for gap in facts.gaps] + written.notes
    notes += [f"{_place_of(w.line, text, written.source_of_line) or 'the document'}: {w.message}" for w in warnings]
    return ImportResult(target, tuple(notes), tuple(warnings))


@dataclass
class Draft:
    """A document as import lays it out and writes it, with the facts it states, before the policy file is checked:
    what ``import_policy`` goes on from, and what benchmarks/import_facts.py scores."""

    document: ReadDocument
    blocks: list[Block]  # laid out, its contents list left out, its cover's title taken
    properties: dict[str, str]  # the document's own (a title that is a file name aside)
    title_stated: bool  # apart from the headings (its properties, a "Title: ..." line)
    title_shown: bool  # the stated title is on its cover too
    written: Written  # with the chapter of a numbered set it is (titles.as_chapter)
    facts: Facts
    named: tuple[str, Paragraph, str | None] | None  # a name the text uses that may be its title (document_facts)


def drafted(source: Path, handbook_organisations: Sequence[str] = ()) -> Draft:
    """``source`` read and written as import writes it into a handbook whose policies give
    ``handbook_organisations``."""
    document = _read(source)
    laid_out = labelled_rows(document.blocks)
    blocks, listed = without_contents_list(laid_out)
    if listed:
        document.notes.append(f"{first_left_out(laid_out, blocks)}: the table of contents ({listed} entries) was "
                              "left out: the site makes its own")
    blocks, articles = run_in_labels.as_headings(blocks)
    blocks = roman_parts.numerals_as_words(blocks)
    if articles:
        document.notes.append(f"the {articles} article labels set in bold or run in at the start of their text "
                              "('Article 1.', 'Section 1.1 Name.') are written as headings, so that each article has "
                              "its own address")
    if not blocks:
        raise PolicyImportError(source, "the document has no text to import")
    properties = dict(document.properties)
    file_name = properties.pop("title") if "title" in properties and not reads_as_title(properties["title"]) else None
    blocks, chapter = as_chapter(cover_title(blocks, properties.get("title", "")))
    # A title stated apart from the headings leaves a first heading below the top level to be a section's heading
    title_stated = states_title(blocks, properties)
    # (a site shows a Markdown page's front-matter title above its text: "title: Satzung" over "# Name, Sitz")
    title_shown = shown_above_headings(properties.get("title", ""), blocks) or (
        source.suffix.casefold() in MARKDOWN_SUFFIXES and bool(properties.get("title")))
    # pages opening on a heading that names no document ("Dos", then "Don'ts") under a running head or foot that does:
    # its headings are all sections', the running words the title (document_facts)
    if not title_stated and names_no_document(blocks) and title_in_running_head(document.furniture, footers=True):
        title_stated = title_shown = True
    written = write_body(blocks, title_stated, footnotes=tuple(document.footnotes), title_shown=title_shown)
    written.chapter = chapter
    facts, named = document_facts(source.name, blocks, written.title, properties, file_name, handbook_organisations,
                                  document.furniture)
    return Draft(document, blocks, properties, title_stated, title_shown, written, facts, named)


def document_facts(source_name: str, blocks: list[Block], title: Paragraph | None, properties: dict[str, str],
                   file_name: str | None = None, handbook_organisations: Sequence[str] = (),
                   furniture: Sequence[Paragraph] = ()) -> tuple[Facts, tuple[str, Paragraph, str | None] | None]:
    """The front-matter facts the document states (``find_facts``), its title, where it has no title line,
    from what else names it: ``file_name`` (a properties title that is a file name), the name its text
    calls itself by, the name of the file ``source_name``; and the name in its text, as ``name_in_text``
    gives it, for a refusal to offer. ``title``: the paragraph the policy writer took as the title;
    ``handbook_organisations``: those the handbook's policies give, one of which the document may name;
    ``furniture``: its page headers and footers."""
    facts = find_facts(blocks, title, properties, furniture)
    if "title" in facts.found and is_no_title(facts.found["title"].value):  # "Page 1 of 9", "DRAFT": never a title
        del facts.found["title"]
    stated = properties.get("title", "")
    if title is not None and source_name.casefold().endswith(MARKDOWN_SUFFIXES) and _fuller(stated, title.plain):
        facts.found["title"] = Fact(stated, "the document's properties (its front matter), fuller than its heading "
                                    f"'{title.plain[:60]}'", stated)
    # the pages state none: the running head or foot on every page, where it names the document (its version,
    # find_facts reads)
    if "title" not in facts.found and (head := title_in_running_head(furniture, footers=True)):
        version = HEAD_VERSION.search(head.plain)
        facts.found["title"] = Fact((head.plain[:version.start()] if version else head.plain).strip(" |,;-\u2013"),
                                    f"{head.place}, printed on every page (the pages state no other title)",
                                    head.plain)
    # the text names none: the file name, said to be one (not a program's placeholder, "Document1")
    if "title" not in facts.found and file_name and not is_no_title(file_name_words(file_name)):
        facts.found["title"] = Fact(file_name_words(file_name), "the document's properties, where it is a file "
                                    "name; write the document's own title if it has one", file_name)
    named = name_in_text(blocks)
    if "title" not in facts.found and named and named[2] is None:  # no title line: the name it goes by
        facts.found["title"] = Fact(named[0], f"{named[1].place}, where the text calls itself so", named[1].plain)
    if "title" not in facts.found and (kind := kind_in_text(blocks)):  # "This privacy policy covers ..."
        facts.found["title"] = Fact(kind[0], f"{kind[1].place}, where the text says what it is (it states no title); "
                                    "write the document's own title if it has one", kind[1].plain)
    text = "\n".join(block.plain for block in blocks if isinstance(block, Paragraph))
    if "title" not in facts.found and (from_name := title_from_file_name(source_name, text)):
        facts.found["title"] = Fact(from_name, "the file's name, as the text states no title; write the document's "
                                    "own title if it has one", source_name)
    if "organisation" not in facts.found and title is None and "title" in facts.found and (
            named_in_title := stated_in_title(facts.found["title"].value, text)):  # as a title line would tell
        facts.found["organisation"] = Fact(named_in_title[0], f"the title ({facts.found['title'].place.split(',')[0]}),"
                                           f" {named_in_title[2]}", named_in_title[1])
    if "organisation" not in facts.found and (
            known := handbook_organisation_named(blocks, handbook_organisations)):
        facts.found["organisation"] = Fact(*known)
    # No sentence or label says whose the policy is: the name the text uses most as its own is written where it
    # stands in the title or the site's name; elsewhere it, else the one its own e-mail address spells, is offered in
    # the report, not written (on policies met for the first time, held-out sets 18-22, these guesses were as often
    # wrong as right: benchmarks/README.md)
    own = None if "organisation" in facts.found else most_used_own_name(blocks, str(facts.value("title")), properties)
    if own and own.stated:
        facts.found["organisation"] = Fact(own.name, own.place, own.words)
    if "organisation" not in facts.found and (guess := own or named_by_address(text)):
        name, place, words = guess[:3]
        facts.offered["organisation"] = name
        facts.gaps = [gap for gap in facts.gaps if not gap.startswith("organisation:")]
        facts.gaps.append(f"organisation: not stated: TBC; perhaps '{name}' ({place}: '{words[:60]}'): write it if the "
                          "policy is theirs")
    if "owner" not in facts.found and (body := body_developing_policies(blocks)):
        facts.found["owner"] = Fact(*body)  # no sentence or label says who owns it: the body described as doing so
    facts.gaps = [gap for gap in facts.gaps if gap.split(":")[0] not in facts.found]
    return facts, named


def _fuller(stated: str, heading: str) -> bool:
    """Whether a Markdown page's front-matter title says more than its heading, in the same words: "SSDA
    Collection Policy" over "COLLECTION POLICY" (a site's title for a document kept with its own heading)."""
    stated_words, heading_words = stated.casefold().split(), heading.casefold().split()
    return len(stated_words) > len(heading_words) and stated_words[-len(heading_words):] == heading_words


def _checked(policy_id: str, facts: Facts, source: Path, written: Written, target: Path) -> tuple[Policy, str]:
    """The policy file's text and the policy read from it as ``handbook check`` reads it; a refusal
    names the place in the document (not a line of the file, which the user has not seen). A reference
    to a clause the document does not have is another document's: kept as words, not a link, and
    reported (``outside_references``). So is a link the site check finds leading nowhere in a handbook (to
    another page of the document's website: "/project/policies/licensing/#mlic1")."""
    skipped: list[str] = []
    gap_refusals: list[PolicyImportError] = []  # each gap taken as the document's own, refused as it would have been
    while True:
        text = _front_matter(policy_id, facts, source, skipped, written.chapter) + "\n".join(written.lines) + "\n"
        try:
            policy = parse_policy(text, target)
        except PolicySourceError as error:
            if gap_refusals and isinstance(error, SkippedNumbersListError):
                raise gap_refusals[0] from None  # a number taken as left out is there after all, out of order
            if _kept_as_skipped(error, skipped, text, written):
                gap_refusals.append(_refusal(source, error, text, written))
            elif not _kept_as_words(error, text, written):
                raise _refusal(source, error, text, written) from None
            continue
        leading_nowhere = links_leading_nowhere(policy)
        if not leading_nowhere:
            return policy, text
        # two links on a line to one page are two errors, made words together: each line and target once
        for error in {(error.line, error.target): error for error in leading_nowhere}.values():
            if not _link_kept_as_words(error, text, written):
                raise _refusal(source, error, text, written)


def _refusal(source: Path, error: PolicySourceError, text: str, written: Written) -> PolicyImportError:
    place = _place_of(error.line, text, written.source_of_line)
    message = _LINE.sub(lambda m: _place_of(int(m[1]), text, written.source_of_line) or m[0], error.message)
    return PolicyImportError(
        source, f"{place}: {message}. Correct it in the document and import again" if place else message, error,
    )


def _kept_as_skipped(error: PolicySourceError, skipped: list[str], text: str, written: Written) -> bool:
    """Whether ``error`` refused a number the document itself leaves out ("12." after "10."), now listed in the
    front matter's ``skipped_numbers`` (and reported), so the document's numbers stay its clauses' anchors. More
    than a few missing numbers are not gaps in a numbering but numbers that are not one (import_policy keeps
    them as typed text)."""
    if not isinstance(error, SkippedNumberError) or not error.missing or (
            len(skipped) + len(error.missing) > _MOST_SKIPPED):
        return False
    skipped.extend(error.missing)
    place = _place_of(error.line, text, written.source_of_line)
    numbers = " and ".join(error.missing)
    written.notes.append(f"{place + ': ' if place else ''}{error.message.split(', so')[0]}: the document leaves out "
                         f"{numbers}, so its numbers are kept as it has them, and the front matter's skipped_numbers "
                         f"says so; if {numbers} was left out by mistake, correct the document and import again")
    return True


def _kept_as_words(error: PolicySourceError, text: str, written: Written) -> bool:
    """Whether ``error`` refused a reference to a clause (or point) the document lacks, now written as words that
    refer to nothing on its line, and on every other line that makes the same reference (each reported): one
    check for each clause referred to, not for each reference."""
    index = (error.line or 0) - _body_start(text)
    if not isinstance(error, UnknownClauseReferenceError) or not 0 <= index < len(written.lines) or unlinked(
            written.lines[index], error.wording) is None:
        return False
    for at, line in enumerate(written.lines):
        if error.wording in line and (words := unlinked(line, error.wording)) is not None:
            written.lines[at] = words
            place = _place_of(at + _body_start(text), text, written.source_of_line) or "the document"
            written.notes.append(f"{place}: '{error.wording}' refers to {error.refers_to}, which this document does "
                                 "not have: another document's, kept as words, not a link")
    return True


def _letters_kept_as_typed(warnings: Sequence[StructureWarning], text: str, written: Written) -> bool:
    """Whether a lettered point that opens no list of points ("(b)" where its "(a)" stands inside a numbered
    paragraph, as a statute quoted: "2870. (a) Any provision ...") now keeps its letter as typed text, reported: the
    page shows it as the document does, and the check has nothing to warn of. A gap in a list ("(a)", then "(c)")
    stays a warning: a point may be missing."""
    kept = False
    for warning in warnings:
        index = warning.line - _body_start(text)
        if OPENS_NO_LIST in warning.message and 0 <= index < len(written.lines):
            written.lines[index] = _POINT_LETTER.sub(r"\1\\)", written.lines[index], count=1)
            place = _place_of(warning.line, text, written.source_of_line) or "the document"
            written.notes.append(f"{place}: {warning.message.split(';')[0]}, so its letter is kept as typed text, "
                                 "not as a point of its own")
            kept = True
    return kept


def _link_kept_as_words(error: UnresolvedLinkError, text: str, written: Written) -> bool:
    """Whether the links to ``error``'s target on its line are now their words alone, reported with where they are."""
    index = (error.line or 0) - _body_start(text)
    if not 0 <= index < len(written.lines):
        return False
    link = re.compile(rf"(?<!!)\[(?P<words>(?:\\.|[^\[\]\\])*)\]\(<?{re.escape(error.target)}>?"
                      r"""(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\)""")
    line, found = link.subn(lambda match: match["words"], written.lines[index])
    if not found:
        return False
    written.lines[index] = line
    place = _place_of(error.line, text, written.source_of_line) or "the document"
    written.notes.append(f"{place}: the link to '{error.target[:60]}' leads to no page of the handbook (another "
                         "page of the document's website): its words are kept; link it again as a full web address "
                         "if it matters")
    return True


def _read(source: Path) -> ReadDocument:
    """The file's blocks by the reader for its kind; a file no reader can read is refused with what to do."""
    try:
        kind = kind_of(source)
    except NotImportable as problem:
        raise PolicyImportError(source, str(problem)) from None
    # Each reader is loaded only to read its kind: pdfplumber, odfdo and the rest take seconds to load
    # on a busy machine, longer than reading a 36,000-word Word file.
    try:
        if kind is Kind.WORD:
            from .word_reader import read_docx
            return read_docx(source)
        if kind is Kind.ODT:
            from .odt_reader import read_odt
            return read_odt(source)
        if kind is Kind.PDF:
            from .pdf_reader import read_pdf
            return read_pdf(source)
        if kind is Kind.HTML:
            from .html_reader import read_html
            return read_html(source)
    except etree.LxmlError as problem:  # lxml refuses entity bombs and nesting past 256 levels
        raise PolicyImportError(
            source, f"the document's XML cannot be read ({problem}); open it in Word or LibreOffice, save it "
            "again and import that"
        ) from None
    except NotImportable as problem:
        raise PolicyImportError(source, str(problem)) from None
    text, garbled = repaired(source.read_text(encoding="utf-8-sig"))
    text, removed = without_invisible(text)
    notes = [n for n in (garbled, removed and f"the text held {removed}, which the handbook refuses; removed") if n]
    if kind is Kind.RST:
        from .rst_reader import read_rst
        read = read_rst(text)
        return replace(read, notes=notes + read.notes)
    if kind is Kind.ASCIIDOC:
        from .asciidoc_reader import read_asciidoc
        try:
            read = read_asciidoc(text)
        except NotImportable as problem:
            raise PolicyImportError(source, str(problem)) from None
        return replace(read, notes=notes + read.notes)
    text, properties, changes, anchors = prepared(text)
    markdown = source.suffix.casefold() in MARKDOWN_SUFFIXES
    return ReadDocument(anchored(read_text(text, markdown), anchors), notes + changes, properties)


def _front_matter(policy_id: str, facts: Facts, source: Path, skipped_numbers: list[str],
                  chapter: int | None = None) -> str:
    fields = {"id": policy_id, "title": " ".join(facts.value("title").split()),  # ("Technical\u200b \u200bCharter")
              "organisation": facts.value("organisation"),
              "version": facts.value("version"), "status": facts.value("status")}
    fields |= {name: facts.value(name) for name in ("owner", "approved_by", "approved_on", "effective_from",
                                                   "review_every")}
    lines = [f"# Imported from {source.name} by 'handbook import'. Check every TBC and the notes it printed."]
    # Quoted where YAML would read a value as something else: "1.0" as a number, "TBC: x" as a mapping.
    lines += [f"{key}: {_yaml_scalar(value)}" + (f"  # perhaps '{facts.offered[key]}'? (a guess: see the notes)"
                                                  if key in facts.offered else "") for key, value in fields.items()]
    lines.append(f"applies_to: [{', '.join(_yaml_scalar(a) for a in facts.value('applies_to'))}]")
    if skipped_numbers:
        lines.append(f"skipped_numbers: [{', '.join(_yaml_scalar(number) for number in skipped_numbers)}]")
    if chapter:
        lines.append(f"chapter: {chapter}")
    return "---\n" + "\n".join(lines) + "\n---\n\n"


def _yaml_scalar(value: str) -> str:
    dumped = yaml.safe_dump(value, default_style=None, allow_unicode=True, width=1000).strip()
    dumped = dumped.removesuffix("\n...").removesuffix("...").strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value  # a date, read as one
    return f'"{value}"' if value.replace(".", "").isdigit() else dumped


def _place_of(file_line: int | None, text: str, source_of_line: dict[int, str]) -> str | None:
    """Where, in the document, a person finds what a line of the written file came from."""
    if file_line is None:
        return None
    index = file_line - _body_start(text)
    while index >= 0 and index not in source_of_line:
        index -= 1
    return source_of_line.get(index)


def _body_start(text: str) -> int:
    """The file line the body starts on: the line after the closing '---' and the blank line."""
    return text.split("\n").index("---", 1) + 3


def _write_atomically(target: Path, text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".import-", suffix=".md")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


__all__ = ["Block", "ImportResult", "PolicyImportError", "document_facts", "import_policy"]
