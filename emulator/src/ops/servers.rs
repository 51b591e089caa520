//! Servers: list, create (with its Primary IPs, networks, volumes, firewalls and placement
//! group), get, update, delete. The server actions are in `servers_actions.rs`, metrics in
//! `server_metrics.rs`.
//!
//! A server's links to other resources are kept where the other resource keeps them
//! (`primary_ip.assignee_id`, `volume.server`, `floating_ip.server`, `placement_group.servers`,
//! firewall `applied_to`, load balancer targets) and copied into the server row by [`sync_all`]
//! before every server operation, so changes made by the other families show up here.

use super::common::{check_labels, enum_filter, invalid};
use super::server_addresses::{
    cidrs_overlap, default_dns_ptr, mac_address, new_primary_ip, parse_cidr, pick_private_ip,
};
use super::{server_metrics, servers_actions, Handler};
use crate::actions::Effect;
use crate::call::{Answer, ApiFail, Call, Reply};
use crate::list;
use crate::store::{Resource, Store, Table};
use chrono::{DateTime, Utc};
use hetzcloud::models::*;
use hetzcloud::IdOrName;
use md5::{Digest, Md5};
use serde_json::{json, Value};
use std::sync::atomic::{AtomicU64, Ordering};

pub fn route(op_id: &str) -> Option<Handler> {
    let f: Handler = match op_id {
        "list_servers" => list,
        "create_server" => create,
        "get_server" => get,
        "update_server" => update,
        "delete_server" => delete,
        "get_server_metrics" => server_metrics::get_metrics,
        other => return servers_actions::route(other),
    };
    Some(f)
}

const STATUSES: &[&str] = &[
    "running",
    "initializing",
    "starting",
    "stopping",
    "off",
    "deleting",
    "migrating",
    "rebuilding",
    "unknown",
];

/// Cloud-init user data is limited to 32 KiB.
pub(super) const USER_DATA_LIMIT: usize = 32 * 1024;

/// Servers in a spread placement group.
pub(super) const SPREAD_LIMIT: usize = 10;

// ---------------------------------------------------------------------------------------------
// Keeping server rows in step with the other tables

/// Copies every server's links (IPs, volumes, floating IPs, firewalls, load balancers,
/// placement group, networks, image, lock) from the tables that own them into the rows.
pub fn sync_all(store: &mut Store) {
    let servers = &store.servers.rows;
    store
        .server_secrets
        .retain(|id, _| servers.contains_key(id));
    let ids: Vec<i64> = store.servers.rows.keys().copied().collect();
    for id in ids {
        let fresh = match store.servers.rows.get(&id) {
            Some(s) => refreshed(store, s),
            None => continue,
        };
        store.servers.rows.insert(id, fresh);
    }
}

