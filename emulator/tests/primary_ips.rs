//! Primary IPs through the client: create (by Location, Data Center or assignee) → list →
//! update → assign/unassign on powered-off Servers (mirrored in `public_net`) → reverse DNS
//! → protection → documented errors → delete.

mod net_support;

use hetzcloud::models::*;
use hetzcloud::{CallOptions, ErrorCode, IdOrName};
use hetzcloud_emulator::{Config, Emulator};
use net_support::{add_servers, server_row, ServerSpec};
use serde_json::json;
use std::time::Duration;

/// Off, without public addresses.
const S_OFF: i64 = 800_001;
/// Running, without public addresses.
const S_RUN: i64 = 800_002;
/// Off, with an IPv4 and an IPv6 address already.
const S_FULL: i64 = 800_003;
/// Off, without public addresses.
const S_OFF2: i64 = 800_004;

async fn servers(emu: &Emulator) {
    let mut off = ServerSpec::new(S_OFF, "off");
    off.status = "off";
    off.public = false;
    let mut run = ServerSpec::new(S_RUN, "run");
    run.public = false;
    let mut full = ServerSpec::new(S_FULL, "full");
    full.status = "off";
    let mut off2 = ServerSpec::new(S_OFF2, "off2");
    off2.status = "off";
    off2.public = false;
    add_servers(emu, &[off, run, full, off2]).await;
}

fn server_type(kind: FirewallAppliedToResourceType, id: i64) -> AssignPrimaryIpRequest {
    PrimaryIpActionsAssignRequest::new(kind, id)
}

