//! The HTTP side: routes for every operation, and the gate every API request passes
//! (correlation id, recording, faults, authentication, rate limit).

use crate::call::{ApiFail, Call, Reply};
use crate::config::Config;
use crate::faults::Faults;
use crate::store::Store;
use axum::body::{Body, Bytes};
use axum::extract::{RawPathParams, RawQuery, Request, State};
use axum::http::{header, HeaderMap, HeaderName, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{on, MethodFilter};
use axum::Router;
use hetzcloud::operations::{Operation, OPERATIONS};
use serde::Serialize;
use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

/// Everything the server shares between requests.
pub struct App {
    pub config: Config,
    pub store: Mutex<Store>,
    pub faults: Mutex<Faults>,
    pub limiter: Mutex<Bucket>,
    pub recorded: Mutex<VecDeque<Recorded>>,
    pub counter: AtomicU64,
    /// Makes correlation ids differ between emulator instances.
    pub seed: u64,
}

/// Requests kept for `/_emulator/requests` (oldest dropped first).
pub const RECORD_LIMIT: usize = 10_000;

#[derive(Clone, Debug, Serialize)]
pub struct Recorded {
    pub method: String,
    pub path: String,
    pub query: String,
    pub status: u16,
    pub correlation_id: String,
    pub body: String,
}

/// The API's rate limit: `limit` requests per hour, one more every `3600 / limit` seconds.
pub struct Bucket {
    pub limit: u32,
    pub remaining: f64,
    pub last: Instant,
}

impl Bucket {
    pub fn new(limit: u32) -> Bucket {
        Bucket {
            limit,
            remaining: f64::from(limit),
            last: Instant::now(),
        }
    }

    /// Takes one request; false when none is left.
    fn take(&mut self) -> bool {
        let now = Instant::now();
        let refill = now.duration_since(self.last).as_secs_f64() * f64::from(self.limit) / 3600.0;
        self.remaining = (self.remaining + refill).min(f64::from(self.limit));
        self.last = now;
        if self.remaining >= 1.0 {
            self.remaining -= 1.0;
            true
        } else {
            false
        }
    }

    fn headers(&self) -> [(HeaderName, HeaderValue); 3] {
        let missing = f64::from(self.limit) - self.remaining;
        let reset_in = if self.limit == 0 {
            0.0
        } else {
            missing * 3600.0 / f64::from(self.limit)
        };
        let reset = chrono::Utc::now().timestamp() + reset_in.ceil() as i64;
        [
            (
                HeaderName::from_static("ratelimit-limit"),
                HeaderValue::from(self.limit),
            ),
            (
                HeaderName::from_static("ratelimit-remaining"),
                HeaderValue::from(self.remaining.floor() as u64),
            ),
            (
                HeaderName::from_static("ratelimit-reset"),
                HeaderValue::from(reset),
            ),
        ]
    }
}

pub fn router(app: Arc<App>) -> Router {
    let mut api = Router::new();
    for op in OPERATIONS {
        let filter = match op.method {
            hetzcloud::Method::Get => MethodFilter::GET,
            hetzcloud::Method::Post => MethodFilter::POST,
            hetzcloud::Method::Put => MethodFilter::PUT,
            hetzcloud::Method::Delete => MethodFilter::DELETE,
        };
        api = api.route(
            op.path,
            on(
                filter,
                move |state: State<Arc<App>>,
                      params: RawPathParams,
                      query: RawQuery,
                      body: Bytes| { handle(state, op, params, query, body) },
            ),
        );
    }
    let api = api
        .fallback(|| async { fail(&ApiFail::new(404, "not_found", "no such API path")) })
        .method_not_allowed_fallback(|| async {
            fail(&ApiFail::new(
                405,
                "method_not_allowed",
                "the request method is not allowed for this path",
            ))
        })
        .layer(axum::middleware::from_fn_with_state(app.clone(), api_gate));
    Router::new()
        .nest("/v1", api)
        .merge(crate::metadata::router())
        .merge(crate::control::router())
        // Outermost, so preflight answers get correlation ids too.
        .layer(cors())
        .layer(axum::middleware::from_fn_with_state(
            app.clone(),
            outer_gate,
        ))
        .with_state(app)
}

fn cors() -> tower_http::cors::CorsLayer {
    use tower_http::cors::{AllowHeaders, Any, CorsLayer};
    // Browsers never let `*` cover `Authorization`: echo the requested headers instead.
    CorsLayer::new()
        .allow_origin(Any)
        .allow_methods(Any)
        .allow_headers(AllowHeaders::mirror_request())
        .expose_headers(
            EXPOSED_HEADERS
                .split(',')
                .map(HeaderName::from_static)
                .collect::<Vec<_>>(),
        )
}

/// What a browser script may read of an answer: rate limit, correlation id, paging links.
const EXPOSED_HEADERS: &str =
    "ratelimit-limit,ratelimit-remaining,ratelimit-reset,x-correlation-id,link";

async fn handle(
    State(app): State<Arc<App>>,
    op: &'static Operation,
    params: RawPathParams,
    RawQuery(query): RawQuery,
    body: Bytes,
) -> Response {
    let call = Call {
        op,
        path: params
            .iter()
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect::<HashMap<_, _>>(),
        query: parse_query(query.as_deref().unwrap_or_default()),
        body,
        now: chrono::Utc::now(),
    };
    let handler = crate::ops::handler(op.id);
    let answer = {
        let mut store = app.store.lock().unwrap_or_else(|e| e.into_inner());
        if store.tick(call.now) {
            crate::ops::reconcile(&mut store);
        }
        let answer = match handler {
            Some(h) => h(&mut store, &call),
            None => Err(ApiFail::new(
                501,
                "unsupported_error",
                &format!("{} is not emulated", op.id),
            )),
        };
        // After a write, other families' views follow it. Reads of servers change nothing;
        // other families' reads may touch shared rows, so rendered JSON is dropped then too.
        if op.method != hetzcloud::Method::Get {
            crate::ops::reconcile(&mut store);
        } else if op.resource != "servers" {
            store.rendered.clear();
        }
        answer
    };
    match answer {
        Ok(reply) => into_response(reply),
        Err(e) => fail(&e),
    }
}

fn into_response(reply: Reply) -> Response {
    let mut builder = Response::builder().status(reply.status);
    let has_type = reply.headers.iter().any(|(k, _)| k == header::CONTENT_TYPE);
    for (k, v) in reply.headers {
        builder = builder.header(k, v);
    }
    match reply.body {
        Some(body) => {
            if !has_type {
                builder = builder.header(header::CONTENT_TYPE, "application/json");
            }
            builder.body(Body::from(body)).expect("valid response")
        }
        None => builder.body(Body::empty()).expect("valid response"),
    }
}

/// An error answer.
pub fn fail(e: &ApiFail) -> Response {
    let status = StatusCode::from_u16(e.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (
        status,
        [(header::CONTENT_TYPE, "application/json")],
        e.body(),
    )
        .into_response()
}

/// Authentication and the rate limit, for `/v1` only (metadata and control are open).
async fn api_gate(State(app): State<Arc<App>>, req: Request, next: Next) -> Response {
    if req.method() == Method::OPTIONS {
        return next.run(req).await;
    }
    let token = bearer(req.headers());
    let auth = match token {
        None => Err(ApiFail::new(401, "unauthorized", "unable to authenticate")),
        Some(t) if app.config.read_only_tokens.iter().any(|r| r == t) => {
            if req.method() == Method::GET {
                Ok(())
            } else {
                Err(ApiFail::new(
                    403,
                    "forbidden",
                    "insufficient permissions: the token is read-only",
                ))
            }
        }
        Some(t) if app.config.tokens.is_empty() || app.config.tokens.iter().any(|r| r == t) => {
            Ok(())
        }
        Some(_) => Err(ApiFail::new(401, "unauthorized", "unable to authenticate")),
    };
    let (allowed, headers) = {
        let mut bucket = app.limiter.lock().unwrap_or_else(|e| e.into_inner());
        let allowed = bucket.take();
        (allowed, bucket.headers())
    };
    let mut response = match (auth, allowed) {
        (Err(e), _) => fail(&e),
        (Ok(()), false) => fail(&ApiFail::new(
            429,
            "rate_limit_exceeded",
            "limit of requests per hour reached",
        )),
        (Ok(()), true) => next.run(req).await,
    };
    response.headers_mut().extend(headers);
    response
}

fn bearer(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let token = value.strip_prefix("Bearer ")?.trim();
    (!token.is_empty()).then_some(token)
}

/// Correlation id, request recording and injected faults, for every path.
async fn outer_gate(State(app): State<Arc<App>>, req: Request, next: Next) -> Response {
    let n = app.counter.fetch_add(1, Ordering::Relaxed);
    let correlation_id = format!("{:016x}", app.seed ^ n.wrapping_mul(0x9e37_79b9_7f4a_7c15));
    let method = req.method().clone();
    let path = req.uri().path().to_owned();
    let query = req.uri().query().unwrap_or_default().to_owned();
    let control = path.starts_with("/_emulator");
    let cross_origin = req.headers().contains_key(header::ORIGIN);
    let fault = if control || method == Method::OPTIONS {
        None
    } else {
        app.faults
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .next_for(method.as_str(), &path)
    };
    // Read the body so it can be recorded, then hand it on.
    let (parts, body) = req.into_parts();
    let bytes = axum::body::to_bytes(body, 16 * 1024 * 1024)
        .await
        .unwrap_or_default();
    let body_text = String::from_utf8_lossy(&bytes).into_owned();
    let req = Request::from_parts(parts, Body::from(bytes));
    let mut response = match &fault {
        Some(f) => match f.before(app.config.rate_limit).await {
            Some(early) => early,
            None => next.run(req).await,
        },
        None => next.run(req).await,
    };
    if let Some(f) = &fault {
        response = f.after(response).await;
    }
    // Injected answers never passed the CORS layer: without these a browser could not read them.
    if cross_origin {
        let headers = response.headers_mut();
        if !headers.contains_key(header::ACCESS_CONTROL_ALLOW_ORIGIN) {
            headers.insert(
                header::ACCESS_CONTROL_ALLOW_ORIGIN,
                HeaderValue::from_static("*"),
            );
            headers.insert(
                header::ACCESS_CONTROL_EXPOSE_HEADERS,
                HeaderValue::from_static(EXPOSED_HEADERS),
            );
        }
    }
    if let Ok(v) = HeaderValue::from_str(&correlation_id) {
        response
            .headers_mut()
            .insert(HeaderName::from_static("x-correlation-id"), v);
    }
    if !control {
        let mut rec = app.recorded.lock().unwrap_or_else(|e| e.into_inner());
        if rec.len() >= RECORD_LIMIT {
            rec.pop_front();
        }
        rec.push_back(Recorded {
            method: method.to_string(),
            path,
            query,
            status: response.status().as_u16(),
            correlation_id,
            body: body_text,
        });
    }
    response
}

/// `a=1&b=x%20y` → pairs, percent- and plus-decoded.
pub fn parse_query(q: &str) -> Vec<(String, String)> {
    q.split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(k), decode(v))
        })
        .collect()
}

fn decode(s: &str) -> String {
    let hex = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Percent-encodes a query value for `Link` headers.
pub fn encode_query(v: &str) -> String {
    let mut out = String::new();
    for b in v.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b':' | b',') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_decoding() {
        assert_eq!(
            parse_query("label_selector=env%20in%20%28a%2Cb%29&sort=id:asc&x=a+b&y"),
            vec![
                ("label_selector".into(), "env in (a,b)".into()),
                ("sort".into(), "id:asc".into()),
                ("x".into(), "a b".into()),
                ("y".into(), "".into()),
            ]
        );
        assert_eq!(parse_query("a=100%"), vec![("a".into(), "100%".into())]);
    }
}
