//! Certificates through the client: uploaded and managed ones, list filters, updates, the
//! issuance action, failed issuance and retry, errors and deletion.

use hetzcloud::models::*;
use hetzcloud::{ApiRequest, CallOptions, ErrorCode, Method};
use hetzcloud_emulator::{Config, Emulator};
use serde_json::json;
use std::time::Duration;

/// A self-signed certificate for example.com and www.example.com (openssl, P-256).
const CERT: &str = "-----BEGIN CERTIFICATE-----
MIIBqTCCAVCgAwIBAgIUAawNyNa+gNZu4XtlQWpYWkONtkEwCgYIKoZIzj0EAwIw
FjEUMBIGA1UEAwwLZXhhbXBsZS5jb20wHhcNMjYxMTIyMTczMzAyWhcNMjcxMTIy
MTczMzAyWjAWMRQwEgYDVQQDDAtleGFtcGxlLmNvbTBZMBMGByqGSM49AgEGCCqG
SM49AwEHA0IABMCmanvML2aMpAj+b57OHf+8EWbBCSx1nyJjTmZynNOWlOmwrGxT
00dS1DjWvcMiEmrGjkcCnLijTBYu+7fRDTmjfDB6MB0GA1UdDgQWBBQhVYvmMnE+
rHW8ql0rRXNtKQ1ADzAfBgNVHSMEGDAWgBQhVYvmMnE+rHW8ql0rRXNtKQ1ADzAP
BgNVHRMBAf8EBTADAQH/MCcGA1UdEQQgMB6CC2V4YW1wbGUuY29tgg93d3cuZXhh
bXBsZS5jb20wCgYIKoZIzj0EAwIDRwAwRAIgROI6E1O0Aet3Zs6bdSRtmDqxKRH7
wUky0PT9oyDmvygCIFBXY3TLE1bUrV6N1wsoCc1CPxMEhpnC0Kis88L/AehV
-----END CERTIFICATE-----
";
const KEY: &str = "-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgl9v+kZVhVffWJBPN
sMNn8ENd3bYBu8EywvTkoJTlrZihRANCAATApmp7zC9mjKQI/m+ezh3/vBFmwQks
dZ8iY05mcpzTlpTpsKxsU9NHUtQ41r3DIhJqxo5HApy4o0wWLvu30Q05
-----END PRIVATE KEY-----
";

fn uploaded(name: &str) -> CreateCertificateRequest {
    let mut req = CreateCertificateRequest::new(name);
    req.certificate = Some(CERT.into());
    req.private_key = Some(KEY.into());
    req
}

fn managed(name: &str, domains: &[&str]) -> CreateCertificateRequest {
    let mut req = CreateCertificateRequest::new(name);
    req.r#type = Some(CertificateType::Managed);
    req.domain_names = Some(domains.iter().map(|d| d.to_string()).collect());
    req
}

/// Makes the next action with `command` fail with `code`.
async fn fail_next(emu: &Emulator, command: &str, code: &str) {
    let control = hetzcloud::Client::builder()
        .endpoint(emu.base_url())
        .token("control")
        .build()
        .unwrap();
    let mut req = ApiRequest::new(Method::Post, "/_emulator/actions/fail");
    req.body = Some(
        json!({"command": command, "code": code, "message": "DNS zone not found"}).to_string(),
    );
    control
        .execute_json(req, &CallOptions::no_retry())
        .await
        .unwrap();
}

