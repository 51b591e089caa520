"""Fixtures: an in-process emulator per test (`hetzcloud.testing.emulator()`), the blocking and
asyncio clients on it, and its control endpoints. No test talks to the real API."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any, Iterator

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

# Never let a developer's token reach a test: every client here points at an emulator.
for _var in ("HCLOUD_TOKEN", "HCLOUD_TOKEN_FILE", "HCLOUD_ENDPOINT"):
    os.environ.pop(_var, None)

import hetzcloud  # noqa: E402
import hetzcloud.testing  # noqa: E402

from _support import SUMMARY, Control  # noqa: E402


def endpoint_of(client: Any) -> str:
    """The API URL a client talks to (the emulator's `http://127.0.0.1:PORT/v1`)."""
    for attr in ("endpoint", "url", "base_url"):
        value = getattr(client, attr, None)
        if isinstance(value, str) and value.startswith("http"):
            return value
    raise AssertionError(
        f"{type(client).__name__} exposes no endpoint URL (expected `client.endpoint`)"
    )


@pytest.fixture
def emulator() -> Iterator[Any]:
    """What `hetzcloud.testing.emulator()` yields (a ready `Client`)."""
    with hetzcloud.testing.emulator() as client:
        yield client


@pytest.fixture
def client(emulator: Any) -> Any:
    return emulator


@pytest.fixture
def control(client: Any) -> Control:
    return Control(endpoint_of(client))


@pytest.fixture
def token() -> str:
    # The emulator accepts any bearer token unless configured otherwise.
    return "test-token"


@pytest.fixture
def aclient(control: Control, token: str) -> Any:
    """An `AsyncClient` on the same emulator."""
    return hetzcloud.AsyncClient(token=token, endpoint=control.api_url)


@pytest.fixture
def sclient(control: Control, token: str) -> Any:
    """A `Client` built by hand on the same emulator (same options as `aclient`)."""
    return hetzcloud.Client(token=token, endpoint=control.api_url)
pytest_plugins = ["pytester"]


def pytest_terminal_summary(terminalreporter: Any) -> None:
    for line in SUMMARY:
        terminalreporter.write_line(line)
