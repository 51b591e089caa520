//! The machinery every family shares: the binary, CORS, the rate limit, correlation ids,
//! routing errors, injected faults (as the core client sees them), the `/_emulator/` control
//! endpoints and the metadata service.

use hetzcloud::metadata::MetadataClient;
use hetzcloud::models::CreateSshKeyRequest;
use hetzcloud::{ApiRequest, CallOptions, Client, Error, ErrorCode, Method, RetryPolicy};
use hetzcloud_emulator::{Config, Emulator, FaultKind, FaultRule};
use serde_json::{json, Value};
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const KEY: &str =
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDuMvPBCnmQa+ZsFyLjbS2N/QxvHXpL+M1Tb/M5fSHbQ a@x";
const KEY2: &str =
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHz6mBkSxNPu0a8jK1bQ7bt0Lx6pXxYWvY1oQ0pU9W0A b@x";

fn http() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap()
}

/// A client whose retry policy is the default one with short delays, so recoveries are quick.
fn retrying(emu: &Emulator) -> Client {
    Client::builder()
        .endpoint(emu.url())
        .token(emu.token())
        .retry(RetryPolicy {
            base_delay: Duration::from_millis(10),
            max_delay: Duration::from_millis(50),
            max_rate_limit_wait: Duration::from_millis(200),
            ..RetryPolicy::default()
        })
        .build()
        .unwrap()
}

fn no_retry(emu: &Emulator) -> Client {
    Client::builder()
        .endpoint(emu.url())
        .token(emu.token())
        .retry(RetryPolicy::none())
        .build()
        .unwrap()
}

async fn control(
    emu: &Emulator,
    method: reqwest::Method,
    path: &str,
    body: Option<Value>,
) -> reqwest::Response {
    let mut req = http().request(method, format!("{}/_emulator/{path}", emu.base_url()));
    if let Some(b) = body {
        req = req.json(&b);
    }
    req.send().await.unwrap()
}

async fn recorded(emu: &Emulator) -> Vec<Value> {
    control(emu, reqwest::Method::GET, "requests", None)
        .await
        .json()
        .await
        .unwrap()
}

async fn add_fault(emu: &Emulator, rule: &FaultRule) {
    let r = http()
        .post(format!("{}/_emulator/faults", emu.base_url()))
        .json(rule)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 204);
}

fn rule(kind: FaultKind, times: Option<u32>) -> FaultRule {
    FaultRule {
        kind,
        times,
        path: None,
        method: None,
    }
}

// ---------------------------------------------------------------------------------------------
// The binary

/// Kills the child by its PID when dropped (the test fails or not).
struct Spawned(Child);

impl Drop for Spawned {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts the binary and reads the URL it prints (at most 20 s).
fn spawn(args: &[&str]) -> (Spawned, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_hetzcloud-emulator"))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let child = Spawned(child);
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut line = String::new();
        let _ = BufReader::new(stdout).read_line(&mut line);
        let _ = tx.send(line);
    });
    let line = rx
        .recv_timeout(Duration::from_secs(20))
        .expect("the emulator prints its URL within 20 s");
    (child, line.trim().to_owned())
}

/// Waits (at most 10 s) for the process to exit; its exit code.
fn exit_code(mut child: Child) -> Option<i32> {
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        if let Some(status) = child.try_wait().unwrap() {
            return status.code();
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("the process did not exit within 10 s");
}

#[tokio::test]
async fn the_binary_prints_its_url_and_serves() {
    let (child, url) = spawn(&[
        "--port",
        "0",
        "--token",
        "T",
        "--action-duration",
        "0ms",
        "--fault",
        "status=503,times=1,path=/v1/ssh_keys",
    ]);
    assert!(
        url.starts_with("http://127.0.0.1:") && url.ends_with("/v1"),
        "{url}"
    );
    let get = |token: &'static str| {
        let url = url.clone();
        async move {
            http()
                .get(format!("{url}/ssh_keys"))
                .bearer_auth(token)
                .send()
                .await
                .unwrap()
        }
    };
    // The fault given on the command line hits the first request only.
    assert_eq!(get("T").await.status(), 503);
    let ok = get("T").await;
    assert_eq!(ok.status(), 200);
    assert_eq!(ok.headers()["ratelimit-limit"], "3600");
    let body: Value = ok.json().await.unwrap();
    assert_eq!(body["ssh_keys"], json!([]));
    assert_eq!(get("wrong").await.status(), 401);
    // And the core client works against it.
    let c = Client::builder().endpoint(&url).token("T").build().unwrap();
    let key = c
        .ssh_keys()
        .create(&CreateSshKeyRequest::new("k", KEY))
        .await
        .unwrap();
    assert_eq!(key.status, 201);
    // Stop it by its PID (SIGKILL) and reap it.
    let mut child = child;
    child.0.kill().unwrap();
    let status = child.0.wait().unwrap();
    assert!(!status.success());
}

