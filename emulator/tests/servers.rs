//! Servers through the client: create → list/filter/sort/page → update → actions → errors →
//! delete, with networks, volumes, firewalls, placement groups and Primary IPs put into the
//! project through `/_emulator/state`.

use hetzcloud::models::*;
use hetzcloud::{ApiRequest, CallOptions, Client, ErrorCode, Method, PollPolicy};
use hetzcloud_emulator::{Config, Emulator};
use serde_json::{json, Value};
use std::time::Duration;

const TYPE: &str = "cx22";
const BIGGER_TYPE: &str = "cx32";
const IMAGE: &str = "ubuntu-24.04";
const ISO: &str = "virtio-win-0.1.248.iso";
const LOCATION: &str = "fsn1";
const DATACENTER: &str = "fsn1-dc14";
const KEY: &str =
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDuMvPBCnmQa+ZsFyLjbS2N/QxvHXpL+M1Tb/M5fSHbQ a@x";
const CREATED: &str = "2024-01-01T00:00:00Z";

/// Actions that take a while, and a client that polls them quickly.
fn slow() -> Config {
    Config {
        action_duration: Duration::from_millis(300),
        ..Default::default()
    }
}

fn client(emu: &Emulator) -> Client {
    Client::builder()
        .endpoint(emu.url())
        .token(emu.token())
        .poll(PollPolicy {
            initial: Duration::from_millis(50),
            max: Duration::from_millis(100),
            timeout: Some(Duration::from_secs(20)),
            ..Default::default()
        })
        .build()
        .unwrap()
}

/// A client for `/_emulator/`.
fn control(emu: &Emulator) -> Client {
    Client::builder()
        .endpoint(format!("{}/_emulator", emu.base_url()))
        .token("control")
        .build()
        .unwrap()
}

async fn state(emu: &Emulator) -> Value {
    control(emu)
        .execute_json(
            ApiRequest::new(Method::Get, "/state"),
            &CallOptions::no_retry(),
        )
        .await
        .unwrap()
        .data
}

async fn load(emu: &Emulator, state: &Value) {
    let mut req = ApiRequest::new(Method::Put, "/state");
    req.body = Some(state.to_string());
    control(emu)
        .execute_json(req, &CallOptions::no_retry())
        .await
        .unwrap();
}

/// Adds rows to tables of the project (`("networks", json!({...}))`).
async fn insert(emu: &Emulator, rows: &[(&str, Value)]) {
    let mut s = state(emu).await;
    for (table, row) in rows {
        let id = row["id"].as_i64().unwrap().to_string();
        s[*table][id] = row.clone();
    }
    load(emu, &s).await;
}

async fn location(emu: &Emulator, name: &str) -> Value {
    let s = state(emu).await;
    s["reference"]["locations"]
        .as_object()
        .unwrap()
        .values()
        .find(|l| l["name"] == name)
        .cloned()
        .unwrap()
}

fn network(id: i64, range: &str, subnet: &str) -> Value {
    json!({"id": id, "name": format!("net-{id}"), "ip_range": range,
        "subnets": [{"type": "cloud", "ip_range": subnet, "network_zone": "eu-central", "gateway": "10.0.0.1"}],
        "routes": [], "servers": [], "load_balancers": [], "protection": {"delete": false},
        "labels": {}, "created": CREATED, "expose_routes_to_vswitch": false})
}

fn placement_group(id: i64) -> Value {
    json!({"id": id, "name": format!("pg-{id}"), "labels": {}, "type": "spread", "created": CREATED, "servers": []})
}

fn volume(id: i64, location: &Value) -> Value {
    json!({"id": id, "created": CREATED, "name": format!("vol-{id}"), "server": null, "location": location,
        "size": 10.0, "linux_device": format!("/dev/disk/by-id/scsi-0HC_Volume_{id}"),
        "protection": {"delete": false}, "labels": {}, "status": "available", "format": "ext4"})
}

fn firewall(id: i64) -> Value {
    json!({"id": id, "name": format!("fw-{id}"), "labels": {}, "created": CREATED, "rules": [], "applied_to": []})
}

fn primary_ip(id: i64, kind: &str, ip: &str, location: &Value) -> Value {
    json!({"id": id, "name": format!("ip-{id}"), "labels": {}, "created": CREATED, "blocked": false,
        "location": location, "ip": ip, "dns_ptr": [], "protection": {"delete": false}, "type": kind,
        "auto_delete": false, "assignee_type": "server", "assignee_id": null})
}

fn system_image(id: i64, name: &str, arch: &str, disk: f64) -> Value {
    json!({"id": id, "type": "system", "status": "available", "name": name, "description": name,
        "image_size": null, "disk_size": disk, "created": CREATED, "created_from": null, "bound_to": null,
        "os_flavor": "ubuntu", "os_version": "24.04", "rapid_deploy": true, "protection": {"delete": false},
        "deprecated": null, "deleted": null, "labels": {}, "architecture": arch})
}

