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


class FirewallsResource(SyncResource):
    """Operations on firewalls: `client.firewalls.<method>(...)`."""

    def list(self, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None, name: Optional[str] = None, label_selector: Optional[str] = None) -> ListIterator[m.Firewall]:
        """List Firewalls

        Returns all Firewalls.

        Returns a lazy iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            sort: Sort resources by field and direction. May be used multiple times.
            name: Filter resources by their name.
            label_selector: Filter resources by labels.

        Operation `list_firewalls` (GET /firewalls).
        """
        return self._list("list_firewalls", {"sort": sort, "name": name, "label_selector": label_selector})

    def list_page(self, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None, name: Optional[str] = None, label_selector: Optional[str] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Firewall]:
        """List Firewalls

        Returns all Firewalls.

        Returns one page: `.items` and `.pagination`.

        Args:
            sort: Sort resources by field and direction. May be used multiple times.
            name: Filter resources by their name.
            label_selector: Filter resources by labels.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_firewalls` (GET /firewalls).
        """
        return Page(self._call("list_firewalls", {"sort": sort, "name": name, "label_selector": label_selector, "page": page, "per_page": per_page}), "firewalls")

    def create(self, *, name: str, labels: Optional[Mapping[str, str]] = None, rules: Optional[Sequence[Mapping[str, Any]]] = None, apply_to: Optional[Sequence[Mapping[str, Any]]] = None) -> m.CreateFirewallResponse:
        """Create a Firewall

        Create a Firewall.

        Args:
            name: Name of the Firewall.
            labels: User-defined labels (`key/value` pairs) for the Resource. For more information, see "Labels".
            rules: Array of rules.
            apply_to: Resources to apply the Firewall to.

        Operation `create_firewall` (POST /firewalls).
        """
        return self._call("create_firewall", {"name": name, "labels": labels, "rules": rules, "apply_to": apply_to})  # type: ignore[no-any-return]

    def list_actions(self, *, id: Optional[Union[IdRef, Sequence[IdRef]]] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None) -> ListIterator[m.Action]:
        """List Actions

        Returns all Actions for Firewalls.

        Returns a lazy iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            id: Filter the actions by ID. May be used multiple times.
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.

        Operation `list_firewalls_actions` (GET /firewalls/actions).
        """
        return self._list("list_firewalls_actions", {"id": id, "sort": sort, "status": status})

    def list_actions_page(self, *, id: Optional[Union[IdRef, Sequence[IdRef]]] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Action]:
        """List Actions

        Returns all Actions for Firewalls.

        Returns one page: `.items` and `.pagination`.

        Args:
            id: Filter the actions by ID. May be used multiple times.
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_firewalls_actions` (GET /firewalls/actions).
        """
        return Page(self._call("list_firewalls_actions", {"id": id, "sort": sort, "status": status, "page": page, "per_page": per_page}), "actions")

    def get_action(self, id: IdRef) -> m.ActionResponse:
        """Get an Action

        Returns the specific Action.

        Operation `get_firewalls_action` (GET /firewalls/actions/{id}).
        """
        return self._call("get_firewalls_action", {"id": id})  # type: ignore[no-any-return]

    def get(self, id: Union[IdRef, str]) -> m.Firewall:
        """Get a Firewall

        Looks the resource up by ID or by name and returns it (raises `NotFoundError` if there is none).

        Operation `get_firewall` (GET /firewalls/{id}).
        """
        return self._get("get_firewall", "firewall", id, "list_firewalls", "id")  # type: ignore[no-any-return]

    def update(self, id: IdRef, *, name: Optional[str] = None, labels: Optional[Mapping[str, str]] = None) -> m.FirewallResponse:
        """Update a Firewall

        Update a Firewall.

        Args:
            name: New Certificate name.
            labels: User-defined labels (`key/value` pairs) for the Resource.

        Operation `update_firewall` (PUT /firewalls/{id}).
        """
        return self._call("update_firewall", {"id": id, "name": name, "labels": labels})  # type: ignore[no-any-return]

    def delete(self, id: IdRef) -> None:
        """Delete a Firewall

        Deletes the Firewall.

        Operation `delete_firewall` (DELETE /firewalls/{id}).
        """
        return self._call("delete_firewall", {"id": id})  # type: ignore[no-any-return]

    def list_actions_for(self, id: IdRef, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None) -> ListIterator[m.Action]:
        """List Actions for a Firewall

        Returns all Actions for the Firewall.

        Returns a lazy iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.

        Operation `list_firewall_actions` (GET /firewalls/{id}/actions).
        """
        return self._list("list_firewall_actions", {"id": id, "sort": sort, "status": status})

    def list_actions_for_page(self, id: IdRef, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Action]:
        """List Actions for a Firewall

        Returns all Actions for the Firewall.

        Returns one page: `.items` and `.pagination`.

        Args:
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_firewall_actions` (GET /firewalls/{id}/actions).
        """
        return Page(self._call("list_firewall_actions", {"id": id, "sort": sort, "status": status, "page": page, "per_page": per_page}), "actions")

    def apply_to_resources(self, id: IdRef, *, apply_to: Sequence[Mapping[str, Any]]) -> m.ActionListResponse:
        """Apply to Resources

        Applies a Firewall to multiple resources.

        Args:
            apply_to: Resources to apply the Firewall to.

        Operation `apply_firewall_to_resources` (POST /firewalls/{id}/actions/apply_to_resources).
        """
        return self._call("apply_firewall_to_resources", {"id": id, "apply_to": apply_to})  # type: ignore[no-any-return]

    def remove_from_resources(self, id: IdRef, *, remove_from: Sequence[Mapping[str, Any]]) -> m.ActionListResponse:
        """Remove from Resources

        Removes a Firewall from multiple resources.

        Args:
            remove_from: Resources to remove the Firewall from.

        Operation `remove_firewall_from_resources` (POST /firewalls/{id}/actions/remove_from_resources).
        """
        return self._call("remove_firewall_from_resources", {"id": id, "remove_from": remove_from})  # type: ignore[no-any-return]

    def set_rules(self, id: IdRef, *, rules: Sequence[Mapping[str, Any]]) -> m.ActionListResponse:
        """Set Rules

        Set the rules of a Firewall.

        Args:
            rules: Array of rules.

        Operation `set_firewall_rules` (POST /firewalls/{id}/actions/set_rules).
        """
        return self._call("set_firewall_rules", {"id": id, "rules": rules})  # type: ignore[no-any-return]

    def get_firewall_action(self, id: IdRef, action_id: IdRef) -> m.ActionResponse:
        """Get an Action for a Firewall

        Deprecated: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.

        **Deprecated**: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.

        Operation `get_firewall_action` (GET /firewalls/{id}/actions/{action_id}).
        """
        return self._call("get_firewall_action", {"id": id, "action_id": action_id})  # type: ignore[no-any-return]


