"""Whose policy it is where the text names the organisation in running text, as privacy notices and
websites' policies do (issue 18, set 12's misses generalised): the service the document is about and
who runs it ("... is a service provided by ...", "... is run by ...", "an online service managed by
..."), a privacy notice's controller sentence and its opening ("This policy describes how ... stores
..."), "We are the ...", and a web page's Dublin Core publisher. Each with look-alikes naming a
supplier, a regulator or another organisation, which must leave the organisation TBC."""

from __future__ import annotations

import pytest
from test_import_facts import facts_of, found

from handbook.importing.html_reader import read_html


@pytest.mark.parametrize(("lines", "organisation"), [
    (["Your privacy matters to us.",
      "Parkrun Finder is a service provided by Greenway Running Trust, a registered charity in Scotland."],
     "Greenway Running Trust"),
    (["Our privacy notice explains what we collect and why.",
      "The Book a Blood Test service (BABT) is run by Northfield Health Partnership for patients of its surgeries."],
     "Northfield Health Partnership"),
    (["Thank you for visiting walkingroutes.gov.uk, an online service managed by the Countryside Access Agency, "
      "based in Bristol."], "Countryside Access Agency"),
    (["This privacy notice explains how Hollybank Community Choir (HCC) collects and uses members' details."],
     "Hollybank Community Choir"),
    (["We are the Meadowbank Foodbank, a charity serving families in the north of the town."],
     "Meadowbank Foodbank"),
])
def test_the_organisation_running_the_service_or_describing_its_data_practice(lines, organisation):
    assert found(facts_of(*lines), "organisation") == organisation


def test_a_privacy_notices_controller_sentence_names_the_organisation():
    facts = facts_of("This notice is for parents who book a place at our holiday clubs.",
                     "We keep your details for two years.", "We never sell them.", "Your rights are listed below.",
                     "You may ask for a copy at any time.", "You may ask us to correct them.",
                     "Riverbend Leisure Trust is the sole controller for the details of parents who book a place.")
    assert found(facts, "organisation") == "Riverbend Leisure Trust"


@pytest.mark.parametrize("lines", [
    ["Our payroll service is provided by Ashdown Payroll Services Ltd, who process staff pay."],  # a supplier
    ["The booking website is operated by Ticketline Group Ltd on our behalf."],  # a supplier, for us
    ["The school's website is hosted by Cloudmoor Hosting Ltd in the United Kingdom."],  # hosting, not running
    ["The nursery is regulated by the Office for Standards in Education."],  # a regulator
    ["Donations data is shared with Google Analytics Company for reporting."],  # data shared with another
    ["Google Analytics Company is an independent controller of the data its cookies collect."],  # not the controller
    ["This section explains how Stripe Payments Company processes card payments."],  # a section, a supplier
    ["We are the data controller for the information you give us."],  # no name
    ["This is a service provided by volunteers, run by the parents of the club's players."],  # nobody named
])
def test_a_supplier_regulator_or_other_organisation_is_not_the_organisation(lines):
    assert "organisation" not in facts_of(*lines).found


def _page(tmp_path, head: str):
    page = tmp_path / "privacy.html"
    page.write_text(f"<html><head><title>Privacy policy</title>{head}</head><body><main><h1>Privacy policy</h1>"
                    "<p>This policy explains what we collect when you use this website.</p></main></body></html>")
    return read_html(page).properties


def test_a_web_pages_dublin_core_publisher_is_its_organisation(tmp_path):
    properties = _page(tmp_path, '<meta name="DCTERMS.publisher" content="Department of  Rural Affairs">'
                                 '<meta name="DCTERMS.creator" content="Web Team">')
    assert properties.get("organisation") == "Department of Rural Affairs"


def test_a_web_pages_site_name_or_creator_is_not_its_organisation(tmp_path):
    properties = _page(tmp_path, '<meta property="og:site_name" content="Walk the Dales">'
                                 '<meta name="DCTERMS.creator" content="Pixel Studio Ltd">')
    assert "organisation" not in properties
