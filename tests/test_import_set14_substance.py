"""Shapes held-out set 14's documents have that imported and passed the checks but came out wrong in substance
(issue 18): each written here as such organisations write it, imported and checked as ``handbook check --strict``
checks it, beside a look-alike that must keep what it had."""

from __future__ import annotations

from helpers import REPO, imported_and_checked, policy_source

from handbook.cli import main as handbook_command

GOVUK_VIEW = """<% content_for :title, "Privacy notice" %>

<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <h1 class="govuk-heading-l">
      Privacy Notice
    </h1>

    <h2 class="govuk-heading-m">
      The personal data we need
    </h2>

    <p class="govuk-body">
      The personal data we collect about you includes:
    </p>

    <ul class="govuk-list govuk-list--bullet">
      <li>
        the name and address of your business
      </li>
      <li>
        your telephone number and email address
      </li>
    </ul>

    <p class="govuk-body">
      We keep your personal data for 7 years after your licence has ended.
    </p>
  </div>
</div>
"""


def test_an_html_fragment_under_any_name_is_read_as_a_web_page(tmp_path):
    """A council's Rails view of GOV.UK Frontend markup, with no <html> or <body> and a template tag on its first
    line, kept as .html, .md or .txt: its lists were read as Markdown's plain paragraphs, with a note per element."""
    for name in ("privacy.html", "privacy.md", "privacy.txt"):
        (tmp_path / name).write_text(GOVUK_VIEW)

        result, front, body = imported_and_checked(tmp_path / name, "privacy", tmp_path / name.split(".")[1])

        assert "\ntitle: Privacy Notice\n" in front, (name, front)
        assert ("The personal data we collect about you includes:\n\n- the name and address of your business\n"
                "- your telephone number and email address\n") in body, (name, body)
        assert result.notes[0] == ("line 1: '<% content_for :title, \"Privacy notice\" %>' is a placeholder of the "
                                   "website's templates; left out"), (name, result.notes)
        assert not any("in the Markdown was written as Markdown" in note for note in result.notes), result.notes


def test_markdown_with_a_few_html_tags_stays_markdown(tmp_path):
    """The look-alikes: a handbook page in Markdown with a <div> note and a <br> in it, and one whose every
    paragraph is HTML but whose sections are Markdown headings: each is read as Markdown, its headings and
    lists as written."""
    (tmp_path / "leave.md").write_text(
        "# Annual Leave\n\n<div class=\"note\">Check with your manager before booking.</div>\n\n"
        "Staff get 25 days a year.<br>Part-time staff get the same, pro rata.\n\n## Booking leave\n\n"
        "- Book in the HR system\n- Give two weeks' notice\n")
    (tmp_path / "expenses.md").write_text(
        "# Expenses Policy\n\n## Travel\n\n<p>Claim standard class rail fares only.</p>\n\n"
        "<p>Mileage is paid at 45p a mile.</p>\n\n<p>Receipts must be attached to every claim you make.</p>\n")

    _, _, leave = imported_and_checked(tmp_path / "leave.md", "leave", tmp_path / "a")
    _, _, expenses = imported_and_checked(tmp_path / "expenses.md", "expenses", tmp_path / "b")

    assert "## Booking leave\n\n- Book in the HR system\n- Give two weeks' notice\n" in leave, leave
    assert "Staff get 25 days a year.<br>Part-time staff get the same, pro rata." in leave, leave
    assert ("## Travel\n\nClaim standard class rail fares only.\n\nMileage is paid at 45p a mile.\n\n"
            "Receipts must") in expenses, expenses


def test_a_plain_text_code_with_no_title_keeps_its_opening_sentence_and_its_one_bare_heading(tmp_path):
    """A tech meetup's code of conduct saved as text: no title line, an opening sentence about the event, one bare
    heading over running text. The sentence was made the page's heading (under the title from the file's name) and
    "Our Standards" stayed a paragraph."""
    (tmp_path / "meetup-code-of-conduct.txt").write_text(
        "Leeds Tech Social is a community event for networking and learning in the technology community.\n"
        "\nWe value the participation of each member of the community and want all attendees to have an enjoyable "
        "and fulfilling experience.\n\nOur Standards\n\nLeeds Tech Social is dedicated to providing a positive "
        "event experience for everyone, regardless of age or background.\n\nExamples of behaviour that "
        "contributes to a positive environment include:\n\n* Being kind to others\n* Behaving professionally\n\n"
        "Thank you for helping make this a welcoming, friendly event for all.\n")

    _, front, body = imported_and_checked(tmp_path / "meetup-code-of-conduct.txt", "conduct", tmp_path)

    assert "\ntitle: Meetup Code Of Conduct\n" in front, front
    assert body.startswith("Leeds Tech Social is a community event for networking"), body
    assert "\n## Our Standards\n\nLeeds Tech Social is dedicated" in body, body
    assert not any(line.startswith("# ") for line in body.splitlines()), body


