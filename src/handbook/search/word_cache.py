"""WordNet's answers kept for every handbook a user builds, so that a build asks WordNet only of new words.

Loading WordNet and asking it of every word was a fifth of a fresh build (issue 20), and most words
of one handbook ("staff", "report", "notice") are in the next one too. So the answers
(handbook.search.lexicon's ``WordAnswers``) are kept in the user's cache folder
(``$XDG_CACHE_HOME/handbook/wordnet/``, ``~/.cache/handbook/wordnet/`` without it), shared by
every handbook and every build: a fresh build of a handbook whose words were all asked before does
not load WordNet at all.

Answers are kept per key, a file each: NLTK's version, WordNet's files (their names, sizes and
times) and the code that asks and stems (``code_version``). Another key asks WordNet again; the
file names its full key inside, and answers whose key differs are not used. A file that cannot be
read (damaged, half-written, another format) counts as empty, and one that cannot be written (a
read-only home, a full disk) is skipped: the build goes on, asking WordNet as it did before.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
import os
import threading
from importlib import metadata
from pathlib import Path

from . import lexicon, terms

log = logging.getLogger(__name__)


def cache_folder() -> Path:
    """The XDG base directory specification's cache folder for the handbook's WordNet answers."""
    configured = os.environ.get("XDG_CACHE_HOME", "")
    base = Path(configured) if os.path.isabs(configured) else Path.home() / ".cache"  # relative: ignored, per XDG
    return base / "handbook" / "wordnet"


@functools.cache
def code_version() -> str:
    """The code whose answers are kept: lexicon (which asks WordNet) and terms (which stems the answers,
    with lunr's stemmer)."""
    digest = hashlib.sha256(f"lunr={metadata.version('lunr')}".encode())
    for module in (lexicon, terms):
        digest.update(Path(module.__file__).read_bytes())
    return digest.hexdigest()


def kept_answers() -> lexicon.WordAnswers:
    """The answers kept for this WordNet, NLTK and code; none where there are none or they cannot be read."""
    code = code_version()
    return lexicon.WordAnswers.from_json(_read(_answers_file(code)), code)


def keep(answers: lexicon.WordAnswers) -> None:
    """Add ``answers`` to those kept (another build may have kept others since this one read them)."""
    code = code_version()
    path = _answers_file(code)
    kept = lexicon.WordAnswers.from_json(_read(path), code)
    merged = lexicon.WordAnswers(kept.meanings | answers.meanings, kept.uses | answers.uses)
    part = path.with_name(f".{path.name}.{os.getpid()}-{threading.get_ident()}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        part.write_text(json.dumps(merged.to_json(code)), encoding="utf-8")
        part.replace(path)  # whole or not at all: a build killed meanwhile leaves the last file
    except OSError as error:
        log.debug("WordNet's answers not kept in %s: %s", path.parent, error)
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)


def _answers_file(code: str) -> Path:
    key = json.dumps(lexicon.WordAnswers().to_json(code)["wordnet"])
    return cache_folder() / f"answers-{hashlib.sha256(key.encode()).hexdigest()[:20]}.json"


def _read(path: Path) -> object:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):  # none yet, unreadable or damaged: WordNet is asked
        return None
