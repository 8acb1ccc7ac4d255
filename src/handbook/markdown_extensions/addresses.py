"""Addresses (``href``, ``src``) read as a browser reads them (the WHATWG URL standard), to judge where they lead.

A browser, before it looks for a scheme, decodes character references (the HTML parser has done that
when ``html.unescape`` is not needed), strips leading and trailing C0 controls and spaces, and removes
every tab and newline: ``" java\\nscript:"`` is ``javascript:``. In an address of a web page (and a
relative address on one) a backslash is a slash, so ``/\\evil.example/x.png`` is ``//evil.example/x.png``,
another site. An invisible character inside what looks like a scheme (``java\\u200bscript:``) makes the
address mean something else than it reads as; such addresses are refused outright.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")
_STRIPPED = "".join(map(chr, range(0x21)))  # C0 controls and space, stripped from both ends
_SPECIAL_SCHEMES = {"http", "https", "ftp", "ws", "wss", "file"}  # where "\" reads as "/"


@dataclass(frozen=True)
class Address:
    scheme: str  # lower case; "" for an address on this site ("/x", "../y", "#z")
    rest: str  # what follows the scheme, with "\" read as "/" where a browser does
    invisible: bool  # holds a control, format (zero-width, bidi) or replacement character

    @property
    def off_site(self) -> bool:
        """Whether a browser would fetch it from another origin (or by another protocol)."""
        return bool(self.scheme) or self.rest.startswith("//")


def read_address(written: str, decode_references: bool = False) -> Address:
    """``written`` as a browser reads it; ``decode_references`` when it is still HTML source text."""
    value = html.unescape(written) if decode_references else written
    value = value.strip(_STRIPPED).replace("\t", "").replace("\n", "").replace("\r", "")
    # Printable ASCII (most addresses) holds none of them: asking for each character's category was a
    # tenth of rendering a policy page (issue 20)
    invisible = not (value.isascii() and value.isprintable()) and any(
        unicodedata.category(c) in ("Cc", "Cf", "Co", "Cn") or c == "\ufffd" for c in value
    )
    if match := _SCHEME.match(value):
        scheme, rest = match[0][:-1].lower(), value[match.end():]
    else:
        scheme, rest = "", value
    if scheme in _SPECIAL_SCHEMES or not scheme:
        rest = rest.replace("\\", "/")
    return Address(scheme, rest, invisible)
