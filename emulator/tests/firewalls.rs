//! Firewalls through the client: rules, applying to Servers and label selectors, the
//! Servers' `public_net.firewalls`, removal, and the documented errors.

mod net_support;

use hetzcloud::models::*;
use hetzcloud::{CallOptions, ErrorCode};
use hetzcloud_emulator::{Config, Emulator};
use net_support::{add_servers, code, server_row, ServerSpec};
use serde_json::json;
use std::time::Duration;

const S_PROD: i64 = 600_001;
const S_DEV: i64 = 600_002;
const S_PRIVATE: i64 = 600_003;

async fn servers(emu: &Emulator) {
    let mut prod = ServerSpec::new(S_PROD, "prod");
    prod.labels = json!({"env": "prod"});
    let mut dev = ServerSpec::new(S_DEV, "dev");
    dev.labels = json!({"env": "dev"});
    let mut private = ServerSpec::new(S_PRIVATE, "private");
    private.public = false;
    private.labels = json!({"env": "dev"});
    add_servers(emu, &[prod, dev, private]).await;
}

fn rule_in(protocol: RuleResponseProtocol, port: Option<&str>, ips: &[&str]) -> Rule {
    let mut r = Rule::new(RuleResponseDirection::In, protocol);
    r.port = port.map(str::to_owned);
    r.source_ips = Some(ips.iter().map(|s| (*s).to_owned()).collect());
    r
}

fn on_server(id: i64) -> FirewallResource {
    let mut r = FirewallResource::new(FirewallAppliedToType::Server);
    r.server = Some(FirewallAppliedToServer::new(id));
    r
}

fn on_selector(sel: &str) -> FirewallResource {
    let mut r = FirewallResource::new(FirewallAppliedToType::LabelSelector);
    r.label_selector = Some(LabelSelector::new(sel));
    r
}

