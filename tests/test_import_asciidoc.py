"""AsciiDoc policies (issue 18, set 19: the Eclipse Foundation keeps its development process as AsciiDoc) are read
with Asciidoctor as structure: the document title, sections as headings with their own anchors, links within the
document kept, lists and tables; a ``////`` comment, ``toc::[]`` and attribute entries are not words of the policy.
Asciidoctor runs in its secure mode: ``include::`` never reads a file, and is reported with its line. A file is
AsciiDoc by what only AsciiDoc writes, whatever its name; a plain text that merely uses ``=`` signs stays text."""

from __future__ import annotations

import shutil

import pytest
from helpers import imported_and_checked

from handbook.importing import PolicyImportError, import_policy
from handbook.importing.sniffing import Kind, kind_of

# As a foundation keeps a process in its repository (source/volunteer_code.adoc, published as .txt)
_PROCESS = """\
////
 * Copyright (C) Harbourside Community Trust and others.
 *
 * SPDX-License-Identifier: CC-BY-4.0
////
[[vcc]]
= Volunteer Code of Conduct
:toc: macro
:handbookUrl: https://example.org/handbook

Version 2.1. Effective 1 April 2024

toc::[]

[#1_Purpose]
== 1. Purpose

This code sets out what the Harbourside Community Trust expects of every volunteer. It sits beside the
{handbookUrl}[Volunteer Handbook] and the {safeguardingUrl}[Safeguarding Policy].

[#2_Conduct]
== 2. Conduct

[#2_1_Behaviour]
=== 2.1 Behaviour

* *Respect* - treat members of the public, staff and other volunteers with courtesy.
* *Reliability* - tell your coordinator as early as you can if you cannot attend a shift.

See link:#3_Concerns[Raising Concerns] for what to do if something goes wrong.

[#3_Concerns]
== 3. Raising Concerns

____
Any volunteer may raise a concern with the Volunteer Coordinator in confidence.
____

[cols="1,2"]
|===
|Role |Contact

|Volunteer Coordinator
|volunteers@harbourside.example.org
|===
"""


def test_asciidoc_is_read_as_structure_not_markup(tmp_path):
    (tmp_path / "volunteer-code.txt").write_text(_PROCESS)
    assert kind_of(tmp_path / "volunteer-code.txt") is Kind.ASCIIDOC

    result, front, body = imported_and_checked(tmp_path / "volunteer-code.txt", "volunteer-code", tmp_path)

    assert "title: Volunteer Code of Conduct" in front, front
    assert "\n## 1. Purpose\n" in body and "\n### 2.1 Behaviour\n" in body and "\n## 3. Raising Concerns\n" in body
    for markup in ("////", "[[vcc]]", "[#", "toc::", ":toc:", "|===", "link:", "____", "SPDX", "= Volunteer"):
        assert markup not in body, (markup, body)
    assert "- **Respect** - treat members of the public" in body, body
    assert "[Raising Concerns](#clause-3)" in body, body  # the document's own link leads to its section
    assert "Volunteer Coordinator" in body and "volunteers@harbourside.example.org" in body, body
    assert "[Volunteer Handbook](<https://example.org/handbook>)" in body, body  # an attribute the file sets
    notes = "\n".join(result.notes)
    assert "line 13: the table of contents ('toc::[]') was left out" in notes, notes
    assert notes.count("table of contents") == 1, notes  # ":toc: macro" makes no contents list to leave out
    # an attribute set where the document is built, not in it: its words kept as written, and said where
    assert "line 19: the attribute '{safeguardingUrl}' is used but never set" in notes, notes
    assert "\\{safeguardingUrl\\}\\[Safeguarding Policy\\]" in body, body


def test_asciidoctor_never_reads_another_file(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("kestrel-7731 is the treasurer's bank password\n")
    (tmp_path / "privacy.adoc").write_text(f"""\
= Privacy Notice

== Who we are

The Harbourside Community Trust keeps the names and addresses of its volunteers.

include::{secret}[]

include::/etc/passwd[]

[source]
----
include::{secret}[]
----

== Your rights

You may ask for a copy of what we hold about you.
""")

    result, _, body = imported_and_checked(tmp_path / "privacy.adoc", "privacy", tmp_path)

    assert "kestrel" not in body and "root:" not in body, body
    assert "include::" not in body and "secret.txt" not in body and "passwd" not in body, body
    assert "You may ask for a copy" in body, body
    notes = "\n".join(result.notes)
    assert f"line 7: 'include::{secret}[]' brings in another file, which import never reads" in notes, notes
    assert "line 9: 'include::/etc/passwd[]' brings in another file" in notes, notes


def test_a_copyright_line_in_the_opening_comment_says_whose_the_policy_is(tmp_path):
    (tmp_path / "expenses.adoc").write_text("""\
// Copyright 2023 Northfield Scout Group
// SPDX-License-Identifier: CC-BY-4.0
= Expenses Policy

== Claims

Volunteers claim travel and printing costs with the receipt, within three months.
""")

    _, front, body = imported_and_checked(tmp_path / "expenses.adoc", "expenses", tmp_path)

    assert "organisation: Northfield Scout Group" in front, front
    assert "Copyright" not in body and "SPDX" not in body, body


def test_without_asciidoctor_the_import_says_how_to_install_it_and_writes_nothing(tmp_path, monkeypatch):
    (tmp_path / "leave.adoc").write_text("= Annual Leave Policy\n\n== Booking\n\nStaff book leave with a manager.\n")
    monkeypatch.setattr(shutil, "which", lambda name: None)

    with pytest.raises(PolicyImportError, match="apt-get install asciidoctor"):
        import_policy(tmp_path / "leave.adoc", "leave", tmp_path / "src")
    assert not (tmp_path / "src").exists()


def test_an_adoc_file_is_asciidoc_by_its_name(tmp_path):
    (tmp_path / "leave.adoc").write_text("= Annual Leave Policy\n\nStaff take leave as agreed with their manager.\n")
    assert kind_of(tmp_path / "leave.adoc") is Kind.ASCIIDOC


def test_plain_text_with_equals_signs_is_not_asciidoc(tmp_path):
    # A letter template kept as text: a title ruled with = signs, mail-merge fields, a wiki's "== Notes ==" heading
    (tmp_path / "probation-letter.txt").write_text("""\
PROBATION REVIEW LETTER
=======================

Dear <<Employee_Name>>,

Your probation review with <<Manager_Name>> is due on <<Review_Date>>. Please bring your objectives.

== Notes ==

HR keeps a copy of this letter on the staff file.
""")
    assert kind_of(tmp_path / "probation-letter.txt") is Kind.TEXT
