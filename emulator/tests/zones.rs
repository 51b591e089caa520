//! Zones and RRSets through the client: create → list/filter/sort/page → update → actions →
//! errors → delete, and zone files (import → export → import elsewhere → same RRSets).

use hetzcloud::models::*;
use hetzcloud::ErrorCode;
use hetzcloud_emulator::{Config, Emulator};
use std::collections::BTreeMap;
use std::time::Duration;

fn labels(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn rec(value: &str) -> Record {
    Record::new(value)
}

fn field(e: &hetzcloud::Error) -> String {
    e.api()
        .and_then(|a| a.details.fields().first().map(|f| f.name.clone()))
        .unwrap_or_default()
}

/// `(name, type, ttl, sorted record values)` of every RRSet of a zone.
async fn snapshot(
    c: &hetzcloud::Client,
    zone: &str,
) -> Vec<(String, String, Option<i64>, Vec<String>)> {
    let list = c
        .zones()
        .list_rrsets(zone, &ListZoneRrsetsParams::default().per_page(50))
        .await
        .unwrap();
    let mut out: Vec<_> = list
        .rrsets
        .iter()
        .map(|r| {
            let mut values: Vec<String> = r.records.iter().map(|x| x.value.clone()).collect();
            values.sort();
            (r.name.clone(), r.r#type.to_string(), r.ttl, values)
        })
        .collect();
    out.sort();
    out
}

fn soa_serial(set: &RrSet) -> i64 {
    set.records[0]
        .value
        .split_whitespace()
        .nth(2)
        .unwrap()
        .parse()
        .unwrap()
}

#[tokio::test]
async fn zone_lifecycle() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    let c = emu.client();
    let zones = c.zones();

    // A primary zone with an RRSet to start with: default SOA and NS are added.
    let mut req = CreateZoneRequest::new("example.com", ZoneMode::Primary);
    req.ttl = Some(10800);
    req.labels = Some(labels(&[("env", "prod")]));
    req.rrsets = Some(vec![CreateZoneRequestRrset::new(
        "www",
        RrSetType::A,
        vec![rec("198.51.100.1")],
    )]);
    let created = zones.create(&req).await.unwrap();
    assert_eq!(created.status, 201);
    assert_eq!(created.action.command, "create_zone");
    assert_eq!(created.action.resources[0].r#type, "zone");
    let primary = created.zone.clone();
    assert_eq!(primary.mode, ZoneMode::Primary);
    assert_eq!(primary.ttl, 10800);
    assert_eq!(primary.record_count, 5, "SOA + 3 NS + 1 A");
    assert!(primary.primary_nameservers.is_none());
    assert_eq!(primary.authoritative_nameservers.assigned.len(), 3);
    c.wait_for([&created.action]).await.unwrap();
    let rrsets = snapshot(&c, "example.com").await;
    let names: Vec<String> = rrsets.iter().map(|r| format!("{}/{}", r.0, r.1)).collect();
    assert_eq!(names, ["@/NS", "@/SOA", "www/A"]);
    assert_eq!(rrsets[0].3.len(), 3);
    assert!(rrsets[0].3.contains(&"hydrogen.ns.hetzner.com.".to_owned()));

    // A secondary zone: primary nameservers, no RRSets.
    let mut req = CreateZoneRequest::new("example.co.uk", ZoneMode::Secondary);
    req.primary_nameservers = Some(vec![
        PrimaryNameserver::new("198.51.100.1"),
        PrimaryNameserver::new("2001:db8::1"),
    ]);
    let secondary = zones.create(&req).await.unwrap().zone.clone();
    assert_eq!(secondary.mode, ZoneMode::Secondary);
    assert_eq!(secondary.ttl, 3600);
    assert_eq!(secondary.record_count, 0);
    let ns = secondary.primary_nameservers.clone().unwrap();
    assert_eq!(ns[0].port, Some(53));
    let mut third = CreateZoneRequest::new("third.de", ZoneMode::Primary);
    third.labels = Some(labels(&[("env", "dev")]));
    let third = zones.create(&third).await.unwrap().zone.clone();

    // Lists: all, by mode, by name, by label, sorted, paged.
    let all = zones.list(&ListZonesParams::default()).await.unwrap();
    assert_eq!(
        all.zones.iter().map(|z| z.id).collect::<Vec<_>>(),
        [primary.id, secondary.id, third.id]
    );
    let sec = zones
        .list(&ListZonesParams::default().mode(ZoneMode::Secondary))
        .await
        .unwrap();
    assert_eq!(sec.zones.len(), 1);
    assert_eq!(sec.zones[0].name, "example.co.uk");
    let named = zones
        .list(&ListZonesParams::default().name("third.de"))
        .await
        .unwrap();
    assert_eq!(named.zones[0].id, third.id);
    let prod = zones
        .list(&ListZonesParams::default().label_selector("env=prod"))
        .await
        .unwrap();
    assert_eq!(prod.zones.len(), 1);
    assert_eq!(prod.zones[0].id, primary.id);
    let by_name = zones
        .list(&ListZonesParams::default().sort([ZoneSort::NameDesc]))
        .await
        .unwrap();
    assert_eq!(by_name.zones[0].name, "third.de");
    let page2 = zones
        .list(&ListZonesParams::default().per_page(2).page(2))
        .await
        .unwrap();
    assert_eq!(page2.zones.len(), 1);
    assert_eq!(page2.meta.pagination.last_page, Some(2));

    // Get by ID and by name; update labels.
    let got = zones.get(&primary.id.to_string()).await.unwrap();
    assert_eq!(got.zone.name, "example.com");
    assert_eq!(got.zone.status, ZoneStatus::Ok);
    let got = zones.get("example.co.uk").await.unwrap();
    assert_eq!(got.zone.id, secondary.id);
    assert_eq!(
        zones.find("third.de").await.unwrap().map(|z| z.id),
        Some(third.id)
    );
    let upd = zones
        .update(
            "example.com",
            &UpdateZoneRequest {
                labels: Some(labels(&[("env", "staging")])),
            },
        )
        .await
        .unwrap();
    assert_eq!(upd.zone.labels, labels(&[("env", "staging")]));

    // change_ttl (primary only).
    let a = zones
        .change_ttl("example.com", &ChangeZoneTtlRequest::new(600))
        .await
        .unwrap();
    assert_eq!(a.action.command, "change_ttl");
    c.wait_for([&a.action]).await.unwrap();
    assert_eq!(zones.get("example.com").await.unwrap().zone.ttl, 600);
    let e = zones
        .change_ttl("example.co.uk", &ChangeZoneTtlRequest::new(600))
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::IncorrectZoneMode), "{e}");
    let e = zones
        .change_ttl("example.com", &ChangeZoneTtlRequest::new(59))
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::InvalidInput), "{e}");
    assert_eq!(field(&e), "ttl");

    // change_primary_nameservers (secondary only).
    let a = zones
        .change_primary_nameservers(
            "example.co.uk",
            &ChangeZonePrimaryNameserversRequest::new(vec![PrimaryNameserver {
                address: "203.0.113.1".into(),
                port: Some(5353),
                tsig_key: Some("c2VjcmV0".into()),
                tsig_algorithm: Some(PrimaryNameserverTsigAlgorithm::HmacSha256),
            }]),
        )
        .await
        .unwrap();
    assert_eq!(a.action.command, "change_primary_nameservers");
    c.wait_for([&a.action]).await.unwrap();
    let ns = zones
        .get("example.co.uk")
        .await
        .unwrap()
        .zone
        .primary_nameservers
        .clone()
        .unwrap();
    assert_eq!(ns.len(), 1);
    assert_eq!(ns[0].address, "203.0.113.1");
    assert_eq!(ns[0].port, Some(5353));
    let e = zones
        .change_primary_nameservers(
            "example.com",
            &ChangeZonePrimaryNameserversRequest::new(vec![PrimaryNameserver::new("203.0.113.1")]),
        )
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::IncorrectZoneMode), "{e}");
    let e = zones
        .change_primary_nameservers(
            "example.co.uk",
            &ChangeZonePrimaryNameserversRequest::new(vec![PrimaryNameserver::new("ns.example")]),
        )
        .await
        .unwrap_err();
    assert_eq!(field(&e), "primary_nameservers[0].address");

    // Secondary zones have no zone file and no RRSets.
    let e = zones.get_zonefile("example.co.uk").await.unwrap_err();
    assert!(e.is(ErrorCode::IncorrectZoneMode), "{e}");
    let e = zones
        .list_rrsets("example.co.uk", &Default::default())
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::IncorrectZoneMode), "{e}");

    // Zone actions through the generic endpoints, by name.
    let actions = zones
        .list_actions_for("example.com", &ListZoneActionsParams::default())
        .await
        .unwrap();
    let commands: Vec<&str> = actions.actions.iter().map(|a| a.command.as_str()).collect();
    assert_eq!(commands, ["create_zone", "change_ttl"]);

    // Protection: a protected zone cannot be deleted.
    let a = zones
        .change_protection(
            "example.com",
            &ChangeZoneProtectionRequest { delete: Some(true) },
        )
        .await
        .unwrap();
    assert_eq!(a.action.command, "change_protection");
    c.wait_for([&a.action]).await.unwrap();
    assert!(
        zones
            .get("example.com")
            .await
            .unwrap()
            .zone
            .protection
            .delete
    );
    let e = zones.delete("example.com").await.unwrap_err();
    assert!(e.is(ErrorCode::Protected), "{e}");
    let a = zones
        .change_protection(
            &primary.id.to_string(),
            &ChangeZoneProtectionRequest {
                delete: Some(false),
            },
        )
        .await
        .unwrap();
    c.wait_for([&a.action]).await.unwrap();

    // Delete: an action, then the zone and its RRSets are gone.
    let deleted = zones.delete("example.com").await.unwrap();
    assert_eq!(deleted.status, 201);
    assert_eq!(deleted.action.command, "delete_zone");
    c.wait_for([&deleted.action]).await.unwrap();
    let e = zones.get("example.com").await.unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");
    let e = zones
        .list_rrsets(&primary.id.to_string(), &Default::default())
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");
    // The name is free again.
    zones
        .create(&CreateZoneRequest::new("example.com", ZoneMode::Primary))
        .await
        .unwrap();
    emu.stop().await;
}