#[test]
fn the_binary_rejects_bad_options_and_explains() {
    let run = |args: &[&str]| {
        let child = Command::new(env!("CARGO_BIN_EXE_hetzcloud-emulator"))
            .args(args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        exit_code(child)
    };
    assert_eq!(run(&["--help"]), Some(0));
    assert_eq!(run(&["--port", "x"]), Some(2));
    assert_eq!(run(&["--fault", "explode"]), Some(2));
    assert_eq!(run(&["--frobnicate", "1"]), Some(2));
}

// ---------------------------------------------------------------------------------------------
// CORS, correlation ids, routing errors

#[tokio::test]
async fn cors_preflight_is_allowed() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    let r = http()
        .request(
            reqwest::Method::OPTIONS,
            format!("{}/servers/42/actions/poweron", emu.url()),
        )
        .header("origin", "http://localhost:3000")
        .header("access-control-request-method", "POST")
        .header(
            "access-control-request-headers",
            "authorization, content-type",
        )
        .send()
        .await
        .unwrap();
    assert!(r.status().is_success(), "{}", r.status());
    let h = r.headers();
    let allow_origin = h["access-control-allow-origin"].to_str().unwrap();
    assert!(
        allow_origin == "*" || allow_origin == "http://localhost:3000",
        "{allow_origin}"
    );
    let methods = h["access-control-allow-methods"].to_str().unwrap();
    assert!(methods == "*" || methods.contains("POST"), "{methods}");
    assert!(h.contains_key("access-control-allow-headers"));
    emu.stop().await;
}

/// A browser never lets `Access-Control-Allow-Headers: *` cover `Authorization` (Fetch
/// standard, CORS-preflight fetch): the header has to be listed or mirrored, or every
/// authenticated request from a page fails its preflight.
#[tokio::test]
async fn cors_preflight_names_the_authorization_header() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    let r = http()
        .request(reqwest::Method::OPTIONS, format!("{}/servers", emu.url()))
        .header("origin", "http://localhost:3000")
        .header("access-control-request-method", "GET")
        .header("access-control-request-headers", "authorization")
        .send()
        .await
        .unwrap();
    let allowed = r.headers()["access-control-allow-headers"]
        .to_str()
        .unwrap()
        .to_ascii_lowercase();
    assert!(
        allowed.split(',').any(|h| h.trim() == "authorization"),
        "Access-Control-Allow-Headers: {allowed}"
    );
    emu.stop().await;
}

#[tokio::test]
async fn answers_expose_rate_limit_and_correlation_headers_to_pages() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    let r = http()
        .get(format!("{}/ssh_keys", emu.url()))
        .bearer_auth("t")
        .header("origin", "http://localhost:3000")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let h = r.headers();
    assert!(h.contains_key("access-control-allow-origin"));
    let exposed = h["access-control-expose-headers"]
        .to_str()
        .unwrap()
        .to_ascii_lowercase();
    for name in [
        "ratelimit-limit",
        "ratelimit-remaining",
        "ratelimit-reset",
        "x-correlation-id",
    ] {
        assert!(exposed.contains(name), "{name} not in `{exposed}`");
        assert!(h.contains_key(name), "{name} missing");
    }
    emu.stop().await;
}

/// Injected answers (429, 5xx) are made before the CORS layer sees the request; a page must
/// still be able to read them, or a browser reports them as network errors.
#[tokio::test]
async fn injected_answers_are_readable_by_pages_too() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    for kind in [FaultKind::RateLimited, FaultKind::Status { status: 503 }] {
        add_fault(&emu, &rule(kind, Some(1))).await;
        let r = http()
            .get(format!("{}/ssh_keys", emu.url()))
            .bearer_auth("t")
            .header("origin", "http://localhost:3000")
            .send()
            .await
            .unwrap();
        assert!(r.status().as_u16() >= 429, "{}", r.status());
        let h = r.headers();
        assert_eq!(h["access-control-allow-origin"], "*");
        let exposed = h["access-control-expose-headers"].to_str().unwrap();
        assert!(exposed.contains("x-correlation-id"), "{exposed}");
    }
    // Without an Origin (not a browser) nothing is added.
    add_fault(&emu, &rule(FaultKind::Status { status: 503 }, Some(1))).await;
    let r = http()
        .get(format!("{}/ssh_keys", emu.url()))
        .bearer_auth("t")
        .send()
        .await
        .unwrap();
    assert!(!r.headers().contains_key("access-control-allow-origin"));
    emu.stop().await;
}

