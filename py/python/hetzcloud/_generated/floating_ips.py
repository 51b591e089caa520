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


class FloatingIpsResource(SyncResource):
    """Operations on floating ips: `client.floating_ips.<method>(...)`."""

    def list(self, *, name: Optional[str] = None, label_selector: Optional[str] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "created", "created:asc", "created:desc"]]]] = None) -> ListIterator[m.FloatingIp]:
        """List Floating IPs

        List multiple Floating IPs.

        Returns a lazy iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            name: Filter resources by their name.
            label_selector: Filter resources by labels.
            sort: Sort resources by field and direction. May be used multiple times.

        Operation `list_floating_ips` (GET /floating_ips).
        """
        return self._list("list_floating_ips", {"name": name, "label_selector": label_selector, "sort": sort})

    def list_page(self, *, name: Optional[str] = None, label_selector: Optional[str] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "created", "created:asc", "created:desc"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.FloatingIp]:
        """List Floating IPs

        List multiple Floating IPs.

        Returns one page: `.items` and `.pagination`.

        Args:
            name: Filter resources by their name.
            label_selector: Filter resources by labels.
            sort: Sort resources by field and direction. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_floating_ips` (GET /floating_ips).
        """
        return Page(self._call("list_floating_ips", {"name": name, "label_selector": label_selector, "sort": sort, "page": page, "per_page": per_page}), "floating_ips")

    def create(self, *, type: Literal["ipv4", "ipv6"], server: Optional[IdRef] = None, home_location: Optional[Ref] = None, description: Optional[str] = None, name: Optional[str] = None, labels: Optional[Mapping[str, str]] = None) -> m.CreateFloatingIpResponse:
        """Create a Floating IP

        Create a Floating IP.

        Args:
            type: The Floating IP type.
            server: Server the Floating IP is assigned to.
            home_location: Home Location for the Floating IP.
            description: Description of the Resource.
            name: Name of the Resource. Must be unique per Project.
            labels: User-defined labels (`key/value` pairs) for the Resource. For more information, see "Labels".

        Operation `create_floating_ip` (POST /floating_ips).
        """
        return self._call("create_floating_ip", {"type": type, "server": server, "home_location": home_location, "description": description, "name": name, "labels": labels})  # type: ignore[no-any-return]

    def list_actions(self, *, id: Optional[Union[IdRef, Sequence[IdRef]]] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None) -> ListIterator[m.Action]:
        """List Actions

        Lists multiple Actions.

        Returns a lazy iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            id: Filter the actions by ID. May be used multiple times.
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.

        Operation `list_floating_ips_actions` (GET /floating_ips/actions).
        """
        return self._list("list_floating_ips_actions", {"id": id, "sort": sort, "status": status})

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

        Operation `list_floating_ips_actions` (GET /floating_ips/actions).
        """
        return Page(self._call("list_floating_ips_actions", {"id": id, "sort": sort, "status": status, "page": page, "per_page": per_page}), "actions")

    def get_action(self, id: IdRef) -> m.ActionResponse:
        """Get an Action

        Returns a single Action.

        Operation `get_floating_ips_action` (GET /floating_ips/actions/{id}).
        """
        return self._call("get_floating_ips_action", {"id": id})  # type: ignore[no-any-return]

    def get(self, id: Union[IdRef, str]) -> m.FloatingIp:
        """Get a Floating IP

        Looks the resource up by ID or by name and returns it (raises `NotFoundError` if there is none).

        Operation `get_floating_ip` (GET /floating_ips/{id}).
        """
        return self._get("get_floating_ip", "floating_ip", id, "list_floating_ips", "id")  # type: ignore[no-any-return]

    def update(self, id: IdRef, *, description: Optional[str] = None, name: Optional[str] = None, labels: Optional[Mapping[str, str]] = None) -> m.GetFloatingIpResponse:
        """Update a Floating IP

        Update a Floating IP.

        Args:
            description: Description of the Resource.
            name: Name of the Resource. Must be unique per Project.
            labels: User-defined labels (`key/value` pairs) for the Resource.

        Operation `update_floating_ip` (PUT /floating_ips/{id}).
        """
        return self._call("update_floating_ip", {"id": id, "description": description, "name": name, "labels": labels})  # type: ignore[no-any-return]

    def delete(self, id: IdRef) -> None:
        """Delete a Floating IP

        Deletes a Floating IP.

        Operation `delete_floating_ip` (DELETE /floating_ips/{id}).
        """
        return self._call("delete_floating_ip", {"id": id})  # type: ignore[no-any-return]

    def list_actions_for(self, id: IdRef, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None) -> ListIterator[m.Action]:
        """List Actions for a Floating IP

        Lists Actions for a Floating IP.

        Returns a lazy iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.

        Operation `list_floating_ip_actions` (GET /floating_ips/{id}/actions).
        """
        return self._list("list_floating_ip_actions", {"id": id, "sort": sort, "status": status})

    def list_actions_for_page(self, id: IdRef, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Action]:
        """List Actions for a Floating IP

        Lists Actions for a Floating IP.

        Returns one page: `.items` and `.pagination`.

        Args:
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_floating_ip_actions` (GET /floating_ips/{id}/actions).
        """
        return Page(self._call("list_floating_ip_actions", {"id": id, "sort": sort, "status": status, "page": page, "per_page": per_page}), "actions")

    def assign(self, id: IdRef, *, server: Optional[IdRef] = None) -> m.ActionResponse:
        """Assign a Floating IP to a Server

        Assigns a Floating IP to a Server.

        Args:
            server: Server the Floating IP is assigned to.

        Operation `assign_floating_ip` (POST /floating_ips/{id}/actions/assign).
        """
        return self._call("assign_floating_ip", {"id": id, "server": server})  # type: ignore[no-any-return]

    def change_dns_ptr(self, id: IdRef, *, ip: str, dns_ptr: Optional[str] = None) -> m.ActionResponse:
        """Change reverse DNS records for a Floating IP

        Change the reverse DNS records for this Floating IP.

        Args:
            ip: Single IPv4 or IPv6 address to create pointer for.
            dns_ptr: Domain Name to point to.

        Operation `change_floating_ip_dns_ptr` (POST /floating_ips/{id}/actions/change_dns_ptr).
        """
        return self._call("change_floating_ip_dns_ptr", {"id": id, "ip": ip, "dns_ptr": dns_ptr})  # type: ignore[no-any-return]

    def change_protection(self, id: IdRef, *, delete: bool) -> m.ActionResponse:
        """Change Floating IP Protection

        Changes the protection settings configured for the Floating IP.

        Args:
            delete: Prevent the Resource from being deleted.

        Operation `change_floating_ip_protection` (POST /floating_ips/{id}/actions/change_protection).
        """
        return self._call("change_floating_ip_protection", {"id": id, "delete": delete})  # type: ignore[no-any-return]

    def unassign(self, id: IdRef) -> m.ActionResponse:
        """Unassign a Floating IP

        Unassigns a Floating IP.

        Operation `unassign_floating_ip` (POST /floating_ips/{id}/actions/unassign).
        """
        return self._call("unassign_floating_ip", {"id": id})  # type: ignore[no-any-return]

    def get_floating_ip_action(self, id: IdRef, action_id: IdRef) -> m.ActionResponse:
        """Get an Action for a Floating IP

        Deprecated: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.

        **Deprecated**: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.

        Operation `get_floating_ip_action` (GET /floating_ips/{id}/actions/{action_id}).
        """
        return self._call("get_floating_ip_action", {"id": id, "action_id": action_id})  # type: ignore[no-any-return]


__all__.append("FloatingIpsResource")


class AsyncFloatingIpsResource(AsyncResource):
    """Operations on floating ips (awaitable): `client.floating_ips.<method>(...)`."""

    def list(self, *, name: Optional[str] = None, label_selector: Optional[str] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "created", "created:asc", "created:desc"]]]] = None) -> AsyncListIterator[m.FloatingIp]:
        """List Floating IPs

        List multiple Floating IPs.

        Returns a lazy async iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            name: Filter resources by their name.
            label_selector: Filter resources by labels.
            sort: Sort resources by field and direction. May be used multiple times.

        Operation `list_floating_ips` (GET /floating_ips).
        """
        return self._list("list_floating_ips", {"name": name, "label_selector": label_selector, "sort": sort})

    async def list_page(self, *, name: Optional[str] = None, label_selector: Optional[str] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "created", "created:asc", "created:desc"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.FloatingIp]:
        """List Floating IPs

        List multiple Floating IPs.

        Returns one page: `.items` and `.pagination`.

        Args:
            name: Filter resources by their name.
            label_selector: Filter resources by labels.
            sort: Sort resources by field and direction. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_floating_ips` (GET /floating_ips).
        """
        return Page(await self._call("list_floating_ips", {"name": name, "label_selector": label_selector, "sort": sort, "page": page, "per_page": per_page}), "floating_ips")

    async def create(self, *, type: Literal["ipv4", "ipv6"], server: Optional[IdRef] = None, home_location: Optional[Ref] = None, description: Optional[str] = None, name: Optional[str] = None, labels: Optional[Mapping[str, str]] = None) -> m.CreateFloatingIpResponse:
        """Create a Floating IP

        Create a Floating IP.

        Args:
            type: The Floating IP type.
            server: Server the Floating IP is assigned to.
            home_location: Home Location for the Floating IP.
            description: Description of the Resource.
            name: Name of the Resource. Must be unique per Project.
            labels: User-defined labels (`key/value` pairs) for the Resource. For more information, see "Labels".

        Operation `create_floating_ip` (POST /floating_ips).
        """
        return await self._call("create_floating_ip", {"type": type, "server": server, "home_location": home_location, "description": description, "name": name, "labels": labels})  # type: ignore[no-any-return]

    def list_actions(self, *, id: Optional[Union[IdRef, Sequence[IdRef]]] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None) -> AsyncListIterator[m.Action]:
        """List Actions

        Lists multiple Actions.

        Returns a lazy async iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            id: Filter the actions by ID. May be used multiple times.
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.

        Operation `list_floating_ips_actions` (GET /floating_ips/actions).
        """
        return self._list("list_floating_ips_actions", {"id": id, "sort": sort, "status": status})

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

        Operation `list_floating_ips_actions` (GET /floating_ips/actions).
        """
        return Page(await self._call("list_floating_ips_actions", {"id": id, "sort": sort, "status": status, "page": page, "per_page": per_page}), "actions")

    async def get_action(self, id: IdRef) -> m.ActionResponse:
        """Get an Action

        Returns a single Action.

        Operation `get_floating_ips_action` (GET /floating_ips/actions/{id}).
        """
        return await self._call("get_floating_ips_action", {"id": id})  # type: ignore[no-any-return]

    async def get(self, id: Union[IdRef, str]) -> m.FloatingIp:
        """Get a Floating IP

        Looks the resource up by ID or by name and returns it (raises `NotFoundError` if there is none).

        Operation `get_floating_ip` (GET /floating_ips/{id}).
        """
        return await self._get("get_floating_ip", "floating_ip", id, "list_floating_ips", "id")  # type: ignore[no-any-return]

    async def update(self, id: IdRef, *, description: Optional[str] = None, name: Optional[str] = None, labels: Optional[Mapping[str, str]] = None) -> m.GetFloatingIpResponse:
        """Update a Floating IP

        Update a Floating IP.

        Args:
            description: Description of the Resource.
            name: Name of the Resource. Must be unique per Project.
            labels: User-defined labels (`key/value` pairs) for the Resource.

        Operation `update_floating_ip` (PUT /floating_ips/{id}).
        """
        return await self._call("update_floating_ip", {"id": id, "description": description, "name": name, "labels": labels})  # type: ignore[no-any-return]

    async def delete(self, id: IdRef) -> None:
        """Delete a Floating IP

        Deletes a Floating IP.

        Operation `delete_floating_ip` (DELETE /floating_ips/{id}).
        """
        return await self._call("delete_floating_ip", {"id": id})  # type: ignore[no-any-return]

    def list_actions_for(self, id: IdRef, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None) -> AsyncListIterator[m.Action]:
        """List Actions for a Floating IP

        Lists Actions for a Floating IP.

        Returns a lazy async iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.

        Operation `list_floating_ip_actions` (GET /floating_ips/{id}/actions).
        """
        return self._list("list_floating_ip_actions", {"id": id, "sort": sort, "status": status})

    async def list_actions_for_page(self, id: IdRef, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Action]:
        """List Actions for a Floating IP

        Lists Actions for a Floating IP.

        Returns one page: `.items` and `.pagination`.

        Args:
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_floating_ip_actions` (GET /floating_ips/{id}/actions).
        """
        return Page(await self._call("list_floating_ip_actions", {"id": id, "sort": sort, "status": status, "page": page, "per_page": per_page}), "actions")

    async def assign(self, id: IdRef, *, server: Optional[IdRef] = None) -> m.ActionResponse:
        """Assign a Floating IP to a Server

        Assigns a Floating IP to a Server.

        Args:
            server: Server the Floating IP is assigned to.

        Operation `assign_floating_ip` (POST /floating_ips/{id}/actions/assign).
        """
        return await self._call("assign_floating_ip", {"id": id, "server": server})  # type: ignore[no-any-return]

    async def change_dns_ptr(self, id: IdRef, *, ip: str, dns_ptr: Optional[str] = None) -> m.ActionResponse:
        """Change reverse DNS records for a Floating IP

        Change the reverse DNS records for this Floating IP.

        Args:
            ip: Single IPv4 or IPv6 address to create pointer for.
            dns_ptr: Domain Name to point to.

        Operation `change_floating_ip_dns_ptr` (POST /floating_ips/{id}/actions/change_dns_ptr).
        """
        return await self._call("change_floating_ip_dns_ptr", {"id": id, "ip": ip, "dns_ptr": dns_ptr})  # type: ignore[no-any-return]

    async def change_protection(self, id: IdRef, *, delete: bool) -> m.ActionResponse:
        """Change Floating IP Protection

        Changes the protection settings configured for the Floating IP.

        Args:
            delete: Prevent the Resource from being deleted.

        Operation `change_floating_ip_protection` (POST /floating_ips/{id}/actions/change_protection).
        """
        return await self._call("change_floating_ip_protection", {"id": id, "delete": delete})  # type: ignore[no-any-return]

    async def unassign(self, id: IdRef) -> m.ActionResponse:
        """Unassign a Floating IP

        Unassigns a Floating IP.

        Operation `unassign_floating_ip` (POST /floating_ips/{id}/actions/unassign).
        """
        return await self._call("unassign_floating_ip", {"id": id})  # type: ignore[no-any-return]

    async def get_floating_ip_action(self, id: IdRef, action_id: IdRef) -> m.ActionResponse:
        """Get an Action for a Floating IP

        Deprecated: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.

        **Deprecated**: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.

        Operation `get_floating_ip_action` (GET /floating_ips/{id}/actions/{action_id}).
        """
        return await self._call("get_floating_ip_action", {"id": id, "action_id": action_id})  # type: ignore[no-any-return]


__all__.append("AsyncFloatingIpsResource")
