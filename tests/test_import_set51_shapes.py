"""Shapes of held-out set 51's documents (issue 18, stop 48), made here: a government's licensing guide whose only
notice of its own is "Crown copyright \u00a9" and which shows agencies example notices of other holders ("Copyright
(c) 2015, Harbourside Freight Limited"), none of them its own, while its own notice's licence names whose work it
is ("attribute the work to the New Zealand Government"); a cover's first line naming a task force over the
document's title ("Westshire Flood Task Force" over "Model Volunteer Safety Principles"). Each with a look-alike."""

from __future__ import annotations

from test_import_facts import facts_of, found

_GUIDE = ["Crown copyright \u00a9. This copyright work is licensed under the Creative Commons Attribution 4.0 licence.",
          "When applying a licence, add the year and the copyright owner in the following format:",
          "Copyright (c) <year> <copyright holders>",
          "If the licensing agency is a company owned by the Crown, its statement would look like this:",
          "Copyright (c) 2015, Harbourside Freight Limited."]


def test_example_notices_in_a_crown_copyright_guide_name_no_organisation():
    assert found(facts_of(*_GUIDE, title="Open Source Licensing Guide"), "organisation") is None


def test_a_documents_own_notice_still_names_its_organisation():
    facts = facts_of("Staff may work from home two days a week.", "Copyright (c) 2015, Harbourside Freight Limited.",
                     title="Hybrid Working Policy")
    assert found(facts, "organisation") == "Harbourside Freight Limited"


def test_a_task_force_over_its_principles_is_the_organisation_not_the_title_run_on():
    facts = facts_of("The Westshire Flood Task Force asks every volunteer to work in pairs.",
                     "Volunteers report to the Westshire Flood Task Force duty officer.",
                     title="Westshire Flood Task Force Model Volunteer Agency Safety Principles")
    assert found(facts, "organisation") == "Westshire Flood Task Force"


def test_a_crown_copyright_notice_naming_whom_to_attribute_the_work_to_names_the_organisation():
    notice = (_GUIDE[0] + " In essence, you are free to copy and adapt the work, as long as you attribute the work to "
              "the Westshire Regional Government and abide by the other licence terms.")
    assert found(facts_of(notice, *_GUIDE[1:], title="Open Source Licensing Guide"),
                 "organisation") == "Westshire Regional Government"


def test_whom_to_attribute_a_work_to_outside_a_crown_copyright_notice_names_no_organisation():
    facts = facts_of("Staff who reuse a photograph must attribute the work to the Harbourside Photo Library.",
                     title="Social Media Policy")
    assert found(facts, "organisation") is None
