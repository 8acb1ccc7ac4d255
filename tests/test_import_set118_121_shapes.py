"""Shapes of held-out sets 118 to 121's first runs (issue 18, stop 54), made here, each beside a look-alike: a village
hall's hiring papers, printed as PDFs whose only title is the running header on every page ("HOLT VILLAGE HALL-
Appendix 2 Checklist when hiring the hall", refused as stating no title; "HOLT VILLAGE HALL- Regulations for Hiring the
Hall", the hall never taken as the organisation); a community group's policies opening "Totally Leighton Buzzard and the
Repair Café Leighton Buzzard is committed to ..."; a charity's version lines ("Version v1.2a" on a cover, "Version 1.1
17 May 2019" at a code's foot); and a company's security policy that "applies to our company CISOfy"."""

from __future__ import annotations

import pytest
from test_import_facts import facts_of, found

from handbook.importing import import_policy
from handbook.source.handbook_folder import load_handbook

RULE = ("Hirers must leave the hall clean and tidy, switch off every light and return the key to the Bookings "
        "Secretary as agreed when the booking was made.")


def _pdf_headed(path, header: str, pages: list[str]) -> None:
    """A PDF whose only title is ``header``, in bold at the top of every page, over ``pages`` of text."""
    from weasyprint import HTML

    style = (f"@page {{ margin: 2.5cm 2cm; @top-center {{ content: '{header}'; font-weight: bold; font-size: 12pt; "
             "vertical-align: bottom } } body { font-size: 10pt }")
    body = "".join(f"<div style='page-break-before: {'always' if n else 'auto'}'>{page}</div>"
                   for n, page in enumerate(pages))
    HTML(string=f"<html><head><style>{style}</style></head><body>{body}</body></html>").write_pdf(path)


@pytest.mark.parametrize(("header", "title", "organisation"), [
    # a checklist is a document: the header is its title; the hall is named in the text too, in capitals only in
    # the header
    ("HOLT VILLAGE HALL- Appendix 2 Checklist when hiring the hall",
     "HOLT VILLAGE HALL- Appendix 2 Checklist when hiring the hall", "Holt Village Hall"),
    ("HOLT VILLAGE HALL- Regulations for Hiring the Hall", "HOLT VILLAGE HALL- Regulations for Hiring the Hall",
     "Holt Village Hall"),
    # a town hall is a building, not a body
    ("HOLT TOWN HALL- Regulations for Hiring the Hall", "HOLT TOWN HALL- Regulations for Hiring the Hall", "TBC"),
])
def test_a_village_halls_running_header_gives_the_title_and_the_hall(tmp_path, header, title, organisation):
    hall = header.split("-")[0].title()
    text = f"<p>Bookings for {hall} are made through the Bookings Secretary.</p><p>{RULE}</p>"
    _pdf_headed(tmp_path / "hall.pdf", header, [text + f"<p>{RULE}</p>" * 3, f"<p>{RULE}</p>" * 2])

    import_policy(tmp_path / "hall.pdf", "hall", tmp_path / "src")

    meta = load_handbook(tmp_path / "src").policy("hall").meta
    assert (meta.title, meta.organisation) == (title, organisation)


@pytest.mark.parametrize(("opening", "organisation"), [
    ("Kestrel Makers and the Repair Café Kestrel is committed to providing a safe repair cafe event.",
     "Kestrel Makers"),  # the group, then the project it runs: the first leads
    ("Staff and volunteers are committed to providing a safe repair cafe event.", None),  # people, not a name
])
def test_an_opening_subject_joining_two_names_gives_the_first(opening, organisation):
    facts = facts_of(opening, "Kestrel Makers keeps a first aid kit at every event.",
                     "Volunteers must report any accident to the organisers.", title="Health and Safety Policy")
    assert found(facts, "organisation") == organisation


@pytest.mark.parametrize(("line", "version"), [
    ("Version v1.2a", "1.2a"),  # a cover's version with a letter
    ("Version 1.1      17 May 2019", "1.1"),  # a footer's version and its date
    ("Version 2 of the form was signed in May 2019", None),  # a form's version, in a sentence
])
def test_a_version_line_with_a_letter_or_a_date(line, version):
    facts = facts_of("Trustees must act in the charity's best interests.", line, title="Code of Conduct for Trustees")
    assert found(facts, "version") == version


@pytest.mark.parametrize(("line", "organisation"), [
    ("This security policy applies to our company CISOfy.", "CISOfy"),
    ("Messages go through our company Slack workspace.", None),  # a tool it names, not what "we" are
])
def test_the_text_naming_what_we_are_gives_the_organisation(line, organisation):
    facts = facts_of("This set of documents forms the security policy of CISOfy.", line,
                     "Exceptions are only possible when approved by the CISOfy management.", title="Security Policy")
    assert found(facts, "organisation") == organisation
