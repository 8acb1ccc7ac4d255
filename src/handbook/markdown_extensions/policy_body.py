"""Where a policy's text sits on every page: ``<div class="policy-body">``, holding its clauses.

handbook.pages.policy_pages writes these elements; the tree processors that finish a policy's
text (points_and_references, external_links, handbook.selfcheck.checklist_links) find them here,
so the walk is written once.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

POLICY_BODY_CLASS = "policy-body"
CLAUSE_CLASS = "clause"  # a numbered clause, or an unnumbered paragraph (which also has PARAGRAPH_CLASS)
PARAGRAPH_CLASS = "paragraph"


def with_class(root: etree.Element, name: str) -> list[etree.Element]:
    """``root`` and the elements inside it that have the class ``name``, in document order."""
    return [element for element in root.iter() if name in element.get("class", "").split()]


def policy_bodies(root: etree.Element) -> list[etree.Element]:
    """Each policy's text on a page (a page may hold several: the printed handbook)."""
    return with_class(root, POLICY_BODY_CLASS)


def clauses(body: etree.Element) -> list[etree.Element]:
    """The clauses in a policy body, in order."""
    return with_class(body, CLAUSE_CLASS)