__all__.append("FirewallsResource")


class AsyncFirewallsResource(AsyncResource):
    """Operations on firewalls (awaitable): `client.firewalls.<method>(...)`."""

    def list(self, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None, name: Optional[str] = None, label_selector: Optional[str] = None) -> AsyncListIterator[m.Firewall]:
        """List Firewalls

        Returns all Firewalls.

        Returns a lazy async iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            sort: Sort resources by field and direction. May be used multiple times.
            name: Filter resources by their name.
            label_selector: Filter resources by labels.

        Operation `list_firewalls` (GET /firewalls).
        """
        return self._list("list_firewalls", {"sort": sort, "name": name, "label_selector": label_selector})

    async def list_page(self, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None, name: Optional[str] = None, label_selector: Optional[str] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Firewall]:
        """List Firewalls

        Returns all Firewalls.

        Returns one page: `.items` and `.pagination`.

        Args:
            sort: Sort resources by field and direction. May be used multiple times.
            name: Filter resources by their name.
            label_selector: Filter resources by labels.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_firewalls` (GET /firewalls).
        """
        return Page(await self._call("list_firewalls", {"sort": sort, "name": name, "label_selector": label_selector, "page": page, "per_page": per_page}), "firewalls")

    async def create(self, *, name: str, labels: Optional[Mapping[str, str]] = None, rules: Optional[Sequence[Mapping[str, Any]]] = None, apply_to: Optional[Sequence[Mapping[str, Any]]] = None) -> m.CreateFirewallResponse:
        """Create a Firewall

        Create a Firewall.

        Args:
            name: Name of the Firewall.
            labels: User-defined labels (`key/value` pairs) for the Resource. For more information, see "Labels".
            rules: Array of rules.
            apply_to: Resources to apply the Firewall to.

        Operation `create_firewall` (POST /firewalls).
        """
        return await self._call("create_firewall", {"name": name, "labels": labels, "rules": rules, "apply_to": apply_to})  # type: ignore[no-any-return]

    def list_actions(self, *, id: Optional[Union[IdRef, Sequence[IdRef]]] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None) -> AsyncListIterator[m.Action]:
        """List Actions

        Returns all Actions for Firewalls.

        Returns a lazy async iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            id: Filter the actions by ID. May be used multiple times.
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.

        Operation `list_firewalls_actions` (GET /firewalls/actions).
        """
        return self._list("list_firewalls_actions", {"id": id, "sort": sort, "status": status})

    async def list_actions_page(self, *, id: Optional[Union[IdRef, Sequence[IdRef]]] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Action]:
        """List Actions

        Returns all Actions for Firewalls.

        Returns one page: `.items` and `.pagination`.

        Args:
            id: Filter the actions by ID. May be used multiple times.
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_firewalls_actions` (GET /firewalls/actions).
        """
        return Page(await self._call("list_firewalls_actions", {"id": id, "sort": sort, "status": status, "page": page, "per_page": per_page}), "actions")

    async def get_action(self, id: IdRef) -> m.ActionResponse:
        """Get an Action

        Returns the specific Action.

        Operation `get_firewalls_action` (GET /firewalls/actions/{id}).
        """
        return await self._call("get_firewalls_action", {"id": id})  # type: ignore[no-any-return]

    async def get(self, id: Union[IdRef, str]) -> m.Firewall:
        """Get a Firewall

        Looks the resource up by ID or by name and returns it (raises `NotFoundError` if there is none).

        Operation `get_firewall` (GET /firewalls/{id}).
        """
        return await self._get("get_firewall", "firewall", id, "list_firewalls", "id")  # type: ignore[no-any-return]

    async def update(self, id: IdRef, *, name: Optional[str] = None, labels: Optional[Mapping[str, str]] = None) -> m.FirewallResponse:
        """Update a Firewall

        Update a Firewall.

        Args:
            name: New Certificate name.
            labels: User-defined labels (`key/value` pairs) for the Resource.

        Operation `update_firewall` (PUT /firewalls/{id}).
        """
        return await self._call("update_firewall", {"id": id, "name": name, "labels": labels})  # type: ignore[no-any-return]

    async def delete(self, id: IdRef) -> None:
        """Delete a Firewall

        Deletes the Firewall.

        Operation `delete_firewall` (DELETE /firewalls/{id}).
        """
        return await self._call("delete_firewall", {"id": id})  # type: ignore[no-any-return]

    def list_actions_for(self, id: IdRef, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None) -> AsyncListIterator[m.Action]:
        """List Actions for a Firewall

        Returns all Actions for the Firewall.

        Returns a lazy async iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.

        Operation `list_firewall_actions` (GET /firewalls/{id}/actions).
        """
        return self._list("list_firewall_actions", {"id": id, "sort": sort, "status": status})

    async def list_actions_for_page(self, id: IdRef, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Action]:
        """List Actions for a Firewall

        Returns all Actions for the Firewall.

        Returns one page: `.items` and `.pagination`.

        Args:
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_firewall_actions` (GET /firewalls/{id}/actions).
        """
        return Page(await self._call("list_firewall_actions", {"id": id, "sort": sort, "status": status, "page": page, "per_page": per_page}), "actions")

    async def apply_to_resources(self, id: IdRef, *, apply_to: Sequence[Mapping[str, Any]]) -> m.ActionListResponse:
        """Apply to Resources

        Applies a Firewall to multiple resources.

        Args:
            apply_to: Resources to apply the Firewall to.

        Operation `apply_firewall_to_resources` (POST /firewalls/{id}/actions/apply_to_resources).
        """
        return await self._call("apply_firewall_to_resources", {"id": id, "apply_to": apply_to})  # type: ignore[no-any-return]

    async def remove_from_resources(self, id: IdRef, *, remove_from: Sequence[Mapping[str, Any]]) -> m.ActionListResponse:
        """Remove from Resources

        Removes a Firewall from multiple resources.

        Args:
            remove_from: Resources to remove the Firewall from.

        Operation `remove_firewall_from_resources` (POST /firewalls/{id}/actions/remove_from_resources).
        """
        return await self._call("remove_firewall_from_resources", {"id": id, "remove_from": remove_from})  # type: ignore[no-any-return]

    async def set_rules(self, id: IdRef, *, rules: Sequence[Mapping[str, Any]]) -> m.ActionListResponse:
        """Set Rules

        Set the rules of a Firewall.

        Args:
            rules: Array of rules.

        Operation `set_firewall_rules` (POST /firewalls/{id}/actions/set_rules).
        """
        return await self._call("set_firewall_rules", {"id": id, "rules": rules})  # type: ignore[no-any-return]

    async def get_firewall_action(self, id: IdRef, action_id: IdRef) -> m.ActionResponse:
        """Get an Action for a Firewall

        Deprecated: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.

        **Deprecated**: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.

        Operation `get_firewall_action` (GET /firewalls/{id}/actions/{action_id}).
        """
        return await self._call("get_firewall_action", {"id": id, "action_id": action_id})  # type: ignore[no-any-return]


__all__.append("AsyncFirewallsResource")
