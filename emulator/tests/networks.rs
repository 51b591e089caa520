//! Networks through the client: create → list → update → subnet/route/range/protection
//! actions → documented errors → delete.

mod net_support;

use hetzcloud::models::*;
use hetzcloud::{CallOptions, ErrorCode};
use hetzcloud_emulator::{Config, Emulator};
use net_support::{add_servers, code, server_row, ServerSpec};
use std::time::Duration;

fn subnet(range: Option<&str>) -> NetworkCreateRequestSubnet {
    let mut s = NetworkCreateRequestSubnet::new(NetworkSubnetType::Cloud, "eu-central");
    s.ip_range = range.map(str::to_owned);
    s
}

#[tokio::test]
async fn network_lifecycle() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    let c = emu.client();
    let nets = c.networks();

    let mut req = CreateNetworkRequest::new("net-a", "10.0.0.0/16");
    req.labels = Some([("env".to_owned(), "prod".to_owned())].into());
    req.subnets = Some(vec![subnet(Some("10.0.1.0/24")), subnet(None)]);
    req.routes = Some(vec![Route::new("10.100.1.0/24", "10.0.1.1")]);
    let created = nets.create(&req).await.unwrap();
    assert_eq!(created.status, 201);
    let a = created.network.clone().unwrap();
    assert_eq!(a.ip_range, "10.0.0.0/16");
    assert_eq!(a.subnets.len(), 2);
    assert_eq!(a.subnets[0].gateway, "10.0.0.1");
    assert_eq!(a.subnets[0].ip_range.as_deref(), Some("10.0.1.0/24"));
    // No range given: the first free /24.
    assert_eq!(a.subnets[1].ip_range.as_deref(), Some("10.0.0.0/24"));
    assert_eq!(a.routes, vec![Route::new("10.100.1.0/24", "10.0.1.1")]);
    assert!(!a.expose_routes_to_vswitch);
    assert!(a.servers.is_empty());
    assert_eq!(a.load_balancers, Some(vec![]));

    let b = nets
        .create(&CreateNetworkRequest::new("net-b", "192.168.0.0/24"))
        .await
        .unwrap()
        .network
        .clone()
        .unwrap();
    let mut req = CreateNetworkRequest::new("net-c", "172.16.0.0/12");
    req.expose_routes_to_vswitch = Some(true);
    let cnet = nets.create(&req).await.unwrap().network.clone().unwrap();
    assert!(cnet.expose_routes_to_vswitch);

    // Lists: filters, sort, pages.
    let all = nets.list(&ListNetworksParams::default()).await.unwrap();
    assert_eq!(
        all.networks.iter().map(|n| n.id).collect::<Vec<_>>(),
        vec![a.id, b.id, cnet.id]
    );
    let prod = nets
        .list(&ListNetworksParams::default().label_selector("env=prod"))
        .await
        .unwrap();
    assert_eq!(prod.networks.len(), 1);
    let by_name = nets
        .list(&ListNetworksParams::default().name("net-b"))
        .await
        .unwrap();
    assert_eq!(by_name.networks[0].id, b.id);
    let desc = nets
        .list(&ListNetworksParams::default().sort([NetworkSort::NameDesc]))
        .await
        .unwrap();
    assert_eq!(desc.networks[0].name, "net-c");
    let page = nets
        .list(&ListNetworksParams::default().per_page(2).page(2))
        .await
        .unwrap();
    assert_eq!(page.networks.len(), 1);
    assert_eq!(page.meta.pagination.total_entries, Some(3));

    // Update.
    let upd = NetworkUpdateRequest {
        name: Some("net-a2".into()),
        labels: Some([("env".to_owned(), "staging".to_owned())].into()),
        expose_routes_to_vswitch: Some(true),
    };
    let updated = nets
        .update(a.id, &upd)
        .await
        .unwrap()
        .network
        .clone()
        .unwrap();
    assert_eq!(updated.name, "net-a2");
    assert_eq!(updated.labels["env"], "staging");
    assert!(updated.expose_routes_to_vswitch);
    let dup = nets
        .update(
            b.id,
            &NetworkUpdateRequest {
                name: Some("net-a2".into()),
                ..Default::default()
            },
        )
        .await
        .unwrap_err();
    assert!(dup.is(ErrorCode::UniquenessError), "{dup}");

    // Actions.
    let mut sub = subnet(Some("10.0.8.0/22"));
    sub.r#type = NetworkSubnetType::Cloud;
    let act = nets.add_subnet(a.id, &sub).await.unwrap();
    assert_eq!(act.action.command, "add_subnet");
    assert_eq!(act.action.resources[0].r#type, "network");
    c.wait_for([&act.action.id]).await.unwrap();
    let mut vs = NetworkCreateRequestSubnet::new(NetworkSubnetType::Vswitch, "eu-central");
    vs.ip_range = Some("10.0.16.0/24".into());
    vs.vswitch_id = Some(1000);
    let act = nets.add_subnet(a.id, &vs).await.unwrap();
    c.wait_for([&act.action.id]).await.unwrap();
    let got = nets.get(a.id).await.unwrap().network.clone().unwrap();
    assert_eq!(got.subnets.len(), 4);
    assert_eq!(got.subnets[3].gateway, "10.0.16.1");
    assert_eq!(got.subnets[3].vswitch_id, Some(1000));

    let act = nets
        .add_route(a.id, &Route::new("10.200.0.0/16", "10.0.1.5"))
        .await
        .unwrap();
    assert_eq!(act.action.command, "add_route");
    c.wait_for([&act.action.id]).await.unwrap();
    let act = nets
        .add_route(a.id, &Route::new("0.0.0.0/0", "10.0.1.2"))
        .await
        .unwrap();
    c.wait_for([&act.action.id]).await.unwrap();
    let act = nets
        .delete_route(a.id, &Route::new("10.100.1.0/24", "10.0.1.1"))
        .await
        .unwrap();
    assert_eq!(act.action.command, "delete_route");
    c.wait_for([&act.action.id]).await.unwrap();
    let got = nets.get(a.id).await.unwrap().network.clone().unwrap();
    assert_eq!(
        got.routes
            .iter()
            .map(|r| r.destination.as_str())
            .collect::<Vec<_>>(),
        vec!["10.200.0.0/16", "0.0.0.0/0"]
    );

    let act = nets
        .delete_subnet(a.id, &ChangeIpRangeRequest::new("10.0.8.0/22"))
        .await
        .unwrap();
    assert_eq!(act.action.command, "delete_subnet");
    c.wait_for([&act.action.id]).await.unwrap();

    let act = nets
        .change_ip_range(b.id, &ChangeIpRangeRequest::new("192.168.0.0/20"))
        .await
        .unwrap();
    assert_eq!(act.action.command, "change_ip_range");
    c.wait_for([&act.action.id]).await.unwrap();
    let got = nets.get(b.id).await.unwrap().network.clone().unwrap();
    assert_eq!(got.ip_range, "192.168.0.0/20");

    let act = nets
        .change_protection(a.id, &ChangeImageProtectionRequest { delete: Some(true) })
        .await
        .unwrap();
    assert_eq!(act.action.command, "change_protection");
    c.wait_for([&act.action.id]).await.unwrap();
    let e = nets.delete(a.id).await.unwrap_err();
    assert!(e.is(ErrorCode::Protected), "{e}");
    let act = nets
        .change_protection(
            a.id,
            &ChangeImageProtectionRequest {
                delete: Some(false),
            },
        )
        .await
        .unwrap();
    c.wait_for([&act.action.id]).await.unwrap();

    // The generic action endpoints see these actions.
    let acts = nets
        .list_actions_for(a.id, &Default::default())
        .await
        .unwrap();
    assert!(acts.actions.len() >= 7);

    // Delete.
    nets.delete(a.id).await.unwrap();
    let gone = nets.get(a.id).await.unwrap_err();
    assert!(gone.is(ErrorCode::NotFound), "{gone}");
    let gone = nets
        .add_route(a.id, &Route::new("10.1.0.0/16", "10.0.0.2"))
        .await
        .unwrap_err();
    assert!(gone.is(ErrorCode::NotFound), "{gone}");
    emu.stop().await;
}

