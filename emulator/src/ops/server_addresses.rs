//! Addresses for servers: public IPv4/IPv6 for new Primary IPs, private IPs in networks
//! (subnets of the server's network zone, aliases, overlaps), MAC addresses, reverse DNS.

use crate::call::ApiFail;
use crate::store::{Labels, Store};
use chrono::{DateTime, Utc};
use hetzcloud::models::*;
use md5::{Digest, Md5};
use std::collections::HashSet;
use std::net::{Ipv4Addr, Ipv6Addr};

/// The reverse DNS name the API gives an IPv4 address by default.
pub(super) fn default_dns_ptr(ip: &str) -> String {
    let octets: Vec<&str> = ip.split('.').rev().collect();
    format!("static.{}.clients.your-server.de", octets.join("."))
}

fn used_public_ips(store: &Store) -> HashSet<String> {
    store
        .primary_ips
        .values()
        .map(|p| p.ip.clone())
        .chain(store.floating_ips.values().map(|f| f.ip.clone()))
        .collect()
}

/// A public IPv4 address no Primary or Floating IP has (documentation ranges first).
fn free_ipv4(store: &Store) -> String {
    let used = used_public_ips(store);
    let blocks: [[u8; 3]; 3] = [[203, 0, 113], [198, 51, 100], [192, 0, 2]];
    for [a, b, c] in blocks {
        for d in 1..=254u8 {
            let ip = Ipv4Addr::new(a, b, c, d).to_string();
            if !used.contains(&ip) {
                return ip;
            }
        }
    }
    // 100.64.0.0/10, skipping .0 and .255; bounded by the block size.
    let base = u32::from(Ipv4Addr::new(100, 64, 0, 0));
    for n in 1..(1u32 << 22) {
        if n & 0xff == 0 || n & 0xff == 0xff {
            continue;
        }
        let ip = Ipv4Addr::from(base + n).to_string();
        if !used.contains(&ip) {
            return ip;
        }
    }
    "100.127.255.254".to_owned()
}

/// A public IPv6 /64 no Primary or Floating IP has.
fn free_ipv6(store: &Store) -> String {
    let used = used_public_ips(store);
    for n in 1..=0xffffu32 {
        let net = format!("2001:db8:{n:x}::/64");
        if !used.contains(&net) {
            return net;
        }
    }
    "2001:db8:ffff:ffff::/64".to_owned()
}

/// A new Primary IP for a server, deleted with it.
pub(super) fn new_primary_ip(
    store: &mut Store,
    kind: FloatingIpType,
    server: i64,
    location: &Location,
    now: DateTime<Utc>,
) -> PrimaryIp {
    let ip = if kind == FloatingIpType::Ipv4 {
        free_ipv4(store)
    } else {
        free_ipv6(store)
    };
    let id = store.next_id();
    let dns_ptr = if kind == FloatingIpType::Ipv4 {
        vec![DnsPtr {
            ip: ip.clone(),
            dns_ptr: default_dns_ptr(&ip),
        }]
    } else {
        Vec::new()
    };
    let mut name = format!("primary_ip-{id}");
    if store.primary_ips.by_name(&name).is_some() {
        name = format!("primary_ip-{id}-{server}");
    }
    PrimaryIp {
        id,
        name,
        labels: Labels::new(),
        created: now,
        blocked: false,
        location: location.clone(),
        ip,
        dns_ptr,
        protection: Protection { delete: false },
        r#type: kind,
        auto_delete: true,
        assignee_type: FirewallAppliedToResourceType::Server,
        assignee_id: Some(server),
    }
}

/// `a.b.c.d/n` as (network address, prefix length).
pub(super) fn parse_cidr(s: &str) -> Option<(u32, u32)> {
    let (ip, prefix) = s.split_once('/')?;
    let ip: Ipv4Addr = ip.parse().ok()?;
    let prefix: u32 = prefix.parse().ok().filter(|p| *p <= 32)?;
    let mask = mask(prefix);
    Some((u32::from(ip) & mask, prefix))
}

fn mask(prefix: u32) -> u32 {
    if prefix == 0 {
        0
    } else {
        u32::MAX << (32 - prefix)
    }
}

