"""Shapes of held-out set 50's documents (issue 18, stop 47): a foundation whose name begins in lower case
("the jQuery Foundation, Inc. (the "Foundation")"), read whole, never from inside the word ("Query Foundation");
a heading that is a label's date ("EFFECTIVE AS OF: June 3, 2015") is no title."""

from __future__ import annotations

import pytest
from test_import_facts import facts_of, found

from handbook.importing.titles import is_no_title


@pytest.mark.parametrize(("line", "organisation"), [
    ('The name of this corporation is the eLearn Foundation, Inc. (the "Foundation").', "eLearn Foundation, Inc."),
    ('The name of this corporation is the Harbour Foundation, Inc. (the "Foundation").', "Harbour Foundation, Inc."),
])
def test_a_name_that_begins_in_lower_case_is_read_whole(line, organisation):
    assert found(facts_of(line, "The Foundation is organised for charitable purposes.", title="Bylaws"),
                 "organisation") == organisation


@pytest.mark.parametrize(("words", "no_title"), [
    ("EFFECTIVE AS OF: June 3, 2015", True),
    ("Review date: 12 March 2025", True),
    ("Safeguarding: Children and Young People", False),
])
def test_a_labels_date_is_no_title(words, no_title):
    assert is_no_title(words) is no_title
