"""Front-matter facts ``handbook import`` takes from a document (handbook.importing.facts): only what
the document states, each with where, in the words organisations use; and sentences that only
mention an approver, an audience or another organisation's document are never taken."""

from __future__ import annotations

from pathlib import Path

import pytest

from handbook.importing import drafted
from handbook.importing.document import Paragraph, Table
from handbook.importing.facts import find_facts


def paragraphs(*lines: str) -> list[Paragraph]:
    return [Paragraph(n, line, line, place=f"line {n}") for n, line in enumerate(lines, start=1)]


def facts_of(*lines: str, title: str | None = None):
    blocks = paragraphs(*([title] if title else []), *lines)
    title_paragraph = blocks[0] if title else None
    return find_facts(blocks[1:] if title else blocks, title_paragraph)


def found(facts, name: str):
    return facts.found[name].value if name in facts.found else None


def organisation_of_page(folder: Path, markdown: str) -> str:
    """The organisation an import of a Markdown page finds ("TBC" where it finds none)."""
    (folder / "page.md").write_text(markdown, encoding="utf-8")
    return str(drafted(folder / "page.md").facts.value("organisation"))


@pytest.mark.parametrize(("lines", "organisation"), [
    (['In this policy, "we", "us" and "our" means Oakfield Primary Academy and its staff.'],
     "Oakfield Primary Academy"),
    (["This agreement is made between Hillcrest Learning Trust (\u201cthe Trust\u201d, \u201cwe\u201d, "
      "\u201cour\u201d) and the employee."], "Hillcrest Learning Trust"),
    (["1. \u201cBrightside,\u201d \u201cWe,\u201d and \u201cUs\u201d refer to Brightside Software, Inc., as "
      "well as our affiliates."], "Brightside Software, Inc."),
    (["\u00a9 2023 Riverside Learning Partnership. All rights reserved."], "Riverside Learning Partnership"),
    (["Copyright (c) 2017 Leaf"], "Leaf"),
])
def test_the_organisation_where_the_document_says_whose_it_is(lines, organisation):
    facts = facts_of(*lines)
    assert found(facts, "organisation") == organisation
    assert facts.found["organisation"].place == "line 1"


def test_a_name_owning_this_very_document_is_its_organisation_when_the_title_names_it_too():
    facts = facts_of("Introduction", "Everyone taking part is expected to follow Northgate FC's Code of Conduct "
                     "at training and matches.", title="Northgate FC Code of Conduct")
    assert found(facts, "organisation") == "Northgate FC"
    assert "line 3" in facts.found["organisation"].place


@pytest.mark.parametrize("lines", [
    # another organisation's document, named in passing
    ["Staff should also read the Local Authority's Safeguarding Policy and Keeping Children Safe in Education."],
    # a copyright notice inside a sentence is about the work it credits, not this policy
    ["This code is adapted from the Django Code of Conduct, \u00a9 2012 Django Software Foundation, CC BY 3.0."],
    # "we" not defined as anyone
    ["When we say \u201cwe\u201d we mean everyone who works here."],
    # lower-case words are no organisation's name, and "you" is not "we"
    ['In this policy "we" means the school and "you" means Riverside Parents Association members.'],
])
def test_organisations_mentioned_in_passing_are_not_taken(lines):
    facts = facts_of(*lines, title="Safeguarding Policy")
    assert found(facts, "organisation") is None
    assert "organisation: not stated: TBC; write the organisation's name" in facts.gaps


@pytest.mark.parametrize(("line", "owner"), [
    ("This policy is maintained by the HR Manager, who will answer questions about it.", "HR Manager"),
    ("The Instructor Handbook is designed to support instructors. It is maintained by the Workshops Team.",
     "Workshops Team"),
    ("The Headteacher is responsible for reviewing this policy every two years.", "Headteacher"),
])
def test_the_owner_where_the_document_says_who_keeps_it(line, owner):
    facts = facts_of(line)
    assert found(facts, "owner") == owner
    assert facts.report()[0].startswith(f"owner {owner} from line 1: '")


@pytest.mark.parametrize("line", [
    "The single central record is maintained by the School Business Manager.",
    "It is maintained by the Premises Officer and checked each term.",  # "it": the boiler, not the policy
    "All staff are responsible for following this policy.",
    "The register of visitors for this policy is maintained by the School Office.",
    "Remote access must be approved by the system Accreditor in advance.",
])
def test_who_keeps_something_else_is_not_the_owner(line):
    facts = facts_of(line)
    assert (found(facts, "owner"), found(facts, "approved_by")) == (None, None)


@pytest.mark.parametrize(("line", "audiences"), [
    ("Scope: these procedures apply to all teaching staff, volunteers and contractors working on site.",
     ("staff", "volunteers", "contractors")),
    ("These rules of behaviour and the related guidance apply to employees and external collaborators.",
     ("employees", "collaborators")),
    ("All staff, speakers, exhibitors and volunteers at the conference are required to follow this code "
     "of conduct.", ("staff", "volunteers", "speakers", "exhibitors")),
    ("The Code applies to any member of the club - coaches, members and parents.", ("parents", "members", "coaches")),
    ("All players, coaches, parents and volunteers at our tournament are required to agree with the following code "
     "of conduct.", ("players", "coaches", "parents", "volunteers")),
    ("We expect all club members (players, paid or volunteer; coaches; and other helpers) to abide by this Code of "
     "Conduct in all club venues.", ("members",)),
    ("Choir members are expected to abide by these policies at all rehearsals and concerts.", ("members",)),
])
def test_who_the_policy_applies_to_in_the_documents_words(line, audiences):
    facts = facts_of(line)
    assert set(found(facts, "applies_to")) == set(audiences)


