"""handbook.pdf without laying out the whole handbook again when a policy changes.

A layout cannot be kept from one build to the next (WeasyPrint's pages hold the text engine's
objects), so the last handbook.pdf is kept instead, with where each policy's pages are in it. A
policy whose article changed is laid out alone (print_documents.part_document) with the numbers it
has in the handbook: its first page, the handbook's pages, and the pages of the ids in other
policies that its "Referred to by" links print. If it fills as many pages as before and every id
that other policies link to stays on its page, its pages replace the old ones (with pypdf: pages,
links, named destinations, outline, and the tagged structure with its parent tree). Otherwise, or
when the cover or contents change, the whole handbook is laid out again, as on a first build.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    Fit,
    FloatObject,
    IndirectObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from . import pdf
from .pdf import cache_key
from .print_documents import Edition, HandbookParts, PrintDocument, front_document, internal_targets, part_document

_FORMAT = 3  # bump when the layout file or the composition changes

log = logging.getLogger("handbook.build")  # the build's (handbook.mkdocs_build.plugin)


@dataclass(frozen=True)
class _Part:
    key: str  # cache_key of the policy's article laid out alone: what its pages are made from
    first: int  # its first page in handbook.pdf, from 1
    pages: int
    links_out: list[str]  # the ids in other policies its links lead to


# A named destination (an element's id): its page (from 1) and where on it (left, top). Reading these
# back from a 200-policy handbook.pdf takes pypdf about 20 s, so the layout file keeps them.
Spot = tuple[int, float, float]


@dataclass(frozen=True)
class Plan:
    """What to lay out for handbook.pdf: the whole handbook, or only the policies in ``relaid``."""

    documents: list[PrintDocument]
    relaid: tuple[str, ...] | None  # None: the whole handbook
    front: str  # cache_key of the cover and contents
    keys: dict[str, str]  # policy id -> cache_key of its article, in the handbook's order
    last: dict[str, _Part]  # where each policy is in the last handbook.pdf (empty for the whole)
    last_pdf: bytes = b""  # the last handbook.pdf, read once with its layout (empty for the whole)
    last_destinations: dict[str, Spot] = field(default_factory=dict)  # the last handbook.pdf's


def write_pdfs(
    whole: PrintDocument | None,
    policies: list[PrintDocument],
    parts: HandbookParts,
    edition: Edition,
    cache: Path,
    timeout: float,
    *,
    in_background: bool = False,
) -> dict[str, bytes]:
    """The policies' PDFs and handbook.pdf (``whole``; None: not asked for), by path in the site. handbook.pdf
    is made from the last one where only some policies changed.

    A build (``in_background`` False) keeps in ``cache`` only the PDFs of this call. ``mkdocs serve`` makes
    what its pages lack after they are served (handbook.mkdocs_build.background): its children run at low
    priority, and the PDFs are added to ``cache`` without forgetting the rest.
    """
    folder = cache / "handbook"
    handbook_plan = plan(whole, parts, edition, folder) if whole is not None else None
    documents = [*(handbook_plan.documents if handbook_plan else []), *policies]
    if in_background:  # an earlier job may have made some since they were found missing
        made, missing = pdf.cached(documents, cache)
        made |= pdf.write_pdfs(missing, timeout=timeout, low_priority=True) if missing else {}
        pdf.store(cache, {cache_key(d): made[d.path] for d in missing})
    else:
        made = pdf.write_pdfs(documents, timeout=timeout, cache=cache)
    pdfs = {document.path: made[document.path] for document in policies}
    if whole is None or handbook_plan is None:
        return pdfs
    handbook_pdf = finish(handbook_plan, made, parts, folder)
    if handbook_pdf is None:  # a changed policy's pages moved: lay out the whole handbook
        log.info("handbook.pdf: %s no longer fits its pages; laying out the whole handbook",
                 ", ".join(handbook_plan.relaid or ()))
        again = Plan([whole], None, handbook_plan.front, handbook_plan.keys, {})
        made |= pdf.write_pdfs([whole], timeout=timeout, low_priority=in_background)
        handbook_pdf = finish(again, made, parts, folder)
    elif handbook_plan.relaid:
        relaid = ", ".join(handbook_plan.relaid)
        log.info("handbook.pdf: %s laid out again, the rest from the last handbook.pdf", relaid)
    return {whole.path: handbook_pdf} | pdfs


def unchanged(parts: HandbookParts, edition: Edition, folder: Path) -> bytes | None:
    """The last handbook.pdf if every part of it is as it was (nothing to lay out), else None; quick
    (the pages are not read), for ``mkdocs serve`` to serve it at once."""
    front, keys, last = _keys_and_last(parts, edition, folder)
    if last is None or last[0] != front or [(i, part.key) for i, part in last[1].items()] != list(keys.items()):
        return None
    return last[2]


def _keys_and_last(
    parts: HandbookParts, edition: Edition, folder: Path
) -> tuple[str, dict[str, str], tuple[str, dict[str, _Part], bytes, dict[str, Spot]] | None]:
    front = cache_key(front_document(parts, edition))
    keys = {policy_id: cache_key(part_document(parts, edition, policy_id, 1, 1, {})) for policy_id in parts.articles}
    return front, keys, _load(folder)


def plan(whole: PrintDocument, parts: HandbookParts, edition: Edition, folder: Path) -> Plan:
    front, keys, last = _keys_and_last(parts, edition, folder)
    if last is None or last[0] != front or list(last[1]) != list(keys):
        return Plan([whole], None, front, keys, {})
    _, layout, last_pdf, spots = last
    relaid = tuple(policy_id for policy_id, key in keys.items() if layout[policy_id].key != key)
    if not relaid:
        return Plan([], relaid, front, keys, layout, last_pdf, spots)
    destinations = {name: page for name, (page, _, _) in spots.items()}
    total = max((part.first + part.pages - 1 for part in layout.values()), default=0)
    documents = []
    for policy_id in relaid:
        outside = {t for t in internal_targets(parts.articles[policy_id]) if not _owned(t, policy_id)}
        if not outside <= destinations.keys():
            return Plan([whole], None, front, keys, {})  # a link to an id the last handbook.pdf lacks
        elsewhere = {target: destinations[target] for target in outside}
        documents.append(part_document(parts, edition, policy_id, layout[policy_id].first, total, elsewhere))
    return Plan(documents, relaid, front, keys, layout, last_pdf, spots)


def finish(plan: Plan, made: dict[str, bytes], parts: HandbookParts, folder: Path) -> bytes | None:
    """handbook.pdf from what ``plan`` asked for and ``made``; None if a new part does not fit its old pages."""
    if plan.relaid is None:
        whole = made[plan.documents[0].path]
        reader = PdfReader(io.BytesIO(whole))
        spots = _destinations(reader)
        _save(folder, whole, plan.front, _layout_of(spots, plan, parts, len(reader.pages)), spots)
        return whole
    if not plan.relaid:
        return plan.last_pdf
    last = PdfReader(io.BytesIO(plan.last_pdf))
    last_destinations = {name: page for name, (page, _, _) in plan.last_destinations.items()}
    layout = dict(plan.last)
    for policy_id in plan.relaid:
        part = plan.last[policy_id]
        layout[policy_id] = _Part(plan.keys[policy_id], part.first, part.pages, _links_out(parts, policy_id))
    linked = {target for part in layout.values() for target in part.links_out}
    new: dict[str, PdfReader] = {}
    known = {id(last): plan.last_destinations}
    for policy_id, document in zip(plan.relaid, plan.documents, strict=True):
        reader = new[policy_id] = PdfReader(io.BytesIO(made[document.path]))
        part = layout[policy_id]
        if len(reader.pages) != part.pages:
            return None
        known[id(reader)] = _destinations(reader)
        for target, (page, _, _) in known[id(reader)].items():
            moved = last_destinations.get(target) != part.first - 1 + page
            if moved and target in linked and _owned(target, policy_id):
                return None  # another policy prints the page it was on

    first_part = min(part.first for part in layout.values())
    segments: list[tuple[PdfReader, range, str | None]] = [(last, range(first_part - 1), None)]
    for policy_id, part in layout.items():
        if policy_id in new:
            segments.append((new[policy_id], range(part.pages), policy_id))
        else:
            segments.append((last, range(part.first - 1, part.first - 1 + part.pages), policy_id))
    composed, spots = compose(segments, last, known)
    _save(folder, composed, plan.front, layout, spots)
    return composed


# --- the layout file: where each policy's pages are in the last handbook.pdf -----------------


def _owned(target: str, policy_id: str) -> bool:
    """Whether an id is one of the policy's own (print_documents.print_id)."""
    return target == policy_id or target.startswith(policy_id + "--")


