//! Injected faults: latency, error statuses, 429, dropped connections, truncated bodies and HTML
//! error pages, for the next N requests (or all) matching a method and path prefix.

use axum::body::Body;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::Response;
use serde::{Deserialize, Serialize};
use std::time::Duration;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FaultKind {
    /// Answer after `ms` milliseconds (then normally).
    Latency { ms: u64 },
    /// Answer with this HTTP status and the API's error body for it (500, 502, 503, 504, ...).
    Status { status: u16 },
    /// Answer 429 `rate_limit_exceeded`.
    RateLimited,
    /// Start the answer and cut the connection before the body.
    Drop,
    /// Send only the first half of the body, then cut the connection.
    Truncate,
    /// Answer with an HTML error page, as a proxy in front of the API would.
    Html { status: u16 },
}

/// A fault and which requests it hits.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FaultRule {
    #[serde(flatten)]
    pub kind: FaultKind,
    /// How many requests it hits; every request when absent.
    #[serde(default)]
    pub times: Option<u32>,
    /// Only paths starting with this (e.g. `/v1/servers`).
    #[serde(default)]
    pub path: Option<String>,
    /// Only this method (`GET`, `POST`, ...).
    #[serde(default)]
    pub method: Option<String>,
}

impl FaultRule {
    /// Parses the CLI form `KIND[=VALUE][,times=N][,path=/v1/x][,method=POST]`, e.g.
    /// `status=503,times=2`, `latency=200`, `drop,path=/v1/servers`, `html=502`.
    pub fn parse(spec: &str) -> Result<FaultRule, String> {
        let mut parts = spec.split(',');
        let head = parts.next().unwrap_or_default();
        let (kind, value) = head.split_once('=').unwrap_or((head, ""));
        let num = |what: &str| -> Result<u64, String> {
            value
                .trim_end_matches("ms")
                .parse()
                .map_err(|_| format!("`{spec}`: {kind} needs a {what}"))
        };
        let kind = match kind {
            "latency" => FaultKind::Latency {
                ms: num("number of milliseconds")?,
            },
            "status" => FaultKind::Status {
                status: num("status code")? as u16,
            },
            "html" => FaultKind::Html {
                status: if value.is_empty() {
                    502
                } else {
                    num("status code")? as u16
                },
            },
            "429" | "rate_limit" | "rate_limited" => FaultKind::RateLimited,
            "drop" => FaultKind::Drop,
            "truncate" => FaultKind::Truncate,
            other => {
                return Err(format!(
                    "unknown fault `{other}` (latency, status, html, rate_limit, drop, truncate)"
                ))
            }
        };
        let mut rule = FaultRule {
            kind,
            times: None,
            path: None,
            method: None,
        };
        for p in parts {
            match p.split_once('=') {
                Some(("times", n)) => {
                    rule.times = Some(
                        n.parse()
                            .map_err(|_| format!("`{spec}`: times must be a number"))?,
                    )
                }
                Some(("path", v)) => rule.path = Some(v.to_owned()),
                Some(("method", v)) => rule.method = Some(v.to_uppercase()),
                _ => {
                    return Err(format!(
                        "`{spec}`: unknown option `{p}` (times=, path=, method=)"
                    ))
                }
            }
        }
        Ok(rule)
    }

    fn matches(&self, method: &str, path: &str) -> bool {
        self.path.as_deref().is_none_or(|p| path.starts_with(p))
            && self
                .method
                .as_deref()
                .is_none_or(|m| m.eq_ignore_ascii_case(method))
    }
}

#[derive(Debug, Default)]
pub struct Faults {
    pub rules: Vec<FaultRule>,
}

/// The faults one request meets: a delay, then possibly a broken answer.
pub struct Fault {
    delay: Duration,
    kind: Option<FaultKind>,
}

impl Faults {
    /// Consumes one use of every rule that matches.
    pub fn next_for(&mut self, method: &str, path: &str) -> Option<Fault> {
        let mut delay = Duration::ZERO;
        let mut kind = None;
        for rule in self.rules.iter_mut().filter(|r| r.matches(method, path)) {
            match &rule.kind {
                FaultKind::Latency { ms } => delay += Duration::from_millis(*ms),
                other if kind.is_none() => kind = Some(other.clone()),
                _ => continue,
            }
            if let Some(t) = rule.times.as_mut() {
                *t = t.saturating_sub(1);
            }
        }
        self.rules.retain(|r| r.times != Some(0));
        (delay > Duration::ZERO || kind.is_some()).then_some(Fault { delay, kind })
    }
}

