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


class DatacentersResource(SyncResource):
    """Operations on datacenters: `client.datacenters.<method>(...)`."""

    def list(self, *, name: Optional[str] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc"]]]] = None) -> ListIterator[m.Datacenter]:
        """List Data Centers

        Deprecated: This endpoint is deprecated as of 01 June 2026 and will be removed after 01 October 2026.

        **Deprecated:** This endpoint is deprecated as of 01 June 2026 and will be removed after 01 October 2026.

        Returns a lazy iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            name: Filter resources by their name.
            sort: Sort resources by field and direction. May be used multiple times.

        Operation `list_datacenters` (GET /datacenters).
        """
        return self._list("list_datacenters", {"name": name, "sort": sort})

    def list_page(self, *, name: Optional[str] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Datacenter]:
        """List Data Centers

        Deprecated: This endpoint is deprecated as of 01 June 2026 and will be removed after 01 October 2026.

        **Deprecated:** This endpoint is deprecated as of 01 June 2026 and will be removed after 01 October 2026.

        Returns one page: `.items` and `.pagination`.

        Args:
            name: Filter resources by their name.
            sort: Sort resources by field and direction. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_datacenters` (GET /datacenters).
        """
        return Page(self._call("list_datacenters", {"name": name, "sort": sort, "page": page, "per_page": per_page}), "datacenters")

    def get(self, id: Union[IdRef, str]) -> m.Datacenter:
        """Get a Data Center

        Looks the resource up by ID or by name and returns it (raises `NotFoundError` if there is none).

        Operation `get_datacenter` (GET /datacenters/{id}).
        """
        return self._get("get_datacenter", "datacenter", id, "list_datacenters", "id")  # type: ignore[no-any-return]


__all__.append("DatacentersResource")


class AsyncDatacentersResource(AsyncResource):
    """Operations on datacenters (awaitable): `client.datacenters.<method>(...)`."""

    def list(self, *, name: Optional[str] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc"]]]] = None) -> AsyncListIterator[m.Datacenter]:
        """List Data Centers

        Deprecated: This endpoint is deprecated as of 01 June 2026 and will be removed after 01 October 2026.

        **Deprecated:** This endpoint is deprecated as of 01 June 2026 and will be removed after 01 October 2026.

        Returns a lazy async iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            name: Filter resources by their name.
            sort: Sort resources by field and direction. May be used multiple times.

        Operation `list_datacenters` (GET /datacenters).
        """
        return self._list("list_datacenters", {"name": name, "sort": sort})

    async def list_page(self, *, name: Optional[str] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Datacenter]:
        """List Data Centers

        Deprecated: This endpoint is deprecated as of 01 June 2026 and will be removed after 01 October 2026.

        **Deprecated:** This endpoint is deprecated as of 01 June 2026 and will be removed after 01 October 2026.

        Returns one page: `.items` and `.pagination`.

        Args:
            name: Filter resources by their name.
            sort: Sort resources by field and direction. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_datacenters` (GET /datacenters).
        """
        return Page(await self._call("list_datacenters", {"name": name, "sort": sort, "page": page, "per_page": per_page}), "datacenters")

    async def get(self, id: Union[IdRef, str]) -> m.Datacenter:
        """Get a Data Center

        Looks the resource up by ID or by name and returns it (raises `NotFoundError` if there is none).

        Operation `get_datacenter` (GET /datacenters/{id}).
        """
        return await self._get("get_datacenter", "datacenter", id, "list_datacenters", "id")  # type: ignore[no-any-return]


__all__.append("AsyncDatacentersResource")
