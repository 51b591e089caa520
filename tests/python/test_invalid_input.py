"""Invalid input is rejected before anything is sent: the emulator's request log stays empty."""

from __future__ import annotations

from typing import Any, Callable, List, Tuple

import pytest

import hetzcloud
from _support import Control, api_requests, public_key

KEY = public_key(1)

CASES: List[Tuple[str, Callable[[Any], Any]]] = [
    ("a name that is not a string", lambda c: c.ssh_keys.create(name=123, public_key=KEY)),
    ("labels that are not a mapping", lambda c: c.ssh_keys.create(name="k", public_key=KEY, labels=["a"])),
    ("a label value that is not a string", lambda c: c.ssh_keys.create(name="k", public_key=KEY, labels={"a": 1})),
    ("an invalid label key", lambda c: c.ssh_keys.create(name="k", public_key=KEY, labels={"bad key!": "x"})),
    ("an invalid label value", lambda c: c.ssh_keys.create(name="k", public_key=KEY, labels={"k": "x" * 64})),
    ("an invalid label selector", lambda c: c.ssh_keys.list(label_selector="a in (b").collect()),
    ("an id that is not an id", lambda c: c.servers.get(1.5)),
    ("a list where an id goes", lambda c: c.servers.power_off([1, 2])),
    ("a negative id", lambda c: c.servers.power_off(-3)),
    ("a size that is not a number", lambda c: c.volumes.create(name="v", size="big", location="fsn1")),
    (
        "a nested field of the wrong type",
        lambda c: c.firewalls.create(name="fw", rules=[{"direction": "in", "protocol": "tcp", "port": 22}]),
    ),
    (
        "a missing nested field",
        lambda c: c.firewalls.create(name="fw", rules=[{"protocol": "tcp", "port": "22"}]),
    ),
    ("a page size that is not a number", lambda c: c.ssh_keys.list_page(per_page="many")),
]


@pytest.mark.parametrize("what,call", CASES, ids=[w for w, _ in CASES])
def test_rejected_before_sending(client: Any, control: Control, what: str, call: Callable[[Any], Any]) -> None:
    control.clear_requests()
    with pytest.raises(hetzcloud.InvalidArgumentError) as info:
        call(client)
    e = info.value
    assert isinstance(e, ValueError) and isinstance(e, hetzcloud.Error)
    assert str(e), "the error says nothing"
    assert api_requests(control) == [], f"{what}: a request was sent"


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.ssh_keys.create(name="k", public_key=KEY, colour="red"),  # unknown argument
        lambda c: c.servers.create(name="x"),  # missing required arguments
    ],
    ids=["unknown keyword", "missing keyword"],
)
def test_wrong_arguments_are_type_errors_before_sending(client: Any, control: Control, call: Callable[[Any], Any]) -> None:
    control.clear_requests()
    with pytest.raises((TypeError, hetzcloud.InvalidArgumentError)):
        call(client)
    assert api_requests(control) == []


def test_invalid_input_names_the_argument(client: Any) -> None:
    with pytest.raises(hetzcloud.InvalidArgumentError) as info:
        client.volumes.create(name="v", size="big", location="fsn1")
    assert "size" in str(info.value)
    field = getattr(info.value, "field", None)
    assert field is None or "size" in field


def test_async_client_rejects_before_sending(control: Control) -> None:
    import asyncio

    aclient = hetzcloud.AsyncClient(token="t", endpoint=control.api_url)
    control.clear_requests()

    async def main() -> None:
        await aclient.ssh_keys.create(name=123, public_key=KEY)

    with pytest.raises(hetzcloud.InvalidArgumentError):
        asyncio.run(main())
    assert api_requests(control) == []


def test_client_options_are_checked(control: Control) -> None:
    with pytest.raises((ValueError, TypeError)):
        hetzcloud.Client(token="t", endpoint=control.api_url, timeout=-1)
    with pytest.raises((ValueError, hetzcloud.Error)):
        hetzcloud.Client(token="t", endpoint="not a url")


@pytest.mark.parametrize(
    "field,call",
    [
        ("status", lambda c: c.servers.list(status="exploded").collect()),
        ("sort", lambda c: c.servers.list(sort="colour:asc").collect()),
        ("type", lambda c: c.placement_groups.create(name="pg", type="clump")),
    ],
    ids=["status", "sort", "type"],
)
def test_unknown_enum_values_reach_the_api(client: Any, control: Control, field: str, call: Callable[[Any], Any]) -> None:
    """Enum values the description does not list are sent as they are (the API may add values
    before this package knows them; the stubs' `Literal` types flag them to mypy), and the API's
    `invalid_input` answer names the field."""
    control.clear_requests()
    with pytest.raises(hetzcloud.InvalidInputError) as info:
        call(hetzcloud.Client(token="t", endpoint=control.api_url, retries=0))
    assert field in info.value.fields
    assert len(api_requests(control)) == 1
