// Generated from cloud.spec.json by xtask. Do not edit.
//! Per-operation argument unpacking for [`crate::dispatch`].

#![allow(deprecated)]

use crate::dispatch::Args;
use crate::models::*;
use crate::ApiRequest;

/// The builder of operation `op`, if there is such an operation.
pub(crate) fn builder(op: &str) -> Option<fn(&mut Args) -> crate::Result<ApiRequest>> {
    Some(match op {
        "get_actions" => op_get_actions,
        "get_action" => op_get_action,
        "list_certificates" => op_list_certificates,
        "create_certificate" => op_create_certificate,
        "list_certificates_actions" => op_list_certificates_actions,
        "get_certificates_action" => op_get_certificates_action,
        "get_certificate" => op_get_certificate,
        "update_certificate" => op_update_certificate,
        "delete_certificate" => op_delete_certificate,
        "list_certificate_actions" => op_list_certificate_actions,
        "retry_certificate" => op_retry_certificate,
        "get_certificate_action" => op_get_certificate_action,
        "list_datacenters" => op_list_datacenters,
        "get_datacenter" => op_get_datacenter,
        "list_firewalls" => op_list_firewalls,
        "create_firewall" => op_create_firewall,
        "list_firewalls_actions" => op_list_firewalls_actions,
        "get_firewalls_action" => op_get_firewalls_action,
        "get_firewall" => op_get_firewall,
        "update_firewall" => op_update_firewall,
        "delete_firewall" => op_delete_firewall,
        "list_firewall_actions" => op_list_firewall_actions,
        "apply_firewall_to_resources" => op_apply_firewall_to_resources,
        "remove_firewall_from_resources" => op_remove_firewall_from_resources,
        "set_firewall_rules" => op_set_firewall_rules,
        "get_firewall_action" => op_get_firewall_action,
        "list_floating_ips" => op_list_floating_ips,
        "create_floating_ip" => op_create_floating_ip,
        "list_floating_ips_actions" => op_list_floating_ips_actions,
        "get_floating_ips_action" => op_get_floating_ips_action,
        "get_floating_ip" => op_get_floating_ip,
        "update_floating_ip" => op_update_floating_ip,
        "delete_floating_ip" => op_delete_floating_ip,
        "list_floating_ip_actions" => op_list_floating_ip_actions,
        "assign_floating_ip" => op_assign_floating_ip,
        "change_floating_ip_dns_ptr" => op_change_floating_ip_dns_ptr,
        "change_floating_ip_protection" => op_change_floating_ip_protection,
        "unassign_floating_ip" => op_unassign_floating_ip,
        "get_floating_ip_action" => op_get_floating_ip_action,
        "list_images" => op_list_images,
        "list_images_actions" => op_list_images_actions,
        "get_images_action" => op_get_images_action,
        "get_image" => op_get_image,
        "update_image" => op_update_image,
        "delete_image" => op_delete_image,
        "list_image_actions" => op_list_image_actions,
        "change_image_protection" => op_change_image_protection,
        "get_image_action" => op_get_image_action,
        "list_isos" => op_list_isos,
        "get_iso" => op_get_iso,
        "list_load_balancer_types" => op_list_load_balancer_types,
        "get_load_balancer_type" => op_get_load_balancer_type,
        "list_load_balancers" => op_list_load_balancers,
        "create_load_balancer" => op_create_load_balancer,
        "list_load_balancers_actions" => op_list_load_balancers_actions,
        "get_load_balancers_action" => op_get_load_balancers_action,
        "get_load_balancer" => op_get_load_balancer,
        "update_load_balancer" => op_update_load_balancer,
        "delete_load_balancer" => op_delete_load_balancer,
        "list_load_balancer_actions" => op_list_load_balancer_actions,
        "add_load_balancer_service" => op_add_load_balancer_service,
        "add_load_balancer_target" => op_add_load_balancer_target,
        "attach_load_balancer_to_network" => op_attach_load_balancer_to_network,
        "change_load_balancer_algorithm" => op_change_load_balancer_algorithm,
        "change_load_balancer_dns_ptr" => op_change_load_balancer_dns_ptr,
        "change_load_balancer_protection" => op_change_load_balancer_protection,
        "change_load_balancer_type" => op_change_load_balancer_type,
        "delete_load_balancer_service" => op_delete_load_balancer_service,
        "detach_load_balancer_from_network" => op_detach_load_balancer_from_network,
        "disable_load_balancer_public_interface" => op_disable_load_balancer_public_interface,
        "enable_load_balancer_public_interface" => op_enable_load_balancer_public_interface,
        "remove_load_balancer_target" => op_remove_load_balancer_target,
        "update_load_balancer_service" => op_update_load_balancer_service,
        "get_load_balancer_action" => op_get_load_balancer_action,
        "get_load_balancer_metrics" => op_get_load_balancer_metrics,
        "list_locations" => op_list_locations,
        "get_location" => op_get_location,
        "list_networks" => op_list_networks,
        "create_network" => op_create_network,
        "list_networks_actions" => op_list_networks_actions,
        "get_networks_action" => op_get_networks_action,
        "get_network" => op_get_network,
        "update_network" => op_update_network,
        "delete_network" => op_delete_network,
        "list_network_actions" => op_list_network_actions,
        "add_network_route" => op_add_network_route,
        "add_network_subnet" => op_add_network_subnet,
        "change_network_ip_range" => op_change_network_ip_range,
        "change_network_protection" => op_change_network_protection,
        "delete_network_route" => op_delete_network_route,
        "delete_network_subnet" => op_delete_network_subnet,
        "get_network_action" => op_get_network_action,
        "list_placement_groups" => op_list_placement_groups,
        "create_placement_group" => op_create_placement_group,
        "get_placement_group" => op_get_placement_group,
        "update_placement_group" => op_update_placement_group,
        "delete_placement_group" => op_delete_placement_group,
        "get_pricing" => op_get_pricing,
        "list_primary_ips" => op_list_primary_ips,
        "create_primary_ip" => op_create_primary_ip,
        "list_primary_ips_actions" => op_list_primary_ips_actions,
        "get_primary_ips_action" => op_get_primary_ips_action,
        "list_primary_ip_actions" => op_list_primary_ip_actions,
        "get_primary_ip_action" => op_get_primary_ip_action,
        "get_primary_ip" => op_get_primary_ip,
        "update_primary_ip" => op_update_primary_ip,
        "delete_primary_ip" => op_delete_primary_ip,
        "assign_primary_ip" => op_assign_primary_ip,
        "change_primary_ip_dns_ptr" => op_change_primary_ip_dns_ptr,
        "change_primary_ip_protection" => op_change_primary_ip_protection,
        "unassign_primary_ip" => op_unassign_primary_ip,
        "list_server_types" => op_list_server_types,
        "get_server_type" => op_get_server_type,
        "list_servers" => op_list_servers,
        "create_server" => op_create_server,
        "list_servers_actions" => op_list_servers_actions,
        "get_servers_action" => op_get_servers_action,
        "get_server" => op_get_server,
        "update_server" => op_update_server,
        "delete_server" => op_delete_server,
        "list_server_actions" => op_list_server_actions,
        "add_server_to_placement_group" => op_add_server_to_placement_group,
        "attach_server_iso" => op_attach_server_iso,
        "attach_server_to_network" => op_attach_server_to_network,
        "change_server_alias_ips" => op_change_server_alias_ips,
        "change_server_dns_ptr" => op_change_server_dns_ptr,
        "change_server_protection" => op_change_server_protection,
        "change_server_type" => op_change_server_type,
        "create_server_image" => op_create_server_image,
        "detach_server_from_network" => op_detach_server_from_network,
        "detach_server_iso" => op_detach_server_iso,
        "disable_server_backup" => op_disable_server_backup,
        "disable_server_rescue" => op_disable_server_rescue,
        "enable_server_backup" => op_enable_server_backup,
        "enable_server_rescue" => op_enable_server_rescue,
        "poweroff_server" => op_poweroff_server,
        "poweron_server" => op_poweron_server,
        "reboot_server" => op_reboot_server,
        "rebuild_server" => op_rebuild_server,
        "remove_server_from_placement_group" => op_remove_server_from_placement_group,
        "request_server_console" => op_request_server_console,
        "reset_server" => op_reset_server,
        "reset_server_password" => op_reset_server_password,
        "shutdown_server" => op_shutdown_server,
        "get_server_action" => op_get_server_action,
        "get_server_metrics" => op_get_server_metrics,
        "list_ssh_keys" => op_list_ssh_keys,
        "create_ssh_key" => op_create_ssh_key,
        "get_ssh_key" => op_get_ssh_key,
        "update_ssh_key" => op_update_ssh_key,
        "delete_ssh_key" => op_delete_ssh_key,
        "list_volumes" => op_list_volumes,
        "create_volume" => op_create_volume,
        "list_volumes_actions" => op_list_volumes_actions,
        "get_volumes_action" => op_get_volumes_action,
        "get_volume" => op_get_volume,
        "update_volume" => op_update_volume,
        "delete_volume" => op_delete_volume,
        "list_volume_actions" => op_list_volume_actions,
        "attach_volume" => op_attach_volume,
        "change_volume_protection" => op_change_volume_protection,
        "detach_volume" => op_detach_volume,
        "resize_volume" => op_resize_volume,
        "get_volume_action" => op_get_volume_action,
        "list_zones" => op_list_zones,
        "create_zone" => op_create_zone,
        "get_zone" => op_get_zone,
        "update_zone" => op_update_zone,
        "delete_zone" => op_delete_zone,
        "get_zone_zonefile" => op_get_zone_zonefile,
        "list_zones_actions" => op_list_zones_actions,
        "get_zones_action" => op_get_zones_action,
        "list_zone_actions" => op_list_zone_actions,
        "get_zone_action" => op_get_zone_action,
        "change_zone_primary_nameservers" => op_change_zone_primary_nameservers,
        "change_zone_protection" => op_change_zone_protection,
        "change_zone_ttl" => op_change_zone_ttl,
        "import_zone_zonefile" => op_import_zone_zonefile,
        "list_zone_rrsets" => op_list_zone_rrsets,
        "create_zone_rrset" => op_create_zone_rrset,
        "get_zone_rrset" => op_get_zone_rrset,
        "update_zone_rrset" => op_update_zone_rrset,
        "delete_zone_rrset" => op_delete_zone_rrset,
        "change_zone_rrset_protection" => op_change_zone_rrset_protection,
        "change_zone_rrset_ttl" => op_change_zone_rrset_ttl,
        "set_zone_rrset_records" => op_set_zone_rrset_records,
        "add_zone_rrset_records" => op_add_zone_rrset_records,
        "remove_zone_rrset_records" => op_remove_zone_rrset_records,
        "update_zone_rrset_records" => op_update_zone_rrset_records,
        _ => return None,
    })
}

