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


class PricingResource(SyncResource):
    """Operations on pricing: `client.pricing.<method>(...)`."""

    def get(self) -> m.GetPricingResponse:
        """Get all prices

        Returns prices for all resources available on the platform. VAT and currency of the Project owner are used for calculations.

        Operation `get_pricing` (GET /pricing).
        """
        return self._call("get_pricing", {})  # type: ignore[no-any-return]


__all__.append("PricingResource")


class AsyncPricingResource(AsyncResource):
    """Operations on pricing (awaitable): `client.pricing.<method>(...)`."""

    async def get(self) -> m.GetPricingResponse:
        """Get all prices

        Returns prices for all resources available on the platform. VAT and currency of the Project owner are used for calculations.

        Operation `get_pricing` (GET /pricing).
        """
        return await self._call("get_pricing", {})  # type: ignore[no-any-return]


__all__.append("AsyncPricingResource")
