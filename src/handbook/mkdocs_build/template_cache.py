"""The theme's templates compiled once, for all of `mkdocs serve`'s builds and for the next `mkdocs build`.

MkDocs makes a new Jinja environment for each build, which compiled Material's templates again
(about 0.8 s of a save's rebuild at any handbook size, and a fixed cost of every build that plain
Material pays too: issue 20). Jinja's bytecode cache keeps the compiled code: Jinja checks an entry
against the template's source (a checksum), its own bytecode format and Python's version before using
it, so an edited template (``mkdocs serve --watch-theme``) is compiled again. The code also depends on
the environment's syntax settings, extensions, the names of its filters and tests (a template calling
a filter the environment lacks compiles to code that fails) and Jinja's version, which are part of the
key here.

Kept in memory for the process, and in ``folder`` (the page cache's ``templates/``) for the next
process: an entry is written whole under a temporary name and renamed into place; one that cannot be
read or written is compiled again, never used half-written (Jinja refuses a damaged one by its header).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import threading
from pathlib import Path

import jinja2
from jinja2.bccache import Bucket

# The environment's settings that change what a template compiles to (jinja2.Environment's arguments
# and what its compiler reads).
_COMPILE_SETTINGS = (
    "block_start_string", "block_end_string", "variable_start_string", "variable_end_string",
    "comment_start_string", "comment_end_string", "line_statement_prefix", "line_comment_prefix",
    "trim_blocks", "lstrip_blocks", "newline_sequence", "keep_trailing_newline", "optimized",
    "autoescape", "finalize", "is_async", "sandboxed", "intercepted_binops", "intercepted_unops",
    "code_generator_class",
)


class CompiledTemplates(jinja2.BytecodeCache):
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder  # None: kept in memory only
        self._compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        key = _key(bucket)
        code = self._compiled.get(key)
        if code is None and self.folder is not None:
            with contextlib.suppress(OSError):
                code = (self.folder / key).read_bytes()
                os.utime(self.folder / key)  # used: the page cache's prune() keeps it
        if code is not None:
            bucket.bytecode_from_string(code)  # Jinja drops it if the source's checksum or its version differ

    def dump_bytecode(self, bucket: Bucket) -> None:
        key = _key(bucket)
        code = self._compiled[key] = bucket.bytecode_to_string()
        if self.folder is not None:
            path = self.folder / key
            part = path.with_name(f".{key}.{os.getpid()}-{threading.get_ident()}")
            try:
                self.folder.mkdir(parents=True, exist_ok=True)
                part.write_bytes(code)
                part.replace(path)
            except OSError:  # a read-only or full disk: compiled again next time
                with contextlib.suppress(OSError):
                    part.unlink(missing_ok=True)


def _key(bucket: Bucket) -> str:
    environment = bucket.environment
    settings = [_described(getattr(environment, name, None)) for name in _COMPILE_SETTINGS]
    named = [sorted(environment.extensions), sorted(environment.filters), sorted(environment.tests)]
    described = repr([bucket.key, jinja2.__version__, *settings, *named])
    return hashlib.sha256(described.encode()).hexdigest()


def _described(value: object) -> str:
    """``value`` as the same in every process: a set in order, a function or class by its name, not its
    address in memory."""
    if isinstance(value, (set, frozenset)):
        return repr(sorted(value))
    if callable(value):
        return f"{getattr(value, '__module__', '')}.{getattr(value, '__qualname__', repr(value))}"
    return repr(value)
