"""How long the handbook takes to build with our hooks, compared with plain Material for MkDocs.

For two handbooks,

- ``seed``: the policies in ``policy_src/`` as shipped, and
- ``generated``: 200 made-up policies of 30 clauses each (part headings, bullets with bold
  run-in titles, references such as "see clause 12"), written to a temporary folder,

it times two builds:

- ``hooks``: the project's own mkdocs.yml (so hooks/handbook_hooks.py) with HANDBOOK_POLICY_SRC
  pointing at the handbook, built into a temporary site folder;
- ``plain``: plain mkdocs-material over the same Markdown: a temporary project whose
  ``docs/<id>/index.md`` holds each policy's body (front matter removed, ``# Title`` on top),
  with a minimal mkdocs.yml (same theme, search plugin and Markdown extensions, no hook) that
  lists every page in the navigation, as plain Material does; and ("plain unlisted", CPU time
  only) the same with the policies reached from an index rather than listed, as the handbook does.

A third handbook, ``history``, is the generated one with three versions of every policy (two
archived under ``versions/`` with their manifest, each earlier one differing by a moved clause, an
amended clause and a replaced clause). Its hooks build is compared with plain Material building the
very pages the hooks make (current and archived versions, change logs, index pages: written out by
the package, rendered with the same Markdown extensions), and, for scale, with the generated
handbook's hooks build. The time spent comparing versions is measured in-process (timing
``compare_clauses`` and ``compare_parts`` over the same pages the build makes) and shown as a share of the build.

Each build is the wall-clock time of a ``mkdocs build -q`` subprocess; every build is run
``--repeat`` times and the fastest is reported. The targets (hooks/plain <= 1.15, history/plain
of the same pages <= 1.25) are printed beside the figures, not checked. The exit status is 0
unless a build fails, in which case its output is printed and it is 1. PDFs are left out
(benchmarks/pdf_speed.py and build_scale.py time them).

Run it from the repository root, with the project's virtual environment:

    .venv/bin/python benchmarks/build_speed.py              # the full benchmark
    .venv/bin/python benchmarks/build_speed.py --repeat 1 --policies 20   # a quick look
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from unittest import mock

from markdown.extensions.toc import slugify

import handbook
from handbook.model import Handbook
from handbook.pages import policy_pages
from handbook.pages.site_pages import site_pages
from handbook.source.handbook_folder import load_handbook, policy_files
from handbook.source.history import archive_hash
from handbook.source.policy_file import parse_policy_file
from handbook.versions import changes
from handbook.versions.changes import ChangeLog
from handbook.versions.review_rules import load_review_rules

REPO = Path(__file__).resolve().parent.parent
MKDOCS_YML = REPO / "mkdocs.yml"
DOCS = REPO / "docs"  # the site's own pages, which the hooks build renders with the policies'
SEED_SRC = REPO / "policy_src"

RATIO_TARGET = 1.15  # hooks build time / plain build time
GENERATED_TARGET_S = 60.0  # hooks build of the 200-policy handbook
GENERATED_TARGET_POLICIES = 200
HISTORY_TARGET = 1.25  # history build time / plain Material building the same pages


# --- running mkdocs -------------------------------------------------------------------------


class BuildError(Exception):
    def __init__(self, command: list[str], result: subprocess.CompletedProcess[str]) -> None:
        super().__init__(f"exit status {result.returncode}")
        self.command = command
        self.result = result


# Every build here makes the site alone, like the plain build: benchmarks/pdf_speed.py times the PDFs.
SITE_ONLY = {"HANDBOOK_PDF": "false"}


def find_mkdocs() -> str:
    """The mkdocs next to the running Python (the project's .venv), else the one on PATH."""
    beside_python = Path(sys.executable).parent / "mkdocs"
    if beside_python.exists():
        return str(beside_python)
    return shutil.which("mkdocs") or sys.exit("mkdocs not found: run with .venv/bin/python")


def timed_build(mkdocs: str, config: Path, site_dir: Path, extra_env: dict[str, str]) -> float:
    """Build ``config`` into ``site_dir`` in a subprocess; return the wall-clock seconds."""
    command = [mkdocs, "build", "-q", "--config-file", str(config), "--site-dir", str(site_dir)]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **extra_env}
    start = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise BuildError(command, result)
    return seconds


