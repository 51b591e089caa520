//! `hetzcloud._native.NativeClient`: the core client, with a blocking and an awaitable way to
//! make each call. The Python classes `Client` / `AsyncClient` wrap it.

use crate::answer::Items;
use crate::convert::{to_json, ToPy};
use crate::errors::to_pyerr;
use crate::runtime::{block_on, runtime};
use futures::StreamExt;
use hetzcloud::{CallOptions, Client, ClientBuilder, PollPolicy, RetryPolicy};
use pyo3::exceptions::{PyStopAsyncIteration, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyDict;
use std::collections::VecDeque;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Mutex as AsyncMutex;

/// The native client: one connection pool, the last seen rate limit, and the call entry
/// points used by the generated Python resources. Not meant to be used directly.
#[pyclass(frozen, module = "hetzcloud._native")]
pub struct NativeClient {
    pub client: Client,
}

fn secs(field: &str, v: f64) -> PyResult<Duration> {
    Duration::try_from_secs_f64(v).map_err(|_| {
        PyValueError::new_err(format!("{field} must be a non-negative number of seconds"))
    })
}

fn args_json(args: Option<&Bound<'_, PyDict>>) -> PyResult<serde_json::Value> {
    match args {
        Some(d) => to_json(d.as_any()),
        None => Ok(serde_json::Value::Null),
    }
}

#[pymethods]
impl NativeClient {
    /// Builds a client. `env` (a mapping such as `os.environ`) is read first for the
    /// `HCLOUD_*` variables; explicit arguments override it.
    #[new]
    #[pyo3(signature = (*, token=None, endpoint=None, application=None, timeout=None, retries=None, poll_interval=None, page_concurrency=None, debug=None, env=None))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        token: Option<String>,
        endpoint: Option<String>,
        application: Option<(String, Option<String>)>,
        timeout: Option<f64>,
        retries: Option<u32>,
        poll_interval: Option<f64>,
        page_concurrency: Option<usize>,
        debug: Option<bool>,
        env: Option<Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let mut b = match env {
            Some(env) => {
                let get = |k: &str| -> Option<String> {
                    env.get_item(k)
                        .ok()
                        .and_then(|v| v.extract::<String>().ok())
                };
                ClientBuilder::from_vars(get).map_err(to_pyerr)?
            }
            None => ClientBuilder::default(),
        };
        if let Some(t) = token {
            b = b.token(t);
        }
        if let Some(e) = endpoint {
            b = b.endpoint(e);
        }
        if let Some((name, version)) = &application {
            b = b.application(name.clone(), version.as_deref());
        }
        if let Some(t) = timeout {
            b = b.timeout(secs("timeout", t)?);
        }
        if let Some(n) = retries {
            b = b.retry(if n == 0 {
                RetryPolicy::none()
            } else {
                RetryPolicy {
                    max_retries: n,
                    ..RetryPolicy::default()
                }
            });
        }
        if let Some(p) = poll_interval {
            let first = secs("poll", p)?;
            let d = PollPolicy::default();
            b = b.poll(PollPolicy {
                initial: first,
                max: d.max.max(first),
                ..d
            });
        }
        if let Some(n) = page_concurrency {
            b = b.page_concurrency(n);
        }
        if let Some(d) = debug {
            b = b.debug(d);
        }
        crate::logs::install();
        Ok(NativeClient {
            client: b.build().map_err(to_pyerr)?,
        })
    }

    /// The endpoint this client talks to.
    #[getter]
    fn endpoint(&self) -> String {
        self.client.endpoint().to_owned()
    }

    /// `(limit, remaining, reset)` as the last answer reported it, or `None`.
    #[getter]
    fn rate_limit(&self) -> Option<(u32, u32, i64)> {
        self.client
            .rate_limit()
            .map(|r| (r.limit, r.remaining, r.reset))
    }

    /// Calls operation `op` with flat named `args` and waits for the answer (GIL released;
    /// Ctrl-C interrupts). `waiter` is kept by answers that carry actions, for `.wait()`.
    #[pyo3(signature = (op, args=None, waiter=None))]
    fn call(
        &self,
        py: Python<'_>,
        op: &str,
        args: Option<&Bound<'_, PyDict>>,
        waiter: Option<Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        let json = args_json(args)?;
        let fut = crate::generated::ops::call(&self.client, &CallOptions::default(), op, json)
            .map_err(to_pyerr)?;
        let answer = block_on(py, fut)?.map_err(to_pyerr)?;
        answer.into_answer(py, waiter.as_ref())
    }

    /// The same as `call`, as an awaitable.
    #[pyo3(signature = (op, args=None, waiter=None))]
    fn call_async<'py>(
        &self,
        py: Python<'py>,
        op: &str,
        args: Option<&Bound<'py, PyDict>>,
        waiter: Option<Py<PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let json = args_json(args)?;
        let fut = crate::generated::ops::call(&self.client, &CallOptions::default(), op, json)
            .map_err(to_pyerr)?;
        pyo3_async_runtimes::tokio::future_into_py(py, async move {
            let answer = fut.await.map_err(to_pyerr)?;
            Python::attach(|py| answer.into_answer(py, waiter.as_ref()))
        })
    }

    /// Every item of list operation `op` (all pages, fetched ahead), as an iterator that is
    /// also an async iterator.
    #[pyo3(signature = (op, args=None))]
    fn list(&self, op: &str, args: Option<&Bound<'_, PyDict>>) -> PyResult<ItemStream> {
        let json = args_json(args)?;
        // `list_all` builds its stream on the runtime (it may spawn page fetches).
        let _guard = runtime().enter();
        let items = crate::generated::ops::list(&self.client, &CallOptions::default(), op, json)
            .map_err(to_pyerr)?;
        Ok(ItemStream {
            inner: Arc::new(AsyncMutex::new(State {
                items,
                buffer: VecDeque::new(),
                done: false,
            })),
        })
    }

    /// Waits for the actions with these IDs; `progress(action)` is called on every change.
    /// Returns the finished actions. Raises `ActionFailedError` / `WaitTimeoutError`.
    #[pyo3(signature = (ids, timeout=None, progress=None))]
    fn wait(
        &self,
        py: Python<'_>,
        ids: Vec<i64>,
        timeout: Option<f64>,
        progress: Option<Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        let fut = self.waiter(ids, timeout, progress)?;
        let done = block_on(py, fut)?.map_err(to_pyerr)?;
        Ok(done.into_py_any(py)?.unbind())
    }

    /// The same as `wait`, as an awaitable.
    #[pyo3(signature = (ids, timeout=None, progress=None))]
    fn wait_async<'py>(
        &self,
        py: Python<'py>,
        ids: Vec<i64>,
        timeout: Option<f64>,
        progress: Option<Py<PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let fut = self.waiter(ids, timeout, progress)?;
        pyo3_async_runtimes::tokio::future_into_py(py, async move {
            let done = fut.await.map_err(to_pyerr)?;
            Python::attach(|py| Ok(done.into_py_any(py)?.unbind()))
        })
    }

    fn __repr__(&self) -> String {
        format!("NativeClient(endpoint='{}')", self.client.endpoint())
    }
}

