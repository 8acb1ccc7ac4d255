"""Rendered pages kept by the hash of everything they are made from, so a build renders only what changed.

A policy page's Markdown is generated from its policy (text and front matter), its history, the
checklists and settings that touch it and the policies that refer to it; so the page's Markdown,
with the converter's settings, the site's file list (which links resolve against) and the code of
the handbook and of the libraries that render it, is what its HTML is made from. The key hashes all
of that; a page whose inputs match a stored entry is not rendered again but restored (its HTML
as published, table of contents, title and anchors), in ``mkdocs build`` and ``mkdocs serve`` alike.
Pages that depend on a changed policy (its index entry, What changed, other policies' "Referred to
by") have changed Markdown, so they miss and are rendered.

The print documents' articles (a policy's page converted for paper, handbook.printing.print_documents) are
kept here too, by the hash of their Markdown, links and the code: a build converts only those that changed.

So is the rest of the work a build does for each policy whether or not it changed (``keep``): each policy
file's reading and check (handbook.source.policy_file), its review findings (handbook.versions.review_check)
and its search passages' term counts (handbook.search.index_files), each by the hash of everything it is
computed from, as its caller names it, and of the code; and the search index's weights, by the hash of
every passage's.

Only a page rendered without a message (no link warning, nothing the sanitiser removed) is kept,
so a cached page never hides a warning.

The folder (``extra.handbook.page_cache``, ``.cache/handbook`` by default) is safe to delete at any
time: an entry is written whole under a temporary name and renamed into place, names its own key
inside, and anything unreadable is treated as missing and rendered again. Concurrent builds share
it safely, as an entry's name is the hash of its content's inputs.
"""

from __future__ import annotations

import contextlib
import dataclasses
import enum
import hashlib
import json
import logging
import os
import pickle
import re
import threading
import time
from collections.abc import Callable
from datetime import date
from importlib import metadata
from pathlib import Path, PurePath
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, get_toc

# Bump when the stored form changes.
_FORMAT = "1"
# Entries not used for this long are removed at the end of a build.
_KEEP_UNUSED_S = 7 * 24 * 3600
# Whose code turns a page's Markdown into its published HTML, and reads the policies (YAML, dates) and stems their
# words (lunr) for what ``keep`` keeps.
_LIBRARIES = ("markdown", "mkdocs", "mkdocs-material", "nh3", "pymdown-extensions", "handbook", "pyyaml",
              "python-dateutil", "lunr")
_PACKAGE = Path(__file__).resolve().parents[1]  # src/handbook
_CODE_SUFFIXES = {".py", ".css", ".yml", ".json", ".js"}


def code_fingerprint() -> str:
    """The installed versions of the rendering libraries and the bytes of the handbook's own code."""
    digest = hashlib.sha256(_FORMAT.encode())
    for name in _LIBRARIES:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"\0{name}={version}".encode())
    # Each file by the parts of its path in the package, in the order pathlib sorts them: os.walk and strings, as
    # pathlib's relative_to took most of the time of every build's fingerprint (issue 20)
    code_files = []
    for folder, _, names in os.walk(_PACKAGE):
        within = Path(folder).relative_to(_PACKAGE).parts
        code_files += [(*within, name) for name in names if os.path.splitext(name)[1] in _CODE_SUFFIXES]
    for parts in sorted(code_files):
        path = os.path.join(_PACKAGE, *parts)
        if os.path.isfile(path):
            digest.update(f"\0{'/'.join(parts)}\0".encode())
            with open(path, "rb") as file:
                digest.update(file.read())
    return digest.hexdigest()


