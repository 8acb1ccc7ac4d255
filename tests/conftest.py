"""Shared helpers: write small policy files for the unit tests."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

FRONT_MATTER = {
    "id": "test-policy",
    "title": "Test Policy",
    "organisation": "Test School",
    "version": '"1.0"',
    "status": "current",
    "owner": "Head Teacher",
    "approved_by": "Governors",
    "approved_on": "2025-01-15",
    "effective_from": "2025-02-01",
    "review_every": "3 years",
    "applies_to": "[staff]",
}


def policy_source(body: str = "1. First.\n2. Second.\n", **front_matter: str | None) -> str:
    """A policy file's text: valid front matter with ``front_matter`` changes (None drops a key)."""
    fields = {**FRONT_MATTER, **front_matter}
    lines = [f"{key}: {value}" for key, value in fields.items() if value is not None]
    return "---\n" + "\n".join(lines) + "\n---\n\n" + body


@pytest.fixture
def write_policy(tmp_path: Path):
    """Write a policy into ``tmp_path/policy_src/<name>/policy.md`` and return its path."""

    def write(body: str = "1. First.\n2. Second.\n", name: str = "test-policy", **front_matter) -> Path:
        path = tmp_path / "policy_src" / name / "policy.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(policy_source(body, **{"id": name, **front_matter}), encoding="utf-8")
        return path

    return write
