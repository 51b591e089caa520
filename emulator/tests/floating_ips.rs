//! Floating IPs through the client: create (by Location or Server) → list → update →
//! assign/unassign (mirrored on the Server) → reverse DNS → protection → errors → delete.

mod net_support;

use hetzcloud::models::*;
use hetzcloud::{CallOptions, ErrorCode, IdOrName};
use hetzcloud_emulator::{Config, Emulator};
use net_support::{add_servers, server_row, ServerSpec};
use serde_json::json;
use std::time::Duration;

const S1: i64 = 700_001;
const S2: i64 = 700_002;

async fn floating_ips_of(emu: &Emulator, server: i64) -> serde_json::Value {
    server_row(emu, server).await["public_net"]["floating_ips"].clone()
}

#[tokio::test]
async fn floating_ip_lifecycle() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    add_servers(
        &emu,
        &[ServerSpec::new(S1, "one"), ServerSpec::new(S2, "two")],
    )
    .await;
    let c = emu.client();
    let fips = c.floating_ips();

    // By home Location: no action.
    let mut req = CreateFloatingIpRequest::new(FloatingIpType::Ipv4);
    req.home_location = Some(IdOrName::from("fsn1"));
    req.name = Some("web-v4".into());
    req.description = Some("Web Frontend".into());
    req.labels = Some([("env".to_owned(), "prod".to_owned())].into());
    let created = fips.create(&req).await.unwrap();
    assert_eq!(created.status, 201);
    assert!(created.action.is_none());
    let v4 = created.floating_ip.clone();
    assert_eq!(v4.home_location.name, "fsn1");
    assert_eq!(v4.server, None);
    assert!(v4.ip.parse::<std::net::Ipv4Addr>().is_ok(), "{}", v4.ip);
    assert_eq!(v4.dns_ptr.len(), 1);
    assert_eq!(v4.dns_ptr[0].ip, v4.ip);
    assert!(!v4.blocked && !v4.protection.delete);
    assert_eq!(v4.description.as_deref(), Some("Web Frontend"));

    // By Server: assigned, with an action; the home Location is the Server's.
    let mut req = CreateFloatingIpRequest::new(FloatingIpType::Ipv6);
    req.server = Some(S1);
    let created = fips.create(&req).await.unwrap();
    let v6 = created.floating_ip.clone();
    let action = created.action.clone().unwrap();
    assert_eq!(action.command, "assign_floating_ip");
    c.wait_for([&action.id]).await.unwrap();
    assert_eq!(v6.server, Some(S1));
    assert!(v6.ip.ends_with("/64"), "{}", v6.ip);
    assert!(v6.dns_ptr.is_empty());
    assert_eq!(
        v6.name, v6.ip,
        "an unnamed Floating IP is named after its address"
    );
    assert_eq!(v6.home_location.name, "fsn1");
    assert_eq!(floating_ips_of(&emu, S1).await, json!([v6.id]));
    assert_ne!(v4.ip, v6.ip);

    // Lists.
    let all = fips.list(&ListFloatingIpsParams::default()).await.unwrap();
    assert_eq!(all.floating_ips.len(), 2);
    let prod = fips
        .list(&ListFloatingIpsParams::default().label_selector("env=prod"))
        .await
        .unwrap();
    assert_eq!(prod.floating_ips[0].id, v4.id);
    let named = fips
        .list(&ListFloatingIpsParams::default().name("web-v4"))
        .await
        .unwrap();
    assert_eq!(named.floating_ips.len(), 1);
    let desc = fips
        .list(&ListFloatingIpsParams::default().sort([FloatingIpSort::IdDesc]))
        .await
        .unwrap();
    assert_eq!(desc.floating_ips[0].id, v6.id);
    let page = fips
        .list(&ListFloatingIpsParams::default().per_page(1).page(2))
        .await
        .unwrap();
    assert_eq!(page.floating_ips[0].id, v6.id);
    assert_eq!(page.meta.pagination.last_page, Some(2));
    // `name` is not a documented sort field here.
    let mut raw = hetzcloud::ApiRequest::new(hetzcloud::Method::Get, "/floating_ips");
    raw.query.push(("sort", "name".into()));
    let e = c
        .execute_json(raw, &CallOptions::no_retry())
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::InvalidInput), "{e}");

    // Update.
    let upd = FloatingIpUpdateRequest {
        description: Some("changed".into()),
        name: Some("web-v4b".into()),
        labels: Some([("env".to_owned(), "dev".to_owned())].into()),
    };
    let updated = fips.update(v4.id, &upd).await.unwrap();
    assert_eq!(updated.floating_ip.name, "web-v4b");
    assert_eq!(updated.floating_ip.description.as_deref(), Some("changed"));
    assert_eq!(updated.floating_ip.labels["env"], "dev");
    let dup = fips
        .update(
            v4.id,
            &FloatingIpUpdateRequest {
                name: Some(v6.name.clone()),
                ..Default::default()
            },
        )
        .await
        .unwrap_err();
    assert!(dup.is(ErrorCode::UniquenessError), "{dup}");

    // Assign, reassign, unassign.
    let act = fips
        .assign(v4.id, &FloatingIpActionsAssignRequest { server: Some(S1) })
        .await
        .unwrap();
    assert_eq!(act.action.command, "assign_floating_ip");
    assert_eq!(act.action.resources.len(), 2);
    c.wait_for([&act.action.id]).await.unwrap();
    assert_eq!(floating_ips_of(&emu, S1).await, json!([v4.id, v6.id]));
    let e = fips
        .assign(v4.id, &FloatingIpActionsAssignRequest { server: Some(S1) })
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::FloatingIpAssigned), "{e}");
    let act = fips
        .assign(v4.id, &FloatingIpActionsAssignRequest { server: Some(S2) })
        .await
        .unwrap();
    c.wait_for([&act.action.id]).await.unwrap();
    assert_eq!(fips.get(v4.id).await.unwrap().floating_ip.server, Some(S2));
    assert_eq!(floating_ips_of(&emu, S1).await, json!([v6.id]));
    assert_eq!(floating_ips_of(&emu, S2).await, json!([v4.id]));
    let e = fips
        .assign(
            v4.id,
            &FloatingIpActionsAssignRequest {
                server: Some(999_999),
            },
        )
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");

    // Deleting an assigned Floating IP is refused.
    let e = fips.delete(v4.id).await.unwrap_err();
    assert!(e.is(ErrorCode::MustBeUnassigned), "{e}");
    let act = fips.unassign(v4.id).await.unwrap();
    assert_eq!(act.action.command, "unassign_floating_ip");
    c.wait_for([&act.action.id]).await.unwrap();
    assert_eq!(fips.get(v4.id).await.unwrap().floating_ip.server, None);
    assert_eq!(floating_ips_of(&emu, S2).await, json!([]));

    // Reverse DNS: IPv4 set and reset; IPv6 set within the /64 and removed.
    let mut ptr = ChangeFloatingIpDnsPtrRequest::new(v4.ip.clone());
    ptr.dns_ptr = Some("web.example.com".into());
    let act = fips.change_dns_ptr(v4.id, &ptr).await.unwrap();
    assert_eq!(act.action.command, "change_dns_ptr");
    c.wait_for([&act.action.id]).await.unwrap();
    let got = fips.get(v4.id).await.unwrap().into_inner().floating_ip;
    assert_eq!(got.dns_ptr[0].dns_ptr, "web.example.com");
    let act = fips
        .change_dns_ptr(v4.id, &ChangeFloatingIpDnsPtrRequest::new(v4.ip.clone()))
        .await
        .unwrap();
    c.wait_for([&act.action.id]).await.unwrap();
    let got = fips.get(v4.id).await.unwrap().into_inner().floating_ip;
    assert!(got.dns_ptr[0].dns_ptr.contains("your-server.de"));
    let host = v6.ip.replace("::/64", "::1");
    let mut ptr = ChangeFloatingIpDnsPtrRequest::new(host.clone());
    ptr.dns_ptr = Some("v6.example.com".into());
    let act = fips.change_dns_ptr(v6.id, &ptr).await.unwrap();
    c.wait_for([&act.action.id]).await.unwrap();
    let got = fips.get(v6.id).await.unwrap().into_inner().floating_ip;
    assert_eq!(
        got.dns_ptr,
        vec![DnsPtr {
            ip: host.clone(),
            dns_ptr: "v6.example.com".into()
        }]
    );
    let act = fips
        .change_dns_ptr(v6.id, &ChangeFloatingIpDnsPtrRequest::new(host))
        .await
        .unwrap();
    c.wait_for([&act.action.id]).await.unwrap();
    assert!(fips
        .get(v6.id)
        .await
        .unwrap()
        .floating_ip
        .dns_ptr
        .is_empty());
    let mut ptr = ChangeFloatingIpDnsPtrRequest::new("2001:db8:ffff::1");
    ptr.dns_ptr = Some("x.example.com".into());
    let e = fips.change_dns_ptr(v6.id, &ptr).await.unwrap_err();
    assert!(e.is(ErrorCode::InvalidInput), "{e}");

    // Protection.
    let act = fips
        .change_protection(v4.id, &Protection::new(true))
        .await
        .unwrap();
    assert_eq!(act.action.command, "change_protection");
    c.wait_for([&act.action.id]).await.unwrap();
    let e = fips.delete(v4.id).await.unwrap_err();
    assert!(e.is(ErrorCode::Protected), "{e}");
    let act = fips
        .change_protection(v4.id, &Protection::new(false))
        .await
        .unwrap();
    c.wait_for([&act.action.id]).await.unwrap();

    let acts = fips
        .list_actions_for(v4.id, &Default::default())
        .await
        .unwrap();
    assert!(acts.actions.len() >= 6);

    fips.delete(v4.id).await.unwrap();
    let e = fips.get(v4.id).await.unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");
    emu.stop().await;
}

