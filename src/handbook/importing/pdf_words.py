"""A PDF's lines joined into its words again: a word the typesetter broke with a hyphen at a line's end made whole
("proce-" / "dure"), a compound's own hyphen kept ("harassment-" / "free"), and a table cell's lines run on as its
words, a form's labelled line kept apart. Used for paragraphs (handbook.importing.pdf_reader) and cells alike."""

from __future__ import annotations

import re

from ..markdown_extensions.text import escape_imported_text

# Words English writes after a hyphen, never closed up with the word before: "harassment-free", "evidence-based"
_COMPOUND_ENDS = {"free", "based", "related", "specific", "friendly", "led", "funded", "owned", "making", "oriented",
                  "centred", "centered", "focused", "driven", "aware", "sensitive", "dependent", "compliant"}
_SHORTEST_COMPOUND_START = 4  # letters: "mis-led" is "misled", "harassment-free" a compound
_CELL_LABEL = re.compile(r"^[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}:\s")  # "Originator:", "Personnel Concerned:"


def table_markdown(rows: tuple[tuple[str, ...], ...], compounds: set[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple("<br>".join(escape_imported_text(part) for part in _cell_text(cell, compounds).split("\n"))
                       for cell in row) for row in rows)


def _cell_text(cell: str, compounds: set[str]) -> str:
    """A cell's lines run on as its words, a word broken by a hyphen at a line's end joined again as in a paragraph
    ("volun-" "teers"), except a labelled line a form's box starts ("Personnel Concerned: All SBA Agency Offices",
    then "Originator: ..."), kept on a line of its own as a Word cell's paragraph is."""
    lines = [" ".join(line.split()) for line in cell.split("\n") if line.strip()]
    text = lines[:1]
    for line in lines[1:]:
        if _CELL_LABEL.match(line):
            text.append(line)
        else:
            cut, joiner = line_join(text[-1], line, compounds)
            text[-1] = text[-1][:len(text[-1]) - cut] + joiner + line
    return "\n".join(text)


def _word_end(text: str) -> str:
    return (re.search(r"\w*-$", text) or [""])[0]


def _word_start(text: str) -> str:
    return (re.match(r"\w*", text) or [""])[0]


def hyphen_kept(before: str, after: str, compounds: set[str]) -> bool:
    """Whether a hyphen ending a line, between ``before`` and ``after``, is the text's own (a compound:
    "harassment-" "free") rather than the typesetter's ("na-" "tionality"): the document writes the
    compound with its hyphen on one line elsewhere (``compounds``), or ``after`` is a word English writes
    after a hyphen and ``before`` a word long enough to stand before it."""
    return f"{before}-{after}".casefold() in compounds or (
        after.casefold() in _COMPOUND_ENDS and len(before) >= _SHORTEST_COMPOUND_START and before.isalpha())


def line_join(above: str, line: str, compounds: set[str]) -> tuple[int, str]:
    """How ``line`` goes on from the line ``above`` it, in a paragraph or a table's cell: (how many characters to cut
    from the end above, what goes between). A word broken by the typesetter's hyphen is whole again ("proce-" /
    "dure"); the text's own hyphen is kept (``hyphen_kept``); nothing goes between "(" and its words."""
    if above.endswith("-") and line[:1].islower():
        return (0 if hyphen_kept(_word_end(above)[:-1], _word_start(line), compounds) else 1), ""
    return 0, "" if above.endswith("(") else " "
