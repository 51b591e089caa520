//! Shared pieces of the integration tests: a loopback mock API that fails loudly on anything
//! unexpected, a client configured for fast tests, and realistic JSON bodies.

#![allow(dead_code)]

use hetzcloud::{Client, ClientBuilder, PollPolicy, RetryPolicy};
use serde_json::{json, Value};
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

/// The token every test client uses; no error, log or `Debug` output may ever show it.
pub const TOKEN: &str = "hc-test-token-Zq9s3cr3tXv7";

/// The path prefix of the mock API, so every test also proves the endpoint's path is kept.
pub const PREFIX: &str = "/v1";

/// `/v1` + `path`.
pub fn p(path: &str) -> String {
    format!("{PREFIX}{path}")
}

/// A mock API on 127.0.0.1 whose lowest-priority mock answers anything unexpected with a loud
/// 599 — and which fails the test when dropped if that ever happened.
pub async fn mock_api() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(599).set_body_string("unexpected request"))
        .with_priority(u8::MAX)
        .named("catch-all for unexpected requests")
        .expect(0)
        .mount(&server)
        .await;
    server
}

/// How many requests `server` has received (including unexpected ones).
pub async fn request_count(server: &MockServer) -> usize {
    server
        .received_requests()
        .await
        .expect("request recording is on")
        .len()
}

/// A retry policy with the default decisions but millisecond delays.
pub fn fast_retry() -> RetryPolicy {
    RetryPolicy {
        base_delay: Duration::from_millis(1),
        max_delay: Duration::from_millis(20),
        max_rate_limit_wait: Duration::from_millis(150),
        ..Default::default()
    }
}

/// A poll policy with millisecond intervals and a generous overall deadline.
pub fn fast_poll() -> PollPolicy {
    PollPolicy {
        initial: Duration::from_millis(1),
        fast_polls: 1000,
        factor: 1.0,
        max: Duration::from_millis(5),
        timeout: Some(Duration::from_secs(10)),
        ..Default::default()
    }
}

/// The endpoint of `server` including [`PREFIX`].
pub fn endpoint(server: &MockServer) -> String {
    format!("{}{PREFIX}", server.uri())
}

/// A builder aimed at `server` with the test token, fast retries and fast polling.
pub fn builder(server: &MockServer) -> ClientBuilder {
    Client::builder()
        .endpoint(endpoint(server))
        .token(TOKEN)
        .timeout(Duration::from_secs(5))
        .retry(fast_retry())
        .poll(fast_poll())
}

/// [`builder`], built.
pub fn client(server: &MockServer) -> Client {
    builder(server).build().expect("test client builds")
}

/// Panics if `text` shows the token.
pub fn assert_no_token(text: &str) {
    assert!(!text.contains(TOKEN), "the token leaked into: {text}");
    assert!(
        !text.contains("s3cr3t"),
        "part of the token leaked into: {text}"
    );
}

/// Panics if the error shows the token in `Display` or `Debug`.
pub fn assert_error_hides_token(e: &hetzcloud::Error) {
    assert_no_token(&format!("{e}"));
    assert_no_token(&format!("{e:?}"));
    assert_no_token(&format!("{e:#?}"));
}

/// Seconds since the Unix epoch.
pub fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("clock after 1970")
        .as_secs() as i64
}

/// Adds the three `RateLimit-*` headers.
pub fn with_rate_limit(
    t: ResponseTemplate,
    limit: u32,
    remaining: u32,
    reset: i64,
) -> ResponseTemplate {
    t.insert_header("RateLimit-Limit", limit.to_string())
        .insert_header("RateLimit-Remaining", remaining.to_string())
        .insert_header("RateLimit-Reset", reset.to_string())
}

/// `{"error": {"code", "message", "details"}}`.
pub fn error_body(code: &str, message: &str, details: Value) -> Value {
    json!({"error": {"code": code, "message": message, "details": details}})
}

/// An error answer with the documented body and a correlation id.
pub fn error_response(status: u16, code: &str, message: &str) -> ResponseTemplate {
    ResponseTemplate::new(status)
        .insert_header("X-Correlation-Id", format!("corr-{code}"))
        .set_body_json(error_body(code, message, Value::Null))
}

fn price(location: &str) -> Value {
    json!({
        "location": location,
        "price_hourly": {"net": "0.0050000000", "gross": "0.0059500000000000"},
        "price_monthly": {"net": "3.2900000000", "gross": "3.9151000000000000"},
        "included_traffic": 21990232555520i64,
        "price_per_tb_traffic": {"net": "1.0000000000", "gross": "1.1900000000000000"}
    })
}