def compile_package() -> Path:
    """Write the handbook package's bytecode (``__pycache__``, not committed), as installing a package does, and
    return the package's folder. Material and the other libraries are installed compiled; the handbook, installed
    editable, is compiled on its first import, but not where PYTHONDONTWRITEBYTECODE is set: there every hooks
    build compiled its 90-odd modules from source again, about 0.08 s that no user's build pays (issue 20)."""
    package = Path(handbook.__file__).parent
    if not compileall.compile_dir(package, quiet=1):
        sys.exit(f"could not compile {package}")
    return package


def count_pages(site_dir: Path) -> int:
    """HTML pages in a built site, not counting the 404 page."""
    return sum(1 for page in site_dir.rglob("*.html") if page.name != "404.html")


# --- the plain project ----------------------------------------------------------------------

# Plain Material, as its documentation sets it up: every page listed in the navigation (which MkDocs
# makes from the folders), on every page. PLAIN_UNLISTED is plain Material configured as the handbook
# is: pages reached from an index rather than listed one by one (handbook.mkdocs_build.navigation).
PLAIN_MKDOCS_YML = """\
site_name: Plain Material benchmark
theme:
  name: material
  font: false
plugins:
  - search
markdown_extensions:
  - toc:
      permalink: true
{extensions}"""
PLAIN_UNLISTED = """\
nav:
  - index.md
not_in_nav: |
  /*/
"""
PLAIN_EXTENSIONS = ["attr_list", "md_in_html", "def_list", "tables", "admonition"]


def plain_mkdocs_yml(extensions: list[str], listed: bool = True) -> str:
    config = PLAIN_MKDOCS_YML.format(extensions="".join(f"  - {name}\n" for name in extensions))
    return config if listed else config + PLAIN_UNLISTED


def write_plain_project(source: Path, project: Path) -> tuple[Path, Path]:
    """Write a plain Material project over the policies in ``source``; return its mkdocs.yml, listing
    every page in the navigation, and a second one listing none."""
    for path in policy_files(source):
        meta = parse_policy_file(path).meta
        body = path.read_text(encoding="utf-8").split("\n---\n", 1)[1]  # what follows the front matter
        page = project / "docs" / meta.id / "index.md"
        page.parent.mkdir(parents=True)
        page.write_text(f"# {meta.title}\n\n{body.strip()}\n", encoding="utf-8")
    (project / "docs" / "index.md").write_text("# Policies\n", encoding="utf-8")
    listed, unlisted = project / "mkdocs.yml", project / "mkdocs-unlisted.yml"
    listed.write_text(plain_mkdocs_yml(PLAIN_EXTENSIONS), encoding="utf-8")
    unlisted.write_text(plain_mkdocs_yml(PLAIN_EXTENSIONS, listed=False), encoding="utf-8")
    return listed, unlisted


def write_plain_pages_project(source: Path, project: Path) -> Path:
    """Plain Material over the very pages the hooks build makes from ``source`` (current and archived versions,
    change logs, What changed, the review dashboard with the review assistant's findings, the index pages) and
    the site's own pages in ``docs/``, rendered with the same Markdown extensions; return its mkdocs.yml.

    Until 2026-12-05 the dashboard was written without the assistant's findings (a seventh of the hooks' page,
    at 200 policies) and ``docs/`` was left out, so plain Material built less than the hooks did."""
    handbook = load_handbook(source)
    pages = site_pages(handbook, ChangeLog(handbook), date.today(), review_rules=load_review_rules(source))
    for page in [*pages.listed, *pages.unlisted]:
        path = project / "docs" / page.path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page.markdown, encoding="utf-8")
    for hand_written in DOCS.glob("*.md"):
        shutil.copyfile(hand_written, project / "docs" / hand_written.name)
    config = project / "mkdocs.yml"
    config.write_text(plain_mkdocs_yml(policy_pages.MARKDOWN_EXTENSIONS, listed=False), encoding="utf-8")
    return config


# --- the generated handbook -----------------------------------------------------------------