@pytest.mark.parametrize("line", [
    "This policy does not apply to visitors or contractors, who sign the visitor agreement.",
    "The policies in this document apply to packaged software licensed by vendors.",
    "Visitors to our offices must be escorted; the rules apply to visitors too.",
    "All visitors are expected to sign in at reception.",
    "The signing-in book required by this policy applies to visitors and contractors alike.",
    "Players asked to leave the pitch are expected to follow the referee's instructions.",
    "Parents are expected to agree with the coaches' choice of team.",
])
def test_audiences_mentioned_otherwise_are_not_who_it_applies_to(line):
    assert found(facts_of(line), "applies_to") is None


def test_an_organisation_named_with_its_employees_is_stated():
    facts = facts_of("This policy applies to all employees of Greenfields Academy Trust.")
    assert found(facts, "applies_to") == ("employees",)
    assert found(facts, "organisation") == "Greenfields Academy Trust"


def test_the_version_is_the_latest_row_of_a_version_history_table():
    history = Table(3, (("Version", "Date", "Author", "Changes"), ("1.0", "01/09/2021", "J Smith", "First issue"),
                        ("1.1", "01/09/2022", "J Smith", "Contacts updated"),
                        ("2.0", "05/09/2023", "A Khan", "Rewritten for KCSIE 2023")), place="table 1")
    facts = find_facts([*paragraphs("Document control", "Version history"), history], None)
    assert found(facts, "version") == "2.0"
    assert facts.found["version"].place == "table 1, row 4"


def test_a_table_of_drafts_or_of_other_numbers_gives_no_version():
    drafts = Table(1, (("Version", "Date", "Notes"), ("Draft", "TBC", "for consultation")), place="table 1")
    charges = Table(2, (("Item", "Date", "Charge"), ("1.5", "2024-01-01", "10.00")), place="table 2")
    facts = find_facts([drafts, charges], None)
    assert found(facts, "version") is None
    assert found(facts, "version") is None and facts.value("version") == "TBC"  # not a number it never gave
    assert any(gap.startswith("version: not stated: TBC") for gap in facts.gaps)


def test_an_approval_stated_on_its_own_line_gives_approver_and_date():
    facts = facts_of("Approved by the Board of Governors on 12 March 2024")
    assert (found(facts, "approved_by"), found(facts, "approved_on")) == ("Board of Governors", "2024-03-12")


def test_a_council_mentioned_in_a_sentence_is_not_the_approver():
    facts = facts_of("Changes were approved by City Council in open session at a council meeting, and signed by "
                     "both officers.", "Purpose St Leonard's College students visit each spring.")
    assert (found(facts, "approved_by"), found(facts, "organisation")) == (None, None)


def test_a_title_saying_whose_workplace_names_the_organisation_the_text_names_too():
    facts = facts_of("Everyone at Hollins & Co. Ltd deserves respect.", "Report concerns to Hollins & Co. Ltd's "
                     "HR team.", title="Dignity at Work at Hollins & Co. Ltd: Procedures")
    assert found(facts, "organisation") == "Hollins & Co. Ltd"
    assert facts.found["organisation"].place.startswith("line 1 (the title), named 2 times")


@pytest.mark.parametrize("title", ["Behaviour at Break Times", "Health and Safety at Work", "Lone Working at Night"])
def test_a_title_saying_when_or_where_names_no_organisation(title):
    facts = facts_of("Pupils play at Break Times on the field; at Break Times staff supervise.",
                     "Health and Safety at Work rules apply; see Health and Safety at Work.", title=title)
    assert found(facts, "organisation") is None


def test_a_templates_version_table_with_placeholders_states_no_version():
    template = Table(4, (("Revision", "Date", "Author", "Description of Change"),
                         ("<revision no.>", "YYYY-MM-DD", "<author>", ""),
                         ("0.1", "2012-05-23", "First and Last Name", "This is initial 0.1 draft of the policy.")),
                     place="table 1")
    assert found(find_facts([template], None), "version") is None


# --- forms organisations use to say whose the policy is, who it is for, and when it was approved ---


@pytest.mark.parametrize(("lines", "organisation", "words"), [
    # a letterhead at the top of the first page
    (["Oakfield Academy, Church Road, Leeds LS6 2AB \u2022 Tel 0113 496 0000", "Introduction",
      "Pupils are expected to attend every day."], "Oakfield Academy", "Oakfield Academy, Church Road"),
    # a letterhead of a name alone, running on past its organisation word ("Department of ...")
    (["Borough Council of King's Lynn", "Hardship Fund Policy", "The fund helps residents in short-term need."],
     "Borough Council of King's Lynn", "Borough Council of King's Lynn"),
    (["Department for Work and Pensions", "Lone Working Guidance", "Staff visiting sites alone must sign out."],
     "Department for Work and Pensions", "Department for Work and Pensions"),
    # the section about the organisation, at the end
    (["Purpose", "Volunteers keep our tenants safe.", "About Brightwater Housing Association",
      "We provide 4,000 affordable homes across Kent."], "Brightwater Housing Association", "About Brightwater"),
    # a constitution or bylaws naming it
    (["Article 1: Name", "The name of the association shall be the Northfield Allotment Society."],
     "Northfield Allotment Society", "The name of the association shall be"),
    # defined as the company the policy speaks of
    (["Harbour Foods Limited (\u201cthe Company\u201d) is an equal opportunities employer."], "Harbour Foods Limited",
     "Harbour Foods Limited (\u201cthe Company\u201d)"),
    # the organisation describing itself in the opening sentence, its name a link in a web page
    (["Greenway Community Trust, a registered charity based in Bristol, runs holiday clubs for children."],
     "Greenway Community Trust", "Greenway Community Trust, a registered charity"),
    (["[Greenway Community Trust](https://example.org), a registered charity based in Bristol, runs holiday "
      "clubs for children."], "Greenway Community Trust", "Greenway Community Trust, a registered charity"),
    (["Intro", "Code4Good is a volunteer community that builds software for charities."], "Code4Good",
     "Code4Good is a volunteer community"),
    # speaking as the policy's author
    (["Kestrel Valley Rugby Club is committed to ensuring that every child who plays rugby does so in a safe "
      "environment."], "Kestrel Valley Rugby Club", "Kestrel Valley Rugby Club is committed to"),
    (["Overview", "Purpose", "Scope", "Responsibilities", "Definitions", "Concerns", "Reporting",
      "mysite has written this policy so that customers know what we do with their data. Contact mysite at any "
      "time."], "mysite", "mysite has written this"),
    (["This guidance is issued by the Department for Education to all maintained schools."],
     "Department for Education", "This guidance is issued by the Department for Education"),
])
def test_the_organisation_in_the_forms_organisations_use(lines, organisation, words):
    facts = facts_of(*lines)
    assert found(facts, "organisation") == organisation
    fact = facts.found["organisation"]
    assert fact.words.startswith(words)
    stated_in = next(n for n, line in enumerate(lines, start=1) if line.lstrip("[").startswith(words[:8]))
    assert fact.place == f"line {stated_in}"


