"""One policy's pages of handbook.pdf swapped for the same number of new ones, in place (pikepdf).

handbook.printing.compose decides what to swap; this module does it on the last handbook.pdf as
qpdf opened it, touching only what belongs to the swapped policies: their pages, their elements of
the tagged structure (the Document element's children that mark content on those pages) and their
entries in the parent tree, their named destinations (the ids they own) and their bookmarks. The
rest of the file is never read into Python: qpdf copies it across when it saves, and leaves out what
nothing refers to any more (the old pages and their elements). Links point at named destinations,
not at pages, so the other policies' links to a swapped policy follow its new pages.

WeasyPrint writes the parent tree and the named destinations each as one flat node (``/Nums``,
``/Names``); so does this module.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal

import pikepdf
from pikepdf import Array, Dictionary, Name, NameTree, Pdf

# A named destination (an element's id): its page (from 1) and where on it (left, top).
Spot = tuple[int, float, float]


@dataclass(frozen=True)
class Swap:
    """The new pages of one policy: ``part`` (its layout alone, print_documents.part_document) replaces
    ``pages`` pages of handbook.pdf from page ``first`` (from 1); ``owns`` tells its ids from others'."""

    part: Pdf
    first: int
    pages: int
    owns: Callable[[str], bool]


def destinations(pdf: Pdf) -> dict[str, Spot]:
    """Each named destination of ``pdf``: the page it is on, from 1, and where on it."""
    numbers = {page.obj.objgen: number for number, page in enumerate(pdf.pages, start=1)}
    return {name: (numbers[page.objgen], _number(left), _number(top))
            for name, (page, _, left, top, *_) in _named_destinations(pdf)}


def _named_destinations(pdf: Pdf) -> Iterator[tuple[str, Array]]:
    """Each named destination: its name, and where it leads ([page /XYZ left top zoom], as WeasyPrint writes)."""
    names = pdf.Root.get(Name.Names)
    if not isinstance(names, Dictionary) or Name.Dests not in names:
        return
    for name, destination in NameTree(names.Dests).items():
        yield str(name), destination.D if isinstance(destination, Dictionary) else destination


