"""Text whose accents a program garbled before it was published: UTF-8 read as Latin-1 or Windows-1252 and saved again,
so that "Māori" reads "MÄ\x81ori". Where the garbling left control characters (U+0080 to U+009F), which no text holds
and the handbook refuses, the text is repaired with ftfy, the well-kept library for it, and the repair reported; text
without them is left exactly as written (a garbled "cafÃ©" is readable, and repairing every document would risk
changing words that are right)."""

from __future__ import annotations

import re

_CONTROL = re.compile("[\x80-\x9f]")
# A garbled word, as far as 30 characters either side of its control character (a page's base64 image is one
# "word" of a million characters, which an unbounded pattern would scan again from each of its characters)
_WORD = re.compile(r"[^\s\x80-\x9f]{0,30}[\x80-\x9f][^\s\x80-\x9f]{0,30}")


def repaired(text: str) -> tuple[str, str]:
    """``text`` with its garbled accents repaired where they left control characters, and a note saying what was done
    with an example ("" where nothing was)."""
    if _CONTROL.search(text) is None:
        return text, ""
    import ftfy  # (loaded only for the rare text that needs it)

    fixed = ftfy.fix_encoding(text)
    if fixed == text:
        return text, ""
    count = len(_CONTROL.findall(text))
    example = _WORD.search(text)[0].strip(".,;:()\"'")
    return fixed, (f"{count} garbled accent{'s' if count > 1 else ''} (UTF-8 read as another encoding and saved again: "
                   f"{example!r}) repaired, as {ftfy.fix_encoding(example)!r}; check the words")


def repaired_bytes(data: bytes) -> tuple[bytes, str]:
    """A web page's bytes repaired as ``repaired`` repairs text, where they are UTF-8."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return data, ""
    fixed, note = repaired(text)
    return (fixed.encode("utf-8"), note) if note else (data, "")
