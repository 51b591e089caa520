//! Certificates: `uploaded` ones are read from their PEM text (domain names, validity and the
//! SHA-256 fingerprint come from the certificate itself when it is real DER); `managed` ones
//! start with issuance `pending` and are issued by the `create_certificate` action. An issuance
//! action that ends in `error` leaves the Certificate `failed`, which `retry` starts over.
//! `used_by` is derived from the Load Balancer services that reference the Certificate.

use super::common::{check_labels, check_name, enum_filter};
use super::Handler;
use crate::actions::Effect;
use crate::call::{Answer, ApiFail, Call, Reply};
use crate::list;
use crate::store::Store;
use base64::Engine;
use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use hetzcloud::models::*;
use serde_json::json;

pub fn route(op_id: &str) -> Option<Handler> {
    let f: Handler = match op_id {
        "list_certificates" => list,
        "create_certificate" => create,
        "get_certificate" => get,
        "update_certificate" => update,
        "delete_certificate" => delete,
        "retry_certificate" => retry,
        _ => return None,
    };
    Some(f)
}

/// Commands of the actions that issue a managed Certificate.
const ISSUING: &[&str] = &["create_certificate", "issue_certificate"];

/// Marks managed Certificates `failed` whose issuance action ended in `error`.
fn settle(store: &mut Store) {
    let mut failed = Vec::new();
    for cert in store.certificates.values() {
        let pending = cert
            .status
            .as_ref()
            .is_some_and(|s| s.issuance == Some(CertificateStatusIssuance::Pending));
        if !pending {
            continue;
        }
        let last = store
            .actions
            .values()
            .filter(|a| {
                ISSUING.contains(&a.command.as_str())
                    && a.resources
                        .iter()
                        .any(|r| r.r#type == "certificate" && r.id == cert.id)
            })
            .max_by_key(|a| a.id);
        if let Some(a) = last {
            if a.status == ActionStatus::Error {
                let (code, message) = a
                    .error
                    .as_ref()
                    .map(|e| (e.code.clone(), e.message.clone()))
                    .unwrap_or_else(|| ("action_failed".into(), "Action failed".into()));
                failed.push((cert.id, code, message));
            }
        }
    }
    for (id, code, message) in failed {
        if let Some(cert) = store.certificates.rows.get_mut(&id) {
            cert.status = Some(CertificateStatus {
                issuance: Some(CertificateStatusIssuance::Failed),
                renewal: Some(CertificateStatusRenewal::Unavailable),
                error: Some(CertificateStatusError {
                    code: Some(code),
                    message: Some(message),
                }),
            });
        }
    }
}

/// The Certificate as the API shows it: `used_by` lists the Load Balancers whose services use it.
pub fn view(store: &Store, cert: &Certificate) -> Certificate {
    let mut out = cert.clone();
    out.used_by.retain(|r| r.r#type != "load_balancer");
    for lb in store.load_balancers.values() {
        let uses = lb.services.iter().any(|s| {
            s.http
                .as_ref()
                .and_then(|h| h.certificates.as_ref())
                .is_some_and(|c| c.contains(&cert.id))
        });
        if uses {
            out.used_by.push(ActionResource {
                id: lb.id,
                r#type: "load_balancer".into(),
            });
        }
    }
    out
}

fn list(store: &mut Store, call: &Call) -> Answer {
    settle(store);
    let types = enum_filter(call, "type", &["uploaded", "managed"])?;
    let (certificates, meta, link) = list::page(store.certificates.values(), call, |c| {
        Ok(types.is_empty()
            || c.r#type
                .as_ref()
                .is_some_and(|t| types.contains(&t.as_str())))
    })?;
    let certificates = certificates.iter().map(|c| view(store, c)).collect();
    Ok(list::reply(
        &CertificatesResponse { certificates, meta },
        link,
    ))
}

fn get(store: &mut Store, call: &Call) -> Answer {
    settle(store);
    let cert = store.certificates.get(call.id("id")?)?;
    Ok(Reply::ok(&CertificateResponse {
        certificate: view(store, cert),
    }))
}

fn update(store: &mut Store, call: &Call) -> Answer {
    settle(store);
    let id = call.id("id")?;
    store.certificates.get(id)?;
    let req: UpdateCertificateRequest = call.body()?;
    if let Some(name) = &req.name {
        check_name(name)?;
        store.certificates.check_unique_name(name, Some(id))?;
    }
    check_labels(req.labels.as_ref())?;
    let cert = store.certificates.get_mut(id)?;
    if let Some(name) = req.name {
        cert.name = name;
    }
    if let Some(labels) = req.labels {
        cert.labels = labels;
    }
    let cert = store.certificates.get(id)?;
    Ok(Reply::ok(&CertificateResponse {
        certificate: view(store, cert),
    }))
}

fn delete(store: &mut Store, call: &Call) -> Answer {
    let id = call.id("id")?;
    let cert = store.certificates.get(id)?;
    store.check_unlocked("certificate", id)?;
    if let Some(user) = view(store, cert).used_by.first() {
        return Err(ApiFail::new(
            422,
            "resource_in_use",
            &format!(
                "Certificate {id} is still used by {} {}",
                user.r#type, user.id
            ),
        ));
    }
    store.certificates.remove(id)?;
    Ok(Reply::no_content())
}

fn retry(store: &mut Store, call: &Call) -> Answer {
    settle(store);
    let id = call.id("id")?;
    let cert = store.certificates.get(id)?.clone();
    store.check_unlocked("certificate", id)?;
    if cert.r#type != Some(CertificateType::Managed) {
        return Err(ApiFail::new(
            422,
            "unsupported_error",
            "only managed Certificates can be retried",
        ));
    }
    let failed = cert.status.as_ref().is_some_and(|s| {
        s.issuance == Some(CertificateStatusIssuance::Failed)
            || s.renewal == Some(CertificateStatusRenewal::Failed)
    });
    if !failed {
        return Err(ApiFail::invalid_input(
            "id",
            "neither the issuance nor the renewal of the Certificate has failed",
        ));
    }
    if let Some(c) = store.certificates.rows.get_mut(&id) {
        c.status = Some(CertificateStatus {
            issuance: Some(CertificateStatusIssuance::Pending),
            renewal: Some(CertificateStatusRenewal::Unavailable),
            error: None,
        });
    }
    let effects = issued(&cert, call.now);
    let action = store.start_action(
        "issue_certificate",
        &[("certificate", id)],
        effects,
        call.now,
    );
    Ok(Reply::created(&ActionResponse { action }))
}

/// What a successful issuance sets: a PEM certificate, its validity and fingerprint.
fn issued(cert: &Certificate, now: DateTime<Utc>) -> Vec<Effect> {
    // A stand-in for the issued certificate: PEM-shaped, unique per Certificate and issuance.
    let der: Vec<u8> = format!(
        "hetzcloud-emulator managed certificate {} {} {}",
        cert.id,
        cert.domain_names.join(","),
        now.timestamp_millis()
    )
    .into_bytes();
    let pem = pem_encode("CERTIFICATE", &der);
    vec![Effect::patch(
        "certificates",
        cert.id,
        json!({
            "certificate": pem,
            "not_valid_before": now,
            "not_valid_after": now + Duration::days(90),
            "fingerprint": fingerprint(&der),
            "status": {"issuance": "completed", "renewal": "unavailable", "error": null},
        }),
    )]
}

fn create(store: &mut Store, call: &Call) -> Answer {
    let req: CreateCertificateRequest = call.body()?;
    check_name(&req.name)?;
    check_labels(req.labels.as_ref())?;
    let kind = req.r#type.clone().unwrap_or(CertificateType::Uploaded);
    // The ID is handed out once everything has been checked.
    let id = 0;
    let (mut cert, managed) = match kind {
        CertificateType::Uploaded => {
            let Some(pem) = req.certificate.as_deref() else {
                return Err(ApiFail::invalid_input(
                    "certificate",
                    "is required for type uploaded",
                ));
            };
            let Some(key) = req.private_key.as_deref() else {
                return Err(ApiFail::invalid_input(
                    "private_key",
                    "is required for type uploaded",
                ));
            };
            let blocks = pem_blocks(pem, |label| label == "CERTIFICATE");
            let Some(first) = blocks.first() else {
                return Err(ApiFail::invalid_input(
                    "certificate",
                    "is not a PEM encoded certificate (-----BEGIN CERTIFICATE----- ... -----END CERTIFICATE-----)",
                ));
            };
            if pem_blocks(key, |label| label.ends_with("PRIVATE KEY")).is_empty() {
                return Err(ApiFail::invalid_input(
                    "private_key",
                    "is not a PEM encoded private key (-----BEGIN PRIVATE KEY----- ... -----END PRIVATE KEY-----)",
                ));
            }
            let info = inspect(first, call.now);
            let cert = Certificate {
                id,
                name: req.name.clone(),
                labels: req.labels.clone().unwrap_or_default(),
                r#type: Some(CertificateType::Uploaded),
                certificate: Some(pem.trim().to_owned() + "\n"),
                created: call.now,
                not_valid_before: Some(info.not_before),
                not_valid_after: Some(info.not_after),
                domain_names: info.domain_names,
                fingerprint: Some(fingerprint(first)),
                status: None,
                used_by: Vec::new(),
            };
            (cert, false)
        }
        CertificateType::Managed => {
            let names = req.domain_names.clone().unwrap_or_default();
            if names.is_empty() {
                return Err(ApiFail::invalid_input(
                    "domain_names",
                    "at least one domain name is required for type managed",
                ));
            }
            for n in &names {
                if !is_domain(n) {
                    return Err(ApiFail::invalid_input(
                        "domain_names",
                        &format!("`{n}` is not a valid domain name"),
                    ));
                }
            }
            let cert = Certificate {
                id,
                name: req.name.clone(),
                labels: req.labels.clone().unwrap_or_default(),
                r#type: Some(CertificateType::Managed),
                certificate: None,
                created: call.now,
                not_valid_before: None,
                not_valid_after: None,
                domain_names: names,
                fingerprint: None,
                status: Some(CertificateStatus {
                    issuance: Some(CertificateStatusIssuance::Pending),
                    renewal: Some(CertificateStatusRenewal::Unavailable),
                    error: None,
                }),
                used_by: Vec::new(),
            };
            (cert, true)
        }
        CertificateType::Unrecognized(other) => {
            return Err(ApiFail::invalid_input(
                "type",
                &format!("`{other}` is not one of uploaded, managed"),
            ))
        }
    };
    store.certificates.check_unique_name(&req.name, None)?;
    store.check_limit(store.certificates.rows.len(), "Certificate")?;
    cert.id = store.next_id();
    store.certificates.insert(cert.clone());
    let action = if managed {
        let effects = issued(&cert, call.now);
        Some(store.start_action(
            "create_certificate",
            &[("certificate", cert.id)],
            effects,
            call.now,
        ))
    } else {
        None
    };
    Ok(Reply::created(&CreateCertificateResponse {
        certificate: view(store, &cert),
        action,
    }))
}

fn is_domain(name: &str) -> bool {
    let name = name.strip_prefix("*.").unwrap_or(name);
    name.len() <= 253
        && name.contains('.')
        && name.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
}

// --- PEM and DER --------------------------------------------------------------------------

/// The decoded bodies of the PEM blocks whose label passes `want`; a block whose body is not
/// base64 counts with its raw text, so only the markers are required.
fn pem_blocks(text: &str, want: impl Fn(&str) -> bool) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut rest = text;
    // Each round consumes at least one BEGIN marker, so this ends.
    while let Some(start) = rest.find("-----BEGIN ") {
        let after = &rest[start + 11..];
        let Some(label_end) = after.find("-----") else {
            break;
        };
        let label = &after[..label_end];
        let body_and_rest = &after[label_end + 5..];
        let end_marker = format!("-----END {label}-----");
        let Some(end) = body_and_rest.find(&end_marker) else {
            break;
        };
        let body = &body_and_rest[..end];
        if want(label) {
            let compact: String = body.chars().filter(|c| !c.is_whitespace()).collect();
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(compact.as_bytes())
                .unwrap_or_else(|_| body.trim().as_bytes().to_vec());
            if !bytes.is_empty() {
                out.push(bytes);
            }
        }
        rest = &body_and_rest[end + end_marker.len()..];
    }
    out
}