TOPICS = [
    "Safeguarding", "Attendance", "Behaviour", "Anti-Bullying", "Data Protection", "Health and Safety",
    "First Aid", "Fire Safety", "Lone Working", "Whistleblowing", "Complaints", "Equality",
    "Accessibility", "Admissions", "Charging and Remissions", "Educational Visits", "Staff Conduct",
    "Online Safety", "Acceptable Use", "Medical Conditions", "Special Educational Needs", "Exclusions",
    "Uniform", "Homework", "Assessment", "Curriculum", "Relationships Education", "Allergy Management",
    "Intimate Care", "Lettings", "Records Retention", "CCTV", "Visitors", "Volunteers", "Recruitment",
    "Staff Absence", "Capability", "Grievance", "Disciplinary", "Pay",
]  # fmt: skip
KINDS = ["Policy", "Procedure", "Guidance", "Code of Practice", "Protocol"]
PARTS = [
    "Introduction", "Scope", "Roles and Responsibilities", "Principles", "Procedure", "Training",
    "Record Keeping", "Communication", "Breaches", "Monitoring and Review",
]  # fmt: skip
ROLES = [
    "the head teacher", "the governing body", "the designated safeguarding lead", "the business manager",
    "the line manager", "the bursar", "the data protection officer", "the senior leadership team",
]  # fmt: skip
SENTENCES = [
    "St Hugh's is committed to {topic} practice that protects pupils, staff and visitors alike.",
    "This {kind} sets out what {role} must do and when they must do it.",
    "Any concern about {topic} must be reported to {role} on the same working day.",
    "Records made under this {kind} are kept securely and only for as long as they are needed.",
    "Staff who are unsure how to proceed should seek advice from {role} before acting.",
    "The school will make reasonable adjustments so that nobody is disadvantaged by this {kind}.",
    "Where a decision is taken, the reasons for it will be written down and shared with those affected.",
    "Training on {topic} is provided at induction and refreshed at least every two years.",
    "Failure to follow this {kind} may be dealt with under the school's disciplinary procedure.",
    "Parents and carers will be informed promptly unless doing so would put a child at risk.",
    "The arrangements are reviewed each term by {role}, who reports on them to governors.",
    "Nothing in this {kind} prevents a member of staff from raising a concern directly with {role}.",
    "Information is shared on a need-to-know basis and in line with the data protection legislation.",
    "Visitors and contractors are expected to follow the same standards while on school premises.",
]
REFERENCES = [
    " See clause {a} for the steps to follow.",
    " This is subject to clause {a}.",
    " The exceptions in clauses {a} and {b} also apply.",
    " As set out in clause {a}, {role} decides in cases of doubt.",
]
POINTS = [
    "Be prompt", "Be discreet", "Be accurate", "Keep records", "Ask for help", "Follow up",
    "Stay safe", "Be fair", "Check consent", "Escalate",
]  # fmt: skip


@dataclass(frozen=True)
class GeneratedPolicy:
    id: str
    title: str
    topic: str
    kind: str


def clause_labels(count: int, hierarchical: bool) -> list[str]:
    """``count`` clause numbers: 1., 2., 3. ... or, if ``hierarchical``, 1., 2., 3., 3.1, 3.2, 4. ..."""
    labels: list[str] = []
    top = 0
    while len(labels) < count:
        top += 1
        labels.append(f"{top}.")
        for sub in (1, 2) if hierarchical and top % 3 == 0 else ():
            if len(labels) < count:
                labels.append(f"{top}.{sub}")
    return labels