fn labels(pairs: &[(&str, &str)]) -> Labels {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

type Labels = std::collections::BTreeMap<String, String>;

fn req(name: &str) -> CreateServerRequest {
    CreateServerRequest::new(name, TYPE, IMAGE)
}

/// Creates a server and waits until it runs.
async fn running(c: &Client, name: &str) -> Server {
    let created = c.servers().create(&req(name)).await.unwrap();
    let mut all = vec![created.action.clone()];
    all.extend(created.next_actions.clone());
    c.wait_for(&all).await.unwrap();
    c.servers()
        .get(created.server.id)
        .await
        .unwrap()
        .data
        .server
        .unwrap()
}

async fn get(c: &Client, id: i64) -> Server {
    c.servers().get(id).await.unwrap().data.server.unwrap()
}

fn code(e: &hetzcloud::Error) -> String {
    e.api().map(|a| a.code.to_string()).unwrap_or_default()
}

#[tokio::test]
async fn server_lifecycle() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    let c = client(&emu);
    let servers = c.servers();

    let mut ids = Vec::new();
    for (i, env) in ["dev", "prod", "dev"].iter().enumerate() {
        let mut r = req(&format!("web-{i}"));
        r.labels = Some(labels(&[("env", env)]));
        let created = servers.create(&r).await.unwrap();
        assert_eq!(created.status, 201);
        let s = &created.server;
        assert_eq!(s.status, ServerStatus::Initializing);
        assert_eq!(s.server_type.name, TYPE);
        assert_eq!(s.location.name, LOCATION);
        assert_eq!(s.image.as_ref().unwrap().name.as_deref(), Some(IMAGE));
        assert_eq!(s.primary_disk_size, s.server_type.disk);
        assert!(s.included_traffic.unwrap() > 0);
        let v4 = s.public_net.ipv4.as_ref().unwrap();
        assert!(v4.id.is_some());
        assert!(
            v4.dns_ptr.ends_with(".clients.your-server.de"),
            "{}",
            v4.dns_ptr
        );
        assert!(s.public_net.ipv6.as_ref().unwrap().ip.ends_with("::/64"));
        assert_eq!(created.action.command, "create_server");
        assert_eq!(created.action.resources[0].id, s.id);
        assert_eq!(created.next_actions.len(), 1);
        assert_eq!(created.next_actions[0].command, "start_server");
        assert!(created.root_password.as_ref().unwrap().len() >= 12);
        let mut all = vec![created.action.clone()];
        all.extend(created.next_actions.clone());
        c.wait_for(&all).await.unwrap();
        ids.push(s.id);
    }
    let first = get(&c, ids[0]).await;
    assert_eq!(first.status, ServerStatus::Running);
    assert!(!first.locked);

    // The server's Primary IPs exist, assigned to it and deleted with it.
    let st = state(&emu).await;
    let ips: Vec<&Value> = st["primary_ips"]
        .as_object()
        .unwrap()
        .values()
        .filter(|p| p["assignee_id"] == ids[0])
        .collect();
    assert_eq!(ips.len(), 2);
    assert!(ips.iter().all(|p| p["auto_delete"] == true));
    let v4 = first.public_net.ipv4.as_ref().unwrap();
    assert!(ips.iter().any(|p| p["ip"] == v4.ip.as_str()));
    // All public addresses differ.
    let mut addrs: Vec<&str> = st["primary_ips"]
        .as_object()
        .unwrap()
        .values()
        .map(|p| p["ip"].as_str().unwrap())
        .collect();
    addrs.sort();
    addrs.dedup();
    assert_eq!(addrs.len(), 6);

    let all = servers.list(&ListServersParams::default()).await.unwrap();
    assert_eq!(all.servers.iter().map(|s| s.id).collect::<Vec<_>>(), ids);
    assert_eq!(all.meta.pagination.total_entries, Some(3));
    let prod = servers
        .list(&ListServersParams::default().label_selector("env=prod"))
        .await
        .unwrap();
    assert_eq!(prod.servers.len(), 1);
    assert_eq!(prod.servers[0].name, "web-1");
    let desc = servers
        .list(&ListServersParams::default().sort([ServerSort::NameDesc]))
        .await
        .unwrap();
    assert_eq!(desc.servers[0].name, "web-2");
    let by_name = servers
        .list(&ListServersParams::default().name("web-2"))
        .await
        .unwrap();
    assert_eq!(by_name.servers[0].id, ids[2]);
    let page = servers
        .list(&ListServersParams::default().per_page(2).page(2))
        .await
        .unwrap();
    assert_eq!(page.servers.len(), 1);
    assert_eq!(page.meta.pagination.last_page, Some(2));
    let streamed: Vec<Server> = {
        use futures::TryStreamExt;
        servers
            .list_all(&ListServersParams::default().per_page(1))
            .try_collect()
            .await
            .unwrap()
    };
    assert_eq!(streamed.len(), 3);

    // Status filter.
    let off = servers.power_off(ids[1]).await.unwrap();
    assert_eq!(off.action.command, "stop_server");
    c.wait_for([&off.action]).await.unwrap();
    let stopped = servers
        .list(&ListServersParams::default().status([ServerStatus::Off]))
        .await
        .unwrap();
    assert_eq!(
        stopped.servers.iter().map(|s| s.id).collect::<Vec<_>>(),
        vec![ids[1]]
    );
    let both = servers
        .list(&ListServersParams::default().status([ServerStatus::Off, ServerStatus::Running]))
        .await
        .unwrap();
    assert_eq!(both.servers.len(), 3);

    // Update: name and labels; invalid and duplicate names.
    let upd = UpdateServerRequest {
        name: Some("renamed".into()),
        labels: Some(labels(&[("team", "a")])),
    };
    let updated = servers.update(ids[0], &upd).await.unwrap();
    let u = updated.data.server.unwrap();
    assert_eq!(u.name, "renamed");
    assert_eq!(u.labels, labels(&[("team", "a")]));
    assert_eq!(
        servers.find("renamed").await.unwrap().map(|s| s.id),
        Some(ids[0])
    );
    assert!(servers.find("web-0").await.unwrap().is_none());
    let dup = servers
        .update(
            ids[0],
            &UpdateServerRequest {
                name: Some("web-1".into()),
                labels: None,
            },
        )
        .await
        .unwrap_err();
    assert!(dup.is(ErrorCode::UniquenessError), "{dup}");
    // Sent raw: the client checks host names itself.
    let mut raw = ApiRequest::new(Method::Put, format!("/servers/{}", ids[0]));
    raw.body = Some(json!({"name": "not a host_name"}).to_string());
    let bad = c
        .execute_json(raw, &CallOptions::no_retry())
        .await
        .unwrap_err();
    assert!(bad.is(ErrorCode::InvalidInput), "{bad}");
    assert_eq!(bad.api().unwrap().details.fields()[0].name, "name");
    let mut raw = ApiRequest::new(Method::Put, format!("/servers/{}", ids[0]));
    raw.body = Some(json!({"labels": {"bad key!": "x"}}).to_string());
    let bad = c
        .execute_json(raw, &CallOptions::no_retry())
        .await
        .unwrap_err();
    assert!(bad.is(ErrorCode::InvalidInput), "{bad}");

    // Delete: an action, the server gone after it, its Primary IPs too.
    let deleted = servers.delete(ids[0]).await.unwrap();
    let action = deleted.data.action.clone().unwrap();
    assert_eq!(action.command, "delete_server");
    c.wait_for([&action]).await.unwrap();
    let gone = servers.get(ids[0]).await.unwrap_err();
    assert!(gone.is(ErrorCode::NotFound), "{gone}");
    let st = state(&emu).await;
    assert!(!st["primary_ips"]
        .as_object()
        .unwrap()
        .values()
        .any(|p| p["assignee_id"] == ids[0]));
    assert_eq!(st["primary_ips"].as_object().unwrap().len(), 4);
    let e = servers.delete(ids[0]).await.unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");
    let e = servers.update(ids[0], &upd).await.unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");
    let e = servers.power_on(ids[0]).await.unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");
    // The action endpoints know the server's actions.
    let acts = servers
        .list_actions_for(ids[1], &Default::default())
        .await
        .unwrap();
    let commands: Vec<&str> = acts.actions.iter().map(|a| a.command.as_str()).collect();
    assert!(commands.contains(&"create_server"), "{commands:?}");
    assert!(commands.contains(&"stop_server"), "{commands:?}");
    emu.stop().await;
}

