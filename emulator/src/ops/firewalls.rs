//! Firewalls: validated rules, applied to Servers directly or through label selectors.
//!
//! `applied_to` is the source of truth. A Server's `public_net.firewalls` is derived from it:
//! `pending` while an `apply_firewall` (or `remove_firewall`) action on both runs, `applied`
//! after; [`sync`] recomputes it, and each action's effect writes the final state.

use super::common::check_labels;
use super::ipnet;
use super::netkit::{check_known, check_name, check_no_conflict, check_sort};
use super::Handler;
use crate::actions::Effect;
use crate::call::{Answer, ApiFail, Call, Reply};
use crate::list;
use crate::store::Store;
use hetzcloud::labels::Selector;
use hetzcloud::models::*;
use serde_json::json;
use std::collections::BTreeSet;

pub fn route(op_id: &str) -> Option<Handler> {
    let f: Handler = match op_id {
        "list_firewalls" => list,
        "create_firewall" => create,
        "get_firewall" => get,
        "update_firewall" => update,
        "delete_firewall" => delete,
        "apply_firewall_to_resources" => apply_to_resources,
        "remove_firewall_from_resources" => remove_from_resources,
        "set_firewall_rules" => set_rules,
        _ => return None,
    };
    Some(f)
}

const KIND: &str = "firewall";
const MAX_RULES: usize = 50;
const MAX_IPS: usize = 100;
const MAX_PER_SERVER: usize = 5;

/// Validates rules as the API does and answers them in their stored shape.
fn check_rules(rules: Vec<Rule>) -> Result<Vec<RuleResponse>, ApiFail> {
    if rules.len() > MAX_RULES {
        return Err(ApiFail::invalid_input(
            "rules",
            &format!("at most {MAX_RULES} rules are allowed"),
        ));
    }
    rules
        .into_iter()
        .enumerate()
        .map(|(i, r)| check_rule(i, r))
        .collect()
}

fn check_rule(i: usize, r: Rule) -> Result<RuleResponse, ApiFail> {
    let field = |f: &str| format!("rules[{i}].{f}");
    check_known(
        &field("direction"),
        &r.direction,
        RuleResponseDirection::KNOWN,
    )?;
    check_known(&field("protocol"), &r.protocol, RuleResponseProtocol::KNOWN)?;
    if let Some(d) = &r.description {
        if d.chars().count() > 255 {
            return Err(ApiFail::invalid_input(
                &field("description"),
                "must be at most 255 characters long",
            ));
        }
    }
    let source = r.source_ips.unwrap_or_default();
    let destination = r.destination_ips.unwrap_or_default();
    let (used, unused, used_name, unused_name) = match r.direction {
        RuleResponseDirection::In => (&source, &destination, "source_ips", "destination_ips"),
        _ => (&destination, &source, "destination_ips", "source_ips"),
    };
    if used.is_empty() {
        return Err(ApiFail::invalid_input(
            &field(used_name),
            &format!("is required for direction {}", r.direction),
        ));
    }
    if !unused.is_empty() {
        return Err(ApiFail::invalid_input(
            &field(unused_name),
            &format!("must be empty for direction {}", r.direction),
        ));
    }
    if used.len() > MAX_IPS {
        return Err(ApiFail::invalid_input(
            &field(used_name),
            &format!("at most {MAX_IPS} CIDR blocks are allowed"),
        ));
    }
    let ips = used
        .iter()
        .map(|ip| ipnet::canonical_cidr(&field(used_name), ip.trim()))
        .collect::<Result<Vec<_>, _>>()?;
    let port = match (&r.protocol, r.port) {
        (RuleResponseProtocol::Tcp | RuleResponseProtocol::Udp, None) => {
            return Err(ApiFail::invalid_input(
                &field("port"),
                &format!("is required for protocol {}", r.protocol),
            ))
        }
        (RuleResponseProtocol::Tcp | RuleResponseProtocol::Udp, Some(p)) => {
            Some(check_port(&field("port"), &p)?)
        }
        (_, Some(_)) => {
            return Err(ApiFail::invalid_input(
                &field("port"),
                &format!("is only applicable for tcp and udp, not {}", r.protocol),
            ))
        }
        (_, None) => None,
    };
    let (source_ips, destination_ips) = match r.direction {
        RuleResponseDirection::In => (ips, Vec::new()),
        _ => (Vec::new(), ips),
    };
    Ok(RuleResponse {
        description: r.description,
        direction: r.direction,
        source_ips,
        destination_ips,
        protocol: r.protocol,
        port,
    })
}

