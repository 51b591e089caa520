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


class ActionsResource(ActionsExtras, SyncResource):
    """Operations on actions: `client.actions.<method>(...)`."""

    def get_by_ids(self, *, id: Union[IdRef, Sequence[IdRef]]) -> m.ActionListResponse:
        """Get multiple Actions

        Returns multiple Action objects specified by the `id` parameter.

        Args:
            id: Filter the actions by ID. May be used multiple times.

        Operation `get_actions` (GET /actions).
        """
        return self._call("get_actions", {"id": id})  # type: ignore[no-any-return]

    def get(self, id: IdRef) -> m.Action:
        """Get an Action

        Looks the resource up by ID and returns it (raises `NotFoundError` if there is none).

        Operation `get_action` (GET /actions/{id}).
        """
        return self._get("get_action", "action", id, None, "id")  # type: ignore[no-any-return]


__all__.append("ActionsResource")


class AsyncActionsResource(AsyncActionsExtras, AsyncResource):
    """Operations on actions (awaitable): `client.actions.<method>(...)`."""

    async def get_by_ids(self, *, id: Union[IdRef, Sequence[IdRef]]) -> m.ActionListResponse:
        """Get multiple Actions

        Returns multiple Action objects specified by the `id` parameter.

        Args:
            id: Filter the actions by ID. May be used multiple times.

        Operation `get_actions` (GET /actions).
        """
        return await self._call("get_actions", {"id": id})  # type: ignore[no-any-return]

    async def get(self, id: IdRef) -> m.Action:
        """Get an Action

        Looks the resource up by ID and returns it (raises `NotFoundError` if there is none).

        Operation `get_action` (GET /actions/{id}).
        """
        return await self._get("get_action", "action", id, None, "id")  # type: ignore[no-any-return]


__all__.append("AsyncActionsResource")
