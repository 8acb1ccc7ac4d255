"""reStructuredText policies (issue 18: Read the Docs' and Python's policies are kept as .txt in rST) are read
with docutils as structure: sections as headings by how they nest, ``#.`` lists numbered, boxes as quotations,
Sphinx's roles as their words, a field list at the top as labels the facts finder reads, links kept; docutils
never reads another file, and what it says becomes a note with the file's own line. A plain text that merely
underlines its title stays on the plain-text path."""

from __future__ import annotations

from docutils.core import publish_doctree
from helpers import imported_and_checked

from handbook.importing.rst_reader import read_rst
from handbook.importing.sniffing import Kind, kind_of

# As a volunteer project keeps a policy in its Sphinx documentation (docs/policies/expenses.rst saved as .txt)
_SPHINX_POLICY = """\
Volunteer expenses policy
=========================

This policy explains how volunteers of the Riverside Tenants' Association claim back what they spend on
association business. Words in *italics* are defined in the :term:`glossary <expenses glossary>`.

.. note:: Claims older than three months cannot be paid. See :doc:`/finance/deadlines` for the dates.

.. toctree::
   :hidden:

   finance/deadlines

What you can claim
------------------

#. Travel to and from association meetings, at the cheapest reasonable fare.

   Mileage is paid at 45p a mile for the first 10,000 miles.

#. Printing and postage for association mailings, with the receipt.

   * Ask the secretary before you print more than 200 copies.
   * Keep the receipt even for small amounts.

#. Refreshments for a public meeting, up to 30 pounds a meeting.

How to claim
------------

Send the claim form to the treasurer with your receipts. The form is on the
`association's website <https://riverside-tenants.example.org/forms/expenses>`_.

Late claims
~~~~~~~~~~~

.. warning::
   A claim sent after the deadline is refused, whatever the reason.
"""


def test_a_sphinx_policy_imports_as_structure_not_markup(tmp_path):
    (tmp_path / "expenses.txt").write_text(_SPHINX_POLICY)
    assert kind_of(tmp_path / "expenses.txt") is Kind.RST

    result, front, body = imported_and_checked(tmp_path / "expenses.txt", "expenses", tmp_path)

    assert "title: Volunteer expenses policy" in front
    assert "\n## What you can claim\n" in f"\n{body}" and "\n### Late claims\n" in body, body
    for markup in (":term:", ":doc:", "`", ".. ", "#.", "toctree", "====", "----", "~~~~"):
        assert markup not in body, (markup, body)
    assert "defined in the glossary." in body, body  # the role's words, its target left
    assert "> **Note:** Claims older than three months cannot be paid. See finance/deadlines" in body, body
    assert "> **Warning:** A claim sent after the deadline is refused" in body, body
    assert "[association's website](<https://riverside-tenants.example.org/forms/expenses>)" in body, body
    notes = "\n".join(result.notes)
    # (a role in a paragraph: the line the paragraph starts on, as docutils gives it)
    assert "line 4: the role ':term:'" in notes and "line 7: the role ':doc:'" in notes, notes
    assert "line 9: Sphinx's '.. toctree::'" in notes, notes


def test_auto_numbered_items_keep_their_numbers_with_paragraphs_and_lists_in_them(tmp_path):
    (tmp_path / "expenses.txt").write_text(_SPHINX_POLICY)

    _, _, body = imported_and_checked(tmp_path / "expenses.txt", "expenses", tmp_path)

    lines = body.splitlines()
    travel = next(line for line in lines if "Travel to and from" in line)
    assert travel.startswith("1. ") and travel.endswith("<br><br>Mileage is paid at 45p a mile for the first "
                                                           "10,000 miles."), travel  # its paragraph kept in it
    assert next(line for line in lines if "Printing and postage" in line).startswith("1. "), body
    assert "    - Ask the secretary before you print more than 200 copies." in lines, body  # nested under item 2
    # the third item after item 2's own list, nested in item 2: the same list goes on, and Markdown shows it as 3
    third = lines.index(next(line for line in lines if "Refreshments for" in line))
    assert lines[third].startswith("1. ") and lines[third - 2] == "    - Keep the receipt even for small amounts.", body


