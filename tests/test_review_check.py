"""The review assistant (handbook.versions.review_check): every rule on text as schools write it, with
cases it must not flag; policy_src/review_rules.yml; ``handbook review check``; the dashboard's section.

The policy texts are written the way school policies are written (several taken from the phrasing of
published school policies), not the way the rules match.
"""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as etree
from datetime import date
from pathlib import Path

import markdown
import pytest
from helpers import REPO, policy_source

from handbook import cli
from handbook.checking import check_policy_src
from handbook.errors import PolicySourceError
from handbook.model import Handbook, Policy
from handbook.pages import policy_pages, review_dashboard
from handbook.source.policy_file import parse_policy
from handbook.versions.kept_findings import ReviewMemory
from handbook.versions.review_check import review_report, sentences
from handbook.versions.review_rules import STATUTORY_LIST, load_review_rules, read_statutory

TODAY = date(2026, 12, 3)


def policy(body: str, policy_id: str = "test-policy", title: str = "Test Policy", **front_matter: str):
    return parse_policy(policy_source(body, id=policy_id, title=json.dumps(title), **front_matter),
                        Path(f"{policy_id}.md"))


def findings(body: str, *others, rule: str | None = None, today: date = TODAY, rules=None, **front_matter):
    """(clause, words) of each finding of ``rule`` in a policy of ``body``, in a handbook with ``others``."""
    checked = policy(body, **front_matter)
    handbook = Handbook((checked, *others))
    report = review_report(checked, handbook, rules or load_review_rules(None), today)
    return [(f.clause, f.words) for f in report.findings if rule is None or f.rule == rule]


# --- replaced and renamed law and guidance ----------------------------------------------------------


def test_flags_the_data_protection_act_1998_and_eu_gdpr():
    body = (
        "1. Personal data about pupils and staff is held in line with the Data Protection Act 1998.\n"
        "2. The school is a data controller under the General Data Protection Regulation (EU) 2016/679 "
        "and will report breaches within 72 hours.\n"
        "3. All staff who work with children will have an enhanced CRB check before they start.\n"
        "4. We follow the procedures of the Local Safeguarding Children Board (LSCB).\n"
    )
    assert findings(body, rule="superseded") == [
        ("1", "Data Protection Act 1998"),
        ("2", "General Data Protection Regulation (EU) 2016/679"),
        ("3", "CRB"),
        ("4", "Local Safeguarding Children Board; LSCB"),
    ]


def test_does_not_flag_the_law_in_force():
    body = (
        "1. The school processes personal data in accordance with the UK General Data Protection Regulation "
        "(UK GDPR) and the Data Protection Act 2018.\n"
        "2. Under the UK GDPR, staff must report a breach to the Data Protection Officer at once.\n"
        "3. It is an offence under the Safeguarding Vulnerable Groups Act 2006 for a barred person to work "
        "with children; the school checks the barred list through the Disclosure and Barring Service.\n"
    )
    assert findings(body, rule="superseded") == []


def test_a_renamed_department_is_flagged_but_not_a_council_directorate_of_that_name():
    body = (
        "1. This policy follows the Department for Children, Schools and Families guidance on the use of force.\n"
        "2. Concerns about the manager are reported to Essex County Council's Children, Schools and Families "
        "directorate.\n"
    )
    assert findings(body, rule="superseded") == [("1", "Department for Children, Schools and Families")]


def test_a_replaced_acronym_is_reported_once_as_replaced():
    body = "1. Visiting photographers are CRB checked before they come into the setting.\n"
    assert findings(body) == [("1", "CRB")]


def test_eu_gdpr_is_flagged_only_after_2020():
    body = "1. We comply with the General Data Protection Regulation (EU) 2016/679.\n"
    assert findings(body, rule="superseded", today=date(2020, 6, 1)) == []
    assert findings(body, rule="superseded", today=date(2021, 1, 2)) != []


def test_flags_earlier_editions_of_yearly_guidance_only():
    body = (
        "1. All staff must read Part one of Keeping Children Safe in Education (September 2022).\n"
        "2. The DSL has read KCSIE 2023 in full.\n"
        "3. This policy follows Working Together to Safeguard Children (DfE, 2018).\n"
        "4. Staff follow What to do if you're worried a child is being abused (HMG 2006).\n"
        "5. This policy follows Keeping Children Safe in Education 2025 and Working Together to Safeguard "
        "Children 2023.\n"
        "6. Keeping Children Safe in Education sets out what staff must do; 2019 was the year the school opened.\n"
    )
    found = findings(body, rule="superseded")
    assert found == [
        ("1", "Keeping Children Safe in Education (September 2022"),
        ("2", "KCSIE 2023"),
        ("3", "Working Together to Safeguard Children (DfE, 2018"),
        ("4", "What to do if you're worried a child is being abused (HMG 2006"),
    ]


# --- names for the same body -------------------------------------------------------------------------


def test_the_seed_names_its_leadership_team_two_ways():
    seed = check_policy_src(REPO / "policy_src")
    social_media = seed.handbook.policy("social-media")
    report = review_report(social_media, seed.handbook, seed.review_rules, TODAY)
    names = [f for f in report.findings if f.rule == "names"]
    assert [(f.clause, f.words) for f in names] == [("19", "senior management team")]
    assert "use one name, 'senior leadership team'" in names[0].proposal