def test_a_title_line_stays_the_title_and_one_bare_line_among_signatures_stays_a_paragraph(tmp_path):
    """The look-alikes: a short first line is still the title, and a bare line over running text in a notice
    signed with a name and a role (lines that are not prose) stays a paragraph."""
    (tmp_path / "home-working.txt").write_text(
        "Home Working Policy\n\nStaff may work from home two days a week with their manager's agreement.\n\n"
        "Please read carefully\n\nYou must keep confidential papers locked away when you work at home.\n\n"
        "Maria Lopez\nHR Manager\n")

    _, front, body = imported_and_checked(tmp_path / "home-working.txt", "home-working", tmp_path)

    assert "\ntitle: Home Working Policy\n" in front, front
    assert body.startswith("# Home Working Policy\n"), body
    assert "\nPlease read carefully\n" in body and "## Please" not in body, body


def test_pandocs_numbered_steps_under_a_bullet_stay_nested_and_its_empty_raw_html_fence_goes(tmp_path):
    """A fostering agency's complaints procedure converted by pandoc: "-   " bullets with "    1.  " steps under
    one, then a ```{=html} fence holding only "<!-- -->" (pandoc's way of ending a list). The steps became loose
    top-level "1." items after the bullets, and the fence an empty code block."""
    (tmp_path / "complaints.md").write_text(
        "# Complaints Procedure\n\n## Stage One\n\n-   Handled by the Fostering Manager.\n"
        "-   A written response will be provided, explaining:\n    1.  Who handled it\n"
        "    2.  What was investigated\n    3.  What decision was made and\n        why\n\n"
        "```{=html}\n<!-- -->\n```\n-   Carers are told in writing of the\n    outcome.\n\n"
        "If still dissatisfied, the complainant may contact **Ofsted**.\n")

    result, _, body = imported_and_checked(tmp_path / "complaints.md", "complaints", tmp_path)

    assert ("- A written response will be provided, explaining:\n    1. Who handled it\n    2. What was investigated\n"
            "    3. What decision was made and why\n- Carers are told in writing of the outcome.\n") in body, body
    assert "```" not in body, body
    assert "lines 12-14: pandoc's raw HTML block (```{=html}), empty but for a comment, was left out" in result.notes


def test_a_numbered_list_after_bullets_and_a_raw_html_fence_with_words_keep_what_they_are(tmp_path):
    """The look-alikes: a numbered list written at the margin after a bulleted list is a list of its own, and a
    raw HTML fence holding a paragraph keeps its words."""
    (tmp_path / "leave.md").write_text(
        "# Leave Policy\n\nYou may take:\n\n- annual leave\n- parental leave\n\nTo book leave:\n\n"
        "1. Ask your manager.\n2. Record it in the HR system.\n\n```{=html}\n<p>Bank holidays are extra.</p>\n```\n")

    _, _, body = imported_and_checked(tmp_path / "leave.md", "leave", tmp_path)

    assert "- annual leave\n- parental leave\n" in body, body
    assert "\n    " not in body and "1. Ask your manager." in body and "Record it in the HR system." in body, body
    assert "\nBank holidays are extra.\n" in body and "```" not in body, body


def test_a_zero_width_joiner_between_emoji_is_kept_and_one_in_a_word_is_removed(tmp_path):
    """A fostering agency's headings open with emoji that are one picture made of several joined by U+200D (a
    judge: a person, a joiner, scales; two people holding hands): the joiners were removed, splitting each picture
    in two or three. A joiner pasted inside a word still splits it for search: removed, and reported."""
    judge, together = "\U0001f9d1\u200d\u2696\ufe0f", "\U0001f9d1\u200d\U0001f91d\u200d\U0001f9d1"
    (tmp_path / "allegations.md").write_text(
        f"# Allegations Policy\n\n## {judge} Standards of Care\n\nThis section applies when a carer's practice is "
        f"questioned.\n\n## {together} Working Together\n\nWe share in\u200dformation with the child's social "
        "worker.\n")

    result, _, body = imported_and_checked(tmp_path / "allegations.md", "allegations", tmp_path)

    assert f"## {judge} Standards of Care\n" in body and f"## {together} Working Together\n" in body, body
    assert "We share information with" in body, body
    assert "the text held 1 U+200D (ZERO WIDTH JOINER), which the handbook refuses; removed" in result.notes


