//! What a failed call returns: API errors with everything the API said, non-JSON error pages,
//! undecodable answers, timeouts, and input rejected before any request — never the token.

mod common;

use common::*;
use hetzcloud::models::{CreateServerRequest, ListServersParams};
use hetzcloud::{Error, ErrorCode, ErrorDetails, LimitDetail, RetryPolicy};
use serde_json::json;
use std::collections::BTreeMap;
use std::time::{Duration, Instant};
use wiremock::matchers::{method, path};
use wiremock::{Mock, ResponseTemplate};

#[tokio::test]
async fn api_error_keeps_status_code_message_and_correlation_id() {
    let server = mock_api().await;
    Mock::given(method("GET"))
        .and(path(p("/servers/43")))
        .respond_with(
            ResponseTemplate::new(404)
                .insert_header("X-Correlation-Id", "c0ffee-1234")
                .set_body_json(error_body(
                    "not_found",
                    "server with ID '43' not found",
                    json!(null),
                )),
        )
        .expect(1)
        .mount(&server)
        .await;
    let err = client(&server).servers().get(43).await.unwrap_err();
    let Error::Api(api) = &err else {
        panic!("expected an API error, got {err:?}")
    };
    assert_eq!(api.status, 404);
    assert_eq!(api.code, ErrorCode::NotFound);
    assert_eq!(api.message, "server with ID '43' not found");
    assert_eq!(api.details, ErrorDetails::None);
    assert_eq!(api.correlation_id.as_deref(), Some("c0ffee-1234"));
    assert!(err.is(ErrorCode::NotFound));
    assert_eq!(err.code(), Some(&ErrorCode::NotFound));
    let shown = err.to_string();
    assert!(shown.contains("not_found"), "{shown}");
    assert!(shown.contains("404"), "{shown}");
    assert!(shown.contains("server with ID '43' not found"), "{shown}");
    assert!(shown.contains("c0ffee-1234"), "{shown}");
    assert_error_hides_token(&err);
}

#[tokio::test]
async fn unknown_error_code_is_kept_with_its_details() {
    let server = mock_api().await;
    Mock::given(method("GET"))
        .and(path(p("/servers/42")))
        .respond_with(ResponseTemplate::new(418).set_body_json(error_body(
            "brand_new_code",
            "something new happened",
            json!({"hint": 7}),
        )))
        .expect(1)
        .mount(&server)
        .await;
    let err = client(&server).servers().get(42).await.unwrap_err();
    let api = err.api().expect("an API error");
    assert_eq!(api.status, 418);
    assert_eq!(api.code, ErrorCode::Unrecognized("brand_new_code".into()));
    assert_eq!(api.message, "something new happened");
    assert_eq!(api.details, ErrorDetails::Other(json!({"hint": 7})));
    assert_eq!(api.correlation_id, None);
    assert!(err.to_string().contains("brand_new_code"), "{err}");
    assert_error_hides_token(&err);
}

#[tokio::test]
async fn invalid_input_details_name_the_fields() {
    let server = mock_api().await;
    Mock::given(method("POST"))
        .and(path(p("/servers")))
        .respond_with(
            ResponseTemplate::new(422)
                .insert_header("X-Correlation-Id", "corr-422")
                .set_body_json(error_body(
                    "invalid_input",
                    "invalid input in fields 'server_type', 'image'",
                    json!({"fields": [
                        {"name": "server_type", "messages": ["server type not found"]},
                        {"name": "image", "messages": ["image not found", "image is deprecated"]}
                    ]}),
                )),
        )
        .expect(1)
        .mount(&server)
        .await;
    let req = CreateServerRequest::new("web-1", "cpx999", "nope");
    let err = client(&server).servers().create(&req).await.unwrap_err();
    let api = err.api().expect("an API error");
    assert_eq!(api.status, 422);
    assert_eq!(api.code, ErrorCode::InvalidInput);
    let fields = api.details.fields();
    assert_eq!(fields.len(), 2);
    assert_eq!(fields[0].name, "server_type");
    assert_eq!(fields[0].messages, vec!["server type not found"]);
    assert_eq!(fields[1].name, "image");
    assert_eq!(
        fields[1].messages,
        vec!["image not found", "image is deprecated"]
    );
    assert_eq!(api.correlation_id.as_deref(), Some("corr-422"));
    let shown = err.to_string();
    assert!(
        shown.contains("server_type: server type not found"),
        "{shown}"
    );
    assert!(
        shown.contains("image: image not found, image is deprecated"),
        "{shown}"
    );
    assert_error_hides_token(&err);
}

