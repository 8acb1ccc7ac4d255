"""What checking policy text for HTML (handbook.markdown_extensions.policy_markup) adds to reading a handbook.

Reads build_speed.py's generated handbook (200 policies of 30 clauses, three versions each, so
600 policy files) with ``load_handbook``, as every build and ``handbook check`` do, with and
without ``check_policy_markup``, and prints the CPU time of each (the fastest of ``--repeat``
runs) and their ratio. Process CPU time, so other work on the machine matters less than it
would to wall-clock time; it still varies on a busy machine.

    .venv/bin/python benchmarks/reading_speed.py [--repeat 5] [--policies 200]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path
from unittest import mock

from build_speed import add_history, generate_handbook

from handbook.markdown_extensions import policy_markup
from handbook.source import policy_file
from handbook.source.handbook_folder import load_handbook


def cpu_seconds(source: Path, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        policy_markup._problem_in.cache_clear()  # each run as cold as a build's first reading
        start = time.process_time()
        load_handbook(source)
        times.append(time.process_time() - start)
    return min(times)


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--repeat", type=int, default=5)
    arguments.add_argument("--policies", type=int, default=200)
    options = arguments.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        source = Path(temporary) / "policy_src"
        generate_handbook(source, options.policies, clauses=30)
        add_history(source)
        with_check = cpu_seconds(source, options.repeat)
        with mock.patch.object(policy_file, "check_policy_markup", lambda policy: None):
            without_check = cpu_seconds(source, options.repeat)
    print(f"load_handbook, {options.policies} policies of three versions, CPU seconds, best of {options.repeat}:")
    print(f"  without the HTML check  {without_check:6.2f}")
    print(f"  with the HTML check     {with_check:6.2f}   ({with_check / without_check:.2f}x)")


if __name__ == "__main__":
    main()
