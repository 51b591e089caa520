//! Finding and loading the OpenAPI description.

use serde_json::Value;
use std::path::{Path, PathBuf};

/// `HETZCLOUD_SPEC`, else `../shared/spec/cloud.spec.json` beside the repository.
pub fn locate(root: &Path) -> Option<PathBuf> {
    if let Ok(p) = std::env::var("HETZCLOUD_SPEC") {
        let p = PathBuf::from(p);
        return p.is_file().then_some(p);
    }
    let p = root.join("../shared/spec/cloud.spec.json");
    p.is_file().then_some(p)
}

pub fn load(path: &Path) -> Result<Value, String> {
    let text =
        std::fs::read_to_string(path).map_err(|e| format!("reading {}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("parsing {}: {e}", path.display()))
}

/// The operations in document order: (method, path, operation object, path-item parameters).
pub fn operations(spec: &Value) -> Vec<(String, String, &Value)> {
    let mut out = Vec::new();
    if let Some(paths) = spec["paths"].as_object() {
        for (path, item) in paths {
            for method in ["get", "post", "put", "delete", "patch"] {
                if let Some(op) = item.get(method) {
                    out.push((method.to_owned(), path.clone(), op));
                }
            }
        }
    }
    out
}
