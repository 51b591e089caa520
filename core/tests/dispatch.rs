//! `hetzcloud::dispatch`: every operation by id with flat named arguments, as the bindings call
//! it — the same requests as the typed methods, the same checks before sending, and the paged
//! streams typed and as JSON.

mod common;

use common::*;
use futures::TryStreamExt;
use hetzcloud::dispatch;
use hetzcloud::models::{ListServersResponse, Server};
use hetzcloud::operations::OPERATIONS;
use hetzcloud::{CallOptions, Error, Method};
use serde_json::{json, Map, Value};
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, ResponseTemplate};

fn sample_args() -> Map<String, Value> {
    let text = include_str!("../../tests/contract/operation-args.json");
    serde_json::from_str(text).expect("operation-args.json is a JSON object")
}

fn invalid_field(e: Error) -> (String, String) {
    match e {
        Error::InvalidInput { field, message } => (field, message),
        other => panic!("expected InvalidInput, got {other:?}"),
    }
}

/// The path template with the arguments' path parameters filled in.
fn expected_path(template: &str, args: &Map<String, Value>) -> String {
    let mut out = template.to_owned();
    for (k, v) in args {
        let text = match v {
            Value::String(s) => s.replace(' ', "%20"),
            other => other.to_string(),
        };
        out = out.replace(&format!("{{{k}}}"), &text);
    }
    out
}

/// Numbers as floats: a `number` field holding 50 is sent as `50.0`, the same JSON value.
fn numeric(v: Value) -> Value {
    match v {
        Value::Number(n) => json!(n.as_f64()),
        Value::Array(items) => Value::Array(items.into_iter().map(numeric).collect()),
        Value::Object(map) => {
            Value::Object(map.into_iter().map(|(k, v)| (k, numeric(v))).collect())
        }
        other => other,
    }
}

#[test]
fn every_operation_builds_its_request_from_flat_arguments() {
    let samples = sample_args();
    assert_eq!(
        samples.len(),
        OPERATIONS.len(),
        "one argument set per operation"
    );
    for op in OPERATIONS {
        let args = samples[op.id].as_object().expect("object").clone();
        let req = dispatch::request(op.id, Value::Object(args.clone()))
            .unwrap_or_else(|e| panic!("{}: {e}", op.id));
        assert_eq!(req.method, op.method, "{}", op.id);
        assert_eq!(req.path, expected_path(op.path, &args), "{}", op.id);
        // Everything not in the path went to the query or the body, none of it lost.
        let in_path: Vec<&String> = args
            .keys()
            .filter(|k| op.path.contains(&format!("{{{k}}}")))
            .collect();
        let rest: Map<String, Value> = args
            .iter()
            .filter(|(k, _)| !in_path.contains(k))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        match &req.body {
            Some(body) => {
                let sent: Value = serde_json::from_str(body).unwrap();
                assert_eq!(
                    numeric(sent),
                    numeric(Value::Object(rest)),
                    "{}: body",
                    op.id
                );
                assert!(req.query.is_empty(), "{}", op.id);
            }
            None => {
                let mut keys: Vec<&str> = req.query.iter().map(|(k, _)| *k).collect();
                keys.dedup();
                let mut expected: Vec<&str> = rest.keys().map(String::as_str).collect();
                keys.sort();
                expected.sort();
                assert_eq!(keys, expected, "{}: query", op.id);
            }
        }
    }
}

#[test]
fn dispatch_builds_what_the_typed_method_builds() {
    use hetzcloud::models::{CreateServerRequest, ListServersParams, ServerSort};
    use hetzcloud::resources::Servers;
    let mut body = CreateServerRequest::new("web-1", "cx22", "ubuntu-24.04");
    body.labels = Some([("env".to_owned(), "dev".to_owned())].into());
    let typed = Servers::create_request(&body).unwrap();
    let flat = dispatch::request(
        "create_server",
        json!({"name": "web-1", "server_type": "cx22", "image": "ubuntu-24.04", "labels": {"env": "dev"}}),
    )
    .unwrap();
    assert_eq!(flat, typed);

    let params = ListServersParams::default()
        .label_selector("env=dev")
        .sort([ServerSort::from("name:desc")]);
    let typed = Servers::list_request(&params).unwrap();
    let flat = dispatch::request(
        "list_servers",
        json!({"label_selector": "env=dev", "sort": "name:desc"}),
    )
    .unwrap();
    assert_eq!(flat, typed);
}

