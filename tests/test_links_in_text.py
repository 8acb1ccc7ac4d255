"""Each policy's links, found once and checked against the handbook at every build (handbook.source.links_in_text):
under `mkdocs serve` a save searches only the saved policy's text again, and every link is still checked against the
handbook as it now is."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import REPO, copy_handbook

from handbook.checking import check_policy_src
from handbook.errors import PolicySourceError
from handbook.mkdocs_build.page_cache import KeptInMemory, PageCache
from handbook.source import links_in_text
from handbook.source.links_in_text import KeptLinks, links_in


@pytest.fixture
def serve(tmp_path, monkeypatch):
    """A check as each build of one `mkdocs serve` runs it (an unchanged file read as the very Policy it was, the
    links kept by the build object), the policy folder, and the ids of the policies whose text was searched."""
    policy_src = copy_handbook(tmp_path / "policy_src")
    memory, kept = KeptInMemory(frozenset({"policy-files"})), KeptLinks()
    searched: list[str] = []
    monkeypatch.setattr(links_in_text, "links_in", lambda policy: searched.append(policy.meta.id) or links_in(policy))

    def check() -> None:
        check_policy_src(policy_src, docs=REPO / "docs", drafts=False, render_pages=False,
                         keep=PageCache(None, "code", memory).keep, kept_links=kept)

    return check, policy_src, searched


def save(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_save_searches_the_saved_policy_alone_for_links(serve):
    """(Fails with the keeping taken out: every policy is searched at every build.)"""
    check, policy_src, searched = serve
    check()
    every_version = sorted(searched)
    assert {"social-media", "data-protection", "safeguarding", "acceptable-use"} <= set(every_version)
    searched.clear()
    check()
    assert searched == []
    save(policy_src / "social-media" / "policy.md", "use of all available technology", "use of all the technology")
    check()
    assert searched == ["social-media"]


def test_the_links_of_a_saved_policy_are_checked_as_it_now_reads(serve):
    """A link broken by a save is refused, naming its line, and mended it passes: the links are not the saved
    policy's old ones. (Fails with the links kept by the policy's id rather than the very Policy.)"""
    check, policy_src, _ = serve
    social_media = policy_src / "social-media" / "policy.md"
    clause_8 = "8. This policy is in addition to any professional standards"
    check()
    save(social_media, clause_8, "8. See [the staff code](/staff-code.md). This policy is in addition to any "
         "professional standards")
    with pytest.raises(PolicySourceError, match=r"social-media/policy.md:39: the link to '/staff-code.md' leads to "
                                                r"no page of the handbook"):
        check()
    save(social_media, "[the staff code](/staff-code.md)", "the [Data Protection Policy](policy:data-protect)")
    with pytest.raises(PolicySourceError, match=r"policy.md:39: 'policy:data-protect' names no policy"):
        check()
    save(social_media, "(policy:data-protect)", "(policy:data-protection#clause-3)")
    check()


def test_an_unchanged_policy_s_kept_links_are_checked_against_the_policies_as_they_now_are(serve):
    """The links are kept, the checks are not: the policy a kept link names loses its clause in a save, and the
    unchanged policy that links to it is refused. (Fails with the checks' results kept with the links.)"""
    check, policy_src, searched = serve
    save(policy_src / "social-media" / "policy.md", "8. This policy is in addition",
         "8. As the [Data Protection Policy](policy:data-protection#clause-5) says, this policy is in addition")
    check()
    searched.clear()
    data_protection = policy_src / "data-protection" / "policy.md"
    save(data_protection, "5. Questions about this policy go to the Data Protection Officer.\n", "")
    with pytest.raises(PolicySourceError, match=r"social-media/policy.md:39: 'policy:data-protection#clause-5' "
                                                r"points to a clause that policy 'data-protection' does not have"):
        check()
    assert "social-media" not in searched
