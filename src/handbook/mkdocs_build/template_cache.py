"""The theme's templates compiled once for all of `mkdocs serve`'s builds.

MkDocs makes a new Jinja environment for each build, which compiled Material's templates again
(about 0.8 s of a save's rebuild at any handbook size). Jinja's bytecode cache keeps the compiled
code: Jinja checks an entry against the template's source (a checksum) and its own version before
using it, so an edited template (``mkdocs serve --watch-theme``) is compiled again. The code also
depends on the environment's syntax settings and extensions, which are part of the key here.
Kept in memory, for the process.
"""

from __future__ import annotations

import jinja2
from jinja2.bccache import Bucket

# The environment's settings that change what a template compiles to (jinja2.Environment's arguments).
_COMPILE_SETTINGS = (
    "block_start_string", "block_end_string", "variable_start_string", "variable_end_string",
    "comment_start_string", "comment_end_string", "line_statement_prefix", "line_comment_prefix",
    "trim_blocks", "lstrip_blocks", "newline_sequence", "keep_trailing_newline", "optimized",
    "autoescape", "finalize",
)


class CompiledTemplates(jinja2.BytecodeCache):
    def __init__(self) -> None:
        self._compiled: dict[tuple[str, str], bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        if (code := self._compiled.get(_key(bucket))) is not None:
            bucket.bytecode_from_string(code)  # Jinja drops it if the source's checksum or its version differ

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._compiled[_key(bucket)] = bucket.bytecode_to_string()


def _key(bucket: Bucket) -> tuple[str, str]:
    environment = bucket.environment
    settings = [repr(getattr(environment, name, None)) for name in _COMPILE_SETTINGS]
    return bucket.key, repr([*settings, sorted(environment.extensions)])
