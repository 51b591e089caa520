# Generated from cloud.spec.json by xtask. Do not edit.
"""The resources of `Client` and `AsyncClient`: one method per API operation."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, List, Literal, Mapping, Optional, Sequence, Union

from ._base import (
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
    from . import _native as m

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
        return self._get("get_action", "action", id, None, None)  # type: ignore[no-any-return]


__all__.append("ActionsResource")


class CertificatesResource(SyncResource):
    """Operations on certificates: `client.certificates.<method>(...)`."""

    def list(self, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None, name: Optional[str] = None, label_selector: Optional[str] = None, type: Optional[Union[Literal["uploaded", "managed"], Sequence[Literal["uploaded", "managed"]]]] = None) -> ListIterator[m.Certificate]:
        """List Certificates

        Returns all Certificate objects.

        Returns a lazy iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            sort: Sort resources by field and direction. May be used multiple times.
            name: Filter resources by their name.
            label_selector: Filter resources by labels.
            type: Filter resources by type. May be used multiple times.

        Operation `list_certificates` (GET /certificates).
        """
        return self._list("list_certificates", {"sort": sort, "name": name, "label_selector": label_selector, "type": type})

    def list_page(self, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None, name: Optional[str] = None, label_selector: Optional[str] = None, type: Optional[Union[Literal["uploaded", "managed"], Sequence[Literal["uploaded", "managed"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Certificate]:
        """List Certificates

        Returns all Certificate objects.

        Returns one page: `.items` and `.pagination`.

        Args:
            sort: Sort resources by field and direction. May be used multiple times.
            name: Filter resources by their name.
            label_selector: Filter resources by labels.
            type: Filter resources by type. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_certificates` (GET /certificates).
        """
        return Page(self._call("list_certificates", {"sort": sort, "name": name, "label_selector": label_selector, "type": type, "page": page, "per_page": per_page}), "certificates")

    def create(self, *, name: str, labels: Optional[Mapping[str, str]] = None, type: Optional[Literal["uploaded", "managed"]] = None, certificate: Optional[str] = None, private_key: Optional[str] = None, domain_names: Optional[Sequence[str]] = None) -> m.CreateCertificateResponse:
        """Create a Certificate

        Creates a new Certificate.

        Args:
            name: Name of the Certificate.
            labels: User-defined labels (`key/value` pairs) for the Resource. For more information, see "Labels".
            type: Choose between uploading a Certificate in PEM format or requesting a managed *Let's Encrypt* Certificate.
            certificate: Certificate and chain in PEM format, in order so that each record directly certifies the one preceding. Required for type `uploaded` Certificates.
            private_key: Certificate key in PEM format. Required for type `uploaded` Certificates.
            domain_names: Domains and subdomains that should be contained in the Certificate issued by *Let's Encrypt*. Required for type `managed` Certificates.

        Operation `create_certificate` (POST /certificates).
        """
        return self._call("create_certificate", {"name": name, "labels": labels, "type": type, "certificate": certificate, "private_key": private_key, "domain_names": domain_names})  # type: ignore[no-any-return]

    def list_actions(self, *, id: Optional[Union[IdRef, Sequence[IdRef]]] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None) -> ListIterator[m.Action]:
        """List Actions

        Returns all Action objects. You can `sort` the results by using the sort URI parameter, and filter them with the `status` and `id` parameter.

        Returns a lazy iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            id: Filter the actions by ID. May be used multiple times.
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.

        Operation `list_certificates_actions` (GET /certificates/actions).
        """
        return self._list("list_certificates_actions", {"id": id, "sort": sort, "status": status})

    def list_actions_page(self, *, id: Optional[Union[IdRef, Sequence[IdRef]]] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Action]:
        """List Actions

        Returns all Action objects. You can `sort` the results by using the sort URI parameter, and filter them with the `status` and `id` parameter.

        Returns one page: `.items` and `.pagination`.

        Args:
            id: Filter the actions by ID. May be used multiple times.
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_certificates_actions` (GET /certificates/actions).
        """
        return Page(self._call("list_certificates_actions", {"id": id, "sort": sort, "status": status, "page": page, "per_page": per_page}), "actions")

    def get_action(self, id: IdRef) -> m.ActionResponse:
        """Get an Action

        Returns a specific Action object.

        Operation `get_certificates_action` (GET /certificates/actions/{id}).
        """
        return self._call("get_certificates_action", {"id": id})  # type: ignore[no-any-return]

    def get(self, id: Union[IdRef, str]) -> m.Certificate:
        """Get a Certificate

        Looks the resource up by ID or by name and returns it (raises `NotFoundError` if there is none).

        Operation `get_certificate` (GET /certificates/{id}).
        """
        return self._get("get_certificate", "certificate", id, "list_certificates", "certificates")  # type: ignore[no-any-return]

    def update(self, id: IdRef, *, name: Optional[str] = None, labels: Optional[Mapping[str, str]] = None) -> m.CertificateResponse:
        """Update a Certificate

        Updates the Certificate properties.

        Args:
            name: New Certificate name.
            labels: User-defined labels (`key/value` pairs) for the Resource.

        Operation `update_certificate` (PUT /certificates/{id}).
        """
        return self._call("update_certificate", {"id": id, "name": name, "labels": labels})  # type: ignore[no-any-return]

    def delete(self, id: IdRef) -> None:
        """Delete a Certificate

        Deletes a Certificate.

        Operation `delete_certificate` (DELETE /certificates/{id}).
        """
        return self._call("delete_certificate", {"id": id})  # type: ignore[no-any-return]

    def list_actions_for(self, id: IdRef, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None) -> ListIterator[m.Action]:
        """List Actions for a Certificate

        Returns all Action objects for a Certificate. You can sort the results by using the `sort` URI parameter, and filter them with the `status` parameter.

        Returns a lazy iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.

        Operation `list_certificate_actions` (GET /certificates/{id}/actions).
        """
        return self._list("list_certificate_actions", {"id": id, "sort": sort, "status": status})

    def list_actions_for_page(self, id: IdRef, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Action]:
        """List Actions for a Certificate

        Returns all Action objects for a Certificate. You can sort the results by using the `sort` URI parameter, and filter them with the `status` parameter.

        Returns one page: `.items` and `.pagination`.

        Args:
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_certificate_actions` (GET /certificates/{id}/actions).
        """
        return Page(self._call("list_certificate_actions", {"id": id, "sort": sort, "status": status, "page": page, "per_page": per_page}), "actions")

    def retry(self, id: IdRef) -> m.ActionResponse:
        """Retry Issuance or Renewal

        Retry a failed Certificate issuance or renewal.

        Operation `retry_certificate` (POST /certificates/{id}/actions/retry).
        """
        return self._call("retry_certificate", {"id": id})  # type: ignore[no-any-return]

    def get_certificate_action(self, id: IdRef, action_id: IdRef) -> m.ActionResponse:
        """Get an Action for a Certificate

        Deprecated: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.

        **Deprecated**: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.

        Operation `get_certificate_action` (GET /certificates/{id}/actions/{action_id}).
        """
        return self._call("get_certificate_action", {"id": id, "action_id": action_id})  # type: ignore[no-any-return]


__all__.append("CertificatesResource")


class DatacentersResource(SyncResource):
    """Operations on datacenters: `client.datacenters.<method>(...)`."""

    def list(self, *, name: Optional[str] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc"]]]] = None) -> ListIterator[m.Datacenter]:
        """List Data Centers

        Deprecated: This endpoint is deprecated as of 01 June 2026 and will be removed after 01 October 2026.

        **Deprecated:** This endpoint is deprecated as of 01 June 2026 and will be removed after 01 October 2026.

        Returns a lazy iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            name: Filter resources by their name.
            sort: Sort resources by field and direction. May be used multiple times.

        Operation `list_datacenters` (GET /datacenters).
        """
        return self._list("list_datacenters", {"name": name, "sort": sort})

    def list_page(self, *, name: Optional[str] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Datacenter]:
        """List Data Centers

        Deprecated: This endpoint is deprecated as of 01 June 2026 and will be removed after 01 October 2026.

        **Deprecated:** This endpoint is deprecated as of 01 June 2026 and will be removed after 01 October 2026.

        Returns one page: `.items` and `.pagination`.

        Args:
            name: Filter resources by their name.
            sort: Sort resources by field and direction. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_datacenters` (GET /datacenters).
        """
        return Page(self._call("list_datacenters", {"name": name, "sort": sort, "page": page, "per_page": per_page}), "datacenters")

    def get(self, id: Union[IdRef, str]) -> m.Datacenter:
        """Get a Data Center

        Looks the resource up by ID or by name and returns it (raises `NotFoundError` if there is none).

        Operation `get_datacenter` (GET /datacenters/{id}).
        """
        return self._get("get_datacenter", "datacenter", id, "list_datacenters", "datacenters")  # type: ignore[no-any-return]


__all__.append("DatacentersResource")


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
        return self._get("get_firewall", "firewall", id, "list_firewalls", "firewalls")  # type: ignore[no-any-return]

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
        return self._get("get_floating_ip", "floating_ip", id, "list_floating_ips", "floating_ips")  # type: ignore[no-any-return]

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


class ImagesResource(SyncResource):
    """Operations on images: `client.images.<method>(...)`."""

    def list(self, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None, type: Optional[Union[Literal["system", "app", "snapshot", "backup"], Sequence[Literal["system", "app", "snapshot", "backup"]]]] = None, status: Optional[Union[Literal["available", "creating", "unavailable"], Sequence[Literal["available", "creating", "unavailable"]]]] = None, bound_to: Optional[Union[str, Sequence[str]]] = None, include_deprecated: Optional[bool] = None, name: Optional[str] = None, label_selector: Optional[str] = None, architecture: Optional[Literal["x86", "arm"]] = None) -> ListIterator[m.Image]:
        """List Images

        Returns all Image objects. You can select specific Image types only and sort the results by using URI parameters.

        Returns a lazy iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            sort: Sort resources by field and direction. May be used multiple times.
            type: Filter resources by type. May be used multiple times.
            status: Filter resources by status. May be used multiple times.
            bound_to: Filter Images by their linked Server ID. May be used multiple times.
            include_deprecated: Include deprecated Images.
            name: Filter resources by their name.
            label_selector: Filter resources by labels.
            architecture: Filter resources by cpu architecture.

        Operation `list_images` (GET /images).
        """
        return self._list("list_images", {"sort": sort, "type": type, "status": status, "bound_to": bound_to, "include_deprecated": include_deprecated, "name": name, "label_selector": label_selector, "architecture": architecture})

    def list_page(self, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None, type: Optional[Union[Literal["system", "app", "snapshot", "backup"], Sequence[Literal["system", "app", "snapshot", "backup"]]]] = None, status: Optional[Union[Literal["available", "creating", "unavailable"], Sequence[Literal["available", "creating", "unavailable"]]]] = None, bound_to: Optional[Union[str, Sequence[str]]] = None, include_deprecated: Optional[bool] = None, name: Optional[str] = None, label_selector: Optional[str] = None, architecture: Optional[Literal["x86", "arm"]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Image]:
        """List Images

        Returns all Image objects. You can select specific Image types only and sort the results by using URI parameters.

        Returns one page: `.items` and `.pagination`.

        Args:
            sort: Sort resources by field and direction. May be used multiple times.
            type: Filter resources by type. May be used multiple times.
            status: Filter resources by status. May be used multiple times.
            bound_to: Filter Images by their linked Server ID. May be used multiple times.
            include_deprecated: Include deprecated Images.
            name: Filter resources by their name.
            label_selector: Filter resources by labels.
            architecture: Filter resources by cpu architecture.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_images` (GET /images).
        """
        return Page(self._call("list_images", {"sort": sort, "type": type, "status": status, "bound_to": bound_to, "include_deprecated": include_deprecated, "name": name, "label_selector": label_selector, "architecture": architecture, "page": page, "per_page": per_page}), "images")

    def list_actions(self, *, id: Optional[Union[IdRef, Sequence[IdRef]]] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None) -> ListIterator[m.Action]:
        """List Actions

        Returns all Action objects. You can `sort` the results by using the sort URI parameter, and filter them with the `status` and `id` parameter.

        Returns a lazy iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            id: Filter the actions by ID. May be used multiple times.
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.

        Operation `list_images_actions` (GET /images/actions).
        """
        return self._list("list_images_actions", {"id": id, "sort": sort, "status": status})

    def list_actions_page(self, *, id: Optional[Union[IdRef, Sequence[IdRef]]] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Action]:
        """List Actions

        Returns all Action objects. You can `sort` the results by using the sort URI parameter, and filter them with the `status` and `id` parameter.

        Returns one page: `.items` and `.pagination`.

        Args:
            id: Filter the actions by ID. May be used multiple times.
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_images_actions` (GET /images/actions).
        """
        return Page(self._call("list_images_actions", {"id": id, "sort": sort, "status": status, "page": page, "per_page": per_page}), "actions")

    def get_action(self, id: IdRef) -> m.ActionResponse:
        """Get an Action

        Returns a specific Action object.

        Operation `get_images_action` (GET /images/actions/{id}).
        """
        return self._call("get_images_action", {"id": id})  # type: ignore[no-any-return]

    def get(self, id: Union[IdRef, str]) -> m.Image:
        """Get an Image

        Looks the resource up by ID or by name and returns it (raises `NotFoundError` if there is none).

        Operation `get_image` (GET /images/{id}).
        """
        return self._get("get_image", "image", id, "list_images", "images")  # type: ignore[no-any-return]

    def update(self, id: IdRef, *, description: Optional[str] = None, type: Optional[Literal["snapshot"]] = None, labels: Optional[Mapping[str, str]] = None) -> m.GetImageResponse:
        """Update an Image

        Updates the Image. You may change the description, convert a Backup Image to a Snapshot Image or change the Image labels. Only Images of type `snapshot` and `backup` can be updated.

        Args:
            description: New description of Image.
            type: Destination Image type to convert to.
            labels: User-defined labels (`key/value` pairs) for the Resource.

        Operation `update_image` (PUT /images/{id}).
        """
        return self._call("update_image", {"id": id, "description": description, "type": type, "labels": labels})  # type: ignore[no-any-return]

    def delete(self, id: IdRef) -> None:
        """Delete an Image

        Deletes an Image. Only Images of type `snapshot` and `backup` can be deleted.

        Operation `delete_image` (DELETE /images/{id}).
        """
        return self._call("delete_image", {"id": id})  # type: ignore[no-any-return]

    def list_actions_for(self, id: IdRef, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None) -> ListIterator[m.Action]:
        """List Actions for an Image

        Returns all Action objects for an Image. You can sort the results by using the `sort` URI parameter, and filter them with the `status` parameter.

        Returns a lazy iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.

        Operation `list_image_actions` (GET /images/{id}/actions).
        """
        return self._list("list_image_actions", {"id": id, "sort": sort, "status": status})

    def list_actions_for_page(self, id: IdRef, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Action]:
        """List Actions for an Image

        Returns all Action objects for an Image. You can sort the results by using the `sort` URI parameter, and filter them with the `status` parameter.

        Returns one page: `.items` and `.pagination`.

        Args:
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_image_actions` (GET /images/{id}/actions).
        """
        return Page(self._call("list_image_actions", {"id": id, "sort": sort, "status": status, "page": page, "per_page": per_page}), "actions")

    def change_protection(self, id: IdRef, *, delete: Optional[bool] = None) -> m.ActionResponse:
        """Change Image Protection

        Changes the protection configuration of the Image. Can only be used on snapshots.

        Args:
            delete: If true, prevents the snapshot from being deleted.

        Operation `change_image_protection` (POST /images/{id}/actions/change_protection).
        """
        return self._call("change_image_protection", {"id": id, "delete": delete})  # type: ignore[no-any-return]

    def get_image_action(self, id: IdRef, action_id: IdRef) -> m.ActionResponse:
        """Get an Action for an Image

        Deprecated: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.

        **Deprecated**: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.

        Operation `get_image_action` (GET /images/{id}/actions/{action_id}).
        """
        return self._call("get_image_action", {"id": id, "action_id": action_id})  # type: ignore[no-any-return]


__all__.append("ImagesResource")


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
        return self._get("get_iso", "iso", id, "list_isos", "isos")  # type: ignore[no-any-return]


__all__.append("IsosResource")


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
        return self._get("get_load_balancer_type", "load_balancer_type", id, "list_load_balancer_types", "load_balancer_types")  # type: ignore[no-any-return]


__all__.append("LoadBalancerTypesResource")


class LoadBalancersResource(SyncResource):
    """Operations on load balancers: `client.load_balancers.<method>(...)`."""

    def list(self, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None, name: Optional[str] = None, label_selector: Optional[str] = None) -> ListIterator[m.LoadBalancer]:
        """List Load Balancers

        Gets all existing Load Balancers that you have available.

        Returns a lazy iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            sort: Sort resources by field and direction. May be used multiple times.
            name: Filter resources by their name.
            label_selector: Filter resources by labels.

        Operation `list_load_balancers` (GET /load_balancers).
        """
        return self._list("list_load_balancers", {"sort": sort, "name": name, "label_selector": label_selector})

    def list_page(self, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None, name: Optional[str] = None, label_selector: Optional[str] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.LoadBalancer]:
        """List Load Balancers

        Gets all existing Load Balancers that you have available.

        Returns one page: `.items` and `.pagination`.

        Args:
            sort: Sort resources by field and direction. May be used multiple times.
            name: Filter resources by their name.
            label_selector: Filter resources by labels.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_load_balancers` (GET /load_balancers).
        """
        return Page(self._call("list_load_balancers", {"sort": sort, "name": name, "label_selector": label_selector, "page": page, "per_page": per_page}), "load_balancers")

    def create(self, *, name: str, load_balancer_type: Ref, algorithm: Optional[Mapping[str, Any]] = None, services: Optional[Sequence[Mapping[str, Any]]] = None, targets: Optional[Sequence[Mapping[str, Any]]] = None, labels: Optional[Mapping[str, str]] = None, public_interface: Optional[bool] = None, network: Optional[IdRef] = None, network_zone: Optional[str] = None, location: Optional[Ref] = None) -> m.CreateLoadBalancerResponse:
        """Create a Load Balancer

        Creates a Load Balancer.

        Args:
            name: Name of the Load Balancer.
            load_balancer_type: ID or name of the Load Balancer type this Load Balancer should be created with.
            algorithm: Algorithm of the Load Balancer.
            services: Array of services.
            targets: Array of targets.
            labels: User-defined labels (`key/value` pairs) for the Resource. For more information, see "Labels".
            public_interface: Enable or disable the public interface of the Load Balancer.
            network: ID of the network the Load Balancer should be attached to on creation.
            network_zone: Name of network zone.
            location: ID or name of Location to create Load Balancer in.

        Operation `create_load_balancer` (POST /load_balancers).
        """
        return self._call("create_load_balancer", {"name": name, "load_balancer_type": load_balancer_type, "algorithm": algorithm, "services": services, "targets": targets, "labels": labels, "public_interface": public_interface, "network": network, "network_zone": network_zone, "location": location})  # type: ignore[no-any-return]

    def list_actions(self, *, id: Optional[Union[IdRef, Sequence[IdRef]]] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None) -> ListIterator[m.Action]:
        """List Actions

        Returns all Action objects. You can `sort` the results by using the sort URI parameter, and filter them with the `status` and `id` parameter.

        Returns a lazy iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            id: Filter the actions by ID. May be used multiple times.
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.

        Operation `list_load_balancers_actions` (GET /load_balancers/actions).
        """
        return self._list("list_load_balancers_actions", {"id": id, "sort": sort, "status": status})

    def list_actions_page(self, *, id: Optional[Union[IdRef, Sequence[IdRef]]] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Action]:
        """List Actions

        Returns all Action objects. You can `sort` the results by using the sort URI parameter, and filter them with the `status` and `id` parameter.

        Returns one page: `.items` and `.pagination`.

        Args:
            id: Filter the actions by ID. May be used multiple times.
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_load_balancers_actions` (GET /load_balancers/actions).
        """
        return Page(self._call("list_load_balancers_actions", {"id": id, "sort": sort, "status": status, "page": page, "per_page": per_page}), "actions")

    def get_action(self, id: IdRef) -> m.ActionResponse:
        """Get an Action

        Returns a specific Action object.

        Operation `get_load_balancers_action` (GET /load_balancers/actions/{id}).
        """
        return self._call("get_load_balancers_action", {"id": id})  # type: ignore[no-any-return]

    def get(self, id: Union[IdRef, str]) -> m.LoadBalancer:
        """Get a Load Balancer

        Looks the resource up by ID or by name and returns it (raises `NotFoundError` if there is none).

        Operation `get_load_balancer` (GET /load_balancers/{id}).
        """
        return self._get("get_load_balancer", "load_balancer", id, "list_load_balancers", "load_balancers")  # type: ignore[no-any-return]

    def update(self, id: IdRef, *, name: Optional[str] = None, labels: Optional[Mapping[str, str]] = None) -> m.GetLoadBalancerResponse:
        """Update a Load Balancer

        Updates a Load Balancer. You can update a Load Balancer’s name and a Load Balancer’s labels.

        Args:
            name: New Certificate name.
            labels: User-defined labels (`key/value` pairs) for the Resource.

        Operation `update_load_balancer` (PUT /load_balancers/{id}).
        """
        return self._call("update_load_balancer", {"id": id, "name": name, "labels": labels})  # type: ignore[no-any-return]

    def delete(self, id: IdRef) -> None:
        """Delete a Load Balancer

        Deletes a Load Balancer.

        Operation `delete_load_balancer` (DELETE /load_balancers/{id}).
        """
        return self._call("delete_load_balancer", {"id": id})  # type: ignore[no-any-return]

    def list_actions_for(self, id: IdRef, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None) -> ListIterator[m.Action]:
        """List Actions for a Load Balancer

        Returns all Action objects for a Load Balancer. You can sort the results by using the `sort` URI parameter, and filter them with the `status` parameter.

        Returns a lazy iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.

        Operation `list_load_balancer_actions` (GET /load_balancers/{id}/actions).
        """
        return self._list("list_load_balancer_actions", {"id": id, "sort": sort, "status": status})

    def list_actions_for_page(self, id: IdRef, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Action]:
        """List Actions for a Load Balancer

        Returns all Action objects for a Load Balancer. You can sort the results by using the `sort` URI parameter, and filter them with the `status` parameter.

        Returns one page: `.items` and `.pagination`.

        Args:
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_load_balancer_actions` (GET /load_balancers/{id}/actions).
        """
        return Page(self._call("list_load_balancer_actions", {"id": id, "sort": sort, "status": status, "page": page, "per_page": per_page}), "actions")

    def add_service(self, id: IdRef, *, protocol: Optional[Literal["tcp", "http", "https"]] = None, listen_port: Optional[int] = None, destination_port: Optional[int] = None, proxyprotocol: Optional[bool] = None, health_check: Optional[Mapping[str, Any]] = None, http: Optional[Mapping[str, Any]] = None) -> m.ActionResponse:
        """Add Service

        Adds a service to a Load Balancer.

        Args:
            protocol: Protocol of the Load Balancer.
            listen_port: Port the Load Balancer listens on.
            destination_port: Port the Load Balancer will balance to.
            proxyprotocol: Is Proxyprotocol enabled or not.
            http: Configuration option for protocols http and https.

        Operation `add_load_balancer_service` (POST /load_balancers/{id}/actions/add_service).
        """
        return self._call("add_load_balancer_service", {"id": id, "protocol": protocol, "listen_port": listen_port, "destination_port": destination_port, "proxyprotocol": proxyprotocol, "health_check": health_check, "http": http})  # type: ignore[no-any-return]

    def add_target(self, id: IdRef, *, type: Literal["server", "label_selector", "ip"], server: Optional[Mapping[str, Any]] = None, label_selector: Optional[Mapping[str, Any]] = None, ip: Optional[Mapping[str, Any]] = None, use_private_ip: Optional[bool] = None) -> m.ActionResponse:
        """Add Target

        Adds a target to a Load Balancer.

        Args:
            type: Type of the resource.
            server: Configuration for type Server, only valid and required if type is `server`.
            label_selector: Configuration for label selector targets, only valid and required if type is `label_selector`.
            ip: Configuration for an IP target. It is only possible to use the (Public or vSwitch) IPs of Hetzner Online Root Servers belonging to the project owner. IPs belonging to other users are blocked. Additionally IPs belonging to services provided by Hetzner Cloud (Servers, Load Balancers, ...) are blocked as well. Only valid and required if type is `ip`.
            use_private_ip: Use the private network IP instead of the public IP of the Server, requires the Server and Load Balancer to be in the same network. Only valid for target types `server` and `label_selector`.

        Operation `add_load_balancer_target` (POST /load_balancers/{id}/actions/add_target).
        """
        return self._call("add_load_balancer_target", {"id": id, "type": type, "server": server, "label_selector": label_selector, "ip": ip, "use_private_ip": use_private_ip})  # type: ignore[no-any-return]

    def attach_to_network(self, id: IdRef, *, network: IdRef, ip: Optional[str] = None, ip_range: Optional[str] = None) -> m.ActionResponse:
        """Attach a Load Balancer to a Network

        Attach a Load Balancer to a Network.

        Args:
            network: ID of an existing network to attach the Load Balancer to.
            ip: IP to request to be assigned to this Load Balancer; if you do not provide this then you will be auto assigned an IP address.
            ip_range: IP range in CIDR block notation of the subnet to attach to.

        Operation `attach_load_balancer_to_network` (POST /load_balancers/{id}/actions/attach_to_network).
        """
        return self._call("attach_load_balancer_to_network", {"id": id, "network": network, "ip": ip, "ip_range": ip_range})  # type: ignore[no-any-return]

    def change_algorithm(self, id: IdRef, *, type: Literal["round_robin", "least_connections"]) -> m.ActionResponse:
        """Change Algorithm

        Change the algorithm that determines to which target new requests are sent.

        Args:
            type: Type of the algorithm.

        Operation `change_load_balancer_algorithm` (POST /load_balancers/{id}/actions/change_algorithm).
        """
        return self._call("change_load_balancer_algorithm", {"id": id, "type": type})  # type: ignore[no-any-return]

    def change_dns_ptr(self, id: IdRef, *, ip: str, dns_ptr: Optional[str] = None) -> m.ActionResponse:
        """Change reverse DNS entry for this Load Balancer

        Changes the hostname that will appear when getting the hostname belonging to the public IPs (IPv4 and IPv6) of this Load Balancer.

        Args:
            ip: Single IPv4 or IPv6 address to create pointer for.
            dns_ptr: Domain Name to point to.

        Operation `change_load_balancer_dns_ptr` (POST /load_balancers/{id}/actions/change_dns_ptr).
        """
        return self._call("change_load_balancer_dns_ptr", {"id": id, "ip": ip, "dns_ptr": dns_ptr})  # type: ignore[no-any-return]

    def change_protection(self, id: IdRef, *, delete: Optional[bool] = None) -> m.ActionResponse:
        """Change Load Balancer Protection

        Changes the protection configuration of a Load Balancer.

        Args:
            delete: If true, prevents the snapshot from being deleted.

        Operation `change_load_balancer_protection` (POST /load_balancers/{id}/actions/change_protection).
        """
        return self._call("change_load_balancer_protection", {"id": id, "delete": delete})  # type: ignore[no-any-return]

    def change_type(self, id: IdRef, *, load_balancer_type: Ref) -> m.ActionResponse:
        """Change the Type of a Load Balancer

        Changes the type (Max Services, Max Targets and Max Connections) of a Load Balancer.

        Args:
            load_balancer_type: ID or name of Load Balancer type the Load Balancer should migrate to.

        Operation `change_load_balancer_type` (POST /load_balancers/{id}/actions/change_type).
        """
        return self._call("change_load_balancer_type", {"id": id, "load_balancer_type": load_balancer_type})  # type: ignore[no-any-return]

    def delete_service(self, id: IdRef, *, listen_port: int) -> m.ActionResponse:
        """Delete Service

        Delete a service of a Load Balancer.

        Args:
            listen_port: The listen port of the service you want to delete.

        Operation `delete_load_balancer_service` (POST /load_balancers/{id}/actions/delete_service).
        """
        return self._call("delete_load_balancer_service", {"id": id, "listen_port": listen_port})  # type: ignore[no-any-return]

    def detach_from_network(self, id: IdRef, *, network: IdRef) -> m.ActionResponse:
        """Detach a Load Balancer from a Network

        Detaches a Load Balancer from a network.

        Args:
            network: ID of an existing network to detach the Load Balancer from.

        Operation `detach_load_balancer_from_network` (POST /load_balancers/{id}/actions/detach_from_network).
        """
        return self._call("detach_load_balancer_from_network", {"id": id, "network": network})  # type: ignore[no-any-return]

    def disable_public_interface(self, id: IdRef) -> m.ActionResponse:
        """Disable the public interface of a Load Balancer

        Disable the public interface of a Load Balancer. The Load Balancer will be not accessible from the internet via its public IPs.

        Operation `disable_load_balancer_public_interface` (POST /load_balancers/{id}/actions/disable_public_interface).
        """
        return self._call("disable_load_balancer_public_interface", {"id": id})  # type: ignore[no-any-return]

    def enable_public_interface(self, id: IdRef) -> m.ActionResponse:
        """Enable the public interface of a Load Balancer

        Enable the public interface of a Load Balancer. The Load Balancer will be accessible from the internet via its public IPs.

        Operation `enable_load_balancer_public_interface` (POST /load_balancers/{id}/actions/enable_public_interface).
        """
        return self._call("enable_load_balancer_public_interface", {"id": id})  # type: ignore[no-any-return]

    def remove_target(self, id: IdRef, *, type: Literal["server", "label_selector", "ip"], server: Optional[Mapping[str, Any]] = None, label_selector: Optional[Mapping[str, Any]] = None, ip: Optional[Mapping[str, Any]] = None) -> m.ActionResponse:
        """Remove Target

        Removes a target from a Load Balancer.

        Args:
            type: Type of the resource.
            server: Configuration for type Server, only valid and required if type is `server`.
            label_selector: Configuration for label selector targets, only valid and required if type is `label_selector`.
            ip: Configuration for an IP target. It is only possible to use the (Public or vSwitch) IPs of Hetzner Online Root Servers belonging to the project owner. IPs belonging to other users are blocked. Additionally IPs belonging to services provided by Hetzner Cloud (Servers, Load Balancers, ...) are blocked as well. Only valid and required if type is `ip`.

        Operation `remove_load_balancer_target` (POST /load_balancers/{id}/actions/remove_target).
        """
        return self._call("remove_load_balancer_target", {"id": id, "type": type, "server": server, "label_selector": label_selector, "ip": ip})  # type: ignore[no-any-return]

    def update_service(self, id: IdRef, *, protocol: Optional[Literal["tcp", "http", "https"]] = None, listen_port: Optional[int] = None, destination_port: Optional[int] = None, proxyprotocol: Optional[bool] = None, health_check: Optional[Mapping[str, Any]] = None, http: Optional[Mapping[str, Any]] = None) -> m.ActionResponse:
        """Update Service

        Updates a Load Balancer Service.

        Args:
            protocol: Protocol of the Load Balancer.
            listen_port: Port the Load Balancer listens on.
            destination_port: Port the Load Balancer will balance to.
            proxyprotocol: Is Proxyprotocol enabled or not.
            http: Configuration option for protocols http and https.

        Operation `update_load_balancer_service` (POST /load_balancers/{id}/actions/update_service).
        """
        return self._call("update_load_balancer_service", {"id": id, "protocol": protocol, "listen_port": listen_port, "destination_port": destination_port, "proxyprotocol": proxyprotocol, "health_check": health_check, "http": http})  # type: ignore[no-any-return]

    def get_load_balancer_action(self, id: IdRef, action_id: IdRef) -> m.ActionResponse:
        """Get an Action for a Load Balancer

        Deprecated: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.

        **Deprecated**: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.

        Operation `get_load_balancer_action` (GET /load_balancers/{id}/actions/{action_id}).
        """
        return self._call("get_load_balancer_action", {"id": id, "action_id": action_id})  # type: ignore[no-any-return]

    def get_metrics(self, id: IdRef, *, type: Union[Literal["open_connections", "connections_per_second", "requests_per_second", "bandwidth"], Sequence[Literal["open_connections", "connections_per_second", "requests_per_second", "bandwidth"]]], start: str, end: str, step: Optional[str] = None) -> m.GetLoadBalancerMetricsResponse:
        """Get Metrics for a LoadBalancer

        You must specify the type of metric to get: `open_connections`, `connections_per_second`, `requests_per_second` or `bandwidth`. You can also specify more than one type by comma separation, e.g. `requests_per_second,bandwidth`.

        Args:
            type: Type of metrics to get.
            start: Start of period to get Metrics for (must be in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
            end: End of period to get Metrics for (must be in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
            step: Resolution of results in seconds.

        Operation `get_load_balancer_metrics` (GET /load_balancers/{id}/metrics).
        """
        return self._call("get_load_balancer_metrics", {"id": id, "type": type, "start": start, "end": end, "step": step})  # type: ignore[no-any-return]


__all__.append("LoadBalancersResource")


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
        return self._get("get_location", "location", id, "list_locations", "locations")  # type: ignore[no-any-return]


__all__.append("LocationsResource")


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
        return self._get("get_network", "network", id, "list_networks", "networks")  # type: ignore[no-any-return]

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
        return self._get("get_placement_group", "placement_group", id, "list_placement_groups", "placement_groups")  # type: ignore[no-any-return]

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


class PricingResource(SyncResource):
    """Operations on pricing: `client.pricing.<method>(...)`."""

    def get(self) -> m.GetPricingResponse:
        """Get all prices

        Returns prices for all resources available on the platform. VAT and currency of the Project owner are used for calculations.

        Operation `get_pricing` (GET /pricing).
        """
        return self._call("get_pricing", {})  # type: ignore[no-any-return]


__all__.append("PricingResource")


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
        return self._get("get_primary_ip", "primary_ip", id, "list_primary_ips", "primary_ips")  # type: ignore[no-any-return]

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


class ServerTypesResource(SyncResource):
    """Operations on server types: `client.server_types.<method>(...)`."""

    def list(self, *, name: Optional[str] = None) -> ListIterator[m.ServerType]:
        """List Server Types

        Gets all Server type objects.

        Returns a lazy iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            name: Filter resources by their name.

        Operation `list_server_types` (GET /server_types).
        """
        return self._list("list_server_types", {"name": name})

    def list_page(self, *, name: Optional[str] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.ServerType]:
        """List Server Types

        Gets all Server type objects.

        Returns one page: `.items` and `.pagination`.

        Args:
            name: Filter resources by their name.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_server_types` (GET /server_types).
        """
        return Page(self._call("list_server_types", {"name": name, "page": page, "per_page": per_page}), "server_types")

    def get(self, id: Union[IdRef, str]) -> m.ServerType:
        """Get a Server Type

        Looks the resource up by ID or by name and returns it (raises `NotFoundError` if there is none).

        Operation `get_server_type` (GET /server_types/{id}).
        """
        return self._get("get_server_type", "server_type", id, "list_server_types", "server_types")  # type: ignore[no-any-return]


__all__.append("ServerTypesResource")


class ServersResource(SyncResource):
    """Operations on servers: `client.servers.<method>(...)`."""

    def list(self, *, name: Optional[str] = None, label_selector: Optional[str] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None, status: Optional[Union[Literal["running", "initializing", "starting", "stopping", "off", "deleting", "migrating", "rebuilding", "unknown"], Sequence[Literal["running", "initializing", "starting", "stopping", "off", "deleting", "migrating", "rebuilding", "unknown"]]]] = None) -> ListIterator[m.Server]:
        """List Servers

        Returns all existing Server objects.

        Returns a lazy iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            name: Filter resources by their name.
            label_selector: Filter resources by labels.
            sort: Sort resources by field and direction. May be used multiple times.
            status: Filter resources by status. May be used multiple times.

        Operation `list_servers` (GET /servers).
        """
        return self._list("list_servers", {"name": name, "label_selector": label_selector, "sort": sort, "status": status})

    def list_page(self, *, name: Optional[str] = None, label_selector: Optional[str] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None, status: Optional[Union[Literal["running", "initializing", "starting", "stopping", "off", "deleting", "migrating", "rebuilding", "unknown"], Sequence[Literal["running", "initializing", "starting", "stopping", "off", "deleting", "migrating", "rebuilding", "unknown"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Server]:
        """List Servers

        Returns all existing Server objects.

        Returns one page: `.items` and `.pagination`.

        Args:
            name: Filter resources by their name.
            label_selector: Filter resources by labels.
            sort: Sort resources by field and direction. May be used multiple times.
            status: Filter resources by status. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_servers` (GET /servers).
        """
        return Page(self._call("list_servers", {"name": name, "label_selector": label_selector, "sort": sort, "status": status, "page": page, "per_page": per_page}), "servers")

    def create(self, *, name: str, server_type: Ref, image: Ref, location: Optional[Ref] = None, start_after_create: Optional[bool] = None, placement_group: Optional[IdRef] = None, ssh_keys: Optional[Sequence[Ref]] = None, volumes: Optional[Sequence[IdRef]] = None, networks: Optional[Sequence[IdRef]] = None, firewalls: Optional[Sequence[Mapping[str, Any]]] = None, user_data: Optional[str] = None, labels: Optional[Mapping[str, str]] = None, automount: Optional[bool] = None, public_net: Optional[Mapping[str, Any]] = None) -> m.CreateServerResponse:
        """Create a Server

        Creates a new Server. Returns preliminary information about the Server as well as an Action that covers progress of creation.

        Args:
            name: Name of the Server to create (must be unique per Project and a valid hostname as per RFC 1123).
            location: ID or name of the Location to create the Server in.
            server_type: ID or name of the Server type this Server should be created with.
            start_after_create: This automatically triggers a Power on a Server-Server Action after the creation is finished and is returned in the `next_actions` response object.
            image: ID or name of the Image the Server is created from.
            placement_group: ID of the Placement Group the Server should be in.
            ssh_keys: SSH key IDs (`integer`) or names (`string`) which should be injected into the Server at creation time.
            volumes: Volume IDs which should be attached to the Server at the creation time. Volumes must be in the same Location.
            networks: Network IDs which should be attached to the Server private network interface at the creation time.
            firewalls: Firewalls which should be applied on the Server's public network interface at creation time.
            user_data: Cloud-Init user data to use during Server creation. This field is limited to 32KiB.
            labels: User-defined labels (`key/value` pairs) for the Resource. For more information, see "Labels".
            automount: Auto-mount Volumes after attach.
            public_net: Public Network options.

        Operation `create_server` (POST /servers).
        """
        return self._call("create_server", {"name": name, "location": location, "server_type": server_type, "start_after_create": start_after_create, "image": image, "placement_group": placement_group, "ssh_keys": ssh_keys, "volumes": volumes, "networks": networks, "firewalls": firewalls, "user_data": user_data, "labels": labels, "automount": automount, "public_net": public_net})  # type: ignore[no-any-return]

    def list_actions(self, *, id: Optional[Union[IdRef, Sequence[IdRef]]] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None) -> ListIterator[m.Action]:
        """List Actions

        Returns all Action objects. You can `sort` the results by using the sort URI parameter, and filter them with the `status` and `id` parameter.

        Returns a lazy iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            id: Filter the actions by ID. May be used multiple times.
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.

        Operation `list_servers_actions` (GET /servers/actions).
        """
        return self._list("list_servers_actions", {"id": id, "sort": sort, "status": status})

    def list_actions_page(self, *, id: Optional[Union[IdRef, Sequence[IdRef]]] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Action]:
        """List Actions

        Returns all Action objects. You can `sort` the results by using the sort URI parameter, and filter them with the `status` and `id` parameter.

        Returns one page: `.items` and `.pagination`.

        Args:
            id: Filter the actions by ID. May be used multiple times.
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_servers_actions` (GET /servers/actions).
        """
        return Page(self._call("list_servers_actions", {"id": id, "sort": sort, "status": status, "page": page, "per_page": per_page}), "actions")

    def get_action(self, id: IdRef) -> m.ActionResponse:
        """Get an Action

        Returns a specific Action object.

        Operation `get_servers_action` (GET /servers/actions/{id}).
        """
        return self._call("get_servers_action", {"id": id})  # type: ignore[no-any-return]

    def get(self, id: Union[IdRef, str]) -> m.Server:
        """Get a Server

        Looks the resource up by ID or by name and returns it (raises `NotFoundError` if there is none).

        Operation `get_server` (GET /servers/{id}).
        """
        return self._get("get_server", "server", id, "list_servers", "servers")  # type: ignore[no-any-return]

    def update(self, id: IdRef, *, name: Optional[str] = None, labels: Optional[Mapping[str, str]] = None) -> m.GetServerResponse:
        """Update a Server

        Updates a Server. You can update a Server’s name and a Server’s labels.

        Args:
            name: New Certificate name.
            labels: User-defined labels (`key/value` pairs) for the Resource.

        Operation `update_server` (PUT /servers/{id}).
        """
        return self._call("update_server", {"id": id, "name": name, "labels": labels})  # type: ignore[no-any-return]

    def delete(self, id: IdRef) -> m.DeleteServerResponse:
        """Delete a Server

        Deletes a Server.

        Operation `delete_server` (DELETE /servers/{id}).
        """
        return self._call("delete_server", {"id": id})  # type: ignore[no-any-return]

    def list_actions_for(self, id: IdRef, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None) -> ListIterator[m.Action]:
        """List Actions for a Server

        Returns all Action objects for a Server. You can `sort` the results by using the sort URI parameter, and filter them with the `status` parameter.

        Returns a lazy iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.

        Operation `list_server_actions` (GET /servers/{id}/actions).
        """
        return self._list("list_server_actions", {"id": id, "sort": sort, "status": status})

    def list_actions_for_page(self, id: IdRef, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Action]:
        """List Actions for a Server

        Returns all Action objects for a Server. You can `sort` the results by using the sort URI parameter, and filter them with the `status` parameter.

        Returns one page: `.items` and `.pagination`.

        Args:
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_server_actions` (GET /servers/{id}/actions).
        """
        return Page(self._call("list_server_actions", {"id": id, "sort": sort, "status": status, "page": page, "per_page": per_page}), "actions")

    def add_to_placement_group(self, id: IdRef, *, placement_group: IdRef) -> m.ActionResponse:
        """Add a Server to a Placement Group

        Adds a Server to a Placement Group.

        Args:
            placement_group: ID of Placement Group the Server should be added to.

        Operation `add_server_to_placement_group` (POST /servers/{id}/actions/add_to_placement_group).
        """
        return self._call("add_server_to_placement_group", {"id": id, "placement_group": placement_group})  # type: ignore[no-any-return]

    def attach_iso(self, id: IdRef, *, iso: Ref) -> m.ActionResponse:
        """Attach an ISO to a Server

        Attaches an ISO to a Server. The Server will immediately see it as a new disk. An already attached ISO will automatically be detached before the new ISO is attached.

        Args:
            iso: ID or name of ISO to attach to the Server as listed in GET `/isos`.

        Operation `attach_server_iso` (POST /servers/{id}/actions/attach_iso).
        """
        return self._call("attach_server_iso", {"id": id, "iso": iso})  # type: ignore[no-any-return]

    def attach_to_network(self, id: IdRef, *, network: IdRef, ip: Optional[str] = None, alias_ips: Optional[Sequence[str]] = None, ip_range: Optional[str] = None) -> m.ActionResponse:
        """Attach a Server to a Network

        Attaches a Server to a network. This will complement the fixed public Server interface by adding an additional ethernet interface to the Server which is connected to the specified network.

        Args:
            network: ID of an existing network to attach the Server to.
            ip: IP to request to be assigned to this Server; if you do not provide this then you will be auto assigned an IP address.
            alias_ips: Additional IPs to be assigned to this Server.
            ip_range: IP range in CIDR block notation of the subnet to attach to.

        Operation `attach_server_to_network` (POST /servers/{id}/actions/attach_to_network).
        """
        return self._call("attach_server_to_network", {"id": id, "network": network, "ip": ip, "alias_ips": alias_ips, "ip_range": ip_range})  # type: ignore[no-any-return]

    def change_alias_ips(self, id: IdRef, *, network: IdRef, alias_ips: Sequence[str]) -> m.ActionResponse:
        """Change alias IPs of a Network

        Changes the alias IPs of an already attached Network. Note that the existing aliases for the specified Network will be replaced with these provided in the request body. So if you want to add an alias IP, you have to provide the existing ones from the Network plus the new alias IP in the request body.

        Args:
            network: ID of an existing Network already attached to the Server.
            alias_ips: New alias IPs to set for this Server.

        Operation `change_server_alias_ips` (POST /servers/{id}/actions/change_alias_ips).
        """
        return self._call("change_server_alias_ips", {"id": id, "network": network, "alias_ips": alias_ips})  # type: ignore[no-any-return]

    def change_dns_ptr(self, id: IdRef, *, ip: str, dns_ptr: Optional[str] = None) -> m.ActionResponse:
        """Change reverse DNS entry for this Server

        Changes the hostname that will appear when getting the hostname belonging to the primary IPs (IPv4 and IPv6) of this Server.

        Args:
            ip: Single IPv4 or IPv6 address to create pointer for.
            dns_ptr: Domain Name to point to.

        Operation `change_server_dns_ptr` (POST /servers/{id}/actions/change_dns_ptr).
        """
        return self._call("change_server_dns_ptr", {"id": id, "ip": ip, "dns_ptr": dns_ptr})  # type: ignore[no-any-return]

    def change_protection(self, id: IdRef, *, delete: Optional[bool] = None, rebuild: Optional[bool] = None) -> m.ActionResponse:
        """Change Server Protection

        Changes the protection configuration of the Server.

        Args:
            delete: If true, prevents the Server from being deleted (currently delete and rebuild attribute needs to have the same value).
            rebuild: If true, prevents the Server from being rebuilt (currently delete and rebuild attribute needs to have the same value).

        Operation `change_server_protection` (POST /servers/{id}/actions/change_protection).
        """
        return self._call("change_server_protection", {"id": id, "delete": delete, "rebuild": rebuild})  # type: ignore[no-any-return]

    def change_type(self, id: IdRef, *, upgrade_disk: bool, server_type: Ref) -> m.ActionResponse:
        """Change the Type of a Server

        Changes the type (Cores, RAM and disk sizes) of a Server.

        Args:
            upgrade_disk: If false, do not upgrade the disk (this allows downgrading the Server type later).
            server_type: ID or name of Server type the Server should migrate to.

        Operation `change_server_type` (POST /servers/{id}/actions/change_type).
        """
        return self._call("change_server_type", {"id": id, "upgrade_disk": upgrade_disk, "server_type": server_type})  # type: ignore[no-any-return]

    def create_image(self, id: IdRef, *, description: Optional[str] = None, type: Optional[Literal["snapshot", "backup"]] = None, labels: Optional[Mapping[str, str]] = None) -> m.CreateServerImageResponse:
        """Create Image from a Server

        Creates an Image (snapshot) from a Server by copying the contents of its disks. This creates a snapshot of the current state of the disk and copies it into an Image. If the Server is currently running you must make sure that its disk content is consistent. Otherwise, the created Image may not be readable.

        Args:
            description: Description of the Image, will be auto-generated if not set.
            type: Type of Image to create.
            labels: User-defined labels (`key/value` pairs) for the Resource. For more information, see "Labels".

        Operation `create_server_image` (POST /servers/{id}/actions/create_image).
        """
        return self._call("create_server_image", {"id": id, "description": description, "type": type, "labels": labels})  # type: ignore[no-any-return]

    def detach_from_network(self, id: IdRef, *, network: IdRef) -> m.ActionResponse:
        """Detach a Server from a Network

        Detaches a Server from a network. The interface for this network will vanish.

        Args:
            network: ID of an existing network to detach the Load Balancer from.

        Operation `detach_server_from_network` (POST /servers/{id}/actions/detach_from_network).
        """
        return self._call("detach_server_from_network", {"id": id, "network": network})  # type: ignore[no-any-return]

    def detach_iso(self, id: IdRef) -> m.ActionResponse:
        """Detach an ISO from a Server

        Detaches an ISO from a Server. In case no ISO Image is attached to the Server, the status of the returned Action is immediately set to `success`.

        Operation `detach_server_iso` (POST /servers/{id}/actions/detach_iso).
        """
        return self._call("detach_server_iso", {"id": id})  # type: ignore[no-any-return]

    def disable_backup(self, id: IdRef) -> m.ActionResponse:
        """Disable Backups for a Server

        Disables the automatic backup option and deletes all existing Backups for a Server. No more additional charges for backups will be made.

        Operation `disable_server_backup` (POST /servers/{id}/actions/disable_backup).
        """
        return self._call("disable_server_backup", {"id": id})  # type: ignore[no-any-return]

    def disable_rescue(self, id: IdRef) -> m.ActionResponse:
        """Disable Rescue Mode for a Server

        Disables the Hetzner Rescue System for a Server. This makes a Server start from its disks on next reboot.

        Operation `disable_server_rescue` (POST /servers/{id}/actions/disable_rescue).
        """
        return self._call("disable_server_rescue", {"id": id})  # type: ignore[no-any-return]

    def enable_backup(self, id: IdRef) -> m.ActionResponse:
        """Enable and Configure Backups for a Server

        Enables and configures the automatic daily backup option for the Server. Enabling automatic backups will increase the price of the Server by 20%. In return, you will get seven slots where Images of type backup can be stored.

        Operation `enable_server_backup` (POST /servers/{id}/actions/enable_backup).
        """
        return self._call("enable_server_backup", {"id": id})  # type: ignore[no-any-return]

    def enable_rescue(self, id: IdRef, *, type: Optional[Literal["linux64"]] = None, ssh_keys: Optional[Sequence[IdRef]] = None) -> m.EnableServerRescueResponse:
        """Enable Rescue Mode for a Server

        Enable the Hetzner Rescue System for this Server. The next time a Server with enabled rescue mode boots it will start a special minimal Linux distribution designed for repair and reinstall.

        Args:
            type: Type of rescue system to boot.
            ssh_keys: Array of SSH key IDs which should be injected into the rescue system.

        Operation `enable_server_rescue` (POST /servers/{id}/actions/enable_rescue).
        """
        return self._call("enable_server_rescue", {"id": id, "type": type, "ssh_keys": ssh_keys})  # type: ignore[no-any-return]

    def power_off(self, id: IdRef) -> m.ActionResponse:
        """Power off a Server

        Cuts power to the Server. This forcefully stops it without giving the Server operating system time to gracefully stop. May lead to data loss, equivalent to pulling the power cord. Power off should only be used when shutdown does not work.

        Operation `poweroff_server` (POST /servers/{id}/actions/poweroff).
        """
        return self._call("poweroff_server", {"id": id})  # type: ignore[no-any-return]

    def power_on(self, id: IdRef) -> m.ActionResponse:
        """Power on a Server

        Starts a Server by turning its power on.

        Operation `poweron_server` (POST /servers/{id}/actions/poweron).
        """
        return self._call("poweron_server", {"id": id})  # type: ignore[no-any-return]

    def reboot(self, id: IdRef) -> m.ActionResponse:
        """Soft-reboot a Server

        Reboots a Server gracefully by sending an ACPI request. The Server operating system must support ACPI and react to the request, otherwise the Server will not reboot.

        Operation `reboot_server` (POST /servers/{id}/actions/reboot).
        """
        return self._call("reboot_server", {"id": id})  # type: ignore[no-any-return]

    def rebuild(self, id: IdRef, *, image: Ref, user_data: Optional[str] = None) -> m.RebuildServerResponse:
        """Rebuild a Server from an Image

        Rebuilds a Server overwriting its disk with the content of an Image, thereby **destroying all data** on the target Server

        Args:
            image: ID or name of Image to rebuilt from.
            user_data: Cloud-Init user data to use during Server rebuild. This field is limited to 32KiB. If not specified, the Server's previous user_data value will be re-used (if any was set).

        Operation `rebuild_server` (POST /servers/{id}/actions/rebuild).
        """
        return self._call("rebuild_server", {"id": id, "image": image, "user_data": user_data})  # type: ignore[no-any-return]

    def remove_from_placement_group(self, id: IdRef) -> m.ActionResponse:
        """Remove from Placement Group

        Removes a Server from a Placement Group.

        Operation `remove_server_from_placement_group` (POST /servers/{id}/actions/remove_from_placement_group).
        """
        return self._call("remove_server_from_placement_group", {"id": id})  # type: ignore[no-any-return]

    def request_console(self, id: IdRef) -> m.RequestServerConsoleResponse:
        """Request Console for a Server

        Requests credentials for remote access via VNC over websocket to keyboard, monitor, and mouse for a Server. The provided URL is valid for 1 minute, after this period a new url needs to be created to connect to the Server. How long the connection is open after the initial connect is not subject to this timeout.

        Operation `request_server_console` (POST /servers/{id}/actions/request_console).
        """
        return self._call("request_server_console", {"id": id})  # type: ignore[no-any-return]

    def reset(self, id: IdRef) -> m.ActionResponse:
        """Reset a Server

        Cuts power to a Server and starts it again. This forcefully stops it without giving the Server operating system time to gracefully stop. This may lead to data loss, it’s equivalent to pulling the power cord and plugging it in again. Reset should only be used when reboot does not work.

        Operation `reset_server` (POST /servers/{id}/actions/reset).
        """
        return self._call("reset_server", {"id": id})  # type: ignore[no-any-return]

    def reset_password(self, id: IdRef) -> m.EnableServerRescueResponse:
        """Reset root Password of a Server

        Resets the root password. Only works for Linux systems that are running the qemu guest agent. Server must be powered on (status `running`) in order for this operation to succeed.

        Operation `reset_server_password` (POST /servers/{id}/actions/reset_password).
        """
        return self._call("reset_server_password", {"id": id})  # type: ignore[no-any-return]

    def shutdown(self, id: IdRef) -> m.ActionResponse:
        """Shutdown a Server

        Shuts down a Server gracefully by sending an ACPI shutdown request. The Server operating system must support ACPI
        and react to the request, otherwise the Server will not shut down. Please note that the `action` status in this case
        only reflects whether the action was sent to the server. It does not mean that the server actually shut down
        successfully. If you need to ensure that the server is off, use the `poweroff` action.

        Operation `shutdown_server` (POST /servers/{id}/actions/shutdown).
        """
        return self._call("shutdown_server", {"id": id})  # type: ignore[no-any-return]

    def get_server_action(self, id: IdRef, action_id: IdRef) -> m.ActionResponse:
        """Get an Action for a Server

        Deprecated: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.

        **Deprecated**: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.

        Operation `get_server_action` (GET /servers/{id}/actions/{action_id}).
        """
        return self._call("get_server_action", {"id": id, "action_id": action_id})  # type: ignore[no-any-return]

    def get_metrics(self, id: IdRef, *, type: Union[Literal["cpu", "disk", "network"], Sequence[Literal["cpu", "disk", "network"]]], start: str, end: str, step: Optional[str] = None) -> m.GetLoadBalancerMetricsResponse:
        """Get Metrics for a Server

        Get Metrics for specified Server.

        Args:
            type: Type of metrics to get.
            start: Start of period to get Metrics for (must be in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
            end: End of period to get Metrics for (must be in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
            step: Resolution of results in seconds.

        Operation `get_server_metrics` (GET /servers/{id}/metrics).
        """
        return self._call("get_server_metrics", {"id": id, "type": type, "start": start, "end": end, "step": step})  # type: ignore[no-any-return]


__all__.append("ServersResource")


class SshKeysResource(SyncResource):
    """Operations on ssh keys: `client.ssh_keys.<method>(...)`."""

    def list(self, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc"]]]] = None, name: Optional[str] = None, fingerprint: Optional[str] = None, label_selector: Optional[str] = None) -> ListIterator[m.SshKey]:
        """List SSH keys

        Returns all SSH key objects.

        Returns a lazy iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            sort: Sort resources by field and direction. May be used multiple times.
            name: Filter resources by their name.
            fingerprint: May be used to filter SSH keys by their fingerprint. The response will only contain the SSH key matching the specified fingerprint.
            label_selector: Filter resources by labels.

        Operation `list_ssh_keys` (GET /ssh_keys).
        """
        return self._list("list_ssh_keys", {"sort": sort, "name": name, "fingerprint": fingerprint, "label_selector": label_selector})

    def list_page(self, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc"]]]] = None, name: Optional[str] = None, fingerprint: Optional[str] = None, label_selector: Optional[str] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.SshKey]:
        """List SSH keys

        Returns all SSH key objects.

        Returns one page: `.items` and `.pagination`.

        Args:
            sort: Sort resources by field and direction. May be used multiple times.
            name: Filter resources by their name.
            fingerprint: May be used to filter SSH keys by their fingerprint. The response will only contain the SSH key matching the specified fingerprint.
            label_selector: Filter resources by labels.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_ssh_keys` (GET /ssh_keys).
        """
        return Page(self._call("list_ssh_keys", {"sort": sort, "name": name, "fingerprint": fingerprint, "label_selector": label_selector, "page": page, "per_page": per_page}), "ssh_keys")

    def create(self, *, name: str, public_key: str, labels: Optional[Mapping[str, str]] = None) -> m.GetSshKeyResponse:
        """Create an SSH key

        Creates a new SSH key with the given `name` and `public_key`. Once an SSH key is created, it can be used in other calls such as creating Servers.

        Args:
            name: Name of the SSH key.
            public_key: Public key.
            labels: User-defined labels (`key/value` pairs) for the Resource. For more information, see "Labels".

        Operation `create_ssh_key` (POST /ssh_keys).
        """
        return self._call("create_ssh_key", {"name": name, "public_key": public_key, "labels": labels})  # type: ignore[no-any-return]

    def get(self, id: Union[IdRef, str]) -> m.SshKey:
        """Get a SSH key

        Looks the resource up by ID or by name and returns it (raises `NotFoundError` if there is none).

        Operation `get_ssh_key` (GET /ssh_keys/{id}).
        """
        return self._get("get_ssh_key", "ssh_key", id, "list_ssh_keys", "ssh_keys")  # type: ignore[no-any-return]

    def update(self, id: IdRef, *, name: Optional[str] = None, labels: Optional[Mapping[str, str]] = None) -> m.GetSshKeyResponse:
        """Update an SSH key

        Updates an SSH key. You can update an SSH key name and an SSH key labels.

        Args:
            name: New Certificate name.
            labels: User-defined labels (`key/value` pairs) for the Resource.

        Operation `update_ssh_key` (PUT /ssh_keys/{id}).
        """
        return self._call("update_ssh_key", {"id": id, "name": name, "labels": labels})  # type: ignore[no-any-return]

    def delete(self, id: IdRef) -> None:
        """Delete an SSH key

        Deletes an SSH key. It cannot be used anymore.

        Operation `delete_ssh_key` (DELETE /ssh_keys/{id}).
        """
        return self._call("delete_ssh_key", {"id": id})  # type: ignore[no-any-return]


__all__.append("SshKeysResource")


class VolumesResource(SyncResource):
    """Operations on volumes: `client.volumes.<method>(...)`."""

    def list(self, *, status: Optional[Union[Literal["available", "creating"], Sequence[Literal["available", "creating"]]]] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None, name: Optional[str] = None, label_selector: Optional[str] = None) -> ListIterator[m.Volume]:
        """List Volumes

        Gets all existing Volumes that you have available.

        Returns a lazy iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            status: Filter resources by status. May be used multiple times.
            sort: Sort resources by field and direction. May be used multiple times.
            name: Filter resources by their name.
            label_selector: Filter resources by labels.

        Operation `list_volumes` (GET /volumes).
        """
        return self._list("list_volumes", {"status": status, "sort": sort, "name": name, "label_selector": label_selector})

    def list_page(self, *, status: Optional[Union[Literal["available", "creating"], Sequence[Literal["available", "creating"]]]] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None, name: Optional[str] = None, label_selector: Optional[str] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Volume]:
        """List Volumes

        Gets all existing Volumes that you have available.

        Returns one page: `.items` and `.pagination`.

        Args:
            status: Filter resources by status. May be used multiple times.
            sort: Sort resources by field and direction. May be used multiple times.
            name: Filter resources by their name.
            label_selector: Filter resources by labels.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_volumes` (GET /volumes).
        """
        return Page(self._call("list_volumes", {"status": status, "sort": sort, "name": name, "label_selector": label_selector, "page": page, "per_page": per_page}), "volumes")

    def create(self, *, size: int, name: str, labels: Optional[Mapping[str, str]] = None, automount: Optional[bool] = None, format: Optional[str] = None, location: Optional[str] = None, server: Optional[IdRef] = None) -> m.CreateVolumeResponse:
        """Create a Volume

        Creates a new Volume attached to a Server. If you want to create a Volume that is not attached to a Server, you need to provide the `location` key instead of `server`. This can be either the ID or the name of the Location this Volume will be created in. Note that a Volume can be attached to a Server only in the same Location as the Volume itself.

        Args:
            size: Size of the Volume in GB.
            name: Name of the volume.
            labels: User-defined labels (`key/value` pairs) for the Resource. For more information, see "Labels".
            automount: Auto-mount Volume after attach. `server` must be provided.
            format: Format Volume after creation. One of: `xfs`, `ext4`.
            location: Location to create the Volume in (can be omitted if Server is specified).
            server: Server to which to attach the Volume once it's created (Volume will be created in the same Location as the server).

        Operation `create_volume` (POST /volumes).
        """
        return self._call("create_volume", {"size": size, "name": name, "labels": labels, "automount": automount, "format": format, "location": location, "server": server})  # type: ignore[no-any-return]

    def list_actions(self, *, id: Optional[Union[IdRef, Sequence[IdRef]]] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None) -> ListIterator[m.Action]:
        """List Actions

        Returns all Action objects. You can `sort` the results by using the sort URI parameter, and filter them with the `status` and `id` parameter.

        Returns a lazy iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            id: Filter the actions by ID. May be used multiple times.
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.

        Operation `list_volumes_actions` (GET /volumes/actions).
        """
        return self._list("list_volumes_actions", {"id": id, "sort": sort, "status": status})

    def list_actions_page(self, *, id: Optional[Union[IdRef, Sequence[IdRef]]] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Action]:
        """List Actions

        Returns all Action objects. You can `sort` the results by using the sort URI parameter, and filter them with the `status` and `id` parameter.

        Returns one page: `.items` and `.pagination`.

        Args:
            id: Filter the actions by ID. May be used multiple times.
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_volumes_actions` (GET /volumes/actions).
        """
        return Page(self._call("list_volumes_actions", {"id": id, "sort": sort, "status": status, "page": page, "per_page": per_page}), "actions")

    def get_action(self, id: IdRef) -> m.ActionResponse:
        """Get an Action

        Returns a specific Action object.

        Operation `get_volumes_action` (GET /volumes/actions/{id}).
        """
        return self._call("get_volumes_action", {"id": id})  # type: ignore[no-any-return]

    def get(self, id: Union[IdRef, str]) -> m.Volume:
        """Get a Volume

        Looks the resource up by ID or by name and returns it (raises `NotFoundError` if there is none).

        Operation `get_volume` (GET /volumes/{id}).
        """
        return self._get("get_volume", "volume", id, "list_volumes", "volumes")  # type: ignore[no-any-return]

    def update(self, id: IdRef, *, name: Optional[str] = None, labels: Optional[Mapping[str, str]] = None) -> m.GetVolumeResponse:
        """Update a Volume

        Updates the Volume properties.

        Args:
            name: New Certificate name.
            labels: User-defined labels (`key/value` pairs) for the Resource.

        Operation `update_volume` (PUT /volumes/{id}).
        """
        return self._call("update_volume", {"id": id, "name": name, "labels": labels})  # type: ignore[no-any-return]

    def delete(self, id: IdRef) -> None:
        """Delete a Volume

        Deletes a volume. All Volume data is irreversibly destroyed. The Volume must not be attached to a Server and it must not have delete protection enabled.

        Operation `delete_volume` (DELETE /volumes/{id}).
        """
        return self._call("delete_volume", {"id": id})  # type: ignore[no-any-return]

    def list_actions_for(self, id: IdRef, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None) -> ListIterator[m.Action]:
        """List Actions for a Volume

        Returns all Action objects for a Volume. You can `sort` the results by using the sort URI parameter, and filter them with the `status` parameter.

        Returns a lazy iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.

        Operation `list_volume_actions` (GET /volumes/{id}/actions).
        """
        return self._list("list_volume_actions", {"id": id, "sort": sort, "status": status})

    def list_actions_for_page(self, id: IdRef, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Action]:
        """List Actions for a Volume

        Returns all Action objects for a Volume. You can `sort` the results by using the sort URI parameter, and filter them with the `status` parameter.

        Returns one page: `.items` and `.pagination`.

        Args:
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_volume_actions` (GET /volumes/{id}/actions).
        """
        return Page(self._call("list_volume_actions", {"id": id, "sort": sort, "status": status, "page": page, "per_page": per_page}), "actions")

    def attach(self, id: IdRef, *, server: IdRef, automount: Optional[bool] = None) -> m.ActionResponse:
        """Attach Volume to a Server

        Attaches a Volume to a Server. Works only if the Server is in the same Location as the Volume.

        Args:
            server: ID of the Server the Volume will be attached to.
            automount: Auto-mount the Volume after attaching it.

        Operation `attach_volume` (POST /volumes/{id}/actions/attach).
        """
        return self._call("attach_volume", {"id": id, "server": server, "automount": automount})  # type: ignore[no-any-return]

    def change_protection(self, id: IdRef, *, delete: Optional[bool] = None) -> m.ActionResponse:
        """Change Volume Protection

        Changes the protection configuration of a Volume.

        Args:
            delete: If true, prevents the snapshot from being deleted.

        Operation `change_volume_protection` (POST /volumes/{id}/actions/change_protection).
        """
        return self._call("change_volume_protection", {"id": id, "delete": delete})  # type: ignore[no-any-return]

    def detach(self, id: IdRef) -> m.ActionResponse:
        """Detach Volume

        Detaches a Volume from the Server it’s attached to. You may attach it to a Server again at a later time.

        Operation `detach_volume` (POST /volumes/{id}/actions/detach).
        """
        return self._call("detach_volume", {"id": id})  # type: ignore[no-any-return]

    def resize(self, id: IdRef, *, size: float) -> m.ActionResponse:
        """Resize Volume

        Changes the size of a Volume. Note that downsizing a Volume is not possible.

        Args:
            size: New Volume size in GB (must be greater than current size).

        Operation `resize_volume` (POST /volumes/{id}/actions/resize).
        """
        return self._call("resize_volume", {"id": id, "size": size})  # type: ignore[no-any-return]

    def get_volume_action(self, id: IdRef, action_id: IdRef) -> m.ActionResponse:
        """Get an Action for a Volume

        Deprecated: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.

        **Deprecated**: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.

        Operation `get_volume_action` (GET /volumes/{id}/actions/{action_id}).
        """
        return self._call("get_volume_action", {"id": id, "action_id": action_id})  # type: ignore[no-any-return]


__all__.append("VolumesResource")


class ZonesResource(SyncResource):
    """Operations on zones: `client.zones.<method>(...)`."""

    def list(self, *, name: Optional[str] = None, mode: Optional[Literal["primary", "secondary"]] = None, label_selector: Optional[str] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None) -> ListIterator[m.Zone]:
        """List Zones

        Returns all Zones.

        Returns a lazy iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            name: Filter resources by their name.
            mode: Filter resources by their mode.
            label_selector: Filter resources by labels.
            sort: Sort resources by field and direction. May be used multiple times.

        Operation `list_zones` (GET /zones).
        """
        return self._list("list_zones", {"name": name, "mode": mode, "label_selector": label_selector, "sort": sort})

    def list_page(self, *, name: Optional[str] = None, mode: Optional[Literal["primary", "secondary"]] = None, label_selector: Optional[str] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Zone]:
        """List Zones

        Returns all Zones.

        Returns one page: `.items` and `.pagination`.

        Args:
            name: Filter resources by their name.
            mode: Filter resources by their mode.
            label_selector: Filter resources by labels.
            sort: Sort resources by field and direction. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_zones` (GET /zones).
        """
        return Page(self._call("list_zones", {"name": name, "mode": mode, "label_selector": label_selector, "sort": sort, "page": page, "per_page": per_page}), "zones")

    def create(self, *, name: str, mode: Literal["primary", "secondary"], ttl: Optional[int] = None, labels: Optional[Mapping[str, str]] = None, primary_nameservers: Optional[Sequence[Mapping[str, Any]]] = None, rrsets: Optional[Sequence[Mapping[str, Any]]] = None, zonefile: Optional[str] = None) -> m.CreateZoneResponse:
        """Create a Zone

        Creates a Zone.

        Args:
            name: Name of the Zone.
            mode: Mode of the Zone.
            ttl: Default Time To Live (TTL) of the Zone.
            labels: User-defined labels (`key/value` pairs) for the Resource. For more information, see "Labels".
            primary_nameservers: Primary nameservers of the Zone.
            rrsets: RRSets to be added to the Zone.
            zonefile: Zone file to import.

        Operation `create_zone` (POST /zones).
        """
        return self._call("create_zone", {"name": name, "mode": mode, "ttl": ttl, "labels": labels, "primary_nameservers": primary_nameservers, "rrsets": rrsets, "zonefile": zonefile})  # type: ignore[no-any-return]

    def get(self, id_or_name: Union[IdRef, str]) -> m.Zone:
        """Get a Zone

        Looks the resource up by ID or by name and returns it (raises `NotFoundError` if there is none).

        Operation `get_zone` (GET /zones/{id_or_name}).
        """
        return self._get("get_zone", "zone", id_or_name, "list_zones", "zones")  # type: ignore[no-any-return]

    def update(self, id_or_name: str, *, labels: Optional[Mapping[str, str]] = None) -> m.GetZoneResponse:
        """Update a Zone

        Updates a Zone.

        Args:
            labels: User-defined labels (`key/value` pairs) for the Resource.

        Operation `update_zone` (PUT /zones/{id_or_name}).
        """
        return self._call("update_zone", {"id_or_name": id_or_name, "labels": labels})  # type: ignore[no-any-return]

    def delete(self, id_or_name: str) -> m.ActionResponse:
        """Delete a Zone

        Deletes a Zone.

        Operation `delete_zone` (DELETE /zones/{id_or_name}).
        """
        return self._call("delete_zone", {"id_or_name": id_or_name})  # type: ignore[no-any-return]

    def get_zonefile(self, id_or_name: str) -> m.GetZoneZonefileResponse:
        """Export a Zone file

        Returns a generated Zone file in BIND (RFC [1034](https://datatracker.ietf.org/doc/html/rfc1034)/[1035](https://datatracker.ietf.org/doc/html/rfc1035)) format.

        Operation `get_zone_zonefile` (GET /zones/{id_or_name}/zonefile).
        """
        return self._call("get_zone_zonefile", {"id_or_name": id_or_name})  # type: ignore[no-any-return]

    def list_actions(self, *, id: Optional[Union[IdRef, Sequence[IdRef]]] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None) -> ListIterator[m.Action]:
        """List Actions

        Returns all Zone Actions.

        Returns a lazy iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            id: Filter the actions by ID. May be used multiple times.
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.

        Operation `list_zones_actions` (GET /zones/actions).
        """
        return self._list("list_zones_actions", {"id": id, "sort": sort, "status": status})

    def list_actions_page(self, *, id: Optional[Union[IdRef, Sequence[IdRef]]] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Action]:
        """List Actions

        Returns all Zone Actions.

        Returns one page: `.items` and `.pagination`.

        Args:
            id: Filter the actions by ID. May be used multiple times.
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_zones_actions` (GET /zones/actions).
        """
        return Page(self._call("list_zones_actions", {"id": id, "sort": sort, "status": status, "page": page, "per_page": per_page}), "actions")

    def get_action(self, id: IdRef) -> m.ActionResponse:
        """Get an Action

        Returns a specific Action.

        Operation `get_zones_action` (GET /zones/actions/{id}).
        """
        return self._call("get_zones_action", {"id": id})  # type: ignore[no-any-return]

    def list_actions_for(self, id_or_name: str, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None) -> ListIterator[m.Action]:
        """List Actions for a Zone

        Returns all Actions for a Zone.

        Returns a lazy iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.

        Operation `list_zone_actions` (GET /zones/{id_or_name}/actions).
        """
        return self._list("list_zone_actions", {"id_or_name": id_or_name, "sort": sort, "status": status})

    def list_actions_for_page(self, id_or_name: str, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Action]:
        """List Actions for a Zone

        Returns all Actions for a Zone.

        Returns one page: `.items` and `.pagination`.

        Args:
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_zone_actions` (GET /zones/{id_or_name}/actions).
        """
        return Page(self._call("list_zone_actions", {"id_or_name": id_or_name, "sort": sort, "status": status, "page": page, "per_page": per_page}), "actions")

    def get_zone_action(self, id_or_name: str, action_id: IdRef) -> m.ActionResponse:
        """Get an Action for a Zone

        Deprecated: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.

        **Deprecated**: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.

        Operation `get_zone_action` (GET /zones/{id_or_name}/actions/{action_id}).
        """
        return self._call("get_zone_action", {"id_or_name": id_or_name, "action_id": action_id})  # type: ignore[no-any-return]

    def change_primary_nameservers(self, id_or_name: str, *, primary_nameservers: Sequence[Mapping[str, Any]]) -> m.ActionResponse:
        """Change a Zone's Primary Nameservers

        Overwrites the primary nameservers of a Zone.

        Args:
            primary_nameservers: Primary nameservers of the Zone.

        Operation `change_zone_primary_nameservers` (POST /zones/{id_or_name}/actions/change_primary_nameservers).
        """
        return self._call("change_zone_primary_nameservers", {"id_or_name": id_or_name, "primary_nameservers": primary_nameservers})  # type: ignore[no-any-return]

    def change_protection(self, id_or_name: str, *, delete: Optional[bool] = None) -> m.ActionResponse:
        """Change a Zone's Protection

        Changes the protection configuration of a Zone.

        Args:
            delete: If true, prevents the snapshot from being deleted.

        Operation `change_zone_protection` (POST /zones/{id_or_name}/actions/change_protection).
        """
        return self._call("change_zone_protection", {"id_or_name": id_or_name, "delete": delete})  # type: ignore[no-any-return]

    def change_ttl(self, id_or_name: str, *, ttl: int) -> m.ActionResponse:
        """Change a Zone's Default TTL

        Changes the default Time To Live (TTL) of a Zone.

        Args:
            ttl: Default Time To Live (TTL) of the Zone.

        Operation `change_zone_ttl` (POST /zones/{id_or_name}/actions/change_ttl).
        """
        return self._call("change_zone_ttl", {"id_or_name": id_or_name, "ttl": ttl})  # type: ignore[no-any-return]

    def import_zonefile(self, id_or_name: str, *, zonefile: str) -> m.ActionResponse:
        """Import a Zone file

        Imports a zone file, replacing all resource record sets (RRSets).

        Args:
            zonefile: Generated zone file.

        Operation `import_zone_zonefile` (POST /zones/{id_or_name}/actions/import_zonefile).
        """
        return self._call("import_zone_zonefile", {"id_or_name": id_or_name, "zonefile": zonefile})  # type: ignore[no-any-return]

    def list_rrsets(self, id_or_name: str, *, name: Optional[str] = None, type: Optional[Union[Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"], Sequence[Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"]]]] = None, label_selector: Optional[str] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None) -> ListIterator[m.RrSet]:
        """List RRSets

        Returns all RRSets in the Zone.

        Returns a lazy iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            name: Filter resources by their name.
            type: Filter resources by their type. May be used multiple times.
            label_selector: Filter resources by labels.
            sort: Sort resources by field and direction. May be used multiple times.

        Operation `list_zone_rrsets` (GET /zones/{id_or_name}/rrsets).
        """
        return self._list("list_zone_rrsets", {"id_or_name": id_or_name, "name": name, "type": type, "label_selector": label_selector, "sort": sort})

    def list_rrsets_page(self, id_or_name: str, *, name: Optional[str] = None, type: Optional[Union[Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"], Sequence[Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"]]]] = None, label_selector: Optional[str] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.RrSet]:
        """List RRSets

        Returns all RRSets in the Zone.

        Returns one page: `.items` and `.pagination`.

        Args:
            name: Filter resources by their name.
            type: Filter resources by their type. May be used multiple times.
            label_selector: Filter resources by labels.
            sort: Sort resources by field and direction. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_zone_rrsets` (GET /zones/{id_or_name}/rrsets).
        """
        return Page(self._call("list_zone_rrsets", {"id_or_name": id_or_name, "name": name, "type": type, "label_selector": label_selector, "sort": sort, "page": page, "per_page": per_page}), "rrsets")

    def create_rrset(self, id_or_name: str, *, name: str, type: Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"], records: Sequence[Mapping[str, Any]], ttl: Optional[int] = None, labels: Optional[Mapping[str, str]] = None) -> m.CreateZoneRrsetResponse:
        """Create an RRSet

        Create an RRSet in the Zone.

        Args:
            name: Name of the RRSet.
            type: Type of the RRSet.
            ttl: Time To Live (TTL) of the RRSet.
            records: Records of the RRSet.
            labels: User-defined labels (`key/value` pairs) for the Resource. For more information, see "Labels".

        Operation `create_zone_rrset` (POST /zones/{id_or_name}/rrsets).
        """
        return self._call("create_zone_rrset", {"id_or_name": id_or_name, "name": name, "type": type, "ttl": ttl, "records": records, "labels": labels})  # type: ignore[no-any-return]

    def get_rrset(self, id_or_name: str, rr_name: str, rr_type: Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"]) -> m.GetZoneRrsetResponse:
        """Get an RRSet

        Returns a single RRSet from the Zone.

        Operation `get_zone_rrset` (GET /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}).
        """
        return self._call("get_zone_rrset", {"id_or_name": id_or_name, "rr_name": rr_name, "rr_type": rr_type})  # type: ignore[no-any-return]

    def update_rrset(self, id_or_name: str, rr_name: str, rr_type: Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"], *, labels: Optional[Mapping[str, str]] = None) -> m.GetZoneRrsetResponse:
        """Update an RRSet

        Updates an RRSet in the Zone.

        Args:
            labels: User-defined labels (`key/value` pairs) for the Resource.

        Operation `update_zone_rrset` (PUT /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}).
        """
        return self._call("update_zone_rrset", {"id_or_name": id_or_name, "rr_name": rr_name, "rr_type": rr_type, "labels": labels})  # type: ignore[no-any-return]

    def delete_rrset(self, id_or_name: str, rr_name: str, rr_type: Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"]) -> m.ActionResponse:
        """Delete an RRSet

        Deletes an RRSet from the Zone.

        Operation `delete_zone_rrset` (DELETE /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}).
        """
        return self._call("delete_zone_rrset", {"id_or_name": id_or_name, "rr_name": rr_name, "rr_type": rr_type})  # type: ignore[no-any-return]

    def change_rrset_protection(self, id_or_name: str, rr_name: str, rr_type: Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"], *, change: bool) -> m.ActionResponse:
        """Change an RRSet's Protection

        Changes the protection of an RRSet in the Zone.

        Args:
            change: Prevent the Resource from being changed.

        Operation `change_zone_rrset_protection` (POST /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/change_protection).
        """
        return self._call("change_zone_rrset_protection", {"id_or_name": id_or_name, "rr_name": rr_name, "rr_type": rr_type, "change": change})  # type: ignore[no-any-return]

    def change_rrset_ttl(self, id_or_name: str, rr_name: str, rr_type: Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"], *, ttl: Optional[int] = None) -> m.ActionResponse:
        """Change an RRSet's TTL

        Changes the Time To Live (TTL) of an RRSet in the Zone.

        Args:
            ttl: Time To Live (TTL) of the RRSet.

        Operation `change_zone_rrset_ttl` (POST /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/change_ttl).
        """
        return self._call("change_zone_rrset_ttl", {"id_or_name": id_or_name, "rr_name": rr_name, "rr_type": rr_type, "ttl": ttl})  # type: ignore[no-any-return]

    def set_rrset_records(self, id_or_name: str, rr_name: str, rr_type: Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"], *, records: Sequence[Mapping[str, Any]]) -> m.ActionResponse:
        """Set Records of an RRSet

        Overwrites the resource records (RRs) of an existing RRSet in the Zone.

        Args:
            records: Records to set in the RRSet.

        Operation `set_zone_rrset_records` (POST /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/set_records).
        """
        return self._call("set_zone_rrset_records", {"id_or_name": id_or_name, "rr_name": rr_name, "rr_type": rr_type, "records": records})  # type: ignore[no-any-return]

    def add_rrset_records(self, id_or_name: str, rr_name: str, rr_type: Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"], *, records: Sequence[Mapping[str, Any]], ttl: Optional[int] = None) -> m.ActionResponse:
        """Add Records to an RRSet

        Adds resource records (RRs) to an RRSet in the Zone.

        Args:
            ttl: Time To Live (TTL) of the RRSet.
            records: Records to add to the RRSet.

        Operation `add_zone_rrset_records` (POST /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/add_records).
        """
        return self._call("add_zone_rrset_records", {"id_or_name": id_or_name, "rr_name": rr_name, "rr_type": rr_type, "ttl": ttl, "records": records})  # type: ignore[no-any-return]

    def remove_rrset_records(self, id_or_name: str, rr_name: str, rr_type: Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"], *, records: Sequence[Mapping[str, Any]]) -> m.ActionResponse:
        """Remove Records from an RRSet

        Removes resource records (RRs) from an existing RRSet in the Zone.

        Args:
            records: Records to set in the RRSet.

        Operation `remove_zone_rrset_records` (POST /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/remove_records).
        """
        return self._call("remove_zone_rrset_records", {"id_or_name": id_or_name, "rr_name": rr_name, "rr_type": rr_type, "records": records})  # type: ignore[no-any-return]

    def update_rrset_records(self, id_or_name: str, rr_name: str, rr_type: Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"], *, records: Sequence[Mapping[str, Any]]) -> m.ActionResponse:
        """Update Records of an RRSet

        Updates resource records' (RRs) comments of an existing RRSet in the Zone.

        Args:
            records: Records to update in the RRSet.

        Operation `update_zone_rrset_records` (POST /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/update_records).
        """
        return self._call("update_zone_rrset_records", {"id_or_name": id_or_name, "rr_name": rr_name, "rr_type": rr_type, "records": records})  # type: ignore[no-any-return]


__all__.append("ZonesResource")


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
        return await self._get("get_action", "action", id, None, None)  # type: ignore[no-any-return]


__all__.append("AsyncActionsResource")


class AsyncCertificatesResource(AsyncResource):
    """Operations on certificates (awaitable): `client.certificates.<method>(...)`."""

    def list(self, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None, name: Optional[str] = None, label_selector: Optional[str] = None, type: Optional[Union[Literal["uploaded", "managed"], Sequence[Literal["uploaded", "managed"]]]] = None) -> AsyncListIterator[m.Certificate]:
        """List Certificates

        Returns all Certificate objects.

        Returns a lazy async iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            sort: Sort resources by field and direction. May be used multiple times.
            name: Filter resources by their name.
            label_selector: Filter resources by labels.
            type: Filter resources by type. May be used multiple times.

        Operation `list_certificates` (GET /certificates).
        """
        return self._list("list_certificates", {"sort": sort, "name": name, "label_selector": label_selector, "type": type})

    async def list_page(self, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None, name: Optional[str] = None, label_selector: Optional[str] = None, type: Optional[Union[Literal["uploaded", "managed"], Sequence[Literal["uploaded", "managed"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Certificate]:
        """List Certificates

        Returns all Certificate objects.

        Returns one page: `.items` and `.pagination`.

        Args:
            sort: Sort resources by field and direction. May be used multiple times.
            name: Filter resources by their name.
            label_selector: Filter resources by labels.
            type: Filter resources by type. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_certificates` (GET /certificates).
        """
        return Page(await self._call("list_certificates", {"sort": sort, "name": name, "label_selector": label_selector, "type": type, "page": page, "per_page": per_page}), "certificates")

    async def create(self, *, name: str, labels: Optional[Mapping[str, str]] = None, type: Optional[Literal["uploaded", "managed"]] = None, certificate: Optional[str] = None, private_key: Optional[str] = None, domain_names: Optional[Sequence[str]] = None) -> m.CreateCertificateResponse:
        """Create a Certificate

        Creates a new Certificate.

        Args:
            name: Name of the Certificate.
            labels: User-defined labels (`key/value` pairs) for the Resource. For more information, see "Labels".
            type: Choose between uploading a Certificate in PEM format or requesting a managed *Let's Encrypt* Certificate.
            certificate: Certificate and chain in PEM format, in order so that each record directly certifies the one preceding. Required for type `uploaded` Certificates.
            private_key: Certificate key in PEM format. Required for type `uploaded` Certificates.
            domain_names: Domains and subdomains that should be contained in the Certificate issued by *Let's Encrypt*. Required for type `managed` Certificates.

        Operation `create_certificate` (POST /certificates).
        """
        return await self._call("create_certificate", {"name": name, "labels": labels, "type": type, "certificate": certificate, "private_key": private_key, "domain_names": domain_names})  # type: ignore[no-any-return]

    def list_actions(self, *, id: Optional[Union[IdRef, Sequence[IdRef]]] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None) -> AsyncListIterator[m.Action]:
        """List Actions

        Returns all Action objects. You can `sort` the results by using the sort URI parameter, and filter them with the `status` and `id` parameter.

        Returns a lazy async iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            id: Filter the actions by ID. May be used multiple times.
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.

        Operation `list_certificates_actions` (GET /certificates/actions).
        """
        return self._list("list_certificates_actions", {"id": id, "sort": sort, "status": status})

    async def list_actions_page(self, *, id: Optional[Union[IdRef, Sequence[IdRef]]] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Action]:
        """List Actions

        Returns all Action objects. You can `sort` the results by using the sort URI parameter, and filter them with the `status` and `id` parameter.

        Returns one page: `.items` and `.pagination`.

        Args:
            id: Filter the actions by ID. May be used multiple times.
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_certificates_actions` (GET /certificates/actions).
        """
        return Page(await self._call("list_certificates_actions", {"id": id, "sort": sort, "status": status, "page": page, "per_page": per_page}), "actions")

    async def get_action(self, id: IdRef) -> m.ActionResponse:
        """Get an Action

        Returns a specific Action object.

        Operation `get_certificates_action` (GET /certificates/actions/{id}).
        """
        return await self._call("get_certificates_action", {"id": id})  # type: ignore[no-any-return]

    async def get(self, id: Union[IdRef, str]) -> m.Certificate:
        """Get a Certificate

        Looks the resource up by ID or by name and returns it (raises `NotFoundError` if there is none).

        Operation `get_certificate` (GET /certificates/{id}).
        """
        return await self._get("get_certificate", "certificate", id, "list_certificates", "certificates")  # type: ignore[no-any-return]

    async def update(self, id: IdRef, *, name: Optional[str] = None, labels: Optional[Mapping[str, str]] = None) -> m.CertificateResponse:
        """Update a Certificate

        Updates the Certificate properties.

        Args:
            name: New Certificate name.
            labels: User-defined labels (`key/value` pairs) for the Resource.

        Operation `update_certificate` (PUT /certificates/{id}).
        """
        return await self._call("update_certificate", {"id": id, "name": name, "labels": labels})  # type: ignore[no-any-return]

    async def delete(self, id: IdRef) -> None:
        """Delete a Certificate

        Deletes a Certificate.

        Operation `delete_certificate` (DELETE /certificates/{id}).
        """
        return await self._call("delete_certificate", {"id": id})  # type: ignore[no-any-return]

    def list_actions_for(self, id: IdRef, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None) -> AsyncListIterator[m.Action]:
        """List Actions for a Certificate

        Returns all Action objects for a Certificate. You can sort the results by using the `sort` URI parameter, and filter them with the `status` parameter.

        Returns a lazy async iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.

        Operation `list_certificate_actions` (GET /certificates/{id}/actions).
        """
        return self._list("list_certificate_actions", {"id": id, "sort": sort, "status": status})

    async def list_actions_for_page(self, id: IdRef, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Action]:
        """List Actions for a Certificate

        Returns all Action objects for a Certificate. You can sort the results by using the `sort` URI parameter, and filter them with the `status` parameter.

        Returns one page: `.items` and `.pagination`.

        Args:
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_certificate_actions` (GET /certificates/{id}/actions).
        """
        return Page(await self._call("list_certificate_actions", {"id": id, "sort": sort, "status": status, "page": page, "per_page": per_page}), "actions")

    async def retry(self, id: IdRef) -> m.ActionResponse:
        """Retry Issuance or Renewal

        Retry a failed Certificate issuance or renewal.

        Operation `retry_certificate` (POST /certificates/{id}/actions/retry).
        """
        return await self._call("retry_certificate", {"id": id})  # type: ignore[no-any-return]

    async def get_certificate_action(self, id: IdRef, action_id: IdRef) -> m.ActionResponse:
        """Get an Action for a Certificate

        Deprecated: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.

        **Deprecated**: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.

        Operation `get_certificate_action` (GET /certificates/{id}/actions/{action_id}).
        """
        return await self._call("get_certificate_action", {"id": id, "action_id": action_id})  # type: ignore[no-any-return]


__all__.append("AsyncCertificatesResource")


class AsyncDatacentersResource(AsyncResource):
    """Operations on datacenters (awaitable): `client.datacenters.<method>(...)`."""

    def list(self, *, name: Optional[str] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc"]]]] = None) -> AsyncListIterator[m.Datacenter]:
        """List Data Centers

        Deprecated: This endpoint is deprecated as of 01 June 2026 and will be removed after 01 October 2026.

        **Deprecated:** This endpoint is deprecated as of 01 June 2026 and will be removed after 01 October 2026.

        Returns a lazy async iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            name: Filter resources by their name.
            sort: Sort resources by field and direction. May be used multiple times.

        Operation `list_datacenters` (GET /datacenters).
        """
        return self._list("list_datacenters", {"name": name, "sort": sort})

    async def list_page(self, *, name: Optional[str] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Datacenter]:
        """List Data Centers

        Deprecated: This endpoint is deprecated as of 01 June 2026 and will be removed after 01 October 2026.

        **Deprecated:** This endpoint is deprecated as of 01 June 2026 and will be removed after 01 October 2026.

        Returns one page: `.items` and `.pagination`.

        Args:
            name: Filter resources by their name.
            sort: Sort resources by field and direction. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_datacenters` (GET /datacenters).
        """
        return Page(await self._call("list_datacenters", {"name": name, "sort": sort, "page": page, "per_page": per_page}), "datacenters")

    async def get(self, id: Union[IdRef, str]) -> m.Datacenter:
        """Get a Data Center

        Looks the resource up by ID or by name and returns it (raises `NotFoundError` if there is none).

        Operation `get_datacenter` (GET /datacenters/{id}).
        """
        return await self._get("get_datacenter", "datacenter", id, "list_datacenters", "datacenters")  # type: ignore[no-any-return]


__all__.append("AsyncDatacentersResource")


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
        return await self._get("get_firewall", "firewall", id, "list_firewalls", "firewalls")  # type: ignore[no-any-return]

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
        return await self._get("get_floating_ip", "floating_ip", id, "list_floating_ips", "floating_ips")  # type: ignore[no-any-return]

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


class AsyncImagesResource(AsyncResource):
    """Operations on images (awaitable): `client.images.<method>(...)`."""

    def list(self, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None, type: Optional[Union[Literal["system", "app", "snapshot", "backup"], Sequence[Literal["system", "app", "snapshot", "backup"]]]] = None, status: Optional[Union[Literal["available", "creating", "unavailable"], Sequence[Literal["available", "creating", "unavailable"]]]] = None, bound_to: Optional[Union[str, Sequence[str]]] = None, include_deprecated: Optional[bool] = None, name: Optional[str] = None, label_selector: Optional[str] = None, architecture: Optional[Literal["x86", "arm"]] = None) -> AsyncListIterator[m.Image]:
        """List Images

        Returns all Image objects. You can select specific Image types only and sort the results by using URI parameters.

        Returns a lazy async iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            sort: Sort resources by field and direction. May be used multiple times.
            type: Filter resources by type. May be used multiple times.
            status: Filter resources by status. May be used multiple times.
            bound_to: Filter Images by their linked Server ID. May be used multiple times.
            include_deprecated: Include deprecated Images.
            name: Filter resources by their name.
            label_selector: Filter resources by labels.
            architecture: Filter resources by cpu architecture.

        Operation `list_images` (GET /images).
        """
        return self._list("list_images", {"sort": sort, "type": type, "status": status, "bound_to": bound_to, "include_deprecated": include_deprecated, "name": name, "label_selector": label_selector, "architecture": architecture})

    async def list_page(self, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None, type: Optional[Union[Literal["system", "app", "snapshot", "backup"], Sequence[Literal["system", "app", "snapshot", "backup"]]]] = None, status: Optional[Union[Literal["available", "creating", "unavailable"], Sequence[Literal["available", "creating", "unavailable"]]]] = None, bound_to: Optional[Union[str, Sequence[str]]] = None, include_deprecated: Optional[bool] = None, name: Optional[str] = None, label_selector: Optional[str] = None, architecture: Optional[Literal["x86", "arm"]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Image]:
        """List Images

        Returns all Image objects. You can select specific Image types only and sort the results by using URI parameters.

        Returns one page: `.items` and `.pagination`.

        Args:
            sort: Sort resources by field and direction. May be used multiple times.
            type: Filter resources by type. May be used multiple times.
            status: Filter resources by status. May be used multiple times.
            bound_to: Filter Images by their linked Server ID. May be used multiple times.
            include_deprecated: Include deprecated Images.
            name: Filter resources by their name.
            label_selector: Filter resources by labels.
            architecture: Filter resources by cpu architecture.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_images` (GET /images).
        """
        return Page(await self._call("list_images", {"sort": sort, "type": type, "status": status, "bound_to": bound_to, "include_deprecated": include_deprecated, "name": name, "label_selector": label_selector, "architecture": architecture, "page": page, "per_page": per_page}), "images")

    def list_actions(self, *, id: Optional[Union[IdRef, Sequence[IdRef]]] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None) -> AsyncListIterator[m.Action]:
        """List Actions

        Returns all Action objects. You can `sort` the results by using the sort URI parameter, and filter them with the `status` and `id` parameter.

        Returns a lazy async iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            id: Filter the actions by ID. May be used multiple times.
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.

        Operation `list_images_actions` (GET /images/actions).
        """
        return self._list("list_images_actions", {"id": id, "sort": sort, "status": status})

    async def list_actions_page(self, *, id: Optional[Union[IdRef, Sequence[IdRef]]] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Action]:
        """List Actions

        Returns all Action objects. You can `sort` the results by using the sort URI parameter, and filter them with the `status` and `id` parameter.

        Returns one page: `.items` and `.pagination`.

        Args:
            id: Filter the actions by ID. May be used multiple times.
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_images_actions` (GET /images/actions).
        """
        return Page(await self._call("list_images_actions", {"id": id, "sort": sort, "status": status, "page": page, "per_page": per_page}), "actions")

    async def get_action(self, id: IdRef) -> m.ActionResponse:
        """Get an Action

        Returns a specific Action object.

        Operation `get_images_action` (GET /images/actions/{id}).
        """
        return await self._call("get_images_action", {"id": id})  # type: ignore[no-any-return]

    async def get(self, id: Union[IdRef, str]) -> m.Image:
        """Get an Image

        Looks the resource up by ID or by name and returns it (raises `NotFoundError` if there is none).

        Operation `get_image` (GET /images/{id}).
        """
        return await self._get("get_image", "image", id, "list_images", "images")  # type: ignore[no-any-return]

    async def update(self, id: IdRef, *, description: Optional[str] = None, type: Optional[Literal["snapshot"]] = None, labels: Optional[Mapping[str, str]] = None) -> m.GetImageResponse:
        """Update an Image

        Updates the Image. You may change the description, convert a Backup Image to a Snapshot Image or change the Image labels. Only Images of type `snapshot` and `backup` can be updated.

        Args:
            description: New description of Image.
            type: Destination Image type to convert to.
            labels: User-defined labels (`key/value` pairs) for the Resource.

        Operation `update_image` (PUT /images/{id}).
        """
        return await self._call("update_image", {"id": id, "description": description, "type": type, "labels": labels})  # type: ignore[no-any-return]

    async def delete(self, id: IdRef) -> None:
        """Delete an Image

        Deletes an Image. Only Images of type `snapshot` and `backup` can be deleted.

        Operation `delete_image` (DELETE /images/{id}).
        """
        return await self._call("delete_image", {"id": id})  # type: ignore[no-any-return]

    def list_actions_for(self, id: IdRef, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None) -> AsyncListIterator[m.Action]:
        """List Actions for an Image

        Returns all Action objects for an Image. You can sort the results by using the `sort` URI parameter, and filter them with the `status` parameter.

        Returns a lazy async iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.

        Operation `list_image_actions` (GET /images/{id}/actions).
        """
        return self._list("list_image_actions", {"id": id, "sort": sort, "status": status})

    async def list_actions_for_page(self, id: IdRef, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Action]:
        """List Actions for an Image

        Returns all Action objects for an Image. You can sort the results by using the `sort` URI parameter, and filter them with the `status` parameter.

        Returns one page: `.items` and `.pagination`.

        Args:
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_image_actions` (GET /images/{id}/actions).
        """
        return Page(await self._call("list_image_actions", {"id": id, "sort": sort, "status": status, "page": page, "per_page": per_page}), "actions")

    async def change_protection(self, id: IdRef, *, delete: Optional[bool] = None) -> m.ActionResponse:
        """Change Image Protection

        Changes the protection configuration of the Image. Can only be used on snapshots.

        Args:
            delete: If true, prevents the snapshot from being deleted.

        Operation `change_image_protection` (POST /images/{id}/actions/change_protection).
        """
        return await self._call("change_image_protection", {"id": id, "delete": delete})  # type: ignore[no-any-return]

    async def get_image_action(self, id: IdRef, action_id: IdRef) -> m.ActionResponse:
        """Get an Action for an Image

        Deprecated: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.

        **Deprecated**: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.

        Operation `get_image_action` (GET /images/{id}/actions/{action_id}).
        """
        return await self._call("get_image_action", {"id": id, "action_id": action_id})  # type: ignore[no-any-return]


__all__.append("AsyncImagesResource")


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
        return await self._get("get_iso", "iso", id, "list_isos", "isos")  # type: ignore[no-any-return]


__all__.append("AsyncIsosResource")


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
        return await self._get("get_load_balancer_type", "load_balancer_type", id, "list_load_balancer_types", "load_balancer_types")  # type: ignore[no-any-return]


__all__.append("AsyncLoadBalancerTypesResource")


class AsyncLoadBalancersResource(AsyncResource):
    """Operations on load balancers (awaitable): `client.load_balancers.<method>(...)`."""

    def list(self, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None, name: Optional[str] = None, label_selector: Optional[str] = None) -> AsyncListIterator[m.LoadBalancer]:
        """List Load Balancers

        Gets all existing Load Balancers that you have available.

        Returns a lazy async iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            sort: Sort resources by field and direction. May be used multiple times.
            name: Filter resources by their name.
            label_selector: Filter resources by labels.

        Operation `list_load_balancers` (GET /load_balancers).
        """
        return self._list("list_load_balancers", {"sort": sort, "name": name, "label_selector": label_selector})

    async def list_page(self, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None, name: Optional[str] = None, label_selector: Optional[str] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.LoadBalancer]:
        """List Load Balancers

        Gets all existing Load Balancers that you have available.

        Returns one page: `.items` and `.pagination`.

        Args:
            sort: Sort resources by field and direction. May be used multiple times.
            name: Filter resources by their name.
            label_selector: Filter resources by labels.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_load_balancers` (GET /load_balancers).
        """
        return Page(await self._call("list_load_balancers", {"sort": sort, "name": name, "label_selector": label_selector, "page": page, "per_page": per_page}), "load_balancers")

    async def create(self, *, name: str, load_balancer_type: Ref, algorithm: Optional[Mapping[str, Any]] = None, services: Optional[Sequence[Mapping[str, Any]]] = None, targets: Optional[Sequence[Mapping[str, Any]]] = None, labels: Optional[Mapping[str, str]] = None, public_interface: Optional[bool] = None, network: Optional[IdRef] = None, network_zone: Optional[str] = None, location: Optional[Ref] = None) -> m.CreateLoadBalancerResponse:
        """Create a Load Balancer

        Creates a Load Balancer.

        Args:
            name: Name of the Load Balancer.
            load_balancer_type: ID or name of the Load Balancer type this Load Balancer should be created with.
            algorithm: Algorithm of the Load Balancer.
            services: Array of services.
            targets: Array of targets.
            labels: User-defined labels (`key/value` pairs) for the Resource. For more information, see "Labels".
            public_interface: Enable or disable the public interface of the Load Balancer.
            network: ID of the network the Load Balancer should be attached to on creation.
            network_zone: Name of network zone.
            location: ID or name of Location to create Load Balancer in.

        Operation `create_load_balancer` (POST /load_balancers).
        """
        return await self._call("create_load_balancer", {"name": name, "load_balancer_type": load_balancer_type, "algorithm": algorithm, "services": services, "targets": targets, "labels": labels, "public_interface": public_interface, "network": network, "network_zone": network_zone, "location": location})  # type: ignore[no-any-return]

    def list_actions(self, *, id: Optional[Union[IdRef, Sequence[IdRef]]] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None) -> AsyncListIterator[m.Action]:
        """List Actions

        Returns all Action objects. You can `sort` the results by using the sort URI parameter, and filter them with the `status` and `id` parameter.

        Returns a lazy async iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            id: Filter the actions by ID. May be used multiple times.
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.

        Operation `list_load_balancers_actions` (GET /load_balancers/actions).
        """
        return self._list("list_load_balancers_actions", {"id": id, "sort": sort, "status": status})

    async def list_actions_page(self, *, id: Optional[Union[IdRef, Sequence[IdRef]]] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Action]:
        """List Actions

        Returns all Action objects. You can `sort` the results by using the sort URI parameter, and filter them with the `status` and `id` parameter.

        Returns one page: `.items` and `.pagination`.

        Args:
            id: Filter the actions by ID. May be used multiple times.
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_load_balancers_actions` (GET /load_balancers/actions).
        """
        return Page(await self._call("list_load_balancers_actions", {"id": id, "sort": sort, "status": status, "page": page, "per_page": per_page}), "actions")

    async def get_action(self, id: IdRef) -> m.ActionResponse:
        """Get an Action

        Returns a specific Action object.

        Operation `get_load_balancers_action` (GET /load_balancers/actions/{id}).
        """
        return await self._call("get_load_balancers_action", {"id": id})  # type: ignore[no-any-return]

    async def get(self, id: Union[IdRef, str]) -> m.LoadBalancer:
        """Get a Load Balancer

        Looks the resource up by ID or by name and returns it (raises `NotFoundError` if there is none).

        Operation `get_load_balancer` (GET /load_balancers/{id}).
        """
        return await self._get("get_load_balancer", "load_balancer", id, "list_load_balancers", "load_balancers")  # type: ignore[no-any-return]

    async def update(self, id: IdRef, *, name: Optional[str] = None, labels: Optional[Mapping[str, str]] = None) -> m.GetLoadBalancerResponse:
        """Update a Load Balancer

        Updates a Load Balancer. You can update a Load Balancer’s name and a Load Balancer’s labels.

        Args:
            name: New Certificate name.
            labels: User-defined labels (`key/value` pairs) for the Resource.

        Operation `update_load_balancer` (PUT /load_balancers/{id}).
        """
        return await self._call("update_load_balancer", {"id": id, "name": name, "labels": labels})  # type: ignore[no-any-return]

    async def delete(self, id: IdRef) -> None:
        """Delete a Load Balancer

        Deletes a Load Balancer.

        Operation `delete_load_balancer` (DELETE /load_balancers/{id}).
        """
        return await self._call("delete_load_balancer", {"id": id})  # type: ignore[no-any-return]

    def list_actions_for(self, id: IdRef, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None) -> AsyncListIterator[m.Action]:
        """List Actions for a Load Balancer

        Returns all Action objects for a Load Balancer. You can sort the results by using the `sort` URI parameter, and filter them with the `status` parameter.

        Returns a lazy async iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.

        Operation `list_load_balancer_actions` (GET /load_balancers/{id}/actions).
        """
        return self._list("list_load_balancer_actions", {"id": id, "sort": sort, "status": status})

    async def list_actions_for_page(self, id: IdRef, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Action]:
        """List Actions for a Load Balancer

        Returns all Action objects for a Load Balancer. You can sort the results by using the `sort` URI parameter, and filter them with the `status` parameter.

        Returns one page: `.items` and `.pagination`.

        Args:
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_load_balancer_actions` (GET /load_balancers/{id}/actions).
        """
        return Page(await self._call("list_load_balancer_actions", {"id": id, "sort": sort, "status": status, "page": page, "per_page": per_page}), "actions")

    async def add_service(self, id: IdRef, *, protocol: Optional[Literal["tcp", "http", "https"]] = None, listen_port: Optional[int] = None, destination_port: Optional[int] = None, proxyprotocol: Optional[bool] = None, health_check: Optional[Mapping[str, Any]] = None, http: Optional[Mapping[str, Any]] = None) -> m.ActionResponse:
        """Add Service

        Adds a service to a Load Balancer.

        Args:
            protocol: Protocol of the Load Balancer.
            listen_port: Port the Load Balancer listens on.
            destination_port: Port the Load Balancer will balance to.
            proxyprotocol: Is Proxyprotocol enabled or not.
            http: Configuration option for protocols http and https.

        Operation `add_load_balancer_service` (POST /load_balancers/{id}/actions/add_service).
        """
        return await self._call("add_load_balancer_service", {"id": id, "protocol": protocol, "listen_port": listen_port, "destination_port": destination_port, "proxyprotocol": proxyprotocol, "health_check": health_check, "http": http})  # type: ignore[no-any-return]

    async def add_target(self, id: IdRef, *, type: Literal["server", "label_selector", "ip"], server: Optional[Mapping[str, Any]] = None, label_selector: Optional[Mapping[str, Any]] = None, ip: Optional[Mapping[str, Any]] = None, use_private_ip: Optional[bool] = None) -> m.ActionResponse:
        """Add Target

        Adds a target to a Load Balancer.

        Args:
            type: Type of the resource.
            server: Configuration for type Server, only valid and required if type is `server`.
            label_selector: Configuration for label selector targets, only valid and required if type is `label_selector`.
            ip: Configuration for an IP target. It is only possible to use the (Public or vSwitch) IPs of Hetzner Online Root Servers belonging to the project owner. IPs belonging to other users are blocked. Additionally IPs belonging to services provided by Hetzner Cloud (Servers, Load Balancers, ...) are blocked as well. Only valid and required if type is `ip`.
            use_private_ip: Use the private network IP instead of the public IP of the Server, requires the Server and Load Balancer to be in the same network. Only valid for target types `server` and `label_selector`.

        Operation `add_load_balancer_target` (POST /load_balancers/{id}/actions/add_target).
        """
        return await self._call("add_load_balancer_target", {"id": id, "type": type, "server": server, "label_selector": label_selector, "ip": ip, "use_private_ip": use_private_ip})  # type: ignore[no-any-return]

    async def attach_to_network(self, id: IdRef, *, network: IdRef, ip: Optional[str] = None, ip_range: Optional[str] = None) -> m.ActionResponse:
        """Attach a Load Balancer to a Network

        Attach a Load Balancer to a Network.

        Args:
            network: ID of an existing network to attach the Load Balancer to.
            ip: IP to request to be assigned to this Load Balancer; if you do not provide this then you will be auto assigned an IP address.
            ip_range: IP range in CIDR block notation of the subnet to attach to.

        Operation `attach_load_balancer_to_network` (POST /load_balancers/{id}/actions/attach_to_network).
        """
        return await self._call("attach_load_balancer_to_network", {"id": id, "network": network, "ip": ip, "ip_range": ip_range})  # type: ignore[no-any-return]

    async def change_algorithm(self, id: IdRef, *, type: Literal["round_robin", "least_connections"]) -> m.ActionResponse:
        """Change Algorithm

        Change the algorithm that determines to which target new requests are sent.

        Args:
            type: Type of the algorithm.

        Operation `change_load_balancer_algorithm` (POST /load_balancers/{id}/actions/change_algorithm).
        """
        return await self._call("change_load_balancer_algorithm", {"id": id, "type": type})  # type: ignore[no-any-return]

    async def change_dns_ptr(self, id: IdRef, *, ip: str, dns_ptr: Optional[str] = None) -> m.ActionResponse:
        """Change reverse DNS entry for this Load Balancer

        Changes the hostname that will appear when getting the hostname belonging to the public IPs (IPv4 and IPv6) of this Load Balancer.

        Args:
            ip: Single IPv4 or IPv6 address to create pointer for.
            dns_ptr: Domain Name to point to.

        Operation `change_load_balancer_dns_ptr` (POST /load_balancers/{id}/actions/change_dns_ptr).
        """
        return await self._call("change_load_balancer_dns_ptr", {"id": id, "ip": ip, "dns_ptr": dns_ptr})  # type: ignore[no-any-return]

    async def change_protection(self, id: IdRef, *, delete: Optional[bool] = None) -> m.ActionResponse:
        """Change Load Balancer Protection

        Changes the protection configuration of a Load Balancer.

        Args:
            delete: If true, prevents the snapshot from being deleted.

        Operation `change_load_balancer_protection` (POST /load_balancers/{id}/actions/change_protection).
        """
        return await self._call("change_load_balancer_protection", {"id": id, "delete": delete})  # type: ignore[no-any-return]

    async def change_type(self, id: IdRef, *, load_balancer_type: Ref) -> m.ActionResponse:
        """Change the Type of a Load Balancer

        Changes the type (Max Services, Max Targets and Max Connections) of a Load Balancer.

        Args:
            load_balancer_type: ID or name of Load Balancer type the Load Balancer should migrate to.

        Operation `change_load_balancer_type` (POST /load_balancers/{id}/actions/change_type).
        """
        return await self._call("change_load_balancer_type", {"id": id, "load_balancer_type": load_balancer_type})  # type: ignore[no-any-return]

    async def delete_service(self, id: IdRef, *, listen_port: int) -> m.ActionResponse:
        """Delete Service

        Delete a service of a Load Balancer.

        Args:
            listen_port: The listen port of the service you want to delete.

        Operation `delete_load_balancer_service` (POST /load_balancers/{id}/actions/delete_service).
        """
        return await self._call("delete_load_balancer_service", {"id": id, "listen_port": listen_port})  # type: ignore[no-any-return]

    async def detach_from_network(self, id: IdRef, *, network: IdRef) -> m.ActionResponse:
        """Detach a Load Balancer from a Network

        Detaches a Load Balancer from a network.

        Args:
            network: ID of an existing network to detach the Load Balancer from.

        Operation `detach_load_balancer_from_network` (POST /load_balancers/{id}/actions/detach_from_network).
        """
        return await self._call("detach_load_balancer_from_network", {"id": id, "network": network})  # type: ignore[no-any-return]

    async def disable_public_interface(self, id: IdRef) -> m.ActionResponse:
        """Disable the public interface of a Load Balancer

        Disable the public interface of a Load Balancer. The Load Balancer will be not accessible from the internet via its public IPs.

        Operation `disable_load_balancer_public_interface` (POST /load_balancers/{id}/actions/disable_public_interface).
        """
        return await self._call("disable_load_balancer_public_interface", {"id": id})  # type: ignore[no-any-return]

    async def enable_public_interface(self, id: IdRef) -> m.ActionResponse:
        """Enable the public interface of a Load Balancer

        Enable the public interface of a Load Balancer. The Load Balancer will be accessible from the internet via its public IPs.

        Operation `enable_load_balancer_public_interface` (POST /load_balancers/{id}/actions/enable_public_interface).
        """
        return await self._call("enable_load_balancer_public_interface", {"id": id})  # type: ignore[no-any-return]

    async def remove_target(self, id: IdRef, *, type: Literal["server", "label_selector", "ip"], server: Optional[Mapping[str, Any]] = None, label_selector: Optional[Mapping[str, Any]] = None, ip: Optional[Mapping[str, Any]] = None) -> m.ActionResponse:
        """Remove Target

        Removes a target from a Load Balancer.

        Args:
            type: Type of the resource.
            server: Configuration for type Server, only valid and required if type is `server`.
            label_selector: Configuration for label selector targets, only valid and required if type is `label_selector`.
            ip: Configuration for an IP target. It is only possible to use the (Public or vSwitch) IPs of Hetzner Online Root Servers belonging to the project owner. IPs belonging to other users are blocked. Additionally IPs belonging to services provided by Hetzner Cloud (Servers, Load Balancers, ...) are blocked as well. Only valid and required if type is `ip`.

        Operation `remove_load_balancer_target` (POST /load_balancers/{id}/actions/remove_target).
        """
        return await self._call("remove_load_balancer_target", {"id": id, "type": type, "server": server, "label_selector": label_selector, "ip": ip})  # type: ignore[no-any-return]

    async def update_service(self, id: IdRef, *, protocol: Optional[Literal["tcp", "http", "https"]] = None, listen_port: Optional[int] = None, destination_port: Optional[int] = None, proxyprotocol: Optional[bool] = None, health_check: Optional[Mapping[str, Any]] = None, http: Optional[Mapping[str, Any]] = None) -> m.ActionResponse:
        """Update Service

        Updates a Load Balancer Service.

        Args:
            protocol: Protocol of the Load Balancer.
            listen_port: Port the Load Balancer listens on.
            destination_port: Port the Load Balancer will balance to.
            proxyprotocol: Is Proxyprotocol enabled or not.
            http: Configuration option for protocols http and https.

        Operation `update_load_balancer_service` (POST /load_balancers/{id}/actions/update_service).
        """
        return await self._call("update_load_balancer_service", {"id": id, "protocol": protocol, "listen_port": listen_port, "destination_port": destination_port, "proxyprotocol": proxyprotocol, "health_check": health_check, "http": http})  # type: ignore[no-any-return]

    async def get_load_balancer_action(self, id: IdRef, action_id: IdRef) -> m.ActionResponse:
        """Get an Action for a Load Balancer

        Deprecated: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.

        **Deprecated**: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.

        Operation `get_load_balancer_action` (GET /load_balancers/{id}/actions/{action_id}).
        """
        return await self._call("get_load_balancer_action", {"id": id, "action_id": action_id})  # type: ignore[no-any-return]

    async def get_metrics(self, id: IdRef, *, type: Union[Literal["open_connections", "connections_per_second", "requests_per_second", "bandwidth"], Sequence[Literal["open_connections", "connections_per_second", "requests_per_second", "bandwidth"]]], start: str, end: str, step: Optional[str] = None) -> m.GetLoadBalancerMetricsResponse:
        """Get Metrics for a LoadBalancer

        You must specify the type of metric to get: `open_connections`, `connections_per_second`, `requests_per_second` or `bandwidth`. You can also specify more than one type by comma separation, e.g. `requests_per_second,bandwidth`.

        Args:
            type: Type of metrics to get.
            start: Start of period to get Metrics for (must be in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
            end: End of period to get Metrics for (must be in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
            step: Resolution of results in seconds.

        Operation `get_load_balancer_metrics` (GET /load_balancers/{id}/metrics).
        """
        return await self._call("get_load_balancer_metrics", {"id": id, "type": type, "start": start, "end": end, "step": step})  # type: ignore[no-any-return]


__all__.append("AsyncLoadBalancersResource")


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
        return await self._get("get_location", "location", id, "list_locations", "locations")  # type: ignore[no-any-return]


__all__.append("AsyncLocationsResource")


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
        return await self._get("get_network", "network", id, "list_networks", "networks")  # type: ignore[no-any-return]

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
        return await self._get("get_placement_group", "placement_group", id, "list_placement_groups", "placement_groups")  # type: ignore[no-any-return]

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


class AsyncPricingResource(AsyncResource):
    """Operations on pricing (awaitable): `client.pricing.<method>(...)`."""

    async def get(self) -> m.GetPricingResponse:
        """Get all prices

        Returns prices for all resources available on the platform. VAT and currency of the Project owner are used for calculations.

        Operation `get_pricing` (GET /pricing).
        """
        return await self._call("get_pricing", {})  # type: ignore[no-any-return]


__all__.append("AsyncPricingResource")


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
        return await self._get("get_primary_ip", "primary_ip", id, "list_primary_ips", "primary_ips")  # type: ignore[no-any-return]

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


class AsyncServerTypesResource(AsyncResource):
    """Operations on server types (awaitable): `client.server_types.<method>(...)`."""

    def list(self, *, name: Optional[str] = None) -> AsyncListIterator[m.ServerType]:
        """List Server Types

        Gets all Server type objects.

        Returns a lazy async iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            name: Filter resources by their name.

        Operation `list_server_types` (GET /server_types).
        """
        return self._list("list_server_types", {"name": name})

    async def list_page(self, *, name: Optional[str] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.ServerType]:
        """List Server Types

        Gets all Server type objects.

        Returns one page: `.items` and `.pagination`.

        Args:
            name: Filter resources by their name.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_server_types` (GET /server_types).
        """
        return Page(await self._call("list_server_types", {"name": name, "page": page, "per_page": per_page}), "server_types")

    async def get(self, id: Union[IdRef, str]) -> m.ServerType:
        """Get a Server Type

        Looks the resource up by ID or by name and returns it (raises `NotFoundError` if there is none).

        Operation `get_server_type` (GET /server_types/{id}).
        """
        return await self._get("get_server_type", "server_type", id, "list_server_types", "server_types")  # type: ignore[no-any-return]


__all__.append("AsyncServerTypesResource")


class AsyncServersResource(AsyncResource):
    """Operations on servers (awaitable): `client.servers.<method>(...)`."""

    def list(self, *, name: Optional[str] = None, label_selector: Optional[str] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None, status: Optional[Union[Literal["running", "initializing", "starting", "stopping", "off", "deleting", "migrating", "rebuilding", "unknown"], Sequence[Literal["running", "initializing", "starting", "stopping", "off", "deleting", "migrating", "rebuilding", "unknown"]]]] = None) -> AsyncListIterator[m.Server]:
        """List Servers

        Returns all existing Server objects.

        Returns a lazy async iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            name: Filter resources by their name.
            label_selector: Filter resources by labels.
            sort: Sort resources by field and direction. May be used multiple times.
            status: Filter resources by status. May be used multiple times.

        Operation `list_servers` (GET /servers).
        """
        return self._list("list_servers", {"name": name, "label_selector": label_selector, "sort": sort, "status": status})

    async def list_page(self, *, name: Optional[str] = None, label_selector: Optional[str] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None, status: Optional[Union[Literal["running", "initializing", "starting", "stopping", "off", "deleting", "migrating", "rebuilding", "unknown"], Sequence[Literal["running", "initializing", "starting", "stopping", "off", "deleting", "migrating", "rebuilding", "unknown"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Server]:
        """List Servers

        Returns all existing Server objects.

        Returns one page: `.items` and `.pagination`.

        Args:
            name: Filter resources by their name.
            label_selector: Filter resources by labels.
            sort: Sort resources by field and direction. May be used multiple times.
            status: Filter resources by status. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_servers` (GET /servers).
        """
        return Page(await self._call("list_servers", {"name": name, "label_selector": label_selector, "sort": sort, "status": status, "page": page, "per_page": per_page}), "servers")

    async def create(self, *, name: str, server_type: Ref, image: Ref, location: Optional[Ref] = None, start_after_create: Optional[bool] = None, placement_group: Optional[IdRef] = None, ssh_keys: Optional[Sequence[Ref]] = None, volumes: Optional[Sequence[IdRef]] = None, networks: Optional[Sequence[IdRef]] = None, firewalls: Optional[Sequence[Mapping[str, Any]]] = None, user_data: Optional[str] = None, labels: Optional[Mapping[str, str]] = None, automount: Optional[bool] = None, public_net: Optional[Mapping[str, Any]] = None) -> m.CreateServerResponse:
        """Create a Server

        Creates a new Server. Returns preliminary information about the Server as well as an Action that covers progress of creation.

        Args:
            name: Name of the Server to create (must be unique per Project and a valid hostname as per RFC 1123).
            location: ID or name of the Location to create the Server in.
            server_type: ID or name of the Server type this Server should be created with.
            start_after_create: This automatically triggers a Power on a Server-Server Action after the creation is finished and is returned in the `next_actions` response object.
            image: ID or name of the Image the Server is created from.
            placement_group: ID of the Placement Group the Server should be in.
            ssh_keys: SSH key IDs (`integer`) or names (`string`) which should be injected into the Server at creation time.
            volumes: Volume IDs which should be attached to the Server at the creation time. Volumes must be in the same Location.
            networks: Network IDs which should be attached to the Server private network interface at the creation time.
            firewalls: Firewalls which should be applied on the Server's public network interface at creation time.
            user_data: Cloud-Init user data to use during Server creation. This field is limited to 32KiB.
            labels: User-defined labels (`key/value` pairs) for the Resource. For more information, see "Labels".
            automount: Auto-mount Volumes after attach.
            public_net: Public Network options.

        Operation `create_server` (POST /servers).
        """
        return await self._call("create_server", {"name": name, "location": location, "server_type": server_type, "start_after_create": start_after_create, "image": image, "placement_group": placement_group, "ssh_keys": ssh_keys, "volumes": volumes, "networks": networks, "firewalls": firewalls, "user_data": user_data, "labels": labels, "automount": automount, "public_net": public_net})  # type: ignore[no-any-return]

    def list_actions(self, *, id: Optional[Union[IdRef, Sequence[IdRef]]] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None) -> AsyncListIterator[m.Action]:
        """List Actions

        Returns all Action objects. You can `sort` the results by using the sort URI parameter, and filter them with the `status` and `id` parameter.

        Returns a lazy async iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            id: Filter the actions by ID. May be used multiple times.
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.

        Operation `list_servers_actions` (GET /servers/actions).
        """
        return self._list("list_servers_actions", {"id": id, "sort": sort, "status": status})

    async def list_actions_page(self, *, id: Optional[Union[IdRef, Sequence[IdRef]]] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Action]:
        """List Actions

        Returns all Action objects. You can `sort` the results by using the sort URI parameter, and filter them with the `status` and `id` parameter.

        Returns one page: `.items` and `.pagination`.

        Args:
            id: Filter the actions by ID. May be used multiple times.
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_servers_actions` (GET /servers/actions).
        """
        return Page(await self._call("list_servers_actions", {"id": id, "sort": sort, "status": status, "page": page, "per_page": per_page}), "actions")

    async def get_action(self, id: IdRef) -> m.ActionResponse:
        """Get an Action

        Returns a specific Action object.

        Operation `get_servers_action` (GET /servers/actions/{id}).
        """
        return await self._call("get_servers_action", {"id": id})  # type: ignore[no-any-return]

    async def get(self, id: Union[IdRef, str]) -> m.Server:
        """Get a Server

        Looks the resource up by ID or by name and returns it (raises `NotFoundError` if there is none).

        Operation `get_server` (GET /servers/{id}).
        """
        return await self._get("get_server", "server", id, "list_servers", "servers")  # type: ignore[no-any-return]

    async def update(self, id: IdRef, *, name: Optional[str] = None, labels: Optional[Mapping[str, str]] = None) -> m.GetServerResponse:
        """Update a Server

        Updates a Server. You can update a Server’s name and a Server’s labels.

        Args:
            name: New Certificate name.
            labels: User-defined labels (`key/value` pairs) for the Resource.

        Operation `update_server` (PUT /servers/{id}).
        """
        return await self._call("update_server", {"id": id, "name": name, "labels": labels})  # type: ignore[no-any-return]

    async def delete(self, id: IdRef) -> m.DeleteServerResponse:
        """Delete a Server

        Deletes a Server.

        Operation `delete_server` (DELETE /servers/{id}).
        """
        return await self._call("delete_server", {"id": id})  # type: ignore[no-any-return]

    def list_actions_for(self, id: IdRef, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None) -> AsyncListIterator[m.Action]:
        """List Actions for a Server

        Returns all Action objects for a Server. You can `sort` the results by using the sort URI parameter, and filter them with the `status` parameter.

        Returns a lazy async iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.

        Operation `list_server_actions` (GET /servers/{id}/actions).
        """
        return self._list("list_server_actions", {"id": id, "sort": sort, "status": status})

    async def list_actions_for_page(self, id: IdRef, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Action]:
        """List Actions for a Server

        Returns all Action objects for a Server. You can `sort` the results by using the sort URI parameter, and filter them with the `status` parameter.

        Returns one page: `.items` and `.pagination`.

        Args:
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_server_actions` (GET /servers/{id}/actions).
        """
        return Page(await self._call("list_server_actions", {"id": id, "sort": sort, "status": status, "page": page, "per_page": per_page}), "actions")

    async def add_to_placement_group(self, id: IdRef, *, placement_group: IdRef) -> m.ActionResponse:
        """Add a Server to a Placement Group

        Adds a Server to a Placement Group.

        Args:
            placement_group: ID of Placement Group the Server should be added to.

        Operation `add_server_to_placement_group` (POST /servers/{id}/actions/add_to_placement_group).
        """
        return await self._call("add_server_to_placement_group", {"id": id, "placement_group": placement_group})  # type: ignore[no-any-return]

    async def attach_iso(self, id: IdRef, *, iso: Ref) -> m.ActionResponse:
        """Attach an ISO to a Server

        Attaches an ISO to a Server. The Server will immediately see it as a new disk. An already attached ISO will automatically be detached before the new ISO is attached.

        Args:
            iso: ID or name of ISO to attach to the Server as listed in GET `/isos`.

        Operation `attach_server_iso` (POST /servers/{id}/actions/attach_iso).
        """
        return await self._call("attach_server_iso", {"id": id, "iso": iso})  # type: ignore[no-any-return]

    async def attach_to_network(self, id: IdRef, *, network: IdRef, ip: Optional[str] = None, alias_ips: Optional[Sequence[str]] = None, ip_range: Optional[str] = None) -> m.ActionResponse:
        """Attach a Server to a Network

        Attaches a Server to a network. This will complement the fixed public Server interface by adding an additional ethernet interface to the Server which is connected to the specified network.

        Args:
            network: ID of an existing network to attach the Server to.
            ip: IP to request to be assigned to this Server; if you do not provide this then you will be auto assigned an IP address.
            alias_ips: Additional IPs to be assigned to this Server.
            ip_range: IP range in CIDR block notation of the subnet to attach to.

        Operation `attach_server_to_network` (POST /servers/{id}/actions/attach_to_network).
        """
        return await self._call("attach_server_to_network", {"id": id, "network": network, "ip": ip, "alias_ips": alias_ips, "ip_range": ip_range})  # type: ignore[no-any-return]

    async def change_alias_ips(self, id: IdRef, *, network: IdRef, alias_ips: Sequence[str]) -> m.ActionResponse:
        """Change alias IPs of a Network

        Changes the alias IPs of an already attached Network. Note that the existing aliases for the specified Network will be replaced with these provided in the request body. So if you want to add an alias IP, you have to provide the existing ones from the Network plus the new alias IP in the request body.

        Args:
            network: ID of an existing Network already attached to the Server.
            alias_ips: New alias IPs to set for this Server.

        Operation `change_server_alias_ips` (POST /servers/{id}/actions/change_alias_ips).
        """
        return await self._call("change_server_alias_ips", {"id": id, "network": network, "alias_ips": alias_ips})  # type: ignore[no-any-return]

    async def change_dns_ptr(self, id: IdRef, *, ip: str, dns_ptr: Optional[str] = None) -> m.ActionResponse:
        """Change reverse DNS entry for this Server

        Changes the hostname that will appear when getting the hostname belonging to the primary IPs (IPv4 and IPv6) of this Server.

        Args:
            ip: Single IPv4 or IPv6 address to create pointer for.
            dns_ptr: Domain Name to point to.

        Operation `change_server_dns_ptr` (POST /servers/{id}/actions/change_dns_ptr).
        """
        return await self._call("change_server_dns_ptr", {"id": id, "ip": ip, "dns_ptr": dns_ptr})  # type: ignore[no-any-return]

    async def change_protection(self, id: IdRef, *, delete: Optional[bool] = None, rebuild: Optional[bool] = None) -> m.ActionResponse:
        """Change Server Protection

        Changes the protection configuration of the Server.

        Args:
            delete: If true, prevents the Server from being deleted (currently delete and rebuild attribute needs to have the same value).
            rebuild: If true, prevents the Server from being rebuilt (currently delete and rebuild attribute needs to have the same value).

        Operation `change_server_protection` (POST /servers/{id}/actions/change_protection).
        """
        return await self._call("change_server_protection", {"id": id, "delete": delete, "rebuild": rebuild})  # type: ignore[no-any-return]

    async def change_type(self, id: IdRef, *, upgrade_disk: bool, server_type: Ref) -> m.ActionResponse:
        """Change the Type of a Server

        Changes the type (Cores, RAM and disk sizes) of a Server.

        Args:
            upgrade_disk: If false, do not upgrade the disk (this allows downgrading the Server type later).
            server_type: ID or name of Server type the Server should migrate to.

        Operation `change_server_type` (POST /servers/{id}/actions/change_type).
        """
        return await self._call("change_server_type", {"id": id, "upgrade_disk": upgrade_disk, "server_type": server_type})  # type: ignore[no-any-return]

    async def create_image(self, id: IdRef, *, description: Optional[str] = None, type: Optional[Literal["snapshot", "backup"]] = None, labels: Optional[Mapping[str, str]] = None) -> m.CreateServerImageResponse:
        """Create Image from a Server

        Creates an Image (snapshot) from a Server by copying the contents of its disks. This creates a snapshot of the current state of the disk and copies it into an Image. If the Server is currently running you must make sure that its disk content is consistent. Otherwise, the created Image may not be readable.

        Args:
            description: Description of the Image, will be auto-generated if not set.
            type: Type of Image to create.
            labels: User-defined labels (`key/value` pairs) for the Resource. For more information, see "Labels".

        Operation `create_server_image` (POST /servers/{id}/actions/create_image).
        """
        return await self._call("create_server_image", {"id": id, "description": description, "type": type, "labels": labels})  # type: ignore[no-any-return]

    async def detach_from_network(self, id: IdRef, *, network: IdRef) -> m.ActionResponse:
        """Detach a Server from a Network

        Detaches a Server from a network. The interface for this network will vanish.

        Args:
            network: ID of an existing network to detach the Load Balancer from.

        Operation `detach_server_from_network` (POST /servers/{id}/actions/detach_from_network).
        """
        return await self._call("detach_server_from_network", {"id": id, "network": network})  # type: ignore[no-any-return]

    async def detach_iso(self, id: IdRef) -> m.ActionResponse:
        """Detach an ISO from a Server

        Detaches an ISO from a Server. In case no ISO Image is attached to the Server, the status of the returned Action is immediately set to `success`.

        Operation `detach_server_iso` (POST /servers/{id}/actions/detach_iso).
        """
        return await self._call("detach_server_iso", {"id": id})  # type: ignore[no-any-return]

    async def disable_backup(self, id: IdRef) -> m.ActionResponse:
        """Disable Backups for a Server

        Disables the automatic backup option and deletes all existing Backups for a Server. No more additional charges for backups will be made.

        Operation `disable_server_backup` (POST /servers/{id}/actions/disable_backup).
        """
        return await self._call("disable_server_backup", {"id": id})  # type: ignore[no-any-return]

    async def disable_rescue(self, id: IdRef) -> m.ActionResponse:
        """Disable Rescue Mode for a Server

        Disables the Hetzner Rescue System for a Server. This makes a Server start from its disks on next reboot.

        Operation `disable_server_rescue` (POST /servers/{id}/actions/disable_rescue).
        """
        return await self._call("disable_server_rescue", {"id": id})  # type: ignore[no-any-return]

    async def enable_backup(self, id: IdRef) -> m.ActionResponse:
        """Enable and Configure Backups for a Server

        Enables and configures the automatic daily backup option for the Server. Enabling automatic backups will increase the price of the Server by 20%. In return, you will get seven slots where Images of type backup can be stored.

        Operation `enable_server_backup` (POST /servers/{id}/actions/enable_backup).
        """
        return await self._call("enable_server_backup", {"id": id})  # type: ignore[no-any-return]

    async def enable_rescue(self, id: IdRef, *, type: Optional[Literal["linux64"]] = None, ssh_keys: Optional[Sequence[IdRef]] = None) -> m.EnableServerRescueResponse:
        """Enable Rescue Mode for a Server

        Enable the Hetzner Rescue System for this Server. The next time a Server with enabled rescue mode boots it will start a special minimal Linux distribution designed for repair and reinstall.

        Args:
            type: Type of rescue system to boot.
            ssh_keys: Array of SSH key IDs which should be injected into the rescue system.

        Operation `enable_server_rescue` (POST /servers/{id}/actions/enable_rescue).
        """
        return await self._call("enable_server_rescue", {"id": id, "type": type, "ssh_keys": ssh_keys})  # type: ignore[no-any-return]

    async def power_off(self, id: IdRef) -> m.ActionResponse:
        """Power off a Server

        Cuts power to the Server. This forcefully stops it without giving the Server operating system time to gracefully stop. May lead to data loss, equivalent to pulling the power cord. Power off should only be used when shutdown does not work.

        Operation `poweroff_server` (POST /servers/{id}/actions/poweroff).
        """
        return await self._call("poweroff_server", {"id": id})  # type: ignore[no-any-return]

    async def power_on(self, id: IdRef) -> m.ActionResponse:
        """Power on a Server

        Starts a Server by turning its power on.

        Operation `poweron_server` (POST /servers/{id}/actions/poweron).
        """
        return await self._call("poweron_server", {"id": id})  # type: ignore[no-any-return]

    async def reboot(self, id: IdRef) -> m.ActionResponse:
        """Soft-reboot a Server

        Reboots a Server gracefully by sending an ACPI request. The Server operating system must support ACPI and react to the request, otherwise the Server will not reboot.

        Operation `reboot_server` (POST /servers/{id}/actions/reboot).
        """
        return await self._call("reboot_server", {"id": id})  # type: ignore[no-any-return]

    async def rebuild(self, id: IdRef, *, image: Ref, user_data: Optional[str] = None) -> m.RebuildServerResponse:
        """Rebuild a Server from an Image

        Rebuilds a Server overwriting its disk with the content of an Image, thereby **destroying all data** on the target Server

        Args:
            image: ID or name of Image to rebuilt from.
            user_data: Cloud-Init user data to use during Server rebuild. This field is limited to 32KiB. If not specified, the Server's previous user_data value will be re-used (if any was set).

        Operation `rebuild_server` (POST /servers/{id}/actions/rebuild).
        """
        return await self._call("rebuild_server", {"id": id, "image": image, "user_data": user_data})  # type: ignore[no-any-return]

    async def remove_from_placement_group(self, id: IdRef) -> m.ActionResponse:
        """Remove from Placement Group

        Removes a Server from a Placement Group.

        Operation `remove_server_from_placement_group` (POST /servers/{id}/actions/remove_from_placement_group).
        """
        return await self._call("remove_server_from_placement_group", {"id": id})  # type: ignore[no-any-return]

    async def request_console(self, id: IdRef) -> m.RequestServerConsoleResponse:
        """Request Console for a Server

        Requests credentials for remote access via VNC over websocket to keyboard, monitor, and mouse for a Server. The provided URL is valid for 1 minute, after this period a new url needs to be created to connect to the Server. How long the connection is open after the initial connect is not subject to this timeout.

        Operation `request_server_console` (POST /servers/{id}/actions/request_console).
        """
        return await self._call("request_server_console", {"id": id})  # type: ignore[no-any-return]

    async def reset(self, id: IdRef) -> m.ActionResponse:
        """Reset a Server

        Cuts power to a Server and starts it again. This forcefully stops it without giving the Server operating system time to gracefully stop. This may lead to data loss, it’s equivalent to pulling the power cord and plugging it in again. Reset should only be used when reboot does not work.

        Operation `reset_server` (POST /servers/{id}/actions/reset).
        """
        return await self._call("reset_server", {"id": id})  # type: ignore[no-any-return]

    async def reset_password(self, id: IdRef) -> m.EnableServerRescueResponse:
        """Reset root Password of a Server

        Resets the root password. Only works for Linux systems that are running the qemu guest agent. Server must be powered on (status `running`) in order for this operation to succeed.

        Operation `reset_server_password` (POST /servers/{id}/actions/reset_password).
        """
        return await self._call("reset_server_password", {"id": id})  # type: ignore[no-any-return]

    async def shutdown(self, id: IdRef) -> m.ActionResponse:
        """Shutdown a Server

        Shuts down a Server gracefully by sending an ACPI shutdown request. The Server operating system must support ACPI
        and react to the request, otherwise the Server will not shut down. Please note that the `action` status in this case
        only reflects whether the action was sent to the server. It does not mean that the server actually shut down
        successfully. If you need to ensure that the server is off, use the `poweroff` action.

        Operation `shutdown_server` (POST /servers/{id}/actions/shutdown).
        """
        return await self._call("shutdown_server", {"id": id})  # type: ignore[no-any-return]

    async def get_server_action(self, id: IdRef, action_id: IdRef) -> m.ActionResponse:
        """Get an Action for a Server

        Deprecated: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.

        **Deprecated**: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.

        Operation `get_server_action` (GET /servers/{id}/actions/{action_id}).
        """
        return await self._call("get_server_action", {"id": id, "action_id": action_id})  # type: ignore[no-any-return]

    async def get_metrics(self, id: IdRef, *, type: Union[Literal["cpu", "disk", "network"], Sequence[Literal["cpu", "disk", "network"]]], start: str, end: str, step: Optional[str] = None) -> m.GetLoadBalancerMetricsResponse:
        """Get Metrics for a Server

        Get Metrics for specified Server.

        Args:
            type: Type of metrics to get.
            start: Start of period to get Metrics for (must be in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
            end: End of period to get Metrics for (must be in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
            step: Resolution of results in seconds.

        Operation `get_server_metrics` (GET /servers/{id}/metrics).
        """
        return await self._call("get_server_metrics", {"id": id, "type": type, "start": start, "end": end, "step": step})  # type: ignore[no-any-return]


__all__.append("AsyncServersResource")


class AsyncSshKeysResource(AsyncResource):
    """Operations on ssh keys (awaitable): `client.ssh_keys.<method>(...)`."""

    def list(self, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc"]]]] = None, name: Optional[str] = None, fingerprint: Optional[str] = None, label_selector: Optional[str] = None) -> AsyncListIterator[m.SshKey]:
        """List SSH keys

        Returns all SSH key objects.

        Returns a lazy async iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            sort: Sort resources by field and direction. May be used multiple times.
            name: Filter resources by their name.
            fingerprint: May be used to filter SSH keys by their fingerprint. The response will only contain the SSH key matching the specified fingerprint.
            label_selector: Filter resources by labels.

        Operation `list_ssh_keys` (GET /ssh_keys).
        """
        return self._list("list_ssh_keys", {"sort": sort, "name": name, "fingerprint": fingerprint, "label_selector": label_selector})

    async def list_page(self, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc"]]]] = None, name: Optional[str] = None, fingerprint: Optional[str] = None, label_selector: Optional[str] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.SshKey]:
        """List SSH keys

        Returns all SSH key objects.

        Returns one page: `.items` and `.pagination`.

        Args:
            sort: Sort resources by field and direction. May be used multiple times.
            name: Filter resources by their name.
            fingerprint: May be used to filter SSH keys by their fingerprint. The response will only contain the SSH key matching the specified fingerprint.
            label_selector: Filter resources by labels.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_ssh_keys` (GET /ssh_keys).
        """
        return Page(await self._call("list_ssh_keys", {"sort": sort, "name": name, "fingerprint": fingerprint, "label_selector": label_selector, "page": page, "per_page": per_page}), "ssh_keys")

    async def create(self, *, name: str, public_key: str, labels: Optional[Mapping[str, str]] = None) -> m.GetSshKeyResponse:
        """Create an SSH key

        Creates a new SSH key with the given `name` and `public_key`. Once an SSH key is created, it can be used in other calls such as creating Servers.

        Args:
            name: Name of the SSH key.
            public_key: Public key.
            labels: User-defined labels (`key/value` pairs) for the Resource. For more information, see "Labels".

        Operation `create_ssh_key` (POST /ssh_keys).
        """
        return await self._call("create_ssh_key", {"name": name, "public_key": public_key, "labels": labels})  # type: ignore[no-any-return]

    async def get(self, id: Union[IdRef, str]) -> m.SshKey:
        """Get a SSH key

        Looks the resource up by ID or by name and returns it (raises `NotFoundError` if there is none).

        Operation `get_ssh_key` (GET /ssh_keys/{id}).
        """
        return await self._get("get_ssh_key", "ssh_key", id, "list_ssh_keys", "ssh_keys")  # type: ignore[no-any-return]

    async def update(self, id: IdRef, *, name: Optional[str] = None, labels: Optional[Mapping[str, str]] = None) -> m.GetSshKeyResponse:
        """Update an SSH key

        Updates an SSH key. You can update an SSH key name and an SSH key labels.

        Args:
            name: New Certificate name.
            labels: User-defined labels (`key/value` pairs) for the Resource.

        Operation `update_ssh_key` (PUT /ssh_keys/{id}).
        """
        return await self._call("update_ssh_key", {"id": id, "name": name, "labels": labels})  # type: ignore[no-any-return]

    async def delete(self, id: IdRef) -> None:
        """Delete an SSH key

        Deletes an SSH key. It cannot be used anymore.

        Operation `delete_ssh_key` (DELETE /ssh_keys/{id}).
        """
        return await self._call("delete_ssh_key", {"id": id})  # type: ignore[no-any-return]


__all__.append("AsyncSshKeysResource")


class AsyncVolumesResource(AsyncResource):
    """Operations on volumes (awaitable): `client.volumes.<method>(...)`."""

    def list(self, *, status: Optional[Union[Literal["available", "creating"], Sequence[Literal["available", "creating"]]]] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None, name: Optional[str] = None, label_selector: Optional[str] = None) -> AsyncListIterator[m.Volume]:
        """List Volumes

        Gets all existing Volumes that you have available.

        Returns a lazy async iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            status: Filter resources by status. May be used multiple times.
            sort: Sort resources by field and direction. May be used multiple times.
            name: Filter resources by their name.
            label_selector: Filter resources by labels.

        Operation `list_volumes` (GET /volumes).
        """
        return self._list("list_volumes", {"status": status, "sort": sort, "name": name, "label_selector": label_selector})

    async def list_page(self, *, status: Optional[Union[Literal["available", "creating"], Sequence[Literal["available", "creating"]]]] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None, name: Optional[str] = None, label_selector: Optional[str] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Volume]:
        """List Volumes

        Gets all existing Volumes that you have available.

        Returns one page: `.items` and `.pagination`.

        Args:
            status: Filter resources by status. May be used multiple times.
            sort: Sort resources by field and direction. May be used multiple times.
            name: Filter resources by their name.
            label_selector: Filter resources by labels.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_volumes` (GET /volumes).
        """
        return Page(await self._call("list_volumes", {"status": status, "sort": sort, "name": name, "label_selector": label_selector, "page": page, "per_page": per_page}), "volumes")

    async def create(self, *, size: int, name: str, labels: Optional[Mapping[str, str]] = None, automount: Optional[bool] = None, format: Optional[str] = None, location: Optional[str] = None, server: Optional[IdRef] = None) -> m.CreateVolumeResponse:
        """Create a Volume

        Creates a new Volume attached to a Server. If you want to create a Volume that is not attached to a Server, you need to provide the `location` key instead of `server`. This can be either the ID or the name of the Location this Volume will be created in. Note that a Volume can be attached to a Server only in the same Location as the Volume itself.

        Args:
            size: Size of the Volume in GB.
            name: Name of the volume.
            labels: User-defined labels (`key/value` pairs) for the Resource. For more information, see "Labels".
            automount: Auto-mount Volume after attach. `server` must be provided.
            format: Format Volume after creation. One of: `xfs`, `ext4`.
            location: Location to create the Volume in (can be omitted if Server is specified).
            server: Server to which to attach the Volume once it's created (Volume will be created in the same Location as the server).

        Operation `create_volume` (POST /volumes).
        """
        return await self._call("create_volume", {"size": size, "name": name, "labels": labels, "automount": automount, "format": format, "location": location, "server": server})  # type: ignore[no-any-return]

    def list_actions(self, *, id: Optional[Union[IdRef, Sequence[IdRef]]] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None) -> AsyncListIterator[m.Action]:
        """List Actions

        Returns all Action objects. You can `sort` the results by using the sort URI parameter, and filter them with the `status` and `id` parameter.

        Returns a lazy async iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            id: Filter the actions by ID. May be used multiple times.
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.

        Operation `list_volumes_actions` (GET /volumes/actions).
        """
        return self._list("list_volumes_actions", {"id": id, "sort": sort, "status": status})

    async def list_actions_page(self, *, id: Optional[Union[IdRef, Sequence[IdRef]]] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Action]:
        """List Actions

        Returns all Action objects. You can `sort` the results by using the sort URI parameter, and filter them with the `status` and `id` parameter.

        Returns one page: `.items` and `.pagination`.

        Args:
            id: Filter the actions by ID. May be used multiple times.
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_volumes_actions` (GET /volumes/actions).
        """
        return Page(await self._call("list_volumes_actions", {"id": id, "sort": sort, "status": status, "page": page, "per_page": per_page}), "actions")

    async def get_action(self, id: IdRef) -> m.ActionResponse:
        """Get an Action

        Returns a specific Action object.

        Operation `get_volumes_action` (GET /volumes/actions/{id}).
        """
        return await self._call("get_volumes_action", {"id": id})  # type: ignore[no-any-return]

    async def get(self, id: Union[IdRef, str]) -> m.Volume:
        """Get a Volume

        Looks the resource up by ID or by name and returns it (raises `NotFoundError` if there is none).

        Operation `get_volume` (GET /volumes/{id}).
        """
        return await self._get("get_volume", "volume", id, "list_volumes", "volumes")  # type: ignore[no-any-return]

    async def update(self, id: IdRef, *, name: Optional[str] = None, labels: Optional[Mapping[str, str]] = None) -> m.GetVolumeResponse:
        """Update a Volume

        Updates the Volume properties.

        Args:
            name: New Certificate name.
            labels: User-defined labels (`key/value` pairs) for the Resource.

        Operation `update_volume` (PUT /volumes/{id}).
        """
        return await self._call("update_volume", {"id": id, "name": name, "labels": labels})  # type: ignore[no-any-return]

    async def delete(self, id: IdRef) -> None:
        """Delete a Volume

        Deletes a volume. All Volume data is irreversibly destroyed. The Volume must not be attached to a Server and it must not have delete protection enabled.

        Operation `delete_volume` (DELETE /volumes/{id}).
        """
        return await self._call("delete_volume", {"id": id})  # type: ignore[no-any-return]

    def list_actions_for(self, id: IdRef, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None) -> AsyncListIterator[m.Action]:
        """List Actions for a Volume

        Returns all Action objects for a Volume. You can `sort` the results by using the sort URI parameter, and filter them with the `status` parameter.

        Returns a lazy async iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.

        Operation `list_volume_actions` (GET /volumes/{id}/actions).
        """
        return self._list("list_volume_actions", {"id": id, "sort": sort, "status": status})

    async def list_actions_for_page(self, id: IdRef, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Action]:
        """List Actions for a Volume

        Returns all Action objects for a Volume. You can `sort` the results by using the sort URI parameter, and filter them with the `status` parameter.

        Returns one page: `.items` and `.pagination`.

        Args:
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_volume_actions` (GET /volumes/{id}/actions).
        """
        return Page(await self._call("list_volume_actions", {"id": id, "sort": sort, "status": status, "page": page, "per_page": per_page}), "actions")

    async def attach(self, id: IdRef, *, server: IdRef, automount: Optional[bool] = None) -> m.ActionResponse:
        """Attach Volume to a Server

        Attaches a Volume to a Server. Works only if the Server is in the same Location as the Volume.

        Args:
            server: ID of the Server the Volume will be attached to.
            automount: Auto-mount the Volume after attaching it.

        Operation `attach_volume` (POST /volumes/{id}/actions/attach).
        """
        return await self._call("attach_volume", {"id": id, "server": server, "automount": automount})  # type: ignore[no-any-return]

    async def change_protection(self, id: IdRef, *, delete: Optional[bool] = None) -> m.ActionResponse:
        """Change Volume Protection

        Changes the protection configuration of a Volume.

        Args:
            delete: If true, prevents the snapshot from being deleted.

        Operation `change_volume_protection` (POST /volumes/{id}/actions/change_protection).
        """
        return await self._call("change_volume_protection", {"id": id, "delete": delete})  # type: ignore[no-any-return]

    async def detach(self, id: IdRef) -> m.ActionResponse:
        """Detach Volume

        Detaches a Volume from the Server it’s attached to. You may attach it to a Server again at a later time.

        Operation `detach_volume` (POST /volumes/{id}/actions/detach).
        """
        return await self._call("detach_volume", {"id": id})  # type: ignore[no-any-return]

    async def resize(self, id: IdRef, *, size: float) -> m.ActionResponse:
        """Resize Volume

        Changes the size of a Volume. Note that downsizing a Volume is not possible.

        Args:
            size: New Volume size in GB (must be greater than current size).

        Operation `resize_volume` (POST /volumes/{id}/actions/resize).
        """
        return await self._call("resize_volume", {"id": id, "size": size})  # type: ignore[no-any-return]

    async def get_volume_action(self, id: IdRef, action_id: IdRef) -> m.ActionResponse:
        """Get an Action for a Volume

        Deprecated: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.

        **Deprecated**: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.

        Operation `get_volume_action` (GET /volumes/{id}/actions/{action_id}).
        """
        return await self._call("get_volume_action", {"id": id, "action_id": action_id})  # type: ignore[no-any-return]


__all__.append("AsyncVolumesResource")


class AsyncZonesResource(AsyncResource):
    """Operations on zones (awaitable): `client.zones.<method>(...)`."""

    def list(self, *, name: Optional[str] = None, mode: Optional[Literal["primary", "secondary"]] = None, label_selector: Optional[str] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None) -> AsyncListIterator[m.Zone]:
        """List Zones

        Returns all Zones.

        Returns a lazy async iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            name: Filter resources by their name.
            mode: Filter resources by their mode.
            label_selector: Filter resources by labels.
            sort: Sort resources by field and direction. May be used multiple times.

        Operation `list_zones` (GET /zones).
        """
        return self._list("list_zones", {"name": name, "mode": mode, "label_selector": label_selector, "sort": sort})

    async def list_page(self, *, name: Optional[str] = None, mode: Optional[Literal["primary", "secondary"]] = None, label_selector: Optional[str] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Zone]:
        """List Zones

        Returns all Zones.

        Returns one page: `.items` and `.pagination`.

        Args:
            name: Filter resources by their name.
            mode: Filter resources by their mode.
            label_selector: Filter resources by labels.
            sort: Sort resources by field and direction. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_zones` (GET /zones).
        """
        return Page(await self._call("list_zones", {"name": name, "mode": mode, "label_selector": label_selector, "sort": sort, "page": page, "per_page": per_page}), "zones")

    async def create(self, *, name: str, mode: Literal["primary", "secondary"], ttl: Optional[int] = None, labels: Optional[Mapping[str, str]] = None, primary_nameservers: Optional[Sequence[Mapping[str, Any]]] = None, rrsets: Optional[Sequence[Mapping[str, Any]]] = None, zonefile: Optional[str] = None) -> m.CreateZoneResponse:
        """Create a Zone

        Creates a Zone.

        Args:
            name: Name of the Zone.
            mode: Mode of the Zone.
            ttl: Default Time To Live (TTL) of the Zone.
            labels: User-defined labels (`key/value` pairs) for the Resource. For more information, see "Labels".
            primary_nameservers: Primary nameservers of the Zone.
            rrsets: RRSets to be added to the Zone.
            zonefile: Zone file to import.

        Operation `create_zone` (POST /zones).
        """
        return await self._call("create_zone", {"name": name, "mode": mode, "ttl": ttl, "labels": labels, "primary_nameservers": primary_nameservers, "rrsets": rrsets, "zonefile": zonefile})  # type: ignore[no-any-return]

    async def get(self, id_or_name: Union[IdRef, str]) -> m.Zone:
        """Get a Zone

        Looks the resource up by ID or by name and returns it (raises `NotFoundError` if there is none).

        Operation `get_zone` (GET /zones/{id_or_name}).
        """
        return await self._get("get_zone", "zone", id_or_name, "list_zones", "zones")  # type: ignore[no-any-return]

    async def update(self, id_or_name: str, *, labels: Optional[Mapping[str, str]] = None) -> m.GetZoneResponse:
        """Update a Zone

        Updates a Zone.

        Args:
            labels: User-defined labels (`key/value` pairs) for the Resource.

        Operation `update_zone` (PUT /zones/{id_or_name}).
        """
        return await self._call("update_zone", {"id_or_name": id_or_name, "labels": labels})  # type: ignore[no-any-return]

    async def delete(self, id_or_name: str) -> m.ActionResponse:
        """Delete a Zone

        Deletes a Zone.

        Operation `delete_zone` (DELETE /zones/{id_or_name}).
        """
        return await self._call("delete_zone", {"id_or_name": id_or_name})  # type: ignore[no-any-return]

    async def get_zonefile(self, id_or_name: str) -> m.GetZoneZonefileResponse:
        """Export a Zone file

        Returns a generated Zone file in BIND (RFC [1034](https://datatracker.ietf.org/doc/html/rfc1034)/[1035](https://datatracker.ietf.org/doc/html/rfc1035)) format.

        Operation `get_zone_zonefile` (GET /zones/{id_or_name}/zonefile).
        """
        return await self._call("get_zone_zonefile", {"id_or_name": id_or_name})  # type: ignore[no-any-return]

    def list_actions(self, *, id: Optional[Union[IdRef, Sequence[IdRef]]] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None) -> AsyncListIterator[m.Action]:
        """List Actions

        Returns all Zone Actions.

        Returns a lazy async iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            id: Filter the actions by ID. May be used multiple times.
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.

        Operation `list_zones_actions` (GET /zones/actions).
        """
        return self._list("list_zones_actions", {"id": id, "sort": sort, "status": status})

    async def list_actions_page(self, *, id: Optional[Union[IdRef, Sequence[IdRef]]] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Action]:
        """List Actions

        Returns all Zone Actions.

        Returns one page: `.items` and `.pagination`.

        Args:
            id: Filter the actions by ID. May be used multiple times.
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_zones_actions` (GET /zones/actions).
        """
        return Page(await self._call("list_zones_actions", {"id": id, "sort": sort, "status": status, "page": page, "per_page": per_page}), "actions")

    async def get_action(self, id: IdRef) -> m.ActionResponse:
        """Get an Action

        Returns a specific Action.

        Operation `get_zones_action` (GET /zones/actions/{id}).
        """
        return await self._call("get_zones_action", {"id": id})  # type: ignore[no-any-return]

    def list_actions_for(self, id_or_name: str, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None) -> AsyncListIterator[m.Action]:
        """List Actions for a Zone

        Returns all Actions for a Zone.

        Returns a lazy async iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.

        Operation `list_zone_actions` (GET /zones/{id_or_name}/actions).
        """
        return self._list("list_zone_actions", {"id_or_name": id_or_name, "sort": sort, "status": status})

    async def list_actions_for_page(self, id_or_name: str, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Action]:
        """List Actions for a Zone

        Returns all Actions for a Zone.

        Returns one page: `.items` and `.pagination`.

        Args:
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_zone_actions` (GET /zones/{id_or_name}/actions).
        """
        return Page(await self._call("list_zone_actions", {"id_or_name": id_or_name, "sort": sort, "status": status, "page": page, "per_page": per_page}), "actions")

    async def get_zone_action(self, id_or_name: str, action_id: IdRef) -> m.ActionResponse:
        """Get an Action for a Zone

        Deprecated: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.

        **Deprecated**: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.

        Operation `get_zone_action` (GET /zones/{id_or_name}/actions/{action_id}).
        """
        return await self._call("get_zone_action", {"id_or_name": id_or_name, "action_id": action_id})  # type: ignore[no-any-return]

    async def change_primary_nameservers(self, id_or_name: str, *, primary_nameservers: Sequence[Mapping[str, Any]]) -> m.ActionResponse:
        """Change a Zone's Primary Nameservers

        Overwrites the primary nameservers of a Zone.

        Args:
            primary_nameservers: Primary nameservers of the Zone.

        Operation `change_zone_primary_nameservers` (POST /zones/{id_or_name}/actions/change_primary_nameservers).
        """
        return await self._call("change_zone_primary_nameservers", {"id_or_name": id_or_name, "primary_nameservers": primary_nameservers})  # type: ignore[no-any-return]

    async def change_protection(self, id_or_name: str, *, delete: Optional[bool] = None) -> m.ActionResponse:
        """Change a Zone's Protection

        Changes the protection configuration of a Zone.

        Args:
            delete: If true, prevents the snapshot from being deleted.

        Operation `change_zone_protection` (POST /zones/{id_or_name}/actions/change_protection).
        """
        return await self._call("change_zone_protection", {"id_or_name": id_or_name, "delete": delete})  # type: ignore[no-any-return]

    async def change_ttl(self, id_or_name: str, *, ttl: int) -> m.ActionResponse:
        """Change a Zone's Default TTL

        Changes the default Time To Live (TTL) of a Zone.

        Args:
            ttl: Default Time To Live (TTL) of the Zone.

        Operation `change_zone_ttl` (POST /zones/{id_or_name}/actions/change_ttl).
        """
        return await self._call("change_zone_ttl", {"id_or_name": id_or_name, "ttl": ttl})  # type: ignore[no-any-return]

    async def import_zonefile(self, id_or_name: str, *, zonefile: str) -> m.ActionResponse:
        """Import a Zone file

        Imports a zone file, replacing all resource record sets (RRSets).

        Args:
            zonefile: Generated zone file.

        Operation `import_zone_zonefile` (POST /zones/{id_or_name}/actions/import_zonefile).
        """
        return await self._call("import_zone_zonefile", {"id_or_name": id_or_name, "zonefile": zonefile})  # type: ignore[no-any-return]

    def list_rrsets(self, id_or_name: str, *, name: Optional[str] = None, type: Optional[Union[Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"], Sequence[Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"]]]] = None, label_selector: Optional[str] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None) -> AsyncListIterator[m.RrSet]:
        """List RRSets

        Returns all RRSets in the Zone.

        Returns a lazy async iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            name: Filter resources by their name.
            type: Filter resources by their type. May be used multiple times.
            label_selector: Filter resources by labels.
            sort: Sort resources by field and direction. May be used multiple times.

        Operation `list_zone_rrsets` (GET /zones/{id_or_name}/rrsets).
        """
        return self._list("list_zone_rrsets", {"id_or_name": id_or_name, "name": name, "type": type, "label_selector": label_selector, "sort": sort})

    async def list_rrsets_page(self, id_or_name: str, *, name: Optional[str] = None, type: Optional[Union[Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"], Sequence[Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"]]]] = None, label_selector: Optional[str] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.RrSet]:
        """List RRSets

        Returns all RRSets in the Zone.

        Returns one page: `.items` and `.pagination`.

        Args:
            name: Filter resources by their name.
            type: Filter resources by their type. May be used multiple times.
            label_selector: Filter resources by labels.
            sort: Sort resources by field and direction. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_zone_rrsets` (GET /zones/{id_or_name}/rrsets).
        """
        return Page(await self._call("list_zone_rrsets", {"id_or_name": id_or_name, "name": name, "type": type, "label_selector": label_selector, "sort": sort, "page": page, "per_page": per_page}), "rrsets")

    async def create_rrset(self, id_or_name: str, *, name: str, type: Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"], records: Sequence[Mapping[str, Any]], ttl: Optional[int] = None, labels: Optional[Mapping[str, str]] = None) -> m.CreateZoneRrsetResponse:
        """Create an RRSet

        Create an RRSet in the Zone.

        Args:
            name: Name of the RRSet.
            type: Type of the RRSet.
            ttl: Time To Live (TTL) of the RRSet.
            records: Records of the RRSet.
            labels: User-defined labels (`key/value` pairs) for the Resource. For more information, see "Labels".

        Operation `create_zone_rrset` (POST /zones/{id_or_name}/rrsets).
        """
        return await self._call("create_zone_rrset", {"id_or_name": id_or_name, "name": name, "type": type, "ttl": ttl, "records": records, "labels": labels})  # type: ignore[no-any-return]

    async def get_rrset(self, id_or_name: str, rr_name: str, rr_type: Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"]) -> m.GetZoneRrsetResponse:
        """Get an RRSet

        Returns a single RRSet from the Zone.

        Operation `get_zone_rrset` (GET /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}).
        """
        return await self._call("get_zone_rrset", {"id_or_name": id_or_name, "rr_name": rr_name, "rr_type": rr_type})  # type: ignore[no-any-return]

    async def update_rrset(self, id_or_name: str, rr_name: str, rr_type: Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"], *, labels: Optional[Mapping[str, str]] = None) -> m.GetZoneRrsetResponse:
        """Update an RRSet

        Updates an RRSet in the Zone.

        Args:
            labels: User-defined labels (`key/value` pairs) for the Resource.

        Operation `update_zone_rrset` (PUT /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}).
        """
        return await self._call("update_zone_rrset", {"id_or_name": id_or_name, "rr_name": rr_name, "rr_type": rr_type, "labels": labels})  # type: ignore[no-any-return]

    async def delete_rrset(self, id_or_name: str, rr_name: str, rr_type: Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"]) -> m.ActionResponse:
        """Delete an RRSet

        Deletes an RRSet from the Zone.

        Operation `delete_zone_rrset` (DELETE /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}).
        """
        return await self._call("delete_zone_rrset", {"id_or_name": id_or_name, "rr_name": rr_name, "rr_type": rr_type})  # type: ignore[no-any-return]

    async def change_rrset_protection(self, id_or_name: str, rr_name: str, rr_type: Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"], *, change: bool) -> m.ActionResponse:
        """Change an RRSet's Protection

        Changes the protection of an RRSet in the Zone.

        Args:
            change: Prevent the Resource from being changed.

        Operation `change_zone_rrset_protection` (POST /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/change_protection).
        """
        return await self._call("change_zone_rrset_protection", {"id_or_name": id_or_name, "rr_name": rr_name, "rr_type": rr_type, "change": change})  # type: ignore[no-any-return]

    async def change_rrset_ttl(self, id_or_name: str, rr_name: str, rr_type: Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"], *, ttl: Optional[int] = None) -> m.ActionResponse:
        """Change an RRSet's TTL

        Changes the Time To Live (TTL) of an RRSet in the Zone.

        Args:
            ttl: Time To Live (TTL) of the RRSet.

        Operation `change_zone_rrset_ttl` (POST /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/change_ttl).
        """
        return await self._call("change_zone_rrset_ttl", {"id_or_name": id_or_name, "rr_name": rr_name, "rr_type": rr_type, "ttl": ttl})  # type: ignore[no-any-return]

    async def set_rrset_records(self, id_or_name: str, rr_name: str, rr_type: Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"], *, records: Sequence[Mapping[str, Any]]) -> m.ActionResponse:
        """Set Records of an RRSet

        Overwrites the resource records (RRs) of an existing RRSet in the Zone.

        Args:
            records: Records to set in the RRSet.

        Operation `set_zone_rrset_records` (POST /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/set_records).
        """
        return await self._call("set_zone_rrset_records", {"id_or_name": id_or_name, "rr_name": rr_name, "rr_type": rr_type, "records": records})  # type: ignore[no-any-return]

    async def add_rrset_records(self, id_or_name: str, rr_name: str, rr_type: Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"], *, records: Sequence[Mapping[str, Any]], ttl: Optional[int] = None) -> m.ActionResponse:
        """Add Records to an RRSet

        Adds resource records (RRs) to an RRSet in the Zone.

        Args:
            ttl: Time To Live (TTL) of the RRSet.
            records: Records to add to the RRSet.

        Operation `add_zone_rrset_records` (POST /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/add_records).
        """
        return await self._call("add_zone_rrset_records", {"id_or_name": id_or_name, "rr_name": rr_name, "rr_type": rr_type, "ttl": ttl, "records": records})  # type: ignore[no-any-return]

    async def remove_rrset_records(self, id_or_name: str, rr_name: str, rr_type: Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"], *, records: Sequence[Mapping[str, Any]]) -> m.ActionResponse:
        """Remove Records from an RRSet

        Removes resource records (RRs) from an existing RRSet in the Zone.

        Args:
            records: Records to set in the RRSet.

        Operation `remove_zone_rrset_records` (POST /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/remove_records).
        """
        return await self._call("remove_zone_rrset_records", {"id_or_name": id_or_name, "rr_name": rr_name, "rr_type": rr_type, "records": records})  # type: ignore[no-any-return]

    async def update_rrset_records(self, id_or_name: str, rr_name: str, rr_type: Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"], *, records: Sequence[Mapping[str, Any]]) -> m.ActionResponse:
        """Update Records of an RRSet

        Updates resource records' (RRs) comments of an existing RRSet in the Zone.

        Args:
            records: Records to update in the RRSet.

        Operation `update_zone_rrset_records` (POST /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/update_records).
        """
        return await self._call("update_zone_rrset_records", {"id_or_name": id_or_name, "rr_name": rr_name, "rr_type": rr_type, "records": records})  # type: ignore[no-any-return]


__all__.append("AsyncZonesResource")


class Resources:
    """The API's resources as attributes (`client.servers`, `client.zones`, ...)."""
    actions: ActionsResource
    certificates: CertificatesResource
    datacenters: DatacentersResource
    firewalls: FirewallsResource
    floating_ips: FloatingIpsResource
    images: ImagesResource
    isos: IsosResource
    load_balancer_types: LoadBalancerTypesResource
    load_balancers: LoadBalancersResource
    locations: LocationsResource
    networks: NetworksResource
    placement_groups: PlacementGroupsResource
    pricing: PricingResource
    primary_ips: PrimaryIpsResource
    server_types: ServerTypesResource
    servers: ServersResource
    ssh_keys: SshKeysResource
    volumes: VolumesResource
    zones: ZonesResource

    def _bind_resources(self) -> None:
        self.actions = ActionsResource(self)
        self.certificates = CertificatesResource(self)
        self.datacenters = DatacentersResource(self)
        self.firewalls = FirewallsResource(self)
        self.floating_ips = FloatingIpsResource(self)
        self.images = ImagesResource(self)
        self.isos = IsosResource(self)
        self.load_balancer_types = LoadBalancerTypesResource(self)
        self.load_balancers = LoadBalancersResource(self)
        self.locations = LocationsResource(self)
        self.networks = NetworksResource(self)
        self.placement_groups = PlacementGroupsResource(self)
        self.pricing = PricingResource(self)
        self.primary_ips = PrimaryIpsResource(self)
        self.server_types = ServerTypesResource(self)
        self.servers = ServersResource(self)
        self.ssh_keys = SshKeysResource(self)
        self.volumes = VolumesResource(self)
        self.zones = ZonesResource(self)


__all__.append("Resources")


class AsyncResources:
    """The API's resources as attributes (`client.servers`, `client.zones`, ...)."""
    actions: AsyncActionsResource
    certificates: AsyncCertificatesResource
    datacenters: AsyncDatacentersResource
    firewalls: AsyncFirewallsResource
    floating_ips: AsyncFloatingIpsResource
    images: AsyncImagesResource
    isos: AsyncIsosResource
    load_balancer_types: AsyncLoadBalancerTypesResource
    load_balancers: AsyncLoadBalancersResource
    locations: AsyncLocationsResource
    networks: AsyncNetworksResource
    placement_groups: AsyncPlacementGroupsResource
    pricing: AsyncPricingResource
    primary_ips: AsyncPrimaryIpsResource
    server_types: AsyncServerTypesResource
    servers: AsyncServersResource
    ssh_keys: AsyncSshKeysResource
    volumes: AsyncVolumesResource
    zones: AsyncZonesResource

    def _bind_resources(self) -> None:
        self.actions = AsyncActionsResource(self)
        self.certificates = AsyncCertificatesResource(self)
        self.datacenters = AsyncDatacentersResource(self)
        self.firewalls = AsyncFirewallsResource(self)
        self.floating_ips = AsyncFloatingIpsResource(self)
        self.images = AsyncImagesResource(self)
        self.isos = AsyncIsosResource(self)
        self.load_balancer_types = AsyncLoadBalancerTypesResource(self)
        self.load_balancers = AsyncLoadBalancersResource(self)
        self.locations = AsyncLocationsResource(self)
        self.networks = AsyncNetworksResource(self)
        self.placement_groups = AsyncPlacementGroupsResource(self)
        self.pricing = AsyncPricingResource(self)
        self.primary_ips = AsyncPrimaryIpsResource(self)
        self.server_types = AsyncServerTypesResource(self)
        self.servers = AsyncServersResource(self)
        self.ssh_keys = AsyncSshKeysResource(self)
        self.volumes = AsyncVolumesResource(self)
        self.zones = AsyncZonesResource(self)


__all__.append("AsyncResources")
