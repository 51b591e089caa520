//! Fidelity: every answer of the emulator must validate against the response schemas of the
//! API description (`cloud.spec.json`, read from `HETZCLOUD_SPEC`, else
//! `<repo>/../shared/spec/cloud.spec.json`; without it the tests print one line and pass).
//!
//! A scenario drives all 189 operations through the core client, in dependency order, with the
//! IDs of resources it created. The client's debug log (`ClientBuilder::debug`, captured by a
//! small `tracing` subscriber) gives each answer's status, correlation id and body; the
//! emulator's request log (`GET /_emulator/requests`) gives the method and path of that
//! correlation id, hence the operation. Each body is validated against the operation's schema
//! for its status (`200`/`201`/`204`, else `4xx`/`5xx`) with the `jsonschema` crate
//! (draft 2020-12, as OpenAPI 3.1 uses, with `date-time` formats checked).
//!
//! - `responses_match_the_api_description` fails on schema violations and on operations the
//!   scenario never reached; answers `501 unsupported_error` are listed as "not emulated yet".
//! - `every_operation_is_emulated_and_succeeds` fails as well on any operation not emulated or
//!   without a successful (2xx) answer.
//! - `every_operation_has_a_handler`: `handler_ids()` covers `OPERATIONS`.
//!
//! Run with `-- --nocapture` to see the report.

#![allow(deprecated)] // the scenario calls the deprecated operations too

use hetzcloud::models::{
    GetLoadBalancerMetricsParams, GetLoadBalancerMetricsType, GetServerMetricsParams,
    GetServerMetricsType, ImageType, ListImagesParams,
};
use hetzcloud::operations::{Operation, OPERATIONS};
use hetzcloud::{Client, PollPolicy, RetryPolicy};
use hetzcloud_emulator::{Config, Emulator};
use serde::Serialize;
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::future::Future;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

// ---------------------------------------------------------------------------------------------
// The API description

fn spec_path() -> PathBuf {
    match std::env::var_os("HETZCLOUD_SPEC") {
        Some(p) => PathBuf::from(p),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/spec/cloud.spec.json"),
    }
}

/// Response schemas by operation id and status key (`200`, `4xx`, ...); `None`: no body.
struct Spec {
    responses: HashMap<String, BTreeMap<String, Option<Value>>>,
    validators: Mutex<HashMap<(String, String), Arc<jsonschema::Validator>>>,
}

impl Spec {
    fn load() -> Option<Spec> {
        let path = spec_path();
        let Ok(text) = std::fs::read(&path) else {
            println!(
                "fidelity: skipped: no API description at {} (set HETZCLOUD_SPEC)",
                path.display()
            );
            return None;
        };
        let doc: Value = serde_json::from_slice(&text).expect("the API description is JSON");
        let mut responses = HashMap::new();
        for item in doc["paths"].as_object().expect("paths").values() {
            for op in item.as_object().into_iter().flat_map(|m| m.values()) {
                let Some(id) = op.get("operationId").and_then(Value::as_str) else {
                    continue;
                };
                let mut by_status = BTreeMap::new();
                for (status, r) in op["responses"].as_object().into_iter().flatten() {
                    let schema = r.pointer("/content/application~1json/schema").cloned();
                    by_status.insert(status.to_ascii_lowercase(), schema);
                }
                responses.insert(id.to_owned(), by_status);
            }
        }
        Some(Spec {
            responses,
            validators: Mutex::new(HashMap::new()),
        })
    }

    /// The declared response for a status: exact, else `4xx`/`5xx`.
    fn response_for(&self, op: &str, status: u16) -> Option<(String, Option<Value>)> {
        let declared = self.responses.get(op)?;
        let exact = status.to_string();
        let range = format!("{}xx", status / 100);
        [exact, range]
            .into_iter()
            .find_map(|k| declared.get(&k).map(|s| (k, s.clone())))
    }

    fn validator(&self, op: &str, key: &str, schema: &Value) -> Arc<jsonschema::Validator> {
        let mut cache = self.validators.lock().unwrap();
        cache
            .entry((op.to_owned(), key.to_owned()))
            .or_insert_with(|| {
                Arc::new(
                    jsonschema::options()
                        .should_validate_formats(true)
                        .build(schema)
                        .unwrap_or_else(|e| panic!("schema of {op} {key} does not compile: {e}")),
                )
            })
            .clone()
    }
}

// ---------------------------------------------------------------------------------------------
// Capturing answers from the client's debug log

#[derive(Clone, Debug, Default)]
struct Captured {
    status: u16,
    correlation_id: String,
    body: String,
}

/// A `tracing` subscriber keeping the `response` events of `hetzcloud::http`.
#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<Captured>>>);

#[derive(Default)]
struct Fields {
    message: String,
    status: u64,
    correlation_id: String,
    body: String,
}

impl tracing::field::Visit for Fields {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        match field.name() {
            "message" => self.message = format!("{value:?}"),
            "body" => self.body = format!("{value:?}"),
            _ => {}
        }
    }
    fn record_str(&mut self, field: &tracing::field::Field, value: &str) {
        match field.name() {
            "correlation_id" => self.correlation_id = value.to_owned(),
            "body" => self.body = value.to_owned(),
            "message" => self.message = value.to_owned(),
            _ => {}
        }
    }
    fn record_u64(&mut self, field: &tracing::field::Field, value: u64) {
        if field.name() == "status" {
            self.status = value;
        }
    }
}

impl tracing::Subscriber for Capture {
    fn enabled(&self, metadata: &tracing::Metadata<'_>) -> bool {
        metadata.target() == "hetzcloud::http"
    }
    fn new_span(&self, _: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        tracing::span::Id::from_u64(1)
    }
    fn record(&self, _: &tracing::span::Id, _: &tracing::span::Record<'_>) {}
    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}
    fn event(&self, event: &tracing::Event<'_>) {
        let mut f = Fields::default();
        event.record(&mut f);
        if f.message == "response" {
            self.0.lock().unwrap().push(Captured {
                status: f.status as u16,
                correlation_id: f.correlation_id,
                body: f.body,
            });
        }
    }
    fn enter(&self, _: &tracing::span::Id) {}
    fn exit(&self, _: &tracing::span::Id) {}
}

// ---------------------------------------------------------------------------------------------
// Checking

/// The operation a request was for: the template with this method and shape that has the most
/// literal segments in common (`/servers/actions` before `/servers/{id}`).
fn operation_of(method: &str, path: &str) -> Option<&'static Operation> {
    let path = path.strip_prefix("/v1").unwrap_or(path);
    let segs: Vec<&str> = path.trim_matches('/').split('/').collect();
    OPERATIONS
        .iter()
        .filter(|o| o.method.as_str().eq_ignore_ascii_case(method))
        .filter_map(|o| {
            let tpl: Vec<&str> = o.path.trim_matches('/').split('/').collect();
            if tpl.len() != segs.len() {
                return None;
            }
            let mut literal = 0;
            for (t, s) in tpl.iter().zip(&segs) {
                if t.starts_with('{') {
                    continue;
                }
                if t != s {
                    return None;
                }
                literal += 1;
            }
            Some((literal, o))
        })
        .max_by_key(|(literal, _)| *literal)
        .map(|(_, o)| o)
}

#[derive(Debug, serde::Deserialize)]
struct RecordedRequest {
    method: String,
    path: String,
    status: u16,
    correlation_id: String,
}

#[derive(Default)]
struct Report {
    checked: usize,
    violations: Vec<String>,
    not_emulated: BTreeSet<&'static str>,
    succeeded: BTreeSet<&'static str>,
    /// Operations that answered an error other than 501, with the statuses and codes.
    failed: BTreeMap<&'static str, BTreeSet<String>>,
    called: BTreeSet<&'static str>,
    /// Answers that could not be tied to an operation.
    unmatched: Vec<String>,
    /// Calls of the scenario that did not succeed (the client's error), for diagnosis.
    scenario_errors: Vec<String>,
}

