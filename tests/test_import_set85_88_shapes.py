"""Shapes of held-out sets 85 to 88's documents (issue 18, stop 51), made here, each beside a look-alike: a page
describing a body its project is a member of ("pytest is a member of Tidelift. ... Tidelift aims to make Open Source
sustainable", whose first run wrote "Tidelift"); a front-matter description giving the version ("This is version 2 of
the SCS-0005"); a web page's site name naming the organisation the text also names in its opening paragraphs
(Creative Commons' "codes of conduct used by Creative Commons (CC)", left TBC on the first run)."""

from __future__ import annotations

import re

import pytest
from helpers import imported_and_checked
from test_import_facts import facts_of, found


@pytest.mark.parametrize(("opening", "organisation"), [
    ("Harbourlib is a member of Fundwell. This document describes how the core team manages Fundwell-related work.",
     None),
    ("This document describes how the core team manages Fundwell-related work.", "Fundwell"),
])
def test_a_body_the_project_is_a_member_of_is_not_its_organisation(opening, organisation):
    facts = facts_of(opening, "Fundwell aims to make open source sustainable by offering subscriptions to companies.",
                     "It was decided on the mailing list that the Fundwell money is split between contributors.",
                     title="Fundwell")
    assert found(facts, "organisation") == organisation


@pytest.mark.parametrize(("description", "version"), [
    ("This is version 2 of the KCS-0005 and outlines the governance of the community by its board.", "2"),
    ("This outlines the governance of the community, replacing version 1 of the KCS-0005.", None),
])
def test_a_front_matter_description_gives_the_version(tmp_path, description, version):
    source = tmp_path / "governance.md"
    source.write_text(f"---\ntitle: Governance of the community\ndescription: |\n  {description}\n---\n\n"
                      "## Introduction\n\nThe project is governed by its board, which the community elects.\n",
                      encoding="utf-8")
    _, front, _ = imported_and_checked(source, "governance", tmp_path / "out")
    assert (f'version: "{version}"\n' if version else "version: TBC\n") in front, front


@pytest.mark.parametrize(("site", "organisation"), [
    ("Kestrel Commons | Kestrel Commons Open Source", "Kestrel Commons"),
    ("Open Source Guides", "TBC"),  # (the name the text uses as its own is offered as a guess, not written)
])
def test_a_site_name_states_whose_the_page_is_though_its_opening_names_it_first(tmp_path, site, organisation):
    paragraphs = "".join(f"<p>{text}</p>\n" for text in [
        "This document provides reporting guidelines for the codes of conduct used by Kestrel Commons (KC):",
        "Reports go to the Kestrel Commons team, who answer within a week.",
        "Kestrel Commons staff on the committee never handle a report about themselves.",
        "The committee keeps each report private and tells the person who reported it what was done.",
    ])
    source = tmp_path / "enforcement.html"
    source.write_text(f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Codes of Conduct "
                      f"Enforcement</title><meta property=\"og:site_name\" content=\"{site}\"></head>\n<body><main>\n"
                      f"<h1>Codes of Conduct Enforcement</h1>\n{paragraphs}</main></body></html>\n", encoding="utf-8")
    _, front, _ = imported_and_checked(source, "enforcement", tmp_path / "out")
    assert re.search(rf"\norganisation: {organisation}(?:\n|  # perhaps)", front), front