#[tokio::test]
async fn create_options_and_errors() {
    let emu = Emulator::start(Config {
        max_per_kind: 8,
        ..Default::default()
    })
    .await
    .unwrap();
    let c = client(&emu);
    let servers = c.servers();
    let loc = location(&emu, LOCATION).await;
    insert(
        &emu,
        &[
            ("images", system_image(77, IMAGE, "arm", 5.0)),
            ("images", system_image(78, "huge", "x86", 5000.0)),
            ("primary_ips", primary_ip(950, "ipv4", "192.0.2.50", &loc)),
            (
                "primary_ips",
                primary_ip(951, "ipv6", "2001:db8:99::/64", &loc),
            ),
        ],
    )
    .await;

    // SSH keys by name and ID: no root password.
    let key = c
        .ssh_keys()
        .create(&CreateSshKeyRequest::new("k", KEY))
        .await
        .unwrap()
        .data
        .ssh_key;
    let mut r = req("keyed");
    r.ssh_keys = Some(vec!["k".into(), key.id.to_string()]);
    r.location = Some(LOCATION.into());
    let created = servers.create(&r).await.unwrap();
    assert!(created.root_password.is_none());
    // The x86 image of that name, though an arm one has it too.
    assert_eq!(
        created.server.image.as_ref().unwrap().architecture,
        ImageArchitecture::X86
    );
    let mut r = req("bad-key");
    r.ssh_keys = Some(vec!["nope".into()]);
    let e = servers.create(&r).await.unwrap_err();
    assert!(e.is(ErrorCode::InvalidInput), "{e}");

    // Raw bodies: IDs as numbers, a datacenter instead of a location.
    let type_id = created.server.server_type.id;
    let image_id = created.server.image.as_ref().unwrap().id;
    let mut raw = ApiRequest::new(Method::Post, "/servers");
    raw.body = Some(
        json!({"name": "by-ids", "server_type": type_id, "image": image_id,
            "datacenter": DATACENTER, "ssh_keys": [key.id], "start_after_create": false})
        .to_string(),
    );
    let by_ids = c.execute_json(raw, &CallOptions::no_retry()).await.unwrap();
    assert_eq!(by_ids.status, 201);
    assert_eq!(by_ids.data["server"]["location"]["name"], LOCATION);
    assert_eq!(by_ids.data["root_password"], Value::Null);
    assert_eq!(by_ids.data["next_actions"], json!([]));
    let by_ids_id = by_ids.data["server"]["id"].as_i64().unwrap();
    let action: Action = serde_json::from_value(by_ids.data["action"].clone()).unwrap();
    c.wait_for([&action]).await.unwrap();
    assert_eq!(get(&c, by_ids_id).await.status, ServerStatus::Off);
    let mut raw = ApiRequest::new(Method::Post, "/servers");
    raw.body = Some(
        json!({"name": "both", "server_type": TYPE, "image": IMAGE,
            "datacenter": DATACENTER, "location": LOCATION})
        .to_string(),
    );
    let e = c
        .execute_json(raw, &CallOptions::no_retry())
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::InvalidInput), "{e}");
    let mut raw = ApiRequest::new(Method::Post, "/servers");
    raw.body = Some(json!({"name": "no-type", "image": IMAGE}).to_string());
    let e = c
        .execute_json(raw, &CallOptions::no_retry())
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::InvalidInput), "{e}");
    assert_eq!(e.api().unwrap().details.fields()[0].name, "server_type");
    let mut raw = ApiRequest::new(Method::Post, "/servers");
    raw.body = Some(json!({"name": "Not_A_Host", "server_type": TYPE, "image": IMAGE}).to_string());
    let e = c
        .execute_json(raw, &CallOptions::no_retry())
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::InvalidInput), "{e}");

    // Unknown references, architecture and disk size.
    let e = servers
        .create(&CreateServerRequest::new("x", "nope", IMAGE))
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::InvalidInput), "{e}");
    let e = servers
        .create(&CreateServerRequest::new("x", "999999", IMAGE))
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");
    let e = servers
        .create(&CreateServerRequest::new("x", TYPE, "no-such-image"))
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::InvalidInput), "{e}");
    assert_eq!(e.api().unwrap().details.fields()[0].name, "image");
    let e = servers
        .create(&CreateServerRequest::new("x", TYPE, "77"))
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::InvalidInput), "{e}");
    assert!(e.to_string().contains("architecture"), "{e}");
    let e = servers
        .create(&CreateServerRequest::new("x", TYPE, "huge"))
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::InvalidInput), "{e}");
    let mut r = req("x");
    r.location = Some("atlantis".into());
    let e = servers.create(&r).await.unwrap_err();
    assert!(e.is(ErrorCode::InvalidInput), "{e}");
    let mut r = req("x");
    r.user_data = Some("x".repeat(33 * 1024));
    let e = servers.create(&r).await.unwrap_err();
    assert!(e.is(ErrorCode::InvalidInput), "{e}");
    let e = servers.create(&req("keyed")).await.unwrap_err();
    assert!(e.is(ErrorCode::UniquenessError), "{e}");

    // Public network: no IPv4; given Primary IPs (kept when the server goes).
    let mut r = req("v6-only");
    r.public_net = Some(CreateServerRequestPublicNet {
        enable_ipv4: Some(false),
        ..Default::default()
    });
    let v6 = servers.create(&r).await.unwrap().data.server;
    assert!(v6.public_net.ipv4.is_none());
    assert!(v6.public_net.ipv6.is_some());
    let mut r = req("own-ips");
    r.public_net = Some(CreateServerRequestPublicNet {
        ipv4: Some(950),
        ipv6: Some(951),
        ..Default::default()
    });
    let own = servers.create(&r).await.unwrap().data.server;
    assert_eq!(own.public_net.ipv4.as_ref().unwrap().ip, "192.0.2.50");
    assert_eq!(own.public_net.ipv4.as_ref().unwrap().id, Some(950));
    assert_eq!(own.public_net.ipv6.as_ref().unwrap().id, Some(951));
    let mut r = req("taken");
    r.public_net = Some(CreateServerRequestPublicNet {
        ipv4: Some(950),
        ..Default::default()
    });
    let e = servers.create(&r).await.unwrap_err();
    assert!(e.is(ErrorCode::PrimaryIpAssigned), "{e}");
    let mut r = req("mismatch");
    r.public_net = Some(CreateServerRequestPublicNet {
        ipv4: Some(951),
        ..Default::default()
    });
    let e = servers.create(&r).await.unwrap_err();
    assert!(e.is(ErrorCode::PrimaryIpVersionMismatch), "{e}");
    assert_eq!(e.api().unwrap().status, 412);
    let mut r = req("nothing");
    r.public_net = Some(CreateServerRequestPublicNet {
        enable_ipv4: Some(false),
        enable_ipv6: Some(false),
        ..Default::default()
    });
    let e = servers.create(&r).await.unwrap_err();
    assert!(e.is(ErrorCode::InvalidInput), "{e}");
    let mut r = req("x");
    r.placement_group = Some(424242);
    let e = servers.create(&r).await.unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");

    let a = servers.delete(own.id).await.unwrap().data.action.unwrap();
    c.wait_for([&a]).await.unwrap();
    let st = state(&emu).await;
    assert_eq!(st["primary_ips"]["950"]["assignee_id"], Value::Null);
    assert_eq!(st["primary_ips"]["951"]["assignee_id"], Value::Null);

    // The project limit (8 per kind here): Primary IPs run out first.
    let mut made = 0;
    let mut last = None;
    for i in 0..10 {
        match servers.create(&req(&format!("fill-{i}"))).await {
            Ok(_) => made += 1,
            Err(e) => {
                last = Some(e);
                break;
            }
        }
    }
    let e = last.expect("the limit is reached");
    assert!(e.is(ErrorCode::ResourceLimitExceeded), "{e}");
    assert!(made < 10);
    emu.stop().await;
}

