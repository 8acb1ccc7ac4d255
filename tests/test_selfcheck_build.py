"""The built site's self-check: its page, the links to it, and the Pyodide bundle with our wheel."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from helpers import REPO, mkdocs_build

from handbook.selfcheck.pyodide_bundle import BROWSER_MODULES


def _pyodide_folder(real_site: Path) -> Path:
    version = json.loads((REPO / "package.json").read_text())["dependencies"]["pyodide"]
    return real_site / "assets" / "pyodide" / version


def test_the_wheel_holds_only_the_checker_and_needs_nothing(real_site: Path) -> None:
    (wheel,) = _pyodide_folder(real_site).glob("handbook_selfcheck-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        modules = sorted(n for n in archive.namelist() if not n.split("/")[0].endswith(".dist-info"))
        metadata = next(archive.read(n).decode() for n in archive.namelist() if n.endswith("/METADATA"))
        shipped = {name: archive.read(f"handbook/selfcheck/{name}") for name in BROWSER_MODULES}
    assert modules == sorted(["handbook/__init__.py", "handbook/selfcheck/__init__.py",
                              *(f"handbook/selfcheck/{name}" for name in BROWSER_MODULES)])
    assert "Requires-Dist" not in metadata
    package = REPO / "src" / "handbook" / "selfcheck"
    assert shipped == {name: (package / name).read_bytes() for name in BROWSER_MODULES}


def test_the_lock_file_names_the_wheel_with_its_hash(real_site: Path) -> None:
    folder = _pyodide_folder(real_site)
    lock = json.loads((folder / "pyodide-lock.json").read_text())
    entry = lock["packages"]["handbook-selfcheck"]
    assert entry["depends"] == [] and entry["imports"] == ["handbook"]
    assert entry["sha256"] == hashlib.sha256((folder / entry["file_name"]).read_bytes()).hexdigest()
    for runtime in ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip"):
        assert (folder / runtime).is_file(), runtime
    # Only the runtime is copied, not the npm package's consoles and type files.
    assert not list(folder.glob("*.html")) and not list(folder.glob("*.d.ts"))


def test_policy_and_clauses_17_to_19_link_to_the_self_check(real_site: Path) -> None:
    page = (real_site / "social-media" / "index.html").read_text(encoding="utf-8")
    # Each clause's stretch of the page runs from its id to the next clause's.
    stretches = re.split(r'<div class="clause"[^>]* id="clause-\d+"', page)[1:]
    assert len(stretches) == 21
    for number, stretch in enumerate(stretches, start=1):
        assert ('href="self-check/"' in stretch) == (number in (17, 18, 19)), number
    top_link = r'<div class="policy-body">\s*<p class="selfcheck-link selfcheck-link--policy"[^>]*><a href="([^"]+)"'
    top = re.search(top_link, page)
    assert top and top[1] == "self-check/"  # and once at the top of the policy


def test_the_page_lists_questions_with_clause_links_in_plain_html(real_site: Path) -> None:
    page = (real_site / "social-media" / "self-check" / "index.html").read_text(encoding="utf-8")
    assert '<form class="selfcheck" id="selfcheck" method="dialog"' in page
    for platform in ("Facebook", "Instagram", "X", "TikTok", "LinkedIn"):
        assert f"<legend>{platform}</legend>" in page
    assert page.count('name="facebook-visibility"') == 3
    assert 'href="../#clause-19">clause 19</a>' in page
    assert 'data-pyodide="../../assets/pyodide/' in page


def test_the_page_s_modules_are_in_the_site_and_all_kept_for_offline_use(real_site: Path) -> None:
    page = (real_site / "social-media" / "self-check" / "index.html").read_text(encoding="utf-8")
    assert '<script type="module" src="../../assets/selfcheck.js" async></script>' in page
    assets = real_site / "assets"
    entry = (assets / "selfcheck.js").read_text(encoding="utf-8")
    # Every module the page imports, however deep, is in the site beside the entry.
    modules, new = set(), {"selfcheck.js"}
    while new:
        modules |= new
        imported = {name for module in new
                    for name in re.findall(r'^import .* from "\./([\w-]+\.js)";$',
                                           (assets / module).read_text(encoding="utf-8"), re.MULTILINE)}
        new = imported - modules
    assert {"selfcheck-worker-client.js", "selfcheck-view.js", "kept-on-device.js"} <= modules
    # The entry names each for the service worker to keep, and the checker's worker script too.
    kept = set(re.findall(r'"([\w-]+\.js)"', entry))
    assert modules | {"selfcheck-worker.js"} <= kept
    assert all((assets / name).is_file() for name in kept)


def test_a_bad_checklist_stops_the_build_and_keeps_the_last_site(tmp_path: Path) -> None:
    source = tmp_path / "policy_src"
    shutil.copytree(REPO / "policy_src", source)
    checklist = source / "social-media" / "checklist.yml"
    checklist.write_text(checklist.read_text().replace("    clause: 16\n", "    clause: 99\n"))
    site_dir = tmp_path / "site"
    site_dir.mkdir()
    (site_dir / "index.html").write_text("the last good build")

    result = mkdocs_build(site_dir, source)

    assert result.returncode != 0
    assert re.search(r"checklist\.yml:\d+: cites clause 99, which .*policy\.md does not have", result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    assert (site_dir / "index.html").read_text() == "the last good build"


def test_check_command_checks_the_checklist(tmp_path: Path) -> None:
    source = tmp_path / "policy_src"
    shutil.copytree(REPO / "policy_src", source)
    checklist = source / "social-media" / "checklist.yml"
    checklist.write_text(checklist.read_text().replace("serves: [17, 18, 19]", "serves: [17, 18, 30]"))
    command = [sys.executable, "-m", "handbook.cli", "check", str(source)]
    result = subprocess.run(command, capture_output=True, text=True)
    assert result.returncode == 1
    assert re.search(r"checklist\.yml:7: cites clause 30", result.stderr), result.stderr