impl Report {
    fn check(&mut self, spec: &Spec, op: &'static Operation, status: u16, body: &str) {
        self.called.insert(op.id);
        self.checked += 1;
        let parsed: Option<Value> = serde_json::from_str(body).ok();
        let code = parsed
            .as_ref()
            .and_then(|v| v.pointer("/error/code"))
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned();
        if status == 501 && code == "unsupported_error" {
            self.not_emulated.insert(op.id);
            return;
        }
        if (200..300).contains(&status) {
            self.succeeded.insert(op.id);
        } else {
            self.failed
                .entry(op.id)
                .or_default()
                .insert(format!("{status} {code}"));
        }
        let Some((key, schema)) = spec.response_for(op.id, status) else {
            self.violations.push(format!(
                "{} {status}: status not declared by the API description",
                op.id
            ));
            return;
        };
        let Some(schema) = schema else {
            if !body.trim().is_empty() {
                self.violations.push(format!(
                    "{} {status}: the API description declares no body, got {} bytes",
                    op.id,
                    body.len()
                ));
            }
            return;
        };
        let Some(instance) = parsed else {
            self.violations.push(format!(
                "{} {status}: body is not JSON: {}",
                op.id,
                body.chars().take(120).collect::<String>()
            ));
            return;
        };
        let validator = spec.validator(op.id, &key, &schema);
        for e in validator.iter_errors(&instance).take(5) {
            let mut message = e.to_string();
            if message.len() > 200 {
                message.truncate(200);
                message.push('…');
            }
            self.violations.push(format!(
                "{} {status}: at `{}`: {message} (schema path `{}`)",
                op.id,
                e.instance_path(),
                e.schema_path()
            ));
        }
    }

    fn uncalled(&self) -> Vec<&'static str> {
        OPERATIONS
            .iter()
            .map(|o| o.id)
            .filter(|id| !self.called.contains(id))
            .collect()
    }

    /// Emulated operations that never answered with success.
    fn never_succeeded(&self) -> Vec<&'static str> {
        OPERATIONS
            .iter()
            .map(|o| o.id)
            .filter(|id| !self.succeeded.contains(id) && !self.not_emulated.contains(id))
            .collect()
    }

    fn print(&self) {
        println!(
            "fidelity: {} responses checked ({} operations called of {}), {} violations; \
             {} operations not emulated yet, {} emulated operations without a successful answer",
            self.checked,
            self.called.len(),
            OPERATIONS.len(),
            self.violations.len(),
            self.not_emulated.len(),
            self.never_succeeded().len()
        );
        for v in &self.violations {
            println!("  violation: {v}");
        }
        if !self.not_emulated.is_empty() {
            let ids: Vec<&str> = self.not_emulated.iter().copied().collect();
            println!("  not emulated (501): {}", ids.join(" "));
        }
        for id in self.never_succeeded() {
            let got = self
                .failed
                .get(id)
                .map(|s| s.iter().cloned().collect::<Vec<_>>().join(", "))
                .unwrap_or_else(|| "no answer".into());
            println!("  no successful answer: {id}: {got}");
        }
        for u in &self.unmatched {
            println!("  unmatched answer: {u}");
        }
        let uncalled = self.uncalled();
        if !uncalled.is_empty() {
            println!("  never called by the scenario: {}", uncalled.join(" "));
        }
        if std::env::var_os("FIDELITY_VERBOSE").is_some() {
            for e in &self.scenario_errors {
                println!("  scenario: {e}");
            }
        }
    }
}

/// Starts an emulator, runs the scenario against it and checks every answer.
async fn run(spec: &Spec) -> Report {
    let emu = Emulator::start(Config::default()).await.unwrap();
    let capture = Capture::default();
    let guard = tracing::subscriber::set_default(capture.clone());
    let client = Client::builder()
        .endpoint(emu.url())
        .token(emu.token())
        .debug(true)
        .retry(RetryPolicy::none())
        .poll(PollPolicy {
            initial: Duration::from_millis(10),
            max: Duration::from_millis(100),
            timeout: Some(Duration::from_secs(10)),
            ..PollPolicy::default()
        })
        .build()
        .unwrap();
    let mut s = Scenario {
        c: client,
        base: emu.base_url(),
        errors: Vec::new(),
        actions: BTreeMap::new(),
        all_actions: Vec::new(),
    };
    tokio::time::timeout(Duration::from_secs(120), s.run())
        .await
        .expect("the scenario finishes within 120 s");
    drop(guard);

    let recorded: Vec<RecordedRequest> =
        reqwest::get(format!("{}/_emulator/requests", emu.base_url()))
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
    let by_cid: HashMap<&str, &RecordedRequest> = recorded
        .iter()
        .map(|r| (r.correlation_id.as_str(), r))
        .collect();
    let mut report = Report {
        scenario_errors: s.errors,
        ..Report::default()
    };
    for a in capture.0.lock().unwrap().iter() {
        let Some(req) = by_cid.get(a.correlation_id.as_str()) else {
            report.unmatched.push(format!(
                "status {} correlation id `{}`: not in the request log",
                a.status, a.correlation_id
            ));
            continue;
        };
        if req.status != a.status {
            report.violations.push(format!(
                "{} {}: the request log says status {}, the client saw {}",
                req.method, req.path, req.status, a.status
            ));
        }
        match operation_of(&req.method, &req.path) {
            Some(op) => report.check(spec, op, a.status, &a.body),
            None => report
                .unmatched
                .push(format!("{} {}: no such operation", req.method, req.path)),
        }
    }
    emu.stop().await;
    report
}

#[tokio::test]
async fn responses_match_the_api_description() {
    let Some(spec) = Spec::load() else { return };
    let report = run(&spec).await;
    report.print();
    assert!(report.checked > 0, "no answer was captured");
    assert!(
        report.uncalled().is_empty(),
        "the scenario never called: {:?}",
        report.uncalled()
    );
    assert!(
        report.violations.is_empty(),
        "{} answers break the API description:\n{}",
        report.violations.len(),
        report.violations.join("\n")
    );
}

#[tokio::test]
async fn every_operation_is_emulated_and_succeeds() {
    let Some(spec) = Spec::load() else { return };
    let report = run(&spec).await;
    report.print();
    assert!(
        report.violations.is_empty(),
        "{} answers break the API description:\n{}",
        report.violations.len(),
        report.violations.join("\n")
    );
    assert!(
        report.not_emulated.is_empty(),
        "not emulated: {:?}",
        report.not_emulated
    );
    assert!(
        report.never_succeeded().is_empty(),
        "no successful answer (see the report above): {:?}\nscenario errors:\n{}",
        report.never_succeeded(),
        report.scenario_errors.join("\n")
    );
}

#[test]
fn every_operation_has_a_handler() {
    let have: BTreeSet<&str> = hetzcloud_emulator::handler_ids().into_iter().collect();
    let missing: Vec<&str> = OPERATIONS
        .iter()
        .map(|o| o.id)
        .filter(|id| !have.contains(id))
        .collect();
    assert!(
        missing.is_empty(),
        "{} of {} operations have no handler: {}",
        missing.len(),
        OPERATIONS.len(),
        missing.join(" ")
    );
}

#[test]
fn requests_map_to_operations() {
    let op = |m: &str, p: &str| operation_of(m, p).map(|o| o.id);
    assert_eq!(
        op("GET", "/v1/servers/actions"),
        Some("list_servers_actions")
    );
    assert_eq!(op("GET", "/v1/servers/42"), Some("get_server"));
    assert_eq!(
        op("POST", "/v1/servers/42/actions/poweron"),
        Some("poweron_server")
    );
    assert_eq!(
        op("GET", "/v1/servers/42/actions/7"),
        Some("get_server_action")
    );
    assert_eq!(
        op("GET", "/v1/zones/example.com/rrsets/www/A"),
        Some("get_zone_rrset")
    );
    assert_eq!(op("PATCH", "/v1/servers"), None);
    assert_eq!(op("GET", "/v1/nothing"), None);
}

