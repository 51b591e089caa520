# Generated from cloud.spec.json by xtask. Do not edit.
"""The resources of `Client` and `AsyncClient`: one method per API operation."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, List, Literal, Mapping, Optional, Sequence, Union

from .._base import (
    ActionsExtras,
    AsyncActionsExtras,
    AsyncListIterator,
    AsyncResource,
    IdRef,
    ListIterator,
    Page,
    Ref,
    SyncResource,
)

if TYPE_CHECKING:
    from .. import _native as m

__all__: List[str] = []


class ServerTypesResource(SyncResource):
    """Operations on server types: `client.server_types.<method>(...)`."""

    def list(self, *, name: Optional[str] = None) -> ListIterator[m.ServerType]:
        """List Server Types

        Gets all Server type objects.

        Returns a lazy iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            name: Filter resources by their name.

        Operation `list_server_types` (GET /server_types).
        """
        return self._list("list_server_types", {"name": name})

    def list_page(self, *, name: Optional[str] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.ServerType]:
        """List Server Types

        Gets all Server type objects.

        Returns one page: `.items` and `.pagination`.

        Args:
            name: Filter resources by their name.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_server_types` (GET /server_types).
        """
        return Page(self._call("list_server_types", {"name": name, "page": page, "per_page": per_page}), "server_types")

    def get(self, id: Union[IdRef, str]) -> m.ServerType:
        """Get a Server Type

        Looks the resource up by ID or by name and returns it (raises `NotFoundError` if there is none).

        Operation `get_server_type` (GET /server_types/{id}).
        """
        return self._get("get_server_type", "server_type", id, "list_server_types", "id")  # type: ignore[no-any-return]


__all__.append("ServerTypesResource")


class AsyncServerTypesResource(AsyncResource):
    """Operations on server types (awaitable): `client.server_types.<method>(...)`."""

    def list(self, *, name: Optional[str] = None) -> AsyncListIterator[m.ServerType]:
        """List Server Types

        Gets all Server type objects.

        Returns a lazy async iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            name: Filter resources by their name.

        Operation `list_server_types` (GET /server_types).
        """
        return self._list("list_server_types", {"name": name})

    async def list_page(self, *, name: Optional[str] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.ServerType]:
        """List Server Types

        Gets all Server type objects.

        Returns one page: `.items` and `.pagination`.

        Args:
            name: Filter resources by their name.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_server_types` (GET /server_types).
        """
        return Page(await self._call("list_server_types", {"name": name, "page": page, "per_page": per_page}), "server_types")

    async def get(self, id: Union[IdRef, str]) -> m.ServerType:
        """Get a Server Type

        Looks the resource up by ID or by name and returns it (raises `NotFoundError` if there is none).

        Operation `get_server_type` (GET /server_types/{id}).
        """
        return await self._get("get_server_type", "server_type", id, "list_server_types", "id")  # type: ignore[no-any-return]


__all__.append("AsyncServerTypesResource")