def test_a_title_headed_by_the_organisations_name_names_it_where_the_text_does_too():
    facts = facts_of("All members of Ashdown Rowing Club, and visiting crews, follow this policy on the water.",
                     title="Ashdown Rowing Club Safeguarding Policy")
    assert found(facts, "organisation") == "Ashdown Rowing Club"
    assert facts.report()[1] == ("organisation Ashdown Rowing Club from line 1 (the title), named once in the "
                                 "text: 'Ashdown Rowing Club Safeguarding Policy'")


@pytest.mark.parametrize(("lines", "title"), [
    # common nouns and bodies within an organisation, not its name
    (["The school is committed to safeguarding all pupils.", "The Governing Body is committed to equality."], None),
    (["The Local Authority is committed to supporting schools."], None),
    (["The Department for Education is committed to raising standards."], None),
    (["Ofsted is a government department that inspects schools.", "The NSPCC is a charity that runs Childline."],
     None),
    (["HR has written this policy with the unions.", "PyCon is dedicated to a harassment-free conference."], None),
    (["The company will not tolerate bullying.", "company property must be returned when you leave."], None),
    (["Small Company", "A small company may not have a legal team."], None),
    (["The student council meets every half term; student councillors are elected in September."],
     "Student Council Policy"),
    (["The Designated Safeguarding Lead, a senior member of staff, keeps the records."], None),
    (["Our partner, Riverside Housing Association, a local charity, runs the lettings."], None),
])
def test_names_that_are_not_whose_the_policy_is_are_not_taken(lines, title):
    assert found(facts_of(*lines, title=title), "organisation") is None


@pytest.mark.parametrize(("line", "audiences"), [
    ("We expect all members, coaches and parents to follow this code at every training session and match.",
     ("members", "coaches", "parents")),
    ("This policy has been written to ensure that all colleagues understand how to raise a concern.", ("colleagues",)),
    ("All Fellows and Associates are expected to abide by this Code of Conduct.", ("fellows", "associates")),
    ("We expect all participants (speakers, sponsors, volunteers and guests) to abide by this code of conduct at "
     "every event.", ("participants",)),
    ("These terms apply to all customers and clients of the salon.", ("customers", "clients")),
])
def test_who_the_policy_is_for_as_organisations_say_it(line, audiences):
    facts = facts_of(line)
    assert set(found(facts, "applies_to")) == set(audiences)
    assert facts.found["applies_to"].place == "line 1"


@pytest.mark.parametrize("line", [
    "We expect all visitors to sign in at reception.",
    "We ask all parents to engage positively with the school.",
    "Staff should ensure that all children understand the fire drill.",  # not this policy's purpose
])
def test_who_is_asked_something_else_is_not_who_the_policy_applies_to(line):
    assert found(facts_of(line), "applies_to") is None


@pytest.mark.parametrize(("line", "approved_by", "approved_on"), [
    ("Adopted by the Trust Board on 21 March 2024", "Trust Board", "2024-03-21"),
    ("Approved by Governors: 14/10/2024", "Governors", "2024-10-14"),
    ("Ratified by the Full Governing Body \u2013 7th July 2023", "Full Governing Body", "2023-07-07"),
    ("This policy was approved by the Full Governing Body at its meeting on 5 July 2024.", "Full Governing Body",
     "2024-07-05"),
    ("This policy has been adopted by the Board of Trustees.", "Board of Trustees", None),
    # a foundation's revision note, its date typed with a slash before the year
    ("This document was approved by the Eclipse Foundation Board of Directors in its meeting on December 7/2018.",
     "Eclipse Foundation Board of Directors", "2018-12-07"),
])
def test_an_approval_as_schools_write_it(line, approved_by, approved_on):
    facts = facts_of(line)
    assert (found(facts, "approved_by"), found(facts, "approved_on")) == (approved_by, approved_on)
    assert facts.found["approved_by"].place == "line 1"


@pytest.mark.parametrize("line", [
    "This policy was approved by the governors in open session after a long debate.",
    "Leave must be approved by the Headteacher: 5 days' notice, or 10 in 2025.",
    "Approved by the Multi-Academy Trust Board: date to be confirmed in 2025",
])
def test_approval_said_otherwise_gives_no_approver_or_a_whole_name(line):
    facts = facts_of(line)
    assert found(facts, "approved_by") in (None, "Multi-Academy Trust Board")
    assert found(facts, "approved_on") is None


@pytest.mark.parametrize(("line", "fact", "value"), [
    ("This policy takes effect from 1 September 2024 and replaces the Attendance Policy of 2019.", "effective_from",
     "2024-09-01"),
    ("These procedures come into force on 6 April 2025.", "effective_from", "2025-04-06"),
    ("The Trust will review this policy on an annual basis.", "review_every", "1 year"),
    ("Governors review this policy every three years, or sooner if the law changes.", "review_every", "3 years"),
])
def test_dates_and_review_periods_as_sentences_say_them(line, fact, value):
    facts = facts_of(line)
    assert found(facts, fact) == value
    assert facts.found[fact].place == "line 1" and facts.found[fact].words in line


