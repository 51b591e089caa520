//! Server actions (`POST /servers/{id}/actions/...`): power, rebuild, type changes, images,
//! ISOs, rescue, backups, networks, placement groups, DNS, protection, console, password.
//!
//! Status changes go through a transitional state set at once (`starting`, `stopping`,
//! `migrating`, `rebuilding`) and the final state applied when the action succeeds. Links to
//! other resources (networks, placement groups) change at once; the action only reports them.

use super::server_addresses::{
    check_alias_ips, check_overlap, default_dns_ptr, in_ipv6_net, mac_address, pick_private_ip,
};
use super::servers::{
    check_user_data, image_for, included_traffic, lookup, secret, secrets, server, set_secrets,
    set_status, status_effect, sync_all, type_unavailable, SPREAD_LIMIT,
};
use super::Handler;
use crate::actions::Effect;
use crate::call::{Answer, ApiFail, Call, Reply};
use crate::store::Store;
use hetzcloud::models::*;
use serde_json::json;

pub fn route(op_id: &str) -> Option<Handler> {
    let f: Handler = match op_id {
        "add_server_to_placement_group" => add_to_placement_group,
        "attach_server_iso" => attach_iso,
        "attach_server_to_network" => attach_to_network,
        "change_server_alias_ips" => change_alias_ips,
        "change_server_dns_ptr" => change_dns_ptr,
        "change_server_protection" => change_protection,
        "change_server_type" => change_type,
        "create_server_image" => create_image,
        "detach_server_from_network" => detach_from_network,
        "detach_server_iso" => detach_iso,
        "disable_server_backup" => disable_backup,
        "disable_server_rescue" => disable_rescue,
        "enable_server_backup" => enable_backup,
        "enable_server_rescue" => enable_rescue,
        "poweroff_server" => power_off,
        "poweron_server" => power_on,
        "reboot_server" => reboot,
        "rebuild_server" => rebuild,
        "remove_server_from_placement_group" => remove_from_placement_group,
        "request_server_console" => request_console,
        "reset_server" => reset,
        "reset_server_password" => reset_password,
        "shutdown_server" => shutdown,
        _ => return None,
    };
    Some(f)
}

/// The server the path names, fresh.
fn target(store: &mut Store, call: &Call) -> Result<Server, ApiFail> {
    sync_all(store);
    server(store, call.id("id")?)
}

fn unlocked(store: &Store, id: i64) -> Result<(), ApiFail> {
    store.check_unlocked("server", id)
}

fn start(store: &mut Store, call: &Call, command: &str, id: i64, effects: Vec<Effect>) -> Action {
    store.start_action(command, &[("server", id)], effects, call.now)
}

fn answer(action: Action) -> Answer {
    Ok(Reply::created(&ActionResponse { action }))
}

/// An action that is over as soon as it starts (nothing to do), unless it is set to fail.
fn finished_at_once(store: &mut Store, mut action: Action) -> Action {
    let fails = store
        .pending
        .get(&action.id)
        .is_none_or(|p| p.fail.is_some());
    if fails {
        return action;
    }
    store.pending.remove(&action.id);
    action.status = ActionStatus::Success;
    action.progress = 100;
    action.finished = Some(action.started);
    store.actions.insert(action.clone());
    action
}

/// An effect that replaces a whole object field of a server: a merge patch would keep keys
/// the new value leaves out, so those are patched to null.
fn replace(s: &Server, field: &str, value: serde_json::Value) -> Vec<Effect> {
    let old = serde_json::to_value(s)
        .ok()
        .and_then(|v| v.get(field).cloned())
        .unwrap_or(serde_json::Value::Null);
    vec![Effect::patch(
        "servers",
        s.id,
        json!({ field: replacing(&old, value) }),
    )]
}

/// `new`, plus a null for every key of `old` it lacks (recursively).
fn replacing(old: &serde_json::Value, new: serde_json::Value) -> serde_json::Value {
    match (old, new) {
        (serde_json::Value::Object(o), serde_json::Value::Object(mut n)) => {
            for (k, ov) in o {
                match n.remove(k) {
                    Some(nv) => {
                        n.insert(k.clone(), replacing(ov, nv));
                    }
                    None => {
                        n.insert(k.clone(), serde_json::Value::Null);
                    }
                }
            }
            serde_json::Value::Object(n)
        }
        (_, new) => new,
    }
}