#[tokio::test]
async fn resource_limit_details_name_the_limits() {
    let server = mock_api().await;
    Mock::given(method("POST"))
        .and(path(p("/servers")))
        .respond_with(ResponseTemplate::new(403).set_body_json(error_body(
            "resource_limit_exceeded",
            "server limit exceeded",
            json!({"limits": [{"name": "server_limit"}, {"name": "core_limit"}]}),
        )))
        .expect(1)
        .mount(&server)
        .await;
    let req = CreateServerRequest::new("web-1", "cpx11", "ubuntu-24.04");
    let err = client(&server).servers().create(&req).await.unwrap_err();
    let api = err.api().expect("an API error");
    assert_eq!(api.status, 403);
    assert_eq!(api.code, ErrorCode::ResourceLimitExceeded);
    assert_eq!(
        api.details,
        ErrorDetails::ResourceLimits {
            limits: vec![
                LimitDetail {
                    name: "server_limit".into()
                },
                LimitDetail {
                    name: "core_limit".into()
                },
            ]
        }
    );
    assert!(api.details.fields().is_empty());
    assert_error_hides_token(&err);
}

#[tokio::test]
async fn html_error_page_gives_a_bad_gateway_error_quoting_it() {
    let server = mock_api().await;
    Mock::given(method("GET"))
        .and(path(p("/servers/42")))
        .respond_with(ResponseTemplate::new(502).set_body_raw(
            "<html>\n<head><title>502 Bad Gateway</title></head>\n<body><center><h1>502 Bad Gateway</h1></center></body>\n</html>\n",
            "text/html",
        ))
        .expect(1)
        .mount(&server)
        .await;
    let client = builder(&server).retry(RetryPolicy::none()).build().unwrap();
    let err = client.servers().get(42).await.unwrap_err();
    let Error::Api(api) = &err else {
        panic!("expected an API error, got {err:?}")
    };
    assert_eq!(api.status, 502);
    assert_eq!(api.code, ErrorCode::BadGateway);
    assert!(api.message.contains("502"), "{}", api.message);
    assert!(
        api.message.contains("<title>502 Bad Gateway</title>"),
        "{}",
        api.message
    );
    assert_eq!(request_count(&server).await, 1);
    assert_error_hides_token(&err);
}

#[tokio::test]
async fn malformed_success_body_names_the_bad_field() {
    let server = mock_api().await;
    let mut bad = server_json(42, "web-1");
    bad["created"] = json!("yesterday");
    Mock::given(method("GET"))
        .and(path(p("/servers/42")))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({ "server": bad })))
        .expect(1)
        .mount(&server)
        .await;
    let err = client(&server).servers().get(42).await.unwrap_err();
    let Error::Decode {
        path,
        status,
        message,
    } = &err
    else {
        panic!("expected a decode error, got {err:?}")
    };
    assert_eq!(path, "server.created");
    assert_eq!(*status, 200);
    assert!(!message.is_empty());
    assert!(err.to_string().contains("server.created"), "{err}");
    assert_eq!(request_count(&server).await, 1, "a decode error is final");
    assert_error_hides_token(&err);
}

#[tokio::test]
async fn malformed_list_item_names_its_index() {
    let server = mock_api().await;
    let mut servers: Vec<_> = (1..=5)
        .map(|i| server_json(i, &format!("web-{i}")))
        .collect();
    servers[3]["public_net"]["floating_ips"] = json!("none");
    Mock::given(method("GET"))
        .and(path(p("/servers")))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "servers": servers,
            "meta": pagination(1, 25, Some(1), None, Some(5)),
        })))
        .expect(1)
        .mount(&server)
        .await;
    let err = client(&server)
        .servers()
        .list(&ListServersParams::default())
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::Decode { path, .. } if path == "servers[3].public_net.floating_ips"),
        "{err:?}"
    );
}

#[tokio::test]
async fn truncated_body_quotes_its_start() {
    let server = mock_api().await;
    Mock::given(method("GET"))
        .and(path(p("/servers/42")))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_raw(r#"{"server": {"id": 42, "na"#, "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let err = client(&server).servers().get(42).await.unwrap_err();
    let Error::Decode { message, .. } = &err else {
        panic!("expected a decode error, got {err:?}")
    };
    assert!(
        message.contains(r#"{"server": {"id": 42, "na"#),
        "{message}"
    );
}

#[tokio::test]
async fn slow_answer_times_out_quickly() {
    let server = mock_api().await;
    Mock::given(method("GET"))
        .and(path(p("/servers/42")))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"server": server_json(42, "web-1")}))
                .set_delay(Duration::from_secs(2)),
        )
        .expect(1)
        .mount(&server)
        .await;
    let timeout = Duration::from_millis(200);
    let client = builder(&server)
        .timeout(timeout)
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let started = Instant::now();
    let err = client.servers().get(42).await.unwrap_err();
    let elapsed = started.elapsed();
    assert!(matches!(err, Error::Timeout(t) if t == timeout), "{err:?}");
    assert!(elapsed >= timeout, "gave up after {elapsed:?}");
    assert!(
        elapsed < Duration::from_secs(1),
        "gave up after {elapsed:?}"
    );
    assert!(err.to_string().contains("timed out"), "{err}");
    assert_error_hides_token(&err);
}

