"""Shapes of held-out sets 55, 56 and 58's documents (issue 18, stop 48), made here: a federal agency naming itself with
its abbreviation in quotes ('The U.S. Food and Drug Administration ("FDA") offers ...'); a community defining "we"
without quotes ("RSE-AUNZ (we, us, our)"); a site's note box opening the page ('!!! info "Purpose of This Document"
over "This document outlines mandatory account usage policies for all users of the REPACSS system at Texas Tech
University.", indented); a company's "Ltd." inside the sentence saying whom the policy applies to. Each with a
look-alike."""

from __future__ import annotations

import pytest
from helpers import imported_and_checked
from test_import_facts import facts_of, found


@pytest.mark.parametrize(("lines", "organisation"), [
    (['The U.S. Bureau of Land Records Administration ("BLRA") offers some of its public data through its API.',
      "BLRA reserves the right to change these terms.", "BLRA may suspend access."],
     "Bureau of Land Records Administration"),
    (["This Privacy Policy explains how RSE-NORD (we, us, our) collects and uses personal information.",
      "We are a community group operating across the Nordic countries."], "RSE-NORD"),
    (['Our partner, the Open Data Exchange ("ODX"), hosts the files.'], None),  # no organisation's word, used once
    (["Members (we hope all of them) read this page."], None),
])
def test_an_organisation_with_its_abbreviation_quoted_or_we_defined_without_quotes(lines, organisation):
    assert found(facts_of(*lines, title="Terms of Service"), "organisation") == organisation


_NOTE_BOX = ('# Account Usage Policies\n\n!!! info "Purpose of This Document"\n'
             "    This document outlines mandatory account usage policies for all users of the KESTREL system at "
             "Westshire State University. Adherence to these policies keeps the system secure.\n\n"
             "## Accounts\n\nEach user is issued a unique username. Westshire State University staff vet accounts.\n")


def test_a_note_box_opening_the_page_says_whom_the_rules_are_for_and_where(tmp_path):
    (tmp_path / "accounts.md").write_text(_NOTE_BOX)
    _, front, _ = imported_and_checked(tmp_path / "accounts.md", "accounts", tmp_path)
    assert "\napplies_to: [users]\n" in front and "\norganisation: Westshire State University\n" in front, front


def test_a_note_box_of_other_rules_says_whom_no_document_is_for(tmp_path):
    (tmp_path / "cluster.md").write_text('# Account Usage Policies\n\n!!! warning "Before you start"\n'
                                         "    Check the rules for all users of the cluster on the wiki.\n")
    _, front, _ = imported_and_checked(tmp_path / "cluster.md", "cluster", tmp_path)
    assert "\napplies_to: [TBC]\n" in front, front


@pytest.mark.parametrize("line", [
    "This policy describes the support available for all staff who are carers.",  # support, not its rules
    "Check the rules for all users of the cluster on the wiki.",  # no document's
])
def test_look_alikes_of_rules_for_whom(line):
    assert found(facts_of(line, title="Account Usage Policies"), "applies_to") is None


@pytest.mark.parametrize(("line", "who"), [
    # set 58's Neontribe: a company's "Ltd." inside the sentence, then whom "anyone" includes
    ("It applies to anyone working on behalf of Brookside Ltd., including directors, paid staff, volunteers and "
     "students.", ("staff", "volunteers", "students", "directors")),
    ("This policy applies to all staff of Brookside Ltd. Visitors sign in at reception.", ("staff",)),
])
def test_a_companys_ltd_inside_the_sentence_of_whom_it_applies_to(line, who):
    facts = facts_of("This policy statement sets out how we keep children safe.", line, title="Safeguarding Policy")
    assert found(facts, "applies_to") == who
