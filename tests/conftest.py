"""Fixtures for the unit tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import policy_source


@pytest.fixture
def write_policy(tmp_path: Path):
    """Write a policy into ``tmp_path/policy_src/<name>/policy.md`` and return its path."""

    def write(body: str = "1. First.\n2. Second.\n", name: str = "test-policy", **front_matter) -> Path:
        path = tmp_path / "policy_src" / name / "policy.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(policy_source(body, **{"id": name, **front_matter}), encoding="utf-8")
        return path

    return write