/// `[(firewall id, status)]` of a stored Server row.
async fn server_firewalls(emu: &Emulator, id: i64) -> Vec<(i64, String)> {
    let row = server_row(emu, id).await;
    row["public_net"]["firewalls"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|f| {
            (
                f["id"].as_i64().unwrap(),
                f["status"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[tokio::test]
async fn firewall_lifecycle() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    servers(&emu).await;
    let c = emu.client();
    let fws = c.firewalls();

    let mut req = CreateFirewallRequest::new("web");
    req.labels = Some([("role".to_owned(), "web".to_owned())].into());
    let mut out = Rule::new(RuleResponseDirection::Out, RuleResponseProtocol::Udp);
    out.port = Some("1024-5000".into());
    out.destination_ips = Some(vec!["0.0.0.0/0".into(), "::/0".into()]);
    out.description = Some("all udp out".into());
    req.rules = Some(vec![
        rule_in(
            RuleResponseProtocol::Tcp,
            Some("80"),
            &["192.0.2.0/24", "2001:0db8:9a3b:ee58:5ca:990c:8bc9:c03b/128"],
        ),
        rule_in(RuleResponseProtocol::Icmp, None, &["0.0.0.0/0"]),
        out,
    ]);
    req.apply_to = Some(vec![on_server(S_PROD), on_selector("env=dev")]);
    let created = fws.create(&req).await.unwrap();
    assert_eq!(created.status, 201);
    let fw = created.firewall.clone().unwrap();
    let actions = created.actions.clone().unwrap();
    assert_eq!(
        actions
            .iter()
            .map(|a| a.command.as_str())
            .collect::<Vec<_>>(),
        vec!["set_firewall_rules", "apply_firewall", "apply_firewall"]
    );
    assert_eq!(fw.rules.len(), 3);
    assert_eq!(
        fw.rules[0].source_ips[1],
        "2001:db8:9a3b:ee58:5ca:990c:8bc9:c03b/128"
    );
    assert!(fw.rules[0].destination_ips.is_empty());
    assert_eq!(fw.rules[1].port, None);
    assert_eq!(fw.rules[2].destination_ips.len(), 2);
    assert_eq!(fw.applied_to.len(), 2);
    // The selector reaches the dev Server, not the one without a public interface.
    let reached: Vec<i64> = fw.applied_to[1]
        .applied_to_resources
        .iter()
        .flatten()
        .filter_map(|r| r.server.as_ref().map(|s| s.id))
        .collect();
    assert_eq!(reached, vec![S_DEV]);
    c.wait_for(actions.iter().map(|a| a.id)).await.unwrap();
    let got = fws.get(fw.id).await.unwrap();
    assert_eq!(got.firewall.applied_to, fw.applied_to);
    assert_eq!(
        server_firewalls(&emu, S_PROD).await,
        vec![(fw.id, "applied".to_owned())]
    );
    assert_eq!(
        server_firewalls(&emu, S_DEV).await,
        vec![(fw.id, "applied".to_owned())]
    );
    assert!(server_firewalls(&emu, S_PRIVATE).await.is_empty());

    // A second, empty Firewall; lists.
    let other = fws
        .create(&CreateFirewallRequest::new("db"))
        .await
        .unwrap()
        .firewall
        .clone()
        .unwrap();
    assert!(other.rules.is_empty() && other.applied_to.is_empty());
    let all = fws.list(&ListFirewallsParams::default()).await.unwrap();
    assert_eq!(all.firewalls.len(), 2);
    let sorted = fws
        .list(&ListFirewallsParams::default().sort([FirewallSort::NameAsc]))
        .await
        .unwrap();
    assert_eq!(sorted.firewalls[0].name, "db");
    let web = fws
        .list(&ListFirewallsParams::default().label_selector("role=web"))
        .await
        .unwrap();
    assert_eq!(web.firewalls[0].id, fw.id);
    let named = fws
        .list(&ListFirewallsParams::default().name("db"))
        .await
        .unwrap();
    assert_eq!(named.firewalls[0].id, other.id);

    // Update.
    let upd = UpdateCertificateRequest {
        name: Some("web-2".into()),
        labels: Some([("role".to_owned(), "frontend".to_owned())].into()),
    };
    let updated = fws.update(fw.id, &upd).await.unwrap();
    assert_eq!(updated.firewall.name, "web-2");
    assert_eq!(
        updated.firewall.labels.as_ref().unwrap()["role"],
        "frontend"
    );
    let dup = fws
        .update(
            other.id,
            &UpdateCertificateRequest {
                name: Some("web-2".into()),
                labels: None,
            },
        )
        .await
        .unwrap_err();
    assert!(dup.is(ErrorCode::UniquenessError), "{dup}");

    // Apply the second one to a Server and a selector.
    let applied = fws
        .apply_to_resources(
            other.id,
            &ApplyToResourcesRequest::new(vec![on_server(S_DEV), on_selector("env=prod")]),
        )
        .await
        .unwrap();
    assert_eq!(applied.actions.len(), 2);
    assert!(applied
        .actions
        .iter()
        .all(|a| a.command == "apply_firewall"));
    assert_eq!(applied.actions[0].resources[0].r#type, "server");
    assert_eq!(applied.actions[0].resources[1].r#type, "firewall");
    c.wait_for(applied.actions.iter().map(|a| a.id))
        .await
        .unwrap();
    assert_eq!(
        server_firewalls(&emu, S_DEV).await,
        vec![
            (fw.id, "applied".to_owned()),
            (other.id, "applied".to_owned())
        ]
    );

    // set_rules: replaces the rules and re-applies to every Server.
    let set = fws
        .set_rules(
            fw.id,
            &SetRulesRequest::new(vec![rule_in(
                RuleResponseProtocol::Tcp,
                Some("443"),
                &["10.0.0.0/8"],
            )]),
        )
        .await
        .unwrap();
    assert_eq!(set.actions[0].command, "set_firewall_rules");
    assert_eq!(set.actions.len(), 3);
    assert!(set.actions[1..]
        .iter()
        .all(|a| a.command == "apply_firewall"));
    c.wait_for(set.actions.iter().map(|a| a.id)).await.unwrap();
    let got = fws.get(fw.id).await.unwrap();
    assert_eq!(got.firewall.rules.len(), 1);
    assert_eq!(got.firewall.rules[0].port.as_deref(), Some("443"));

    // In use: cannot be deleted.
    let e = fws.delete(fw.id).await.unwrap_err();
    assert!(e.is(ErrorCode::ResourceInUse), "{e}");

    // Remove: a selector-managed Server cannot be removed by itself.
    let e = fws
        .remove_from_resources(
            fw.id,
            &RemoveFromResourcesRequest::new(vec![on_server(S_DEV)]),
        )
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::FirewallManagedByLabelSelector), "{e}");
    let removed = fws
        .remove_from_resources(
            fw.id,
            &RemoveFromResourcesRequest::new(vec![on_server(S_PROD), on_selector("env=dev")]),
        )
        .await
        .unwrap();
    assert_eq!(removed.actions.len(), 2);
    assert!(removed
        .actions
        .iter()
        .all(|a| a.command == "remove_firewall"));
    c.wait_for(removed.actions.iter().map(|a| a.id))
        .await
        .unwrap();
    assert!(fws.get(fw.id).await.unwrap().firewall.applied_to.is_empty());
    assert_eq!(
        server_firewalls(&emu, S_PROD).await,
        vec![(other.id, "applied".to_owned())]
    );
    assert_eq!(
        server_firewalls(&emu, S_DEV).await,
        vec![(other.id, "applied".to_owned())]
    );

    // Empty rules are allowed.
    let set = fws
        .set_rules(fw.id, &SetRulesRequest::new(vec![]))
        .await
        .unwrap();
    assert_eq!(set.actions.len(), 1);
    c.wait_for(set.actions.iter().map(|a| a.id)).await.unwrap();
    assert!(fws.get(fw.id).await.unwrap().firewall.rules.is_empty());

    let acts = fws
        .list_actions_for(fw.id, &Default::default())
        .await
        .unwrap();
    assert!(acts.actions.len() >= 6);

    fws.delete(fw.id).await.unwrap();
    let e = fws.get(fw.id).await.unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");
    emu.stop().await;
}

#[tokio::test]
async fn firewall_errors() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    servers(&emu).await;
    let c = emu.client();
    let fws = c.firewalls();
    let invalid = |e: hetzcloud::Error, field: &str| {
        assert!(e.is(ErrorCode::InvalidInput), "{e}");
        assert_eq!(e.api().unwrap().details.fields()[0].name, field, "{e}");
    };
    let with_rule = |r: Rule| {
        let mut req = CreateFirewallRequest::new("bad");
        req.rules = Some(vec![r]);
        req
    };

    // Rules as described.
    let mut r = rule_in(RuleResponseProtocol::Tcp, Some("80"), &["10.0.0.0/8"]);
    r.destination_ips = Some(vec!["10.0.0.0/8".into()]);
    invalid(
        fws.create(&with_rule(r)).await.unwrap_err(),
        "rules[0].destination_ips",
    );
    let r = rule_in(RuleResponseProtocol::Tcp, None, &["10.0.0.0/8"]);
    invalid(
        fws.create(&with_rule(r)).await.unwrap_err(),
        "rules[0].port",
    );
    let r = rule_in(RuleResponseProtocol::Icmp, Some("80"), &["10.0.0.0/8"]);
    invalid(
        fws.create(&with_rule(r)).await.unwrap_err(),
        "rules[0].port",
    );
    let r = rule_in(RuleResponseProtocol::Tcp, Some("5000-80"), &["10.0.0.0/8"]);
    invalid(
        fws.create(&with_rule(r)).await.unwrap_err(),
        "rules[0].port",
    );
    let r = rule_in(RuleResponseProtocol::Udp, Some("70000"), &["10.0.0.0/8"]);
    invalid(
        fws.create(&with_rule(r)).await.unwrap_err(),
        "rules[0].port",
    );
    let r = rule_in(RuleResponseProtocol::Tcp, Some("22"), &["10.0.0.1/8"]);
    invalid(
        fws.create(&with_rule(r)).await.unwrap_err(),
        "rules[0].source_ips",
    );
    let r = rule_in(RuleResponseProtocol::Tcp, Some("22"), &[]);
    invalid(
        fws.create(&with_rule(r)).await.unwrap_err(),
        "rules[0].source_ips",
    );
    let r = rule_in(
        RuleResponseProtocol::Unrecognized("sctp".into()),
        None,
        &["10.0.0.0/8"],
    );
    invalid(
        fws.create(&with_rule(r)).await.unwrap_err(),
        "rules[0].protocol",
    );
    let mut r = rule_in(RuleResponseProtocol::Gre, None, &["10.0.0.0/8"]);
    r.description = Some("x".repeat(256));
    invalid(
        fws.create(&with_rule(r)).await.unwrap_err(),
        "rules[0].description",
    );
    let many: Vec<Rule> = (0..51)
        .map(|_| rule_in(RuleResponseProtocol::Esp, None, &["10.0.0.0/8"]))
        .collect();
    let mut req = CreateFirewallRequest::new("bad");
    req.rules = Some(many);
    invalid(fws.create(&req).await.unwrap_err(), "rules");

    // apply_to on create.
    let mut req = CreateFirewallRequest::new("bad");
    req.apply_to = Some(vec![on_server(999_999)]);
    let e = fws.create(&req).await.unwrap_err();
    assert!(e.is(ErrorCode::FirewallResourceNotFound), "{e}");
    req.apply_to = Some(vec![on_server(S_PROD), on_server(S_PROD)]);
    let e = fws.create(&req).await.unwrap_err();
    assert!(e.is(ErrorCode::ServerAlreadyAdded), "{e}");
    req.apply_to = Some(vec![on_server(S_PRIVATE)]);
    let e = fws.create(&req).await.unwrap_err();
    assert!(e.is(ErrorCode::IncompatibleNetworkType), "{e}");
    req.apply_to = Some(vec![on_selector("env in (a")]);
    let e = fws.create(&req).await.unwrap_err();
    assert!(e.is(ErrorCode::InvalidInput), "{e}");
    // Nothing was created by the failed calls.
    assert!(fws
        .list(&Default::default())
        .await
        .unwrap()
        .firewalls
        .is_empty());

    let fw = fws
        .create(&CreateFirewallRequest::new("fw"))
        .await
        .unwrap()
        .firewall
        .clone()
        .unwrap();
    let dup = fws
        .create(&CreateFirewallRequest::new("fw"))
        .await
        .unwrap_err();
    assert!(dup.is(ErrorCode::UniquenessError), "{dup}");

    // apply_to_resources.
    let apply = |r: FirewallResource| ApplyToResourcesRequest::new(vec![r]);
    let e = fws
        .apply_to_resources(fw.id, &apply(on_server(999_999)))
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::FirewallResourceNotFound), "{e}");
    assert_eq!(e.api().unwrap().status, 404);
    let e = fws
        .apply_to_resources(fw.id, &apply(on_server(S_PRIVATE)))
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::PrivateNetOnlyServer), "{e}");
    let ok = fws
        .apply_to_resources(fw.id, &apply(on_server(S_PROD)))
        .await
        .unwrap();
    c.wait_for(ok.actions.iter().map(|a| a.id)).await.unwrap();
    let e = fws
        .apply_to_resources(fw.id, &apply(on_server(S_PROD)))
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::FirewallAlreadyApplied), "{e}");

    // remove_from_resources.
    let e = fws
        .remove_from_resources(
            fw.id,
            &RemoveFromResourcesRequest::new(vec![on_server(999_999)]),
        )
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::FirewallResourceNotFound), "{e}");
    let e = fws
        .remove_from_resources(
            fw.id,
            &RemoveFromResourcesRequest::new(vec![on_selector("env=none")]),
        )
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::FirewallResourceNotFound), "{e}");

    // Five Firewalls per Server at most.
    for i in 0..4 {
        let mut req = CreateFirewallRequest::new(format!("more-{i}"));
        req.apply_to = Some(vec![on_server(S_PROD)]);
        fws.create(&req).await.unwrap();
    }
    let mut req = CreateFirewallRequest::new("sixth");
    req.apply_to = Some(vec![on_server(S_PROD)]);
    let e = fws.create(&req).await.unwrap_err();
    assert!(e.is(ErrorCode::ResourceLimitExceeded), "{e}");

    let e = fws.get(999_999).await.unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");
    let e = fws
        .set_rules(999_999, &SetRulesRequest::new(vec![]))
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");
    emu.stop().await;
}

