"""hetzcloud: a complete, typed, fast client for the Hetzner Cloud API.

>>> import hetzcloud
>>> client = hetzcloud.Client.from_env()              # HCLOUD_TOKEN
>>> for server in client.servers.list(label_selector="env=prod"):  # doctest: +SKIP
...     print(server.id, server.name, server.status)

``Client`` blocks (releasing the GIL, Ctrl-C works); ``AsyncClient`` has the same surface for
asyncio. Models are immutable objects with attributes, ``to_dict()`` and notebook tables.
Errors are in ``hetzcloud.errors`` (also exported here); ``hetzcloud.testing.emulator()`` gives
a client for an in-process emulator; ``hetzcloud.labels`` checks labels and builds selectors;
``hetzcloud.models`` names the model classes for annotations.
"""

from __future__ import annotations

from . import _native, labels, models
from ._base import AsyncListIterator, ListIterator, ModelList, Page
from ._client import AsyncClient, Client, RateLimit
from .errors import *  # noqa: F401,F403
from .errors import __all__ as _errors_all

__version__: str = _native.__version__

__all__ = [
    "Client",
    "AsyncClient",
    "RateLimit",
    "ListIterator",
    "AsyncListIterator",
    "Page",
    "ModelList",
    "labels",
    "models",
    *_errors_all,
]
