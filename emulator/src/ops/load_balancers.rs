//! Load Balancers: services (unique listen ports, health checks, HTTP settings with defaults),
//! targets (Servers, label selectors resolved on every read, IPs), one private Network, the
//! public interface, reverse DNS, type changes and made-up but plausible metrics.
//!
//! Changes made by actions are applied when the action finishes. The Servers' and Networks'
//! `load_balancers` lists are kept in step; health statuses and label selector targets are
//! derived when a Load Balancer is shown.

use super::common::{check_labels, check_name};
use super::Handler;
use crate::actions::Effect;
use crate::call::{Answer, ApiFail, Call, Reply};
use crate::list;
use crate::store::Store;
use chrono::{DateTime, Utc};
use hetzcloud::labels::Selector;
use hetzcloud::models::*;
use hetzcloud::IdOrName;
use serde_json::{json, Value};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

pub fn route(op_id: &str) -> Option<Handler> {
    let f: Handler = match op_id {
        "list_load_balancers" => list,
        "create_load_balancer" => create,
        "get_load_balancer" => get,
        "update_load_balancer" => update,
        "delete_load_balancer" => delete,
        "add_load_balancer_service" => add_service,
        "add_load_balancer_target" => add_target,
        "attach_load_balancer_to_network" => attach_to_network,
        "change_load_balancer_algorithm" => change_algorithm,
        "change_load_balancer_dns_ptr" => change_dns_ptr,
        "change_load_balancer_protection" => change_protection,
        "change_load_balancer_type" => change_type,
        "delete_load_balancer_service" => delete_service,
        "detach_load_balancer_from_network" => detach_from_network,
        "disable_load_balancer_public_interface" => disable_public_interface,
        "enable_load_balancer_public_interface" => enable_public_interface,
        "remove_load_balancer_target" => remove_target,
        "update_load_balancer_service" => update_service,
        "get_load_balancer_metrics" => metrics,
        _ => return None,
    };
    Some(f)
}

const KIND: &str = "load_balancer";
const TABLE: &str = "load_balancers";

// --- Showing ------------------------------------------------------------------------------

/// The Load Balancer as the API shows it: health statuses for the current services, label
/// selectors resolved against the current Servers.
pub fn view(store: &Store, lb: &LoadBalancer) -> LoadBalancer {
    let mut out = lb.clone();
    let network = lb.private_net.first().map(|p| p.network);
    let health = |server: Option<&Server>| -> Vec<HealthStatus> {
        let status = match server {
            Some(s) if s.status == ServerStatus::Running => HealthStatusStatus::Healthy,
            Some(_) => HealthStatusStatus::Unhealthy,
            None => HealthStatusStatus::Unknown,
        };
        lb.services
            .iter()
            .map(|s| HealthStatus {
                listen_port: s.listen_port,
                status: status.clone(),
            })
            .collect()
    };
    for t in &mut out.targets {
        match t.r#type {
            LoadBalancerTargetType::Server => {
                let server = t
                    .server
                    .as_ref()
                    .and_then(|s| store.servers.rows.get(&s.id));
                t.health_status = Some(health(server));
                t.use_private_ip = Some(t.use_private_ip.unwrap_or(false));
                t.targets = None;
            }
            LoadBalancerTargetType::LabelSelector => {
                let private = t.use_private_ip.unwrap_or(false);
                let selector = t
                    .label_selector
                    .as_ref()
                    .and_then(|l| Selector::parse(&l.selector).ok());
                let resolved = store
                    .servers
                    .values()
                    .filter(|s| selector.as_ref().is_some_and(|sel| sel.matches(&s.labels)))
                    .filter_map(|s| {
                        let ip = if private {
                            private_ip(s, network?)?
                        } else {
                            s.public_net.ipv4.as_ref()?.ip.clone()
                        };
                        Some(LoadBalancerTargetTarget {
                            r#type: "server".into(),
                            server: LoadBalancerTargetServer { id: s.id, ip },
                            health_status: health(Some(s)),
                            use_private_ip: private,
                        })
                    })
                    .collect();
                t.targets = Some(resolved);
                t.use_private_ip = Some(private);
                t.health_status = None;
            }
            _ => {
                let statuses = lb
                    .services
                    .iter()
                    .map(|s| HealthStatus {
                        listen_port: s.listen_port,
                        status: HealthStatusStatus::Healthy,
                    })
                    .collect();
                t.health_status = Some(statuses);
                t.use_private_ip = None;
                t.targets = None;
            }
        }
    }
    out
}

fn private_ip(server: &Server, network: i64) -> Option<String> {
    server
        .private_net
        .iter()
        .find(|p| p.network == Some(network))
        .and_then(|p| p.ip.clone())
}

fn list(store: &mut Store, call: &Call) -> Answer {
    let (items, meta, link) = list::page(store.load_balancers.values(), call, |_| Ok(true))?;
    let load_balancers = items.iter().map(|lb| view(store, lb)).collect();
    Ok(list::reply(
        &ListLoadBalancersResponse {
            load_balancers,
            meta,
        },
        link,
    ))
}

fn get(store: &mut Store, call: &Call) -> Answer {
    let lb = store.load_balancers.get(call.id("id")?)?;
    Ok(Reply::ok(&GetLoadBalancerResponse {
        load_balancer: view(store, lb),
    }))
}

// --- Checks -------------------------------------------------------------------------------

/// A name: not empty, no surrounding whitespace, at most 128 characters.
fn check_lb_name(name: &str) -> Result<(), ApiFail> {
    check_name(name)?;
    if name.trim() != name || name.chars().count() > 128 {
        return Err(ApiFail::invalid_input(
            "name",
            "must not start or end with whitespace and be at most 128 characters long",
        ));
    }
    Ok(())
}

fn lb_type(store: &Store, value: &str) -> Result<LoadBalancerType, ApiFail> {
    let by = IdOrName::from(value);
    match &by {
        IdOrName::Id(id) => store.reference.load_balancer_types.rows.get(id),
        IdOrName::Name(n) => store.reference.load_balancer_types.by_name(n),
    }
    .cloned()
    .ok_or_else(|| {
        ApiFail::invalid_input(
            "load_balancer_type",
            &format!("Load Balancer Type `{value}` not found"),
        )
    })
}

fn location(
    store: &Store,
    location: Option<&str>,
    network_zone: Option<&str>,
) -> Result<Location, ApiFail> {
    match (location, network_zone) {
        (Some(l), zone) => {
            let by = IdOrName::from(l);
            let found = match &by {
                IdOrName::Id(id) => store.reference.locations.rows.get(id),
                IdOrName::Name(n) => store.reference.locations.by_name(n),
            }
            .cloned()
            .ok_or_else(|| {
                ApiFail::invalid_input("location", &format!("Location `{l}` not found"))
            })?;
            if let Some(z) = zone {
                if z != found.network_zone {
                    return Err(ApiFail::invalid_input(
                        "network_zone",
                        &format!(
                            "Location {} is in network zone {}, not {z}",
                            found.name, found.network_zone
                        ),
                    ));
                }
            }
            Ok(found)
        }
        (None, Some(z)) => store
            .reference
            .locations
            .values()
            .find(|l| l.network_zone == z)
            .cloned()
            .ok_or_else(|| {
                ApiFail::invalid_input("network_zone", &format!("network zone `{z}` not found"))
            }),
        (None, None) => Err(ApiFail::invalid_input(
            "location",
            "either location or network_zone must be given",
        )),
    }
}

