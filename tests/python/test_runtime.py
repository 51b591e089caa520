"""Blocking calls: interruptible by Ctrl-C, release the GIL, work inside a running event loop."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
import textwrap
import threading
import time
from typing import Any, List

import pytest

from _support import Control

# A child that starts an emulator, makes actions last 10 minutes, creates a volume and waits on
# its action.
CHILD = textwrap.dedent(
    r"""
    import json, urllib.request
    import hetzcloud, hetzcloud.testing

    with hetzcloud.testing.emulator() as c:
        base = c.endpoint[: -len("/v1")]
        s = json.loads(urllib.request.urlopen(base + "/_emulator/settings").read())
        s["action_duration_ms"] = 600_000
        req = urllib.request.Request(base + "/_emulator/settings", data=json.dumps(s).encode(),
                                     method="PUT", headers={"Content-Type": "application/json"})
        urllib.request.urlopen(req).read()
        vol = c.volumes.create(name="v", size=10, location="fsn1")
        print("BLOCKING", flush=True)
        c.actions.wait(vol.action, timeout=600)
        print("RETURNED", flush=True)
    """
)

# A child whose request never gets an answer: a socket that listens but never reads or
# answers (no emulator, so nothing else has to shut down after the interrupt).
CHILD_REQUEST = textwrap.dedent(
    r"""
    import socket
    import hetzcloud

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(16)
    c = hetzcloud.Client(token="t", endpoint=f"http://127.0.0.1:{s.getsockname()[1]}/v1", timeout=600)
    print("BLOCKING", flush=True)
    c.ssh_keys.list().collect()
    print("RETURNED", flush=True)
    """
)


@pytest.mark.parametrize("mode", ["wait", "request"])
def test_ctrl_c_stops_a_blocking_call_within_a_second(mode: str) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD if mode == "wait" else CHILD_REQUEST],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.strip() == "BLOCKING", (line, proc.stderr.read() if proc.stderr else "")
        time.sleep(0.5)  # let it block in the native call
        assert proc.poll() is None, "the child returned before the signal"
        sent = time.monotonic()
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pytest.fail("the child did not stop within 5 s of SIGINT")
        elapsed = time.monotonic() - sent
        out, err = proc.communicate()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert "RETURNED" not in out
    assert "KeyboardInterrupt" in err, err
    assert proc.returncode != 0
    assert elapsed < 1.0, f"stopped {elapsed:.2f} s after SIGINT (limit 1 s)"


def _ticker(stop: threading.Event, ticks: List[float]) -> None:
    while not stop.is_set():
        # Pure Python work: it only runs while nobody holds the GIL.
        sum(range(1000))
        ticks.append(time.monotonic())
        time.sleep(0.005)


def _assert_progress(ticks: List[float], start: float, end: float) -> None:
    during = [t for t in ticks if start <= t <= end]
    assert len(during) >= 20, f"the other thread ran only {len(during)} times in {end - start:.2f} s"
    gaps = [b - a for a, b in zip([start] + during, during + [end])]
    # Holding the GIL through the call would stall it for the whole second.
    assert max(gaps) < 0.5, f"the other thread stalled {max(gaps):.2f} s"


def test_another_thread_runs_while_a_blocking_wait_waits(client: Any, control: Control) -> None:
    control.set_settings(action_duration_ms=1000)
    vol = client.volumes.create(name="gil", size=10, location="fsn1")
    stop = threading.Event()
    ticks: List[float] = []
    t = threading.Thread(target=_ticker, args=(stop, ticks))
    t.start()
    try:
        start = time.monotonic()
        client.actions.wait(vol.action, timeout=30)
        end = time.monotonic()
    finally:
        stop.set()
        t.join()
    assert end - start >= 0.5, "the wait did not block (the action lasted 1 s)"
    _assert_progress(ticks, start, end)


def test_another_thread_runs_while_a_request_is_in_flight(client: Any, control: Control) -> None:
    control.fault("latency", ms=1000, times=1, path="/v1/ssh_keys")
    stop = threading.Event()
    ticks: List[float] = []
    t = threading.Thread(target=_ticker, args=(stop, ticks))
    t.start()
    try:
        start = time.monotonic()
        client.ssh_keys.list().collect()
        end = time.monotonic()
    finally:
        stop.set()
        t.join()
    assert end - start >= 0.9
    _assert_progress(ticks, start, end)


def test_blocking_calls_work_inside_a_running_event_loop(client: Any) -> None:
    """As in Jupyter, where a loop is always running: the blocking client still works."""

    async def main() -> Any:
        key = client.ssh_keys.create(
            name="in-loop",
            public_key="ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDuMvPBCnmQa+ZsFyLjbS2N/QxvHXpL+M1Tb/M5fSHbQ x@y",
        )
        return key, client.ssh_keys.list().collect()

    key, keys = asyncio.run(main())
    assert [k.name for k in keys] == ["in-loop"]


def test_async_calls_share_a_loop_with_other_tasks(aclient: Any) -> None:
    """An awaited call lets other tasks of the loop run."""

    async def main() -> int:
        ticks = 0

        async def ticker() -> None:
            nonlocal ticks
            while True:
                ticks += 1
                await asyncio.sleep(0.01)

        t = asyncio.ensure_future(ticker())
        await asyncio.gather(*(aclient.locations.list().collect() for _ in range(20)))
        t.cancel()
        return ticks

    assert asyncio.run(main()) >= 1


def test_many_threads_share_one_client(client: Any) -> None:
    errors: List[BaseException] = []

    def work() -> None:
        try:
            for _ in range(10):
                assert client.locations.list().collect()
        except BaseException as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors


def test_leaving_the_emulator_does_not_wait_for_abandoned_requests() -> None:
    """A request the client gave up on (timeout, Ctrl-C) must not hold the emulator's shutdown:
    leaving `with hetzcloud.testing.emulator()` returns promptly."""
    child = textwrap.dedent(
        r"""
        import json, time, urllib.request
        import hetzcloud, hetzcloud.testing

        with hetzcloud.testing.emulator(retries=0, timeout=0.3) as c:
            base = c.endpoint[: -len("/v1")]
            req = urllib.request.Request(base + "/_emulator/faults", method="POST",
                data=json.dumps({"kind": "latency", "ms": 600_000}).encode(),
                headers={"Content-Type": "application/json"})
            urllib.request.urlopen(req).read()
            try:
                c.locations.list().collect()
            except hetzcloud.TimeoutError:
                pass
            t = time.monotonic()
        print(f"STOPPED {time.monotonic() - t:.2f}", flush=True)
        """
    )
    try:
        r = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, timeout=10)
    except subprocess.TimeoutExpired:
        pytest.fail("leaving the emulator's `with` block waited for the abandoned request (> 10 s)")
    assert r.returncode == 0, r.stderr
    stopped = float(r.stdout.split("STOPPED ")[1])
    assert stopped < 2.0, f"stopping took {stopped:.2f} s"


CHILD_LISTING_IN_EMULATOR = textwrap.dedent(
    r"""
    import json, urllib.request
    import hetzcloud, hetzcloud.testing

    with hetzcloud.testing.emulator() as c:
        base = c.endpoint[: -len("/v1")]
        req = urllib.request.Request(base + "/_emulator/faults", method="POST",
            data=json.dumps({"kind": "latency", "ms": 600_000}).encode(),
            headers={"Content-Type": "application/json"})
        urllib.request.urlopen(req).read()
        print("BLOCKING", flush=True)
        c.ssh_keys.list().collect()
    """
)


def test_ctrl_c_in_a_listing_inside_the_emulator_exits_promptly() -> None:
    """Ctrl-C during `list().collect()` inside `with emulator()`: the interrupted listing must
    not keep its page request open, or the emulator's shutdown waits for it."""
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD_LISTING_IN_EMULATOR],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "BLOCKING"
        time.sleep(0.5)
        sent = time.monotonic()
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pytest.fail(
                "still running 5 s after SIGINT: the interrupted listing's request stays open "
                "and the emulator's shutdown waits for it"
            )
        elapsed = time.monotonic() - sent
        _, err = proc.communicate()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert "KeyboardInterrupt" in err
    assert elapsed < 1.0, f"{elapsed:.2f} s"


def test_cancelling_an_awaited_call(control: Control, aclient: Any) -> None:
    """`asyncio.wait_for` cancels a slow call promptly, and the client stays usable."""
    control.fault("latency", ms=5000, times=1, path="/v1/locations")

    async def main() -> Any:
        start = time.monotonic()
        with pytest.raises(asyncio.TimeoutError):
            await asyncio.wait_for(aclient.locations.get(1), 0.3)
        assert time.monotonic() - start < 1.5
        return await aclient.locations.get(1)

    assert asyncio.run(main()).id == 1


def test_cancelling_an_awaited_wait(client: Any, control: Control, aclient: Any) -> None:
    control.set_settings(action_duration_ms=60_000)
    vol = client.volumes.create(name="v", size=10, location="fsn1")

    async def main() -> None:
        task = asyncio.ensure_future(aclient.actions.wait(vol.action))
        await asyncio.sleep(0.3)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    start = time.monotonic()
    asyncio.run(main())
    assert time.monotonic() - start < 2
