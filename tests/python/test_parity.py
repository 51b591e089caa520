"""The blocking `Client` and the asyncio `AsyncClient` give equal results for the same calls
(the parity helper `assert_parity` runs a call on both and compares the results with `==`
and `to_dict()`)."""

from __future__ import annotations

import asyncio
from typing import Any, Callable, Dict, List

import pytest

import hetzcloud
from _support import Control, assert_parity, public_key, run_async


@pytest.fixture
def populated(client: Any) -> Any:
    """Some state to read: keys, two servers, a network, a zone."""
    for i in range(4):
        client.ssh_keys.create(name=f"key-{i}", public_key=public_key(i), labels={"i": str(i % 2)})
    for name in ("web-1", "web-2"):
        client.servers.create(
            name=name, server_type="cx22", image="ubuntu-24.04", location="fsn1", labels={"role": "web"}
        ).wait()
    client.networks.create(name="net", ip_range="10.0.0.0/16")
    client.zones.create(name="example.com", mode="primary").wait()
    return client


READS: List[Callable[[Any], Any]] = [
    lambda c: c.locations.list(),
    lambda c: c.server_types.get(1),
    lambda c: c.images.list(type="system", sort="name"),
    lambda c: c.ssh_keys.list(label_selector="i=1"),
    lambda c: c.ssh_keys.get("key-2"),
    lambda c: c.servers.list(sort="name:desc"),
    lambda c: c.servers.get("web-1"),
    lambda c: c.servers.list_actions(sort="id"),
    lambda c: c.networks.get("net"),
    lambda c: c.zones.get("example.com"),
    lambda c: c.zones.list_rrsets("example.com", sort="name"),
    lambda c: c.pricing.get(),
]


@pytest.mark.parametrize("call", READS, ids=[f"read{i}" for i in range(len(READS))])
def test_reads_are_equal(populated: Any, sclient: Any, aclient: Any, call: Callable[[Any], Any]) -> None:
    assert_parity(sclient, aclient, call)


def test_pages_are_equal(populated: Any, sclient: Any, aclient: Any) -> None:
    s, a = sclient.ssh_keys.list_page(page=2, per_page=2), run_async(lambda: aclient.ssh_keys.list_page(page=2, per_page=2))
    assert [k.to_dict() for k in s.items] == [k.to_dict() for k in a.items]
    assert s.pagination == a.pagination


def test_collect_is_equal(populated: Any, sclient: Any, aclient: Any) -> None:
    s = sclient.servers.list().collect()
    a = run_async(lambda: aclient.servers.list().collect())
    assert s == a


def test_writes_give_equal_shapes(client: Any, sclient: Any, aclient: Any) -> None:
    """A create on each client: equal answers but for ids, names and times."""
    s = sclient.volumes.create(name="v-sync", size=10, location="fsn1")
    a = run_async(lambda: aclient.volumes.create(name="v-async", size=10, location="fsn1"))
    ignore = {"id", "name", "created", "started", "finished", "linux_device", "progress", "status"}

    def strip(x: Any) -> Any:
        if isinstance(x, dict):
            return {k: strip(v) for k, v in x.items() if k not in ignore}
        if isinstance(x, list):
            return [strip(v) for v in x]
        return x

    assert strip(s.to_dict()) == strip(a.to_dict())
    assert type(s) is type(a)
    # Both waits give finished actions of the same command.
    ws = s.wait()
    wa = run_async(lambda: a.wait())
    first = lambda w: (w[0] if isinstance(w, list) else w)  # noqa: E731
    assert getattr(first(ws), "command", None) == getattr(first(wa), "command", None)


def test_async_wait_on_many(client: Any, control: Control, aclient: Any) -> None:
    control.set_settings(action_duration_ms=200)

    async def main() -> List[Any]:
        answers = await asyncio.gather(
            *(aclient.volumes.create(name=f"v{i}", size=10, location="fsn1") for i in range(3))
        )
        return await aclient.actions.wait(*[r.action for r in answers])

    done = asyncio.run(main())
    assert len(done) == 3 and all(a.status == "success" for a in done)


def test_async_iteration_is_lazy_and_complete(populated: Any, aclient: Any) -> None:
    async def main() -> List[str]:
        return [k.name async for k in aclient.ssh_keys.list()]

    assert asyncio.run(main()) == [f"key-{i}" for i in range(4)]


def test_both_clients_have_the_same_surface() -> None:
    from hetzcloud._base import AsyncResource, SyncResource

    def methods(cls: Any) -> Dict[str, List[str]]:
        inst = cls(token="x", endpoint="http://127.0.0.1:9/v1")
        out: Dict[str, List[str]] = {}
        for res in dir(inst):
            if res.startswith("_"):
                continue
            obj = getattr(inst, res)
            if isinstance(obj, (SyncResource, AsyncResource)):
                out[res] = sorted(m for m in dir(obj) if not m.startswith("_"))
        return out

    sync, asyn = methods(hetzcloud.Client), methods(hetzcloud.AsyncClient)
    assert len(sync) == 19, sorted(sync)
    assert sync.keys() == asyn.keys()
    for res in sync:
        assert sync[res] == asyn[res], res