fn check_port(field: &str, port: i64) -> Result<(), ApiFail> {
    if !(1..=65535).contains(&port) {
        return Err(ApiFail::invalid_input(
            field,
            "must be a port between 1 and 65535",
        ));
    }
    Ok(())
}

fn check_range(field: &str, value: i64, min: i64, max: i64) -> Result<(), ApiFail> {
    if !(min..=max).contains(&value) {
        return Err(ApiFail::invalid_input(
            field,
            &format!("must be between {min} and {max}"),
        ));
    }
    Ok(())
}

/// Checks a service and fills in what the API fills in (HTTP defaults, status codes).
fn check_service(
    store: &Store,
    mut s: LoadBalancerService,
    field: &str,
) -> Result<LoadBalancerService, ApiFail> {
    let f = |name: &str| format!("{field}.{name}");
    if let LoadBalancerServiceProtocol::Unrecognized(p) = &s.protocol {
        return Err(ApiFail::invalid_input(
            &f("protocol"),
            &format!("`{p}` is not one of tcp, http, https"),
        ));
    }
    check_port(&f("listen_port"), s.listen_port)?;
    check_port(&f("destination_port"), s.destination_port)?;
    let hc = &mut s.health_check;
    if let LoadBalancerServiceHealthCheckProtocol::Unrecognized(p) = &hc.protocol {
        return Err(ApiFail::invalid_input(
            &f("health_check.protocol"),
            &format!("`{p}` is not one of tcp, http"),
        ));
    }
    check_port(&f("health_check.port"), hc.port)?;
    check_range(&f("health_check.interval"), hc.interval, 3, 60)?;
    check_range(&f("health_check.timeout"), hc.timeout, 1, 60)?;
    check_range(&f("health_check.retries"), hc.retries, 1, 5)?;
    if hc.protocol == LoadBalancerServiceHealthCheckProtocol::Http {
        let http = hc
            .http
            .get_or_insert_with(|| LoadBalancerServiceHealthCheckHttp::new("/"));
        if http.path.is_empty() || http.path.len() > 256 || http.path.contains(' ') {
            return Err(ApiFail::invalid_input(
                &f("health_check.http.path"),
                "must be 1 to 256 characters without spaces",
            ));
        }
        if let Some(d) = &http.domain {
            if d.len() > 128 || d.contains([' ', '%', '\\']) {
                return Err(ApiFail::invalid_input(
                    &f("health_check.http.domain"),
                    "must be at most 128 characters without spaces, percent or backslash",
                ));
            }
        }
        if http.response.as_ref().is_some_and(|r| r.len() > 256) {
            return Err(ApiFail::invalid_input(
                &f("health_check.http.response"),
                "must be at most 256 characters",
            ));
        }
        let codes = http
            .status_codes
            .get_or_insert_with(|| vec!["2??".into(), "3??".into()]);
        if codes.len() > 20 {
            return Err(ApiFail::invalid_input(
                &f("health_check.http.status_codes"),
                "at most 20 status codes",
            ));
        }
        http.response.get_or_insert_with(String::new);
        http.tls.get_or_insert(false);
    } else {
        hc.http = None;
    }
    match s.protocol {
        LoadBalancerServiceProtocol::Tcp => {
            s.http = None;
        }
        _ => {
            let https = s.protocol == LoadBalancerServiceProtocol::Https;
            let http = s.http.get_or_insert_with(|| {
                LoadBalancerServiceHttpConfig::new("HCLBSTICKY", 300, 50, false)
            });
            if http.cookie_name.is_empty() || http.cookie_name.len() > 100 {
                return Err(ApiFail::invalid_input(
                    &f("http.cookie_name"),
                    "must be 1 to 100 characters",
                ));
            }
            check_range(&f("http.cookie_lifetime"), http.cookie_lifetime, 30, 86400)?;
            check_range(&f("http.timeout_idle"), http.timeout_idle, 30, 300)?;
            if https {
                let certs = http.certificates.get_or_insert_with(Vec::new);
                for c in certs.iter() {
                    if !store.certificates.rows.contains_key(c) {
                        return Err(ApiFail::invalid_input(
                            &f("http.certificates"),
                            &format!("Certificate {c} not found"),
                        ));
                    }
                }
                http.redirect_http.get_or_insert(false);
            } else {
                if http.certificates.as_ref().is_some_and(|c| !c.is_empty()) {
                    return Err(ApiFail::invalid_input(
                        &f("http.certificates"),
                        "certificates are only valid for protocol https",
                    ));
                }
                if http.redirect_http == Some(true) {
                    return Err(ApiFail::invalid_input(
                        &f("http.redirect_http"),
                        "redirect_http is only valid for protocol https",
                    ));
                }
                http.certificates = None;
                http.redirect_http = None;
            }
        }
    }
    Ok(s)
}

/// A service from an `add_service` / `update_service` body, on top of `base` (update) or
/// from scratch (add: every required field must be there).
fn service_from(
    req: AddLoadBalancerServiceRequest,
    base: Option<&LoadBalancerService>,
) -> Result<LoadBalancerService, ApiFail> {
    fn need<T>(v: Option<T>, field: &str) -> Result<T, ApiFail> {
        v.ok_or_else(|| ApiFail::invalid_input(field, "is required"))
    }
    let protocol = match (req.protocol, base) {
        (Some(p), _) => p,
        (None, Some(b)) => b.protocol.clone(),
        (None, None) => need(None, "protocol")?,
    };
    let listen_port = match (req.listen_port, base) {
        (Some(p), _) => p,
        (None, Some(b)) => b.listen_port,
        (None, None) => need(None, "listen_port")?,
    };
    let destination_port = match (req.destination_port, base) {
        (Some(p), _) => p,
        (None, Some(b)) => b.destination_port,
        (None, None) => need(None, "destination_port")?,
    };
    let proxyprotocol = match (req.proxyprotocol, base) {
        (Some(p), _) => p,
        (None, Some(b)) => b.proxyprotocol,
        (None, None) => need(None, "proxyprotocol")?,
    };
    let health_check = match (req.health_check, base) {
        (None, Some(b)) => b.health_check.clone(),
        (None, None) => need(None, "health_check")?,
        (Some(h), base) => {
            let b = base.map(|b| &b.health_check);
            let http = match (h.http, b.and_then(|b| b.http.as_ref())) {
                (None, old) => old.cloned(),
                (Some(n), old) => Some(LoadBalancerServiceHealthCheckHttp {
                    domain: n.domain.or_else(|| old.and_then(|o| o.domain.clone())),
                    path: n
                        .path
                        .or_else(|| old.map(|o| o.path.clone()))
                        .unwrap_or_else(|| "/".into()),
                    response: n.response.or_else(|| old.and_then(|o| o.response.clone())),
                    status_codes: n
                        .status_codes
                        .or_else(|| old.and_then(|o| o.status_codes.clone())),
                    tls: n.tls.or_else(|| old.and_then(|o| o.tls)),
                }),
            };
            LoadBalancerServiceHealthCheck {
                protocol: match (h.protocol, b) {
                    (Some(p), _) => p,
                    (None, Some(b)) => b.protocol.clone(),
                    (None, None) => need(None, "health_check.protocol")?,
                },
                port: match (h.port, b) {
                    (Some(p), _) => p,
                    (None, Some(b)) => b.port,
                    (None, None) => need(None, "health_check.port")?,
                },
                interval: match (h.interval, b) {
                    (Some(p), _) => p,
                    (None, Some(b)) => b.interval,
                    (None, None) => need(None, "health_check.interval")?,
                },
                timeout: match (h.timeout, b) {
                    (Some(p), _) => p,
                    (None, Some(b)) => b.timeout,
                    (None, None) => need(None, "health_check.timeout")?,
                },
                retries: match (h.retries, b) {
                    (Some(p), _) => p,
                    (None, Some(b)) => b.retries,
                    (None, None) => need(None, "health_check.retries")?,
                },
                http,
            }
        }
    };
    let old_http = base.and_then(|b| b.http.clone());
    let http = match (req.http, old_http) {
        (None, old) => old,
        (Some(n), old) => {
            let d = old.unwrap_or_else(|| {
                LoadBalancerServiceHttpConfig::new("HCLBSTICKY", 300, 50, false)
            });
            Some(LoadBalancerServiceHttpConfig {
                cookie_name: n.cookie_name.unwrap_or(d.cookie_name),
                cookie_lifetime: n.cookie_lifetime.unwrap_or(d.cookie_lifetime),
                timeout_idle: n.timeout_idle.unwrap_or(d.timeout_idle),
                sticky_sessions: n.sticky_sessions.unwrap_or(d.sticky_sessions),
                certificates: n.certificates.or(d.certificates),
                redirect_http: n.redirect_http.or(d.redirect_http),
            })
        }
    };
    Ok(LoadBalancerService {
        protocol,
        listen_port,
        destination_port,
        proxyprotocol,
        health_check,
        http,
    })
}

