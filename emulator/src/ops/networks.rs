//! Networks: an RFC 1918 range with subnets (gateway computed) and routes; the range may only
//! grow; attached Servers and Load Balancers are read from their own rows.

use super::common::check_labels;
use super::ipnet::{self, V4Net};
use super::netkit::{check_known, check_name, check_no_conflict, check_sort};
use super::Handler;
use crate::call::{Answer, ApiFail, Call, Reply};
use crate::list;
use crate::store::Store;
use hetzcloud::models::*;
use std::net::Ipv4Addr;

pub fn route(op_id: &str) -> Option<Handler> {
    let f: Handler = match op_id {
        "list_networks" => list,
        "create_network" => create,
        "get_network" => get,
        "update_network" => update,
        "delete_network" => delete,
        "add_network_route" => add_route,
        "add_network_subnet" => add_subnet,
        "change_network_ip_range" => change_ip_range,
        "change_network_protection" => change_protection,
        "delete_network_route" => delete_route,
        "delete_network_subnet" => delete_subnet,
        _ => return None,
    };
    Some(f)
}

const KIND: &str = "network";

/// The Network as the API shows it: attached Servers and Load Balancers from their rows.
fn view(store: &Store, n: &Network) -> Network {
    let mut n = n.clone();
    n.servers = store
        .servers
        .values()
        .filter(|s| s.private_net.iter().any(|p| p.network == Some(n.id)))
        .map(|s| s.id)
        .collect();
    n.load_balancers = Some(
        store
            .load_balancers
            .values()
            .filter(|lb| lb.private_net.iter().any(|p| p.network == n.id))
            .map(|lb| lb.id)
            .collect(),
    );
    n
}

fn reply(store: &Store, id: i64) -> Answer {
    let network = view(store, store.networks.get(id)?);
    Ok(Reply::ok(&GetNetworkResponse {
        network: Some(network),
    }))
}

fn list(store: &mut Store, call: &Call) -> Answer {
    check_sort(call, &["id", "name", "created"])?;
    let (networks, meta, link) = list::page(store.networks.values(), call, |_| Ok(true))?;
    let networks = networks.iter().map(|n| view(store, n)).collect();
    Ok(list::reply(&ListNetworksResponse { networks, meta }, link))
}

/// A Network's own range: RFC 1918, at least a /24.
fn network_range(field: &str, text: &str) -> Result<V4Net, ApiFail> {
    let net = ipnet::parse_v4_net(field, text)?;
    if !net.is_rfc1918() {
        return Err(ApiFail::invalid_input(
            field,
            "must be one of the private IPv4 ranges of RFC 1918",
        ));
    }
    if net.len > 24 {
        return Err(ApiFail::invalid_input(
            field,
            "the minimum network size is /24",
        ));
    }
    Ok(net)
}

fn subnet_range(s: &NetworkSubnet) -> Option<V4Net> {
    s.ip_range
        .as_deref()
        .and_then(|r| ipnet::parse_v4_net("ip_range", r).ok())
}

fn route_dest(r: &Route) -> Option<V4Net> {
    ipnet::parse_v4_net("destination", &r.destination).ok()
}

const PUBLIC_GATEWAY: [u8; 4] = [172, 31, 1, 1];

