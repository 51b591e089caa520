//! Floating IPs: allocated addresses, assignment to Servers (mirrored in the Server's
//! `public_net.floating_ips`), reverse DNS and protection.

use super::common::check_labels;
use super::netkit::{self, check_known, check_name, check_sort};
use super::Handler;
use crate::call::{Answer, ApiFail, Call, Reply};
use crate::list;
use crate::store::Store;
use hetzcloud::models::*;

pub fn route(op_id: &str) -> Option<Handler> {
    let f: Handler = match op_id {
        "list_floating_ips" => |s, c| reconciled(s, c, list),
        "create_floating_ip" => |s, c| reconciled(s, c, create),
        "get_floating_ip" => |s, c| reconciled(s, c, get),
        "update_floating_ip" => |s, c| reconciled(s, c, update),
        "delete_floating_ip" => |s, c| reconciled(s, c, delete),
        "assign_floating_ip" => |s, c| reconciled(s, c, assign),
        "unassign_floating_ip" => |s, c| reconciled(s, c, unassign),
        "change_floating_ip_dns_ptr" => |s, c| reconciled(s, c, change_dns_ptr),
        "change_floating_ip_protection" => |s, c| reconciled(s, c, change_protection),
        _ => return None,
    };
    Some(f)
}

const KIND: &str = "floating_ip";

/// Floating IPs of Servers that no longer exist are unassigned (the Server was deleted).
pub fn reconcile(store: &mut Store) {
    let gone: Vec<i64> = store
        .floating_ips
        .values()
        .filter(|f| {
            f.server
                .is_some_and(|s| !store.servers.rows.contains_key(&s))
        })
        .map(|f| f.id)
        .collect();
    for id in gone {
        if let Some(f) = store.floating_ips.rows.get_mut(&id) {
            f.server = None;
        }
    }
}

/// Every handler starts from a reconciled table.
fn reconciled(store: &mut Store, call: &Call, f: fn(&mut Store, &Call) -> Answer) -> Answer {
    reconcile(store);
    f(store, call)
}

fn list(store: &mut Store, call: &Call) -> Answer {
    check_sort(call, &["id", "created"])?;
    let (floating_ips, meta, link) = list::page(store.floating_ips.values(), call, |_| Ok(true))?;
    Ok(list::reply(
        &ListFloatingIpsResponse { floating_ips, meta },
        link,
    ))
}

/// Moves the Floating IP `id` to `server` (or off any Server), on both sides.
fn set_server(store: &mut Store, id: i64, server: Option<i64>) {
    for s in store.servers.rows.values_mut() {
        s.public_net.floating_ips.retain(|f| *f != id);
        if Some(s.id) == server {
            s.public_net.floating_ips.push(id);
            s.public_net.floating_ips.sort_unstable();
        }
    }
    if let Some(f) = store.floating_ips.rows.get_mut(&id) {
        f.server = server;
    }
}

