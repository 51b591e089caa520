//! The public catalogue through the client: locations, datacenters, server types, load
//! balancer types, ISOs and pricing — lists, filters, pages, lookups and consistency.

#![allow(deprecated)] // datacenters are deprecated, and still answered

use futures::TryStreamExt;
use hetzcloud::models::*;
use hetzcloud::{ApiRequest, CallOptions, ErrorCode, Method};
use hetzcloud_emulator::{Config, Emulator};
use serde_json::json;

/// A decimal as the API writes it (`"4.5101000000"`), in units of 1e-10.
fn units(d: &hetzcloud::Decimal) -> i128 {
    let text = d.to_string();
    let (whole, frac) = text.split_once('.').unwrap_or((&text, ""));
    assert_eq!(frac.len(), 10, "ten decimals: {text}");
    whole.parse::<i128>().unwrap() * 10_000_000_000 + frac.parse::<i128>().unwrap()
}

fn assert_vat(p: &PriceHourly) {
    assert_eq!(units(&p.net) * 119, units(&p.gross) * 100, "{p:?}");
}

/// A client for the control endpoints under `/_emulator/`.
fn control(emu: &Emulator) -> hetzcloud::Client {
    hetzcloud::Client::builder()
        .endpoint(emu.base_url())
        .token(emu.token())
        .build()
        .unwrap()
}

#[tokio::test]
async fn locations_and_datacenters() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    let c = emu.client();

    let all = c.locations().list(&Default::default()).await.unwrap();
    let names: Vec<&str> = all.locations.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(names, ["fsn1", "nbg1", "hel1", "ash", "hil", "sin"]);
    assert_eq!(all.meta.pagination.total_entries, Some(6));
    let zone = |n: &str| {
        all.locations
            .iter()
            .find(|l| l.name == n)
            .unwrap()
            .network_zone
            .clone()
    };
    assert_eq!(zone("hel1"), "eu-central");
    assert_eq!(zone("ash"), "us-east");
    assert_eq!(zone("hil"), "us-west");
    assert_eq!(zone("sin"), "ap-southeast");

    let sorted = c
        .locations()
        .list(&ListLocationsParams::default().sort([LocationSort::NameDesc]))
        .await
        .unwrap();
    assert_eq!(sorted.locations[0].name, "sin");
    let page = c
        .locations()
        .list(&ListLocationsParams::default().per_page(4).page(2))
        .await
        .unwrap();
    assert_eq!(page.locations.len(), 2);
    assert_eq!(page.meta.pagination.previous_page, Some(1));
    assert_eq!(page.meta.pagination.next_page, None);
    let nbg = c
        .locations()
        .list(&ListLocationsParams::default().name("nbg1"))
        .await
        .unwrap();
    assert_eq!(nbg.locations.len(), 1);
    assert_eq!(nbg.locations[0].city, "Nuremberg");

    let fsn1 = c.locations().get(1).await.unwrap();
    assert_eq!(fsn1.location.name, "fsn1");
    assert_eq!(fsn1.location.country, "DE");
    let found = c.locations().find("sin").await.unwrap().unwrap();
    assert_eq!(found.country, "SG");
    let e = c.locations().get(999).await.unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");

    let dcs = c.datacenters().list(&Default::default()).await.unwrap();
    assert_eq!(dcs.datacenters.len(), 6);
    let recommended = dcs
        .datacenters
        .iter()
        .find(|d| d.id == dcs.recommendation)
        .expect("the recommendation is a datacenter");
    assert_eq!(recommended.name, "fsn1-dc14");
    for d in &dcs.datacenters {
        assert!(d.name.starts_with(&format!("{}-dc", d.location.name)));
        for id in &d.server_types.available {
            assert!(d.server_types.supported.contains(id));
        }
        assert_eq!(
            d.server_types.available_for_migration,
            d.server_types.available
        );
    }
    let by_name = c
        .datacenters()
        .list(&ListDatacentersParams::default().name("sin-dc1"))
        .await
        .unwrap();
    let sin = &by_name.datacenters[0];
    assert_eq!(sin.location.name, "sin");
    // Something is sold out in Singapore: supported, not available.
    assert!(sin.server_types.supported.len() > sin.server_types.available.len());
    let desc = c
        .datacenters()
        .list(&ListDatacentersParams::default().sort([DatacenterSort::IdDesc]))
        .await
        .unwrap();
    assert!(desc.datacenters[0].id > desc.datacenters[5].id);

    let dc = c.datacenters().get(recommended.id).await.unwrap();
    assert_eq!(dc.datacenter.location.name, "fsn1");
    let e = c.datacenters().get(12345).await.unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");
    emu.stop().await;
}

