//! Placement Groups: `servers` is read from the Servers' `placement_group`, and the copies
//! Servers embed follow renames and label changes.

use super::common::{check_labels, enum_filter};
use super::netkit::{check_known, check_name, check_no_conflict, check_sort};
use super::Handler;
use crate::call::{Answer, Call, Reply};
use crate::list;
use crate::store::Store;
use hetzcloud::models::*;

pub fn route(op_id: &str) -> Option<Handler> {
    let f: Handler = match op_id {
        "list_placement_groups" => list,
        "create_placement_group" => create,
        "get_placement_group" => get,
        "update_placement_group" => update,
        "delete_placement_group" => delete,
        _ => return None,
    };
    Some(f)
}

/// The Placement Group with `servers` taken from the Servers that are in it.
pub fn view(store: &Store, pg: &PlacementGroup) -> PlacementGroup {
    let mut pg = pg.clone();
    pg.servers = store
        .servers
        .values()
        .filter(|s| s.placement_group.as_ref().is_some_and(|p| p.id == pg.id))
        .map(|s| s.id)
        .collect();
    pg
}

fn list(store: &mut Store, call: &Call) -> Answer {
    check_sort(call, &["id", "name", "created"])?;
    let types = enum_filter(call, "type", &["spread"])?;
    let (groups, meta, link) = list::page(store.placement_groups.values(), call, |pg| {
        Ok(types.is_empty() || types.contains(&pg.r#type.as_str()))
    })?;
    let placement_groups = groups.iter().map(|pg| view(store, pg)).collect();
    Ok(list::reply(
        &PlacementGroupsResponse {
            placement_groups,
            meta,
        },
        link,
    ))
}

fn create(store: &mut Store, call: &Call) -> Answer {
    let req: CreatePlacementGroupRequest = call.body()?;
    check_name("name", &req.name, 128)?;
    check_labels(req.labels.as_ref())?;
    check_known("type", &req.r#type, PlacementGroupType::KNOWN)?;
    store.placement_groups.check_unique_name(&req.name, None)?;
    store.check_limit(store.placement_groups.rows.len(), "Placement Group")?;
    let pg = PlacementGroup {
        id: store.next_id(),
        name: req.name,
        labels: req.labels.unwrap_or_default(),
        r#type: req.r#type,
        created: call.now,
        servers: Vec::new(),
    };
    store.placement_groups.insert(pg.clone());
    Ok(Reply::created(&CreatePlacementGroupResponse {
        placement_group: pg,
        action: None,
    }))
}

fn get(store: &mut Store, call: &Call) -> Answer {
    let pg = store.placement_groups.get(call.id("id")?)?;
    Ok(Reply::ok(&PlacementGroupResponse {
        placement_group: view(store, pg),
    }))
}

fn update(store: &mut Store, call: &Call) -> Answer {
    let id = call.id("id")?;
    let req: UpdatePlacementGroupRequest = call.body()?;
    store.placement_groups.get(id)?;
    if let Some(name) = &req.name {
        check_name("name", name, 128)?;
        store.placement_groups.check_unique_name(name, Some(id))?;
    }
    check_labels(req.labels.as_ref())?;
    check_no_conflict(store, "placement_group", id)?;
    let pg = store.placement_groups.get_mut(id)?;
    if let Some(name) = req.name {
        pg.name = name;
    }
    if let Some(labels) = req.labels {
        pg.labels = labels;
    }
    let pg = pg.clone();
    let pg = view(store, &pg);
    store.placement_groups.insert(pg.clone());
    // Servers embed the group: keep their copies current.
    for s in store.servers.rows.values_mut() {
        if let Some(embedded) = s.placement_group.as_mut().filter(|p| p.id == id) {
            *embedded = pg.clone();
        }
    }
    Ok(Reply::ok(&PlacementGroupResponse {
        placement_group: pg,
    }))
}

fn delete(store: &mut Store, call: &Call) -> Answer {
    let id = call.id("id")?;
    store.placement_groups.get(id)?;
    store.check_unlocked("placement_group", id)?;
    store.placement_groups.remove(id)?;
    // Servers in the group leave it.
    for s in store.servers.rows.values_mut() {
        if s.placement_group.as_ref().is_some_and(|p| p.id == id) {
            s.placement_group = None;
        }
    }
    Ok(Reply::no_content())
}