class KeptInMemory:
    """What ``PageCache.keep`` hands back as the very object it gave the last build of one ``mkdocs serve``, for the
    kinds named: an unchanged policy file's Policy (``policy-files``), so that what is worked out from a policy and
    kept by its identity (the review assistant's readings, a policy page's body) is found again at a save. Owned by
    the build object, which outlives serve's builds (each build's PageCache is new); by the same key as the folder's
    entries, which holds no text (at 2,000 policies, keeping the files' texts held 23 MB)."""

    def __init__(self, kinds: frozenset[str], most: int = 4096) -> None:
        self.kinds = kinds
        self._most = most
        self._values: dict[str, object] = {}  # by key, the last used last
        self._lock = threading.Lock()

    def get(self, key: str) -> tuple[bool, object]:
        with self._lock:
            if key not in self._values:
                return False, None
            value = self._values[key] = self._values.pop(key)
            return True, value

    def put(self, key: str, value: object) -> None:
        with self._lock:
            self._values[key] = value
            if len(self._values) > self._most:
                del self._values[next(iter(self._values))]


class KeptPages:
    """Under `mkdocs serve`, the rendered pages' entries the last build restored or stored, as read, by key: the next
    build restores an unchanged page from here rather than from its file (reading and parsing the entries of 209
    pages took 0.07 s of each save at 200 policies). And each page's key with what it was made of: a page whose
    Markdown, address, front matter and build settings are those of the last build has the same key, found by
    comparing them rather than hashing them (0.03 s of a save at 200 policies). One site's worth: what a build does
    not use, the next lets go. Owned by the build object, which outlives serve's builds."""

    def __init__(self) -> None:
        self._last: dict[str, dict] = {}  # the last build's
        self._this: dict[str, dict] = {}  # this build's
        self._last_keys: dict[str, tuple[tuple[str, ...], str]] = {}  # page src_uri: what its key hashed, the key
        self._these_keys: dict[str, tuple[tuple[str, ...], str]] = {}

    def next_build(self) -> None:
        self._last, self._this = self._this, {}
        self._last_keys, self._these_keys = self._these_keys, {}

    def key(self, made_from: tuple[str, ...], compute: Callable[[], str]) -> str:
        """The page key of ``made_from`` (its build settings' key, src_uri, URL, Markdown and front matter as JSON):
        the last build's for equal ones, else ``compute()``-d."""
        uri = made_from[1]
        kept = self._these_keys.get(uri) or self._last_keys.get(uri)
        key = kept[1] if kept is not None and kept[0] == made_from else compute()
        self._these_keys[uri] = (made_from, key)
        return key

    def get(self, key: str) -> dict | None:
        entry = self._this.get(key) or self._last.get(key)
        if entry is not None:
            self._this[key] = entry
        return entry

    def put(self, key: str, entry: dict) -> None:
        self._this[key] = entry


