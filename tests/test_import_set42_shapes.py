"""Shapes of held-out set 42's documents (issue 18), each made here: reStructuredText holding a Markdown link typed
as text ("[Code of Conduct](https://...CODE_OF_CONDUCT.md)"), which docutils reads as brackets around a bare address
it links: import escapes the brackets, and `check` took the escaped "\\](" for a link's end, refusing a link to
"[https://..." as leading to no page. Markdown shows an escaped bracket as a bracket; so does the check now. (The test's
file has a label, ".. _membership:", to be read as reStructuredText: a .rst file with nothing only that format
writes is read as plain text.)"""

from __future__ import annotations

from helpers import imported_and_checked

from handbook.source.links_in_text import _INLINE_LINK


def test_a_markdown_link_typed_in_restructuredtext_imports_and_passes_check(tmp_path):
    source = tmp_path / "organisation.rst"
    source.write_text("Kestrel AI Organization\n=======================\n\n.. _membership:\n\n"
                      "Membership\n----------\n\n"
                      "The membership is open to anyone who is interested in the mission of the organization.\n"
                      "The membership can be revoked if the member is not complying with the organization's rules or "
                      "[Code of Conduct](https://github.com/kestrel/kestrel/blob/main/CODE_OF_CONDUCT.md).\n")

    _, _, body = imported_and_checked(source, "organisation", tmp_path)

    assert "\\[Code of Conduct\\](" in body  # the brackets as typed, shown as brackets
    assert "(<https://github.com/kestrel/kestrel/blob/main/CODE_OF_CONDUCT.md>)" in body  # the address linked



def test_a_link_after_escaped_brackets_is_still_found():
    text = "See \\[1\\] and [the form](missing-form.md) and \\[a\\](b.md), as typed."
    assert [match["target"] for match in _INLINE_LINK.finditer(text)] == ["missing-form.md"]
