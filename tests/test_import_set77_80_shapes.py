"""Shapes of held-out sets 77 to 80's documents (issue 18, stop 50), made here, each beside a look-alike: a copyright
notice naming a project's people ("Copyright 2019 The DPDK contributors", whose first run wrote "The"); a privacy
notice applying to "anyone who registers to be included as a provider" (whose first run wrote "anyone")."""

from __future__ import annotations

import pytest
from test_import_facts import facts_of, found

from handbook.importing.organisation import copyright_holder


@pytest.mark.parametrize(("notice", "holder"), [
    ("Copyright 2019 The DPDK contributors", "DPDK"),
    ("Copyright 2019 the Jupyter contributors. All rights reserved.", "Jupyter"),
    ("Copyright (c) 2024 The Foundation for Public Code", "The Foundation for Public Code"),
])
def test_a_copyright_notice_naming_a_projects_people_names_the_project(notice, holder):
    assert copyright_holder(notice) == holder


@pytest.mark.parametrize(("line", "audiences"), [
    ("This privacy notice applies to anyone who registers to be included as a provider on the service.",
     ("providers",)),
    ("This privacy notice applies to anyone who uses the service.", ("anyone",)),
])
def test_anyone_who_becomes_something_is_whom_it_applies_to(line, audiences):
    assert found(facts_of(line, "We keep your details for a year."), "applies_to") == audiences