#[test]
fn numbers_are_accepted_for_id_or_name_references() {
    let req = dispatch::request(
        "create_server",
        json!({"name": "web-1", "server_type": 22, "image": 114690387, "location": 1, "ssh_keys": [7, "deploy"]}),
    )
    .unwrap();
    let body: Value = serde_json::from_str(req.body.as_deref().unwrap()).unwrap();
    assert_eq!(body["server_type"], "22");
    assert_eq!(body["image"], "114690387");
    assert_eq!(body["location"], "1");
    assert_eq!(body["ssh_keys"], json!(["7", "deploy"]));
    // Not for free-form strings such as the name.
    let (field, _) = invalid_field(
        dispatch::request(
            "create_server",
            json!({"name": 5, "server_type": "cx22", "image": "x"}),
        )
        .unwrap_err(),
    );
    assert_eq!(field, "name");
}

#[test]
fn bad_arguments_are_refused_naming_the_argument() {
    let cases = [
        (
            "no_such_op",
            json!({}),
            "operation",
            "no operation `no_such_op`",
        ),
        ("get_server", json!({}), "id", "required"),
        ("get_server", json!({"id": "web-1"}), "id", "integer"),
        ("get_server", json!({"id": 0}), "id", ""),
        (
            "get_server",
            json!({"id": 1, "verbose": true}),
            "verbose",
            "no such argument",
        ),
        (
            "list_servers",
            json!({"colour": "red"}),
            "colour",
            "label_selector",
        ),
        ("list_servers", json!({"sort": ["name", 5]}), "sort[1]", ""),
        (
            "list_servers",
            json!({"label_selector": "env in (a"}),
            "label_selector",
            "",
        ),
        ("list_servers", json!({"per_page": 51}), "per_page", "50"),
        ("create_server", json!({"name": "web-1"}), "server_type", ""),
        (
            "create_server",
            json!({"name": "web_1", "server_type": "cx22", "image": "x"}),
            "name",
            "",
        ),
        (
            "create_server",
            json!({"name": "web-1", "server_type": "cx22", "image": "x", "colour": 1}),
            "colour",
            "server_type",
        ),
        (
            "create_server",
            json!({"name": "web-1", "server_type": "cx22", "image": "x", "labels": {"env/": "x"}}),
            "labels",
            "",
        ),
        (
            "create_server",
            json!({"name": "web-1", "server_type": "cx22", "image": "x", "public_net": {"enable_ipv4": "yes"}}),
            "public_net.enable_ipv4",
            "",
        ),
        ("get_server", json!([1]), "arguments", "object"),
    ];
    for (op, args, field, says) in cases {
        let (got_field, message) = invalid_field(
            dispatch::request(op, args.clone()).expect_err(&format!("{op} {args} is refused")),
        );
        assert!(
            got_field.starts_with(field),
            "{op} {args}: field {got_field:?} ({message})"
        );
        assert!(
            message.contains(says),
            "{op} {args}: {message:?} should say {says:?}"
        );
    }
    assert!(dispatch::request("list_servers", Value::Null).is_ok());
}

#[test]
fn a_single_value_is_accepted_for_a_repeated_parameter() {
    let one = dispatch::request("list_servers", json!({"status": "running"})).unwrap();
    let many = dispatch::request("list_servers", json!({"status": ["running"]})).unwrap();
    assert_eq!(one, many);
    assert_eq!(one.query, vec![("status", "running".to_owned())]);
}