/// The server as the API shows it now.
fn refreshed(store: &Store, s: &Server) -> Server {
    let mut s = s.clone();
    let id = s.id;
    s.locked = store.check_unlocked("server", id).is_err();
    if !s.locked && is_transitional(&s.status) {
        // The action that was to end this state failed: back to where the server was.
        s.status = secrets(store, id)
            .before
            .map(|b| ServerStatus::from(b.as_str()))
            .filter(|b| !is_transitional(b))
            .unwrap_or(match s.status {
                ServerStatus::Stopping | ServerStatus::Deleting => ServerStatus::Running,
                _ => ServerStatus::Off,
            });
    }
    let primary = |kind: FloatingIpType| {
        store
            .primary_ips
            .values()
            .find(|p| p.assignee_id == Some(id) && p.r#type == kind)
    };
    let ipv4 = primary(FloatingIpType::Ipv4).map(|p| ServerPublicNetIpv4 {
        id: Some(p.id),
        ip: p.ip.clone(),
        blocked: p.blocked,
        dns_ptr: p
            .dns_ptr
            .iter()
            .find(|d| d.ip == p.ip)
            .map(|d| d.dns_ptr.clone())
            .unwrap_or_else(|| default_dns_ptr(&p.ip)),
    });
    let ipv6 = primary(FloatingIpType::Ipv6).map(|p| ServerPublicNetIpv6 {
        id: Some(p.id),
        ip: p.ip.clone(),
        blocked: p.blocked,
        dns_ptr: Some(p.dns_ptr.clone()),
    });
    // Addresses backed by a Primary IP (they carry its `id`) follow it; an address without
    // one (loaded through `/_emulator/state`) stays as it was given.
    if ipv4.is_some() || s.public_net.ipv4.as_ref().is_some_and(|v| v.id.is_some()) {
        s.public_net.ipv4 = ipv4;
    }
    if ipv6.is_some() || s.public_net.ipv6.as_ref().is_some_and(|v| v.id.is_some()) {
        s.public_net.ipv6 = ipv6;
    }
    s.public_net.floating_ips = store
        .floating_ips
        .values()
        .filter(|f| f.server == Some(id))
        .map(|f| f.id)
        .collect();
    s.public_net.firewalls = Some(
        store
            .firewalls
            .values()
            .filter(|f| firewall_applies(f, &s))
            .map(|f| ServerPublicNetFirewall {
                id: Some(f.id),
                status: Some(ServerPublicNetFirewallStatus::Applied),
            })
            .collect(),
    );
    s.private_net.retain(|p| {
        p.network
            .is_some_and(|n| store.networks.rows.contains_key(&n))
    });
    s.volumes = Some(
        store
            .volumes
            .values()
            .filter(|v| v.server == Some(id))
            .map(|v| v.id)
            .collect(),
    );
    s.load_balancers = Some(
        store
            .load_balancers
            .values()
            .filter(|lb| lb.targets.iter().any(|t| targets_server(t, id)))
            .map(|lb| lb.id)
            .collect(),
    );
    // Membership is the server row's (as loaded or set by the actions) or the group's list.
    s.placement_group = s
        .placement_group
        .as_ref()
        .and_then(|pg| store.placement_groups.rows.get(&pg.id))
        .or_else(|| {
            store
                .placement_groups
                .values()
                .find(|pg| pg.servers.contains(&id))
        })
        .cloned();
    if let Some(fresh) = s.image.as_ref().and_then(|i| store.images.rows.get(&i.id)) {
        s.image = Some(fresh.clone());
    }
    s
}

fn firewall_applies(f: &Firewall, s: &Server) -> bool {
    f.applied_to.iter().any(|a| {
        a.server.as_ref().is_some_and(|srv| srv.id == s.id)
            || a.label_selector.as_ref().is_some_and(|sel| {
                hetzcloud::labels::Selector::parse(&sel.selector)
                    .map(|sel| sel.matches(&s.labels))
                    .unwrap_or(false)
            })
    })
}

fn targets_server(t: &LoadBalancerTarget, id: i64) -> bool {
    t.server.as_ref().is_some_and(|s| s.id == id)
        || t.targets
            .as_ref()
            .is_some_and(|ts| ts.iter().any(|inner| inner.server.id == id))
}

/// A server by ID, fresh (after [`sync_all`]).
pub(super) fn server(store: &Store, id: i64) -> Result<Server, ApiFail> {
    store.servers.get(id).cloned()
}

// ---------------------------------------------------------------------------------------------
// Small helpers shared with the action handlers

/// A reference-data row (server type, location, ISO, ...) by ID or name.
pub(super) fn lookup<'a, T: Resource>(
    table: &'a Table<T>,
    field: &str,
    value: &str,
) -> Result<&'a T, ApiFail> {
    if value.trim().is_empty() {
        return Err(ApiFail::invalid_input(field, "must not be empty"));
    }
    table.by_id_or_name(field, &IdOrName::from(value.trim()))
}