#[tokio::test]
async fn zone_creation_is_checked() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    let zones = emu.client().zones();
    zones
        .create(&CreateZoneRequest::new("example.com", ZoneMode::Primary))
        .await
        .unwrap();
    let e = zones
        .create(&CreateZoneRequest::new("example.com", ZoneMode::Primary))
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::UniquenessError), "{e}");
    assert_eq!(field(&e), "name");
    for bad in [
        "Example.org",
        "example.org.",
        "www.example.org",
        "com",
        "co.uk",
        "sub.example.co.uk",
        "exa mple.org",
        "example.123",
    ] {
        let e = zones
            .create(&CreateZoneRequest::new(bad, ZoneMode::Primary))
            .await
            .unwrap_err();
        assert!(e.is(ErrorCode::InvalidInput), "{bad}: {e}");
        assert_eq!(field(&e), "name", "{bad}");
    }
    for good in ["example.co.uk", "xn--mnchen-3ya.de", "my-site.io"] {
        zones
            .create(&CreateZoneRequest::new(good, ZoneMode::Primary))
            .await
            .unwrap();
    }
    // Secondary zones need primary nameservers.
    let e = zones
        .create(&CreateZoneRequest::new("example.net", ZoneMode::Secondary))
        .await
        .unwrap_err();
    assert_eq!(field(&e), "primary_nameservers");
    let mut req = CreateZoneRequest::new("example.net", ZoneMode::Secondary);
    req.primary_nameservers = Some(vec![PrimaryNameserver {
        tsig_key: Some("c2VjcmV0".into()),
        ..PrimaryNameserver::new("198.51.100.1")
    }]);
    let e = zones.create(&req).await.unwrap_err();
    assert_eq!(field(&e), "primary_nameservers[0].tsig_algorithm");
    // TTL range, mode, rrsets and zonefile together.
    let mut req = CreateZoneRequest::new("example.net", ZoneMode::Primary);
    req.ttl = Some(10);
    assert_eq!(field(&zones.create(&req).await.unwrap_err()), "ttl");
    let req = CreateZoneRequest::new("example.net", ZoneMode::from("tertiary"));
    assert_eq!(field(&zones.create(&req).await.unwrap_err()), "mode");
    let mut req = CreateZoneRequest::new("example.net", ZoneMode::Primary);
    req.rrsets = Some(vec![CreateZoneRequestRrset::new(
        "www",
        RrSetType::A,
        vec![rec("1.2.3.4")],
    )]);
    req.zonefile = Some("www IN A 1.2.3.5\n".into());
    assert_eq!(field(&zones.create(&req).await.unwrap_err()), "rrsets");
    let mut req = CreateZoneRequest::new("example.net", ZoneMode::Primary);
    req.rrsets = Some(vec![CreateZoneRequestRrset::new(
        "www",
        RrSetType::A,
        vec![rec("not-an-ip")],
    )]);
    assert_eq!(
        field(&zones.create(&req).await.unwrap_err()),
        "rrsets[0].records[0].value"
    );
    // Not found by ID or by name.
    let e = zones.get("999999").await.unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");
    let e = zones.get("nope.org").await.unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");
    let e = zones
        .update("nope.org", &UpdateZoneRequest::default())
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");
    emu.stop().await;
}

