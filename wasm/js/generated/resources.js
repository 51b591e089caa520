// Generated from cloud.spec.json by xtask. Do not edit.
// Resource classes: one method per operation, each a call of the core's dispatch.
// Wrapped into the package's modules by wasm/build.sh; `Resource` is defined before.

class Actions extends Resource {
  getByIds(args, options) { return this._call("get_actions", null, args, options); }
  get(id, options) { return this._call("get_action", { id: id }, null, options); }
}

class Certificates extends Resource {
  get(idOrName, options) { return this._get("get_certificate", "list_certificates", "certificate", "certificates", idOrName, options); }
  find(idOrName, options) { return this._find("get_certificate", "list_certificates", "certificate", "certificates", idOrName, options); }
  list(args, options) { return this._list("list_certificates", "certificates", null, args, options); }
  listPage(args, options) { return this._page("list_certificates", "certificates", null, args, options); }
  create(args, options) { return this._call("create_certificate", null, args, options); }
  listActions(args, options) { return this._list("list_certificates_actions", "actions", null, args, options); }
  listActionsPage(args, options) { return this._page("list_certificates_actions", "actions", null, args, options); }
  getAction(id, options) { return this._call("get_certificates_action", { id: id }, null, options); }
  update(id, args, options) { return this._call("update_certificate", { id: id }, args, options); }
  delete(id, options) { return this._call("delete_certificate", { id: id }, null, options); }
  listActionsFor(id, args, options) { return this._list("list_certificate_actions", "actions", { id: id }, args, options); }
  listActionsForPage(id, args, options) { return this._page("list_certificate_actions", "actions", { id: id }, args, options); }
  retry(id, options) { return this._call("retry_certificate", { id: id }, null, options); }
  getCertificateAction(id, actionId, options) { return this._call("get_certificate_action", { id: id, action_id: actionId }, null, options); }
}

class Datacenters extends Resource {
  get(idOrName, options) { return this._get("get_datacenter", "list_datacenters", "datacenter", "datacenters", idOrName, options); }
  find(idOrName, options) { return this._find("get_datacenter", "list_datacenters", "datacenter", "datacenters", idOrName, options); }
  list(args, options) { return this._list("list_datacenters", "datacenters", null, args, options); }
  listPage(args, options) { return this._page("list_datacenters", "datacenters", null, args, options); }
}

class Firewalls extends Resource {
  get(idOrName, options) { return this._get("get_firewall", "list_firewalls", "firewall", "firewalls", idOrName, options); }
  find(idOrName, options) { return this._find("get_firewall", "list_firewalls", "firewall", "firewalls", idOrName, options); }
  list(args, options) { return this._list("list_firewalls", "firewalls", null, args, options); }
  listPage(args, options) { return this._page("list_firewalls", "firewalls", null, args, options); }
  create(args, options) { return this._call("create_firewall", null, args, options); }
  listActions(args, options) { return this._list("list_firewalls_actions", "actions", null, args, options); }
  listActionsPage(args, options) { return this._page("list_firewalls_actions", "actions", null, args, options); }
  getAction(id, options) { return this._call("get_firewalls_action", { id: id }, null, options); }
  update(id, args, options) { return this._call("update_firewall", { id: id }, args, options); }
  delete(id, options) { return this._call("delete_firewall", { id: id }, null, options); }
  listActionsFor(id, args, options) { return this._list("list_firewall_actions", "actions", { id: id }, args, options); }
  listActionsForPage(id, args, options) { return this._page("list_firewall_actions", "actions", { id: id }, args, options); }
  applyToResources(id, args, options) { return this._call("apply_firewall_to_resources", { id: id }, args, options); }
  removeFromResources(id, args, options) { return this._call("remove_firewall_from_resources", { id: id }, args, options); }
  setRules(id, args, options) { return this._call("set_firewall_rules", { id: id }, args, options); }
  getFirewallAction(id, actionId, options) { return this._call("get_firewall_action", { id: id, action_id: actionId }, null, options); }
}

class FloatingIps extends Resource {
  get(idOrName, options) { return this._get("get_floating_ip", "list_floating_ips", "floating_ip", "floating_ips", idOrName, options); }
  find(idOrName, options) { return this._find("get_floating_ip", "list_floating_ips", "floating_ip", "floating_ips", idOrName, options); }
  list(args, options) { return this._list("list_floating_ips", "floating_ips", null, args, options); }
  listPage(args, options) { return this._page("list_floating_ips", "floating_ips", null, args, options); }
  create(args, options) { return this._call("create_floating_ip", null, args, options); }
  listActions(args, options) { return this._list("list_floating_ips_actions", "actions", null, args, options); }
  listActionsPage(args, options) { return this._page("list_floating_ips_actions", "actions", null, args, options); }
  getAction(id, options) { return this._call("get_floating_ips_action", { id: id }, null, options); }
  update(id, args, options) { return this._call("update_floating_ip", { id: id }, args, options); }
  delete(id, options) { return this._call("delete_floating_ip", { id: id }, null, options); }
  listActionsFor(id, args, options) { return this._list("list_floating_ip_actions", "actions", { id: id }, args, options); }
  listActionsForPage(id, args, options) { return this._page("list_floating_ip_actions", "actions", { id: id }, args, options); }
  assign(id, args, options) { return this._call("assign_floating_ip", { id: id }, args, options); }
  changeDnsPtr(id, args, options) { return this._call("change_floating_ip_dns_ptr", { id: id }, args, options); }
  changeProtection(id, args, options) { return this._call("change_floating_ip_protection", { id: id }, args, options); }
  unassign(id, options) { return this._call("unassign_floating_ip", { id: id }, null, options); }
  getFloatingIpAction(id, actionId, options) { return this._call("get_floating_ip_action", { id: id, action_id: actionId }, null, options); }
}