#[tokio::test]
async fn every_answer_has_a_distinct_correlation_id() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    let base = emu.base_url();
    let api = emu.url();
    let cases: Vec<(reqwest::Method, String, bool)> = vec![
        (reqwest::Method::GET, format!("{api}/ssh_keys"), true),
        (reqwest::Method::GET, format!("{api}/ssh_keys/12345"), true),
        (reqwest::Method::GET, format!("{api}/ssh_keys"), false), // 401
        (reqwest::Method::GET, format!("{api}/nothing/here"), true),
        (reqwest::Method::PATCH, format!("{api}/servers"), true),
        (reqwest::Method::POST, format!("{api}/ssh_keys"), true), // 422
        (reqwest::Method::GET, format!("{api}/servers"), true),   // 501 until emulated, else 200
        (
            reqwest::Method::GET,
            format!("{base}/hetzner/v1/metadata"),
            false,
        ),
        (
            reqwest::Method::GET,
            format!("{base}/_emulator/health"),
            false,
        ),
    ];
    let mut seen = std::collections::HashSet::new();
    for (method, url, auth) in cases {
        let mut req = http().request(method.clone(), &url);
        if auth {
            req = req.bearer_auth("t");
        }
        let r = req.send().await.unwrap();
        let id = r
            .headers()
            .get("x-correlation-id")
            .unwrap_or_else(|| panic!("{method} {url} ({}) has no X-Correlation-Id", r.status()))
            .to_str()
            .unwrap()
            .to_owned();
        assert!(!id.is_empty());
        assert!(seen.insert(id.clone()), "{id} repeated");
    }
    emu.stop().await;
}

#[tokio::test]
async fn wrong_methods_and_unknown_paths_answer_api_errors() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    let r = http()
        .patch(format!("{}/servers", emu.url()))
        .bearer_auth("t")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 405);
    assert!(r.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("application/json"));
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["error"]["code"], "method_not_allowed");
    assert!(body["error"]["message"].is_string());

    let c = no_retry(&emu);
    let opts = CallOptions::no_retry();
    let e = c
        .execute_json(ApiRequest::new(Method::Get, "/no_such_thing"), &opts)
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");
    assert_eq!(e.api().unwrap().status, 404);
    let e = c
        .execute_json(ApiRequest::new(Method::Delete, "/ssh_keys"), &opts)
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::MethodNotAllowed), "{e}");
    // Without a token the gate answers first.
    let r = http()
        .get(format!("{}/ssh_keys", emu.url()))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["error"]["code"], "unauthorized");
    emu.stop().await;
}

// ---------------------------------------------------------------------------------------------
// Rate limit

#[tokio::test]
async fn rate_limit_runs_out_with_429_and_headers() {
    let emu = Emulator::start(Config {
        rate_limit: 3,
        ..Config::default()
    })
    .await
    .unwrap();
    let c = no_retry(&emu);
    for left in [2, 1, 0] {
        let r = c.ssh_keys().list(&Default::default()).await.unwrap();
        let rl = r.rate_limit.unwrap();
        assert_eq!((rl.limit, rl.remaining), (3, left));
    }
    let e = c.ssh_keys().list(&Default::default()).await.unwrap_err();
    assert!(e.is(ErrorCode::RateLimitExceeded), "{e}");
    assert_eq!(e.api().unwrap().status, 429);
    let rl = c.rate_limit().unwrap();
    assert_eq!((rl.limit, rl.remaining), (3, 0));
    let now = chrono::Utc::now().timestamp();
    // Refilled one request every 3600 / 3 = 1200 s: the full limit is back in about an hour.
    assert!(
        rl.reset > now + 1000 && rl.reset <= now + 3601,
        "reset {} vs now {now}",
        rl.reset
    );
    assert_eq!(rl.next_request_in(), Duration::from_secs(1200));
    emu.stop().await;
}