def generate_policy(
    policy: GeneratedPolicy, others: list[GeneratedPolicy], clauses: int, rng: random.Random
) -> str:
    """The text of one realistic policy file, front matter and all."""
    related = rng.sample(others, k=rng.randint(0, 2))
    approved = f"20{rng.randint(19, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    front_matter = [
        "---",
        f"id: {policy.id}",
        f"title: {policy.title}",
        "organisation: St Hugh's School",
        f'version: "{rng.randint(1, 4)}.{rng.randint(0, 9)}"',
        f"status: {rng.choices(['current', 'draft', 'superseded'], weights=[8, 1, 1])[0]}",
        f"owner: {rng.choice(['Head Teacher', 'Business Manager', 'Designated Safeguarding Lead', 'TBC'])}",
        f"approved_by: {rng.choice(['Governing Body', 'Finance Committee', 'TBC'])}",
        f"approved_on: {rng.choice([approved, 'TBC'])}",
        f"effective_from: {approved}",
        f"review_every: {rng.choice(['1 year', '2 years', '3 years', '18 months'])}",
        f"applies_to: [{', '.join(rng.sample(['staff', 'governors', 'volunteers', 'contractors'], k=2))}]",
        f"related: [{', '.join(p.id for p in related)}]",
        "---",
    ]
    labels = clause_labels(clauses, hierarchical=rng.random() < 0.3)
    parts = rng.sample(PARTS, k=rng.randint(3, 5))
    later_starts = range(3, len(labels) - 2)
    part_starts = {0, *rng.sample(later_starts, k=min(len(parts) - 1, len(later_starts)))}
    words = {"topic": policy.topic.lower(), "kind": policy.kind.lower()}

    body = [f"# {policy.title.upper()}", ""]
    for index, label in enumerate(labels):
        if index in part_starts:
            if body[-1]:
                body.append("")
            body += [f"## {parts.pop(0).upper()}", ""]
        text = " ".join(
            s.format(role=rng.choice(ROLES), **words) for s in rng.sample(SENTENCES, k=rng.randint(2, 4))
        )
        if rng.random() < 0.2:  # a reference to another clause of this policy
            a, b = sorted(
                (other.rstrip(".") for other in rng.sample([o for o in labels if o != label], k=2)),
                key=lambda number: [int(part) for part in number.split(".")],
            )
            text += rng.choice(REFERENCES).format(a=a, b=b, role=rng.choice(ROLES))
        if related and index == len(labels) // 2:  # a link to a related policy's first clause
            text += f" See also the [{related[0].title}](policy:{related[0].id}#clause-1)."
        body.append(f"{label} {text}")
        if rng.random() < 0.15:  # sub-points with bold run-in titles
            body[-1] += " In particular:"
            body.append("")
            for point in rng.sample(POINTS, k=rng.randint(3, 5)):
                sentence = rng.choice(SENTENCES).format(role=rng.choice(ROLES), **words)
                body.append(f"    - **{point}** - {sentence}")
            body.append("")
    return "\n".join([*front_matter, "", *body]) + "\n"


def generate_handbook(folder: Path, policies: int, clauses: int, seed: int = 1) -> None:
    """Write ``policies`` policies of ``clauses`` clauses each to ``folder/<id>/policy.md``."""
    rng = random.Random(seed)
    pairs = [(topic, kind) for kind in KINDS for topic in TOPICS]  # 200 different titles
    chosen = []
    for n in range(policies):
        (topic, kind), round_ = pairs[n % len(pairs)], n // len(pairs)
        title = f"{topic} {kind}" + (f" (Part {round_ + 1})" if round_ else "")
        chosen.append(GeneratedPolicy(slugify(title, "-"), title, topic, kind))
    for policy in chosen:
        others = [p for p in chosen if p is not policy]
        path = folder / policy.id / "policy.md"
        path.parent.mkdir(parents=True)
        path.write_text(generate_policy(policy, others, clauses, rng), encoding="utf-8")


_CLAUSE_LINE = re.compile(r"^(\d+(?:\.\d+)*\.?) (.+)$")


def earlier_version(text: str, rng: random.Random) -> str:
    """The policy as it was before a review: two clauses swapped, one amended, one other clause.

    Clause numbers stay as they are, so references such as "see clause 12" still hold.
    """
    lines = text.split("\n")
    clauses = [i for i, line in enumerate(lines) if _CLAUSE_LINE.match(line)]
    moved_a, moved_b, amended, replaced = rng.sample(clauses, k=4)

    def split(i: int) -> tuple[str, str]:
        label, words = _CLAUSE_LINE.match(lines[i]).groups()
        return label, words

    (label_a, text_a), (label_b, text_b) = split(moved_a), split(moved_b)
    lines[moved_a], lines[moved_b] = f"{label_a} {text_b}", f"{label_b} {text_a}"
    label, words = split(amended)
    lines[amended] = f"{label} {words.replace(' the ', ' every ', 1)} Where possible, in writing."
    label, _ = split(replaced)
    lines[replaced] = f"{label} " + rng.choice(SENTENCES).format(topic="school", kind="policy", role="the head")
    return "\n".join(lines)


