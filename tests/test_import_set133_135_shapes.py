"""Shapes of held-out sets 133 to 135's first runs (issue 18), made here, each beside a look-alike: bylaws whose version
is in brackets inside the title ("Bylaws (Ver. 1.3) of the ...") or on a line of its own with its date; bylaws closing
"The foregoing Bylaws were approved by a vote of SORTEE membership on this 23rd day of April 2024."; Finnish rules
naming the association ("Yhdistyksen nimi on OpenVAA ry") and dated "Vahvistettu 23.9.2022"; a privacy notice's
"Rekisterinpitäjä" (controller) heading over the controller's name and address; and a PDF's cover of three lines in one
style, the company's name over the product's over the document's ("The Broad Institute, Inc." / "gnomAD" / "Privacy
Policy")."""

from __future__ import annotations

import random
import signal
import string

import pytest
from test_import_facts import facts_of, found

from handbook.importing import PolicyImportError, drafted, import_policy
from handbook.importing.document import Paragraph
from handbook.importing.titles import cover_title


@pytest.mark.parametrize(("title", "version"), [
    ("Bylaws (Ver. 1.3) of the Asia Pacific Neural Network Society", "1.3"),
    ("Bylaws of the Asia Pacific Neural Network Society", None),
])
def test_a_version_in_brackets_inside_the_title_is_the_version(title, version):
    facts = facts_of("1. The name of the Non-profit Organization is the Society.", title=title)

    assert found(facts, "version") == version


@pytest.mark.parametrize(("line", "version"), [
    ("(Ver. 1.3, October 14th, 2015)", "1.3"),
    ("Ver. 2.0", "2.0"),
    ("(Verified by the Secretary, October 14th, 2015)", None),
])
def test_a_version_abbreviated_on_a_line_of_its_own_is_the_version(line, version):
    assert found(facts_of(line, title="Bylaws of the Society"), "version") == version


@pytest.mark.parametrize(("line", "approver", "day"), [
    ("The foregoing Bylaws were approved by a vote of SORTEE membership on this 23rd day of April 2024.",
     "SORTEE membership", "2024-04-23"),
    ("These Bylaws were approved by a unanimous vote of the Board of Directors on 3 May 2024.", "Board of Directors",
     "2024-05-03"),
])
def test_bylaws_approved_by_a_vote_of_a_body_name_the_body(line, approver, day):
    facts = facts_of(line, title="Bylaws")

    assert (found(facts, "approved_by"), found(facts, "approved_on")) == (approver, day)


def test_a_vote_the_bylaws_require_for_changes_approves_nothing():
    facts = facts_of("Such amendment requires an affirmative vote of two-thirds of the votes cast at any regular "
                     "meeting.", title="Bylaws")

    assert (found(facts, "approved_by"), found(facts, "approved_on")) == (None, None)


def test_finnish_rules_name_their_association_and_the_day_they_were_confirmed():
    facts = facts_of("Vahvistettu 23.9.2022", "Yhdistyksen nimi on OpenVAA ry ja sen kotipaikka on Helsinki.",
                     title="OpenVAA ry:n säännöt")

    assert (found(facts, "organisation"), found(facts, "approved_on")) == ("OpenVAA ry", "2022-09-23")


def test_finnish_rules_naming_another_thing_name_no_association():
    facts = facts_of("Rekisterin nimi on Tietokillan jäsenrekisteri.", title="Tietosuojaseloste")

    assert found(facts, "organisation") is None


@pytest.mark.parametrize(("heading", "organisation"), [
    ("## 1. Rekisterinpitäjä", "Tietokilta ry"),
    ("## Data controller", "Tietokilta ry"),
    ("## 3. Rekisterin nimi", None),  # the register's name, not its controller
])
def test_a_privacy_notice_s_controller_heading_names_the_organisation(tmp_path, heading, organisation):
    (tmp_path / "seloste.md").write_text(
        "# Jäsenrekisterin tietosuojaseloste\n\nTämä on EU:n yleisen tietosuoja-asetuksen mukainen seloste.\n\n"
        f"{heading}\n\n**Tietokilta ry**<br />\nY-tunnus: 1790346-8<br />\nOsoite: Konemiehentie 2, 02150 Espoo\n\n"
        "## Oikeusperuste\n\nHenkilötietoja käsitellään jäsenyyden perusteella.\n", encoding="utf-8")

    found_facts = drafted(tmp_path / "seloste.md").facts.found
    assert (found_facts["organisation"].value if "organisation" in found_facts else None) == organisation