#[tokio::test]
async fn rate_limit_refills_one_request_at_a_time() {
    // 3600 per hour: one more request every second. Use the bucket up (bounded), then wait.
    let emu = Emulator::start(Config {
        rate_limit: 3600,
        ..Config::default()
    })
    .await
    .unwrap();
    let h = http();
    let url = format!("{}/ssh_keys", emu.url());
    let mut limited_at = None;
    let t = Instant::now();
    for i in 0..4000 {
        let r = h.get(&url).bearer_auth("t").send().await.unwrap();
        if r.status() == 429 {
            assert_eq!(r.headers()["ratelimit-remaining"], "0");
            let body: Value = r.json().await.unwrap();
            assert_eq!(body["error"]["code"], "rate_limit_exceeded");
            limited_at = Some(i);
            break;
        }
    }
    let n = limited_at.expect("the limit runs out within 4000 requests");
    // 3600, plus the ones refilled (one a second) while the loop ran.
    let refilled = t.elapsed().as_secs() as usize + 1;
    assert!(
        (3600..=3600 + refilled).contains(&n),
        "limited after {n} requests in {:?}",
        t.elapsed()
    );
    // One request per second comes back: after a pause, at least one is allowed again, and no
    // more than the seconds that passed (measured, since a loaded machine stretches the pause).
    let pause = Instant::now();
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let mut allowed = 0;
    for _ in 0..20 {
        let r = h.get(&url).bearer_auth("t").send().await.unwrap();
        if r.status() == 429 {
            break;
        }
        assert_eq!(r.status(), 200);
        allowed += 1;
    }
    let bound = pause.elapsed().as_secs_f64().ceil() as usize;
    assert!(
        (1..=bound).contains(&allowed),
        "{allowed} requests refilled in {:?}",
        pause.elapsed()
    );
    emu.stop().await;
}

// ---------------------------------------------------------------------------------------------
// Faults, as the core client sees them

#[tokio::test]
async fn latency_fault_delays_the_answer() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    add_fault(&emu, &rule(FaultKind::Latency { ms: 300 }, Some(1))).await;
    let c = no_retry(&emu);
    let t = Instant::now();
    c.ssh_keys().list(&Default::default()).await.unwrap();
    assert!(
        t.elapsed() >= Duration::from_millis(300),
        "{:?}",
        t.elapsed()
    );
    let t = Instant::now();
    c.ssh_keys().list(&Default::default()).await.unwrap();
    assert!(t.elapsed() < Duration::from_millis(300), "used up");
    emu.stop().await;
}

#[tokio::test]
async fn status_faults_are_retried_as_the_policy_says() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    let c = retrying(&emu);
    // 502, 503 and 504 once: the default policy retries and the call succeeds.
    for (status, code) in [(502, "bad_gateway"), (503, "unavailable"), (504, "timeout")] {
        control(&emu, reqwest::Method::DELETE, "requests", None).await;
        add_fault(&emu, &rule(FaultKind::Status { status }, Some(1))).await;
        let r = c.ssh_keys().list(&Default::default()).await;
        assert!(r.is_ok(), "{status}: {:?}", r.err());
        let log = recorded(&emu).await;
        let statuses: Vec<u64> = log.iter().map(|r| r["status"].as_u64().unwrap()).collect();
        assert_eq!(statuses, vec![u64::from(status), 200], "{code}");
        // Without retries the client reports the API error.
        add_fault(&emu, &rule(FaultKind::Status { status }, Some(1))).await;
        let e = no_retry(&emu)
            .ssh_keys()
            .list(&Default::default())
            .await
            .unwrap_err();
        let api = e.api().unwrap();
        assert_eq!((api.status, api.code.as_str()), (status, code), "{e}");
        assert!(api.correlation_id.is_some());
    }
    // 500 is not retried.
    add_fault(&emu, &rule(FaultKind::Status { status: 500 }, Some(1))).await;
    let e = c.ssh_keys().list(&Default::default()).await.unwrap_err();
    assert_eq!(e.api().unwrap().status, 500, "{e}");
    assert!(e.is(ErrorCode::ServerError), "{e}");
    assert!(c.ssh_keys().list(&Default::default()).await.is_ok());
    emu.stop().await;
}

#[tokio::test]
async fn rate_limited_fault_waits_for_the_reset_then_recovers() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    add_fault(&emu, &rule(FaultKind::RateLimited, Some(1))).await;
    let e = no_retry(&emu)
        .ssh_keys()
        .list(&Default::default())
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::RateLimitExceeded), "{e}");
    add_fault(&emu, &rule(FaultKind::RateLimited, Some(1))).await;
    let c = retrying(&emu);
    let t = Instant::now();
    c.ssh_keys().list(&Default::default()).await.unwrap();
    // The client waited for RateLimit-Reset, capped by max_rate_limit_wait (200 ms).
    assert!(
        t.elapsed() >= Duration::from_millis(150),
        "{:?}",
        t.elapsed()
    );
    emu.stop().await;
}