def test_check_keeps_refusing_a_joiner_that_joins_no_emoji(tmp_path, capsys):
    """The look-alike for ``check``: a joiner between an emoji and a letter, or between letters, is still refused
    with its line and column; one between two emoji passes."""
    for name, text in (("pictures", "\U0001f9d1\u200d\U0001f91d\u200d\U0001f9d1 Work together.\n"),
                       ("letters", "Share in\u200dformation.\n"), ("mixed", "\U0001f9d1\u200dA judge.\n")):
        (tmp_path / name / "policy").mkdir(parents=True)
        (tmp_path / name / "policy" / "policy.md").write_text(policy_source(text))

    assert handbook_command(["check", str(tmp_path / "pictures"), "--docs", str(REPO / "docs"), "--strict"]) == 0
    for name in ("letters", "mixed"):
        capsys.readouterr()
        assert handbook_command(["check", str(tmp_path / name), "--docs", str(REPO / "docs"), "--strict"]) != 0
        assert "U+200D (ZERO WIDTH JOINER)" in capsys.readouterr().err, name


def test_a_markdown_quotation_of_running_text_stays_a_quotation(tmp_path):
    """A fostering agency's whistleblowing policy sets a note apart with ">" over three lines: it became a plain
    paragraph. The look-alikes: a quotation holding a heading and a list is still read as what it quotes, and two
    quotations one after the other stay two."""
    (tmp_path / "whistleblowing.md").write_text(
        "# Whistleblowing Policy\n\nYou can raise concerns about unsafe practice.\n\n"
        "> This is separate from complaints or grievances which relate to\n> personal dissatisfaction or "
        "disagreement. Those should be raised under\n> our Complaints Procedure.\n>\n> Ask the Registered Manager "
        "if you are not sure which applies.\n\n"
        "## Who to tell\n\n> ### In an emergency\n>\n> Act at once if anyone is in danger.\n>\n"
        "> - call 999\n> - then tell the Registered Manager\n\n## Records\n\n> Reports are kept for six years.\n\n"
        "> Anonymous reports are accepted.\n")

    _, _, body = imported_and_checked(tmp_path / "whistleblowing.md", "whistleblowing", tmp_path)

    assert ("\n> This is separate from complaints or grievances which relate to personal dissatisfaction or "
            "disagreement. Those should be raised under our Complaints Procedure.\n>\n> Ask the Registered Manager if "
            "you are not sure which applies.\n") in body, body
    assert "### In an emergency\n" in body and "\n- call 999\n- then tell the Registered Manager\n" in body, body
    assert "\n> Reports are kept for six years.\n\n> Anonymous reports are accepted.\n" in body, body  # two
    assert body.count("> ") == 4, body


def test_words_struck_through_in_a_gitbook_page_lose_only_the_marks(tmp_path):
    """A digital-rights non-profit's GitBook page strikes through the links it has not made live yet
    ("**|**~~**Playbook**~~"): the site's Markdown has no strikethrough, so the "~~" showed on the page. The
    look-alikes: a "~~~" fence, a lone "~~" and "~20 staff" keep what they are."""
    (tmp_path / "health.md").write_text(
        "# Health and Safety Policy\n\n[**ShortURL**](https://short.example.org/hs) **|&#x20;**~~**Playbook**~~"
        "**&#x20;|&#x20;**~~**Assistant**~~\n\nAbout ~20 staff work on site; ~~ marks a gap in the rota and ~~ a "
        "swap.\n\n"
        "~~~\nexample\n~~~\n")

    result, _, body = imported_and_checked(tmp_path / "health.md", "health", tmp_path)

    assert "[**ShortURL**](https://short.example.org/hs) **|&#x20;Playbook&#x20;|&#x20;Assistant**\n" in body, body
    assert "About ~20 staff work on site; ~~ marks a gap in the rota and ~~ a swap." in body, body
    assert "line 3: words struck through (~~...~~) are kept without the marks" in "\n".join(result.notes)