fn pem_encode(label: &str, der: &[u8]) -> String {
    let b64 = base64::engine::general_purpose::STANDARD.encode(der);
    let mut out = format!("-----BEGIN {label}-----\n");
    for chunk in b64.as_bytes().chunks(64) {
        out.push_str(std::str::from_utf8(chunk).unwrap_or_default());
        out.push('\n');
    }
    out.push_str(&format!("-----END {label}-----\n"));
    out
}

/// `03:c7:55:...`: the SHA-256 of the DER, as the API shows it.
fn fingerprint(der: &[u8]) -> String {
    sha256(der)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect::<Vec<_>>()
        .join(":")
}

struct CertInfo {
    not_before: DateTime<Utc>,
    not_after: DateTime<Utc>,
    domain_names: Vec<String>,
}

/// Validity and names of an X.509 certificate, read leniently from its DER; plausible values
/// (valid from now for a year, no names) where the DER says nothing.
fn inspect(der: &[u8], now: DateTime<Utc>) -> CertInfo {
    let times = find_times(der);
    let (not_before, not_after) = match (times.first(), times.get(1)) {
        (Some(a), Some(b)) => (*a, *b),
        _ => (now, now + Duration::days(365)),
    };
    let mut domain_names = san_dns_names(der);
    if domain_names.is_empty() {
        domain_names.extend(common_name(der));
    }
    CertInfo {
        not_before,
        not_after,
        domain_names,
    }
}

