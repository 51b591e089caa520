"""Typed user code, checked with `mypy --strict` by test_typing.py (never run): the stubs must
give precise types for answers, lists, waits and the async client, and reject wrong arguments."""

from __future__ import annotations

from typing import List, Optional

from typing_extensions import assert_type

import hetzcloud


def blocking(client: hetzcloud.Client) -> None:
    server = client.servers.get(42)
    assert_type(server.name, str)
    assert_type(server.id, int)
    assert_type(server.labels["env"], str)
    ipv4 = server.public_net.ipv4
    if ipv4 is not None:
        assert_type(ipv4.ip, str)

    names: List[str] = [s.name for s in client.servers.list(label_selector="env=prod", sort="name")]
    collected = client.servers.list().collect()
    first_id: int = collected[0].id
    page = client.ssh_keys.list_page(page=1, per_page=5)
    keys: List[str] = [k.name for k in page.items]

    created = client.servers.create(name="web", server_type="cx22", image="ubuntu-24.04")
    assert_type(created.action.id, int)
    done = client.actions.wait(created.action, *created.next_actions, timeout=60, progress=True)
    statuses: List[str] = [a.status for a in done]
    client.servers.power_off(server).wait()
    rl: Optional[hetzcloud.RateLimit] = client.rate_limit

    try:
        client.servers.delete(server)
    except hetzcloud.NotFoundError as e:
        code: str = e.code
        status: int = e.status
    except hetzcloud.InvalidInputError as e:
        fields = e.fields
    print(names, first_id, keys, statuses, rl)

    client.servers.create(name=1, server_type="cx22", image="ubuntu-24.04")  # type: ignore[arg-type]
    client.servers.list(sort="colour")  # type: ignore[arg-type]
    client.servers.power_off()  # type: ignore[call-arg]
    server.name = "x"  # type: ignore[misc]


async def asynchronous(client: hetzcloud.AsyncClient) -> None:
    server = await client.servers.get(42)
    assert_type(server.name, str)
    names = [s.name async for s in client.servers.list(label_selector="env=prod")]
    collected = await client.servers.list().collect()
    created = await client.volumes.create(name="v", size=10, location="fsn1")
    done = await client.actions.wait(created.action)
    print(names, collected, done)