fn service_limit(lb: &LoadBalancer, count: usize) -> Result<(), ApiFail> {
    if count as i64 > lb.load_balancer_type.max_services {
        return Err(ApiFail::invalid_input(
            "services",
            &format!(
                "Load Balancer Type {} allows at most {} services",
                lb.load_balancer_type.name, lb.load_balancer_type.max_services
            ),
        ));
    }
    Ok(())
}

fn target_limit(lb: &LoadBalancer, count: usize) -> Result<(), ApiFail> {
    if count as i64 > lb.load_balancer_type.max_targets {
        return Err(ApiFail::invalid_input(
            "targets",
            &format!(
                "Load Balancer Type {} allows at most {} targets",
                lb.load_balancer_type.name, lb.load_balancer_type.max_targets
            ),
        ));
    }
    Ok(())
}

fn source_port_used(status: u16, port: i64) -> ApiFail {
    ApiFail::new(
        status,
        "source_port_already_used",
        &format!("listen port {port} is already used by another service"),
    )
}

/// Whether `ip` is `spec` (an address) or inside it (`2001:db8::/64`).
fn ip_matches(ip: IpAddr, spec: &str) -> bool {
    match spec.split_once('/') {
        None => spec.parse::<IpAddr>().is_ok_and(|s| s == ip),
        Some((net, bits)) => {
            let Ok(bits) = bits.parse::<u32>() else {
                return false;
            };
            match (ip, net.parse::<IpAddr>()) {
                (IpAddr::V4(a), Ok(IpAddr::V4(n))) if bits <= 32 => {
                    let mask = if bits == 0 {
                        0
                    } else {
                        u32::MAX << (32 - bits)
                    };
                    u32::from(a) & mask == u32::from(n) & mask
                }
                (IpAddr::V6(a), Ok(IpAddr::V6(n))) if bits <= 128 => {
                    let mask = if bits == 0 {
                        0
                    } else {
                        u128::MAX << (128 - bits)
                    };
                    u128::from(a) & mask == u128::from(n) & mask
                }
                _ => false,
            }
        }
    }
}

/// Whether an IP belongs to a Hetzner Cloud resource of the project.
fn cloud_owned(store: &Store, ip: IpAddr) -> bool {
    let servers = store.servers.values().any(|s| {
        s.public_net
            .ipv4
            .as_ref()
            .is_some_and(|v| ip_matches(ip, &v.ip))
            || s.public_net
                .ipv6
                .as_ref()
                .is_some_and(|v| ip_matches(ip, &v.ip))
    });
    let lbs = store.load_balancers.values().any(|l| {
        [&l.public_net.ipv4.ip, &l.public_net.ipv6.ip]
            .into_iter()
            .flatten()
            .any(|v| ip_matches(ip, v))
    });
    servers
        || lbs
        || store.floating_ips.values().any(|f| ip_matches(ip, &f.ip))
        || store.primary_ips.values().any(|p| ip_matches(ip, &p.ip))
}

fn is_private_v4(ip: IpAddr) -> bool {
    matches!(ip, IpAddr::V4(v) if v.is_private())
}