/// A DER length at `pos`: (length, bytes it took).
fn der_len(der: &[u8], pos: usize) -> Option<(usize, usize)> {
    let first = *der.get(pos)?;
    if first < 0x80 {
        return Some((first as usize, 1));
    }
    let n = (first & 0x7f) as usize;
    if n == 0 || n > 4 {
        return None;
    }
    let mut len = 0usize;
    for i in 0..n {
        len = (len << 8) | *der.get(pos + 1 + i)? as usize;
    }
    Some((len, 1 + n))
}

/// UTCTime / GeneralizedTime values in order of appearance (the first two are the validity).
fn find_times(der: &[u8]) -> Vec<DateTime<Utc>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i + 2 < der.len() && out.len() < 2 {
        let (tag, len) = (der[i], der[i + 1] as usize);
        let fmt = match (tag, len) {
            (0x17, 13) => Some("%y%m%d%H%M%SZ"),
            (0x18, 15) => Some("%Y%m%d%H%M%SZ"),
            _ => None,
        };
        if let Some(fmt) = fmt {
            if let Some(text) = der
                .get(i + 2..i + 2 + len)
                .and_then(|b| std::str::from_utf8(b).ok())
            {
                if let Ok(t) = NaiveDateTime::parse_from_str(text, fmt) {
                    out.push(t.and_utc());
                    i += 2 + len;
                    continue;
                }
            }
        }
        i += 1;
    }
    out
}

