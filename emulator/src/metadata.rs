//! The server metadata service at `/hetzner/v1/metadata`, answering for one server of the
//! project: the one named by `?server=<id>` or the `X-Emulator-Server` header, else the first.

use crate::http::App;
use crate::store::Store;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use hetzcloud::models::Server;
use std::collections::HashMap;
use std::sync::Arc;

pub fn router() -> Router<Arc<App>> {
    Router::new()
        .route("/hetzner/v1/metadata", get(summary))
        .route("/hetzner/v1/metadata/{key}", get(one))
}

fn pick<'a>(
    store: &'a Store,
    query: &HashMap<String, String>,
    headers: &HeaderMap,
) -> Option<&'a Server> {
    let wanted = query.get("server").cloned().or_else(|| {
        headers
            .get("x-emulator-server")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    });
    match wanted.and_then(|w| w.parse::<i64>().ok()) {
        Some(id) => store.servers.rows.get(&id),
        None => store.servers.values().next(),
    }
}

fn text(body: String) -> Response {
    ([(header::CONTENT_TYPE, "text/plain")], body).into_response()
}

fn no_server() -> Response {
    (StatusCode::NOT_FOUND, "no server in the emulated project\n").into_response()
}

async fn summary(
    State(app): State<Arc<App>>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    let store = app.store.lock().unwrap_or_else(|e| e.into_inner());
    let Some(s) = pick(&store, &query, &headers) else {
        return no_server();
    };
    let mut out = format!(
        "availability-zone: {}\nhostname: {}\ninstance-id: {}\n",
        zone(s),
        s.name,
        s.id
    );
    if let Some(ip) = public_ipv4(s) {
        out.push_str(&format!("public-ipv4: {ip}\n"));
    }
    out.push_str(&format!("region: {}\n", s.location.network_zone));
    text(out)
}

async fn one(
    State(app): State<Arc<App>>,
    Path(key): Path<String>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    let store = app.store.lock().unwrap_or_else(|e| e.into_inner());
    let Some(s) = pick(&store, &query, &headers) else {
        return no_server();
    };
    match key.as_str() {
        "hostname" => text(s.name.clone()),
        "instance-id" => text(s.id.to_string()),
        "public-ipv4" => text(public_ipv4(s).unwrap_or_default()),
        "availability-zone" => text(zone(s)),
        "region" => text(s.location.network_zone.clone()),
        "private-networks" => text(private_networks(&store, s)),
        _ => (StatusCode::NOT_FOUND, format!("no metadata `{key}`\n")).into_response(),
    }
}

fn zone(s: &Server) -> String {
    // Servers no longer name a datacenter; the zone is the location's first one.
    format!("{}-dc1", s.location.name)
}

fn public_ipv4(s: &Server) -> Option<String> {
    s.public_net.ipv4.as_ref().map(|v| v.ip.clone())
}

fn private_networks(store: &Store, s: &Server) -> String {
    let mut out = String::new();
    for (i, p) in s.private_net.iter().enumerate() {
        let net = p.network.and_then(|id| store.networks.rows.get(&id));
        let subnet = net.and_then(|n| n.subnets.first());
        let alias: Vec<String> = p.alias_ips.clone().unwrap_or_default();
        out.push_str(&format!(
            "- ip: {}\n  alias_ips: [{}]\n  interface_num: {}\n  mac_address: {}\n  network_id: {}\n  network_name: {}\n  network: {}\n  subnet: {}\n  gateway: {}\n",
            p.ip.clone().unwrap_or_default(),
            alias.join(", "),
            i + 1,
            p.mac_address.clone().unwrap_or_default(),
            p.network.unwrap_or_default(),
            net.map(|n| n.name.clone()).unwrap_or_default(),
            net.map(|n| n.ip_range.clone()).unwrap_or_default(),
            subnet.and_then(|s| s.ip_range.clone()).unwrap_or_default(),
            subnet.map(|s| s.gateway.clone()).unwrap_or_default(),
        ));
    }
    if out.is_empty() {
        "[]\n".to_owned()
    } else {
        out
    }
}
