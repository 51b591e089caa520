//! The `wasm-bindgen` exports (wasm32 only).

use crate::convert;
use futures::future::{select, Either};
use futures::{FutureExt, StreamExt};
use hetzcloud::{BoxStream, CallOptions, Client, ClientBuilder, Error};
use js_sys::{Function, Promise};
use serde_json::Value;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::{future_to_promise, JsFuture};

/// The error description as a JS string (JSON), for the JS side to turn into its classes.
fn js_error(e: &Error) -> JsValue {
    JsValue::from_str(&convert::error(e).to_string())
}

fn aborted() -> JsValue {
    JsValue::from_str(
        r#"{"kind":"aborted","message":"the operation was aborted","code":"aborted"}"#,
    )
}

/// Runs `fut` until it ends or `cancel` (a promise the JS side resolves when its `AbortSignal`
/// fires) settles; then `fut` is dropped, which aborts its `fetch`.
async fn cancellable<F>(fut: F, cancel: Option<Promise>) -> Result<JsValue, JsValue>
where
    F: std::future::Future<Output = Result<JsValue, JsValue>>,
{
    match cancel {
        None => fut.await,
        Some(p) => {
            let fut = Box::pin(fut);
            let cancel = JsFuture::from(p);
            match select(fut, cancel).await {
                Either::Left((out, _)) => out,
                Either::Right(_) => Err(aborted()),
            }
        }
    }
}

fn parse_json(text: &str) -> Result<Value, JsValue> {
    convert::parse_args(text).map_err(|e| js_error(&e))
}

/// A client of the core, configured from the JS options.
#[wasm_bindgen]
pub struct NativeClient {
    client: Client,
}

#[wasm_bindgen]
impl NativeClient {
    /// `options`: JSON of `{ token, endpoint, ... }`; `vars`: JSON of environment variables
    /// (`Client.fromEnv`), read like the official CLI reads them, before `options`.
    #[wasm_bindgen(constructor)]
    pub fn new(options: &str, vars: Option<String>) -> Result<NativeClient, JsValue> {
        let opts = parse_json(options)?;
        let base = match vars {
            Some(v) => {
                let vars = parse_json(&v)?;
                ClientBuilder::from_vars(|k| vars.get(k).and_then(Value::as_str).map(str::to_owned))
                    .map_err(|e| js_error(&e))?
            }
            None => ClientBuilder::default(),
        };
        let client = convert::client_builder(base, &opts)
            .and_then(ClientBuilder::build)
            .map_err(|e| js_error(&e))?;
        Ok(NativeClient { client })
    }

    /// The endpoint this client talks to.
    #[wasm_bindgen(getter)]
    pub fn endpoint(&self) -> String {
        self.client.endpoint().to_owned()
    }

    /// JSON of `{ limit, remaining, reset }` as last reported, or `null`.
    #[wasm_bindgen(js_name = rateLimit)]
    pub fn rate_limit(&self) -> String {
        convert::rate_limit(self.client.rate_limit()).to_string()
    }

    /// Calls operation `op` with flat named arguments (JSON); resolves to the answer as JSON
    /// text (`null` for operations answering without a body).
    pub fn call(
        &self,
        op: String,
        args: String,
        options: String,
        cancel: Option<Promise>,
    ) -> Promise {
        let client = self.client.clone();
        future_to_promise(cancellable(
            async move {
                let args = parse_json(&args)?;
                let opts = call_options(&options)?;
                let response = hetzcloud::dispatch::call_json(&client, &opts, &op, args)
                    .await
                    .map_err(|e| js_error(&e))?;
                Ok(JsValue::from_str(&response.data.to_string()))
            },
            cancel,
        ))
    }

    /// Every item of every page of list operation `op`, in batches: see [`NativeList::next`].
    pub fn list(&self, op: String, args: String, options: String) -> Result<NativeList, JsValue> {
        let args = parse_json(&args)?;
        let opts = call_options(&options)?;
        let stream = hetzcloud::dispatch::list_all_json(&self.client, &opts, &op, args)
            .map_err(|e| js_error(&e))?;
        Ok(NativeList {
            stream: Rc::new(RefCell::new(Some(stream))),
        })
    }

