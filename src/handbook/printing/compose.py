"""handbook.pdf without laying out the whole handbook again when a policy changes.

A layout cannot be kept from one build to the next (WeasyPrint's pages hold the text engine's
objects), so the last handbook.pdf is kept instead, with where each policy's pages are in it. A
policy whose article changed is laid out alone (print_documents.part_document) with the numbers it
has in the handbook: its first page, the handbook's pages, and the pages of the ids in other
policies that its "Referred to by" links print. If it fills as many pages as before and every id
that other policies link to stays on its page, its pages replace the old ones in the last
handbook.pdf (handbook.printing.replace_pages: pages, links, named destinations, outline, and the
tagged structure with its parent tree). Otherwise, or
when the cover or contents change, the whole handbook is laid out again, as on a first build.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import tempfile
from contextlib import ExitStack
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path

import pikepdf

from . import pdf
from .pdf import cache_key
from .print_documents import Edition, HandbookParts, PrintDocument, front_document, internal_targets, part_document
from .replace_pages import Spot, Swap, destinations, swap

_FORMAT = 4  # bump when the layout file or the composition changes

log = logging.getLogger("handbook.build")  # the build's (handbook.mkdocs_build.plugin)


@dataclass(frozen=True)
class _Part:
    key: str  # cache_key of the policy's article laid out alone: what its pages are made from
    first: int  # its first page in handbook.pdf, from 1
    pages: int
    links_out: list[str]  # the ids in other policies its links lead to


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
        with pikepdf.open(io.BytesIO(whole)) as laid_out:
            spots, pages = destinations(laid_out), len(laid_out.pages)
        _save(folder, whole, plan.front, _layout_of(spots, plan, parts, pages), spots)
        return whole
    if not plan.relaid:
        return plan.last_pdf
    last_destinations = {name: page for name, (page, _, _) in plan.last_destinations.items()}
    layout = dict(plan.last)
    for policy_id in plan.relaid:
        part = plan.last[policy_id]
        layout[policy_id] = _Part(plan.keys[policy_id], part.first, part.pages, _links_out(parts, policy_id))
    linked = {target for part in layout.values() for target in part.links_out}
    with ExitStack() as open_parts:  # qpdf reads a copied page's streams from its part when it saves
        swaps = []
        for policy_id, document in zip(plan.relaid, plan.documents, strict=True):
            new = open_parts.enter_context(pikepdf.open(io.BytesIO(made[document.path])))
            part = layout[policy_id]
            if len(new.pages) != part.pages:
                return None
            for target, (page, _, _) in destinations(new).items():
                moved = last_destinations.get(target) != part.first - 1 + page
                if moved and target in linked and _owned(target, policy_id):
                    return None  # another policy prints the page it was on
            swaps.append(Swap(new, part.first, part.pages, partial(_owned, policy_id=policy_id)))
        composed, spots = swap(plan.last_pdf, swaps, plan.last_destinations)
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
    ends = [*firsts[1:], pages + 1] if firsts else []  # (a handbook of drafts only prints no policy)
    return {
        policy_id: _Part(plan.keys[policy_id], first, end - first, _links_out(parts, policy_id))
        for policy_id, first, end in zip(plan.keys, firsts, ends, strict=True)
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
        with tempfile.NamedTemporaryFile(dir=folder, prefix=f"{name}.", suffix=".part", delete=False) as written:
            written.write(content)
        Path(written.name).replace(folder / name)


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
