//! What the client sends with every request (token, User-Agent) and what it keeps from every
//! answer (rate limit), and the debug log of requests and answers — token redacted.

mod common;

use common::*;
use hetzcloud::RateLimit;
use serde_json::json;
use std::io;
use std::sync::{Arc, Mutex};
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, ResponseTemplate};

#[tokio::test]
async fn rate_limit_headers_are_kept_on_the_response_and_the_client() {
    let server = mock_api().await;
    let reset = unix_now() + 1800;
    Mock::given(method("GET"))
        .and(path(p("/servers/42")))
        .respond_with(with_rate_limit(
            ResponseTemplate::new(200).set_body_json(json!({"server": server_json(42, "web-1")})),
            3600,
            3512,
            reset,
        ))
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server);
    assert_eq!(
        client.rate_limit(),
        None,
        "nothing known before the first call"
    );
    let resp = client.servers().get(42).await.unwrap();
    let want = RateLimit {
        limit: 3600,
        remaining: 3512,
        reset,
    };
    assert_eq!(resp.rate_limit, Some(want));
    assert_eq!(client.rate_limit(), Some(want));
    // Clones share what was seen.
    assert_eq!(client.clone().rate_limit(), Some(want));
}

#[tokio::test]
async fn rate_limit_is_also_taken_from_error_answers() {
    let server = mock_api().await;
    let reset = unix_now() + 60;
    Mock::given(method("GET"))
        .and(path(p("/servers/43")))
        .respond_with(with_rate_limit(
            error_response(404, "not_found", "server with ID '43' not found"),
            3600,
            17,
            reset,
        ))
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server);
    client.servers().get(43).await.unwrap_err();
    assert_eq!(
        client.rate_limit(),
        Some(RateLimit {
            limit: 3600,
            remaining: 17,
            reset
        })
    );
}

#[tokio::test]
async fn bearer_token_and_user_agent_are_sent() {
    let server = mock_api().await;
    let ua = format!("hetzcloud/{}", env!("CARGO_PKG_VERSION"));
    Mock::given(method("GET"))
        .and(path(p("/servers/42")))
        .and(header("Authorization", format!("Bearer {TOKEN}").as_str()))
        .and(header("User-Agent", ua.as_str()))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"server": server_json(42, "web-1")})),
        )
        .expect(1)
        .mount(&server)
        .await;
    client(&server).servers().get(42).await.unwrap();
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 1);
    let auth: Vec<_> = requests[0]
        .headers
        .get_all("authorization")
        .iter()
        .collect();
    assert_eq!(auth.len(), 1, "exactly one Authorization header");
}

#[tokio::test]
async fn user_agent_carries_the_application() {
    let server = mock_api().await;
    let version = env!("CARGO_PKG_VERSION");
    Mock::given(method("GET"))
        .and(path(p("/servers/42")))
        .and(header(
            "User-Agent",
            format!("my-app/1.2 hetzcloud/{version}").as_str(),
        ))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"server": server_json(42, "web-1")})),
        )
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(p("/servers/43")))
        .and(header(
            "User-Agent",
            format!("my-tool hetzcloud/{version}").as_str(),
        ))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"server": server_json(43, "web-2")})),
        )
        .expect(1)
        .mount(&server)
        .await;
    let with_version = builder(&server)
        .application("my-app", Some("1.2"))
        .build()
        .unwrap();
    with_version.servers().get(42).await.unwrap();
    let without_version = builder(&server)
        .application("my-tool", None)
        .build()
        .unwrap();
    without_version.servers().get(43).await.unwrap();
    assert_eq!(request_count(&server).await, 2);
}

#[tokio::test]
async fn no_token_means_no_authorization_header() {
    let server = mock_api().await;
    Mock::given(method("GET"))
        .and(path(p("/locations")))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "locations": [],
            "meta": pagination(1, 25, Some(1), None, Some(0)),
        })))
        .expect(1)
        .mount(&server)
        .await;
    let client = hetzcloud::Client::builder()
        .endpoint(endpoint(&server))
        .build()
        .unwrap();
    client
        .locations()
        .list(&Default::default())
        .await
        .expect("listed");
    let requests = server.received_requests().await.unwrap();
    assert!(requests[0].headers.get("authorization").is_none());
}

/// A `MakeWriter` into a shared buffer.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Captured {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

impl io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Captured {
    type Writer = Captured;
    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

// The default (current-thread) runtime keeps every event on this thread, where the scoped
// subscriber is the default.
#[tokio::test]
async fn debug_log_shows_requests_and_answers_but_never_the_token() {
    let captured = Captured::default();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::DEBUG)
        .with_ansi(false)
        .with_writer(captured.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let server = mock_api().await;
    Mock::given(method("GET"))
        .and(path(p("/servers/42")))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("X-Correlation-Id", "corr-log-1")
                .set_body_json(json!({"server": server_json(42, "web-1")})),
        )
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path(p("/servers/42/actions/poweron")))
        .respond_with(error_response(423, "locked", "server is locked"))
        .expect(1)
        .mount(&server)
        .await;

    let client = builder(&server).debug(true).build().unwrap();
    client.servers().get(42).await.unwrap();
    client.servers().power_on(42).await.unwrap_err();

    let log = captured.text();
    let url = format!("{}/servers/42", endpoint(&server));
    assert!(log.contains("method=GET"), "{log}");
    assert!(log.contains(&url), "{log}");
    assert!(log.contains("status=200"), "{log}");
    assert!(log.contains("corr-log-1"), "{log}");
    assert!(log.contains("method=POST"), "{log}");
    assert!(log.contains(&format!("{url}/actions/poweron")), "{log}");
    assert!(log.contains("status=423"), "{log}");
    assert!(log.contains("[redacted]"), "{log}");
    assert_no_token(&log);
    assert_eq!(request_count(&server).await, 2);
}

#[tokio::test]
async fn without_debug_no_request_is_logged() {
    let captured = Captured::default();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::DEBUG)
        .with_ansi(false)
        .with_writer(captured.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let server = mock_api().await;
    Mock::given(method("GET"))
        .and(path(p("/servers/42")))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"server": server_json(42, "web-1")})),
        )
        .expect(1)
        .mount(&server)
        .await;
    client(&server).servers().get(42).await.unwrap();
    let log = captured.text();
    assert!(!log.contains("hetzcloud::http"), "{log}");
    assert_no_token(&log);
}