/// The property holding the items of each paged operation's answer.
pub(crate) fn items_field(op: &str) -> Option<&'static str> {
    Some(match op {
        "list_certificates" => "certificates",
        "list_certificates_actions" => "actions",
        "list_certificate_actions" => "actions",
        "list_datacenters" => "datacenters",
        "list_firewalls" => "firewalls",
        "list_firewalls_actions" => "actions",
        "list_firewall_actions" => "actions",
        "list_floating_ips" => "floating_ips",
        "list_floating_ips_actions" => "actions",
        "list_floating_ip_actions" => "actions",
        "list_images" => "images",
        "list_images_actions" => "actions",
        "list_image_actions" => "actions",
        "list_isos" => "isos",
        "list_load_balancer_types" => "load_balancer_types",
        "list_load_balancers" => "load_balancers",
        "list_load_balancers_actions" => "actions",
        "list_load_balancer_actions" => "actions",
        "list_locations" => "locations",
        "list_networks" => "networks",
        "list_networks_actions" => "actions",
        "list_network_actions" => "actions",
        "list_placement_groups" => "placement_groups",
        "list_primary_ips" => "primary_ips",
        "list_primary_ips_actions" => "actions",
        "list_primary_ip_actions" => "actions",
        "list_server_types" => "server_types",
        "list_servers" => "servers",
        "list_servers_actions" => "actions",
        "list_server_actions" => "actions",
        "list_ssh_keys" => "ssh_keys",
        "list_volumes" => "volumes",
        "list_volumes_actions" => "actions",
        "list_volume_actions" => "actions",
        "list_zones" => "zones",
        "list_zones_actions" => "actions",
        "list_zone_actions" => "actions",
        "list_zone_rrsets" => "rrsets",
        _ => return None,
    })
}

fn op_get_actions(a: &mut Args) -> crate::Result<ApiRequest> {
    let params = GetActionsParams { id: a.many("id")? };
    a.finish(&["id"])?;
    crate::resources::Actions::get_by_ids_request(&params)
}

fn op_get_action(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::Actions::get_request(id)
}

fn op_list_certificates(a: &mut Args) -> crate::Result<ApiRequest> {
    let params = ListCertificatesParams {
        sort: a.many("sort")?,
        name: a.optional("name")?,
        label_selector: a.optional("label_selector")?,
        r#type: a.many("type")?,
        page: a.optional("page")?,
        per_page: a.optional("per_page")?,
    };
    a.finish(&["sort", "name", "label_selector", "type", "page", "per_page"])?;
    crate::resources::Certificates::list_request(&params)
}

fn op_create_certificate(a: &mut Args) -> crate::Result<ApiRequest> {
    let body: CreateCertificateRequest = a.body(
        &[
            "name",
            "labels",
            "type",
            "certificate",
            "private_key",
            "domain_names",
        ],
        &[],
    )?;
    crate::resources::Certificates::create_request(&body)
}

fn op_list_certificates_actions(a: &mut Args) -> crate::Result<ApiRequest> {
    let params = ListCertificatesActionsParams {
        id: a.many("id")?,
        sort: a.many("sort")?,
        status: a.many("status")?,
        page: a.optional("page")?,
        per_page: a.optional("per_page")?,
    };
    a.finish(&["id", "sort", "status", "page", "per_page"])?;
    crate::resources::Certificates::list_actions_request(&params)
}

fn op_get_certificates_action(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::Certificates::get_action_request(id)
}

fn op_get_certificate(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::Certificates::get_request(id)
}

fn op_update_certificate(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: UpdateCertificateRequest = a.body(&["name", "labels"], &[])?;
    crate::resources::Certificates::update_request(id, &body)
}

fn op_delete_certificate(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::Certificates::delete_request(id)
}

