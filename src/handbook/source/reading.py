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
  refused with their line and column, rather than published or breaking the feed.
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
INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]")


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
    character = found[0]
    name = unicodedata.name(character, "a control character")
    raise PolicySourceError(
        path,
        before.count("\n") + 1,
        f"column {column} holds U+{ord(character):04X} ({name}), a character most editors do "
        "not show and that cannot be published; delete it (retype the text around it if unsure)",
    )


def split_lines(text: str) -> list[str]:
    """``text`` cut into lines as an editor shows them: at ``\\n``, ``\\r\\n`` or ``\\r``, and nowhere else.

    Unlike ``str.splitlines``, which also cuts at form feeds and other separators, so that line
    numbers drift from the editor's. A final line break does not start another line.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return lines[:-1] if len(lines) > 1 and lines[-1] == "" else lines