/// Checks a target against the Load Balancer and turns it into what is stored.
fn resolve_target(
    store: &Store,
    lb: &LoadBalancer,
    t: &CreateLoadBalancerRequestTarget,
    field: &str,
) -> Result<LoadBalancerTarget, ApiFail> {
    let f = |name: &str| format!("{field}.{name}");
    let network = lb.private_net.first().map(|p| p.network);
    let use_private = t.use_private_ip.unwrap_or(false);
    let mut out = LoadBalancerTarget {
        r#type: t.r#type.clone(),
        server: None,
        health_status: None,
        use_private_ip: None,
        label_selector: None,
        targets: None,
        ip: None,
    };
    match &t.r#type {
        LoadBalancerTargetType::Server => {
            let Some(req) = &t.server else {
                return Err(ApiFail::invalid_input(
                    &f("server"),
                    "is required for type server",
                ));
            };
            let server = store.servers.rows.get(&req.id).ok_or_else(|| {
                ApiFail::invalid_input(&f("server.id"), &format!("Server {} not found", req.id))
            })?;
            let ip = if use_private {
                if req.ip.is_some() {
                    return Err(ApiFail::invalid_input(
                        &f("server.ip"),
                        "only valid for public targets",
                    ));
                }
                let Some(net) = network else {
                    return Err(ApiFail::specific(
                        "load_balancer_not_attached_to_network",
                        "the Load Balancer is not attached to a network",
                    ));
                };
                private_ip(server, net).ok_or_else(|| {
                    ApiFail::specific(
                        "resolve_cloud_private_targets_error",
                        &format!(
                            "Server {} is not attached to the network of the Load Balancer",
                            server.id
                        ),
                    )
                })?
            } else {
                if !lb.public_net.enabled {
                    return Err(public_disabled());
                }
                match &req.ip {
                    Some(given) => {
                        let parsed: IpAddr = given.parse().map_err(|_| {
                            ApiFail::invalid_input(&f("server.ip"), "is not an IP address")
                        })?;
                        let v4 = server
                            .public_net
                            .ipv4
                            .as_ref()
                            .is_some_and(|v| ip_matches(parsed, &v.ip));
                        let v6 = parsed.is_ipv6()
                            && server
                                .public_net
                                .ipv6
                                .as_ref()
                                .is_some_and(|v| ip_matches(parsed, &v.ip));
                        if !(v4 || v6) {
                            return Err(ApiFail::specific(
                                "ip_not_assigned_to_server",
                                &format!(
                                    "{given} is neither the primary IPv4 nor in the IPv6 subnet of Server {}",
                                    server.id
                                ),
                            ));
                        }
                        parsed.to_string()
                    }
                    None => server
                        .public_net
                        .ipv4
                        .as_ref()
                        .map(|v| v.ip.clone())
                        .ok_or_else(|| {
                            ApiFail::specific(
                                "resolve_cloud_public_targets_error",
                                &format!("Server {} has no public IPv4 address", server.id),
                            )
                        })?,
                }
            };
            out.server = Some(LoadBalancerTargetServer { id: server.id, ip });
            out.use_private_ip = Some(use_private);
        }
        LoadBalancerTargetType::LabelSelector => {
            let Some(sel) = &t.label_selector else {
                return Err(ApiFail::invalid_input(
                    &f("label_selector"),
                    "is required for type label_selector",
                ));
            };
            if sel.selector.is_empty() || sel.selector.len() > 1000 {
                return Err(ApiFail::invalid_input(
                    &f("label_selector.selector"),
                    "must be 1 to 1000 characters",
                ));
            }
            Selector::parse(&sel.selector).map_err(|e| {
                ApiFail::invalid_input(&f("label_selector.selector"), &e.to_string())
            })?;
            if use_private && network.is_none() {
                return Err(ApiFail::specific(
                    "load_balancer_not_attached_to_network",
                    "the Load Balancer is not attached to a network",
                ));
            }
            if !use_private && !lb.public_net.enabled {
                return Err(public_disabled());
            }
            out.label_selector = Some(sel.clone());
            out.use_private_ip = Some(use_private);
        }
        LoadBalancerTargetType::Ip => {
            let Some(req) = &t.ip else {
                return Err(ApiFail::invalid_input(&f("ip"), "is required for type ip"));
            };
            if t.use_private_ip.is_some() {
                return Err(ApiFail::invalid_input(
                    &f("use_private_ip"),
                    "is only valid for targets of type server and label_selector",
                ));
            }
            let ip: IpAddr = req
                .ip
                .parse()
                .map_err(|_| ApiFail::invalid_input(&f("ip.ip"), "is not an IP address"))?;
            if ip.is_loopback() || ip.is_unspecified() || ip.is_multicast() {
                return Err(ApiFail::invalid_input(
                    &f("ip.ip"),
                    "is not a usable target address",
                ));
            }
            if cloud_owned(store, ip) {
                return Err(ApiFail::specific(
                    "ip_not_owned",
                    &format!("{ip} belongs to a Hetzner Cloud resource and cannot be a target"),
                ));
            }
            if is_private_v4(ip) {
                let Some(net) = network else {
                    return Err(ApiFail::specific(
                        "load_balancer_not_attached_to_network",
                        "a private IP target needs the Load Balancer in a network",
                    ));
                };
                let vswitch: Vec<String> = store
                    .networks
                    .rows
                    .get(&net)
                    .map(|n| {
                        n.subnets
                            .iter()
                            .filter(|s| s.r#type == NetworkSubnetType::Vswitch)
                            .filter_map(|s| s.ip_range.clone())
                            .collect()
                    })
                    .unwrap_or_default();
                if vswitch.is_empty() {
                    return Err(ApiFail::specific(
                        "network_has_no_vswitch_subnet",
                        &format!("{ip} is private but network {net} has no vSwitch subnet"),
                    ));
                }
                if !vswitch.iter().any(|r| ip_matches(ip, r)) {
                    return Err(ApiFail::specific(
                        "ip_not_in_vswitch_subnet",
                        &format!("{ip} is not in the vSwitch subnet of network {net}"),
                    ));
                }
            } else if !lb.public_net.enabled {
                return Err(public_disabled());
            }
            out.ip = Some(LoadBalancerTargetIp { ip: ip.to_string() });
        }
        LoadBalancerTargetType::Unrecognized(other) => {
            return Err(ApiFail::invalid_input(
                &f("type"),
                &format!("`{other}` is not one of server, label_selector, ip"),
            ))
        }
    }
    Ok(out)
}

fn public_disabled() -> ApiFail {
    ApiFail::specific(
        "load_balancer_public_interface_disabled",
        "the public interface of the Load Balancer is disabled",
    )
}

/// The identity of a target: Server ID, selector text or IP.
fn target_key(t: &LoadBalancerTarget) -> (String, String) {
    let id = match t.r#type {
        LoadBalancerTargetType::Server => t
            .server
            .as_ref()
            .map(|s| s.id.to_string())
            .unwrap_or_default(),
        LoadBalancerTargetType::LabelSelector => t
            .label_selector
            .as_ref()
            .map(|s| s.selector.clone())
            .unwrap_or_default(),
        _ => {
            t.ip.as_ref()
                .and_then(|i| i.ip.parse::<IpAddr>().ok())
                .map(|i| i.to_string())
                .unwrap_or_default()
        }
    };
    (t.r#type.to_string(), id)
}

fn target_already_defined(t: &LoadBalancerTarget) -> ApiFail {
    let (kind, id) = target_key(t);
    ApiFail::specific(
        "target_already_defined",
        &format!("a target of type {kind} for `{id}` is already defined"),
    )
}

// --- Addresses ----------------------------------------------------------------------------

/// Public addresses for a new Load Balancer, derived from its ID.
fn public_ips(id: i64) -> (String, String) {
    let n = id.unsigned_abs();
    let v4 = Ipv4Addr::new(167, 235, ((n / 254) % 256) as u8, (n % 254 + 1) as u8);
    let v6 = Ipv6Addr::new(0x2a01, 0x4f8, 0x1c1d, (n % 0xffff) as u16, 0, 0, 0, 1);
    (v4.to_string(), v6.to_string())
}

/// The reverse DNS a public IPv4 has until it is changed.
fn default_ptr(v4: &str) -> String {
    let mut parts: Vec<&str> = v4.split('.').collect();
    parts.reverse();
    format!("static.{}.clients.your-server.de", parts.join("."))
}

fn parse_cidr(text: &str) -> Option<(u32, u32)> {
    let (net, bits) = text.split_once('/')?;
    let net: Ipv4Addr = net.parse().ok()?;
    let bits: u32 = bits.parse().ok().filter(|b| *b <= 32)?;
    let mask = if bits == 0 {
        0
    } else {
        u32::MAX << (32 - bits)
    };
    Some((u32::from(net) & mask, bits))
}

/// IPs of a Network that are taken by Servers, Load Balancers and gateways.
fn used_ips(store: &Store, network: &Network) -> Vec<Ipv4Addr> {
    let mut used = Vec::new();
    for s in store.servers.values() {
        for p in s
            .private_net
            .iter()
            .filter(|p| p.network == Some(network.id))
        {
            let alias = p.alias_ips.iter().flatten();
            for ip in p.ip.iter().chain(alias) {
                used.extend(ip.parse::<Ipv4Addr>().ok());
            }
        }
    }
    for l in store.load_balancers.values() {
        for p in l.private_net.iter().filter(|p| p.network == network.id) {
            used.extend(p.ip.parse::<Ipv4Addr>().ok());
        }
    }
    for s in &network.subnets {
        used.extend(s.gateway.parse::<Ipv4Addr>().ok());
    }
    used
}

