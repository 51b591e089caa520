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


class IsosResource(SyncResource):
    """Operations on isos: `client.isos.<method>(...)`."""

    def list(self, *, name: Optional[str] = None, architecture: Optional[Literal["x86", "arm"]] = None, include_architecture_wildcard: Optional[bool] = None) -> ListIterator[m.Iso]:
        """List ISOs

        Returns all available ISO objects.

        Returns a lazy iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            name: Filter resources by their name.
            architecture: Filter resources by cpu architecture.
            include_architecture_wildcard: Include Images with wildcard architecture (architecture is null). Architecture filter must be specified.

        Operation `list_isos` (GET /isos).
        """
        return self._list("list_isos", {"name": name, "architecture": architecture, "include_architecture_wildcard": include_architecture_wildcard})

    def list_page(self, *, name: Optional[str] = None, architecture: Optional[Literal["x86", "arm"]] = None, include_architecture_wildcard: Optional[bool] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Iso]:
        """List ISOs

        Returns all available ISO objects.

        Returns one page: `.items` and `.pagination`.

        Args:
            name: Filter resources by their name.
            architecture: Filter resources by cpu architecture.
            include_architecture_wildcard: Include Images with wildcard architecture (architecture is null). Architecture filter must be specified.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_isos` (GET /isos).
        """
        return Page(self._call("list_isos", {"name": name, "architecture": architecture, "include_architecture_wildcard": include_architecture_wildcard, "page": page, "per_page": per_page}), "isos")

    def get(self, id: Union[IdRef, str]) -> m.Iso:
        """Get an ISO

        Looks the resource up by ID or by name and returns it (raises `NotFoundError` if there is none).

        Operation `get_iso` (GET /isos/{id}).
        """
        return self._get("get_iso", "iso", id, "list_isos", "id")  # type: ignore[no-any-return]


__all__.append("IsosResource")


class AsyncIsosResource(AsyncResource):
    """Operations on isos (awaitable): `client.isos.<method>(...)`."""

    def list(self, *, name: Optional[str] = None, architecture: Optional[Literal["x86", "arm"]] = None, include_architecture_wildcard: Optional[bool] = None) -> AsyncListIterator[m.Iso]:
        """List ISOs

        Returns all available ISO objects.

        Returns a lazy async iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            name: Filter resources by their name.
            architecture: Filter resources by cpu architecture.
            include_architecture_wildcard: Include Images with wildcard architecture (architecture is null). Architecture filter must be specified.

        Operation `list_isos` (GET /isos).
        """
        return self._list("list_isos", {"name": name, "architecture": architecture, "include_architecture_wildcard": include_architecture_wildcard})

    async def list_page(self, *, name: Optional[str] = None, architecture: Optional[Literal["x86", "arm"]] = None, include_architecture_wildcard: Optional[bool] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Iso]:
        """List ISOs

        Returns all available ISO objects.

        Returns one page: `.items` and `.pagination`.

        Args:
            name: Filter resources by their name.
            architecture: Filter resources by cpu architecture.
            include_architecture_wildcard: Include Images with wildcard architecture (architecture is null). Architecture filter must be specified.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_isos` (GET /isos).
        """
        return Page(await self._call("list_isos", {"name": name, "architecture": architecture, "include_architecture_wildcard": include_architecture_wildcard, "page": page, "per_page": per_page}), "isos")

    async def get(self, id: Union[IdRef, str]) -> m.Iso:
        """Get an ISO

        Looks the resource up by ID or by name and returns it (raises `NotFoundError` if there is none).

        Operation `get_iso` (GET /isos/{id}).
        """
        return await self._get("get_iso", "iso", id, "list_isos", "id")  # type: ignore[no-any-return]


__all__.append("AsyncIsosResource")
