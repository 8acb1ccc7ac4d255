"""A hooks module for the atomicity tests (tests/test_atomic_build.py), never used by the real site:
it raises in the MkDocs event named by HANDBOOK_FAULT_EVENT, after the handbook's own hooks."""

import os

EVENT = os.environ.get("HANDBOOK_FAULT_EVENT", "")


def _fail(*args: object, **kwargs: object) -> None:
    raise RuntimeError(f"fault injected in on_{EVENT}")


if EVENT:
    globals()[f"on_{EVENT}"] = _fail
