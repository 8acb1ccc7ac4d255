"""Whether a document says it is a draft, which it is then imported as (``status: draft``: the handbook lists it
apart, under "Drafts (not yet approved)"), not as the policy in force (``status: current``, the default).

It says so with a label ("Status: Draft", "Document status | DRAFT FOR CONSULTATION", a two-column cover's
"Policy 1201: Non-Discrimination Status: DRAFT"), a marking alone on its first lines ("DRAFT") or opening its page
header or footer ("DRAFT Federal Public Trust Device Certificate Policy v0.9"), its title ("Draft
Lone Working Policy", "Lone Working Policy (Draft)"), or its own properties (Word's Status, a web page's front
matter "draft: true" or "status: draft"). Not where the text speaks of drafts: a defined "Draft Standard", a version
history's "Initial draft" row, "Drafts are circulated to ..." say that drafts exist, not that this is one."""

from __future__ import annotations

import re
from collections.abc import Sequence

_DRAFT = r"(?:consultation\s+)?draft(?:\s+for\s+(?:consultation|comment|review|approval))?"
# "Status: Draft", "Document status | DRAFT v0.3", and at the end of a cover's line set beside the title
_LABELLED = re.compile(rf"(?:^|\s)(?i:(?:document|policy|procedure|approval)\s+)?(?i:status)\s*[:|]\s*"
                       rf"(?P<v>(?i:{_DRAFT}))(?:\s+v?\d+(?:\.\d+)*)?\s*(?:\|.*)?$")
# A marking alone: "DRAFT", "- DRAFT -", "Draft for consultation", "DRAFT v0.3"
_MARKING = re.compile(rf"^[\W_]*(?P<v>(?i:{_DRAFT}))(?:\s+v?\d+(?:\.\d+)*)?[\W_]*$")
# The title says it: "Draft Lone Working Policy", "DRAFT: Lone Working Policy", "Lone Working Policy (Draft)",
# "Lone Working Policy - DRAFT", "Lone Working Policy DRAFT" (not "How to Draft a Policy", nor "Drafting Guidance")
_IN_TITLE = re.compile(r"^(?i:draft)\b(?!ing)\s*[:\-\u2013\u2014]?\s*\w|[(\[]\s*(?i:draft)\s*[)\]]|"
                       r"[-\u2013\u2014:]\s*(?i:draft)\s*$|\sDRAFT$")
# A page header or footer opening with the marking: "DRAFT Federal Public Trust Device Certificate Policy v0.9"
# ("DRAFT" in capitals, else a capital or a digit after it: not "Drafted by HR", nor "Draft copies are kept by HR")
_RUNNING_MARKING = re.compile(rf"^[\W_]*(?:DRAFT\b|(?i:{_DRAFT})(?:$|[\W_]+[A-Z\d]))")
_MARKING_LINES = 6  # a marking is at the top: the first lines of the document


def stated_draft(lines: list[tuple[str, str, bool]], title: str, properties: dict[str, str],
                 running: Sequence[tuple[str, str, bool]] = ()) -> tuple[str, str, str] | None:
    """("draft", where it says so, its words) where the document says it is a draft, else None. ``lines``: its
    first lines as handbook.importing.fact_lines reads them (place, words, at the top); ``title``: its title;
    ``running``: its page headers' and footers' lines, read alike."""
    status = properties.get("document_status", "").strip()
    if _MARKING.match(status):
        return "draft", "the document's properties (its status)", status
    for place, line, _ in lines:
        if len(line) <= 160 and (match := _LABELLED.search(line)):
            return "draft", place, match[0].strip()
    for place, line, near_top in lines[:_MARKING_LINES]:
        if near_top and _MARKING.match(line):
            return "draft", place, line
    for place, line, _ in running:
        if _RUNNING_MARKING.match(line):
            return "draft", place, line
    if title and _IN_TITLE.search(title):
        return "draft", "the title", title
    return None