/// The dNSName entries of the subjectAltName extension (OID 2.5.29.17).
fn san_dns_names(der: &[u8]) -> Vec<String> {
    const OID: &[u8] = &[0x06, 0x03, 0x55, 0x1d, 0x11];
    let Some(at) = der.windows(OID.len()).position(|w| w == OID) else {
        return Vec::new();
    };
    let mut pos = at + OID.len();
    // Optional `critical` BOOLEAN.
    if der.get(pos) == Some(&0x01) {
        pos += 3;
    }
    // OCTET STRING wrapping a SEQUENCE of GeneralName.
    if der.get(pos) != Some(&0x04) {
        return Vec::new();
    }
    let Some((_, n)) = der_len(der, pos + 1) else {
        return Vec::new();
    };
    pos += 1 + n;
    if der.get(pos) != Some(&0x30) {
        return Vec::new();
    }
    let Some((seq_len, n)) = der_len(der, pos + 1) else {
        return Vec::new();
    };
    pos += 1 + n;
    let end = (pos + seq_len).min(der.len());
    let mut names = Vec::new();
    while pos < end {
        let tag = der[pos];
        let Some((len, n)) = der_len(der, pos + 1) else {
            break;
        };
        let body = pos + 1 + n;
        if tag == 0x82 {
            if let Some(name) = der
                .get(body..body + len)
                .and_then(|b| std::str::from_utf8(b).ok())
            {
                names.push(name.to_owned());
            }
        }
        pos = body + len;
    }
    names
}