#[tokio::test]
async fn floating_ip_errors_and_locks() {
    let config = Config {
        action_duration: Duration::from_millis(2500),
        ..Default::default()
    };
    let emu = Emulator::start(config).await.unwrap();
    add_servers(&emu, &[ServerSpec::new(S1, "one")]).await;
    let c = emu.client();
    let fips = c.floating_ips();
    let invalid = |e: hetzcloud::Error, field: &str| {
        assert!(e.is(ErrorCode::InvalidInput), "{e}");
        assert_eq!(e.api().unwrap().details.fields()[0].name, field, "{e}");
    };

    let req = CreateFloatingIpRequest::new(FloatingIpType::Ipv4);
    invalid(fips.create(&req).await.unwrap_err(), "home_location");
    let mut req = CreateFloatingIpRequest::new(FloatingIpType::Unrecognized("ipv5".into()));
    req.home_location = Some(IdOrName::from("fsn1"));
    invalid(fips.create(&req).await.unwrap_err(), "type");
    let mut req = CreateFloatingIpRequest::new(FloatingIpType::Ipv4);
    req.home_location = Some(IdOrName::from("atlantis1"));
    invalid(fips.create(&req).await.unwrap_err(), "home_location");
    let mut req = CreateFloatingIpRequest::new(FloatingIpType::Ipv4);
    req.server = Some(999_999);
    invalid(fips.create(&req).await.unwrap_err(), "server");

    let mut req = CreateFloatingIpRequest::new(FloatingIpType::Ipv4);
    req.home_location = Some(IdOrName::from(1));
    req.name = Some("ip".into());
    let fip = fips.create(&req).await.unwrap().floating_ip.clone();
    let dup = fips.create(&req).await.unwrap_err();
    assert!(dup.is(ErrorCode::UniquenessError), "{dup}");

    // While an action runs, others on the same Floating IP are `locked`.
    let act = fips
        .assign(fip.id, &FloatingIpActionsAssignRequest { server: Some(S1) })
        .await
        .unwrap();
    assert_eq!(act.action.status, ActionStatus::Running);
    let once = CallOptions::no_retry();
    let req = hetzcloud::resources::FloatingIps::change_protection_request(
        fip.id,
        &Protection::new(true),
    )
    .unwrap();
    let e = c.execute_json(req, &once).await.unwrap_err();
    assert!(e.is(ErrorCode::Locked), "{e}");
    c.wait_for([&act.action.id]).await.unwrap();
    let act = fips
        .change_protection(fip.id, &Protection::new(true))
        .await
        .unwrap();
    c.wait_for([&act.action.id]).await.unwrap();

    let e = fips.get(999_999).await.unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");
    let e = fips.unassign(999_999).await.unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");
    emu.stop().await;
}

#[tokio::test]
async fn deleted_server_releases_its_floating_ips() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    add_servers(&emu, &[ServerSpec::new(S1, "one")]).await;
    let c = emu.client();
    let mut req = CreateFloatingIpRequest::new(FloatingIpType::Ipv4);
    req.server = Some(S1);
    let created = c.floating_ips().create(&req).await.unwrap();
    let id = created.floating_ip.id;
    c.wait_for([created.action.clone().unwrap().id])
        .await
        .unwrap();
    let mut st = net_support::state(&emu).await;
    st["servers"]
        .as_object_mut()
        .unwrap()
        .remove(&S1.to_string());
    net_support::load(&emu, &st).await;
    let got = c.floating_ips().get(id).await.unwrap();
    assert_eq!(got.floating_ip.server, None);
    c.floating_ips().delete(id).await.unwrap();
    emu.stop().await;
}
