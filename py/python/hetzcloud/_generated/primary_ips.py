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


class PrimaryIpsResource(SyncResource):
    """Operations on primary ips: `client.primary_ips.<method>(...)`."""

    def list(self, *, name: Optional[str] = None, label_selector: Optional[str] = None, ip: Optional[str] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "created", "created:asc", "created:desc"]]]] = None) -> ListIterator[m.PrimaryIp]:
        """List Primary IPs

        List multiple Primary IPs.

        Returns a lazy iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            name: Filter resources by their name.
            label_selector: Filter resources by labels.
            ip: Filter results by IP address.
            sort: Sort resources by field and direction. May be used multiple times.

        Operation `list_primary_ips` (GET /primary_ips).
        """
        return self._list("list_primary_ips", {"name": name, "label_selector": label_selector, "ip": ip, "sort": sort})

    def list_page(self, *, name: Optional[str] = None, label_selector: Optional[str] = None, ip: Optional[str] = None, page: Optional[int] = None, per_page: Optional[int] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "created", "created:asc", "created:desc"]]]] = None) -> Page[m.PrimaryIp]:
        """List Primary IPs

        List multiple Primary IPs.

        Returns one page: `.items` and `.pagination`.

        Args:
            name: Filter resources by their name.
            label_selector: Filter resources by labels.
            ip: Filter results by IP address.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".
            sort: Sort resources by field and direction. May be used multiple times.

        Operation `list_primary_ips` (GET /primary_ips).
        """
        return Page(self._call("list_primary_ips", {"name": name, "label_selector": label_selector, "ip": ip, "page": page, "per_page": per_page, "sort": sort}), "primary_ips")

    def create(self, *, name: str, type: Literal["ipv4", "ipv6"], labels: Optional[Mapping[str, str]] = None, location: Optional[Ref] = None, assignee_type: Optional[Literal["server"]] = None, assignee_id: Optional[IdRef] = None, auto_delete: Optional[bool] = None) -> m.CreatePrimaryIpResponse:
        """Create a Primary IP

        Create a new Primary IP.

        Args:
            name: Name of the Resource. Must be unique per Project.
            labels: User-defined labels (`key/value` pairs) for the Resource. For more information, see "Labels".
            type: Primary IP type.
            location: Location ID or name the Primary IP will be bound to.
            assignee_type: Type of resource to assign the Primary IP to.
            assignee_id: ID of resource to assign the Primary IP to.
            auto_delete: Auto deletion state.

        Operation `create_primary_ip` (POST /primary_ips).
        """
        return self._call("create_primary_ip", {"name": name, "labels": labels, "type": type, "location": location, "assignee_type": assignee_type, "assignee_id": assignee_id, "auto_delete": auto_delete})  # type: ignore[no-any-return]

    def list_actions(self, *, id: Optional[Union[IdRef, Sequence[IdRef]]] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None) -> ListIterator[m.Action]:
        """List Actions

        Lists multiple Actions.

        Returns a lazy iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            id: Filter the actions by ID. May be used multiple times.
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.

        Operation `list_primary_ips_actions` (GET /primary_ips/actions).
        """
        return self._list("list_primary_ips_actions", {"id": id, "sort": sort, "status": status})

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

        Operation `list_primary_ips_actions` (GET /primary_ips/actions).
        """
        return Page(self._call("list_primary_ips_actions", {"id": id, "sort": sort, "status": status, "page": page, "per_page": per_page}), "actions")

    def get_action(self, id: IdRef) -> m.ActionResponse:
        """Get an Action

        Returns a single Action.

        Operation `get_primary_ips_action` (GET /primary_ips/actions/{id}).
        """
        return self._call("get_primary_ips_action", {"id": id})  # type: ignore[no-any-return]

    def list_actions_for(self, id: IdRef, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None) -> ListIterator[m.Action]:
        """List Actions for a Primary IP

        Returns all Actions for a Primary IP.

        Returns a lazy iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.

        Operation `list_primary_ip_actions` (GET /primary_ips/{id}/actions).
        """
        return self._list("list_primary_ip_actions", {"id": id, "sort": sort, "status": status})

    def list_actions_for_page(self, id: IdRef, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Action]:
        """List Actions for a Primary IP

        Returns all Actions for a Primary IP.

        Returns one page: `.items` and `.pagination`.

        Args:
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_primary_ip_actions` (GET /primary_ips/{id}/actions).
        """
        return Page(self._call("list_primary_ip_actions", {"id": id, "sort": sort, "status": status, "page": page, "per_page": per_page}), "actions")

    def get_primary_ip_action(self, id: IdRef, action_id: IdRef) -> m.ActionResponse:
        """Get an Action for a Primary IP

        Deprecated: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.

        **Deprecated**: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.

        Operation `get_primary_ip_action` (GET /primary_ips/{id}/actions/{action_id}).
        """
        return self._call("get_primary_ip_action", {"id": id, "action_id": action_id})  # type: ignore[no-any-return]

    def get(self, id: Union[IdRef, str]) -> m.PrimaryIp:
        """Get a Primary IP

        Looks the resource up by ID or by name and returns it (raises `NotFoundError` if there is none).

        Operation `get_primary_ip` (GET /primary_ips/{id}).
        """
        return self._get("get_primary_ip", "primary_ip", id, "list_primary_ips", "id")  # type: ignore[no-any-return]

    def update(self, id: IdRef, *, name: Optional[str] = None, labels: Optional[Mapping[str, str]] = None, auto_delete: Optional[bool] = None) -> m.PrimaryIpResponse:
        """Update a Primary IP

        Update a Primary IP.

        Args:
            name: Name of the Resource. Must be unique per Project.
            labels: User-defined labels (`key/value` pairs) for the Resource.
            auto_delete: Auto deletion state.

        Operation `update_primary_ip` (PUT /primary_ips/{id}).
        """
        return self._call("update_primary_ip", {"id": id, "name": name, "labels": labels, "auto_delete": auto_delete})  # type: ignore[no-any-return]

    def delete(self, id: IdRef) -> None:
        """Delete a Primary IP

        Deletes a Primary IP.

        Operation `delete_primary_ip` (DELETE /primary_ips/{id}).
        """
        return self._call("delete_primary_ip", {"id": id})  # type: ignore[no-any-return]

    def assign(self, id: IdRef, *, assignee_type: Literal["server"], assignee_id: IdRef) -> m.ActionResponse:
        """Assign a Primary IP to a resource

        Assign a Primary IP to a resource.

        Args:
            assignee_type: Type of resource assigning the Primary IP to.
            assignee_id: ID of a resource of type `assignee_type`.

        Operation `assign_primary_ip` (POST /primary_ips/{id}/actions/assign).
        """
        return self._call("assign_primary_ip", {"id": id, "assignee_type": assignee_type, "assignee_id": assignee_id})  # type: ignore[no-any-return]

    def change_dns_ptr(self, id: IdRef, *, ip: str, dns_ptr: Optional[str] = None) -> m.ActionResponse:
        """Change reverse DNS records for a Primary IP

        Change the reverse DNS records for this Primary IP.

        Args:
            ip: Single IPv4 or IPv6 address to create pointer for.
            dns_ptr: Domain Name to point to.

        Operation `change_primary_ip_dns_ptr` (POST /primary_ips/{id}/actions/change_dns_ptr).
        """
        return self._call("change_primary_ip_dns_ptr", {"id": id, "ip": ip, "dns_ptr": dns_ptr})  # type: ignore[no-any-return]

    def change_protection(self, id: IdRef, *, delete: bool) -> m.ActionResponse:
        """Change Primary IP Protection

        Changes the protection configuration of a Primary IP.

        Args:
            delete: Prevent the Resource from being deleted.

        Operation `change_primary_ip_protection` (POST /primary_ips/{id}/actions/change_protection).
        """
        return self._call("change_primary_ip_protection", {"id": id, "delete": delete})  # type: ignore[no-any-return]

    def unassign(self, id: IdRef) -> m.ActionResponse:
        """Unassign a Primary IP from a resource

        Unassign a Primary IP from a resource.

        Operation `unassign_primary_ip` (POST /primary_ips/{id}/actions/unassign).
        """
        return self._call("unassign_primary_ip", {"id": id})  # type: ignore[no-any-return]


__all__.append("PrimaryIpsResource")


class AsyncPrimaryIpsResource(AsyncResource):
    """Operations on primary ips (awaitable): `client.primary_ips.<method>(...)`."""

    def list(self, *, name: Optional[str] = None, label_selector: Optional[str] = None, ip: Optional[str] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "created", "created:asc", "created:desc"]]]] = None) -> AsyncListIterator[m.PrimaryIp]:
        """List Primary IPs

        List multiple Primary IPs.

        Returns a lazy async iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            name: Filter resources by their name.
            label_selector: Filter resources by labels.
            ip: Filter results by IP address.
            sort: Sort resources by field and direction. May be used multiple times.

        Operation `list_primary_ips` (GET /primary_ips).
        """
        return self._list("list_primary_ips", {"name": name, "label_selector": label_selector, "ip": ip, "sort": sort})

    async def list_page(self, *, name: Optional[str] = None, label_selector: Optional[str] = None, ip: Optional[str] = None, page: Optional[int] = None, per_page: Optional[int] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "created", "created:asc", "created:desc"]]]] = None) -> Page[m.PrimaryIp]:
        """List Primary IPs

        List multiple Primary IPs.

        Returns one page: `.items` and `.pagination`.

        Args:
            name: Filter resources by their name.
            label_selector: Filter resources by labels.
            ip: Filter results by IP address.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".
            sort: Sort resources by field and direction. May be used multiple times.

        Operation `list_primary_ips` (GET /primary_ips).
        """
        return Page(await self._call("list_primary_ips", {"name": name, "label_selector": label_selector, "ip": ip, "page": page, "per_page": per_page, "sort": sort}), "primary_ips")

    async def create(self, *, name: str, type: Literal["ipv4", "ipv6"], labels: Optional[Mapping[str, str]] = None, location: Optional[Ref] = None, assignee_type: Optional[Literal["server"]] = None, assignee_id: Optional[IdRef] = None, auto_delete: Optional[bool] = None) -> m.CreatePrimaryIpResponse:
        """Create a Primary IP

        Create a new Primary IP.

        Args:
            name: Name of the Resource. Must be unique per Project.
            labels: User-defined labels (`key/value` pairs) for the Resource. For more information, see "Labels".
            type: Primary IP type.
            location: Location ID or name the Primary IP will be bound to.
            assignee_type: Type of resource to assign the Primary IP to.
            assignee_id: ID of resource to assign the Primary IP to.
            auto_delete: Auto deletion state.

        Operation `create_primary_ip` (POST /primary_ips).
        """
        return await self._call("create_primary_ip", {"name": name, "labels": labels, "type": type, "location": location, "assignee_type": assignee_type, "assignee_id": assignee_id, "auto_delete": auto_delete})  # type: ignore[no-any-return]

    def list_actions(self, *, id: Optional[Union[IdRef, Sequence[IdRef]]] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None) -> AsyncListIterator[m.Action]:
        """List Actions

        Lists multiple Actions.

        Returns a lazy async iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            id: Filter the actions by ID. May be used multiple times.
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.

        Operation `list_primary_ips_actions` (GET /primary_ips/actions).
        """
        return self._list("list_primary_ips_actions", {"id": id, "sort": sort, "status": status})

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

        Operation `list_primary_ips_actions` (GET /primary_ips/actions).
        """
        return Page(await self._call("list_primary_ips_actions", {"id": id, "sort": sort, "status": status, "page": page, "per_page": per_page}), "actions")

    async def get_action(self, id: IdRef) -> m.ActionResponse:
        """Get an Action

        Returns a single Action.

        Operation `get_primary_ips_action` (GET /primary_ips/actions/{id}).
        """
        return await self._call("get_primary_ips_action", {"id": id})  # type: ignore[no-any-return]

    def list_actions_for(self, id: IdRef, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None) -> AsyncListIterator[m.Action]:
        """List Actions for a Primary IP

        Returns all Actions for a Primary IP.

        Returns a lazy async iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.

        Operation `list_primary_ip_actions` (GET /primary_ips/{id}/actions).
        """
        return self._list("list_primary_ip_actions", {"id": id, "sort": sort, "status": status})

    async def list_actions_for_page(self, id: IdRef, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Action]:
        """List Actions for a Primary IP

        Returns all Actions for a Primary IP.

        Returns one page: `.items` and `.pagination`.

        Args:
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_primary_ip_actions` (GET /primary_ips/{id}/actions).
        """
        return Page(await self._call("list_primary_ip_actions", {"id": id, "sort": sort, "status": status, "page": page, "per_page": per_page}), "actions")

    async def get_primary_ip_action(self, id: IdRef, action_id: IdRef) -> m.ActionResponse:
        """Get an Action for a Primary IP

        Deprecated: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.

        **Deprecated**: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.

        Operation `get_primary_ip_action` (GET /primary_ips/{id}/actions/{action_id}).
        """
        return await self._call("get_primary_ip_action", {"id": id, "action_id": action_id})  # type: ignore[no-any-return]

    async def get(self, id: Union[IdRef, str]) -> m.PrimaryIp:
        """Get a Primary IP

        Looks the resource up by ID or by name and returns it (raises `NotFoundError` if there is none).

        Operation `get_primary_ip` (GET /primary_ips/{id}).
        """
        return await self._get("get_primary_ip", "primary_ip", id, "list_primary_ips", "id")  # type: ignore[no-any-return]

    async def update(self, id: IdRef, *, name: Optional[str] = None, labels: Optional[Mapping[str, str]] = None, auto_delete: Optional[bool] = None) -> m.PrimaryIpResponse:
        """Update a Primary IP

        Update a Primary IP.

        Args:
            name: Name of the Resource. Must be unique per Project.
            labels: User-defined labels (`key/value` pairs) for the Resource.
            auto_delete: Auto deletion state.

        Operation `update_primary_ip` (PUT /primary_ips/{id}).
        """
        return await self._call("update_primary_ip", {"id": id, "name": name, "labels": labels, "auto_delete": auto_delete})  # type: ignore[no-any-return]

    async def delete(self, id: IdRef) -> None:
        """Delete a Primary IP

        Deletes a Primary IP.

        Operation `delete_primary_ip` (DELETE /primary_ips/{id}).
        """
        return await self._call("delete_primary_ip", {"id": id})  # type: ignore[no-any-return]

    async def assign(self, id: IdRef, *, assignee_type: Literal["server"], assignee_id: IdRef) -> m.ActionResponse:
        """Assign a Primary IP to a resource

        Assign a Primary IP to a resource.

        Args:
            assignee_type: Type of resource assigning the Primary IP to.
            assignee_id: ID of a resource of type `assignee_type`.

        Operation `assign_primary_ip` (POST /primary_ips/{id}/actions/assign).
        """
        return await self._call("assign_primary_ip", {"id": id, "assignee_type": assignee_type, "assignee_id": assignee_id})  # type: ignore[no-any-return]

    async def change_dns_ptr(self, id: IdRef, *, ip: str, dns_ptr: Optional[str] = None) -> m.ActionResponse:
        """Change reverse DNS records for a Primary IP

        Change the reverse DNS records for this Primary IP.

        Args:
            ip: Single IPv4 or IPv6 address to create pointer for.
            dns_ptr: Domain Name to point to.

        Operation `change_primary_ip_dns_ptr` (POST /primary_ips/{id}/actions/change_dns_ptr).
        """
        return await self._call("change_primary_ip_dns_ptr", {"id": id, "ip": ip, "dns_ptr": dns_ptr})  # type: ignore[no-any-return]

    async def change_protection(self, id: IdRef, *, delete: bool) -> m.ActionResponse:
        """Change Primary IP Protection

        Changes the protection configuration of a Primary IP.

        Args:
            delete: Prevent the Resource from being deleted.

        Operation `change_primary_ip_protection` (POST /primary_ips/{id}/actions/change_protection).
        """
        return await self._call("change_primary_ip_protection", {"id": id, "delete": delete})  # type: ignore[no-any-return]

    async def unassign(self, id: IdRef) -> m.ActionResponse:
        """Unassign a Primary IP from a resource

        Unassign a Primary IP from a resource.

        Operation `unassign_primary_ip` (POST /primary_ips/{id}/actions/unassign).
        """
        return await self._call("unassign_primary_ip", {"id": id})  # type: ignore[no-any-return]


__all__.append("AsyncPrimaryIpsResource")