def _links_out(parts: HandbookParts, policy_id: str) -> list[str]:
    return sorted(t for t in internal_targets(parts.articles[policy_id]) if not _owned(t, policy_id))


def _layout_of(destinations: dict[str, Spot], plan: Plan, parts: HandbookParts, pages: int) -> dict[str, _Part]:
    firsts = [destinations[policy_id][0] for policy_id in plan.keys]
    ends = [*firsts[1:], pages + 1]
    return {
        policy_id: _Part(plan.keys[policy_id], first, end - first, _links_out(parts, policy_id))
        for policy_id, first, end in zip(plan.keys, firsts, ends, strict=True)
    }


def _destinations(reader: PdfReader) -> dict[str, Spot]:
    """Each named destination (an element's id): the page it is on, from 1, and where on it."""
    return {
        str(name): (reader.get_destination_page_number(destination) + 1, destination.left or 0, destination.top or 0)
        for name, destination in reader.named_destinations.items()
    }


def _save(folder: Path, pdf: bytes, front: str, layout: dict[str, _Part], destinations: dict[str, Spot]) -> None:
    """Keep ``pdf`` and its layout. Two builds sharing the cache may save at once, so the layout names
    the PDF it describes by its hash, and each file is written whole under a name of its own first."""
    folder.mkdir(parents=True, exist_ok=True)
    record = {
        "format": _FORMAT,
        "pdf": hashlib.sha256(pdf).hexdigest(),
        "front": front,
        "parts": {i: asdict(part) for i, part in layout.items()},
        "destinations": destinations,
    }
    for name, content in (("handbook.pdf", pdf), ("layout.json", json.dumps(record).encode())):
        with tempfile.NamedTemporaryFile(dir=folder, prefix=f"{name}.", suffix=".part", delete=False) as partial:
            partial.write(content)
        Path(partial.name).replace(folder / name)


