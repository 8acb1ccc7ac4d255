"""The package's shape, as docs/architecture.md describes it: a package per feature, imports one way.

These read the source (ast) rather than trust the docs, so a change that breaks the shape fails here.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "src" / "handbook"
ENGINES = ("mkdocs", "material")  # only handbook.mkdocs_build may import these
BUILD_PACKAGE = "handbook.mkdocs_build"
MAX_TOP_ENTRIES = 15
MAX_MODULE_LINES = 500

# Which packages each may import from (besides itself, errors and model, which everything may use).
# docs/architecture.md draws the same arrows.
MAY_IMPORT = {
    "handbook.model": set(),
    "handbook.errors": set(),
    "handbook.markdown_extensions": set(),
    "handbook.source": {"handbook.markdown_extensions"},
    "handbook.versions": {"handbook.source", "handbook.markdown_extensions"},
    "handbook.search": {"handbook.source", "handbook.markdown_extensions"},
    "handbook.acknowledgements": {"handbook.source", "handbook.markdown_extensions"},
    "handbook.selfcheck": {"handbook.source", "handbook.markdown_extensions", "handbook.pages"},
    "handbook.pages": {"handbook.source", "handbook.markdown_extensions", "handbook.versions",
                       "handbook.acknowledgements"},
    "handbook.printing": {"handbook.source", "handbook.markdown_extensions", "handbook.pages"},
    "handbook.importing": {"handbook.source", "handbook.markdown_extensions", "handbook.pages"},
    "handbook.checking": {"handbook.source", "handbook.markdown_extensions", "handbook.pages",
                          "handbook.search", "handbook.selfcheck", "handbook.versions"},
    "handbook.cli": {"handbook.source", "handbook.checking", "handbook.versions", "handbook.selfcheck",
                     "handbook.importing", "handbook.acknowledgements"},
    "handbook.mkdocs_build": {"handbook.source", "handbook.checking", "handbook.markdown_extensions",
                              "handbook.pages", "handbook.versions", "handbook.search", "handbook.selfcheck",
                              "handbook.printing", "handbook.acknowledgements"},
}
SHARED = {"handbook", "handbook.errors", "handbook.model"}


def modules() -> dict[str, Path]:
    """Every module of the package by dotted name (a package by its __init__.py)."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def imports_of(name: str, path: Path, known: dict[str, Path]) -> Iterator[str]:
    """The modules ``name`` imports, anywhere in it (type-checking and function-level imports too)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                source = ".".join([*base, *([node.module] if node.module else [])])
            else:
                source = node.module or ""
            for alias in node.names:
                submodule = f"{source}.{alias.name}"
                yield submodule if submodule in known else source


def graph() -> dict[str, set[str]]:
    known = modules()
    return {name: {i for i in imports_of(name, path, known) if i in known and i != name}
            for name, path in known.items()}


def feature(module: str) -> str:
    """The feature a module belongs to: ``handbook.search.terms`` -> ``handbook.search``."""
    return ".".join(module.split(".")[:2])


def test_no_import_cycles() -> None:
    edges = graph()
    # Package __init__ files may gather their own modules; a cycle through one is still a cycle.
    visiting: list[str] = []
    done: set[str] = set()

    def visit(module: str) -> None:
        if module in visiting:
            cycle = [*visiting[visiting.index(module):], module]
            pytest.fail("import cycle: " + " -> ".join(cycle))
        if module in done:
            return
        visiting.append(module)
        for target in sorted(edges[module]):
            visit(target)
        visiting.pop()
        done.add(module)

    for module in sorted(edges):
        visit(module)


def test_features_import_only_the_features_below_them() -> None:
    wrong = []
    for module, targets in graph().items():
        if module in SHARED:
            continue
        allowed = MAY_IMPORT[feature(module)] | SHARED | {feature(module)}
        wrong += [f"{module} imports {target}" for target in sorted(targets) if feature(target) not in allowed]
    assert wrong == []


def test_only_the_build_package_imports_mkdocs_or_material() -> None:
    known = modules()
    wrong = [
        f"{name} imports {imported}"
        for name, path in known.items()
        if not name.startswith(BUILD_PACKAGE)
        for imported in imports_of(name, path, known)
        if imported.split(".")[0] in ENGINES
    ]
    assert wrong == []


def test_nothing_outside_the_build_loads_mkdocs_or_material() -> None:
    """Importing every module outside the build (the commands among them) loads no engine module."""
    outside = [name for name in modules() if not name.startswith(BUILD_PACKAGE)]
    script = (
        "import importlib, sys\n"
        f"for name in {outside!r}: importlib.import_module(name)\n"
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & {set(ENGINES)!r}))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
    assert "handbook.cli" in outside


def test_the_package_top_holds_few_entries_and_no_module_is_long() -> None:
    entries = [p.name for p in PACKAGE.iterdir() if p.name != "__pycache__"]
    assert len(entries) <= MAX_TOP_ENTRIES, sorted(entries)
    long = {name: n for name, path in modules().items()
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES}
    assert long == {}


def _layout_paths(text: str) -> set[str]:
    """The paths in the first column of the README's layout table."""
    table = text.split("## Layout", 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"^\| `([^`]+)`", table, flags=re.MULTILINE))


def test_the_readme_layout_table_names_every_folder_and_feature_package() -> None:
    listed = _layout_paths((REPO / "README.md").read_text(encoding="utf-8"))
    tracked = subprocess.run(["git", "ls-files"], cwd=REPO, capture_output=True, text=True, check=True).stdout
    top_folders = {line.split("/")[0] + "/" for line in tracked.splitlines() if "/" in line
                   and not line.startswith(".")}
    features = {f"src/handbook/{p.name}/" for p in PACKAGE.iterdir() if (p / "__init__.py").is_file()}
    assert sorted(features - listed) == [], "feature packages missing from the README's layout table"
    assert sorted(p for p in top_folders - listed if p != "src/") == [], "folders missing from the layout table"
    assert sorted(p for p in listed if not (REPO / p).exists()) == [], "the layout table names what is gone"


def test_the_architecture_page_describes_every_feature_package() -> None:
    text = (REPO / "docs" / "architecture.md").read_text(encoding="utf-8")
    packages = sorted(p.name for p in PACKAGE.iterdir() if (p / "__init__.py").is_file())
    assert [name for name in packages if f"`{name}/`" not in text] == []
    assert set(MAY_IMPORT) == {f"handbook.{p.stem}" for p in PACKAGE.iterdir()
                               if p.name not in ("__init__.py", "__pycache__")}


def test_no_build_output_environment_or_installed_packages_are_committed() -> None:
    """site/, a virtual environment and node_modules (a worktree's symlink to another's too) stay out of git."""
    if not (REPO / ".git").exists():
        pytest.skip("not a git checkout")
    tracked = subprocess.run(
        ["git", "ls-files"], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    generated = ("site", ".venv", "node_modules", "__pycache__")
    committed = [path for path in tracked if set(Path(path).parts) & set(generated)]
    assert committed == []
