"""Note boxes, as the generators of documentation sites write them, made quotations: the handbook's Markdown has none,
so a box's words are a quotation opened by its title or kind in bold ("**Note:** ..."), and each is reported.

- Docusaurus, MyST and pandoc: ``:::note`` ... ``:::``, ``::: {.warning}``;
- MkDocs: Python-Markdown's admonition and pymdownx's details (``!!! info "Title"``, ``??? tip``, the body indented by
  four spaces), and Retype's (``!!! warning Title`` over its body, closed by ``!!!``).

A box in a code example is the example's; one never closed, or with no body, is left as written. Lines keep their
numbers (an opening or closing line is left blank)."""

from __future__ import annotations

import re

from ..source.syntax import CODE_FENCE

_BOX_OPENING = re.compile(r"^\s*:{3,}\s*\{?\.?(?P<kind>[A-Za-z]+)\}?(?:\s+(?P<title>\S.*?))?\s*$")
_BOX_CLOSING = re.compile(r"^\s*:{3,}\s*$")
# Note boxes as MkDocs sites write them: Python-Markdown's admonition and pymdownx's details ('!!! note "Title"',
# '??? tip', their body indented by four spaces), and Retype's ('!!! warning Title' over its body, closed by '!!!')
_ADMONITION = re.compile(r'^(?:!!!|\?\?\?\+?)[ \t]*(?P<kind>[\w-]+)'
                         r'(?:[ \t]+"(?P<title>[^"]*)"|[ \t]+(?P<words>[^"\s].*?))?[ \t]*$')
_ADMONITION_CLOSING = re.compile(r"^!!![ \t]*$")
_INDENTED = re.compile(r"^(?: {4}|\t)")


def note_boxes(lines: list[str], notes: list[str]) -> None:
    """Each box in ``lines`` written as a quotation, in place; what was done added to ``notes``."""
    _colon_boxes(lines, notes)
    _admonitions(lines, notes)


def _colon_boxes(lines: list[str], notes: list[str]) -> None:
    """Each box (``:::note`` ... ``:::``) as a quotation opened by its kind, or its title, in bold; a box never
    closed is left as written."""
    fenced, opened, boxes = False, None, []
    for index, line in enumerate(lines):
        if CODE_FENCE.match(line):
            fenced = not fenced
        elif not fenced and opened is None and _BOX_OPENING.match(line):
            opened = index
        elif not fenced and opened is not None and _BOX_CLOSING.match(line):
            boxes.append((opened, index))
            opened = None
    for first, last in boxes:
        box = _BOX_OPENING.match(lines[first])
        kind = label = box["title"] or box["kind"].capitalize()
        for index in range(first + 1, last):
            words = lines[index].strip()
            if label and words:  # the box's first words: its kind before them
                words, label = f"**{label}{_stop(label)}** {words}", ""
            lines[index] = f"> {words}" if words else ">"
        lines[first] = lines[last] = ""
        notes.append(f"lines {first + 1}-{last + 1}: a '{kind}' box (':::', as Docusaurus, MyST and pandoc write "
                     "one) is kept as a quotation opened by its kind in bold")


def _admonitions(lines: list[str], notes: list[str]) -> None:
    """Each note box an MkDocs site writes ('!!! note "Title"' over its body indented by four spaces; Retype's body
    closed by '!!!') as a quotation opened by its title, or its kind, in bold, as ``_colon_boxes`` writes a box; one
    with neither an indented body nor a closing '!!!' is left as written."""
    fenced, index = False, 0
    while index < len(lines):
        if CODE_FENCE.match(lines[index]):
            fenced = not fenced
        elif not fenced and (box := _ADMONITION.match(lines[index])):
            body = next((at for at in range(index + 1, len(lines)) if lines[at].strip()), len(lines))
            if body < len(lines) and _INDENTED.match(lines[body]):
                end = body
                while end < len(lines) and (_INDENTED.match(lines[end]) or (not lines[end].strip() and any(
                        _INDENTED.match(line) for line in lines[end + 1:end + 2]))):
                    end += 1
                inside = [line[4:] if line.startswith("    ") else line[1:] for line in lines[index + 1:end]]
                closing = None
            elif box["words"] and (closing := next((at for at in range(index + 1, len(lines))
                                                    if _ADMONITION_CLOSING.match(lines[at])), None)) is not None:
                end, inside = closing, lines[index + 1:closing]
            else:
                index += 1
                continue
            label = box["title"] if box["title"] is not None else box["words"] or box["kind"].capitalize()
            for at, line in enumerate(inside, start=index + 1):
                words = line.rstrip()
                if label and words.strip():  # the box's first words: its title or kind before them
                    words, label = f"**{label}{_stop(label)}** {words.strip()}", ""
                lines[at] = f"> {words}" if words.strip() else ">"
            lines[index] = ""
            if closing is not None:
                lines[closing] = ""
            notes.append(f"line {index + 1}: a note box ('{box[0].strip()[:40]}', as MkDocs sites write one) is kept "
                         "as a quotation opened by its title or kind in bold")
            index = end
            continue
        index += 1


def _stop(label: str) -> str:
    """The colon after a box's label, unless it ends in its own stop ("Tips!", "Please consider these guidelines.")."""
    return "" if label.endswith((".", ":", "!", "?")) else ":"
