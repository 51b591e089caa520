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
        return self._get("get_server", "server", id, "list_servers", "id")  # type: ignore[no-any-return]

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
        return await self._get("get_server", "server", id, "list_servers", "id")  # type: ignore[no-any-return]

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