#[tokio::test]
async fn rrset_lifecycle() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    let c = emu.client();
    let zones = c.zones();
    let z = "example.com";
    zones
        .create(&CreateZoneRequest::new(z, ZoneMode::Primary))
        .await
        .unwrap();
    let soa = zones.get_rrset(z, "@", RrSetType::Soa).await.unwrap();
    let serial0 = soa_serial(&soa.rrset);

    // Create.
    let mut req = CreateZoneRrsetRequest::new(
        "www",
        RrSetType::A,
        vec![Record {
            value: "198.51.100.1".into(),
            comment: Some("web".into()),
        }],
    );
    req.ttl = Some(300);
    req.labels = Some(labels(&[("role", "web")]));
    let created = zones.create_rrset(z, &req).await.unwrap();
    assert_eq!(created.status, 201);
    assert_eq!(created.rrset.id, "www/A");
    assert_eq!(created.rrset.zone, zones.get(z).await.unwrap().zone.id);
    assert_eq!(created.action.command, "create_rrset");
    assert_eq!(created.action.resources[0].r#type, "zone");
    c.wait_for([&created.action]).await.unwrap();
    zones
        .create_rrset(
            z,
            &CreateZoneRrsetRequest::new("www", RrSetType::Aaaa, vec![rec("2001:db8::1")]),
        )
        .await
        .unwrap();
    let mut mx = CreateZoneRrsetRequest::new(
        "@",
        RrSetType::Mx,
        vec![rec("10 mail.example.com."), rec("20  backup.example.com.")],
    );
    mx.labels = Some(labels(&[("role", "mail")]));
    let mx = zones.create_rrset(z, &mx).await.unwrap();
    assert_eq!(mx.rrset.records[1].value, "20 backup.example.com.");
    zones
        .create_rrset(
            z,
            &CreateZoneRrsetRequest::new("@", RrSetType::Txt, vec![rec("\"v=spf1 -all\"")]),
        )
        .await
        .unwrap();
    let zone = zones.get(z).await.unwrap().zone.clone();
    assert_eq!(zone.record_count, 1 + 3 + 1 + 1 + 2 + 1);
    let soa = zones.get_rrset(z, "@", RrSetType::Soa).await.unwrap();
    assert!(soa_serial(&soa.rrset) > serial0, "the SOA serial rises");

    // Lists: type, name, label selector, sort, pages.
    let all = zones_list(&c, z, ListZoneRrsetsParams::default()).await;
    assert_eq!(all, ["@/MX", "@/NS", "@/SOA", "@/TXT", "www/A", "www/AAAA"]);
    assert_eq!(
        zones_list(
            &c,
            z,
            ListZoneRrsetsParams::default().r#type([RrSetType::A, RrSetType::Aaaa])
        )
        .await,
        ["www/A", "www/AAAA"]
    );
    assert_eq!(
        zones_list(&c, z, ListZoneRrsetsParams::default().name("www")).await,
        ["www/A", "www/AAAA"]
    );
    assert_eq!(
        zones_list(
            &c,
            z,
            ListZoneRrsetsParams::default().label_selector("role")
        )
        .await,
        ["@/MX", "www/A"]
    );
    assert_eq!(
        zones_list(
            &c,
            z,
            ListZoneRrsetsParams::default().sort([RrSetSort::NameDesc, RrSetSort::IdAsc])
        )
        .await,
        ["www/A", "www/AAAA", "@/MX", "@/NS", "@/SOA", "@/TXT"]
    );
    assert_eq!(
        zones_list(&c, z, ListZoneRrsetsParams::default().per_page(4).page(2)).await,
        ["www/A", "www/AAAA"]
    );

    // Get, update labels.
    let got = zones.get_rrset(z, "www", RrSetType::A).await.unwrap();
    assert_eq!(got.rrset.ttl, Some(300));
    assert_eq!(got.rrset.records[0].comment.as_deref(), Some("web"));
    let upd = zones
        .update_rrset(
            z,
            "www",
            RrSetType::A,
            &UpdateZoneRrsetRequest {
                labels: Some(labels(&[("role", "frontend")])),
            },
        )
        .await
        .unwrap();
    assert_eq!(upd.rrset.labels, labels(&[("role", "frontend")]));

    // Record actions.
    let a = zones
        .change_rrset_ttl(
            z,
            "www",
            RrSetType::A,
            &ChangeZoneRrsetTtlRequest { ttl: None },
        )
        .await
        .unwrap();
    assert_eq!(a.action.command, "change_rrset_ttl");
    assert_eq!(
        zones
            .get_rrset(z, "www", RrSetType::A)
            .await
            .unwrap()
            .rrset
            .ttl,
        None
    );
    let a = zones
        .set_rrset_records(
            z,
            "www",
            RrSetType::A,
            &SetZoneRrsetRecordsRequest::new(vec![rec("198.51.100.2"), rec("198.51.100.3")]),
        )
        .await
        .unwrap();
    assert_eq!(a.action.command, "set_rrset_records");
    let mut add = AddZoneRrsetRecordsRequest::new(vec![rec("198.51.100.3"), rec("198.51.100.4")]);
    add.ttl = Some(120);
    let a = zones
        .add_rrset_records(z, "www", RrSetType::A, &add)
        .await
        .unwrap();
    assert_eq!(a.action.command, "add_rrset_records");
    let got = zones.get_rrset(z, "www", RrSetType::A).await.unwrap();
    let values: Vec<&str> = got.rrset.records.iter().map(|r| r.value.as_str()).collect();
    assert_eq!(values, ["198.51.100.2", "198.51.100.3", "198.51.100.4"]);
    assert_eq!(got.rrset.ttl, Some(120));
    let mut add = AddZoneRrsetRecordsRequest::new(vec![rec("198.51.100.5")]);
    add.ttl = Some(60);
    let e = zones
        .add_rrset_records(z, "www", RrSetType::A, &add)
        .await
        .unwrap_err();
    assert_eq!(field(&e), "ttl");
    let a = zones
        .update_rrset_records(
            z,
            "www",
            RrSetType::A,
            &UpdateZoneRrsetRecordsRequest::new(vec![UpdateZoneRrsetRecordsRequestRecord::new(
                "198.51.100.3",
                "the second",
            )]),
        )
        .await
        .unwrap();
    assert_eq!(a.status, 200);
    assert_eq!(a.action.command, "update_rrset_records");
    let got = zones.get_rrset(z, "www", RrSetType::A).await.unwrap();
    assert_eq!(got.rrset.records[1].comment.as_deref(), Some("the second"));
    let e = zones
        .update_rrset_records(
            z,
            "www",
            RrSetType::A,
            &UpdateZoneRrsetRecordsRequest::new(vec![UpdateZoneRrsetRecordsRequestRecord::new(
                "192.0.2.1",
                "absent",
            )]),
        )
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::InvalidInput), "{e}");
    let a = zones
        .remove_rrset_records(
            z,
            "www",
            RrSetType::A,
            &RemoveZoneRrsetRecordsRequest::new(vec![rec("198.51.100.2")]),
        )
        .await
        .unwrap();
    assert_eq!(a.action.command, "remove_rrset_records");
    assert_eq!(
        zones
            .get_rrset(z, "www", RrSetType::A)
            .await
            .unwrap()
            .rrset
            .records
            .len(),
        2
    );

    // add_records creates a missing RRSet; removing every record deletes it.
    zones
        .add_rrset_records(
            z,
            "_dmarc",
            RrSetType::Txt,
            &AddZoneRrsetRecordsRequest::new(vec![rec("\"v=DMARC1; p=none\"")]),
        )
        .await
        .unwrap();
    assert_eq!(
        zones
            .get_rrset(z, "_dmarc", RrSetType::Txt)
            .await
            .unwrap()
            .rrset
            .id,
        "_dmarc/TXT"
    );
    zones
        .remove_rrset_records(
            z,
            "_dmarc",
            RrSetType::Txt,
            &RemoveZoneRrsetRecordsRequest::new(vec![rec("\"v=DMARC1; p=none\"")]),
        )
        .await
        .unwrap();
    let e = zones
        .get_rrset(z, "_dmarc", RrSetType::Txt)
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");

    // Protection: a change protected RRSet cannot change or be deleted; labels can.
    let a = zones
        .change_rrset_protection(z, "www", RrSetType::A, &RrSetProtection::new(true))
        .await
        .unwrap();
    assert_eq!(a.action.command, "change_rrset_protection");
    c.wait_for([&a.action]).await.unwrap();
    assert!(
        zones
            .get_rrset(z, "www", RrSetType::A)
            .await
            .unwrap()
            .rrset
            .protection
            .change
    );
    let e = zones
        .set_rrset_records(
            z,
            "www",
            RrSetType::A,
            &SetZoneRrsetRecordsRequest::new(vec![rec("192.0.2.1")]),
        )
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::Protected), "{e}");
    let e = zones
        .delete_rrset(z, "www", RrSetType::A)
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::Protected), "{e}");
    let e = zones
        .change_rrset_ttl(
            z,
            "www",
            RrSetType::A,
            &ChangeZoneRrsetTtlRequest { ttl: Some(600) },
        )
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::Protected), "{e}");
    zones
        .update_rrset(z, "www", RrSetType::A, &UpdateZoneRrsetRequest::default())
        .await
        .unwrap();
    zones
        .change_rrset_protection(z, "www", RrSetType::A, &RrSetProtection::new(false))
        .await
        .unwrap();

    // Errors: uniqueness, values, names, CNAME rules, not found, SOA.
    let e = zones
        .create_rrset(
            z,
            &CreateZoneRrsetRequest::new("www", RrSetType::A, vec![rec("192.0.2.1")]),
        )
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::UniquenessError), "{e}");
    for (name, ty, value, bad) in [
        ("www2", RrSetType::A, "2001:db8::1", "records[0].value"),
        ("www2", RrSetType::Txt, "unquoted", "records[0].value"),
        ("WWW2", RrSetType::A, "192.0.2.1", "name"),
        ("www2.example.com", RrSetType::A, "192.0.2.1", "name"),
        ("www2.", RrSetType::A, "192.0.2.1", "name"),
        ("www", RrSetType::Cname, "other.example.com.", "type"),
        ("@", RrSetType::Cname, "other.example.com.", "name"),
        ("x", RrSetType::Soa, "a. b. 1 2 3 4 5", "name"),
        ("x", RrSetType::from("NAPTR"), "1", "type"),
    ] {
        let e = zones
            .create_rrset(z, &CreateZoneRrsetRequest::new(name, ty, vec![rec(value)]))
            .await
            .unwrap_err();
        assert!(e.is(ErrorCode::InvalidInput), "{name} {value}: {e}");
        assert_eq!(field(&e), bad, "{name} {value}");
    }
    let e = zones
        .create_rrset(
            z,
            &CreateZoneRrsetRequest::new(
                "dup",
                RrSetType::A,
                vec![rec("192.0.2.1"), rec("192.0.2.1")],
            ),
        )
        .await
        .unwrap_err();
    assert_eq!(field(&e), "records");
    let e = zones
        .create_rrset(
            z,
            &CreateZoneRrsetRequest::new("empty", RrSetType::A, vec![]),
        )
        .await
        .unwrap_err();
    assert_eq!(field(&e), "records");
    let e = zones.get_rrset(z, "nope", RrSetType::A).await.unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");
    let e = zones
        .delete_rrset(z, "@", RrSetType::Soa)
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::InvalidInput), "{e}");

    // Secondary zones reject RRSet calls.
    let mut sec = CreateZoneRequest::new("secondary.org", ZoneMode::Secondary);
    sec.primary_nameservers = Some(vec![PrimaryNameserver::new("198.51.100.1")]);
    zones.create(&sec).await.unwrap();
    let e = zones
        .create_rrset(
            "secondary.org",
            &CreateZoneRrsetRequest::new("www", RrSetType::A, vec![rec("192.0.2.1")]),
        )
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::IncorrectZoneMode), "{e}");
    let e = zones
        .add_rrset_records(
            "secondary.org",
            "www",
            RrSetType::A,
            &AddZoneRrsetRecordsRequest::new(vec![rec("192.0.2.1")]),
        )
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::IncorrectZoneMode), "{e}");
    let e = zones
        .get_rrset("secondary.org", "@", RrSetType::Soa)
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::IncorrectZoneMode), "{e}");

    // Delete.
    let deleted = zones.delete_rrset(z, "www", RrSetType::Aaaa).await.unwrap();
    assert_eq!(deleted.status, 201);
    assert_eq!(deleted.action.command, "delete_rrset");
    c.wait_for([&deleted.action]).await.unwrap();
    let e = zones
        .get_rrset(z, "www", RrSetType::Aaaa)
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");
    let zone = zones.get(z).await.unwrap().zone.clone();
    assert_eq!(zone.record_count, 1 + 3 + 2 + 1 + 2);
    assert_eq!(zone.status, ZoneStatus::Ok);
    emu.stop().await;
}