#[tokio::test]
async fn primary_ip_lifecycle() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    servers(&emu).await;
    let c = emu.client();
    let pips = c.primary_ips();

    // Unassigned, by Location.
    let mut req = CreatePrimaryIpRequest::new("v4", FloatingIpType::Ipv4);
    req.location = Some(IdOrName::from("fsn1"));
    req.labels = Some([("env".to_owned(), "prod".to_owned())].into());
    let created = pips.create(&req).await.unwrap();
    assert_eq!(created.status, 201);
    assert!(created.action.is_none());
    let v4 = created.primary_ip.clone();
    assert_eq!(v4.assignee_id, None);
    assert_eq!(v4.assignee_type, FirewallAppliedToResourceType::Server);
    assert_eq!(v4.location.name, "fsn1");
    assert!(!v4.auto_delete && !v4.blocked && !v4.protection.delete);
    assert_eq!(v4.dns_ptr[0].ip, v4.ip);

    // By Data Center (described, no longer in the schema): sent raw.
    let mut raw = hetzcloud::ApiRequest::new(hetzcloud::Method::Post, "/primary_ips");
    raw.body = Some(json!({"name": "v6", "type": "ipv6", "datacenter": "fsn1-dc14"}).to_string());
    let v6: PrimaryIpResponse = serde_json::from_value(
        c.execute_json(raw, &CallOptions::no_retry())
            .await
            .unwrap()
            .into_inner(),
    )
    .unwrap();
    let v6 = v6.primary_ip;
    assert!(v6.ip.ends_with("/64"));
    assert_eq!(v6.location.name, "fsn1");

    // Assigned at creation.
    let mut req = CreatePrimaryIpRequest::new("assigned", FloatingIpType::Ipv4);
    req.assignee_type = Some(FirewallAppliedToResourceType::Server);
    req.assignee_id = Some(S_OFF);
    req.auto_delete = Some(true);
    let created = pips.create(&req).await.unwrap();
    let assigned = created.primary_ip.clone();
    let action = created.action.clone().unwrap();
    assert_eq!(action.command, "assign_primary_ip");
    c.wait_for([&action.id]).await.unwrap();
    assert_eq!(assigned.assignee_id, Some(S_OFF));
    assert!(assigned.auto_delete);
    let row = server_row(&emu, S_OFF).await;
    assert_eq!(row["public_net"]["ipv4"]["id"], json!(assigned.id));
    assert_eq!(row["public_net"]["ipv4"]["ip"], json!(assigned.ip));

    // Lists.
    let all = pips.list(&ListPrimaryIpsParams::default()).await.unwrap();
    assert_eq!(all.primary_ips.len(), 3);
    let by_ip = pips
        .list(&ListPrimaryIpsParams::default().ip(v4.ip.clone()))
        .await
        .unwrap();
    assert_eq!(by_ip.primary_ips.len(), 1);
    assert_eq!(by_ip.primary_ips[0].id, v4.id);
    let by_name = pips
        .list(&ListPrimaryIpsParams::default().name("v6"))
        .await
        .unwrap();
    assert_eq!(by_name.primary_ips[0].id, v6.id);
    let prod = pips
        .list(&ListPrimaryIpsParams::default().label_selector("env=prod"))
        .await
        .unwrap();
    assert_eq!(prod.primary_ips.len(), 1);
    let desc = pips
        .list(&ListPrimaryIpsParams::default().sort([PrimaryIpSort::IdDesc]))
        .await
        .unwrap();
    assert_eq!(desc.primary_ips[0].id, assigned.id);
    let page = pips
        .list(&ListPrimaryIpsParams::default().per_page(2).page(2))
        .await
        .unwrap();
    assert_eq!(page.primary_ips.len(), 1);

    // Update.
    let upd = PrimaryIpUpdateRequest {
        name: Some("v4-renamed".into()),
        labels: Some([("env".to_owned(), "dev".to_owned())].into()),
        auto_delete: Some(true),
    };
    let updated = pips.update(v4.id, &upd).await.unwrap();
    assert_eq!(updated.primary_ip.name, "v4-renamed");
    assert!(updated.primary_ip.auto_delete);
    assert_eq!(updated.primary_ip.labels["env"], "dev");
    let dup = pips
        .update(
            v4.id,
            &PrimaryIpUpdateRequest {
                name: Some("v6".into()),
                ..Default::default()
            },
        )
        .await
        .unwrap_err();
    assert!(dup.is(ErrorCode::UniquenessError), "{dup}");

    // Assign: documented refusals, then success.
    let server = FirewallAppliedToResourceType::Server;
    let e = pips
        .assign(v4.id, &server_type(server.clone(), S_RUN))
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::ServerNotStopped), "{e}");
    let e = pips
        .assign(v4.id, &server_type(server.clone(), S_FULL))
        .await
        .unwrap_err();
    assert_eq!(net_support::code(&e), "server_has_ipv4", "{e}");
    let e = pips
        .assign(v6.id, &server_type(server.clone(), S_FULL))
        .await
        .unwrap_err();
    assert_eq!(net_support::code(&e), "server_has_ipv6", "{e}");
    let e = pips
        .assign(v4.id, &server_type(server.clone(), S_OFF))
        .await
        .unwrap_err();
    assert_eq!(net_support::code(&e), "server_has_ipv4", "{e}");
    let e = pips
        .assign(assigned.id, &server_type(server.clone(), S_OFF2))
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::PrimaryIpAlreadyAssigned), "{e}");
    let e = pips
        .assign(v4.id, &server_type(server.clone(), 999_999))
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");
    let act = pips
        .assign(v6.id, &server_type(server.clone(), S_OFF))
        .await
        .unwrap();
    assert_eq!(act.action.command, "assign_primary_ip");
    c.wait_for([&act.action.id]).await.unwrap();
    let row = server_row(&emu, S_OFF).await;
    assert_eq!(row["public_net"]["ipv6"]["id"], json!(v6.id));
    assert_eq!(
        pips.get(v6.id).await.unwrap().primary_ip.assignee_id,
        Some(S_OFF)
    );

    // Reverse DNS follows onto the Server.
    let mut ptr = ChangeFloatingIpDnsPtrRequest::new(assigned.ip.clone());
    ptr.dns_ptr = Some("mail.example.com".into());
    let act = pips.change_dns_ptr(assigned.id, &ptr).await.unwrap();
    assert_eq!(act.action.command, "change_dns_ptr");
    c.wait_for([&act.action.id]).await.unwrap();
    let got = pips.get(assigned.id).await.unwrap().into_inner().primary_ip;
    assert_eq!(got.dns_ptr[0].dns_ptr, "mail.example.com");
    let row = server_row(&emu, S_OFF).await;
    assert_eq!(
        row["public_net"]["ipv4"]["dns_ptr"],
        json!("mail.example.com")
    );
    let host = v6.ip.replace("::/64", "::2");
    let mut ptr = ChangeFloatingIpDnsPtrRequest::new(host.clone());
    ptr.dns_ptr = Some("v6.example.com".into());
    let act = pips.change_dns_ptr(v6.id, &ptr).await.unwrap();
    c.wait_for([&act.action.id]).await.unwrap();
    let row = server_row(&emu, S_OFF).await;
    assert_eq!(
        row["public_net"]["ipv6"]["dns_ptr"],
        json!([{"ip": host, "dns_ptr": "v6.example.com"}])
    );
    let mut ptr = ChangeFloatingIpDnsPtrRequest::new("203.0.113.77");
    ptr.dns_ptr = Some("x.example.com".into());
    let e = pips.change_dns_ptr(v4.id, &ptr).await.unwrap_err();
    assert!(e.is(ErrorCode::InvalidInput), "{e}");

    // Delete while assigned: refused.
    let e = pips.delete(assigned.id).await.unwrap_err();
    assert!(e.is(ErrorCode::MustBeUnassigned), "{e}");

    // Unassign: the Server must be off.
    let act = pips.unassign(assigned.id).await.unwrap();
    assert_eq!(act.action.command, "unassign_primary_ip");
    c.wait_for([&act.action.id]).await.unwrap();
    let row = server_row(&emu, S_OFF).await;
    assert_eq!(row["public_net"]["ipv4"], json!(null));
    assert_eq!(row["public_net"]["ipv6"]["id"], json!(v6.id));
    assert_eq!(
        pips.get(assigned.id).await.unwrap().primary_ip.assignee_id,
        None
    );

    // Protection: only without auto_delete.
    let e = pips
        .change_protection(v4.id, &Protection::new(true))
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::InvalidInput), "{e}");
    pips.update(
        v4.id,
        &PrimaryIpUpdateRequest {
            auto_delete: Some(false),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let act = pips
        .change_protection(v4.id, &Protection::new(true))
        .await
        .unwrap();
    assert_eq!(act.action.command, "change_protection");
    c.wait_for([&act.action.id]).await.unwrap();
    let e = pips.delete(v4.id).await.unwrap_err();
    assert!(e.is(ErrorCode::Protected), "{e}");
    let act = pips
        .change_protection(v4.id, &Protection::new(false))
        .await
        .unwrap();
    c.wait_for([&act.action.id]).await.unwrap();

    let acts = pips
        .list_actions_for(v4.id, &Default::default())
        .await
        .unwrap();
    assert_eq!(acts.actions.len(), 2);

    pips.delete(v4.id).await.unwrap();
    pips.delete(assigned.id).await.unwrap();
    let e = pips.get(v4.id).await.unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");
    emu.stop().await;
}

#[tokio::test]
async fn primary_ip_create_errors_and_running_actions() {
    let config = Config {
        action_duration: Duration::from_millis(2500),
        ..Default::default()
    };
    let emu = Emulator::start(config).await.unwrap();
    servers(&emu).await;
    let c = emu.client();
    let pips = c.primary_ips();
    let invalid = |e: hetzcloud::Error, field: &str| {
        assert!(e.is(ErrorCode::InvalidInput), "{e}");
        assert_eq!(e.api().unwrap().details.fields()[0].name, field, "{e}");
    };

    let req = CreatePrimaryIpRequest::new("x", FloatingIpType::Ipv4);
    invalid(pips.create(&req).await.unwrap_err(), "location");
    let mut req = CreatePrimaryIpRequest::new("x", FloatingIpType::Ipv4);
    req.location = Some(IdOrName::from("nowhere1"));
    invalid(pips.create(&req).await.unwrap_err(), "location");
    let mut req = CreatePrimaryIpRequest::new("x", FloatingIpType::Ipv4);
    req.assignee_id = Some(S_OFF);
    invalid(pips.create(&req).await.unwrap_err(), "assignee_type");
    req.assignee_type = Some(FirewallAppliedToResourceType::Unrecognized("lb".into()));
    invalid(pips.create(&req).await.unwrap_err(), "assignee_type");
    req.assignee_type = Some(FirewallAppliedToResourceType::Server);
    req.assignee_id = Some(S_RUN);
    let e = pips.create(&req).await.unwrap_err();
    assert!(e.is(ErrorCode::ServerNotStopped), "{e}");
    req.assignee_id = Some(S_FULL);
    let e = pips.create(&req).await.unwrap_err();
    assert_eq!(net_support::code(&e), "server_has_ipv4", "{e}");
    req.r#type = FloatingIpType::Ipv6;
    let e = pips.create(&req).await.unwrap_err();
    assert_eq!(net_support::code(&e), "server_has_ipv6", "{e}");
    assert!(pips
        .list(&Default::default())
        .await
        .unwrap()
        .primary_ips
        .is_empty());

    let mut req = CreatePrimaryIpRequest::new("ip", FloatingIpType::Ipv4);
    req.location = Some(IdOrName::from(1));
    let pip = pips.create(&req).await.unwrap().primary_ip.clone();
    let dup = pips.create(&req).await.unwrap_err();
    assert!(dup.is(ErrorCode::UniquenessError), "{dup}");

    // While assigning, the Primary IP is busy: update answers `conflict`, actions `locked`.
    let act = pips
        .assign(
            pip.id,
            &PrimaryIpActionsAssignRequest::new(FirewallAppliedToResourceType::Server, S_OFF),
        )
        .await
        .unwrap();
    assert_eq!(act.action.status, ActionStatus::Running);
    let once = CallOptions::no_retry();
    let upd = PrimaryIpUpdateRequest {
        name: Some("y".into()),
        ..Default::default()
    };
    let req = hetzcloud::resources::PrimaryIps::update_request(pip.id, &upd).unwrap();
    let e = c.execute_json(req, &once).await.unwrap_err();
    assert!(e.is(ErrorCode::Conflict), "{e}");
    let req =
        hetzcloud::resources::PrimaryIps::change_protection_request(pip.id, &Protection::new(true))
            .unwrap();
    let e = c.execute_json(req, &once).await.unwrap_err();
    assert!(e.is(ErrorCode::Locked), "{e}");
    c.wait_for([&act.action.id]).await.unwrap();

    // Unassigning from a running Server is refused: flip the Server on through the state.
    let mut st = net_support::state(&emu).await;
    st["servers"][S_OFF.to_string()]["status"] = json!("running");
    net_support::load(&emu, &st).await;
    let e = pips.unassign(pip.id).await.unwrap_err();
    assert!(e.is(ErrorCode::ServerNotStopped), "{e}");
    emu.stop().await;
}

#[tokio::test]
async fn deleted_server_releases_its_primary_ips() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    servers(&emu).await;
    let c = emu.client();
    let pips = c.primary_ips();
    let mut ids = Vec::new();
    for (name, kind, auto_delete) in [
        ("kept", FloatingIpType::Ipv4, false),
        ("dropped", FloatingIpType::Ipv6, true),
    ] {
        let mut req = CreatePrimaryIpRequest::new(name, kind);
        req.assignee_type = Some(FirewallAppliedToResourceType::Server);
        req.assignee_id = Some(S_OFF);
        req.auto_delete = Some(auto_delete);
        let created = pips.create(&req).await.unwrap();
        c.wait_for([created.action.clone().unwrap().id])
            .await
            .unwrap();
        ids.push(created.primary_ip.id);
    }
    let mut st = net_support::state(&emu).await;
    st["servers"]
        .as_object_mut()
        .unwrap()
        .remove(&S_OFF.to_string());
    net_support::load(&emu, &st).await;
    let all = pips.list(&Default::default()).await.unwrap();
    assert_eq!(all.primary_ips.len(), 1);
    assert_eq!(all.primary_ips[0].id, ids[0]);
    assert_eq!(all.primary_ips[0].assignee_id, None);
    emu.stop().await;
}
