"""`mkdocs serve` (what `make serve` runs): a broken save keeps the last good pages served and shows
the error; fixing it brings the new pages."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable

from helpers import REPO


def fetch(url: str) -> bytes | None:
    try:
        with urllib.request.urlopen(url, timeout=60) as response:  # the server answers once a build ends
            return response.read()
    except OSError:
        return None


def wait_for(condition: Callable[[], bool], what: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"waited {timeout} s for {what}"
        time.sleep(0.1)


def test_a_broken_save_keeps_the_last_good_pages_and_the_fix_brings_the_new_ones(tmp_path):
    policy_src = tmp_path / "policy_src"
    subprocess.run(["cp", "-r", str(REPO / "policy_src"), str(policy_src)], check=True)
    policy = policy_src / "social-media" / "policy.md"
    good = policy.read_text(encoding="utf-8")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    environment = os.environ | {"NO_MKDOCS_2_WARNING": "1", "HANDBOOK_PDF": "false"}
    environment["HANDBOOK_POLICY_SRC"] = str(policy_src)
    log_path = tmp_path / "serve.log"
    with log_path.open("w") as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
            cwd=REPO, env=environment, stdout=log, stderr=subprocess.STDOUT,
        )
    page = f"http://127.0.0.1:{port}/social-media/"
    try:
        wait_for(lambda: fetch(page) is not None, "the first build")

        policy.write_text(good.replace("status: current", "status: live"), encoding="utf-8")
        wait_for(lambda: "The pages served are the last good ones" in log_path.read_text(), "the error in the log")
        assert "policy.md:10: 'status: live' is not a status" in log_path.read_text()
        served = fetch(page) or b""  # the last good page, still served
        assert b"If in doubt always" in served and b"Current" in served

        policy.write_text(good.replace("If in doubt always", "If in any doubt always"), encoding="utf-8")
        wait_for(lambda: b"If in any doubt always" in (fetch(page) or b""), "the fixed page")
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert "Traceback" not in log_path.read_text()
