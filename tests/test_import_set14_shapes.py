"""Shapes held-out set 14's documents have and the first import got wrong (issue 18), each written here as such
organisations write it, imported and checked as ``handbook check --strict`` checks it, beside a look-alike that
must keep what it had."""

from __future__ import annotations

from helpers import REPO, imported_and_checked, policy_source

from handbook.cli import main as handbook_command


def test_a_link_whose_words_run_over_lines_to_another_page_of_the_website_keeps_its_words(tmp_path):
    """A fostering agency's page converted by pandoc, which wraps a link's words over three lines: the link to
    another page of its website was kept, and ``check --strict`` then refused the import."""
    (tmp_path / "complaints.md").write_text(
        "# Complaints Policy\n\nFor complaints about the Fostering Panel, see: [Representations /\n"
        "Independent Review\nProcedure](/policies/representations-independent-review-panel)\n\n"
        "## Stages\n\nWe try to resolve concerns informally first.\n")

    result, _, body = imported_and_checked(tmp_path / "complaints.md", "complaints", tmp_path)

    assert "see: Representations / Independent Review Procedure\n" in body, body
    assert "](" not in body, body
    assert any(note.startswith("line 3: the link on 'Representations / Independent Review Pro' to '/policies/")
               for note in result.notes), result.notes


def test_a_link_whose_words_run_over_lines_to_the_web_stays_a_link_and_brackets_apart_stay_words(tmp_path):
    """The look-alikes: a wrapped link to a full web address is kept as a link; a bracket closed only after a
    square-bracketed aside wrapped over two lines is no link, and its words stay as written."""
    (tmp_path / "aup.md").write_text(
        "# Acceptable Use Policy\n\nRead the [National Cyber Security\nCentre guidance](https://www.ncsc.gov.uk/) "
        "first.\n\nThe DSL [Designated Safeguarding\nLead] (see below) decides.\n")

    _, _, body = imported_and_checked(tmp_path / "aup.md", "aup", tmp_path)

    assert "[National Cyber Security Centre guidance](https://www.ncsc.gov.uk/)" in body, body
    assert "The DSL [Designated Safeguarding Lead] (see below) decides." in body, body


def test_check_takes_a_link_whose_words_run_over_lines_as_markdown_does(tmp_path, capsys):
    """A link wrapped over two lines is ordinary Markdown: ``check`` passes it when it leads to a page, and
    names the line and the link when it leads nowhere, as the build does."""
    wrapped = ("1. Read the [authoring\n   guide](/authoring.md) first.\n"
               "2. Then see the [working in\n   secure areas]({}).")
    good, bad = tmp_path / "good", tmp_path / "bad"
    for folder, target in ((good, "/hosting.md"), (bad, "secure-areas.md")):
        (folder / "policy").mkdir(parents=True)
        (folder / "policy" / "policy.md").write_text(policy_source(wrapped.format(target) + "\n"))

    assert handbook_command(["check", str(good), "--docs", str(REPO / "docs"), "--strict"]) == 0
    capsys.readouterr()
    assert handbook_command(["check", str(bad), "--docs", str(REPO / "docs"), "--strict"]) != 0
    assert "policy.md:18: the link to 'secure-areas.md' leads to no page of the handbook" in capsys.readouterr().err


def test_an_organisation_named_as_the_subject_of_the_opening_sentence_is_the_organisation(tmp_path):
    """A family-run fostering agency's policies open with what the agency believes or where "we" are, and name it
    again further down; its name ends in no word such as "Trust" or "Ltd", so it was missed."""
    (tmp_path / "complaints.md").write_text(
        "# Complaints Policy\n\nBrightwater Fostering believes that everyone - children, carers and staff - "
        "should be heard.\n\n## How to complain\n\nSpeak to your supervising social worker first. Brightwater "
        "Fostering will reply within 20 working days.\n")
    (tmp_path / "grievance.md").write_text(
        "# Grievance Policy\n\nAt Harbour Lights, we aim to resolve problems fairly and quickly.\n\n## Scope\n\n"
        "This applies to everyone who works for Harbour Lights.\n")

    _, complaints, _ = imported_and_checked(tmp_path / "complaints.md", "complaints", tmp_path / "a")
    _, grievance, _ = imported_and_checked(tmp_path / "grievance.md", "grievance", tmp_path / "b")

    assert "\norganisation: Brightwater Fostering\n" in complaints, complaints
    assert "\norganisation: Harbour Lights\n" in grievance, grievance


