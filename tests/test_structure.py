"""The structure real policies have: numbered section headings, lettered points, tables,
appendices, ids unique by construction, and a warning wherever Markdown would lose structure."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import markdown
import pytest
from helpers import REPO, assert_build_fails_keeping_last_site, policy_source
from test_rendering import by_id, render, text

from handbook.cli import main
from handbook.errors import PolicySourceError
from handbook.model import Handbook
from handbook.pages import policy_pages
from handbook.printing import print_documents
from handbook.source.policy_file import parse_policy, parse_policy_file

# Written the way a school's safeguarding policy is: numbered section titles, sub-clauses,
# lettered and roman points, a table and an appendix with its own numbering.
SAFEGUARDING = """\
## 1. PURPOSE AND SCOPE

1.1 This policy applies to all staff, volunteers and governors of the school.
1.2 Every member of staff must:
(a) read Part 1 of Keeping Children Safe in Education;
(b) report any concern to the Designated Safeguarding Lead (DSL) the same day; and
(c) complete safeguarding training:
(i) when they join the school; and
(ii) every year after that.
(d) follow the procedure in paragraph 2.1.

## 2. ROLES AND RESPONSIBILITIES

2.1 The DSL keeps a written record of every concern:

    - **Where** - in the locked cabinet in the DSL's office.
    - **For how long** - until the pupil is 25.

2.1.1 The deputy DSL acts when the DSL is absent. Contact details are in paragraph A.1.

| Role | Name | Extension |
| --- | --- | --- |
| DSL | Mrs J. Patel | 214 |
| Deputy DSL | Mr R. Okafor | 215 |

## APPENDIX A: CONTACTS