#[test]
fn operation_lookup_and_paged_checks() {
    assert_eq!(
        dispatch::operation("poweron_server").unwrap().method,
        Method::Post
    );
    assert!(dispatch::operation("nope").is_err());
    let client = hetzcloud::Client::builder()
        .token("t")
        .endpoint("http://127.0.0.1:9")
        .build()
        .unwrap();
    let not_paged = dispatch::list_all_json(
        &client,
        &CallOptions::default(),
        "get_server",
        json!({"id": 1}),
    );
    assert_eq!(invalid_field(not_paged.err().unwrap()).0, "operation");
    // Arguments are checked before the stream exists, so nothing is sent.
    let bad = dispatch::list_all_json(
        &client,
        &CallOptions::default(),
        "list_servers",
        json!({"label_selector": "=x"}),
    );
    assert_eq!(invalid_field(bad.err().unwrap()).0, "label_selector");
}

fn servers_page(page: i64, per_page: i64, pages: i64) -> ResponseTemplate {
    let first = (page - 1) * per_page + 1;
    let servers: Vec<Value> = (first..first + per_page)
        .map(|id| server_json(id, &format!("web-{id}")))
        .collect();
    let next = (page < pages).then_some(page + 1);
    ResponseTemplate::new(200).set_body_json(json!({
        "servers": servers,
        "meta": pagination(page, per_page, Some(pages), next, Some(pages * per_page)),
    }))
}

#[tokio::test]
async fn paged_streams_typed_and_json_follow_every_page() {
    let server = mock_api().await;
    for page in 1..=3 {
        Mock::given(method("GET"))
            .and(path(p("/servers")))
            .and(query_param("page", page.to_string()))
            .and(query_param("per_page", "2"))
            .and(query_param("label_selector", "env=dev"))
            .respond_with(servers_page(page, 2, 3))
            .expect(2)
            .mount(&server)
            .await;
    }
    let client = client(&server);
    let opts = CallOptions::default();
    let args = json!({"label_selector": "env=dev", "per_page": 2, "page": 7});

    let typed: Vec<Server> =
        dispatch::list_all::<ListServersResponse>(&client, &opts, "list_servers", args.clone())
            .unwrap()
            .try_collect()
            .await
            .unwrap();
    assert_eq!(
        typed.iter().map(|s| s.id).collect::<Vec<_>>(),
        [1, 2, 3, 4, 5, 6]
    );

    let json: Vec<Value> = dispatch::list_all_json(&client, &opts, "list_servers", args)
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    let ids: Vec<i64> = json.iter().map(|s| s["id"].as_i64().unwrap()).collect();
    assert_eq!(ids, [1, 2, 3, 4, 5, 6]);
    assert_eq!(json[0]["name"], "web-1");
}

#[tokio::test]
async fn call_json_passes_answers_through_and_empty_answers_as_null() {
    let server = mock_api().await;
    Mock::given(method("GET"))
        .and(path(p("/servers/42")))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"server": server_json(42, "web-42")})),
        )
        .mount(&server)
        .await;
    Mock::given(method("DELETE"))
        .and(path(p("/ssh_keys/7")))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let client = client(&server);
    let opts = CallOptions::default();
    let got = dispatch::call_json(&client, &opts, "get_server", json!({"id": 42}))
        .await
        .unwrap();
    assert_eq!(got["server"]["name"], "web-42");
    let sent = request_count(&server).await;
    let refused = dispatch::call_json(&client, &opts, "get_server", json!({"id": -1})).await;
    assert!(matches!(refused, Err(Error::InvalidInput { .. })));
    assert_eq!(
        request_count(&server).await,
        sent,
        "nothing sent for invalid input"
    );
    let deleted = dispatch::call_json(&client, &opts, "delete_ssh_key", json!({"id": 7}))
        .await
        .unwrap();
    assert_eq!(deleted.data, Value::Null);
}
