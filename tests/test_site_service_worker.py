"""The site's service worker (docs/site-sw.js) keeping the search index, run in Node (tests/js/site_sw.js).

tests/e2e/test_e2e_search.py checks in Chromium that search answers offline after one visit; these
check that keeping the index's files does not slow the reader's search meanwhile or at later pages.
"""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from helpers import REPO

NODE = shutil.which("node")
pytestmark = pytest.mark.skipif(NODE is None, reason="Node.js comes with Debian's npm (make test installs it)")


def _run(documents: int, search_from: int, search_until: int, pages: int) -> dict:
    request = {"documents": documents, "searchFrom": search_from, "searchUntil": search_until, "pages": pages}
    result = subprocess.run([NODE, str(REPO / "tests" / "js" / "site_sw.js")], input=json.dumps(request),
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_keeping_the_index_waits_while_the_reader_searches():
    # 300 files take about a second to keep: the search asks for its files from 0.1 s to 0.7 s.
    kept = _run(documents=300, search_from=100, search_until=700, pages=0)
    assert kept["keptWhileSearching"] == 0
    assert kept["kept"] == 300 + 2  # every documents file and both shards, once the search is quiet


def test_an_index_kept_whole_is_not_looked_over_again_at_each_page():
    kept = _run(documents=300, search_from=0, search_until=0, pages=3)
    assert kept["kept"] == 300 + 2
    # Each later page fetches the search settings (they name the folder) and asks the cache once.
    assert kept["laterFetches"] == 3
    assert kept["laterMatches"] <= 3
