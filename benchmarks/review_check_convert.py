"""Turn a real policy kept as Markdown or reStructuredText into a policy file of the handbook, for
benchmarks/review_check_findings.py: every paragraph or top-level bullet becomes a numbered clause, nested
bullets its points, headings stay headings; the words are not changed (links keep their text only when they
point inside the other site). Tables of reStructuredText are run together into one clause.

    .venv/bin/python benchmarks/review_check_convert.py FILE POLICY_SRC ORGANISATION APPROVED_ON
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

_BULLET = re.compile(r"^(\s*)(?:[*+-]|\d+\.)\s+(.*)$")
_RULE = re.compile(r"^([=^~\-\"'])\1{2,}\s*$")


def markdown_blocks(text: str) -> tuple[str | None, list[tuple[str, int, str]]]:
    """The title in the front matter, and (kind, depth, text) for each line."""
    title = None
    if text.startswith("---"):
        front, text = text[3:].split("---", 1)
        found = re.search(r"^title:\s*(.+)$", front, re.MULTILINE)
        title = found[1].strip() if found else None
    blocks = []
    for line in text.splitlines():
        heading = re.match(r"^(#+)\s*(.*?)\s*#*\s*$", line)
        bullet = _BULLET.match(line)
        if not line.strip():
            blocks.append(("blank", 0, ""))
        elif heading:
            blocks.append(("heading", 0, heading[2]))
        elif bullet:
            blocks.append(("bullet", 1 if len(bullet[1]) >= 2 else 0, bullet[2]))
        else:
            blocks.append(("text", len(line) - len(line.lstrip()), line.strip()))
    return title, blocks


def rst_blocks(text: str) -> tuple[str | None, list[tuple[str, int, str]]]:
    """The first title, and (kind, depth, text) for each line; directives and field lists left out."""
    lines = re.sub(r"\|([^|\n]+)\|", r"\1", text).splitlines()  # substitutions: their names
    title, blocks, index = None, [], 0
    while index < len(lines):
        line = lines[index]
        following = lines[index + 1] if index + 1 < len(lines) else ""
        index += 1
        if _RULE.match(line):
            continue
        if line.strip() and _RULE.match(following):
            if title is None:
                title = line.strip()
            else:
                blocks.append(("heading", 0, line.strip()))
            index += 1
        elif line.startswith(("..", ":")):
            while index < len(lines) and lines[index].startswith("   "):
                index += 1
        elif not line.strip():
            blocks.append(("blank", 0, ""))
        elif bullet := _BULLET.match(line):
            blocks.append(("bullet", len(bullet[1]) // 2, bullet[2]))
        else:
            blocks.append(("text", len(line) - len(line.lstrip()), line.strip()))
    return title, blocks


def clean(text: str) -> str:
    text = re.sub(r"`([^`<]+?)\s*<[^>]+>`_+", r"\1", text)  # reStructuredText links
    text = re.sub(r"`([^`]+)`_+", r"\1", text)
    text = re.sub(r"(\w)_\b", r"\1", text)
    text = re.sub(r"\[([^\]]*)\]\((?!https?:)[^)]*\)", r"\1", text)  # links inside the other site: their words
    return text.replace("**", "").strip()


def policy_body(title: str, blocks: list[tuple[str, int, str]]) -> str:
    items: list[list] = []  # ["heading", text] or [kind, text, points]
    current: list | None = None
    for kind, depth, raw in blocks:
        text = clean(raw)
        if kind == "blank":
            if current and current[0] == "para":
                current = None
        elif kind == "heading":
            current = None
            items.append(["heading", text])
        elif kind == "bullet" and depth >= 1 and current:
            current[2].append(text)
        elif kind == "text" and current and (depth > 0 or current[0] == "para"):
            if current[2]:
                current[2][-1] += " " + text
            else:
                current[1] += " " + text
        else:
            current = ["para" if kind == "text" else "bullet", text, []]
            items.append(current)
    lines, number = ["# " + title.upper(), ""], 0
    for item in items:
        if item[0] == "heading":
            lines += ["", "## " + item[1].upper(), ""]
            continue
        number += 1
        lines.append(f"{number}. {item[1]}")
        if item[2]:
            lines += ["", *(f"    - {point}" for point in item[2]), ""]
    return "\n".join(lines) + "\n"


def main(source: str, policy_src: str, organisation: str, approved_on: str) -> None:
    path = Path(source)
    title, blocks = (rst_blocks if path.suffix == ".rst" else markdown_blocks)(path.read_text(encoding="utf-8"))
    policy_id = re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-")
    title = title or policy_id.replace("-", " ").title()
    front_matter = (
        f"---\n# Converted from {path.name} (words unchanged) for the review-check figures; not for publication.\n"
        f"id: {policy_id}\ntitle: {json.dumps(title)}\norganisation: {json.dumps(organisation)}\nversion: \"1.0\"\n"
        f"status: current\nowner: TBC\napproved_by: TBC\napproved_on: {approved_on}\n"
        f"effective_from: {approved_on}\nreview_every: 1 year\napplies_to: [staff]\n---\n\n"
    )
    folder = Path(policy_src) / policy_id
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "policy.md").write_text(front_matter + policy_body(title, blocks), encoding="utf-8")


if __name__ == "__main__":
    main(*sys.argv[1:])
