"""Shapes held-out set 16's documents have and the first import got wrong (issue 18), each written here as such
organisations publish it, imported and checked as ``handbook check --strict`` checks it, beside a look-alike that
must keep what it had."""

from __future__ import annotations

from helpers import imported_and_checked

_MDBOOK_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>Health &amp; Safety - Co-op Handbook</title></head>
<body>
<nav id="sidebar"><h1 class="menu-title">Co-op Handbook</h1></nav>
<main>
<h1 id="health--safety"><a class="header" href="#health--safety">Health &amp; Safety</a></h1>
<p>There are four steps we take to keep the workplace safe.</p>
<h2 id="reporting-an-accident"><a class="header" href="#reporting-an-accident">Reporting an accident</a></h2>
<p>Tell the coordinator the same day, and write it in the accident book.</p>
<h2 id="review"><a class="header" href="#review">Review</a></h2>
<p>Read <a href="#reporting-an-accident">how to report an accident</a> again after every incident.</p>
</main>
</body></html>
"""


def test_a_book_pages_headings_linked_to_themselves_are_headings_with_their_words(tmp_path):
    """A worker co-operative's handbook built with mdBook wraps each heading's words in a link to the heading: the
    import wrote the title as a link to an address the page does not have, and the checks refused it."""
    (tmp_path / "safety.html").write_text(_MDBOOK_PAGE)

    _, _, body = imported_and_checked(tmp_path / "safety.html", "safety", tmp_path)

    assert body.startswith("# Health & Safety\n"), body
    assert "\n## Reporting an accident\n" in body and "\n## Review\n" in body, body


def test_a_link_in_the_text_to_a_heading_of_the_page_still_leads_there(tmp_path):
    """The look-alike: a paragraph's link to one of the page's headings is a link, to that heading's address."""
    (tmp_path / "safety.html").write_text(_MDBOOK_PAGE)

    _, _, body = imported_and_checked(tmp_path / "safety.html", "safety", tmp_path)

    assert "[how to report an accident](#reporting-an-accident)" in body, body


_SECURITY_POLICY = """Security and Vulnerability Reporting Policy

1. Services Covered by this Policy

This policy covers all services directly operated by us. Services can be
identified by the address they are published at.

2. Classification of Vulnerabilities

We will consider a vulnerability report most likely as relevant if it
reports one of the following problems:
    1. The vulnerability can be used to directly access non-public
       information or user data.
    2. The vulnerability can be used to disrupt the orderly operation of a
       service (Denial of Service).

We will consider a vulnerability report most likely as NOT relevant if
it reports one of the following problems:
    3. Missing security features, for example HTTP headers, if they are not
       actually preventing a vulnerability.
    4. Publicly accessible version strings of used software.

3. Reporting Vulnerabilities

Report vulnerabilities via e-mail to security@example.com. Reports will be
answered within 48 hours.

4. About this Policy

This policy is reviewed when our services change.
"""


def test_plain_text_sections_numbered_at_the_margin_keep_their_numbers_over_lists_indented_under_them(tmp_path):
    """A non-profit's security policy template, as plain text: sections "1." to "4." at the margin, and under one
    of them two indented lists, the second going on from the first ("3." after a sentence). The import kept every
    number as typed text (the lists' numbers read as clauses starting again) and showed the second list from 1."""
    (tmp_path / "security.txt").write_text(_SECURITY_POLICY)

    _, _, body = imported_and_checked(tmp_path / "security.txt", "security", tmp_path)

    for number, words in ((1, "Services Covered"), (2, "Classification"), (3, "Reporting"), (4, "About this")):
        assert f"\n{number}. {words}" in body, body
    assert "\n    1. The vulnerability can be used to directly access" in body, body
    assert "\n    3\\. Missing security features" in body, body  # shown 3, as typed, not counted from 1 again