async fn zones_list(c: &hetzcloud::Client, zone: &str, p: ListZoneRrsetsParams) -> Vec<String> {
    c.zones()
        .list_rrsets(zone, &p)
        .await
        .unwrap()
        .rrsets
        .iter()
        .map(|r| r.id.clone())
        .collect()
}

const ZONEFILE: &str = "$ORIGIN example.com.
$TTL 2h
; The zone's authority.
@   IN  SOA hydrogen.ns.hetzner.com. dns.hetzner.com. (
        2024010100 ; serial
        86400 10800 3600000 3600 )
@       IN  10800   NS  hydrogen.ns.hetzner.com. ; Some comment.
        IN  10800   NS  oxygen.ns.hetzner.com.
example.com. 10800 IN NS helium.ns.hetzner.de.
www     300 IN  A   198.51.100.1
www.example.com. IN A 198.51.100.2
        IN  AAAA    2001:db8::1
mail    IN  MX  10 mx.example.com.
@       IN  MX  20 mail
@       IN  TXT \"v=spf1 include:_spf.example.net ~all\" \"; not a comment\"
_sip._tcp IN SRV 10 5 5060 sip.example.com.
@       IN  CAA 0 issue \"letsencrypt.org\"
blog    IN  CNAME   www
*.dev   IN  A   192.0.2.10
";

