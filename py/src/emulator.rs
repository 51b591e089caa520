//! `hetzcloud.testing`: the emulator, served in-process from its own thread.

use hetzcloud_emulator::{BackgroundEmulator, Config, Emulator};
use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use std::sync::Mutex;
use std::time::Duration;

/// A running emulator on a random loopback port. Use `hetzcloud.testing.emulator()` rather
/// than this class.
#[pyclass(frozen, module = "hetzcloud._native")]
pub struct NativeEmulator {
    running: Mutex<Option<BackgroundEmulator>>,
    url: String,
    base_url: String,
    token: String,
}

#[pymethods]
impl NativeEmulator {
    /// Starts an emulator. `action_duration` (seconds) is how long actions run;
    /// `rate_limit` requests per hour; `max_per_kind` resources of one kind.
    #[new]
    #[pyo3(signature = (*, action_duration=0.0, rate_limit=None, max_per_kind=None, token=None))]
    fn new(
        py: Python<'_>,
        action_duration: f64,
        rate_limit: Option<u32>,
        max_per_kind: Option<usize>,
        token: Option<String>,
    ) -> PyResult<Self> {
        let mut config = Config {
            action_duration: Duration::try_from_secs_f64(action_duration)
                .map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))?,
            ..Config::default()
        };
        if let Some(r) = rate_limit {
            config.rate_limit = r;
        }
        if let Some(m) = max_per_kind {
            config.max_per_kind = m;
        }
        if let Some(t) = token {
            config.tokens = vec![t];
        }
        let emu = py
            .detach(|| Emulator::spawn(config))
            .map_err(|e| PyRuntimeError::new_err(format!("could not start the emulator: {e}")))?;
        Ok(NativeEmulator {
            url: emu.url(),
            base_url: emu.base_url(),
            token: emu.token().to_owned(),
            running: Mutex::new(Some(emu)),
        })
    }

    /// The API endpoint, e.g. `http://127.0.0.1:38123/v1`.
    #[getter]
    fn url(&self) -> String {
        self.url.clone()
    }

    /// The server root (control endpoints under `/_emulator/`).
    #[getter]
    fn base_url(&self) -> String {
        self.base_url.clone()
    }

    /// A token the emulator accepts.
    #[getter]
    fn token(&self) -> String {
        self.token.clone()
    }

    /// Stops serving (idempotent).
    fn stop(&self, py: Python<'_>) {
        let emu = self
            .running
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take();
        if let Some(emu) = emu {
            py.detach(|| emu.stop());
        }
    }

    fn __repr__(&self) -> String {
        format!("NativeEmulator(url='{}')", self.url)
    }
}