def test_proposes_the_name_most_used_across_the_handbook():
    other = policy(
        "1. The headteacher is responsible for day-to-day safeguarding.\n"
        "2. Concerns about the headteacher go to the chair of governors.\n",
        policy_id="safeguarding", title="Safeguarding Policy",
    )
    body = (
        "1. Ask your Head Teacher before using social media for work.\n"
        "2. The deputy head teacher keeps the list of approved accounts.\n"
        "3. The Head of Department checks posts about the department.\n"
    )
    checked = policy(body)
    report = review_report(checked, Handbook((checked, other)), load_review_rules(None), TODAY)
    names = [f for f in report.findings if f.rule == "names"]
    assert [(f.clause, f.words) for f in names] == [("1", "Head Teacher")]
    assert "'headteacher' 2 times (Safeguarding Policy clause 1, Safeguarding Policy clause 2)" in names[0].proposal
    assert names[0].proposal.endswith("use one name, 'headteacher', the most used")


def test_a_draft_s_names_are_counted_in_place_of_its_current_version_s():
    """The dashboard counts each name across the handbook once; an open review's draft replaces its policy's
    uses in that count, so names the draft no longer uses do not outvote the others."""
    other = policy(
        "1. The headteacher is responsible for day-to-day safeguarding.\n"
        "2. Concerns about the headteacher go to the chair of governors.\n",
        policy_id="safeguarding", title="Safeguarding Policy",
    )
    current = policy(
        "1. Ask your Head Teacher before using social media for work.\n"
        "2. The Head Teacher approves the school's accounts.\n"
        "3. Posts about pupils are agreed with the Head Teacher first.\n"
        "4. The Head Teacher reviews this policy every year.\n"
    )
    draft = policy(
        "1. Ask your Head Teacher before using social media for work.\n"
        "2. The headteacher approves the school's accounts.\n"
    )
    rules, handbook = load_review_rules(None), Handbook((current, other))

    def names(checked):
        return [f for f in review_report(checked, handbook, rules, TODAY).findings if f.rule == "names"]

    # As approved: 'Head Teacher' 4 times against 'headteacher' twice, so the other policy's are flagged.
    assert names(current) == []
    assert [(f.clause, f.words) for f in names(other)] == [("1", "headteacher"), ("2", "headteacher")]
    # The draft says each once: 'headteacher' 3 times in all, 'Head Teacher' once.
    assert [(f.clause, f.words) for f in names(draft)] == [("1", "Head Teacher")]
    assert "'headteacher' 3 times" in names(draft)[0].proposal


def test_one_name_throughout_is_not_flagged():
    body = "1. Tell the senior leadership team (SLT).\n2. The SLT reviews this policy.\n"
    assert findings(body, rule="names") == []


# --- documents relied on -----------------------------------------------------------------------------


def test_documents_relied_on_are_linked_or_flagged():
    acceptable_use = policy("1. Staff use school devices for school work.\n", policy_id="acceptable-use",
                            title="Acceptable Use Policy")
    body = (
        "1. Staff must follow the school's Acceptable Use Policy when using school devices.\n"
        "2. A breach of this policy may lead to action under the disciplinary procedure.\n"
    )
    checked = policy(body)
    report = review_report(checked, Handbook((checked, acceptable_use)), load_review_rules(None), TODAY)
    documents = [(f.clause, f.words, f.link) for f in report.findings if f.rule == "documents"]
    assert documents == [("1", "Acceptable Use Policy", "acceptable-use"), ("2", "disciplinary procedure", None)]
    assert "not in the handbook" in report.findings[-1].proposal


def test_the_organisations_own_document_is_proposed_first():
    theirs = policy("1. Be kind.\n", policy_id="pycon-code-of-conduct", title="Code of Conduct",
                    organisation='"Python Software Foundation"')
    ours = policy("1. Be kind.\n", policy_id="staff-code-of-conduct", title="Staff Code of Conduct")
    checked = policy("1. Staff follow the Code of Conduct at all times.\n")
    report = review_report(checked, Handbook((theirs, ours, checked)), load_review_rules(None), TODAY)
    assert [f.link for f in report.findings if f.rule == "documents"] == ["staff-code-of-conduct"]


def test_a_document_linked_already_is_not_flagged():
    data_protection = policy("1. Personal data is kept safe.\n", policy_id="data-protection",
                             title="Data Protection Policy")
    body = ("1. Records of concerns are personal data: see the [Data Protection Policy](policy:data-protection).\n"
            "2. Handle them as set out in the Data Protection Policy.\n")
    assert findings(body, data_protection, rule="documents") == [("2", "Data Protection Policy")]


def test_a_policy_naming_itself_is_not_a_missing_document():
    body = "1. This code of conduct applies to all staff, volunteers and governors.\n"
    assert findings(body, rule="documents", title="Staff Code of Conduct") == []


# --- acronyms ------------------------------------------------------------------------------------------


def test_flags_acronyms_never_spelled_out():
    body = (
        "1. Report any concern to the DSL straight away.\n"
        "2. Pupils with an EHCP have a named member of staff.\n"
        "3. The Special Educational Needs Co-ordinator (SENCO) keeps the register.\n"
    )
    assert findings(body, rule="acronyms") == [("1", "DSL"), ("2", "EHCP")]


def test_does_not_flag_spelled_out_known_or_shouted_capitals():
    body = (
        "1. The Designated Safeguarding Lead (DSL) is the first point of contact.\n"
        "2. Staff MUST NOT share their passwords. PLEASE READ THIS CAREFULLY.\n"
        "3. Data is kept in the UK; the DSL keeps records for the Disclosure and Barring Service (DBS).\n"
        "4. See Part II of the guidance, and the guidance on GOV.UK.\n"
    )
    assert findings(body, rule="acronyms") == []


