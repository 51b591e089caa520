"""Test helpers: an in-process emulator of the API.

>>> from hetzcloud.testing import emulator
>>> with emulator() as client:
...     key = client.ssh_keys.create(name="k", public_key="ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB9fYhR6nO3t/AdXkXcEJ1aP8Va2I8ZT1NsAx8bMzcs2")

As a pytest fixture (in your ``conftest.py``)::

    from hetzcloud.testing import hetzcloud_client  # noqa: F401
"""

from __future__ import annotations

import contextlib
from typing import Any, Iterator, Optional

from ._client import AsyncClient, Client

__all__ = ["Emulator", "emulator", "async_emulator", "hetzcloud_client"]


class Emulator:
    """A running emulator: ``url`` (API endpoint), ``base_url``, ``token``, ``client()``."""

    def __init__(self, *, action_duration: float = 0.0, rate_limit: Optional[int] = None,
                 max_per_kind: Optional[int] = None) -> None:
        from . import _native

        native_cls = getattr(_native, "NativeEmulator", None)
        if native_cls is None:  # pragma: no cover - built without the feature
            raise RuntimeError("this build of hetzcloud has no emulator (feature `emulator`)")
        self._native = native_cls(action_duration=action_duration, rate_limit=rate_limit,
                                  max_per_kind=max_per_kind)
        self.url: str = self._native.url
        self.base_url: str = self._native.base_url
        self.token: str = self._native.token

    def client(self, **options: Any) -> Client:
        """A blocking client for this emulator."""
        return Client(self.token, endpoint=self.url, **options)

    def async_client(self, **options: Any) -> AsyncClient:
        """An asyncio client for this emulator."""
        return AsyncClient(self.token, endpoint=self.url, **options)

    def stop(self) -> None:
        """Stops serving (also at exit of the ``with`` block)."""
        self._native.stop()

    def __enter__(self) -> "Emulator":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"Emulator(url={self.url!r})"


@contextlib.contextmanager
def emulator(*, action_duration: float = 0.0, **options: Any) -> Iterator[Client]:
    """Starts an emulator in-process on a random loopback port and yields a ready ``Client``
    for it; stops it afterwards. ``action_duration`` is how long actions run (seconds)."""
    with Emulator(action_duration=action_duration) as emu:
        client = emu.client(**options)
        client.emulator = emu  # type: ignore[attr-defined]
        yield client


@contextlib.contextmanager
def async_emulator(*, action_duration: float = 0.0, **options: Any) -> Iterator[AsyncClient]:
    """Like ``emulator()``, yielding an ``AsyncClient``."""
    with Emulator(action_duration=action_duration) as emu:
        client = emu.async_client(**options)
        client.emulator = emu  # type: ignore[attr-defined]
        yield client


try:  # the fixture, when pytest is there
    import pytest as _pytest

    @_pytest.fixture
    def hetzcloud_client() -> Iterator[Client]:
        """pytest fixture: a ``Client`` for a fresh in-process emulator."""
        with emulator() as client:
            yield client

except ImportError:  # pragma: no cover
    pass
