//! Images through the client: the catalogue's system and app images, and snapshots and
//! backups (loaded into the emulator's state, as the servers' `create_image` leaves them) —
//! list/filter/sort/page → get → update → protection → documented errors → delete.

use hetzcloud::models::*;
use hetzcloud::{ApiRequest, CallOptions, ErrorCode, Method};
use hetzcloud_emulator::{Config, Emulator};
use serde_json::{json, Value};
use std::time::Duration;

const SNAPSHOT: i64 = 5001;
const ARM_SNAPSHOT: i64 = 5002;
const BACKUP: i64 = 5003;
const SERVER: i64 = 4242;

fn image(id: i64, kind: &str, status: &str, arch: &str, labels: Value, bound_to: Value) -> Value {
    json!({"id": id, "type": kind, "status": status, "name": null,
        "description": format!("{kind} {id}"), "image_size": 1.5, "disk_size": 40.0,
        "created": format!("2025-01-0{}T10:00:00Z", id - 5000),
        "created_from": {"id": SERVER, "name": "web-1"}, "bound_to": bound_to,
        "os_flavor": "ubuntu", "os_version": "24.04", "protection": {"delete": false},
        "deprecated": null, "deleted": null, "labels": labels, "architecture": arch})
}

/// Puts two snapshots and a backup into the emulator's state, as if servers had made them.
async fn load_own_images(emu: &Emulator) {
    let ctl = hetzcloud::Client::builder()
        .endpoint(emu.base_url())
        .token(emu.token())
        .build()
        .unwrap();
    let opts = CallOptions::no_retry();
    let mut state = ctl
        .execute_json(ApiRequest::new(Method::Get, "/_emulator/state"), &opts)
        .await
        .unwrap()
        .into_inner();
    let images = state["images"].as_object_mut().unwrap();
    for img in [
        image(
            SNAPSHOT,
            "snapshot",
            "available",
            "x86",
            json!({"env": "prod"}),
            Value::Null,
        ),
        image(
            ARM_SNAPSHOT,
            "snapshot",
            "creating",
            "arm",
            json!({"env": "dev"}),
            Value::Null,
        ),
        image(
            BACKUP,
            "backup",
            "available",
            "x86",
            json!({}),
            json!(SERVER),
        ),
    ] {
        images.insert(img["id"].to_string(), img);
    }
    let mut put = ApiRequest::new(Method::Put, "/_emulator/state");
    put.body = Some(state.to_string());
    ctl.execute_json(put, &opts).await.unwrap();
}

fn ids(list: &ListImagesResponse) -> Vec<i64> {
    list.images.iter().map(|i| i.id).collect()
}

