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


class NetworksResource(SyncResource):
    """Operations on networks: `client.networks.<method>(...)`."""

    def list(self, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None, name: Optional[str] = None, label_selector: Optional[str] = None) -> ListIterator[m.Network]:
        """List Networks

        List multiple Networks.

        Returns a lazy iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            sort: Sort resources by field and direction. May be used multiple times.
            name: Filter resources by their name.
            label_selector: Filter resources by labels.

        Operation `list_networks` (GET /networks).
        """
        return self._list("list_networks", {"sort": sort, "name": name, "label_selector": label_selector})

    def list_page(self, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None, name: Optional[str] = None, label_selector: Optional[str] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Network]:
        """List Networks

        List multiple Networks.

        Returns one page: `.items` and `.pagination`.

        Args:
            sort: Sort resources by field and direction. May be used multiple times.
            name: Filter resources by their name.
            label_selector: Filter resources by labels.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_networks` (GET /networks).
        """
        return Page(self._call("list_networks", {"sort": sort, "name": name, "label_selector": label_selector, "page": page, "per_page": per_page}), "networks")

    def create(self, *, name: str, ip_range: str, labels: Optional[Mapping[str, str]] = None, subnets: Optional[Sequence[Mapping[str, Any]]] = None, routes: Optional[Sequence[Mapping[str, Any]]] = None, expose_routes_to_vswitch: Optional[bool] = None) -> m.GetNetworkResponse:
        """Create a Network

        Creates a Network.

        Args:
            name: Name of the Network.
            ip_range: IP range of the Network.
            labels: User-defined labels (`key/value` pairs) for the Resource. For more information, see "Labels".
            subnets: Array of subnets to allocate.
            routes: Array of routes set in this Network.
            expose_routes_to_vswitch: Toggle to expose routes to the Networks vSwitch.

        Operation `create_network` (POST /networks).
        """
        return self._call("create_network", {"name": name, "ip_range": ip_range, "labels": labels, "subnets": subnets, "routes": routes, "expose_routes_to_vswitch": expose_routes_to_vswitch})  # type: ignore[no-any-return]

    def list_actions(self, *, id: Optional[Union[IdRef, Sequence[IdRef]]] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None) -> ListIterator[m.Action]:
        """List Actions

        Lists multiple Actions.

        Returns a lazy iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            id: Filter the actions by ID. May be used multiple times.
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.

        Operation `list_networks_actions` (GET /networks/actions).
        """
        return self._list("list_networks_actions", {"id": id, "sort": sort, "status": status})

    def list_actions_page(self, *, id: Optional[Union[IdRef, Sequence[IdRef]]] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Action]:
        """List Actions

        Lists multiple Actions.

        Returns one page: `.items` and `.pagination`.

        Args:
            id: Filter the actions by ID. May be used multiple times.
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_networks_actions` (GET /networks/actions).
        """
        return Page(self._call("list_networks_actions", {"id": id, "sort": sort, "status": status, "page": page, "per_page": per_page}), "actions")

    def get_action(self, id: IdRef) -> m.ActionResponse:
        """Get an Action

        Returns a single Action.

        Operation `get_networks_action` (GET /networks/actions/{id}).
        """
        return self._call("get_networks_action", {"id": id})  # type: ignore[no-any-return]

    def get(self, id: Union[IdRef, str]) -> m.Network:
        """Get a Network

        Looks the resource up by ID or by name and returns it (raises `NotFoundError` if there is none).

        Operation `get_network` (GET /networks/{id}).
        """
        return self._get("get_network", "network", id, "list_networks", "id")  # type: ignore[no-any-return]

    def update(self, id: IdRef, *, name: Optional[str] = None, labels: Optional[Mapping[str, str]] = None, expose_routes_to_vswitch: Optional[bool] = None) -> m.GetNetworkResponse:
        """Update a Network

        Update a Network.

        Args:
            name: New Network name.
            labels: User-defined labels (`key/value` pairs) for the Resource.
            expose_routes_to_vswitch: Toggle to expose routes to the Networks vSwitch.

        Operation `update_network` (PUT /networks/{id}).
        """
        return self._call("update_network", {"id": id, "name": name, "labels": labels, "expose_routes_to_vswitch": expose_routes_to_vswitch})  # type: ignore[no-any-return]

    def delete(self, id: IdRef) -> None:
        """Delete a Network

        Deletes a Network.

        Operation `delete_network` (DELETE /networks/{id}).
        """
        return self._call("delete_network", {"id": id})  # type: ignore[no-any-return]

    def list_actions_for(self, id: IdRef, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None) -> ListIterator[m.Action]:
        """List Actions for a Network

        Lists Actions for a Network.

        Returns a lazy iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.

        Operation `list_network_actions` (GET /networks/{id}/actions).
        """
        return self._list("list_network_actions", {"id": id, "sort": sort, "status": status})

    def list_actions_for_page(self, id: IdRef, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Action]:
        """List Actions for a Network

        Lists Actions for a Network.

        Returns one page: `.items` and `.pagination`.

        Args:
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_network_actions` (GET /networks/{id}/actions).
        """
        return Page(self._call("list_network_actions", {"id": id, "sort": sort, "status": status, "page": page, "per_page": per_page}), "actions")

    def add_route(self, id: IdRef, *, destination: str, gateway: str) -> m.ActionResponse:
        """Add a route to a Network

        Adds a route entry to a Network.

        Args:
            destination: Destination network or host of the route.
            gateway: Gateway of the route.

        Operation `add_network_route` (POST /networks/{id}/actions/add_route).
        """
        return self._call("add_network_route", {"id": id, "destination": destination, "gateway": gateway})  # type: ignore[no-any-return]

    def add_subnet(self, id: IdRef, *, type: Literal["cloud", "server", "vswitch"], network_zone: str, ip_range: Optional[str] = None, vswitch_id: Optional[IdRef] = None) -> m.ActionResponse:
        """Add a subnet to a Network

        Adds a new subnet to the Network.

        Args:
            type: Type of subnet.
            ip_range: IP range of the subnet.
            network_zone: Name of the Network Zone.
            vswitch_id: ID of the robot vSwitch.

        Operation `add_network_subnet` (POST /networks/{id}/actions/add_subnet).
        """
        return self._call("add_network_subnet", {"id": id, "type": type, "ip_range": ip_range, "network_zone": network_zone, "vswitch_id": vswitch_id})  # type: ignore[no-any-return]

    def change_ip_range(self, id: IdRef, *, ip_range: str) -> m.ActionResponse:
        """Change IP range of a Network

        Changes the IP range of a Network.

        Args:
            ip_range: IP range of the Network.

        Operation `change_network_ip_range` (POST /networks/{id}/actions/change_ip_range).
        """
        return self._call("change_network_ip_range", {"id": id, "ip_range": ip_range})  # type: ignore[no-any-return]

    def change_protection(self, id: IdRef, *, delete: Optional[bool] = None) -> m.ActionResponse:
        """Change Network Protection

        Changes the protection settings of a Network.

        Args:
            delete: If true, prevents the snapshot from being deleted.

        Operation `change_network_protection` (POST /networks/{id}/actions/change_protection).
        """
        return self._call("change_network_protection", {"id": id, "delete": delete})  # type: ignore[no-any-return]

    def delete_route(self, id: IdRef, *, destination: str, gateway: str) -> m.ActionResponse:
        """Delete a route from a Network

        Delete a route entry from a Network.

        Args:
            destination: Destination network or host of the route.
            gateway: Gateway of the route.

        Operation `delete_network_route` (POST /networks/{id}/actions/delete_route).
        """
        return self._call("delete_network_route", {"id": id, "destination": destination, "gateway": gateway})  # type: ignore[no-any-return]

    def delete_subnet(self, id: IdRef, *, ip_range: str) -> m.ActionResponse:
        """Delete a subnet from a Network

        Deletes a single subnet entry from a Network.

        Args:
            ip_range: IP range of the Network.

        Operation `delete_network_subnet` (POST /networks/{id}/actions/delete_subnet).
        """
        return self._call("delete_network_subnet", {"id": id, "ip_range": ip_range})  # type: ignore[no-any-return]

    def get_network_action(self, id: IdRef, action_id: IdRef) -> m.ActionResponse:
        """Get an Action for a Network

        Deprecated: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.

        **Deprecated**: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.

        Operation `get_network_action` (GET /networks/{id}/actions/{action_id}).
        """
        return self._call("get_network_action", {"id": id, "action_id": action_id})  # type: ignore[no-any-return]


