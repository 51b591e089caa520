"""``Client`` and ``AsyncClient``: construction and what is not an API operation."""

from __future__ import annotations

import os
from typing import Any, Mapping, NamedTuple, Optional, Tuple, Type, TypeVar, Union

from . import _native
from ._generated import AsyncResources, Resources

C = TypeVar("C", bound="_ClientBase")

Application = Union[str, Tuple[str, Optional[str]], Tuple[str, str]]


class RateLimit(NamedTuple):
    """The rate limit as the last answer reported it."""

    limit: int
    """Requests allowed per hour."""
    remaining: int
    """Requests left in the current window."""
    reset: int
    """Unix time (seconds) at which the full limit is available again."""


class _ClientBase:
    def __init__(
        self,
        token: Optional[str] = None,
        *,
        endpoint: Optional[str] = None,
        application: Optional[Application] = None,
        timeout: Optional[float] = None,
        retries: Optional[int] = None,
        poll: Optional[float] = None,
        page_concurrency: Optional[int] = None,
        debug: Optional[bool] = None,
        _env: Optional[Mapping[str, str]] = None,
    ) -> None:
        """Creates a client.

        Args:
            token: the API token (Cloud Console → Security → API Tokens).
            endpoint: another API endpoint, e.g. an emulator's ``http://127.0.0.1:8080/v1``.
            application: ``("my-app", "1.0")`` (or a name alone), added to the User-Agent.
            timeout: seconds one HTTP exchange may take (default 60).
            retries: how often a failed call is retried (default 5; 0 turns retries off).
            poll: first interval in seconds between polls when waiting for actions (0.5).
            page_concurrency: pages fetched at once by list iterators (default 4).
            debug: log requests and answers (token redacted) through ``tracing``.
        """
        app: Optional[Tuple[str, Optional[str]]]
        if application is None:
            app = None
        elif isinstance(application, str):
            app = (application, None)
        else:
            app = (str(application[0]), None if application[1] is None else str(application[1]))
        self._native = _native.NativeClient(
            token=token,
            endpoint=endpoint,
            application=app,
            timeout=timeout,
            retries=retries,
            poll_interval=poll,
            page_concurrency=page_concurrency,
            debug=debug,
            env=_env,
        )
        self._bind_resources()  # type: ignore[attr-defined]

    @classmethod
    def from_env(cls: Type[C], **overrides: Any) -> C:
        """A client configured from the environment, like the ``hcloud`` CLI:
        ``HCLOUD_TOKEN`` (or ``HCLOUD_TOKEN_FILE``), ``HCLOUD_ENDPOINT``, ``HCLOUD_DEBUG``,
        ``HCLOUD_POLL_INTERVAL``. Keyword arguments override the environment."""
        return cls(_env=dict(os.environ), **overrides)

    @property
    def endpoint(self) -> str:
        """The API endpoint this client talks to."""
        return self._native.endpoint

    @property
    def rate_limit(self) -> Optional[RateLimit]:
        """The last seen rate limit (``limit``, ``remaining``, ``reset``), or None before
        the first call."""
        rl = self._native.rate_limit
        return None if rl is None else RateLimit(*rl)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(endpoint={self.endpoint!r})"


class Client(_ClientBase, Resources):
    """A blocking client for the Hetzner Cloud API.

    Every operation is a method of a resource attribute: ``client.servers.create(...)``,
    ``client.servers.list(label_selector="env=prod")``, ``client.actions.wait(...)``. Calls
    release the GIL and can be interrupted with Ctrl-C. Thread-safe; cheap to share.
    """

    def close(self) -> None:
        """Nothing to release (connections close when the client is dropped); for symmetry."""

    def __enter__(self) -> "Client":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


class AsyncClient(_ClientBase, AsyncResources):
    """An asyncio client for the Hetzner Cloud API, with the same surface as ``Client``:
    ``await client.servers.create(...)``, ``async for s in client.servers.list(): ...``."""

    async def close(self) -> None:
        """Nothing to release; for symmetry with other asyncio clients."""

    async def __aenter__(self) -> "AsyncClient":
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.close()
