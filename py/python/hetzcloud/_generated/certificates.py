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
        return self._get("get_certificate", "certificate", id, "list_certificates", "id")  # type: ignore[no-any-return]

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
        return await self._get("get_certificate", "certificate", id, "list_certificates", "id")  # type: ignore[no-any-return]

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