/// An IP for the Load Balancer in `network`: `wanted`, or the first free one of a subnet in
/// the network zone (limited to `ip_range` when given).
fn allocate_ip(
    store: &Store,
    network: &Network,
    zone: &str,
    wanted: Option<&str>,
    ip_range: Option<&str>,
) -> Result<String, ApiFail> {
    let subnets: Vec<(u32, u32)> = network
        .subnets
        .iter()
        .filter(|s| s.network_zone == zone && s.r#type != NetworkSubnetType::Vswitch)
        .filter(|s| ip_range.is_none() || s.ip_range.as_deref() == ip_range)
        .filter_map(|s| s.ip_range.as_deref().and_then(parse_cidr))
        .collect();
    if subnets.is_empty() {
        if let Some(r) = ip_range {
            if network
                .subnets
                .iter()
                .all(|s| s.ip_range.as_deref() != Some(r))
            {
                return Err(ApiFail::invalid_input(
                    "ip_range",
                    &format!("{r} is not a subnet of network {}", network.id),
                ));
            }
        }
        return Err(ApiFail::specific(
            "no_subnet_available",
            &format!(
                "network {} has no subnet in network zone {zone} for the Load Balancer",
                network.id
            ),
        ));
    }
    let used = used_ips(store, network);
    let host_range = |(base, bits): (u32, u32)| {
        let size = if bits >= 31 { 0 } else { 1u64 << (32 - bits) };
        // Skip the network address, the gateway and the broadcast address.
        (2..size.saturating_sub(1)).map(move |i| Ipv4Addr::from(base.wrapping_add(i as u32)))
    };
    if let Some(w) = wanted {
        let ip: Ipv4Addr = w
            .parse()
            .map_err(|_| ApiFail::invalid_input("ip", "is not an IPv4 address"))?;
        let inside = subnets.iter().any(|s| host_range(*s).any(|h| h == ip));
        if !inside {
            return Err(ApiFail::specific(
                "ip_not_available",
                &format!(
                    "{ip} is not available in the subnets of network {}",
                    network.id
                ),
            ));
        }
        if used.contains(&ip) {
            return Err(ApiFail::specific(
                "ip_not_available",
                &format!("{ip} is already in use"),
            ));
        }
        return Ok(ip.to_string());
    }
    for s in subnets {
        // Bounded: at most 65536 candidates per subnet are looked at.
        if let Some(ip) = host_range(s).take(65536).find(|h| !used.contains(h)) {
            return Ok(ip.to_string());
        }
    }
    Err(ApiFail::specific(
        "no_subnet_available",
        &format!("no free IP left in network {}", network.id),
    ))
}

// --- Create, update, delete ---------------------------------------------------------------

/// The `load_balancers` list of a Server or Network with `add` added / `remove` removed.
fn with_lb(list: Option<&Vec<i64>>, add: Option<i64>, remove: Option<i64>) -> Vec<i64> {
    let mut ids: Vec<i64> = list.cloned().unwrap_or_default();
    ids.retain(|v| Some(*v) != add && Some(*v) != remove);
    ids.extend(add);
    ids.sort_unstable();
    ids
}

fn server_lb_patch(store: &Store, server: i64, add: Option<i64>, remove: Option<i64>) -> Effect {
    let current = store
        .servers
        .rows
        .get(&server)
        .and_then(|s| s.load_balancers.as_ref());
    Effect::patch(
        "servers",
        server,
        json!({ "load_balancers": with_lb(current, add, remove) }),
    )
}

fn network_lb_patch(store: &Store, network: i64, add: Option<i64>, remove: Option<i64>) -> Effect {
    let current = store
        .networks
        .rows
        .get(&network)
        .and_then(|n| n.load_balancers.as_ref());
    Effect::patch(
        "networks",
        network,
        json!({ "load_balancers": with_lb(current, add, remove) }),
    )
}

fn apply_now(store: &mut Store, effect: Effect) {
    if let Effect::Patch { table, id, patch } = effect {
        store.patch(&table, id, &patch);
    }
}

fn create(store: &mut Store, call: &Call) -> Answer {
    let req: CreateLoadBalancerRequest = call.body()?;
    check_lb_name(&req.name)?;
    check_labels(req.labels.as_ref())?;
    let kind = lb_type(store, &req.load_balancer_type)?;
    let location = location(store, req.location.as_deref(), req.network_zone.as_deref())?;
    let algorithm = req.algorithm.clone().unwrap_or(Algorithm {
        r#type: AlgorithmType::RoundRobin,
    });
    if let AlgorithmType::Unrecognized(a) = &algorithm.r#type {
        return Err(ApiFail::invalid_input(
            "algorithm.type",
            &format!("`{a}` is not one of round_robin, least_connections"),
        ));
    }
    store.load_balancers.check_unique_name(&req.name, None)?;
    let public = req.public_interface.unwrap_or(true);
    let mut lb = LoadBalancer {
        id: 0,
        name: req.name.clone(),
        public_net: LoadBalancerPublicNet {
            enabled: public,
            ipv4: LoadBalancerPublicNetIpv4::default(),
            ipv6: LoadBalancerPublicNetIpv4::default(),
        },
        private_net: Vec::new(),
        location: location.clone(),
        load_balancer_type: kind,
        protection: Protection { delete: false },
        labels: req.labels.clone().unwrap_or_default(),
        created: call.now,
        services: Vec::new(),
        targets: Vec::new(),
        algorithm,
        outgoing_traffic: Some(0),
        ingoing_traffic: Some(0),
        included_traffic: 0,
    };
    lb.included_traffic = lb
        .load_balancer_type
        .prices
        .iter()
        .find(|p| p.location == location.name)
        .or(lb.load_balancer_type.prices.first())
        .map(|p| p.included_traffic)
        .unwrap_or(21_990_232_555_520);
    if let Some(nid) = req.network {
        let network = store.networks.get(nid)?.clone();
        store.check_unlocked("network", nid)?;
        let ip = allocate_ip(store, &network, &location.network_zone, None, None)?;
        lb.private_net
            .push(LoadBalancerPrivateNet { network: nid, ip });
    }
    if !public && lb.private_net.is_empty() {
        return Err(ApiFail::specific(
            "load_balancer_not_attached_to_network",
            "a Load Balancer without public interface must be attached to a network",
        ));
    }
    for (i, s) in req
        .services
        .clone()
        .unwrap_or_default()
        .into_iter()
        .enumerate()
    {
        let s = check_service(store, s, &format!("services[{i}]"))?;
        if lb.services.iter().any(|o| o.listen_port == s.listen_port) {
            return Err(source_port_used(412, s.listen_port));
        }
        lb.services.push(s);
    }
    service_limit(&lb, lb.services.len())?;
    for (i, t) in req.targets.clone().unwrap_or_default().iter().enumerate() {
        let t = resolve_target(store, &lb, t, &format!("targets[{i}]"))?;
        if lb.targets.iter().any(|o| target_key(o) == target_key(&t)) {
            return Err(target_already_defined(&t));
        }
        lb.targets.push(t);
    }
    target_limit(&lb, lb.targets.len())?;
    store.check_limit(store.load_balancers.rows.len(), "Load Balancer")?;
    let id = store.next_id();
    lb.id = id;
    let (v4, v6) = public_ips(id);
    lb.public_net.ipv4 = LoadBalancerPublicNetIpv4 {
        dns_ptr: Some(default_ptr(&v4)),
        ip: Some(v4),
    };
    lb.public_net.ipv6 = LoadBalancerPublicNetIpv4 {
        ip: Some(v6),
        dns_ptr: None,
    };
    store.load_balancers.insert(lb.clone());
    if let Some(p) = lb.private_net.first() {
        let e = network_lb_patch(store, p.network, Some(id), None);
        apply_now(store, e);
    }
    for t in &lb.targets {
        if let Some(s) = &t.server {
            let e = server_lb_patch(store, s.id, Some(id), None);
            apply_now(store, e);
        }
    }
    let action = store.start_action("create_load_balancer", &[(KIND, id)], vec![], call.now);
    Ok(Reply::created(&CreateLoadBalancerResponse {
        load_balancer: view(store, &lb),
        action,
    }))
}

fn update(store: &mut Store, call: &Call) -> Answer {
    let id = call.id("id")?;
    store.load_balancers.get(id)?;
    let req: UpdateLoadBalancerRequest = call.body()?;
    if let Some(name) = &req.name {
        check_lb_name(name)?;
        store.load_balancers.check_unique_name(name, Some(id))?;
    }
    check_labels(req.labels.as_ref())?;
    let lb = store.load_balancers.get_mut(id)?;
    if let Some(name) = req.name {
        lb.name = name;
    }
    if let Some(labels) = req.labels {
        lb.labels = labels;
    }
    let lb = store.load_balancers.get(id)?;
    Ok(Reply::ok(&GetLoadBalancerResponse {
        load_balancer: view(store, lb),
    }))
}

