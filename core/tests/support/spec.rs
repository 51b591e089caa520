//! Finds the API description for tests that read it. Where it is missing (a fresh clone), the
//! test says where to get it and passes as skipped; every other test still runs.

use std::path::PathBuf;

pub fn load() -> Option<serde_json::Value> {
    let path = std::env::var_os("HETZCLOUD_SPEC")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/spec/cloud.spec.json")
        });
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(serde_json::from_str(&text).expect("cloud.spec.json is JSON")),
        Err(_) => {
            println!(
                "skipped: {} not found; download https://docs.hetzner.cloud/cloud.spec.json and set HETZCLOUD_SPEC",
                path.display()
            );
            None
        }
    }
}

/// (operationId, method, path, operation) in document order.
pub fn operations(spec: &serde_json::Value) -> Vec<(String, String, String, serde_json::Value)> {
    let mut out = Vec::new();
    for (path, item) in spec["paths"].as_object().expect("paths") {
        for method in ["get", "post", "put", "delete", "patch"] {
            if let Some(op) = item.get(method) {
                let id = op["operationId"].as_str().expect("operationId").to_owned();
                out.push((id, method.to_owned(), path.clone(), op.clone()));
            }
        }
    }
    out
}