/// `80`, `1024-5000` or `any`.
fn check_port(field: &str, text: &str) -> Result<String, ApiFail> {
    let bad = || {
        ApiFail::invalid_input(
            field,
            &format!("`{text}` is not a port (1-65535) or a port range `low-high`"),
        )
    };
    let port = |s: &str| {
        s.parse::<u32>()
            .ok()
            .filter(|p| (1..=65535).contains(p))
            .ok_or_else(bad)
    };
    let text = text.trim();
    if text == "any" {
        return Ok(text.to_owned());
    }
    match text.split_once('-') {
        Some((lo, hi)) => {
            if port(lo)? >= port(hi)? {
                return Err(bad());
            }
        }
        None => {
            port(text)?;
        }
    }
    Ok(text.to_owned())
}

/// Servers a selector picks: those with labels matching it and a public interface.
fn selected(store: &Store, selector: &str) -> Vec<i64> {
    let Ok(sel) = Selector::parse(selector) else {
        return Vec::new();
    };
    store
        .servers
        .values()
        .filter(|s| has_public_net(s) && sel.matches(&s.labels))
        .map(|s| s.id)
        .collect()
}

fn has_public_net(s: &Server) -> bool {
    s.public_net.ipv4.is_some() || s.public_net.ipv6.is_some()
}

fn direct_servers(fw: &Firewall) -> impl Iterator<Item = i64> + '_ {
    fw.applied_to
        .iter()
        .filter(|a| a.r#type == FirewallAppliedToType::Server)
        .filter_map(|a| a.server.as_ref().map(|s| s.id))
}

fn selectors(fw: &Firewall) -> impl Iterator<Item = &str> + '_ {
    fw.applied_to
        .iter()
        .filter_map(|a| a.label_selector.as_ref().map(|l| l.selector.as_str()))
}

/// Every Server the Firewall applies to, directly or through a selector.
fn servers_of(store: &Store, fw: &Firewall) -> BTreeSet<i64> {
    let mut out: BTreeSet<i64> = direct_servers(fw).collect();
    for sel in selectors(fw) {
        out.extend(selected(store, sel));
    }
    out
}