fn delete(store: &mut Store, call: &Call) -> Answer {
    let id = call.id("id")?;
    let lb = store.load_balancers.get(id)?.clone();
    if lb.protection.delete {
        return Err(ApiFail::protected("Load Balancer", id));
    }
    store.check_unlocked(KIND, id)?;
    store.load_balancers.remove(id)?;
    for p in &lb.private_net {
        if store.networks.rows.contains_key(&p.network) {
            let e = network_lb_patch(store, p.network, None, Some(id));
            apply_now(store, e);
        }
    }
    let servers: Vec<i64> = store
        .servers
        .values()
        .filter(|s| s.load_balancers.as_ref().is_some_and(|l| l.contains(&id)))
        .map(|s| s.id)
        .collect();
    for sid in servers {
        let e = server_lb_patch(store, sid, None, Some(id));
        apply_now(store, e);
    }
    Ok(Reply::no_content())
}

// --- Actions ------------------------------------------------------------------------------

/// The Load Balancer an action is about, checked to exist and to be unlocked.
fn target_lb(store: &Store, call: &Call) -> Result<LoadBalancer, ApiFail> {
    let id = call.id("id")?;
    let lb = store.load_balancers.get(id)?.clone();
    Ok(lb)
}

/// Starts `command` on the Load Balancer with `patch` (and `more` effects) applied at the end.
fn start(
    store: &mut Store,
    call: &Call,
    lb: &LoadBalancer,
    command: &str,
    extra: &[(&str, i64)],
    patch: Value,
    more: Vec<Effect>,
) -> Answer {
    let mut resources = vec![(KIND, lb.id)];
    resources.extend_from_slice(extra);
    let mut effects = vec![Effect::patch(TABLE, lb.id, patch)];
    effects.extend(more);
    let action = store.start_action(command, &resources, effects, call.now);
    Ok(Reply::created(&ActionResponse { action }))
}

fn to_value<T: serde::Serialize>(v: &T) -> Value {
    serde_json::to_value(v).expect("models serialize")
}

fn add_service(store: &mut Store, call: &Call) -> Answer {
    let lb = target_lb(store, call)?;
    let req: AddLoadBalancerServiceRequest = call.body()?;
    store.check_unlocked(KIND, lb.id)?;
    let service = check_service(store, service_from(req, None)?, "service")
        .map_err(|e| rename_service_field(e, "service."))?;
    if lb
        .services
        .iter()
        .any(|s| s.listen_port == service.listen_port)
    {
        return Err(source_port_used(412, service.listen_port));
    }
    let mut services = lb.services.clone();
    services.push(service);
    service_limit(&lb, services.len())?;
    start(
        store,
        call,
        &lb,
        "add_service",
        &[],
        json!({ "services": to_value(&services) }),
        vec![],
    )
}

/// Service fields in action bodies are top-level: `service.listen_port` → `listen_port`.
fn rename_service_field(mut e: ApiFail, prefix: &str) -> ApiFail {
    if e.code == "invalid_input" {
        e.message = e.message.replacen(&format!("'{prefix}"), "'", 1);
        if let Some(fields) = e.details.get_mut("fields").and_then(Value::as_array_mut) {
            for f in fields {
                if let Some(name) = f.get("name").and_then(Value::as_str) {
                    let renamed = name.strip_prefix(prefix).unwrap_or(name).to_owned();
                    f["name"] = Value::String(renamed);
                }
            }
        }
    }
    e
}

fn update_service(store: &mut Store, call: &Call) -> Answer {
    let lb = target_lb(store, call)?;
    let req: UpdateLoadBalancerServiceRequest = call.body()?;
    store.check_unlocked(KIND, lb.id)?;
    let Some(port) = req.listen_port else {
        return Err(ApiFail::invalid_input(
            "listen_port",
            "is required to name the service to update",
        ));
    };
    let Some(index) = lb.services.iter().position(|s| s.listen_port == port) else {
        return Err(ApiFail::invalid_input(
            "listen_port",
            &format!("the Load Balancer has no service listening on port {port}"),
        ));
    };
    let base = lb.services[index].clone();
    let service = check_service(store, service_from(req, Some(&base))?, "service")
        .map_err(|e| rename_service_field(e, "service."))?;
    if lb
        .services
        .iter()
        .enumerate()
        .any(|(i, s)| i != index && s.listen_port == service.listen_port)
    {
        return Err(source_port_used(422, service.listen_port));
    }
    let mut services = lb.services.clone();
    services[index] = service;
    start(
        store,
        call,
        &lb,
        "update_service",
        &[],
        json!({ "services": to_value(&services) }),
        vec![],
    )
}

fn delete_service(store: &mut Store, call: &Call) -> Answer {
    let lb = target_lb(store, call)?;
    let req: DeleteLoadBalancerServiceRequest = call.body()?;
    store.check_unlocked(KIND, lb.id)?;
    if !lb.services.iter().any(|s| s.listen_port == req.listen_port) {
        return Err(ApiFail::invalid_input(
            "listen_port",
            &format!(
                "the Load Balancer has no service listening on port {}",
                req.listen_port
            ),
        ));
    }
    let services: Vec<LoadBalancerService> = lb
        .services
        .iter()
        .filter(|s| s.listen_port != req.listen_port)
        .cloned()
        .collect();
    start(
        store,
        call,
        &lb,
        "delete_service",
        &[],
        json!({ "services": to_value(&services) }),
        vec![],
    )
}

fn add_target(store: &mut Store, call: &Call) -> Answer {
    let lb = target_lb(store, call)?;
    let req: AddLoadBalancerTargetRequest = call.body()?;
    store.check_unlocked(KIND, lb.id)?;
    let target = resolve_target(store, &lb, &req, "target")
        .map_err(|e| rename_service_field(e, "target."))?;
    if lb
        .targets
        .iter()
        .any(|t| target_key(t) == target_key(&target))
    {
        return Err(target_already_defined(&target));
    }
    let mut targets = lb.targets.clone();
    targets.push(target.clone());
    target_limit(&lb, targets.len())?;
    let more = match &target.server {
        Some(s) => vec![server_lb_patch(store, s.id, Some(lb.id), None)],
        None => vec![],
    };
    start(
        store,
        call,
        &lb,
        "add_target",
        &[],
        json!({ "targets": to_value(&targets) }),
        more,
    )
}

