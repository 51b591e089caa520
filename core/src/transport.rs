//! Requests as plain data, and the one place that sends them over HTTP.

use crate::error::Error;
use std::fmt;
use std::time::Duration;

/// HTTP methods the API uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Method {
    Get,
    Post,
    Put,
    Delete,
}

impl Method {
    /// Whether repeating the request cannot change the outcome, so a network failure may be
    /// retried (GET, PUT, DELETE; never POST, which may have created something).
    pub fn is_idempotent(self) -> bool {
        !matches!(self, Method::Post)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Delete => "DELETE",
        }
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One API request, before it is sent: what every operation builds.
#[derive(Clone, Debug, PartialEq)]
pub struct ApiRequest {
    pub method: Method,
    /// Path below the endpoint, with path parameters filled in and percent-encoded,
    /// e.g. `/servers/42/actions/poweron`.
    pub path: String,
    /// Query pairs in order; repeated keys express arrays (`sort=id&sort=name`).
    pub query: Vec<(&'static str, String)>,
    /// JSON body, already serialized.
    pub body: Option<String>,
}

impl ApiRequest {
    pub fn new(method: Method, path: impl Into<String>) -> ApiRequest {
        ApiRequest {
            method,
            path: path.into(),
            query: Vec::new(),
            body: None,
        }
    }

    /// Serializes `body` as the JSON body.
    pub fn json<T: serde::Serialize + ?Sized>(mut self, body: &T) -> Result<ApiRequest, Error> {
        let text = serde_json::to_string(body)
            .map_err(|e| Error::invalid_input("body", format!("cannot be serialized: {e}")))?;
        self.body = Some(text);
        Ok(self)
    }

    /// Replaces (or adds) a query parameter, as paging does with `page`.
    pub fn set_query(&mut self, key: &'static str, value: String) {
        self.query.retain(|(k, _)| *k != key);
        self.query.push((key, value));
    }
}

/// Percent-encodes one path segment (names of RRSets and zones may contain `@`, `.`, `*`).
pub fn encode_path_segment(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len());
    for b in segment.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'@' | b'*') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// What came back, before any interpretation.
#[derive(Debug)]
pub(crate) struct RawResponse {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub body: Vec<u8>,
}

/// Sends requests with reqwest (rustls natively, `fetch` on wasm32).
#[derive(Clone)]
pub(crate) struct HttpTransport {
    http: reqwest::Client,
    endpoint: String,
    authorization: Option<reqwest::header::HeaderValue>,
    timeout: Duration,
}

impl fmt::Debug for HttpTransport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HttpTransport")
            .field("endpoint", &self.endpoint)
            .field(
                "authorization",
                &self.authorization.as_ref().map(|_| "Bearer [redacted]"),
            )
            .field("timeout", &self.timeout)
            .finish()
    }
}

impl HttpTransport {
    pub fn new(
        endpoint: &str,
        token: Option<&str>,
        user_agent: &str,
        timeout: Duration,
    ) -> Result<HttpTransport, Error> {
        let authorization = match token {
            Some(token) => {
                let mut value = reqwest::header::HeaderValue::from_str(&format!("Bearer {token}"))
                    .map_err(|_| {
                        Error::invalid_input(
                            "token",
                            "contains characters not allowed in an HTTP header",
                        )
                    })?;
                value.set_sensitive(true);
                Some(value)
            }
            None => None,
        };
        let builder = reqwest::Client::builder().user_agent(user_agent);
        #[cfg(not(target_arch = "wasm32"))]
        let builder = builder.connect_timeout(timeout.min(Duration::from_secs(10)));
        let http = builder.build().map_err(|e| Error::Transport {
            message: e.to_string(),
            connect: false,
        })?;
        Ok(HttpTransport {
            http,
            endpoint: endpoint.trim_end_matches('/').to_owned(),
            authorization,
            timeout,
        })
    }

    pub fn endpoint(&self) -> &str {
        &self.endpoint
    }

    pub fn url(&self, req: &ApiRequest) -> String {
        let mut url = format!("{}{}", self.endpoint, req.path);
        for (i, (k, v)) in req.query.iter().enumerate() {
            url.push(if i == 0 { '?' } else { '&' });
            url.push_str(k);
            url.push('=');
            url.push_str(&encode_query_value(v));
        }
        url
    }

