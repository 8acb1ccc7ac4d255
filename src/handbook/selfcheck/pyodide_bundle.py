"""Put Pyodide and the self-check's wheel into the built site, so the browser needs nothing else.

Pyodide comes from the npm registry's ``pyodide`` package (pinned in package.json, installed by
``npm ci`` into node_modules/). That package has the runtime but none of Pyodide's packages, and
no micropip; we need none of them. Our checker ships as a wheel of its own, ``handbook-selfcheck``,
holding only the checker's modules (``BROWSER_MODULES``, with empty package files): the ``handbook``
distribution itself requires MkDocs and friends, which Pyodide could not install. setuptools
builds it (``pyodide build`` would download a cross-build environment, needless for pure Python),
and pyodide-build's ``pyodide lockfile add-wheels`` adds it to Pyodide's lock file, so
``loadPackage("handbook-selfcheck")`` loads it by name, with its sha256 checked, from the site.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path

WHEEL_NAME = "handbook-selfcheck"
# The modules of handbook.selfcheck that run in the browser: the standard library is all they import.
BROWSER_MODULES = ("checklist_model.py", "text_patterns.py", "checker.py")
_HERE = Path(__file__).parent
# What the page needs from the npm package: the loader, the runtime, the standard library.
RUNTIME_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip")
LOCK_FILE = "pyodide-lock.json"

_WHEEL_PROJECT = """\
[build-system]
requires = ["setuptools>=69"]
build-backend = "setuptools.build_meta"

[project]
name = "{name}"
version = "{version}"
description = "The staff self-check of the policy handbook, for Pyodide: the checker's modules only."
requires-python = ">=3.12"

[tool.setuptools]
packages = ["handbook", "handbook.selfcheck"]
"""


class BundleError(Exception):
    """The runtime is missing or the wheel could not be built; the message says what to do."""


def pyodide_version(node_modules: Path) -> str:
    package = node_modules / "pyodide" / "package.json"
    if not package.is_file():
        raise BundleError(
            f"{package.parent} is missing: the self-check needs Pyodide from npm. "
            "Run 'npm ci' in the project folder (make build and make serve do)."
        )
    return json.loads(package.read_text(encoding="utf-8"))["version"]


def wheel_file_name() -> str:
    """The name of our wheel in the site, known before it is built (the page's service worker keeps it)."""
    return f"{WHEEL_NAME.replace('-', '_')}-{metadata.version('handbook')}-py3-none-any.whl"


def write_bundle(node_modules: Path, target: Path) -> None:
    """Copy the runtime into ``target`` with our wheel and a lock file naming it.

    The wheel and lock file are made once per version of the checker and of Pyodide, and kept in
    node_modules/.cache/ (where JavaScript tools keep theirs): making them takes a second or two,
    longer than the rest of a small handbook's build.
    """
    runtime = node_modules / "pyodide"
    pyodide_version(node_modules)
    made = _wheel_and_lock(runtime, node_modules / ".cache" / WHEEL_NAME)
    target.mkdir(parents=True, exist_ok=True)
    for path in [*(runtime / name for name in RUNTIME_FILES), *made.iterdir()]:
        shutil.copy2(path, target / path.name)


def _wheel_and_lock(runtime: Path, cache: Path) -> Path:
    """A folder holding our wheel and Pyodide's lock file with the wheel added."""
    key = hashlib.sha256()
    for source in (*(_HERE / name for name in BROWSER_MODULES), runtime / LOCK_FILE):
        key.update(source.read_bytes())
    key.update((metadata.version("handbook") + _WHEEL_PROJECT).encode())
    folder = cache / key.hexdigest()[:16]
    if not (folder / LOCK_FILE).is_file():
        folder.mkdir(parents=True, exist_ok=True)
        wheel = build_wheel(folder)
        # The lock file is written last: its presence marks a complete folder.
        _run([sys.executable, "-m", "pyodide_cli", "lockfile", "add-wheels",
              "--input", str(runtime / LOCK_FILE), "--output", str(folder / LOCK_FILE), str(wheel)],
             f"adding the {WHEEL_NAME} wheel to Pyodide's lock file")
    return folder


def build_wheel(target: Path) -> Path:
    """A pure-Python wheel of the checker alone, with no dependencies."""
    with tempfile.TemporaryDirectory(prefix="handbook-selfcheck-") as scratch:
        project = Path(scratch)
        package = project / "handbook" / "selfcheck"
        package.mkdir(parents=True)
        # Not the packages' own __init__.py files: whatever they may import one day, this wheel has
        # only the checker.
        (project / "handbook" / "__init__.py").write_text('"""The handbook\'s self-check, for Pyodide."""\n')
        (package / "__init__.py").write_text("")
        for name in BROWSER_MODULES:
            shutil.copy2(_HERE / name, package / name)
        (project / "pyproject.toml").write_text(
            _WHEEL_PROJECT.format(name=WHEEL_NAME, version=metadata.version("handbook")), encoding="utf-8"
        )
        _run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
              "--disable-pip-version-check", "--wheel-dir", scratch + "/dist", scratch],
             f"building the {WHEEL_NAME} wheel")
        (wheel,) = (project / "dist").glob("*.whl")
        return Path(shutil.copy2(wheel, target / wheel.name))


def _run(command: list[str], doing: str) -> None:
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise BundleError(f"{doing} failed:\n{done.stdout}{done.stderr}")