#[tokio::test]
async fn dropped_connections_are_retried_only_when_safe() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    add_fault(&emu, &rule(FaultKind::Drop, Some(1))).await;
    let e = no_retry(&emu)
        .ssh_keys()
        .list(&Default::default())
        .await
        .unwrap_err();
    assert!(matches!(e, Error::Transport { .. }), "{e:?}");
    // GET is idempotent: retried and recovered.
    add_fault(&emu, &rule(FaultKind::Drop, Some(1))).await;
    let c = retrying(&emu);
    c.ssh_keys().list(&Default::default()).await.unwrap();
    // POST is not: the error comes back.
    add_fault(&emu, &rule(FaultKind::Drop, Some(1))).await;
    let e = c
        .ssh_keys()
        .create(&CreateSshKeyRequest::new("k", KEY))
        .await
        .unwrap_err();
    assert!(matches!(e, Error::Transport { .. }), "{e:?}");
    emu.stop().await;
}

#[tokio::test]
async fn truncated_bodies_are_errors() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    let c = no_retry(&emu);
    c.ssh_keys()
        .create(&CreateSshKeyRequest::new("k", KEY))
        .await
        .unwrap();
    add_fault(&emu, &rule(FaultKind::Truncate, Some(1))).await;
    let e = c.ssh_keys().list(&Default::default()).await.unwrap_err();
    assert!(
        matches!(e, Error::Transport { .. } | Error::Decode { .. }),
        "{e:?}"
    );
    let log = recorded(&emu).await;
    assert_eq!(
        log.last().unwrap()["status"],
        200,
        "the answer started fine"
    );
    assert_eq!(
        c.ssh_keys()
            .list(&Default::default())
            .await
            .unwrap()
            .ssh_keys
            .len(),
        1
    );
    emu.stop().await;
}

#[tokio::test]
async fn html_error_pages_are_api_errors_with_the_status() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    add_fault(&emu, &rule(FaultKind::Html { status: 502 }, Some(1))).await;
    let e = no_retry(&emu)
        .ssh_keys()
        .list(&Default::default())
        .await
        .unwrap_err();
    let api = e.api().unwrap();
    assert_eq!(api.status, 502);
    assert!(e.is(ErrorCode::BadGateway), "{e}");
    assert!(api.message.contains("non-JSON"), "{}", api.message);
    // The policy retries a 502 page and recovers.
    add_fault(&emu, &rule(FaultKind::Html { status: 502 }, Some(1))).await;
    retrying(&emu)
        .ssh_keys()
        .list(&Default::default())
        .await
        .unwrap();
    // A 500 page: not retried, code derived from the status.
    add_fault(&emu, &rule(FaultKind::Html { status: 500 }, Some(1))).await;
    let e = retrying(&emu)
        .ssh_keys()
        .list(&Default::default())
        .await
        .unwrap_err();
    assert_eq!(e.api().unwrap().status, 500);
    emu.stop().await;
}

#[tokio::test]
async fn faults_from_the_config_filters_listing_and_clearing() {
    let emu = Emulator::start(Config {
        faults: vec![
            FaultRule::parse("status=503,times=1").unwrap(),
            FaultRule {
                kind: FaultKind::Status { status: 500 },
                times: None,
                path: Some("/v1/ssh_keys".into()),
                method: Some("POST".into()),
            },
        ],
        ..Config::default()
    })
    .await
    .unwrap();
    let c = retrying(&emu);
    // The one-time 503 is absorbed by the retry policy.
    c.ssh_keys().list(&Default::default()).await.unwrap();
    // Every POST /v1/ssh_keys fails; GET does not.
    for _ in 0..2 {
        let e = c
            .ssh_keys()
            .create(&CreateSshKeyRequest::new("k", KEY))
            .await
            .unwrap_err();
        assert_eq!(e.api().unwrap().status, 500, "{e}");
    }
    c.ssh_keys().list(&Default::default()).await.unwrap();
    let listed: Vec<FaultRule> = control(&emu, reqwest::Method::GET, "faults", None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(listed.len(), 1, "the used-up rule is gone: {listed:?}");
    assert_eq!(listed[0].path.as_deref(), Some("/v1/ssh_keys"));
    let bad = control(
        &emu,
        reqwest::Method::POST,
        "faults",
        Some(json!({"kind": "explode"})),
    )
    .await;
    assert_eq!(bad.status(), 400);
    assert_eq!(
        control(&emu, reqwest::Method::DELETE, "faults", None)
            .await
            .status(),
        204
    );
    c.ssh_keys()
        .create(&CreateSshKeyRequest::new("k", KEY))
        .await
        .unwrap();
    emu.stop().await;
}

// ---------------------------------------------------------------------------------------------
// Control endpoints

#[tokio::test]
async fn reset_empties_the_project_faults_and_log() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    let c = no_retry(&emu);
    c.ssh_keys()
        .create(&CreateSshKeyRequest::new("k", KEY))
        .await
        .unwrap();
    add_fault(
        &emu,
        &FaultRule {
            path: Some("/v1/nothing".into()),
            ..rule(FaultKind::Drop, None)
        },
    )
    .await;
    let r = control(&emu, reqwest::Method::POST, "reset", None).await;
    assert_eq!(r.status(), 204);
    assert!(recorded(&emu).await.is_empty());
    let faults: Vec<Value> = control(&emu, reqwest::Method::GET, "faults", None)
        .await
        .json()
        .await
        .unwrap();
    assert!(faults.is_empty());
    let keys = c.ssh_keys().list(&Default::default()).await.unwrap();
    assert!(keys.ssh_keys.is_empty());
    let health = control(&emu, reqwest::Method::GET, "health", None).await;
    assert_eq!(health.text().await.unwrap(), "ok");
    emu.stop().await;
}

