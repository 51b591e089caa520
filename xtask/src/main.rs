//! `cargo run -p xtask -- generate [--check]`: reads the Hetzner Cloud OpenAPI description and
//! writes the generated part of `core/` (models, resource handles, operation table, error codes)
//! and the generated test tables under `core/tests/generated/`.

mod docs;
mod emit;
mod names;
mod ops;
mod shapes;
mod spec;
mod types;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("generate") => {
            let check = args.iter().any(|a| a == "--check");
            run_generate(check)
        }
        _ => {
            eprintln!("usage: cargo run -p xtask -- generate [--check]");
            ExitCode::from(2)
        }
    }
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the repo")
        .to_path_buf()
}

fn run_generate(check: bool) -> ExitCode {
    let root = repo_root();
    let Some(spec_path) = spec::locate(&root) else {
        println!(
            "skipped: cloud.spec.json not found; download https://docs.hetzner.cloud/cloud.spec.json \
             and set HETZCLOUD_SPEC=/path/to/cloud.spec.json (or place it at ../shared/spec/)"
        );
        return ExitCode::SUCCESS;
    };
    let spec = match spec::load(&spec_path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let files = emit::generate(&spec);
    let mut stale = Vec::new();
    for (rel, content) in &files {
        let path = root.join(rel);
        let current = std::fs::read_to_string(&path).ok();
        if current.as_deref() == Some(content.as_str()) {
            continue;
        }
        if check {
            stale.push(rel.clone());
        } else {
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir).expect("create output directory");
            }
            std::fs::write(&path, content).expect("write generated file");
            println!("wrote {rel}");
        }
    }
    // Files left over from an earlier generation that would no longer be written.
    for dir in [
        "core/src/generated",
        "core/src/generated/resources",
        "core/tests/generated",
        "wasm/js/generated",
        "py/src/generated",
        "py/python/hetzcloud/_generated",
    ] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for entry in entries.flatten() {
            let rel = format!("{dir}/{}", entry.file_name().to_string_lossy());
            if entry.path().is_file() && !files.iter().any(|(r, _)| *r == rel) {
                if check {
                    stale.push(format!("{rel} (no longer generated)"));
                } else {
                    std::fs::remove_file(entry.path()).expect("remove stale generated file");
                    println!("removed {rel}");
                }
            }
        }
    }
    if check && !stale.is_empty() {
        eprintln!("generated code is stale; run `cargo run -p xtask -- generate`:");
        for s in stale {
            eprintln!("  {s}");
        }
        return ExitCode::FAILURE;
    }
    if check {
        println!("generated code is up to date ({} files)", files.len());
    }
    ExitCode::SUCCESS
}
