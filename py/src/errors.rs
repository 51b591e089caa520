//! Core errors → the Python exception classes of `hetzcloud.errors`.
//!
//! The classes are plain Python (docstrings, `ValueError` bases); this module gathers the
//! details of a core error into a dict and lets `hetzcloud.errors._from_native` pick the class.

use hetzcloud::{Error, ErrorDetails};
use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyList};

static FACTORY: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

fn factory(py: Python<'_>) -> PyResult<&Bound<'_, PyAny>> {
    FACTORY
        .get_or_try_init(py, || {
            Ok::<_, PyErr>(
                py.import("hetzcloud.errors")?
                    .getattr("_from_native")?
                    .unbind(),
            )
        })
        .map(|f| f.bind(py))
}

/// The Python exception for a core error.
pub fn to_pyerr(e: Error) -> PyErr {
    Python::attach(|py| match build(py, &e) {
        Ok(err) => err,
        Err(fallback) => {
            PyRuntimeError::new_err(format!("{e} (and converting it failed: {fallback})"))
        }
    })
}

fn build(py: Python<'_>, e: &Error) -> PyResult<PyErr> {
    let info = PyDict::new(py);
    let kind = match e {
        Error::Api(api) => {
            info.set_item("code", api.code.as_str())?;
            info.set_item("api_message", &api.message)?;
            info.set_item("status", api.status)?;
            info.set_item("correlation_id", api.correlation_id.as_deref())?;
            let details = PyDict::new(py);
            match &api.details {
                ErrorDetails::None => {}
                ErrorDetails::InvalidInput { fields } => {
                    let list = PyList::empty(py);
                    for f in fields {
                        let d = PyDict::new(py);
                        d.set_item("name", &f.name)?;
                        d.set_item("messages", &f.messages)?;
                        list.append(d)?;
                    }
                    details.set_item("fields", list)?;
                }
                ErrorDetails::ResourceLimits { limits } => {
                    let list = PyList::empty(py);
                    for l in limits {
                        let d = PyDict::new(py);
                        d.set_item("name", &l.name)?;
                        list.append(d)?;
                    }
                    details.set_item("limits", list)?;
                }
                ErrorDetails::Deprecated { announcement } => {
                    details.set_item("announcement", announcement)?;
                }
                ErrorDetails::Other(v) => {
                    if let Ok(d) = crate::convert::json_to_py(py, v) {
                        info.set_item("details", d)?;
                    }
                }
                _ => {}
            }
            if !info.contains("details")? {
                info.set_item("details", details)?;
            }
            "api"
        }
        Error::Transport { connect, .. } => {
            info.set_item("connect", *connect)?;
            "transport"
        }
        Error::Timeout(d) => {
            info.set_item("after", d.as_secs_f64())?;
            "timeout"
        }
        Error::Decode { path, status, .. } => {
            info.set_item("path", path)?;
            info.set_item("status", *status)?;
            "decode"
        }
        Error::InvalidInput { field, message } => {
            info.set_item("field", field)?;
            info.set_item("reason", message)?;
            "invalid_input"
        }
        Error::ActionFailed(failed) => {
            let list = PyList::empty(py);
            for a in failed {
                let d = PyDict::new(py);
                d.set_item("id", a.id)?;
                d.set_item("command", &a.command)?;
                d.set_item("code", &a.code)?;
                d.set_item("message", &a.message)?;
                list.append(d)?;
            }
            info.set_item("failed", list)?;
            "action_failed"
        }
        Error::WaitTimeout { waited, pending } => {
            info.set_item("waited", waited.as_secs_f64())?;
            let list = PyList::empty(py);
            for a in pending {
                let d = PyDict::new(py);
                d.set_item("id", a.id)?;
                d.set_item("command", &a.command)?;
                d.set_item("progress", a.progress)?;
                list.append(d)?;
            }
            info.set_item("pending", list)?;
            "wait_timeout"
        }
        _ => "other",
    };
    let exc = factory(py)?.call1((kind, e.to_string(), info))?;
    Ok(PyErr::from_value(exc))
}