/// Whether an action of `command` on both the Firewall and the Server is still running.
fn running(store: &Store, command: &str, fw: i64, server: i64) -> bool {
    store.pending.keys().any(|a| {
        store.actions.rows.get(a).is_some_and(|a| {
            a.command == command
                && a.resources.iter().any(|r| r.r#type == KIND && r.id == fw)
                && a.resources
                    .iter()
                    .any(|r| r.r#type == "server" && r.id == server)
        })
    })
}

/// Brings derived state up to date: direct entries of deleted Servers go, selector entries
/// list the Servers they match, and every Server's `public_net.firewalls` shows the
/// Firewalls applied to it (`pending` while an action on both runs).
pub fn sync(store: &mut Store) {
    let servers: BTreeSet<i64> = store.servers.rows.keys().copied().collect();
    let ids: Vec<i64> = store.firewalls.rows.keys().copied().collect();
    for id in &ids {
        let Some(mut fw) = store.firewalls.rows.get(id).cloned() else {
            continue;
        };
        fw.applied_to.retain(|a| {
            a.r#type != FirewallAppliedToType::Server
                || a.server.as_ref().is_some_and(|s| servers.contains(&s.id))
        });
        for a in &mut fw.applied_to {
            if let Some(sel) = &a.label_selector {
                a.applied_to_resources = Some(
                    selected(store, &sel.selector)
                        .into_iter()
                        .map(|sid| FirewallAppliedToResource {
                            r#type: Some(FirewallAppliedToResourceType::Server),
                            server: Some(FirewallAppliedToServer { id: sid }),
                        })
                        .collect(),
                );
            }
        }
        store.firewalls.insert(fw);
    }
    let mut lists: Vec<(i64, Vec<ServerPublicNetFirewall>)> = Vec::new();
    for &sid in &servers {
        let mut list = Vec::new();
        for fw in store.firewalls.values() {
            let applied = servers_of(store, fw).contains(&sid);
            let removing = !applied && running(store, "remove_firewall", fw.id, sid);
            if !applied && !removing {
                continue;
            }
            let pending = removing || running(store, "apply_firewall", fw.id, sid);
            list.push(ServerPublicNetFirewall {
                id: Some(fw.id),
                status: Some(if pending {
                    ServerPublicNetFirewallStatus::Pending
                } else {
                    ServerPublicNetFirewallStatus::Applied
                }),
            });
        }
        lists.push((sid, list));
    }
    for (sid, list) in lists {
        if let Some(s) = store.servers.rows.get_mut(&sid) {
            if !(list.is_empty() && s.public_net.firewalls.is_none()) {
                s.public_net.firewalls = Some(list);
            }
        }
    }
}

/// The effect that leaves a Server's `public_net.firewalls` as it is once every action on it
/// has finished.
fn final_state(store: &Store, sid: i64) -> Effect {
    let list: Vec<ServerPublicNetFirewall> = store
        .firewalls
        .values()
        .filter(|fw| servers_of(store, fw).contains(&sid))
        .map(|fw| ServerPublicNetFirewall {
            id: Some(fw.id),
            status: Some(ServerPublicNetFirewallStatus::Applied),
        })
        .collect();
    Effect::patch("servers", sid, json!({"public_net": {"firewalls": list}}))
}

/// Starts `command` on the Firewall and `servers`, with the Servers' final state as effect.
fn start(
    store: &mut Store,
    call: &Call,
    command: &str,
    fw: i64,
    servers: &[i64],
    server_first: bool,
) -> Action {
    let effects = servers.iter().map(|s| final_state(store, *s)).collect();
    let mut resources: Vec<(&str, i64)> = servers.iter().map(|s| ("server", *s)).collect();
    if server_first {
        resources.push((KIND, fw));
    } else {
        resources.insert(0, (KIND, fw));
    }
    store.start_action(command, &resources, effects, call.now)
}

/// Checks `resources` for applying to `fw` (which may not be stored yet) and returns the
/// `applied_to` entries to add. `create` switches to the create call's error codes.
fn check_apply(
    store: &Store,
    fw: &Firewall,
    resources: &[FirewallResource],
    create: bool,
) -> Result<Vec<FirewallAppliedTo>, ApiFail> {
    let mut out: Vec<FirewallAppliedTo> = Vec::new();
    let mut new_servers: BTreeSet<i64> = BTreeSet::new();
    for (i, r) in resources.iter().enumerate() {
        check_known(
            &format!("apply_to[{i}].type"),
            &r.r#type,
            FirewallAppliedToType::KNOWN,
        )?;
        match r.r#type {
            FirewallAppliedToType::Server => {
                let Some(sid) = r.server.as_ref().map(|s| s.id) else {
                    return Err(ApiFail::invalid_input(
                        &format!("apply_to[{i}].server"),
                        "is required for type server",
                    ));
                };
                let Ok(server) = store.servers.get(sid) else {
                    let status = if create { 422 } else { 404 };
                    return Err(ApiFail::new(
                        status,
                        "firewall_resource_not_found",
                        &format!("Server with ID {sid} not found"),
                    ));
                };
                if !has_public_net(server) {
                    return Err(if create {
                        ApiFail::specific(
                            "incompatible_network_type",
                            &format!("Server {sid} has no public network interface"),
                        )
                    } else {
                        ApiFail::specific(
                            "private_net_only_server",
                            &format!("Server {sid} has no public network interface"),
                        )
                    });
                }
                let already = direct_servers(fw).any(|s| s == sid);
                if !new_servers.insert(sid) || (create && already) {
                    return Err(ApiFail::specific(
                        "server_already_added",
                        &format!("Server {sid} was given more than once"),
                    ));
                }
                if already {
                    return Err(ApiFail::specific(
                        "firewall_already_applied",
                        &format!("Firewall {} is already applied to Server {sid}", fw.id),
                    ));
                }
                let count = store
                    .firewalls
                    .values()
                    .filter(|other| other.id != fw.id && servers_of(store, other).contains(&sid))
                    .count();
                if count >= MAX_PER_SERVER {
                    return Err(ApiFail::limit(
                        "firewalls_per_server",
                        &format!("Server {sid} is already applied to {MAX_PER_SERVER} Firewalls"),
                    ));
                }
                out.push(FirewallAppliedTo {
                    r#type: FirewallAppliedToType::Server,
                    server: Some(FirewallAppliedToServer { id: sid }),
                    label_selector: None,
                    applied_to_resources: None,
                });
            }
            _ => {
                let field = format!("apply_to[{i}].label_selector");
                let Some(sel) = r.label_selector.as_ref() else {
                    return Err(ApiFail::invalid_input(
                        &field,
                        "is required for type label_selector",
                    ));
                };
                Selector::parse(&sel.selector)
                    .map_err(|e| ApiFail::invalid_input(&field, &e.to_string()))?;
                let dup = selectors(fw).any(|s| s == sel.selector)
                    || out.iter().any(|a| {
                        a.label_selector
                            .as_ref()
                            .is_some_and(|l| l.selector == sel.selector)
                    });
                if dup {
                    return Err(ApiFail::specific(
                        "firewall_already_applied",
                        &format!(
                            "Firewall {} is already applied to label selector `{}`",
                            fw.id, sel.selector
                        ),
                    ));
                }
                out.push(FirewallAppliedTo {
                    r#type: FirewallAppliedToType::LabelSelector,
                    server: None,
                    label_selector: Some(LabelSelector::new(sel.selector.clone())),
                    applied_to_resources: Some(Vec::new()),
                });
            }
        }
    }
    Ok(out)
}

/// Adds `entries` to the stored Firewall `id` and starts one `apply_firewall` action per
/// entry (a selector's covers the Servers it newly reaches).
fn apply(
    store: &mut Store,
    call: &Call,
    id: i64,
    entries: Vec<FirewallAppliedTo>,
) -> Result<Vec<Action>, ApiFail> {
    let mut actions = Vec::new();
    for entry in entries {
        let before = servers_of(store, store.firewalls.get(id)?);
        store.firewalls.get_mut(id)?.applied_to.push(entry.clone());
        sync_one(store, id);
        let after = servers_of(store, store.firewalls.get(id)?);
        let reached: Vec<i64> = after.difference(&before).copied().collect();
        let action = match entry.r#type {
            FirewallAppliedToType::Server => {
                start(store, call, "apply_firewall", id, &reached, true)
            }
            _ => start(store, call, "apply_firewall", id, &reached, false),
        };
        actions.push(action);
    }
    Ok(actions)
}

