"""Read AsciiDoc (a policy kept as .adoc, or as .txt, as the Eclipse Foundation keeps its development process) with
Asciidoctor, the format's reference implementation, whose HTML the web page reader reads into blocks.

No Python reader on PyPI was fit for it: ``asciidoc`` (asciidoc-py 10, the original) reads only the older syntax
(``[#1_Purpose]`` is "missing section"), and its safe mode refuses its own configuration (``ifeval``), so it runs
only unsafe, where a document's ``ifeval::``, ``{sys:...}`` and filters run code; ``asciidoc3`` is a fork of the same
code; ``asciidoctrine`` is an alpha that took a minute over a 465-line file and read ``[#1_Purpose]`` as words.

Asciidoctor runs in its secure mode: it never reads another file or an address (``include::`` becomes a link,
left out here with a note naming its line) and runs nothing a document says. Sections are headings with their
anchors (``[#1_Purpose]`` gives ``1_Purpose``), links within the document lead to them, lists, quotations and
tables are kept; ``toc::[]`` is left out (the site makes its own contents). What Asciidoctor says of the text (an
attribute the document uses but does not set) becomes a note. A copyright line in a comment is the document's
property, as the reStructuredText reader keeps it; so are the facts a static site's front matter states (``+++``
TOML or ``---`` YAML over the page, as Hugo reads it before Asciidoctor does), its lines left out and reported.
"""

from __future__ import annotations

import re
import shutil
import subprocess

import lxml.html

from .copyright_comments import copyright_comment
from .document import ReadDocument
from .html_reader import read_html_page
from .site_settings import site_settings
from .sniffing import NotImportable

# (set here, an attribute overrides the document's own entry: ":toc: macro" makes no contents list)
_ASCIIDOCTOR = ("--safe-mode", "secure", "--no-header-footer", "--attribute", "showtitle", "--attribute", "toc!",
                "--attribute", "attribute-missing=warn", "--out-file", "-", "-")
# A document of a few hundred pages converts in seconds; a minute means something is wrong
_TIMEOUT = 60
_INCLUDE = re.compile(r"^include::([^\[\n]*)\[[^\]\n]*\][ \t]*$", re.MULTILINE)
# What secure mode writes for an include inside a listing or literal block, in place of the file's text
_INCLUDE_IN_VERBATIM = re.compile(r"^link:(.*)\[role=include\]$")
_CONTENTS = (re.compile(r"^toc::\[[^\]\n]*\][ \t]*$", re.MULTILINE), re.compile(r"^:toc:.*$", re.MULTILINE))
_COMMENT_BLOCK = re.compile(r"^/{4,}[ \t]*\n(.*?)^/{4,}[ \t]*$", re.MULTILINE | re.DOTALL)
_LINE_COMMENT = re.compile(r"^//(?!/)(.*)$", re.MULTILINE)
_WARNING = re.compile(r"^asciidoctor: (?:WARNING|ERROR): (?:<stdin>: )?(?:line (\d+): )?(.*)$", re.MULTILINE)
_MISSING_ATTRIBUTE = re.compile(r"skipping reference to missing attribute: (\S+)")
_INCLUDE_NOTE = ("{place}: '{written}' brings in another file, which import never reads (a file a document "
                 "names could be any file on this computer): its text is not in the policy; copy it in, or import "
                 "that file on its own")


