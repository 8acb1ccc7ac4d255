"""A Python-Markdown extension: in a policy's text, a link to another site says so.

Such a link gets ``rel="external noopener"`` and the class ``external-link`` (for its icon). Which
links policy text may hold at all is decided by the sanitiser (handbook.markdown_extensions.sanitiser).
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

from .addresses import read_address
from .policy_body import policy_bodies


class ExternalLinksTreeprocessor(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        for body in policy_bodies(root):
            for link in body.iter("a"):
                if link.get("href", "").startswith("#"):  # within the page (clause numbers and references): not read
                    continue
                address = read_address(link.get("href", ""), decode_references=True)
                if address.off_site and address.scheme not in ("mailto", "tel", "policy"):
                    link.set("class", " ".join([*link.get("class", "").split(), "external-link"]))
                    link.set("rel", "external noopener")


class ExternalLinksExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's API name)
        md.treeprocessors.register(ExternalLinksTreeprocessor(md), "handbook_external_links", 6)


def makeExtension(**kwargs: object) -> ExternalLinksExtension:  # noqa: N802 (Python-Markdown's API name)
    return ExternalLinksExtension(**kwargs)
