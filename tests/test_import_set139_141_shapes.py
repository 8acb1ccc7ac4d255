"""Shapes of held-out sets 139 to 141's first runs (issue 18), made here, each beside a look-alike: a company's policy
closing on its roles, the owner in the paragraph's second sentence ("... handling potential security incidents. The
Security team is responsible for reviewing and updating this policy on an annual basis."); and a web page whose "#"
heading names the orchestra and whose "##" heading names the document, the orchestra's name made of words the text
also writes in lower case ("a virtual online orchestra") and known by its initials ("VVGO is a not-for-profit
group")."""

from __future__ import annotations

import pytest
from test_import_facts import facts_of, found, organisation_of_page

from handbook.importing import drafted


@pytest.mark.parametrize(("roles", "owner"), [
    ("Tailscale's Security Review team is responsible for handling potential security incidents. The Security team "
     "is responsible for reviewing and updating this policy on an annual basis.", "Security team"),
    # responsible for something else than this policy
    ("The Security team is responsible for handling potential security incidents and reviewing access each quarter.",
     None),
])
def test_the_team_responsible_for_reviewing_the_policy_is_its_owner(roles, owner):
    assert found(facts_of("Roles and responsibilities", roles, title="Incident response policy"), "owner") == owner


@pytest.mark.parametrize(("first", "second", "title"), [
    ("Kestrel Youth Orchestra", "Rules and Privacy Policies", "Rules and Privacy Policies"),
    ("Rules and Privacy Policies", "Our rules", "Rules and Privacy Policies"),  # the title over a section
])
def test_an_organisation_s_heading_over_its_document_s_a_level_down_is_not_the_title(tmp_path, first, second, title):
    (tmp_path / "rules.md").write_text(
        f"# {first}\n## {second}\n\nOur Purpose: we strive to make a safe community of musicians who play together "
        "online, and we expect everyone to follow the rules below.\n\n### Rules\n\n1. Be kind to other members.\n",
        encoding="utf-8")

    assert drafted(tmp_path / "rules.md").facts.value("title") == title


@pytest.mark.parametrize(("goes_by", "organisation"), [
    ("KVGO is a not-for-profit performance group. All past members of KVGO are told of any change.",
     "Kestrel Video Game Orchestra"),
    # never by its initials: "video game orchestra" is what the text speaks of, not whose the rules are
    ("We are a not-for-profit performance group. All past members are told of any change.", None),
])
def test_an_organisation_s_heading_is_its_name_where_the_text_writes_its_initials(tmp_path, goes_by, organisation):
    page = ("# Kestrel Video Game Orchestra\n## Rules and Privacy Policies\n\nOur Purpose: we strive to make a safe "
            "community of musicians to create a kestrel video game orchestra online, and we expect everyone to follow "
            f"the rules below.\n\n### Rules\n\n1. Be kind to other members.\n2. {goes_by}\n")

    assert organisation_of_page(tmp_path, page) == (organisation or "TBC")