#[tokio::test]
async fn server_and_load_balancer_types() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    let c = emu.client();

    let types: Vec<ServerType> = c
        .server_types()
        .list_all(&Default::default())
        .try_collect()
        .await
        .unwrap();
    let named = |n: &str| types.iter().find(|t| t.name == n).unwrap().clone();
    for n in [
        "cx22", "cx32", "cx42", "cx52", "cpx11", "cpx21", "cpx31", "cpx41", "cpx51", "cax11",
        "cax21", "cax31", "cax41", "ccx13", "ccx23", "ccx33", "ccx43", "ccx53", "ccx63",
    ] {
        let t = named(n);
        assert!(!t.deprecated && t.deprecation.is_none(), "{n}");
        assert_eq!(
            t.prices.len(),
            t.locations.len(),
            "{n}: a price per location"
        );
        for p in &t.prices {
            assert!(t.locations.iter().any(|l| l.name == p.location));
            assert_vat(&p.price_hourly);
            assert_vat(&p.price_monthly);
            assert_vat(&p.price_per_tb_traffic);
            assert!(p.included_traffic > 0);
        }
    }
    let cax = named("cax11");
    assert_eq!(cax.architecture, ImageArchitecture::Arm);
    let mut where_cax: Vec<&str> = cax.locations.iter().map(|l| l.name.as_str()).collect();
    where_cax.sort_unstable();
    assert_eq!(
        where_cax,
        ["fsn1", "hel1", "nbg1"],
        "arm servers only in the EU"
    );
    assert_eq!(named("ccx13").cpu_type, ServerTypeCpuType::Dedicated);
    assert_eq!(named("cpx11").locations.len(), 6);
    let ccx63 = named("ccx63");
    let sin = ccx63.locations.iter().find(|l| l.name == "sin").unwrap();
    assert!(!sin.available);
    let cx22 = named("cx22");
    let fsn1 = cx22.prices.iter().find(|p| p.location == "fsn1").unwrap();
    assert_eq!(fsn1.price_monthly.net.to_string(), "3.7900000000");
    assert_eq!(fsn1.price_monthly.gross.to_string(), "4.5101000000");

    let page = c
        .server_types()
        .list(&ListServerTypesParams::default().per_page(5).page(4))
        .await
        .unwrap();
    assert_eq!(page.server_types.len(), 4);
    assert_eq!(page.meta.pagination.total_entries, Some(19));
    assert_eq!(page.meta.pagination.last_page, Some(4));
    let one = c
        .server_types()
        .list(&ListServerTypesParams::default().name("cpx31"))
        .await
        .unwrap();
    assert_eq!(one.server_types.len(), 1);
    assert_eq!(one.server_types[0].cores, 4.0);

    let got = c.server_types().get(cx22.id).await.unwrap();
    assert_eq!(got.server_type, cx22);
    assert_eq!(
        c.server_types()
            .find("ccx23")
            .await
            .unwrap()
            .unwrap()
            .memory,
        16.0
    );
    let e = c.server_types().get(4242).await.unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");

    // Datacenters list exactly the types offered in their location.
    let dcs = c.datacenters().list(&Default::default()).await.unwrap();
    for d in &dcs.datacenters {
        for t in &types {
            let offered = t.locations.iter().any(|l| l.id == d.location.id);
            assert_eq!(d.server_types.supported.contains(&t.id), offered);
        }
    }

    let lbs = c
        .load_balancer_types()
        .list(&Default::default())
        .await
        .unwrap();
    let names: Vec<&str> = lbs
        .load_balancer_types
        .iter()
        .map(|t| t.name.as_str())
        .collect();
    assert_eq!(names, ["lb11", "lb21", "lb31"]);
    for t in &lbs.load_balancer_types {
        assert_eq!(t.prices.len(), 6);
        assert!(t.deprecation.is_none());
        for p in &t.prices {
            assert_vat(&p.price_monthly);
        }
    }
    assert!(lbs.load_balancer_types[2].max_targets > lbs.load_balancer_types[0].max_targets);
    let lb21 = c
        .load_balancer_types()
        .list(&ListLoadBalancerTypesParams::default().name("lb21"))
        .await
        .unwrap();
    assert_eq!(lb21.load_balancer_types.len(), 1);
    let got = c
        .load_balancer_types()
        .get(lb21.load_balancer_types[0].id)
        .await
        .unwrap();
    assert_eq!(got.load_balancer_type.name, "lb21");
    let e = c.load_balancer_types().get(77).await.unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");

    // The catalogue has no labels: a selector matches nothing.
    let mut raw = ApiRequest::new(Method::Get, "/server_types");
    raw.query.push(("label_selector", "env=prod".into()));
    let none = c.execute_json(raw, &CallOptions::no_retry()).await.unwrap();
    assert_eq!(none.data["server_types"], json!([]));
    emu.stop().await;
}

