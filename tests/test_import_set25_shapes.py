"""Shapes met in held-out set 25's first run (Joyent's engineering RFDs, kept as Markdown with their licence header
in HTML comments): the copyright comment says whose the policy is, as the same notice does in an AsciiDoc or
reStructuredText comment."""

from __future__ import annotations

import pytest
from helpers import imported_and_checked

from handbook.importing.organisation import copyright_holder

_RFD = [
    "---", "authors: Dana Whitfield <dana@harbourcloud.example>", "state: published", "---", "",
    "<!--", "    This Source Code Form is subject to the terms of the Mozilla Public",
    "    License, v. 2.0.", "-->", "",
    "<!--", "    Copyright (c) 2021, Harbour Cloud, Inc.", "-->", "",
    "# RFD 12 Data Retention Policy", "",
    "We keep customer data only as long as we need it to run the service.", "",
    "## Logs", "", "Request logs are deleted after 30 days.", "",
]


def test_a_copyright_notice_in_an_html_comment_names_the_organisation(tmp_path):
    source = tmp_path / "rfd-12.md"
    source.write_text("\n".join(_RFD), encoding="utf-8")

    result, front, body = imported_and_checked(source, "data-retention", tmp_path)

    assert "organisation: Harbour Cloud, Inc." in front
    assert any("organisation Harbour Cloud, Inc. from the document's properties (its copyright notice): 'Copyright "
               "(c) 2021, Harbour Cloud, Inc.'" in note for note in result.notes)
    assert "Copyright" not in body and "Mozilla" not in body  # a comment is not shown, so not the policy's words


def test_an_editors_note_in_a_comment_names_no_organisation(tmp_path):
    source = tmp_path / "rfd-12.md"
    lines = [line.replace("Copyright (c) 2021, Harbour Cloud, Inc.", "Copyright check pending for the diagram, ask Sam")
             for line in _RFD]
    source.write_text("\n".join(lines), encoding="utf-8")

    _, front, _ = imported_and_checked(source, "data-retention", tmp_path)

    assert "organisation: TBC" in front


@pytest.mark.parametrize(("notice", "holder"), [
    ("Copyright (c) 2019, Harbour Cloud, Inc.", "Harbour Cloud, Inc."),
    ("Copyright \u00a9 2020 Leaf Ltd", "Leaf Ltd"),
    ("Copyright 2019 Harbour Cloud, Inc.", "Harbour Cloud, Inc."),
    ("(c) Crown copyright Met Office", "Met Office"),
])
def test_a_notice_written_copyright_then_its_sign_gives_its_holder(notice, holder):
    assert copyright_holder(notice) == holder