/// An image usable for a server of `arch`: by ID, or by name (names are per architecture).
pub(super) fn image_for(
    store: &Store,
    value: &str,
    arch: &ImageArchitecture,
    disk: f64,
) -> Result<Image, ApiFail> {
    let image = match IdOrName::from(value.trim()) {
        IdOrName::Id(id) => store.images.get(id)?,
        IdOrName::Name(name) => {
            let named = || {
                store
                    .images
                    .values()
                    .filter(|i| i.name.as_deref() == Some(&name))
            };
            named()
                .find(|i| &i.architecture == arch && i.deleted.is_none())
                .or_else(|| named().next())
                .ok_or_else(|| {
                    ApiFail::invalid_input("image", &format!("image `{name}` not found"))
                })?
        }
    };
    if image.deleted.is_some() || image.status != ImageStatus::Available {
        return Err(ApiFail::invalid_input(
            "image",
            &format!("image {} is not available", image.id),
        ));
    }
    if &image.architecture != arch {
        return Err(ApiFail::invalid_input(
            "image",
            &format!(
                "image {} is for architecture {}, the server type is {}",
                image.id,
                image.architecture.as_str(),
                arch.as_str()
            ),
        ));
    }
    if image.disk_size > disk {
        return Err(ApiFail::invalid_input(
            "image",
            &format!(
                "image disk size of {} GB is bigger than the server type disk of {} GB",
                image.disk_size, disk
            ),
        ));
    }
    Ok(image.clone())
}

fn is_transitional(status: &ServerStatus) -> bool {
    matches!(
        status,
        ServerStatus::Initializing
            | ServerStatus::Starting
            | ServerStatus::Stopping
            | ServerStatus::Deleting
            | ServerStatus::Migrating
            | ServerStatus::Rebuilding
    )
}

/// Sets a transitional status now (`starting`, ...), remembering the one it replaces for when
/// the action fails.
pub(super) fn set_status(store: &mut Store, id: i64, status: ServerStatus) {
    let Some(s) = store.servers.rows.get_mut(&id) else {
        return;
    };
    let before = std::mem::replace(&mut s.status, status);
    let mut sec = secrets(store, id);
    sec.before = Some(before.as_str().to_owned());
    set_secrets(store, id, &sec);
}

/// An effect that sets the server's status when the action succeeds.
pub(super) fn status_effect(id: i64, status: &str) -> Effect {
    Effect::patch("servers", id, json!({ "status": status }))
}

/// A random-looking secret (passwords, console tokens).
pub(super) fn secret(len: usize) -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let nanos = Utc::now().timestamp_nanos_opt().unwrap_or_default();
    let mut out = String::with_capacity(len);
    for round in 0..(len / 16 + 1) {
        let digest = Md5::digest(format!("{n}:{nanos}:{round}").as_bytes());
        for b in digest {
            if out.len() < len {
                out.push(ALPHABET[b as usize % ALPHABET.len()] as char);
            }
        }
    }
    out
}

/// What a server keeps that the API does not show: user data and the SSH keys it was created
/// with (stored as JSON in `store.server_secrets`).
#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
pub(super) struct Secrets {
    #[serde(default)]
    pub user_data: Option<String>,
    #[serde(default)]
    pub ssh_keys: Vec<i64>,
    /// The status before the running action's transitional one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<String>,
}

pub(super) fn secrets(store: &Store, id: i64) -> Secrets {
    store
        .server_secrets
        .get(&id)
        .and_then(|s| serde_json::from_str(s).ok())
        .unwrap_or_default()
}

pub(super) fn set_secrets(store: &mut Store, id: i64, secrets: &Secrets) {
    store.server_secrets.insert(
        id,
        serde_json::to_string(secrets).expect("secrets serialize"),
    );
}

pub(super) fn check_user_data(user_data: Option<&str>) -> Result<(), ApiFail> {
    match user_data {
        Some(u) if u.len() > USER_DATA_LIMIT => {
            Err(ApiFail::invalid_input("user_data", "is longer than 32 KiB"))
        }
        _ => Ok(()),
    }
}

/// Included traffic of a server type in a location.
pub(super) fn included_traffic(st: &ServerType, location: &Location) -> Option<i64> {
    st.prices
        .iter()
        .find(|p| p.location == location.name)
        .or_else(|| st.prices.first())
        .map(|p| p.included_traffic)
}