type Waiting = hetzcloud::BoxFuture<'static, hetzcloud::Result<Vec<hetzcloud::models::Action>>>;

impl NativeClient {
    fn waiter(
        &self,
        ids: Vec<i64>,
        timeout: Option<f64>,
        progress: Option<Py<PyAny>>,
    ) -> PyResult<Waiting> {
        let mut w = self.client.wait_for(ids);
        if let Some(t) = timeout {
            w = w.timeout(secs("timeout", t)?);
        }
        if let Some(cb) = progress {
            w = w.on_progress(move |a| {
                Python::attach(|py| {
                    let r = a.to_py(py).and_then(|obj| cb.bind(py).call1((obj,)));
                    if let Err(e) = r {
                        e.write_unraisable(py, Some(cb.bind(py)));
                    }
                });
            });
        }
        Ok(std::future::IntoFuture::into_future(w))
    }
}

struct State {
    items: Items,
    buffer: VecDeque<Py<PyAny>>,
    done: bool,
}

/// The items of a list operation, fetched page by page ahead of use. Iterate it with `for`
/// (blocking) or `async for`.
#[pyclass(frozen, module = "hetzcloud._native")]
pub struct ItemStream {
    inner: Arc<AsyncMutex<State>>,
}

enum Step {
    Item(Py<PyAny>),
    Error(PyErr),
    End,
}

