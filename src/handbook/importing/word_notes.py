"""A .docx's footnotes and endnotes, kept as the PDF reader keeps a PDF's footnotes: each mark stays in
the text as the raised number Word shows ("...in education<sup>1</sup>."), and the note's words go to a
Notes section at the end ("<sup>1</sup> Keeping Children Safe in Education 2024, paragraph 14.").

Word stores a note apart from the text (word/footnotes.xml, word/endnotes.xml), and its number nowhere:
Word counts the references in the order they come, footnotes in decimals and endnotes in lower-case
roman numerals unless the document's settings say otherwise (``w:footnotePr/w:numFmt``). python-docx
reads neither part (it keeps each as an unread package part), so the parts' XML is read here with
python-docx's own XML classes, and each note's paragraphs as python-docx paragraphs.
"""

from __future__ import annotations

from collections.abc import Callable

import docx
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as WordParagraph

from .document import Paragraph
from .word_numbering import formatted_count

_KINDS = {  # the reference in the text -> (the note's kind, its part, the format Word numbers it in by default)
    qn("w:footnoteReference"): ("footnote", RELATIONSHIP_TYPE.FOOTNOTES, "decimal"),
    qn("w:endnoteReference"): ("endnote", RELATIONSHIP_TYPE.ENDNOTES, "lowerRoman"),
}
REFERENCES = tuple(_KINDS)


class _Story:
    """What a note's paragraphs belong to: the note part, whose relationships its links use."""

    def __init__(self, part) -> None:
        self.part = part


class WordNotes:
    """The document's notes by (kind, id); ``mark`` gives a reference's raised number and keeps the note."""

    def __init__(self, document: docx.document.Document) -> None:
        self.notes: dict[tuple[str, str], list[WordParagraph]] = {}
        self.formats: dict[str, str] = {}
        settings = document.settings.element
        for kind, relationship, default in _KINDS.values():
            stated = settings.find(f"{qn(f'w:{kind}Pr')}/{qn('w:numFmt')}")
            self.formats[kind] = stated.get(qn("w:val")) if stated is not None else default
            for rel in document.part.rels.values():
                if rel.reltype == relationship and not rel.is_external:
                    story = _Story(rel.target_part)
                    for note in parse_xml(rel.target_part.blob).iter(qn(f"w:{kind}")):
                        if note.get(qn("w:type")) in (None, "normal"):  # not the separator line above the notes
                            self.notes[(kind, note.get(qn("w:id")))] = [
                                WordParagraph(p, story) for p in note.iter(qn("w:p"))]
        self.counts = {kind: 0 for kind, _, _ in _KINDS.values()}
        self.kept: list[Paragraph] = []  # the notes met so far, in the order their marks come

    def mark(self, reference, place: str, markdown: Callable[[WordParagraph], str]) -> str:
        """The raised mark for ``reference`` (a ``w:footnoteReference``), its note kept for the Notes section;
        "" for a note the document does not hold, and for one whose mark the author typed ("*", in the run
        after the reference: it is in the text already, and Word does not count it)."""
        kind = _KINDS[reference.tag][0]
        paragraphs = self.notes.get((kind, reference.get(qn("w:id"))))
        if paragraphs is None:
            return ""
        typed = reference.get(qn("w:customMarkFollows")) in ("1", "true", "on")
        if typed:
            following = reference.getparent().getnext()
            shown = "".join(following.itertext()).strip() if following is not None else ""
        else:
            self.counts[kind] += 1
            shown = formatted_count(self.counts[kind], self.formats[kind])
        words = " ".join(text for p in paragraphs if (text := markdown(p)))
        plain = " ".join(" ".join(p.text for p in paragraphs).split())
        self.kept.append(Paragraph(0, f"<sup>{shown}</sup> {words}", plain, place=f"{kind} {shown} ({place})"))
        return "" if typed else f"<sup>{shown}</sup>"

    def report(self) -> str:
        """The report's line on the notes kept."""
        kinds = " and ".join(f"{kind}s" for kind in self.counts if any(n.place.startswith(kind) for n in self.kept))
        return (f"the document's {kinds} ({len(self.kept)}) were moved to a Notes section at the end, their marks "
                f"in the text raised (the first: {self.kept[0].place})")
