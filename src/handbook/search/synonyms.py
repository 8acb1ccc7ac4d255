"""The organisation's vocabulary for search: ``policy_src/synonyms.yml``.

Staff ask in their own words ("can I add a parent on Facebook") what the policies say in theirs
("link with ... parents and carers" on "social media"). The file has two optional keys:

- ``synonyms``: groups of words or phrases that mean the same; a search for one finds them all;
- ``also_find``: a word or phrase staff use, and what the policies call it (one way only: a search
  for "facebook" also finds "social media", not the other way round).

The sector vocabulary (``sector_vocabulary.yml`` beside this module: UK schools' and workplaces'
words, in the same format) applies to every handbook; the organisation's file adds to it and
overrides it: its groups and its ``also_find`` entries are added, and a word or phrase its
``also_find`` names gets only what the organisation says, none of the sector's (``job: []``: "job"
finds only "job").

Errors are ``PolicySourceError`` pointing at the line, like the policies' own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..source.layout import SYNONYMS_FILE
from ..source.reading import read_source
from ..source.yaml_lines import YamlFile

KEYS = ("synonyms", "also_find")
SECTOR_FILE = Path(__file__).with_name("sector_vocabulary.yml")
# A word or phrase: letters, digits, apostrophes, hyphens and single spaces between words.
_TERM = re.compile(r"[\w'-]+(?: [\w'-]+)*")


@dataclass(frozen=True)
class Vocabulary:
    """``groups`` of interchangeable terms, and ``also_find``: a term -> the terms it also finds."""

    groups: tuple[tuple[str, ...], ...] = ()
    also_find: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def alternatives(self) -> dict[str, list[str]]:
        """Every term -> the other terms a search for it also looks for (lower case, sorted)."""
        found: dict[str, set[str]] = {}
        for group in self.groups:
            for term in group:
                found.setdefault(term, set()).update(t for t in group if t != term)
        for term, targets in self.also_find.items():
            found.setdefault(term, set()).update(t for t in targets if t != term)
        return {term: sorted(others) for term, others in sorted(found.items())}

    def overridden_by(self, own: Vocabulary) -> Vocabulary:
        """This vocabulary with ``own`` added: ``own``'s also_find words keep only what ``own`` says."""
        named = set(own.also_find)
        groups = tuple(tuple(term for term in group if term not in named) for group in self.groups)
        kept = tuple(group for group in groups if len(group) > 1)
        also_find = {term: found for term, found in self.also_find.items() if term not in named}
        return Vocabulary(kept + own.groups, also_find | own.also_find)


def load_vocabulary(policy_src: Path) -> Vocabulary:
    """The vocabulary in ``policy_src/synonyms.yml``; an empty one if there is no such file."""
    path = policy_src / SYNONYMS_FILE
    if not path.exists() and not path.is_symlink():  # a dangling link is named by read_source
        return Vocabulary()
    return read_vocabulary(path)


def read_vocabulary(path: Path) -> Vocabulary:
    return _Reader(YamlFile(path)).vocabulary(read_source(path))


def sector_vocabulary() -> Vocabulary:
    """UK schools' and workplaces' words, shipped with the handbook."""
    return read_vocabulary(SECTOR_FILE)


@dataclass(frozen=True)
class _Reader:
    file: YamlFile

    def vocabulary(self, text: str) -> Vocabulary:
        root = self.file.compose(text)
        if root is None:
            return Vocabulary()
        groups: tuple[tuple[str, ...], ...] = ()
        also_find: dict[str, tuple[str, ...]] = {}
        for key_node, value_node in self.file.pairs(root, f"must be a mapping with the keys {' and '.join(KEYS)}"):
            key = self.scalar(key_node)
            if key == "synonyms":
                groups = self.groups(value_node)
            elif key == "also_find":
                also_find = self.also_find(value_node)
            else:
                raise self.file.unknown_key(key_node, key, KEYS)
        return Vocabulary(groups, also_find)

    def groups(self, node: yaml.Node) -> tuple[tuple[str, ...], ...]:
        groups = []
        for group in self.file.items(node, "'synonyms' must be a list of groups, each like: - [pupils, students]",
                                     allow_empty=True):
            if not isinstance(group, yaml.SequenceNode) or len(group.value) < 2:
                raise self.file.error(group, "a group of synonyms is a list of two or more words: - [pupils, students]")
            groups.append(tuple(self.term(item) for item in group.value))
        return tuple(groups)

    def also_find(self, node: yaml.Node) -> dict[str, tuple[str, ...]]:
        found = {}
        for key_node, value_node in self.file.pairs(
            node, "'also_find' must map a word to what it also finds, like: facebook: social media"
        ):
            targets = value_node.value if isinstance(value_node, yaml.SequenceNode) else [value_node]
            found[self.term(key_node)] = tuple(self.term(target) for target in targets)
        return found

    def term(self, node: yaml.Node) -> str:
        text = " ".join(self.scalar(node).split()).lower()
        if not _TERM.fullmatch(text):
            raise self.file.error(node, f"'{text}' is not a word or phrase: use letters, digits, spaces and hyphens")
        return text

    def scalar(self, node: yaml.Node) -> str:
        if not isinstance(node, yaml.ScalarNode):
            raise self.file.error(node, "expected a word or phrase here, not a list or mapping")
        return str(node.value)