#[tokio::test]
async fn power_transitions_and_locks() {
    let emu = Emulator::start(slow()).await.unwrap();
    let c = client(&emu);
    let servers = c.servers();

    let created = servers.create(&req("box")).await.unwrap();
    let id = created.server.id;
    assert_eq!(created.server.status, ServerStatus::Initializing);
    assert!(created.server.locked);
    assert_eq!(created.action.status, ActionStatus::Running);
    let e = servers.power_off(id).await.unwrap_err();
    assert!(e.is(ErrorCode::Locked), "{e}");
    let e = servers.delete(id).await.unwrap_err();
    assert!(e.is(ErrorCode::Locked), "{e}");
    // Names and labels may change while it is busy.
    servers
        .update(
            id,
            &UpdateServerRequest {
                name: None,
                labels: Some(labels(&[("busy", "yes")])),
            },
        )
        .await
        .unwrap();
    let mut all = vec![created.action.clone()];
    all.extend(created.next_actions.clone());
    let done = c.wait_for(&all).await.unwrap();
    assert!(done.iter().all(|a| a.status == ActionStatus::Success));
    let s = get(&c, id).await;
    assert_eq!(s.status, ServerStatus::Running);
    assert!(!s.locked);

    // Each action shows its transitional state, then its final one.
    let steps: [(&str, ServerStatus, ServerStatus, &str); 5] = [
        (
            "shutdown",
            ServerStatus::Stopping,
            ServerStatus::Off,
            "shutdown_server",
        ),
        (
            "poweron",
            ServerStatus::Starting,
            ServerStatus::Running,
            "start_server",
        ),
        (
            "reboot",
            ServerStatus::Starting,
            ServerStatus::Running,
            "reboot_server",
        ),
        (
            "reset",
            ServerStatus::Starting,
            ServerStatus::Running,
            "reset_server",
        ),
        (
            "poweroff",
            ServerStatus::Stopping,
            ServerStatus::Off,
            "stop_server",
        ),
    ];
    for (op, during, after, command) in steps {
        let action = match op {
            "shutdown" => servers.shutdown(id).await,
            "poweron" => servers.power_on(id).await,
            "reboot" => servers.reboot(id).await,
            "reset" => servers.reset(id).await,
            _ => servers.power_off(id).await,
        }
        .unwrap()
        .data
        .action;
        assert_eq!(action.command, command);
        assert_eq!(action.resources[0].id, id);
        let now = get(&c, id).await;
        assert_eq!(now.status, during, "{op}");
        assert!(now.locked, "{op}");
        let e = servers.reset(id).await.unwrap_err();
        assert!(e.is(ErrorCode::Locked), "{op}: {e}");
        c.wait_for([&action]).await.unwrap();
        let now = get(&c, id).await;
        assert_eq!(now.status, after, "{op}");
        assert!(!now.locked, "{op}");
    }
    // Powering off a server that is off changes nothing; reset starts it.
    let a = servers.power_off(id).await.unwrap().data.action;
    c.wait_for([&a]).await.unwrap();
    assert_eq!(get(&c, id).await.status, ServerStatus::Off);
    let a = servers.reboot(id).await.unwrap().data.action;
    c.wait_for([&a]).await.unwrap();
    assert_eq!(get(&c, id).await.status, ServerStatus::Off);
    let a = servers.reset(id).await.unwrap().data.action;
    c.wait_for([&a]).await.unwrap();
    assert_eq!(get(&c, id).await.status, ServerStatus::Running);

    // A failing action puts the server back in the status it had.
    let mut fail = ApiRequest::new(Method::Post, "/actions/fail");
    fail.body = Some(json!({"command": "stop_server"}).to_string());
    control(&emu)
        .execute_json(fail, &CallOptions::no_retry())
        .await
        .unwrap();
    let a = servers.power_off(id).await.unwrap().data.action;
    assert_eq!(get(&c, id).await.status, ServerStatus::Stopping);
    let e = c.wait_for([&a]).await.unwrap_err();
    assert!(e.to_string().contains("failed"), "{e}");
    let s = get(&c, id).await;
    assert_eq!(s.status, ServerStatus::Running, "back to where it was");
    assert!(!s.locked);

    // Deleting: `deleting` while the action runs, then gone.
    let a = servers.delete(id).await.unwrap().data.action.unwrap();
    let s = get(&c, id).await;
    assert_eq!(s.status, ServerStatus::Deleting);
    assert!(s.locked);
    c.wait_for([&a]).await.unwrap();
    assert!(servers.get(id).await.unwrap_err().is(ErrorCode::NotFound));
    emu.stop().await;
}

