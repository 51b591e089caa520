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
        return self._get("get_load_balancer", "load_balancer", id, "list_load_balancers", "id")  # type: ignore[no-any-return]

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
        return await self._get("get_load_balancer", "load_balancer", id, "list_load_balancers", "id")  # type: ignore[no-any-return]

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