fn not_stopped(s: &Server) -> ApiFail {
    ApiFail::specific(
        "server_not_stopped",
        &format!(
            "server {} must be off for this action (it is {})",
            s.id,
            s.status.as_str()
        ),
    )
}

// ---------------------------------------------------------------------------------------------
// Power

fn power_on(store: &mut Store, call: &Call) -> Answer {
    let s = target(store, call)?;
    unlocked(store, s.id)?;
    let effects = if s.status == ServerStatus::Running {
        Vec::new()
    } else {
        set_status(store, s.id, ServerStatus::Starting);
        vec![status_effect(s.id, "running")]
    };
    answer(start(store, call, "start_server", s.id, effects))
}

fn stop(store: &mut Store, call: &Call, command: &str) -> Answer {
    let s = target(store, call)?;
    unlocked(store, s.id)?;
    let effects = if s.status == ServerStatus::Off {
        Vec::new()
    } else {
        set_status(store, s.id, ServerStatus::Stopping);
        vec![status_effect(s.id, "off")]
    };
    answer(start(store, call, command, s.id, effects))
}

fn power_off(store: &mut Store, call: &Call) -> Answer {
    stop(store, call, "stop_server")
}

fn shutdown(store: &mut Store, call: &Call) -> Answer {
    stop(store, call, "shutdown_server")
}

fn reboot(store: &mut Store, call: &Call) -> Answer {
    let s = target(store, call)?;
    unlocked(store, s.id)?;
    // A soft reboot of a server that is off does nothing.
    let effects = if s.status == ServerStatus::Off {
        Vec::new()
    } else {
        set_status(store, s.id, ServerStatus::Starting);
        vec![status_effect(s.id, "running")]
    };
    answer(start(store, call, "reboot_server", s.id, effects))
}

fn reset(store: &mut Store, call: &Call) -> Answer {
    let s = target(store, call)?;
    unlocked(store, s.id)?;
    set_status(store, s.id, ServerStatus::Starting);
    let effects = vec![status_effect(s.id, "running")];
    answer(start(store, call, "reset_server", s.id, effects))
}

// ---------------------------------------------------------------------------------------------
// Disk: rebuild, type, images

fn rebuild(store: &mut Store, call: &Call) -> Answer {
    let s = target(store, call)?;
    let req: RebuildServerRequest = call.body()?;
    if s.protection.rebuild {
        return Err(ApiFail::protected("Server", s.id));
    }
    check_user_data(req.user_data.as_deref())?;
    let image = image_for(
        store,
        &req.image,
        &s.server_type.architecture,
        s.primary_disk_size,
    )?;
    unlocked(store, s.id)?;
    let mut sec = secrets(store, s.id);
    if req.user_data.is_some() {
        sec.user_data = req.user_data;
        set_secrets(store, s.id, &sec);
    }
    set_status(store, s.id, ServerStatus::Rebuilding);
    let mut effects = replace(&s, "image", json!(image));
    effects.push(status_effect(s.id, "running"));
    let action = start(store, call, "rebuild_server", s.id, effects);
    Ok(Reply::created(&RebuildServerResponse {
        root_password: sec.ssh_keys.is_empty().then(|| secret(20)),
        action: Some(action),
    }))
}

fn change_type(store: &mut Store, call: &Call) -> Answer {
    let s = target(store, call)?;
    let req: ChangeServerTypeRequest = call.body()?;
    let st = lookup(
        &store.reference.server_types,
        "server_type",
        &req.server_type,
    )?
    .clone();
    unlocked(store, s.id)?;
    if s.status != ServerStatus::Off {
        return Err(not_stopped(&s));
    }
    let unfit = |why: String| ApiFail::specific("invalid_server_type", &why);
    if st.architecture != s.server_type.architecture {
        return Err(unfit(format!(
            "server type {} is for architecture {}, the server's is {}",
            st.name,
            st.architecture.as_str(),
            s.server_type.architecture.as_str()
        )));
    }
    if st.storage_type != s.server_type.storage_type {
        return Err(unfit(format!(
            "server type {} has {} storage, the server has {}",
            st.name,
            st.storage_type.as_str(),
            s.server_type.storage_type.as_str()
        )));
    }
    if st.disk < s.primary_disk_size {
        return Err(unfit(format!(
            "server type {} has a {} GB disk, smaller than the server's {} GB",
            st.name, st.disk, s.primary_disk_size
        )));
    }
    if let Some(e) = type_unavailable(&st, &s.location, call.now) {
        return Err(unfit(e.message));
    }
    let disk = if req.upgrade_disk {
        st.disk
    } else {
        s.primary_disk_size
    };
    set_status(store, s.id, ServerStatus::Migrating);
    let mut effects = replace(&s, "server_type", json!(st));
    effects.push(Effect::patch(
        "servers",
        s.id,
        json!({
            "status": "off",
            "primary_disk_size": disk,
            "included_traffic": included_traffic(&st, &s.location),
        }),
    ));
    answer(start(store, call, "change_server_type", s.id, effects))
}