def test_plain_text_whose_numbered_lines_are_all_indented_alike_keeps_them_as_clauses(tmp_path):
    """The look-alike: a short policy pasted with every line indented the same way has no margin to be under."""
    (tmp_path / "leave.txt").write_text(
        "Annual Leave Policy\n\n    1. Everyone has 25 days of annual leave a year.\n\n"
        "    2. Ask your line manager before you book leave.\n\n    3. Unused days do not carry over.\n")

    _, _, body = imported_and_checked(tmp_path / "leave.txt", "leave", tmp_path)

    assert "\n1. Everyone has 25 days" in body and "\n3. Unused days do not carry over." in body, body


def test_a_docusaurus_box_is_a_quotation_opened_by_its_kind_and_reported(tmp_path):
    """A software company's expenses policy, kept in its Docusaurus site: ":::note" ... ":::" showed as text."""
    (tmp_path / "expenses.md").write_text(
        "# Expenses\n\nWe will pay for the items you need to get your job done.\n\n:::note\nIn our experience, "
        "expense value outcomes tend to be binary.\n\nAsk before you buy anything over $1,000.\n:::\n\n"
        "```\n:::tip kept as typed in an example\n```\n")

    result, _, body = imported_and_checked(tmp_path / "expenses.md", "expenses", tmp_path)

    assert "\n> **Note:** In our experience, expense value outcomes tend to be binary.\n>\n> Ask before" in body, body
    assert ":::note" not in body and "\n:::\n" not in body, body
    assert ":::tip kept as typed in an example" in body, body  # a code example's colons are its own
    assert any("'Note' box" in note and note.startswith("lines 5-9") for note in result.notes), result.notes


def test_a_myst_target_is_its_headings_address_and_a_template_expression_is_reported(tmp_path):
    """A worker co-operative's policies in MyST Markdown: "(pay-rates)=" over a heading, and wages filled in by
    the site's templates ("{{ ... }}"): both showed as text, and a link to the target led nowhere."""
    (tmp_path / "policies.md").write_text(
        "# Policies\n\n(pay-rates)=\n## Wages\n\nThe co-op pays its members "
        "**{{ \"${:,}\".format(member_hourly_wage) }} / hour**.\n\n"
        "## Hours\n\nSee [how we pay](#pay-rates) for overtime.\n")

    result, _, body = imported_and_checked(tmp_path / "policies.md", "co-op-policies", tmp_path)

    assert "(pay-rates)=" not in body and "[how we pay](#wages)" in body, body
    assert "format(member_hourly_wage)" in body, body  # kept as typed, not guessed
    assert any(note.startswith("line 6:") and "filled in by the website's templates" in note for note in result.notes)


def test_a_line_of_colons_opening_no_closed_box_stays_as_written(tmp_path):
    """The look-alike: ":::note" with no closing line is not a box, and the text after it is no quotation."""
    (tmp_path / "expenses.md").write_text(
        "# Expenses\n\n:::note\n\nWe will pay for the items you need to get your job done.\n")

    _, _, body = imported_and_checked(tmp_path / "expenses.md", "expenses", tmp_path)

    assert "\nWe will pay for the items you need" in body and "> We will pay" not in body, body


def test_an_autorefs_anchor_over_the_title_is_its_address_not_its_title(tmp_path):
    """A supercomputing centre's regulations written for MkDocs with mkdocs-autorefs: "[](){#ref-...}" on the line
    above the "#" heading named the page for other pages' links, and was taken as the title."""
    (tmp_path / "regulations.md").write_text(
        "[](){#ref-user-regulations}\n# User Regulations\n\nThe User Regulations define the basic guidelines for the "
        "use of the centre's computing resources.\n\n## Accounts\n\nAn account is for its applicant only; see the "
        "[regulations](#ref-user-regulations) before you apply.\n")

    result, front, body = imported_and_checked(tmp_path / "regulations.md", "user-regulations", tmp_path)

    assert "title: User Regulations\n" in front, front
    assert "{#ref-user-regulations}" not in body and "[regulations](#user-regulations)" in body, body
    assert any(note.startswith("line 1:") and "autorefs anchor" in note for note in result.notes), result.notes
