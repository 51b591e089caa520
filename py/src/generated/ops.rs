// Generated from cloud.spec.json by xtask. Do not edit.
//! Operation id → typed call: the request comes from `hetzcloud::dispatch`, the answer is
//! decoded into the operation's own response type.

use crate::answer::{fetch, fetch_empty, raw_items, Call, Items};
use crate::lazy::{ItemsField, RawPage};
use hetzcloud::{dispatch, models as m, CallOptions, Client};
use serde_json::Value;

/// Starts operation `op` with flat named `args`; fails before sending on bad input.
pub fn call(client: &Client, opts: &CallOptions, op: &str, args: Value) -> hetzcloud::Result<Call> {
    let req = dispatch::request(op, args)?;
    Ok(match op {
        "get_actions" => fetch::<m::ActionListResponse>(client, opts, req),
        "get_action" => fetch::<m::ActionResponse>(client, opts, req),
        "list_certificates" => fetch::<m::CertificatesResponse>(client, opts, req),
        "create_certificate" => fetch::<m::CreateCertificateResponse>(client, opts, req),
        "list_certificates_actions" => fetch::<m::ActionListResponseWithMeta>(client, opts, req),
        "get_certificates_action" => fetch::<m::ActionResponse>(client, opts, req),
        "get_certificate" => fetch::<m::CertificateResponse>(client, opts, req),
        "update_certificate" => fetch::<m::CertificateResponse>(client, opts, req),
        "delete_certificate" => fetch_empty(client, opts, req),
        "list_certificate_actions" => fetch::<m::ActionListResponseWithMeta>(client, opts, req),
        "retry_certificate" => fetch::<m::ActionResponse>(client, opts, req),
        "get_certificate_action" => fetch::<m::ActionResponse>(client, opts, req),
        "list_datacenters" => fetch::<m::ListDatacentersResponse>(client, opts, req),
        "get_datacenter" => fetch::<m::GetDatacenterResponse>(client, opts, req),
        "list_firewalls" => fetch::<m::FirewallsResponse>(client, opts, req),
        "create_firewall" => fetch::<m::CreateFirewallResponse>(client, opts, req),
        "list_firewalls_actions" => fetch::<m::ActionListResponseWithMeta>(client, opts, req),
        "get_firewalls_action" => fetch::<m::ActionResponse>(client, opts, req),
        "get_firewall" => fetch::<m::FirewallResponse>(client, opts, req),
        "update_firewall" => fetch::<m::FirewallResponse>(client, opts, req),
        "delete_firewall" => fetch_empty(client, opts, req),
        "list_firewall_actions" => fetch::<m::ActionListResponseWithMeta>(client, opts, req),
        "apply_firewall_to_resources" => fetch::<m::ActionListResponse>(client, opts, req),
        "remove_firewall_from_resources" => fetch::<m::ActionListResponse>(client, opts, req),
        "set_firewall_rules" => fetch::<m::ActionListResponse>(client, opts, req),
        "get_firewall_action" => fetch::<m::ActionResponse>(client, opts, req),
        "list_floating_ips" => fetch::<m::ListFloatingIpsResponse>(client, opts, req),
        "create_floating_ip" => fetch::<m::CreateFloatingIpResponse>(client, opts, req),
        "list_floating_ips_actions" => fetch::<m::ActionListResponseWithMeta>(client, opts, req),
        "get_floating_ips_action" => fetch::<m::ActionResponse>(client, opts, req),
        "get_floating_ip" => fetch::<m::GetFloatingIpResponse>(client, opts, req),
        "update_floating_ip" => fetch::<m::GetFloatingIpResponse>(client, opts, req),
        "delete_floating_ip" => fetch_empty(client, opts, req),
        "list_floating_ip_actions" => fetch::<m::ActionListResponseWithMeta>(client, opts, req),
        "assign_floating_ip" => fetch::<m::ActionResponse>(client, opts, req),
        "change_floating_ip_dns_ptr" => fetch::<m::ActionResponse>(client, opts, req),
        "change_floating_ip_protection" => fetch::<m::ActionResponse>(client, opts, req),
        "unassign_floating_ip" => fetch::<m::ActionResponse>(client, opts, req),
        "get_floating_ip_action" => fetch::<m::ActionResponse>(client, opts, req),
        "list_images" => fetch::<m::ListImagesResponse>(client, opts, req),
        "list_images_actions" => fetch::<m::ActionListResponseWithMeta>(client, opts, req),
        "get_images_action" => fetch::<m::ActionResponse>(client, opts, req),
        "get_image" => fetch::<m::GetImageResponse>(client, opts, req),
        "update_image" => fetch::<m::GetImageResponse>(client, opts, req),
        "delete_image" => fetch_empty(client, opts, req),
        "list_image_actions" => fetch::<m::ActionListResponseWithMeta>(client, opts, req),
        "change_image_protection" => fetch::<m::ActionResponse>(client, opts, req),
        "get_image_action" => fetch::<m::ActionResponse>(client, opts, req),
        "list_isos" => fetch::<m::ListIsosResponse>(client, opts, req),
        "get_iso" => fetch::<m::GetIsoResponse>(client, opts, req),
        "list_load_balancer_types" => fetch::<m::ListLoadBalancerTypesResponse>(client, opts, req),
        "get_load_balancer_type" => fetch::<m::GetLoadBalancerTypeResponse>(client, opts, req),
        "list_load_balancers" => fetch::<m::ListLoadBalancersResponse>(client, opts, req),
        "create_load_balancer" => fetch::<m::CreateLoadBalancerResponse>(client, opts, req),
        "list_load_balancers_actions" => fetch::<m::ActionListResponseWithMeta>(client, opts, req),
        "get_load_balancers_action" => fetch::<m::ActionResponse>(client, opts, req),
        "get_load_balancer" => fetch::<m::GetLoadBalancerResponse>(client, opts, req),
        "update_load_balancer" => fetch::<m::GetLoadBalancerResponse>(client, opts, req),
        "delete_load_balancer" => fetch_empty(client, opts, req),
        "list_load_balancer_actions" => fetch::<m::ActionListResponseWithMeta>(client, opts, req),
        "add_load_balancer_service" => fetch::<m::ActionResponse>(client, opts, req),
        "add_load_balancer_target" => fetch::<m::ActionResponse>(client, opts, req),
        "attach_load_balancer_to_network" => fetch::<m::ActionResponse>(client, opts, req),
        "change_load_balancer_algorithm" => fetch::<m::ActionResponse>(client, opts, req),
        "change_load_balancer_dns_ptr" => fetch::<m::ActionResponse>(client, opts, req),
        "change_load_balancer_protection" => fetch::<m::ActionResponse>(client, opts, req),
        "change_load_balancer_type" => fetch::<m::ActionResponse>(client, opts, req),
        "delete_load_balancer_service" => fetch::<m::ActionResponse>(client, opts, req),
        "detach_load_balancer_from_network" => fetch::<m::ActionResponse>(client, opts, req),
        "disable_load_balancer_public_interface" => fetch::<m::ActionResponse>(client, opts, req),
        "enable_load_balancer_public_interface" => fetch::<m::ActionResponse>(client, opts, req),
        "remove_load_balancer_target" => fetch::<m::ActionResponse>(client, opts, req),
        "update_load_balancer_service" => fetch::<m::ActionResponse>(client, opts, req),
        "get_load_balancer_action" => fetch::<m::ActionResponse>(client, opts, req),
        "get_load_balancer_metrics" => {
            fetch::<m::GetLoadBalancerMetricsResponse>(client, opts, req)
        }
        "list_locations" => fetch::<m::ListLocationsResponse>(client, opts, req),
        "get_location" => fetch::<m::GetLocationResponse>(client, opts, req),
        "list_networks" => fetch::<m::ListNetworksResponse>(client, opts, req),
        "create_network" => fetch::<m::GetNetworkResponse>(client, opts, req),
        "list_networks_actions" => fetch::<m::ActionListResponseWithMeta>(client, opts, req),
        "get_networks_action" => fetch::<m::ActionResponse>(client, opts, req),
        "get_network" => fetch::<m::GetNetworkResponse>(client, opts, req),
        "update_network" => fetch::<m::GetNetworkResponse>(client, opts, req),
        "delete_network" => fetch_empty(client, opts, req),
        "list_network_actions" => fetch::<m::ActionListResponseWithMeta>(client, opts, req),
        "add_network_route" => fetch::<m::ActionResponse>(client, opts, req),
        "add_network_subnet" => fetch::<m::ActionResponse>(client, opts, req),
        "change_network_ip_range" => fetch::<m::ActionResponse>(client, opts, req),
        "change_network_protection" => fetch::<m::ActionResponse>(client, opts, req),
        "delete_network_route" => fetch::<m::ActionResponse>(client, opts, req),
        "delete_network_subnet" => fetch::<m::ActionResponse>(client, opts, req),
        "get_network_action" => fetch::<m::ActionResponse>(client, opts, req),
        "list_placement_groups" => fetch::<m::PlacementGroupsResponse>(client, opts, req),
        "create_placement_group" => fetch::<m::CreatePlacementGroupResponse>(client, opts, req),
        "get_placement_group" => fetch::<m::PlacementGroupResponse>(client, opts, req),
        "update_placement_group" => fetch::<m::PlacementGroupResponse>(client, opts, req),
        "delete_placement_group" => fetch_empty(client, opts, req),
        "get_pricing" => fetch::<m::GetPricingResponse>(client, opts, req),
        "list_primary_ips" => fetch::<m::PrimaryIPsResponse>(client, opts, req),
        "create_primary_ip" => fetch::<m::CreatePrimaryIpResponse>(client, opts, req),
        "list_primary_ips_actions" => fetch::<m::ActionListResponseWithMeta>(client, opts, req),
        "get_primary_ips_action" => fetch::<m::ActionResponse>(client, opts, req),
        "list_primary_ip_actions" => fetch::<m::ActionListResponseWithMeta>(client, opts, req),
        "get_primary_ip_action" => fetch::<m::ActionResponse>(client, opts, req),
        "get_primary_ip" => fetch::<m::PrimaryIpResponse>(client, opts, req),
        "update_primary_ip" => fetch::<m::PrimaryIpResponse>(client, opts, req),
        "delete_primary_ip" => fetch_empty(client, opts, req),
        "assign_primary_ip" => fetch::<m::ActionResponse>(client, opts, req),
        "change_primary_ip_dns_ptr" => fetch::<m::ActionResponse>(client, opts, req),
        "change_primary_ip_protection" => fetch::<m::ActionResponse>(client, opts, req),
        "unassign_primary_ip" => fetch::<m::ActionResponse>(client, opts, req),
        "list_server_types" => fetch::<m::ListServerTypesResponse>(client, opts, req),
        "get_server_type" => fetch::<m::GetServerTypeResponse>(client, opts, req),
        "list_servers" => fetch::<m::ListServersResponse>(client, opts, req),
        "create_server" => fetch::<m::CreateServerResponse>(client, opts, req),
        "list_servers_actions" => fetch::<m::ActionListResponseWithMeta>(client, opts, req),
        "get_servers_action" => fetch::<m::ActionResponse>(client, opts, req),
        "get_server" => fetch::<m::GetServerResponse>(client, opts, req),
        "update_server" => fetch::<m::GetServerResponse>(client, opts, req),
        "delete_server" => fetch::<m::DeleteServerResponse>(client, opts, req),
        "list_server_actions" => fetch::<m::ActionListResponseWithMeta>(client, opts, req),
        "add_server_to_placement_group" => fetch::<m::ActionResponse>(client, opts, req),
        "attach_server_iso" => fetch::<m::ActionResponse>(client, opts, req),
        "attach_server_to_network" => fetch::<m::ActionResponse>(client, opts, req),
        "change_server_alias_ips" => fetch::<m::ActionResponse>(client, opts, req),
        "change_server_dns_ptr" => fetch::<m::ActionResponse>(client, opts, req),
        "change_server_protection" => fetch::<m::ActionResponse>(client, opts, req),
        "change_server_type" => fetch::<m::ActionResponse>(client, opts, req),
        "create_server_image" => fetch::<m::CreateServerImageResponse>(client, opts, req),
        "detach_server_from_network" => fetch::<m::ActionResponse>(client, opts, req),
        "detach_server_iso" => fetch::<m::ActionResponse>(client, opts, req),
        "disable_server_backup" => fetch::<m::ActionResponse>(client, opts, req),
        "disable_server_rescue" => fetch::<m::ActionResponse>(client, opts, req),
        "enable_server_backup" => fetch::<m::ActionResponse>(client, opts, req),
        "enable_server_rescue" => fetch::<m::EnableServerRescueResponse>(client, opts, req),
        "poweroff_server" => fetch::<m::ActionResponse>(client, opts, req),
        "poweron_server" => fetch::<m::ActionResponse>(client, opts, req),
        "reboot_server" => fetch::<m::ActionResponse>(client, opts, req),
        "rebuild_server" => fetch::<m::RebuildServerResponse>(client, opts, req),
        "remove_server_from_placement_group" => fetch::<m::ActionResponse>(client, opts, req),
        "request_server_console" => fetch::<m::RequestServerConsoleResponse>(client, opts, req),
        "reset_server" => fetch::<m::ActionResponse>(client, opts, req),
        "reset_server_password" => fetch::<m::EnableServerRescueResponse>(client, opts, req),
        "shutdown_server" => fetch::<m::ActionResponse>(client, opts, req),
        "get_server_action" => fetch::<m::ActionResponse>(client, opts, req),
        "get_server_metrics" => fetch::<m::GetLoadBalancerMetricsResponse>(client, opts, req),
        "list_ssh_keys" => fetch::<m::ListSshKeysResponse>(client, opts, req),
        "create_ssh_key" => fetch::<m::GetSshKeyResponse>(client, opts, req),
        "get_ssh_key" => fetch::<m::GetSshKeyResponse>(client, opts, req),
        "update_ssh_key" => fetch::<m::GetSshKeyResponse>(client, opts, req),
        "delete_ssh_key" => fetch_empty(client, opts, req),
        "list_volumes" => fetch::<m::ListVolumesResponse>(client, opts, req),
        "create_volume" => fetch::<m::CreateVolumeResponse>(client, opts, req),
        "list_volumes_actions" => fetch::<m::ActionListResponseWithMeta>(client, opts, req),
        "get_volumes_action" => fetch::<m::ActionResponse>(client, opts, req),
        "get_volume" => fetch::<m::GetVolumeResponse>(client, opts, req),
        "update_volume" => fetch::<m::GetVolumeResponse>(client, opts, req),
        "delete_volume" => fetch_empty(client, opts, req),
        "list_volume_actions" => fetch::<m::ActionListResponseWithMeta>(client, opts, req),
        "attach_volume" => fetch::<m::ActionResponse>(client, opts, req),
        "change_volume_protection" => fetch::<m::ActionResponse>(client, opts, req),
        "detach_volume" => fetch::<m::ActionResponse>(client, opts, req),
        "resize_volume" => fetch::<m::ActionResponse>(client, opts, req),
        "get_volume_action" => fetch::<m::ActionResponse>(client, opts, req),
        "list_zones" => fetch::<m::ListZonesResponse>(client, opts, req),
        "create_zone" => fetch::<m::CreateZoneResponse>(client, opts, req),
        "get_zone" => fetch::<m::GetZoneResponse>(client, opts, req),
        "update_zone" => fetch::<m::GetZoneResponse>(client, opts, req),
        "delete_zone" => fetch::<m::ActionResponse>(client, opts, req),
        "get_zone_zonefile" => fetch::<m::GetZoneZonefileResponse>(client, opts, req),
        "list_zones_actions" => fetch::<m::ActionListResponseWithMeta>(client, opts, req),
        "get_zones_action" => fetch::<m::ActionResponse>(client, opts, req),
        "list_zone_actions" => fetch::<m::ActionListResponseWithMeta>(client, opts, req),
        "get_zone_action" => fetch::<m::ActionResponse>(client, opts, req),
        "change_zone_primary_nameservers" => fetch::<m::ActionResponse>(client, opts, req),
        "change_zone_protection" => fetch::<m::ActionResponse>(client, opts, req),
        "change_zone_ttl" => fetch::<m::ActionResponse>(client, opts, req),
        "import_zone_zonefile" => fetch::<m::ActionResponse>(client, opts, req),
        "list_zone_rrsets" => fetch::<m::ListZoneRrsetsResponse>(client, opts, req),
        "create_zone_rrset" => fetch::<m::CreateZoneRrsetResponse>(client, opts, req),
        "get_zone_rrset" => fetch::<m::GetZoneRrsetResponse>(client, opts, req),
        "update_zone_rrset" => fetch::<m::GetZoneRrsetResponse>(client, opts, req),
        "delete_zone_rrset" => fetch::<m::ActionResponse>(client, opts, req),
        "change_zone_rrset_protection" => fetch::<m::ActionResponse>(client, opts, req),
        "change_zone_rrset_ttl" => fetch::<m::ActionResponse>(client, opts, req),
        "set_zone_rrset_records" => fetch::<m::ActionResponse>(client, opts, req),
        "add_zone_rrset_records" => fetch::<m::ActionResponse>(client, opts, req),
        "remove_zone_rrset_records" => fetch::<m::ActionResponse>(client, opts, req),
        "update_zone_rrset_records" => fetch::<m::ActionResponse>(client, opts, req),
        other => {
            return Err(hetzcloud::Error::invalid_input(
                "operation",
                format!("unknown operation `{other}`"),
            ))
        }
    })
}

