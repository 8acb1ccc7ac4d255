"""Word documents for the import tests, made with python-docx as Word itself stores them.

Word keeps automatic list numbers out of the text: a paragraph says only "list 5, level 1", and
the numbering part says that level 1 of list 5 is written "%1.%2" in decimals. python-docx has
no call to define a list, so ``legal_numbering`` writes that definition into the numbering part,
as Word does for a "1 / 1.1 / 1.1.1" multilevel list with lettered and roman levels under it.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

# Level by level: (format, text). Levels 0-2 are the clause numbers, 3-4 lettered and roman points.
LEGAL_LEVELS = [
    ("decimal", "%1."),
    ("decimal", "%1.%2"),
    ("decimal", "%1.%2.%3"),
    ("lowerLetter", "(%4)"),
    ("lowerRoman", "(%5)"),
]


def add_list(document: docx.document.Document, levels: list[tuple[str, str]], start: int = 1) -> int:
    """Define a multilevel list in the document's numbering part; return its number (numId)."""
    numbering = document.part.numbering_part.element
    abstract_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    abstract_id, num_id = max(abstract_ids, default=0) + 1, max(num_ids, default=0) + 1
    lvls = "".join(
        f'<w:lvl w:ilvl="{level}"><w:start w:val="{start if level == 0 else 1}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{720 * (level + 1)}" w:hanging="720"/></w:pPr></w:lvl>'
        for level, (fmt, text) in enumerate(levels)
    )
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="multilevel"/>{lvls}</w:abstractNum>'
    )
    # Word wants every abstractNum before the first num.
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>')
    )
    return num_id


def numbered(document: docx.document.Document, text: str, num_id: int, level: int, style: str | None = None):
    """A paragraph in list ``num_id`` at ``level``: its number is Word's to draw, not in the text."""
    paragraph = document.add_paragraph(text, style=style)
    paragraph._p.get_or_add_pPr().append(
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
        )
    )
    return paragraph


