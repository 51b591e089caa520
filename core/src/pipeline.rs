//! The one path every call takes: send → record rate limit → map errors → retry → decode.

use crate::client::{CallOptions, Client, Response};
use crate::error::{snippet, ApiError, Error};
use crate::rate_limit::RateLimit;
use crate::retry::{Decision, Outcome};
use crate::runtime;
use crate::transport::{ApiRequest, RawResponse};
use serde::de::DeserializeOwned;

impl Client {
    /// Sends `req` and decodes the answer into `T`.
    pub async fn execute<T: DeserializeOwned>(
        &self,
        req: ApiRequest,
        opts: &CallOptions,
    ) -> Result<Response<T>, Error> {
        let raw = self.send_with_retries(&req, opts).await?;
        let data = decode::<T>(raw.status, &raw.body)?;
        Ok(into_response(&raw, data))
    }

    /// Sends `req` for an operation that answers without a body (`204 No Content`).
    pub async fn execute_no_content(
        &self,
        req: ApiRequest,
        opts: &CallOptions,
    ) -> Result<Response<()>, Error> {
        let raw = self.send_with_retries(&req, opts).await?;
        Ok(into_response(&raw, ()))
    }

    /// Sends `req` and returns the body as untyped JSON (`null` for an empty body); for callers
    /// that pass JSON through, such as language bindings.
    pub async fn execute_json(
        &self,
        req: ApiRequest,
        opts: &CallOptions,
    ) -> Result<Response<serde_json::Value>, Error> {
        let raw = self.send_with_retries(&req, opts).await?;
        let data = if raw.body.iter().all(u8::is_ascii_whitespace) {
            serde_json::Value::Null
        } else {
            decode(raw.status, &raw.body)?
        };
        Ok(into_response(&raw, data))
    }

    /// Sends until success, a final error, or the retry policy says stop. Returns only 2xx.
    async fn send_with_retries(
        &self,
        req: &ApiRequest,
        opts: &CallOptions,
    ) -> Result<RawResponse, Error> {
        let policy = opts.retry.as_ref().unwrap_or(&self.inner.retry);
        let transport = &self.inner.transport;
        let debug = self.inner.debug;
        // Bounded: the policy stops after `max_retries`; the range is a second guard.
        for attempt in 1..=policy.max_retries.saturating_add(1) {
            if debug {
                tracing::debug!(
                    target: "hetzcloud::http",
                    method = %req.method,
                    url = %transport.url(req),
                    body = req.body.as_deref().unwrap_or(""),
                    attempt,
                    "request (Authorization: Bearer [redacted])"
                );
            }
            let (error, outcome_reset) = match transport.send(req, opts.timeout).await {
                Ok(raw) => {
                    let rate_limit = RateLimit::from_headers(&raw.headers);
                    if let Some(rl) = rate_limit {
                        self.record_rate_limit(rl);
                    }
                    if debug {
                        tracing::debug!(
                            target: "hetzcloud::http",
                            status = raw.status,
                            correlation_id = correlation_id(&raw).as_deref().unwrap_or(""),
                            body = %String::from_utf8_lossy(&raw.body),
                            "response"
                        );
                    }
                    if (200..300).contains(&raw.status) {
                        return Ok(raw);
                    }
                    let api = ApiError::from_response(raw.status, &raw.body, correlation_id(&raw));
                    let reset = rate_limit.map(|rl| rl.reset_in(runtime::unix_now()));
                    (Error::Api(Box::new(api)), reset)
                }
                Err(e) => (e, None),
            };
            let decision = match &error {
                Error::Api(api) => policy.decide(
                    attempt,
                    &Outcome::Api {
                        status: api.status,
                        code: &api.code,
                        rate_limit_reset_in: outcome_reset,
                    },
                    runtime::random_unit(),
                ),
                Error::Transport { .. } | Error::Timeout(_) => policy.decide(
                    attempt,
                    &Outcome::Network {
                        idempotent: req.method.is_idempotent(),
                    },
                    runtime::random_unit(),
                ),
                _ => Decision::Stop,
            };
            match decision {
                Decision::Stop => return Err(error),
                Decision::Retry(delay) => {
                    tracing::warn!(
                        target: "hetzcloud::retry",
                        method = %req.method,
                        path = %req.path,
                        attempt,
                        delay_ms = delay.as_millis() as u64,
                        error = %error,
                        "retrying"
                    );
                    runtime::sleep(delay).await;
                }
            }
        }
        unreachable!("the retry policy stops at max_retries + 1 attempts")
    }
}

fn correlation_id(raw: &RawResponse) -> Option<String> {
    raw.headers
        .get("x-correlation-id")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

fn into_response<T>(raw: &RawResponse, data: T) -> Response<T> {
    Response {
        data,
        status: raw.status,
        rate_limit: RateLimit::from_headers(&raw.headers),
        correlation_id: correlation_id(raw),
    }
}

/// Decodes JSON, naming the path of the first value that does not fit.
pub(crate) fn decode<T: DeserializeOwned>(status: u16, body: &[u8]) -> Result<T, Error> {
    let de = &mut serde_json::Deserializer::from_slice(body);
    serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        let message = if inner.is_syntax() || inner.is_eof() {
            format!("{inner}; the body starts with: {}", snippet(body))
        } else {
            inner.to_string()
        };
        Error::Decode {
            path,
            message,
            status,
        }
    })
}