/// Every item of every page of list operation `op`, in chunks of Python-ready items.
pub fn list(
    client: &Client,
    opts: &CallOptions,
    op: &str,
    args: Value,
) -> hetzcloud::Result<Items> {
    Ok(match op {
        "list_certificates" => {
            raw_items::<m::Certificate>(dispatch::list_all::<RawPage<ItemsCertificates>>(
                client,
                opts,
                "list_certificates",
                args,
            )?)
        }
        "list_certificates_actions" => {
            raw_items::<m::Action>(dispatch::list_all::<RawPage<ItemsActions>>(
                client,
                opts,
                "list_certificates_actions",
                args,
            )?)
        }
        "list_certificate_actions" => {
            raw_items::<m::Action>(dispatch::list_all::<RawPage<ItemsActions>>(
                client,
                opts,
                "list_certificate_actions",
                args,
            )?)
        }
        "list_datacenters" => raw_items::<m::Datacenter>(dispatch::list_all::<
            RawPage<ItemsDatacenters>,
        >(
            client, opts, "list_datacenters", args
        )?),
        "list_firewalls" => raw_items::<m::Firewall>(
            dispatch::list_all::<RawPage<ItemsFirewalls>>(client, opts, "list_firewalls", args)?,
        ),
        "list_firewalls_actions" => {
            raw_items::<m::Action>(dispatch::list_all::<RawPage<ItemsActions>>(
                client,
                opts,
                "list_firewalls_actions",
                args,
            )?)
        }
        "list_firewall_actions" => {
            raw_items::<m::Action>(dispatch::list_all::<RawPage<ItemsActions>>(
                client,
                opts,
                "list_firewall_actions",
                args,
            )?)
        }
        "list_floating_ips" => {
            raw_items::<m::FloatingIp>(dispatch::list_all::<RawPage<ItemsFloatingIps>>(
                client,
                opts,
                "list_floating_ips",
                args,
            )?)
        }
        "list_floating_ips_actions" => {
            raw_items::<m::Action>(dispatch::list_all::<RawPage<ItemsActions>>(
                client,
                opts,
                "list_floating_ips_actions",
                args,
            )?)
        }
        "list_floating_ip_actions" => {
            raw_items::<m::Action>(dispatch::list_all::<RawPage<ItemsActions>>(
                client,
                opts,
                "list_floating_ip_actions",
                args,
            )?)
        }
        "list_images" => raw_items::<m::Image>(dispatch::list_all::<RawPage<ItemsImages>>(
            client,
            opts,
            "list_images",
            args,
        )?),
        "list_images_actions" => raw_items::<m::Action>(
            dispatch::list_all::<RawPage<ItemsActions>>(client, opts, "list_images_actions", args)?,
        ),
        "list_image_actions" => raw_items::<m::Action>(
            dispatch::list_all::<RawPage<ItemsActions>>(client, opts, "list_image_actions", args)?,
        ),
        "list_isos" => raw_items::<m::Iso>(dispatch::list_all::<RawPage<ItemsIsos>>(
            client,
            opts,
            "list_isos",
            args,
        )?),
        "list_load_balancer_types" => {
            raw_items::<m::LoadBalancerType>(dispatch::list_all::<RawPage<ItemsLoadBalancerTypes>>(
                client,
                opts,
                "list_load_balancer_types",
                args,
            )?)
        }
        "list_load_balancers" => {
            raw_items::<m::LoadBalancer>(dispatch::list_all::<RawPage<ItemsLoadBalancers>>(
                client,
                opts,
                "list_load_balancers",
                args,
            )?)
        }
        "list_load_balancers_actions" => {
            raw_items::<m::Action>(dispatch::list_all::<RawPage<ItemsActions>>(
                client,
                opts,
                "list_load_balancers_actions",
                args,
            )?)
        }
        "list_load_balancer_actions" => {
            raw_items::<m::Action>(dispatch::list_all::<RawPage<ItemsActions>>(
                client,
                opts,
                "list_load_balancer_actions",
                args,
            )?)
        }
        "list_locations" => raw_items::<m::Location>(
            dispatch::list_all::<RawPage<ItemsLocations>>(client, opts, "list_locations", args)?,
        ),
        "list_networks" => raw_items::<m::Network>(dispatch::list_all::<RawPage<ItemsNetworks>>(
            client,
            opts,
            "list_networks",
            args,
        )?),
        "list_networks_actions" => {
            raw_items::<m::Action>(dispatch::list_all::<RawPage<ItemsActions>>(
                client,
                opts,
                "list_networks_actions",
                args,
            )?)
        }
        "list_network_actions" => {
            raw_items::<m::Action>(dispatch::list_all::<RawPage<ItemsActions>>(
                client,
                opts,
                "list_network_actions",
                args,
            )?)
        }
        "list_placement_groups" => {
            raw_items::<m::PlacementGroup>(dispatch::list_all::<RawPage<ItemsPlacementGroups>>(
                client,
                opts,
                "list_placement_groups",
                args,
            )?)
        }
        "list_primary_ips" => raw_items::<m::PrimaryIp>(dispatch::list_all::<
            RawPage<ItemsPrimaryIps>,
        >(
            client, opts, "list_primary_ips", args
        )?),
        "list_primary_ips_actions" => {
            raw_items::<m::Action>(dispatch::list_all::<RawPage<ItemsActions>>(
                client,
                opts,
                "list_primary_ips_actions",
                args,
            )?)
        }
        "list_primary_ip_actions" => {
            raw_items::<m::Action>(dispatch::list_all::<RawPage<ItemsActions>>(
                client,
                opts,
                "list_primary_ip_actions",
                args,
            )?)
        }
        "list_server_types" => {
            raw_items::<m::ServerType>(dispatch::list_all::<RawPage<ItemsServerTypes>>(
                client,
                opts,
                "list_server_types",
                args,
            )?)
        }
        "list_servers" => raw_items::<m::Server>(dispatch::list_all::<RawPage<ItemsServers>>(
            client,
            opts,
            "list_servers",
            args,
        )?),
        "list_servers_actions" => {
            raw_items::<m::Action>(dispatch::list_all::<RawPage<ItemsActions>>(
                client,
                opts,
                "list_servers_actions",
                args,
            )?)
        }
        "list_server_actions" => raw_items::<m::Action>(
            dispatch::list_all::<RawPage<ItemsActions>>(client, opts, "list_server_actions", args)?,
        ),
        "list_ssh_keys" => raw_items::<m::SshKey>(dispatch::list_all::<RawPage<ItemsSshKeys>>(
            client,
            opts,
            "list_ssh_keys",
            args,
        )?),
        "list_volumes" => raw_items::<m::Volume>(dispatch::list_all::<RawPage<ItemsVolumes>>(
            client,
            opts,
            "list_volumes",
            args,
        )?),
        "list_volumes_actions" => {
            raw_items::<m::Action>(dispatch::list_all::<RawPage<ItemsActions>>(
                client,
                opts,
                "list_volumes_actions",
                args,
            )?)
        }
        "list_volume_actions" => raw_items::<m::Action>(
            dispatch::list_all::<RawPage<ItemsActions>>(client, opts, "list_volume_actions", args)?,
        ),
        "list_zones" => raw_items::<m::Zone>(dispatch::list_all::<RawPage<ItemsZones>>(
            client,
            opts,
            "list_zones",
            args,
        )?),
        "list_zones_actions" => raw_items::<m::Action>(
            dispatch::list_all::<RawPage<ItemsActions>>(client, opts, "list_zones_actions", args)?,
        ),
        "list_zone_actions" => raw_items::<m::Action>(dispatch::list_all::<RawPage<ItemsActions>>(
            client,
            opts,
            "list_zone_actions",
            args,
        )?),
        "list_zone_rrsets" => raw_items::<m::RrSet>(dispatch::list_all::<RawPage<ItemsRrsets>>(
            client,
            opts,
            "list_zone_rrsets",
            args,
        )?),
        other => {
            return Err(hetzcloud::Error::invalid_input(
                "operation",
                format!("`{other}` is not a list operation"),
            ))
        }
    })
}