// ---------------------------------------------------------------------------------------------
// The scenario

/// An ID that exists nowhere: used when the resource it stands for could not be created, so
/// the calls that need it still happen (and answer 404, or 501 while not emulated).
const MISSING: i64 = 999_999_999;

const SSH_KEY: &str =
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDuMvPBCnmQa+ZsFyLjbS2N/QxvHXpL+M1Tb/M5fSHbQ fidelity@x";

const CERTIFICATE: &str = "-----BEGIN CERTIFICATE-----
MIIBtzCCAVygAwIBAgIUEppF1jGUzZZVrLF/gUXTAsxr5pUwCgYIKoZIzj0EAwIw
HzEdMBsGA1UEAwwUZmlkZWxpdHkuZXhhbXBsZS5jb20wIBcNMjYxMTIyMTczMjM0
WhgPMjEyNjEwMjkxNzMyMzRaMB8xHTAbBgNVBAMMFGZpZGVsaXR5LmV4YW1wbGUu
Y29tMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEOs8YrSQn70Wrph05ZV4pFNFh
NhPv9DTH95MQuvx10huJuHJVl1s7g0DcYSZHZutj3crbLlw3CDVjvjwMljLUm6N0
MHIwHQYDVR0OBBYEFENB+gI+/hoTl0QUuZYHev7B2e+OMB8GA1UdIwQYMBaAFENB
+gI+/hoTl0QUuZYHev7B2e+OMA8GA1UdEwEB/wQFMAMBAf8wHwYDVR0RBBgwFoIU
ZmlkZWxpdHkuZXhhbXBsZS5jb20wCgYIKoZIzj0EAwIDSQAwRgIhAJPNIZDLe2Bq
pEteDf+H+MS0Jq/z2lQBjw8JT4mNqvYMAiEAqMckC5ihAyvSL+JpL7xcsxo/wScV
a7eMFtz3E7Z3p94=
-----END CERTIFICATE-----
";

// A throwaway key generated for this test only (self-signed certificate above).
const PRIVATE_KEY: &str = "-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgs3Wkmp5UGfICswfp
mrFybZE3yd+nyZaPgI7HGBxCBJihRANCAAQ6zxitJCfvRaumHTllXikU0WE2E+/0
NMf3kxC6/HXSG4m4clWXWzuDQNxhJkdm62PdytsuXDcINWO+PAyWMtSb
-----END PRIVATE KEY-----
";

const ZONE: &str = "example.com";
const SECONDARY_ZONE: &str = "example.net";

/// A request body or parameter set from JSON; panics when a key is not a field of `T` (the
/// models ignore unknown keys, which would hide a typo here).
fn b<T: serde::de::DeserializeOwned + Serialize>(v: Value) -> T {
    let t: T = serde_json::from_value(v.clone())
        .unwrap_or_else(|e| panic!("{v} does not fit {}: {e}", std::any::type_name::<T>()));
    let back = serde_json::to_value(&t).unwrap();
    fn covered(want: &Value, got: &Value, at: &str) {
        if let (Value::Object(w), Value::Object(g)) = (want, got) {
            for (k, v) in w {
                let here = format!("{at}.{k}");
                match g.get(k) {
                    Some(gv) => covered(v, gv, &here),
                    None => panic!("`{here}` is not a field of the request type"),
                }
            }
        }
        if let (Value::Array(w), Value::Array(g)) = (want, got) {
            for (i, (wv, gv)) in w.iter().zip(g).enumerate() {
                covered(wv, gv, &format!("{at}[{i}]"));
            }
        }
    }
    covered(&v, &back, std::any::type_name::<T>());
    t
}

fn id(v: &Value, pointer: &str) -> i64 {
    v.pointer(pointer)
        .and_then(Value::as_i64)
        .unwrap_or(MISSING)
}

fn text(v: &Value, pointer: &str, default: &str) -> String {
    v.pointer(pointer)
        .and_then(Value::as_str)
        .unwrap_or(default)
        .to_owned()
}

fn metrics_window() -> (String, String) {
    let end = chrono::Utc::now();
    let start = end - chrono::Duration::hours(1);
    let f = |t: chrono::DateTime<chrono::Utc>| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    (f(start), f(end))
}

struct Scenario {
    c: Client,
    /// The emulator's root URL, for `/_emulator/` calls.
    base: String,
    errors: Vec<String>,
    /// The latest action seen for each resource type (`server`, `volume`, ...).
    actions: BTreeMap<String, i64>,
    all_actions: Vec<i64>,
}

impl Scenario {
    /// Runs one call; its answer as JSON (`null` when it failed: the error is kept).
    async fn call<T: Serialize>(
        &mut self,
        what: &str,
        f: impl Future<Output = hetzcloud::Result<hetzcloud::Response<T>>>,
    ) -> Value {
        match f.await {
            Ok(r) => {
                let v = serde_json::to_value(&r.data).unwrap();
                self.note_actions(&v);
                v
            }
            Err(e) => {
                self.errors.push(format!("{what}: {e}"));
                Value::Null
            }
        }
    }

