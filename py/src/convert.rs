//! Conversions between Rust values and Python objects.
//!
//! Answers stay Rust structs inside frozen pyclasses; a getter converts one field when it is
//! read ([`ToPy`]). Arguments go the other way, from Python objects to JSON ([`to_json`]), the
//! form `hetzcloud::dispatch` takes.

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple};
use serde_json::{Map, Number, Value};
use std::collections::BTreeMap;

/// A Rust value that can become a Python object.
pub trait ToPy {
    /// Converts a borrowed value (getters: the model stays shared).
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>>;

    /// Converts an owned value without copying where possible (answers).
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>>
    where
        Self: Sized,
    {
        self.to_py(py)
    }
}

macro_rules! plain {
    ($($t:ty),*) => {$(
        impl ToPy for $t {
            fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                Ok(self.into_pyobject(py)?.to_owned().into_any())
            }
        }
    )*};
}
plain!(i64, i32, f64, bool, String);

impl<T: ToPy> ToPy for Option<T> {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        match self {
            Some(v) => v.to_py(py),
            None => Ok(py.None().into_bound(py)),
        }
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        match self {
            Some(v) => v.into_py_any(py),
            None => Ok(py.None().into_bound(py)),
        }
    }
}

impl<T: ToPy> ToPy for Vec<T> {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let items = self
            .iter()
            .map(|v| v.to_py(py))
            .collect::<PyResult<Vec<_>>>()?;
        Ok(PyList::new(py, items)?.into_any())
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let items = self
            .into_iter()
            .map(|v| v.into_py_any(py))
            .collect::<PyResult<Vec<_>>>()?;
        Ok(PyList::new(py, items)?.into_any())
    }
}

impl<T: ToPy> ToPy for BTreeMap<String, T> {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let d = PyDict::new(py);
        for (k, v) in self {
            d.set_item(k, v.to_py(py)?)?;
        }
        Ok(d.into_any())
    }
}

impl<A: ToPy, B: ToPy> ToPy for (A, B) {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(PyTuple::new(py, [self.0.to_py(py)?, self.1.to_py(py)?])?.into_any())
    }
}

impl ToPy for hetzcloud::Timestamp {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(self.into_pyobject(py)?.into_any())
    }
}

/// Exact decimals (prices) become `str`: lossless, cheap, and `decimal.Decimal(value)` away
/// for arithmetic; importing `decimal` for every price read would cost more than it gives.
impl ToPy for hetzcloud::Decimal {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(PyString::new(py, self.as_str()).into_any())
    }
}

impl ToPy for hetzcloud::IdOrName {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        match self {
            hetzcloud::IdOrName::Id(id) => id.to_py(py),
            hetzcloud::IdOrName::Name(n) => n.to_py(py),
        }
    }
}

impl ToPy for Value {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json_to_py(py, self)
    }
}

impl ToPy for () {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(py.None().into_bound(py))
    }
}

/// `ToPy` for a string enum of the core: the value as the API spells it.
#[macro_export]
macro_rules! enum_to_py {
    ($($t:ty),* $(,)?) => {$(
        impl $crate::convert::ToPy for $t {
            fn to_py<'py>(
                &self,
                py: ::pyo3::Python<'py>,
            ) -> ::pyo3::PyResult<::pyo3::Bound<'py, ::pyo3::PyAny>> {
                Ok(::pyo3::types::PyString::new(py, self.as_str()).into_any())
            }
        }
    )*};
}

/// JSON → plain Python (`dict`, `list`, `str`, `int`, `float`, `bool`, `None`).
pub fn json_to_py<'py>(py: Python<'py>, v: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match v {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => PyBool::new(py, *b).to_owned().into_any(),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                i.into_pyobject(py)?.into_any()
            } else if let Some(u) = n.as_u64() {
                u.into_pyobject(py)?.into_any()
            } else {
                n.as_f64().unwrap_or(f64::NAN).into_pyobject(py)?.into_any()
            }
        }
        Value::String(s) => PyString::new(py, s).into_any(),
        Value::Array(a) => {
            let items = a
                .iter()
                .map(|x| json_to_py(py, x))
                .collect::<PyResult<Vec<_>>>()?;
            PyList::new(py, items)?.into_any()
        }
        Value::Object(o) => {
            let d = PyDict::new(py);
            for (k, x) in o {
                d.set_item(k, json_to_py(py, x)?)?;
            }
            d.into_any()
        }
    })
}

/// Python arguments → JSON for `dispatch`. A model object (anything with an integer `id`, such
/// as a `Server`) stands for its ID; `datetime` becomes RFC 3339, `Decimal` its string;
/// `None` values in a dict are left out (an omitted keyword argument).
pub fn to_json(obj: &Bound<'_, PyAny>) -> PyResult<Value> {
    to_json_at(obj, "", 0)
}

fn to_json_at(obj: &Bound<'_, PyAny>, path: &str, depth: usize) -> PyResult<Value> {
    if depth > 64 {
        return Err(PyTypeError::new_err(format!(
            "argument `{path}` is nested too deeply"
        )));
    }
    if obj.is_none() {
        return Ok(Value::Null);
    }
    if let Ok(b) = obj.cast::<PyBool>() {
        return Ok(Value::Bool(b.is_true()));
    }
    if obj.is_instance_of::<PyInt>() {
        if let Ok(i) = obj.extract::<i64>() {
            return Ok(Value::from(i));
        }
        return Err(PyTypeError::new_err(format!(
            "argument `{path}`: integer out of range"
        )));
    }
    if let Ok(f) = obj.cast::<PyFloat>() {
        return Ok(Number::from_f64(f.value())
            .map(Value::Number)
            .unwrap_or(Value::Null));
    }
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(Value::String(s.extract::<String>()?));
    }
    if let Ok(d) = obj.cast::<PyDict>() {
        let mut out = Map::new();
        for (k, v) in d.iter() {
            if v.is_none() && depth == 0 {
                continue;
            }
            let key: String = k.str()?.extract()?;
            let sub = if path.is_empty() {
                key.clone()
            } else {
                format!("{path}.{key}")
            };
            out.insert(key, to_json_at(&v, &sub, depth + 1)?);
        }
        return Ok(Value::Object(out));
    }
    if obj.cast::<PyList>().is_ok() || obj.cast::<PyTuple>().is_ok() {
        let mut out = Vec::new();
        for (i, v) in obj.try_iter()?.enumerate() {
            out.push(to_json_at(&v?, &format!("{path}[{i}]"), depth + 1)?);
        }
        return Ok(Value::Array(out));
    }
    // A model object where a resource is referenced: its ID.
    if let Ok(id) = obj.getattr("id") {
        if let Ok(i) = id.extract::<i64>() {
            return Ok(Value::from(i));
        }
    }
    let type_name = obj.get_type().name()?.to_string();
    match type_name.as_str() {
        "datetime" => {
            let s: String = obj.call_method0("isoformat")?.extract()?;
            Ok(Value::String(s))
        }
        "Decimal" => Ok(Value::String(obj.str()?.extract()?)),
        _ => {
            if obj.hasattr("to_dict")? {
                return to_json_at(&obj.call_method0("to_dict")?, path, depth + 1);
            }
            if obj.hasattr("__iter__")? && !obj.hasattr("keys")? {
                let mut out = Vec::new();
                for (i, v) in obj.try_iter()?.enumerate() {
                    out.push(to_json_at(&v?, &format!("{path}[{i}]"), depth + 1)?);
                }
                return Ok(Value::Array(out));
            }
            Err(PyTypeError::new_err(format!(
                "argument `{path}`: cannot send a value of type {type_name}"
            )))
        }
    }
}