def _cover(lines: list[str]) -> Paragraph:
    """The title of a PDF's cover as the reader gives it: its lines headings in one style (bold, the body's size, as
    the gnomAD policy's Google Docs PDF is read), then the text."""
    cover = [Paragraph(n, line, line, heading=1, place=f"page 1, '{line}'", bold=True, size=11.0)
             for n, line in enumerate(lines, start=1)]
    text = [Paragraph(4, words, words, place="page 1", size=11.0) for words in (
        "Last Updated: August 5th, 2022", "The Broad Institute, Inc. values your privacy. This Privacy Policy explains "
        "how Broad collects and uses your personal information when you use the browser.")]
    blocks = cover_title([*cover, *text])  # a line made the title (level 0), else the first heading is
    return next((b for b in blocks if b.heading == 0), None) or next(b for b in blocks if b.heading)


def test_a_company_s_name_over_two_lines_naming_the_document_is_not_the_title():
    assert _cover(["The Broad Institute, Inc.", "gnomAD", "Privacy Policy"]).plain == "gnomAD Privacy Policy"


def test_a_document_s_name_over_two_lines_under_no_company_stays_as_it_was():
    assert _cover(["Privacy Policy", "gnomAD", "Browser"]).plain == "Privacy Policy"


@pytest.mark.parametrize(("lines", "organisation"), [
    (["We describe our intentions for Fosstodon, and set our expectations for all users on Fosstodon.",
      "Fosstodon is a Mastodon instance that federates with many other servers in the fediverse.",
      "Moderators may suspend accounts on Fosstodon that break these rules."], "Fosstodon"),
    # the tool a policy is about, not its organisation
    (["We describe how staff may use Jenkins to build and release our software.",
      "Jenkins is a build server that runs our tests on every change.",
      "Access to Jenkins is given by the IT team on request."], None),
])
def test_an_online_community_saying_what_server_it_is_is_the_organisation(lines, organisation):
    assert found(facts_of(*lines, title="Code of Conduct"), "organisation") == organisation


@pytest.mark.parametrize(("scope", "organisation"), [
    ("This Code of Conduct applies to all spaces managed by Python Discord.", "Python Discord"),
    ("This Code of Conduct applies to all channels, including those hosted by Discord Inc. for us.", None),
])
def test_a_code_s_scope_over_the_spaces_a_community_manages_names_it(scope, organisation):
    facts = facts_of("We are committed to providing a friendly, safe and welcoming environment for all.", scope,
                     "Report any breach of the Python Discord Code of Conduct to the moderation team.",
                     title="Code of Conduct")

    assert found(facts, "organisation") == organisation


def _timed_out(signum, frame):
    raise TimeoutError("the import took longer than 20 seconds")


_LETTERS = random.Random(1)


@pytest.mark.parametrize("garbled", [
    "".join(_LETTERS.choice(string.ascii_letters) for _ in range(44_000)),  # one word of letters
    " ".join("".join(_LETTERS.choice(string.ascii_letters) for _ in range(8)).capitalize()
             for _ in range(5_000)),  # a run of 5,000 capitalised words
])
def test_a_page_of_garbled_text_is_refused_in_seconds(tmp_path, garbled):
    """The name patterns were tried from every capital inside a long word, and to the end of a long run of capitalised
    words from each of its words: a minute and more for 44,000 characters, before the paragraph was refused as too
    long. Each name now starts at a word and holds at most MOST_WORDS words."""
    (tmp_path / "notes.md").write_text(f"# Data Handling Policy\n\nStaff must read this.\n\n{garbled}\n",
                                       encoding="utf-8")
    previous = signal.signal(signal.SIGALRM, _timed_out)
    signal.alarm(20)  # (about a second each now; 45 and 90 seconds before, on this machine)
    try:
        with pytest.raises(PolicyImportError, match=r"line 5: this (?:line|paragraph)"):
            import_policy(tmp_path / "notes.md", "notes", tmp_path / "src")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert not (tmp_path / "src").exists()  # a refusal writes nothing