def add_link(paragraph, text: str, url: str) -> None:
    part = paragraph.part
    r_id = part.relate_to(url, docx.opc.constants.RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    paragraph._p.append(
        parse_xml(f'<w:hyperlink {nsdecls("w", "r")} r:id="{r_id}"><w:r><w:t>{text}</w:t></w:r></w:hyperlink>')
    )


def safeguarding_docx(path: Path) -> Path:
    """A safeguarding policy as a school keeps it in Word: automatic 1 / 1.1 / (a) / (i) numbering,
    headings, bold and italic, a link, bullets, a table and an appendix numbered on its own."""
    document = docx.Document()
    document.add_paragraph("Safeguarding and Child Protection Policy", style="Title")
    document.add_paragraph("Riverside Primary School")
    document.add_paragraph("Policy owner: Designated Safeguarding Lead")
    document.add_paragraph("Approved by: Full Governing Body on 14 September 2025")
    document.add_paragraph("This policy is reviewed every year.")
    legal = add_list(document, LEGAL_LEVELS)
    numbered(document, "PURPOSE AND SCOPE", legal, 0, style="Heading 1")
    numbered(document, "This policy applies to all staff, volunteers and governors.", legal, 1)
    intro = numbered(document, "Every member of staff must:", legal, 1)
    intro.runs[0].bold = False
    numbered(document, "read Part 1 of Keeping Children Safe in Education;", legal, 3)
    numbered(document, "report any concern to the DSL the same day; and", legal, 3)
    numbered(document, "complete safeguarding training:", legal, 3)
    numbered(document, "when they join the school; and", legal, 4)
    numbered(document, "every year after that.", legal, 4)
    numbered(document, "ROLES AND RESPONSIBILITIES", legal, 0, style="Heading 1")
    dsl = numbered(document, "The ", legal, 1)
    dsl.add_run("Designated Safeguarding Lead").bold = True
    dsl.add_run(" keeps a ")
    dsl.add_run("written").italic = True
    dsl.add_run(" record of every concern, as the ")
    add_link(dsl, "local authority guidance", "https://example.org/guidance")
    dsl.add_run(" explains.")
    numbered(document, "The deputy acts when the DSL is absent.", legal, 2)
    document.add_paragraph("Records are kept:", style=None)
    document.add_paragraph("in the locked cabinet in the DSL's office;", style="List Bullet")
    document.add_paragraph("until the pupil is 25.", style="List Bullet")
    table = document.add_table(rows=3, cols=3)
    for row, cells in zip(table.rows, [("Role", "Name", "Extension"), ("DSL", "Mrs J. Patel", "214"),
                                       ("Deputy DSL", "Mr R. Okafor", "215")], strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    numbered(document, "Staff who are worried should act at once.", legal, 1)
    document.add_paragraph("Appendix A: Useful contacts", style="Heading 1")
    contacts = add_list(document, [("decimal", "%1.")])
    numbered(document, "Local authority designated officer (LADO): 01632 960 123.", contacts, 0)
    numbered(document, "Police (emergency): 999.", contacts, 0)
    document.save(path)
    return path


def typed_numbers_docx(path: Path) -> Path:
    """A policy whose numbers were typed by hand, with Word's heading styles and a lettered list."""
    document = docx.Document()
    document.add_paragraph("Lettings Policy", style="Heading 1")
    document.add_paragraph("1. INTRODUCTION", style="Heading 2")
    document.add_paragraph("1.1 The school lets its hall to community groups.")
    document.add_paragraph("1.2 A letting must be booked through the office:")
    document.add_paragraph("(a) at least two weeks ahead; and")
    document.add_paragraph("(b) with a signed agreement.")
    document.add_paragraph("2. CHARGES", style="Heading 2")
    document.add_paragraph("2.1\tCharges are set each year by the governors.")
    document.save(path)
    return path


def document_words(path: Path) -> list[str]:
    """Every word the document holds as text, in order: paragraphs and table cells."""
    document = docx.Document(str(path))
    words: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, docx.table.Table):
            for row in block.rows:
                for cell in row.cells:
                    words += cell.text.split()
        else:
            words += "".join(
                item.text for item in block.iter_inner_content()
            ).split()
    return words


def add_notes(document: docx.document.Document, kind: str, notes: list[str]) -> None:
    """Give the document a footnotes (or endnotes) part as Word stores one: the separator lines Word
    draws above the notes first (ids -1 and 0), then each note, id 1, 2..., its own mark first."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    style = "FootnoteReference" if kind == "footnote" else "EndnoteReference"
    separators = "".join(
        f'<w:{kind} w:type="{name}" w:id="{number}"><w:p><w:r><w:{name}/></w:r></w:p></w:{kind}>'
        for number, name in ((-1, "separator"), (0, "continuationSeparator")))
    body = "".join(
        f'<w:{kind} w:id="{number}"><w:p><w:r><w:rPr><w:rStyle w:val="{style}"/></w:rPr><w:{kind}Ref/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {words}</w:t></w:r></w:p></w:{kind}>'
        for number, words in enumerate(notes, start=1))
    blob = f'<w:{kind}s {nsdecls("w")}>{separators}{body}</w:{kind}s>'.encode()
    content_type = f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}s+xml"
    part = Part(PackURI(f"/word/{kind}s.xml"), content_type, blob, document.part.package)
    document.part.relate_to(part, getattr(RELATIONSHIP_TYPE, kind.upper() + "S"))


def note_reference(paragraph, kind: str, number: int, then: str = "") -> None:
    """A note's mark where the author put it, as Word stores it: a raised run holding only the reference."""
    style = "FootnoteReference" if kind == "footnote" else "EndnoteReference"
    paragraph._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:rPr><w:rStyle w:val="{style}"/><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:{kind}Reference w:id="{number}"/></w:r>'))
    if then:
        paragraph.add_run(then)