fn create(store: &mut Store, call: &Call) -> Answer {
    let req: CreateFloatingIpRequest = call.body()?;
    check_known("type", &req.r#type, FloatingIpType::KNOWN)?;
    check_labels(req.labels.as_ref())?;
    if let Some(name) = &req.name {
        check_name("name", name, 128)?;
        store.floating_ips.check_unique_name(name, None)?;
    }
    let server = match req.server {
        Some(sid) => Some(
            netkit::server(store, sid)
                .map_err(|_| {
                    ApiFail::invalid_input("server", &format!("Server with ID {sid} not found"))
                })?
                .clone(),
        ),
        None => None,
    };
    let home_location = match (&req.home_location, &server) {
        (Some(loc), _) => netkit::location(store, "home_location", loc)?,
        (None, Some(s)) => s.location.clone(),
        (None, None) => {
            return Err(ApiFail::invalid_input(
                "home_location",
                "is required when no server is given",
            ))
        }
    };
    store.check_limit(store.floating_ips.rows.len(), "Floating IP")?;
    let ip = netkit::allocate(store, &req.r#type);
    let name = req.name.unwrap_or_else(|| ip.clone());
    store.floating_ips.check_unique_name(&name, None)?;
    let id = store.next_id();
    let fip = FloatingIp {
        id,
        name,
        description: req.description,
        dns_ptr: netkit::default_dns_ptr(&req.r#type, &ip),
        ip,
        r#type: req.r#type,
        server: None,
        home_location,
        blocked: false,
        protection: Protection { delete: false },
        labels: req.labels.unwrap_or_default(),
        created: call.now,
    };
    store.floating_ips.insert(fip);
    let action = server.map(|s| {
        set_server(store, id, Some(s.id));
        store.start_action(
            "assign_floating_ip",
            &[("server", s.id), (KIND, id)],
            Vec::new(),
            call.now,
        )
    });
    let floating_ip = store.floating_ips.get(id)?.clone();
    Ok(Reply::created(&CreateFloatingIpResponse {
        floating_ip,
        action,
    }))
}

fn get(store: &mut Store, call: &Call) -> Answer {
    let floating_ip = store.floating_ips.get(call.id("id")?)?.clone();
    Ok(Reply::ok(&GetFloatingIpResponse { floating_ip }))
}

fn update(store: &mut Store, call: &Call) -> Answer {
    let id = call.id("id")?;
    let req: UpdateFloatingIpRequest = call.body()?;
    store.floating_ips.get(id)?;
    if let Some(name) = &req.name {
        check_name("name", name, 128)?;
        store.floating_ips.check_unique_name(name, Some(id))?;
    }
    check_labels(req.labels.as_ref())?;
    let fip = store.floating_ips.get_mut(id)?;
    if let Some(name) = req.name {
        fip.name = name;
    }
    if let Some(description) = req.description {
        fip.description = Some(description);
    }
    if let Some(labels) = req.labels {
        fip.labels = labels;
    }
    Ok(Reply::ok(&GetFloatingIpResponse {
        floating_ip: fip.clone(),
    }))
}

fn delete(store: &mut Store, call: &Call) -> Answer {
    let id = call.id("id")?;
    let fip = store.floating_ips.get(id)?;
    if fip.protection.delete {
        return Err(ApiFail::protected("Floating IP", id));
    }
    if let Some(server) = fip.server {
        return Err(ApiFail::specific(
            "must_be_unassigned",
            &format!("Floating IP {id} is still assigned to Server {server}: unassign it first"),
        ));
    }
    store.check_unlocked(KIND, id)?;
    store.floating_ips.remove(id)?;
    Ok(Reply::no_content())
}

fn assign(store: &mut Store, call: &Call) -> Answer {
    let id = call.id("id")?;
    let req: AssignFloatingIpRequest = call.body()?;
    let fip = store.floating_ips.get(id)?;
    let Some(sid) = req.server else {
        return Err(ApiFail::invalid_input("server", "is required"));
    };
    netkit::server(store, sid)?;
    if fip.server == Some(sid) {
        return Err(ApiFail::specific(
            "floating_ip_assigned",
            &format!("Floating IP {id} is already assigned to Server {sid}"),
        ));
    }
    store.check_unlocked(KIND, id)?;
    set_server(store, id, Some(sid));
    let action = store.start_action(
        "assign_floating_ip",
        &[("server", sid), (KIND, id)],
        Vec::new(),
        call.now,
    );
    Ok(Reply::created(&ActionResponse { action }))
}

fn unassign(store: &mut Store, call: &Call) -> Answer {
    let id = call.id("id")?;
    let fip = store.floating_ips.get(id)?;
    let previous = fip.server;
    store.check_unlocked(KIND, id)?;
    set_server(store, id, None);
    let mut resources = Vec::new();
    if let Some(sid) = previous {
        resources.push(("server", sid));
    }
    resources.push((KIND, id));
    let action = store.start_action("unassign_floating_ip", &resources, Vec::new(), call.now);
    Ok(Reply::created(&ActionResponse { action }))
}

fn change_dns_ptr(store: &mut Store, call: &Call) -> Answer {
    let id = call.id("id")?;
    let req: ChangeFloatingIpDnsPtrRequest = call.body()?;
    let mut fip = store.floating_ips.get(id)?.clone();
    store.check_unlocked(KIND, id)?;
    netkit::change_dns_ptr(
        &fip.r#type,
        &fip.ip,
        &mut fip.dns_ptr,
        &req.ip,
        req.dns_ptr.as_deref(),
    )?;
    store.floating_ips.insert(fip);
    let action = store.start_action("change_dns_ptr", &[(KIND, id)], Vec::new(), call.now);
    Ok(Reply::created(&ActionResponse { action }))
}

fn change_protection(store: &mut Store, call: &Call) -> Answer {
    let id = call.id("id")?;
    let req: ChangeFloatingIpProtectionRequest = call.body()?;
    store.floating_ips.get(id)?;
    store.check_unlocked(KIND, id)?;
    store.floating_ips.get_mut(id)?.protection.delete = req.delete;
    let action = store.start_action("change_protection", &[(KIND, id)], Vec::new(), call.now);
    Ok(Reply::created(&ActionResponse { action }))
}