def add_history(folder: Path, seed: int = 2) -> None:
    """Give every policy in ``folder`` versions 1.0 and 2.0 (archived, with a manifest); it becomes 3.0."""
    rng = random.Random(seed)
    for current in sorted(folder.glob("*/policy.md")):
        text = re.sub(r"(?m)^version: .*$", 'version: "3.0"', current.read_text(encoding="utf-8"))
        current.write_text(text, encoding="utf-8")
        start = date.fromisoformat(re.search(r"(?m)^effective_from: (\S+)$", text)[1])
        versions = current.parent / "versions"
        versions.mkdir()
        for number, years_before in (("2.0", 2), ("1.0", 4)):
            text = earlier_version(text, rng)
            text = re.sub(r"(?m)^version: .*$", f'version: "{number}"', text)
            text = re.sub(r"(?m)^status: .*$", "status: superseded", text)
            earlier = start.replace(year=start.year - years_before)
            text = re.sub(r"(?m)^effective_from: .*$", f"effective_from: {earlier}", text)
            (versions / f"{number}.md").write_text(text, encoding="utf-8")
        manifest = {path.name: archive_hash(path) for path in sorted(versions.glob("*.md"))}
        (versions / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


@dataclass(frozen=True)
class HistoryResult:
    policies: int
    pages: int
    history_s: float  # wall-clock
    without_s: float
    history_cpu_s: float  # CPU time of the build process, which other load on the machine disturbs less
    without_cpu_s: float
    plain_s: float  # plain Material building the same pages
    plain_cpu_s: float
    diff_s: float
    comparisons: int


def cpu_timed_build(
    mkdocs: str, source: Path | None, site_dir: Path, config: Path = MKDOCS_YML, page_cache: Path | None = None,
    user_cache: Path | None = None,
) -> tuple[float, float]:
    """Build ``source`` with the project's hooks (or ``config``, a plain project); return (wall-clock, CPU) seconds.

    The hooks build keeps its rendered pages in ``page_cache``, by default an empty folder of its own
    (a fresh build: nothing in the cache), and WordNet's answers in ``user_cache`` (the user's cache
    folder, XDG_CACHE_HOME), by default an empty one too."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    env = {"HANDBOOK_POLICY_SRC": str(source), **SITE_ONLY} if source else {}
    if source:
        env["HANDBOOK_PAGE_CACHE"] = str(page_cache or site_dir.with_name(site_dir.name + "-cache"))
        env["XDG_CACHE_HOME"] = str(user_cache or site_dir.with_name(site_dir.name + "-user-cache"))
    wall = timed_build(mkdocs, config, site_dir, env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def measure_history(without: Path, source: Path, work: Path, mkdocs: str, repeat: int) -> HistoryResult:
    """Build the handbook without and with history in turn, ``repeat`` times (fastest of each kept),
    so both meet the same load; then time its diffs in-process."""
    work.mkdir()
    plain = write_plain_pages_project(source, work / "plain-project")
    timings: dict[str, list[tuple[float, float]]] = {"without": [], "history": [], "plain": []}
    for run in range(repeat):
        for name, folder in (("without", without), ("history", source), ("plain", None)):
            site = work / f"site-{name}-{run}"
            timings[name].append(cpu_timed_build(mkdocs, folder, site, plain if name == "plain" else MKDOCS_YML))
            if name == "history":
                pages = count_pages(site)
            shutil.rmtree(site)
    handbook = load_handbook(source)
    diff_s, comparisons = time_comparisons(handbook)
    (history_s, history_cpu_s), (without_s, without_cpu_s), (plain_s, plain_cpu_s) = (
        (min(w for w, _ in timings[name]), min(c for _, c in timings[name]))
        for name in ("history", "without", "plain")
    )
    return HistoryResult(
        len(handbook.policies), pages, history_s, without_s, history_cpu_s, without_cpu_s, plain_s, plain_cpu_s,
        diff_s, comparisons,
    )  # fmt: skip


def time_comparisons(handbook: Handbook) -> tuple[float, int]:
    """The seconds spent comparing versions (clauses and the other parts) for the pages the build makes,
    and the number of comparisons: ``ChangeLog`` makes each once."""
    spent, made = 0.0, 0

    def timed(compare: Callable) -> Callable:
        def run(*args: object) -> object:
            nonlocal spent
            start = time.perf_counter()
            try:
                return compare(*args)
            finally:
                spent += time.perf_counter() - start
        return run

    def counted(compare: Callable) -> Callable:
        def run(*args: object) -> object:
            nonlocal made
            made += 1
            return compare(*args)
        return run

    with (
        mock.patch.object(changes, "compare_clauses", counted(timed(changes.compare_clauses))),
        mock.patch.object(changes, "compare_parts", timed(changes.compare_parts)),
    ):
        site_pages(handbook, ChangeLog(handbook), date.today())  # every comparison the build makes
    return spent, made


def print_history(result: HistoryResult) -> None:
    print(f"\nhistory: the generated handbook with 3 versions of each of its {result.policies} policies")
    print("                            wall s   CPU s")
    print(f"  hooks build with history  {result.history_s:6.2f}  {result.history_cpu_s:6.2f}  ({result.pages} pages)")
    print(f"  hooks build without       {result.without_s:6.2f}  {result.without_cpu_s:6.2f}")
    print(f"  plain, the same pages     {result.plain_s:6.2f}  {result.plain_cpu_s:6.2f}")
    print(
        f"  with/without              {result.history_s / result.without_s:6.2f}  "
        f"{result.history_cpu_s / result.without_cpu_s:6.2f}  (4 pages a policy instead of 1)"
    )
    print(
        f"  with history/plain        {result.history_s / result.plain_s:6.2f}  "
        f"{result.history_cpu_s / result.plain_cpu_s:6.2f}  (target <= {HISTORY_TARGET})"
    )
    print(
        f"  diffs (in-process)        {result.diff_s:6.2f}          for {result.comparisons} comparisons: "
        f"{result.diff_s / result.history_s:.1%} of the history build (wall-clock)"
    )


# --- the benchmark --------------------------------------------------------------------------


@dataclass(frozen=True)
class Result:
    handbook: str
    policies: int
    hooks_pages: int
    plain_pages: int
    hooks_s: float
    plain_s: float
    hooks_cpu_s: float  # CPU time of the build process, which other load on the machine disturbs less
    plain_cpu_s: float
    unlisted_cpu_s: float  # plain, with pages reached from an index as in the handbook
    cached_cpu_s: float  # the hooks build again, nothing changed: every page from the page cache
    words_known_cpu_s: float  # a fresh hooks build (empty page cache) once WordNet's answers are in the user's cache
    targets: str


def measure(name: str, source: Path, work: Path, mkdocs: str, repeat: int, targets: str) -> Result:
    """Build ``source`` ``repeat`` times each way, in ``work``; keep the fastest of each."""
    work.mkdir()
    plain_config, unlisted_config = write_plain_project(source, work / "plain-project")
    hooks_times, plain_times, unlisted_times, cached_times, words_known_times = [], [], [], [], []
    for run in range(repeat):
        hooks_site, plain_site = work / f"site-hooks-{run}", work / f"site-plain-{run}"
        cache, user_cache = work / f"page-cache-{run}", work / f"user-cache-{run}"
        hooks_times.append(cpu_timed_build(mkdocs, source, hooks_site, page_cache=cache, user_cache=user_cache))
        cached_times.append(cpu_timed_build(mkdocs, source, hooks_site, page_cache=cache, user_cache=user_cache))
        # A fresh build as of a user's second handbook of the same words: nothing rendered yet, WordNet's answers kept
        words_known_times.append(cpu_timed_build(mkdocs, source, hooks_site, page_cache=work / f"page-cache-{run}-b",
                                                 user_cache=user_cache))
        plain_times.append(cpu_timed_build(mkdocs, None, plain_site, plain_config))
        hooks_pages, plain_pages = count_pages(hooks_site), count_pages(plain_site)
        shutil.rmtree(plain_site)
        unlisted_times.append(cpu_timed_build(mkdocs, None, plain_site, unlisted_config))
        shutil.rmtree(hooks_site)
        shutil.rmtree(plain_site)
    return Result(
        name, len(policy_files(source)), hooks_pages, plain_pages,
        min(w for w, _ in hooks_times), min(w for w, _ in plain_times),
        min(c for _, c in hooks_times), min(c for _, c in plain_times), min(c for _, c in unlisted_times),
        min(c for _, c in cached_times), min(c for _, c in words_known_times), targets,
    )  # fmt: skip


def print_table(results: list[Result]) -> None:
    header = (
        "handbook", "policies", "pages hooks/plain", "hooks s", "plain s", "hooks/plain",
        "CPU ratio", "CPU, plain unlisted", "CPU cached, unlisted", "CPU words known, unlisted", "targets",
    )  # fmt: skip
    rows = [header] + [
        (
            r.handbook,
            str(r.policies),
            f"{r.hooks_pages}/{r.plain_pages}",
            f"{r.hooks_s:.2f}",
            f"{r.plain_s:.2f}",
            f"{r.hooks_s / r.plain_s:.2f}",
            f"{r.hooks_cpu_s / r.plain_cpu_s:.2f}",
            f"{r.hooks_cpu_s / r.unlisted_cpu_s:.2f}",
            f"{r.cached_cpu_s / r.unlisted_cpu_s:.2f}",
            f"{r.words_known_cpu_s / r.unlisted_cpu_s:.2f}",
            r.targets,
        )
        for r in results
    ]
    widths = [max(len(row[column]) for row in rows) for column in range(len(header))]
    for number, row in enumerate(rows):
        # Text columns to the left, figures to the right.
        cells = [
            cell.ljust(w) if c in (0, 10) else cell.rjust(w)
            for c, (cell, w) in enumerate(zip(row, widths, strict=True))
        ]
        print("  ".join(cells).rstrip())
        if number == 0:
            print("  ".join("-" * w for w in widths))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--repeat", type=int, default=2, metavar="N", help="builds per measurement (default 2)"
    )
    parser.add_argument("--policies", type=int, default=200, help="policies in the generated handbook")
    parser.add_argument("--clauses", type=int, default=30, help="clauses per generated policy")
    parser.add_argument("--no-compile", action="store_true",
                        help="leave the handbook package's bytecode as it is (see compile_package)")
    args = parser.parse_args()
    if args.repeat < 1 or args.policies < 1 or args.clauses < 5:
        parser.error("--repeat and --policies must be at least 1, --clauses at least 5")

    mkdocs = find_mkdocs()
    ratio_target = f"hooks/plain <= {RATIO_TARGET}"
    generated_targets = ratio_target
    if args.policies == GENERATED_TARGET_POLICIES:
        generated_targets += f"; hooks <= {GENERATED_TARGET_S:.0f} s"
    print(f"mkdocs: {mkdocs}")
    if not args.no_compile:
        print(f"handbook package compiled to bytecode first, as an install does: {compile_package()}")
    print(f"PYTHONDONTWRITEBYTECODE: {os.environ.get('PYTHONDONTWRITEBYTECODE', '(not set)')}")
    print(f"fastest of {args.repeat} build(s) each; wall-clock seconds of 'mkdocs build -q'\n")

    with tempfile.TemporaryDirectory(prefix="handbook-bench-") as temp:
        work = Path(temp)
        generated = work / "generated-src"
        generate_handbook(generated, args.policies, args.clauses)
        with_history = work / "history-src"
        shutil.copytree(generated, with_history)
        add_history(with_history)
        try:
            results = [
                measure("seed", SEED_SRC, work / "seed", mkdocs, args.repeat, ratio_target),
                measure(
                    f"generated {args.policies}x{args.clauses}",
                    generated,
                    work / "generated",
                    mkdocs,
                    args.repeat,
                    generated_targets,
                ),
            ]
            history = measure_history(generated, with_history, work / "history", mkdocs, args.repeat)
        except BuildError as failure:
            sys.stdout.flush()
            print(f"A build failed ({failure}): {' '.join(failure.command)}", file=sys.stderr)
            print(failure.result.stdout + failure.result.stderr, file=sys.stderr)
            return 1

    print_table(results)
    print_history(history)
    print("\nTargets are shown, not checked. Pages: HTML pages built, 404 page not counted; the hooks")
    print("build also renders the handbook index and the site's own pages (docs/). The hooks builds start")
    print("with an empty page cache; 'CPU cached' is the same build again, every page from the cache;")
    print("'CPU words known' a fresh build again (empty page cache) with WordNet's answers in the user's cache")
    print("(XDG_CACHE_HOME, from the first build), as for a user's next handbook of the same words.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