def test_a_glossary_policy_spells_acronyms_out():
    glossary = policy("1. Early Career Teacher (ECT): a teacher in their first two years.\n",
                      policy_id="glossary", title="Glossary")
    assert findings("1. Each ECT has a mentor.\n", glossary, rule="acronyms") == []
    assert findings("1. Each ECT has a mentor.\n", rule="acronyms") == [("1", "ECT")]


def test_findings_kept_for_serves_next_build_follow_what_they_are_read_from():
    """`mkdocs serve` reads an unchanged policy file as the same Policy, whose findings are then kept
    (handbook.versions.kept_findings): the rules, the date and the glossary policies are read too, and a
    change to any of them finds again."""
    from dataclasses import replace

    checked = policy("1. Each ECT has a mentor, and records are kept under the Data Protection Act 1998.\n")
    rules = load_review_rules(None)
    memory = ReviewMemory()  # serve's build object's

    def found(handbook: Handbook, rules=rules, today: date = TODAY) -> set[tuple[str, str]]:
        return {(f.rule, f.words) for f in review_report(checked, handbook, rules, today, memory=memory).findings}

    alone = Handbook((checked,))
    first = found(alone)
    assert {("acronyms", "ECT"), ("superseded", "Data Protection Act 1998")} <= first
    assert not any(rule == "long-sentences" for rule, _ in first)
    assert found(alone) == first
    glossary = policy("1. Early Career Teacher (ECT): a teacher in their first two years.\n",
                      policy_id="glossary", title="Glossary")
    assert ("acronyms", "ECT") not in found(Handbook((checked, glossary)))
    assert ("superseded", "Data Protection Act 1998") not in found(alone, today=date(2018, 5, 1))  # not yet replaced
    assert any(rule == "long-sentences" for rule, _ in found(alone, rules=replace(rules, long_sentence_words=8)))
    assert found(alone) == first


def test_documents_kept_for_serves_next_build_follow_the_handbook():
    """The documents a policy names are kept with its findings (serve reads an unchanged file as the same
    Policy); whether the handbook has each, and whether the policy links to it, is judged again every build."""
    checked = policy("1. Staff follow the Acceptable Use Policy and the Behaviour Policy.\n")
    acceptable_use = policy("1. Use devices well.\n", policy_id="acceptable-use", title="Acceptable Use Policy")
    behaviour = policy("1. Be kind.\n", policy_id="behaviour", title="Behaviour Policy")
    rules = load_review_rules(None)
    memory = ReviewMemory()  # serve's build object's

    def documents(*others) -> list[tuple[str, str | None]]:
        report = review_report(checked, Handbook((checked, *others)), rules, TODAY, memory=memory)
        return [(f.words, f.link) for f in report.findings if f.rule == "documents"]

    neither = [("Acceptable Use Policy", None), ("Behaviour Policy", None)]
    assert documents() == neither
    assert documents(acceptable_use) == [("Acceptable Use Policy", "acceptable-use"), ("Behaviour Policy", None)]
    assert documents(behaviour) == [("Acceptable Use Policy", None), ("Behaviour Policy", "behaviour")]
    assert documents() == neither


def test_documents_linked_for_serves_next_build_follow_the_policies_they_link_to(monkeypatch):
    """A policy's documents as linked are kept too (serve's dashboard judged every policy's against the handbook at
    every save), by the policies they link to: an unchanged handbook links none again (fails with the keeping taken
    out); the policy linked to saved with a new title, or replaced by another organisation's of that kind, or the
    policy saved with a link of its own, and the findings follow (fail with the kept findings found by the policy
    alone)."""
    from handbook.versions import review_check

    linked: list[str] = []
    real = review_check._documents_linked
    monkeypatch.setattr(review_check, "_documents_linked",
                        lambda policy, *rest: linked.append(policy.meta.id) or real(policy, *rest))
    text = "1. Staff follow the Code of Conduct and the Acceptable Use Policy.\n"
    checked = policy(text)
    code = policy("1. Be kind.\n", policy_id="code-of-conduct", title="Staff Code of Conduct",
                  organisation='"St Hugh\'s School"')
    acceptable_use = policy("1. Use devices well.\n", policy_id="acceptable-use", title="Acceptable Use Policy")
    rules = load_review_rules(None)
    memory = ReviewMemory()  # serve's build object's

    def documents(*policies) -> list[tuple[str, str | None, str | None]]:
        report = review_report(policies[0], Handbook(policies), rules, TODAY, memory=memory)
        return [(f.words, f.link, f.link_title) for f in report.findings if f.rule == "documents"]

    both = [("Code of Conduct", "code-of-conduct", "Staff Code of Conduct"),
            ("Acceptable Use Policy", "acceptable-use", "Acceptable Use Policy")]
    assert documents(checked, code, acceptable_use) == both
    assert documents(checked, code, acceptable_use) == both
    assert linked == ["test-policy"]
    renamed = policy("1. Use devices well.\n", policy_id="acceptable-use", title="Acceptable Use of IT Policy")
    assert documents(checked, code, renamed)[1] == ("Acceptable Use Policy", "acceptable-use",
                                                    "Acceptable Use of IT Policy")
    theirs = policy("1. Be kind.\n", policy_id="pycon-code-of-conduct", title="Code of Conduct",
                    organisation='"Python Software Foundation"')
    assert documents(checked, theirs, renamed)[0] == ("Code of Conduct", "pycon-code-of-conduct", "Code of Conduct")
    linking = policy(text.replace("the Acceptable Use Policy", "the [Acceptable Use Policy](policy:acceptable-use)"))
    assert documents(linking, code, renamed) == both[:1]