/// A complete server as `GET /servers/{id}` describes it.
pub fn server_json(id: i64, name: &str) -> Value {
    json!({
        "id": id,
        "name": name,
        "status": "running",
        "created": "2016-01-30T23:55:00Z",
        "public_net": {
            "ipv4": {"id": 42, "ip": "1.2.3.4", "blocked": false, "dns_ptr": "server01.example.com"},
            "ipv6": {
                "id": 42,
                "ip": "2001:db8::/64",
                "blocked": false,
                "dns_ptr": [{"ip": "2001:db8::1", "dns_ptr": "server.example.com"}]
            },
            "floating_ips": [478],
            "firewalls": [{"id": 42, "status": "applied"}]
        },
        "private_net": [{
            "network": 4711,
            "ip": "10.0.0.2",
            "alias_ips": [],
            "mac_address": "86:00:ff:2a:7d:e1"
        }],
        "server_type": {
            "id": 1,
            "name": "cpx11",
            "description": "CPX11",
            "cores": 2,
            "memory": 2,
            "disk": 40,
            "deprecated": false,
            "prices": [price("fsn1")],
            "storage_type": "local",
            "cpu_type": "shared",
            "category": "regular_purpose",
            "architecture": "x86",
            "deprecation": null,
            "locations": [{"id": 1, "name": "fsn1", "deprecation": null, "recommended": true, "available": true}]
        },
        "location": {
            "id": 1,
            "name": "fsn1",
            "description": "Falkenstein DC Park 1",
            "country": "DE",
            "city": "Falkenstein",
            "latitude": 50.47612,
            "longitude": 12.370071,
            "network_zone": "eu-central"
        },
        "image": {
            "id": 42,
            "type": "system",
            "status": "available",
            "name": "ubuntu-24.04",
            "description": "Ubuntu 24.04",
            "image_size": 2.3,
            "disk_size": 10,
            "created": "2016-01-30T23:55:00Z",
            "created_from": null,
            "bound_to": null,
            "os_flavor": "ubuntu",
            "os_version": "24.04",
            "rapid_deploy": false,
            "protection": {"delete": false},
            "deprecated": null,
            "deleted": null,
            "labels": {},
            "architecture": "x86"
        },
        "iso": null,
        "rescue_enabled": false,
        "locked": false,
        "backup_window": "22-02",
        "outgoing_traffic": 123456,
        "ingoing_traffic": 123456,
        "included_traffic": 654321,
        "protection": {"delete": false, "rebuild": false},
        "labels": {"env": "test"},
        "volumes": [],
        "load_balancers": [],
        "primary_disk_size": 50,
        "placement_group": null
    })
}

/// An SSH key as `GET /ssh_keys/{id}` describes it.
pub fn ssh_key_json(id: i64, name: &str) -> Value {
    json!({
        "id": id,
        "name": name,
        "fingerprint": "b7:2f:30:a0:2f:6c:58:6c:21:04:58:61:ba:06:3b:2f",
        "public_key": "ssh-rsa AAAjjk76kgf...Xt",
        "labels": {},
        "created": "2016-01-30T23:55:00Z"
    })
}

/// An action of `command` on server 42.
pub fn action_json(id: i64, status: &str, progress: i32) -> Value {
    let finished = if status == "running" {
        Value::Null
    } else {
        json!("2016-01-30T23:56:00Z")
    };
    json!({
        "id": id,
        "command": "start_server",
        "status": status,
        "progress": progress,
        "started": "2016-01-30T23:55:00Z",
        "finished": finished,
        "resources": [{"id": 42, "type": "server"}],
        "error": null
    })
}

/// An action that ended in `error` with this code and message.
pub fn failed_action_json(id: i64, code: &str, message: &str) -> Value {
    let mut a = action_json(id, "error", 100);
    a["error"] = json!({"code": code, "message": message});
    a
}

/// `meta.pagination` of a list answer.
pub fn pagination(
    page: i64,
    per_page: i64,
    last_page: Option<i64>,
    next_page: Option<i64>,
    total_entries: Option<i64>,
) -> Value {
    json!({
        "pagination": {
            "page": page,
            "per_page": per_page,
            "previous_page": if page > 1 { json!(page - 1) } else { Value::Null },
            "next_page": next_page,
            "last_page": last_page,
            "total_entries": total_entries
        }
    })
}

/// The values of every `key` query parameter of `req`, in order.
pub fn query_values(req: &wiremock::Request, key: &str) -> Vec<String> {
    req.url
        .query_pairs()
        .filter(|(k, _)| k == key)
        .map(|(_, v)| v.into_owned())
        .collect()
}

/// The single `key` query parameter of `req`, parsed as a number.
pub fn query_number(req: &wiremock::Request, key: &str) -> Option<i64> {
    query_values(req, key).first()?.parse().ok()
}