class Images extends Resource {
  get(idOrName, options) { return this._get("get_image", "list_images", "image", "images", idOrName, options); }
  find(idOrName, options) { return this._find("get_image", "list_images", "image", "images", idOrName, options); }
  list(args, options) { return this._list("list_images", "images", null, args, options); }
  listPage(args, options) { return this._page("list_images", "images", null, args, options); }
  listActions(args, options) { return this._list("list_images_actions", "actions", null, args, options); }
  listActionsPage(args, options) { return this._page("list_images_actions", "actions", null, args, options); }
  getAction(id, options) { return this._call("get_images_action", { id: id }, null, options); }
  update(id, args, options) { return this._call("update_image", { id: id }, args, options); }
  delete(id, options) { return this._call("delete_image", { id: id }, null, options); }
  listActionsFor(id, args, options) { return this._list("list_image_actions", "actions", { id: id }, args, options); }
  listActionsForPage(id, args, options) { return this._page("list_image_actions", "actions", { id: id }, args, options); }
  changeProtection(id, args, options) { return this._call("change_image_protection", { id: id }, args, options); }
  getImageAction(id, actionId, options) { return this._call("get_image_action", { id: id, action_id: actionId }, null, options); }
}

class Isos extends Resource {
  get(idOrName, options) { return this._get("get_iso", "list_isos", "iso", "isos", idOrName, options); }
  find(idOrName, options) { return this._find("get_iso", "list_isos", "iso", "isos", idOrName, options); }
  list(args, options) { return this._list("list_isos", "isos", null, args, options); }
  listPage(args, options) { return this._page("list_isos", "isos", null, args, options); }
}

class LoadBalancerTypes extends Resource {
  get(idOrName, options) { return this._get("get_load_balancer_type", "list_load_balancer_types", "load_balancer_type", "load_balancer_types", idOrName, options); }
  find(idOrName, options) { return this._find("get_load_balancer_type", "list_load_balancer_types", "load_balancer_type", "load_balancer_types", idOrName, options); }
  list(args, options) { return this._list("list_load_balancer_types", "load_balancer_types", null, args, options); }
  listPage(args, options) { return this._page("list_load_balancer_types", "load_balancer_types", null, args, options); }
}

class LoadBalancers extends Resource {
  get(idOrName, options) { return this._get("get_load_balancer", "list_load_balancers", "load_balancer", "load_balancers", idOrName, options); }
  find(idOrName, options) { return this._find("get_load_balancer", "list_load_balancers", "load_balancer", "load_balancers", idOrName, options); }
  list(args, options) { return this._list("list_load_balancers", "load_balancers", null, args, options); }
  listPage(args, options) { return this._page("list_load_balancers", "load_balancers", null, args, options); }
  create(args, options) { return this._call("create_load_balancer", null, args, options); }
  listActions(args, options) { return this._list("list_load_balancers_actions", "actions", null, args, options); }
  listActionsPage(args, options) { return this._page("list_load_balancers_actions", "actions", null, args, options); }
  getAction(id, options) { return this._call("get_load_balancers_action", { id: id }, null, options); }
  update(id, args, options) { return this._call("update_load_balancer", { id: id }, args, options); }
  delete(id, options) { return this._call("delete_load_balancer", { id: id }, null, options); }
  listActionsFor(id, args, options) { return this._list("list_load_balancer_actions", "actions", { id: id }, args, options); }
  listActionsForPage(id, args, options) { return this._page("list_load_balancer_actions", "actions", { id: id }, args, options); }
  addService(id, args, options) { return this._call("add_load_balancer_service", { id: id }, args, options); }
  addTarget(id, args, options) { return this._call("add_load_balancer_target", { id: id }, args, options); }
  attachToNetwork(id, args, options) { return this._call("attach_load_balancer_to_network", { id: id }, args, options); }
  changeAlgorithm(id, args, options) { return this._call("change_load_balancer_algorithm", { id: id }, args, options); }
  changeDnsPtr(id, args, options) { return this._call("change_load_balancer_dns_ptr", { id: id }, args, options); }
  changeProtection(id, args, options) { return this._call("change_load_balancer_protection", { id: id }, args, options); }
  changeType(id, args, options) { return this._call("change_load_balancer_type", { id: id }, args, options); }
  deleteService(id, args, options) { return this._call("delete_load_balancer_service", { id: id }, args, options); }
  detachFromNetwork(id, args, options) { return this._call("detach_load_balancer_from_network", { id: id }, args, options); }
  disablePublicInterface(id, options) { return this._call("disable_load_balancer_public_interface", { id: id }, null, options); }
  enablePublicInterface(id, options) { return this._call("enable_load_balancer_public_interface", { id: id }, null, options); }
  removeTarget(id, args, options) { return this._call("remove_load_balancer_target", { id: id }, args, options); }
  updateService(id, args, options) { return this._call("update_load_balancer_service", { id: id }, args, options); }
  getLoadBalancerAction(id, actionId, options) { return this._call("get_load_balancer_action", { id: id, action_id: actionId }, null, options); }
  getMetrics(id, args, options) { return this._call("get_load_balancer_metrics", { id: id }, args, options); }
}