# --- long sentences --------------------------------------------------------------------------------------

LONG = (
    "Staff who become aware of a safeguarding concern about a child, whether through something the child has "
    "said, something they have seen or something a parent or another member of staff has told them, must "
    "record it on the same day and pass it to the designated safeguarding lead without delay."
)


def test_flags_long_sentences_with_their_opening_words():
    body = f"1. {LONG} This applies on trips too.\n2. Short clause.\n"
    found = findings(body, rule="long-sentences")
    assert found == [("1", "Staff who become aware of a safeguarding concern ...")]


def test_table_rows_and_link_definitions_are_not_sentences():
    cells = " | ".join(["Reporting a concern about a child at school or on a trip"] * 4)
    body = (f"1. Who to tell:\n\n    | Concern | Who | When | How |\n    | --- | --- | --- | --- |\n    | {cells} |\n"
            f"    | {cells} |\n\n2. Read the [guidance][kcsie].\n\n[kcsie]: https://www.gov.uk/kcsie\n")
    assert findings(body, rule="long-sentences") == []


def test_short_sentences_and_list_items_are_not_long():
    body = (
        "1. Staff should not link with pupils on social media, e.g. Facebook, Instagram or TikTok. This "
        "is also applicable to parents and carers, i.e. those with parental responsibility. St. Hugh's "
        "keeps a record of any exceptions.\n"
        "2. Staff must not:\n\n"
        "    - post images of pupils taken on school premises or on school trips without written consent\n"
        "    - share confidential information about pupils, parents or colleagues online or in messages\n"
        "    - accept friend requests from pupils, past or present, on any personal account they hold\n"
        "3. Every member of staff must:\n"
        "(a) read Part 1 of Keeping Children Safe in Education and the annexes that apply to their role;\n"
        "(b) report any concern to the Designated Safeguarding Lead (DSL) the same day, in writing; and\n"
        "(c) complete safeguarding training when they join the school and every year after that.\n"
    )
    assert findings(body, rule="long-sentences") == []
    assert sentences("Use e.g. Facebook or i.e. this. Then stop. St. Hugh's agrees.") == [
        "Use e.g. Facebook or i.e. this.", "Then stop.", "St. Hugh's agrees."]


# --- statutory policies ---------------------------------------------------------------------------------


def write_rules(policy_src: Path, text: str) -> Path:
    path = policy_src / "review_rules.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_school_in_england_is_told_which_statutory_policies_it_lacks(write_policy, tmp_path):
    write_policy("1. Staff must report concerns.\n", name="safeguarding",
                 title='"Safeguarding and Child Protection Policy"', review_every="2 years")
    write_rules(tmp_path / "policy_src", "sector: school-england\n")
    checked = check_policy_src(tmp_path / "policy_src")
    safeguarding = checked.handbook.policy("safeguarding")
    report = review_report(safeguarding, checked.handbook, checked.review_rules, TODAY)
    missing = [p.name for p in report.missing_statutory]
    assert any(name.startswith("Behaviour policy") for name in missing) and "School complaints procedure" in missing
    assert not any("child protection" in name for name in missing)
    assert "Teachers' pay policy" not in missing  # maintained schools only
    marking = [f for f in report.findings if f.rule == "statutory"]
    assert len(marking) == 1 and "'statutory: true' and 'statutory_review: 1 year'" in marking[0].proposal


def test_which_statutory_policies_depend_on_the_kind_of_school(write_policy, tmp_path):
    # A pupils' "Behaviour and Discipline Policy" is not the staff disciplinary procedure, which the trusts' list
    # asks academies for too; teachers' pay is on the maintained schools' list only.
    write_policy("1. Pupils are expected to behave well.\n", name="behaviour",
                 title='"Behaviour and Discipline Policy"')
    rules_file = write_rules(tmp_path / "policy_src", "")
    missing, pages = {}, {}
    for sector in ("academy-england", "maintained-school-england"):
        rules_file.write_text(f"sector: {sector}\n", encoding="utf-8")
        checked = check_policy_src(tmp_path / "policy_src")
        report = review_report(checked.handbook.policies[0], checked.handbook, checked.review_rules, TODAY)
        missing[sector] = {p.name for p in report.missing_statutory}
        pages[sector] = [s.title for s in report.statutory_sources]
    staff_discipline = "Staff discipline, conduct and grievance procedures"
    assert staff_discipline in missing["academy-england"] and staff_discipline in missing["maintained-school-england"]
    assert "Teachers' pay policy" in missing["maintained-school-england"]
    assert "Teachers' pay policy" not in missing["academy-england"]
    assert "School uniform policy" in missing["academy-england"]
    assert pages == {"academy-england": ["Statutory guidance and additional resources for trusts"],
                     "maintained-school-england": ["Statutory policies for maintained schools"]}


def test_the_statutory_list_cites_a_dfe_page_for_every_sector():
    statutory = read_statutory(STATUTORY_LIST)
    for sector in statutory.sectors:
        assert statutory.for_sector(sector) and statutory.sources_for(sector)
        assert all(s.url.startswith("https://www.gov.uk/") for s in statutory.sources_for(sector))
    assert len(statutory.sources_for("school-england")) == 2


