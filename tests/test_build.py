"""Whole builds through MkDocs: the real handbook, its fidelity to the seed, and bad input."""

from __future__ import annotations

import re
import subprocess
import sys
from html.parser import HTMLParser

import pytest
from helpers import REPO, mkdocs_build

SEED = REPO.parent / "shared" / "seeds" / "st-hughs-social-media-policy.txt"


class PolicyText(HTMLParser):
    """The words a reader sees in the policy's own text: organisation, title and body.

    The metadata block, the heading permalinks (¶) and the links to the self-check are the
    site's, not the policy's.
    """

    REGIONS = ("policy-organisation", "policy-body")

    def __init__(self) -> None:
        super().__init__()
        self.open: list[tuple[str, bool]] = []  # (tag, inside the policy text)
        self.text: list[str] = []

    BLOCKS = frozenset({"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "dl", "dt", "dd"})

    def handle_starttag(self, tag, attrs):
        if tag in self.BLOCKS:
            self.text.append(" ")  # a block boundary separates words even without whitespace
        classes = (dict(attrs).get("class") or "").split()
        inside = self.open[-1][1] if self.open else False
        if any(region in classes for region in self.REGIONS) or (tag == "h1" and not inside):
            inside = True
        if "headerlink" in classes or "selfcheck-link" in classes:
            inside = False
        if tag not in ("br", "hr", "img", "input", "meta", "link"):
            self.open.append((tag, inside))

    def handle_endtag(self, tag):
        if tag in self.BLOCKS:
            self.text.append(" ")
        while self.open and self.open.pop()[0] != tag:
            pass

    def handle_data(self, data):
        if self.open and self.open[-1][1]:
            self.text.append(data)

    @property
    def words(self) -> list[str]:
        return "".join(self.text).split()


def seed_words() -> list[str]:
    """The seed's words, without its Markdown-style emphasis and bullet markers."""
    text = SEED.read_text(encoding="utf-8").replace("*", "")
    return re.sub(r"(?m)^\s*- ", "", text).split()


def test_policy_page_says_exactly_what_the_seed_says(real_site):
    parser = PolicyText()
    parser.feed((real_site / "social-media" / "index.html").read_text(encoding="utf-8"))
    assert parser.words[:6] == ["St", "Hugh's", "School", "Social", "Media", "Policy"]
    assert parser.words == seed_words()


def test_site_has_home_index_and_policy_pages(real_site):
    for page in ("index.html", "policies/index.html", "social-media/index.html", "authoring/index.html"):
        assert (real_site / page).is_file(), page
    index = (real_site / "policies" / "index.html").read_text(encoding="utf-8")
    assert 'href="../social-media/"' in index


def test_search_runs_in_our_worker_over_our_index_and_material_s_documents_are_dropped(real_site):
    import json

    material = json.loads((real_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert material["docs"] == []  # search runs in docs/assets/search-worker.js over search/<hash>/
    settings = material["config"]["handbook"]
    assert settings["synonyms"]["facebook"] == ["social media"]  # policy_src/synonyms.yml
    documents = json.loads((real_site / settings["folder"] / "documents" / "0.json").read_text(encoding="utf-8"))
    clause_18 = next(d for d in documents if d[0] == "social-media/#clause-18")
    assert clause_18[1:3] == ["Social Media Policy", "Clause 18"] and "disclaimer" in " ".join(clause_18[3])
    assert (real_site / "assets" / "search" / "lunr.min.js").is_file()
    assert '"search": "assets/search-worker.js"' in (real_site / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("site", ["real_site", "example_site"])
def test_every_search_result_leads_to_an_anchor_of_its_page(site, request):
    """Search's locations are made from the model (handbook.search.passages); the pages' ids by rendering."""
    import json

    built = request.getfixturevalue(site)
    settings = json.loads((built / "search" / "search_index.json").read_text(encoding="utf-8"))["config"]["handbook"]
    locations = [d[0] for file in (built / settings["folder"] / "documents").glob("*.json")
                 for d in json.loads(file.read_text(encoding="utf-8"))]
    assert locations
    missing = []
    for location in locations:
        page, anchor = location.split("#")
        if f'id="{anchor}"' not in (built / page / "index.html").read_text(encoding="utf-8"):
            missing.append(location)
    assert missing == []


def test_check_command_passes_the_real_handbook():
    # Bad input is refused by `handbook check` and the build alike: tests/test_bad_input.py.
    good = subprocess.run([sys.executable, "-m", "handbook.cli", "check"], cwd=REPO, capture_output=True, text=True)
    assert good.returncode == 0 and "1 policies, 21 clauses" in good.stdout


def test_a_policy_whose_review_period_is_to_be_confirmed_builds_strictly(write_policy, tmp_path):
    body = ("## Lettings\n\n1. The school lets its hall to community groups outside school hours.\n"
            "2. Every hirer signs the hire agreement before the first booking.\n")
    write_policy(body, name="lettings", title='"Lettings Policy"', review_every="TBC", owner="TBC",
                 statutory="true")
    result = mkdocs_build(tmp_path / "site", tmp_path / "policy_src")
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "site" / "lettings" / "index.html").read_text(encoding="utf-8")
    assert 'review period <span class="tbc">to be confirmed</span>' in page
    reviews = (tmp_path / "site" / "reviews" / "index.html").read_text(encoding="utf-8")
    assert "Lettings Policy" in reviews and 'Review period <span class="tbc">to be confirmed</span>' in reviews


def test_a_handbook_whose_only_policy_is_a_draft_builds(write_policy, tmp_path):
    """A school's first policy may be imported or written as a draft: the handbook.pdf then prints no policy, and
    the build goes on (it crashed laying out the PDF's policies when there were none)."""
    write_policy(name="lone-working", title='"Lone Working Policy"', status="draft")
    result = mkdocs_build(tmp_path / "site", tmp_path / "policy_src", HANDBOOK_PDF_CACHE=str(tmp_path / "cache"))
    assert result.returncode == 0, result.stderr
    listing = (tmp_path / "site" / "policies" / "index.html").read_text(encoding="utf-8")
    assert "Drafts (not yet approved)" in listing and "Lone Working Policy" in listing
    assert (tmp_path / "site" / "lone-working" / "index.html").exists()
    assert (tmp_path / "site" / "handbook.pdf").read_bytes().startswith(b"%PDF")
