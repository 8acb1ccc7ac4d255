"""Whose policy a document is, where the handbook it goes into already says so and the document names it.

A school imports its policies one after another. Once one policy's front matter gives the school's name, a
document that names the school ("St Hugh's School expects all staff ...", "the St Hugh's School website") is that
school's: its organisation is the handbook's, taken with the place the document names it. Nothing is taken where
the document names none of the handbook's organisations, or more than one (a trust's handbook of several schools:
which school's policy it is is then for a person to say).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from ..errors import PolicySourceError
from ..source.front_matter import read_front_matter, split_front_matter
from ..source.handbook_folder import policy_files
from ..source.reading import read_source
from .document import Block, Paragraph

_TBC = "tbc"


def organisations_of(policy_src: Path) -> tuple[str, ...]:
    """The organisations the handbook's policies give in their front matter (TBC aside). A policy file that does not
    read is passed over: ``handbook check`` reports it, and an import does not depend on it."""
    names: dict[str, None] = {}
    for path in policy_files(policy_src) if policy_src.is_dir() else []:
        try:
            meta, _ = read_front_matter(split_front_matter(read_source(path), path)[0], path)
        except PolicySourceError:
            continue
        if meta.organisation.casefold() != _TBC:
            names[meta.organisation] = None
    return tuple(names)


def handbook_organisation_named(blocks: list[Block], organisations: Sequence[str]) -> tuple[str, str, str] | None:
    """The one organisation of ``organisations`` the document names, with where and in what words it first does;
    names are compared word by word, so "St Hugh's School" is named by "ST HUGH\u2019S SCHOOL" too."""
    named: dict[str, tuple[str, str]] = {}
    for block in blocks:
        if not isinstance(block, Paragraph):
            continue
        words = _words(block.plain)
        for name in organisations:
            if name not in named and _contains(words, _words(name)):
                named[name] = (block.place, block.plain)
    if len(named) != 1:
        return None
    name, (place, words) = next(iter(named.items()))
    return name, f"{place}, which names the organisation of the handbook's other policies", words


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _contains(words: list[str], name: list[str]) -> bool:
    return bool(name) and any(words[start:start + len(name)] == name for start in range(len(words) - len(name) + 1))
