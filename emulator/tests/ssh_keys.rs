//! SSH keys through the client: create → list/filter/sort/page → update → errors → delete.

use hetzcloud::models::{CreateSshKeyRequest, ListSshKeysParams, SshKeySort, UpdateSshKeyRequest};
use hetzcloud::ErrorCode;
use hetzcloud_emulator::{Config, Emulator};

const KEYS: [&str; 3] = [
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDuMvPBCnmQa+ZsFyLjbS2N/QxvHXpL+M1Tb/M5fSHbQ a@x",
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHz6mBkSxNPu0a8jK1bQ7bt0Lx6pXxYWvY1oQ0pU9W0A b@x",
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFq3c0X9s0Ck1Q3rZl9W8h7Qe0KX0Y2Fv5bXo8Jt1Uq3 c@x",
];

#[tokio::test]
async fn ssh_key_lifecycle() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    let c = emu.client();
    let keys = c.ssh_keys();

    let mut ids = Vec::new();
    for (i, k) in KEYS.iter().enumerate() {
        let mut req = CreateSshKeyRequest::new(format!("key-{i}"), *k);
        req.labels = Some(
            [(
                "env".to_owned(),
                if i == 1 { "prod" } else { "dev" }.to_owned(),
            )]
            .into(),
        );
        let created = keys.create(&req).await.unwrap();
        assert_eq!(created.status, 201);
        assert_eq!(created.ssh_key.fingerprint.split(':').count(), 16);
        ids.push(created.ssh_key.id);
    }

    let all = keys.list(&ListSshKeysParams::default()).await.unwrap();
    assert_eq!(all.ssh_keys.iter().map(|k| k.id).collect::<Vec<_>>(), ids);
    assert_eq!(all.meta.pagination.total_entries, Some(3));

    let prod = keys
        .list(&ListSshKeysParams::default().label_selector("env=prod"))
        .await
        .unwrap();
    assert_eq!(prod.ssh_keys.len(), 1);
    assert_eq!(prod.ssh_keys[0].name, "key-1");
    let not_prod = keys
        .list(&ListSshKeysParams::default().label_selector("env!=prod"))
        .await
        .unwrap();
    assert_eq!(not_prod.ssh_keys.len(), 2);

    let desc = keys
        .list(&ListSshKeysParams::default().sort([SshKeySort::NameDesc]))
        .await
        .unwrap();
    assert_eq!(desc.ssh_keys[0].name, "key-2");

    let page2 = keys
        .list(&ListSshKeysParams::default().per_page(2).page(2))
        .await
        .unwrap();
    assert_eq!(page2.ssh_keys.len(), 1);
    assert_eq!(page2.meta.pagination.previous_page, Some(1));
    assert_eq!(page2.meta.pagination.last_page, Some(2));

    let by_fp = all.ssh_keys[2].fingerprint.clone();
    let found = keys
        .list(&ListSshKeysParams::default().fingerprint(by_fp))
        .await
        .unwrap();
    assert_eq!(found.ssh_keys[0].id, ids[2]);

    assert_eq!(
        keys.find("key-0").await.unwrap().map(|k| k.id),
        Some(ids[0])
    );
    assert_eq!(
        keys.find(ids[1]).await.unwrap().map(|k| k.name),
        Some("key-1".to_owned())
    );
    assert!(keys.find("nope").await.unwrap().is_none());
    assert!(keys.find(999_999).await.unwrap().is_none());

    let upd = UpdateSshKeyRequest {
        name: Some("renamed".into()),
        labels: Some([("a".to_owned(), "b".to_owned())].into()),
    };
    let updated = keys.update(ids[0], &upd).await.unwrap();
    assert_eq!(updated.ssh_key.name, "renamed");
    assert_eq!(
        updated.ssh_key.labels.get("a").map(String::as_str),
        Some("b")
    );

    let dup = keys
        .create(&CreateSshKeyRequest::new("other", KEYS[1]))
        .await
        .unwrap_err();
    assert!(dup.is(ErrorCode::UniquenessError), "{dup}");
    assert_eq!(dup.api().unwrap().details.fields()[0].name, "public_key");
    let dup_name = keys
        .create(&CreateSshKeyRequest::new(
            "key-1",
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA d@x",
        ))
        .await
        .unwrap_err();
    assert!(dup_name.is(ErrorCode::UniquenessError), "{dup_name}");
    let bad = keys
        .create(&CreateSshKeyRequest::new("bad", "not-a-key"))
        .await
        .unwrap_err();
    assert!(bad.is(ErrorCode::InvalidInput), "{bad}");
    assert_eq!(bad.api().unwrap().details.fields()[0].name, "public_key");

    keys.delete(ids[0]).await.unwrap();
    let gone = keys.get(ids[0]).await.unwrap_err();
    assert!(gone.is(ErrorCode::NotFound), "{gone}");
    assert!(gone.api().unwrap().correlation_id.is_some());
    assert_eq!(c.rate_limit().unwrap().limit, 3600);
    emu.stop().await;
}

#[tokio::test]
async fn bodies_are_checked_against_the_schema() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    let c = emu.client();
    let raw = |body: &str| {
        let mut req = hetzcloud::ApiRequest::new(hetzcloud::Method::Post, "/ssh_keys");
        req.body = Some(body.to_owned());
        req
    };
    let opts = hetzcloud::CallOptions::no_retry();
    let e = c
        .execute_json(raw("{\"name\": \"x\"}"), &opts)
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::InvalidInput), "{e}");
    assert_eq!(e.api().unwrap().details.fields()[0].name, "public_key");
    let e = c
        .execute_json(raw("{\"name\": 5, \"public_key\": \"k\"}"), &opts)
        .await
        .unwrap_err();
    assert_eq!(e.api().unwrap().details.fields()[0].name, "name");
    let e = c.execute_json(raw("{not json"), &opts).await.unwrap_err();
    assert!(e.is(ErrorCode::JsonError), "{e}");
    emu.stop().await;
}

#[tokio::test]
async fn unknown_token_is_unauthorized_and_read_only_is_forbidden() {
    let config = Config {
        tokens: vec!["rw".into()],
        read_only_tokens: vec!["ro".into()],
        ..Config::default()
    };
    let emu = Emulator::start(config).await.unwrap();
    let client = |t: &str| {
        hetzcloud::Client::builder()
            .endpoint(emu.url())
            .token(t)
            .build()
            .unwrap()
    };
    let e = client("wrong")
        .ssh_keys()
        .list(&Default::default())
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::Unauthorized), "{e}");
    assert!(client("ro")
        .ssh_keys()
        .list(&Default::default())
        .await
        .is_ok());
    let e = client("ro")
        .ssh_keys()
        .create(&CreateSshKeyRequest::new("k", KEYS[0]))
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::Forbidden), "{e}");
    assert!(client("rw")
        .ssh_keys()
        .create(&CreateSshKeyRequest::new("k", KEYS[0]))
        .await
        .is_ok());
    emu.stop().await;
}
