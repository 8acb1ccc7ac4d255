"""A Python-Markdown extension that finishes a policy page's body once it is an element tree.

Inside ``div.policy-body`` it
- gives each sub-point (a list item of a clause) an id under its clause, from its bold title
  ("clause-12-be-legal") or else its position ("clause-18-3"), and a citation;
- turns references such as "clause 12" or "clauses 17 and 18" into links to the clauses;
- turns links to ``policy:ID#anchor`` into links to that policy's page.
References were already checked by ``handbook.parsing``; this only links them.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown import Extension, Markdown
from markdown.extensions.toc import slugify
from markdown.treeprocessors import Treeprocessor

from .model import anchor_for
from .references import POLICY_LINK, clause_references

# Text inside these elements is never turned into a link.
_NOT_LINKED = {"a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6"}


class PolicyTreeprocessor(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        for body in _with_class(root, "policy-body"):
            for clause in _with_class(body, "clause"):
                _anchor_sub_points(clause)
            _link_clause_references(body)
            _link_other_policies(body)


def _with_class(root: etree.Element, name: str) -> list[etree.Element]:
    return [el for el in root.iter() if name in el.get("class", "").split()]


def _anchor_sub_points(clause: etree.Element) -> None:
    items = [item for block in clause if block.tag in ("ul", "ol") for item in block if item.tag == "li"]
    used: set[str] = set()
    for position, item in enumerate(items, start=1):
        title = _bold_title(item)
        slug = slugify(title, "-") if title else ""
        suffix = slug if slug and slug not in used else str(position)
        used.add(suffix)
        item.set("id", f"{clause.get('id')}-{suffix}")
        point = f" ({title})" if title else f", point {position}"
        item.set("data-citation", f"{clause.get('data-citation')}{point}")


def _bold_title(item: etree.Element) -> str:
    """The bold words a sub-point starts with ("Be legal"), or "" when it has none."""
    first = item[0] if len(item) else None
    if first is not None and first.tag == "p" and not (item.text or "").strip():
        item, first = first, (first[0] if len(first) else None)
    if first is None or first.tag != "strong" or (item.text or "").strip():
        return ""
    return "".join(first.itertext()).strip()


def _link_clause_references(element: etree.Element) -> None:
    children = list(element)
    if element.text:
        element.text, links = _split_at_references(element.text)
        for offset, link in enumerate(links):
            element.insert(offset, link)
    for child in children:
        if child.tag not in _NOT_LINKED:
            _link_clause_references(child)
        if child.tail:
            child.tail, links = _split_at_references(child.tail)
            position = list(element).index(child) + 1
            for offset, link in enumerate(links):
                element.insert(position + offset, link)


def _split_at_references(text: str) -> tuple[str, list[etree.Element]]:
    """The text before the first reference, and a link (with the text after it) per reference."""
    references = list(clause_references(text))
    if not references:
        return text, []
    links = []
    for reference, following in zip(references, [*references[1:], None], strict=True):
        link = etree.Element("a", {"href": "#" + anchor_for(reference.number), "class": "clause-ref"})
        link.text = text[reference.start : reference.end]
        link.tail = text[reference.end : following.start if following else len(text)]
        links.append(link)
    return text[: references[0].start], links


def _link_other_policies(body: etree.Element) -> None:
    for link in body.iter("a"):
        if match := POLICY_LINK.fullmatch(link.get("href", "")):
            anchor = f"#{match['anchor']}" if match["anchor"] else ""
            # An absolute .md path: the site engine resolves it against the docs root.
            link.set("href", f"/{match['id']}/index.md{anchor}")


class PolicyExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's API name)
        # After attr_list (8) has tidied the tree, before the site engine rewrites links (0).
        md.treeprocessors.register(PolicyTreeprocessor(md), "handbook_policy", 7)


def makeExtension(**kwargs: object) -> PolicyExtension:  # noqa: N802 (Python-Markdown's API name)
    return PolicyExtension(**kwargs)
