//! Helpers shared by the network families (networks, firewalls, placement groups, Floating
//! and Primary IPs).

use super::ipnet;
use crate::call::{ApiFail, Call};
use crate::store::Store;
use hetzcloud::models::{DnsPtr, FloatingIpType, Location, Server};
use hetzcloud::IdOrName;

/// Rejects `sort` fields the operation does not document (`allowed`: `id`, `name`, ...).
pub fn check_sort(call: &Call, allowed: &[&str]) -> Result<(), ApiFail> {
    for s in call.query_all("sort") {
        let field = s.split(':').next().unwrap_or_default();
        if !allowed.contains(&field) {
            return Err(ApiFail::invalid_input(
                "sort",
                &format!("cannot sort by `{field}`"),
            ));
        }
    }
    Ok(())
}

/// A name: not empty, at most `max` characters.
pub fn check_name(field: &str, name: &str, max: usize) -> Result<(), ApiFail> {
    if name.trim().is_empty() {
        return Err(ApiFail::invalid_input(field, "must not be empty"));
    }
    if name.chars().count() > max {
        return Err(ApiFail::invalid_input(
            field,
            &format!("must be at most {max} characters long"),
        ));
    }
    Ok(())
}

/// A Location named in a request body by ID or name; `invalid_input` when unknown.
pub fn location(store: &Store, field: &str, value: &IdOrName) -> Result<Location, ApiFail> {
    store
        .reference
        .locations
        .by_id_or_name(field, value)
        .cloned()
        .map_err(|_| ApiFail::invalid_input(field, &format!("Location `{value:?}` not found")))
}

/// A Location given through a Data Center ID or name.
pub fn location_of_datacenter(
    store: &Store,
    field: &str,
    value: &IdOrName,
) -> Result<Location, ApiFail> {
    store
        .reference
        .datacenters
        .by_id_or_name(field, value)
        .map(|dc| dc.location.clone())
        .map_err(|_| ApiFail::invalid_input(field, &format!("Data Center `{value:?}` not found")))
}

/// A Server named in a request body; `not_found` when it does not exist.
pub fn server(store: &Store, id: i64) -> Result<&Server, ApiFail> {
    store.servers.get(id)
}

/// Every public address in use (Floating IPs, Primary IPs, Servers).
fn used_addresses(store: &Store) -> Vec<String> {
    let mut used: Vec<String> = store.floating_ips.values().map(|f| f.ip.clone()).collect();
    used.extend(store.primary_ips.values().map(|p| p.ip.clone()));
    for s in store.servers.values() {
        if let Some(v4) = &s.public_net.ipv4 {
            used.push(v4.ip.clone());
        }
        if let Some(v6) = &s.public_net.ipv6 {
            used.push(v6.ip.clone());
        }
    }
    used
}

/// A fresh public address: an IPv4 address, or an IPv6 /64.
pub fn allocate(store: &Store, kind: &FloatingIpType) -> String {
    let used = used_addresses(store);
    let start = used.len() as u32;
    // Bounded: at most `used.len() + 1` candidates can be taken before a free one.
    for n in start..=start.saturating_mul(2).saturating_add(1) {
        let candidate = match kind {
            FloatingIpType::Ipv6 => ipnet::public_v6_net(n),
            _ => ipnet::public_v4(n),
        };
        if !used.contains(&candidate) {
            return candidate;
        }
    }
    match kind {
        FloatingIpType::Ipv6 => ipnet::public_v6_net(start.wrapping_mul(7)),
        _ => ipnet::public_v4(start.wrapping_mul(7)),
    }
}

/// The reverse DNS entries a new address starts with.
pub fn default_dns_ptr(kind: &FloatingIpType, ip: &str) -> Vec<DnsPtr> {
    match kind {
        FloatingIpType::Ipv6 => Vec::new(),
        _ => vec![DnsPtr {
            ip: ip.to_owned(),
            dns_ptr: ipnet::default_ptr_v4(ip),
        }],
    }
}

/// Applies a `change_dns_ptr` request to the entries of an address (`ip` the IPv4 address
/// or the IPv6 /64): set, replace, or reset (IPv4) / remove (IPv6) with `None`.
pub fn change_dns_ptr(
    kind: &FloatingIpType,
    own: &str,
    entries: &mut Vec<DnsPtr>,
    ip: &str,
    ptr: Option<&str>,
) -> Result<(), ApiFail> {
    let ip = ip.trim();
    let inside = match kind {
        FloatingIpType::Ipv6 => ipnet::v6_in_net(ip, own),
        _ => ip == own,
    };
    if !inside {
        return Err(ApiFail::invalid_input(
            "ip",
            &format!("`{ip}` does not belong to {own}"),
        ));
    }
    let ip = match kind {
        FloatingIpType::Ipv6 => ip
            .parse::<std::net::Ipv6Addr>()
            .map(|a| a.to_string())
            .unwrap_or_else(|_| ip.to_owned()),
        _ => ip.to_owned(),
    };
    if let Some(p) = ptr {
        if p.trim().is_empty() || p.len() > 255 || p.contains(char::is_whitespace) {
            return Err(ApiFail::invalid_input(
                "dns_ptr",
                "must be a valid domain name",
            ));
        }
    }
    entries.retain(|e| e.ip != ip);
    match (ptr, kind) {
        (Some(p), _) => entries.push(DnsPtr {
            ip,
            dns_ptr: p.to_owned(),
        }),
        (None, FloatingIpType::Ipv6) => {}
        (None, _) => entries.push(DnsPtr {
            dns_ptr: ipnet::default_ptr_v4(&ip),
            ip,
        }),
    }
    Ok(())
}

/// `conflict` while an action runs on the resource (documented for updates and network
/// actions).
pub fn check_no_conflict(store: &Store, kind: &str, id: i64) -> Result<(), ApiFail> {
    store.check_unlocked(kind, id).map_err(|_| {
        ApiFail::conflict(&format!(
            "{kind} {id} is being changed by another action, please retry"
        ))
    })
}

/// Request enums decode unknown values as `Unrecognized`: the API rejects them.
pub fn check_known<T: PartialEq + std::fmt::Display>(
    field: &str,
    value: &T,
    known: &[T],
) -> Result<(), ApiFail> {
    if known.contains(value) {
        Ok(())
    } else {
        let names: Vec<String> = known.iter().map(ToString::to_string).collect();
        Err(ApiFail::invalid_input(
            field,
            &format!("`{value}` is not one of {}", names.join(", ")),
        ))
    }
}
