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


class LocationsResource(SyncResource):
    """Operations on locations: `client.locations.<method>(...)`."""

    def list(self, *, name: Optional[str] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc"]]]] = None) -> ListIterator[m.Location]:
        """List Locations

        Returns all Locations.

        Returns a lazy iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            name: Filter resources by their name.
            sort: Sort resources by field and direction. May be used multiple times.

        Operation `list_locations` (GET /locations).
        """
        return self._list("list_locations", {"name": name, "sort": sort})

    def list_page(self, *, name: Optional[str] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Location]:
        """List Locations

        Returns all Locations.

        Returns one page: `.items` and `.pagination`.

        Args:
            name: Filter resources by their name.
            sort: Sort resources by field and direction. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_locations` (GET /locations).
        """
        return Page(self._call("list_locations", {"name": name, "sort": sort, "page": page, "per_page": per_page}), "locations")

    def get(self, id: Union[IdRef, str]) -> m.Location:
        """Get a Location

        Looks the resource up by ID or by name and returns it (raises `NotFoundError` if there is none).

        Operation `get_location` (GET /locations/{id}).
        """
        return self._get("get_location", "location", id, "list_locations", "id")  # type: ignore[no-any-return]


__all__.append("LocationsResource")


class AsyncLocationsResource(AsyncResource):
    """Operations on locations (awaitable): `client.locations.<method>(...)`."""

    def list(self, *, name: Optional[str] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc"]]]] = None) -> AsyncListIterator[m.Location]:
        """List Locations

        Returns all Locations.

        Returns a lazy async iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            name: Filter resources by their name.
            sort: Sort resources by field and direction. May be used multiple times.

        Operation `list_locations` (GET /locations).
        """
        return self._list("list_locations", {"name": name, "sort": sort})

    async def list_page(self, *, name: Optional[str] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Location]:
        """List Locations

        Returns all Locations.

        Returns one page: `.items` and `.pagination`.

        Args:
            name: Filter resources by their name.
            sort: Sort resources by field and direction. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_locations` (GET /locations).
        """
        return Page(await self._call("list_locations", {"name": name, "sort": sort, "page": page, "per_page": per_page}), "locations")

    async def get(self, id: Union[IdRef, str]) -> m.Location:
        """Get a Location

        Looks the resource up by ID or by name and returns it (raises `NotFoundError` if there is none).

        Operation `get_location` (GET /locations/{id}).
        """
        return await self._get("get_location", "location", id, "list_locations", "id")  # type: ignore[no-any-return]


__all__.append("AsyncLocationsResource")