/// Refreshes only the selector entries of one Firewall (cheaper than [`sync`]).
fn sync_one(store: &mut Store, id: i64) {
    let Some(mut fw) = store.firewalls.rows.get(&id).cloned() else {
        return;
    };
    for a in &mut fw.applied_to {
        if let Some(sel) = &a.label_selector {
            a.applied_to_resources = Some(
                selected(store, &sel.selector)
                    .into_iter()
                    .map(|sid| FirewallAppliedToResource {
                        r#type: Some(FirewallAppliedToResourceType::Server),
                        server: Some(FirewallAppliedToServer { id: sid }),
                    })
                    .collect(),
            );
        }
    }
    store.firewalls.insert(fw);
}

fn list(store: &mut Store, call: &Call) -> Answer {
    check_sort(call, &["id", "name", "created"])?;
    sync(store);
    let (firewalls, meta, link) = list::page(store.firewalls.values(), call, |_| Ok(true))?;
    Ok(list::reply(&FirewallsResponse { firewalls, meta }, link))
}

fn create(store: &mut Store, call: &Call) -> Answer {
    let req: CreateFirewallRequest = call.body()?;
    check_name("name", &req.name, 128)?;
    check_labels(req.labels.as_ref())?;
    let rules = check_rules(req.rules.unwrap_or_default())?;
    store.firewalls.check_unique_name(&req.name, None)?;
    store.check_limit(store.firewalls.rows.len(), "Firewall")?;
    sync(store);
    let mut fw = Firewall {
        id: 0,
        name: req.name,
        labels: Some(req.labels.unwrap_or_default()),
        created: call.now,
        rules,
        applied_to: Vec::new(),
    };
    let entries = check_apply(
        store,
        &fw,
        req.apply_to.as_deref().unwrap_or_default(),
        true,
    )?;
    fw.id = store.next_id();
    let id = fw.id;
    let has_rules = !fw.rules.is_empty();
    store.firewalls.insert(fw);
    let mut actions = Vec::new();
    if has_rules {
        actions.push(store.start_action("set_firewall_rules", &[(KIND, id)], Vec::new(), call.now));
    }
    actions.extend(apply(store, call, id, entries)?);
    sync(store);
    let firewall = store.firewalls.get(id)?.clone();
    Ok(Reply::created(&CreateFirewallResponse {
        firewall: Some(firewall),
        actions: Some(actions),
    }))
}

