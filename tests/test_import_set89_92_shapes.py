"""Shapes of held-out sets 89 to 92's documents (issue 18, stop 51), made here, each beside a look-alike: a step whose
own list holds numbered items and then bullets, written with its numbers typed (the HRA's contributing guide, whose
first import `check --strict` refused: "this list starts straight after a line of text"); a project a series company
holds, named with its initials in brackets ("Repository Service for TUF (RSTUF) a Series of LF Projects, LLC", whose
first run wrote "Series of LF Projects, LLC"); a policy applying to companies by name ("This policy applies to Deeson
Group Ltd and Deeson Publishing Ltd.")."""

from __future__ import annotations

import pytest
from helpers import imported_and_checked
from test_import_facts import facts_of, found

_STEPS = """\
# Contributing guidelines

If you spot a problem, search the backlog first, then follow these steps.

2. Click on the new issue and add more details under its description.
3. Select the area and iteration relevant to the repository:
   1. For this repository, the area should be `Application Service`.
   2. The iteration should always be set to `Backlog`.

    - Area, as the picture shows
    - Iteration, as the picture shows

4. The issue will be picked up in planning.
"""


def test_a_steps_own_numbered_items_then_bullets_import_as_markdown_keeps_them(tmp_path):
    source = tmp_path / "contributing.md"
    source.write_text(_STEPS, encoding="utf-8")
    _, _, body = imported_and_checked(source, "contributing", tmp_path / "out")  # (check --strict passes)
    lines = body.splitlines()
    bullet = lines.index("- Area, as the picture shows")
    assert lines[bullet - 1] == "" and "The iteration should always be set to `Backlog`." in lines[bullet - 2], body


@pytest.mark.parametrize(("project", "organisation"), [
    ("Harbour Service for TUF (HSTUF) a Series of LF Projects, LLC", "Harbour Service for TUF (HSTUF) a Series of LF "
                                                                    "Projects, LLC"),
    ("Harbour Service for TUF a Series of LF Projects, LLC", "Harbour Service for TUF a Series of LF Projects, LLC"),
])
def test_a_series_project_named_with_its_initials_is_named_whole(project, organisation):
    facts = facts_of(f"This Charter sets forth the responsibilities for the open source project, which has been "
                     f"established as {project} (the \u201cProject\u201d).",
                     "The Project is open to all contributors.", title="Technical Charter")
    assert found(facts, "organisation") == organisation


@pytest.mark.parametrize(("line", "organisation"), [
    ("This policy applies to Harbour Group Ltd and Harbour Publishing Ltd.", "Harbour Group Ltd and Harbour Publishing "
                                                                           "Ltd."),
    ("This policy applies to Kestrel Analytics, Inc. and its subsidiaries.", "Kestrel Analytics, Inc."),
    ("This policy applies to the Finance Team and the Events Team.", None),
])
def test_a_policy_applying_to_companies_by_name_is_theirs(line, organisation):
    facts = facts_of(line, "We conform with environmental regulations and review this policy every year.",
                     title="Environmental Policy")
    assert found(facts, "organisation") == organisation