__all__.append("NetworksResource")


class AsyncNetworksResource(AsyncResource):
    """Operations on networks (awaitable): `client.networks.<method>(...)`."""

    def list(self, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None, name: Optional[str] = None, label_selector: Optional[str] = None) -> AsyncListIterator[m.Network]:
        """List Networks

        List multiple Networks.

        Returns a lazy async iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            sort: Sort resources by field and direction. May be used multiple times.
            name: Filter resources by their name.
            label_selector: Filter resources by labels.

        Operation `list_networks` (GET /networks).
        """
        return self._list("list_networks", {"sort": sort, "name": name, "label_selector": label_selector})

    async def list_page(self, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None, name: Optional[str] = None, label_selector: Optional[str] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Network]:
        """List Networks

        List multiple Networks.

        Returns one page: `.items` and `.pagination`.

        Args:
            sort: Sort resources by field and direction. May be used multiple times.
            name: Filter resources by their name.
            label_selector: Filter resources by labels.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_networks` (GET /networks).
        """
        return Page(await self._call("list_networks", {"sort": sort, "name": name, "label_selector": label_selector, "page": page, "per_page": per_page}), "networks")

    async def create(self, *, name: str, ip_range: str, labels: Optional[Mapping[str, str]] = None, subnets: Optional[Sequence[Mapping[str, Any]]] = None, routes: Optional[Sequence[Mapping[str, Any]]] = None, expose_routes_to_vswitch: Optional[bool] = None) -> m.GetNetworkResponse:
        """Create a Network

        Creates a Network.

        Args:
            name: Name of the Network.
            ip_range: IP range of the Network.
            labels: User-defined labels (`key/value` pairs) for the Resource. For more information, see "Labels".
            subnets: Array of subnets to allocate.
            routes: Array of routes set in this Network.
            expose_routes_to_vswitch: Toggle to expose routes to the Networks vSwitch.

        Operation `create_network` (POST /networks).
        """
        return await self._call("create_network", {"name": name, "ip_range": ip_range, "labels": labels, "subnets": subnets, "routes": routes, "expose_routes_to_vswitch": expose_routes_to_vswitch})  # type: ignore[no-any-return]

    def list_actions(self, *, id: Optional[Union[IdRef, Sequence[IdRef]]] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None) -> AsyncListIterator[m.Action]:
        """List Actions

        Lists multiple Actions.

        Returns a lazy async iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            id: Filter the actions by ID. May be used multiple times.
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.

        Operation `list_networks_actions` (GET /networks/actions).
        """
        return self._list("list_networks_actions", {"id": id, "sort": sort, "status": status})

    async def list_actions_page(self, *, id: Optional[Union[IdRef, Sequence[IdRef]]] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Action]:
        """List Actions

        Lists multiple Actions.

        Returns one page: `.items` and `.pagination`.

        Args:
            id: Filter the actions by ID. May be used multiple times.
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_networks_actions` (GET /networks/actions).
        """
        return Page(await self._call("list_networks_actions", {"id": id, "sort": sort, "status": status, "page": page, "per_page": per_page}), "actions")

    async def get_action(self, id: IdRef) -> m.ActionResponse:
        """Get an Action

        Returns a single Action.

        Operation `get_networks_action` (GET /networks/actions/{id}).
        """
        return await self._call("get_networks_action", {"id": id})  # type: ignore[no-any-return]

    async def get(self, id: Union[IdRef, str]) -> m.Network:
        """Get a Network

        Looks the resource up by ID or by name and returns it (raises `NotFoundError` if there is none).

        Operation `get_network` (GET /networks/{id}).
        """
        return await self._get("get_network", "network", id, "list_networks", "id")  # type: ignore[no-any-return]

    async def update(self, id: IdRef, *, name: Optional[str] = None, labels: Optional[Mapping[str, str]] = None, expose_routes_to_vswitch: Optional[bool] = None) -> m.GetNetworkResponse:
        """Update a Network

        Update a Network.

        Args:
            name: New Network name.
            labels: User-defined labels (`key/value` pairs) for the Resource.
            expose_routes_to_vswitch: Toggle to expose routes to the Networks vSwitch.

        Operation `update_network` (PUT /networks/{id}).
        """
        return await self._call("update_network", {"id": id, "name": name, "labels": labels, "expose_routes_to_vswitch": expose_routes_to_vswitch})  # type: ignore[no-any-return]

    async def delete(self, id: IdRef) -> None:
        """Delete a Network

        Deletes a Network.

        Operation `delete_network` (DELETE /networks/{id}).
        """
        return await self._call("delete_network", {"id": id})  # type: ignore[no-any-return]

    def list_actions_for(self, id: IdRef, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None) -> AsyncListIterator[m.Action]:
        """List Actions for a Network

        Lists Actions for a Network.

        Returns a lazy async iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.

        Operation `list_network_actions` (GET /networks/{id}/actions).
        """
        return self._list("list_network_actions", {"id": id, "sort": sort, "status": status})

    async def list_actions_for_page(self, id: IdRef, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Action]:
        """List Actions for a Network

        Lists Actions for a Network.

        Returns one page: `.items` and `.pagination`.

        Args:
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_network_actions` (GET /networks/{id}/actions).
        """
        return Page(await self._call("list_network_actions", {"id": id, "sort": sort, "status": status, "page": page, "per_page": per_page}), "actions")

    async def add_route(self, id: IdRef, *, destination: str, gateway: str) -> m.ActionResponse:
        """Add a route to a Network

        Adds a route entry to a Network.

        Args:
            destination: Destination network or host of the route.
            gateway: Gateway of the route.

        Operation `add_network_route` (POST /networks/{id}/actions/add_route).
        """
        return await self._call("add_network_route", {"id": id, "destination": destination, "gateway": gateway})  # type: ignore[no-any-return]

    async def add_subnet(self, id: IdRef, *, type: Literal["cloud", "server", "vswitch"], network_zone: str, ip_range: Optional[str] = None, vswitch_id: Optional[IdRef] = None) -> m.ActionResponse:
        """Add a subnet to a Network

        Adds a new subnet to the Network.

        Args:
            type: Type of subnet.
            ip_range: IP range of the subnet.
            network_zone: Name of the Network Zone.
            vswitch_id: ID of the robot vSwitch.

        Operation `add_network_subnet` (POST /networks/{id}/actions/add_subnet).
        """
        return await self._call("add_network_subnet", {"id": id, "type": type, "ip_range": ip_range, "network_zone": network_zone, "vswitch_id": vswitch_id})  # type: ignore[no-any-return]

    async def change_ip_range(self, id: IdRef, *, ip_range: str) -> m.ActionResponse:
        """Change IP range of a Network

        Changes the IP range of a Network.

        Args:
            ip_range: IP range of the Network.

        Operation `change_network_ip_range` (POST /networks/{id}/actions/change_ip_range).
        """
        return await self._call("change_network_ip_range", {"id": id, "ip_range": ip_range})  # type: ignore[no-any-return]

    async def change_protection(self, id: IdRef, *, delete: Optional[bool] = None) -> m.ActionResponse:
        """Change Network Protection

        Changes the protection settings of a Network.

        Args:
            delete: If true, prevents the snapshot from being deleted.

        Operation `change_network_protection` (POST /networks/{id}/actions/change_protection).
        """
        return await self._call("change_network_protection", {"id": id, "delete": delete})  # type: ignore[no-any-return]

    async def delete_route(self, id: IdRef, *, destination: str, gateway: str) -> m.ActionResponse:
        """Delete a route from a Network

        Delete a route entry from a Network.

        Args:
            destination: Destination network or host of the route.
            gateway: Gateway of the route.

        Operation `delete_network_route` (POST /networks/{id}/actions/delete_route).
        """
        return await self._call("delete_network_route", {"id": id, "destination": destination, "gateway": gateway})  # type: ignore[no-any-return]

    async def delete_subnet(self, id: IdRef, *, ip_range: str) -> m.ActionResponse:
        """Delete a subnet from a Network

        Deletes a single subnet entry from a Network.

        Args:
            ip_range: IP range of the Network.

        Operation `delete_network_subnet` (POST /networks/{id}/actions/delete_subnet).
        """
        return await self._call("delete_network_subnet", {"id": id, "ip_range": ip_range})  # type: ignore[no-any-return]

    async def get_network_action(self, id: IdRef, action_id: IdRef) -> m.ActionResponse:
        """Get an Action for a Network

        Deprecated: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.

        **Deprecated**: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.

        Operation `get_network_action` (GET /networks/{id}/actions/{action_id}).
        """
        return await self._call("get_network_action", {"id": id, "action_id": action_id})  # type: ignore[no-any-return]


__all__.append("AsyncNetworksResource")
