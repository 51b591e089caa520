# Generated from cloud.spec.json by xtask. Do not edit.
"""The resources of `Client` and `AsyncClient`, each module imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Dict, List

if TYPE_CHECKING:
    from . import actions as _actions
    from . import certificates as _certificates
    from . import datacenters as _datacenters
    from . import firewalls as _firewalls
    from . import floating_ips as _floating_ips
    from . import images as _images
    from . import isos as _isos
    from . import load_balancer_types as _load_balancer_types
    from . import load_balancers as _load_balancers
    from . import locations as _locations
    from . import networks as _networks
    from . import placement_groups as _placement_groups
    from . import pricing as _pricing
    from . import primary_ips as _primary_ips
    from . import server_types as _server_types
    from . import servers as _servers
    from . import ssh_keys as _ssh_keys
    from . import volumes as _volumes
    from . import zones as _zones

__all__: List[str] = ["Resources", "AsyncResources"]


def _load(owner: Any, group: str, cls: str) -> Any:
    cache: Dict[str, Any] = owner.__dict__.setdefault("_resources", {})
    r = cache.get(group)
    if r is None:
        r = getattr(importlib.import_module(f"{__name__}.{group}"), cls)(owner)
        cache[group] = r
    return r


class Resources:
    """The API's resources as attributes (`client.servers`, `client.zones`, ...)."""

    @property
    def actions(self) -> _actions.ActionsResource:
        """Operations on actions."""
        return _load(self, "actions", "ActionsResource")  # type: ignore[no-any-return]

    @property
    def certificates(self) -> _certificates.CertificatesResource:
        """Operations on certificates."""
        return _load(self, "certificates", "CertificatesResource")  # type: ignore[no-any-return]

    @property
    def datacenters(self) -> _datacenters.DatacentersResource:
        """Operations on datacenters."""
        return _load(self, "datacenters", "DatacentersResource")  # type: ignore[no-any-return]

    @property
    def firewalls(self) -> _firewalls.FirewallsResource:
        """Operations on firewalls."""
        return _load(self, "firewalls", "FirewallsResource")  # type: ignore[no-any-return]

    @property
    def floating_ips(self) -> _floating_ips.FloatingIpsResource:
        """Operations on floating ips."""
        return _load(self, "floating_ips", "FloatingIpsResource")  # type: ignore[no-any-return]

    @property
    def images(self) -> _images.ImagesResource:
        """Operations on images."""
        return _load(self, "images", "ImagesResource")  # type: ignore[no-any-return]

    @property
    def isos(self) -> _isos.IsosResource:
        """Operations on isos."""
        return _load(self, "isos", "IsosResource")  # type: ignore[no-any-return]

    @property
    def load_balancer_types(self) -> _load_balancer_types.LoadBalancerTypesResource:
        """Operations on load balancer types."""
        return _load(self, "load_balancer_types", "LoadBalancerTypesResource")  # type: ignore[no-any-return]

    @property
    def load_balancers(self) -> _load_balancers.LoadBalancersResource:
        """Operations on load balancers."""
        return _load(self, "load_balancers", "LoadBalancersResource")  # type: ignore[no-any-return]

    @property
    def locations(self) -> _locations.LocationsResource:
        """Operations on locations."""
        return _load(self, "locations", "LocationsResource")  # type: ignore[no-any-return]

    @property
    def networks(self) -> _networks.NetworksResource:
        """Operations on networks."""
        return _load(self, "networks", "NetworksResource")  # type: ignore[no-any-return]

    @property
    def placement_groups(self) -> _placement_groups.PlacementGroupsResource:
        """Operations on placement groups."""
        return _load(self, "placement_groups", "PlacementGroupsResource")  # type: ignore[no-any-return]

    @property
    def pricing(self) -> _pricing.PricingResource:
        """Operations on pricing."""
        return _load(self, "pricing", "PricingResource")  # type: ignore[no-any-return]

    @property
    def primary_ips(self) -> _primary_ips.PrimaryIpsResource:
        """Operations on primary ips."""
        return _load(self, "primary_ips", "PrimaryIpsResource")  # type: ignore[no-any-return]

    @property
    def server_types(self) -> _server_types.ServerTypesResource:
        """Operations on server types."""
        return _load(self, "server_types", "ServerTypesResource")  # type: ignore[no-any-return]

    @property
    def servers(self) -> _servers.ServersResource:
        """Operations on servers."""
        return _load(self, "servers", "ServersResource")  # type: ignore[no-any-return]

    @property
    def ssh_keys(self) -> _ssh_keys.SshKeysResource:
        """Operations on ssh keys."""
        return _load(self, "ssh_keys", "SshKeysResource")  # type: ignore[no-any-return]

    @property
    def volumes(self) -> _volumes.VolumesResource:
        """Operations on volumes."""
        return _load(self, "volumes", "VolumesResource")  # type: ignore[no-any-return]

    @property
    def zones(self) -> _zones.ZonesResource:
        """Operations on zones."""
        return _load(self, "zones", "ZonesResource")  # type: ignore[no-any-return]

    def _bind_resources(self) -> None:
        self.__dict__["_resources"] = {}