/// The items field `actions`.
pub struct ItemsActions;
impl ItemsField for ItemsActions {
    const NAME: &'static str = "actions";
}

/// The items field `certificates`.
pub struct ItemsCertificates;
impl ItemsField for ItemsCertificates {
    const NAME: &'static str = "certificates";
}

/// The items field `datacenters`.
pub struct ItemsDatacenters;
impl ItemsField for ItemsDatacenters {
    const NAME: &'static str = "datacenters";
}

/// The items field `firewalls`.
pub struct ItemsFirewalls;
impl ItemsField for ItemsFirewalls {
    const NAME: &'static str = "firewalls";
}

/// The items field `floating_ips`.
pub struct ItemsFloatingIps;
impl ItemsField for ItemsFloatingIps {
    const NAME: &'static str = "floating_ips";
}

/// The items field `images`.
pub struct ItemsImages;
impl ItemsField for ItemsImages {
    const NAME: &'static str = "images";
}

/// The items field `isos`.
pub struct ItemsIsos;
impl ItemsField for ItemsIsos {
    const NAME: &'static str = "isos";
}

/// The items field `load_balancer_types`.
pub struct ItemsLoadBalancerTypes;
impl ItemsField for ItemsLoadBalancerTypes {
    const NAME: &'static str = "load_balancer_types";
}

