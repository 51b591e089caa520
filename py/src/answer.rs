//! Typed answers on their way to Python: decoded in Rust, wrapped (not converted) in Python.

use crate::convert::ToPy;
use crate::lazy::FromRaw;
use futures::StreamExt;
use hetzcloud::{ApiRequest, BoxFuture, BoxStream, CallOptions, Client};
use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyTuple};
use serde::de::DeserializeOwned;
use serde_json::value::RawValue;
use std::marker::PhantomData;

/// A decoded answer that becomes a Python object once the GIL is held. `waiter` is the
/// `actions` resource of the calling client, kept by answers that carry actions (`.wait()`).
pub trait Answer: Send {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>>;
}

impl Answer for () {
    fn into_answer(self: Box<Self>, py: Python<'_>, _: Option<&Py<PyAny>>) -> PyResult<Py<PyAny>> {
        Ok(py.None())
    }
}

/// One operation in flight.
pub type Call = BoxFuture<'static, hetzcloud::Result<Box<dyn Answer>>>;

/// Sends `req` and decodes the answer into `T`.
pub fn fetch<T>(client: &Client, opts: &CallOptions, req: ApiRequest) -> Call
where
    T: DeserializeOwned + Answer + 'static,
{
    let client = client.clone();
    let opts = opts.clone();
    Box::pin(async move {
        let r = client.execute::<T>(req, &opts).await?;
        Ok(Box::new(r.data) as Box<dyn Answer>)
    })
}

/// Sends `req` for an operation answering `204 No Content`.
pub fn fetch_empty(client: &Client, opts: &CallOptions, req: ApiRequest) -> Call {
    let client = client.clone();
    let opts = opts.clone();
    Box::pin(async move {
        client.execute_no_content(req, &opts).await?;
        Ok(Box::new(()) as Box<dyn Answer>)
    })
}

/// Items of a list, still Rust values; converted in one go when the GIL is held.
pub trait Chunk: Send {
    fn into_py_items(self: Box<Self>, py: Python<'_>) -> PyResult<Vec<Py<PyAny>>>;
}

impl<T: ToPy + Send> Chunk for Vec<T> {
    fn into_py_items(self: Box<Self>, py: Python<'_>) -> PyResult<Vec<Py<PyAny>>> {
        self.into_iter()
            .map(|v| v.into_py_any(py).map(Bound::unbind))
            .collect()
    }
}

/// A list's items, chunked: every item already fetched comes in one chunk, so Python takes
/// the GIL once per page, not once per item.
pub type Items = BoxStream<'static, hetzcloud::Result<Box<dyn Chunk>>>;

/// Raw list items that become model objects of class `T` (decoded on first attribute read).
struct RawChunk<T>(Vec<Box<RawValue>>, PhantomData<fn() -> T>);

impl<T: FromRaw> Chunk for RawChunk<T> {
    fn into_py_items(self: Box<Self>, py: Python<'_>) -> PyResult<Vec<Py<PyAny>>> {
        self.0.into_iter().map(|raw| T::from_raw(py, raw)).collect()
    }
}

/// The items of a list stream, chunked (see [`Items`]).
pub fn raw_items<T: FromRaw + 'static>(
    s: BoxStream<'static, hetzcloud::Result<Box<RawValue>>>,
) -> Items {
    s.ready_chunks(1024)
        .flat_map(|chunk| {
            let mut ok = Vec::with_capacity(chunk.len());
            let mut out: Vec<hetzcloud::Result<Box<dyn Chunk>>> = Vec::new();
            for r in chunk {
                match r {
                    Ok(v) => ok.push(v),
                    Err(e) => {
                        if !ok.is_empty() {
                            out.push(Ok(Box::new(RawChunk::<T>(
                                std::mem::take(&mut ok),
                                PhantomData,
                            ))));
                        }
                        out.push(Err(e));
                    }
                }
            }
            if !ok.is_empty() {
                out.push(Ok(Box::new(RawChunk::<T>(ok, PhantomData))));
            }
            futures::stream::iter(out)
        })
        .boxed()
}

/// `answer.wait(...)`: calls `waiter.wait(*actions, timeout=, progress=)` with the answer's
/// actions (`action`, then `actions`/`next_actions`).
pub fn wait<'py>(
    answer: &Bound<'py, PyAny>,
    waiter: Option<&Py<PyAny>>,
    fields: &[&str],
    timeout: Option<f64>,
    progress: Option<Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let py = answer.py();
    let Some(waiter) = waiter else {
        return Err(PyRuntimeError::new_err(
            "this object was not returned by a client call; use client.actions.wait(...)",
        ));
    };
    let actions = PyList::empty(py);
    for f in fields {
        let v = answer.getattr(*f)?;
        if v.is_none() {
            continue;
        }
        if let Ok(list) = v.cast::<PyList>() {
            for a in list.iter() {
                actions.append(a)?;
            }
        } else {
            actions.append(v)?;
        }
    }
    let kwargs = PyDict::new(py);
    kwargs.set_item("timeout", timeout)?;
    if let Some(p) = progress {
        kwargs.set_item("progress", p)?;
    }
    let args = PyTuple::new(py, actions.iter())?;
    waiter.bind(py).getattr("wait")?.call(args, Some(&kwargs))
}
