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


class PlacementGroupsResource(SyncResource):
    """Operations on placement groups: `client.placement_groups.<method>(...)`."""

    def list(self, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None, name: Optional[str] = None, label_selector: Optional[str] = None, type: Optional[Union[Literal["spread"], Sequence[Literal["spread"]]]] = None) -> ListIterator[m.PlacementGroup]:
        """List Placement Groups

        Returns all Placement Group objects.

        Returns a lazy iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            sort: Sort resources by field and direction. May be used multiple times.
            name: Filter resources by their name.
            label_selector: Filter resources by labels.
            type: Filter resources by type. May be used multiple times.

        Operation `list_placement_groups` (GET /placement_groups).
        """
        return self._list("list_placement_groups", {"sort": sort, "name": name, "label_selector": label_selector, "type": type})

    def list_page(self, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None, name: Optional[str] = None, label_selector: Optional[str] = None, type: Optional[Union[Literal["spread"], Sequence[Literal["spread"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.PlacementGroup]:
        """List Placement Groups

        Returns all Placement Group objects.

        Returns one page: `.items` and `.pagination`.

        Args:
            sort: Sort resources by field and direction. May be used multiple times.
            name: Filter resources by their name.
            label_selector: Filter resources by labels.
            type: Filter resources by type. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_placement_groups` (GET /placement_groups).
        """
        return Page(self._call("list_placement_groups", {"sort": sort, "name": name, "label_selector": label_selector, "type": type, "page": page, "per_page": per_page}), "placement_groups")

    def create(self, *, name: str, type: Literal["spread"], labels: Optional[Mapping[str, str]] = None) -> m.CreatePlacementGroupResponse:
        """Create a PlacementGroup

        Creates a new Placement Group.

        Args:
            name: Name of the Placement Group.
            labels: User-defined labels (`key/value` pairs) for the Resource. For more information, see "Labels".
            type: Define the Placement Group Type.

        Operation `create_placement_group` (POST /placement_groups).
        """
        return self._call("create_placement_group", {"name": name, "labels": labels, "type": type})  # type: ignore[no-any-return]

    def get(self, id: Union[IdRef, str]) -> m.PlacementGroup:
        """Get a PlacementGroup

        Looks the resource up by ID or by name and returns it (raises `NotFoundError` if there is none).

        Operation `get_placement_group` (GET /placement_groups/{id}).
        """
        return self._get("get_placement_group", "placement_group", id, "list_placement_groups", "id")  # type: ignore[no-any-return]

    def update(self, id: IdRef, *, name: Optional[str] = None, labels: Optional[Mapping[str, str]] = None) -> m.PlacementGroupResponse:
        """Update a PlacementGroup

        Updates the Placement Group properties.

        Args:
            name: New Certificate name.
            labels: User-defined labels (`key/value` pairs) for the Resource.

        Operation `update_placement_group` (PUT /placement_groups/{id}).
        """
        return self._call("update_placement_group", {"id": id, "name": name, "labels": labels})  # type: ignore[no-any-return]

    def delete(self, id: IdRef) -> None:
        """Delete a PlacementGroup

        Deletes a Placement Group.

        Operation `delete_placement_group` (DELETE /placement_groups/{id}).
        """
        return self._call("delete_placement_group", {"id": id})  # type: ignore[no-any-return]


__all__.append("PlacementGroupsResource")


class AsyncPlacementGroupsResource(AsyncResource):
    """Operations on placement groups (awaitable): `client.placement_groups.<method>(...)`."""

    def list(self, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None, name: Optional[str] = None, label_selector: Optional[str] = None, type: Optional[Union[Literal["spread"], Sequence[Literal["spread"]]]] = None) -> AsyncListIterator[m.PlacementGroup]:
        """List Placement Groups

        Returns all Placement Group objects.

        Returns a lazy async iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            sort: Sort resources by field and direction. May be used multiple times.
            name: Filter resources by their name.
            label_selector: Filter resources by labels.
            type: Filter resources by type. May be used multiple times.

        Operation `list_placement_groups` (GET /placement_groups).
        """
        return self._list("list_placement_groups", {"sort": sort, "name": name, "label_selector": label_selector, "type": type})

    async def list_page(self, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None, name: Optional[str] = None, label_selector: Optional[str] = None, type: Optional[Union[Literal["spread"], Sequence[Literal["spread"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.PlacementGroup]:
        """List Placement Groups

        Returns all Placement Group objects.

        Returns one page: `.items` and `.pagination`.

        Args:
            sort: Sort resources by field and direction. May be used multiple times.
            name: Filter resources by their name.
            label_selector: Filter resources by labels.
            type: Filter resources by type. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_placement_groups` (GET /placement_groups).
        """
        return Page(await self._call("list_placement_groups", {"sort": sort, "name": name, "label_selector": label_selector, "type": type, "page": page, "per_page": per_page}), "placement_groups")

    async def create(self, *, name: str, type: Literal["spread"], labels: Optional[Mapping[str, str]] = None) -> m.CreatePlacementGroupResponse:
        """Create a PlacementGroup

        Creates a new Placement Group.

        Args:
            name: Name of the Placement Group.
            labels: User-defined labels (`key/value` pairs) for the Resource. For more information, see "Labels".
            type: Define the Placement Group Type.

        Operation `create_placement_group` (POST /placement_groups).
        """
        return await self._call("create_placement_group", {"name": name, "labels": labels, "type": type})  # type: ignore[no-any-return]

    async def get(self, id: Union[IdRef, str]) -> m.PlacementGroup:
        """Get a PlacementGroup

        Looks the resource up by ID or by name and returns it (raises `NotFoundError` if there is none).

        Operation `get_placement_group` (GET /placement_groups/{id}).
        """
        return await self._get("get_placement_group", "placement_group", id, "list_placement_groups", "id")  # type: ignore[no-any-return]

    async def update(self, id: IdRef, *, name: Optional[str] = None, labels: Optional[Mapping[str, str]] = None) -> m.PlacementGroupResponse:
        """Update a PlacementGroup

        Updates the Placement Group properties.

        Args:
            name: New Certificate name.
            labels: User-defined labels (`key/value` pairs) for the Resource.

        Operation `update_placement_group` (PUT /placement_groups/{id}).
        """
        return await self._call("update_placement_group", {"id": id, "name": name, "labels": labels})  # type: ignore[no-any-return]

    async def delete(self, id: IdRef) -> None:
        """Delete a PlacementGroup

        Deletes a Placement Group.

        Operation `delete_placement_group` (DELETE /placement_groups/{id}).
        """
        return await self._call("delete_placement_group", {"id": id})  # type: ignore[no-any-return]


__all__.append("AsyncPlacementGroupsResource")
