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
        return self._get("get_image", "image", id, "list_images", "id")  # type: ignore[no-any-return]

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
        return await self._get("get_image", "image", id, "list_images", "id")  # type: ignore[no-any-return]

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
