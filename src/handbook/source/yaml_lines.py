"""The YAML of policy_src/ (front matter, reviews.yml, checklist.yml, synonyms.yml), composed
into nodes that keep their line numbers, so that every later error can name its line."""

from __future__ import annotations

from pathlib import Path

import yaml

from ..errors import PolicySourceError

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when PyYAML has it: 5x faster


def compose(text: str, path: Path, *, first_line: int = 1, what: str = "") -> yaml.Node | None:
    """The YAML ``text`` of ``path`` (from its line ``first_line``) as nodes; None if it is empty.

    A mistake is a PolicySourceError naming the line, and the line of what it broke, if any."""
    try:
        return yaml.compose(text, Loader=LOADER)
    except yaml.MarkedYAMLError as error:
        line = error.problem_mark.line + first_line if error.problem_mark else None
        context = f" ({error.context} on line {error.context_mark.line + first_line})" if error.context_mark else ""
        raise PolicySourceError(path, line, f"{what}is not valid YAML: {error.problem}{context}") from None