#[tokio::test]
async fn pending_while_applying_and_locked() {
    let config = Config {
        action_duration: Duration::from_millis(2500),
        ..Default::default()
    };
    let emu = Emulator::start(config).await.unwrap();
    servers(&emu).await;
    let c = emu.client();
    let fws = c.firewalls();
    let fw = fws
        .create(&CreateFirewallRequest::new("fw"))
        .await
        .unwrap()
        .firewall
        .clone()
        .unwrap();
    let applied = fws
        .apply_to_resources(
            fw.id,
            &ApplyToResourcesRequest::new(vec![on_server(S_PROD)]),
        )
        .await
        .unwrap();
    assert_eq!(applied.actions[0].status, ActionStatus::Running);
    // Applied to at once; the Server shows it pending until the action finishes.
    assert_eq!(fws.get(fw.id).await.unwrap().firewall.applied_to.len(), 1);
    assert_eq!(
        server_firewalls(&emu, S_PROD).await,
        vec![(fw.id, "pending".to_owned())]
    );
    let once = CallOptions::no_retry();
    let req =
        hetzcloud::resources::Firewalls::set_rules_request(fw.id, &SetRulesRequest::new(vec![]))
            .unwrap();
    let e = c.execute_json(req, &once).await.unwrap_err();
    assert!(e.is(ErrorCode::Locked), "{e}");
    let upd = UpdateCertificateRequest {
        name: Some("x".into()),
        labels: None,
    };
    let req = hetzcloud::resources::Firewalls::update_request(fw.id, &upd).unwrap();
    let e = c.execute_json(req, &once).await.unwrap_err();
    assert!(e.is(ErrorCode::Conflict), "{e}");
    c.wait_for(applied.actions.iter().map(|a| a.id))
        .await
        .unwrap();
    // The action's effect wrote the final state without another firewall call.
    assert_eq!(
        server_firewalls(&emu, S_PROD).await,
        vec![(fw.id, "applied".to_owned())]
    );
    assert_eq!(
        code(&fws.delete(fw.id).await.unwrap_err()),
        "resource_in_use"
    );
    emu.stop().await;
}