class PageCache:
    """One build's view of the cache folder; ``folder`` None keeps nothing there. ``memory``: the kinds ``keep``
    gives back as the same objects from build to build of one process, folder or none; ``pages``: serve's rendered
    pages' entries, kept from build to build beside the folder's."""

    def __init__(self, folder: Path | None, fingerprint: str, memory: KeptInMemory | None = None,
                 pages: KeptPages | None = None) -> None:
        self.folder = folder
        self.fingerprint = fingerprint
        self.memory = memory
        self.pages = pages if folder is not None else None
        self._build_key = ""
        self._used: set[Path] = set()
        self._lock = threading.Lock()
        self.hits = self.misses = 0
        # The hash of each frozen object ``keep`` has been given, by identity (the object held, so its id is not
        # reused): the rules, a policy, the search's phrases are named by many calls of one build. A hash, not the
        # JSON it is of: the JSON of 2,000 policies held for a build cost 85 MB.
        self._digests: dict[int, tuple[object, str]] = {}

    # --- rendered pages -------------------------------------------------------------------

    def begin(self, config: MkDocsConfig, files: Files) -> None:
        """What every page of this build is rendered with: the converter's settings and the site's files."""
        settings = {
            "code": self.fingerprint,
            "extensions": [str(e) for e in config.markdown_extensions],
            "configs": config.mdx_configs,
            "validation": config.validation,
            "site_url": config.site_url,
            "directory_urls": config.use_directory_urls,
            "log_level": logging.getLogger("mkdocs").getEffectiveLevel(),
            "files": sorted((f.src_uri, f.url) for f in files),
        }
        self._build_key = _hash(json.dumps(settings, sort_keys=True, default=repr))

    def page_key(self, page: Page) -> str:
        made_from = [self._build_key, page.file.src_uri, page.url, page.markdown or "", page.meta]

        def key() -> str:
            return _hash(json.dumps(made_from, sort_keys=True, default=repr))

        if self.pages is None:
            return key()
        meta = json.dumps(page.meta, sort_keys=True, default=repr)  # as the key reads it: True and 1 differ
        return self.pages.key((self._build_key, page.file.src_uri, page.url, page.markdown or "", meta), key)

    def restore(self, key: str, page: Page, files: Files) -> bool:
        """Fill ``page`` as its rendering would from the entry for ``key``; False when there is none."""
        entry = self._page_entry(key)
        if entry is None or entry.get("key") != key:
            self.misses += 1
            return False
        try:
            links = entry["links"]
            linked = None if links is None else {files.get_file_from_path(uri): to for uri, to in links.items()}
            if linked is not None and None in linked:
                raise KeyError("a linked file is gone")
            page.content = entry["content"]
            page.toc = get_toc(entry["toc"])
            page._title_from_render = entry["title"]
            page.present_anchor_ids = set(entry["anchors"])
            page.links_to_anchors = linked
        except (KeyError, TypeError, AttributeError):
            self.misses += 1
            return False
        self.hits += 1
        if self.pages is not None:
            self.pages.put(key, entry)
        return True

    def _page_entry(self, key: str) -> Any:
        path = self._page_file(key)
        entry = self.pages.get(key) if self.pages is not None else None
        if entry is None:
            return self._read(path)
        with self._lock:
            self._used.add(path)  # kept by prune() as if read
        return entry

    def store(self, key: str, page: Page) -> None:
        links = page.links_to_anchors
        entry = {
            "key": key,
            "content": page.content,
            "toc": [_token(link) for link in page.toc],
            "title": page._title_from_render,
            # MkDocs adds None for an attribute without a value in raw HTML ("<document ID>")
            "anchors": sorted(anchor for anchor in page.present_anchor_ids or () if anchor),
            "links": None if links is None else {f.src_uri: to for f, to in links.items()},
        }
        self._write(self._page_file(key), json.dumps(entry))
        if self.pages is not None:
            self.pages.put(key, entry)

    # --- articles of the print documents (handbook.printing.print_documents) ----------------

    def keep_article(self, key: str, convert: Callable[[], str]) -> str:
        """The print HTML of an article: from the cache, or ``convert``-ed and kept. ``key`` is of everything
        it is made from but the code, which this cache's fingerprint adds."""
        full_key = _hash(f"{self.fingerprint}\0{key}")
        path = self.folder / "print" / f"{full_key}.json" if self.folder else None
        entry = self._read(path)
        if isinstance(entry, dict) and entry.get("key") == full_key and isinstance(entry.get("html"), str):
            return entry["html"]
        html = convert()
        self._write(path, json.dumps({"key": full_key, "html": html}))
        return html

    # --- what a build works out for each policy -------------------------------------------

    def keep[T](self, kind: str, made_from: object, compute: Callable[[], T]) -> T:
        """``compute()``, or what it returned when last called with equal ``made_from`` (everything it reads:
        data model objects, text, numbers, dates, paths, patterns) and the same code. An entry is pickled: the
        folder is written by the user's own builds only, as the compiled templates beside it are
        (template_cache). Nothing is kept when ``compute`` raises: errors are found again."""
        memory = self.memory if self.memory is not None and kind in self.memory.kinds else None
        if self.folder is None and memory is None:
            return compute()
        parts = made_from if isinstance(made_from, tuple) else (made_from,)
        key = _hash("\0".join([self.fingerprint, kind, *map(self._digest, parts)]))
        if memory is not None:
            known, value = memory.get(key)
            if known:
                return value  # type: ignore[return-value]
        value = self._kept_in_folder(kind, key, compute)
        if memory is not None:
            memory.put(key, value)
        return value

    def _kept_in_folder[T](self, kind: str, key: str, compute: Callable[[], T]) -> T:
        path = self.folder / kind / f"{key}.pickle" if self.folder else None
        entry = self._read_bytes(path)
        if entry is not None:
            try:
                stored_key, value = pickle.loads(entry)
            except Exception:  # cut short or damaged: pickle raises any of a dozen types
                stored_key = None
            if stored_key == key:
                return value
        value = compute()
        self._write_bytes(path, pickle.dumps((key, value), protocol=pickle.HIGHEST_PROTOCOL))
        return value

    def _digest(self, value: object) -> str:
        """The hash of ``value``'s canonical JSON; a list's or tuple's from its items' hashes, so that a long list
        (every search passage of the handbook) is never one string, and its frozen items are hashed once a build."""
        if isinstance(value, list | tuple):
            return _hash(type(value).__name__ + "\0".join(map(self._digest, value)))
        frozen = isinstance(value, frozenset) or (
            dataclasses.is_dataclass(value) and value.__dataclass_params__.frozen  # type: ignore[union-attr]
        )
        if not frozen:
            return _hash(_canonical(value))
        with self._lock:
            known = self._digests.get(id(value))
        if known is None or known[0] is not value:
            known = (value, _hash(_canonical(value)))
            with self._lock:
                self._digests[id(value)] = known
        return known[1]

    # --- the folder -----------------------------------------------------------------------

    def prune(self) -> None:
        """Remove the entries this build did not use and none has used for a week."""
        if self.folder is None:
            return
        old = time.time() - _KEEP_UNUSED_S
        for path in self.folder.glob("*/*"):
            with contextlib.suppress(OSError):  # another build removed or replaced it
                if path not in self._used and path.stat().st_mtime < old:
                    path.unlink()

    def _page_file(self, key: str) -> Path | None:
        return self.folder / "pages" / f"{key}.json" if self.folder else None

    def _read(self, path: Path | None) -> Any:
        text = self._read_bytes(path)
        try:
            return None if text is None else json.loads(text.decode("utf-8"))
        except ValueError:  # half-written by a killed build, or damaged: render again
            return None

    def _read_bytes(self, path: Path | None) -> bytes | None:
        if path is None:
            return None
        try:
            entry = path.read_bytes()
        except OSError:  # missing, or unreadable: render again
            return None
        with contextlib.suppress(OSError):  # a read-only cache is still read
            os.utime(path)  # used: kept by prune()
        with self._lock:
            self._used.add(path)
        return entry

    def _write(self, path: Path | None, text: str) -> None:
        self._write_bytes(path, text.encode("utf-8"))

    def _write_bytes(self, path: Path | None, content: bytes) -> None:
        if path is None:
            return
        part = path.with_name(f".{path.name}.{os.getpid()}-{threading.get_ident()}")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            part.write_bytes(content)
            part.replace(path)
        except OSError:  # a full disk or a read-only folder: the build goes on without keeping the page
            part.unlink(missing_ok=True)
            return
        with self._lock:
            self._used.add(path)


def _token(link: AnchorLink) -> dict:
    return {"level": link.level, "id": link.id, "name": link.title, "children": [_token(c) for c in link.children]}


def _canonical(value: object) -> str:
    """``value`` as JSON the same in every process: a data class by its class and every field (those left out of
    its comparison too: a policy's key lines), a set sorted, so it hashes the same whatever Python's hash seed."""
    return json.dumps(value, default=_plain, sort_keys=True, ensure_ascii=False)


def _plain(value: object) -> object:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [type(value).__qualname__, {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}]
    if isinstance(value, set | frozenset):
        return sorted(map(_canonical, value))
    if isinstance(value, date | PurePath | enum.Enum):
        return [type(value).__name__, str(value)]
    if isinstance(value, re.Pattern):
        return [value.pattern, value.flags]
    raise TypeError(f"no canonical form for {type(value).__name__}: name it in page_cache._plain")


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()
