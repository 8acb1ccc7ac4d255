"""Shapes met in held-out set 27's first run: Gentoo's GLEPs, reStructuredText whose PEP-style header ("GLEP: 76",
"Title: Copyright Policy", "Version: 2") stands between two "---" lines."""

from __future__ import annotations

import pytest
from helpers import imported_and_checked
from test_import_facts import facts_of, found

_GLEP = """---
GLEP: 76
Title: Copyright Policy
Author: Richard Roe <rroe@example.org>,
        Jane Doe <jdoe@example.org>
Type: Informational
Status: Active
Version: 2
Created: 2013-04-23
Content-Type: text/x-rst
---


Status
======

Accepted by the Council on 2018-09-09.

Abstract
========

This GLEP introduces a copyright and licensing policy for the project's contributions.
"""
# What makes the text reStructuredText to the importer (GLEP 76 links the certificate it asks for so)
_CERTIFICATE = ("\nEach contribution carries the `Developer Certificate of Origin`_.\n\n"
                ".. _Developer Certificate of Origin: https://developercertificate.org/\n")


@pytest.mark.parametrize(("markup", "suffix", "note"), [
    (_CERTIFICATE, ".rst", "lines 1 and 11: the rules around the header were left out"),
    ("", ".rst", "lines 1 and 11: the rules around the header were left out"),  # named so: reStructuredText
    (_CERTIFICATE, ".txt", "lines 1 and 11: the rules around the header were left out"),
    ("", ".txt", "lines 1-11: the website's settings (front matter) were left out"),  # read as Markdown's front matter
])
def test_a_header_between_rules_gives_the_title_and_version(tmp_path, markup, suffix, note):
    source = tmp_path / f"glep-0076{suffix}"
    source.write_text(_GLEP + markup, encoding="utf-8")

    result, front, body = imported_and_checked(source, "copyright", tmp_path)

    assert "title: Copyright Policy" in front and 'version: "2"' in front
    assert "## Status\n" in body and "\n## Abstract\n" in body
    assert note in result.notes


def test_a_document_opening_with_a_rule_over_prose_keeps_its_text(tmp_path):
    source = tmp_path / "notes.rst"
    source.write_text("Lab Rules\n=========\n\n---\n\nBe kind to each other.\n\n---\n\nClean the bench after use.\n",
                      encoding="utf-8")

    result, front, body = imported_and_checked(source, "lab-rules", tmp_path)

    assert "title: Lab Rules" in front
    assert "Be kind to each other." in body and "Clean the bench after use." in body
    assert not any("rules around the header" in note for note in result.notes)


@pytest.mark.parametrize(("line", "approver", "day"), [
    # GLEP 76's "Status" section
    ("Accepted by the Gentoo Council on 2018-09-09 and approved by the Gentoo Board of Trustees on 2018-09-15.  "
     "Reapproved with clarified real name requirement on 2018-10-19.", "Gentoo Board of Trustees", "2018-09-15"),
    ("Reviewed by SLT on 2 May 2024 and approved by the governors on 9 May 2024.", "governors", "2024-05-09"),
    ("Accepted by the Council on 2018-09-09.", None, None),  # accepted, not approved
])
def test_an_approval_after_another_bodys_step_is_read(line, approver, day):
    facts = facts_of("Status", line, title="Copyright Policy")

    assert (found(facts, "approved_by"), found(facts, "approved_on")) == (approver, day)
