//! Placement Groups through the client: create → list (type filter) → get with member
//! Servers → update (Servers' copies follow) → errors → delete.

mod net_support;

use hetzcloud::models::*;
use hetzcloud::ErrorCode;
use hetzcloud_emulator::{Config, Emulator};
use net_support::{add_servers, server_row, ServerSpec};
use serde_json::json;

#[tokio::test]
async fn placement_group_lifecycle() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    let c = emu.client();
    let pgs = c.placement_groups();

    let mut req = CreatePlacementGroupRequest::new("spread-a", PlacementGroupType::Spread);
    req.labels = Some([("env".to_owned(), "prod".to_owned())].into());
    let created = pgs.create(&req).await.unwrap();
    assert_eq!(created.status, 201);
    assert!(created.action.is_none());
    let a = created.placement_group.clone();
    assert_eq!(a.r#type, PlacementGroupType::Spread);
    assert!(a.servers.is_empty());
    let b = pgs
        .create(&CreatePlacementGroupRequest::new(
            "spread-b",
            PlacementGroupType::Spread,
        ))
        .await
        .unwrap()
        .placement_group
        .clone();

    // Servers in group a (embedding it, as Servers do).
    let embedded = serde_json::to_value(&a).unwrap();
    let mut s1 = ServerSpec::new(900_001, "one");
    s1.placement_group = Some(embedded.clone());
    let mut s2 = ServerSpec::new(900_002, "two");
    s2.placement_group = Some(embedded);
    add_servers(&emu, &[s1, s2, ServerSpec::new(900_003, "three")]).await;
    let got = pgs.get(a.id).await.unwrap();
    assert_eq!(got.placement_group.servers, vec![900_001, 900_002]);

    // Lists.
    let all = pgs
        .list(&ListPlacementGroupsParams::default())
        .await
        .unwrap();
    assert_eq!(all.placement_groups.len(), 2);
    assert_eq!(all.placement_groups[0].servers.len(), 2);
    let spread = pgs
        .list(&ListPlacementGroupsParams::default().r#type([PlacementGroupType::Spread]))
        .await
        .unwrap();
    assert_eq!(spread.placement_groups.len(), 2);
    let prod = pgs
        .list(&ListPlacementGroupsParams::default().label_selector("env=prod"))
        .await
        .unwrap();
    assert_eq!(prod.placement_groups[0].id, a.id);
    let named = pgs
        .list(&ListPlacementGroupsParams::default().name("spread-b"))
        .await
        .unwrap();
    assert_eq!(named.placement_groups[0].id, b.id);
    let desc = pgs
        .list(&ListPlacementGroupsParams::default().sort([PlacementGroupSort::NameDesc]))
        .await
        .unwrap();
    assert_eq!(desc.placement_groups[0].id, b.id);
    let page = pgs
        .list(&ListPlacementGroupsParams::default().per_page(1).page(2))
        .await
        .unwrap();
    assert_eq!(page.placement_groups[0].id, b.id);
    let e = pgs
        .list(
            &ListPlacementGroupsParams::default()
                .r#type([PlacementGroupType::Unrecognized("pack".into())]),
        )
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::InvalidInput), "{e}");

    // Update: the Servers' embedded copies follow.
    let upd = UpdateCertificateRequest {
        name: Some("spread-a2".into()),
        labels: Some([("env".to_owned(), "dev".to_owned())].into()),
    };
    let updated = pgs.update(a.id, &upd).await.unwrap();
    assert_eq!(updated.placement_group.name, "spread-a2");
    assert_eq!(updated.placement_group.servers, vec![900_001, 900_002]);
    let row = server_row(&emu, 900_001).await;
    assert_eq!(row["placement_group"]["name"], json!("spread-a2"));
    assert_eq!(row["placement_group"]["labels"], json!({"env": "dev"}));
    let dup = pgs
        .update(
            b.id,
            &UpdateCertificateRequest {
                name: Some("spread-a2".into()),
                labels: None,
            },
        )
        .await
        .unwrap_err();
    assert!(dup.is(ErrorCode::UniquenessError), "{dup}");

    // Errors.
    let e = pgs
        .create(&CreatePlacementGroupRequest::new(
            "spread-b",
            PlacementGroupType::Spread,
        ))
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::UniquenessError), "{e}");
    let e = pgs
        .create(&CreatePlacementGroupRequest::new(
            "x",
            PlacementGroupType::Unrecognized("pack".into()),
        ))
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::InvalidInput), "{e}");
    assert_eq!(e.api().unwrap().details.fields()[0].name, "type");
    let e = pgs
        .create(&CreatePlacementGroupRequest::new(
            "",
            PlacementGroupType::Spread,
        ))
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::InvalidInput), "{e}");
    let e = pgs.get(999_999).await.unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");

    // Delete: member Servers leave the group.
    pgs.delete(a.id).await.unwrap();
    let e = pgs.get(a.id).await.unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");
    let row = server_row(&emu, 900_001).await;
    assert!(row.get("placement_group").is_none() || row["placement_group"].is_null());
    pgs.delete(b.id).await.unwrap();
    let e = pgs.delete(b.id).await.unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");
    emu.stop().await;
}
