"""Reading a policy's history: archived versions, their manifest, their order, no-change reviews."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from helpers import policy_source

from handbook.errors import PolicySourceError
from handbook.source.handbook_folder import load_handbook
from handbook.source.history import archive_hash


def write_history(root: Path, versions: dict[str, dict[str, str]], current: dict[str, str]) -> Path:
    """A policy folder with archived ``versions`` ({"1.0": front matter changes}) and a manifest."""
    folder = root / "policy_src" / "test-policy"
    (folder / "versions").mkdir(parents=True)
    for number, changes in versions.items():
        fields = {"version": f'"{number}"', "status": "superseded", **changes}
        (folder / "versions" / f"{number}.md").write_text(policy_source(**fields), encoding="utf-8")
    manifest = {p.name: archive_hash(p) for p in sorted((folder / "versions").glob("*.md"))}
    (folder / "versions" / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    (folder / "policy.md").write_text(policy_source("1. First.\n2. Second.\n3. Third.\n", **current), encoding="utf-8")
    return folder


@pytest.fixture
def three_versions(tmp_path: Path) -> Path:
    return write_history(
        tmp_path,
        {
            "1.0": {"approved_on": "2019-01-10", "effective_from": "2019-02-01"},
            "2.0": {"approved_on": "2021-01-10", "effective_from": "2021-02-01"},
        },
        {"version": '"3.0"', "approved_on": "2025-01-15", "effective_from": "2025-02-01"},
    )


def load_error(folder: Path) -> str:
    with pytest.raises(PolicySourceError) as error:
        load_handbook(folder.parent)
    return str(error.value)


def test_versions_are_in_order_with_the_current_one_last(three_versions):
    handbook = load_handbook(three_versions.parent)
    (policy,) = handbook.policies
    history = handbook.history(policy)
    assert [v.meta.version for v in history.versions] == ["1.0", "2.0", "3.0"]
    assert history.current is policy and len(policy.clauses) == 3
    assert history.effective_to(history.versions[0]) == date(2021, 1, 31)
    assert history.effective_to(policy) is None


def test_a_policy_without_archive_is_its_only_version(write_policy):
    handbook = load_handbook(write_policy().parent.parent)
    assert handbook.history(handbook.policies[0]).versions == handbook.policies


def test_an_archived_file_edited_after_archiving_is_refused(three_versions):
    archived = three_versions / "versions" / "1.0.md"
    archived.write_text(archived.read_text().replace("First.", "First, amended quietly."))
    message = load_error(three_versions)
    assert re.search(r"versions/1\.0\.md: has changed since it was archived: .*manifest\.json:2", message), message


def test_an_archived_file_missing_from_the_manifest_is_refused(three_versions):
    (three_versions / "versions" / "0.9.md").write_text(policy_source(version='"0.9"', status="superseded"))
    assert "versions/0.9.md: is not in versions/manifest.json" in load_error(three_versions)


def test_a_deleted_archived_file_is_noticed(three_versions):
    (three_versions / "versions" / "2.0.md").unlink()
    message = load_error(three_versions)
    assert re.search(r"manifest\.json:3: records the archived version 2\.0\.md, which is missing", message), message


def test_two_versions_may_not_share_a_number(three_versions):
    current = three_versions / "policy.md"
    current.write_text(current.read_text().replace('version: "3.0"', 'version: "2.0"'))
    message = load_error(three_versions)
    assert re.search(r"test-policy/policy\.md:5: version 2\.0 is also versions/2\.0\.md", message), message


@pytest.mark.parametrize("effective_from", ["2021-02-01", "2020-06-01"])
def test_versions_whose_dates_overlap_or_go_backwards_are_refused(three_versions, effective_from):
    current = three_versions / "policy.md"
    current.write_text(current.read_text().replace("effective_from: 2025-02-01", f"effective_from: {effective_from}"))
    message = load_error(three_versions)
    assert re.search(
        rf"policy\.md:10: version 3\.0 takes effect on {effective_from}, which is not after version 2\.0 "
        r"\(versions/2\.0\.md\) took effect on 2021-02-01: the dates overlap or go backwards",
        message,
    ), message


def test_archived_file_must_be_named_after_its_version_and_be_superseded(tmp_path):
    folder = write_history(tmp_path, {"1.0": {"version": '"1.5"'}}, {"version": '"2.0"'})
    assert "versions/1.0.md:5: this file holds version 1.5" in load_error(folder)
    folder = write_history(tmp_path / "b", {"1.0": {"status": "current"}}, {"version": '"2.0"'})
    assert "versions/1.0.md:6: an archived version has 'status: superseded'" in load_error(folder)


def test_the_current_version_has_the_highest_number(tmp_path):
    folder = write_history(tmp_path, {"2.0": {"effective_from": "2020-01-01"}}, {"version": '"1.5"'})
    assert "policy.md:5: the current version is 1.5, but versions/2.0.md is numbered higher" in load_error(folder)


def test_a_no_change_review_moves_the_next_review_date(three_versions):
    (three_versions / "reviews.yml").write_text(
        '- date: 2024-06-01\n  by: "Governors"\n  version: "2.0"\n'
        '- date: 2027-03-01\n  by: "Governors"\n  version: "3.0"\n  summary: "Still right."\n'
    )
    handbook = load_handbook(three_versions.parent)
    policy = handbook.policies[0]
    assert policy.meta.reviewed_on == date(2027, 3, 1)
    assert policy.meta.next_review_due == date(2030, 3, 1)  # 3 years after the review, not the approval
    reviews = handbook.history(policy).no_change_reviews
    assert [(r.on, r.version, r.summary) for r in reviews] == [
        (date(2024, 6, 1), "2.0", None),
        (date(2027, 3, 1), "3.0", "Still right."),
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('- date: 2024-13-01\n  by: "G"\n  version: "3.0"\n', r"reviews\.yml:1: 'date: 2024-13-01' is not a date"),
        ('- date: 2024-01-01\n  by: "G"\n  version: "9.0"\n', r"reviews\.yml:1: the review names version 9\.0"),
        ('- date: 2024-01-01\n  version: "3.0"\n', r"reviews\.yml:1: a review needs 'by'"),
        ("date: 2024-01-01\n", r"reviews\.yml:1: must be a list of reviews"),
    ],
)
def test_bad_reviews_record_is_refused(three_versions, text, message):
    (three_versions / "reviews.yml").write_text(text)
    assert re.search(message, load_error(three_versions))


@pytest.mark.parametrize("name", ["versions/1.0.md", "versions/manifest.json", "reviews.yml"])
def test_a_file_that_is_not_text_is_named(three_versions, name):
    (three_versions / name).write_bytes(b"\xff\xfe not text")
    assert re.search(rf"{re.escape(name)}:1: is not UTF-8 text", load_error(three_versions))


def test_a_manifest_that_is_not_json_is_named(three_versions):
    (three_versions / "versions" / "manifest.json").write_text('{"1.0.md": "abc",\n')
    assert re.search(r"versions/manifest\.json:\d+: is not valid JSON", load_error(three_versions))