class Locations extends Resource {
  get(idOrName, options) { return this._get("get_location", "list_locations", "location", "locations", idOrName, options); }
  find(idOrName, options) { return this._find("get_location", "list_locations", "location", "locations", idOrName, options); }
  list(args, options) { return this._list("list_locations", "locations", null, args, options); }
  listPage(args, options) { return this._page("list_locations", "locations", null, args, options); }
}

class Networks extends Resource {
  get(idOrName, options) { return this._get("get_network", "list_networks", "network", "networks", idOrName, options); }
  find(idOrName, options) { return this._find("get_network", "list_networks", "network", "networks", idOrName, options); }
  list(args, options) { return this._list("list_networks", "networks", null, args, options); }
  listPage(args, options) { return this._page("list_networks", "networks", null, args, options); }
  create(args, options) { return this._call("create_network", null, args, options); }
  listActions(args, options) { return this._list("list_networks_actions", "actions", null, args, options); }
  listActionsPage(args, options) { return this._page("list_networks_actions", "actions", null, args, options); }
  getAction(id, options) { return this._call("get_networks_action", { id: id }, null, options); }
  update(id, args, options) { return this._call("update_network", { id: id }, args, options); }
  delete(id, options) { return this._call("delete_network", { id: id }, null, options); }
  listActionsFor(id, args, options) { return this._list("list_network_actions", "actions", { id: id }, args, options); }
  listActionsForPage(id, args, options) { return this._page("list_network_actions", "actions", { id: id }, args, options); }
  addRoute(id, args, options) { return this._call("add_network_route", { id: id }, args, options); }
  addSubnet(id, args, options) { return this._call("add_network_subnet", { id: id }, args, options); }
  changeIpRange(id, args, options) { return this._call("change_network_ip_range", { id: id }, args, options); }
  changeProtection(id, args, options) { return this._call("change_network_protection", { id: id }, args, options); }
  deleteRoute(id, args, options) { return this._call("delete_network_route", { id: id }, args, options); }
  deleteSubnet(id, args, options) { return this._call("delete_network_subnet", { id: id }, args, options); }
  getNetworkAction(id, actionId, options) { return this._call("get_network_action", { id: id, action_id: actionId }, null, options); }
}

class PlacementGroups extends Resource {
  get(idOrName, options) { return this._get("get_placement_group", "list_placement_groups", "placement_group", "placement_groups", idOrName, options); }
  find(idOrName, options) { return this._find("get_placement_group", "list_placement_groups", "placement_group", "placement_groups", idOrName, options); }
  list(args, options) { return this._list("list_placement_groups", "placement_groups", null, args, options); }
  listPage(args, options) { return this._page("list_placement_groups", "placement_groups", null, args, options); }
  create(args, options) { return this._call("create_placement_group", null, args, options); }
  update(id, args, options) { return this._call("update_placement_group", { id: id }, args, options); }
  delete(id, options) { return this._call("delete_placement_group", { id: id }, null, options); }
}

class Pricing extends Resource {
  get(options) { return this._call("get_pricing", null, null, options); }
}

class PrimaryIps extends Resource {
  get(idOrName, options) { return this._get("get_primary_ip", "list_primary_ips", "primary_ip", "primary_ips", idOrName, options); }
  find(idOrName, options) { return this._find("get_primary_ip", "list_primary_ips", "primary_ip", "primary_ips", idOrName, options); }
  list(args, options) { return this._list("list_primary_ips", "primary_ips", null, args, options); }
  listPage(args, options) { return this._page("list_primary_ips", "primary_ips", null, args, options); }
  create(args, options) { return this._call("create_primary_ip", null, args, options); }
  listActions(args, options) { return this._list("list_primary_ips_actions", "actions", null, args, options); }
  listActionsPage(args, options) { return this._page("list_primary_ips_actions", "actions", null, args, options); }
  getAction(id, options) { return this._call("get_primary_ips_action", { id: id }, null, options); }
  listActionsFor(id, args, options) { return this._list("list_primary_ip_actions", "actions", { id: id }, args, options); }
  listActionsForPage(id, args, options) { return this._page("list_primary_ip_actions", "actions", { id: id }, args, options); }
  getPrimaryIpAction(id, actionId, options) { return this._call("get_primary_ip_action", { id: id, action_id: actionId }, null, options); }
  update(id, args, options) { return this._call("update_primary_ip", { id: id }, args, options); }
  delete(id, options) { return this._call("delete_primary_ip", { id: id }, null, options); }
  assign(id, args, options) { return this._call("assign_primary_ip", { id: id }, args, options); }
  changeDnsPtr(id, args, options) { return this._call("change_primary_ip_dns_ptr", { id: id }, args, options); }
  changeProtection(id, args, options) { return this._call("change_primary_ip_protection", { id: id }, args, options); }
  unassign(id, options) { return this._call("unassign_primary_ip", { id: id }, null, options); }
}

class ServerTypes extends Resource {
  get(idOrName, options) { return this._get("get_server_type", "list_server_types", "server_type", "server_types", idOrName, options); }
  find(idOrName, options) { return this._find("get_server_type", "list_server_types", "server_type", "server_types", idOrName, options); }
  list(args, options) { return this._list("list_server_types", "server_types", null, args, options); }
  listPage(args, options) { return this._page("list_server_types", "server_types", null, args, options); }
}

