"""Words set sideways on a PDF's page, a quarter turn from the text: a cover's date running up its margin, a
section's name down the page's edge. pdfplumber gives letter-spaced ones letter by letter, each a word of its own,
which would fall into the text's lines as stray letters ("0 Sanz García", "S", "T"). They label the page and are no
sentence of the policy, so they are taken out and the report says what they read. A page whose text is mostly
sideways (a wide table turned to fit) keeps it all."""

from __future__ import annotations

from collections import defaultdict

_GAP = 3  # letters this many times their size apart belong to two labels
_MOSTLY = 0.2  # a page with more than this share of its characters sideways is turned text, not margin labels


def margin_labels(page) -> tuple[list[str], bool]:
    """(each run of sideways words on the page as it reads, whether they are taken out of the text)."""
    sideways = [char for char in page.chars if not char["upright"]]
    if not sideways:
        return [], False
    columns: dict[int, list[dict]] = defaultdict(list)
    for char in sideways:
        columns[round(char["x0"])].append(char)
    runs = []
    for _, chars in sorted(columns.items()):
        upward = chars[0]["matrix"][1] > 0  # turned anticlockwise, it reads from the foot of the page up
        chars.sort(key=lambda char: char["matrix"][5], reverse=not upward)
        # a gap of several letters' size parts two labels in one margin ("September 2017" below "Barcelona ...")
        words = [char["text"] if not index or abs(char["matrix"][5] - chars[index - 1]["matrix"][5]) < _GAP * char[
            "size"] else f" {char['text']}" for index, char in enumerate(chars)]
        if run := " ".join("".join(words).split()):
            runs.append(run)
    return runs, len(sideways) <= _MOSTLY * len(page.chars)