/// The subject's commonName (the last CN in the DER: the issuer's comes first).
fn common_name(der: &[u8]) -> Option<String> {
    const OID: &[u8] = &[0x06, 0x03, 0x55, 0x04, 0x03];
    let mut found = None;
    let mut from = 0;
    while let Some(rel) = der
        .get(from..)
        .and_then(|d| d.windows(OID.len()).position(|w| w == OID))
    {
        let pos = from + rel + OID.len();
        if let (Some(tag), Some((len, n))) = (der.get(pos), der_len(der, pos + 1)) {
            if matches!(tag, 0x0c | 0x13 | 0x16) {
                if let Some(s) = der
                    .get(pos + 1 + n..pos + 1 + n + len)
                    .and_then(|b| std::str::from_utf8(b).ok())
                {
                    found = Some(s.to_owned());
                }
            }
        }
        from = pos;
    }
    found.filter(|n| is_domain(n))
}

// --- SHA-256 (FIPS 180-4) -----------------------------------------------------------------

const K: [u32; 64] = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];

fn sha256(data: &[u8]) -> [u8; 32] {
    let mut h: [u32; 8] = [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
        0x5be0cd19,
    ];
    let mut msg = data.to_vec();
    let bits = (data.len() as u64).wrapping_mul(8);
    msg.push(0x80);
    while msg.len() % 64 != 56 {
        msg.push(0);
    }
    msg.extend_from_slice(&bits.to_be_bytes());
    for block in msg.chunks(64) {
        let mut w = [0u32; 64];
        for (i, word) in block.chunks(4).enumerate() {
            w[i] = u32::from_be_bytes([word[0], word[1], word[2], word[3]]);
        }
        for i in 16..64 {
            let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
            let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16]
                .wrapping_add(s0)
                .wrapping_add(w[i - 7])
                .wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = h;
        for i in 0..64 {
            let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(K[i])
                .wrapping_add(w[i]);
            let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            hh = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (slot, v) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
            *slot = slot.wrapping_add(v);
        }
    }
    let mut out = [0u8; 32];
    for (i, v) in h.iter().enumerate() {
        out[i * 4..i * 4 + 4].copy_from_slice(&v.to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn sha256_known_answers() {
        assert_eq!(
            fingerprint(b"abc").replace(':', ""),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(
            fingerprint(b"").replace(':', ""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        let long = vec![b'a'; 1000];
        assert_eq!(
            fingerprint(&long).replace(':', ""),
            "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"
        );
    }

    #[test]
    fn reads_a_real_certificate() {
        let blocks = pem_blocks(CERT, |l| l == "CERTIFICATE");
        assert_eq!(blocks.len(), 1);
        let info = inspect(&blocks[0], Utc::now());
        assert_eq!(info.domain_names, vec!["example.com", "www.example.com"]);
        assert_eq!(info.not_before.to_rfc3339(), "2026-11-22T17:33:02+00:00");
        assert_eq!(info.not_after.to_rfc3339(), "2027-11-22T17:33:02+00:00");
        // openssl x509 -noout -fingerprint -sha256
        assert_eq!(
            fingerprint(&blocks[0]).to_uppercase(),
            "E9:58:C3:28:8B:B8:34:E7:CC:E5:2A:D8:5B:61:7D:FC:09:28:F4:6D:0C:A3:7B:65:48:15:07:6C:C9:46:3D:43"
        );
        assert_eq!(common_name(&blocks[0]).as_deref(), Some("example.com"));
    }

    #[test]
    fn pem_markers_are_required() {
        assert!(pem_blocks("-----BEGIN CERTIFICATE-----\n...", |_| true).is_empty());
        assert!(pem_blocks("no pem here", |_| true).is_empty());
        assert_eq!(
            pem_blocks(
                "-----BEGIN PRIVATE KEY-----\nxyz\n-----END PRIVATE KEY-----",
                |l| l.ends_with("PRIVATE KEY")
            )
            .len(),
            1
        );
        assert!(is_domain("www.example.com") && is_domain("*.example.com"));
        assert!(!is_domain("example") && !is_domain("bad domain.com"));
    }
}