#[tokio::test]
async fn disk_rescue_backup_and_access_actions() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    let c = client(&emu);
    let servers = c.servers();
    let s = running(&c, "actions").await;
    let id = s.id;

    // Rescue.
    let r = servers
        .enable_rescue(
            id,
            &EnableServerRescueRequest {
                r#type: Some(EnableServerRescueRequestType::Linux64),
                ssh_keys: None,
            },
        )
        .await
        .unwrap();
    assert!(r.root_password.as_ref().unwrap().len() >= 12);
    let a = r.data.action.clone().unwrap();
    assert_eq!(a.command, "enable_rescue");
    c.wait_for([&a]).await.unwrap();
    assert!(get(&c, id).await.rescue_enabled);
    let e = servers
        .enable_rescue(
            id,
            &EnableServerRescueRequest {
                r#type: None,
                ssh_keys: Some(vec![999_999]),
            },
        )
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");
    let mut raw = ApiRequest::new(Method::Post, format!("/servers/{id}/actions/enable_rescue"));
    raw.body = Some(json!({"type": "freebsd64"}).to_string());
    let e = c
        .execute_json(raw, &CallOptions::no_retry())
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::InvalidInput), "{e}");
    let a = servers.disable_rescue(id).await.unwrap().data.action;
    assert_eq!(a.command, "disable_rescue");
    c.wait_for([&a]).await.unwrap();
    assert!(!get(&c, id).await.rescue_enabled);

    // Backups and images.
    let e = servers
        .create_image(
            id,
            &CreateServerImageRequest {
                r#type: Some(CreateImageRequestType::Backup),
                ..Default::default()
            },
        )
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::InvalidInput), "{e}");
    let a = servers.enable_backup(id).await.unwrap().data.action;
    assert_eq!(a.command, "enable_backup");
    c.wait_for([&a]).await.unwrap();
    assert!(get(&c, id).await.backup_window.is_some());
    let snap = servers
        .create_image(
            id,
            &CreateServerImageRequest {
                description: Some("before upgrade".into()),
                r#type: None,
                labels: Some(labels(&[("kind", "snap")])),
            },
        )
        .await
        .unwrap();
    let image = snap.image.clone().unwrap();
    assert_eq!(image.r#type, ImageType::Snapshot);
    assert_eq!(image.status, ImageStatus::Creating);
    assert_eq!(image.description, "before upgrade");
    assert_eq!(image.created_from.as_ref().unwrap().id, id);
    assert!(image.bound_to.is_none());
    assert_eq!(image.disk_size, s.primary_disk_size);
    let a = snap.action.clone().unwrap();
    assert_eq!(a.command, "create_image");
    c.wait_for([&a]).await.unwrap();
    let st = state(&emu).await;
    let stored = &st["images"][image.id.to_string()];
    assert_eq!(stored["status"], "available");
    assert!(stored["image_size"].as_f64().unwrap() > 0.0);
    let backup = servers
        .create_image(
            id,
            &CreateServerImageRequest {
                r#type: Some(CreateImageRequestType::Backup),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    let b = backup.image.clone().unwrap();
    assert_eq!(b.r#type, ImageType::Backup);
    assert_eq!(b.bound_to, Some(id));
    c.wait_for([backup.action.as_ref().unwrap()]).await.unwrap();
    let mut raw = ApiRequest::new(Method::Post, format!("/servers/{id}/actions/create_image"));
    raw.body = Some(json!({"type": "golden"}).to_string());
    let e = c
        .execute_json(raw, &CallOptions::no_retry())
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::InvalidInput), "{e}");
    let a = servers.disable_backup(id).await.unwrap().data.action;
    assert_eq!(a.command, "disable_backup");
    c.wait_for([&a]).await.unwrap();
    assert!(get(&c, id).await.backup_window.is_none());
    let st = state(&emu).await;
    assert!(st["images"].get(b.id.to_string()).is_none(), "backups go");
    assert!(
        st["images"].get(image.id.to_string()).is_some(),
        "snapshots stay"
    );

    // ISOs: by name and ID; detaching with none attached finishes at once.
    let a = servers
        .attach_iso(id, &AttachServerIsoRequest::new(ISO))
        .await
        .unwrap()
        .data
        .action;
    assert_eq!(a.command, "attach_iso");
    c.wait_for([&a]).await.unwrap();
    let iso = get(&c, id).await.iso.unwrap();
    assert_eq!(iso.name.as_deref(), Some(ISO));
    let a = servers
        .attach_iso(id, &AttachServerIsoRequest::new(iso.id.to_string()))
        .await
        .unwrap()
        .data
        .action;
    c.wait_for([&a]).await.unwrap();
    let e = servers
        .attach_iso(id, &AttachServerIsoRequest::new("no-such.iso"))
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::InvalidInput), "{e}");
    let a = servers.detach_iso(id).await.unwrap().data.action;
    assert_eq!(a.command, "detach_iso");
    c.wait_for([&a]).await.unwrap();
    assert!(get(&c, id).await.iso.is_none());
    let a = servers.detach_iso(id).await.unwrap().data.action;
    assert_eq!(a.status, ActionStatus::Success);

    // Console and password.
    let console = servers.request_console(id).await.unwrap();
    assert!(console.wss_url.starts_with("wss://"));
    assert!(console.wss_url.contains(&format!("server_id={id}")));
    assert!(console.password.len() >= 8);
    assert_eq!(console.action.command, "request_console");
    let pw = servers.reset_password(id).await.unwrap();
    assert!(pw.root_password.as_ref().unwrap().len() >= 12);
    assert_eq!(pw.data.action.as_ref().unwrap().command, "reset_password");

    // Reverse DNS of the primary IPs.
    let s = get(&c, id).await;
    let v4 = s.public_net.ipv4.clone().unwrap();
    let a = servers
        .change_dns_ptr(
            id,
            &ChangeServerDnsPtrRequest {
                ip: v4.ip.clone(),
                dns_ptr: Some("web.example.com".into()),
            },
        )
        .await
        .unwrap()
        .data
        .action;
    assert_eq!(a.command, "change_dns_ptr");
    c.wait_for([&a]).await.unwrap();
    assert_eq!(
        get(&c, id).await.public_net.ipv4.unwrap().dns_ptr,
        "web.example.com"
    );
    let a = servers
        .change_dns_ptr(
            id,
            &ChangeServerDnsPtrRequest {
                ip: v4.ip.clone(),
                dns_ptr: None,
            },
        )
        .await
        .unwrap()
        .data
        .action;
    c.wait_for([&a]).await.unwrap();
    assert_eq!(
        get(&c, id).await.public_net.ipv4.unwrap().dns_ptr,
        v4.dns_ptr
    );
    let net6 = s.public_net.ipv6.clone().unwrap().ip;
    let host6 = net6.replace("::/64", "::1");
    let a = servers
        .change_dns_ptr(
            id,
            &ChangeServerDnsPtrRequest {
                ip: host6.clone(),
                dns_ptr: Some("v6.example.com".into()),
            },
        )
        .await
        .unwrap()
        .data
        .action;
    c.wait_for([&a]).await.unwrap();
    let ptrs = get(&c, id).await.public_net.ipv6.unwrap().dns_ptr.unwrap();
    assert_eq!(ptrs.len(), 1);
    assert_eq!(ptrs[0].ip, host6);
    assert_eq!(ptrs[0].dns_ptr, "v6.example.com");
    let e = servers
        .change_dns_ptr(
            id,
            &ChangeServerDnsPtrRequest {
                ip: "8.8.8.8".into(),
                dns_ptr: Some("x.example.com".into()),
            },
        )
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::InvalidInput), "{e}");

    // Protection: delete and rebuild together.
    let e = servers
        .change_protection(
            id,
            &ChangeServerProtectionRequest {
                delete: Some(true),
                rebuild: Some(false),
            },
        )
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::InvalidInput), "{e}");
    let a = servers
        .change_protection(
            id,
            &ChangeServerProtectionRequest {
                delete: Some(true),
                rebuild: Some(true),
            },
        )
        .await
        .unwrap()
        .data
        .action;
    assert_eq!(a.command, "change_protection");
    c.wait_for([&a]).await.unwrap();
    let p = get(&c, id).await.protection;
    assert!(p.delete && p.rebuild);
    let e = servers.delete(id).await.unwrap_err();
    assert!(e.is(ErrorCode::Protected), "{e}");
    let e = servers
        .rebuild(id, &RebuildServerRequest::new(IMAGE))
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::Protected), "{e}");
    let a = servers
        .change_protection(
            id,
            &ChangeServerProtectionRequest {
                delete: Some(false),
                rebuild: None,
            },
        )
        .await
        .unwrap()
        .data
        .action;
    c.wait_for([&a]).await.unwrap();
    assert!(!get(&c, id).await.protection.rebuild);

    // Rebuild from the snapshot: root password (no SSH keys), new image.
    let rebuilt = servers
        .rebuild(id, &RebuildServerRequest::new(image.id.to_string()))
        .await
        .unwrap();
    assert!(rebuilt.root_password.is_some());
    let a = rebuilt.data.action.clone().unwrap();
    assert_eq!(a.command, "rebuild_server");
    c.wait_for([&a]).await.unwrap();
    let s = get(&c, id).await;
    assert_eq!(s.image.as_ref().unwrap().id, image.id);
    assert_eq!(s.status, ServerStatus::Running);
    let e = servers
        .rebuild(id, &RebuildServerRequest::new("no-such-image"))
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::InvalidInput), "{e}");

    // Type changes need the server off; disks do not shrink.
    let e = servers
        .change_type(id, &ChangeServerTypeRequest::new(true, BIGGER_TYPE))
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::ServerNotStopped), "{e}");
    let e = servers.reset_password(id).await;
    assert!(e.is_ok());
    let a = servers.power_off(id).await.unwrap().data.action;
    c.wait_for([&a]).await.unwrap();
    let e = servers.reset_password(id).await.unwrap_err();
    assert!(e.is(ErrorCode::Conflict), "{e}");
    let a = servers
        .change_type(id, &ChangeServerTypeRequest::new(true, BIGGER_TYPE))
        .await
        .unwrap()
        .data
        .action;
    assert_eq!(a.command, "change_server_type");
    c.wait_for([&a]).await.unwrap();
    let s = get(&c, id).await;
    assert_eq!(s.server_type.name, BIGGER_TYPE);
    assert_eq!(s.primary_disk_size, s.server_type.disk);
    assert_eq!(s.status, ServerStatus::Off);
    let e = servers
        .change_type(id, &ChangeServerTypeRequest::new(false, TYPE))
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::InvalidServerType), "{e}");
    let e = servers
        .change_type(id, &ChangeServerTypeRequest::new(false, "nope"))
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::InvalidInput), "{e}");
    emu.stop().await;
}

