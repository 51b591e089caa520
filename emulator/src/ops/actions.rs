//! `/actions` and the action endpoints every resource has (`/servers/actions`,
//! `/servers/{id}/actions`, `/servers/actions/{id}`, and the deprecated
//! `/servers/{id}/actions/{action_id}`), answered from one table of actions.

use super::common::{enum_filter, resource_type};
use super::Handler;
use crate::call::{Answer, ApiFail, Call, Reply};
use crate::list;
use crate::store::Store;
use hetzcloud::models::{Action, ActionListResponse, ActionListResponseWithMeta, ActionResponse};
use hetzcloud::operations::OPERATIONS;

pub fn route(op_id: &str) -> Option<Handler> {
    let op = OPERATIONS.iter().find(|o| o.id == op_id)?;
    let f: Handler = match (op.resource, op.function) {
        ("actions", "get_by_ids") => get_by_ids,
        ("actions", "get") => get_one,
        (_, "list_actions") => list_of_kind,
        (_, "list_actions_for") => list_for_resource,
        (_, "get_action") => get_of_kind,
        (_, f) if f.starts_with("get_") && f.ends_with("_action") && op.deprecated => {
            get_for_resource
        }
        _ => return None,
    };
    Some(f)
}

const STATUSES: &[&str] = &["running", "success", "error"];

fn involves(a: &Action, kind: &str, id: Option<i64>) -> bool {
    a.resources
        .iter()
        .any(|r| r.r#type == kind && id.is_none_or(|id| r.id == id))
}

fn get_by_ids(store: &mut Store, call: &Call) -> Answer {
    let ids = call.query_all("id");
    if ids.is_empty() {
        return Err(ApiFail::invalid_input(
            "id",
            "at least one action ID is required",
        ));
    }
    let mut actions = Vec::new();
    for raw in ids {
        let id: i64 = raw
            .parse()
            .map_err(|_| ApiFail::invalid_input("id", &format!("`{raw}` is not an ID")))?;
        if let Some(a) = store.actions.rows.get(&id) {
            actions.push(a.clone());
        }
    }
    Ok(Reply::ok(&ActionListResponse { actions }))
}

fn get_one(store: &mut Store, call: &Call) -> Answer {
    let action = store.actions.get(call.id("id")?)?.clone();
    Ok(Reply::ok(&ActionResponse { action }))
}

fn list_filtered(store: &Store, call: &Call, kind: &str, resource: Option<i64>) -> Answer {
    let statuses = enum_filter(call, "status", STATUSES)?;
    let ids: Vec<i64> = call
        .query_all("id")
        .into_iter()
        .map(|raw| {
            raw.parse()
                .map_err(|_| ApiFail::invalid_input("id", &format!("`{raw}` is not an ID")))
        })
        .collect::<Result<_, _>>()?;
    let (actions, meta, link) = list::page(store.actions.values(), call, |a| {
        Ok(involves(a, kind, resource)
            && (statuses.is_empty() || statuses.contains(&a.status.as_str()))
            && (ids.is_empty() || ids.contains(&a.id)))
    })?;
    Ok(list::reply(
        &ActionListResponseWithMeta { actions, meta },
        link,
    ))
}

fn list_of_kind(store: &mut Store, call: &Call) -> Answer {
    list_filtered(store, call, resource_type(call.op.resource), None)
}

fn list_for_resource(store: &mut Store, call: &Call) -> Answer {
    let (kind, id) = owner(store, call)?;
    list_filtered(store, call, kind, Some(id))
}

fn get_of_kind(store: &mut Store, call: &Call) -> Answer {
    let kind = resource_type(call.op.resource);
    let id = call.id("id")?;
    match store.actions.rows.get(&id) {
        Some(a) if involves(a, kind, None) => Ok(Reply::ok(&ActionResponse { action: a.clone() })),
        _ => Err(ApiFail::not_found("Action", id)),
    }
}

fn get_for_resource(store: &mut Store, call: &Call) -> Answer {
    let (kind, owner) = owner(store, call)?;
    let id = call.id("action_id")?;
    match store.actions.rows.get(&id) {
        Some(a) if involves(a, kind, Some(owner)) => {
            Ok(Reply::ok(&ActionResponse { action: a.clone() }))
        }
        _ => Err(ApiFail::not_found("Action", id)),
    }
}

/// The resource a per-resource action path names; `not_found` when it does not exist.
fn owner(store: &Store, call: &Call) -> Result<(&'static str, i64), ApiFail> {
    let kind = resource_type(call.op.resource);
    if call.op.resource == "zones" {
        let zone = super::common::zone_by_id_or_name(store, call.segment("id_or_name"))?;
        return Ok((kind, zone));
    }
    let id = call.id("id")?;
    if !store.exists(call.op.resource, id) {
        return Err(ApiFail::not_found(kind, id));
    }
    Ok((kind, id))
}
