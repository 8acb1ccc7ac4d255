"""A page's Markdown is let go once rendered and its HTML once written (issue 20: a build's peak memory).

MkDocs keeps every page's content until the build ends unless a plugin lets it go; at 2,000 policies
that was much of the peak (benchmarks/README.md, "Build at scale"). The build here runs in this process
so that the pages can be looked at after it.
"""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from helpers import EXAMPLES, REPO, policy_source
from mkdocs.commands import build as mkdocs_build_command
from mkdocs.config import load_config

from handbook.mkdocs_build.page_cache import KeptInMemory, PageCache
from handbook.source.policy_file import parse_policy


def test_every_page_is_let_go_once_written_and_keeps_its_title(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(REPO)
    for name, value in {"NO_MKDOCS_2_WARNING": "1", "HANDBOOK_PDF": "false", "HANDBOOK_POLICY_SRC": str(EXAMPLES),
                        "HANDBOOK_PAGE_CACHE": str(tmp_path / "page-cache")}.items():
        monkeypatch.setenv(name, value)
    titles_when_written = []  # (page, its title as written): a Page is not hashable
    generated = []
    build_page = mkdocs_build_command._build_page

    def recording_build_page(page, *args, **kwargs):
        titles_when_written.append((page, page.title))
        assert page.content, f"{page.file.src_uri} has no HTML when MkDocs writes it"
        # every page is rendered before the first is written: the Markdown, held by the page and a generated
        # page's File, is let go once rendered
        assert page.markdown == "", f"{page.file.src_uri} holds its Markdown once rendered"
        assert not page.file.generated_by or page.file.content_string == "", f"{page.file.src_uri}'s File holds it"
        generated.append(bool(page.file.generated_by))
        build_page(page, *args, **kwargs)

    monkeypatch.setattr(mkdocs_build_command, "_build_page", recording_build_page)
    config = load_config(config_file=str(REPO / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    mkdocs_build_command.build(config)
    # The review assistant's readings of each policy are kept for `mkdocs serve`'s next build; `mkdocs build` lets
    # them go once its dashboard is made (about 70 MB at 2,000 policies).
    review_memory = config.plugins["hooks/handbook_hooks.py"]._build.kept_for_serve.review
    assert (review_memory._readings, review_memory._findings) == ({}, {}), "the readings kept after the dashboard"

    assert len(titles_when_written) > 10 and sum(generated) > 10
    for page, title in titles_when_written:
        assert (page.content, page.markdown) == ("", ""), f"{page.file.src_uri} still holds its HTML or Markdown"
        assert page.title == title, f"{page.file.src_uri}: its title changed once let go (next/previous links show it)"
    policy_page = (tmp_path / "site" / "acceptable-use" / "index.html").read_text(encoding="utf-8")
    assert "None" not in policy_page.split('class="md-footer"', 1)[-1], "a neighbour's title lost in the footer"


def test_a_policy_kept_for_serve_s_next_build_does_not_keep_its_file_s_text(tmp_path: Path) -> None:
    # `mkdocs serve` gets the very Policy again from an unchanged file (handbook.source.policy_file); a cache keyed
    # by the text held every policy's text to the end of a build (23 MB at 2,000 policies).
    # It is kept by the hash of the text (page_cache.KeptInMemory), as the build's page cache keeps it between builds.
    memory = KeptInMemory(frozenset({"policy-files"}))
    text = policy_source("1. Staff keep their passwords to themselves.\n", id="passwords", title="Passwords")
    policy = parse_policy(text, tmp_path / "passwords" / "policy.md", PageCache(None, "code", memory).keep)
    next_build = PageCache(None, "code", memory).keep
    assert parse_policy(text.encode().decode(), tmp_path / "passwords" / "policy.md", next_build) is policy
    assert parse_policy(text, tmp_path / "other" / "policy.md", next_build) is not policy
    assert [type(holder) for holder in gc.get_referrers(text) if not isinstance(holder, dict)] == []
