"""A hooks module for the atomicity and serve tests (tests/test_atomic_build.py, tests/test_serve.py), never
used by the real site: it raises in the MkDocs event named by HANDBOOK_FAULT_EVENT, or waits in the one named
by HANDBOOK_HOLD_EVENT, after the handbook's own hooks. With HANDBOOK_FAULT_WHILE or HANDBOOK_HOLD_WHILE
naming a file, only while that file exists (a hold lasts a minute at most), so that a test under
`mkdocs serve` can let the first build through and catch a save's."""

import os
import time

EVENT = os.environ.get("HANDBOOK_FAULT_EVENT", "")
FAULT_WHILE = os.environ.get("HANDBOOK_FAULT_WHILE", "")
HOLD_EVENT = os.environ.get("HANDBOOK_HOLD_EVENT", "")
HOLD_WHILE = os.environ.get("HANDBOOK_HOLD_WHILE", "")


def _fail(*args: object, **kwargs: object) -> None:
    if not FAULT_WHILE or os.path.exists(FAULT_WHILE):
        raise RuntimeError(f"fault injected in on_{EVENT}")


def _hold(*args: object, **kwargs: object) -> None:
    deadline = time.monotonic() + 60
    while os.path.exists(HOLD_WHILE) and time.monotonic() < deadline:
        time.sleep(0.05)


if EVENT:
    globals()[f"on_{EVENT}"] = _fail
if HOLD_EVENT:
    globals()[f"on_{HOLD_EVENT}"] = _hold
