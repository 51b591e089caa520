//! Shared by the network family tests: Servers are put in place through the control API
//! (`GET`/`PUT /_emulator/state`), so these tests do not depend on the servers family.

#![allow(dead_code)]

use hetzcloud::{ApiRequest, CallOptions, Method};
use hetzcloud_emulator::Emulator;
use serde_json::{json, Value};

fn control(emu: &Emulator) -> hetzcloud::Client {
    hetzcloud::Client::builder()
        .endpoint(emu.base_url())
        .token(emu.token())
        .build()
        .unwrap()
}

/// The whole emulated project as JSON.
pub async fn state(emu: &Emulator) -> Value {
    control(emu)
        .execute_json(
            ApiRequest::new(Method::Get, "/_emulator/state"),
            &CallOptions::no_retry(),
        )
        .await
        .unwrap()
        .into_inner()
}

pub async fn load(emu: &Emulator, state: &Value) {
    let mut req = ApiRequest::new(Method::Put, "/_emulator/state");
    req.body = Some(state.to_string());
    control(emu)
        .execute_json(req, &CallOptions::no_retry())
        .await
        .unwrap();
}

/// A stored Server row, as the model serializes it.
pub async fn server_row(emu: &Emulator, id: i64) -> Value {
    state(emu).await["servers"][id.to_string()].clone()
}

/// What a test Server looks like.
pub struct ServerSpec<'a> {
    pub id: i64,
    pub name: &'a str,
    pub status: &'a str,
    pub labels: Value,
    /// Give it a public IPv4 and IPv6 (no Primary IP rows behind them).
    pub public: bool,
    /// `(network id, private ip)` attachments.
    pub private: Vec<(i64, &'a str)>,
    /// The Placement Group to embed, as the API's JSON.
    pub placement_group: Option<Value>,
}

impl<'a> ServerSpec<'a> {
    pub fn new(id: i64, name: &'a str) -> Self {
        ServerSpec {
            id,
            name,
            status: "running",
            labels: json!({}),
            public: true,
            private: Vec::new(),
            placement_group: None,
        }
    }
}

/// Adds Servers to the project (decodable as `hetzcloud::models::Server`).
pub async fn add_servers(emu: &Emulator, specs: &[ServerSpec<'_>]) {
    let mut st = state(emu).await;
    let location = st["reference"]["locations"]
        .as_object()
        .and_then(|m| m.values().next().cloned())
        .expect("a location");
    let server_type = st["reference"]["server_types"]
        .as_object()
        .and_then(|m| m.values().next().cloned())
        .expect("a server type");
    for spec in specs {
        let (ipv4, ipv6) = if spec.public {
            let n = spec.id % 250 + 1;
            (
                json!({"ip": format!("198.51.100.{n}"), "blocked": false,
                    "dns_ptr": format!("static.198.51.100.{n}.clients.your-server.de")}),
                json!({"ip": format!("2001:db8:{n:x}::/64"), "blocked": false, "dns_ptr": []}),
            )
        } else {
            (Value::Null, Value::Null)
        };
        let private: Vec<Value> = spec
            .private
            .iter()
            .map(|(net, ip)| json!({"network": net, "ip": ip, "alias_ips": [], "mac_address": "86:00:00:00:00:01"}))
            .collect();
        let mut server = json!({
            "id": spec.id, "name": spec.name, "status": spec.status,
            "created": "2026-01-01T00:00:00Z",
            "public_net": {"ipv4": ipv4, "ipv6": ipv6, "floating_ips": [], "firewalls": []},
            "private_net": private,
            "server_type": server_type, "location": location,
            "image": null, "iso": null, "rescue_enabled": false, "locked": false,
            "backup_window": null, "outgoing_traffic": 0, "ingoing_traffic": 0,
            "included_traffic": 21990232555520i64,
            "protection": {"delete": false, "rebuild": false},
            "labels": spec.labels, "volumes": [], "load_balancers": [],
            "primary_disk_size": 40.0
        });
        if let Some(pg) = &spec.placement_group {
            server["placement_group"] = pg.clone();
        }
        serde_json::from_value::<hetzcloud::models::Server>(server.clone())
            .expect("the test server fits the model");
        st["servers"][spec.id.to_string()] = server;
    }
    load(emu, &st).await;
}

/// The error code of a failed call, for assertions.
pub fn code(e: &hetzcloud::Error) -> String {
    e.code().map(|c| c.as_str().to_owned()).unwrap_or_default()
}

pub fn status(e: &hetzcloud::Error) -> u16 {
    e.api().map(|a| a.status).unwrap_or_default()
}