def swap(last_pdf: bytes, swaps: Iterable[Swap], spots: dict[str, Spot]) -> tuple[bytes, dict[str, Spot]]:
    """``last_pdf`` with each swap's pages put in, and its named destinations (``spots``: the last one's)."""
    spots = dict(spots)
    with pikepdf.open(io.BytesIO(last_pdf)) as handbook:
        tree = handbook.Root.StructTreeRoot
        numbers = tree.ParentTree.Nums
        entries = {int(numbers[i]): numbers[i + 1] for i in range(0, len(numbers), 2)}
        next_key = max(entries, default=-1) + 1
        named = {str(name): destination for name, destination in NameTree(handbook.Root.Names.Dests).items()}
        for one in swaps:
            old = [handbook.pages[one.first - 1 + n].obj for n in range(one.pages)]
            for page in old:  # their entries in the parent tree go with them
                for key in _struct_parents(page):
                    del entries[key]
            old_elements = _elements_on(_document(tree), {page.objgen for page in old})
            new_elements = _detach(one.part)
            for n in range(one.pages):  # qpdf copies each page with what it uses, its links included
                handbook.pages[one.first - 1 + n] = one.part.pages[n]
            new = [handbook.pages[one.first - 1 + n].obj for n in range(one.pages)]
            # Copied after the pages, so that the elements' pages are the copies (qpdf copies pages apart).
            _replace_elements(handbook, _document(tree), old_elements, new_elements)
            next_key = _renumber(handbook, one.part, new, entries, next_key)
            for name in [name for name in named if one.owns(name)]:
                del named[name]
                spots.pop(name, None)
            position = {page.obj.objgen: n for n, page in enumerate(one.part.pages)}
            for name, (page, fit, *place) in _named_destinations(one.part):
                if one.owns(name):
                    n = position[page.objgen]
                    named[name] = Array([new[n], fit, *place])
                    spots[name] = (one.first + n, _number(place[0]), _number(place[1]))
            _replace_bookmarks(handbook, {page.objgen for page in old}, one.part)
        tree.ParentTree.Nums = Array([item for key in sorted(entries) for item in (key, entries[key])])
        tree.ParentTreeNextKey = next_key
        handbook.Root.Names.Dests = handbook.make_indirect(
            Dictionary(Names=Array([item for name in sorted(named) for item in (pikepdf.String(name), named[name])]))
        )
        out = io.BytesIO()
        # The same pages give the same bytes: the file's /ID is made from its content, not the clock.
        handbook.save(out, deterministic_id=True, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    return out.getvalue(), spots


def _number(value: Decimal | int | None) -> float:
    return 0.0 if value is None else float(value)  # None (null): the viewer keeps its own


def _struct_parents(page: Dictionary) -> list[int]:
    """The parent tree's keys of a page's content and of its links."""
    keys = [int(page.StructParents)] if Name.StructParents in page else []
    for annotation in page.get(Name.Annots, []):
        if Name.StructParent in annotation:
            keys.append(int(annotation.StructParent))
    return keys


def _elements_on(document: Dictionary, pages: set[tuple[int, int]]) -> list[int]:
    """The positions among the Document element's children of those marking content on ``pages``."""
    return [n for n, element in enumerate(_as_list(document.K)) if _first_page(element) in pages]


def _detach(part: Pdf) -> list[Dictionary]:
    """The part's elements to copy (the Document element's children that mark content), cut from the
    part's Document element and outline root, so that copying them does not copy the whole part.

    WeasyPrint also makes elements for generated text (the running footer's, say) whose parent is the
    Document element but which are not among its children; the parent tree leads to them."""
    document = _document(part.Root.StructTreeRoot)
    for element in _as_list(document.K):
        if Name.P in element:
            del element.P
    numbers = part.Root.StructTreeRoot.ParentTree.Nums
    climbed: set[tuple[int, int]] = set()
    for n in range(1, len(numbers), 2):
        for element in _as_list(numbers[n]):
            while Name.P in element and element.objgen not in climbed:
                climbed.add(element.objgen)
                if element.P.objgen == document.objgen:
                    del element.P
                    break
                element = element.P
    for item in _chain(_first_bookmark(part)):
        del item.Parent
    return [element for element in _as_list(document.K) if _first_page(element) is not None]


def _replace_elements(handbook: Pdf, document: Dictionary, old: list[int], new: list[Dictionary]) -> None:
    copies = [handbook.copy_foreign(element) for element in new]
    for element in copies:
        element.P = document
    kids = _as_list(document.K)
    at = old[0] if old else len(kids)
    document.K = Array(kids[:at] + copies + [kid for n, kid in enumerate(kids) if n >= at and n not in old])


def _renumber(handbook: Pdf, part: Pdf, pages: list[Dictionary], entries: dict, next_key: int) -> int:
    """Give the copied pages and links keys of their own in handbook.pdf's parent tree, with their entries
    copied from the part's; the next free key."""
    numbers = part.Root.StructTreeRoot.ParentTree.Nums
    part_entries = {int(numbers[i]): numbers[i + 1] for i in range(0, len(numbers), 2)}
    document = _document(handbook.Root.StructTreeRoot)
    for page in pages:
        for owner in [page, *(a for a in page.get(Name.Annots, []) if Name.StructParent in a)]:
            key = Name.StructParents if owner is page else Name.StructParent
            if key not in owner:
                continue
            marked = part_entries[int(owner[key])]
            copies = [handbook.copy_foreign(element) for element in _as_list(marked)]
            for element in copies:
                _attach(element, document)
            entries[next_key] = Array(copies) if isinstance(marked, Array) else copies[0]
            owner[key] = next_key
            next_key += 1
    return next_key


def _attach(element: Dictionary, document: Dictionary) -> None:
    """Give the handbook's Document element as parent to the topmost ancestor of a copied element, which
    _detach cut from the part's."""
    while element.objgen != document.objgen and Name.P in element:
        element = element.P
    if element.objgen != document.objgen:
        element.P = document


def _replace_bookmarks(handbook: Pdf, old_pages: set[tuple[int, int]], part: Pdf) -> None:
    """The top-level bookmarks of the old pages (with what they hold) swapped for the part's."""
    if Name.Outlines not in handbook.Root:
        handbook.Root.Outlines = handbook.make_indirect(Dictionary(Type=Name.Outlines, Count=0))
    root = handbook.Root.Outlines
    top = list(_chain(_first_bookmark(handbook)))
    gone = [n for n, item in enumerate(top) if _bookmark_page(item) in old_pages]
    # Copying the first copies the rest (/Next); the next calls give back those copies.
    came = [handbook.copy_foreign(item) for item in _chain(_first_bookmark(part))]
    at = gone[0] if gone else len(top)
    root.Count = (int(root.get(Name.Count, 0)) + sum(_shown(item) for item in came)
                  - sum(_shown(top[n]) for n in gone))
    top = top[:at] + came + [item for n, item in enumerate(top) if n >= at and n not in gone]
    for n, item in enumerate(top):
        item.Parent = root
        before, after = top[n - 1] if n > 0 else None, top[n + 1] if n + 1 < len(top) else None
        for side, other in ((Name.Prev, before), (Name.Next, after)):
            if other is not None:
                item[side] = other
            elif side in item:
                del item[side]
    if top:
        root.First, root.Last = top[0], top[-1]


def _first_bookmark(pdf: Pdf) -> Dictionary | None:
    outlines = pdf.Root.get(Name.Outlines)
    return outlines.get(Name.First) if isinstance(outlines, Dictionary) else None


def _chain(item: Dictionary | None) -> Iterable[Dictionary]:
    """A bookmark and those after it on its level."""
    while item is not None:
        yield item
        item = item.get(Name.Next)


def _shown(item: Dictionary) -> int:
    """How many bookmarks an item shows: itself, and its open descendants (a positive /Count)."""
    return 1 + max(0, int(item.get(Name.Count, 0)))


def _bookmark_page(item: Dictionary) -> tuple[int, int] | None:
    destination = item.get(Name.Dest)
    if destination is None and Name.A in item:
        destination = item.A.get(Name.D)
    return destination[0].objgen if isinstance(destination, Array) and len(destination) else None


def _document(tree: Dictionary) -> Dictionary:
    """The structure tree's Document element (WeasyPrint's root element)."""
    return _as_list(tree.K)[0]


def _as_list(entry: pikepdf.Object) -> list:
    return list(entry) if isinstance(entry, Array) else [entry]


def _first_page(element: Dictionary) -> tuple[int, int] | None:
    """The page (object and generation numbers) where an element or its descendants first mark content;
    None if they mark none (the empty targets at the end of a part, print_documents.part_document)."""
    children = _as_list(element.get(Name.K)) if Name.K in element else []
    if Name.Pg in element and any(isinstance(child, int) for child in children):
        return element.Pg.objgen
    for child in children:
        if isinstance(child, Dictionary) and (found := _first_page(child)) is not None:
            return found
    return None