def test_who_the_policy_applies_to_in_the_list_under_this_policy_applies_to():
    lines = ["Scope", "This policy applies to:", "- All Brightpath staff and tutors", "- Volunteers",
             "- Partner organisations", "- Trainees and apprentices", "Principles", "Staff are trained every year."]
    facts = facts_of(*lines)
    assert set(found(facts, "applies_to")) == {"staff", "tutors", "volunteers", "partners", "trainees", "apprentices"}
    assert facts.found["applies_to"].place == "line 2"
    assert facts.found["applies_to"].words.startswith("This policy applies to: All Brightpath staff and tutors")


def test_a_list_under_this_policy_applies_to_that_names_no_one_gives_no_audience():
    facts = facts_of("This Code of Conduct applies to:", "- club events and training sessions",
                     "- anywhere else members meet as the club")
    assert found(facts, "applies_to") is None


@pytest.mark.parametrize(("line", "organisation"), [
    ("At Meadowbank Primary School, we believe every child can succeed.", "Meadowbank Primary School"),
    ("At BrightPath, we take the safety of our learners seriously.", "BrightPath"),
    ("Tidewater Tutors CIC is committed to safeguarding every learner.", "Tidewater Tutors CIC"),
])
def test_the_organisation_speaking_as_we(line, organisation):
    assert found(facts_of(line), "organisation") == organisation


@pytest.mark.parametrize("line", ["At KS2, we teach fractions.", "At Christmas, we close for two weeks.",
                                  "At the Local Authority, we were told to wait."])
def test_at_something_we_is_not_always_an_organisation(line):
    assert found(facts_of(line), "organisation") is None


@pytest.mark.parametrize("line", ["Owner: {{Name or Role}}", "Approved by: [School Board/Leadership]",
                                  "Policy owner: [Insert name]", "Approved by: ______________ (Chair of Governors)",
                                  "Review cycle: [Annual]", "Organisation: <Your organisation>"])
def test_a_templates_blanks_are_not_facts(line):
    facts = facts_of(line)
    assert {name: fact.value for name, fact in facts.found.items()} == {}


def test_an_organisation_defined_hereafter_as_the_organisation():
    facts = facts_of("1.1 The activities of Harbourside Youth Trust (hereafter \u2013 the \u201cOrganisation\u201d) "
                     "are based on care and cooperation.")
    assert found(facts, "organisation") == "Harbourside Youth Trust"


@pytest.mark.parametrize(("line", "fact", "value"), [
    ("Owned by: Director of Finance", "owner", "Director of Finance"),
    ("Member of staff responsible: Mrs J Patel (SENCo)", "owner", "Mrs J Patel (SENCo)"),
    ("Date of adoption: 18/03/2024", "approved_on", "2024-03-18"),
    ("Valid from: 1st April 2025", "effective_from", "2025-04-01"),
    ("Revision: 4", "version", "4"),
    ("Review: every two years", "review_every", "2 years"),
    ("Frequency of review | Annually", "review_every", "1 year"),
    ("\u00a9 Oakfield Academy 2024 | Registered charity no. 1234567", "organisation", "Oakfield Academy"),
    ("\u00a9 2025 Northgate Housing Association Ltd \u2013 registered in England", "organisation",
     "Northgate Housing Association Ltd"),
])
def test_details_labelled_the_way_document_control_tables_and_footers_label_them(line, fact, value):
    facts = facts_of(line)
    assert found(facts, fact) == value
    assert facts.found[fact].place == "line 1"


@pytest.mark.parametrize("line", ["Review: September 2026", "\u00a9 Crown copyright 2023",
                                  "Copyright Licensing Agency rules apply to photocopies."])
def test_review_dates_and_crown_copyright_state_no_period_or_organisation(line):
    facts = facts_of(line)
    assert (found(facts, "review_every"), found(facts, "organisation")) == (None, None)


@pytest.mark.parametrize(("lines", "audiences", "place"), [
    (["This policy covers all employees, agency workers and contractors of the Trust."],
     {"employees", "workers", "contractors"}, "line 1"),
    (["This guidance is intended for headteachers, governors and school business managers."],
     {"headteachers", "governors", "managers"}, "line 1"),
    (["Who this policy applies to", "All staff, governors and volunteers, whether paid or unpaid. It also covers "
      "supply teachers."], {"staff", "governors", "volunteers"}, "line 2"),
    (["To whom does this policy apply?", "- Coaches and team managers", "- Parents and carers", "Definitions"],
     {"coaches", "managers", "parents", "carers"}, "line 1"),
])
def test_who_the_policy_is_for_under_a_heading_or_in_other_words(lines, audiences, place):
    facts = facts_of(*lines)
    assert set(found(facts, "applies_to")) == audiences
    assert facts.found["applies_to"].place == place


@pytest.mark.parametrize("lines", [
    ["This policy covers the use of mobile phones by pupils on school trips."],
    ["Who this policy applies to", "Scope and definitions are set out in the appendix."],
])
def test_what_a_policy_covers_is_not_who_it_applies_to(lines):
    assert found(facts_of(*lines), "applies_to") is None


def test_an_approval_line_naming_only_who():
    facts = facts_of("Approved by the Full Governing Body")
    assert (found(facts, "approved_by"), found(facts, "approved_on")) == ("Full Governing Body", None)
    assert found(facts_of("Approved by governors in open session after consultation"), "approved_by") is None


@pytest.mark.parametrize("line", ["Once in employment, staff will have their pay reviewed annually.",
                                  "Risk assessments are reviewed every two years by the Bursar.",
                                  "Pupils' targets are reviewed every six months."])
def test_something_else_reviewed_is_not_the_policys_review_period(line):
    assert found(facts_of(line), "review_every") is None


def test_the_policys_review_with_who_reviews_it_in_between():
    facts = facts_of("This policy and its appendices will be reviewed by the Finance Committee every three years.")
    assert found(facts, "review_every") == "3 years"