/// The items field `load_balancers`.
pub struct ItemsLoadBalancers;
impl ItemsField for ItemsLoadBalancers {
    const NAME: &'static str = "load_balancers";
}

/// The items field `locations`.
pub struct ItemsLocations;
impl ItemsField for ItemsLocations {
    const NAME: &'static str = "locations";
}

/// The items field `networks`.
pub struct ItemsNetworks;
impl ItemsField for ItemsNetworks {
    const NAME: &'static str = "networks";
}

/// The items field `placement_groups`.
pub struct ItemsPlacementGroups;
impl ItemsField for ItemsPlacementGroups {
    const NAME: &'static str = "placement_groups";
}

/// The items field `primary_ips`.
pub struct ItemsPrimaryIps;
impl ItemsField for ItemsPrimaryIps {
    const NAME: &'static str = "primary_ips";
}

/// The items field `rrsets`.
pub struct ItemsRrsets;
impl ItemsField for ItemsRrsets {
    const NAME: &'static str = "rrsets";
}

/// The items field `server_types`.
pub struct ItemsServerTypes;
impl ItemsField for ItemsServerTypes {
    const NAME: &'static str = "server_types";
}

/// The items field `servers`.
pub struct ItemsServers;
impl ItemsField for ItemsServers {
    const NAME: &'static str = "servers";
}

/// The items field `ssh_keys`.
pub struct ItemsSshKeys;
impl ItemsField for ItemsSshKeys {
    const NAME: &'static str = "ssh_keys";
}

/// The items field `volumes`.
pub struct ItemsVolumes;
impl ItemsField for ItemsVolumes {
    const NAME: &'static str = "volumes";
}

/// The items field `zones`.
pub struct ItemsZones;
impl ItemsField for ItemsZones {
    const NAME: &'static str = "zones";
}