fn get(store: &mut Store, call: &Call) -> Answer {
    let id = call.id("id")?;
    store.firewalls.get(id)?;
    sync(store);
    let firewall = store.firewalls.get(id)?.clone();
    Ok(Reply::ok(&FirewallResponse { firewall }))
}

fn update(store: &mut Store, call: &Call) -> Answer {
    let id = call.id("id")?;
    let req: UpdateFirewallRequest = call.body()?;
    store.firewalls.get(id)?;
    if let Some(name) = &req.name {
        check_name("name", name, 128)?;
        store.firewalls.check_unique_name(name, Some(id))?;
    }
    check_labels(req.labels.as_ref())?;
    check_no_conflict(store, KIND, id)?;
    sync(store);
    let fw = store.firewalls.get_mut(id)?;
    if let Some(name) = req.name {
        fw.name = name;
    }
    if let Some(labels) = req.labels {
        fw.labels = Some(labels);
    }
    Ok(Reply::ok(&FirewallResponse {
        firewall: fw.clone(),
    }))
}

fn delete(store: &mut Store, call: &Call) -> Answer {
    let id = call.id("id")?;
    store.firewalls.get(id)?;
    sync(store);
    let fw = store.firewalls.get(id)?;
    if !fw.applied_to.is_empty() {
        return Err(ApiFail::specific(
            "resource_in_use",
            &format!("Firewall {id} is still applied to a resource"),
        ));
    }
    store.check_unlocked(KIND, id)?;
    store.firewalls.remove(id)?;
    sync(store);
    Ok(Reply::no_content())
}

fn apply_to_resources(store: &mut Store, call: &Call) -> Answer {
    let id = call.id("id")?;
    let req: ApplyFirewallToResourcesRequest = call.body()?;
    store.firewalls.get(id)?;
    sync(store);
    let entries = check_apply(store, store.firewalls.get(id)?, &req.apply_to, false)?;
    let actions = apply(store, call, id, entries)?;
    sync(store);
    Ok(Reply::created(&ActionListResponse { actions }))
}

