"""Reading the handbook's PDFs as a reader would: each page's text and footer, the outline, the links.

Text comes out of the PDF with pypdf, line by line from where each piece is drawn, so the tests
compare what is printed rather than what the generator meant to print.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import Destination

FOOTER_TOP = 60  # points above the bottom edge: the running footer sits below (the margin is 24 mm, 68 pt)


@dataclass(frozen=True)
class PdfPage:
    lines: tuple[str, ...]  # the text above the footer, line by line
    footer: str

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@dataclass(frozen=True)
class OutlineEntry:
    level: int  # 1 for the top level
    title: str
    page: int  # 0-based


def read_pages(path: Path) -> list[PdfPage]:
    return [_read_page(page) for page in PdfReader(path).pages]


def _read_page(page) -> PdfPage:
    pieces: list[tuple[float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text:
            pieces.append((round(tm[4] * cm[1] + tm[5] * cm[3] + cm[5], 1), text))  # distance from the bottom

    page.extract_text(visitor_text=visit)
    body: list[tuple[float, list[str]]] = []
    footer: list[str] = []
    for y, text in pieces:
        if y < FOOTER_TOP:
            footer.append(text)
        elif body and body[-1][0] == y:
            body[-1][1].append(text)  # the same line, in another font (bold, italic)
        else:
            body.append((y, [text]))
    lines = tuple(line for _, texts in body if (line := "".join(texts).strip()))
    return PdfPage(lines, " ".join(" ".join(footer).split()))


def words(text: str) -> list[str]:
    """The words of printed text. A line that breaks after a hyphen or slash ("e-" / "mail") had no
    space there; list bullets are the layout's, not the text's."""
    text = re.sub(r"(?<=\w[-/])\n", "", text)
    return [word for word in text.split() if word != "\N{BULLET}"]


def outline(path: Path) -> list[OutlineEntry]:
    reader = PdfReader(path)
    entries: list[OutlineEntry] = []

    def walk(items: list, level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                entries.append(OutlineEntry(level, item.title, reader.get_destination_page_number(item)))

    walk(reader.outline, 1)
    return entries


@dataclass(frozen=True)
class Link:
    page: int  # the page the link is on
    rectangle: tuple[float, float, float, float]
    target: str  # a named destination ("social-media--clause-12") or a URI
    target_page: int | None  # where an internal link lands, None for a URI or a destination that is missing


def links(path: Path) -> list[Link]:
    reader = PdfReader(path)
    destinations: dict[str, Destination] = reader.named_destinations
    found = []
    for number, page in enumerate(reader.pages):
        for annotation in page.get("/Annots", []):
            annotation = annotation.get_object()
            if annotation.get("/Subtype") != "/Link":
                continue
            rectangle = tuple(float(v) for v in annotation["/Rect"])
            if "/Dest" in annotation:
                name = str(annotation["/Dest"])
                target = destinations.get(name)
                target_page = reader.get_destination_page_number(target) if target else None
                found.append(Link(number, rectangle, name, target_page))
            else:
                found.append(Link(number, rectangle, str(annotation["/A"].get("/URI")), None))
    return found


def structure(path: Path) -> tuple[list, list]:
    """The tagged structure: the tree under the Document element (each element's type, page from 0, the
    numbers of the content it marks, and the links it holds, by destination), and for each page the
    elements its content and its links belong to, in the parent tree's order."""
    reader = PdfReader(path)
    pages = {page.indirect_reference.idnum: number for number, page in enumerate(reader.pages)}
    tree = reader.trailer["/Root"]["/StructTreeRoot"]

    def element(item) -> list:
        item = item.get_object()
        if item.get("/Type") == "/OBJR":
            return ["link", str(item["/Obj"].get("/Dest") or item["/Obj"]["/A"].get("/URI"))]
        children = item.get("/K")
        described = [str(item["/S"]), pages.get(item.raw_get("/Pg").idnum) if "/Pg" in item else None]
        described.append(str(item["/P"].get("/S")))  # the parent's type: the tree is linked both ways
        for child in children if isinstance(children, list) else [children]:
            described.append(int(child) if isinstance(child, int) else element(child) if child is not None else None)
        return described

    numbers = tree["/ParentTree"]["/Nums"]
    entries = {int(numbers[i]): numbers[i + 1].get_object() for i in range(0, len(numbers), 2)}
    by_page = []
    for page in reader.pages:
        marked = entries[page["/StructParents"]]
        owners = [element(item)[:2] for item in (marked if isinstance(marked, list) else [marked])]
        for annotation in page.get("/Annots", []):
            owners.append(element(entries[annotation.get_object()["/StructParent"]])[:2])
        by_page.append(owners)
    return element(tree["/K"][0]), by_page