#[tokio::test]
async fn isos_by_architecture() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    let c = emu.client();

    let all = c.isos().list(&Default::default()).await.unwrap();
    assert!(all.isos.len() >= 5);
    assert!(all
        .isos
        .iter()
        .all(|i| i.r#type == Some(IsoType::Public) && i.name.is_some()));
    let arm = c
        .isos()
        .list(&ListIsosParams::default().architecture(ImageArchitecture::Arm))
        .await
        .unwrap();
    assert!(!arm.isos.is_empty());
    assert!(arm
        .isos
        .iter()
        .all(|i| i.architecture == Some(ImageArchitecture::Arm)));
    let x86 = c
        .isos()
        .list(&ListIsosParams::default().architecture(ImageArchitecture::X86))
        .await
        .unwrap();
    assert_eq!(x86.isos.len() + arm.isos.len(), all.isos.len());

    let virtio = c
        .isos()
        .list(&ListIsosParams::default().name("virtio-win-0.1.248.iso"))
        .await
        .unwrap();
    assert_eq!(virtio.isos.len(), 1);
    let got = c.isos().get(virtio.isos[0].id).await.unwrap();
    assert_eq!(got.iso.description, "virtio-win-0.1.248");
    let e = c.isos().get(9999).await.unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");

    // A private ISO without architecture (wildcard), loaded into the project's state.
    let ctl = control(&emu);
    let opts = CallOptions::no_retry();
    let mut state = ctl
        .execute_json(ApiRequest::new(Method::Get, "/_emulator/state"), &opts)
        .await
        .unwrap()
        .into_inner();
    state["reference"]["isos"]["500"] = json!({"id": 500, "name": null,
        "description": "Custom installer", "type": "private", "deprecation": null, "architecture": null});
    let mut put = ApiRequest::new(Method::Put, "/_emulator/state");
    put.body = Some(state.to_string());
    ctl.execute_json(put, &opts).await.unwrap();

    let arm_only = c
        .isos()
        .list(&ListIsosParams::default().architecture(ImageArchitecture::Arm))
        .await
        .unwrap();
    assert!(arm_only.isos.iter().all(|i| i.id != 500));
    let with_wildcard = c
        .isos()
        .list(
            &ListIsosParams::default()
                .architecture(ImageArchitecture::Arm)
                .include_architecture_wildcard(true),
        )
        .await
        .unwrap();
    assert_eq!(with_wildcard.isos.len(), arm_only.isos.len() + 1);
    let private = c.isos().get(500).await.unwrap();
    assert_eq!(private.iso.r#type, Some(IsoType::Private));
    assert_eq!(private.iso.architecture, None);

    let e = c
        .isos()
        .list(&ListIsosParams::default().include_architecture_wildcard(true))
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::InvalidInput), "{e}");
    let mut bad = ApiRequest::new(Method::Get, "/isos");
    bad.query.push(("architecture", "sparc".into()));
    let e = c.execute_json(bad, &opts).await.unwrap_err();
    assert!(e.is(ErrorCode::InvalidInput), "{e}");
    emu.stop().await;
}

#[tokio::test]
async fn pricing_matches_the_types() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    let c = emu.client();
    let pricing = c.pricing().get().await.unwrap().into_inner().pricing;
    assert_eq!(pricing.currency, "EUR");
    assert_eq!(pricing.vat_rate.to_string(), "19.00");
    assert_vat(&pricing.image.price_per_gb_month);
    assert_vat(&pricing.volume.price_per_gb_month);
    assert_vat(&pricing.floating_ip.price_monthly);
    assert_eq!(pricing.server_backup.percentage.to_string(), "20.00");

    let types: Vec<ServerType> = c
        .server_types()
        .list_all(&Default::default())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pricing.server_types.len(), types.len());
    for t in &types {
        let p = pricing.server_types.iter().find(|p| p.id == t.id).unwrap();
        assert_eq!(p.name, t.name);
        assert_eq!(p.prices, t.prices);
    }
    let lbs = c
        .load_balancer_types()
        .list(&Default::default())
        .await
        .unwrap();
    for t in &lbs.load_balancer_types {
        let p = pricing
            .load_balancer_types
            .iter()
            .find(|p| p.id == t.id)
            .unwrap();
        assert_eq!(p.prices, t.prices);
    }
    let locations = c.locations().list(&Default::default()).await.unwrap();
    for ip in &pricing.primary_ips {
        assert_eq!(ip.prices.len(), locations.locations.len());
        for p in &ip.prices {
            assert_vat(&p.price_hourly);
            assert_vat(&p.price_monthly);
        }
    }
    let kinds: Vec<&str> = pricing
        .floating_ips
        .iter()
        .map(|f| f.r#type.as_str())
        .collect();
    assert_eq!(kinds, ["ipv4", "ipv6"]);
    // Asia costs more than the EU.
    let cpx11 = types.iter().find(|t| t.name == "cpx11").unwrap();
    let at = |loc: &str| {
        units(
            &cpx11
                .prices
                .iter()
                .find(|p| p.location == loc)
                .unwrap()
                .price_monthly
                .net,
        )
    };
    assert!(at("sin") > at("fsn1"));
    emu.stop().await;
}