/// Whether the server type can be ordered in the location: `None` when it can, else the error.
pub(super) fn type_unavailable(
    st: &ServerType,
    location: &Location,
    now: DateTime<Utc>,
) -> Option<ApiFail> {
    match st.locations.iter().find(|l| l.id == location.id) {
        None => Some(ApiFail::invalid_input(
            "server_type",
            &format!(
                "unsupported location `{}` for server type `{}`",
                location.name, st.name
            ),
        )),
        Some(l)
            if !l.available
                || l.deprecation
                    .as_ref()
                    .is_some_and(|d| d.unavailable_after <= now) =>
        {
            Some(ApiFail::new(
                412,
                "resource_unavailable",
                &format!(
                    "server type `{}` is unavailable in location `{}`",
                    st.name, location.name
                ),
            ))
        }
        Some(_) => None,
    }
}

// ---------------------------------------------------------------------------------------------
// Operations

// Reads need no refresh: links are reconciled after every write and finished action.
fn list(store: &mut Store, call: &Call) -> Answer {
    let statuses = enum_filter(call, "status", STATUSES)?;
    let Store {
        servers, rendered, ..
    } = store;
    let (servers, meta, link) = list::page_refs(servers.values(), call, |s| {
        Ok(statuses.is_empty() || statuses.contains(&s.status.as_str()))
    })?;
    Ok(list::reply_rendered(
        "servers", &servers, &meta, link, rendered,
    ))
}

fn get(store: &mut Store, call: &Call) -> Answer {
    let server = server(store, call.id("id")?)?;
    Ok(Reply::ok(&GetServerResponse {
        server: Some(server),
    }))
}

fn check_hostname(name: &str) -> Result<(), ApiFail> {
    hetzcloud::labels::validate_hostname("name", name).map_err(invalid)
}

fn update(store: &mut Store, call: &Call) -> Answer {
    sync_all(store);
    let id = call.id("id")?;
    let req: UpdateServerRequest = call.body()?;
    store.servers.get(id)?;
    if let Some(name) = &req.name {
        check_hostname(name)?;
        store.servers.check_unique_name(name, Some(id))?;
    }
    check_labels(req.labels.as_ref())?;
    let s = store.servers.get_mut(id)?;
    if let Some(name) = req.name {
        s.name = name;
    }
    if let Some(labels) = req.labels {
        s.labels = labels;
    }
    sync_all(store);
    Ok(Reply::ok(&GetServerResponse {
        server: Some(server(store, id)?),
    }))
}

/// The body with IDs given as JSON numbers turned into the strings the request type expects
/// (`"image": 42`, `"ssh_keys": [1, "name"]`).
fn normalized(call: &Call, raw: &Value, fields: &[&str], lists: &[&str]) -> Call {
    let mut v = raw.clone();
    if let Some(obj) = v.as_object_mut() {
        for f in fields {
            if let Some(x) = obj.get_mut(*f) {
                if x.is_number() {
                    *x = Value::String(x.to_string());
                }
            }
        }
        for f in lists {
            if let Some(Value::Array(items)) = obj.get_mut(*f) {
                for x in items.iter_mut().filter(|x| x.is_number()) {
                    *x = Value::String(x.to_string());
                }
            }
        }
    }
    Call {
        op: call.op,
        path: call.path.clone(),
        query: call.query.clone(),
        body: serde_json::to_vec(&v).expect("JSON").into(),
        now: call.now,
    }
}

/// The location a new server goes to: `location`, or the one of `datacenter`, or the first
/// where the server type can be ordered.
fn location_for(
    store: &Store,
    req: &CreateServerRequest,
    datacenter: Option<&str>,
    st: &ServerType,
    now: DateTime<Utc>,
) -> Result<Location, ApiFail> {
    match (req.location.as_deref(), datacenter) {
        (Some(_), Some(_)) => Err(ApiFail::invalid_input(
            "location",
            "location and datacenter are mutually exclusive",
        )),
        (Some(l), None) => Ok(lookup(&store.reference.locations, "location", l)?.clone()),
        (None, Some(d)) => {
            let dc = lookup(&store.reference.datacenters, "datacenter", d)?;
            Ok(store
                .reference
                .locations
                .rows
                .get(&dc.location.id)
                .cloned()
                .unwrap_or_else(|| dc.location.clone()))
        }
        (None, None) => {
            let usable = |l: &&Location| type_unavailable(st, l, now).is_none();
            st.locations
                .iter()
                .filter_map(|l| store.reference.locations.rows.get(&l.id))
                .find(usable)
                .or_else(|| store.reference.locations.values().find(usable))
                .cloned()
                .ok_or_else(|| {
                    ApiFail::new(
                        412,
                        "resource_unavailable",
                        &format!("server type `{}` is not available in any location", st.name),
                    )
                })
        }
    }
}

