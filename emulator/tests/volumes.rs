//! Volumes through the client: create → list/filter/sort/page → update → attach/detach/resize/
//! protection → errors → delete. Servers are loaded through `/_emulator/state`.

use hetzcloud::models::*;
use hetzcloud::{ApiRequest, CallOptions, ErrorCode, Method};
use hetzcloud_emulator::{Config, Emulator};
use serde_json::{json, Value};
use std::time::Duration;

/// Changes the emulated project through `GET`/`PUT /_emulator/state`.
async fn edit_state(emu: &Emulator, f: impl FnOnce(&mut Value)) {
    let control = hetzcloud::Client::builder()
        .endpoint(emu.base_url())
        .token("control")
        .build()
        .unwrap();
    let opts = CallOptions::no_retry();
    let mut state = control
        .execute_json(ApiRequest::new(Method::Get, "/_emulator/state"), &opts)
        .await
        .unwrap()
        .data;
    f(&mut state);
    let mut put = ApiRequest::new(Method::Put, "/_emulator/state");
    put.body = Some(state.to_string());
    control.execute_json(put, &opts).await.unwrap();
}

/// A second location, `nbg1`, next to the standard `fsn1`.
fn add_location(state: &mut Value) {
    state["reference"]["locations"]["2"] = json!({"id": 2, "name": "nbg1",
        "description": "Nuremberg DC Park 1", "country": "DE", "city": "Nuremberg",
        "latitude": 49.452102, "longitude": 11.076665, "network_zone": "eu-central"});
}

/// A running Server in `location` that decodes into `hetzcloud::models::Server`.
fn add_server(state: &mut Value, id: i64, name: &str, location: &str) {
    let server_type = state["reference"]["server_types"]
        .as_object()
        .unwrap()
        .values()
        .next()
        .unwrap()
        .clone();
    let location = state["reference"]["locations"]
        .as_object()
        .unwrap()
        .values()
        .find(|l| l["name"] == location)
        .unwrap()
        .clone();
    let server = json!({
        "id": id, "name": name, "status": "running", "created": "2025-01-01T00:00:00Z",
        "public_net": {"ipv4": {"ip": format!("198.51.100.{id}"), "blocked": false,
            "dns_ptr": "static.example.com"}, "ipv6": null, "floating_ips": []},
        "private_net": [], "server_type": server_type, "location": location,
        "image": null, "iso": null, "rescue_enabled": false, "locked": false,
        "backup_window": null, "outgoing_traffic": 0, "ingoing_traffic": 0,
        "included_traffic": 0, "protection": {"delete": false, "rebuild": false},
        "labels": {}, "volumes": [], "load_balancers": [], "primary_disk_size": 40.0
    });
    state["servers"][id.to_string()] = server;
}

async fn server_volumes(c: &hetzcloud::Client, id: i64) -> Vec<i64> {
    let req = ApiRequest::new(Method::Get, format!("/servers/{id}"));
    // The servers family may not be emulated on this branch: read the state instead.
    match c.execute_json(req, &CallOptions::no_retry()).await {
        Ok(r) => serde_json::from_value(r.data["server"]["volumes"].clone()).unwrap_or_default(),
        Err(_) => Vec::new(),
    }
}

async fn state_server_volumes(emu: &Emulator, id: i64) -> Vec<i64> {
    let mut out = Vec::new();
    edit_state(emu, |s| {
        out = serde_json::from_value(s["servers"][id.to_string()]["volumes"].clone()).unwrap();
    })
    .await;
    out
}

