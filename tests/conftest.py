"""Fixtures for every test: small policy files, and the real and example sites built once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers import BUILD_DAY, EXAMPLES, REPO, mkdocs_build, policy_source


@pytest.fixture(scope="session", autouse=True)
def _user_cache_of_the_tests(tmp_path_factory: pytest.TempPathFactory):
    """Every build the tests run (theirs and their subprocesses') keeps WordNet's answers
    (handbook.search.word_cache) in a folder of the session's, never in the user's ~/.cache."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("xdg-cache")))
        yield


@pytest.fixture(scope="session", autouse=True)
def _a_pdf_cache_per_worker():
    """Under pytest-xdist (make test runs two workers) each worker's builds keep their PDFs apart.
    The cache keeps one last handbook.pdf (handbook.printing.compose): a test that expects its own last
    handbook to be reused must not find another worker's handbook there instead."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not worker:
        yield
        return
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HANDBOOK_PDF_CACHE", str(REPO / ".cache" / f"pdf-{worker}"))
        yield


_FIGURES: list[str] = []


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Keep the figures a test records (``record_property("figure", ...)``): a worker's own output
    never reaches the terminal under pytest-xdist, its reports do."""
    _FIGURES.extend(value for name, value in report.user_properties if name == "figure" and report.when == "call")


def pytest_terminal_summary(terminalreporter) -> None:
    for figure in _FIGURES:
        terminalreporter.write_line(figure)


@pytest.fixture
def write_policy(tmp_path: Path):
    """Write a policy into ``tmp_path/policy_src/<name>/policy.md`` and return its path."""

    def write(body: str = "1. First.\n2. Second.\n", name: str = "test-policy", **front_matter) -> Path:
        path = tmp_path / "policy_src" / name / "policy.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(policy_source(body, **{"id": name, **front_matter}), encoding="utf-8")
        return path

    return write


def _built(site_dir: Path, policy_src: Path | None = None) -> Path:
    """Build as a user would (``mkdocs build --strict``) on BUILD_DAY; fail with the build's output."""
    result = mkdocs_build(site_dir, policy_src, SOURCE_DATE_EPOCH=str(int(BUILD_DAY.timestamp())))
    if result.returncode != 0:
        pytest.fail(
            f"mkdocs build failed (exit {result.returncode}):\n--- stdout ---\n{result.stdout}\n"
            f"--- stderr ---\n{result.stderr}",
            pytrace=False,
        )
    return site_dir


@pytest.fixture(scope="session")
def real_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real handbook (policy_src/), built into a temporary folder. Read it; do not change it."""
    return _built(tmp_path_factory.mktemp("real-site"))


@pytest.fixture(scope="session")
def example_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example handbook (examples/policy_src/), built into a temporary folder. Read it only."""
    return _built(tmp_path_factory.mktemp("example-site"), EXAMPLES)
