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


class LoadBalancerTypesResource(SyncResource):
    """Operations on load balancer types: `client.load_balancer_types.<method>(...)`."""

    def list(self, *, name: Optional[str] = None) -> ListIterator[m.LoadBalancerType]:
        """List Load Balancer Types

        Gets all Load Balancer type objects.

        Returns a lazy iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            name: Filter resources by their name.

        Operation `list_load_balancer_types` (GET /load_balancer_types).
        """
        return self._list("list_load_balancer_types", {"name": name})

    def list_page(self, *, name: Optional[str] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.LoadBalancerType]:
        """List Load Balancer Types

        Gets all Load Balancer type objects.

        Returns one page: `.items` and `.pagination`.

        Args:
            name: Filter resources by their name.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_load_balancer_types` (GET /load_balancer_types).
        """
        return Page(self._call("list_load_balancer_types", {"name": name, "page": page, "per_page": per_page}), "load_balancer_types")

    def get(self, id: Union[IdRef, str]) -> m.LoadBalancerType:
        """Get a Load Balancer Type

        Looks the resource up by ID or by name and returns it (raises `NotFoundError` if there is none).

        Operation `get_load_balancer_type` (GET /load_balancer_types/{id}).
        """
        return self._get("get_load_balancer_type", "load_balancer_type", id, "list_load_balancer_types", "id")  # type: ignore[no-any-return]


__all__.append("LoadBalancerTypesResource")


class AsyncLoadBalancerTypesResource(AsyncResource):
    """Operations on load balancer types (awaitable): `client.load_balancer_types.<method>(...)`."""

    def list(self, *, name: Optional[str] = None) -> AsyncListIterator[m.LoadBalancerType]:
        """List Load Balancer Types

        Gets all Load Balancer type objects.

        Returns a lazy async iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            name: Filter resources by their name.

        Operation `list_load_balancer_types` (GET /load_balancer_types).
        """
        return self._list("list_load_balancer_types", {"name": name})

    async def list_page(self, *, name: Optional[str] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.LoadBalancerType]:
        """List Load Balancer Types

        Gets all Load Balancer type objects.

        Returns one page: `.items` and `.pagination`.

        Args:
            name: Filter resources by their name.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_load_balancer_types` (GET /load_balancer_types).
        """
        return Page(await self._call("list_load_balancer_types", {"name": name, "page": page, "per_page": per_page}), "load_balancer_types")

    async def get(self, id: Union[IdRef, str]) -> m.LoadBalancerType:
        """Get a Load Balancer Type

        Looks the resource up by ID or by name and returns it (raises `NotFoundError` if there is none).

        Operation `get_load_balancer_type` (GET /load_balancer_types/{id}).
        """
        return await self._get("get_load_balancer_type", "load_balancer_type", id, "list_load_balancer_types", "id")  # type: ignore[no-any-return]


__all__.append("AsyncLoadBalancerTypesResource")
