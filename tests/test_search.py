"""Clause-level search entries."""

import json
from pathlib import Path

from helpers import policy_source

from handbook import material, search
from handbook.parsing import parse_policy


def test_one_entry_per_clause_with_plain_text():
    body = "1. Use **bold** and [a link](#x){ .c } & x < y > z.\n2. Points:\n\n    - *one*\n    - `two`\n"
    policy = parse_policy(policy_source(body), Path("p.md"))
    entries = search.clause_entries(policy, "test-policy/")
    assert entries == [
        {"location": "test-policy/#clause-1", "title": "Clause 1", "text": "Use bold and a link &amp; x &lt; y &gt; z."},  # noqa: E501
        {"location": "test-policy/#clause-2", "title": "Clause 2", "text": "Points: one two"},
    ]


def test_entries_are_added_to_the_index(tmp_path):
    index = tmp_path / material.SEARCH_INDEX
    index.parent.mkdir()
    index.write_text(json.dumps({"config": {"lang": ["en"]}, "docs": [{"location": "", "title": "Home"}]}))
    material.add_search_entries(tmp_path, [{"location": "p/#clause-1", "title": "Clause 1", "text": "x"}])
    data = json.loads(index.read_text())
    assert data["config"] == {"lang": ["en"]}
    assert [d["location"] for d in data["docs"]] == ["", "p/#clause-1"]
