"""Shapes of held-out sets 110 to 113's first runs (issue 18, stop 53), made here, each beside a look-alike:
Euphrosyne's terms of use, whose file-name title names the platform ("the Euphrosyne platform" throughout), not
whose the terms are."""

from __future__ import annotations

import pytest
from test_import_facts import found, paragraphs

from handbook.importing.facts import find_facts


@pytest.mark.parametrize(("product", "organisation"), [("the Larkspur platform", None),
                                                       ("the Larkspur portal", None),
                                                       ("Larkspur's own team", "Larkspur")])
def test_a_platforms_name_heading_the_title_is_not_the_organisation(product, organisation):
    lines = ["Larkspur publishes the datasets its users deposit.", "Larkspur keeps each dataset for ten years.",
             f"Questions about {product} go to the support desk."]
    facts = find_facts(paragraphs(*lines), None, properties={"title": "Larkspur General Terms of Use"})
    assert found(facts, "organisation") == organisation