def _load(folder: Path) -> tuple[str, dict[str, _Part], bytes, dict[str, Spot]] | None:
    """The last handbook.pdf's cover key, layout, bytes and destinations; None unless the layout was written
    with it."""
    try:
        record = json.loads((folder / "layout.json").read_text(encoding="utf-8"))
        pdf = (folder / "handbook.pdf").read_bytes()
        if record.get("format") != _FORMAT or record.get("pdf") != hashlib.sha256(pdf).hexdigest():
            return None
        parts = {policy_id: _Part(**part) for policy_id, part in record["parts"].items()}
        spots = {name: (int(page), float(left), float(top))
                 for name, (page, left, top) in record["destinations"].items()}
        return record["front"], parts, pdf, spots
    except (OSError, ValueError, KeyError, TypeError):
        return None  # no last handbook.pdf, or not one this version can use: lay out the whole


# --- putting pages of several PDFs together --------------------------------------------------


def compose(
    segments: list[tuple[PdfReader, range, str | None]], model: PdfReader, known: dict[int, dict[str, Spot]]
) -> tuple[bytes, dict[str, Spot]]:
    """One PDF of the ``segments`` (a PDF, its pages to take, and the policy whose ids they hold, or
    None for all), with ``model``'s metadata, language and viewer settings; and its named destinations.
    ``known``: the destinations of some of the PDFs (by ``id()`` of their reader), not to be read again.

    A segment's structure elements are the children of its PDF's Document element that mark content
    on its pages (WeasyPrint makes one per element of the body: the cover, the contents, each policy).
    """
    writer = PdfWriter()
    document = DictionaryObject(
        {NameObject("/Type"): NameObject("/StructElem"), NameObject("/S"): NameObject("/Document")}
    )
    document_ref = writer._add_object(document)
    kids, parent_tree, destinations = ArrayObject(), ArrayObject(), []
    spots: dict[str, Spot] = {}
    next_key = 0
    outline_parents: list[IndirectObject | None] = [None]
    read: dict[int, tuple[dict, list, list, list]] = {}  # what each PDF holds, read once however many segments it gives
    for reader, pages, owner in segments:
        if id(reader) not in read:
            tree = reader.trailer["/Root"]["/StructTreeRoot"]
            numbers = tree["/ParentTree"]["/Nums"]  # WeasyPrint writes the parent tree as one flat node
            read[id(reader)] = (
                {int(numbers[i]): numbers[i + 1] for i in range(0, len(numbers), 2)},
                list(tree["/K"][0].get_object()["/K"]),
                [(name, page - 1, left, top) for name, (page, left, top) in
                 (known.get(id(reader)) or _destinations(reader)).items()],
                list(_outline(reader, reader.outline, 1)),
            )
        old_entries, structure, named, outline = read[id(reader)]
        renumbered: dict[int, int] = {}
        first_new_page = len(writer.pages)
        page_refs = set()
        for number in pages:
            source = reader.pages[number]
            page = writer.add_page(source)
            page_refs.add(source.indirect_reference.idnum)
            if "/StructParents" in source:
                renumbered[source["/StructParents"]] = next_key
                page[NameObject("/StructParents")] = NumberObject(next_key)
                next_key += 1
            for annotation in page.get("/Annots", []):
                annotation = annotation.get_object()
                if "/StructParent" in annotation:
                    renumbered[annotation["/StructParent"]] = next_key
                    annotation[NameObject("/StructParent")] = NumberObject(next_key)
                    next_key += 1
        for kid in structure:
            if _first_page(kid.get_object()) in page_refs:
                clone = kid.get_object().clone(writer, ignore_fields=("/P",))
                _set_parents(clone, document_ref)
                kids.append(clone.indirect_reference)
        for old_key, new_key in renumbered.items():
            parent_tree.extend([NumberObject(new_key), _clone_entry(old_entries[old_key], writer)])
        for name, page, left, top in named:
            if page in pages and (owner is None or _owned(str(name), owner)):
                new_page = first_new_page + pages.index(page)
                target = writer.pages[new_page].indirect_reference
                position = [FloatObject(left), FloatObject(top), NumberObject(0)]
                destinations.append((str(name), ArrayObject([target, NameObject("/XYZ"), *position])))
                spots[str(name)] = (new_page + 1, left, top)
        for level, title, page, top in outline:
            if page in pages:
                del outline_parents[level:]
                item = writer.add_outline_item(
                    title, first_new_page + pages.index(page), parent=outline_parents[-1], fit=Fit.xyz(0, top, 0)
                )
                outline_parents.append(item)

    document[NameObject("/K")] = kids
    root = writer._root_object
    root[NameObject("/StructTreeRoot")] = document[NameObject("/P")] = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/StructTreeRoot"),
        NameObject("/K"): ArrayObject([document_ref]),
        NameObject("/ParentTree"): writer._add_object(DictionaryObject({NameObject("/Nums"): parent_tree})),
        NameObject("/ParentTreeNextKey"): NumberObject(next_key),
    }))
    for key in ("/Lang", "/MarkInfo", "/ViewerPreferences"):
        if key in model.trailer["/Root"]:
            root[NameObject(key)] = model.trailer["/Root"][key].clone(writer)
    names = writer.get_named_dest_root()
    for name, destination in sorted(destinations):
        names.extend([TextStringObject(name), destination])
    if model.metadata:
        writer.add_metadata(dict(model.metadata))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue(), spots


