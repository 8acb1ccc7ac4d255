"""Shapes of held-out sets 106 to 109's first runs (issue 18, stop 52), made here, each beside a look-alike:
California's heading "California Department of Technology Letters" (its letters, which the first run wrote into the
name); Open Component Model's 'Open Component Model ("OCM" or "the Project")' and "the Open Component Model (OCM)
project"; Servo's cover of three lines, "Technical Charter (the "Charter")" / "for" / "Servo Project a Series of LF
Projects, LLC" (its title was cut to "...: for"); Baloise's table caption "Table 1. Stakeholder" (left out); and an
app's name heading a page's front-matter title, "COVID Alert Privacy Notice", which the Jekyll front matter now read
made an organisation in the regression run of every set."""

from __future__ import annotations

import pytest
from helpers import imported_and_checked
from test_import_facts import facts_of, found, paragraphs

from handbook.importing.document import Paragraph
from handbook.importing.facts import find_facts
from handbook.importing.titles import cover_title


@pytest.mark.parametrize(("heading", "organisation"), [
    ("California Department of Technology Letters", "California Department of Technology"),
    ("California Department of Technology", "California Department of Technology"),
])
def test_a_bodys_documents_after_its_name_are_not_its_name(heading, organisation):
    facts = facts_of("California Open Source Policy documents are outlined below.", heading, "TL 18-02",
                     "SUBJECT: OPEN SOURCE AND CODE REUSE", title="Policy")
    assert found(facts, "organisation") == organisation


@pytest.mark.parametrize(("line", "organisation"), [
    ('This Charter is for Kestrel Component Model ("KCM" or "the Project").', "Kestrel Component Model"),
    ('This Charter is for Kestrel Component Model ("KCM" or "the Charter").', None),
    ("This handbook guides the Special Interest Groups in the Kestrel Component Model (KCM) project.",
     "Kestrel Component Model"),
    ("This handbook guides the Special Interest Groups using the Kestrel Component Model (KCM) format.", None),
])
def test_a_project_defined_by_initials_or_as_the_project(line, organisation):
    facts = facts_of(line, "KCM SIGs meet monthly. Every KCM SIG has a chair.", title="Handbook")
    assert found(facts, "organisation") == organisation


@pytest.mark.parametrize(("middle", "title"), [
    ("for", "Technical Charter for Kestrel Project a Series of LF Projects, LLC"),
    ("Scope", "Technical Charter"),
])
def test_a_cover_of_three_lines_joined_by_for_is_one_title(middle, title):
    cover = [Paragraph(1, "Technical Charter", "Technical Charter", heading=0, size=12.0),
             Paragraph(2, middle, middle, heading=1, size=12.0),
             Paragraph(3, "Kestrel Project a Series of LF Projects, LLC",
                       "Kestrel Project a Series of LF Projects, LLC", heading=1, size=12.0),
             Paragraph(4, "This Charter sets out how the Kestrel Project works.",
                       "This Charter sets out how the Kestrel Project works.", size=10.0)]
    titled = cover_title(cover)[0]
    assert (titled.plain, titled.heading) == (title, 0)


def test_a_tables_caption_is_kept_over_it(tmp_path):
    (tmp_path / "guide.html").write_text(
        "<html><head><title>Open Source Guidelines</title></head><body><h1>Open Source Guidelines</h1>"
        "<table><caption>Table 1. Stakeholder</caption><tr><th>Role</th><th>Expectation</th></tr>"
        "<tr><td>Developer</td><td>Learns the guidelines</td></tr></table><p>Staff follow these guidelines.</p>"
        "</body></html>")
    _, _, body = imported_and_checked(tmp_path / "guide.html", "guide", tmp_path)
    assert body.index("Table 1. Stakeholder") < body.index("| Role | Expectation |"), body


@pytest.mark.parametrize(("app", "organisation"), [("the Kestrel Alert app", None),
                                                   ("Kestrel Alert's own service", "Kestrel Alert")])
def test_an_apps_name_heading_the_title_is_not_the_organisation(app, organisation):
    lines = ["Kestrel Alert does not collect your name.", "Kestrel Alert does not know where you are.",
             f"You can delete {app} at any time."]
    blocks = paragraphs(*lines)
    facts = find_facts(blocks, None, properties={"title": "Kestrel Alert Privacy Notice"})
    assert found(facts, "organisation") == organisation


def test_a_title_set_with_spaces_between_its_words_is_written_with_one(tmp_path):
    # Servo's cover "Technical\u200b \u200bCharter": its zero-width spaces read as spaces, three in a row
    (tmp_path / "charter.md").write_text("# Technical   Charter\n\nAll contributors must comply with this Charter.\n")
    _, front, _ = imported_and_checked(tmp_path / "charter.md", "charter", tmp_path)
    assert "title: Technical Charter\n" in front, front
