"""Shapes of held-out sets 146 and 147's first runs (issue 18), made here, each beside a look-alike: a hackathon's
code of conduct whose name opens with a common word ("Code Blue Code of Conduct", "notify the Code Blue
[organizers](mailto:...)"); a project's privacy page whose front matter titles it "Privacy Notice" over its own
heading "# Foreman Privacy Policy"; a charter kept by the body it sets up ("The TOF updates and maintains this
document")."""

from __future__ import annotations

import pytest
from test_import_facts import facts_of, found, organisation_of_page


@pytest.mark.parametrize(("name", "organisation"), [
    ("Open Orbit", "Open Orbit"),
    # both words common ones the text writes in lower case: no name
    ("Open Community", None),
])
def test_a_name_opening_with_a_common_word_heads_its_code_of_conduct(tmp_path, name, organisation):
    page = (f"# {name} Code of Conduct\n\nWe invite all those who participate in {name} hackathon to read these "
            "guidelines and help us create an open and welcoming community for everyone.\n\n"
            f"* Alert the {name} [organizers](mailto:team@example.org) if you notice a dangerous situation.\n"
            "* Be kind to others in our community.\n\n"
            f"If you witness unacceptable behavior, please notify the {name} [organizers](mailto:team@example.org) as "
            f"soon as possible.\n\nAdditionally, {name} organizers are available to help community members.\n")

    assert organisation_of_page(tmp_path, page) == (organisation or "TBC")


@pytest.mark.parametrize(("heading", "organisation"), [
    ("Wrenfield Privacy Policy", ("Wrenfield", "Wrenfield Project")),
    # a heading naming no one: the name the text uses most is offered in the report, not written
    ("Privacy Policy", ("TBC",)),
])
def test_a_page_s_own_heading_under_another_title_can_name_the_organisation(tmp_path, heading, organisation):
    page = (f"---\nlayout: privacy\ntitle: Privacy Notice\n---\n\n# {heading}\n\nThis document describes the data "
            "Wrenfield collects about you and why it is collected.\n\nThe Wrenfield project does not share data with "
            "third parties, except for hosting.\n\n# Types of data we collect\n\nThe Wrenfield website is a static "
            "site which does not track visitors.\n\nThe Wrenfield community uses a forum, and the Wrenfield community "
            "runs a survey each year.\n\nContact the Wrenfield project at privacy@example.org about your data.\n")

    assert organisation_of_page(tmp_path, page) in organisation


@pytest.mark.parametrize(("line", "owner"), [
    ("The TOF updates and maintains this document, using the process documented below.", "TOF"),
    # what it keeps is something else
    ("The TOF updates and maintains the list of accepted features, using the process documented below.", None),
])
def test_the_body_that_updates_and_maintains_the_document_owns_it(line, owner):
    facts = facts_of("The TOF handles the processes around accepting new features into the project.", line,
                     title="Technical Oversight Forum")

    assert found(facts, "owner") == owner