    fn note_actions(&mut self, v: &Value) {
        let mut found: Vec<&Value> = Vec::new();
        if let Some(a) = v.get("action").filter(|a| a.is_object()) {
            found.push(a);
        }
        for key in ["actions", "next_actions"] {
            if let Some(list) = v.get(key).and_then(Value::as_array) {
                found.extend(list);
            }
        }
        for a in found {
            let Some(aid) = a.get("id").and_then(Value::as_i64) else {
                continue;
            };
            if !self.all_actions.contains(&aid) {
                self.all_actions.push(aid);
            }
            for r in a
                .get("resources")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                if let Some(kind) = r.get("type").and_then(Value::as_str) {
                    self.actions.insert(kind.to_owned(), aid);
                }
            }
        }
    }

    fn action(&self, kind: &str) -> i64 {
        self.actions.get(kind).copied().unwrap_or(MISSING)
    }

    /// Waits for the actions in an answer (no-op when there are none or waiting fails).
    async fn wait(&mut self, answer: &Value) {
        let mut ids = Vec::new();
        if let Some(aid) = answer.pointer("/action/id").and_then(Value::as_i64) {
            ids.push(aid);
        }
        for key in ["actions", "next_actions"] {
            for a in answer
                .get(key)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                if let Some(aid) = a.get("id").and_then(Value::as_i64) {
                    ids.push(aid);
                }
            }
        }
        if ids.is_empty() {
            return;
        }
        if let Err(e) = self.c.wait_for(ids).await {
            self.errors.push(format!("waiting: {e}"));
        }
    }

    async fn run(&mut self) {
        let c = self.c.clone();
        let (start, end) = metrics_window();

        // Reference data.
        let locations = self
            .call("list_locations", c.locations().list(&Default::default()))
            .await;
        let location = text(&locations, "/locations/0/name", "fsn1");
        let network_zone = text(&locations, "/locations/0/network_zone", "eu-central");
        self.call(
            "get_location",
            c.locations().get(id(&locations, "/locations/0/id")),
        )
        .await;
        let dcs = self
            .call(
                "list_datacenters",
                c.datacenters().list(&Default::default()),
            )
            .await;
        self.call(
            "get_datacenter",
            c.datacenters().get(id(&dcs, "/datacenters/0/id")),
        )
        .await;
        let sts = self
            .call(
                "list_server_types",
                c.server_types().list(&Default::default()),
            )
            .await;
        let server_type = text(&sts, "/server_types/0/name", "cx22");
        let bigger_type = text(&sts, "/server_types/1/name", &server_type);
        self.call(
            "get_server_type",
            c.server_types().get(id(&sts, "/server_types/0/id")),
        )
        .await;
        let lbts = self
            .call(
                "list_load_balancer_types",
                c.load_balancer_types().list(&Default::default()),
            )
            .await;
        let lb_type = text(&lbts, "/load_balancer_types/0/name", "lb11");
        let other_lb_type = text(&lbts, "/load_balancer_types/1/name", &lb_type);
        self.call(
            "get_load_balancer_type",
            c.load_balancer_types()
                .get(id(&lbts, "/load_balancer_types/0/id")),
        )
        .await;
        let isos = self
            .call("list_isos", c.isos().list(&Default::default()))
            .await;
        let iso = text(&isos, "/isos/0/name", "virtio-win-0.1.248.iso");
        self.call("get_iso", c.isos().get(id(&isos, "/isos/0/id")))
            .await;
        self.call("get_pricing", c.pricing().get()).await;
        let images = self
            .call(
                "list_images",
                c.images()
                    .list(&ListImagesParams::default().r#type([ImageType::System])),
            )
            .await;
        let image = text(&images, "/images/0/name", "ubuntu-24.04");
        self.call("get_image", c.images().get(id(&images, "/images/0/id")))
            .await;

        // SSH key, placement group, network, firewall.
        let key = self
            .call(
                "create_ssh_key",
                c.ssh_keys().create(&b(json!({
                    "name": "fidelity-key", "public_key": SSH_KEY, "labels": {"role": "fidelity"}
                }))),
            )
            .await;
        let key_id = id(&key, "/ssh_key/id");
        self.call("list_ssh_keys", c.ssh_keys().list(&Default::default()))
            .await;
        self.call("get_ssh_key", c.ssh_keys().get(key_id)).await;
        self.call(
            "update_ssh_key",
            c.ssh_keys().update(
                key_id,
                &b(json!({"labels": {"role": "fidelity", "x": "y"}})),
            ),
        )
        .await;

        let pg = self
            .call(
                "create_placement_group",
                c.placement_groups().create(&b(json!({
                    "name": "fidelity-pg", "type": "spread", "labels": {"role": "fidelity"}
                }))),
            )
            .await;
        let pg_id = id(&pg, "/placement_group/id");
        self.call(
            "list_placement_groups",
            c.placement_groups().list(&Default::default()),
        )
        .await;
        self.call("get_placement_group", c.placement_groups().get(pg_id))
            .await;
        self.call(
            "update_placement_group",
            c.placement_groups()
                .update(pg_id, &b(json!({"name": "fidelity-pg-2"}))),
        )
        .await;

        let net = self
            .call(
                "create_network",
                c.networks().create(&b(json!({
                    "name": "fidelity-net", "ip_range": "10.0.0.0/16",
                    "labels": {"role": "fidelity"},
                    "subnets": [{"type": "cloud", "network_zone": network_zone, "ip_range": "10.0.1.0/24"}]
                }))),
            )
            .await;
        let net_id = id(&net, "/network/id");
        self.call("list_networks", c.networks().list(&Default::default()))
            .await;
        self.call("get_network", c.networks().get(net_id)).await;
        self.call(
            "update_network",
            c.networks()
                .update(net_id, &b(json!({"name": "fidelity-net-2"}))),
        )
        .await;
        let a = self
            .call(
                "add_network_subnet",
                c.networks().add_subnet(
                    net_id,
                    &b(json!({"type": "cloud", "network_zone": network_zone, "ip_range": "10.0.2.0/24"})),
                ),
            )
            .await;
        self.wait(&a).await;
        let a = self
            .call(
                "add_network_route",
                c.networks().add_route(
                    net_id,
                    &b(json!({"destination": "10.100.1.0/24", "gateway": "10.0.1.1"})),
                ),
            )
            .await;
        self.wait(&a).await;
        let a = self
            .call(
                "change_network_ip_range",
                c.networks()
                    .change_ip_range(net_id, &b(json!({"ip_range": "10.0.0.0/15"}))),
            )
            .await;
        self.wait(&a).await;
        let a = self
            .call(
                "change_network_protection",
                c.networks()
                    .change_protection(net_id, &b(json!({"delete": false}))),
            )
            .await;
        self.wait(&a).await;

        let fw = self
            .call(
                "create_firewall",
                c.firewalls().create(&b(json!({
                    "name": "fidelity-fw", "labels": {"role": "fidelity"},
                    "rules": [{"direction": "in", "protocol": "tcp", "port": "22",
                               "source_ips": ["0.0.0.0/0", "::/0"], "description": "ssh"}]
                }))),
            )
            .await;
        let fw_id = id(&fw, "/firewall/id");
        self.wait(&fw).await;
        self.call("list_firewalls", c.firewalls().list(&Default::default()))
            .await;
        self.call("get_firewall", c.firewalls().get(fw_id)).await;
        self.call(
            "update_firewall",
            c.firewalls()
                .update(fw_id, &b(json!({"name": "fidelity-fw-2"}))),
        )
        .await;

        // The server.
        let created = self
            .call(
                "create_server",
                c.servers().create(&b(json!({
                    "name": "fidelity-1", "server_type": server_type, "image": image,
                    "location": location, "ssh_keys": ["fidelity-key"], "networks": [net_id],
                    "firewalls": [{"firewall": fw_id}], "placement_group": pg_id,
                    "labels": {"role": "fidelity"}, "start_after_create": true
                }))),
            )
            .await;
        let srv = id(&created, "/server/id");
        self.wait(&created).await;
        self.call("list_servers", c.servers().list(&Default::default()))
            .await;
        let server = self.call("get_server", c.servers().get(srv)).await;
        let server_ip = text(&server, "/server/public_net/ipv4/ip", "203.0.113.1");
        let server_primary_ipv4 = id(&server, "/server/public_net/ipv4/id");
        self.call(
            "update_server",
            c.servers().update(
                srv,
                &b(json!({"name": "fidelity-2", "labels": {"role": "fidelity"}})),
            ),
        )
        .await;
        let a = self
            .call(
                "change_server_dns_ptr",
                c.servers().change_dns_ptr(
                    srv,
                    &b(json!({"ip": server_ip, "dns_ptr": "srv.fidelity.example.com"})),
                ),
            )
            .await;
        self.wait(&a).await;
        let a = self
            .call(
                "change_server_protection",
                c.servers()
                    .change_protection(srv, &b(json!({"delete": true, "rebuild": true}))),
            )
            .await;
        self.wait(&a).await;
        let a = self
            .call(
                "change_server_protection",
                c.servers()
                    .change_protection(srv, &b(json!({"delete": false, "rebuild": false}))),
            )
            .await;
        self.wait(&a).await;
        let a = self
            .call(
                "attach_server_iso",
                c.servers().attach_iso(srv, &b(json!({"iso": iso}))),
            )
            .await;
        self.wait(&a).await;
        let a = self
            .call("detach_server_iso", c.servers().detach_iso(srv))
            .await;
        self.wait(&a).await;
        let a = self
            .call("enable_server_backup", c.servers().enable_backup(srv))
            .await;
        self.wait(&a).await;
        let a = self
            .call("disable_server_backup", c.servers().disable_backup(srv))
            .await;
        self.wait(&a).await;
        let a = self
            .call(
                "enable_server_rescue",
                c.servers()
                    .enable_rescue(srv, &b(json!({"type": "linux64", "ssh_keys": [key_id]}))),
            )
            .await;
        self.wait(&a).await;
        let a = self
            .call("disable_server_rescue", c.servers().disable_rescue(srv))
            .await;
        self.wait(&a).await;
        let a = self
            .call(
                "detach_server_from_network",
                c.servers()
                    .detach_from_network(srv, &b(json!({"network": net_id}))),
            )
            .await;
        self.wait(&a).await;
        let a = self
            .call(
                "attach_server_to_network",
                c.servers()
                    .attach_to_network(srv, &b(json!({"network": net_id, "ip": "10.0.1.5"}))),
            )
            .await;
        self.wait(&a).await;
        let a = self
            .call(
                "change_server_alias_ips",
                c.servers().change_alias_ips(
                    srv,
                    &b(json!({"network": net_id, "alias_ips": ["10.0.1.10"]})),
                ),
            )
            .await;
        self.wait(&a).await;
        self.call(
            "get_server_metrics",
            c.servers().get_metrics(
                srv,
                &GetServerMetricsParams::new(
                    vec![GetServerMetricsType::Cpu],
                    start.clone(),
                    end.clone(),
                ),
            ),
        )
        .await;
        self.call("request_server_console", c.servers().request_console(srv))
            .await;
        let a = self
            .call("reset_server_password", c.servers().reset_password(srv))
            .await;
        self.wait(&a).await;
        for (what, op) in [
            ("reboot_server", 0),
            ("reset_server", 1),
            ("shutdown_server", 2),
            ("poweron_server", 3),
            ("poweroff_server", 4),
        ] {
            let servers = c.servers();
            let a = match op {
                0 => self.call(what, servers.reboot(srv)).await,
                1 => self.call(what, servers.reset(srv)).await,
                2 => self.call(what, servers.shutdown(srv)).await,
                3 => self.call(what, servers.power_on(srv)).await,
                _ => self.call(what, servers.power_off(srv)).await,
            };
            self.wait(&a).await;
        }

        // With the server off.
        let a = self
            .call(
                "change_server_type",
                c.servers().change_type(
                    srv,
                    &b(json!({"server_type": bigger_type, "upgrade_disk": false})),
                ),
            )
            .await;
        self.wait(&a).await;
        let snap = self
            .call(
                "create_server_image",
                c.servers().create_image(
                    srv,
                    &b(
                        json!({"type": "snapshot", "description": "fidelity-snapshot",
                              "labels": {"role": "fidelity"}}),
                    ),
                ),
            )
            .await;
        let snapshot = id(&snap, "/image/id");
        self.wait(&snap).await;
        let a = self
            .call(
                "remove_server_from_placement_group",
                c.servers().remove_from_placement_group(srv),
            )
            .await;
        self.wait(&a).await;
        let a = self
            .call(
                "add_server_to_placement_group",
                c.servers()
                    .add_to_placement_group(srv, &b(json!({"placement_group": pg_id}))),
            )
            .await;
        self.wait(&a).await;

        // Primary IPs: swap the server's own IPv4 for a new one.
        let a = self
            .call(
                "unassign_primary_ip",
                c.primary_ips().unassign(server_primary_ipv4),
            )
            .await;
        self.wait(&a).await;
        let pip = self
            .call(
                "create_primary_ip",
                c.primary_ips().create(&b(json!({
                    "name": "fidelity-pip", "type": "ipv4", "location": location,
                    "assignee_type": "server", "auto_delete": false, "labels": {"role": "fidelity"}
                }))),
            )
            .await;
        let pip_id = id(&pip, "/primary_ip/id");
        let pip_ip = text(&pip, "/primary_ip/ip", "203.0.113.2");
        self.wait(&pip).await;
        self.call(
            "list_primary_ips",
            c.primary_ips().list(&Default::default()),
        )
        .await;
        self.call("get_primary_ip", c.primary_ips().get(pip_id))
            .await;
        self.call(
            "update_primary_ip",
            c.primary_ips().update(
                pip_id,
                &b(json!({"name": "fidelity-pip-2", "auto_delete": false})),
            ),
        )
        .await;
        let a = self
            .call(
                "change_primary_ip_dns_ptr",
                c.primary_ips().change_dns_ptr(
                    pip_id,
                    &b(json!({"ip": pip_ip, "dns_ptr": "pip.fidelity.example.com"})),
                ),
            )
            .await;
        self.wait(&a).await;
        let a = self
            .call(
                "change_primary_ip_protection",
                c.primary_ips()
                    .change_protection(pip_id, &b(json!({"delete": false}))),
            )
            .await;
        self.wait(&a).await;
        let a = self
            .call(
                "assign_primary_ip",
                c.primary_ips().assign(
                    pip_id,
                    &b(json!({"assignee_type": "server", "assignee_id": srv})),
                ),
            )
            .await;
        self.wait(&a).await;
        let a = self
            .call(
                "rebuild_server",
                c.servers().rebuild(srv, &b(json!({"image": image}))),
            )
            .await;
        self.wait(&a).await;
        let a = self.call("poweron_server", c.servers().power_on(srv)).await;
        self.wait(&a).await;

        // Volume.
        let vol = self
            .call(
                "create_volume",
                c.volumes().create(&b(json!({
                    "name": "fidelity-vol", "size": 10, "location": location,
                    "format": "ext4", "automount": false, "labels": {"role": "fidelity"}
                }))),
            )
            .await;
        let vol_id = id(&vol, "/volume/id");
        self.wait(&vol).await;
        self.call("list_volumes", c.volumes().list(&Default::default()))
            .await;
        self.call("get_volume", c.volumes().get(vol_id)).await;
        self.call(
            "update_volume",
            c.volumes()
                .update(vol_id, &b(json!({"name": "fidelity-vol-2"}))),
        )
        .await;
        let a = self
            .call(
                "attach_volume",
                c.volumes()
                    .attach(vol_id, &b(json!({"server": srv, "automount": false}))),
            )
            .await;
        self.wait(&a).await;
        let a = self.call("detach_volume", c.volumes().detach(vol_id)).await;
        self.wait(&a).await;
        let a = self
            .call(
                "resize_volume",
                c.volumes().resize(vol_id, &b(json!({"size": 20}))),
            )
            .await;
        self.wait(&a).await;
        let a = self
            .call(
                "change_volume_protection",
                c.volumes()
                    .change_protection(vol_id, &b(json!({"delete": false}))),
            )
            .await;
        self.wait(&a).await;

        // Floating IP.
        let fip = self
            .call(
                "create_floating_ip",
                c.floating_ips().create(&b(json!({
                    "type": "ipv4", "home_location": location, "name": "fidelity-fip",
                    "description": "fidelity", "labels": {"role": "fidelity"}
                }))),
            )
            .await;
        let fip_id = id(&fip, "/floating_ip/id");
        let fip_ip = text(&fip, "/floating_ip/ip", "203.0.113.3");
        self.wait(&fip).await;
        self.call(
            "list_floating_ips",
            c.floating_ips().list(&Default::default()),
        )
        .await;
        self.call("get_floating_ip", c.floating_ips().get(fip_id))
            .await;
        self.call(
            "update_floating_ip",
            c.floating_ips()
                .update(fip_id, &b(json!({"description": "fidelity-2"}))),
        )
        .await;
        let a = self
            .call(
                "assign_floating_ip",
                c.floating_ips().assign(fip_id, &b(json!({"server": srv}))),
            )
            .await;
        self.wait(&a).await;
        let a = self
            .call(
                "change_floating_ip_dns_ptr",
                c.floating_ips().change_dns_ptr(
                    fip_id,
                    &b(json!({"ip": fip_ip, "dns_ptr": "fip.fidelity.example.com"})),
                ),
            )
            .await;
        self.wait(&a).await;
        let a = self
            .call(
                "change_floating_ip_protection",
                c.floating_ips()
                    .change_protection(fip_id, &b(json!({"delete": false}))),
            )
            .await;
        self.wait(&a).await;
        let a = self
            .call("unassign_floating_ip", c.floating_ips().unassign(fip_id))
            .await;
        self.wait(&a).await;

        // Load balancer.
        let lb = self
            .call(
                "create_load_balancer",
                c.load_balancers().create(&b(json!({
                    "name": "fidelity-lb", "load_balancer_type": lb_type, "location": location,
                    "algorithm": {"type": "round_robin"}, "labels": {"role": "fidelity"}
                }))),
            )
            .await;
        let lb_id = id(&lb, "/load_balancer/id");
        let lb_ip = text(&lb, "/load_balancer/public_net/ipv4/ip", "203.0.113.4");
        self.wait(&lb).await;
        self.call(
            "list_load_balancers",
            c.load_balancers().list(&Default::default()),
        )
        .await;
        self.call("get_load_balancer", c.load_balancers().get(lb_id))
            .await;
        self.call(
            "update_load_balancer",
            c.load_balancers()
                .update(lb_id, &b(json!({"name": "fidelity-lb-2"}))),
        )
        .await;
        let lb_steps: Vec<(&str, Value)> = vec![
            (
                "add_load_balancer_service",
                json!({"protocol": "http", "listen_port": 80, "destination_port": 80,
                       "proxyprotocol": false,
                       "health_check": {"protocol": "http", "port": 80, "interval": 15,
                                        "timeout": 10, "retries": 3,
                                        "http": {"domain": "fidelity.example.com", "path": "/",
                                                 "status_codes": ["2??"], "tls": false}}}),
            ),
            (
                "update_load_balancer_service",
                json!({"listen_port": 80, "destination_port": 8080}),
            ),
            (
                "attach_load_balancer_to_network",
                json!({"network": net_id}),
            ),
            (
                "add_load_balancer_target",
                json!({"type": "server", "server": {"id": srv}, "use_private_ip": true}),
            ),
            (
                "change_load_balancer_algorithm",
                json!({"type": "least_connections"}),
            ),
            (
                "change_load_balancer_dns_ptr",
                json!({"ip": lb_ip, "dns_ptr": "lb.fidelity.example.com"}),
            ),
            ("change_load_balancer_protection", json!({"delete": false})),
            (
                "change_load_balancer_type",
                json!({"load_balancer_type": other_lb_type}),
            ),
            ("disable_load_balancer_public_interface", Value::Null),
            ("enable_load_balancer_public_interface", Value::Null),
            (
                "remove_load_balancer_target",
                json!({"type": "server", "server": {"id": srv}}),
            ),
            ("delete_load_balancer_service", json!({"listen_port": 80})),
            (
                "detach_load_balancer_from_network",
                json!({"network": net_id}),
            ),
        ];
        for (what, body) in lb_steps {
            let lbs = c.load_balancers();
            let a = match what {
                "add_load_balancer_service" => {
                    self.call(what, lbs.add_service(lb_id, &b(body))).await
                }
                "update_load_balancer_service" => {
                    self.call(what, lbs.update_service(lb_id, &b(body))).await
                }
                "add_load_balancer_target" => {
                    self.call(what, lbs.add_target(lb_id, &b(body))).await
                }
                "attach_load_balancer_to_network" => {
                    self.call(what, lbs.attach_to_network(lb_id, &b(body)))
                        .await
                }
                "change_load_balancer_algorithm" => {
                    self.call(what, lbs.change_algorithm(lb_id, &b(body))).await
                }
                "change_load_balancer_dns_ptr" => {
                    self.call(what, lbs.change_dns_ptr(lb_id, &b(body))).await
                }
                "change_load_balancer_protection" => {
                    self.call(what, lbs.change_protection(lb_id, &b(body)))
                        .await
                }
                "change_load_balancer_type" => {
                    self.call(what, lbs.change_type(lb_id, &b(body))).await
                }
                "disable_load_balancer_public_interface" => {
                    self.call(what, lbs.disable_public_interface(lb_id)).await
                }
                "enable_load_balancer_public_interface" => {
                    self.call(what, lbs.enable_public_interface(lb_id)).await
                }
                "remove_load_balancer_target" => {
                    self.call(what, lbs.remove_target(lb_id, &b(body))).await
                }
                "delete_load_balancer_service" => {
                    self.call(what, lbs.delete_service(lb_id, &b(body))).await
                }
                "detach_load_balancer_from_network" => {
                    self.call(what, lbs.detach_from_network(lb_id, &b(body)))
                        .await
                }
                other => unreachable!("{other}"),
            };
            self.wait(&a).await;
        }
        self.call(
            "get_load_balancer_metrics",
            c.load_balancers().get_metrics(
                lb_id,
                &GetLoadBalancerMetricsParams::new(
                    vec![GetLoadBalancerMetricsType::OpenConnections],
                    start.clone(),
                    end.clone(),
                ),
            ),
        )
        .await;

        // Certificates.
        let cert = self
            .call(
                "create_certificate",
                c.certificates().create(&b(json!({
                    "name": "fidelity-cert", "type": "uploaded", "certificate": CERTIFICATE,
                    "private_key": PRIVATE_KEY, "labels": {"role": "fidelity"}
                }))),
            )
            .await;
        let cert_id = id(&cert, "/certificate/id");
        // The issuance fails (on request), so that `retry_certificate` has something to retry.
        let fail = json!({"command": "create_certificate", "code": "dns_zone_not_found",
                          "message": "the DNS zone of the domain was not found"});
        let r = reqwest::Client::new()
            .post(format!("{}/_emulator/actions/fail", self.base))
            .json(&fail)
            .send()
            .await;
        if !r.is_ok_and(|r| r.status().is_success()) {
            self.errors
                .push("POST /_emulator/actions/fail did not succeed".into());
        }
        let managed = self
            .call(
                "create_certificate",
                c.certificates().create(&b(json!({
                    "name": "fidelity-managed", "type": "managed",
                    "domain_names": ["managed.fidelity.example.com"]
                }))),
            )
            .await;
        let managed_id = id(&managed, "/certificate/id");
        self.wait(&managed).await;
        self.call(
            "list_certificates",
            c.certificates().list(&Default::default()),
        )
        .await;
        self.call("get_certificate", c.certificates().get(cert_id))
            .await;
        self.call(
            "update_certificate",
            c.certificates()
                .update(cert_id, &b(json!({"name": "fidelity-cert-2"}))),
        )
        .await;
        let a = self
            .call("retry_certificate", c.certificates().retry(managed_id))
            .await;
        self.wait(&a).await;

        // The snapshot image.
        self.call(
            "update_image",
            c.images().update(
                snapshot,
                &b(json!({"description": "fidelity-snapshot-2", "labels": {"role": "fidelity"}})),
            ),
        )
        .await;
        let a = self
            .call(
                "change_image_protection",
                c.images()
                    .change_protection(snapshot, &b(json!({"delete": false}))),
            )
            .await;
        self.wait(&a).await;

        // Firewall: apply and remove.
        let server_res = json!([{"type": "server", "server": {"id": srv}}]);
        let selector_res =
            json!([{"type": "label_selector", "label_selector": {"selector": "role=fidelity"}}]);
        let a = self
            .call(
                "remove_firewall_from_resources",
                c.firewalls()
                    .remove_from_resources(fw_id, &b(json!({"remove_from": server_res}))),
            )
            .await;
        self.wait(&a).await;
        let a = self
            .call(
                "apply_firewall_to_resources",
                c.firewalls()
                    .apply_to_resources(fw_id, &b(json!({"apply_to": selector_res}))),
            )
            .await;
        self.wait(&a).await;
        let a = self
            .call(
                "set_firewall_rules",
                c.firewalls().set_rules(
                    fw_id,
                    &b(json!({"rules": [
                        {"direction": "in", "protocol": "tcp", "port": "80-443",
                         "source_ips": ["0.0.0.0/0"]},
                        {"direction": "out", "protocol": "icmp",
                         "destination_ips": ["0.0.0.0/0", "::/0"]}
                    ]})),
                ),
            )
            .await;
        self.wait(&a).await;
        let a = self
            .call(
                "remove_firewall_from_resources",
                c.firewalls()
                    .remove_from_resources(fw_id, &b(json!({"remove_from": selector_res}))),
            )
            .await;
        self.wait(&a).await;

        // Zones and RRSets.
        let zone = self
            .call(
                "create_zone",
                c.zones().create(&b(json!({
                    "name": ZONE, "mode": "primary", "ttl": 3600, "labels": {"role": "fidelity"}
                }))),
            )
            .await;
        let zone_ref = zone
            .pointer("/zone/id")
            .and_then(Value::as_i64)
            .map(|i| i.to_string())
            .unwrap_or_else(|| ZONE.to_owned());
        self.wait(&zone).await;
        let secondary = self
            .call(
                "create_zone",
                c.zones().create(&b(json!({
                    "name": SECONDARY_ZONE, "mode": "secondary",
                    "primary_nameservers": [{"address": "198.51.100.10", "port": 53}]
                }))),
            )
            .await;
        self.wait(&secondary).await;
        self.call("list_zones", c.zones().list(&Default::default()))
            .await;
        self.call("get_zone", c.zones().get(&zone_ref)).await;
        self.call(
            "update_zone",
            c.zones().update(
                &zone_ref,
                &b(json!({"labels": {"role": "fidelity", "x": "y"}})),
            ),
        )
        .await;
        self.call("get_zone_zonefile", c.zones().get_zonefile(&zone_ref))
            .await;
        let zonefile = format!(
            "$ORIGIN {ZONE}.\n$TTL 3600\n\
             @ IN SOA hydrogen.ns.hetzner.com. dns.hetzner.com. 2024010100 86400 10800 3600000 3600\n\
             @ IN NS hydrogen.ns.hetzner.com.\n\
             @ IN NS oxygen.ns.hetzner.com.\n\
             @ IN NS helium.ns.hetzner.de.\n\
             @ 300 IN A 198.51.100.20\n\
             mail IN MX 10 mx.{ZONE}.\n"
        );
        let a = self
            .call(
                "import_zone_zonefile",
                c.zones()
                    .import_zonefile(&zone_ref, &b(json!({"zonefile": zonefile}))),
            )
            .await;
        self.wait(&a).await;
        let a = self
            .call(
                "change_zone_ttl",
                c.zones().change_ttl(&zone_ref, &b(json!({"ttl": 7200}))),
            )
            .await;
        self.wait(&a).await;
        let a = self
            .call(
                "change_zone_protection",
                c.zones()
                    .change_protection(&zone_ref, &b(json!({"delete": false}))),
            )
            .await;
        self.wait(&a).await;
        let a = self
            .call(
                "change_zone_primary_nameservers",
                c.zones().change_primary_nameservers(
                    SECONDARY_ZONE,
                    &b(json!({"primary_nameservers": [{"address": "198.51.100.11", "port": 53}]})),
                ),
            )
            .await;
        self.wait(&a).await;
        let rr = self
            .call(
                "create_zone_rrset",
                c.zones().create_rrset(
                    &zone_ref,
                    &b(json!({"name": "www", "type": "A", "ttl": 300,
                              "records": [{"value": "198.51.100.1", "comment": "web"}],
                              "labels": {"role": "fidelity"}})),
                ),
            )
            .await;
        self.wait(&rr).await;
        self.call(
            "list_zone_rrsets",
            c.zones().list_rrsets(&zone_ref, &Default::default()),
        )
        .await;
        let a_type: hetzcloud::models::RrSetType = b(json!("A"));
        let z = c.zones();
        self.call(
            "get_zone_rrset",
            z.get_rrset(&zone_ref, "www", a_type.clone()),
        )
        .await;
        self.call(
            "update_zone_rrset",
            z.update_rrset(
                &zone_ref,
                "www",
                a_type.clone(),
                &b(json!({"labels": {"role": "fidelity", "x": "y"}})),
            ),
        )
        .await;
        let rr_steps: Vec<(&str, Value)> = vec![
            ("change_zone_rrset_protection", json!({"change": false})),
            ("change_zone_rrset_ttl", json!({"ttl": 600})),
            (
                "set_zone_rrset_records",
                json!({"records": [{"value": "198.51.100.2", "comment": "set"}]}),
            ),
            (
                "add_zone_rrset_records",
                json!({"ttl": 600, "records": [{"value": "198.51.100.3"}]}),
            ),
            (
                "update_zone_rrset_records",
                json!({"records": [{"value": "198.51.100.2", "comment": "updated"}]}),
            ),
            (
                "remove_zone_rrset_records",
                json!({"records": [{"value": "198.51.100.3"}]}),
            ),
            ("delete_zone_rrset", Value::Null),
        ];
        for (what, body) in rr_steps {
            let t = a_type.clone();
            let zr = zone_ref.as_str();
            let a = match what {
                "change_zone_rrset_protection" => {
                    self.call(what, z.change_rrset_protection(zr, "www", t, &b(body)))
                        .await
                }
                "change_zone_rrset_ttl" => {
                    self.call(what, z.change_rrset_ttl(zr, "www", t, &b(body)))
                        .await
                }
                "set_zone_rrset_records" => {
                    self.call(what, z.set_rrset_records(zr, "www", t, &b(body)))
                        .await
                }
                "add_zone_rrset_records" => {
                    self.call(what, z.add_rrset_records(zr, "www", t, &b(body)))
                        .await
                }
                "update_zone_rrset_records" => {
                    self.call(what, z.update_rrset_records(zr, "www", t, &b(body)))
                        .await
                }
                "remove_zone_rrset_records" => {
                    self.call(what, z.remove_rrset_records(zr, "www", t, &b(body)))
                        .await
                }
                "delete_zone_rrset" => self.call(what, z.delete_rrset(zr, "www", t)).await,
                other => unreachable!("{other}"),
            };
            self.wait(&a).await;
        }

        // Actions, generic and per kind.
        let some: Vec<i64> = self.all_actions.iter().rev().take(3).copied().collect();
        let some = if some.is_empty() { vec![MISSING] } else { some };
        self.call(
            "get_actions",
            c.actions()
                .get_by_ids(&hetzcloud::models::GetActionsParams::new(some.clone())),
        )
        .await;
        self.call("get_action", c.actions().get(some[0])).await;
        self.actions_of_kind(
            srv, pg_id, vol_id, fip_id, pip_id, lb_id, managed_id, net_id, fw_id, snapshot,
            &zone_ref,
        )
        .await;

        // Teardown, dependents first.
        for zr in [zone_ref.clone(), SECONDARY_ZONE.to_owned()] {
            let a = self.call("delete_zone", c.zones().delete(&zr)).await;
            self.wait(&a).await;
        }
        self.call("delete_certificate", c.certificates().delete(cert_id))
            .await;
        self.call("delete_certificate", c.certificates().delete(managed_id))
            .await;
        self.call("delete_load_balancer", c.load_balancers().delete(lb_id))
            .await;
        self.call("delete_floating_ip", c.floating_ips().delete(fip_id))
            .await;
        self.call("delete_volume", c.volumes().delete(vol_id)).await;
        let a = self
            .call("poweroff_server", c.servers().power_off(srv))
            .await;
        self.wait(&a).await;
        let a = self
            .call("unassign_primary_ip", c.primary_ips().unassign(pip_id))
            .await;
        self.wait(&a).await;
        self.call("delete_primary_ip", c.primary_ips().delete(pip_id))
            .await;
        let a = self.call("delete_server", c.servers().delete(srv)).await;
        self.wait(&a).await;
        if server_primary_ipv4 != MISSING {
            self.call(
                "delete_primary_ip",
                c.primary_ips().delete(server_primary_ipv4),
            )
            .await;
        }
        self.call("delete_image", c.images().delete(snapshot)).await;
        self.call("delete_firewall", c.firewalls().delete(fw_id))
            .await;
        let a = self
            .call(
                "delete_network_route",
                c.networks().delete_route(
                    net_id,
                    &b(json!({"destination": "10.100.1.0/24", "gateway": "10.0.1.1"})),
                ),
            )
            .await;
        self.wait(&a).await;
        let a = self
            .call(
                "delete_network_subnet",
                c.networks()
                    .delete_subnet(net_id, &b(json!({"ip_range": "10.0.2.0/24"}))),
            )
            .await;
        self.wait(&a).await;
        self.call("delete_network", c.networks().delete(net_id))
            .await;
        self.call("delete_placement_group", c.placement_groups().delete(pg_id))
            .await;
        self.call("delete_ssh_key", c.ssh_keys().delete(key_id))
            .await;
    }

    /// `list_X_actions`, `get_X_action`, `list_X_actions_for` and the deprecated
    /// `get_X_action(id, action_id)` of every kind with actions.
    #[allow(clippy::too_many_arguments)]
    async fn actions_of_kind(
        &mut self,
        srv: i64,
        _pg: i64,
        vol: i64,
        fip: i64,
        pip: i64,
        lb: i64,
        cert: i64,
        net: i64,
        fw: i64,
        image: i64,
        zone: &str,
    ) {
        let c = self.c.clone();

        let aid = self.action("server");
        self.call(
            "list_servers_actions",
            c.servers().list_actions(&Default::default()),
        )
        .await;
        self.call("get_servers_action", c.servers().get_action(aid))
            .await;
        self.call(
            "list_server_actions",
            c.servers().list_actions_for(srv, &Default::default()),
        )
        .await;
        self.call("get_server_action", c.servers().get_server_action(srv, aid))
            .await;

        let aid = self.action("volume");
        self.call(
            "list_volumes_actions",
            c.volumes().list_actions(&Default::default()),
        )
        .await;
        self.call("get_volumes_action", c.volumes().get_action(aid))
            .await;
        self.call(
            "list_volume_actions",
            c.volumes().list_actions_for(vol, &Default::default()),
        )
        .await;
        self.call("get_volume_action", c.volumes().get_volume_action(vol, aid))
            .await;

        let aid = self.action("floating_ip");
        self.call(
            "list_floating_ips_actions",
            c.floating_ips().list_actions(&Default::default()),
        )
        .await;
        self.call("get_floating_ips_action", c.floating_ips().get_action(aid))
            .await;
        self.call(
            "list_floating_ip_actions",
            c.floating_ips().list_actions_for(fip, &Default::default()),
        )
        .await;
        self.call(
            "get_floating_ip_action",
            c.floating_ips().get_floating_ip_action(fip, aid),
        )
        .await;

        let aid = self.action("primary_ip");
        self.call(
            "list_primary_ips_actions",
            c.primary_ips().list_actions(&Default::default()),
        )
        .await;
        self.call("get_primary_ips_action", c.primary_ips().get_action(aid))
            .await;
        self.call(
            "list_primary_ip_actions",
            c.primary_ips().list_actions_for(pip, &Default::default()),
        )
        .await;
        self.call(
            "get_primary_ip_action",
            c.primary_ips().get_primary_ip_action(pip, aid),
        )
        .await;

        let aid = self.action("load_balancer");
        self.call(
            "list_load_balancers_actions",
            c.load_balancers().list_actions(&Default::default()),
        )
        .await;
        self.call(
            "get_load_balancers_action",
            c.load_balancers().get_action(aid),
        )
        .await;
        self.call(
            "list_load_balancer_actions",
            c.load_balancers().list_actions_for(lb, &Default::default()),
        )
        .await;
        self.call(
            "get_load_balancer_action",
            c.load_balancers().get_load_balancer_action(lb, aid),
        )
        .await;

        let aid = self.action("certificate");
        self.call(
            "list_certificates_actions",
            c.certificates().list_actions(&Default::default()),
        )
        .await;
        self.call("get_certificates_action", c.certificates().get_action(aid))
            .await;
        self.call(
            "list_certificate_actions",
            c.certificates().list_actions_for(cert, &Default::default()),
        )
        .await;
        self.call(
            "get_certificate_action",
            c.certificates().get_certificate_action(cert, aid),
        )
        .await;

        let aid = self.action("network");
        self.call(
            "list_networks_actions",
            c.networks().list_actions(&Default::default()),
        )
        .await;
        self.call("get_networks_action", c.networks().get_action(aid))
            .await;
        self.call(
            "list_network_actions",
            c.networks().list_actions_for(net, &Default::default()),
        )
        .await;
        self.call(
            "get_network_action",
            c.networks().get_network_action(net, aid),
        )
        .await;

        let aid = self.action("firewall");
        self.call(
            "list_firewalls_actions",
            c.firewalls().list_actions(&Default::default()),
        )
        .await;
        self.call("get_firewalls_action", c.firewalls().get_action(aid))
            .await;
        self.call(
            "list_firewall_actions",
            c.firewalls().list_actions_for(fw, &Default::default()),
        )
        .await;
        self.call(
            "get_firewall_action",
            c.firewalls().get_firewall_action(fw, aid),
        )
        .await;

        let aid = self.action("image");
        self.call(
            "list_images_actions",
            c.images().list_actions(&Default::default()),
        )
        .await;
        self.call("get_images_action", c.images().get_action(aid))
            .await;
        self.call(
            "list_image_actions",
            c.images().list_actions_for(image, &Default::default()),
        )
        .await;
        self.call("get_image_action", c.images().get_image_action(image, aid))
            .await;

        let aid = self.action("zone");
        self.call(
            "list_zones_actions",
            c.zones().list_actions(&Default::default()),
        )
        .await;
        self.call("get_zones_action", c.zones().get_action(aid))
            .await;
        self.call(
            "list_zone_actions",
            c.zones().list_actions_for(zone, &Default::default()),
        )
        .await;
        self.call("get_zone_action", c.zones().get_zone_action(zone, aid))
            .await;
    }
}