def test_a_regulator_a_person_or_a_name_said_once_opening_the_text_is_not_the_organisation(tmp_path):
    """The look-alikes: a care home's policy opening with its regulator, a club's with its founder (a person the
    text calls "she"), and a policy naming a body once in its opening: each keeps organisation TBC."""
    documents = {
        "regulator": "# Complaints Policy\n\nThe Care Quality Commission is committed to hearing from people who use "
                     "services.\n\n## Our procedure\n\nWe reply in 20 days. Write to the Care Quality Commission if "
                     "you are not satisfied.\n",
        "person": "# Volunteering Policy\n\nJane Hollis believes that every volunteer deserves thanks.\n\nShe "
                  "founded the club in 1998, and Jane Hollis still leads our volunteers.\n",
        "once": "# Travel Policy\n\nGreenway Partners believes that rail is the best way to travel.\n\n## Claims\n\n"
                "Claims are paid monthly.\n",
    }
    for slug, document in documents.items():
        (tmp_path / f"{slug}.md").write_text(document)

        _, front, _ = imported_and_checked(tmp_path / f"{slug}.md", slug, tmp_path / slug)

        assert "\norganisation: TBC\n" in front, (slug, front)


def test_the_owner_of_this_document_named_under_an_ownership_heading_is_the_owner(tmp_path):
    """A software company's handbook page ends "### Ownership" / "Stephen Smith is the owner of this document.";
    the look-alike's owners own data and risks, not the document, and its owner stays TBC."""
    (tmp_path / "aup.md").write_text(
        "# Acceptable Use Policy\n\nStaff use company laptops for work.\n\n### Ownership\n\nPriya Raman is the owner "
        "of this document. You can contact her on priya@example.com.\n")
    (tmp_path / "data.md").write_text(
        "# Data Handling Policy\n\nEach team is the owner of the data it collects.\n\nLine managers are the owners "
        "of the risks in this area.\n")

    _, aup, _ = imported_and_checked(tmp_path / "aup.md", "aup", tmp_path / "a")
    _, data, _ = imported_and_checked(tmp_path / "data.md", "data", tmp_path / "b")

    assert "\nowner: Priya Raman\n" in aup, aup
    assert "\nowner: TBC\n" in data, data


def test_an_audience_list_keeps_the_professionals_and_advisors_it_names(tmp_path):
    """A fostering agency's procedure "apply to all staff, foster carers and professionals working with us" gave
    "staff, carers"; the look-alike's "professional" describes conduct, not people, and names no audience."""
    (tmp_path / "grievance.md").write_text(
        "# Grievance Procedure\n\nThese procedures apply to all staff, foster carers and professionals working with "
        "us, and to our advisors.\n\n## Raising a concern\n\nTalk to your manager first.\n")
    (tmp_path / "conduct.md").write_text(
        "# Online Conduct Policy\n\nThis policy applies to professional conduct on social media.\n\nPost with care.\n")

    _, grievance, _ = imported_and_checked(tmp_path / "grievance.md", "grievance", tmp_path / "a")
    _, conduct, _ = imported_and_checked(tmp_path / "conduct.md", "conduct", tmp_path / "b")

    assert "\napplies_to: [staff, carers, advisors, professionals]\n" in grievance, grievance
    assert "\napplies_to: [TBC]\n" in conduct, conduct
