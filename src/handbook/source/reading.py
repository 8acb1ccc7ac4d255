"""Read an author's file as text, or say plainly why it cannot be read.

Every file under ``policy_src/`` (policies, drafts, archived versions, the manifest, reviews.yml,
checklist.yml) is read here, so they all follow the same rules:

- only a regular file is read: a folder, a broken symbolic link, a named pipe (which would block
  the reader forever) or an unreadable file is a ``PolicySourceError`` naming the file;
- the text is UTF-8, with or without a byte order mark (some Windows editors add one);
- lines end at ``\\n``, ``\\r\\n`` or ``\\r``, as in every editor, so the line an error names is the
  line the author sees;
- characters no editor shows (NUL and other control characters, including form feed and
  vertical tab; U+2028 and U+2029, which YAML would count as line breaks; U+FFFE and U+FFFF) are
  refused with their line and column, rather than published or breaking the feed;
- so are the characters that change what text looks like without showing themselves
  (``FORMATTING``): zero-width spaces and joiners, direction marks, embeddings, overrides and
  isolates (U+202E can make "cod.exe" read "exe.doc", and a title read backwards), word joiners
  and invisible operators, a byte order mark inside the text, and the soft hyphen (but a zero-width
  joiner between two emoji, which shows as the one picture it makes of them). Each would
  split a word that search, the self-check and the change log then fail to find or compare, or
  make the page say something other than the file appears to. They are the characters the
  self-check's reader strips (handbook.selfcheck.text_patterns).
"""

from __future__ import annotations

import os
import re
import stat
import unicodedata
from pathlib import Path

from ..errors import PolicySourceError

BYTE_ORDER_MARK = "\ufeff"
_KINDS = {
    stat.S_IFDIR: "a folder",
    stat.S_IFIFO: "a named pipe (FIFO)",
    stat.S_IFSOCK: "a socket",
    stat.S_IFCHR: "a device",
    stat.S_IFBLK: "a device",
}
# C0 controls except tab, line feed and carriage return; DEL and the C1 controls; the Unicode line
# and paragraph separators; the two non-characters. A pattern over plain text, not over HTML.
CONTROL = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff"
# Characters that shape text without showing: the soft hyphen, the Mongolian vowel separator,
# zero-width space, non-joiner and joiner, left-to-right and right-to-left marks, the embeddings
# and overrides, the word joiner and invisible operators, the isolates, a byte order mark.
FORMATTING = "\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
# Emoji (arrows, technical and other symbols, dingbats, and the pictographs' planes, their skin tones
# included): a zero-width joiner between two, after any variation selector, makes them one picture
# (a person, a joiner and scales: a judge), so it shows and is kept; one anywhere else is refused as the rest are.
_EMOJI = "\u2190-\u21ff\u2300-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff"
# What follows a character of the class: not a joiner making one picture. The emoji around it are looked at only
# once such a character has matched (a lookahead tried at every position made a policy file's search 9x slower).
_NOT_IN_EMOJI = f"(?!(?<=[{_EMOJI}\ufe0f]\u200d)[{_EMOJI}])"
HIDDEN_FORMATTING = f"[{FORMATTING}]{_NOT_IN_EMOJI}"  # FORMATTING but for a joiner making one picture
INVISIBLE = re.compile(f"[{CONTROL}{FORMATTING}]{_NOT_IN_EMOJI}")


def read_source(path: Path) -> str:
    """The text of the file at ``path``, checked as the module docstring says."""
    data = _read_bytes(path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise PolicySourceError(
            path, line, f"is not UTF-8 text ({error.reason} at byte {error.start}); save the file as UTF-8"
        ) from None
    text = text.removeprefix(BYTE_ORDER_MARK)
    check_characters(text, path)
    return text


def _read_bytes(path: Path) -> bytes:
    # O_NONBLOCK: opening a named pipe must not wait for a writer. It changes nothing for a file.
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except FileNotFoundError:
        if path.is_symlink():
            raise PolicySourceError(
                path, None, f"is a symbolic link to {os.readlink(path)}, which does not exist"
            ) from None
        raise PolicySourceError(path, None, "does not exist") from None
    except PermissionError:
        raise PolicySourceError(path, None, "cannot be read: permission denied; check the file's permissions") from None
    except OSError as error:
        raise PolicySourceError(path, None, f"cannot be read ({error.strerror})") from None
    try:
        kind = stat.S_IFMT(os.fstat(descriptor).st_mode)
        if kind != stat.S_IFREG:
            raise PolicySourceError(path, None, f"is {_KINDS.get(kind, 'not a regular file')}, not a file")
        with os.fdopen(descriptor, "rb", closefd=False) as handle:
            return handle.read()
    except OSError as error:
        raise PolicySourceError(path, None, f"cannot be read ({error.strerror})") from None
    finally:
        os.close(descriptor)


def check_characters(text: str, path: Path) -> None:
    """Refuse a character no editor shows, naming its line and column."""
    found = INVISIBLE.search(text)
    if found is None:
        return
    before = text[: found.start()].replace("\r\n", "\n").replace("\r", "\n")
    column = len(before) - before.rfind("\n")
    raise PolicySourceError(path, before.count("\n") + 1, f"column {column} holds {describe_invisible(found[0])}")


def describe_invisible(character: str) -> str:
    """What an ``INVISIBLE`` character is, why it is refused and what to do instead."""
    name = unicodedata.name(character, "a control character")
    shown = f"U+{ord(character):04X} ({name})"
    if character == "\u00ad":
        return (f"{shown}, which most editors do not show and which splits the word for search; delete it "
                "(the site hyphenates long words by itself)")
    if character in "\u200b\u2060\ufeff":
        return f"{shown}, which most editors do not show and which splits the word for search; delete it"
    if re.fullmatch(f"[{FORMATTING}]", character):
        return (f"{shown}, which most editors do not show and which can make the text read other than it is "
                "written (such as backwards); delete it, and retype the words around it if unsure")
    return (f"{shown}, a character most editors do not show and that cannot be published; delete it "
            "(retype the text around it if unsure)")


def split_lines(text: str) -> list[str]:
    """``text`` cut into lines as an editor shows them: at ``\\n``, ``\\r\\n`` or ``\\r``, and nowhere else.

    Unlike ``str.splitlines``, which also cuts at form feeds and other separators, so that line
    numbers drift from the editor's. A final line break does not start another line.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return lines[:-1] if len(lines) > 1 and lines[-1] == "" else lines