class Servers extends Resource {
  get(idOrName, options) { return this._get("get_server", "list_servers", "server", "servers", idOrName, options); }
  find(idOrName, options) { return this._find("get_server", "list_servers", "server", "servers", idOrName, options); }
  list(args, options) { return this._list("list_servers", "servers", null, args, options); }
  listPage(args, options) { return this._page("list_servers", "servers", null, args, options); }
  create(args, options) { return this._call("create_server", null, args, options); }
  listActions(args, options) { return this._list("list_servers_actions", "actions", null, args, options); }
  listActionsPage(args, options) { return this._page("list_servers_actions", "actions", null, args, options); }
  getAction(id, options) { return this._call("get_servers_action", { id: id }, null, options); }
  update(id, args, options) { return this._call("update_server", { id: id }, args, options); }
  delete(id, options) { return this._call("delete_server", { id: id }, null, options); }
  listActionsFor(id, args, options) { return this._list("list_server_actions", "actions", { id: id }, args, options); }
  listActionsForPage(id, args, options) { return this._page("list_server_actions", "actions", { id: id }, args, options); }
  addToPlacementGroup(id, args, options) { return this._call("add_server_to_placement_group", { id: id }, args, options); }
  attachIso(id, args, options) { return this._call("attach_server_iso", { id: id }, args, options); }
  attachToNetwork(id, args, options) { return this._call("attach_server_to_network", { id: id }, args, options); }
  changeAliasIps(id, args, options) { return this._call("change_server_alias_ips", { id: id }, args, options); }
  changeDnsPtr(id, args, options) { return this._call("change_server_dns_ptr", { id: id }, args, options); }
  changeProtection(id, args, options) { return this._call("change_server_protection", { id: id }, args, options); }
  changeType(id, args, options) { return this._call("change_server_type", { id: id }, args, options); }
  createImage(id, args, options) { return this._call("create_server_image", { id: id }, args, options); }
  detachFromNetwork(id, args, options) { return this._call("detach_server_from_network", { id: id }, args, options); }
  detachIso(id, options) { return this._call("detach_server_iso", { id: id }, null, options); }
  disableBackup(id, options) { return this._call("disable_server_backup", { id: id }, null, options); }
  disableRescue(id, options) { return this._call("disable_server_rescue", { id: id }, null, options); }
  enableBackup(id, options) { return this._call("enable_server_backup", { id: id }, null, options); }
  enableRescue(id, args, options) { return this._call("enable_server_rescue", { id: id }, args, options); }
  powerOff(id, options) { return this._call("poweroff_server", { id: id }, null, options); }
  powerOn(id, options) { return this._call("poweron_server", { id: id }, null, options); }
  reboot(id, options) { return this._call("reboot_server", { id: id }, null, options); }
  rebuild(id, args, options) { return this._call("rebuild_server", { id: id }, args, options); }
  removeFromPlacementGroup(id, options) { return this._call("remove_server_from_placement_group", { id: id }, null, options); }
  requestConsole(id, options) { return this._call("request_server_console", { id: id }, null, options); }
  reset(id, options) { return this._call("reset_server", { id: id }, null, options); }
  resetPassword(id, options) { return this._call("reset_server_password", { id: id }, null, options); }
  shutdown(id, options) { return this._call("shutdown_server", { id: id }, null, options); }
  getServerAction(id, actionId, options) { return this._call("get_server_action", { id: id, action_id: actionId }, null, options); }
  getMetrics(id, args, options) { return this._call("get_server_metrics", { id: id }, args, options); }
}

class SshKeys extends Resource {
  get(idOrName, options) { return this._get("get_ssh_key", "list_ssh_keys", "ssh_key", "ssh_keys", idOrName, options); }
  find(idOrName, options) { return this._find("get_ssh_key", "list_ssh_keys", "ssh_key", "ssh_keys", idOrName, options); }
  list(args, options) { return this._list("list_ssh_keys", "ssh_keys", null, args, options); }
  listPage(args, options) { return this._page("list_ssh_keys", "ssh_keys", null, args, options); }
  create(args, options) { return this._call("create_ssh_key", null, args, options); }
  update(id, args, options) { return this._call("update_ssh_key", { id: id }, args, options); }
  delete(id, options) { return this._call("delete_ssh_key", { id: id }, null, options); }
}

class Volumes extends Resource {
  get(idOrName, options) { return this._get("get_volume", "list_volumes", "volume", "volumes", idOrName, options); }
  find(idOrName, options) { return this._find("get_volume", "list_volumes", "volume", "volumes", idOrName, options); }
  list(args, options) { return this._list("list_volumes", "volumes", null, args, options); }
  listPage(args, options) { return this._page("list_volumes", "volumes", null, args, options); }
  create(args, options) { return this._call("create_volume", null, args, options); }
  listActions(args, options) { return this._list("list_volumes_actions", "actions", null, args, options); }
  listActionsPage(args, options) { return this._page("list_volumes_actions", "actions", null, args, options); }
  getAction(id, options) { return this._call("get_volumes_action", { id: id }, null, options); }
  update(id, args, options) { return this._call("update_volume", { id: id }, args, options); }
  delete(id, options) { return this._call("delete_volume", { id: id }, null, options); }
  listActionsFor(id, args, options) { return this._list("list_volume_actions", "actions", { id: id }, args, options); }
  listActionsForPage(id, args, options) { return this._page("list_volume_actions", "actions", { id: id }, args, options); }
  attach(id, args, options) { return this._call("attach_volume", { id: id }, args, options); }
  changeProtection(id, args, options) { return this._call("change_volume_protection", { id: id }, args, options); }
  detach(id, options) { return this._call("detach_volume", { id: id }, null, options); }
  resize(id, args, options) { return this._call("resize_volume", { id: id }, args, options); }
  getVolumeAction(id, actionId, options) { return this._call("get_volume_action", { id: id, action_id: actionId }, null, options); }
}

