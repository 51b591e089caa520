//! The WebAssembly side of the npm package `hetzcloud`: a thin translation layer.
//!
//! Every call goes through the core's [`hetzcloud::dispatch`] by operation id with flat named
//! arguments; values cross the boundary as JSON text (`JSON.stringify` / `JSON.parse` on the
//! JS side, which gives plain objects and is faster than building them field by field), and
//! errors cross as a JSON description that `wasm/js/runtime.js` turns into `HetzcloudError`
//! subclasses. The JS wrapper (`wasm/js/`) adds the resource classes, async iteration,
//! `AbortSignal` handling and the error classes.
//!
//! Natively only `convert` compiles (the glue is wasm32-only), so the workspace's
//! `cargo clippy --all-targets` and `cargo test` check and test it on any machine.

// Natively only the conversions (and their tests) are compiled.
#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]

mod convert;
#[cfg(target_arch = "wasm32")]
mod glue;