fn create(store: &mut Store, call: &Call) -> Answer {
    sync_all(store);
    let raw: Value = call.body()?;
    let datacenter = match raw.get("datacenter") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Number(n)) => Some(n.to_string()),
        Some(_) => {
            return Err(ApiFail::invalid_input(
                "datacenter",
                "must be an ID or a name",
            ))
        }
    };
    let req: CreateServerRequest = normalized(
        call,
        &raw,
        &["image", "server_type", "location"],
        &["ssh_keys"],
    )
    .body()?;

    check_hostname(&req.name)?;
    store.servers.check_unique_name(&req.name, None)?;
    check_labels(req.labels.as_ref())?;
    check_user_data(req.user_data.as_deref())?;
    let st = lookup(
        &store.reference.server_types,
        "server_type",
        &req.server_type,
    )?
    .clone();
    let location = location_for(store, &req, datacenter.as_deref(), &st, call.now)?;
    if let Some(e) = type_unavailable(&st, &location, call.now) {
        return Err(e);
    }
    let image = image_for(store, &req.image, &st.architecture, st.disk)?;

    let mut ssh_keys = Vec::new();
    for k in req.ssh_keys.iter().flatten() {
        let key = store
            .ssh_keys
            .by_id_or_name("ssh_keys", &IdOrName::from(k.trim()))?;
        if !ssh_keys.contains(&key.id) {
            ssh_keys.push(key.id);
        }
    }
    if let Some(pg) = req.placement_group {
        let pg = store.placement_groups.get(pg)?;
        if pg.servers.len() >= SPREAD_LIMIT {
            return Err(ApiFail::specific(
                "placement_error",
                &format!(
                    "placement group {} already holds {SPREAD_LIMIT} servers",
                    pg.id
                ),
            ));
        }
    }
    let volumes: Vec<i64> = dedup(req.volumes.iter().flatten().copied());
    for v in &volumes {
        let vol = store.volumes.get(*v)?;
        if vol.location.id != location.id {
            return Err(ApiFail::invalid_input(
                "volumes",
                &format!(
                    "volume {v} is in location {}, the server in {}",
                    vol.location.name, location.name
                ),
            ));
        }
        if vol.server.is_some() {
            return Err(ApiFail::invalid_input(
                "volumes",
                &format!("volume {v} is already attached to a server"),
            ));
        }
        store.check_unlocked("volume", *v)?;
    }
    let networks: Vec<i64> = dedup(req.networks.iter().flatten().copied());
    for (i, n) in networks.iter().enumerate() {
        let net = store.networks.get(*n)?;
        for other in &networks[..i] {
            let other = store.networks.get(*other)?;
            if let (Some(a), Some(b)) = (parse_cidr(&net.ip_range), parse_cidr(&other.ip_range)) {
                if cidrs_overlap(a, b) {
                    return Err(ApiFail::specific(
                        "networks_overlap",
                        &format!("networks {} and {} overlap", other.id, net.id),
                    ));
                }
            }
        }
    }
    let firewalls: Vec<i64> = dedup(req.firewalls.iter().flatten().map(|f| f.firewall));
    for f in &firewalls {
        store.firewalls.get(*f)?;
    }

    let public = req.public_net.clone().unwrap_or_default();
    let want_v4 = public.ipv4.is_some() || public.enable_ipv4.unwrap_or(true);
    let want_v6 = public.ipv6.is_some() || public.enable_ipv6.unwrap_or(true);
    for (field, given, kind) in [
        ("public_net.ipv4", public.ipv4, FloatingIpType::Ipv4),
        ("public_net.ipv6", public.ipv6, FloatingIpType::Ipv6),
    ] {
        let Some(pid) = given else { continue };
        let p = store.primary_ips.get(pid)?;
        if p.r#type != kind {
            return Err(ApiFail::new(
                412,
                "primary_ip_version_mismatch",
                &format!(
                    "{field}: Primary IP {pid} is an {} address",
                    p.r#type.as_str()
                ),
            ));
        }
        if p.assignee_id.is_some() {
            return Err(ApiFail::specific(
                "primary_ip_assigned",
                &format!("Primary IP {pid} is already assigned"),
            ));
        }
        if p.location.id != location.id {
            return Err(ApiFail::specific(
                "primary_ip_datacenter_mismatch",
                &format!(
                    "Primary IP {pid} is in {}, the server in {}",
                    p.location.name, location.name
                ),
            ));
        }
        store.check_unlocked("primary_ip", pid)?;
    }
    if !want_v4 && !want_v6 && networks.is_empty() {
        return Err(ApiFail::invalid_input(
            "networks",
            "a server without public IPs must be attached to a network",
        ));
    }
    store.check_limit(store.servers.rows.len(), "Server")?;
    let new_ips = usize::from(want_v4 && public.ipv4.is_none())
        + usize::from(want_v6 && public.ipv6.is_none());
    if new_ips > 0 {
        store.check_limit(store.primary_ips.rows.len() + new_ips - 1, "Primary IP")?;
    }

    // Everything is checked: create the server and link the rest to it.
    let id = store.next_id();
    let mut private_net = Vec::new();
    for n in &networks {
        let net = store.networks.get(*n)?.clone();
        let ip = pick_private_ip(store, &net, &location.network_zone, id, None, None)?;
        private_net.push(ServerPrivateNet {
            network: Some(*n),
            ip: Some(ip),
            alias_ips: Some(Vec::new()),
            mac_address: Some(mac_address(id, *n)),
        });
    }
    let row = Server {
        id,
        name: req.name.clone(),
        status: ServerStatus::Initializing,
        created: call.now,
        public_net: ServerPublicNet {
            ipv4: None,
            ipv6: None,
            floating_ips: Vec::new(),
            firewalls: Some(Vec::new()),
        },
        private_net,
        server_type: st.clone(),
        location: location.clone(),
        image: Some(image),
        iso: None,
        rescue_enabled: false,
        locked: false,
        backup_window: None,
        outgoing_traffic: Some(0),
        ingoing_traffic: Some(0),
        included_traffic: included_traffic(&st, &location),
        protection: ServerProtection {
            delete: false,
            rebuild: false,
        },
        labels: req.labels.clone().unwrap_or_default(),
        volumes: Some(Vec::new()),
        load_balancers: Some(Vec::new()),
        primary_disk_size: st.disk,
        placement_group: None,
    };
    store.servers.insert(row);

    for (given, wanted, kind) in [
        (public.ipv4, want_v4, FloatingIpType::Ipv4),
        (public.ipv6, want_v6, FloatingIpType::Ipv6),
    ] {
        match given {
            Some(pid) => {
                if let Some(p) = store.primary_ips.rows.get_mut(&pid) {
                    p.assignee_id = Some(id);
                    p.assignee_type = FirewallAppliedToResourceType::Server;
                }
            }
            None if wanted => {
                let p = new_primary_ip(store, kind, id, &location, call.now);
                store.primary_ips.insert(p);
            }
            None => {}
        }
    }
    for n in &networks {
        if let Some(net) = store.networks.rows.get_mut(n) {
            if !net.servers.contains(&id) {
                net.servers.push(id);
            }
        }
    }
    for v in &volumes {
        if let Some(vol) = store.volumes.rows.get_mut(v) {
            vol.server = Some(id);
        }
    }
    for f in &firewalls {
        if let Some(fw) = store.firewalls.rows.get_mut(f) {
            let already = fw
                .applied_to
                .iter()
                .any(|a| a.server.as_ref().is_some_and(|s| s.id == id));
            if !already {
                fw.applied_to.push(FirewallAppliedTo {
                    r#type: FirewallAppliedToType::Server,
                    server: Some(FirewallAppliedToServer { id }),
                    label_selector: None,
                    applied_to_resources: None,
                });
            }
        }
    }
    if let Some(pg) = req.placement_group {
        if let Some(pg) = store.placement_groups.rows.get_mut(&pg) {
            pg.servers.push(id);
        }
    }
    set_secrets(
        store,
        id,
        &Secrets {
            user_data: req.user_data.clone(),
            ssh_keys: ssh_keys.clone(),
            before: None,
        },
    );

    let start = req.start_after_create.unwrap_or(true);
    let action = store.start_action(
        "create_server",
        &[("server", id)],
        vec![status_effect(id, "off")],
        call.now,
    );
    let mut next_actions = Vec::new();
    if start {
        next_actions.push(store.start_action(
            "start_server",
            &[("server", id)],
            vec![status_effect(id, "running")],
            call.now,
        ));
    }
    for v in &volumes {
        next_actions.push(store.start_action(
            "attach_volume",
            &[("server", id), ("volume", *v)],
            Vec::new(),
            call.now,
        ));
    }
    sync_all(store);
    Ok(Reply::created(&CreateServerResponse {
        server: server(store, id)?,
        action,
        next_actions,
        root_password: ssh_keys.is_empty().then(|| secret(20)),
    }))
}

