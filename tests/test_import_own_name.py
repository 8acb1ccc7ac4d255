"""The organisation from how a document uses names (handbook.importing.own_name), where no sentence, label or title
says whose the policy is: each document written here as such organisations write theirs, imported and checked as
``handbook check --strict`` checks it; beside it the look-alikes, whose names are not their own. The name is offered
beside a TBC (a guess, never written as a fact); a look-alike gets no offer."""

from __future__ import annotations

import pytest
from helpers import imported_and_checked


def _imported(tmp_path, name: str, text: str) -> tuple[str, list[str]]:
    (tmp_path / f"{name}.md").write_text(text)
    result, front, _ = imported_and_checked(tmp_path / f"{name}.md", name, tmp_path / name)
    return front, [note for note in result.notes if note.startswith("front matter organisation")]


def test_a_community_that_names_itself_as_its_own_throughout_is_offered_as_the_organisation(tmp_path):
    """An open-source community's reporting guide: no sentence says whose it is ("report it to ...", "the Larkspur
    community"), but the text names Larkspur again and again as its own, from its opening paragraph on."""
    front, notes = _imported(tmp_path, "reporting", (
        "# Reporting Guide\n\n"
        "If you believe someone is breaking the code of conduct in a Larkspur space, please tell us. Reports can be "
        "made by anyone in the Larkspur community.\n\n"
        "## How to report\n\n"
        "Email conduct@larkspur.dev. Your report goes to the Larkspur moderators only; Larkspur's moderators will "
        "never share your name without your consent.\n\n"
        "## What happens next\n\n"
        "We acknowledge every report within two working days. If a meeting is needed, we can meet online or at "
        "Larkspur events.\n"))

    assert "\norganisation: TBC  # perhaps 'Larkspur'?" in front, front
    # the place a user finds it, and why: five mentions (space, community, moderators, Larkspur's, events)
    assert len(notes) == 1, notes
    assert notes[0].startswith("front matter organisation: not stated: TBC; perhaps 'Larkspur' (line 3, where it is "
                               "first named (named 5 times in the text, 4 of them as its own"), notes


def test_its_full_name_is_offered_where_the_text_spells_it_out(tmp_path):
    """A foundation's diversity statement names itself by its short name and, in full, by what it is: the full name
    is written, and the short form it also goes by is no rival."""
    front, _ = _imported(tmp_path, "diversity", (
        "# Diversity Statement\n\n"
        "The Kestrel community is one of the friendliest in open source, and the Kestrel Software Foundation wants "
        "to keep it that way.\n\n"
        "## Who we welcome\n\n"
        "Everyone: whatever your age, background or experience, there is a place for you at Kestrel events. The "
        "Kestrel Software Foundation funds travel grants, and the KSF board reviews this statement every year.\n\n"
        "## Questions?\n\n"
        "Write to the KSF at hello@kestrel.example. The KSF answers every message.\n"))

    assert "\norganisation: TBC  # perhaps 'Kestrel Software Foundation'?" in front, front


LOOK_ALIKES = {
    "a tool": (  # GitHub, on every line and even as the subject, is where the team works, not whose the policy is
        "# Repository Rules\n\nThese rules apply to every repository our team keeps on GitHub.\n\n## Accounts\n\n"
        "Use your work GitHub account, with GitHub's two-factor authentication. Never share a GitHub account.\n\n"
        "## Secrets\n\nNever commit passwords to GitHub repositories. GitHub will warn you of some leaks through "
        "GitHub's secret scanning; report any leak to the team lead.\n"),
    "a regulator": (  # a school's data breach procedure, naming only whom it reports to
        "# Data Breach Procedure\n\nThis procedure explains what staff do when personal data is lost, following "
        "guidance from the Information Commissioner's Office (ICO).\n\n## Reporting\n\nA serious breach is reported "
        "to the ICO within 72 hours. The ICO's website has the form, and the ICO's helpline can advise.\n\n"
        "## Records\n\nWe record every breach, whether or not the ICO is told, as the ICO expects.\n"),
    "a law": (  # a charity's equality policy, quoting the law it follows
        "# Equality Policy\n\nWe follow the Equality Act 2010 in everything we do.\n\n## Our duties\n\n"
        "The Equality Act's nine protected characteristics apply to our volunteers as well as to our clients. The "
        "Equality Act's duty to make reasonable adjustments applies to our buildings too. If in doubt, ask our "
        "trustees how the Equality Act applies.\n"),
    "a partner": (  # a youth club's scheme run with another charity, named more often than the club names itself
        "# Mentoring Scheme Guidelines\n\nOur mentoring scheme is run in partnership with Brightside. Mentors are "
        "recruited through Brightside and trained on the Brightside platform.\n\n## Meeting\n\nMentors and young "
        "people meet at the club, never alone. Sessions are booked using Brightside's calendar, and any concern is "
        "reported to our safeguarding lead as well as to Brightside staff.\n"),
    "the company only": (  # a small firm's policy that calls itself "the Company" throughout
        "# Expenses Policy\n\nThe Company pays back what employees spend on its business.\n\n## Claims\n\nClaims "
        "go to the Company's finance team within a month. The Company does not pay for alcohol. The Company's card "
        "may be used for travel, and the Company reviews card spending monthly. Company staff travelling abroad are "
        "paid a daily allowance.\n"),
    "a venue named further down": (  # a school's trips policy: the outdoor centre is where the pupils go
        "# Educational Visits Policy\n\nWe take pupils on visits that bring learning to life.\n\nEvery visit is "
        "planned and risk assessed by the visit leader.\n\nParents give written consent for each visit.\n\n"
        "## Year 6 residential\n\nYear 6 spend three nights at Kinross Outdoor Centre. Kinross Outdoor Centre staff "
        "lead the climbing, and Kinross Outdoor Centre's own risk assessments are read by the visit leader.\n"),
    "a person": (  # a research lab's expectations, written by its principal investigator
        "# Lab Expectations\n\nThis document sets out what members of the lab and Priya expect of each other.\n\n"
        "## Meetings\n\nPriya will meet each student every week. Priya's door is open on Mondays, and Priya will "
        "read drafts within a week. Ask Priya before submitting anything.\n"),
    "two parties alike": (  # an agreement between two organisations, each named as often as the other
        "# Agreement in Principle\n\nThis agreement is between Tidewater and Northfield, who will share a data "
        "platform.\n\n## Duties\n\nTidewater's team runs the servers and Tidewater staff answer support requests. "
        "Northfield's team writes the software, and Northfield staff train users. Tidewater and Northfield "
        "members meet monthly.\n"),
    "a spelt-out term": (  # an acronym for a thing, not an organisation, used all through
        "# Contribution Guidelines\n\nThese guidelines cover contributions to Free and Open Source Software (FOSS) "
        "made by employees.\n\n## Approval\n\nEach FOSS project you contribute to must be approved. FOSS community "
        "norms apply, and FOSS project licences are checked before you start. Report FOSS issues to your manager.\n"),
}


@pytest.mark.parametrize("shape", LOOK_ALIKES)
def test_a_name_used_often_that_is_not_the_documents_own_leaves_the_organisation_tbc(tmp_path, shape):
    """Each look-alike uses a name again and again, where it stands in the opening paragraph, but the name is
    what the organisation uses, reports to, complies with or works with, or the document names two alike."""
    front, notes = _imported(tmp_path, "lookalike", LOOK_ALIKES[shape])

    assert "\norganisation: TBC\n" in front, (shape, front, notes)