fn remove_target(store: &mut Store, call: &Call) -> Answer {
    let lb = target_lb(store, call)?;
    let req: RemoveLoadBalancerTargetRequest = call.body()?;
    store.check_unlocked(KIND, lb.id)?;
    let (field, wanted) = match &req.r#type {
        LoadBalancerTargetType::Server => {
            ("server.id", req.server.as_ref().map(|s| s.id.to_string()))
        }
        LoadBalancerTargetType::LabelSelector => (
            "label_selector.selector",
            req.label_selector.as_ref().map(|s| s.selector.clone()),
        ),
        LoadBalancerTargetType::Ip => (
            "ip.ip",
            req.ip.as_ref().map(|i| {
                i.ip.parse::<IpAddr>()
                    .map(|a| a.to_string())
                    .unwrap_or_else(|_| i.ip.clone())
            }),
        ),
        LoadBalancerTargetType::Unrecognized(other) => {
            return Err(ApiFail::invalid_input(
                "type",
                &format!("`{other}` is not one of server, label_selector, ip"),
            ))
        }
    };
    let Some(wanted) = wanted else {
        let object = field.split('.').next().unwrap_or(field);
        return Err(ApiFail::invalid_input(
            object,
            &format!("is required for type {}", req.r#type),
        ));
    };
    let key = (req.r#type.to_string(), wanted.clone());
    if !lb.targets.iter().any(|t| target_key(t) == key) {
        return Err(ApiFail::invalid_input(
            field,
            &format!("the Load Balancer has no {} target `{wanted}`", req.r#type),
        ));
    }
    let targets: Vec<LoadBalancerTarget> = lb
        .targets
        .iter()
        .filter(|t| target_key(t) != key)
        .cloned()
        .collect();
    let mut more = Vec::new();
    if req.r#type == LoadBalancerTargetType::Server {
        if let Some(s) = &req.server {
            if store.servers.rows.contains_key(&s.id) {
                more.push(server_lb_patch(store, s.id, None, Some(lb.id)));
            }
        }
    }
    start(
        store,
        call,
        &lb,
        "remove_target",
        &[],
        json!({ "targets": to_value(&targets) }),
        more,
    )
}

fn attach_to_network(store: &mut Store, call: &Call) -> Answer {
    let lb = target_lb(store, call)?;
    let req: AttachLoadBalancerToNetworkRequest = call.body()?;
    let network = store.networks.get(req.network)?.clone();
    store.check_unlocked(KIND, lb.id)?;
    store.check_unlocked("network", network.id)?;
    if let Some(p) = lb.private_net.first() {
        return Err(ApiFail::specific(
            "load_balancer_already_attached",
            &format!(
                "the Load Balancer is already attached to network {}",
                p.network
            ),
        ));
    }
    if let (Some(ip), Some(range)) = (&req.ip, &req.ip_range) {
        let inside = ip
            .parse::<IpAddr>()
            .is_ok_and(|a| range.contains('/') && ip_matches(a, range));
        if !inside {
            return Err(ApiFail::invalid_input(
                "ip",
                &format!("{ip} is not part of ip_range {range}"),
            ));
        }
    }
    let ip = allocate_ip(
        store,
        &network,
        &lb.location.network_zone,
        req.ip.as_deref(),
        req.ip_range.as_deref(),
    )?;
    let private_net = vec![LoadBalancerPrivateNet {
        network: network.id,
        ip,
    }];
    let more = vec![network_lb_patch(store, network.id, Some(lb.id), None)];
    start(
        store,
        call,
        &lb,
        "attach_to_network",
        &[("network", network.id)],
        json!({ "private_net": to_value(&private_net) }),
        more,
    )
}

fn detach_from_network(store: &mut Store, call: &Call) -> Answer {
    let lb = target_lb(store, call)?;
    let req: DetachLoadBalancerFromNetworkRequest = call.body()?;
    let exists = store.networks.rows.contains_key(&req.network);
    if !exists && !lb.private_net.iter().any(|p| p.network == req.network) {
        return Err(ApiFail::not_found("Network", req.network));
    }
    store.check_unlocked(KIND, lb.id)?;
    if !lb.private_net.iter().any(|p| p.network == req.network) {
        return Err(ApiFail::specific(
            "load_balancer_not_attached_to_network",
            &format!(
                "the Load Balancer is not attached to network {}",
                req.network
            ),
        ));
    }
    if !lb.public_net.enabled && lb.private_net.len() == 1 {
        return Err(ApiFail::specific(
            "load_balancer_public_interface_disabled",
            "the public interface is disabled: enable it before detaching the last network",
        ));
    }
    let private_net: Vec<LoadBalancerPrivateNet> = lb
        .private_net
        .iter()
        .filter(|p| p.network != req.network)
        .cloned()
        .collect();
    let mut more = Vec::new();
    let mut extra = Vec::new();
    if exists {
        store.check_unlocked("network", req.network)?;
        more.push(network_lb_patch(store, req.network, None, Some(lb.id)));
        extra.push(("network", req.network));
    }
    start(
        store,
        call,
        &lb,
        "detach_from_network",
        &extra,
        json!({ "private_net": to_value(&private_net) }),
        more,
    )
}

fn change_algorithm(store: &mut Store, call: &Call) -> Answer {
    let lb = target_lb(store, call)?;
    let req: ChangeLoadBalancerAlgorithmRequest = call.body()?;
    store.check_unlocked(KIND, lb.id)?;
    if let AlgorithmType::Unrecognized(a) = &req.r#type {
        return Err(ApiFail::invalid_input(
            "type",
            &format!("`{a}` is not one of round_robin, least_connections"),
        ));
    }
    start(
        store,
        call,
        &lb,
        "change_algorithm",
        &[],
        json!({ "algorithm": { "type": req.r#type.as_str() } }),
        vec![],
    )
}

fn change_dns_ptr(store: &mut Store, call: &Call) -> Answer {
    let lb = target_lb(store, call)?;
    let req: ChangeLoadBalancerDnsPtrRequest = call.body()?;
    store.check_unlocked(KIND, lb.id)?;
    let ip: IpAddr = req
        .ip
        .parse()
        .map_err(|_| ApiFail::invalid_input("ip", "is not an IP address"))?;
    let same = |v: &Option<String>| {
        v.as_deref()
            .and_then(|s| s.parse::<IpAddr>().ok())
            .is_some_and(|a| a == ip)
    };
    if let Some(p) = &req.dns_ptr {
        if !p.contains('.') || p.contains(char::is_whitespace) || p.len() > 253 {
            return Err(ApiFail::invalid_input(
                "dns_ptr",
                "must be a fully qualified domain name",
            ));
        }
    }
    let patch = if same(&lb.public_net.ipv4.ip) {
        let ptr = req
            .dns_ptr
            .clone()
            .unwrap_or_else(|| default_ptr(&ip.to_string()));
        json!({ "public_net": { "ipv4": { "dns_ptr": ptr } } })
    } else if same(&lb.public_net.ipv6.ip) {
        json!({ "public_net": { "ipv6": { "dns_ptr": req.dns_ptr } } })
    } else {
        return Err(ApiFail::invalid_input(
            "ip",
            &format!("{ip} is not a public IP of the Load Balancer"),
        ));
    };
    start(store, call, &lb, "change_dns_ptr", &[], patch, vec![])
}

fn change_protection(store: &mut Store, call: &Call) -> Answer {
    let lb = target_lb(store, call)?;
    let req: ChangeLoadBalancerProtectionRequest = call.body()?;
    store.check_unlocked(KIND, lb.id)?;
    let delete = req.delete.unwrap_or(lb.protection.delete);
    start(
        store,
        call,
        &lb,
        "change_protection",
        &[],
        json!({ "protection": { "delete": delete } }),
        vec![],
    )
}

fn change_type(store: &mut Store, call: &Call) -> Answer {
    let lb = target_lb(store, call)?;
    let req: ChangeLoadBalancerTypeRequest = call.body()?;
    let kind = lb_type(store, &req.load_balancer_type)?;
    store.check_unlocked(KIND, lb.id)?;
    if (lb.services.len() as i64) > kind.max_services
        || (lb.targets.len() as i64) > kind.max_targets
    {
        return Err(ApiFail::specific(
            "invalid_load_balancer_type",
            &format!(
                "Load Balancer Type {} allows {} services and {} targets, the Load Balancer has {} and {}",
                kind.name,
                kind.max_services,
                kind.max_targets,
                lb.services.len(),
                lb.targets.len()
            ),
        ));
    }
    let certs = lb
        .services
        .iter()
        .filter_map(|s| s.http.as_ref().and_then(|h| h.certificates.as_ref()))
        .map(Vec::len)
        .sum::<usize>() as i64;
    if certs > kind.max_assigned_certificates {
        return Err(ApiFail::specific(
            "invalid_load_balancer_type",
            &format!(
                "Load Balancer Type {} allows {} certificates, the Load Balancer uses {certs}",
                kind.name, kind.max_assigned_certificates
            ),
        ));
    }
    start(
        store,
        call,
        &lb,
        "change_load_balancer_type",
        &[],
        json!({ "load_balancer_type": to_value(&kind) }),
        vec![],
    )
}

fn disable_public_interface(store: &mut Store, call: &Call) -> Answer {
    let lb = target_lb(store, call)?;
    store.check_unlocked(KIND, lb.id)?;
    if lb.private_net.is_empty() {
        return Err(ApiFail::specific(
            "load_balancer_not_attached_to_network",
            "the Load Balancer must be attached to a network to disable its public interface",
        ));
    }
    let public_targets = lb.targets.iter().any(|t| {
        matches!(
            t.r#type,
            LoadBalancerTargetType::Server | LoadBalancerTargetType::LabelSelector
        ) && !t.use_private_ip.unwrap_or(false)
            || t.ip
                .as_ref()
                .and_then(|i| i.ip.parse::<IpAddr>().ok())
                .is_some_and(|ip| !is_private_v4(ip))
    });
    if public_targets {
        return Err(ApiFail::specific(
            "targets_without_use_private_ip",
            "the Load Balancer has targets that use the public IP instead of the private IP",
        ));
    }
    start(
        store,
        call,
        &lb,
        "disable_public_interface",
        &[],
        json!({ "public_net": { "enabled": false } }),
        vec![],
    )
}

fn enable_public_interface(store: &mut Store, call: &Call) -> Answer {
    let lb = target_lb(store, call)?;
    store.check_unlocked(KIND, lb.id)?;
    start(
        store,
        call,
        &lb,
        "enable_public_interface",
        &[],
        json!({ "public_net": { "enabled": true } }),
        vec![],
    )
}

// --- Metrics ------------------------------------------------------------------------------

const METRIC_TYPES: &[&str] = &[
    "open_connections",
    "connections_per_second",
    "requests_per_second",
    "bandwidth",
];
/// Most samples per series.
const MAX_SAMPLES: i64 = 500;
/// Samples when no step is given.
const DEFAULT_SAMPLES: i64 = 200;

fn parse_time(call: &Call, name: &str) -> Result<DateTime<Utc>, ApiFail> {
    let raw = call
        .query_one(name)
        .ok_or_else(|| ApiFail::invalid_input(name, "is required"))?;
    DateTime::parse_from_rfc3339(raw)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| ApiFail::invalid_input(name, &format!("`{raw}` is not an RFC 3339 time")))
}

/// A deterministic number in [0, 1) from a seed.
fn noise(seed: u64) -> f64 {
    let mut z = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^= z >> 31;
    (z >> 11) as f64 / (1u64 << 53) as f64
}

fn series_seed(name: &str) -> u64 {
    name.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn metrics(store: &mut Store, call: &Call) -> Answer {
    let lb = store.load_balancers.get(call.id("id")?)?.clone();
    let mut kinds: Vec<&str> = Vec::new();
    for raw in call.query_all("type") {
        for k in raw.split(',').map(str::trim).filter(|k| !k.is_empty()) {
            if !METRIC_TYPES.contains(&k) {
                return Err(ApiFail::invalid_input(
                    "type",
                    &format!("`{k}` is not one of {}", METRIC_TYPES.join(", ")),
                ));
            }
            if !kinds.contains(&k) {
                kinds.push(k);
            }
        }
    }
    if kinds.is_empty() {
        return Err(ApiFail::invalid_input(
            "type",
            "at least one metric type is required",
        ));
    }
    let start = parse_time(call, "start")?;
    let end = parse_time(call, "end")?;
    if end < start {
        return Err(ApiFail::invalid_input("end", "must not be before start"));
    }
    let range = (end - start).num_seconds();
    let mut step = match call.query_one("step") {
        None => ((range + DEFAULT_SAMPLES - 1) / DEFAULT_SAMPLES).max(1),
        Some(raw) => raw
            .parse::<f64>()
            .ok()
            .filter(|s| s.is_finite() && *s >= 1.0)
            .map(|s| s.ceil() as i64)
            .ok_or_else(|| {
                ApiFail::invalid_input("step", "must be a number of seconds, at least 1")
            })?,
    };
    if range / step + 1 > MAX_SAMPLES {
        step = (range + MAX_SAMPLES - 2) / (MAX_SAMPLES - 1);
    }
    let mut names: Vec<&str> = Vec::new();
    for k in &kinds {
        match *k {
            "bandwidth" => names.extend(["bandwidth.in", "bandwidth.out"]),
            other => names.push(other),
        }
    }
    let active = !lb.services.is_empty();
    let samples = range / step + 1;
    let mut time_series = std::collections::BTreeMap::new();
    for name in names {
        let (scale, integer) = match name {
            "open_connections" => (120.0, true),
            "connections_per_second" => (8.0, false),
            "requests_per_second" => (25.0, false),
            "bandwidth.in" => (40_000.0, false),
            _ => (180_000.0, false),
        };
        let seed = series_seed(name) ^ (lb.id as u64).wrapping_mul(0x9e37_79b9);
        let values = (0..samples)
            .map(|i| {
                let t = start.timestamp() + i * step;
                let value = if !active || t < lb.created.timestamp() {
                    0.0
                } else {
                    // A daily wave with some noise on top.
                    let day = (t as f64 / 86_400.0) * std::f64::consts::TAU;
                    let wave = 1.0 + 0.5 * day.sin();
                    scale * wave * (0.75 + 0.5 * noise(seed ^ t as u64))
                };
                let text = if integer {
                    format!("{}", value.round() as i64)
                } else {
                    format!("{value:.2}")
                };
                (t as f64, text)
            })
            .collect();
        time_series.insert(name.to_owned(), MetricsTimeSeries { values });
    }
    Ok(Reply::ok(&GetLoadBalancerMetricsResponse {
        metrics: Metrics {
            start,
            end,
            step: step as f64,
            time_series,
        },
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ip_matching() {
        let ip: IpAddr = "2a01:4f8:1:2::5".parse().unwrap();
        assert!(ip_matches(ip, "2a01:4f8:1:2::/64"));
        assert!(!ip_matches(ip, "2a01:4f8:1:3::/64"));
        let v4: IpAddr = "10.0.1.7".parse().unwrap();
        assert!(ip_matches(v4, "10.0.0.0/16"));
        assert!(ip_matches(v4, "10.0.1.7"));
        assert!(!ip_matches(v4, "10.1.0.0/16"));
        assert_eq!(
            parse_cidr("10.0.1.9/24"),
            Some((u32::from(Ipv4Addr::new(10, 0, 1, 0)), 24))
        );
    }

    #[test]
    fn addresses_look_real() {
        let (v4, v6) = public_ips(1001);
        assert!(v4.parse::<Ipv4Addr>().is_ok());
        assert!(v6.parse::<Ipv6Addr>().is_ok());
        assert_eq!(
            default_ptr("1.2.3.4"),
            "static.4.3.2.1.clients.your-server.de"
        );
        assert!((0.0..1.0).contains(&noise(42)));
    }
}