class Zones extends Resource {
  list(args, options) { return this._list("list_zones", "zones", null, args, options); }
  listPage(args, options) { return this._page("list_zones", "zones", null, args, options); }
  create(args, options) { return this._call("create_zone", null, args, options); }
  get(idOrName, options) { return this._call("get_zone", { id_or_name: idOrName }, null, options); }
  update(idOrName, args, options) { return this._call("update_zone", { id_or_name: idOrName }, args, options); }
  delete(idOrName, options) { return this._call("delete_zone", { id_or_name: idOrName }, null, options); }
  getZonefile(idOrName, options) { return this._call("get_zone_zonefile", { id_or_name: idOrName }, null, options); }
  listActions(args, options) { return this._list("list_zones_actions", "actions", null, args, options); }
  listActionsPage(args, options) { return this._page("list_zones_actions", "actions", null, args, options); }
  getAction(id, options) { return this._call("get_zones_action", { id: id }, null, options); }
  listActionsFor(idOrName, args, options) { return this._list("list_zone_actions", "actions", { id_or_name: idOrName }, args, options); }
  listActionsForPage(idOrName, args, options) { return this._page("list_zone_actions", "actions", { id_or_name: idOrName }, args, options); }
  getZoneAction(idOrName, actionId, options) { return this._call("get_zone_action", { id_or_name: idOrName, action_id: actionId }, null, options); }
  changePrimaryNameservers(idOrName, args, options) { return this._call("change_zone_primary_nameservers", { id_or_name: idOrName }, args, options); }
  changeProtection(idOrName, args, options) { return this._call("change_zone_protection", { id_or_name: idOrName }, args, options); }
  changeTtl(idOrName, args, options) { return this._call("change_zone_ttl", { id_or_name: idOrName }, args, options); }
  importZonefile(idOrName, args, options) { return this._call("import_zone_zonefile", { id_or_name: idOrName }, args, options); }
  listRrsets(idOrName, args, options) { return this._list("list_zone_rrsets", "rrsets", { id_or_name: idOrName }, args, options); }
  listRrsetsPage(idOrName, args, options) { return this._page("list_zone_rrsets", "rrsets", { id_or_name: idOrName }, args, options); }
  createRrset(idOrName, args, options) { return this._call("create_zone_rrset", { id_or_name: idOrName }, args, options); }
  getRrset(idOrName, rrName, rrType, options) { return this._call("get_zone_rrset", { id_or_name: idOrName, rr_name: rrName, rr_type: rrType }, null, options); }
  updateRrset(idOrName, rrName, rrType, args, options) { return this._call("update_zone_rrset", { id_or_name: idOrName, rr_name: rrName, rr_type: rrType }, args, options); }
  deleteRrset(idOrName, rrName, rrType, options) { return this._call("delete_zone_rrset", { id_or_name: idOrName, rr_name: rrName, rr_type: rrType }, null, options); }
  changeRrsetProtection(idOrName, rrName, rrType, args, options) { return this._call("change_zone_rrset_protection", { id_or_name: idOrName, rr_name: rrName, rr_type: rrType }, args, options); }
  changeRrsetTtl(idOrName, rrName, rrType, args, options) { return this._call("change_zone_rrset_ttl", { id_or_name: idOrName, rr_name: rrName, rr_type: rrType }, args, options); }
  setRrsetRecords(idOrName, rrName, rrType, args, options) { return this._call("set_zone_rrset_records", { id_or_name: idOrName, rr_name: rrName, rr_type: rrType }, args, options); }
  addRrsetRecords(idOrName, rrName, rrType, args, options) { return this._call("add_zone_rrset_records", { id_or_name: idOrName, rr_name: rrName, rr_type: rrType }, args, options); }
  removeRrsetRecords(idOrName, rrName, rrType, args, options) { return this._call("remove_zone_rrset_records", { id_or_name: idOrName, rr_name: rrName, rr_type: rrType }, args, options); }
  updateRrsetRecords(idOrName, rrName, rrType, args, options) { return this._call("update_zone_rrset_records", { id_or_name: idOrName, rr_name: rrName, rr_type: rrType }, args, options); }
}

const RESOURCE_CLASSES = {
  actions: Actions,
  certificates: Certificates,
  datacenters: Datacenters,
  firewalls: Firewalls,
  floatingIps: FloatingIps,
  images: Images,
  isos: Isos,
  loadBalancerTypes: LoadBalancerTypes,
  loadBalancers: LoadBalancers,
  locations: Locations,
  networks: Networks,
  placementGroups: PlacementGroups,
  pricing: Pricing,
  primaryIps: PrimaryIps,
  serverTypes: ServerTypes,
  servers: Servers,
  sshKeys: SshKeys,
  volumes: Volumes,
  zones: Zones,
};