/// Validates a new subnet against the Network and returns it with its range and gateway.
fn new_subnet(
    store: &Store,
    net: &Network,
    req: &NetworkCreateRequestSubnet,
) -> Result<NetworkSubnet, ApiFail> {
    check_known("type", &req.r#type, NetworkSubnetType::KNOWN)?;
    let range = network_range("ip_range", &net.ip_range)?;
    let zones: Vec<&str> = store
        .reference
        .locations
        .values()
        .map(|l| l.network_zone.as_str())
        .collect();
    if !zones.contains(&req.network_zone.as_str()) {
        return Err(ApiFail::invalid_input(
            "network_zone",
            &format!("unknown network zone `{}`", req.network_zone),
        ));
    }
    match (&req.r#type, req.vswitch_id) {
        (NetworkSubnetType::Vswitch, None) => {
            return Err(ApiFail::invalid_input(
                "vswitch_id",
                "is required for subnets of type vswitch",
            ))
        }
        (NetworkSubnetType::Vswitch, Some(_)) => {}
        (_, Some(_)) => {
            return Err(ApiFail::invalid_input(
                "vswitch_id",
                "may only be given for subnets of type vswitch",
            ))
        }
        _ => {}
    }
    let taken: Vec<V4Net> = net
        .subnets
        .iter()
        .filter_map(subnet_range)
        .chain(
            net.routes
                .iter()
                .filter_map(route_dest)
                .filter(|d| d.len > 0),
        )
        .collect();
    let sub = match &req.ip_range {
        Some(text) => {
            let sub = ipnet::parse_v4_net("ip_range", text)?;
            if !range.contains(&sub) {
                return Err(ApiFail::invalid_input(
                    "ip_range",
                    &format!("{sub} is not inside the network range {range}"),
                ));
            }
            if sub.len > 30 {
                return Err(ApiFail::invalid_input(
                    "ip_range",
                    "the minimum subnet size is /30",
                ));
            }
            if let Some(other) = taken.iter().find(|t| t.overlaps(&sub)) {
                return Err(ApiFail::invalid_input(
                    "ip_range",
                    &format!("{sub} overlaps with {other}"),
                ));
            }
            sub
        }
        None => {
            // The first free /24 (or the whole range when it is a /24).
            let len = range.len.max(24);
            let step = 1u64 << (32 - u32::from(len));
            let count = 1u64 << (u32::from(len) - u32::from(range.len));
            (0..count)
                .map(|i| V4Net {
                    addr: (u64::from(range.addr) + i * step) as u32,
                    len,
                })
                .find(|c| !taken.iter().any(|t| t.overlaps(c)))
                .ok_or_else(|| {
                    ApiFail::invalid_input("ip_range", "no free /24 range left in the network")
                })?
        }
    };
    let gateway = match req.r#type {
        NetworkSubnetType::Vswitch => sub.first_host(),
        _ => range.first_host(),
    };
    Ok(NetworkSubnet {
        r#type: req.r#type.clone(),
        ip_range: Some(sub.to_string()),
        network_zone: req.network_zone.clone(),
        gateway: gateway.to_string(),
        vswitch_id: req.vswitch_id,
    })
}

