"""Shapes of held-out sets 93 to 96's documents (issue 18, stop 51), made here, each beside a look-alike: a charter's
history row "Adoption | June 13th, 2024" (the day it was adopted, missed on the first run); a series project named with
a comma before its series ("OpenBao, a Series of LF Projects, LLC", whose first run wrote "Series of LF Projects,
LLC"); terms whose "we" follows an address ("... London NW1 2DB, United Kingdom (“We” “Us” and “Our”)", whose first run
wrote "United Kingdom"), the archive they are for "operated by the British Library Board"; a running head giving only a
version and its date ("Version 4.2, October 13,"), which made an empty title and a refusal."""

from __future__ import annotations

from dataclasses import replace

import pytest
from test_import_facts import facts_of, found, paragraphs

from handbook.importing.running_heads import title_in_running_head

_WE = "(\u201cWe\u201d \u201cUs\u201d and \u201cOur\u201d)"


@pytest.mark.parametrize(("row", "approved_on"), [("Adoption | June 13th, 2024", "2024-06-13"),
                                                  ("Adoption | Pending", None),
                                                  ("Adoption of new tools | June 13th, 2024", None)])
def test_a_charters_adoption_row_gives_the_day_it_was_adopted(row, approved_on):
    facts = facts_of("Revision | Date", row, "This Charter sets forth the responsibilities of the contributors.",
                     title="Technical Charter")
    assert found(facts, "approved_on") == approved_on


@pytest.mark.parametrize(("project", "organisation"), [
    ("Kelpvault, a Series of LF Projects, LLC", "Kelpvault, a Series of LF Projects, LLC"),
    ("Kelpvault a Series of LF Projects, LLC", "Kelpvault a Series of LF Projects, LLC"),
])
def test_a_series_project_named_with_a_comma_before_its_series_is_named_whole(project, organisation):
    facts = facts_of("This Charter sets forth the responsibilities for the Kelpvault open source project, which has "
                     f"been established as {project} (the \u201cProject\u201d).",
                     "The Project is open to all contributors.", title="Technical Charter")
    assert found(facts, "organisation") == organisation


@pytest.mark.parametrize(("opening", "organisation"), [
    ("The Harbour Web Archive (the \u201cArchive\u201d) is operated by the Harbour Library Board, a body corporate "
     f"of 9 Quay Street, Bristol BS1 4AB, United Kingdom {_WE}.", "Harbour Library Board"),
    (f"The Harbour Web Archive is kept for researchers, of 9 Quay Street, Bristol BS1 4AB, United Kingdom {_WE}.",
     None),
    (f"Harbour Library Ltd {_WE} keeps the archive.", "Harbour Library Ltd"),
])
def test_terms_whose_we_follows_an_address_are_not_the_countrys(opening, organisation):
    facts = facts_of(opening, "If you use the Archive you agree to be bound by these Terms and Conditions.",
                     title="Terms and Conditions")
    assert found(facts, "organisation") == organisation


@pytest.mark.parametrize(("head", "title"), [("Version 4.2, October 13,", None),
                                             ("Data Access Agreement Version 4.2, October 13,",
                                              "Data Access Agreement Version 4.2, October 13,")])
def test_a_running_head_giving_only_a_version_and_its_date_is_no_title(head, title):
    furniture = [replace(paragraph, place="page 1's header") for paragraph in paragraphs(head)]
    found_head = title_in_running_head(furniture)
    assert (found_head.plain if found_head else None) == title