/// Backups a server keeps; the oldest goes when a new one is made.
const BACKUP_SLOTS: usize = 7;

fn create_image(store: &mut Store, call: &Call) -> Answer {
    let s = target(store, call)?;
    let req: CreateServerImageRequest = call.body()?;
    super::common::check_labels(req.labels.as_ref())?;
    let kind = req
        .r#type
        .clone()
        .unwrap_or(CreateImageRequestType::Snapshot);
    let backup = match kind {
        CreateImageRequestType::Snapshot => false,
        CreateImageRequestType::Backup => true,
        CreateImageRequestType::Unrecognized(other) => {
            return Err(ApiFail::invalid_input(
                "type",
                &format!("`{other}` is not one of snapshot, backup"),
            ))
        }
    };
    if backup && s.backup_window.is_none() {
        return Err(ApiFail::invalid_input(
            "type",
            &format!("backups are not enabled for server {}", s.id),
        ));
    }
    unlocked(store, s.id)?;
    let own = store
        .images
        .values()
        .filter(|i| matches!(i.r#type, ImageType::Snapshot | ImageType::Backup))
        .count();
    if !backup {
        store.check_limit(own, "Image")?;
    }
    if backup {
        let mut backups: Vec<(chrono::DateTime<chrono::Utc>, i64)> = store
            .images
            .values()
            .filter(|i| i.r#type == ImageType::Backup && i.bound_to == Some(s.id))
            .map(|i| (i.created, i.id))
            .collect();
        backups.sort();
        let excess = (backups.len() + 1).saturating_sub(BACKUP_SLOTS);
        for (_, id) in backups.into_iter().take(excess) {
            store.images.rows.remove(&id);
        }
    }
    let (os_flavor, os_version) = s
        .image
        .as_ref()
        .map(|i| (i.os_flavor.clone(), i.os_version.clone()))
        .unwrap_or((ImageOsFlavor::Unknown, None));
    let id = store.next_id();
    let image = Image {
        id,
        r#type: if backup {
            ImageType::Backup
        } else {
            ImageType::Snapshot
        },
        status: ImageStatus::Creating,
        name: None,
        description: req
            .description
            .clone()
            .unwrap_or_else(|| format!("{}-{}", s.name, call.now.format("%Y%m%d%H%M%S"))),
        image_size: None,
        disk_size: s.primary_disk_size,
        created: call.now,
        created_from: Some(ImageCreatedFrom {
            id: s.id,
            name: s.name.clone(),
        }),
        bound_to: backup.then_some(s.id),
        os_flavor,
        os_version,
        rapid_deploy: Some(false),
        protection: Protection { delete: false },
        deprecated: None,
        deleted: None,
        labels: req.labels.clone().unwrap_or_default(),
        architecture: s.server_type.architecture.clone(),
    };
    store.images.insert(image.clone());
    // A plausible compressed size: a fraction of the disk, at least half a GB.
    let size = ((s.primary_disk_size * 0.06 * 100.0).round() / 100.0).max(0.5);
    let effects = vec![Effect::patch(
        "images",
        id,
        json!({"status": "available", "image_size": size}),
    )];
    let action = start(store, call, "create_image", s.id, effects);
    Ok(Reply::created(&CreateServerImageResponse {
        image: Some(image),
        action: Some(action),
    }))
}

// ---------------------------------------------------------------------------------------------
// ISO, rescue, backups

fn attach_iso(store: &mut Store, call: &Call) -> Answer {
    let s = target(store, call)?;
    let req: AttachServerIsoRequest = call.body()?;
    let iso = lookup(&store.reference.isos, "iso", &req.iso)?.clone();
    if iso
        .architecture
        .as_ref()
        .is_some_and(|a| *a != s.server_type.architecture)
    {
        return Err(ApiFail::invalid_input(
            "iso",
            &format!(
                "ISO {} is not for the server's architecture {}",
                iso.id,
                s.server_type.architecture.as_str()
            ),
        ));
    }
    unlocked(store, s.id)?;
    let effects = replace(&s, "iso", json!(iso));
    answer(start(store, call, "attach_iso", s.id, effects))
}

fn detach_iso(store: &mut Store, call: &Call) -> Answer {
    let s = target(store, call)?;
    unlocked(store, s.id)?;
    if s.iso.is_none() {
        let action = start(store, call, "detach_iso", s.id, Vec::new());
        return answer(finished_at_once(store, action));
    }
    let effects = vec![Effect::patch("servers", s.id, json!({"iso": null}))];
    answer(start(store, call, "detach_iso", s.id, effects))
}

fn enable_rescue(store: &mut Store, call: &Call) -> Answer {
    let s = target(store, call)?;
    let req: EnableServerRescueRequest = call.body()?;
    if let Some(EnableServerRescueRequestType::Unrecognized(other)) = &req.r#type {
        return Err(ApiFail::invalid_input(
            "type",
            &format!("`{other}` is not one of linux64"),
        ));
    }
    for k in req.ssh_keys.iter().flatten() {
        store.ssh_keys.get(*k)?;
    }
    unlocked(store, s.id)?;
    let effects = vec![Effect::patch(
        "servers",
        s.id,
        json!({"rescue_enabled": true}),
    )];
    let action = start(store, call, "enable_rescue", s.id, effects);
    Ok(Reply::created(&EnableServerRescueResponse {
        root_password: Some(secret(20)),
        action: Some(action),
    }))
}

fn disable_rescue(store: &mut Store, call: &Call) -> Answer {
    let s = target(store, call)?;
    unlocked(store, s.id)?;
    let effects = vec![Effect::patch(
        "servers",
        s.id,
        json!({"rescue_enabled": false}),
    )];
    answer(start(store, call, "disable_rescue", s.id, effects))
}

fn enable_backup(store: &mut Store, call: &Call) -> Answer {
    let s = target(store, call)?;
    unlocked(store, s.id)?;
    let window = s
        .backup_window
        .clone()
        .unwrap_or_else(|| "22-02".to_owned());
    let effects = vec![Effect::patch(
        "servers",
        s.id,
        json!({ "backup_window": window }),
    )];
    answer(start(store, call, "enable_backup", s.id, effects))
}

fn disable_backup(store: &mut Store, call: &Call) -> Answer {
    let s = target(store, call)?;
    unlocked(store, s.id)?;
    // Existing backups are removed at once.
    let backups: Vec<i64> = store
        .images
        .values()
        .filter(|i| i.r#type == ImageType::Backup && i.bound_to == Some(s.id))
        .map(|i| i.id)
        .collect();
    for b in backups {
        store.images.rows.remove(&b);
    }
    let effects = vec![Effect::patch(
        "servers",
        s.id,
        json!({"backup_window": null}),
    )];
    answer(start(store, call, "disable_backup", s.id, effects))
}

// ---------------------------------------------------------------------------------------------
// Access: console, password, protection, reverse DNS

fn request_console(store: &mut Store, call: &Call) -> Answer {
    let s = target(store, call)?;
    unlocked(store, s.id)?;
    let action = start(store, call, "request_console", s.id, Vec::new());
    Ok(Reply::created(&RequestServerConsoleResponse {
        wss_url: format!(
            "wss://console.hetzner.cloud/?server_id={}&token={}",
            s.id,
            secret(32)
        ),
        password: secret(16),
        action,
    }))
}

fn reset_password(store: &mut Store, call: &Call) -> Answer {
    let s = target(store, call)?;
    unlocked(store, s.id)?;
    if s.status != ServerStatus::Running {
        return Err(ApiFail::conflict(&format!(
            "server {} must be running to reset its root password (it is {})",
            s.id,
            s.status.as_str()
        )));
    }
    let action = start(store, call, "reset_password", s.id, Vec::new());
    Ok(Reply::created(&EnableServerRescueResponse {
        root_password: Some(secret(20)),
        action: Some(action),
    }))
}

fn change_protection(store: &mut Store, call: &Call) -> Answer {
    let s = target(store, call)?;
    let req: ChangeServerProtectionRequest = call.body()?;
    let value = match (req.delete, req.rebuild) {
        (Some(d), Some(r)) if d != r => {
            return Err(ApiFail::invalid_input(
                "rebuild",
                "delete and rebuild protection must have the same value",
            ))
        }
        (Some(v), _) | (None, Some(v)) => Some(v),
        (None, None) => None,
    };
    unlocked(store, s.id)?;
    let effects = match value {
        Some(v) => vec![Effect::patch(
            "servers",
            s.id,
            json!({"protection": {"delete": v, "rebuild": v}}),
        )],
        None => Vec::new(),
    };
    answer(start(store, call, "change_protection", s.id, effects))
}

fn change_dns_ptr(store: &mut Store, call: &Call) -> Answer {
    let s = target(store, call)?;
    let req: ChangeServerDnsPtrRequest = call.body()?;
    if let Some(ptr) = &req.dns_ptr {
        hetzcloud::labels::validate_hostname("dns_ptr", ptr.trim_end_matches('.'))
            .map_err(super::common::invalid)?;
    }
    let v4 = s.public_net.ipv4.as_ref().filter(|v| v.ip == req.ip);
    let v6 = s
        .public_net
        .ipv6
        .as_ref()
        .filter(|v| in_ipv6_net(&v.ip, &req.ip));
    let primary = v4
        .and_then(|v| v.id)
        .or_else(|| v6.and_then(|v| v.id))
        .ok_or_else(|| {
            ApiFail::invalid_input(
                "ip",
                &format!("{} is not a primary IP of server {}", req.ip, s.id),
            )
        })?;
    let p = store.primary_ips.get(primary)?.clone();
    unlocked(store, s.id)?;
    let mut ptrs: Vec<DnsPtr> = p
        .dns_ptr
        .iter()
        .filter(|d| d.ip != req.ip)
        .cloned()
        .collect();
    match (&req.dns_ptr, v4.is_some()) {
        (Some(ptr), _) => ptrs.push(DnsPtr {
            ip: req.ip.clone(),
            dns_ptr: ptr.clone(),
        }),
        (None, true) => ptrs.push(DnsPtr {
            ip: req.ip.clone(),
            dns_ptr: default_dns_ptr(&req.ip),
        }),
        (None, false) => {}
    }
    let effects = vec![Effect::patch(
        "primary_ips",
        primary,
        json!({ "dns_ptr": ptrs }),
    )];
    answer(start(store, call, "change_dns_ptr", s.id, effects))
}

// ---------------------------------------------------------------------------------------------
// Networks

fn attach_to_network(store: &mut Store, call: &Call) -> Answer {
    let s = target(store, call)?;
    let req: AttachServerToNetworkRequest = call.body()?;
    let network = store.networks.get(req.network)?.clone();
    if s.private_net.iter().any(|p| p.network == Some(network.id)) {
        return Err(ApiFail::specific(
            "server_already_attached",
            &format!(
                "server {} is already attached to network {}",
                s.id, network.id
            ),
        ));
    }
    check_overlap(store, &s, &network)?;
    let ip = pick_private_ip(
        store,
        &network,
        &s.location.network_zone,
        s.id,
        req.ip.as_deref(),
        req.ip_range.as_deref(),
    )?;
    let aliases = req.alias_ips.clone().unwrap_or_default();
    check_alias_ips(store, &network, s.id, Some(&ip), &aliases)?;
    unlocked(store, s.id)?;
    store.check_unlocked("network", network.id)?;
    if let Some(row) = store.servers.rows.get_mut(&s.id) {
        row.private_net.push(ServerPrivateNet {
            network: Some(network.id),
            ip: Some(ip),
            alias_ips: Some(aliases),
            mac_address: Some(mac_address(s.id, network.id)),
        });
    }
    if let Some(net) = store.networks.rows.get_mut(&network.id) {
        if !net.servers.contains(&s.id) {
            net.servers.push(s.id);
        }
    }
    let action = store.start_action(
        "attach_to_network",
        &[("server", s.id), ("network", network.id)],
        Vec::new(),
        call.now,
    );
    answer(action)
}

fn not_attached(s: &Server, network: i64) -> ApiFail {
    ApiFail::invalid_input(
        "network",
        &format!("server {} is not attached to network {network}", s.id),
    )
}

fn detach_from_network(store: &mut Store, call: &Call) -> Answer {
    let s = target(store, call)?;
    let req: DetachServerFromNetworkRequest = call.body()?;
    store.networks.get(req.network)?;
    if !s.private_net.iter().any(|p| p.network == Some(req.network)) {
        return Err(not_attached(&s, req.network));
    }
    unlocked(store, s.id)?;
    store.check_unlocked("network", req.network)?;
    if let Some(row) = store.servers.rows.get_mut(&s.id) {
        row.private_net.retain(|p| p.network != Some(req.network));
    }
    if let Some(net) = store.networks.rows.get_mut(&req.network) {
        net.servers.retain(|id| *id != s.id);
    }
    let action = store.start_action(
        "detach_from_network",
        &[("server", s.id), ("network", req.network)],
        Vec::new(),
        call.now,
    );
    answer(action)
}

fn change_alias_ips(store: &mut Store, call: &Call) -> Answer {
    let s = target(store, call)?;
    let req: ChangeServerAliasIpsRequest = call.body()?;
    let network = store.networks.get(req.network)?.clone();
    let Some(current) = s.private_net.iter().find(|p| p.network == Some(network.id)) else {
        return Err(not_attached(&s, network.id));
    };
    check_alias_ips(store, &network, s.id, current.ip.as_deref(), &req.alias_ips)?;
    unlocked(store, s.id)?;
    store.check_unlocked("network", network.id)?;
    if let Some(row) = store.servers.rows.get_mut(&s.id) {
        for p in row
            .private_net
            .iter_mut()
            .filter(|p| p.network == Some(network.id))
        {
            p.alias_ips = Some(req.alias_ips.clone());
        }
    }
    let action = store.start_action(
        "change_alias_ips",
        &[("server", s.id), ("network", network.id)],
        Vec::new(),
        call.now,
    );
    answer(action)
}

// ---------------------------------------------------------------------------------------------
// Placement groups

fn add_to_placement_group(store: &mut Store, call: &Call) -> Answer {
    let s = target(store, call)?;
    let req: AddServerToPlacementGroupRequest = call.body()?;
    let pg = store.placement_groups.get(req.placement_group)?.clone();
    if let Some(current) = &s.placement_group {
        return Err(ApiFail::specific(
            "already_in_placement_group",
            &format!(
                "server {} is already in placement group {}",
                s.id, current.id
            ),
        ));
    }
    unlocked(store, s.id)?;
    if s.status != ServerStatus::Off {
        return Err(not_stopped(&s));
    }
    if pg.servers.len() >= SPREAD_LIMIT {
        return Err(ApiFail::specific(
            "placement_error",
            &format!(
                "placement group {} already holds {SPREAD_LIMIT} servers",
                pg.id
            ),
        ));
    }
    if let Some(row) = store.placement_groups.rows.get_mut(&pg.id) {
        row.servers.push(s.id);
    }
    // Membership lives in the server row too; the placement group family reads it there.
    store.servers.get_mut(s.id)?.placement_group = Some(pg.clone());
    answer(start(
        store,
        call,
        "add_to_placement_group",
        s.id,
        Vec::new(),
    ))
}

fn remove_from_placement_group(store: &mut Store, call: &Call) -> Answer {
    let s = target(store, call)?;
    let Some(pg) = s.placement_group.clone() else {
        return Err(ApiFail::invalid_input(
            "placement_group",
            &format!("server {} is not in a placement group", s.id),
        ));
    };
    unlocked(store, s.id)?;
    if let Some(row) = store.placement_groups.rows.get_mut(&pg.id) {
        row.servers.retain(|id| *id != s.id);
    }
    store.servers.get_mut(s.id)?.placement_group = None;
    answer(start(
        store,
        call,
        "remove_from_placement_group",
        s.id,
        Vec::new(),
    ))
}
