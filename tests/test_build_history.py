"""Whole builds with history: the example handbook, an overdue review, a tampered archive, the seed."""

from __future__ import annotations

from helpers import EXAMPLES, REPO, mkdocs_build


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
    # Each page's navigation lists its own policy, not every policy (handbook.mkdocs_build.navigation),
    # so pages do not grow with the handbook.
    archived = (tmp_path / "site" / "acceptable-use" / "1.0" / "index.html").read_text(encoding="utf-8")
    current = (tmp_path / "site" / "acceptable-use" / "index.html").read_text(encoding="utf-8")
    for page in (archived, current):
        primary_nav = page[page.index("md-nav--primary") : page.index("md-sidebar--secondary")]
        assert "Acceptable Use of IT Policy" in primary_nav
        assert "Data Protection Policy" not in primary_nav
        assert "Policies" in primary_nav


def test_the_seed_policy_has_its_one_version_only(real_site):
    assert not (REPO / "policy_src" / "social-media" / "versions").exists()
    built = {p.name for p in (real_site / "social-media").iterdir()}
    assert "changes" not in built  # no change log before a first review
    assert not [name for name in built if name[:1].isdigit()]  # and no archived version
    page = (real_site / "social-media" / "index.html").read_text(encoding="utf-8")
    assert "This is the policy's first version: no review has been recorded yet." in page