// Where an argument names a resource, a model object is replaced by its `id`.
const REFS = {
  get_actions: ["id[]"],
  create_certificate: ["certificate"],
  list_certificates_actions: ["id[]"],
  create_firewall: ["apply_to[].server{}"],
  list_firewalls_actions: ["id[]"],
  apply_firewall_to_resources: ["apply_to[].server{}"],
  remove_firewall_from_resources: ["remove_from[].server{}"],
  create_floating_ip: ["server", "home_location"],
  list_floating_ips_actions: ["id[]"],
  assign_floating_ip: ["server"],
  list_images_actions: ["id[]"],
  create_load_balancer: ["load_balancer_type", "services[].http.certificates[]", "targets[].server.id", "network", "location"],
  list_load_balancers_actions: ["id[]"],
  add_load_balancer_service: ["http.certificates[]"],
  add_load_balancer_target: ["server.id"],
  attach_load_balancer_to_network: ["network"],
  change_load_balancer_type: ["load_balancer_type"],
  detach_load_balancer_from_network: ["network"],
  remove_load_balancer_target: ["server.id"],
  update_load_balancer_service: ["http.certificates[]"],
  create_network: ["subnets[].vswitch_id"],
  list_networks_actions: ["id[]"],
  add_network_subnet: ["vswitch_id"],
  create_primary_ip: ["location", "assignee_id"],
  list_primary_ips_actions: ["id[]"],
  assign_primary_ip: ["assignee_id"],
  create_server: ["location", "server_type", "image", "placement_group", "ssh_keys[]", "volumes[]", "networks[]", "firewalls[].firewall"],
  list_servers_actions: ["id[]"],
  add_server_to_placement_group: ["placement_group"],
  attach_server_iso: ["iso"],
  attach_server_to_network: ["network"],
  change_server_alias_ips: ["network"],
  change_server_type: ["server_type"],
  detach_server_from_network: ["network"],
  enable_server_rescue: ["ssh_keys[]"],
  rebuild_server: ["image"],
  create_volume: ["location", "server"],
  list_volumes_actions: ["id[]"],
  attach_volume: ["server"],
  list_zones_actions: ["id[]"],
};