impl Fault {
    /// Waits, then answers instead of the API when the fault replaces the answer.
    /// `limit` is the emulator's rate limit, reported by an injected 429.
    pub async fn before(&self, limit: u32) -> Option<Response> {
        if !self.delay.is_zero() {
            tokio::time::sleep(self.delay).await;
        }
        match &self.kind {
            Some(FaultKind::Status { status }) => Some(status_answer(*status)),
            Some(FaultKind::RateLimited) => {
                let mut r = status_answer(429);
                let h = r.headers_mut();
                h.insert("ratelimit-limit", HeaderValue::from(limit));
                h.insert("ratelimit-remaining", HeaderValue::from(0));
                h.insert("ratelimit-reset", HeaderValue::from(chrono::Utc::now().timestamp() + 1));
                Some(r)
            }
            Some(FaultKind::Html { status }) => Some(
                Response::builder()
                    .status(StatusCode::from_u16(*status).unwrap_or(StatusCode::BAD_GATEWAY))
                    .header(header::CONTENT_TYPE, "text/html")
                    .body(Body::from(format!(
                        "<html><head><title>{status}</title></head><body><h1>{status} {}</h1><hr>nginx</body></html>",
                        StatusCode::from_u16(*status).ok().and_then(|s| s.canonical_reason()).unwrap_or("Error")
                    )))
                    .expect("valid response"),
            ),
            Some(FaultKind::Drop) => Some(
                Response::builder()
                    .status(StatusCode::OK)
                    .header(header::CONTENT_TYPE, "application/json")
                    .body(Body::from_stream(futures_util_once_error()))
                    .expect("valid response"),
            ),
            _ => None,
        }
    }

    /// Breaks an answer after the API gave it (truncation).
    pub async fn after(&self, response: Response) -> Response {
        if self.kind != Some(FaultKind::Truncate) {
            return response;
        }
        let (parts, body) = response.into_parts();
        let bytes = axum::body::to_bytes(body, usize::MAX)
            .await
            .unwrap_or_default();
        let half = bytes.slice(..bytes.len() / 2);
        let stream = async_stream_two(half);
        let mut r = Response::from_parts(parts, Body::from_stream(stream));
        r.headers_mut()
            .insert(header::CONTENT_LENGTH, HeaderValue::from(bytes.len()));
        r
    }
}

fn status_answer(status: u16) -> Response {
    let code = match status {
        429 => "rate_limit_exceeded",
        500 => "server_error",
        502 => "bad_gateway",
        503 => "unavailable",
        504 => "timeout",
        _ => "server_error",
    };
    let e = crate::call::ApiFail::new(status, code, &format!("injected fault: HTTP {status}"));
    crate::http::fail(&e)
}

type Chunk = Result<bytes::Bytes, std::io::Error>;

/// A body that fails before its first byte.
fn futures_util_once_error() -> impl futures_core::Stream<Item = Chunk> {
    OneShot {
        items: vec![Err(std::io::Error::other(
            "connection dropped (injected fault)",
        ))],
    }
}

/// A body of `half` and then a failure.
fn async_stream_two(half: bytes::Bytes) -> impl futures_core::Stream<Item = Chunk> {
    OneShot {
        items: vec![
            Err(std::io::Error::other("body truncated (injected fault)")),
            Ok(half),
        ],
    }
}

/// Yields its items last-first, then ends.
struct OneShot {
    items: Vec<Chunk>,
}

impl futures_core::Stream for OneShot {
    type Item = Chunk;
    fn poll_next(
        mut self: std::pin::Pin<&mut Self>,
        _cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Chunk>> {
        std::task::Poll::Ready(self.items.pop())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_cli_rules() {
        assert_eq!(
            FaultRule::parse("status=503,times=2,path=/v1/servers,method=post").unwrap(),
            FaultRule {
                kind: FaultKind::Status { status: 503 },
                times: Some(2),
                path: Some("/v1/servers".into()),
                method: Some("POST".into())
            }
        );
        assert_eq!(
            FaultRule::parse("latency=200ms").unwrap().kind,
            FaultKind::Latency { ms: 200 }
        );
        assert_eq!(
            FaultRule::parse("html").unwrap().kind,
            FaultKind::Html { status: 502 }
        );
        assert!(FaultRule::parse("explode").is_err());
        assert!(FaultRule::parse("drop,times=x").is_err());
    }

    #[test]
    fn rules_run_out() {
        let mut f = Faults {
            rules: vec![FaultRule::parse("status=500,times=1").unwrap()],
        };
        assert!(f.next_for("GET", "/v1/servers").is_some());
        assert!(f.next_for("GET", "/v1/servers").is_none());
        assert!(f.rules.is_empty());
    }
}
