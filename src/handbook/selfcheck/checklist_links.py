"""A Python-Markdown extension that links a policy's clauses to the self-check that serves them.

The policy pages are written by ``handbook.pages.policy_pages``, which knows nothing of checklists. Each
clause there carries its citation (``data-citation``); this tree processor finds the clauses a
checklist serves by that citation, adds a link under each, and one at the top of the policy body.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

from ..markdown_extensions.policy_body import clauses, policy_bodies
from .checklist import PolicyChecklist


def extension_config(checklists: tuple[PolicyChecklist, ...], page_path: dict[str, str]) -> dict:
    """The extension's settings: for each served clause's citation, the link to its self-check.

    ``page_path`` maps a policy id to its self-check page's Markdown path ("/social-media/self-check.md").
    """
    links = {}
    for item in checklists:
        *others, last = [clause.dotted for clause in item.serves]
        numbers = f"{', '.join(others)} and {last}" if others else last
        clauses = f"clauses {numbers}" if others else f"clause {numbers}"
        summary = f"{item.checklist.title}: a private check against {clauses}"
        for clause in item.serves:
            links[item.policy.citation(clause)] = {"href": page_path[item.policy.meta.id], "summary": summary}
    return {"links": links}


class ChecklistLinks(Treeprocessor):
    def __init__(self, md: Markdown, links: dict[str, dict[str, str]]) -> None:
        super().__init__(md)
        self.links = links

    def run(self, root: etree.Element) -> None:
        for body in policy_bodies(root):
            served = [c for c in clauses(body) if c.get("data-citation") in self.links]
            for clause in served:
                link = self.links[clause.get("data-citation", "")]
                clause.append(_link_paragraph(link["href"], "Self-check for this clause", "selfcheck-link"))
            if served:
                link = self.links[served[0].get("data-citation", "")]
                body.insert(0, _link_paragraph(link["href"], link["summary"], "selfcheck-link selfcheck-link--policy"))


def _link_paragraph(href: str, text: str, css_class: str) -> etree.Element:
    paragraph = etree.Element("p", {"class": css_class})
    link = etree.SubElement(paragraph, "a", {"href": href})
    link.text = text
    return paragraph


class ChecklistLinksExtension(Extension):
    def __init__(self, **kwargs: object) -> None:
        self.config = {"links": [{}, "citation of a clause -> {'href', 'summary'} of its self-check"]}
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's API name)
        # After handbook.markdown_extensions.points_and_references (7), before the site engine rewrites .md links (0).
        md.treeprocessors.register(ChecklistLinks(md, self.getConfig("links")), "handbook_checklist_links", 6)


def makeExtension(**kwargs: object) -> ChecklistLinksExtension:  # noqa: N802 (Python-Markdown's API name)
    return ChecklistLinksExtension(**kwargs)
