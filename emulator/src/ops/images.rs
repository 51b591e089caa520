//! Images: the system and app images of the catalogue, and the project's snapshots and
//! backups (created by the servers family's `create_image` action, straight into
//! `store.images`). Only snapshots and backups can be changed or deleted.

use super::catalog::ARCHITECTURES;
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
        "list_images" => list,
        "get_image" => get,
        "update_image" => update,
        "delete_image" => delete,
        "change_image_protection" => change_protection,
        _ => return None,
    };
    Some(f)
}

const TYPES: &[&str] = &["system", "app", "snapshot", "backup"];
const STATUSES: &[&str] = &["available", "creating", "unavailable"];

fn list(store: &mut Store, call: &Call) -> Answer {
    let types = enum_filter(call, "type", TYPES)?;
    let statuses = enum_filter(call, "status", STATUSES)?;
    let architecture = enum_filter(call, "architecture", ARCHITECTURES)?
        .last()
        .map(|a| ImageArchitecture::from(*a));
    let bound_to: Vec<i64> = call
        .query_all("bound_to")
        .into_iter()
        .map(|raw| {
            raw.parse::<i64>()
                .map_err(|_| ApiFail::invalid_input("bound_to", &format!("`{raw}` is not an ID")))
        })
        .collect::<Result<_, _>>()?;
    let include_deprecated = call.query_bool("include_deprecated")?.unwrap_or(false);
    let (images, meta, link) = list::page(store.images.values(), call, |i| {
        Ok((types.is_empty() || types.contains(&i.r#type.as_str()))
            && (statuses.is_empty() || statuses.contains(&i.status.as_str()))
            && architecture.as_ref().is_none_or(|a| *a == i.architecture)
            && (bound_to.is_empty() || i.bound_to.is_some_and(|b| bound_to.contains(&b)))
            && (include_deprecated || i.deprecated.is_none()))
    })?;
    Ok(list::reply(&ListImagesResponse { images, meta }, link))
}

fn get(store: &mut Store, call: &Call) -> Answer {
    let image = store.images.get(call.id("id")?)?.clone();
    Ok(Reply::ok(&GetImageResponse { image: Some(image) }))
}

/// `unsupported_error` for the catalogue's images: only the project's own can be changed.
fn check_own(image: &Image, what: &str) -> Result<(), ApiFail> {
    match image.r#type {
        ImageType::Snapshot | ImageType::Backup => Ok(()),
        _ => Err(ApiFail::specific(
            "unsupported_error",
            &format!(
                "Image {} is of type {}: only snapshot and backup Images can be {what}",
                image.id,
                image.r#type.as_str()
            ),
        )),
    }
}

fn update(store: &mut Store, call: &Call) -> Answer {
    let id = call.id("id")?;
    let req: UpdateImageRequest = call.body()?;
    check_own(store.images.get(id)?, "updated")?;
    check_labels(req.labels.as_ref())?;
    if let Some(UpdateImageRequestType::Unrecognized(other)) = &req.r#type {
        return Err(ApiFail::invalid_input(
            "type",
            &format!("`{other}` is not one of snapshot"),
        ));
    }
    let image = store.images.get_mut(id)?;
    if let Some(description) = req.description {
        image.description = description;
    }
    if req.r#type.is_some() && image.r#type == ImageType::Backup {
        // A backup converted to a snapshot is no longer bound to its server.
        image.r#type = ImageType::Snapshot;
        image.bound_to = None;
    }
    if let Some(labels) = req.labels {
        image.labels = labels;
    }
    Ok(Reply::ok(&GetImageResponse {
        image: Some(image.clone()),
    }))
}

fn delete(store: &mut Store, call: &Call) -> Answer {
    let id = call.id("id")?;
    let image = store.images.get(id)?;
    check_own(image, "deleted")?;
    if image.protection.delete {
        return Err(ApiFail::protected("Image", id));
    }
    store.check_unlocked("image", id)?;
    store.images.remove(id)?;
    Ok(Reply::no_content())
}

fn change_protection(store: &mut Store, call: &Call) -> Answer {
    let id = call.id("id")?;
    let req: ChangeImageProtectionRequest = call.body()?;
    let image = store.images.get(id)?;
    if image.r#type != ImageType::Snapshot {
        return Err(ApiFail::specific(
            "unsupported_error",
            &format!(
                "Image {id} is of type {}: protection can only be changed on snapshots",
                image.r#type.as_str()
            ),
        ));
    }
    store.check_unlocked("image", id)?;
    let effects = req
        .delete
        .map(|delete| Effect::patch("images", id, json!({"protection": {"delete": delete}})))
        .into_iter()
        .collect();
    let action = store.start_action("change_protection", &[("image", id)], effects, call.now);
    Ok(Reply::created(&ActionResponse { action }))
}