#[tokio::test]
async fn certificate_lifecycle() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    let c = emu.client();
    let certs = c.certificates();

    // Uploaded: read from the certificate itself.
    let mut req = uploaded("site");
    req.labels = Some([("env".to_owned(), "prod".to_owned())].into());
    let up = certs.create(&req).await.unwrap();
    assert_eq!(up.status, 201);
    assert!(up.action.is_none());
    let cert = &up.certificate;
    assert_eq!(cert.r#type, Some(CertificateType::Uploaded));
    assert_eq!(cert.domain_names, ["example.com", "www.example.com"]);
    assert_eq!(
        cert.fingerprint.as_deref().map(str::to_uppercase).as_deref(),
        Some("E9:58:C3:28:8B:B8:34:E7:CC:E5:2A:D8:5B:61:7D:FC:09:28:F4:6D:0C:A3:7B:65:48:15:07:6C:C9:46:3D:43")
    );
    assert_eq!(
        cert.not_valid_before.unwrap().to_rfc3339(),
        "2026-11-22T17:33:02+00:00"
    );
    assert_eq!(
        cert.not_valid_after.unwrap().to_rfc3339(),
        "2027-11-22T17:33:02+00:00"
    );
    assert!(cert
        .certificate
        .as_deref()
        .unwrap()
        .starts_with("-----BEGIN CERTIFICATE-----"));
    assert!(cert.status.is_none());
    assert!(cert.used_by.is_empty());

    // Managed: pending until the issuance action finishes.
    let mut req = managed("managed", &["example.com", "*.example.com"]);
    req.labels = Some([("env".to_owned(), "dev".to_owned())].into());
    let m = certs.create(&req).await.unwrap();
    let action = m.action.clone().unwrap();
    assert_eq!(action.command, "create_certificate");
    assert_eq!(action.resources[0].r#type, "certificate");
    let status = m.certificate.status.clone().unwrap();
    assert_eq!(status.issuance, Some(CertificateStatusIssuance::Pending));
    assert!(m.certificate.certificate.is_none());
    assert!(m.certificate.fingerprint.is_none());
    c.wait_for([&action]).await.unwrap();
    let issued = certs.get(m.certificate.id).await.unwrap().data.certificate;
    let status = issued.status.clone().unwrap();
    assert_eq!(status.issuance, Some(CertificateStatusIssuance::Completed));
    assert!(issued
        .certificate
        .unwrap()
        .contains("-----END CERTIFICATE-----"));
    assert_eq!(issued.fingerprint.unwrap().split(':').count(), 32);
    assert!(issued.not_valid_after > issued.not_valid_before);

    // List and filters.
    let all = certs.list(&Default::default()).await.unwrap();
    assert_eq!(all.certificates.len(), 2);
    let only_managed = certs
        .list(&ListCertificatesParams::default().r#type([CertificateType::Managed]))
        .await
        .unwrap();
    assert_eq!(only_managed.certificates.len(), 1);
    assert_eq!(only_managed.certificates[0].name, "managed");
    let both = certs
        .list(
            &ListCertificatesParams::default()
                .r#type([CertificateType::Managed, CertificateType::Uploaded]),
        )
        .await
        .unwrap();
    assert_eq!(both.certificates.len(), 2);
    let prod = certs
        .list(&ListCertificatesParams::default().label_selector("env=prod"))
        .await
        .unwrap();
    assert_eq!(prod.certificates[0].id, up.certificate.id);
    let named = certs
        .list(&ListCertificatesParams::default().name("managed"))
        .await
        .unwrap();
    assert_eq!(named.certificates[0].id, m.certificate.id);
    let desc = certs
        .list(&ListCertificatesParams::default().sort([CertificateSort::NameDesc]))
        .await
        .unwrap();
    assert_eq!(desc.certificates[0].name, "site");
    let page = certs
        .list(&ListCertificatesParams::default().per_page(1).page(2))
        .await
        .unwrap();
    assert_eq!(page.certificates.len(), 1);
    assert_eq!(page.meta.pagination.last_page, Some(2));

    // Update.
    let upd = UpdateCertificateRequest {
        name: Some("site-2".into()),
        labels: Some([("a".to_owned(), "b".to_owned())].into()),
    };
    let updated = certs.update(up.certificate.id, &upd).await.unwrap();
    assert_eq!(updated.certificate.name, "site-2");
    assert_eq!(updated.certificate.labels.len(), 1);
    let dup = certs
        .update(
            up.certificate.id,
            &UpdateCertificateRequest {
                name: Some("managed".into()),
                labels: None,
            },
        )
        .await
        .unwrap_err();
    assert!(dup.is(ErrorCode::UniquenessError), "{dup}");

    // Retry only applies to a failed managed Certificate.
    let e = certs.retry(up.certificate.id).await.unwrap_err();
    assert!(e.is(ErrorCode::UnsupportedError), "{e}");
    let e = certs.retry(m.certificate.id).await.unwrap_err();
    assert!(e.is(ErrorCode::InvalidInput), "{e}");

    // Delete.
    certs.delete(up.certificate.id).await.unwrap();
    let gone = certs.get(up.certificate.id).await.unwrap_err();
    assert!(gone.is(ErrorCode::NotFound), "{gone}");
    certs.delete(m.certificate.id).await.unwrap();
    let gone = certs.delete(m.certificate.id).await.unwrap_err();
    assert!(gone.is(ErrorCode::NotFound), "{gone}");
    emu.stop().await;
}

#[tokio::test]
async fn failed_issuance_is_retried() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    let c = emu.client();
    let certs = c.certificates();
    fail_next(&emu, "create_certificate", "dns_zone_not_found").await;
    let m = certs
        .create(&managed("flaky", &["shop.example.org"]))
        .await
        .unwrap();
    let e = c.wait_for([m.action.as_ref().unwrap()]).await.unwrap_err();
    assert!(e.to_string().contains("dns_zone_not_found"), "{e}");
    let failed = certs.get(m.certificate.id).await.unwrap().data.certificate;
    let status = failed.status.unwrap();
    assert_eq!(status.issuance, Some(CertificateStatusIssuance::Failed));
    assert_eq!(
        status.error.and_then(|e| e.code).as_deref(),
        Some("dns_zone_not_found")
    );

    let retried = certs.retry(m.certificate.id).await.unwrap();
    assert_eq!(retried.status, 201);
    assert_eq!(retried.action.command, "issue_certificate");
    let pending = certs.get(m.certificate.id).await.unwrap().data.certificate;
    // With instant actions the retry may already be done.
    let issuance = pending.status.unwrap().issuance.unwrap();
    assert!(matches!(
        issuance,
        CertificateStatusIssuance::Pending | CertificateStatusIssuance::Completed
    ));
    c.wait_for([&retried.action]).await.unwrap();
    let done = certs.get(m.certificate.id).await.unwrap().data.certificate;
    let status = done.status.unwrap();
    assert_eq!(status.issuance, Some(CertificateStatusIssuance::Completed));
    assert!(status.error.is_none());
    emu.stop().await;
}

#[tokio::test]
async fn certificate_input_is_checked() {
    let emu = Emulator::start(Config {
        action_duration: Duration::from_millis(300),
        ..Default::default()
    })
    .await
    .unwrap();
    let c = emu.client();
    let certs = c.certificates();
    let field = |e: &hetzcloud::Error| e.api().unwrap().details.fields()[0].name.clone();

    let mut no_key = uploaded("no-key");
    no_key.private_key = None;
    assert_eq!(
        field(&certs.create(&no_key).await.unwrap_err()),
        "private_key"
    );
    let mut no_cert = uploaded("no-cert");
    no_cert.certificate = None;
    assert_eq!(
        field(&certs.create(&no_cert).await.unwrap_err()),
        "certificate"
    );
    let mut not_pem = uploaded("not-pem");
    not_pem.certificate = Some("-----BEGIN CERTIFICATE-----\n...".into());
    assert_eq!(
        field(&certs.create(&not_pem).await.unwrap_err()),
        "certificate"
    );
    let mut bad_key = uploaded("bad-key");
    bad_key.private_key =
        Some("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----".into());
    assert_eq!(
        field(&certs.create(&bad_key).await.unwrap_err()),
        "private_key"
    );
    let e = certs.create(&managed("none", &[])).await.unwrap_err();
    assert_eq!(field(&e), "domain_names");
    let e = certs
        .create(&managed("bad", &["not a domain"]))
        .await
        .unwrap_err();
    assert_eq!(field(&e), "domain_names");
    let mut odd = uploaded("odd");
    odd.r#type = Some(CertificateType::from("selfmade"));
    assert_eq!(field(&certs.create(&odd).await.unwrap_err()), "type");
    let e = certs
        .list(&ListCertificatesParams::default().r#type([CertificateType::from("x")]))
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::InvalidInput), "{e}");

    // A PEM body that is not real DER is accepted with plausible values.
    let mut opaque = uploaded("opaque");
    opaque.certificate =
        Some("-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n".into());
    let made = certs.create(&opaque).await.unwrap();
    let cert = made.data.certificate;
    assert!(cert.not_valid_after > cert.not_valid_before);
    assert_eq!(cert.fingerprint.unwrap().len(), 95);

    certs.create(&uploaded("twin")).await.unwrap();
    let e = certs.create(&uploaded("twin")).await.unwrap_err();
    assert!(e.is(ErrorCode::UniquenessError), "{e}");

    // While issuing, the Certificate is locked.
    let m = certs
        .create(&managed("slow", &["example.net"]))
        .await
        .unwrap();
    let e = certs.delete(m.certificate.id).await.unwrap_err();
    assert!(e.is(ErrorCode::Locked), "{e}");
    let e = certs.retry(m.certificate.id).await.unwrap_err();
    assert!(e.is(ErrorCode::Locked), "{e}");
    c.wait_for([m.action.as_ref().unwrap()]).await.unwrap();
    certs.delete(m.certificate.id).await.unwrap();
    emu.stop().await;
}