@pytest.mark.parametrize(("line", "organisation"), [
    ("Every Meadowbank Primary School pupil has a named tutor.", "Meadowbank Primary School"),
    ("The Code of Conduct is the standard that all W3C participants are required to follow.", "W3C"),
])
def test_the_organisation_whose_people_the_policy_speaks_of(line, organisation):
    facts = facts_of(line)
    assert found(facts, "organisation") == organisation
    assert facts.found["organisation"].place == "line 1"


@pytest.mark.parametrize("line", ["All Local Authority staff must show identification.",
                                  "All NHS staff are trained in safeguarding.", "All Key Stage 2 pupils swim."])
def test_people_of_a_body_or_a_stage_name_no_organisation(line):
    assert found(facts_of(line), "organisation") is None


def test_the_people_of_a_body_named_deep_in_a_long_document_are_not_its_issuers():
    """As on page 57 of a 71-page Navy publication, whose "All Navy employees" are the parent service's, not the
    command's that issues it; near the top the same sentence says whose the document is."""
    body = [f"Section {n}. The shipping office books the move and tells the member the dates." for n in range(40)]
    line = "All Northgate Housing Trust employees are to use the approved forms for every shipment."
    assert found(facts_of(*body, line), "organisation") is None
    assert found(facts_of(line, *body), "organisation") == "Northgate Housing Trust"


def test_a_details_table_with_two_facts_to_a_row_gives_each_its_own_cell():
    details = Table(1, (("Policy owner", "Head of HR", "Date approved", "28/03/2025"),
                        ("Version", "2.0", "Review period", "2 years")), place="table 1")
    facts = find_facts([details], None)
    assert (found(facts, "owner"), found(facts, "approved_on"), found(facts, "version"),
            found(facts, "review_every")) == ("Head of HR", "2025-03-28", "2.0", "2 years")
    assert facts.found["version"].place == "table 1, row 2"


@pytest.mark.parametrize("rows", [
    (("Organisation", "Description"), ("GOV.UK", "The government's website"), ("GDS", "Government Digital Service")),
    (("Owner", "Asset", "Location"), ("IT Manager", "Laptops", "Store room")),
])
def test_a_tables_column_headings_are_not_facts(rows):
    facts = find_facts([Table(1, rows, place="table 1")], None)
    assert (found(facts, "organisation"), found(facts, "owner")) == (None, None)


@pytest.mark.parametrize("lines", [
    ["Organisation-wide secrets are stored in the vault."],
    ["We measure Service Level Objectives (SLO) for each service.", "Third Party Web Applications (TPWAs) are used."],
])
def test_words_that_only_look_like_a_label_or_an_abbreviated_name_are_not_the_organisation(lines):
    assert found(facts_of(*lines), "organisation") is None


def test_an_organisation_named_in_a_row_of_a_table_near_the_top_is_not_the_policys():
    teams = Table(2, (("Organisation", "Used by"), ("Central Digital and Data Office", "the Office of the Chief "
                      "Technology Officer (OCTO) and other teams")), place="table 1")
    facts = find_facts([*paragraphs("Use GitHub", "We have several GitHub organisations, including:"), teams], None)
    assert found(facts, "organisation") is None


def test_an_abbreviated_name_that_is_part_of_another_organisation_is_not_the_policys():
    facts = facts_of("Intro", "Harbourline previously secured a licence from the Treasury Department\u2019s Office of "
                     "Foreign Assets Control (OFAC) for its services.", "OFAC rules apply.", "OFAC lists change.")
    assert found(facts, "organisation") is None


@pytest.mark.parametrize(("line", "version"), [("Version 1.3 \u2013 last updated March 2025", "1.3"),
                                               ("Version: 2, dated September 2024", "2"),
                                               ("Version 2 of the form must be used for trips abroad.", None)])
def test_a_version_line_with_more_after_the_number(line, version):
    assert found(facts_of(line), "version") == version


@pytest.mark.parametrize(("lines", "approved_by", "approved_on"), [
    (["Approved: 12/03/2024", "Pupils' behaviour is the responsibility of all staff."], None, "2024-03-12"),
    (["Ratified | 5th July 2023", "Approving committee | Curriculum and Standards Committee"],
     "Curriculum and Standards Committee", "2023-07-05"),
    (["Approved: Full Governing Body", "Agreed by: Trust Board"], "Full Governing Body", None),
    (["Approved: Yes", "Approved: pending the next meeting in 2025"], None, None),
])
def test_approval_labelled_with_a_word_alone(lines, approved_by, approved_on):
    facts = facts_of(*lines)
    assert (found(facts, "approved_by"), found(facts, "approved_on")) == (approved_by, approved_on)


def test_the_import_report_says_where_each_fact_was_found(tmp_path, capsys):
    from handbook.cli import main

    source = tmp_path / "lettings.txt"
    source.write_text(
        "Lettings Policy\n\nMeadowbank Primary School is committed to making its buildings available to the "
        "community.\n\nThis policy takes effect from 1 September 2025.\n\nThis policy was approved by the Full "
        "Governing Body at its meeting on 9 July 2025.\n\nWe expect all hirers to follow this policy and the "
        "conditions of hire.\n\nThe Business Manager will review this policy every two years.\n", encoding="utf-8")
    assert main(["import", str(source), "--id", "lettings", "--policy-src", str(tmp_path / "src")]) == 0
    report = capsys.readouterr().out
    for line in ["organisation Meadowbank Primary School from line 3: 'Meadowbank Primary School is committed to'",
                 "effective_from 2025-09-01 from line 5: 'This policy takes effect from 1 September 2025'",
                 "approved_by Full Governing Body from line 7: 'This policy was approved by the Full Governing Body",
                 "approved_on 2025-07-09 from line 7: 'This policy was approved by the Full Governing Body",
                 "applies_to hirers from line 9: 'expect all hirers to follow this policy'",
                 "review_every 2 years from line 11: 'review this policy every two years'"]:
        assert f"front matter {line}" in report


