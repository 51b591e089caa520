//! Volumes: created `creating` and `available` once `create_volume` finishes; attached to
//! Servers in the same Location only, resized only upwards, deleted only when detached and
//! unprotected. Attaching and detaching keep the Server's `volumes` in step.

use super::common::{check_labels, enum_filter};
use super::Handler;
use crate::actions::Effect;
use crate::call::{Answer, ApiFail, Call, Reply};
use crate::list;
use crate::store::Store;
use hetzcloud::models::*;
use serde_json::json;

pub fn route(op_id: &str) -> Option<Handler> {
    let f: Handler = match op_id {
        "list_volumes" => list,
        "create_volume" => create,
        "get_volume" => get,
        "update_volume" => update,
        "delete_volume" => delete,
        "attach_volume" => attach,
        "detach_volume" => detach,
        "resize_volume" => resize,
        "change_volume_protection" => change_protection,
        _ => return None,
    };
    Some(f)
}

/// Smallest and largest Volume, in GB.
const MIN_SIZE: f64 = 10.0;
const MAX_SIZE: f64 = 10240.0;
const FORMATS: &[&str] = &["xfs", "ext4"];

fn list(store: &mut Store, call: &Call) -> Answer {
    let statuses = enum_filter(call, "status", &["available", "creating"])?;
    let (volumes, meta, link) = list::page(store.volumes.values(), call, |v| {
        Ok(statuses.is_empty() || statuses.contains(&v.status.as_str()))
    })?;
    Ok(list::reply(&ListVolumesResponse { volumes, meta }, link))
}

/// Alphanumerics, `-`, `_` and `.`, starting and ending with an alphanumeric, at most 64.
fn check_volume_name(name: &str) -> Result<(), ApiFail> {
    let ok_chars = name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    let ends = name
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphanumeric())
        && name
            .chars()
            .last()
            .is_some_and(|c| c.is_ascii_alphanumeric());
    if !ok_chars || !ends || name.len() > 64 {
        return Err(ApiFail::invalid_input(
            "name",
            "must consist of alphanumeric characters, dashes, underscores and dots, start and \
             end with an alphanumeric character and be at most 64 characters long",
        ));
    }
    Ok(())
}

fn check_size(size: f64) -> Result<(), ApiFail> {
    if !(MIN_SIZE..=MAX_SIZE).contains(&size) {
        return Err(ApiFail::invalid_input(
            "size",
            &format!("must be between {MIN_SIZE} and {MAX_SIZE} GB"),
        ));
    }
    Ok(())
}

fn action_reply(action: Action) -> Answer {
    Ok(Reply::created(&ActionResponse { action }))
}

/// The Server's `volumes` with `add` added and `remove` removed, as a patch.
fn server_volumes(store: &Store, server: i64, add: Option<i64>, remove: Option<i64>) -> Effect {
    let mut ids = store
        .servers
        .rows
        .get(&server)
        .and_then(|s| s.volumes.clone())
        .unwrap_or_default();
    ids.retain(|v| Some(*v) != remove && Some(*v) != add);
    if let Some(a) = add {
        ids.push(a);
    }
    ids.sort_unstable();
    Effect::patch("servers", server, json!({ "volumes": ids }))
}

fn create(store: &mut Store, call: &Call) -> Answer {
    let req: CreateVolumeRequest = call.body()?;
    check_volume_name(&req.name)?;
    check_labels(req.labels.as_ref())?;
    check_size(req.size as f64)?;
    if let Some(f) = &req.format {
        if !FORMATS.contains(&f.as_str()) {
            return Err(ApiFail::invalid_input(
                "format",
                &format!("`{f}` is not one of {}", FORMATS.join(", ")),
            ));
        }
    }
    if req.automount == Some(true) && req.server.is_none() {
        return Err(ApiFail::invalid_input(
            "automount",
            "automount needs a server to attach the Volume to",
        ));
    }
    let location = match (&req.server, &req.location) {
        (Some(sid), wanted) => {
            let server = store.servers.get(*sid)?;
            let location = server.location.clone();
            if let Some(w) = wanted {
                let asked = store
                    .reference
                    .locations
                    .by_id_or_name("location", &hetzcloud::IdOrName::from(w.as_str()))?;
                if asked.id != location.id {
                    return Err(ApiFail::invalid_input(
                        "location",
                        &format!(
                            "the Server is in location {}, a Volume can only be attached in the same location",
                            location.name
                        ),
                    ));
                }
            }
            store.check_unlocked("server", *sid)?;
            location
        }
        (None, Some(w)) => store
            .reference
            .locations
            .by_id_or_name("location", &hetzcloud::IdOrName::from(w.as_str()))?
            .clone(),
        (None, None) => {
            return Err(ApiFail::invalid_input(
                "location",
                "either location or server must be given",
            ))
        }
    };
    store.volumes.check_unique_name(&req.name, None)?;
    store.check_limit(store.volumes.rows.len(), "Volume")?;
    let id = store.next_id();
    let volume = Volume {
        id,
        created: call.now,
        name: req.name,
        server: None,
        location,
        size: req.size as f64,
        linux_device: format!("/dev/disk/by-id/scsi-0HC_Volume_{id}"),
        protection: Protection { delete: false },
        labels: req.labels.unwrap_or_default(),
        status: VolumeStatus::Creating,
        format: req.format,
    };
    store.volumes.insert(volume.clone());
    let mut resources: Vec<(&str, i64)> = Vec::new();
    if let Some(sid) = req.server {
        resources.push(("server", sid));
    }
    resources.push(("volume", id));
    let action = store.start_action(
        "create_volume",
        &resources,
        vec![Effect::patch(
            "volumes",
            id,
            json!({ "status": VolumeStatus::Available.as_str() }),
        )],
        call.now,
    );
    let mut next_actions = Vec::new();
    if let Some(sid) = req.server {
        let effects = vec![
            Effect::patch("volumes", id, json!({ "server": sid })),
            server_volumes(store, sid, Some(id), None),
        ];
        next_actions.push(store.start_action(
            "attach_volume",
            &[("server", sid), ("volume", id)],
            effects,
            call.now,
        ));
    }
    Ok(Reply::created(&CreateVolumeResponse {
        volume,
        action,
        next_actions,
    }))
}

