"""The review commands: start, approve, record a review with no change; refusals write nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from helpers import policy_source

from handbook.cli import main
from handbook.source.handbook_folder import load_handbook
from handbook.source.history import archive_hash

BODY_V1 = "1. Staff lock their screens.\n2. Passwords are secret.\n"


@pytest.fixture
def policy_src(tmp_path: Path) -> Path:
    folder = tmp_path / "policy_src" / "test-policy"
    folder.mkdir(parents=True)
    (folder / "policy.md").write_text(policy_source(BODY_V1), encoding="utf-8")
    return tmp_path / "policy_src"


def run(policy_src: Path, *arguments: str) -> int:
    return main(["review", *arguments, "--policy-src", str(policy_src)])


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` and its bytes: to show a refused command changed nothing."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_review_from_start_to_approval(policy_src, capsys):
    folder = policy_src / "test-policy"
    before = (folder / "policy.md").read_text()

    assert run(policy_src, "start", "test-policy") == 0
    draft = (folder / "draft.md").read_text()
    assert 'version: "2.0"' in draft and "status: draft" in draft and "approved_on: TBC" in draft
    assert (folder / "policy.md").read_text() == before  # the current version is untouched until approval
    assert load_handbook(policy_src).policies[0].meta.version == "1.0"  # and the draft is not published
    (folder / "draft.md").write_text(draft.replace("2. Passwords are secret.", "2. Passwords are long and secret."))

    assert run(policy_src, "approve", "test-policy", "--by", "Governors: Finance", "--on", "2026-03-01",
               "--summary", "Longer passwords") == 0  # fmt: skip
    assert "Version 2.0 of test-policy is now current" in capsys.readouterr().out
    assert not (folder / "draft.md").exists()
    archived = folder / "versions" / "1.0.md"
    assert archived.read_text() == before.replace("status: current", "status: superseded")
    assert json.loads((folder / "versions" / "manifest.json").read_text()) == {"1.0.md": archive_hash(archived)}

    handbook = load_handbook(policy_src)
    (policy,) = handbook.policies
    assert (policy.meta.version, policy.meta.approved_by, policy.meta.summary) == ("2.0", "Governors: Finance",
                                                                                 "Longer passwords")  # fmt: skip
    assert policy.meta.approved_on == policy.meta.effective_from == date(2026, 3, 1)
    assert [v.meta.version for v in handbook.history(policy).versions] == ["1.0", "2.0"]


def test_start_is_refused_while_a_draft_is_open(policy_src, capsys):
    assert run(policy_src, "start", "test-policy") == 0
    (policy_src / "test-policy" / "draft.md").write_text("my unsaved edits")
    before = snapshot(policy_src)
    assert run(policy_src, "start", "test-policy") == 1
    assert "test-policy/draft.md: a review of this policy is already open" in capsys.readouterr().err
    assert snapshot(policy_src) == before


def test_no_change_review_is_refused_while_a_draft_is_open(policy_src, capsys):
    assert run(policy_src, "start", "test-policy") == 0
    before = snapshot(policy_src)
    assert run(policy_src, "approve", "test-policy", "--no-change", "--by", "G", "--on", "2026-01-01") == 1
    assert "a review of this policy is already open" in capsys.readouterr().err
    assert snapshot(policy_src) == before


def test_unknown_policy_is_named(policy_src, capsys):
    assert run(policy_src, "start", "no-such-policy") == 1
    error = capsys.readouterr().err
    assert "there is no policy 'no-such-policy'" in error and "known policies: test-policy" in error
    assert not (policy_src / "no-such-policy").exists()


def test_approve_without_a_draft_is_refused(policy_src, capsys):
    before = snapshot(policy_src)
    assert run(policy_src, "approve", "test-policy", "--by", "G", "--on", "2026-01-01") == 1
    assert "no review is open for this policy" in capsys.readouterr().err
    assert snapshot(policy_src) == before


def test_a_bad_date_is_refused_before_anything_is_written(policy_src, capsys):
    assert run(policy_src, "start", "test-policy") == 0
    before = snapshot(policy_src)
    with pytest.raises(SystemExit) as exit_status:
        run(policy_src, "approve", "test-policy", "--by", "G", "--on", "1 March 2026")
    assert exit_status.value.code == 2
    assert "'1 March 2026' is not a date; write YYYY-MM-DD" in capsys.readouterr().err
    assert snapshot(policy_src) == before


def test_a_new_version_may_not_take_effect_before_the_current_one(policy_src, capsys):
    assert run(policy_src, "start", "test-policy") == 0
    before = snapshot(policy_src)
    assert run(policy_src, "approve", "test-policy", "--by", "G", "--on", "2025-01-01") == 1  # v1 from 2025-02-01
    assert "would take effect on 2025-01-01, but version 1.0 took effect on 2025-02-01" in capsys.readouterr().err
    assert snapshot(policy_src) == before


def test_approval_is_refused_when_the_archive_was_tampered_with(policy_src, capsys):
    assert run(policy_src, "start", "test-policy") == 0
    assert run(policy_src, "approve", "test-policy", "--by", "G", "--on", "2026-01-01") == 0
    assert run(policy_src, "start", "test-policy") == 0
    archived = policy_src / "test-policy" / "versions" / "1.0.md"
    archived.write_text(archived.read_text().replace("lock", "may lock"))
    before = snapshot(policy_src)
    assert run(policy_src, "approve", "test-policy", "--by", "G", "--on", "2027-01-01") == 1
    assert "versions/1.0.md: has changed since it was archived" in capsys.readouterr().err
    assert snapshot(policy_src) == before


def test_a_version_without_a_start_date_cannot_be_archived(policy_src, capsys):
    current = policy_src / "test-policy" / "policy.md"
    current.write_text(current.read_text().replace("effective_from: 2025-02-01", "effective_from: TBC"))
    assert run(policy_src, "start", "test-policy") == 0
    before = snapshot(policy_src)
    assert run(policy_src, "approve", "test-policy", "--by", "G", "--on", "2026-01-01") == 1
    assert "version 1.0 has no effective_from date (TBC)" in capsys.readouterr().err
    assert snapshot(policy_src) == before


def test_a_policy_whose_review_period_is_to_be_confirmed_goes_through_a_review(policy_src):
    current = policy_src / "test-policy" / "policy.md"
    current.write_text(current.read_text().replace("review_every: 3 years", "review_every: TBC"))
    assert run(policy_src, "start", "test-policy") == 0
    assert "review_every: TBC\n" in (policy_src / "test-policy" / "draft.md").read_text()
    assert run(policy_src, "approve", "test-policy", "--by", "Governors", "--on", "2026-03-01") == 0
    assert run(policy_src, "approve", "test-policy", "--no-change", "--by", "Governors", "--on", "2027-03-01") == 0
    meta = load_handbook(policy_src).policies[0].meta
    assert (meta.version, meta.reviewed_on, meta.review_every, meta.next_review_due) == (
        "2.0", date(2027, 3, 1), None, None)


def test_a_review_with_no_change_is_recorded_and_moves_the_next_review(policy_src):
    assert load_handbook(policy_src).policies[0].meta.next_review_due == date(2028, 1, 15)
    assert run(policy_src, "approve", "test-policy", "--no-change", "--by", "Governors", "--on", "2027-11-20",
               "--summary", "Checked: still right") == 0  # fmt: skip
    handbook = load_handbook(policy_src)
    policy = handbook.policies[0]
    assert policy.meta.version == "1.0"  # no new version
    assert policy.meta.next_review_due == date(2030, 11, 20)
    (review,) = handbook.history(policy).no_change_reviews
    assert (review.on, review.by, review.summary) == (date(2027, 11, 20), "Governors", "Checked: still right")


def test_a_no_change_review_may_not_go_back_in_time(policy_src, capsys):
    before = snapshot(policy_src)
    assert run(policy_src, "approve", "test-policy", "--no-change", "--by", "G", "--on", "2024-01-01") == 1
    assert "a review on 2024-01-01 would go back in time" in capsys.readouterr().err
    assert snapshot(policy_src) == before


def test_errors_are_messages_not_tracebacks(policy_src):
    result = subprocess.run(
        [sys.executable, "-m", "handbook.cli", "review", "approve", "test-policy", "--by", "G", "--on", "2026-01-01",
         "--policy-src", str(policy_src)],
        capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.startswith("error: ") and "Traceback" not in result.stderr


def test_check_reads_open_drafts_too(policy_src, capsys):
    assert run(policy_src, "start", "test-policy") == 0
    assert main(["check", str(policy_src)]) == 0
    summary = "1 policies, 2 clauses, 1 versions, 1 open reviews, 0 self-check lists, no problems found"
    assert summary in capsys.readouterr().out
    draft = policy_src / "test-policy" / "draft.md"
    draft.write_text(draft.read_text().replace("2. Passwords", "3. Passwords"))
    assert main(["check", str(policy_src)]) == 1
    assert "test-policy/draft.md:16: clause 3 follows clause 1" in capsys.readouterr().err


def test_an_imported_policy_that_states_no_version_is_tbc_and_a_review_asks_for_its_number(tmp_path, capsys):
    source = tmp_path / "lettings.txt"
    source.write_text("Lettings Policy\n\nOakfield Primary School\n\nThe school hall may be hired by local groups "
                      "outside school hours.\n\nBookings are made through the school office.\n", encoding="utf-8")
    policy_src = tmp_path / "policy_src"
    assert main(["import", str(source), "--id", "lettings", "--policy-src", str(policy_src)]) == 0
    current = policy_src / "lettings" / "policy.md"
    assert "\nversion: TBC\n" in current.read_text()  # not a number the document never gave
    assert load_handbook(policy_src).policies[0].meta.version == "TBC"  # the format takes it
    capsys.readouterr()

    before = snapshot(policy_src)
    for command in (["start"], ["approve", "--no-change", "--by", "Governors", "--on", "2026-01-01"]):
        assert run(policy_src, command[0], "lettings", *command[1:]) == 1
        error = capsys.readouterr().err
        line = current.read_text().splitlines().index("version: TBC") + 1
        assert f"lettings/policy.md:{line}: 'version: TBC' is not a number" in error
        assert 'else "1.0"' in error and "Traceback" not in error
        assert snapshot(policy_src) == before

    current.write_text(current.read_text().replace("version: TBC", 'version: "1.0"'))
    assert run(policy_src, "start", "lettings") == 0
    assert 'version: "2.0"' in (policy_src / "lettings" / "draft.md").read_text()


def test_approval_asks_for_the_current_versions_number_if_it_was_made_tbc_during_the_review(policy_src, capsys):
    assert run(policy_src, "start", "test-policy", "--version", "1.1") == 0
    current = policy_src / "test-policy" / "policy.md"
    current.write_text(current.read_text().replace('version: "1.0"', "version: TBC"))
    before = snapshot(policy_src)
    assert run(policy_src, "approve", "test-policy", "--by", "Governors", "--on", "2026-03-01") == 1
    assert "test-policy/policy.md:5: 'version: TBC' is not a number" in capsys.readouterr().err
    assert snapshot(policy_src) == before