fn op_list_certificate_actions(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let params = ListCertificateActionsParams {
        sort: a.many("sort")?,
        status: a.many("status")?,
        page: a.optional("page")?,
        per_page: a.optional("per_page")?,
    };
    a.finish(&["id", "sort", "status", "page", "per_page"])?;
    crate::resources::Certificates::list_actions_for_request(id, &params)
}

fn op_retry_certificate(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::Certificates::retry_request(id)
}

fn op_get_certificate_action(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let action_id = a.id("action_id")?;
    a.finish(&["id", "action_id"])?;
    crate::resources::Certificates::get_certificate_action_request(id, action_id)
}

fn op_list_datacenters(a: &mut Args) -> crate::Result<ApiRequest> {
    let params = ListDatacentersParams {
        name: a.optional("name")?,
        sort: a.many("sort")?,
        page: a.optional("page")?,
        per_page: a.optional("per_page")?,
    };
    a.finish(&["name", "sort", "page", "per_page"])?;
    crate::resources::Datacenters::list_request(&params)
}

fn op_get_datacenter(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::Datacenters::get_request(id)
}

fn op_list_firewalls(a: &mut Args) -> crate::Result<ApiRequest> {
    let params = ListFirewallsParams {
        sort: a.many("sort")?,
        name: a.optional("name")?,
        label_selector: a.optional("label_selector")?,
        page: a.optional("page")?,
        per_page: a.optional("per_page")?,
    };
    a.finish(&["sort", "name", "label_selector", "page", "per_page"])?;
    crate::resources::Firewalls::list_request(&params)
}

fn op_create_firewall(a: &mut Args) -> crate::Result<ApiRequest> {
    let body: CreateFirewallRequest = a.body(&["name", "labels", "rules", "apply_to"], &[])?;
    crate::resources::Firewalls::create_request(&body)
}

fn op_list_firewalls_actions(a: &mut Args) -> crate::Result<ApiRequest> {
    let params = ListFirewallsActionsParams {
        id: a.many("id")?,
        sort: a.many("sort")?,
        status: a.many("status")?,
        page: a.optional("page")?,
        per_page: a.optional("per_page")?,
    };
    a.finish(&["id", "sort", "status", "page", "per_page"])?;
    crate::resources::Firewalls::list_actions_request(&params)
}

fn op_get_firewalls_action(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::Firewalls::get_action_request(id)
}

fn op_get_firewall(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::Firewalls::get_request(id)
}

fn op_update_firewall(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: UpdateFirewallRequest = a.body(&["name", "labels"], &[])?;
    crate::resources::Firewalls::update_request(id, &body)
}

fn op_delete_firewall(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::Firewalls::delete_request(id)
}

fn op_list_firewall_actions(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let params = ListFirewallActionsParams {
        sort: a.many("sort")?,
        status: a.many("status")?,
        page: a.optional("page")?,
        per_page: a.optional("per_page")?,
    };
    a.finish(&["id", "sort", "status", "page", "per_page"])?;
    crate::resources::Firewalls::list_actions_for_request(id, &params)
}

fn op_apply_firewall_to_resources(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: ApplyFirewallToResourcesRequest = a.body(&["apply_to"], &[])?;
    crate::resources::Firewalls::apply_to_resources_request(id, &body)
}

fn op_remove_firewall_from_resources(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: RemoveFirewallFromResourcesRequest = a.body(&["remove_from"], &[])?;
    crate::resources::Firewalls::remove_from_resources_request(id, &body)
}

fn op_set_firewall_rules(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: SetFirewallRulesRequest = a.body(&["rules"], &[])?;
    crate::resources::Firewalls::set_rules_request(id, &body)
}

fn op_get_firewall_action(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let action_id = a.id("action_id")?;
    a.finish(&["id", "action_id"])?;
    crate::resources::Firewalls::get_firewall_action_request(id, action_id)
}

fn op_list_floating_ips(a: &mut Args) -> crate::Result<ApiRequest> {
    let params = ListFloatingIpsParams {
        name: a.optional("name")?,
        label_selector: a.optional("label_selector")?,
        sort: a.many("sort")?,
        page: a.optional("page")?,
        per_page: a.optional("per_page")?,
    };
    a.finish(&["name", "label_selector", "sort", "page", "per_page"])?;
    crate::resources::FloatingIps::list_request(&params)
}

fn op_create_floating_ip(a: &mut Args) -> crate::Result<ApiRequest> {
    let body: CreateFloatingIpRequest = a.body(
        &[
            "type",
            "server",
            "home_location",
            "description",
            "name",
            "labels",
        ],
        &[],
    )?;
    crate::resources::FloatingIps::create_request(&body)
}

fn op_list_floating_ips_actions(a: &mut Args) -> crate::Result<ApiRequest> {
    let params = ListFloatingIpsActionsParams {
        id: a.many("id")?,
        sort: a.many("sort")?,
        status: a.many("status")?,
        page: a.optional("page")?,
        per_page: a.optional("per_page")?,
    };
    a.finish(&["id", "sort", "status", "page", "per_page"])?;
    crate::resources::FloatingIps::list_actions_request(&params)
}

fn op_get_floating_ips_action(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::FloatingIps::get_action_request(id)
}

fn op_get_floating_ip(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::FloatingIps::get_request(id)
}

fn op_update_floating_ip(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: UpdateFloatingIpRequest = a.body(&["description", "name", "labels"], &[])?;
    crate::resources::FloatingIps::update_request(id, &body)
}

fn op_delete_floating_ip(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::FloatingIps::delete_request(id)
}

fn op_list_floating_ip_actions(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let params = ListFloatingIpActionsParams {
        sort: a.many("sort")?,
        status: a.many("status")?,
        page: a.optional("page")?,
        per_page: a.optional("per_page")?,
    };
    a.finish(&["id", "sort", "status", "page", "per_page"])?;
    crate::resources::FloatingIps::list_actions_for_request(id, &params)
}

fn op_assign_floating_ip(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: AssignFloatingIpRequest = a.body(&["server"], &[])?;
    crate::resources::FloatingIps::assign_request(id, &body)
}

fn op_change_floating_ip_dns_ptr(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: ChangeFloatingIpDnsPtrRequest = a.body(&["ip", "dns_ptr"], &[])?;
    crate::resources::FloatingIps::change_dns_ptr_request(id, &body)
}

fn op_change_floating_ip_protection(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: ChangeFloatingIpProtectionRequest = a.body(&["delete"], &[])?;
    crate::resources::FloatingIps::change_protection_request(id, &body)
}

fn op_unassign_floating_ip(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::FloatingIps::unassign_request(id)
}

fn op_get_floating_ip_action(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let action_id = a.id("action_id")?;
    a.finish(&["id", "action_id"])?;
    crate::resources::FloatingIps::get_floating_ip_action_request(id, action_id)
}

fn op_list_images(a: &mut Args) -> crate::Result<ApiRequest> {
    let params = ListImagesParams {
        sort: a.many("sort")?,
        r#type: a.many("type")?,
        status: a.many("status")?,
        bound_to: a.many("bound_to")?,
        include_deprecated: a.optional("include_deprecated")?,
        name: a.optional("name")?,
        label_selector: a.optional("label_selector")?,
        architecture: a.optional("architecture")?,
        page: a.optional("page")?,
        per_page: a.optional("per_page")?,
    };
    a.finish(&[
        "sort",
        "type",
        "status",
        "bound_to",
        "include_deprecated",
        "name",
        "label_selector",
        "architecture",
        "page",
        "per_page",
    ])?;
    crate::resources::Images::list_request(&params)
}