fn dedup(items: impl Iterator<Item = i64>) -> Vec<i64> {
    let mut out = Vec::new();
    for i in items {
        if !out.contains(&i) {
            out.push(i);
        }
    }
    out
}

fn delete(store: &mut Store, call: &Call) -> Answer {
    sync_all(store);
    let id = call.id("id")?;
    let s = store.servers.get(id)?;
    if s.protection.delete {
        return Err(ApiFail::protected("Server", id));
    }
    store.check_unlocked("server", id)?;
    release(store, id);
    set_status(store, id, ServerStatus::Deleting);
    let action = store.start_action(
        "delete_server",
        &[("server", id)],
        vec![Effect::Delete {
            table: "servers".into(),
            id,
        }],
        call.now,
    );
    Ok(Reply::ok(&DeleteServerResponse {
        action: Some(action),
    }))
}

/// Detaches everything from a server that is being deleted: its auto-delete Primary IPs and
/// backups go, the rest is unassigned.
fn release(store: &mut Store, id: i64) {
    let doomed: Vec<i64> = store
        .primary_ips
        .values()
        .filter(|p| p.assignee_id == Some(id) && p.auto_delete)
        .map(|p| p.id)
        .collect();
    for p in doomed {
        store.primary_ips.rows.remove(&p);
    }
    for p in store.primary_ips.rows.values_mut() {
        if p.assignee_id == Some(id) {
            p.assignee_id = None;
        }
    }
    for f in store.floating_ips.rows.values_mut() {
        if f.server == Some(id) {
            f.server = None;
        }
    }
    for v in store.volumes.rows.values_mut() {
        if v.server == Some(id) {
            v.server = None;
        }
    }
    for n in store.networks.rows.values_mut() {
        n.servers.retain(|s| *s != id);
    }
    for pg in store.placement_groups.rows.values_mut() {
        pg.servers.retain(|s| *s != id);
    }
    for fw in store.firewalls.rows.values_mut() {
        fw.applied_to
            .retain(|a| a.server.as_ref().is_none_or(|s| s.id != id));
    }
    for lb in store.load_balancers.rows.values_mut() {
        lb.targets
            .retain(|t| t.server.as_ref().is_none_or(|s| s.id != id));
    }
    let backups: Vec<i64> = store
        .images
        .values()
        .filter(|i| i.r#type == ImageType::Backup && i.bound_to == Some(id))
        .map(|i| i.id)
        .collect();
    for b in backups {
        store.images.rows.remove(&b);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_differ() {
        assert_eq!(secret(20).len(), 20);
        assert_ne!(secret(20), secret(20));
    }
}