#[tokio::test]
async fn networks_placement_groups_and_attachments() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    let c = client(&emu);
    let servers = c.servers();
    let loc = location(&emu, LOCATION).await;
    let mut fip = json!({"id": 900, "name": "fip", "description": null, "ip": "198.51.100.7", "type": "ipv4",
        "server": null, "dns_ptr": [], "home_location": loc, "blocked": false,
        "protection": {"delete": false}, "labels": {}, "created": CREATED});
    insert(
        &emu,
        &[
            ("networks", network(500, "10.0.0.0/16", "10.0.1.0/24")),
            ("networks", network(501, "10.0.0.0/8", "10.1.0.0/24")),
            ("networks", network(502, "192.168.0.0/16", "192.168.5.0/24")),
            ("placement_groups", placement_group(600)),
            ("volumes", volume(700, &loc)),
            ("firewalls", firewall(800)),
        ],
    )
    .await;

    // Created with a network, a volume, a firewall and a placement group.
    let mut r = req("linked");
    r.networks = Some(vec![500]);
    r.volumes = Some(vec![700]);
    r.firewalls = Some(vec![CreateServerRequestFirewall::new(800)]);
    r.placement_group = Some(600);
    r.automount = Some(false);
    let created = servers.create(&r).await.unwrap();
    let linked = created.server.clone();
    assert_eq!(linked.private_net.len(), 1);
    assert_eq!(linked.private_net[0].network, Some(500));
    assert_eq!(linked.private_net[0].ip.as_deref(), Some("10.0.1.1"));
    assert!(linked.private_net[0].mac_address.is_some());
    assert_eq!(linked.volumes, Some(vec![700]));
    assert_eq!(
        linked.public_net.firewalls.as_ref().unwrap()[0].id,
        Some(800)
    );
    assert_eq!(linked.placement_group.as_ref().unwrap().id, 600);
    assert!(created
        .next_actions
        .iter()
        .any(|a| a.command == "attach_volume"));
    let mut all = vec![created.action.clone()];
    all.extend(created.next_actions.clone());
    c.wait_for(&all).await.unwrap();
    let st = state(&emu).await;
    assert_eq!(st["networks"]["500"]["servers"], json!([linked.id]));
    assert_eq!(st["volumes"]["700"]["server"], json!(linked.id));
    assert_eq!(st["placement_groups"]["600"]["servers"], json!([linked.id]));
    assert_eq!(
        st["firewalls"]["800"]["applied_to"][0]["server"]["id"],
        json!(linked.id)
    );
    // A Floating IP assigned elsewhere shows up on the server.
    fip["server"] = json!(linked.id);
    insert(&emu, &[("floating_ips", fip)]).await;
    assert_eq!(get(&c, linked.id).await.public_net.floating_ips, vec![900]);

    // Attach another server: next free IP, explicit IPs, aliases, errors.
    let other = running(&c, "other").await;
    let a = servers
        .attach_to_network(other.id, &AttachServerToNetworkRequest::new(500))
        .await
        .unwrap()
        .data
        .action;
    assert_eq!(a.command, "attach_to_network");
    assert!(a
        .resources
        .iter()
        .any(|r| r.r#type == "network" && r.id == 500));
    c.wait_for([&a]).await.unwrap();
    let o = get(&c, other.id).await;
    assert_eq!(o.private_net[0].ip.as_deref(), Some("10.0.1.2"));
    let e = servers
        .attach_to_network(other.id, &AttachServerToNetworkRequest::new(500))
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::ServerAlreadyAttached), "{e}");
    let e = servers
        .attach_to_network(other.id, &AttachServerToNetworkRequest::new(501))
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::NetworksOverlap), "{e}");
    let e = servers
        .attach_to_network(other.id, &AttachServerToNetworkRequest::new(4242))
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");
    let mut taken = AttachServerToNetworkRequest::new(502);
    taken.ip = Some("192.168.5.1".into());
    let a = servers
        .attach_to_network(other.id, &taken)
        .await
        .unwrap()
        .data
        .action;
    c.wait_for([&a]).await.unwrap();
    let e = servers
        .attach_to_network(linked.id, &taken)
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::IpNotAvailable), "{e}");
    let mut wrong_range = AttachServerToNetworkRequest::new(502);
    wrong_range.ip_range = Some("192.168.9.0/24".into());
    let e = servers
        .attach_to_network(linked.id, &wrong_range)
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::NoSubnetAvailable), "{e}");
    let mut with_alias = AttachServerToNetworkRequest::new(502);
    with_alias.ip_range = Some("192.168.5.0/24".into());
    with_alias.alias_ips = Some(vec!["192.168.5.20".into()]);
    let a = servers
        .attach_to_network(linked.id, &with_alias)
        .await
        .unwrap()
        .data
        .action;
    c.wait_for([&a]).await.unwrap();
    let l = get(&c, linked.id).await;
    let in_502 = l
        .private_net
        .iter()
        .find(|p| p.network == Some(502))
        .unwrap();
    assert_eq!(in_502.ip.as_deref(), Some("192.168.5.2"));
    assert_eq!(in_502.alias_ips, Some(vec!["192.168.5.20".to_owned()]));

    let a = servers
        .change_alias_ips(
            other.id,
            &ChangeServerAliasIpsRequest::new(500, vec!["10.0.1.50".into(), "10.0.1.51".into()]),
        )
        .await
        .unwrap()
        .data
        .action;
    assert_eq!(a.command, "change_alias_ips");
    c.wait_for([&a]).await.unwrap();
    let o = get(&c, other.id).await;
    let in_500 = o
        .private_net
        .iter()
        .find(|p| p.network == Some(500))
        .unwrap();
    assert_eq!(in_500.alias_ips.as_ref().unwrap().len(), 2);
    let e = servers
        .change_alias_ips(
            linked.id,
            &ChangeServerAliasIpsRequest::new(500, vec!["10.0.1.50".into()]),
        )
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::IpNotAvailable), "{e}");
    let e = servers
        .change_alias_ips(
            linked.id,
            &ChangeServerAliasIpsRequest::new(500, vec!["172.16.0.1".into()]),
        )
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::InvalidInput), "{e}");

    let a = servers
        .detach_from_network(other.id, &DetachServerFromNetworkRequest { network: 500 })
        .await
        .unwrap()
        .data
        .action;
    assert_eq!(a.command, "detach_from_network");
    c.wait_for([&a]).await.unwrap();
    let o = get(&c, other.id).await;
    assert!(o.private_net.iter().all(|p| p.network != Some(500)));
    let st = state(&emu).await;
    assert_eq!(st["networks"]["500"]["servers"], json!([linked.id]));
    let e = servers
        .detach_from_network(other.id, &DetachServerFromNetworkRequest { network: 500 })
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::InvalidInput), "{e}");

    // Placement groups: the server must be off, and in one group only.
    let e = servers
        .add_to_placement_group(other.id, &AddServerToPlacementGroupRequest::new(600))
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::ServerNotStopped), "{e}");
    let e = servers
        .add_to_placement_group(linked.id, &AddServerToPlacementGroupRequest::new(600))
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::AlreadyInPlacementGroup), "{e}");
    let a = servers.power_off(other.id).await.unwrap().data.action;
    c.wait_for([&a]).await.unwrap();
    let a = servers
        .add_to_placement_group(other.id, &AddServerToPlacementGroupRequest::new(600))
        .await
        .unwrap()
        .data
        .action;
    assert_eq!(a.command, "add_to_placement_group");
    c.wait_for([&a]).await.unwrap();
    assert_eq!(
        get(&c, other.id)
            .await
            .placement_group
            .unwrap()
            .servers
            .len(),
        2
    );
    let a = servers
        .remove_from_placement_group(other.id)
        .await
        .unwrap()
        .data
        .action;
    assert_eq!(a.command, "remove_from_placement_group");
    c.wait_for([&a]).await.unwrap();
    assert!(get(&c, other.id).await.placement_group.is_none());
    let e = servers
        .remove_from_placement_group(other.id)
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::InvalidInput), "{e}");
    let e = servers
        .add_to_placement_group(other.id, &AddServerToPlacementGroupRequest::new(4242))
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");

    // Deleting the server lets go of everything.
    let a = servers
        .delete(linked.id)
        .await
        .unwrap()
        .data
        .action
        .unwrap();
    c.wait_for([&a]).await.unwrap();
    let st = state(&emu).await;
    assert_eq!(st["networks"]["500"]["servers"], json!([]));
    assert_eq!(st["volumes"]["700"]["server"], Value::Null);
    assert_eq!(st["floating_ips"]["900"]["server"], Value::Null);
    assert_eq!(st["placement_groups"]["600"]["servers"], json!([]));
    assert_eq!(st["firewalls"]["800"]["applied_to"], json!([]));
    emu.stop().await;
}