fn op_list_images_actions(a: &mut Args) -> crate::Result<ApiRequest> {
    let params = ListImagesActionsParams {
        id: a.many("id")?,
        sort: a.many("sort")?,
        status: a.many("status")?,
        page: a.optional("page")?,
        per_page: a.optional("per_page")?,
    };
    a.finish(&["id", "sort", "status", "page", "per_page"])?;
    crate::resources::Images::list_actions_request(&params)
}

fn op_get_images_action(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::Images::get_action_request(id)
}

fn op_get_image(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::Images::get_request(id)
}

fn op_update_image(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: UpdateImageRequest = a.body(&["description", "type", "labels"], &[])?;
    crate::resources::Images::update_request(id, &body)
}

fn op_delete_image(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::Images::delete_request(id)
}

fn op_list_image_actions(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let params = ListImageActionsParams {
        sort: a.many("sort")?,
        status: a.many("status")?,
        page: a.optional("page")?,
        per_page: a.optional("per_page")?,
    };
    a.finish(&["id", "sort", "status", "page", "per_page"])?;
    crate::resources::Images::list_actions_for_request(id, &params)
}

fn op_change_image_protection(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: ChangeImageProtectionRequest = a.body(&["delete"], &[])?;
    crate::resources::Images::change_protection_request(id, &body)
}

fn op_get_image_action(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let action_id = a.id("action_id")?;
    a.finish(&["id", "action_id"])?;
    crate::resources::Images::get_image_action_request(id, action_id)
}

fn op_list_isos(a: &mut Args) -> crate::Result<ApiRequest> {
    let params = ListIsosParams {
        name: a.optional("name")?,
        architecture: a.optional("architecture")?,
        include_architecture_wildcard: a.optional("include_architecture_wildcard")?,
        page: a.optional("page")?,
        per_page: a.optional("per_page")?,
    };
    a.finish(&[
        "name",
        "architecture",
        "include_architecture_wildcard",
        "page",
        "per_page",
    ])?;
    crate::resources::Isos::list_request(&params)
}

fn op_get_iso(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::Isos::get_request(id)
}

fn op_list_load_balancer_types(a: &mut Args) -> crate::Result<ApiRequest> {
    let params = ListLoadBalancerTypesParams {
        name: a.optional("name")?,
        page: a.optional("page")?,
        per_page: a.optional("per_page")?,
    };
    a.finish(&["name", "page", "per_page"])?;
    crate::resources::LoadBalancerTypes::list_request(&params)
}

fn op_get_load_balancer_type(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::LoadBalancerTypes::get_request(id)
}

fn op_list_load_balancers(a: &mut Args) -> crate::Result<ApiRequest> {
    let params = ListLoadBalancersParams {
        sort: a.many("sort")?,
        name: a.optional("name")?,
        label_selector: a.optional("label_selector")?,
        page: a.optional("page")?,
        per_page: a.optional("per_page")?,
    };
    a.finish(&["sort", "name", "label_selector", "page", "per_page"])?;
    crate::resources::LoadBalancers::list_request(&params)
}

fn op_create_load_balancer(a: &mut Args) -> crate::Result<ApiRequest> {
    let body: CreateLoadBalancerRequest = a.body(
        &[
            "name",
            "load_balancer_type",
            "algorithm",
            "services",
            "targets",
            "labels",
            "public_interface",
            "network",
            "network_zone",
            "location",
        ],
        &["load_balancer_type", "location"],
    )?;
    crate::resources::LoadBalancers::create_request(&body)
}

fn op_list_load_balancers_actions(a: &mut Args) -> crate::Result<ApiRequest> {
    let params = ListLoadBalancersActionsParams {
        id: a.many("id")?,
        sort: a.many("sort")?,
        status: a.many("status")?,
        page: a.optional("page")?,
        per_page: a.optional("per_page")?,
    };
    a.finish(&["id", "sort", "status", "page", "per_page"])?;
    crate::resources::LoadBalancers::list_actions_request(&params)
}

fn op_get_load_balancers_action(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::LoadBalancers::get_action_request(id)
}

fn op_get_load_balancer(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::LoadBalancers::get_request(id)
}

fn op_update_load_balancer(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: UpdateLoadBalancerRequest = a.body(&["name", "labels"], &[])?;
    crate::resources::LoadBalancers::update_request(id, &body)
}

fn op_delete_load_balancer(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::LoadBalancers::delete_request(id)
}

fn op_list_load_balancer_actions(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let params = ListLoadBalancerActionsParams {
        sort: a.many("sort")?,
        status: a.many("status")?,
        page: a.optional("page")?,
        per_page: a.optional("per_page")?,
    };
    a.finish(&["id", "sort", "status", "page", "per_page"])?;
    crate::resources::LoadBalancers::list_actions_for_request(id, &params)
}

fn op_add_load_balancer_service(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: AddLoadBalancerServiceRequest = a.body(
        &[
            "protocol",
            "listen_port",
            "destination_port",
            "proxyprotocol",
            "health_check",
            "http",
        ],
        &[],
    )?;
    crate::resources::LoadBalancers::add_service_request(id, &body)
}

fn op_add_load_balancer_target(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: AddLoadBalancerTargetRequest = a.body(
        &["type", "server", "label_selector", "ip", "use_private_ip"],
        &[],
    )?;
    crate::resources::LoadBalancers::add_target_request(id, &body)
}

fn op_attach_load_balancer_to_network(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: AttachLoadBalancerToNetworkRequest = a.body(&["network", "ip", "ip_range"], &[])?;
    crate::resources::LoadBalancers::attach_to_network_request(id, &body)
}

fn op_change_load_balancer_algorithm(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: ChangeLoadBalancerAlgorithmRequest = a.body(&["type"], &[])?;
    crate::resources::LoadBalancers::change_algorithm_request(id, &body)
}

fn op_change_load_balancer_dns_ptr(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: ChangeLoadBalancerDnsPtrRequest = a.body(&["ip", "dns_ptr"], &[])?;
    crate::resources::LoadBalancers::change_dns_ptr_request(id, &body)
}

fn op_change_load_balancer_protection(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: ChangeLoadBalancerProtectionRequest = a.body(&["delete"], &[])?;
    crate::resources::LoadBalancers::change_protection_request(id, &body)
}

fn op_change_load_balancer_type(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: ChangeLoadBalancerTypeRequest =
        a.body(&["load_balancer_type"], &["load_balancer_type"])?;
    crate::resources::LoadBalancers::change_type_request(id, &body)
}

fn op_delete_load_balancer_service(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: DeleteLoadBalancerServiceRequest = a.body(&["listen_port"], &[])?;
    crate::resources::LoadBalancers::delete_service_request(id, &body)
}

fn op_detach_load_balancer_from_network(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: DetachLoadBalancerFromNetworkRequest = a.body(&["network"], &[])?;
    crate::resources::LoadBalancers::detach_from_network_request(id, &body)
}

fn op_disable_load_balancer_public_interface(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::LoadBalancers::disable_public_interface_request(id)
}