    pub async fn send(
        &self,
        req: &ApiRequest,
        timeout: Option<Duration>,
    ) -> Result<RawResponse, Error> {
        let url = self.url(req);
        let method = match req.method {
            Method::Get => reqwest::Method::GET,
            Method::Post => reqwest::Method::POST,
            Method::Put => reqwest::Method::PUT,
            Method::Delete => reqwest::Method::DELETE,
        };
        let mut builder = self.http.request(method, &url);
        if let Some(auth) = &self.authorization {
            builder = builder.header(reqwest::header::AUTHORIZATION, auth.clone());
        }
        if let Some(body) = &req.body {
            builder = builder
                .header(reqwest::header::CONTENT_TYPE, "application/json")
                .body(body.clone());
        }
        let timeout = timeout.unwrap_or(self.timeout);
        let map_err = |e: reqwest::Error| classify(e, timeout);
        // The deadline covers connecting, sending and reading the whole body, on both targets;
        // dropping the future on expiry cancels the request (fetch is aborted on wasm32).
        let exchange = async {
            let response = builder.send().await.map_err(map_err)?;
            let status = response.status().as_u16();
            let headers = response.headers().clone();
            let body = response.bytes().await.map_err(map_err)?.to_vec();
            Ok(RawResponse {
                status,
                headers,
                body,
            })
        };
        let deadline = crate::runtime::sleep(timeout);
        futures::pin_mut!(exchange, deadline);
        match futures::future::select(exchange, deadline).await {
            futures::future::Either::Left((result, _)) => result,
            futures::future::Either::Right(((), _)) => Err(Error::Timeout(timeout)),
        }
    }
}

fn classify(e: reqwest::Error, timeout: Duration) -> Error {
    if e.is_timeout() {
        return Error::Timeout(timeout);
    }
    // reqwest's message carries the URL (no token: that travels in a header) and the cause.
    let mut message = e.to_string();
    let mut source = std::error::Error::source(&e);
    while let Some(cause) = source {
        message.push_str(": ");
        message.push_str(&cause.to_string());
        source = cause.source();
    }
    let message = one_line(&message);
    #[cfg(not(target_arch = "wasm32"))]
    let connect = e.is_connect();
    #[cfg(target_arch = "wasm32")]
    let connect = false;
    Error::Transport { message, connect }
}

/// On wasm32 reqwest's message ends in the JS error it wraps, stack trace included
/// (`... JsValue(TypeError: Failed to fetch\nTypeError: ...\n    at ...)`): keep its first line.
fn one_line(text: &str) -> String {
    let first = text.lines().next().unwrap_or_default();
    match first.split_once("JsValue(") {
        Some((head, js)) => format!("{head}{}", js.trim_end_matches(')')),
        None => first.to_owned(),
    }
}

fn encode_query_value(v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    for b in v.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b':' | b',' | b'/')
        {
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
    fn transport_messages_are_one_line() {
        let js = "error sending request: JsValue(TypeError: Failed to fetch\nTypeError: Failed to fetch\n    at x (y.js:1:2))";
        assert_eq!(
            one_line(js),
            "error sending request: TypeError: Failed to fetch"
        );
        assert_eq!(one_line("connection refused"), "connection refused");
    }

    #[test]
    fn url_encodes_query_and_keeps_order() {
        let t = HttpTransport::new("http://127.0.0.1:1/v1/", None, "ua", Duration::from_secs(1))
            .unwrap();
        let mut req = ApiRequest::new(Method::Get, "/servers");
        req.query.push(("label_selector", "env in (a,b),!x".into()));
        req.query.push(("sort", "id:asc".into()));
        req.query.push(("sort", "name".into()));
        assert_eq!(
            t.url(&req),
            "http://127.0.0.1:1/v1/servers?label_selector=env%20in%20%28a,b%29,%21x&sort=id:asc&sort=name"
        );
    }

    #[test]
    fn path_segments_are_encoded() {
        assert_eq!(encode_path_segment("www"), "www");
        assert_eq!(encode_path_segment("a b/c"), "a%20b%2Fc");
        assert_eq!(encode_path_segment("@"), "@");
    }

    #[test]
    fn debug_hides_the_token() {
        let t = HttpTransport::new(
            "http://127.0.0.1:1",
            Some("s3cr3t-token"),
            "ua",
            Duration::from_secs(1),
        )
        .unwrap();
        let shown = format!("{t:?}");
        assert!(!shown.contains("s3cr3t"), "{shown}");
    }
}
