"""A Python-Markdown extension for a policy's text: its points and its references.

It makes lettered and roman points into lists (handbook.markdown_extensions.lettered_points); then,
once the page is an element tree, inside each policy body (handbook.markdown_extensions.policy_body) it
- gives each sub-point (a list item of a clause) an id under its clause and a citation: a lettered
  or roman point its letters ("clause-4-1-a", "clause-4-1-a-ii"), a bullet its bold title
  ("clause-12-be-legal") or else its position ("clause-18-item-3"). A point's id always adds
  letters to its clause's, and a clause's id is numbers only, so no id can be another's: a
  bullet of clause 4.1 and clause 4.1.1 no longer both claim "clause-4-1-1";
- turns references such as "clause 12" or "clauses 17 and 18" into links to the clauses, and
  labels of the document's own numbering ("see POL.ITAUP.004", "Article 5") into links to the
  clause or heading of that label, where the policy has one;
- turns links to ``policy:ID#anchor`` into links to that policy's page.
References were already checked by ``handbook.source.policy_file``; this only links them.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from typing import NamedTuple

from markdown import Extension, Markdown
from markdown.extensions.toc import slugify
from markdown.treeprocessors import Treeprocessor

from .lettered_points import ROMAN, LetteredPointsProcessor
from .policy_body import ElementBlockProcessor, clauses, policy_bodies
from .references import POLICY_LINK, ClauseReference, clause_references, label_references, might_refer
from .text import allow_escaped_angle_bracket

# Text inside these elements is never turned into a link.
_NOT_LINKED = {"a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6"}


class PointsAndReferencesTreeprocessor(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        for body in policy_bodies(root):
            for clause in clauses(body):
                _anchor_sub_points(clause)
            # a point the anchoring above does not reach ("- (a) Vote on:" then "    - (i) ..."): its marker shows,
            # with no anchor of its own, never as an attribute the page may not carry
            for item in body.iter("li"):
                item.attrib.pop("data-point", None)
            _link_clause_references(body, {element.get("id") for element in body.iter() if element.get("id")})
            _link_other_policies(body)


def _anchor_sub_points(clause: etree.Element) -> None:
    items = [item for block in clause if block.tag in ("ul", "ol") for item in block if item.tag == "li"]
    used: set[str] = set()
    for position, item in enumerate(items, start=1):
        if item.get("data-point"):
            _anchor_point(item, clause.get("id"), clause.get("data-citation"))
            continue
        title = _bold_title(item)
        slug = slugify(title, "-") if title else ""
        suffix = slug if _usable_slug(slug) and slug not in used else f"item-{position}"
        used.add(suffix)
        item.set("id", f"{clause.get('id')}-{suffix}")
        point = f" ({title})" if title else f", point {position}"
        item.set("data-citation", f"{clause.get('data-citation')}{point}")
        _anchor_inner_points(item)


def _anchor_inner_points(item: etree.Element) -> None:
    """The lettered points a bullet holds ("- (a) Student Members ..." makes the bullet a list of points), under it."""
    for inner in (child for child in item if child.tag == "ol"):
        for inner_item in inner:
            if inner_item.get("data-point"):
                _anchor_point(inner_item, item.get("id"), item.get("data-citation"))


def _usable_slug(slug: str) -> bool:
    """A title's slug names a point when it cannot be taken for a number, a letter or a position."""
    return bool(re.fullmatch(r"[a-z][a-z0-9-]*", slug)) and not (
        len(slug) == 1 or slug in ROMAN or re.fullmatch(r"item-\d+", slug)
    )


def _anchor_point(item: etree.Element, parent_id: str, parent_citation: str) -> None:
    """A lettered point: "clause-4-1-a", cited "clause 4.1(a)"; its roman points "clause-4-1-a-ii"."""
    point = item.get("data-point")
    item.set("id", f"{parent_id}-{point.lower()}")  # "(A)" is "clause-3-a", as "clause 3(A)" links it
    item.set("data-citation", f"{parent_citation}({point})")
    del item.attrib["data-point"]
    _anchor_inner_points(item)