#[tokio::test]
async fn network_validation_errors() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    let c = emu.client();
    let nets = c.networks();
    let invalid = |e: hetzcloud::Error, field: &str| {
        assert!(e.is(ErrorCode::InvalidInput), "{e}");
        assert_eq!(e.api().unwrap().details.fields()[0].name, field, "{e}");
    };

    let e = nets
        .create(&CreateNetworkRequest::new("x", "8.8.0.0/16"))
        .await
        .unwrap_err();
    invalid(e, "ip_range");
    let e = nets
        .create(&CreateNetworkRequest::new("x", "10.0.0.0/25"))
        .await
        .unwrap_err();
    invalid(e, "ip_range");
    let e = nets
        .create(&CreateNetworkRequest::new("x", "10.0.0.1/16"))
        .await
        .unwrap_err();
    invalid(e, "ip_range");
    let mut req = CreateNetworkRequest::new("x", "10.0.0.0/16");
    req.subnets = Some(vec![subnet(Some("10.1.0.0/24"))]);
    invalid(nets.create(&req).await.unwrap_err(), "ip_range");
    req.subnets = Some(vec![
        subnet(Some("10.0.0.0/24")),
        subnet(Some("10.0.0.0/25")),
    ]);
    invalid(nets.create(&req).await.unwrap_err(), "ip_range");
    req.subnets = Some(vec![NetworkCreateRequestSubnet::new(
        NetworkSubnetType::Cloud,
        "mars-north",
    )]);
    invalid(nets.create(&req).await.unwrap_err(), "network_zone");
    req.subnets = Some(vec![NetworkCreateRequestSubnet::new(
        NetworkSubnetType::Vswitch,
        "eu-central",
    )]);
    invalid(nets.create(&req).await.unwrap_err(), "vswitch_id");
    req.subnets = Some(vec![NetworkCreateRequestSubnet::new(
        NetworkSubnetType::Unrecognized("galaxy".into()),
        "eu-central",
    )]);
    invalid(nets.create(&req).await.unwrap_err(), "type");
    req.subnets = None;
    req.routes = Some(vec![Route::new("10.100.0.0/16", "10.0.0.1")]);
    invalid(nets.create(&req).await.unwrap_err(), "gateway");
    req.routes = Some(vec![Route::new("8.8.8.0/24", "10.0.0.2")]);
    invalid(nets.create(&req).await.unwrap_err(), "destination");
    req.routes = Some(vec![Route::new("172.31.0.0/16", "10.0.0.2")]);
    invalid(nets.create(&req).await.unwrap_err(), "destination");
    req.routes = Some(vec![Route::new("10.100.0.0/16", "172.31.1.1")]);
    invalid(nets.create(&req).await.unwrap_err(), "gateway");
    req.routes = None;
    let n = nets.create(&req).await.unwrap().network.clone().unwrap();

    let dup = nets.create(&req).await.unwrap_err();
    assert!(dup.is(ErrorCode::UniquenessError), "{dup}");

    // The range only grows, and keeps its start.
    let e = nets
        .change_ip_range(n.id, &ChangeIpRangeRequest::new("10.0.0.0/17"))
        .await
        .unwrap_err();
    invalid(e, "ip_range");
    let e = nets
        .change_ip_range(n.id, &ChangeIpRangeRequest::new("10.2.0.0/15"))
        .await
        .unwrap_err();
    invalid(e, "ip_range");
    // Subnets lie inside the range and do not overlap.
    let act = nets
        .add_subnet(n.id, &subnet(Some("10.0.0.0/24")))
        .await
        .unwrap();
    c.wait_for([&act.action.id]).await.unwrap();
    let e = nets
        .add_subnet(n.id, &subnet(Some("10.0.0.128/25")))
        .await
        .unwrap_err();
    invalid(e, "ip_range");
    let e = nets
        .add_subnet(n.id, &subnet(Some("10.9.0.0/24")))
        .await
        .unwrap_err();
    invalid(e, "ip_range");
    let e = nets
        .add_route(n.id, &Route::new("10.0.0.0/25", "10.0.0.5"))
        .await
        .unwrap_err();
    invalid(e, "destination");
    let e = nets
        .delete_route(n.id, &Route::new("10.50.0.0/16", "10.0.0.5"))
        .await
        .unwrap_err();
    invalid(e, "destination");
    let e = nets
        .delete_subnet(n.id, &ChangeIpRangeRequest::new("10.0.5.0/24"))
        .await
        .unwrap_err();
    invalid(e, "ip_range");
    let e = nets.get(424242).await.unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");
    emu.stop().await;
}