#[tokio::test]
async fn zone_file_round_trip() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    let c = emu.client();
    let zones = c.zones();
    let a = zones
        .create(&CreateZoneRequest::new("example.com", ZoneMode::Primary))
        .await
        .unwrap();
    c.wait_for([&a.action]).await.unwrap();

    // Import: every RRSet replaced, $TTL becomes the zone's TTL.
    zones
        .create_rrset(
            "example.com",
            &CreateZoneRrsetRequest::new("old", RrSetType::A, vec![rec("192.0.2.99")]),
        )
        .await
        .unwrap();
    let imported = zones
        .import_zonefile("example.com", &ImportZoneZonefileRequest::new(ZONEFILE))
        .await
        .unwrap();
    assert_eq!(imported.action.command, "import_zonefile");
    c.wait_for([&imported.action]).await.unwrap();
    let zone = zones.get("example.com").await.unwrap().zone.clone();
    assert_eq!(zone.ttl, 7200);
    let first = snapshot(&c, "example.com").await;
    let ids: Vec<String> = first.iter().map(|r| format!("{}/{}", r.0, r.1)).collect();
    assert_eq!(
        ids,
        [
            "*.dev/A",
            "@/CAA",
            "@/MX",
            "@/NS",
            "@/SOA",
            "@/TXT",
            "_sip._tcp/SRV",
            "blog/CNAME",
            "mail/MX",
            "www/A",
            "www/AAAA"
        ]
    );
    assert_eq!(zone.record_count, 14);
    let get = |name: &str, ty: &str| {
        first
            .iter()
            .find(|r| r.0 == name && r.1 == ty)
            .unwrap()
            .clone()
    };
    assert_eq!(get("@", "NS").2, Some(10800));
    assert_eq!(get("@", "NS").3.len(), 3);
    assert_eq!(get("www", "A").2, Some(300));
    assert_eq!(get("www", "A").3, ["198.51.100.1", "198.51.100.2"]);
    assert_eq!(get("www", "AAAA").3, ["2001:db8::1"]);
    assert_eq!(get("mail", "MX").2, None);
    assert_eq!(
        get("@", "TXT").3,
        ["\"v=spf1 include:_spf.example.net ~all\" \"; not a comment\""]
    );
    assert_eq!(
        get("@", "SOA").3,
        ["hydrogen.ns.hetzner.com. dns.hetzner.com. 2024010100 86400 10800 3600000 3600"]
    );
    // Comments are discarded on import.
    let ns = zones
        .get_rrset("example.com", "@", RrSetType::Ns)
        .await
        .unwrap();
    assert!(ns.rrset.records.iter().all(|r| r.comment.is_none()));

    // Export, then import into another zone (through create and through import).
    zones
        .update_rrset_records(
            "example.com",
            "www",
            RrSetType::A,
            &UpdateZoneRrsetRecordsRequest::new(vec![UpdateZoneRrsetRecordsRequestRecord::new(
                "198.51.100.1",
                "web server",
            )]),
        )
        .await
        .unwrap();
    let file = zones
        .get_zonefile("example.com")
        .await
        .unwrap()
        .zonefile
        .clone();
    assert!(
        file.starts_with("$ORIGIN\texample.com.\n$TTL\t7200\n"),
        "{file}"
    );
    assert!(
        file.contains("www\tIN\t300\tA\t198.51.100.1 ; web server\n"),
        "{file}"
    );
    assert!(
        file.contains("mail\tIN\tMX\t10 mx.example.com.\n"),
        "{file}"
    );
    let soa_at = file.find("\tSOA\t").unwrap();
    assert!(soa_at < file.find("\tNS\t").unwrap(), "SOA first:\n{file}");

    let other = file.replace("example.com.", "example.org.");
    let b = zones
        .create(&CreateZoneRequest::new("example.org", ZoneMode::Primary))
        .await
        .unwrap();
    c.wait_for([&b.action]).await.unwrap();
    let done = zones
        .import_zonefile(
            "example.org",
            &ImportZoneZonefileRequest::new(other.clone()),
        )
        .await
        .unwrap();
    c.wait_for([&done.action]).await.unwrap();
    let renamed = |set: Vec<(String, String, Option<i64>, Vec<String>)>| {
        set.into_iter()
            .map(|(n, t, ttl, v)| {
                let v = v
                    .into_iter()
                    .map(|x| x.replace("example.com.", "example.org."))
                    .collect();
                (n, t, ttl, v)
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(snapshot(&c, "example.org").await, renamed(first.clone()));
    assert_eq!(zones.get("example.org").await.unwrap().zone.ttl, 7200);

    let mut req = CreateZoneRequest::new("example.net", ZoneMode::Primary);
    req.zonefile = Some(file.replace("example.com.", "example.net."));
    let created = zones.create(&req).await.unwrap();
    assert_eq!(created.zone.ttl, 7200);
    assert_eq!(created.zone.record_count, 14);
    let net: Vec<_> = snapshot(&c, "example.net")
        .await
        .into_iter()
        .map(|(n, t, ttl, v)| {
            let v = v
                .into_iter()
                .map(|x| x.replace("example.net.", "example.org."))
                .collect();
            (n, t, ttl, v)
        })
        .collect();
    assert_eq!(net, renamed(first));

    // A zone file on create needs neither SOA nor NS: the defaults are added.
    let mut req = CreateZoneRequest::new("minimal.de", ZoneMode::Primary);
    req.zonefile =
        Some("$ORIGIN\tminimal.de.\n$TTL\t10800\n\n@\tIN\tA\t198.51.100.1 ; web\n".into());
    let created = zones.create(&req).await.unwrap();
    assert_eq!(created.zone.ttl, 10800);
    assert_eq!(created.zone.record_count, 5);

    // Import errors.
    let import = |text: &str| {
        let text = text.to_owned();
        let zones = zones.clone();
        async move {
            zones
                .import_zonefile("example.com", &ImportZoneZonefileRequest::new(text))
                .await
                .unwrap_err()
        }
    };
    let e = import("$ORIGIN example.org.\n").await;
    assert!(e.is(ErrorCode::InvalidInput), "{e}");
    assert_eq!(field(&e), "zonefile");
    let e = import("@ IN NS hydrogen.ns.hetzner.com.\n").await;
    assert!(e.api().unwrap().message.contains("SOA"), "{e}");
    let e = import(&ZONEFILE.replace("helium.ns.hetzner.de.", "ns.other.net.")).await;
    assert!(e.api().unwrap().message.contains("helium"), "{e}");
    let e = import(&format!("{ZONEFILE}x CH A 192.0.2.1\n")).await;
    assert!(e.api().unwrap().message.contains("IN"), "{e}");
    let e = import(&format!("{ZONEFILE}x IN A 300.1.1.1\n")).await;
    assert_eq!(field(&e), "zonefile");
    let e = import(&format!("{ZONEFILE}blog IN A 192.0.2.1\n")).await;
    assert!(e.api().unwrap().message.contains("CNAME"), "{e}");
    // Existing change protected RRSets block an import.
    zones
        .change_rrset_protection(
            "example.com",
            "www",
            RrSetType::A,
            &RrSetProtection::new(true),
        )
        .await
        .unwrap();
    let e = import(ZONEFILE).await;
    assert!(e.is(ErrorCode::Protected), "{e}");
    // Secondary zones take no zone file.
    let mut sec = CreateZoneRequest::new("secondary.org", ZoneMode::Secondary);
    sec.primary_nameservers = Some(vec![PrimaryNameserver::new("198.51.100.1")]);
    zones.create(&sec).await.unwrap();
    let e = zones
        .import_zonefile("secondary.org", &ImportZoneZonefileRequest::new(ZONEFILE))
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::IncorrectZoneMode), "{e}");
    emu.stop().await;
}