#[tokio::test]
async fn state_dump_and_load_round_trip() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    let c = no_retry(&emu);
    let mut req = CreateSshKeyRequest::new("kept", KEY);
    req.labels = Some([("env".to_owned(), "prod".to_owned())].into());
    let kept = c.ssh_keys().create(&req).await.unwrap().ssh_key.clone();
    let dump: Value = control(&emu, reqwest::Method::GET, "state", None)
        .await
        .json()
        .await
        .unwrap();
    assert!(dump["ssh_keys"].is_object(), "{dump}");
    control(&emu, reqwest::Method::POST, "reset", None).await;
    assert!(c.ssh_keys().get(kept.id).await.is_err());
    let r = control(&emu, reqwest::Method::PUT, "state", Some(dump.clone())).await;
    assert_eq!(r.status(), 204);
    assert_eq!(c.ssh_keys().get(kept.id).await.unwrap().ssh_key, kept);
    // IDs go on from the loaded state.
    let next = c
        .ssh_keys()
        .create(&CreateSshKeyRequest::new("next", KEY2))
        .await
        .unwrap();
    assert!(next.ssh_key.id > kept.id);
    // A second dump is the first plus the new key.
    let again: Value = control(&emu, reqwest::Method::GET, "state", None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(again["ssh_keys"].as_object().unwrap().len(), 2);
    assert_eq!(again["reference"], dump["reference"]);
    let bad = control(
        &emu,
        reqwest::Method::PUT,
        "state",
        Some(json!({"ssh_keys": 5})),
    )
    .await;
    assert_eq!(bad.status(), 400);
    assert!(bad.text().await.unwrap().contains("not a state dump"));
    emu.stop().await;
}

#[tokio::test]
async fn requests_are_recorded_with_their_outcome() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    let c = no_retry(&emu);
    c.ssh_keys()
        .list(&hetzcloud::models::ListSshKeysParams::default().label_selector("env=prod"))
        .await
        .unwrap();
    let created = c
        .ssh_keys()
        .create(&CreateSshKeyRequest::new("k", KEY))
        .await
        .unwrap();
    let _ = c.ssh_keys().get(999_999).await;
    let log = recorded(&emu).await;
    assert_eq!(log.len(), 3, "control requests are not recorded: {log:?}");
    assert_eq!(log[0]["method"], "GET");
    assert_eq!(log[0]["path"], "/v1/ssh_keys");
    assert_eq!(log[0]["query"], "label_selector=env%3Dprod");
    assert_eq!(log[0]["status"], 200);
    assert_eq!(log[1]["method"], "POST");
    assert_eq!(log[1]["status"], 201);
    let sent: Value = serde_json::from_str(log[1]["body"].as_str().unwrap()).unwrap();
    assert_eq!(sent["name"], "k");
    assert_eq!(
        log[1]["correlation_id"].as_str(),
        created.correlation_id.as_deref()
    );
    assert_eq!(log[2]["path"], "/v1/ssh_keys/999999");
    assert_eq!(log[2]["status"], 404);
    let r = control(&emu, reqwest::Method::DELETE, "requests", None).await;
    assert_eq!(r.status(), 204);
    assert!(recorded(&emu).await.is_empty());
    emu.stop().await;
}