// Every operation: id → [handle, method, paged, path parameters in argument order].
const OPERATIONS = {
  get_actions: ["actions", "getByIds", false, []],
  get_action: ["actions", "get", false, ["id"]],
  list_certificates: ["certificates", "list", true, []],
  create_certificate: ["certificates", "create", false, []],
  list_certificates_actions: ["certificates", "listActions", true, []],
  get_certificates_action: ["certificates", "getAction", false, ["id"]],
  get_certificate: ["certificates", "get", false, ["id"]],
  update_certificate: ["certificates", "update", false, ["id"]],
  delete_certificate: ["certificates", "delete", false, ["id"]],
  list_certificate_actions: ["certificates", "listActionsFor", true, ["id"]],
  retry_certificate: ["certificates", "retry", false, ["id"]],
  get_certificate_action: ["certificates", "getCertificateAction", false, ["id", "action_id"]],
  list_datacenters: ["datacenters", "list", true, []],
  get_datacenter: ["datacenters", "get", false, ["id"]],
  list_firewalls: ["firewalls", "list", true, []],
  create_firewall: ["firewalls", "create", false, []],
  list_firewalls_actions: ["firewalls", "listActions", true, []],
  get_firewalls_action: ["firewalls", "getAction", false, ["id"]],
  get_firewall: ["firewalls", "get", false, ["id"]],
  update_firewall: ["firewalls", "update", false, ["id"]],
  delete_firewall: ["firewalls", "delete", false, ["id"]],
  list_firewall_actions: ["firewalls", "listActionsFor", true, ["id"]],
  apply_firewall_to_resources: ["firewalls", "applyToResources", false, ["id"]],
  remove_firewall_from_resources: ["firewalls", "removeFromResources", false, ["id"]],
  set_firewall_rules: ["firewalls", "setRules", false, ["id"]],
  get_firewall_action: ["firewalls", "getFirewallAction", false, ["id", "action_id"]],
  list_floating_ips: ["floatingIps", "list", true, []],
  create_floating_ip: ["floatingIps", "create", false, []],
  list_floating_ips_actions: ["floatingIps", "listActions", true, []],
  get_floating_ips_action: ["floatingIps", "getAction", false, ["id"]],
  get_floating_ip: ["floatingIps", "get", false, ["id"]],
  update_floating_ip: ["floatingIps", "update", false, ["id"]],
  delete_floating_ip: ["floatingIps", "delete", false, ["id"]],
  list_floating_ip_actions: ["floatingIps", "listActionsFor", true, ["id"]],
  assign_floating_ip: ["floatingIps", "assign", false, ["id"]],
  change_floating_ip_dns_ptr: ["floatingIps", "changeDnsPtr", false, ["id"]],
  change_floating_ip_protection: ["floatingIps", "changeProtection", false, ["id"]],
  unassign_floating_ip: ["floatingIps", "unassign", false, ["id"]],
  get_floating_ip_action: ["floatingIps", "getFloatingIpAction", false, ["id", "action_id"]],
  list_images: ["images", "list", true, []],
  list_images_actions: ["images", "listActions", true, []],
  get_images_action: ["images", "getAction", false, ["id"]],
  get_image: ["images", "get", false, ["id"]],
  update_image: ["images", "update", false, ["id"]],
  delete_image: ["images", "delete", false, ["id"]],
  list_image_actions: ["images", "listActionsFor", true, ["id"]],
  change_image_protection: ["images", "changeProtection", false, ["id"]],
  get_image_action: ["images", "getImageAction", false, ["id", "action_id"]],
  list_isos: ["isos", "list", true, []],
  get_iso: ["isos", "get", false, ["id"]],
  list_load_balancer_types: ["loadBalancerTypes", "list", true, []],
  get_load_balancer_type: ["loadBalancerTypes", "get", false, ["id"]],
  list_load_balancers: ["loadBalancers", "list", true, []],
  create_load_balancer: ["loadBalancers", "create", false, []],
  list_load_balancers_actions: ["loadBalancers", "listActions", true, []],
  get_load_balancers_action: ["loadBalancers", "getAction", false, ["id"]],
  get_load_balancer: ["loadBalancers", "get", false, ["id"]],
  update_load_balancer: ["loadBalancers", "update", false, ["id"]],
  delete_load_balancer: ["loadBalancers", "delete", false, ["id"]],
  list_load_balancer_actions: ["loadBalancers", "listActionsFor", true, ["id"]],
  add_load_balancer_service: ["loadBalancers", "addService", false, ["id"]],
  add_load_balancer_target: ["loadBalancers", "addTarget", false, ["id"]],
  attach_load_balancer_to_network: ["loadBalancers", "attachToNetwork", false, ["id"]],
  change_load_balancer_algorithm: ["loadBalancers", "changeAlgorithm", false, ["id"]],
  change_load_balancer_dns_ptr: ["loadBalancers", "changeDnsPtr", false, ["id"]],
  change_load_balancer_protection: ["loadBalancers", "changeProtection", false, ["id"]],
  change_load_balancer_type: ["loadBalancers", "changeType", false, ["id"]],
  delete_load_balancer_service: ["loadBalancers", "deleteService", false, ["id"]],
  detach_load_balancer_from_network: ["loadBalancers", "detachFromNetwork", false, ["id"]],
  disable_load_balancer_public_interface: ["loadBalancers", "disablePublicInterface", false, ["id"]],
  enable_load_balancer_public_interface: ["loadBalancers", "enablePublicInterface", false, ["id"]],
  remove_load_balancer_target: ["loadBalancers", "removeTarget", false, ["id"]],
  update_load_balancer_service: ["loadBalancers", "updateService", false, ["id"]],
  get_load_balancer_action: ["loadBalancers", "getLoadBalancerAction", false, ["id", "action_id"]],
  get_load_balancer_metrics: ["loadBalancers", "getMetrics", false, ["id"]],
  list_locations: ["locations", "list", true, []],
  get_location: ["locations", "get", false, ["id"]],
  list_networks: ["networks", "list", true, []],
  create_network: ["networks", "create", false, []],
  list_networks_actions: ["networks", "listActions", true, []],
  get_networks_action: ["networks", "getAction", false, ["id"]],
  get_network: ["networks", "get", false, ["id"]],
  update_network: ["networks", "update", false, ["id"]],
  delete_network: ["networks", "delete", false, ["id"]],
  list_network_actions: ["networks", "listActionsFor", true, ["id"]],
  add_network_route: ["networks", "addRoute", false, ["id"]],
  add_network_subnet: ["networks", "addSubnet", false, ["id"]],
  change_network_ip_range: ["networks", "changeIpRange", false, ["id"]],
  change_network_protection: ["networks", "changeProtection", false, ["id"]],
  delete_network_route: ["networks", "deleteRoute", false, ["id"]],
  delete_network_subnet: ["networks", "deleteSubnet", false, ["id"]],
  get_network_action: ["networks", "getNetworkAction", false, ["id", "action_id"]],
  list_placement_groups: ["placementGroups", "list", true, []],
  create_placement_group: ["placementGroups", "create", false, []],
  get_placement_group: ["placementGroups", "get", false, ["id"]],
  update_placement_group: ["placementGroups", "update", false, ["id"]],
  delete_placement_group: ["placementGroups", "delete", false, ["id"]],
  get_pricing: ["pricing", "get", false, []],
  list_primary_ips: ["primaryIps", "list", true, []],
  create_primary_ip: ["primaryIps", "create", false, []],
  list_primary_ips_actions: ["primaryIps", "listActions", true, []],
  get_primary_ips_action: ["primaryIps", "getAction", false, ["id"]],
  list_primary_ip_actions: ["primaryIps", "listActionsFor", true, ["id"]],
  get_primary_ip_action: ["primaryIps", "getPrimaryIpAction", false, ["id", "action_id"]],
  get_primary_ip: ["primaryIps", "get", false, ["id"]],
  update_primary_ip: ["primaryIps", "update", false, ["id"]],
  delete_primary_ip: ["primaryIps", "delete", false, ["id"]],
  assign_primary_ip: ["primaryIps", "assign", false, ["id"]],
  change_primary_ip_dns_ptr: ["primaryIps", "changeDnsPtr", false, ["id"]],
  change_primary_ip_protection: ["primaryIps", "changeProtection", false, ["id"]],
  unassign_primary_ip: ["primaryIps", "unassign", false, ["id"]],
  list_server_types: ["serverTypes", "list", true, []],
  get_server_type: ["serverTypes", "get", false, ["id"]],
  list_servers: ["servers", "list", true, []],
  create_server: ["servers", "create", false, []],
  list_servers_actions: ["servers", "listActions", true, []],
  get_servers_action: ["servers", "getAction", false, ["id"]],
  get_server: ["servers", "get", false, ["id"]],
  update_server: ["servers", "update", false, ["id"]],
  delete_server: ["servers", "delete", false, ["id"]],
  list_server_actions: ["servers", "listActionsFor", true, ["id"]],
  add_server_to_placement_group: ["servers", "addToPlacementGroup", false, ["id"]],
  attach_server_iso: ["servers", "attachIso", false, ["id"]],
  attach_server_to_network: ["servers", "attachToNetwork", false, ["id"]],
  change_server_alias_ips: ["servers", "changeAliasIps", false, ["id"]],
  change_server_dns_ptr: ["servers", "changeDnsPtr", false, ["id"]],
  change_server_protection: ["servers", "changeProtection", false, ["id"]],
  change_server_type: ["servers", "changeType", false, ["id"]],
  create_server_image: ["servers", "createImage", false, ["id"]],
  detach_server_from_network: ["servers", "detachFromNetwork", false, ["id"]],
  detach_server_iso: ["servers", "detachIso", false, ["id"]],
  disable_server_backup: ["servers", "disableBackup", false, ["id"]],
  disable_server_rescue: ["servers", "disableRescue", false, ["id"]],
  enable_server_backup: ["servers", "enableBackup", false, ["id"]],
  enable_server_rescue: ["servers", "enableRescue", false, ["id"]],
  poweroff_server: ["servers", "powerOff", false, ["id"]],
  poweron_server: ["servers", "powerOn", false, ["id"]],
  reboot_server: ["servers", "reboot", false, ["id"]],
  rebuild_server: ["servers", "rebuild", false, ["id"]],
  remove_server_from_placement_group: ["servers", "removeFromPlacementGroup", false, ["id"]],
  request_server_console: ["servers", "requestConsole", false, ["id"]],
  reset_server: ["servers", "reset", false, ["id"]],
  reset_server_password: ["servers", "resetPassword", false, ["id"]],
  shutdown_server: ["servers", "shutdown", false, ["id"]],
  get_server_action: ["servers", "getServerAction", false, ["id", "action_id"]],
  get_server_metrics: ["servers", "getMetrics", false, ["id"]],
  list_ssh_keys: ["sshKeys", "list", true, []],
  create_ssh_key: ["sshKeys", "create", false, []],
  get_ssh_key: ["sshKeys", "get", false, ["id"]],
  update_ssh_key: ["sshKeys", "update", false, ["id"]],
  delete_ssh_key: ["sshKeys", "delete", false, ["id"]],
  list_volumes: ["volumes", "list", true, []],
  create_volume: ["volumes", "create", false, []],
  list_volumes_actions: ["volumes", "listActions", true, []],
  get_volumes_action: ["volumes", "getAction", false, ["id"]],
  get_volume: ["volumes", "get", false, ["id"]],
  update_volume: ["volumes", "update", false, ["id"]],
  delete_volume: ["volumes", "delete", false, ["id"]],
  list_volume_actions: ["volumes", "listActionsFor", true, ["id"]],
  attach_volume: ["volumes", "attach", false, ["id"]],
  change_volume_protection: ["volumes", "changeProtection", false, ["id"]],
  detach_volume: ["volumes", "detach", false, ["id"]],
  resize_volume: ["volumes", "resize", false, ["id"]],
  get_volume_action: ["volumes", "getVolumeAction", false, ["id", "action_id"]],
  list_zones: ["zones", "list", true, []],
  create_zone: ["zones", "create", false, []],
  get_zone: ["zones", "get", false, ["id_or_name"]],
  update_zone: ["zones", "update", false, ["id_or_name"]],
  delete_zone: ["zones", "delete", false, ["id_or_name"]],
  get_zone_zonefile: ["zones", "getZonefile", false, ["id_or_name"]],
  list_zones_actions: ["zones", "listActions", true, []],
  get_zones_action: ["zones", "getAction", false, ["id"]],
  list_zone_actions: ["zones", "listActionsFor", true, ["id_or_name"]],
  get_zone_action: ["zones", "getZoneAction", false, ["id_or_name", "action_id"]],
  change_zone_primary_nameservers: ["zones", "changePrimaryNameservers", false, ["id_or_name"]],
  change_zone_protection: ["zones", "changeProtection", false, ["id_or_name"]],
  change_zone_ttl: ["zones", "changeTtl", false, ["id_or_name"]],
  import_zone_zonefile: ["zones", "importZonefile", false, ["id_or_name"]],
  list_zone_rrsets: ["zones", "listRrsets", true, ["id_or_name"]],
  create_zone_rrset: ["zones", "createRrset", false, ["id_or_name"]],
  get_zone_rrset: ["zones", "getRrset", false, ["id_or_name", "rr_name", "rr_type"]],
  update_zone_rrset: ["zones", "updateRrset", false, ["id_or_name", "rr_name", "rr_type"]],
  delete_zone_rrset: ["zones", "deleteRrset", false, ["id_or_name", "rr_name", "rr_type"]],
  change_zone_rrset_protection: ["zones", "changeRrsetProtection", false, ["id_or_name", "rr_name", "rr_type"]],
  change_zone_rrset_ttl: ["zones", "changeRrsetTtl", false, ["id_or_name", "rr_name", "rr_type"]],
  set_zone_rrset_records: ["zones", "setRrsetRecords", false, ["id_or_name", "rr_name", "rr_type"]],
  add_zone_rrset_records: ["zones", "addRrsetRecords", false, ["id_or_name", "rr_name", "rr_type"]],
  remove_zone_rrset_records: ["zones", "removeRrsetRecords", false, ["id_or_name", "rr_name", "rr_type"]],
  update_zone_rrset_records: ["zones", "updateRrsetRecords", false, ["id_or_name", "rr_name", "rr_type"]],
};