#[tokio::test]
async fn running_actions_lock_the_zone() {
    let config = Config {
        action_duration: Duration::from_millis(300),
        ..Default::default()
    };
    let emu = Emulator::start(config).await.unwrap();
    let c = emu.client();
    let zones = c.zones();
    let created = zones
        .create(&CreateZoneRequest::new("example.com", ZoneMode::Primary))
        .await
        .unwrap();
    assert_eq!(created.action.status, ActionStatus::Running);
    assert_eq!(created.zone.status, ZoneStatus::Updating);
    let e = zones
        .change_ttl("example.com", &ChangeZoneTtlRequest::new(600))
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::Locked), "{e}");
    let e = zones
        .create_rrset(
            "example.com",
            &CreateZoneRrsetRequest::new("www", RrSetType::A, vec![rec("192.0.2.1")]),
        )
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::Locked), "{e}");
    let e = zones.delete("example.com").await.unwrap_err();
    assert!(e.is(ErrorCode::Locked), "{e}");
    // Reads and label updates still work.
    zones.get("example.com").await.unwrap();
    zones
        .update(
            "example.com",
            &UpdateZoneRequest {
                labels: Some(labels(&[("a", "b")])),
            },
        )
        .await
        .unwrap();
    c.wait_for([&created.action]).await.unwrap();
    assert_eq!(
        zones.get("example.com").await.unwrap().zone.status,
        ZoneStatus::Ok
    );

    // The TTL changes when the action finishes.
    let a = zones
        .change_ttl("example.com", &ChangeZoneTtlRequest::new(600))
        .await
        .unwrap();
    assert_eq!(zones.get("example.com").await.unwrap().zone.ttl, 3600);
    c.wait_for([&a.action]).await.unwrap();
    assert_eq!(zones.get("example.com").await.unwrap().zone.ttl, 600);
    emu.stop().await;
}
