//! One tokio runtime for every client, and the two ways Python waits on it.

use pyo3::prelude::*;
use std::future::Future;
use std::sync::mpsc;
use std::time::Duration;

/// The runtime shared by blocking calls, `await`ed calls and the action waiter
/// (pyo3-async-runtimes' own, so `future_into_py` and blocking calls use the same threads).
pub fn runtime() -> &'static tokio::runtime::Runtime {
    pyo3_async_runtimes::tokio::get_runtime()
}

/// How long a blocking call waits between looks at Python's signal handlers.
const SLICE: Duration = Duration::from_millis(50);

/// Runs `fut` on the shared runtime while this thread waits without the GIL; every slice it
/// takes the GIL briefly to run signal handlers, so Ctrl-C (`KeyboardInterrupt`) ends the wait
/// at once and cancels the work.
pub fn block_on<F, T>(py: Python<'_>, fut: F) -> PyResult<T>
where
    F: Future<Output = T> + Send + 'static,
    T: Send + 'static,
{
    let (tx, rx) = mpsc::sync_channel::<T>(1);
    let task = runtime().spawn(async move {
        let _ = tx.send(fut.await);
    });
    let mut rx = rx;
    loop {
        let (got, back) = py.detach(move || (rx.recv_timeout(SLICE), rx));
        rx = back;
        match got {
            Ok(v) => return Ok(v),
            Err(mpsc::RecvTimeoutError::Timeout) => {
                if let Err(e) = py.check_signals() {
                    task.abort();
                    return Err(e);
                }
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                return Err(pyo3::exceptions::PyRuntimeError::new_err(
                    "the call's task ended without an answer (runtime shutting down?)",
                ));
            }
        }
    }
}