#[tokio::test]
async fn metrics() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    let c = client(&emu);
    let s = running(&c, "measured").await;
    let start = "2024-05-01T00:00:00Z";
    let end = "2024-05-01T01:00:00Z";
    let m = c
        .servers()
        .get_metrics(
            s.id,
            &GetServerMetricsParams::new(vec![GetServerMetricsType::Cpu], start.into(), end.into())
                .step("60"),
        )
        .await
        .unwrap()
        .data
        .metrics;
    assert_eq!(m.step, 60.0);
    assert_eq!(m.time_series.len(), 1);
    let cpu = &m.time_series["cpu"].values;
    assert_eq!(cpu.len(), 61);
    assert_eq!(cpu[0].0, 1_714_521_600.0);
    assert_eq!(cpu[1].0 - cpu[0].0, 60.0);
    assert!(cpu.iter().all(|(_, v)| v.parse::<f64>().unwrap() >= 0.0));
    // The same question gets the same answer.
    let again = c
        .servers()
        .get_metrics(
            s.id,
            &GetServerMetricsParams::new(vec![GetServerMetricsType::Cpu], start.into(), end.into())
                .step("60"),
        )
        .await
        .unwrap()
        .data
        .metrics;
    assert_eq!(again.time_series, m.time_series);

    // Several types; without a step at most 200 samples.
    let m = c
        .servers()
        .get_metrics(
            s.id,
            &GetServerMetricsParams::new(
                vec![GetServerMetricsType::Disk, GetServerMetricsType::Network],
                start.into(),
                "2024-05-02T00:00:00Z".into(),
            ),
        )
        .await
        .unwrap()
        .data
        .metrics;
    assert_eq!(m.time_series.len(), 8);
    assert!(m.time_series.contains_key("disk.0.iops.read"));
    assert!(m.time_series.contains_key("network.0.bandwidth.out"));
    assert!(m.time_series["network.0.pps.in"].values.len() <= 201);
    assert_eq!(m.step, 432.0);

    // Raw queries: comma-separated types, and the errors.
    let raw = |query: &[(&'static str, &str)]| {
        let mut r = ApiRequest::new(Method::Get, format!("/servers/{}/metrics", s.id));
        r.query = query.iter().map(|(k, v)| (*k, (*v).to_owned())).collect();
        r
    };
    let ok = c
        .execute_json(
            raw(&[
                ("type", "cpu,disk"),
                ("start", start),
                ("end", end),
                ("step", "1"),
            ]),
            &CallOptions::no_retry(),
        )
        .await
        .unwrap();
    assert_eq!(
        ok.data["metrics"]["time_series"].as_object().unwrap().len(),
        5
    );
    // At most 500 samples: the step grows.
    assert_eq!(ok.data["metrics"]["step"], json!(8.0));
    let value = &ok.data["metrics"]["time_series"]["cpu"]["values"][0];
    assert!(value[0].is_number() && value[1].is_string(), "{value}");
    for (query, field) in [
        (
            vec![("type", "memory"), ("start", start), ("end", end)],
            "type",
        ),
        (vec![("start", start), ("end", end)], "type"),
        (
            vec![("type", "cpu"), ("start", "yesterday"), ("end", end)],
            "start",
        ),
        (vec![("type", "cpu"), ("start", end), ("end", start)], "end"),
        (vec![("type", "cpu"), ("start", start)], "end"),
        (
            vec![
                ("type", "cpu"),
                ("start", start),
                ("end", end),
                ("step", "-5"),
            ],
            "step",
        ),
    ] {
        let e = c
            .execute_json(raw(&query), &CallOptions::no_retry())
            .await
            .unwrap_err();
        assert!(e.is(ErrorCode::InvalidInput), "{e}");
        assert_eq!(
            e.api().unwrap().details.fields()[0].name,
            field,
            "{query:?}"
        );
    }
    let e = c
        .servers()
        .get_metrics(
            999_999,
            &GetServerMetricsParams::new(vec![GetServerMetricsType::Cpu], start.into(), end.into()),
        )
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");
    assert_eq!(code(&e), "not_found");
    emu.stop().await;
}
