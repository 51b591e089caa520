//! Helpers every family uses.

use crate::call::ApiFail;
use crate::store::Labels;

/// The type name of a resource in action `resources` and errors: `servers` → `server`.
pub fn resource_type(resource: &str) -> &'static str {
    match resource {
        "servers" => "server",
        "images" => "image",
        "volumes" => "volume",
        "networks" => "network",
        "firewalls" => "firewall",
        "floating_ips" => "floating_ip",
        "primary_ips" => "primary_ip",
        "load_balancers" => "load_balancer",
        "certificates" => "certificate",
        "zones" => "zone",
        "ssh_keys" => "ssh_key",
        "placement_groups" => "placement_group",
        _ => "resource",
    }
}

/// Turns a client-side validation error into the API's `invalid_input`.
pub fn invalid(e: hetzcloud::Error) -> ApiFail {
    match e {
        hetzcloud::Error::InvalidInput { field, message } => {
            ApiFail::invalid_input(&field, &message)
        }
        other => ApiFail::invalid_input("body", &other.to_string()),
    }
}

/// Labels as the API checks them.
pub fn check_labels(labels: Option<&Labels>) -> Result<(), ApiFail> {
    match labels {
        Some(l) => hetzcloud::labels::validate_labels(l).map_err(invalid),
        None => Ok(()),
    }
}

/// A name must not be empty (and for servers, a host name).
pub fn check_name(name: &str) -> Result<(), ApiFail> {
    if name.trim().is_empty() {
        Err(ApiFail::invalid_input("name", "must not be empty"))
    } else {
        Ok(())
    }
}

/// Values of a repeatable enum filter (`status`, `type`), checked against the allowed set.
pub fn enum_filter<'a>(
    call: &'a crate::call::Call,
    name: &str,
    allowed: &[&str],
) -> Result<Vec<&'a str>, ApiFail> {
    let values = call.query_all(name);
    for v in &values {
        if !allowed.contains(v) {
            return Err(ApiFail::invalid_input(
                name,
                &format!("`{v}` is not one of {}", allowed.join(", ")),
            ));
        }
    }
    Ok(values)
}

/// A zone given by ID or by name (zone paths accept both).
pub fn zone_by_id_or_name(store: &crate::store::Store, value: &str) -> Result<i64, ApiFail> {
    let found = match value.parse::<i64>() {
        Ok(id) => store.zones.rows.get(&id),
        Err(_) => store.zones.values().find(|z| z.name == value),
    };
    found
        .map(|z| z.id)
        .ok_or_else(|| ApiFail::not_found("Zone", value))
}