#[tokio::test]
async fn volume_lifecycle() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    edit_state(&emu, |s| {
        add_location(s);
        add_server(s, 11, "web-1", "fsn1");
        add_server(s, 12, "web-2", "nbg1");
    })
    .await;
    let c = emu.client();
    let volumes = c.volumes();

    // Create: one free-standing per location, one attached on creation.
    let mut req = CreateVolumeRequest::new(10, "data-a");
    req.location = Some("fsn1".into());
    req.labels = Some([("env".to_owned(), "dev".to_owned())].into());
    let a = volumes.create(&req).await.unwrap();
    assert_eq!(a.status, 201);
    assert_eq!(a.volume.status, VolumeStatus::Creating);
    assert_eq!(a.volume.location.name, "fsn1");
    assert_eq!(a.volume.server, None);
    assert_eq!(a.volume.format, None);
    assert_eq!(
        a.volume.linux_device,
        format!("/dev/disk/by-id/scsi-0HC_Volume_{}", a.volume.id)
    );
    assert_eq!(a.action.command, "create_volume");
    assert!(a.next_actions.is_empty());
    c.wait_for([&a.action]).await.unwrap();
    let got = volumes.get(a.volume.id).await.unwrap();
    assert_eq!(got.volume.status, VolumeStatus::Available);

    let mut req = CreateVolumeRequest::new(50, "data-b");
    req.server = Some(11);
    req.automount = Some(true);
    req.format = Some("ext4".into());
    req.labels = Some([("env".to_owned(), "prod".to_owned())].into());
    let b = volumes.create(&req).await.unwrap();
    assert_eq!(b.volume.location.name, "fsn1", "the Server's location");
    assert_eq!(b.volume.format.as_deref(), Some("ext4"));
    assert_eq!(b.next_actions.len(), 1);
    assert_eq!(b.next_actions[0].command, "attach_volume");
    let kinds: Vec<&str> = b
        .action
        .resources
        .iter()
        .map(|r| r.r#type.as_str())
        .collect();
    assert_eq!(kinds, ["server", "volume"]);
    c.wait_for([&b.action, &b.next_actions[0]]).await.unwrap();
    let got = volumes.get(b.volume.id).await.unwrap();
    assert_eq!(got.volume.server, Some(11));
    assert_eq!(got.volume.status, VolumeStatus::Available);
    assert_eq!(state_server_volumes(&emu, 11).await, vec![b.volume.id]);

    let mut req = CreateVolumeRequest::new(20, "data-c");
    req.location = Some("nbg1".into());
    let cc = volumes.create(&req).await.unwrap();
    c.wait_for([&cc.action]).await.unwrap();

    // List: everything, filters, sort, pages.
    let all = volumes.list(&ListVolumesParams::default()).await.unwrap();
    assert_eq!(all.volumes.len(), 3);
    assert_eq!(all.meta.pagination.total_entries, Some(3));
    let prod = volumes
        .list(&ListVolumesParams::default().label_selector("env=prod"))
        .await
        .unwrap();
    assert_eq!(prod.volumes.len(), 1);
    assert_eq!(prod.volumes[0].name, "data-b");
    let named = volumes
        .list(&ListVolumesParams::default().name("data-c"))
        .await
        .unwrap();
    assert_eq!(named.volumes[0].id, cc.volume.id);
    let available = volumes
        .list(&ListVolumesParams::default().status([VolumeStatus::Available]))
        .await
        .unwrap();
    assert_eq!(available.volumes.len(), 3);
    let creating = volumes
        .list(&ListVolumesParams::default().status([VolumeStatus::Creating]))
        .await
        .unwrap();
    assert!(creating.volumes.is_empty());
    let desc = volumes
        .list(&ListVolumesParams::default().sort([VolumeSort::NameDesc]))
        .await
        .unwrap();
    assert_eq!(desc.volumes[0].name, "data-c");
    let page2 = volumes
        .list(&ListVolumesParams::default().per_page(2).page(2))
        .await
        .unwrap();
    assert_eq!(page2.volumes.len(), 1);
    assert_eq!(page2.meta.pagination.previous_page, Some(1));
    assert_eq!(
        volumes.find("data-a").await.unwrap().map(|v| v.id),
        Some(a.volume.id)
    );

    // Update.
    let upd = UpdateVolumeRequest {
        name: Some("data-a2".into()),
        labels: Some([("tier".to_owned(), "cold".to_owned())].into()),
    };
    let updated = volumes.update(a.volume.id, &upd).await.unwrap();
    assert_eq!(updated.volume.name, "data-a2");
    assert_eq!(
        updated.volume.labels.get("tier").map(String::as_str),
        Some("cold")
    );
    let dup = volumes
        .update(
            a.volume.id,
            &UpdateVolumeRequest {
                name: Some("data-b".into()),
                labels: None,
            },
        )
        .await
        .unwrap_err();
    assert!(dup.is(ErrorCode::UniquenessError), "{dup}");

    // Attach: same location only, never twice.
    let far = volumes
        .attach(a.volume.id, &AttachVolumeRequest::new(12))
        .await
        .unwrap_err();
    assert!(far.is(ErrorCode::InvalidInput), "{far}");
    let twice = volumes
        .attach(b.volume.id, &AttachVolumeRequest::new(11))
        .await
        .unwrap_err();
    assert_eq!(
        twice.api().unwrap().code.as_str(),
        "volume_already_attached"
    );
    let missing = volumes
        .attach(a.volume.id, &AttachVolumeRequest::new(999))
        .await
        .unwrap_err();
    assert!(missing.is(ErrorCode::NotFound), "{missing}");
    let mut attach = AttachVolumeRequest::new(11);
    attach.automount = Some(false);
    let act = volumes.attach(a.volume.id, &attach).await.unwrap();
    assert_eq!(act.status, 201);
    assert_eq!(act.action.command, "attach_volume");
    c.wait_for([&act.action]).await.unwrap();
    assert_eq!(
        volumes.get(a.volume.id).await.unwrap().volume.server,
        Some(11)
    );
    let mut on_server = state_server_volumes(&emu, 11).await;
    on_server.sort_unstable();
    assert_eq!(on_server, vec![a.volume.id, b.volume.id]);
    // Through the servers family when it is there.
    let via_api = server_volumes(&c, 11).await;
    assert!(via_api.is_empty() || via_api.contains(&a.volume.id));

    // Delete needs a detached Volume.
    let attached = volumes.delete(a.volume.id).await.unwrap_err();
    assert_eq!(attached.api().unwrap().code.as_str(), "service_error");
    assert_eq!(attached.api().unwrap().status, 422);
    let act = volumes.detach(a.volume.id).await.unwrap();
    assert_eq!(act.action.command, "detach_volume");
    c.wait_for([&act.action]).await.unwrap();
    assert_eq!(volumes.get(a.volume.id).await.unwrap().volume.server, None);
    assert_eq!(state_server_volumes(&emu, 11).await, vec![b.volume.id]);
    let not_attached = volumes.detach(a.volume.id).await.unwrap_err();
    assert_eq!(not_attached.api().unwrap().code.as_str(), "service_error");

    // Resize: only larger.
    let smaller = volumes
        .resize(a.volume.id, &ResizeVolumeRequest::new(5.0))
        .await
        .unwrap_err();
    assert!(smaller.is(ErrorCode::InvalidInput), "{smaller}");
    assert_eq!(smaller.api().unwrap().details.fields()[0].name, "size");
    let same = volumes
        .resize(a.volume.id, &ResizeVolumeRequest::new(10.0))
        .await
        .unwrap_err();
    assert!(same.is(ErrorCode::InvalidInput), "{same}");
    let act = volumes
        .resize(a.volume.id, &ResizeVolumeRequest::new(25.0))
        .await
        .unwrap();
    assert_eq!(act.action.command, "resize_volume");
    c.wait_for([&act.action]).await.unwrap();
    assert_eq!(volumes.get(a.volume.id).await.unwrap().volume.size, 25.0);

    // Protection.
    let act = volumes
        .change_protection(
            a.volume.id,
            &ChangeVolumeProtectionRequest { delete: Some(true) },
        )
        .await
        .unwrap();
    assert_eq!(act.action.command, "change_protection");
    c.wait_for([&act.action]).await.unwrap();
    assert!(
        volumes
            .get(a.volume.id)
            .await
            .unwrap()
            .volume
            .protection
            .delete
    );
    let protected = volumes.delete(a.volume.id).await.unwrap_err();
    assert!(protected.is(ErrorCode::Protected), "{protected}");
    let act = volumes
        .change_protection(
            a.volume.id,
            &ChangeVolumeProtectionRequest {
                delete: Some(false),
            },
        )
        .await
        .unwrap();
    c.wait_for([&act.action]).await.unwrap();

    // The volume's actions are listed by the generic endpoints.
    let acts = volumes
        .list_actions_for(a.volume.id, &Default::default())
        .await
        .unwrap();
    let commands: Vec<&str> = acts.actions.iter().map(|a| a.command.as_str()).collect();
    for cmd in [
        "create_volume",
        "attach_volume",
        "detach_volume",
        "resize_volume",
        "change_protection",
    ] {
        assert!(commands.contains(&cmd), "{cmd} in {commands:?}");
    }

    volumes.delete(a.volume.id).await.unwrap();
    let gone = volumes.get(a.volume.id).await.unwrap_err();
    assert!(gone.is(ErrorCode::NotFound), "{gone}");
    let gone = volumes.delete(a.volume.id).await.unwrap_err();
    assert!(gone.is(ErrorCode::NotFound), "{gone}");
    emu.stop().await;
}