fn op_enable_load_balancer_public_interface(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::LoadBalancers::enable_public_interface_request(id)
}

fn op_remove_load_balancer_target(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: RemoveLoadBalancerTargetRequest =
        a.body(&["type", "server", "label_selector", "ip"], &[])?;
    crate::resources::LoadBalancers::remove_target_request(id, &body)
}

fn op_update_load_balancer_service(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: UpdateLoadBalancerServiceRequest = a.body(
        &[
            "protocol",
            "listen_port",
            "destination_port",
            "proxyprotocol",
            "health_check",
            "http",
        ],
        &[],
    )?;
    crate::resources::LoadBalancers::update_service_request(id, &body)
}

fn op_get_load_balancer_action(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let action_id = a.id("action_id")?;
    a.finish(&["id", "action_id"])?;
    crate::resources::LoadBalancers::get_load_balancer_action_request(id, action_id)
}

fn op_get_load_balancer_metrics(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let params = GetLoadBalancerMetricsParams {
        r#type: a.many("type")?,
        start: a.required("start")?,
        end: a.required("end")?,
        step: a.optional("step")?,
    };
    a.finish(&["id", "type", "start", "end", "step"])?;
    crate::resources::LoadBalancers::get_metrics_request(id, &params)
}

fn op_list_locations(a: &mut Args) -> crate::Result<ApiRequest> {
    let params = ListLocationsParams {
        name: a.optional("name")?,
        sort: a.many("sort")?,
        page: a.optional("page")?,
        per_page: a.optional("per_page")?,
    };
    a.finish(&["name", "sort", "page", "per_page"])?;
    crate::resources::Locations::list_request(&params)
}

fn op_get_location(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::Locations::get_request(id)
}

fn op_list_networks(a: &mut Args) -> crate::Result<ApiRequest> {
    let params = ListNetworksParams {
        sort: a.many("sort")?,
        name: a.optional("name")?,
        label_selector: a.optional("label_selector")?,
        page: a.optional("page")?,
        per_page: a.optional("per_page")?,
    };
    a.finish(&["sort", "name", "label_selector", "page", "per_page"])?;
    crate::resources::Networks::list_request(&params)
}

fn op_create_network(a: &mut Args) -> crate::Result<ApiRequest> {
    let body: CreateNetworkRequest = a.body(
        &[
            "name",
            "ip_range",
            "labels",
            "subnets",
            "routes",
            "expose_routes_to_vswitch",
        ],
        &[],
    )?;
    crate::resources::Networks::create_request(&body)
}

fn op_list_networks_actions(a: &mut Args) -> crate::Result<ApiRequest> {
    let params = ListNetworksActionsParams {
        id: a.many("id")?,
        sort: a.many("sort")?,
        status: a.many("status")?,
        page: a.optional("page")?,
        per_page: a.optional("per_page")?,
    };
    a.finish(&["id", "sort", "status", "page", "per_page"])?;
    crate::resources::Networks::list_actions_request(&params)
}

fn op_get_networks_action(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::Networks::get_action_request(id)
}

fn op_get_network(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::Networks::get_request(id)
}

fn op_update_network(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: UpdateNetworkRequest =
        a.body(&["name", "labels", "expose_routes_to_vswitch"], &[])?;
    crate::resources::Networks::update_request(id, &body)
}

fn op_delete_network(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::Networks::delete_request(id)
}

fn op_list_network_actions(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let params = ListNetworkActionsParams {
        sort: a.many("sort")?,
        status: a.many("status")?,
        page: a.optional("page")?,
        per_page: a.optional("per_page")?,
    };
    a.finish(&["id", "sort", "status", "page", "per_page"])?;
    crate::resources::Networks::list_actions_for_request(id, &params)
}

fn op_add_network_route(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: AddNetworkRouteRequest = a.body(&["destination", "gateway"], &[])?;
    crate::resources::Networks::add_route_request(id, &body)
}

fn op_add_network_subnet(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: AddNetworkSubnetRequest =
        a.body(&["type", "ip_range", "network_zone", "vswitch_id"], &[])?;
    crate::resources::Networks::add_subnet_request(id, &body)
}

fn op_change_network_ip_range(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: ChangeNetworkIpRangeRequest = a.body(&["ip_range"], &[])?;
    crate::resources::Networks::change_ip_range_request(id, &body)
}

fn op_change_network_protection(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: ChangeNetworkProtectionRequest = a.body(&["delete"], &[])?;
    crate::resources::Networks::change_protection_request(id, &body)
}

fn op_delete_network_route(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: DeleteNetworkRouteRequest = a.body(&["destination", "gateway"], &[])?;
    crate::resources::Networks::delete_route_request(id, &body)
}

fn op_delete_network_subnet(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: DeleteNetworkSubnetRequest = a.body(&["ip_range"], &[])?;
    crate::resources::Networks::delete_subnet_request(id, &body)
}

fn op_get_network_action(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let action_id = a.id("action_id")?;
    a.finish(&["id", "action_id"])?;
    crate::resources::Networks::get_network_action_request(id, action_id)
}

fn op_list_placement_groups(a: &mut Args) -> crate::Result<ApiRequest> {
    let params = ListPlacementGroupsParams {
        sort: a.many("sort")?,
        name: a.optional("name")?,
        label_selector: a.optional("label_selector")?,
        r#type: a.many("type")?,
        page: a.optional("page")?,
        per_page: a.optional("per_page")?,
    };
    a.finish(&["sort", "name", "label_selector", "type", "page", "per_page"])?;
    crate::resources::PlacementGroups::list_request(&params)
}

fn op_create_placement_group(a: &mut Args) -> crate::Result<ApiRequest> {
    let body: CreatePlacementGroupRequest = a.body(&["name", "labels", "type"], &[])?;
    crate::resources::PlacementGroups::create_request(&body)
}

fn op_get_placement_group(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::PlacementGroups::get_request(id)
}

fn op_update_placement_group(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: UpdatePlacementGroupRequest = a.body(&["name", "labels"], &[])?;
    crate::resources::PlacementGroups::update_request(id, &body)
}

fn op_delete_placement_group(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::PlacementGroups::delete_request(id)
}

fn op_get_pricing(a: &mut Args) -> crate::Result<ApiRequest> {
    a.finish(&[])?;
    crate::resources::Pricing::get_request()
}

fn op_list_primary_ips(a: &mut Args) -> crate::Result<ApiRequest> {
    let params = ListPrimaryIpsParams {
        name: a.optional("name")?,
        label_selector: a.optional("label_selector")?,
        ip: a.optional("ip")?,
        page: a.optional("page")?,
        per_page: a.optional("per_page")?,
        sort: a.many("sort")?,
    };
    a.finish(&["name", "label_selector", "ip", "page", "per_page", "sort"])?;
    crate::resources::PrimaryIps::list_request(&params)
}

fn op_create_primary_ip(a: &mut Args) -> crate::Result<ApiRequest> {
    let body: CreatePrimaryIpRequest = a.body(
        &[
            "name",
            "labels",
            "type",
            "location",
            "assignee_type",
            "assignee_id",
            "auto_delete",
        ],
        &[],
    )?;
    crate::resources::PrimaryIps::create_request(&body)
}

