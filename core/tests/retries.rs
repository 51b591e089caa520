//! Retries against a loopback mock API: which failures are retried, how often, how long a 429
//! waits, the per-call opt-out, and network failures for safe and unsafe methods.

mod common;

use common::*;
use hetzcloud::{CallOptions, Error, ErrorCode, RetryPolicy};
use serde_json::json;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

fn server_ok() -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(json!({"server": server_json(42, "web-1")}))
}

fn action_ok() -> ResponseTemplate {
    ResponseTemplate::new(201).set_body_json(json!({"action": action_json(7, "running", 0)}))
}

/// Mounts `failure` for the first `failures` requests to `verb path`, then `success` once.
async fn flaky(
    server: &MockServer,
    verb: &str,
    route: &str,
    failure: ResponseTemplate,
    failures: u64,
    success: ResponseTemplate,
) {
    Mock::given(method(verb))
        .and(path(p(route)))
        .respond_with(failure)
        .up_to_n_times(failures)
        .with_priority(1)
        .expect(failures)
        .named("failures")
        .mount(server)
        .await;
    Mock::given(method(verb))
        .and(path(p(route)))
        .respond_with(success)
        .with_priority(2)
        .expect(1)
        .named("success")
        .mount(server)
        .await;
}

/// GET /servers/42 fails `failures` times with `failure`, then succeeds: the call succeeds
/// after exactly `failures + 1` requests.
async fn get_recovers_from(failure: ResponseTemplate, failures: u64) {
    let server = mock_api().await;
    flaky(
        &server,
        "GET",
        "/servers/42",
        failure,
        failures,
        server_ok(),
    )
    .await;
    let client = client(&server);
    let resp = client
        .servers()
        .get(42)
        .await
        .expect("the call succeeds after the retries");
    assert_eq!(resp.status, 200);
    assert_eq!(resp.server.as_ref().map(|s| s.id), Some(42));
    assert_eq!(request_count(&server).await as u64, failures + 1);
}

#[tokio::test]
async fn retries_503_until_success() {
    let page = ResponseTemplate::new(503).set_body_string("<html>503 Service Unavailable</html>");
    get_recovers_from(page, 2).await;
}

#[tokio::test]
async fn retries_502_bad_gateway_until_success() {
    let failure = ResponseTemplate::new(502).set_body_json(error_body(
        "bad_gateway",
        "request failed, please retry",
        json!(null),
    ));
    get_recovers_from(failure, 1).await;
}

#[tokio::test]
async fn retries_504_until_success() {
    get_recovers_from(error_response(504, "timeout", "request timed out"), 2).await;
}

#[tokio::test]
async fn retries_409_conflict_even_for_post() {
    // The API answered, so it is known what happened: a conflict is safe to repeat even for
    // a POST (unlike a dropped connection, see below).
    let server = mock_api().await;
    flaky(
        &server,
        "POST",
        "/servers/42/actions/poweron",
        error_response(409, "conflict", "the resource has changed, please retry"),
        2,
        action_ok(),
    )
    .await;
    let resp = client(&server)
        .servers()
        .power_on(42)
        .await
        .expect("succeeds on the third attempt");
    assert_eq!(resp.action.id, 7);
    assert_eq!(request_count(&server).await, 3);
}