@pytest.mark.parametrize(("change", "message"), [
    (("for: maintained", "for: maintaned"), r"'maintaned' is no sector's kind; write one of: academy, all, maintained"),
    (("sources: [trusts]}", "sources: [trust]}"), r"'trust' is not in 'sources'; write one of: maintained, trusts"),
])
def test_a_mistake_in_the_statutory_list_names_its_line(tmp_path, change, message):
    text = STATUTORY_LIST.read_text(encoding="utf-8")
    path = tmp_path / "statutory_policies.yml"
    path.write_text(text.replace(*change, 1), encoding="utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if change[0] in row)
    with pytest.raises(PolicySourceError, match=rf"statutory_policies\.yml:{line}: {message}"):
        read_statutory(path)


def test_no_sector_no_statutory_list(write_policy, tmp_path):
    write_policy()
    checked = check_policy_src(tmp_path / "policy_src")
    report = review_report(checked.handbook.policies[0], checked.handbook, checked.review_rules, TODAY)
    assert report.missing_statutory == ()


def test_statutory_review_needs_statutory(write_policy, tmp_path):
    path = write_policy(statutory_review="1 year")
    with pytest.raises(PolicySourceError, match=r"policy\.md:13: 'statutory_review' .* add 'statutory: true'"):
        check_policy_src(path.parent.parent)


# --- policy_src/review_rules.yml --------------------------------------------------------------------------


def test_rules_are_switched_off_and_extended(write_policy, tmp_path):
    write_policy(f"1. {LONG}\n2. Follow the Frobnication Act 1999 and tell the pastoral team.\n"
                 "3. Tell the pastoral leaders.\n")
    write_rules(tmp_path / "policy_src", (
        "off: [long-sentences]\n"
        "superseded:\n"
        "  - id: frobnication\n"
        "    terms: [Frobnication Act 1999]\n"
        "    replaced_by: the Frobnication Act 2020\n"
        "    since: 2020-09-01\n"
        "    source: https://example.org/frobnication\n"
        "names:\n"
        "  - id: pastoral\n"
        "    names: [[pastoral team], [pastoral leaders]]\n"
    ))
    checked = check_policy_src(tmp_path / "policy_src")
    report = review_report(checked.handbook.policies[0], checked.handbook, checked.review_rules, TODAY)
    assert [(f.rule, f.clause, f.words) for f in report.findings] == [
        ("superseded", "2", "Frobnication Act 1999"),
        ("names", "3", "pastoral leaders"),
    ]


def test_a_threshold_of_the_organisations_own(write_policy, tmp_path):
    write_policy("1. Staff must read this policy and the code of conduct before they start work here.\n")
    write_rules(tmp_path / "policy_src", "long_sentence_words: 10\n")
    checked = check_policy_src(tmp_path / "policy_src")
    report = review_report(checked.handbook.policies[0], checked.handbook, checked.review_rules, TODAY)
    assert [f.rule for f in report.findings] == ["documents", "long-sentences"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("# our changes\noff: [long-sentence]\n", r"review_rules\.yml:2: 'long-sentence' is not a rule; write one of"),
        ("sector: school-wales\n", r"review_rules\.yml:1: 'school-wales' is not a sector"),
        ("long_sentence_words: forty\n", r"review_rules\.yml:1: 'long_sentence_words: forty' must be a whole number"),
        ("superseded:\n  - id: x\n    terms: ['/(unclosed/']\n    replaced_by: y\n    since: 2020-01-01\n"
         "    source: z\n", r"review_rules\.yml:3: '/\(unclosed/' is not a valid regular expression"),
        ("names:\n  - id: x\n    names: [[one]]\n", r"review_rules\.yml:3: a group needs at least two names"),
        ("documents:\n  - id: x\n    terms: [staff handbook]\n", r"review_rules\.yml:2: this rule of 'documents' "
         r"lacks 'titles'"),
        ("of: [names]\n", r"review_rules\.yml:1: unknown key 'of': did you mean 'off'\?"),
        ("off: [names\n", r"review_rules\.yml:2: is not valid YAML"),
    ],
)
def test_a_bad_rules_file_names_its_line(write_policy, tmp_path, text, message):
    write_policy()
    write_rules(tmp_path / "policy_src", text)
    with pytest.raises(PolicySourceError, match=message):
        check_policy_src(tmp_path / "policy_src")


# --- the command ----------------------------------------------------------------------------------------


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "policy_src"
    shutil.copytree(REPO / "policy_src", copy)
    return copy


