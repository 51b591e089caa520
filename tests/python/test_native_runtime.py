"""Blocking calls: GIL released, Ctrl-C within 0.5 s; the stubs match the module."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time

import pytest

import hetzcloud
from hetzcloud.testing import emulator

KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDuMvPBCnmQa+ZsFyLjbS2N/QxvHXpL+M1Tb/M5fSHbQ rt@x"


def test_gil_released_while_waiting() -> None:
    with emulator(action_duration=1.0) as c:
        r = c.servers.create(name="gil", server_type="cpx11", image="ubuntu-24.04")
        ticks = []
        stop = threading.Event()

        def count() -> None:
            while not stop.is_set():
                ticks.append(1)
                time.sleep(0.005)

        t = threading.Thread(target=count)
        t.start()
        c.actions.wait(r.action)
        stop.set()
        t.join()
        assert len(ticks) > 50


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_ctrl_c_interrupts_a_long_wait(tmp_path: object) -> None:
    script = textwrap.dedent(
        """
        import sys, time
        from hetzcloud.testing import emulator
        with emulator(action_duration=600) as c:
            r = c.servers.create(name="long", server_type="cpx11", image="ubuntu-24.04")
            print("ready", flush=True)
            try:
                c.actions.wait(r.action)
            except KeyboardInterrupt:
                print("interrupted", time.monotonic(), flush=True)
                sys.exit(3)
        """
    )
    p = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert p.stdout is not None
    assert p.stdout.readline().strip() == "ready"
    time.sleep(0.5)
    sent = time.monotonic()
    p.send_signal(signal.SIGINT)
    line = p.stdout.readline().split()
    assert p.wait(timeout=5) == 3
    assert line[0] == "interrupted"
    assert float(line[1]) - sent < 0.5


def test_wait_timeout_lists_pending() -> None:
    with emulator(action_duration=60) as c:
        r = c.servers.create(name="slow", server_type="cpx11", image="ubuntu-24.04")
        with pytest.raises(hetzcloud.WaitTimeoutError) as e:
            c.actions.wait(r.action, timeout=0.3)
        assert e.value.pending[0]["id"] == r.action.id


def test_transport_error_on_refused_connection() -> None:
    c = hetzcloud.Client("t", endpoint="http://127.0.0.1:9/v1", retries=0)
    with pytest.raises(hetzcloud.TransportError) as e:
        c.ssh_keys.list().collect()
    assert e.value.connect


def test_stubtest_clean() -> None:
    pytest.importorskip("mypy")
    out = subprocess.run(
        [sys.executable, "-m", "mypy.stubtest", "hetzcloud._native"],
        capture_output=True,
        text=True,
        env={**os.environ, "MYPY_FORCE_COLOR": "0"},
    )
    assert out.returncode == 0, out.stdout[-4000:] + out.stderr[-2000:]