#[tokio::test]
async fn rate_limited_429_waits_for_the_capped_reset() {
    let server = mock_api().await;
    // The limit resets 2 s from now; the policy caps the wait at 150 ms.
    let limited = with_rate_limit(
        error_response(
            429,
            "rate_limit_exceeded",
            "limit of 3600 requests per hour reached",
        ),
        3600,
        0,
        unix_now() + 2,
    );
    let ok = with_rate_limit(server_ok(), 3600, 3599, unix_now() + 3600);
    flaky(&server, "GET", "/servers/42", limited, 1, ok).await;
    let cap = Duration::from_millis(150);
    let client = builder(&server)
        .retry(RetryPolicy {
            max_rate_limit_wait: cap,
            ..fast_retry()
        })
        .build()
        .unwrap();

    let started = Instant::now();
    let resp = client
        .servers()
        .get(42)
        .await
        .expect("succeeds after the wait");
    let elapsed = started.elapsed();

    assert_eq!(request_count(&server).await, 2);
    // Backoff alone would be at most 1 ms: the waiter slept until the (capped) reset ...
    assert!(elapsed >= cap, "retried after only {elapsed:?}");
    // ... and no longer, although the reset itself was one or two seconds away.
    assert!(elapsed < Duration::from_millis(900), "waited {elapsed:?}");
    assert_eq!(resp.rate_limit.map(|r| r.remaining), Some(3599));
    assert_eq!(client.rate_limit().map(|r| r.remaining), Some(3599));
}

#[tokio::test]
async fn not_found_is_tried_once() {
    let server = mock_api().await;
    Mock::given(method("GET"))
        .and(path(p("/servers/43")))
        .respond_with(error_response(
            404,
            "not_found",
            "server with ID '43' not found",
        ))
        .expect(1)
        .mount(&server)
        .await;
    let err = client(&server).servers().get(43).await.unwrap_err();
    assert!(err.is(ErrorCode::NotFound), "{err:?}");
    assert_eq!(request_count(&server).await, 1);
}

#[tokio::test]
async fn invalid_input_is_tried_once() {
    let server = mock_api().await;
    Mock::given(method("POST"))
        .and(path(p("/servers")))
        .respond_with(error_response(
            422,
            "invalid_input",
            "invalid input in field 'image'",
        ))
        .expect(1)
        .mount(&server)
        .await;
    let req = hetzcloud::models::CreateServerRequest::new("web-1", "cpx11", "ubuntu-24.04");
    let err = client(&server).servers().create(&req).await.unwrap_err();
    assert!(err.is(ErrorCode::InvalidInput), "{err:?}");
    assert_eq!(err.api().map(|a| a.status), Some(422));
    assert_eq!(request_count(&server).await, 1);
}

#[tokio::test]
async fn internal_server_error_is_tried_once() {
    let server = mock_api().await;
    Mock::given(method("GET"))
        .and(path(p("/servers/42")))
        .respond_with(error_response(
            500,
            "server_error",
            "error within the API backend",
        ))
        .expect(1)
        .mount(&server)
        .await;
    let err = client(&server).servers().get(42).await.unwrap_err();
    assert!(err.is(ErrorCode::ServerError), "{err:?}");
    assert_eq!(request_count(&server).await, 1);
}

#[tokio::test]
async fn retries_stop_after_max_retries_with_the_last_error() {
    let server = mock_api().await;
    let attempts = Arc::new(AtomicUsize::new(0));
    let seen = attempts.clone();
    Mock::given(method("GET"))
        .and(path(p("/servers/42")))
        .respond_with(move |_: &Request| {
            let n = seen.fetch_add(1, Ordering::SeqCst) + 1;
            ResponseTemplate::new(503)
                .insert_header("X-Correlation-Id", format!("attempt-{n}"))
                .set_body_json(error_body(
                    "unavailable",
                    &format!("unavailable (attempt {n})"),
                    json!(null),
                ))
        })
        .expect(4)
        .mount(&server)
        .await;
    let client = builder(&server)
        .retry(RetryPolicy {
            max_retries: 3,
            ..fast_retry()
        })
        .build()
        .unwrap();
    let err = client.servers().get(42).await.unwrap_err();
    let api = err.api().expect("an API error");
    assert_eq!(api.status, 503);
    assert_eq!(api.code, ErrorCode::Unavailable);
    assert_eq!(api.message, "unavailable (attempt 4)");
    assert_eq!(api.correlation_id.as_deref(), Some("attempt-4"));
    assert_eq!(attempts.load(Ordering::SeqCst), 4);
    assert_eq!(request_count(&server).await, 4);
}