fn op_list_primary_ips_actions(a: &mut Args) -> crate::Result<ApiRequest> {
    let params = ListPrimaryIpsActionsParams {
        id: a.many("id")?,
        sort: a.many("sort")?,
        status: a.many("status")?,
        page: a.optional("page")?,
        per_page: a.optional("per_page")?,
    };
    a.finish(&["id", "sort", "status", "page", "per_page"])?;
    crate::resources::PrimaryIps::list_actions_request(&params)
}

fn op_get_primary_ips_action(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::PrimaryIps::get_action_request(id)
}

fn op_list_primary_ip_actions(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let params = ListPrimaryIpActionsParams {
        sort: a.many("sort")?,
        status: a.many("status")?,
        page: a.optional("page")?,
        per_page: a.optional("per_page")?,
    };
    a.finish(&["id", "sort", "status", "page", "per_page"])?;
    crate::resources::PrimaryIps::list_actions_for_request(id, &params)
}

fn op_get_primary_ip_action(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let action_id = a.id("action_id")?;
    a.finish(&["id", "action_id"])?;
    crate::resources::PrimaryIps::get_primary_ip_action_request(id, action_id)
}

fn op_get_primary_ip(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::PrimaryIps::get_request(id)
}

fn op_update_primary_ip(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: UpdatePrimaryIpRequest = a.body(&["name", "labels", "auto_delete"], &[])?;
    crate::resources::PrimaryIps::update_request(id, &body)
}

fn op_delete_primary_ip(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::PrimaryIps::delete_request(id)
}

fn op_assign_primary_ip(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: AssignPrimaryIpRequest = a.body(&["assignee_type", "assignee_id"], &[])?;
    crate::resources::PrimaryIps::assign_request(id, &body)
}

fn op_change_primary_ip_dns_ptr(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: ChangePrimaryIpDnsPtrRequest = a.body(&["ip", "dns_ptr"], &[])?;
    crate::resources::PrimaryIps::change_dns_ptr_request(id, &body)
}

fn op_change_primary_ip_protection(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: ChangePrimaryIpProtectionRequest = a.body(&["delete"], &[])?;
    crate::resources::PrimaryIps::change_protection_request(id, &body)
}

fn op_unassign_primary_ip(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::PrimaryIps::unassign_request(id)
}

fn op_list_server_types(a: &mut Args) -> crate::Result<ApiRequest> {
    let params = ListServerTypesParams {
        name: a.optional("name")?,
        page: a.optional("page")?,
        per_page: a.optional("per_page")?,
    };
    a.finish(&["name", "page", "per_page"])?;
    crate::resources::ServerTypes::list_request(&params)
}

fn op_get_server_type(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::ServerTypes::get_request(id)
}

fn op_list_servers(a: &mut Args) -> crate::Result<ApiRequest> {
    let params = ListServersParams {
        name: a.optional("name")?,
        label_selector: a.optional("label_selector")?,
        sort: a.many("sort")?,
        status: a.many("status")?,
        page: a.optional("page")?,
        per_page: a.optional("per_page")?,
    };
    a.finish(&[
        "name",
        "label_selector",
        "sort",
        "status",
        "page",
        "per_page",
    ])?;
    crate::resources::Servers::list_request(&params)
}

fn op_create_server(a: &mut Args) -> crate::Result<ApiRequest> {
    let body: CreateServerRequest = a.body(
        &[
            "name",
            "location",
            "server_type",
            "start_after_create",
            "image",
            "placement_group",
            "ssh_keys",
            "volumes",
            "networks",
            "firewalls",
            "user_data",
            "labels",
            "automount",
            "public_net",
        ],
        &["location", "server_type", "image", "ssh_keys"],
    )?;
    crate::resources::Servers::create_request(&body)
}

fn op_list_servers_actions(a: &mut Args) -> crate::Result<ApiRequest> {
    let params = ListServersActionsParams {
        id: a.many("id")?,
        sort: a.many("sort")?,
        status: a.many("status")?,
        page: a.optional("page")?,
        per_page: a.optional("per_page")?,
    };
    a.finish(&["id", "sort", "status", "page", "per_page"])?;
    crate::resources::Servers::list_actions_request(&params)
}

fn op_get_servers_action(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::Servers::get_action_request(id)
}

fn op_get_server(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::Servers::get_request(id)
}

fn op_update_server(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: UpdateServerRequest = a.body(&["name", "labels"], &[])?;
    crate::resources::Servers::update_request(id, &body)
}

fn op_delete_server(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::Servers::delete_request(id)
}

fn op_list_server_actions(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let params = ListServerActionsParams {
        sort: a.many("sort")?,
        status: a.many("status")?,
        page: a.optional("page")?,
        per_page: a.optional("per_page")?,
    };
    a.finish(&["id", "sort", "status", "page", "per_page"])?;
    crate::resources::Servers::list_actions_for_request(id, &params)
}

fn op_add_server_to_placement_group(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: AddServerToPlacementGroupRequest = a.body(&["placement_group"], &[])?;
    crate::resources::Servers::add_to_placement_group_request(id, &body)
}

fn op_attach_server_iso(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: AttachServerIsoRequest = a.body(&["iso"], &["iso"])?;
    crate::resources::Servers::attach_iso_request(id, &body)
}

fn op_attach_server_to_network(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: AttachServerToNetworkRequest =
        a.body(&["network", "ip", "alias_ips", "ip_range"], &[])?;
    crate::resources::Servers::attach_to_network_request(id, &body)
}

fn op_change_server_alias_ips(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: ChangeServerAliasIpsRequest = a.body(&["network", "alias_ips"], &[])?;
    crate::resources::Servers::change_alias_ips_request(id, &body)
}

fn op_change_server_dns_ptr(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: ChangeServerDnsPtrRequest = a.body(&["ip", "dns_ptr"], &[])?;
    crate::resources::Servers::change_dns_ptr_request(id, &body)
}

fn op_change_server_protection(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: ChangeServerProtectionRequest = a.body(&["delete", "rebuild"], &[])?;
    crate::resources::Servers::change_protection_request(id, &body)
}

fn op_change_server_type(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: ChangeServerTypeRequest =
        a.body(&["upgrade_disk", "server_type"], &["server_type"])?;
    crate::resources::Servers::change_type_request(id, &body)
}

fn op_create_server_image(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: CreateServerImageRequest = a.body(&["description", "type", "labels"], &[])?;
    crate::resources::Servers::create_image_request(id, &body)
}

fn op_detach_server_from_network(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: DetachServerFromNetworkRequest = a.body(&["network"], &[])?;
    crate::resources::Servers::detach_from_network_request(id, &body)
}

fn op_detach_server_iso(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::Servers::detach_iso_request(id)
}

fn op_disable_server_backup(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::Servers::disable_backup_request(id)
}

fn op_disable_server_rescue(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::Servers::disable_rescue_request(id)
}

fn op_enable_server_backup(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::Servers::enable_backup_request(id)
}

fn op_enable_server_rescue(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: EnableServerRescueRequest = a.body(&["type", "ssh_keys"], &[])?;
    crate::resources::Servers::enable_rescue_request(id, &body)
}

fn op_poweroff_server(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::Servers::power_off_request(id)
}

fn op_poweron_server(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::Servers::power_on_request(id)
}

fn op_reboot_server(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::Servers::reboot_request(id)
}

fn op_rebuild_server(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: RebuildServerRequest = a.body(&["image", "user_data"], &["image"])?;
    crate::resources::Servers::rebuild_request(id, &body)
}

