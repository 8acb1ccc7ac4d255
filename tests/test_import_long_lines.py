"""A paragraph longer than a policy file's line may be (issue 18, stop 47: a government website's order keeps a
whole section, sub-points run together, as one 11,000-character list item): imported, split over lines Markdown
joins again, so the page shows one paragraph (or one item) with every word; never split where the next line would
open a block of its own."""

from __future__ import annotations

import markdown
from helpers import imported_and_checked

from handbook.importing.long_lines import within_limit
from handbook.source.limits import MAX_LINE_LENGTH

SECTION = ("Treasury will consult Tribal Officials before acting on policies with Tribal implications. "
           "Consultation will be early and ongoing, with advance notice and sufficient time to respond. ") * 70


def test_a_list_item_longer_than_a_line_may_be_imports_as_one_item_with_every_word(tmp_path):
    source = tmp_path / "order.md"
    source.write_text(f"# Tribal Consultation Policy\n\n1. **PURPOSE**. This Order sets out how we consult.\n"
                      f"2. **CONSULTATION POLICY**. {SECTION}\n3. **CANCELLATION**. The 2012 policy is cancelled.\n",
                      encoding="utf-8")
    assert len(SECTION) > MAX_LINE_LENGTH
    _, _, body = imported_and_checked(source, "tribal-consultation", tmp_path)
    assert max(len(line) for line in body.splitlines()) <= MAX_LINE_LENGTH
    page = markdown.markdown(body)
    assert page.count("<li>") == 3 and " ".join(SECTION.split()) in " ".join(page.split())


def test_a_split_never_starts_a_line_that_markdown_would_read_as_a_new_block():
    words = "word " * 30
    line = f"{words}- not an item {words}1. not a list {words}# not a heading {words}"
    for part in within_limit(line, limit=170)[1:]:
        assert not part.lstrip().startswith(("- ", "1. ", "#"))
    assert " ".join(" ".join(within_limit(line, limit=170)).split()) == " ".join(line.split())


def test_a_table_row_or_a_heading_is_never_split():
    row = "| " + "cell " * 50 + "|"
    assert within_limit(row, limit=100) == [row]
    assert within_limit("## " + "word " * 50, limit=100) == ["## " + "word " * 50]