class AsyncResources:
    """The API's resources as attributes (`client.servers`, `client.zones`, ...)."""

    @property
    def actions(self) -> _actions.AsyncActionsResource:
        """Operations on actions."""
        return _load(self, "actions", "AsyncActionsResource")  # type: ignore[no-any-return]

    @property
    def certificates(self) -> _certificates.AsyncCertificatesResource:
        """Operations on certificates."""
        return _load(self, "certificates", "AsyncCertificatesResource")  # type: ignore[no-any-return]

    @property
    def datacenters(self) -> _datacenters.AsyncDatacentersResource:
        """Operations on datacenters."""
        return _load(self, "datacenters", "AsyncDatacentersResource")  # type: ignore[no-any-return]

    @property
    def firewalls(self) -> _firewalls.AsyncFirewallsResource:
        """Operations on firewalls."""
        return _load(self, "firewalls", "AsyncFirewallsResource")  # type: ignore[no-any-return]

    @property
    def floating_ips(self) -> _floating_ips.AsyncFloatingIpsResource:
        """Operations on floating ips."""
        return _load(self, "floating_ips", "AsyncFloatingIpsResource")  # type: ignore[no-any-return]

    @property
    def images(self) -> _images.AsyncImagesResource:
        """Operations on images."""
        return _load(self, "images", "AsyncImagesResource")  # type: ignore[no-any-return]

    @property
    def isos(self) -> _isos.AsyncIsosResource:
        """Operations on isos."""
        return _load(self, "isos", "AsyncIsosResource")  # type: ignore[no-any-return]

    @property
    def load_balancer_types(self) -> _load_balancer_types.AsyncLoadBalancerTypesResource:
        """Operations on load balancer types."""
        return _load(self, "load_balancer_types", "AsyncLoadBalancerTypesResource")  # type: ignore[no-any-return]

    @property
    def load_balancers(self) -> _load_balancers.AsyncLoadBalancersResource:
        """Operations on load balancers."""
        return _load(self, "load_balancers", "AsyncLoadBalancersResource")  # type: ignore[no-any-return]

    @property
    def locations(self) -> _locations.AsyncLocationsResource:
        """Operations on locations."""
        return _load(self, "locations", "AsyncLocationsResource")  # type: ignore[no-any-return]

    @property
    def networks(self) -> _networks.AsyncNetworksResource:
        """Operations on networks."""
        return _load(self, "networks", "AsyncNetworksResource")  # type: ignore[no-any-return]

    @property
    def placement_groups(self) -> _placement_groups.AsyncPlacementGroupsResource:
        """Operations on placement groups."""
        return _load(self, "placement_groups", "AsyncPlacementGroupsResource")  # type: ignore[no-any-return]

    @property
    def pricing(self) -> _pricing.AsyncPricingResource:
        """Operations on pricing."""
        return _load(self, "pricing", "AsyncPricingResource")  # type: ignore[no-any-return]

    @property
    def primary_ips(self) -> _primary_ips.AsyncPrimaryIpsResource:
        """Operations on primary ips."""
        return _load(self, "primary_ips", "AsyncPrimaryIpsResource")  # type: ignore[no-any-return]

    @property
    def server_types(self) -> _server_types.AsyncServerTypesResource:
        """Operations on server types."""
        return _load(self, "server_types", "AsyncServerTypesResource")  # type: ignore[no-any-return]

    @property
    def servers(self) -> _servers.AsyncServersResource:
        """Operations on servers."""
        return _load(self, "servers", "AsyncServersResource")  # type: ignore[no-any-return]

    @property
    def ssh_keys(self) -> _ssh_keys.AsyncSshKeysResource:
        """Operations on ssh keys."""
        return _load(self, "ssh_keys", "AsyncSshKeysResource")  # type: ignore[no-any-return]

    @property
    def volumes(self) -> _volumes.AsyncVolumesResource:
        """Operations on volumes."""
        return _load(self, "volumes", "AsyncVolumesResource")  # type: ignore[no-any-return]

    @property
    def zones(self) -> _zones.AsyncZonesResource:
        """Operations on zones."""
        return _load(self, "zones", "AsyncZonesResource")  # type: ignore[no-any-return]

    def _bind_resources(self) -> None:
        self.__dict__["_resources"] = {}