fn get(store: &mut Store, call: &Call) -> Answer {
    let volume = store.volumes.get(call.id("id")?)?.clone();
    Ok(Reply::ok(&GetVolumeResponse { volume }))
}

fn update(store: &mut Store, call: &Call) -> Answer {
    let id = call.id("id")?;
    store.volumes.get(id)?;
    let req: UpdateVolumeRequest = call.body()?;
    if let Some(name) = &req.name {
        check_volume_name(name)?;
        store.volumes.check_unique_name(name, Some(id))?;
    }
    check_labels(req.labels.as_ref())?;
    let volume = store.volumes.get_mut(id)?;
    if let Some(name) = req.name {
        volume.name = name;
    }
    if let Some(labels) = req.labels {
        volume.labels = labels;
    }
    Ok(Reply::ok(&GetVolumeResponse {
        volume: volume.clone(),
    }))
}

fn delete(store: &mut Store, call: &Call) -> Answer {
    let id = call.id("id")?;
    let volume = store.volumes.get(id)?;
    if volume.protection.delete {
        return Err(ApiFail::protected("Volume", id));
    }
    store.check_unlocked("volume", id)?;
    if volume.server.is_some() {
        return Err(ApiFail::new(
            422,
            "service_error",
            &format!("volume with ID '{id}' is still attached to a server"),
        ));
    }
    store.volumes.remove(id)?;
    Ok(Reply::no_content())
}

fn attach(store: &mut Store, call: &Call) -> Answer {
    let id = call.id("id")?;
    let volume = store.volumes.get(id)?.clone();
    let req: AttachVolumeRequest = call.body()?;
    let server = store.servers.get(req.server)?.clone();
    store.check_unlocked("volume", id)?;
    store.check_unlocked("server", server.id)?;
    if let Some(current) = volume.server {
        return Err(ApiFail::specific(
            "volume_already_attached",
            &format!("Volume {id} is already attached to Server {current}, detach it first"),
        ));
    }
    if server.location.id != volume.location.id {
        return Err(ApiFail::invalid_input(
            "server",
            &format!(
                "Server {} is in location {} but the Volume is in location {}",
                server.id, server.location.name, volume.location.name
            ),
        ));
    }
    let effects = vec![
        Effect::patch("volumes", id, json!({ "server": server.id })),
        server_volumes(store, server.id, Some(id), None),
    ];
    let action = store.start_action(
        "attach_volume",
        &[("server", server.id), ("volume", id)],
        effects,
        call.now,
    );
    action_reply(action)
}

fn detach(store: &mut Store, call: &Call) -> Answer {
    let id = call.id("id")?;
    let volume = store.volumes.get(id)?.clone();
    store.check_unlocked("volume", id)?;
    let Some(sid) = volume.server else {
        return Err(ApiFail::new(
            422,
            "service_error",
            &format!("Volume {id} is not attached to a Server"),
        ));
    };
    let mut effects = vec![Effect::patch("volumes", id, json!({ "server": null }))];
    let mut resources = vec![("volume", id)];
    if store.servers.rows.contains_key(&sid) {
        store.check_unlocked("server", sid)?;
        effects.push(server_volumes(store, sid, None, Some(id)));
        resources.insert(0, ("server", sid));
    }
    let action = store.start_action("detach_volume", &resources, effects, call.now);
    action_reply(action)
}

fn resize(store: &mut Store, call: &Call) -> Answer {
    let id = call.id("id")?;
    let volume = store.volumes.get(id)?.clone();
    let req: ResizeVolumeRequest = call.body()?;
    store.check_unlocked("volume", id)?;
    if !req.size.is_finite() || req.size <= volume.size {
        return Err(ApiFail::invalid_input(
            "size",
            &format!(
                "must be greater than the current size of {} GB",
                volume.size
            ),
        ));
    }
    check_size(req.size)?;
    let action = store.start_action(
        "resize_volume",
        &[("volume", id)],
        vec![Effect::patch("volumes", id, json!({ "size": req.size }))],
        call.now,
    );
    action_reply(action)
}

fn change_protection(store: &mut Store, call: &Call) -> Answer {
    let id = call.id("id")?;
    let volume = store.volumes.get(id)?.clone();
    let req: ChangeVolumeProtectionRequest = call.body()?;
    store.check_unlocked("volume", id)?;
    let delete = req.delete.unwrap_or(volume.protection.delete);
    let action = store.start_action(
        "change_protection",
        &[("volume", id)],
        vec![Effect::patch(
            "volumes",
            id,
            json!({ "protection": { "delete": delete } }),
        )],
        call.now,
    );
    action_reply(action)
}