/// The checker itself: a body that breaks the schema is caught, with its path.
#[test]
fn the_checker_catches_violations() {
    let Some(spec) = Spec::load() else { return };
    let op = OPERATIONS.iter().find(|o| o.id == "get_ssh_key").unwrap();
    let good = r#"{"ssh_key": {"id": 1, "name": "k", "fingerprint": "aa", "public_key": "ssh-ed25519 AAAA",
        "labels": {}, "created": "2024-01-01T00:00:00Z"}}"#;
    let mut r = Report::default();
    r.check(&spec, op, 200, good);
    assert!(r.violations.is_empty(), "{:?}", r.violations);
    let bad = good
        .replace(r#""fingerprint": "aa", "#, "")
        .replace("2024-01-01T00:00:00Z", "yesterday");
    r.check(&spec, op, 200, &bad);
    assert_eq!(r.violations.len(), 2, "{:?}", r.violations);
    assert!(r.violations.iter().any(|v| v.contains("fingerprint")));
    assert!(r.violations.iter().any(|v| v.contains("/ssh_key/created")));
    r.violations.clear();
    r.check(&spec, op, 201, good);
    assert!(
        r.violations[0].contains("not declared"),
        "{:?}",
        r.violations
    );
    r.violations.clear();
    r.check(&spec, op, 404, r#"{"error": {"code": "not_found"}}"#);
    assert!(r.violations[0].contains("message"), "{:?}", r.violations);
    r.violations.clear();
    let delete = OPERATIONS
        .iter()
        .find(|o| o.id == "delete_ssh_key")
        .unwrap();
    r.check(&spec, delete, 204, "{}");
    assert!(r.violations[0].contains("no body"), "{:?}", r.violations);
    r.violations.clear();
    r.check(
        &spec,
        op,
        501,
        r#"{"error": {"code": "unsupported_error", "message": "x"}}"#,
    );
    assert!(r.violations.is_empty() && r.not_emulated.contains("get_ssh_key"));
}
