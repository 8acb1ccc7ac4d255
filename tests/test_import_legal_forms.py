"""An organisation named by its legal form outside the UK and US (issue 18): "This Policy applies to all employees of
Tuist GmbH" names whose policy it is as "all employees of Greenfields Academy" does; a name without an organisation's
word or a legal form ("all employees of Green Fields") stays TBC, as the people of a place may be meant."""

from __future__ import annotations

import pytest
from helpers import imported_and_checked


@pytest.mark.parametrize("name", ["Brightwave GmbH", "Radwege e.V.", "Noordzee Data B.V."])
def test_the_employer_named_with_its_legal_form_is_the_organisation(tmp_path, name):
    (tmp_path / "ops.md").write_text(
        "# Operations Security Policy\n\n## Scope\n\nThis Policy applies to all employees of "
        f"{name} and other third-party entities with access to its systems.\n\n## Backups\n\nBackups are tested "
        "every quarter.\n")

    _, front, _ = imported_and_checked(tmp_path / "ops.md", "ops", tmp_path)

    assert f"\norganisation: {name}\n" in front, front


def test_people_of_a_name_without_a_legal_form_leave_the_organisation_tbc(tmp_path):
    (tmp_path / "ops.md").write_text(
        "# Operations Security Policy\n\n## Scope\n\nThis Policy applies to all employees of Green Fields and other "
        "third-party entities with access to its systems.\n")

    _, front, _ = imported_and_checked(tmp_path / "ops.md", "ops", tmp_path)

    assert "\norganisation: TBC\n" in front, front