pub(super) fn cidr_contains((net, prefix): (u32, u32), ip: u32) -> bool {
    ip & mask(prefix) == net
}

pub(super) fn cidrs_overlap(a: (u32, u32), b: (u32, u32)) -> bool {
    cidr_contains(a, b.0) || cidr_contains(b, a.0)
}

/// Whether an IPv6 address lies in a `/64` given as `2001:db8::/64`.
pub(super) fn in_ipv6_net(net: &str, ip: &str) -> bool {
    let (Some(base), Ok(ip)) = (
        net.split('/')
            .next()
            .and_then(|b| b.parse::<Ipv6Addr>().ok()),
        ip.parse::<Ipv6Addr>(),
    ) else {
        return false;
    };
    let prefix: u32 = net
        .split_once('/')
        .and_then(|(_, p)| p.parse().ok())
        .unwrap_or(64)
        .min(128);
    let m = if prefix == 0 {
        0
    } else {
        u128::MAX << (128 - prefix)
    };
    u128::from(base) & m == u128::from(ip) & m
}

/// Private IPs taken in a network (servers, their aliases, load balancers), except
/// `except_server`'s.
pub(super) fn used_private_ips(
    store: &Store,
    network: i64,
    except_server: Option<i64>,
) -> HashSet<u32> {
    let mut used = HashSet::new();
    let mut add = |ip: &str| {
        if let Ok(ip) = ip.parse::<Ipv4Addr>() {
            used.insert(u32::from(ip));
        }
    };
    for s in store.servers.values() {
        if Some(s.id) == except_server {
            continue;
        }
        for p in s.private_net.iter().filter(|p| p.network == Some(network)) {
            if let Some(ip) = &p.ip {
                add(ip);
            }
            for a in p.alias_ips.iter().flatten() {
                add(a);
            }
        }
    }
    for lb in store.load_balancers.values() {
        for p in lb.private_net.iter().filter(|p| p.network == network) {
            add(&p.ip);
        }
    }
    if let Some(n) = store.networks.rows.get(&network) {
        for s in &n.subnets {
            add(&s.gateway);
        }
    }
    used
}

/// The IP a server gets in a network: `ip` if given and free, else the first free address of a
/// subnet in the server's network zone (the one with `ip_range` if given).
pub(super) fn pick_private_ip(
    store: &Store,
    network: &Network,
    zone: &str,
    server: i64,
    ip: Option<&str>,
    ip_range: Option<&str>,
) -> Result<String, ApiFail> {
    let subnets: Vec<(u32, u32)> = network
        .subnets
        .iter()
        .filter(|s| {
            matches!(
                s.r#type,
                NetworkSubnetType::Cloud | NetworkSubnetType::Server
            ) && s.network_zone == zone
                && ip_range.is_none_or(|r| s.ip_range.as_deref() == Some(r))
        })
        .filter_map(|s| s.ip_range.as_deref().and_then(parse_cidr))
        .collect();
    if subnets.is_empty() {
        return Err(ApiFail::specific(
            "no_subnet_available",
            &format!(
                "network {} has no subnet for servers in network zone {zone}{}",
                network.id,
                ip_range
                    .map(|r| format!(" with IP range {r}"))
                    .unwrap_or_default()
            ),
        ));
    }
    let used = used_private_ips(store, network.id, Some(server));
    let usable = |(net, prefix): (u32, u32), ip: u32| {
        let size = if prefix >= 31 {
            0
        } else {
            1u64 << (32 - prefix)
        };
        size > 2 && ip != net && u64::from(ip - net) < size - 1
    };
    if let Some(wanted) = ip {
        let addr: Ipv4Addr = wanted
            .parse()
            .map_err(|_| ApiFail::invalid_input("ip", "is not an IPv4 address"))?;
        let addr = u32::from(addr);
        let Some(subnet) = subnets.iter().find(|s| cidr_contains(**s, addr)) else {
            return Err(ApiFail::invalid_input(
                "ip",
                &format!("{wanted} is not in a subnet of the network usable in zone {zone}"),
            ));
        };
        if !usable(*subnet, addr) || used.contains(&addr) {
            return Err(ApiFail::specific(
                "ip_not_available",
                &format!("IP {wanted} is not available"),
            ));
        }
        return Ok(wanted.to_owned());
    }
    for (net, prefix) in subnets {
        let size = if prefix >= 31 {
            0
        } else {
            1u64 << (32 - prefix)
        };
        // Only as many candidates as there are taken addresses, plus one, need looking at.
        let tries = (used.len() as u64 + 2).min(size.saturating_sub(2));
        for offset in 1..=tries {
            let candidate = net + offset as u32;
            if !used.contains(&candidate) {
                return Ok(Ipv4Addr::from(candidate).to_string());
            }
        }
    }
    Err(ApiFail::specific(
        "no_subnet_available",
        &format!("no IP is left in network {} for zone {zone}", network.id),
    ))
}