@pytest.mark.parametrize(("lines", "approved_by", "applies_to"), [
    (["MEMORANDUM", "TO: All staff and volunteers", "FROM: Sarah Jones, Chief Executive", "DATE: 4 November 2024",
      "SUBJECT: Lone Working Policy"], "Sarah Jones, Chief Executive", ("staff", "volunteers")),
    (["MEMORANDUM FOR: All Heads of Service", "FROM: Director of Finance", "SUBJECT: Travel and Expenses Policy"],
     "Director of Finance", None),  # heads of service are people, but not named as an audience
    # a US directive's header as its PDF reads: the role on the name's line, cut at a comma to a value's length
    (["FROM: Christopher C. Krebs Director, Cybersecurity and Infrastructure Security Agency, Department of "
      "Homeland Security", "CC: Russell T. Vought Director, Office of Management and Budget",
      "SUBJECT: Develop and Publish a Vulnerability Disclosure Policy"],
     "Christopher C. Krebs Director, Cybersecurity and Infrastructure Security Agency", None),
])
def test_who_a_memo_is_from_issues_the_policy_and_whom_it_is_to_is_its_audience(lines, approved_by, applies_to):
    facts = facts_of(*lines)
    assert found(facts, "approved_by") == approved_by
    assert found(facts, "applies_to") == applies_to
    assert found(facts, "approved_on") is None  # the memo's own date is when it was sent
    from_line = next(n for n, line in enumerate(lines, start=1) if line.startswith("FROM"))
    assert facts.found["approved_by"].place == f"line {from_line}"


@pytest.mark.parametrize("lines", [
    ["From: 1 September 2024 all visitors will wear lanyards.", "Subject to the Headteacher's agreement, staff may "
     "leave early."],  # "From:" and "Subject" opening sentences, no header
    ["FROM: Sarah Jones, Chief Executive"],  # FROM alone is not a memo's header
    ["To: Parents and carers", "From: the school office, who will reply within five working days."],
])
def test_lines_that_only_start_like_a_memo_name_no_issuer(lines):
    facts = facts_of(*lines)
    assert (found(facts, "approved_by"), found(facts, "applies_to")) == (None, None)


@pytest.mark.parametrize(("lines", "approved_by", "approved_on", "place"), [
    (["This policy will be monitored by the governing body.", "Signed: J. Patel", "Chair of Governors",
      "Date: 21 June 2024"], "J. Patel, Chair of Governors", "2024-06-21", "line 2"),
    (["Policy approved by:", "Signed: Dr R. Khan", "Chair of Trustees", "Date: 15.01.2025"],
     "Dr R. Khan, Chair of Trustees", "2025-01-15", "line 2"),
    (["Signed:", "Christopher C. Krebs", "Position: Director"], "Christopher C. Krebs, Director", None, "line 1"),
    (["Signed on behalf of the Governing Body", "Name: Mrs L. Carter", "Position: Chair of Governors",
      "Date: 3rd July 2024"], "Mrs L. Carter, Chair of Governors", "2024-07-03", "line 1"),
    (["Signature: ______________", "Print name: Tom Hughes", "Headteacher", "Date: 01/09/2024",
      "Shared with every member of the organisation."],
     "Tom Hughes, Headteacher", "2024-09-01", "line 1"),
])
def test_a_signature_block_gives_who_approved_the_policy_and_when(lines, approved_by, approved_on, place):
    facts = facts_of(*lines)
    assert (found(facts, "approved_by"), found(facts, "approved_on")) == (approved_by, approved_on)
    assert facts.found["approved_by"].place == place


@pytest.mark.parametrize(("lines", "approved_by", "approved_on"), [
    (["DATE: March 3, 2021", "SUBJECT: Telework", "1. PURPOSE. This Order sets out when staff may work from home.",
      "/s/ Maria L. Ortiz, Director of Human Resources"], "Maria L. Ortiz, Director of Human Resources", "2021-03-03"),
    # a web page's copy of a signed order, its line break lost: the role runs on from the name
    (["12. OFFICE OF PRIMARY INTEREST. Office of Human Resources. /S/Janet YellenSecretary of the Treasury"],
     "Janet Yellen, Secretary of the Treasury", None),
])
def test_an_orders_conformed_signature_gives_who_approved_it_and_its_date(lines, approved_by, approved_on):
    facts = facts_of(*lines)
    assert (found(facts, "approved_by"), found(facts, "approved_on")) == (approved_by, approved_on)


@pytest.mark.parametrize("lines", [
    ["Signed: ______________________", "Parent/Carer", "Date: ____________"],  # a form to fill in
    ["The signed copy is at https://example.box.com/s/Abc Records Office"],  # a link's path
    ["Sign as /s/ followed by your typed name."],  # how to sign, no one signing
    ["Signed: Class Teacher", "Date: 3 May 2024"],  # the kind of person who signs a form, not a name
    ["Signed copies are kept in the school office.", "Mrs A. Jones", "Office Manager"],
])
def test_a_blank_or_a_form_to_sign_is_no_approver(lines):
    facts = facts_of(*lines)
    assert (found(facts, "approved_by"), found(facts, "approved_on")) == (None, None)


@pytest.mark.parametrize(("line", "audiences"), [
    ("This directive applies to all federal executive branch departments and agencies.", ("departments", "agencies")),
    ("Applies to: All Federal Executive Branch Departments and Agencies, Except for the Department of Defense, "
     "Central Intelligence Agency, and Office of the Director of National Intelligence", ("departments", "agencies")),
    ("This policy applies to all staff except agency workers, who follow their agency's policy.", ("staff",)),
    ("Applies to: all employees, excluding contractors and volunteers", ("employees",)),
    ("This protocol applies to all staff, contractors and volunteers.", ("staff", "volunteers", "contractors")),
])
def test_who_a_directive_or_protocol_applies_to_and_not_those_it_leaves_out(line, audiences):
    facts = facts_of(line)
    assert set(found(facts, "applies_to")) == set(audiences)
    assert facts.found["applies_to"].place == "line 1"