fn remove_from_resources(store: &mut Store, call: &Call) -> Answer {
    let id = call.id("id")?;
    let req: RemoveFirewallFromResourcesRequest = call.body()?;
    store.firewalls.get(id)?;
    sync(store);
    let fw = store.firewalls.get(id)?.clone();
    // Check every entry before changing anything.
    let mut removals: Vec<FirewallAppliedTo> = Vec::new();
    for (i, r) in req.remove_from.iter().enumerate() {
        check_known(
            &format!("remove_from[{i}].type"),
            &r.r#type,
            FirewallAppliedToType::KNOWN,
        )?;
        match r.r#type {
            FirewallAppliedToType::Server => {
                let Some(sid) = r.server.as_ref().map(|s| s.id) else {
                    return Err(ApiFail::invalid_input(
                        &format!("remove_from[{i}].server"),
                        "is required for type server",
                    ));
                };
                if store.servers.get(sid).is_err() {
                    return Err(ApiFail::new(
                        404,
                        "firewall_resource_not_found",
                        &format!("Server with ID {sid} not found"),
                    ));
                }
                if !direct_servers(&fw).any(|s| s == sid) {
                    let via_selector = fw.applied_to.iter().any(|a| {
                        a.applied_to_resources
                            .iter()
                            .flatten()
                            .any(|res| res.server.as_ref().is_some_and(|s| s.id == sid))
                    });
                    return Err(if via_selector {
                        ApiFail::specific(
                            "firewall_managed_by_label_selector",
                            &format!(
                                "Firewall {id} is applied to Server {sid} through a label selector"
                            ),
                        )
                    } else {
                        ApiFail::new(
                            404,
                            "firewall_resource_not_found",
                            &format!("Firewall {id} is not applied to Server {sid}"),
                        )
                    });
                }
                removals.push(FirewallAppliedTo {
                    r#type: FirewallAppliedToType::Server,
                    server: Some(FirewallAppliedToServer { id: sid }),
                    label_selector: None,
                    applied_to_resources: None,
                });
            }
            _ => {
                let Some(sel) = r.label_selector.as_ref() else {
                    return Err(ApiFail::invalid_input(
                        &format!("remove_from[{i}].label_selector"),
                        "is required for type label_selector",
                    ));
                };
                if !selectors(&fw).any(|s| s == sel.selector) {
                    return Err(ApiFail::new(
                        404,
                        "firewall_resource_not_found",
                        &format!(
                            "Firewall {id} is not applied to label selector `{}`",
                            sel.selector
                        ),
                    ));
                }
                removals.push(FirewallAppliedTo {
                    r#type: FirewallAppliedToType::LabelSelector,
                    server: None,
                    label_selector: Some(sel.clone()),
                    applied_to_resources: None,
                });
            }
        }
    }
    let mut actions = Vec::new();
    for removal in removals {
        let before = servers_of(store, store.firewalls.get(id)?);
        store.firewalls.get_mut(id)?.applied_to.retain(|a| {
            a.r#type != removal.r#type
                || a.server != removal.server
                || a.label_selector.as_ref().map(|l| &l.selector)
                    != removal.label_selector.as_ref().map(|l| &l.selector)
        });
        let after = servers_of(store, store.firewalls.get(id)?);
        let left: Vec<i64> = before.difference(&after).copied().collect();
        let server_first = removal.r#type == FirewallAppliedToType::Server;
        actions.push(start(
            store,
            call,
            "remove_firewall",
            id,
            &left,
            server_first,
        ));
    }
    sync(store);
    Ok(Reply::created(&ActionListResponse { actions }))
}

fn set_rules(store: &mut Store, call: &Call) -> Answer {
    let id = call.id("id")?;
    let req: SetFirewallRulesRequest = call.body()?;
    store.firewalls.get(id)?;
    let rules = check_rules(req.rules)?;
    store.check_unlocked(KIND, id)?;
    sync(store);
    store.firewalls.get_mut(id)?.rules = rules;
    let servers: Vec<i64> = servers_of(store, store.firewalls.get(id)?)
        .into_iter()
        .collect();
    let mut actions =
        vec![store.start_action("set_firewall_rules", &[(KIND, id)], Vec::new(), call.now)];
    for sid in servers {
        actions.push(start(store, call, "apply_firewall", id, &[sid], false));
    }
    sync(store);
    Ok(Reply::created(&ActionListResponse { actions }))
}