/// Validates a new route against the Network.
fn new_route(net: &Network, req: &Route) -> Result<Route, ApiFail> {
    let range = network_range("ip_range", &net.ip_range)?;
    let dest = ipnet::parse_v4_net("destination", &req.destination)?;
    let public_gw = u32::from(Ipv4Addr::from(PUBLIC_GATEWAY));
    let default_route = dest.len == 0;
    if !default_route && !dest.is_rfc1918() {
        return Err(ApiFail::invalid_input(
            "destination",
            "must be a private IPv4 range of RFC 1918 or 0.0.0.0/0",
        ));
    }
    if !default_route && dest.contains_addr(public_gw) {
        return Err(ApiFail::invalid_input(
            "destination",
            "must not overlap with 172.31.1.1",
        ));
    }
    for r in &net.routes {
        if let Some(other) = route_dest(r) {
            if (default_route && other.len == 0)
                || (!default_route && other.len > 0 && other.overlaps(&dest))
            {
                return Err(ApiFail::invalid_input(
                    "destination",
                    &format!("{dest} overlaps with the route to {other}"),
                ));
            }
        }
    }
    if !default_route {
        if let Some(other) = net
            .subnets
            .iter()
            .filter_map(subnet_range)
            .find(|s| s.overlaps(&dest))
        {
            return Err(ApiFail::invalid_input(
                "destination",
                &format!("{dest} overlaps with the subnet {other}"),
            ));
        }
    }
    let gw = ipnet::parse_v4("gateway", &req.gateway)?;
    if gw == public_gw {
        return Err(ApiFail::invalid_input("gateway", "cannot be 172.31.1.1"));
    }
    if !range.contains_addr(gw) {
        return Err(ApiFail::invalid_input(
            "gateway",
            &format!("must be inside the network range {range}"),
        ));
    }
    if Ipv4Addr::from(gw) == range.first_host() {
        return Err(ApiFail::invalid_input(
            "gateway",
            "cannot be the first IP of the network range",
        ));
    }
    let behind_vswitch = net
        .subnets
        .iter()
        .filter(|s| s.r#type == NetworkSubnetType::Vswitch)
        .filter_map(subnet_range)
        .any(|s| s.contains_addr(gw));
    if behind_vswitch {
        return Err(ApiFail::invalid_input(
            "gateway",
            "cannot be an IP behind a vSwitch",
        ));
    }
    Ok(Route {
        destination: dest.to_string(),
        gateway: Ipv4Addr::from(gw).to_string(),
    })
}

fn create(store: &mut Store, call: &Call) -> Answer {
    let req: CreateNetworkRequest = call.body()?;
    check_name("name", &req.name, 128)?;
    check_labels(req.labels.as_ref())?;
    let range = network_range("ip_range", &req.ip_range)?;
    store.networks.check_unique_name(&req.name, None)?;
    store.check_limit(store.networks.rows.len(), "Network")?;
    let mut net = Network {
        id: 0,
        name: req.name,
        ip_range: range.to_string(),
        subnets: Vec::new(),
        routes: Vec::new(),
        servers: Vec::new(),
        load_balancers: Some(Vec::new()),
        protection: Protection { delete: false },
        labels: req.labels.unwrap_or_default(),
        created: call.now,
        expose_routes_to_vswitch: req.expose_routes_to_vswitch.unwrap_or(false),
    };
    for s in req.subnets.unwrap_or_default() {
        let sub = new_subnet(store, &net, &s)?;
        net.subnets.push(sub);
    }
    for r in req.routes.unwrap_or_default() {
        let route = new_route(&net, &r)?;
        net.routes.push(route);
    }
    net.id = store.next_id();
    let id = net.id;
    store.networks.insert(net);
    let mut r = reply(store, id)?;
    r.status = axum::http::StatusCode::CREATED;
    Ok(r)
}

fn get(store: &mut Store, call: &Call) -> Answer {
    reply(store, call.id("id")?)
}

fn update(store: &mut Store, call: &Call) -> Answer {
    let id = call.id("id")?;
    let req: UpdateNetworkRequest = call.body()?;
    store.networks.get(id)?;
    if let Some(name) = &req.name {
        check_name("name", name, 128)?;
        store.networks.check_unique_name(name, Some(id))?;
    }
    check_labels(req.labels.as_ref())?;
    check_no_conflict(store, KIND, id)?;
    let net = store.networks.get_mut(id)?;
    if let Some(name) = req.name {
        net.name = name;
    }
    if let Some(labels) = req.labels {
        net.labels = labels;
    }
    if let Some(expose) = req.expose_routes_to_vswitch {
        net.expose_routes_to_vswitch = expose;
    }
    reply(store, id)
}

fn delete(store: &mut Store, call: &Call) -> Answer {
    let id = call.id("id")?;
    let net = store.networks.get(id)?;
    if net.protection.delete {
        return Err(ApiFail::protected("network", id));
    }
    store.check_unlocked(KIND, id)?;
    store.networks.remove(id)?;
    // Attached resources are detached automatically.
    for s in store.servers.rows.values_mut() {
        s.private_net.retain(|p| p.network != Some(id));
    }
    for lb in store.load_balancers.rows.values_mut() {
        lb.private_net.retain(|p| p.network != id);
    }
    Ok(Reply::no_content())
}

/// Checks the Network exists and no other change runs on it, applies `change`, and answers
/// the action `command`.
fn act(
    store: &mut Store,
    call: &Call,
    command: &str,
    change: impl FnOnce(&Store, &mut Network) -> Result<(), ApiFail>,
) -> Answer {
    let id = call.id("id")?;
    let mut net = store.networks.get(id)?.clone();
    check_no_conflict(store, KIND, id)?;
    change(store, &mut net)?;
    store.networks.insert(net);
    let action = store.start_action(command, &[(KIND, id)], Vec::new(), call.now);
    Ok(Reply::created(&ActionResponse { action }))
}

fn add_route(store: &mut Store, call: &Call) -> Answer {
    let req: AddNetworkRouteRequest = call.body()?;
    act(store, call, "add_route", |_, net| {
        let route = new_route(net, &req)?;
        net.routes.push(route);
        Ok(())
    })
}

fn delete_route(store: &mut Store, call: &Call) -> Answer {
    let req: DeleteNetworkRouteRequest = call.body()?;
    act(store, call, "delete_route", |_, net| {
        let dest = ipnet::parse_v4_net("destination", &req.destination)?;
        let gw = ipnet::parse_v4("gateway", &req.gateway)?;
        let before = net.routes.len();
        net.routes.retain(|r| {
            !(route_dest(r) == Some(dest)
                && r.gateway.parse::<Ipv4Addr>().map(u32::from).ok() == Some(gw))
        });
        if net.routes.len() == before {
            return Err(ApiFail::invalid_input(
                "destination",
                &format!("no route to {dest} via {} in this network", req.gateway),
            ));
        }
        Ok(())
    })
}

fn add_subnet(store: &mut Store, call: &Call) -> Answer {
    let req: AddNetworkSubnetRequest = call.body()?;
    act(store, call, "add_subnet", |store, net| {
        let sub = new_subnet(store, net, &req)?;
        net.subnets.push(sub);
        Ok(())
    })
}

fn delete_subnet(store: &mut Store, call: &Call) -> Answer {
    let req: DeleteNetworkSubnetRequest = call.body()?;
    act(store, call, "delete_subnet", |store, net| {
        let range = ipnet::parse_v4_net("ip_range", &req.ip_range)?;
        let index = net
            .subnets
            .iter()
            .position(|s| subnet_range(s) == Some(range))
            .ok_or_else(|| {
                ApiFail::invalid_input("ip_range", &format!("no subnet {range} in this network"))
            })?;
        let inside = |ip: &str| {
            ip.parse::<Ipv4Addr>()
                .is_ok_and(|a| range.contains_addr(u32::from(a)))
        };
        let used = store.servers.values().any(|s| {
            s.private_net
                .iter()
                .any(|p| p.network == Some(net.id) && p.ip.as_deref().is_some_and(inside))
        }) || store.load_balancers.values().any(|lb| {
            lb.private_net
                .iter()
                .any(|p| p.network == net.id && inside(&p.ip))
        });
        if used {
            return Err(ApiFail::specific(
                "resource_in_use",
                &format!("subnet {range} has attached resources: detach them first"),
            ));
        }
        net.subnets.remove(index);
        Ok(())
    })
}

fn change_ip_range(store: &mut Store, call: &Call) -> Answer {
    let req: ChangeNetworkIpRangeRequest = call.body()?;
    act(store, call, "change_ip_range", |_, net| {
        let new = network_range("ip_range", &req.ip_range)?;
        let old = network_range("ip_range", &net.ip_range)?;
        if new.addr != old.addr {
            return Err(ApiFail::invalid_input(
                "ip_range",
                &format!(
                    "the range must keep starting at {}: only the netmask may change",
                    Ipv4Addr::from(old.addr)
                ),
            ));
        }
        if new.len > old.len {
            return Err(ApiFail::invalid_input(
                "ip_range",
                "the range can only be extended, never shrunk",
            ));
        }
        net.ip_range = new.to_string();
        Ok(())
    })
}

fn change_protection(store: &mut Store, call: &Call) -> Answer {
    let req: ChangeNetworkProtectionRequest = call.body()?;
    act(store, call, "change_protection", |_, net| {
        if let Some(delete) = req.delete {
            net.protection.delete = delete;
        }
        Ok(())
    })
}