def test_a_field_list_on_top_gives_the_facts_it_labels(tmp_path):
    (tmp_path / "safeguarding.txt").write_text("""\
:Organisation: Northfield Scout Group
:Owner: Group Lead Volunteer
:Approved by: Group Executive Committee

####################
Safeguarding policy
####################

Every adult volunteer in Northfield Scout Group completes safeguarding training before their first meeting.
""")

    result, front, body = imported_and_checked(tmp_path / "safeguarding.txt", "safeguarding", tmp_path)

    assert "organisation: Northfield Scout Group" in front, front
    assert "owner: Group Lead Volunteer" in front, front
    assert "approved_by: Group Executive Committee" in front, front
    assert "title: Safeguarding policy" in front, front
    assert "line 1" in "\n".join(n for n in result.notes if "owner" in n), result.notes  # the file's own line
    assert ":Owner:" not in body, body


def test_docutils_never_reads_another_file_nor_passes_raw_markup(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("kestrel-7731 is the treasurer's bank password\n")
    (tmp_path / "privacy.txt").write_text(f"""\
Privacy notice
==============

We keep members' addresses only while they are members.

.. include:: {secret}

.. raw:: html

   <script>alert("kestrel")</script>

.. csv-table:: Retention
   :file: {secret}

Addresses are deleted within a month of a member leaving.
""")

    result, _, body = imported_and_checked(tmp_path / "privacy.txt", "privacy", tmp_path)

    assert "kestrel" not in body and "script" not in body, body
    assert "Addresses are deleted within a month" in body, body
    notes = "\n".join(result.notes)
    for line in (6, 8, 12):
        assert f"line {line}: " in notes and "never reads another file or raw markup" in notes, notes
    assert "kestrel" not in notes


def test_what_docutils_says_is_a_note_with_the_file_line_never_the_policys_words(tmp_path, capfd):
    (tmp_path / "conduct.txt").write_text("""\
Code of conduct
===============

Everyone at our events treats others with respect. Read the `full text`_ before you attend.

.. card:: Reporting

   Email conduct@riverside-tenants.example.org or speak to any steward.

Stewards wear *yellow lanyards.
""")

    result, _, body = imported_and_checked(tmp_path / "conduct.txt", "conduct", tmp_path)

    assert "or speak to any steward." in body and "Reporting" in body, body  # its text kept
    assert "Read the full text before you attend." in body, body  # a link whose target is missing: its words
    for docutils_words in ("ERROR", "Unknown", "WARNING", "system", "Inline emphasis"):
        assert docutils_words not in body, (docutils_words, body)
    assert "Stewards wear \\*yellow lanyards." in body, body  # the unclosed mark as typed
    notes = "\n".join(result.notes)
    assert "line 6: the directive '.. card::'" in notes, notes
    assert "line 4: reStructuredText: Unknown target name" in notes, notes
    assert "line 10: reStructuredText: Inline emphasis start-string without end-string" in notes, notes
    assert "Inline emphasis" not in capfd.readouterr().err  # nothing printed


def test_sphinx_directives_are_known_to_docutils_only_while_an_import_reads():
    read = read_rst(".. seealso:: The volunteer handbook's section on expenses.\n")

    assert read.blocks[0].plain == "See also: The volunteer handbook's section on expenses.", read.blocks
    # docutils' registry is the process's: another user of docutils (the corpus benchmark) must not see Sphinx's
    alone = publish_doctree(".. seealso:: x\n", settings_overrides={"report_level": 5, "warning_stream": False})
    assert "Unknown directive type" in alone.astext(), alone.pformat()


def test_plain_text_underlining_its_title_stays_plain_text(tmp_path):
    plain = tmp_path / "lone-working.txt"
    plain.write_text("""\
Lone Working Policy
===================

Staff working alone in the library after 6pm sign in at the front desk.

--------------------------------------------------------------------------

If you feel unsafe, call the duty manager on 01632 960 441.

--

Reviewed by the Operations Manager.
""")
    markdown = tmp_path / "notes.md"
    markdown.write_text("# Lone working\n\nSee the `rota`_ for who is on duty.\n")

    assert kind_of(plain) is Kind.TEXT
    assert kind_of(markdown) is Kind.TEXT  # Markdown is Markdown, whatever it holds


def test_an_items_paragraph_after_its_own_list_stays_after_it():
    read = read_rst("""\
#. Sign in at reception when you arrive.

   * Use the visitors' book, not the staff register.

   Wear the visitor's badge until you leave the site.

#. Sign out at reception when you leave.
""")

    assert [(b.auto_number.shown if b.auto_number else "", b.plain.split()[0]) for b in read.blocks] == [
        ("1.", "Sign"), ("\u2022", "Use"), ("", "Wear"), ("2.", "Sign")], read.blocks