#[tokio::test]
async fn settings_are_read_and_changed_at_run_time() {
    let emu = Emulator::start(Config {
        action_duration: Duration::from_millis(250),
        max_per_kind: 7,
        ..Config::default()
    })
    .await
    .unwrap();
    let mut s: Value = control(&emu, reqwest::Method::GET, "settings", None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(s["action_duration_ms"], 250);
    assert_eq!(s["max_per_kind"], 7);
    assert_eq!(s["fail_next"], json!([]));
    s["max_per_kind"] = json!(1);
    s["action_duration_ms"] = json!(0);
    let r = control(&emu, reqwest::Method::PUT, "settings", Some(s)).await;
    assert_eq!(r.status(), 204);
    let c = no_retry(&emu);
    c.ssh_keys()
        .create(&CreateSshKeyRequest::new("a", KEY))
        .await
        .unwrap();
    let e = c
        .ssh_keys()
        .create(&CreateSshKeyRequest::new("b", KEY2))
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::ResourceLimitExceeded), "{e}");
    assert_eq!(e.api().unwrap().status, 403);
    let r = control(
        &emu,
        reqwest::Method::POST,
        "actions/fail",
        Some(json!({"command": "start_server"})),
    )
    .await;
    assert_eq!(r.status(), 204);
    let s: Value = control(&emu, reqwest::Method::GET, "settings", None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(s["fail_next"][0]["command"], "start_server");
    assert_eq!(s["fail_next"][0]["code"], "action_failed");
    let bad = control(
        &emu,
        reqwest::Method::PUT,
        "settings",
        Some(json!({"max_per_kind": "x"})),
    )
    .await;
    assert_eq!(bad.status(), 400);
    emu.stop().await;
}

/// A server in the state, built from the reference data of a dump (status `off`).
fn with_server(mut dump: Value, id: i64, network: Option<i64>) -> Value {
    let server_type = dump["reference"]["server_types"]
        .as_object()
        .and_then(|t| t.values().next())
        .cloned()
        .expect("a server type in the reference data");
    let location = dump["reference"]["locations"]
        .as_object()
        .and_then(|t| t.values().next())
        .cloned()
        .expect("a location in the reference data");
    let private_net = match network {
        Some(n) => json!([{"network": n, "ip": "10.0.1.2", "alias_ips": ["10.0.1.3"],
                           "mac_address": "86:00:00:2a:7d:e0"}]),
        None => json!([]),
    };
    let server = json!({
        "id": id, "name": "meta-1", "status": "off", "created": "2024-01-01T00:00:00Z",
        "public_net": {
            "ipv4": {"ip": "203.0.113.7", "blocked": false,
                     "dns_ptr": "static.7.113.0.203.clients.your-server.de"},
            "ipv6": null, "floating_ips": [], "firewalls": []
        },
        "private_net": private_net,
        "server_type": server_type, "location": location,
        "image": null, "iso": null, "rescue_enabled": false, "locked": false,
        "backup_window": null, "outgoing_traffic": 0, "ingoing_traffic": 0,
        "included_traffic": 21990232555520i64,
        "protection": {"delete": false, "rebuild": false}, "labels": {},
        "volumes": [], "load_balancers": [], "primary_disk_size": 40.0, "placement_group": null
    });
    let decoded: hetzcloud::models::Server =
        serde_json::from_value(server.clone()).expect("the server fits the model");
    assert_eq!(decoded.id, id);
    dump["servers"][id.to_string()] = server;
    if let Some(n) = network {
        dump["networks"][n.to_string()] = json!({
            "id": n, "name": "backend", "ip_range": "10.0.0.0/16",
            "subnets": [{"type": "cloud", "ip_range": "10.0.1.0/24", "network_zone": "eu-central",
                         "gateway": "10.0.0.1", "vswitch_id": null}],
            "routes": [], "servers": [id], "load_balancers": [],
            "protection": {"delete": false}, "labels": {}, "created": "2024-01-01T00:00:00Z",
            "expose_routes_to_vswitch": false
        });
    }
    dump
}

#[tokio::test]
async fn metadata_answers_for_a_server_of_the_project() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    let endpoint = format!("{}/hetzner/v1/metadata", emu.base_url());
    let md = MetadataClient::new()
        .with_endpoint(&endpoint)
        .with_timeout(Duration::from_secs(5));
    // No server yet: the service has nothing to say.
    assert!(md.hostname().await.is_err());
    assert!(!md.is_hetzner_server().await);

    let dump: Value = control(&emu, reqwest::Method::GET, "state", None)
        .await
        .json()
        .await
        .unwrap();
    let state = with_server(dump, 4711, Some(4800));
    let r = control(&emu, reqwest::Method::PUT, "state", Some(state)).await;
    assert_eq!(r.status(), 204, "{}", r.text().await.unwrap());

    assert_eq!(md.hostname().await.unwrap(), "meta-1");
    assert_eq!(md.instance_id().await.unwrap(), 4711);
    assert_eq!(
        md.public_ipv4().await.unwrap(),
        "203.0.113.7".parse::<std::net::Ipv4Addr>().unwrap()
    );
    let region = md.region().await.unwrap();
    assert!(!region.is_empty());
    let zone = md.availability_zone().await.unwrap();
    assert!(!zone.is_empty());
    let summary = md.summary().await.unwrap();
    assert_eq!(summary.hostname, "meta-1");
    assert_eq!(summary.instance_id, 4711);
    assert_eq!(summary.region, region);
    assert_eq!(summary.availability_zone, zone);
    assert_eq!(summary.public_ipv4, Some("203.0.113.7".parse().unwrap()));
    let nets = md.private_networks().await.unwrap();
    assert_eq!(nets.len(), 1);
    assert_eq!(nets[0].ip.to_string(), "10.0.1.2");
    assert_eq!(nets[0].alias_ips.len(), 1);
    assert_eq!(nets[0].network_id, 4800);
    assert_eq!(nets[0].network_name, "backend");
    assert_eq!(nets[0].subnet, "10.0.1.0/24");
    assert!(md.is_hetzner_server().await);
    // The API sees the loaded server too.
    let c = no_retry(&emu);
    match c.servers().get(4711).await {
        Ok(r) => assert_eq!(r.into_inner().server.unwrap().name, "meta-1"),
        Err(e) => assert_eq!(e.api().map(|a| a.status), Some(501), "{e}"),
    }
    emu.stop().await;
}

