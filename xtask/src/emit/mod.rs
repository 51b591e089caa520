//! Writing the Rust files.

mod dispatch;
mod error_codes;
mod models;
mod python;
mod python_py;
mod resources;
mod tests;
mod typescript;

use crate::ops;
use crate::types::{Registry, Ty};
use serde_json::Value;

pub const HEADER: &str = "// Generated from cloud.spec.json by xtask. Do not edit.\n";

/// Every generated file: (path relative to the repository root, content).
pub fn generate(spec: &Value) -> Vec<(String, String)> {
    let api = ops::build(spec);
    let mut files = vec![
        ("core/src/generated/mod.rs".to_owned(), module_index()),
        (
            "core/src/generated/error_codes.rs".to_owned(),
            error_codes::emit(spec),
        ),
        (
            "core/src/generated/models.rs".to_owned(),
            models::emit(&api),
        ),
        (
            "core/src/generated/operations.rs".to_owned(),
            resources::operations_table(&api),
        ),
        (
            "core/src/generated/dispatch.rs".to_owned(),
            dispatch::emit(&api),
        ),
    ];
    files.extend(resources::emit(&api));
    files.extend(tests::emit(&api));
    files.extend(typescript::emit(&api));
    files.extend(python_py::emit(&api));
    let mut files: Vec<(String, String)> = files
        .into_iter()
        .map(|(path, text)| {
            // Only Rust goes through rustfmt; the JS/TS outputs are written as generated.
            let text = if path.ends_with(".rs") {
                rustfmt(&text)
            } else {
                text
            };
            (path, text)
        })
        .collect();
    // Data, not Rust: written as it is.
    files.push((
        "tests/contract/operation-args.json".to_owned(),
        dispatch::sample_args(&api),
    ));
    files
}

/// Formats like `cargo fmt`, so the committed output passes `cargo fmt --check` and the
/// stale check compares like with like.
fn rustfmt(source: &str) -> String {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new("rustfmt")
        .args(["--edition", "2021", "--emit", "stdout"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("rustfmt on PATH (rustup component add rustfmt)");
    let mut stdin = child.stdin.take().expect("rustfmt stdin");
    let input = source.to_owned();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().expect("rustfmt runs");
    writer
        .join()
        .expect("writer thread")
        .expect("write to rustfmt");
    if !out.status.success() {
        panic!(
            "rustfmt rejected generated code:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    String::from_utf8(out.stdout).expect("rustfmt output is UTF-8")
}

fn module_index() -> String {
    format!(
        "{HEADER}//! The typed surface of the API, generated from its OpenAPI description.\n\n\
         pub(crate) mod dispatch;\npub mod error_codes;\npub mod models;\npub mod operations;\npub mod resources;\n"
    )
}

/// The Rust type of `ty` as written in the generated models module.
pub fn rust_type(reg: &Registry, ty: &Ty) -> String {
    match ty {
        Ty::Bool => "bool".into(),
        Ty::I32 => "i32".into(),
        Ty::I64 => "i64".into(),
        Ty::F64 => "f64".into(),
        Ty::Str => "String".into(),
        Ty::DateTime => "crate::Timestamp".into(),
        Ty::Decimal => "crate::Decimal".into(),
        Ty::Any => "serde_json::Value".into(),
        Ty::IdOrName => "crate::IdOrName".into(),
        Ty::Tuple(items) => {
            format!(
                "({})",
                items
                    .iter()
                    .map(|t| rust_type(reg, t))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        }
        Ty::Vec(t) => format!("Vec<{}>", rust_type(reg, t)),
        Ty::Map(t) => format!("std::collections::BTreeMap<String, {}>", rust_type(reg, t)),
        Ty::Named(id) => reg.name(*id).to_owned(),
    }
}

/// A Rust string literal holding `s` exactly.
pub fn lit(s: &str) -> String {
    format!("{s:?}")
}

/// A raw string literal for JSON text.
pub fn raw_lit(s: &str) -> String {
    let mut hashes = String::from("#");
    while s.contains(&format!("\"{hashes}")) {
        hashes.push('#');
    }
    format!("r{hashes}\"{s}\"{hashes}")
}