#[tokio::test]
async fn per_call_no_retry_tries_once() {
    let server = mock_api().await;
    Mock::given(method("GET"))
        .and(path(p("/servers/42")))
        .respond_with(error_response(503, "unavailable", "try later"))
        .expect(1 + 3)
        .mount(&server)
        .await;
    let client = builder(&server)
        .retry(RetryPolicy {
            max_retries: 2,
            ..fast_retry()
        })
        .build()
        .unwrap();

    let err = client
        .servers()
        .with_options(CallOptions::no_retry())
        .get(42)
        .await
        .unwrap_err();
    assert_eq!(err.api().map(|a| a.status), Some(503));
    assert_eq!(request_count(&server).await, 1, "opted out: one attempt");

    // The same client without the option still retries.
    let err = client.servers().get(42).await.unwrap_err();
    assert_eq!(err.api().map(|a| a.status), Some(503));
    assert_eq!(request_count(&server).await, 1 + 3);
}

#[tokio::test]
async fn timed_out_get_is_retried() {
    let server = mock_api().await;
    Mock::given(method("GET"))
        .and(path(p("/servers/42")))
        .respond_with(server_ok().set_delay(Duration::from_secs(2)))
        .expect(3)
        .mount(&server)
        .await;
    let timeout = Duration::from_millis(100);
    let client = builder(&server)
        .timeout(timeout)
        .retry(RetryPolicy {
            max_retries: 2,
            ..fast_retry()
        })
        .build()
        .unwrap();
    let started = Instant::now();
    let err = client.servers().get(42).await.unwrap_err();
    assert!(matches!(err, Error::Timeout(t) if t == timeout), "{err:?}");
    assert!(started.elapsed() < Duration::from_millis(1500));
    assert_eq!(request_count(&server).await, 3);
}

/// A TCP server on 127.0.0.1 that accepts each connection and closes it at once, before any
/// answer; counts the connections. Stops by itself after `max_accepts`.
async fn connection_dropper(
    max_accepts: usize,
) -> (String, Arc<AtomicUsize>, tokio::task::JoinHandle<()>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let accepts = Arc::new(AtomicUsize::new(0));
    let counter = accepts.clone();
    let task = tokio::spawn(async move {
        for _ in 0..max_accepts {
            let Ok((stream, _)) = listener.accept().await else {
                break;
            };
            counter.fetch_add(1, Ordering::SeqCst);
            drop(stream);
        }
    });
    (format!("http://{addr}/v1"), accepts, task)
}

fn dropper_client(endpoint: &str, max_retries: u32) -> hetzcloud::Client {
    hetzcloud::Client::builder()
        .endpoint(endpoint)
        .token(TOKEN)
        .timeout(Duration::from_secs(5))
        .retry(RetryPolicy {
            max_retries,
            ..fast_retry()
        })
        .build()
        .unwrap()
}

#[tokio::test]
async fn get_after_a_dropped_connection_is_retried() {
    let (endpoint, accepts, task) = connection_dropper(50).await;
    let client = dropper_client(&endpoint, 3);
    let err = client.servers().get(42).await.unwrap_err();
    assert!(
        matches!(err, Error::Transport { connect: false, .. }),
        "{err:?}"
    );
    assert_error_hides_token(&err);
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert_eq!(accepts.load(Ordering::SeqCst), 3 + 1);
    task.abort();
}

#[tokio::test]
async fn post_after_a_dropped_connection_is_not_retried() {
    let (endpoint, accepts, task) = connection_dropper(50).await;
    let client = dropper_client(&endpoint, 3);
    let err = client.servers().power_on(42).await.unwrap_err();
    assert!(
        matches!(err, Error::Transport { connect: false, .. }),
        "{err:?}"
    );
    assert_error_hides_token(&err);
    // Give a (wrong) late retry the chance to show up.
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert_eq!(accepts.load(Ordering::SeqCst), 1);
    task.abort();
}