def test_a_memo_sending_the_policy_out_says_when_the_attached_policy_takes_effect():
    facts = facts_of("Please read the attached policy. The attached policy takes effect from 1 December 2024.")
    assert found(facts, "effective_from") == "2024-12-01"
    assert facts.report()[0].startswith("effective_from 2024-12-01 from line 1: 'The attached policy takes effect")


@pytest.mark.parametrize(("line", "organisation"), [
    ("Copyright \u00a9 Northgate Community Trust (Northgate, Eastfield and Westmoor). This work is licensed under "
     "the Open Government Licence.", "Northgate Community Trust"),
    ("\u00a9 Riverside Learning Partnership. All rights reserved.", "Riverside Learning Partnership"),
    ("Page 1 of 6 | Brightwater Housing Ltd | Registered in England and Wales No. 04567812", "Brightwater Housing Ltd"),
    ("Oakfield Academy Trust is a charitable company limited by guarantee registered in England and Wales "
     "(company number 07654321).", "Oakfield Academy Trust"),
    ("Harbour Logistics plc, registered in England and Wales, company number 01234567", "Harbour Logistics plc"),
])
def test_the_organisation_in_a_footer_a_copyright_line_without_a_year_or_its_registration(line, organisation):
    facts = facts_of("Staff should report concerns to their line manager.", line)
    assert found(facts, "organisation") == organisation
    assert facts.report()[0].startswith(f"organisation {organisation} from line 2: '")


@pytest.mark.parametrize("line", [
    "(c) Data Protection Officer",  # item (c) of a list, not a copyright sign
    "\u00a9 Crown copyright. This guidance is licensed under the Open Government Licence.",
    "The Trust is a registered charity.",  # a common noun, not its name
    "Staff must be registered with the DBS update service.",
    "It is a company limited by guarantee.",
])
def test_list_items_crown_copyright_and_registrations_of_no_name_name_no_organisation(line):
    facts = facts_of("Staff should report concerns to the trust's data protection officer.", line)
    assert found(facts, "organisation") is None


def test_the_organisation_a_title_names_after_a_dash_where_the_text_speaks_of_it_as_a_body_of_people():
    facts = facts_of("We as volunteers and trustees of the Hillside Community Larder pledge to make our open "
                     "sessions welcoming.", "The Hillside Community Larder committee will answer every complaint.",
                     title="Complaints Procedure \u2013 Hillside Community Larder")
    assert found(facts, "organisation") == "Hillside Community Larder"
    assert facts.found["organisation"].place == "line 1 (the title), named 2 times in the text"


@pytest.mark.parametrize(("title", "lines"), [
    # a part of the policy after the dash, however often the text names it
    ("Safeguarding Policy \u2013 COVID-19 Addendum", ["This COVID-19 Addendum sets out changes.",
                                                      "The COVID-19 Addendum applies until further notice."]),
    ("Behaviour Policy - Early Years Foundation Stage",
     ["In the Early Years Foundation Stage we use praise.", "Staff in the Early Years Foundation Stage record it."]),
])
def test_a_part_or_stage_named_after_a_titles_dash_is_no_organisation(title, lines):
    assert found(facts_of(*lines, title=title), "organisation") is None


@pytest.mark.parametrize(("lines", "title", "audiences"), [
    (["This code sets out the standards of behaviour expected of all staff and volunteers."], "Code of Conduct",
     ("staff", "volunteers")),
    (["The staff code of conduct sets out the additional expectations we have of our staff."],
     "Staff code of conduct", ("staff",)),  # the document named by its own title
])
def test_whom_the_document_sets_out_what_is_expected_of(lines, title, audiences):
    facts = facts_of(*lines, title=title)
    assert set(found(facts, "applies_to")) == set(audiences)
    assert facts.found["applies_to"].place == "line 2"


@pytest.mark.parametrize("line", [
    "The DfE guidance sets out expectations of schools and of all staff.",  # another document
    "Parents can read how the school sets out standards expected of pupils.",
])
def test_what_another_document_or_body_expects_is_not_who_this_one_is_for(line):
    assert found(facts_of(line, title="Staff code of conduct"), "applies_to") is None


def test_a_copyright_notice_kept_as_a_front_matter_comment_names_the_organisation(tmp_path):
    from handbook.importing import _read

    page = tmp_path / "annual-leave.md"
    page.write_text("---\n# SPDX-License-Identifier: CC0-1.0\n# SPDX-FileCopyrightText: 2019-2024 Northgate Housing "
                    "Co-operative <office@northgate.coop>\ntype: Guide\n---\n\n# Annual leave\n\nBook your leave "
                    "with your line manager.\n", encoding="utf-8")
    document = _read(page)
    facts = find_facts(document.blocks, None, document.properties)
    assert found(facts, "organisation") == "Northgate Housing Co-operative"
    assert facts.report()[0].startswith("organisation Northgate Housing Co-operative from the document's properties "
                                        "(its copyright notice): 'SPDX-FileCopyrightText: 2019-2024 Northgate")
    assert "copyright" not in facts.found


@pytest.mark.parametrize(("lines", "fact", "value"), [
    # an American document: it writes "September 2, 2020", so its 09/02/2020 is 2 September
    (["Effective Date: 09/02/2020", "This policy was last revised on September 2, 2020, and reviewed on "
      "October 1, 2020."], "effective_from", "2020-09-02"),
    # a British one: "3 March 2021" day first, so 09/02/2020 is 9 February
    (["Date approved: 09/02/2020", "The governors last met to review it on 3 March 2021."], "approved_on",
     "2020-02-09"),
    # dashes as British forms write them ("behaviour": a British document)
    (["Date approved: 12-03-2024", "Staff behaviour is covered in section 3."], "approved_on", "2024-03-12"),
    (["Effective from: 25/12/2024", "Written December 1, 2024."], "effective_from", "2024-12-25"),  # no 25th month
])
def test_numeric_dates_read_in_the_order_the_document_writes_its_dates(lines, fact, value):
    facts = facts_of(*lines)
    assert found(facts, fact) == value
    assert facts.found[fact].place == "line 1"