#[tokio::test]
async fn metadata_picks_the_server_asked_for() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    let dump: Value = control(&emu, reqwest::Method::GET, "state", None)
        .await
        .json()
        .await
        .unwrap();
    let mut state = with_server(dump, 10, None);
    let mut other = state["servers"]["10"].clone();
    other["id"] = json!(20);
    other["name"] = json!("meta-2");
    state["servers"]["20"] = other;
    let r = control(&emu, reqwest::Method::PUT, "state", Some(state)).await;
    assert_eq!(r.status(), 204);
    let base = format!("{}/hetzner/v1/metadata", emu.base_url());
    let get = |url: String, header: Option<&'static str>| async move {
        let mut req = http().get(url);
        if let Some(h) = header {
            req = req.header("x-emulator-server", h);
        }
        req.send().await.unwrap().text().await.unwrap()
    };
    assert_eq!(get(format!("{base}/hostname"), None).await, "meta-1");
    assert_eq!(
        get(format!("{base}/hostname?server=20"), None).await,
        "meta-2"
    );
    assert_eq!(get(format!("{base}/hostname"), Some("20")).await, "meta-2");
    let md = MetadataClient::new().with_endpoint(&base);
    assert!(md.private_networks().await.unwrap().is_empty());
    let r = http().get(format!("{base}/nothing")).send().await.unwrap();
    assert_eq!(r.status(), 404);
    emu.stop().await;
}

// ---------------------------------------------------------------------------------------------
// Failing actions on demand

#[tokio::test]
async fn the_next_action_fails_when_asked() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    let dump: Value = control(&emu, reqwest::Method::GET, "state", None)
        .await
        .json()
        .await
        .unwrap();
    let r = control(
        &emu,
        reqwest::Method::PUT,
        "state",
        Some(with_server(dump, 10, None)),
    )
    .await;
    assert_eq!(r.status(), 204);
    let r = control(
        &emu,
        reqwest::Method::POST,
        "actions/fail",
        Some(json!({"command": "start_server", "code": "server_error", "message": "it broke"})),
    )
    .await;
    assert_eq!(r.status(), 204);
    let c = emu.client();
    // A rule for another command leaves this one alone.
    control(
        &emu,
        reqwest::Method::POST,
        "actions/fail",
        Some(json!({"command": "stop_server"})),
    )
    .await;
    let a = c.servers().power_on(10).await.unwrap();
    assert_eq!(a.action.command, "start_server");
    let e = c.wait_for([&a.action]).await.unwrap_err();
    match &e {
        Error::ActionFailed(failed) => {
            assert_eq!(failed[0].code, "server_error");
            assert_eq!(failed[0].message, "it broke");
        }
        other => panic!("{other:?}"),
    }
    let failed = c.actions().get(a.action.id).await.unwrap();
    assert_eq!(failed.action.status.as_str(), "error");
    // The server did not start; the next attempt does.
    assert_eq!(
        c.servers()
            .get(10)
            .await
            .unwrap()
            .into_inner()
            .server
            .unwrap()
            .status
            .as_str(),
        "off"
    );
    let a = c.servers().power_on(10).await.unwrap();
    c.wait_for([&a.action]).await.unwrap();
    assert_eq!(
        c.servers()
            .get(10)
            .await
            .unwrap()
            .into_inner()
            .server
            .unwrap()
            .status
            .as_str(),
        "running"
    );
    // The stop_server rule is still waiting for its command.
    let s: Value = control(&emu, reqwest::Method::GET, "settings", None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(s["fail_next"][0]["command"], "stop_server");
    emu.stop().await;
}
