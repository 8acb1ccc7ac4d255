"""policy_src/synonyms.yml: the organisation's words for search (handbook.search.synonyms)."""

from __future__ import annotations

import pytest

from handbook.errors import PolicySourceError
from handbook.search.synonyms import Vocabulary, load_vocabulary


def _load(tmp_path, text: str) -> Vocabulary:
    (tmp_path / "synonyms.yml").write_text(text, encoding="utf-8")
    return load_vocabulary(tmp_path)


def test_groups_and_one_way_words_are_read_in_lower_case(tmp_path):
    text = "synonyms:\n  - [Pupils, students]\nalso_find:\n  Facebook: Social  Media\n  lost: [breach, loss]\n"
    vocabulary = _load(tmp_path, text)
    assert vocabulary.groups == (("pupils", "students"),)
    assert vocabulary.also_find == {"facebook": ("social media",), "lost": ("breach", "loss")}
    assert vocabulary.alternatives() == {
        "facebook": ["social media"], "lost": ["breach", "loss"], "pupils": ["students"], "students": ["pupils"]
    }


def test_no_file_or_an_empty_one_is_an_empty_vocabulary(tmp_path):
    assert load_vocabulary(tmp_path) == Vocabulary()
    assert _load(tmp_path, "# nothing yet\n") == Vocabulary()


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("synonym:\n  - [a, b]\n", 1, "unknown key 'synonym': did you mean 'synonyms'?"),
        ("- [pupils, students]\n", 1, "must be a mapping with the keys synonyms and also_find"),
        ("synonyms:\n  pupils: students\n", 2, "'synonyms' must be a list of groups"),
        ("synonyms:\n  - [pupils, students]\n  - pupils\n", 3, "a group of synonyms is a list of two or more words"),
        ("also_find:\n  - facebook\n", 2, "'also_find' must map a word to what it also finds"),
        ("also_find:\n  facebook: <script>\n", 2, "'<script>' is not a word or phrase"),
        ("synonyms:\n  - [pupils, {a: b}]\n", 2, "expected a word or phrase here, not a list or mapping"),
        ("synonyms:\n  - [pupils, students\n", 3, "is not valid YAML"),
    ],
)
def test_a_mistake_names_its_line(tmp_path, text, line, message):
    with pytest.raises(PolicySourceError) as error:
        _load(tmp_path, text)
    assert error.value.line == line and message in error.value.message, str(error.value)
    assert str(error.value).endswith(f"synonyms.yml:{line}: {error.value.message}")
