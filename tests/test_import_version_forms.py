"""A version stated in the forms real documents use beyond a "Version:" label (issue 18): a sentence ("This is version
2.3 of the Terms of Service, last updated on ...", "This policy is version 4.1"), a cover's revision mark alone
("REV.2019.01") and a title ending "v 3.0". Look-alikes keep their numbers out: another document's version, a
section's "Part V 2", a revision named without its number."""

from __future__ import annotations

import pytest

from handbook.importing.document import Paragraph
from handbook.importing.facts import find_facts


def _version(*lines: str, title: str | None = None) -> str:
    blocks = [Paragraph(n, line, line, place=f"line {n}") for n, line in enumerate(lines, start=1)]
    heading = Paragraph(0, title, title, place="line 0", heading=1) if title else None
    return find_facts(([heading] if heading else []) + blocks, heading).value("version")


@pytest.mark.parametrize("sentence, version", [
    ("This is version 2.3 of the Terms of Service, last updated on 12th of June, 2024.", "2.3"),
    ("This policy is version 4.1 and replaces all earlier versions.", "4.1"),
])
def test_a_sentence_saying_which_version_this_is_gives_it(sentence, version):
    assert _version("Couch Hosts Terms", sentence, "You must be 18 or over to join.") == version


def test_a_sentence_about_another_documents_version_gives_none():
    assert _version("Couch Hosts Terms", "This is version 2 of the app, released in May.",
                    "Read version 3.1 of the Code of Conduct before the event.") == "TBC"


def test_a_revision_mark_alone_at_the_top_gives_the_version():
    assert _version("REV.2019.01", "Code of Conduct", "Be excellent to each other at the space.") == "2019.01"


@pytest.mark.parametrize("title, version", [("Zamanian Lab Manual v 3.0", "3.0"), ("Schedule Part V 2", "TBC")])
def test_a_title_ending_in_its_version_gives_it(title, version):
    assert _version("Welcome to the lab.", "Read this manual in your first week.", title=title) == version
