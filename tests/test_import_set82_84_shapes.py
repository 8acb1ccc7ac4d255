"""Shapes of held-out sets 82 to 84's documents (issue 18, stop 51), made here, each beside a look-alike: a project
held as a series of the Linux Foundation's company under a name it writes in lower case ("sigstore a Series of LF
Projects, LLC", whose first run wrote "Series of LF Projects, LLC"); a title ending in its version in brackets ("ZeD
Lab Expectations and Policies (v1.2)"); terms saying whom "we" means and whom they bind you to ("This is a contract
between you and The Obvious Corporation"); an icon's role before a Sphinx page's title (":fas:`user-check` New VSC
Account"); a footer giving the version after the title's full stop and before the page ("OSS Preliminary Assessment
Checklist. Version 2.0 page 1 of 4")."""

from __future__ import annotations

import pytest
from helpers import imported_and_checked
from test_import_facts import facts_of, found

from handbook.importing.version_history import footer_version


@pytest.mark.parametrize(("sentence", "organisation"), [
    ("This Charter sets forth the responsibilities and procedures for technical contribution to, and oversight of, the "
     "kelpmesh open source project, which has been established as kelpmesh a Series of LF Projects, LLC (the "
     "\u201cProject\u201d).", "kelpmesh a Series of LF Projects, LLC"),
    ("This Charter sets forth the responsibilities for the Kelpmesh open source project, which has been established as "
     "Kelpmesh a Series of LF Projects, LLC (the \u201cProject\u201d).", "Kelpmesh a Series of LF Projects, LLC"),
])
def test_a_project_written_in_lower_case_is_named_whole_before_its_series(sentence, organisation):
    facts = facts_of(sentence, "The Project is open to all contributors.", title="Technical Charter")
    assert found(facts, "organisation") == organisation


@pytest.mark.parametrize(("title", "version"), [
    ("Harbour Lab Expectations and Policies (v1.2)", "1.2"),
    ("Harbour Lab Expectations and Policies (Version 3)", "3"),
    ("Harbour Lab Expectations and Policies (2024)", "TBC"),
    ("Harbour Lab Expectations and Policies (v1.2", "TBC"),
])
def test_a_title_ending_in_its_version_in_brackets_gives_it(title, version):
    facts = facts_of("This document outlines expectations for all members of the lab.", title=title)
    assert (found(facts, "version") or "TBC") == version


@pytest.mark.parametrize(("line", "organisation"), [
    ("\u201cMedium\u201d, \u201cwe\u201d, or \u201cus\u201d, we mean The Obvious Corporation, a Delaware "
     "corporation, collectively with its agents;", "The Obvious Corporation"),
    ("This is a contract between you and Kestrel Notes Ltd, applicable when you use the Kestrel site.",
     "Kestrel Notes Ltd"),
    ("These Terms are a legally binding agreement between you and Kestrel Notes, Inc.", "Kestrel Notes, Inc."),
    ("Keep a copy of any contract between you and your landlord.", None),
])
def test_terms_say_whom_we_means_and_whom_they_bind_you_to(line, organisation):
    facts = facts_of(line, "Please read these terms carefully.", title="Terms of Service")
    assert found(facts, "organisation") == organisation


def test_an_icons_role_in_a_sphinx_title_is_no_word_of_it(tmp_path):
    source = tmp_path / "new-account.rst"
    source.write_text("###################################\n:fas:`user-check` New Cluster Account\n"
                      "###################################\n\nCluster accounts are the user accounts used across the "
                      "cluster. See :ref:`ssh keys <keys>` before you apply.\n", encoding="utf-8")
    _, front, body = imported_and_checked(source, "new-account", tmp_path / "out")
    assert "title: New Cluster Account" in front, front
    assert "user-check" not in front + body and "See ssh keys before you apply." in body, body


@pytest.mark.parametrize(("footer", "version"), [
    ("Open Source Assessment Checklist. Version 2.0 page 1 of 4", "2.0"),
    ("Open Source Assessment Checklist | Version 2.1", "2.1"),
    ("See the Open Source Assessment Checklist. Version 2.0 is attached", None),
    ("Data Protection Policy. Version 2.0 page 1 of 4", None),
])
def test_a_footer_naming_the_document_gives_its_version_before_the_page(footer, version):
    match = footer_version(footer, "Em002-2.1 Open Source Assessment Checklist")
    assert (match and match["v"]) == version


def _code_of_behaviour_pdf(path, foot: str, first: str = "Dos"):
    """Two pages as a charity cuts them from a longer guide (set 83): each opening on a large heading, the guide's
    name and the page's number at every foot."""
    from weasyprint import HTML

    points = "".join(f"<li>Do keep session {n} safe, and tell another organiser at once about any concern you have "
                     "about a child.</li>" for n in range(1, 12))
    HTML(string=f"<style>@page {{ @bottom-left {{ content: counter(page) '   {foot}'; font-size: 9pt }} }}"
                "h1 { font-size: 30pt } h1 + ul { page-break-after: always }</style>"
                f"<h1>{first}</h1><ul>{points}</ul><h1>Don\u2019ts</h1><ul>{points}</ul>").write_pdf(path)
    return path


def test_pages_opening_on_a_heading_naming_no_document_take_their_running_foot_as_title(tmp_path):
    source = _code_of_behaviour_pdf(tmp_path / "code.pdf", "Harbour Coding Club Guidelines for volunteers")
    _, front, body = imported_and_checked(source, "code", tmp_path / "out")
    assert "title: Harbour Coding Club Guidelines for volunteers\n" in front, front
    assert body.index("## Dos") < body.index("## Don\u2019ts"), body  # both sections' headings, words kept


@pytest.mark.parametrize(("foot", "first"), [("Harbour Coding Club", "Dos"),  # a letterhead: no title
                                             ("Harbour Coding Club Guidelines for volunteers", "Volunteer Code")])
def test_a_running_foot_naming_no_document_or_a_first_heading_naming_one_leaves_the_heading_the_title(
        tmp_path, foot, first):
    source = _code_of_behaviour_pdf(tmp_path / "code.pdf", foot, first)
    _, front, _ = imported_and_checked(source, "code", tmp_path / "out")
    assert f"title: {first}\n" in front, front
