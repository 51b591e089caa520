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
        return self._get("get_ssh_key", "ssh_key", id, "list_ssh_keys", "id")  # type: ignore[no-any-return]

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
        return await self._get("get_ssh_key", "ssh_key", id, "list_ssh_keys", "id")  # type: ignore[no-any-return]

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