A.1 Local authority designated officer (LADO): 01632 960 123.
A.2 Police (emergency): 999.
"""


def test_numbered_headings_are_sections_with_anchors_in_the_numbering():
    policy = parse_policy(policy_source(SAFEGUARDING), Path("p.md"))
    numbered = [(s.label, s.title, s.anchor) for s in policy.numbered_sections]
    assert numbered == [("1.", "PURPOSE AND SCOPE", "clause-1"), ("2.", "ROLES AND RESPONSIBILITIES", "clause-2")]
    assert [c.dotted for c in policy.clauses] == ["1.1", "1.2", "2.1", "2.1.1", "A.1", "A.2"]
    root = render(SAFEGUARDING)
    heading = by_id(root, "clause-1")
    assert heading.tag == "h2" and text(heading) == "1. PURPOSE AND SCOPE"  # the page title is the h1
    assert by_id(root, "clause-a-1").get("data-citation").endswith("clause A.1")
    links = {a.text: a.get("href") for a in root.iter("a") if a.get("class") == "clause-ref"}
    assert links == {"paragraph 2.1": "#clause-2-1", "paragraph A.1": "#clause-a-1"}


def test_lettered_and_roman_points_are_lists_with_anchors_and_every_word():
    root = render(SAFEGUARDING)
    clause = by_id(root, "clause-1-2")
    assert [item.get("id") for item in clause.iter("li")] == [
        "clause-1-2-a", "clause-1-2-b", "clause-1-2-c", "clause-1-2-c-i", "clause-1-2-c-ii", "clause-1-2-d"
    ]
    assert text(by_id(root, "clause-1-2-c-ii")) == "(ii) every year after that."
    assert by_id(root, "clause-1-2-c-ii").get("data-citation").endswith("clause 1.2(c)(ii)")
    source_words = " ".join(SAFEGUARDING.split("1.2 ", 1)[1].split("## 2.")[0].split())
    assert text(clause) == "1.2 " + source_words


def test_points_separated_by_blank_lines_continue_one_list():
    root = render("1. Staff must:\n\n(a) read it;\n\n(b) sign it.\n")
    assert [item.get("id") for item in by_id(root, "clause-1").iter("li")] == ["clause-1-a", "clause-1-b"]


def test_a_table_stays_inside_its_clause_with_every_cell():
    root = render(SAFEGUARDING)
    cells = [text(cell) for cell in by_id(root, "clause-2-1-1").iter() if cell.tag in ("th", "td")]
    assert cells == ["Role", "Name", "Extension", "DSL", "Mrs J. Patel", "214", "Deputy DSL", "Mr R. Okafor", "215"]


def test_a_bullet_and_a_sub_clause_never_share_an_id():
    # The case that sent "paragraph 4.1.1" to a bullet: a list in clause 4.1, then clause 4.1.1.
    body = "4. Part.\n4.1 Staff:\n\n    - first point\n    - second point\n\n4.1.1 Sub-clause.\n"
    body = "1. One.\n2. Two.\n3. Three.\n" + body
    root = render(body)
    ids = [element.get("id") for element in root.iter() if element.get("id")]
    assert len(ids) == len(set(ids))
    assert by_id(root, "clause-4-1-1").get("class") == "clause"
    assert text(by_id(root, "clause-4-1-item-1")) == "first point"


def test_an_id_given_twice_is_an_error_naming_both_lines():
    with pytest.raises(PolicySourceError) as caught:
        parse_policy(policy_source("1. One { #contacts }\n2. Two.\n\nTable { #contacts }\n"), Path("p.md"))
    assert str(caught.value).startswith("p.md:18: the id 'contacts' is also given on line 15")


def test_a_number_given_to_a_heading_and_a_clause_is_an_error_naming_both_lines():
    with pytest.raises(PolicySourceError) as caught:
        parse_policy(policy_source("## 1. PART\n\n1. Clause.\n"), Path("p.md"))
    assert str(caught.value).startswith("p.md:17: clause 1 is numbered twice (also on line 15)")


def test_a_section_title_typed_as_a_clause_says_how_to_make_it_a_heading():
    with pytest.raises(PolicySourceError) as caught:
        parse_policy(policy_source("1.1 First clause with no section above.\n"), Path("p.md"))
    assert "'## 1. PURPOSE AND SCOPE'" in str(caught.value)


def test_the_seed_policy_has_no_warnings():
    assert parse_policy_file(REPO / "policy_src" / "social-media" / "policy.md").warnings == ()


# --- no silent loss: each case the second policy showed ---------------------------------------

LOSSES = [
    pytest.param(
        "1. Staff must follow these rules:\n - be polite\n - be on time\n2. Next.\n",
        16, "leave a blank line before the list", id="one-space list with no blank line",
    ),
    pytest.param(
        "1. Contacts:\n\n    | Role | Name |\n    | DSL | Mrs Patel |\n",
        18, "add a line such as '| --- | --- |'", id="table without its dashes",
    ),
    pytest.param(
        "1. Contacts:\n    | Role | Name |\n    | --- | --- |\n", 16, "leave a blank line before the table",
        id="table straight after text",
    ),
    pytest.param(
        "1. Staff must:\n(a) read it;\n(c) sign it.\n", 17, "point (c) is out of sequence (expected (b))",
        id="lettered points out of sequence",
    ),
    pytest.param(
        "1. Users must not:\n(A) share an account;\n(C) install software.\n", 17,
        "point (C) is out of sequence (expected (B))", id="capital points out of sequence",
    ),
    pytest.param(
        "1. Scope.\n1.1 Staff.\n1.2.Governors.\n", 17, "'1.2.' with no space after it", id="clause 1.2. run on",
    ),
    pytest.param(
        "1. One.\n   1.1 Indented sub-clause.\n", 16, "'1.1' is indented", id="indented clause number",
    ),
    pytest.param(
        "1. Staff must:\n\n\t- read it\n    - sign it\n", 18, "tabs and others with spaces", id="tab/space mix",
    ),
    pytest.param(
        "1. Staff must:\n\n \t  Read it.\n", 17, "mixes tabs and spaces", id="tab and space in one indent",
    ),
    pytest.param(
        "1. One.\n2. Two.\n\nAPPENDIX A - FORMS\n\nForm 1.\n", 18, "make it a heading: '## APPENDIX A - FORMS'",
        id="appendix title as text",
    ),
    pytest.param(
        "1. PURPOSE AND SCOPE\n1.1 Staff.\n", 15, "make it a numbered heading: '## 1. PURPOSE AND SCOPE'",
        id="section title typed as a clause",
    ),
]


@pytest.mark.parametrize(("body", "line", "fix"), LOSSES)
def test_structure_markdown_would_lose_is_a_warning_with_line_and_fix(body, line, fix):
    warnings = parse_policy(policy_source(body), Path("policy_src/p/policy.md")).warnings
    assert [w.line for w in warnings] == [line], [str(w) for w in warnings]
    assert str(warnings[0]).startswith(f"policy_src/p/policy.md:{line}: ")
    assert fix in warnings[0].message



def test_an_archived_version_is_read_without_structure_warnings():
    # A record kept as it was: only the current versions' warnings are shown, so an archived one's are not looked for.
    text = policy_source("1. One.\n   1.1 Indented sub-clause.\n")
    assert parse_policy(text, Path("policy_src/p/policy.md")).warnings
    assert parse_policy(text, Path("policy_src/p/versions/1.0.md"), archived=True).warnings == ()

def test_a_list_or_table_straight_under_a_heading_is_not_lost():
    body = "## WHO\n- staff\n- governors\n\n## CONTACTS\n| Role | Name |\n| --- | --- |\n| DSL | Mrs Patel |\n"
    assert parse_policy(policy_source(body), Path("p.md")).warnings == ()


def test_lettered_points_written_without_blank_lines_are_not_lost():
    assert parse_policy(policy_source("1. Staff must:\n(a) read it;\n(b) sign it.\n"), Path("p.md")).warnings == ()


def test_capital_points_holding_lettered_points_are_in_sequence():
    body = "1. Users must not:\n(A) share an account;\n(B) connect a device unless:\n(a) IT approved it;\n" \
        "(b) it is encrypted;\n(C) install software.\n"
    assert parse_policy(policy_source(body), Path("p.md")).warnings == ()


def test_check_prints_warnings_and_fails_under_strict(tmp_path, capsys):
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "policy.md").write_text(policy_source("1. Rules:\n- one\n- two\n", id="p"))
    assert main(["check", str(tmp_path)]) == 0
    assert "policy.md:16: this list starts straight after a line of text" in capsys.readouterr().err
    assert main(["check", "--strict", str(tmp_path)]) == 1
    assert "error: " in capsys.readouterr().err


def test_a_strict_build_stops_at_a_structure_warning_keeping_the_last_site(tmp_path):
    source = tmp_path / "policy_src"
    (source / "p").mkdir(parents=True)
    table = "1. Contacts:\n\n| Role | Name |\n| DSL | Mrs Patel |\n"
    (source / "p" / "policy.md").write_text(policy_source(table, id="p"))
    assert_build_fails_keeping_last_site(
        tmp_path / "site", source, r"policy_src/p/policy\.md:18: this table has no line of dashes under its header row"
    )


def test_numbered_headings_are_in_the_page_contents_and_the_printed_outline():
    policy = parse_policy(policy_source(SAFEGUARDING), Path("p.md"))
    page = policy_pages.policy_page(policy, Handbook((policy,)), date(2026, 1, 1))
    converter = markdown.Markdown(extensions=[*policy_pages.MARKDOWN_EXTENSIONS, "toc"])
    converter.convert(page.markdown.split("---\n", 2)[2])
    headings = [(t["id"], t["name"]) for t in converter.toc_tokens[0]["children"]]
    assert headings[:2] == [("clause-1", "1. PURPOSE AND SCOPE"), ("clause-2", "2. ROLES AND RESPONSIBILITIES")]
    edition = print_documents.Edition(date(2026, 1, 1))
    printed = print_documents.policy_document(policy, Handbook((policy,)), edition).html
    assert '<h2 class="numbered-section" id="test-policy--clause-1">1. PURPOSE AND SCOPE</h2>' in printed
    assert ".policy h2 { bookmark-level: 2; }" in print_documents.STYLESHEET  # headings are the PDF's outline


def test_a_reference_to_a_point_links_to_it_and_a_missing_point_is_an_error():
    body = "1. Staff must:\n(a) read it;\n(b) sign it:\n(i) in ink.\n2. See clause 1(b)(i) and clause 1(a).\n"
    links = {a.text: a.get("href") for a in render(body).iter("a") if a.get("class") == "clause-ref"}
    assert links == {"clause 1(b)(i)": "#clause-1-b-i", "clause 1(a)": "#clause-1-a"}
    with pytest.raises(PolicySourceError) as caught:
        parse_policy(policy_source(body.replace("1(a)", "1(c)")), Path("p.md"))
    assert str(caught.value).startswith("p.md:19: 'clause 1(c)' refers to point (c) of clause 1, which has no such")


def test_a_numbered_list_straight_after_text_is_a_warning_where_markdown_would_lose_it():
    club = ("## Before a match\n\nCoaches check:\n1. the pitch\n1. the first aid kit\n\n"
            "## After\n\n1. Lock up.\n1. Go home.\n")
    (warning,) = parse_policy(policy_source(club), Path("p.md")).warnings
    assert (warning.line, warning.message.split(",")[0]) == (18, "this list starts straight after a line of text")
    fixed = club.replace("check:\n1.", "check:\n\n1.")
    assert parse_policy(policy_source(fixed), Path("p.md")).warnings == ()