/// Checks alias IPs for a server in a network: IPv4, in the network, free, not the main IP.
pub(super) fn check_alias_ips(
    store: &Store,
    network: &Network,
    server: i64,
    main_ip: Option<&str>,
    aliases: &[String],
) -> Result<(), ApiFail> {
    let range = parse_cidr(&network.ip_range);
    let used = used_private_ips(store, network.id, Some(server));
    let mut seen = HashSet::new();
    for a in aliases {
        let addr: Ipv4Addr = a.parse().map_err(|_| {
            ApiFail::invalid_input("alias_ips", &format!("`{a}` is not an IPv4 address"))
        })?;
        let addr = u32::from(addr);
        if !range.is_some_and(|r| cidr_contains(r, addr)) {
            return Err(ApiFail::invalid_input(
                "alias_ips",
                &format!("{a} is not in the network's IP range {}", network.ip_range),
            ));
        }
        if used.contains(&addr) || main_ip == Some(a.as_str()) || !seen.insert(addr) {
            return Err(ApiFail::specific(
                "ip_not_available",
                &format!("IP {a} is not available"),
            ));
        }
    }
    Ok(())
}

/// A stable MAC address for a server's interface in a network.
pub(super) fn mac_address(server: i64, network: i64) -> String {
    let digest = Md5::digest(format!("{server}/{network}").as_bytes());
    format!(
        "86:00:00:{:02x}:{:02x}:{:02x}",
        digest[0], digest[1], digest[2]
    )
}

/// Fails with `networks_overlap` when the network's range overlaps one the server is in.
pub(super) fn check_overlap(store: &Store, s: &Server, network: &Network) -> Result<(), ApiFail> {
    let Some(range) = parse_cidr(&network.ip_range) else {
        return Ok(());
    };
    for p in &s.private_net {
        let Some(other) = p.network.and_then(|n| store.networks.rows.get(&n)) else {
            continue;
        };
        if other.id != network.id
            && parse_cidr(&other.ip_range).is_some_and(|o| cidrs_overlap(o, range))
        {
            return Err(ApiFail::specific(
                "networks_overlap",
                &format!(
                    "network {} ({}) overlaps network {} ({}) the server is attached to",
                    network.id, network.ip_range, other.id, other.ip_range
                ),
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cidr_arithmetic() {
        let net = parse_cidr("10.0.1.0/24").unwrap();
        assert!(cidr_contains(net, u32::from(Ipv4Addr::new(10, 0, 1, 7))));
        assert!(!cidr_contains(net, u32::from(Ipv4Addr::new(10, 0, 2, 7))));
        assert!(cidrs_overlap(parse_cidr("10.0.0.0/16").unwrap(), net));
        assert!(!cidrs_overlap(parse_cidr("10.1.0.0/16").unwrap(), net));
        assert!(parse_cidr("10.0.0.0/33").is_none());
        assert!(in_ipv6_net("2001:db8:5::/64", "2001:db8:5::1"));
        assert!(!in_ipv6_net("2001:db8:5::/64", "2001:db8:6::1"));
        assert_eq!(
            default_dns_ptr("1.2.3.4"),
            "static.4.3.2.1.clients.your-server.de"
        );
    }
}