#[tokio::test]
async fn per_call_timeout_overrides_the_client_timeout() {
    let server = mock_api().await;
    Mock::given(method("GET"))
        .and(path(p("/servers/42")))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"server": server_json(42, "web-1")}))
                .set_delay(Duration::from_secs(2)),
        )
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server); // 5 s
    let opts = hetzcloud::CallOptions {
        retry: Some(RetryPolicy::none()),
        timeout: Some(Duration::from_millis(100)),
    };
    let started = Instant::now();
    let err = client
        .servers()
        .with_options(opts)
        .get(42)
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::Timeout(t) if t == Duration::from_millis(100)),
        "{err:?}"
    );
    assert!(started.elapsed() < Duration::from_secs(1));
}

#[tokio::test]
async fn refused_connection_is_a_connect_error_without_the_token() {
    // A port that was just free: nothing listens there any more.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    let client = hetzcloud::Client::builder()
        .endpoint(format!("http://{addr}/v1"))
        .token(TOKEN)
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let err = client.servers().power_on(42).await.unwrap_err();
    assert!(
        matches!(err, Error::Transport { connect: true, .. }),
        "{err:?}"
    );
    assert!(err.to_string().contains("could not connect"), "{err}");
    assert_error_hides_token(&err);
}

/// Asserts `err` is an input error about `field` and shows no token.
fn assert_invalid_input(err: &Error, field: &str) {
    match err {
        Error::InvalidInput { field: f, message } => {
            assert_eq!(f, field, "{message}");
            assert!(!message.is_empty());
        }
        other => panic!("expected invalid input in `{field}`, got {other:?}"),
    }
    assert_error_hides_token(err);
}

#[tokio::test]
async fn invalid_input_is_rejected_before_sending() {
    let server = mock_api().await;
    let client = client(&server);

    let err = client.servers().get(0).await.unwrap_err();
    assert_invalid_input(&err, "id");
    assert!(err.to_string().contains("got 0"), "{err}");

    let err = client
        .servers()
        .list(&ListServersParams::default().per_page(51))
        .await
        .unwrap_err();
    assert_invalid_input(&err, "per_page");
    assert!(err.to_string().contains("1 to 50"), "{err}");

    let err = client
        .servers()
        .list(&ListServersParams::default().label_selector("env in (a"))
        .await
        .unwrap_err();
    let Error::InvalidInput { field, .. } = &err else {
        panic!("expected invalid input, got {err:?}")
    };
    assert!(field.contains("label_selector"), "{field}");
    assert_error_hides_token(&err);

    // The streaming variant checks too, and says so as its first item.
    use futures::StreamExt;
    let items: Vec<_> = client
        .servers()
        .list_all(&ListServersParams::default().per_page(0))
        .collect()
        .await;
    assert_eq!(items.len(), 1);
    assert_invalid_input(items[0].as_ref().unwrap_err(), "per_page");

    let mut req = CreateServerRequest::new("web-1", "cpx11", "ubuntu-24.04");
    req.labels = Some(BTreeMap::from([(
        "hetzner.cloud/x".to_owned(),
        "1".to_owned(),
    )]));
    let err = client.servers().create(&req).await.unwrap_err();
    let Error::InvalidInput { field, message } = &err else {
        panic!("expected invalid input, got {err:?}")
    };
    assert!(field.contains("hetzner.cloud/x"), "{field}");
    assert!(message.contains("reserved"), "{message}");
    assert_error_hides_token(&err);

    let req = CreateServerRequest::new("bad name!", "cpx11", "ubuntu-24.04");
    let err = client.servers().create(&req).await.unwrap_err();
    assert_invalid_input(&err, "name");
    assert!(err.to_string().contains("bad name!"), "{err}");

    let err = client.wait_for([0i64]).await.unwrap_err();
    assert_invalid_input(&err, "action id");

    assert_eq!(request_count(&server).await, 0, "nothing may be sent");
}

#[tokio::test]
async fn client_debug_and_builder_errors_hide_the_token() {
    let server = mock_api().await;
    let client = client(&server);
    assert_no_token(&format!("{client:?}"));
    assert_no_token(&format!("{client:#?}"));
    assert_no_token(&format!("{:?}", builder(&server)));
    assert_no_token(&format!("{:?}", client.servers()));

    // A token with a line break is refused without quoting it.
    let err = hetzcloud::Client::builder()
        .token(format!("{TOKEN}\n"))
        .build()
        .unwrap_err();
    assert!(matches!(err, Error::InvalidInput { .. }), "{err:?}");
    assert_error_hides_token(&err);
    assert_eq!(request_count(&server).await, 0);
}

#[tokio::test]
async fn invalid_server_name_in_update_is_rejected_before_sending() {
    let server = mock_api().await;
    Mock::given(method("PUT"))
        .and(path(p("/servers/42")))
        .respond_with(error_response(
            422,
            "invalid_input",
            "invalid input in field 'name'",
        ))
        .mount(&server)
        .await;
    let body = hetzcloud::models::UpdateCertificateRequest {
        name: Some("bad name!".into()),
        labels: None,
    };
    let err = client(&server)
        .servers()
        .update(42, &body)
        .await
        .unwrap_err();
    assert_invalid_input(&err, "name");
    assert_eq!(request_count(&server).await, 0, "nothing may be sent");
}
