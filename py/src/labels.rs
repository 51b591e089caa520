//! `hetzcloud.labels`: the core's label checks and selector builder.

use crate::errors::to_pyerr;
use hetzcloud::labels;
use pyo3::prelude::*;
use std::collections::BTreeMap;

/// Checks a label key (optional DNS-subdomain prefix and `/`, a name of at most 63
/// characters; `hetzner.cloud/` is reserved). Raises `InvalidArgumentError`.
#[pyfunction]
pub fn validate_key(key: &str) -> PyResult<()> {
    labels::validate_key(key).map_err(to_pyerr)
}

/// Checks the value of label `key` (empty, or at most 63 characters, alphanumeric at both
/// ends). Raises `InvalidArgumentError`.
#[pyfunction]
pub fn validate_value(key: &str, value: &str) -> PyResult<()> {
    labels::validate_value(key, value).map_err(to_pyerr)
}

/// Checks every key and value of a label dict. Raises `InvalidArgumentError`.
#[pyfunction]
pub fn validate_labels(labels: BTreeMap<String, String>) -> PyResult<()> {
    labels::validate_labels(&labels).map_err(to_pyerr)
}

/// Checks label selector text such as `env=prod,tier in (web, api)`. Raises
/// `InvalidArgumentError`.
#[pyfunction]
pub fn validate_selector(selector: &str) -> PyResult<()> {
    labels::validate_selector(selector).map_err(to_pyerr)
}

/// A label selector, built from requirements or parsed from text. Immutable: each builder
/// method returns a new selector. `str(selector)` is the text the API takes.
#[pyclass(frozen, module = "hetzcloud._native")]
#[derive(Clone)]
pub struct Selector {
    inner: labels::Selector,
}

#[pymethods]
impl Selector {
    /// An empty selector (matches everything).
    #[new]
    fn new() -> Self {
        Selector {
            inner: labels::Selector::new(),
        }
    }

    /// Parses and checks selector text.
    #[staticmethod]
    fn parse(text: &str) -> PyResult<Self> {
        Ok(Selector {
            inner: labels::Selector::parse(text).map_err(to_pyerr)?,
        })
    }

    /// Adds `key=value`.
    fn eq(&self, key: String, value: String) -> Self {
        Selector {
            inner: self.inner.clone().eq(key, value),
        }
    }

    /// Adds `key!=value`.
    fn ne(&self, key: String, value: String) -> Self {
        Selector {
            inner: self.inner.clone().ne(key, value),
        }
    }

    /// Adds `key` (the label is present).
    fn exists(&self, key: String) -> Self {
        Selector {
            inner: self.inner.clone().exists(key),
        }
    }

    /// Adds `!key` (the label is absent).
    fn not_exists(&self, key: String) -> Self {
        Selector {
            inner: self.inner.clone().not_exists(key),
        }
    }

    /// Adds `key in (values)`.
    fn is_in(&self, key: String, values: Vec<String>) -> Self {
        Selector {
            inner: self.inner.clone().is_in(key, values),
        }
    }

    /// Adds `key notin (values)`.
    fn not_in(&self, key: String, values: Vec<String>) -> Self {
        Selector {
            inner: self.inner.clone().not_in(key, values),
        }
    }

    /// Checks every requirement and returns the selector text.
    fn build(&self) -> PyResult<String> {
        self.inner.build().map_err(to_pyerr)
    }

    /// Whether `labels` satisfy every requirement.
    fn matches(&self, labels: BTreeMap<String, String>) -> bool {
        self.inner.matches(&labels)
    }

    fn __str__(&self) -> String {
        self.inner.to_string()
    }

    fn __repr__(&self) -> String {
        format!("Selector('{}')", self.inner)
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| o.get().inner == self.inner)
    }
}
