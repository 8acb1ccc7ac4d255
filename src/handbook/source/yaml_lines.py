"""The YAML of policy_src/ (front matter, reviews.yml, checklist.yml, synonyms.yml), read as nodes
that keep their line numbers, so that every error names the line of the file it is about.

A node's mark counts lines from 0 within the YAML text; the text starts on line ``first_line`` of
its file (1 for a YAML file, 2 for front matter, after its opening '---'). So a node is on file
line ``mark.line + first_line``: ``YamlFile.line`` is the one place that says so.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..errors import PolicySourceError, unknown_key_hint

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when PyYAML has it: 5x faster
LIST_EXPECTED = "expected a list with at least one item (lines starting '- ', or [a, b])"


@dataclass(frozen=True)
class YamlFile:
    """The YAML of ``path``, from the file's line ``first_line``; errors name file lines."""

    path: Path
    first_line: int = 1

    def compose(self, text: str, what: str = "") -> yaml.Node | None:
        """``text`` as nodes; None if it is empty. Invalid YAML names its line, and the line of what it broke."""
        try:
            return yaml.compose(text, Loader=LOADER)
        except yaml.MarkedYAMLError as error:
            line = self._line(error.problem_mark) if error.problem_mark else None
            context = f" ({error.context} on line {self._line(error.context_mark)})" if error.context_mark else ""
            raise self.error(line, f"{what}is not valid YAML: {error.problem}{context}") from None

    def line(self, node: yaml.Node) -> int:
        """The file line ``node`` starts on."""
        return self._line(node.start_mark)

    def _line(self, mark: yaml.Mark) -> int:
        return mark.line + self.first_line

    def error(self, at: yaml.Node | int | None, message: str) -> PolicySourceError:
        """A problem at a node, or at a line of the file (None: the file as a whole)."""
        line = self.line(at) if isinstance(at, yaml.Node) else at
        return PolicySourceError(self.path, line, message)

    def pairs(self, node: yaml.Node, not_a_mapping: str) -> list[tuple[yaml.Node, yaml.Node]]:
        """The ``(key, value)`` nodes of a mapping; anything else is the error ``not_a_mapping``."""
        if not isinstance(node, yaml.MappingNode):
            raise self.error(node, not_a_mapping)
        return list(node.value)

    def unknown_key(self, at: yaml.Node | int, key: str, known: Collection[str], *, unknown: str = "unknown key",
                    where: str = "") -> PolicySourceError:
        """``unknown 'KEY' where: did you mean ...?`` (or the known keys)."""
        return self.error(at, f"{unknown} '{key}'{where}: {unknown_key_hint(key, known)}")

    def fields(self, node: yaml.Node, known: Collection[str], *, not_a_mapping: str, unknown: str = "unknown key",
               where: str = "") -> dict[str, tuple[yaml.Node, yaml.Node]]:
        """A mapping's ``key: (key node, value node)``, in order; each key one of ``known``, given once."""
        found: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key_node, value_node in self.pairs(node, not_a_mapping):
            key = str(key_node.value)
            if key not in known:
                raise self.unknown_key(key_node, key, known, unknown=unknown, where=where)
            if key in found:
                first = self.line(found[key][0])
                raise self.error(key_node, f"'{key}' is given twice{where} (first on line {first})")
            found[key] = (key_node, value_node)
        return found

    def text(self, node: yaml.Node, message: str = "expected some text here") -> str:
        """A scalar's text as typed ("1.0" stays "1.0"), stripped; a list, a mapping or nothing is ``message``."""
        if not isinstance(node, yaml.ScalarNode) or not str(node.value).strip():
            raise self.error(node, message)
        return str(node.value).strip()

    def items(self, node: yaml.Node, message: str = LIST_EXPECTED, *, allow_empty: bool = False) -> list[yaml.Node]:
        """A list's item nodes; anything else, or an empty list unless allowed, is ``message``."""
        if not isinstance(node, yaml.SequenceNode) or not (node.value or allow_empty):
            raise self.error(node, message)
        return list(node.value)

    def texts(self, node: yaml.Node, message: str) -> tuple[str, ...]:
        """A list of texts (it may be empty); anything else, or an item that is not text, is ``message`` at the list."""
        items = node.value if isinstance(node, yaml.SequenceNode) else None
        if items is None or not all(isinstance(item, yaml.ScalarNode) and str(item.value).strip() for item in items):
            raise self.error(node, message)
        return tuple(str(item.value).strip() for item in items)