    /// Waits for the actions `ids` (batched like the core: one request per 50 per round).
    /// `options`: JSON of `{ timeoutMs, poll }`; `on_progress` gets each changed action as
    /// JSON text. Resolves to the finished actions as JSON text.
    pub fn wait(
        &self,
        ids: Vec<f64>,
        options: String,
        on_progress: Option<Function>,
        cancel: Option<Promise>,
    ) -> Promise {
        let client = self.client.clone();
        future_to_promise(cancellable(
            async move {
                let opts = parse_json(&options)?;
                let mut ids_i = Vec::with_capacity(ids.len());
                for id in ids {
                    if id.fract() != 0.0 || !(1.0..9.007_199_254_740_991e15).contains(&id) {
                        return Err(js_error(&Error::invalid_input(
                            "actions",
                            format!("`{id}` is not an action ID"),
                        )));
                    }
                    ids_i.push(id as i64);
                }
                let mut waiter = client.wait_for(ids_i);
                if let Some(p) = opts.get("poll").filter(|v| !v.is_null()) {
                    waiter = waiter
                        .poll(convert::poll_policy(p, "options.poll").map_err(|e| js_error(&e))?);
                }
                match opts.get("timeoutMs") {
                    None | Some(Value::Null) => {}
                    Some(v) => {
                        waiter = waiter.timeout(
                            convert::millis(v, "options.timeoutMs").map_err(|e| js_error(&e))?,
                        )
                    }
                }
                if let Some(f) = on_progress {
                    waiter = waiter.on_progress(move |a| {
                        let text = serde_json::to_string(a).unwrap_or_default();
                        // A throwing callback must not stop the wait; JS reports it.
                        let _ = f.call1(&JsValue::NULL, &JsValue::from_str(&text));
                    });
                }
                let done = waiter.await.map_err(|e| js_error(&e))?;
                let text = serde_json::to_string(&done).unwrap_or_else(|_| "[]".into());
                Ok(JsValue::from_str(&text))
            },
            cancel,
        ))
    }
}

fn call_options(text: &str) -> Result<CallOptions, JsValue> {
    let v = parse_json(text)?;
    convert::call_options(&v).map_err(|e| js_error(&e))
}

type ItemStream = BoxStream<'static, hetzcloud::Result<Value>>;

/// The items of a list operation, fetched as the JS side iterates.
#[wasm_bindgen]
pub struct NativeList {
    stream: Rc<RefCell<Option<ItemStream>>>,
}

/// Items returned by one `next` at most (those already fetched; one page is at most 50).
const BATCH: usize = 500;

#[wasm_bindgen]
impl NativeList {
    /// Resolves to a JSON array of the next items: those already fetched, at least one, or
    /// `[]` at the end. One `next` at a time.
    pub fn next(&self, cancel: Option<Promise>) -> Promise {
        let slot = self.stream.clone();
        future_to_promise(cancellable(
            async move {
                let Some(mut stream) = slot.borrow_mut().take() else {
                    return Ok(JsValue::from_str("[]"));
                };
                let mut items = Vec::new();
                match stream.next().await {
                    None => return Ok(JsValue::from_str("[]")),
                    Some(Err(e)) => return Err(js_error(&e)),
                    Some(Ok(v)) => items.push(v),
                }
                // Whatever is ready without waiting joins the batch.
                while items.len() < BATCH {
                    match stream.next().now_or_never() {
                        Some(Some(Ok(v))) => items.push(v),
                        Some(Some(Err(e))) => {
                            // Deliver what arrived; the error comes with the next call.
                            let failed: ItemStream =
                                Box::pin(futures::stream::once(async move { Err(e) }));
                            *slot.borrow_mut() = Some(failed);
                            return Ok(JsValue::from_str(&Value::Array(items).to_string()));
                        }
                        Some(None) => {
                            let done: ItemStream = Box::pin(futures::stream::empty());
                            *slot.borrow_mut() = Some(done);
                            return Ok(JsValue::from_str(&Value::Array(items).to_string()));
                        }
                        None => break,
                    }
                }
                *slot.borrow_mut() = Some(stream);
                Ok(JsValue::from_str(&Value::Array(items).to_string()))
            },
            cancel,
        ))
    }

    /// Stops fetching.
    pub fn close(&self) {
        self.stream.borrow_mut().take();
    }
}
