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
        return self._get("get_volume", "volume", id, "list_volumes", "id")  # type: ignore[no-any-return]

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
        return await self._get("get_volume", "volume", id, "list_volumes", "id")  # type: ignore[no-any-return]

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