#[tokio::test]
async fn volume_create_is_checked() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    edit_state(&emu, |s| add_server(s, 11, "web-1", "fsn1")).await;
    let c = emu.client();
    let volumes = c.volumes();
    let field = |e: &hetzcloud::Error| e.api().unwrap().details.fields()[0].name.clone();

    let mut small = CreateVolumeRequest::new(9, "small");
    small.location = Some("fsn1".into());
    let e = volumes.create(&small).await.unwrap_err();
    assert!(e.is(ErrorCode::InvalidInput), "{e}");
    assert_eq!(field(&e), "size");

    let mut huge = CreateVolumeRequest::new(10241, "huge");
    huge.location = Some("fsn1".into());
    assert_eq!(field(&volumes.create(&huge).await.unwrap_err()), "size");

    let nowhere = CreateVolumeRequest::new(10, "nowhere");
    assert_eq!(
        field(&volumes.create(&nowhere).await.unwrap_err()),
        "location"
    );

    let mut bad_name = CreateVolumeRequest::new(10, "-bad name");
    bad_name.location = Some("fsn1".into());
    assert_eq!(field(&volumes.create(&bad_name).await.unwrap_err()), "name");

    let mut bad_format = CreateVolumeRequest::new(10, "fmt");
    bad_format.location = Some("fsn1".into());
    bad_format.format = Some("ntfs".into());
    assert_eq!(
        field(&volumes.create(&bad_format).await.unwrap_err()),
        "format"
    );

    let mut automount = CreateVolumeRequest::new(10, "auto");
    automount.location = Some("fsn1".into());
    automount.automount = Some(true);
    assert_eq!(
        field(&volumes.create(&automount).await.unwrap_err()),
        "automount"
    );

    let mut unknown_location = CreateVolumeRequest::new(10, "where");
    unknown_location.location = Some("atlantis".into());
    assert_eq!(
        field(&volumes.create(&unknown_location).await.unwrap_err()),
        "location"
    );

    let mut no_server = CreateVolumeRequest::new(10, "lost");
    no_server.server = Some(404);
    let e = volumes.create(&no_server).await.unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");

    let mut ok = CreateVolumeRequest::new(10, "twin");
    ok.location = Some("1".into());
    volumes.create(&ok).await.unwrap();
    let e = volumes.create(&ok).await.unwrap_err();
    assert!(e.is(ErrorCode::UniquenessError), "{e}");

    // Raw bodies: a missing required field is named.
    let mut raw = ApiRequest::new(Method::Post, "/volumes");
    raw.body = Some(r#"{"name": "x", "location": "fsn1"}"#.into());
    let e = c
        .execute_json(raw, &CallOptions::no_retry())
        .await
        .unwrap_err();
    assert_eq!(field(&e), "size");
    let e = volumes
        .list(&ListVolumesParams::default().status([VolumeStatus::from("gone")]))
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::InvalidInput), "{e}");
    emu.stop().await;
}