fn op_remove_server_from_placement_group(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::Servers::remove_from_placement_group_request(id)
}

fn op_request_server_console(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::Servers::request_console_request(id)
}

fn op_reset_server(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::Servers::reset_request(id)
}

fn op_reset_server_password(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::Servers::reset_password_request(id)
}

fn op_shutdown_server(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::Servers::shutdown_request(id)
}

fn op_get_server_action(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let action_id = a.id("action_id")?;
    a.finish(&["id", "action_id"])?;
    crate::resources::Servers::get_server_action_request(id, action_id)
}

fn op_get_server_metrics(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let params = GetServerMetricsParams {
        r#type: a.many("type")?,
        start: a.required("start")?,
        end: a.required("end")?,
        step: a.optional("step")?,
    };
    a.finish(&["id", "type", "start", "end", "step"])?;
    crate::resources::Servers::get_metrics_request(id, &params)
}

fn op_list_ssh_keys(a: &mut Args) -> crate::Result<ApiRequest> {
    let params = ListSshKeysParams {
        sort: a.many("sort")?,
        name: a.optional("name")?,
        fingerprint: a.optional("fingerprint")?,
        label_selector: a.optional("label_selector")?,
        page: a.optional("page")?,
        per_page: a.optional("per_page")?,
    };
    a.finish(&[
        "sort",
        "name",
        "fingerprint",
        "label_selector",
        "page",
        "per_page",
    ])?;
    crate::resources::SshKeys::list_request(&params)
}

fn op_create_ssh_key(a: &mut Args) -> crate::Result<ApiRequest> {
    let body: CreateSshKeyRequest = a.body(&["name", "public_key", "labels"], &[])?;
    crate::resources::SshKeys::create_request(&body)
}

fn op_get_ssh_key(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::SshKeys::get_request(id)
}

fn op_update_ssh_key(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: UpdateSshKeyRequest = a.body(&["name", "labels"], &[])?;
    crate::resources::SshKeys::update_request(id, &body)
}

fn op_delete_ssh_key(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::SshKeys::delete_request(id)
}

fn op_list_volumes(a: &mut Args) -> crate::Result<ApiRequest> {
    let params = ListVolumesParams {
        status: a.many("status")?,
        sort: a.many("sort")?,
        name: a.optional("name")?,
        label_selector: a.optional("label_selector")?,
        page: a.optional("page")?,
        per_page: a.optional("per_page")?,
    };
    a.finish(&[
        "status",
        "sort",
        "name",
        "label_selector",
        "page",
        "per_page",
    ])?;
    crate::resources::Volumes::list_request(&params)
}

fn op_create_volume(a: &mut Args) -> crate::Result<ApiRequest> {
    let body: CreateVolumeRequest = a.body(
        &[
            "size",
            "name",
            "labels",
            "automount",
            "format",
            "location",
            "server",
        ],
        &[],
    )?;
    crate::resources::Volumes::create_request(&body)
}

fn op_list_volumes_actions(a: &mut Args) -> crate::Result<ApiRequest> {
    let params = ListVolumesActionsParams {
        id: a.many("id")?,
        sort: a.many("sort")?,
        status: a.many("status")?,
        page: a.optional("page")?,
        per_page: a.optional("per_page")?,
    };
    a.finish(&["id", "sort", "status", "page", "per_page"])?;
    crate::resources::Volumes::list_actions_request(&params)
}

fn op_get_volumes_action(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::Volumes::get_action_request(id)
}

fn op_get_volume(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::Volumes::get_request(id)
}

fn op_update_volume(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: UpdateVolumeRequest = a.body(&["name", "labels"], &[])?;
    crate::resources::Volumes::update_request(id, &body)
}

fn op_delete_volume(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::Volumes::delete_request(id)
}

fn op_list_volume_actions(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let params = ListVolumeActionsParams {
        sort: a.many("sort")?,
        status: a.many("status")?,
        page: a.optional("page")?,
        per_page: a.optional("per_page")?,
    };
    a.finish(&["id", "sort", "status", "page", "per_page"])?;
    crate::resources::Volumes::list_actions_for_request(id, &params)
}

fn op_attach_volume(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: AttachVolumeRequest = a.body(&["server", "automount"], &[])?;
    crate::resources::Volumes::attach_request(id, &body)
}

fn op_change_volume_protection(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: ChangeVolumeProtectionRequest = a.body(&["delete"], &[])?;
    crate::resources::Volumes::change_protection_request(id, &body)
}

fn op_detach_volume(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::Volumes::detach_request(id)
}

fn op_resize_volume(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let body: ResizeVolumeRequest = a.body(&["size"], &[])?;
    crate::resources::Volumes::resize_request(id, &body)
}

fn op_get_volume_action(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    let action_id = a.id("action_id")?;
    a.finish(&["id", "action_id"])?;
    crate::resources::Volumes::get_volume_action_request(id, action_id)
}

fn op_list_zones(a: &mut Args) -> crate::Result<ApiRequest> {
    let params = ListZonesParams {
        name: a.optional("name")?,
        mode: a.optional("mode")?,
        label_selector: a.optional("label_selector")?,
        sort: a.many("sort")?,
        page: a.optional("page")?,
        per_page: a.optional("per_page")?,
    };
    a.finish(&["name", "mode", "label_selector", "sort", "page", "per_page"])?;
    crate::resources::Zones::list_request(&params)
}

fn op_create_zone(a: &mut Args) -> crate::Result<ApiRequest> {
    let body: CreateZoneRequest = a.body(
        &[
            "name",
            "mode",
            "ttl",
            "labels",
            "primary_nameservers",
            "rrsets",
            "zonefile",
        ],
        &[],
    )?;
    crate::resources::Zones::create_request(&body)
}

fn op_get_zone(a: &mut Args) -> crate::Result<ApiRequest> {
    let id_or_name = a.segment("id_or_name")?;
    a.finish(&["id_or_name"])?;
    crate::resources::Zones::get_request(&id_or_name)
}

fn op_update_zone(a: &mut Args) -> crate::Result<ApiRequest> {
    let id_or_name = a.segment("id_or_name")?;
    let body: UpdateZoneRequest = a.body(&["labels"], &[])?;
    crate::resources::Zones::update_request(&id_or_name, &body)
}

fn op_delete_zone(a: &mut Args) -> crate::Result<ApiRequest> {
    let id_or_name = a.segment("id_or_name")?;
    a.finish(&["id_or_name"])?;
    crate::resources::Zones::delete_request(&id_or_name)
}

fn op_get_zone_zonefile(a: &mut Args) -> crate::Result<ApiRequest> {
    let id_or_name = a.segment("id_or_name")?;
    a.finish(&["id_or_name"])?;
    crate::resources::Zones::get_zonefile_request(&id_or_name)
}

fn op_list_zones_actions(a: &mut Args) -> crate::Result<ApiRequest> {
    let params = ListZonesActionsParams {
        id: a.many("id")?,
        sort: a.many("sort")?,
        status: a.many("status")?,
        page: a.optional("page")?,
        per_page: a.optional("per_page")?,
    };
    a.finish(&["id", "sort", "status", "page", "per_page"])?;
    crate::resources::Zones::list_actions_request(&params)
}