def test_review_check_prints_each_finding_with_its_clause(seed_copy, capsys):
    assert cli.main(["review", "check", "social-media", "--policy-src", str(seed_copy), "--on", "2026-12-03"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Social Media Policy, the current version (version 1.0,")
    assert '- clause 9 (line 40) documents: "code of conduct": not in the handbook: add it, or say where staff ' \
        "find it" in out
    assert any(line.startswith('- clause 12 (line 43) superseded: "Data Protection Act 1998": replaced by')
               for line in out)
    assert out[-1] == "These are proposals: nothing was changed."


def test_review_check_json_and_the_statutory_list(seed_copy, capsys):
    write_rules(seed_copy, "sector: school-england\n")
    assert cli.main(["review", "check", "social-media", "--policy-src", str(seed_copy), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert {(f["rule"], f["clause"]) for f in report["findings"]} >= {
        ("documents", "9"), ("documents", "14"), ("documents", "18"), ("names", "19"), ("superseded", "12")
    }
    assert report["sector"] == "school-england"
    assert {"name": "Safeguarding and child protection policy", "review": "1 year"} in report["missing_statutory"]


def test_review_check_reads_an_open_reviews_draft(seed_copy, capsys):
    assert cli.main(["review", "start", "social-media", "--policy-src", str(seed_copy)]) == 0
    draft = seed_copy / "social-media" / "draft.md"
    draft.write_text(draft.read_text().replace("Data Protection Act 1998", "Data Protection Act 2018"))
    capsys.readouterr()
    assert cli.main(["review", "check", "social-media", "--policy-src", str(seed_copy)]) == 0
    out = capsys.readouterr().out
    assert "the open review's draft (version 2.0" in out and "Data Protection Act 1998" not in out


def test_review_check_of_an_unknown_policy_is_an_error(seed_copy, capsys):
    assert cli.main(["review", "check", "safeguarding", "--policy-src", str(seed_copy)]) == 1
    assert "there is no policy 'safeguarding'" in capsys.readouterr().err


def test_a_bad_rules_file_stops_the_command_with_file_and_line(seed_copy, capsys):
    write_rules(seed_copy, "off:\n  - acronym\n")
    assert cli.main(["review", "check", "social-media", "--policy-src", str(seed_copy)]) == 1
    err = capsys.readouterr().err
    assert "review_rules.yml:2: 'acronym' is not a rule" in err and "Traceback" not in err


# --- the dashboard ----------------------------------------------------------------------------------------


def html_of(page: policy_pages.Page) -> etree.Element:
    body = page.markdown.split("---\n", 2)[2]
    return etree.fromstring(f"<main>{markdown.markdown(body, extensions=policy_pages.MARKDOWN_EXTENSIONS)}</main>")


def test_the_dashboard_lists_each_finding_linked_to_its_clause():
    seed = check_policy_src(REPO / "policy_src")
    page = html_of(review_dashboard.reviews_page(seed.handbook, TODAY, seed.review_rules))
    section = [" ".join("".join(li.itertext()).split()) for li in page.iter("li")]
    links = [a.get("href") for li in page.iter("li") for a in li.iter("a")]
    assert any(item.startswith('Clause 19, another name for the same body: "senior management team".')
               for item in section)
    assert '/social-media/index.md#clause-19' in links and '/social-media/index.md#clause-9' in links
    assert sum("document relied on" in item for item in section) == 4  # clauses 9, 12, 14 and 18


def test_the_dashboard_marks_statutory_policies_overdue_by_the_law():
    overdue = policy("1. Text.\n", policy_id="safeguarding", title="Safeguarding Policy", statutory="true",
                     statutory_review="1 year", approved_on="2025-01-15")
    on_time = policy("1. Text.\n", policy_id="behaviour", title="Behaviour Policy", statutory="true",
                     approved_on="2025-01-15")
    page = html_of(review_dashboard.reviews_page(Handbook((overdue, on_time)), date(2026, 3, 1)))
    rows = {"".join(tr[0].itertext()): "".join(tr[-1].itertext()) for tr in list(page.iter("tr"))[1:]}
    assert rows == {
        "Safeguarding Policy": "Overdue: the law sets every 1 year, due 15 January 2026",
        "Behaviour Policy": "Yes, every 3 years",
    }


def test_a_statutory_policy_reviewed_less_often_than_the_law_sets(write_policy, tmp_path):
    write_policy("1. Staff must report concerns.\n", name="child-protection", title='"Child Protection Policy"',
                 statutory="true", review_every="3 years")
    write_rules(tmp_path / "policy_src", "sector: school-england\n")
    checked = check_policy_src(tmp_path / "policy_src")
    report = review_report(checked.handbook.policies[0], checked.handbook, checked.review_rules, TODAY)
    assert [(f.rule, f.words) for f in report.findings] == [("statutory", "3 years")]
    assert report.findings[0].proposal.endswith("add 'statutory_review: 1 year'")


def test_a_statutory_policy_whose_review_period_is_to_be_confirmed(write_policy, tmp_path):
    write_policy("1. Staff must report concerns.\n", name="child-protection", title='"Child Protection Policy"',
                 statutory="true", review_every="TBC")
    write_rules(tmp_path / "policy_src", "sector: school-england\n")
    checked = check_policy_src(tmp_path / "policy_src")
    report = review_report(checked.handbook.policies[0], checked.handbook, checked.review_rules, TODAY)
    assert [(f.rule, f.words, f.line) for f in report.findings] == [("statutory", "review_every: TBC", 11)]
    assert report.findings[0].proposal.endswith("add 'statutory_review: 1 year'")


def test_the_dashboard_names_the_statutory_policies_the_handbook_lacks(write_policy, tmp_path):
    write_policy("1. Pupils are expected to behave well.\n", name="behaviour", title='"Behaviour Policy"')
    write_rules(tmp_path / "policy_src", "sector: school-england\n")
    checked = check_policy_src(tmp_path / "policy_src")
    page = html_of(review_dashboard.reviews_page(checked.handbook, TODAY, checked.review_rules))
    heading = next(h for h in page.iter("h3") if "".join(h.itertext()) == "Statutory policies the handbook lacks")
    items = ["".join(li.itertext()) for li in page.iter("li")]
    assert heading is not None and "Safeguarding and child protection policy" in items
    links = {a.get("href") for a in page.iter("a")}
    assert {s.url for s in checked.review_rules.statutory.sources_for("school-england")} <= links
    assert not any(item.startswith("Behaviour policy") for item in items)


@pytest.mark.parametrize(("source", "hint"), [
    (r"(?-i:\bLSCBs?)\b", "lscb"),  # the "s" may be absent
    (r"Data Protection Act,?\s*\(?1998\)?", "protection"),
    (r"(?<!UK )(?<!UK-)Regulation\s*\(EU\)", "regulation"),  # a lookbehind's words are not in the match
    (r"the (?:new )?policy", "policy"),
    (r"((?:new )?policy )?safe", "safe"),  # an optional group inside another: both may be absent
    (r"((?-i:LSCB)s )?safe", None),  # an optional group holding one that is not: not worked out
    (r"(?-i:KCSiE|KCSIE)", None),
])
def test_a_regular_expressions_hint_is_only_what_every_match_holds(source, hint):
    from handbook.versions.review_rules import term
    assert term(f"/{source}/").hint == hint


def test_a_finding_in_a_policy_without_numbers_names_and_links_its_paragraph():
    body = (
        "## Photography\n\n"
        "Parents may take photographs at matches for their own family's use.\n\n"
        "Images of players are stored in line with the Data Protection Act 1998 and are deleted at the end "
        "of each season.\n\n"
        "## Reporting concerns\n\n"
        "Tell the club welfare officer the same day.\n"
    )
    checked = policy(body)
    report = review_report(checked, Handbook((checked,)), load_review_rules(None), TODAY)
    superseded = [f for f in report.findings if f.rule == "superseded"]
    assert [(f.where, f.words, f.anchor) for f in superseded] == [
        ("'Photography', paragraph 2", "Data Protection Act 1998", "photography-p2")]
    source_lines = policy_source(body, id="test-policy", title='"Test Policy"').splitlines()
    assert source_lines[superseded[0].line - 1].startswith("Images of players")


def test_a_saved_policy_moves_the_other_policies_findings_though_their_own_are_kept_from_the_last_build(tmp_path):
    """`mkdocs serve` builds again at each save: an unchanged file gives the very Policy it gave (policy_file), and
    its uses of each name are kept by it (review_check); the counts across the handbook must still follow the
    policy saved."""
    from handbook.mkdocs_build.page_cache import KeptInMemory, PageCache
    from handbook.source.policy_file import parse_policy_file
    from handbook.versions.review_check import review_reports

    memory = KeptInMemory(frozenset({"policy-files"}))  # the serve build object's
    review_memory = ReviewMemory()

    def read(path: Path) -> Policy:
        return parse_policy_file(path, PageCache(None, "code", memory).keep)

    safeguarding, social_media = tmp_path / "safeguarding.md", tmp_path / "social-media.md"
    safeguarding.write_text(policy_source(
        "1. The headteacher is responsible for day-to-day safeguarding.\n"
        "2. Concerns about the headteacher go to the chair of governors.\n",
        id="safeguarding", title="Safeguarding Policy"), encoding="utf-8")
    social_media.write_text(policy_source("1. Ask your Head Teacher before using social media for work.\n",
                                          id="social-media", title="Social Media Policy"), encoding="utf-8")
    rules = load_review_rules(None)

    def flagged() -> dict[str, list[str]]:
        handbook = Handbook((read(safeguarding), read(social_media)))
        return {r.policy.meta.id: [f.words for f in r.findings if f.rule == "names"]
                for r in review_reports(handbook, rules, TODAY, memory=review_memory)}

    kept = read(safeguarding)
    assert flagged() == {"safeguarding": [], "social-media": ["Head Teacher"]}
    social_media.write_text(policy_source(
        "1. Ask your Head Teacher before using social media for work.\n"
        "2. The Head Teacher approves the school's accounts.\n"
        "3. Posts about pupils are agreed with the Head Teacher first.\n",
        id="social-media", title="Social Media Policy"), encoding="utf-8")
    assert flagged() == {"safeguarding": ["headteacher", "headteacher"], "social-media": []}
    assert read(safeguarding) is kept  # unchanged: the very policy, its uses kept
    assert read(social_media).sections[0].clauses[2].text.startswith("Posts about pupils")


def test_serves_next_dashboard_hashes_no_unchanged_policy_and_follows_the_text_glossaries_date_and_rules():
    """At serve's next build, what reads an unchanged policy alone (its findings, its uses of the names) is handed
    back by its identity before the build's page cache would hash it (ReviewMemory.what_reads_alone): only a saved
    policy is looked at again, or every one when the rules, the date or the glossaries changed."""
    from dataclasses import replace

    from handbook.versions.review_check import review_reports

    memory = ReviewMemory()  # serve's build object's
    asked: list[str] = []

    def keep(kind, made_from, compute):  # the page cache, which hashes what it is given
        asked.append(made_from[0].meta.id)
        return compute()

    mentoring = policy("1. Each ECT has a mentor, and their records are kept under the Data Protection Act 1998.\n",
                       policy_id="ect-mentoring", title="ECT Mentoring Policy")
    visitors = policy("1. Visitors sign in at reception and wear a lanyard.\n", policy_id="visitors",
                      title="Visitors Policy")
    glossary = policy("1. Early Career Teacher (ECT): a teacher in their first two years after qualifying.\n",
                      policy_id="glossary", title="Glossary of Terms")
    rules = load_review_rules(None)

    def flagged(*policies: Policy, rules=rules, today: date = TODAY) -> set[tuple[str, str]]:
        asked.clear()
        reports = review_reports(Handbook(policies), rules, today, keep, memory)
        return {(f.rule, f.words) for r in reports if r.policy.meta.id == "ect-mentoring" for f in r.findings}

    first = flagged(mentoring, visitors)
    assert {("acronyms", "ECT"), ("superseded", "Data Protection Act 1998")} <= first
    assert sorted(asked) == ["ect-mentoring", "visitors"]
    assert flagged(mentoring, visitors) == first
    assert asked == []  # nothing saved: nothing hashed
    saved = policy("1. Each ECT has a mentor.\n", policy_id="ect-mentoring", title="ECT Mentoring Policy")
    assert ("superseded", "Data Protection Act 1998") not in flagged(saved, visitors)
    assert asked == ["ect-mentoring"]
    assert ("acronyms", "ECT") not in flagged(mentoring, visitors, glossary)
    assert ("superseded", "Data Protection Act 1998") not in flagged(mentoring, visitors, today=date(2018, 5, 1))
    assert not any(rule == "long-sentences" for rule, _ in first)
    assert any(rule == "long-sentences"
               for rule, _ in flagged(mentoring, visitors, rules=replace(rules, long_sentence_words=8)))
    assert flagged(mentoring, visitors) == first


def test_the_dashboard_reads_each_policy_once_in_a_handbook_larger_than_the_readings_kept(monkeypatch):
    """The readings are kept for _KEPT policies (mkdocs serve's next build). Group by group, a larger handbook
    read every policy again for each name group: at 2,000 policies, 10,000 readings for the dashboard's 2,000;
    then once for the names and once for its report (4,000). What reads a policy is done while it is read."""
    from handbook.versions import review_check, review_reading

    titles = ["Safeguarding", "Social Media", "Attendance", "Behaviour", "Complaints", "Online Safety"]
    policies = tuple(policy(f"1. Concerns go to the Head Teacher and the DSL.\n2. The {title.lower()} lead "
                            "keeps records.\n", policy_id=title.lower().replace(" ", "-"), title=f"{title} Policy")
                     for title in titles)
    rules = load_review_rules(None)
    assert len(rules.names) >= 3
    reading = review_reading._passages
    read: list[str] = []
    monkeypatch.setattr(review_reading, "_passages", lambda p: read.append(p.meta.id) or reading(p))
    reports = review_check.review_reports(Handbook(policies), rules, TODAY, memory=ReviewMemory(most=2))
    assert [r.policy.meta.title for r in reports] == sorted(f"{t} Policy" for t in titles)
    assert sorted(read) == sorted(p.meta.id for p in policies)


def test_a_dashboard_that_keeps_nothing_lets_each_reading_go_once_its_policy_is_checked(monkeypatch):
    """`mkdocs build` and the commands keep nothing for a next build: each policy's reading (about 100 KB) is let go
    once the policy is checked, not held with up to 1,024 others (issue 20, the 2,000-policy build's peak memory).
    A glossary's reading stays, as every policy's acronyms check reads it, and is made once."""
    import weakref

    from handbook.versions import kept_findings, review_check

    glossary = policy("1. Designated Safeguarding Lead (DSL): the senior member of staff for safeguarding.\n",
                      policy_id="glossary", title="Glossary of Terms")
    others = tuple(policy(f"1. Concerns about a pupil go to the DSL on the same day.\n2. The {title.lower()} "
                          "lead keeps a written record of each concern.\n", policy_id=title.lower(),
                          title=f"{title} Policy")
                   for title in ["Safeguarding", "Attendance", "Behaviour", "Complaints"])
    alive: dict[str, weakref.ref] = {}
    held_when_read: list[list[str]] = []
    read: list[str] = []
    reading_of = kept_findings.reading_of

    def recorded(policy: Policy):
        held_when_read.append(sorted(p for p, ref in alive.items() if ref() is not None))
        read.append(policy.meta.id)
        reading = reading_of(policy)
        alive[policy.meta.id] = weakref.ref(reading)
        return reading

    monkeypatch.setattr(kept_findings, "reading_of", recorded)
    reports = review_check.review_reports(Handbook((glossary, *others)), load_review_rules(None), TODAY)
    assert len(reports) == 5 and sorted(read) == ["attendance", "behaviour", "complaints", "glossary", "safeguarding"]
    assert all(held in ([], ["glossary"]) for held in held_when_read), held_when_read
    assert not any((f.rule, f.words) == ("acronyms", "DSL") for r in reports for f in r.findings)


def test_a_name_s_uses_keep_where_they_are_and_not_the_text_around_them():
    """Every policy's uses of the names are kept until the dashboard's last report: at 2,000 policies, with each
    passage named and its text, about 47 MB of the build (issue 20). A use keeps the passage's place."""
    from handbook.versions import review_check

    safeguarding = policy("1. The headteacher is responsible for day-to-day safeguarding.\n"
                          "2. Concerns about the headteacher go to the chair of governors.\n"
                          "3. The headteacher reports to governors each term.\n",
                          policy_id="safeguarding", title="Safeguarding Policy")
    social_media = policy("1. Ask your Head Teacher before using social media for work.\n"
                          "2. Posts about pupils are agreed with the Head Teacher first.\n",
                          policy_id="social-media", title="Social Media Policy")
    rules = load_review_rules(None)
    index = review_check._Index(Handbook((safeguarding, social_media)), rules.names)
    uses = [use for group in rules.names for found in index.name_uses(group).values() for use in found]
    assert {(u[1].clause, u[1].line, u[2]) for u in uses} >= {("1", 15, "headteacher"), ("2", 16, "Head Teacher")}
    assert all((u[1].paragraphs, u[1].markdown, u[1].text) == ((), "", "") for u in uses)
    report = review_report(social_media, index.handbook, rules, TODAY, index)
    assert [(f.clause, f.line, f.words) for f in report.findings if f.rule == "names"] == [
        ("1", 15, "Head Teacher"), ("2", 16, "Head Teacher")]
