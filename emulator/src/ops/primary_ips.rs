//! Primary IPs: allocated addresses bound to a Location, assigned to powered-off Servers (one
//! IPv4 and one IPv6 each, mirrored in the Server's `public_net`), reverse DNS and protection.

use super::common::check_labels;
use super::netkit::{self, check_known, check_name, check_no_conflict, check_sort};
use super::Handler;
use crate::call::{Answer, ApiFail, Call, Reply};
use crate::list;
use crate::store::Store;
use hetzcloud::models::*;
use hetzcloud::IdOrName;

pub fn route(op_id: &str) -> Option<Handler> {
    let f: Handler = match op_id {
        "list_primary_ips" => |s, c| reconciled(s, c, list),
        "create_primary_ip" => |s, c| reconciled(s, c, create),
        "get_primary_ip" => |s, c| reconciled(s, c, get),
        "update_primary_ip" => |s, c| reconciled(s, c, update),
        "delete_primary_ip" => |s, c| reconciled(s, c, delete),
        "assign_primary_ip" => |s, c| reconciled(s, c, assign),
        "unassign_primary_ip" => |s, c| reconciled(s, c, unassign),
        "change_primary_ip_dns_ptr" => |s, c| reconciled(s, c, change_dns_ptr),
        "change_primary_ip_protection" => |s, c| reconciled(s, c, change_protection),
        _ => return None,
    };
    Some(f)
}

const KIND: &str = "primary_ip";

/// Primary IPs of Servers that no longer exist are deleted (`auto_delete`) or unassigned.
pub fn reconcile(store: &mut Store) {
    let gone: Vec<(i64, bool)> = store
        .primary_ips
        .values()
        .filter(|p| {
            p.assignee_id
                .is_some_and(|s| !store.servers.rows.contains_key(&s))
        })
        .map(|p| (p.id, p.auto_delete))
        .collect();
    for (id, auto_delete) in gone {
        if auto_delete {
            store.primary_ips.rows.remove(&id);
        } else if let Some(p) = store.primary_ips.rows.get_mut(&id) {
            p.assignee_id = None;
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
    let ip = call.query_one("ip");
    let (primary_ips, meta, link) = list::page(store.primary_ips.values(), call, |p| {
        Ok(ip.is_none_or(|ip| p.ip == ip || p.ip.split('/').next() == Some(ip)))
    })?;
    Ok(list::reply(&PrimaryIPsResponse { primary_ips, meta }, link))
}

/// Checks that the Primary IP `pip` may be assigned to Server `sid`: the Server exists, is
/// off, is in the same Location and has no address of that family yet.
fn check_assignable(store: &Store, pip: &PrimaryIp, sid: i64) -> Result<(), ApiFail> {
    let server = netkit::server(store, sid)?;
    if server.status != ServerStatus::Off {
        return Err(ApiFail::specific(
            "server_not_stopped",
            &format!("Server {sid} is running, but needs to be powered off"),
        ));
    }
    if server.location.id != pip.location.id {
        return Err(ApiFail::invalid_input(
            "assignee_id",
            &format!(
                "Server {sid} is in {}, the Primary IP in {}",
                server.location.name, pip.location.name
            ),
        ));
    }
    match pip.r#type {
        FloatingIpType::Ipv6 if server.public_net.ipv6.is_some() => Err(ApiFail::specific(
            "server_has_ipv6",
            &format!("Server {sid} already has an IPv6 address"),
        )),
        FloatingIpType::Ipv4 if server.public_net.ipv4.is_some() => Err(ApiFail::specific(
            "server_has_ipv4",
            &format!("Server {sid} already has an IPv4 address"),
        )),
        _ => Ok(()),
    }
}

/// Writes the Primary IP into (or, with `None`, out of) its Server's `public_net`.
fn mirror(store: &mut Store, id: i64) {
    let Some(pip) = store.primary_ips.rows.get(&id).cloned() else {
        return;
    };
    for s in store.servers.rows.values_mut() {
        let assigned = pip.assignee_id == Some(s.id);
        match pip.r#type {
            FloatingIpType::Ipv6 => {
                let mine = s.public_net.ipv6.as_ref().is_some_and(|v| v.id == Some(id));
                if assigned {
                    s.public_net.ipv6 = Some(ServerPublicNetIpv6 {
                        id: Some(id),
                        ip: pip.ip.clone(),
                        blocked: pip.blocked,
                        dns_ptr: Some(pip.dns_ptr.clone()),
                    });
                } else if mine {
                    s.public_net.ipv6 = None;
                }
            }
            _ => {
                let mine = s.public_net.ipv4.as_ref().is_some_and(|v| v.id == Some(id));
                if assigned {
                    s.public_net.ipv4 = Some(ServerPublicNetIpv4 {
                        id: Some(id),
                        ip: pip.ip.clone(),
                        blocked: pip.blocked,
                        dns_ptr: pip
                            .dns_ptr
                            .iter()
                            .find(|d| d.ip == pip.ip)
                            .map(|d| d.dns_ptr.clone())
                            .unwrap_or_else(|| super::ipnet::default_ptr_v4(&pip.ip)),
                    });
                } else if mine {
                    s.public_net.ipv4 = None;
                }
            }
        }
    }
}