fn op_get_zones_action(a: &mut Args) -> crate::Result<ApiRequest> {
    let id = a.id("id")?;
    a.finish(&["id"])?;
    crate::resources::Zones::get_action_request(id)
}

fn op_list_zone_actions(a: &mut Args) -> crate::Result<ApiRequest> {
    let id_or_name = a.segment("id_or_name")?;
    let params = ListZoneActionsParams {
        sort: a.many("sort")?,
        status: a.many("status")?,
        page: a.optional("page")?,
        per_page: a.optional("per_page")?,
    };
    a.finish(&["id_or_name", "sort", "status", "page", "per_page"])?;
    crate::resources::Zones::list_actions_for_request(&id_or_name, &params)
}

fn op_get_zone_action(a: &mut Args) -> crate::Result<ApiRequest> {
    let id_or_name = a.segment("id_or_name")?;
    let action_id = a.id("action_id")?;
    a.finish(&["id_or_name", "action_id"])?;
    crate::resources::Zones::get_zone_action_request(&id_or_name, action_id)
}

fn op_change_zone_primary_nameservers(a: &mut Args) -> crate::Result<ApiRequest> {
    let id_or_name = a.segment("id_or_name")?;
    let body: ChangeZonePrimaryNameserversRequest = a.body(&["primary_nameservers"], &[])?;
    crate::resources::Zones::change_primary_nameservers_request(&id_or_name, &body)
}

fn op_change_zone_protection(a: &mut Args) -> crate::Result<ApiRequest> {
    let id_or_name = a.segment("id_or_name")?;
    let body: ChangeZoneProtectionRequest = a.body(&["delete"], &[])?;
    crate::resources::Zones::change_protection_request(&id_or_name, &body)
}

fn op_change_zone_ttl(a: &mut Args) -> crate::Result<ApiRequest> {
    let id_or_name = a.segment("id_or_name")?;
    let body: ChangeZoneTtlRequest = a.body(&["ttl"], &[])?;
    crate::resources::Zones::change_ttl_request(&id_or_name, &body)
}

fn op_import_zone_zonefile(a: &mut Args) -> crate::Result<ApiRequest> {
    let id_or_name = a.segment("id_or_name")?;
    let body: ImportZoneZonefileRequest = a.body(&["zonefile"], &[])?;
    crate::resources::Zones::import_zonefile_request(&id_or_name, &body)
}

fn op_list_zone_rrsets(a: &mut Args) -> crate::Result<ApiRequest> {
    let id_or_name = a.segment("id_or_name")?;
    let params = ListZoneRrsetsParams {
        name: a.optional("name")?,
        r#type: a.many("type")?,
        label_selector: a.optional("label_selector")?,
        sort: a.many("sort")?,
        page: a.optional("page")?,
        per_page: a.optional("per_page")?,
    };
    a.finish(&[
        "id_or_name",
        "name",
        "type",
        "label_selector",
        "sort",
        "page",
        "per_page",
    ])?;
    crate::resources::Zones::list_rrsets_request(&id_or_name, &params)
}

fn op_create_zone_rrset(a: &mut Args) -> crate::Result<ApiRequest> {
    let id_or_name = a.segment("id_or_name")?;
    let body: CreateZoneRrsetRequest =
        a.body(&["name", "type", "ttl", "records", "labels"], &[])?;
    crate::resources::Zones::create_rrset_request(&id_or_name, &body)
}

fn op_get_zone_rrset(a: &mut Args) -> crate::Result<ApiRequest> {
    let id_or_name = a.segment("id_or_name")?;
    let rr_name = a.segment("rr_name")?;
    let rr_type = a.required("rr_type")?;
    a.finish(&["id_or_name", "rr_name", "rr_type"])?;
    crate::resources::Zones::get_rrset_request(&id_or_name, &rr_name, rr_type)
}

fn op_update_zone_rrset(a: &mut Args) -> crate::Result<ApiRequest> {
    let id_or_name = a.segment("id_or_name")?;
    let rr_name = a.segment("rr_name")?;
    let rr_type = a.required("rr_type")?;
    let body: UpdateZoneRrsetRequest = a.body(&["labels"], &[])?;
    crate::resources::Zones::update_rrset_request(&id_or_name, &rr_name, rr_type, &body)
}

fn op_delete_zone_rrset(a: &mut Args) -> crate::Result<ApiRequest> {
    let id_or_name = a.segment("id_or_name")?;
    let rr_name = a.segment("rr_name")?;
    let rr_type = a.required("rr_type")?;
    a.finish(&["id_or_name", "rr_name", "rr_type"])?;
    crate::resources::Zones::delete_rrset_request(&id_or_name, &rr_name, rr_type)
}

fn op_change_zone_rrset_protection(a: &mut Args) -> crate::Result<ApiRequest> {
    let id_or_name = a.segment("id_or_name")?;
    let rr_name = a.segment("rr_name")?;
    let rr_type = a.required("rr_type")?;
    let body: ChangeZoneRrsetProtectionRequest = a.body(&["change"], &[])?;
    crate::resources::Zones::change_rrset_protection_request(&id_or_name, &rr_name, rr_type, &body)
}

fn op_change_zone_rrset_ttl(a: &mut Args) -> crate::Result<ApiRequest> {
    let id_or_name = a.segment("id_or_name")?;
    let rr_name = a.segment("rr_name")?;
    let rr_type = a.required("rr_type")?;
    let body: ChangeZoneRrsetTtlRequest = a.body(&["ttl"], &[])?;
    crate::resources::Zones::change_rrset_ttl_request(&id_or_name, &rr_name, rr_type, &body)
}

fn op_set_zone_rrset_records(a: &mut Args) -> crate::Result<ApiRequest> {
    let id_or_name = a.segment("id_or_name")?;
    let rr_name = a.segment("rr_name")?;
    let rr_type = a.required("rr_type")?;
    let body: SetZoneRrsetRecordsRequest = a.body(&["records"], &[])?;
    crate::resources::Zones::set_rrset_records_request(&id_or_name, &rr_name, rr_type, &body)
}

fn op_add_zone_rrset_records(a: &mut Args) -> crate::Result<ApiRequest> {
    let id_or_name = a.segment("id_or_name")?;
    let rr_name = a.segment("rr_name")?;
    let rr_type = a.required("rr_type")?;
    let body: AddZoneRrsetRecordsRequest = a.body(&["ttl", "records"], &[])?;
    crate::resources::Zones::add_rrset_records_request(&id_or_name, &rr_name, rr_type, &body)
}

fn op_remove_zone_rrset_records(a: &mut Args) -> crate::Result<ApiRequest> {
    let id_or_name = a.segment("id_or_name")?;
    let rr_name = a.segment("rr_name")?;
    let rr_type = a.required("rr_type")?;
    let body: RemoveZoneRrsetRecordsRequest = a.body(&["records"], &[])?;
    crate::resources::Zones::remove_rrset_records_request(&id_or_name, &rr_name, rr_type, &body)
}

fn op_update_zone_rrset_records(a: &mut Args) -> crate::Result<ApiRequest> {
    let id_or_name = a.segment("id_or_name")?;
    let rr_name = a.segment("rr_name")?;
    let rr_type = a.required("rr_type")?;
    let body: UpdateZoneRrsetRecordsRequest = a.body(&["records"], &[])?;
    crate::resources::Zones::update_rrset_records_request(&id_or_name, &rr_name, rr_type, &body)
}