/// The next item: from the buffer, else the next chunk is fetched and converted (taking the
/// GIL once for the whole chunk).
async fn step(inner: Arc<AsyncMutex<State>>) -> Step {
    let mut st = inner.lock().await;
    loop {
        if let Some(x) = st.buffer.pop_front() {
            return Step::Item(x);
        }
        if st.done {
            return Step::End;
        }
        match st.items.next().await {
            Some(Ok(chunk)) => match Python::attach(|py| chunk.into_py_items(py)) {
                Ok(items) => st.buffer.extend(items),
                Err(e) => {
                    st.done = true;
                    return Step::Error(e);
                }
            },
            Some(Err(e)) => {
                st.done = true;
                return Step::Error(to_pyerr(e));
            }
            None => {
                st.done = true;
                return Step::End;
            }
        }
    }
}

#[pymethods]
impl ItemStream {
    fn __iter__(slf: Py<Self>) -> Py<Self> {
        slf
    }

    fn __next__(&self, py: Python<'_>) -> PyResult<Option<Py<PyAny>>> {
        // Fast path: an item already converted, no waiting.
        if let Ok(mut st) = self.inner.try_lock() {
            if let Some(x) = st.buffer.pop_front() {
                return Ok(Some(x));
            }
        }
        match block_on(py, step(self.inner.clone())) {
            Ok(Step::Item(x)) => Ok(Some(x)),
            Ok(Step::Error(e)) => Err(e),
            Ok(Step::End) => Ok(None),
            Err(interrupted) => {
                self.close();
                Err(interrupted)
            }
        }
    }

    fn __aiter__(slf: Py<Self>) -> Py<Self> {
        slf
    }

    fn __anext__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        // Fast path: an item already converted, handed over in a finished future (no trip
        // through the runtime).
        if let Ok(mut st) = self.inner.try_lock() {
            if let Some(x) = st.buffer.pop_front() {
                let fut = py
                    .import("asyncio")?
                    .call_method0("get_running_loop")?
                    .call_method0("create_future")?;
                fut.call_method1("set_result", (x,))?;
                return Ok(fut);
            }
        }
        let inner = self.inner.clone();
        pyo3_async_runtimes::tokio::future_into_py(py, async move {
            match step(inner).await {
                Step::Item(x) => Ok(x),
                Step::Error(e) => Err(e),
                Step::End => Err(PyStopAsyncIteration::new_err(())),
            }
        })
    }

    /// Stops fetching: pages in flight are dropped (their connections closed) and the
    /// iterator ends. Done automatically when a blocking iteration is interrupted.
    fn close(&self) {
        let inner = self.inner.clone();
        runtime().spawn(async move {
            let mut st = inner.lock().await;
            st.done = true;
            st.buffer.clear();
            st.items = futures::stream::empty().boxed();
        });
    }

    /// Everything not yet consumed, as a list (blocking).
    fn collect(&self, py: Python<'_>) -> PyResult<Vec<Py<PyAny>>> {
        let mut out = Vec::new();
        while let Some(x) = self.__next__(py)? {
            out.push(x);
        }
        Ok(out)
    }
}