def _bold_title(item: etree.Element) -> str:
    """The bold words a sub-point starts with ("Be legal"), or "" when it has none."""
    first = item[0] if len(item) else None
    if first is not None and first.tag == "p" and not (item.text or "").strip():
        item, first = first, (first[0] if len(first) else None)
    if first is None or first.tag != "strong" or (item.text or "").strip():
        return ""
    return "".join(first.itertext()).strip()


def _link_clause_references(element: etree.Element, ids: set[str]) -> None:
    """Link references in the text of ``element`` and below to the elements of ``ids`` in its policy."""
    children = list(element)
    if element.text:
        element.text, links = _split_at_references(element.text, ids)
        for offset, link in enumerate(links):
            element.insert(offset, link)
    for child in children:
        if child.tag not in _NOT_LINKED:
            _link_clause_references(child, ids)
        if child.tail:
            child.tail, links = _split_at_references(child.tail, ids)
            if links:
                position = list(element).index(child) + 1
                for offset, link in enumerate(links):
                    element.insert(position + offset, link)


def _split_at_references(text: str, ids: set[str]) -> tuple[str, list[etree.Element]]:
    """The text before the first reference, and a link (with the text after it) per reference."""
    if not might_refer(text):  # most texts of a page: a quick search instead of two, and no lists made
        return text, []
    found = [(r.start, r.end, _anchor_in(r, ids)) for r in clause_references(text)]
    found += [(r.start, r.end, r.anchor) for r in label_references(text) if r.anchor in ids]
    references = [_Link(*reference) for reference in sorted(found)]
    if not references:
        return text, []
    links = []
    for reference, following in zip(references, [*references[1:], None], strict=True):
        link = etree.Element("a", {"href": "#" + reference.anchor, "class": "clause-ref"})
        link.text = text[reference.start : reference.end]
        link.tail = text[reference.end : following.start if following else len(text)]
        links.append(link)
    return text[: references[0].start], links


class _Link(NamedTuple):
    start: int
    end: int
    anchor: str


def _anchor_in(reference: ClauseReference, ids: set[str]) -> str:
    """The id "clause 3" links to: clause 3's, or that of the heading numbered 3 by a word ("Section 3")."""
    if reference.anchor in ids or reference.points or len(reference.number) > 1:
        return reference.anchor
    named = (f"{word}-{reference.number[0]}" for word in ("section", "article", "part", "chapter"))
    return next((anchor for anchor in named if anchor in ids), reference.anchor)


def _link_other_policies(body: etree.Element) -> None:
    for link in body.iter("a"):
        if match := POLICY_LINK.fullmatch(link.get("href", "")):
            anchor = f"#{match['anchor']}" if match["anchor"] else ""
            # An absolute .md path: the site engine resolves it against the docs root.
            link.set("href", f"/{match['id']}/index.md{anchor}")


class PointsAndReferencesExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's API name)
        # After attr_list (8) has tidied the tree, before the site engine rewrites links (0).
        md.treeprocessors.register(PointsAndReferencesTreeprocessor(md), "handbook_policy", 7)
        # The pages' element blocks (policy bodies, clauses) first, before md_in_html's raw HTML (105).
        md.parser.blockprocessors.register(ElementBlockProcessor(md.parser), "handbook_elements", 110)
        # After the list processors (ulist 30, olist 40), before a paragraph (10) takes the lines.
        md.parser.blockprocessors.register(LetteredPointsProcessor(md.parser), "handbook_points", 25)
        allow_escaped_angle_bracket(md)


def makeExtension(**kwargs: object) -> PointsAndReferencesExtension:  # noqa: N802 (Python-Markdown's API name)
    return PointsAndReferencesExtension(**kwargs)