def _clone_entry(entry: IndirectObject | ArrayObject, writer: PdfWriter) -> IndirectObject | ArrayObject:
    """A parent tree entry: the elements marking a page's content (already cloned with their tree) or an
    annotation. WeasyPrint lists some elements (generated text) here that no element has as a child:
    they keep their parent."""
    clone = entry.clone(writer, ignore_fields=("/P",))
    olds, news = entry.get_object(), clone.get_object()
    pairs = zip(olds, news, strict=True) if isinstance(olds, list) else [(olds, news)]
    for old, new in pairs:
        old, new = old.get_object(), new.get_object()
        if "/P" in old and "/P" not in new:
            new[NameObject("/P")] = old.raw_get("/P").clone(writer, ignore_fields=("/P",))
    return clone


def _outline(reader: PdfReader, items: list, level: int):
    """Each bookmark as (level from 1, title, page from 0, top of its destination)."""
    for item in items:
        if isinstance(item, list):
            yield from _outline(reader, item, level + 1)
        else:
            yield level, item.title, reader.get_destination_page_number(item), item.top or 0


def _first_page(element: DictionaryObject) -> int | None:
    """The object number of the first page where an element or its descendants mark content; None if
    they mark none (the empty targets at the end of a part, print_documents.part_document)."""
    children = element.get("/K")
    children = children if isinstance(children, list) else [children]
    if "/Pg" in element and any(isinstance(child, int) for child in children):
        return element.raw_get("/Pg").idnum
    for child in children:
        if isinstance(child, IndirectObject) and (found := _first_page(child.get_object())) is not None:
            return found
    return None


def _set_parents(element: DictionaryObject, parent: IndirectObject) -> None:
    """Point each structure element at its parent (cloning left /P out, so as not to copy the whole tree)."""
    if element.get("/Type") == "/StructElem":
        element[NameObject("/P")] = parent
    children = element.get("/K")
    for child in children if isinstance(children, list) else [children]:
        if isinstance(child, IndirectObject):
            _set_parents(child.get_object(), element.indirect_reference)