#[tokio::test]
async fn system_images_are_listed_and_filtered() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    let c = emu.client();
    let images = c.images();

    let all = images
        .list(&ListImagesParams::default().per_page(50))
        .await
        .unwrap();
    for name in [
        "ubuntu-22.04",
        "ubuntu-24.04",
        "debian-12",
        "fedora-41",
        "rocky-9",
        "alma-9",
        "centos-stream-9",
        "opensuse-15",
    ] {
        let both: Vec<&Image> = all
            .images
            .iter()
            .filter(|i| i.name.as_deref() == Some(name))
            .collect();
        assert_eq!(both.len(), 2, "{name}: one x86 and one arm image");
        assert!(both.iter().all(|i| i.r#type == ImageType::System));
        assert_ne!(both[0].architecture, both[1].architecture);
    }
    assert!(all.images.iter().all(|i| i.deprecated.is_none()));
    let with_deprecated = images
        .list(
            &ListImagesParams::default()
                .per_page(50)
                .include_deprecated(true),
        )
        .await
        .unwrap();
    assert!(with_deprecated.images.len() > all.images.len());
    assert!(with_deprecated
        .images
        .iter()
        .any(|i| i.deprecated.is_some()));

    let apps = images
        .list(&ListImagesParams::default().r#type([ImageType::App]))
        .await
        .unwrap();
    assert_eq!(apps.images.len(), 1);
    assert_eq!(apps.images[0].r#type, ImageType::App);

    let arm = images
        .list(
            &ListImagesParams::default()
                .per_page(50)
                .architecture(ImageArchitecture::Arm),
        )
        .await
        .unwrap();
    assert!(arm
        .images
        .iter()
        .all(|i| i.architecture == ImageArchitecture::Arm));
    assert!(!arm.images.is_empty());

    let ubuntu = images
        .list(&ListImagesParams::default().name("ubuntu-24.04"))
        .await
        .unwrap();
    assert_eq!(ubuntu.images.len(), 2);
    assert!(ids(&ubuntu).contains(&161547269));
    let got = images.get(161547269).await.unwrap();
    let got = got.image.as_ref().unwrap();
    assert_eq!(got.os_flavor, ImageOsFlavor::Ubuntu);
    assert_eq!(got.architecture, ImageArchitecture::X86);
    assert_eq!(
        images.find("ubuntu-24.04").await.unwrap().map(|i| i.id),
        Some(161547269)
    );

    let by_name = images
        .list(
            &ListImagesParams::default()
                .per_page(50)
                .sort([ImageSort::NameDesc]),
        )
        .await
        .unwrap();
    assert_eq!(by_name.images[0].name.as_deref(), Some("ubuntu-24.04"));
    let newest = images
        .list(&ListImagesParams::default().sort([ImageSort::CreatedDesc]))
        .await
        .unwrap();
    let created: Vec<_> = newest.images.iter().map(|i| i.created).collect();
    assert!(created.windows(2).all(|w| w[0] >= w[1]));
    let page = images
        .list(&ListImagesParams::default().per_page(5).page(2))
        .await
        .unwrap();
    assert_eq!(page.images.len(), 5);
    assert_eq!(page.meta.pagination.previous_page, Some(1));
    assert_eq!(
        page.meta.pagination.total_entries,
        Some(all.images.len() as i64)
    );

    let e = images.get(1).await.unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");
    let mut bad = ApiRequest::new(Method::Get, "/images");
    bad.query.push(("type", "golden".into()));
    let e = c
        .execute_json(bad, &CallOptions::no_retry())
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::InvalidInput), "{e}");
    emu.stop().await;
}

#[tokio::test]
async fn snapshot_and_backup_lifecycle() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    let c = emu.client();
    let images = c.images();
    load_own_images(&emu).await;

    let own = images
        .list(&ListImagesParams::default().r#type([ImageType::Snapshot, ImageType::Backup]))
        .await
        .unwrap();
    assert_eq!(ids(&own), [SNAPSHOT, ARM_SNAPSHOT, BACKUP]);
    let snapshots = images
        .list(&ListImagesParams::default().r#type([ImageType::Snapshot]))
        .await
        .unwrap();
    assert_eq!(ids(&snapshots), [SNAPSHOT, ARM_SNAPSHOT]);
    let creating = images
        .list(&ListImagesParams::default().status([ImageStatus::Creating]))
        .await
        .unwrap();
    assert_eq!(ids(&creating), [ARM_SNAPSHOT]);
    let bound = images
        .list(&ListImagesParams::default().bound_to([SERVER.to_string()]))
        .await
        .unwrap();
    assert_eq!(ids(&bound), [BACKUP]);
    let prod = images
        .list(&ListImagesParams::default().label_selector("env=prod"))
        .await
        .unwrap();
    assert_eq!(ids(&prod), [SNAPSHOT]);
    let labelled = images
        .list(&ListImagesParams::default().label_selector("env"))
        .await
        .unwrap();
    assert_eq!(ids(&labelled), [SNAPSHOT, ARM_SNAPSHOT]);
    let arm_own = images
        .list(
            &ListImagesParams::default()
                .r#type([ImageType::Snapshot])
                .architecture(ImageArchitecture::Arm),
        )
        .await
        .unwrap();
    assert_eq!(ids(&arm_own), [ARM_SNAPSHOT]);
    let newest_first = images
        .list(
            &ListImagesParams::default()
                .r#type([ImageType::Snapshot, ImageType::Backup])
                .sort([ImageSort::CreatedDesc]),
        )
        .await
        .unwrap();
    assert_eq!(ids(&newest_first), [BACKUP, ARM_SNAPSHOT, SNAPSHOT]);
    let e = images
        .list(&ListImagesParams::default().bound_to(["web-1".to_owned()]))
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::InvalidInput), "{e}");

    let got = images
        .get(SNAPSHOT)
        .await
        .unwrap()
        .into_inner()
        .image
        .unwrap();
    assert_eq!(got.created_from.unwrap().name, "web-1");

    // Update: description and labels; a backup becomes a snapshot, unbound.
    let upd = UpdateImageRequest {
        description: Some("golden image".into()),
        r#type: None,
        labels: Some([("tier".to_owned(), "base".to_owned())].into()),
    };
    let updated = images
        .update(SNAPSHOT, &upd)
        .await
        .unwrap()
        .into_inner()
        .image
        .unwrap();
    assert_eq!(updated.description, "golden image");
    assert_eq!(updated.labels.get("tier").map(String::as_str), Some("base"));
    assert!(!updated.labels.contains_key("env"));
    let converted = images
        .update(
            BACKUP,
            &UpdateImageRequest {
                r#type: Some(UpdateImageRequestType::Snapshot),
                ..Default::default()
            },
        )
        .await
        .unwrap()
        .into_inner()
        .image
        .unwrap();
    assert_eq!(converted.r#type, ImageType::Snapshot);
    assert_eq!(converted.bound_to, None);
    assert_eq!(converted.description, format!("backup {BACKUP}"));
    let bound = images
        .list(&ListImagesParams::default().bound_to([SERVER.to_string()]))
        .await
        .unwrap();
    assert!(bound.images.is_empty());

    // Protection: an action, then delete is refused until it is lifted again.
    let action = images
        .change_protection(
            SNAPSHOT,
            &ChangeImageProtectionRequest { delete: Some(true) },
        )
        .await
        .unwrap();
    assert_eq!(action.status, 201);
    assert_eq!(action.action.command, "change_protection");
    assert_eq!(action.action.resources[0].r#type, "image");
    assert_eq!(action.action.resources[0].id, SNAPSHOT);
    c.wait_for([&action.action]).await.unwrap();
    let protected = images
        .get(SNAPSHOT)
        .await
        .unwrap()
        .into_inner()
        .image
        .unwrap();
    assert!(protected.protection.delete);
    let e = images.delete(SNAPSHOT).await.unwrap_err();
    assert!(e.is(ErrorCode::Protected), "{e}");
    let history = images
        .list_actions_for(SNAPSHOT, &Default::default())
        .await
        .unwrap();
    assert_eq!(history.actions.len(), 1);
    assert_eq!(history.actions[0].status, ActionStatus::Success);
    let off = images
        .change_protection(
            SNAPSHOT,
            &ChangeImageProtectionRequest {
                delete: Some(false),
            },
        )
        .await
        .unwrap();
    c.wait_for([&off.action]).await.unwrap();

    images.delete(SNAPSHOT).await.unwrap();
    let e = images.get(SNAPSHOT).await.unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");
    let e = images.delete(SNAPSHOT).await.unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");
    images.delete(BACKUP).await.unwrap();
    emu.stop().await;
}

#[tokio::test]
async fn documented_errors() {
    let config = Config {
        action_duration: Duration::from_millis(300),
        ..Default::default()
    };
    let emu = Emulator::start(config).await.unwrap();
    let c = emu.client();
    let images = c.images();
    load_own_images(&emu).await;
    let system = 161547269;

    // The catalogue's images belong to no project.
    let e = images.delete(system).await.unwrap_err();
    assert!(e.is(ErrorCode::UnsupportedError), "{e}");
    let e = images
        .update(
            system,
            &UpdateImageRequest {
                description: Some("mine".into()),
                ..Default::default()
            },
        )
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::UnsupportedError), "{e}");
    let e = images
        .change_protection(system, &ChangeImageProtectionRequest { delete: Some(true) })
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::UnsupportedError), "{e}");
    // Protection is for snapshots only.
    let e = images
        .change_protection(BACKUP, &ChangeImageProtectionRequest { delete: Some(true) })
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::UnsupportedError), "{e}");

    // Invalid input (sent raw: the client checks these before sending): labels, an unknown
    // type, a mistyped field.
    let opts = CallOptions::no_retry();
    let raw = |path: String, body: &str| {
        let mut req = ApiRequest::new(Method::Put, path);
        req.body = Some(body.to_owned());
        req
    };
    let e = c
        .execute_json(
            raw(
                format!("/images/{SNAPSHOT}"),
                r#"{"labels": {"bad key!": "v"}}"#,
            ),
            &opts,
        )
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::InvalidInput), "{e}");
    let e = c
        .execute_json(
            raw(format!("/images/{SNAPSHOT}"), r#"{"type": "backup"}"#),
            &opts,
        )
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::InvalidInput), "{e}");
    assert_eq!(e.api().unwrap().details.fields()[0].name, "type");
    let e = c
        .execute_json(
            raw(format!("/images/{SNAPSHOT}"), r#"{"description": 7}"#),
            &opts,
        )
        .await
        .unwrap_err();
    assert_eq!(e.api().unwrap().details.fields()[0].name, "description");

    // While the protection change runs, the image is locked.
    let running = images
        .change_protection(
            SNAPSHOT,
            &ChangeImageProtectionRequest { delete: Some(true) },
        )
        .await
        .unwrap();
    assert_eq!(running.action.status, ActionStatus::Running);
    let e = images.delete(SNAPSHOT).await.unwrap_err();
    assert!(e.is(ErrorCode::Locked), "{e}");
    let e = images
        .change_protection(
            SNAPSHOT,
            &ChangeImageProtectionRequest {
                delete: Some(false),
            },
        )
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::Locked), "{e}");
    let still = images
        .get(SNAPSHOT)
        .await
        .unwrap()
        .into_inner()
        .image
        .unwrap();
    assert!(!still.protection.delete, "applied when the action finishes");
    c.wait_for([&running.action]).await.unwrap();
    let e = images.delete(SNAPSHOT).await.unwrap_err();
    assert!(e.is(ErrorCode::Protected), "{e}");

    let e = images.get(999_999).await.unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");
    let e = images
        .change_protection(
            999_999,
            &ChangeImageProtectionRequest { delete: Some(true) },
        )
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");
    let e = images
        .update(999_999, &UpdateImageRequest::default())
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");
    emu.stop().await;
}
