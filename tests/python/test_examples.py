"""The examples run: the quick start against the in-process emulator (no HCLOUD_TOKEN), and
through `Client.from_env()` (HCLOUD_TOKEN + HCLOUD_ENDPOINT pointing at an emulator)."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Dict

from _support import REPO, Control, api_requests

QUICKSTART = REPO / "examples" / "quickstart.py"


def _env(**extra: str) -> Dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HCLOUD_")}
    env.update(extra)
    return env


def test_quickstart_against_the_in_process_emulator() -> None:
    r = subprocess.run(
        [sys.executable, str(QUICKSTART)], env=_env(), capture_output=True, text=True, timeout=120
    )
    assert r.returncode == 0, r.stdout + r.stderr
    out = r.stdout
    assert "emulator" in out
    assert "2 servers match" in out
    assert "powered off" in out
    assert "deleted 2 servers and the SSH key" in out
    # The table: a header and both servers, one of them off.
    lines = out.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("ID "))
    rows = lines[header + 1 : header + 3]
    assert any(" off " in row for row in rows), rows
    assert any(" running " in row for row in rows), rows
    assert all("role=" in row for row in rows), rows


def test_quickstart_through_from_env(client: object, control: Control) -> None:
    """With HCLOUD_TOKEN set, the quick start uses Client.from_env(): here pointed at an emulator
    through HCLOUD_ENDPOINT, never the real API."""
    control.clear_requests()
    r = subprocess.run(
        [sys.executable, str(QUICKSTART)],
        env=_env(HCLOUD_TOKEN="quickstart-token", HCLOUD_ENDPOINT=control.api_url),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stdout + r.stderr
    assert "from_env" in r.stdout
    methods = [(q["method"], q["path"].split("?")[0]) for q in api_requests(control)]
    assert ("POST", "/v1/ssh_keys") in methods or ("POST", "/ssh_keys") in methods, methods
    assert sum(1 for m, p in methods if m == "POST" and p.endswith("/servers")) == 2
    assert sum(1 for m, _ in methods if m == "DELETE") == 3
    assert "quickstart-token" not in r.stdout + r.stderr