/// `datacenter` is no longer in the request schema but still described: read it from the
/// raw body.
fn datacenter(call: &Call) -> Option<IdOrName> {
    let v: serde_json::Value = serde_json::from_slice(&call.body).ok()?;
    match v.get("datacenter")? {
        serde_json::Value::Number(n) => n.as_i64().map(IdOrName::Id),
        serde_json::Value::String(s) => Some(IdOrName::from(s.as_str())),
        _ => None,
    }
}

fn create(store: &mut Store, call: &Call) -> Answer {
    let req: CreatePrimaryIpRequest = call.body()?;
    check_known("type", &req.r#type, FloatingIpType::KNOWN)?;
    if let Some(t) = &req.assignee_type {
        check_known("assignee_type", t, FirewallAppliedToResourceType::KNOWN)?;
    }
    check_name("name", &req.name, 128)?;
    check_labels(req.labels.as_ref())?;
    store.primary_ips.check_unique_name(&req.name, None)?;
    let datacenter = datacenter(call);
    let assignee = match (&req.assignee_type, req.assignee_id) {
        (_, None) => None,
        (Some(_), Some(id)) => Some(id),
        (None, Some(_)) => {
            return Err(ApiFail::invalid_input(
                "assignee_type",
                "is required with assignee_id",
            ))
        }
    };
    let location = match (&req.location, &datacenter, assignee) {
        (Some(_), Some(_), None) => {
            return Err(ApiFail::invalid_input(
                "datacenter",
                "cannot be given together with location",
            ))
        }
        (Some(loc), None, None) => netkit::location(store, "location", loc)?,
        (None, Some(dc), None) => netkit::location_of_datacenter(store, "datacenter", dc)?,
        (None, None, Some(sid)) => netkit::server(store, sid)?.location.clone(),
        (None, None, None) => {
            return Err(ApiFail::invalid_input(
                "location",
                "is required when the Primary IP is not assigned",
            ))
        }
        (loc, dc, Some(sid)) => {
            // Given with an assignee, they must agree with the Server's Location.
            let at = netkit::server(store, sid)?.location.clone();
            let given = match (loc, dc) {
                (Some(l), _) => Some(("location", netkit::location(store, "location", l)?)),
                (None, Some(d)) => Some((
                    "datacenter",
                    netkit::location_of_datacenter(store, "datacenter", d)?,
                )),
                (None, None) => None,
            };
            if let Some((field, l)) = given.filter(|(_, l)| l.id != at.id) {
                return Err(ApiFail::invalid_input(
                    field,
                    &format!("Server {sid} is in {}, not in {}", at.name, l.name),
                ));
            }
            at
        }
    };
    let ip = netkit::allocate(store, &req.r#type);
    let mut pip = PrimaryIp {
        id: 0,
        name: req.name,
        labels: req.labels.unwrap_or_default(),
        created: call.now,
        blocked: false,
        location,
        dns_ptr: netkit::default_dns_ptr(&req.r#type, &ip),
        ip,
        protection: Protection { delete: false },
        r#type: req.r#type,
        auto_delete: req.auto_delete.unwrap_or(false),
        assignee_type: FirewallAppliedToResourceType::Server,
        assignee_id: None,
    };
    if let Some(sid) = assignee {
        check_assignable(store, &pip, sid)?;
    }
    store.check_limit(store.primary_ips.rows.len(), "Primary IP")?;
    pip.id = store.next_id();
    pip.assignee_id = assignee;
    let id = pip.id;
    store.primary_ips.insert(pip);
    let action = assignee.map(|sid| {
        mirror(store, id);
        store.start_action(
            "assign_primary_ip",
            &[("server", sid), (KIND, id)],
            Vec::new(),
            call.now,
        )
    });
    let primary_ip = store.primary_ips.get(id)?.clone();
    Ok(Reply::created(&CreatePrimaryIpResponse {
        primary_ip,
        action,
    }))
}

fn get(store: &mut Store, call: &Call) -> Answer {
    let primary_ip = store.primary_ips.get(call.id("id")?)?.clone();
    Ok(Reply::ok(&PrimaryIpResponse { primary_ip }))
}

fn update(store: &mut Store, call: &Call) -> Answer {
    let id = call.id("id")?;
    let req: UpdatePrimaryIpRequest = call.body()?;
    store.primary_ips.get(id)?;
    if let Some(name) = &req.name {
        check_name("name", name, 128)?;
        store.primary_ips.check_unique_name(name, Some(id))?;
    }
    check_labels(req.labels.as_ref())?;
    check_no_conflict(store, KIND, id)?;
    let pip = store.primary_ips.get_mut(id)?;
    if let Some(name) = req.name {
        pip.name = name;
    }
    if let Some(labels) = req.labels {
        pip.labels = labels;
    }
    if let Some(auto_delete) = req.auto_delete {
        pip.auto_delete = auto_delete;
    }
    Ok(Reply::ok(&PrimaryIpResponse {
        primary_ip: pip.clone(),
    }))
}

fn delete(store: &mut Store, call: &Call) -> Answer {
    let id = call.id("id")?;
    let pip = store.primary_ips.get(id)?;
    if pip.protection.delete {
        return Err(ApiFail::protected("Primary IP", id));
    }
    if let Some(server) = pip.assignee_id {
        return Err(ApiFail::specific(
            "must_be_unassigned",
            &format!("Primary IP {id} is still assigned to Server {server}: unassign it first"),
        ));
    }
    store.check_unlocked(KIND, id)?;
    store.primary_ips.remove(id)?;
    Ok(Reply::no_content())
}

fn assign(store: &mut Store, call: &Call) -> Answer {
    let id = call.id("id")?;
    let req: AssignPrimaryIpRequest = call.body()?;
    check_known(
        "assignee_type",
        &req.assignee_type,
        FirewallAppliedToResourceType::KNOWN,
    )?;
    let pip = store.primary_ips.get(id)?.clone();
    let sid = req.assignee_id;
    netkit::server(store, sid)?;
    if let Some(current) = pip.assignee_id {
        return Err(ApiFail::specific(
            "primary_ip_already_assigned",
            &format!("Primary IP {id} is already assigned to Server {current}"),
        ));
    }
    check_assignable(store, &pip, sid)?;
    store.check_unlocked(KIND, id)?;
    store.primary_ips.get_mut(id)?.assignee_id = Some(sid);
    mirror(store, id);
    let action = store.start_action(
        "assign_primary_ip",
        &[("server", sid), (KIND, id)],
        Vec::new(),
        call.now,
    );
    Ok(Reply::created(&ActionResponse { action }))
}

fn unassign(store: &mut Store, call: &Call) -> Answer {
    let id = call.id("id")?;
    let pip = store.primary_ips.get(id)?.clone();
    let mut resources = Vec::new();
    if let Some(sid) = pip.assignee_id {
        if let Ok(server) = store.servers.get(sid) {
            if server.status != ServerStatus::Off {
                return Err(ApiFail::specific(
                    "server_not_stopped",
                    &format!("Server {sid} is running, but needs to be powered off"),
                ));
            }
            let lb_target = pip.r#type == FloatingIpType::Ipv4
                && store.load_balancers.values().any(|lb| {
                    lb.targets.iter().any(|t| {
                        t.server.as_ref().is_some_and(|s| s.id == sid)
                            && t.use_private_ip != Some(true)
                    })
                });
            if lb_target {
                return Err(ApiFail::specific(
                    "server_is_load_balancer_target",
                    &format!("the IPv4 address of Server {sid} is a Load Balancer target"),
                ));
            }
        }
        resources.push(("server", sid));
    }
    store.check_unlocked(KIND, id)?;
    // Clear the Server's side first, while the row still names it.
    let mut cleared = pip.clone();
    cleared.assignee_id = None;
    store.primary_ips.insert(cleared);
    for s in store.servers.rows.values_mut() {
        if s.public_net.ipv4.as_ref().is_some_and(|v| v.id == Some(id)) {
            s.public_net.ipv4 = None;
        }
        if s.public_net.ipv6.as_ref().is_some_and(|v| v.id == Some(id)) {
            s.public_net.ipv6 = None;
        }
    }
    resources.push((KIND, id));
    let action = store.start_action("unassign_primary_ip", &resources, Vec::new(), call.now);
    Ok(Reply::created(&ActionResponse { action }))
}

fn change_dns_ptr(store: &mut Store, call: &Call) -> Answer {
    let id = call.id("id")?;
    let req: ChangePrimaryIpDnsPtrRequest = call.body()?;
    let mut pip = store.primary_ips.get(id)?.clone();
    store.check_unlocked(KIND, id)?;
    netkit::change_dns_ptr(
        &pip.r#type,
        &pip.ip,
        &mut pip.dns_ptr,
        &req.ip,
        req.dns_ptr.as_deref(),
    )?;
    store.primary_ips.insert(pip);
    mirror(store, id);
    let action = store.start_action("change_dns_ptr", &[(KIND, id)], Vec::new(), call.now);
    Ok(Reply::created(&ActionResponse { action }))
}

fn change_protection(store: &mut Store, call: &Call) -> Answer {
    let id = call.id("id")?;
    let req: ChangePrimaryIpProtectionRequest = call.body()?;
    let pip = store.primary_ips.get(id)?;
    if req.delete && pip.auto_delete {
        return Err(ApiFail::invalid_input(
            "delete",
            "delete protection can only be enabled while auto_delete is false",
        ));
    }
    store.check_unlocked(KIND, id)?;
    store.primary_ips.get_mut(id)?.protection.delete = req.delete;
    let action = store.start_action("change_protection", &[(KIND, id)], Vec::new(), call.now);
    Ok(Reply::created(&ActionResponse { action }))
}