@pytest.mark.parametrize(("line", "approved_by", "approved_on"), [
    ("Adopted by the Management Committee at its meeting on 8th January 2024", "Management Committee", "2024-01-08"),
    ("Approved by the governors at the summer term meeting held on 3 July 2024", "governors", "2024-07-03"),
])
def test_an_approval_line_saying_at_which_meeting(line, approved_by, approved_on):
    facts = facts_of(line)
    assert (found(facts, "approved_by"), found(facts, "approved_on")) == (approved_by, approved_on)


def test_the_members_of_a_community_are_those_it_goes_on_to_list():
    facts = facts_of("This policy applies to all members of the school community, including staff, pupils, "
                     "volunteers, parents and carers, visitors and governors.")
    assert set(found(facts, "applies_to")) == {"staff", "pupils", "volunteers", "parents", "carers", "visitors",
                                               "governors"}


@pytest.mark.parametrize(("lines", "fact", "value"), [
    (["Intimate Care Policy", "Lead person: SENCo"], "owner", "SENCo"),
    (["Intimate Care Policy", "To be reviewed: Every two years"], "review_every", "2 years"),
    (["Harrow Lane Surgery", "Chaperone Policy"], "organisation", "Harrow Lane Surgery"),
    (["Acme Widgets Ltd - Whistleblowing Policy", "Report concerns to the Head of Legal."], "organisation",
     "Acme Widgets Ltd"),
])
def test_cover_page_forms_of_owner_review_and_organisation(lines, fact, value):
    facts = facts_of(*lines)
    assert found(facts, fact) == value
    place = next(n for n, line in enumerate(lines, start=1) if value.split()[0].lower() in line.lower() or (
        fact == "review_every" and "review" in line.lower()))
    assert facts.found[fact].place == f"line {place}"


@pytest.mark.parametrize("lines", [
    ["Student Council - Terms of Reference", "The student council meets each half term."],
    ["Wellbeing Clinic", "Staff can book the wellbeing clinic through the school office."],
])
def test_a_cover_line_heading_with_a_common_noun_names_no_organisation(lines):
    assert found(facts_of(*lines), "organisation") is None


def test_a_document_carrying_two_holders_copyright_notices_names_no_organisation_by_them():
    # An adapted guidance: the original's Crown copyright and the adapter's own notice, one after the other.
    facts = facts_of("Open Document Format (ODF)", "A Guidance for Governments",
                     "Paolo Dongilli - Autonomous Province of Bozen-Bolzano",
                     "Copyright (C) 2015 Crown Copyright", "Copyright (C) 2015 Paolo Dongilli",
                     "This document is licensed under the Open Government Licence v3.0.")
    assert found(facts, "organisation") is None
    alone = facts_of("Copyright (C) 2019 Hollins & Co. Ltd. All rights reserved.",
                     "\u00a9 Hollins & Co. Ltd 2019 | Registered in England and Wales No. 0123456")
    assert found(alone, "organisation").rstrip(".") == "Hollins & Co. Ltd"  # one holder, written twice


@pytest.mark.parametrize(("line", "day"), [
    ("PLEASE NOTE: The following notice applies from 1 May 2023. The privacy notice valid until 30 April 2023 "
     "can be found below.", "2023-05-01"),
    ("This privacy statement is valid from 3 March 2022 until it is replaced.", "2022-03-03"),
])
def test_a_notice_saying_from_when_it_applies_gives_its_effective_date(line, day):
    facts = facts_of(line)
    assert found(facts, "effective_from") == day
    assert facts.found["effective_from"].place == "line 1"


def test_a_version_standing_on_the_cover_is_the_version():
    facts = facts_of("Open Document Format (ODF)", "A Guidance for Governments", "v0.1 - 28 October 2015")
    assert found(facts, "version") == "0.1"
    assert found(facts_of("We run v2 of the booking system on every laptop."), "version") is None


def test_a_name_leading_the_title_is_the_organisation_where_the_text_speaks_of_it_as_a_community():
    facts = facts_of("The CrowdNotifier community should be a good place where people are glad to be.",
                     "We invite all those who participate in CrowdNotifier to help us create safe experiences.",
                     title="CrowdNotifier Code of Conduct")
    assert found(facts, "organisation") == "CrowdNotifier"
    covid = facts_of("COVID-19 spreads in crowded rooms.", "Staff who test positive for COVID-19 stay at home.",
                     title="COVID-19 Policy")
    assert found(covid, "organisation") is None


def test_an_organisation_giving_itself_a_short_name_that_is_one_of_its_words():
    facts = facts_of("The Riverside Learning Trust (Riverside), which runs four primary schools, is committed to "
                     "protecting the privacy of visitors to its websites.",
                     "Riverside does not sell information about its families.",
                     "Riverside keeps what you send for as long as it needs it.")
    assert found(facts, "organisation") == "The Riverside Learning Trust"
    # a thing the policy speaks of, shortened the same way, is no organisation
    facts = facts_of("The Parent Portal (Portal) shows each family its child's reports.",
                     "The Portal is open every day.", "Ask the office if the Portal does not open.")
    assert found(facts, "organisation") is None


def test_a_research_group_named_in_its_code_s_title_and_spoken_of_as_our_lab_is_the_organisation():
    lines = ("I am committed to providing a safe and supportive environment for all lab members and visitors.",
             "People in our lab grew up in many different countries; lab members are expected to abide by these "
             "policies at all lab-related events.",
             "This code derives from the Whitaker Lab Code of Conduct.")
    facts = facts_of(*lines, title="Okafor Lab Code of Conduct")
    assert found(facts, "organisation") == "Okafor Lab"
    assert "the title" in facts.found["organisation"].place
    # a team the text never speaks of as its own, or a common word for it, is not named
    assert found(facts_of(*lines[2:], title="Okafor Lab Code of Conduct"), "organisation") is None
    assert found(facts_of("All staff in our team follow this handbook; team members sign it.",
                          title="Staff Team Handbook"), "organisation") is None
