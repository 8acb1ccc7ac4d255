"""Compare two built sites file by file: what a refactoring must leave unchanged.

    .venv/bin/python scripts/compare_sites.py BEFORE_SITE AFTER_SITE

Files are paired by their path with hashed names made neutral (Material's ``bundle.1e8ae164.min.js``,
the search index's ``search/0be934574821/``), so a changed hash alone is not a difference but a
changed content is. Prints the files only one site has and, for each file whose bytes differ, a
short diff (text) or the sizes (binary). PDFs are compared by their text, as their bytes hold the
time they were made. The exit status is 1 when anything differs.
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
import zipfile
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader

# A run of 8 or more hexadecimal digits between separators: a content hash in a file or folder name.
_HASH = re.compile(r"(?<=[./-])[0-9a-f]{8,}(?=[./-]|$)")
_DIFF_LINES = 20  # of a text diff, printed per file


def neutral(path: Path) -> str:
    return _HASH.sub("#", path.as_posix())


def files_of(site: Path) -> dict[str, Path]:
    return {neutral(path.relative_to(site)): path for path in sorted(site.rglob("*")) if path.is_file()}


def comparable(path: Path) -> bytes:
    """What of a file must match: PDFs' text, a wheel's members, the bytes of everything else."""
    data = path.read_bytes()
    if path.suffix == ".pdf":
        return "\f".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages).encode()
    if path.suffix == ".whl":
        with zipfile.ZipFile(BytesIO(data)) as wheel:
            return "\n".join(f"{info.filename} {wheel.read(info).hex()[:64]}" for info in wheel.infolist()).encode()
    if path.suffix == ".gz":
        return b""  # sitemap.xml.gz: its bytes hold a time; sitemap.xml is compared
    return _HASH.sub("#", data.decode("utf-8", "surrogateescape")).encode("utf-8", "surrogateescape")


def describe(name: str, before: bytes, after: bytes) -> list[str]:
    try:
        old, new = before.decode().splitlines(), after.decode().splitlines()
    except UnicodeDecodeError:
        return [f"  binary: {len(before)} bytes before, {len(after)} after"]
    diff = list(difflib.unified_diff(old, new, "before/" + name, "after/" + name, n=0, lineterm=""))
    shown = [f"  {line[:200]}" for line in diff[2 : 2 + _DIFF_LINES]]
    if len(diff) > 2 + _DIFF_LINES:
        shown.append(f"  ... {len(diff) - 2 - _DIFF_LINES} more diff lines")
    return shown


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    arguments = parser.parse_args(argv)
    before, after = files_of(arguments.before), files_of(arguments.after)
    only_before = sorted(before.keys() - after.keys())
    only_after = sorted(after.keys() - before.keys())
    changed = [name for name in sorted(before.keys() & after.keys())
               if comparable(before[name]) != comparable(after[name])]
    for name in only_before:
        print(f"only before: {name}")
    for name in only_after:
        print(f"only after:  {name}")
    for name in changed:
        print(f"differs:     {name}")
        print("\n".join(describe(name, comparable(before[name]), comparable(after[name]))))
    same = len(before.keys() & after.keys()) - len(changed)
    print(f"{same} files the same, {len(changed)} differ, {len(only_before)} only before, {len(only_after)} only after")
    return 1 if changed or only_before or only_after else 0


if __name__ == "__main__":
    sys.exit(main())