#[tokio::test]
async fn volumes_are_locked_while_actions_run() {
    let emu = Emulator::start(Config {
        action_duration: Duration::from_millis(300),
        ..Default::default()
    })
    .await
    .unwrap();
    edit_state(&emu, |s| add_server(s, 11, "web-1", "fsn1")).await;
    let c = emu.client();
    let volumes = c.volumes();
    let mut req = CreateVolumeRequest::new(10, "slow");
    req.server = Some(11);
    let created = volumes.create(&req).await.unwrap();
    let id = created.volume.id;
    let running = volumes.get(id).await.unwrap();
    assert_eq!(running.volume.status, VolumeStatus::Creating);
    assert_eq!(running.volume.server, None, "attached when the action ends");
    let e = volumes
        .resize(id, &ResizeVolumeRequest::new(20.0))
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::Locked), "{e}");
    let e = volumes.delete(id).await.unwrap_err();
    assert!(e.is(ErrorCode::Locked), "{e}");
    let mut other = CreateVolumeRequest::new(10, "other");
    other.server = Some(11);
    let e = volumes.create(&other).await.unwrap_err();
    assert!(e.is(ErrorCode::Locked), "the Server is busy too: {e}");
    c.wait_for([&created.action, &created.next_actions[0]])
        .await
        .unwrap();
    let done = volumes.get(id).await.unwrap();
    assert_eq!(done.volume.status, VolumeStatus::Available);
    assert_eq!(done.volume.server, Some(11));
    emu.stop().await;
}