#[tokio::test]
async fn attached_servers_and_running_actions() {
    let config = Config {
        action_duration: Duration::from_millis(2500),
        ..Default::default()
    };
    let emu = Emulator::start(config).await.unwrap();
    let c = emu.client();
    let nets = c.networks();
    let mut req = CreateNetworkRequest::new("net", "10.0.0.0/16");
    req.subnets = Some(vec![
        subnet(Some("10.0.1.0/24")),
        subnet(Some("10.0.2.0/24")),
    ]);
    let n = nets.create(&req).await.unwrap().network.clone().unwrap();

    let mut s = ServerSpec::new(500_001, "web");
    s.private = vec![(n.id, "10.0.1.2")];
    add_servers(&emu, &[s]).await;
    let got = nets.get(n.id).await.unwrap().network.clone().unwrap();
    assert_eq!(got.servers, vec![500_001]);

    // A subnet with attached resources stays.
    let e = nets
        .delete_subnet(n.id, &ChangeIpRangeRequest::new("10.0.1.0/24"))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "resource_in_use", "{e}");

    // While an action runs on the Network, changes answer `conflict`.
    let act = nets
        .delete_subnet(n.id, &ChangeIpRangeRequest::new("10.0.2.0/24"))
        .await
        .unwrap();
    assert_eq!(act.action.status, ActionStatus::Running);
    // (`conflict` is retried by the client: send these once.)
    let once = CallOptions::no_retry();
    let upd = NetworkUpdateRequest {
        name: Some("other".into()),
        ..Default::default()
    };
    let req = hetzcloud::resources::Networks::update_request(n.id, &upd).unwrap();
    let e = c.execute_json(req, &once).await.unwrap_err();
    assert!(e.is(ErrorCode::Conflict), "{e}");
    let req = hetzcloud::resources::Networks::add_route_request(
        n.id,
        &Route::new("10.100.0.0/16", "10.0.1.9"),
    )
    .unwrap();
    let e = c.execute_json(req, &once).await.unwrap_err();
    assert!(e.is(ErrorCode::Conflict), "{e}");
    let e = nets.delete(n.id).await.unwrap_err();
    assert!(e.is(ErrorCode::Locked), "{e}");
    let done = c.wait_for([&act.action.id]).await.unwrap();
    assert_eq!(done[0].status, ActionStatus::Success);
    nets.update(
        n.id,
        &NetworkUpdateRequest {
            name: Some("other".into()),
            ..Default::default()
        },
    )
    .await
    .unwrap();

    // Deleting the Network detaches its Servers.
    nets.delete(n.id).await.unwrap();
    let row = server_row(&emu, 500_001).await;
    assert_eq!(row["private_net"], serde_json::json!([]));
    emu.stop().await;
}
