"""Whole builds with history: the example handbook, an overdue review, a tampered archive, the seed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import EXAMPLES, REPO, assert_build_fails_keeping_last_site, mkdocs_build


@pytest.fixture
def example_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "policy_src"
    shutil.copytree(EXAMPLES, copy)
    return copy


def test_overdue_review_is_a_warning_that_does_not_stop_a_strict_build(tmp_path):
    result = mkdocs_build(tmp_path / "site", EXAMPLES)  # Data Protection's review was due in 2022
    assert result.returncode == 0, result.stderr
    assert (
        "WARNING -  Review overdue: Data Protection Policy (examples/policy_src/data-protection/policy.md) "
        "was due for review on 2022-09-01" in result.stderr
    )
    assert "Acceptable Use" not in result.stderr  # due in 2027
    for page in ("acceptable-use/1.0", "acceptable-use/2.0", "acceptable-use/changes", "changes", "reviews"):
        assert (tmp_path / "site" / page / "index.html").is_file(), page
    assert (tmp_path / "site" / "changes" / "feed.xml").is_file()
    # Pages outside the navigation show it without the list of policies (it would slow big builds).
    archived = (tmp_path / "site" / "acceptable-use" / "1.0" / "index.html").read_text(encoding="utf-8")
    current = (tmp_path / "site" / "acceptable-use" / "index.html").read_text(encoding="utf-8")
    for page, lists_policies in ((archived, False), (current, True)):
        primary_nav = page[page.index("md-nav--primary") : page.index("md-sidebar--secondary")]
        assert ("Data Protection Policy" in primary_nav) is lists_policies
        assert "Policies" in primary_nav


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        (
            "acceptable-use/versions/1.0.md",
            "change it every term",
            "change it every year",
            r"acceptable-use/versions/1\.0\.md: has changed since it was archived",
        ),
        (
            "data-protection/policy.md",
            'version: "3.0"',
            'version: "2.0"',
            r"data-protection/policy\.md:6: version 2\.0 is also versions/2\.0\.md",
        ),
        (
            "data-protection/policy.md",
            "effective_from: 2019-09-01",
            "effective_from: 2016-09-01",
            r"data-protection/policy\.md:11: version 3\.0 takes effect on 2016-09-01, which is not after",
        ),
    ],
)
def test_bad_history_fails_the_build_clearly_and_keeps_the_last_site(example_copy, tmp_path, file, old, new, message):
    path = example_copy / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    assert_build_fails_keeping_last_site(tmp_path / "site", example_copy, message)


def test_the_seed_policy_has_its_one_version_only(real_site):
    assert not (REPO / "policy_src" / "social-media" / "versions").exists()
    built = {p.name for p in (real_site / "social-media").iterdir()}
    assert "changes" not in built  # no change log before a first review
    assert not [name for name in built if name[:1].isdigit()]  # and no archived version
    page = (real_site / "social-media" / "index.html").read_text(encoding="utf-8")
    assert "This is the policy's first version: no review has been recorded yet." in page
