//! `hetzcloud._native`: the Rust half of the Python package `hetzcloud`.
//!
//! Everything API-specific is generated (`generated/`): a frozen class per model and the table
//! from operation id to typed call. The rest is generic: conversions, the shared runtime,
//! errors, the client, list streams, labels and the in-process emulator.

mod answer;
mod client;
mod convert;
#[cfg(feature = "emulator")]
mod emulator;
mod errors;
mod labels;
mod lazy;
mod logs;
mod model;
mod runtime;

mod generated {
    pub mod models;
    pub mod ops;
}

use pyo3::prelude::*;

/// The version of the package (the crates' workspace version).
const VERSION: &str = env!("CARGO_PKG_VERSION");

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", VERSION)?;
    m.add_class::<client::NativeClient>()?;
    m.add_class::<client::ItemStream>()?;
    m.add_class::<labels::Selector>()?;
    m.add_function(wrap_pyfunction!(labels::validate_key, m)?)?;
    m.add_function(wrap_pyfunction!(labels::validate_value, m)?)?;
    m.add_function(wrap_pyfunction!(labels::validate_labels, m)?)?;
    m.add_function(wrap_pyfunction!(labels::validate_selector, m)?)?;
    #[cfg(feature = "emulator")]
    m.add_class::<emulator::NativeEmulator>()?;
    generated::models::register(m)?;
    Ok(())
}