def read_asciidoc(text: str) -> ReadDocument:
    program = shutil.which("asciidoctor")
    if program is None:
        raise NotImportable("this is AsciiDoc, which import reads with Asciidoctor, and Asciidoctor is not installed: "
                            "install it (Debian and Ubuntu: 'apt-get install asciidoctor'; 'make test' does) "
                            "and import again, or save the policy from its site as .html")
    lines, notes = text.splitlines(), []
    settings = site_settings(lines, notes)  # (a site's front matter, which Hugo reads before Asciidoctor sees the page)
    text = "\n".join(lines)
    try:
        converted = subprocess.run([program, *_ASCIIDOCTOR], input=text, capture_output=True, encoding="utf-8",
                                   errors="replace", timeout=_TIMEOUT, check=False)
    except subprocess.TimeoutExpired:
        raise NotImportable(f"Asciidoctor did not finish reading the document in {_TIMEOUT} s: save the policy "
                            "from its site as .html and import that") from None
    if converted.returncode != 0 or not converted.stdout.strip():
        raise NotImportable(f"Asciidoctor could not read the document ({converted.stderr.strip()[:200]}): save the "
                            "policy from its site as .html and import that")
    page, included = _without_includes(converted.stdout)
    read = read_html_page(page)
    notes += [_include_note(text, target) for target in dict.fromkeys(included)]
    if contents := next(filter(None, (pattern.search(text) for pattern in _CONTENTS)), None):
        notes.append(f"{_line_of(text, contents[0])}: the table of contents ('{contents[0].strip()}') was left out: "
                     "the site makes its own")
    notes += _messages(converted.stderr, text)
    properties = read.properties | copyright_comment(_comments(text)) | settings
    return ReadDocument(read.blocks, notes + read.notes, properties)


def _without_includes(html: str) -> tuple[bytes, list[str]]:
    """The page without what secure mode wrote in place of each ``include::`` (a link, or in a listing block a line
    ``link:FILE[role=include]``), and the files they named, in order."""
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    included = []
    for anchor in root.xpath("//a[contains(concat(' ', normalize-space(@class), ' '), ' include ')]"):
        included.append(anchor.get("href", ""))
        anchor.drop_tree()
    for verbatim in root.xpath("//pre | //pre//code"):
        if verbatim.text and not len(verbatim):
            lines = verbatim.text.split("\n")
            included += [match[1] for line in lines if (match := _INCLUDE_IN_VERBATIM.match(line))]
            verbatim.text = "\n".join(line for line in lines if not _INCLUDE_IN_VERBATIM.match(line))
    return lxml.html.tostring(root, encoding="utf-8"), included


def _include_note(text: str, target: str) -> str:
    """The note on an ``include::`` left out, naming its line and quoting it as written."""
    for number, line in enumerate(text.splitlines(), start=1):
        if (match := _INCLUDE.match(line)) and match[1] == target:
            return _INCLUDE_NOTE.format(place=f"line {number}", written=line.strip())
    return _INCLUDE_NOTE.format(place="the document", written=f"include::{target}[]")


def _messages(stderr: str, text: str) -> list[str]:
    """Asciidoctor's warnings as notes with the file's line (found by the attribute's name where it gives none)."""
    notes = []
    for line, message in _WARNING.findall(stderr):
        if attribute := _MISSING_ATTRIBUTE.match(message):
            place, written = _written(text, "{" + attribute[1] + "}")
            notes.append(f"{place}: the attribute '{written}' is used but never set in the document (it is set where "
                         "the document is built, or in another file): it is kept as written")
        else:
            notes.append(f"{'line ' + line if line else 'the document'}: AsciiDoc: {message}")
    return list(dict.fromkeys(notes))


def _line_of(text: str, written: str) -> str:
    """'line N' of the first line holding ``written``, or 'the document'."""
    return _written(text, written)[0]


def _written(text: str, words: str) -> tuple[str, str]:
    """'line N' of the first line holding ``words`` in any case (Asciidoctor names attributes in lower case), and
    ``words`` as that line writes them."""
    for number, line in enumerate(text.splitlines(), start=1):
        if (start := line.casefold().find(words.casefold())) >= 0:
            return f"line {number}", line[start:start + len(words)]
    return "the document", words


def _comments(text: str) -> list[str]:
    """What a ``////`` block or ``//`` lines hold: notes to the writers, or a licence header."""
    return [block[1] for block in _COMMENT_BLOCK.finditer(text)] + _LINE_COMMENT.findall(text)
