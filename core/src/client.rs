//! The client, its configuration, and what every call returns.

use crate::error::Error;
use crate::rate_limit::RateLimit;
use crate::retry::RetryPolicy;
use crate::transport::HttpTransport;
use crate::wait::PollPolicy;
use std::fmt;
use std::ops::Deref;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// The public API endpoint.
pub const DEFAULT_ENDPOINT: &str = "https://api.hetzner.cloud/v1";

/// A Hetzner Cloud API client. Cheap to clone: clones share the connection pool and the
/// last-seen rate limit.
#[derive(Clone)]
pub struct Client {
    pub(crate) inner: Arc<Inner>,
}

pub(crate) struct Inner {
    pub transport: HttpTransport,
    pub retry: RetryPolicy,
    pub poll: PollPolicy,
    pub page_concurrency: usize,
    pub debug: bool,
    pub rate_limit: Mutex<Option<RateLimit>>,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("endpoint", &self.inner.transport.endpoint())
            .field("token", &"[redacted]")
            .field("rate_limit", &self.rate_limit())
            .finish()
    }
}

impl Client {
    /// Starts a configuration; see [`ClientBuilder`].
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client for the public API with this token and every other setting at its default.
    pub fn new(token: impl Into<String>) -> Result<Client, Error> {
        Client::builder().token(token).build()
    }

    /// The rate limit as the most recent answer reported it (`None` before the first call).
    pub fn rate_limit(&self) -> Option<RateLimit> {
        *self
            .inner
            .rate_limit
            .lock()
            .unwrap_or_else(|e| e.into_inner())
    }

    /// The endpoint this client talks to.
    pub fn endpoint(&self) -> &str {
        self.inner.transport.endpoint()
    }

    /// The poll policy used by action waiting.
    pub fn poll_policy(&self) -> &PollPolicy {
        &self.inner.poll
    }

    pub(crate) fn record_rate_limit(&self, rl: RateLimit) {
        *self
            .inner
            .rate_limit
            .lock()
            .unwrap_or_else(|e| e.into_inner()) = Some(rl);
    }
}

/// A secret that never shows itself in `Debug`.
#[derive(Clone, Default)]
struct Secret(Option<String>);

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(_) => f.write_str("Some([redacted])"),
            None => f.write_str("None"),
        }
    }
}

/// Configuration of a [`Client`].
#[derive(Clone, Debug)]
pub struct ClientBuilder {
    token: Secret,
    endpoint: String,
    application: Option<(String, Option<String>)>,
    timeout: Duration,
    retry: RetryPolicy,
    poll: PollPolicy,
    page_concurrency: usize,
    debug: bool,
}

impl Default for ClientBuilder {
    fn default() -> Self {
        ClientBuilder {
            token: Secret(None),
            endpoint: DEFAULT_ENDPOINT.to_owned(),
            application: None,
            timeout: Duration::from_secs(60),
            retry: RetryPolicy::default(),
            poll: PollPolicy::default(),
            page_concurrency: 4,
            debug: false,
        }
    }
}

impl ClientBuilder {
    /// Reads the variables the official `hcloud` CLI reads: `HCLOUD_TOKEN` (or the file named by
    /// `HCLOUD_TOKEN_FILE`), `HCLOUD_ENDPOINT`, `HCLOUD_DEBUG` (any value but empty, `0` or
    /// `false` logs requests and responses at `debug` level, token redacted) and
    /// `HCLOUD_POLL_INTERVAL` (e.g. `500ms`, `2s`: the first interval of action polling).
    pub fn from_env() -> Result<ClientBuilder, Error> {
        ClientBuilder::from_vars(|name| std::env::var(name).ok())
    }

    /// [`ClientBuilder::from_env`] over any source of variables (used by tests and bindings).
    pub fn from_vars(get: impl Fn(&str) -> Option<String>) -> Result<ClientBuilder, Error> {
        let mut b = ClientBuilder::default();
        let get = |name: &str| get(name).filter(|v| !v.trim().is_empty());
        if let Some(token) = get("HCLOUD_TOKEN") {
            b = b.token(token.trim());
        } else if let Some(path) = get("HCLOUD_TOKEN_FILE") {
            let token = std::fs::read_to_string(&path).map_err(|e| {
                Error::invalid_input("HCLOUD_TOKEN_FILE", format!("cannot read `{path}`: {e}"))
            })?;
            b = b.token(token.trim());
        }
        if let Some(endpoint) = get("HCLOUD_ENDPOINT") {
            b = b.endpoint(endpoint.trim());
        }
        if let Some(debug) = get("HCLOUD_DEBUG") {
            b = b.debug(!matches!(
                debug.trim().to_ascii_lowercase().as_str(),
                "0" | "false" | "no"
            ));
        }
        if let Some(interval) = get("HCLOUD_POLL_INTERVAL") {
            let first = parse_duration(interval.trim()).ok_or_else(|| {
                Error::invalid_input(
                    "HCLOUD_POLL_INTERVAL",
                    format!("`{interval}` is not a duration such as `500ms`, `2s` or `1m`"),
                )
            })?;
            b.poll.initial = first;
            b.poll.max = b.poll.max.max(first);
        }
        Ok(b)
    }

    /// The API token (Security → API Tokens in the Cloud Console).
    pub fn token(mut self, token: impl Into<String>) -> Self {
        self.token = Secret(Some(token.into()));
        self
    }

    /// Another endpoint, e.g. a local emulator: `http://127.0.0.1:8080/v1`.
    pub fn endpoint(mut self, endpoint: impl Into<String>) -> Self {
        self.endpoint = endpoint.into();
        self
    }

    /// Your application's name and version, appended to the `User-Agent`.
    pub fn application(mut self, name: impl Into<String>, version: Option<&str>) -> Self {
        self.application = Some((name.into(), version.map(str::to_owned)));
        self
    }

    /// Deadline of one HTTP exchange (default 60 s). Retries get a fresh deadline each.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// How failed calls are retried (default: [`RetryPolicy::default`]).
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// How action waiting polls (default: [`PollPolicy::default`]).
    pub fn poll(mut self, poll: PollPolicy) -> Self {
        self.poll = poll;
        self
    }

    /// How many pages `list_all` streams fetch at once after the first (default 4, at least 1).
    pub fn page_concurrency(mut self, n: usize) -> Self {
        self.page_concurrency = n.max(1);
        self
    }

    /// Log every request and response at `debug` level through `tracing` (token redacted).
    pub fn debug(mut self, on: bool) -> Self {
        self.debug = on;
        self
    }

    /// Checks the configuration and builds the client.
    pub fn build(self) -> Result<Client, Error> {
        let endpoint = self.endpoint.trim_end_matches('/');
        if !(endpoint.starts_with("https://") || endpoint.starts_with("http://")) {
            return Err(Error::invalid_input(
                "endpoint",
                format!("`{endpoint}` must start with https:// (or http:// for a local emulator)"),
            ));
        }
        if let Some(token) = &self.token.0 {
            if token.is_empty() || token.chars().any(|c| c.is_whitespace() || c.is_control()) {
                return Err(Error::invalid_input(
                    "token",
                    "must be a non-empty API token without spaces or line breaks",
                ));
            }
        }
        let mut user_agent = format!("hetzcloud/{}", env!("CARGO_PKG_VERSION"));
        if let Some((name, version)) = &self.application {
            user_agent = match version {
                Some(v) => format!("{name}/{v} {user_agent}"),
                None => format!("{name} {user_agent}"),
            };
        }
        let transport =
            HttpTransport::new(endpoint, self.token.0.as_deref(), &user_agent, self.timeout)?;
        Ok(Client {
            inner: Arc::new(Inner {
                transport,
                retry: self.retry,
                poll: self.poll,
                page_concurrency: self.page_concurrency,
                debug: self.debug,
                rate_limit: Mutex::new(None),
            }),
        })
    }
}

/// `500ms`, `2s`, `1m`, or a bare number of seconds.
pub(crate) fn parse_duration(s: &str) -> Option<Duration> {
    let split = s
        .find(|c: char| !c.is_ascii_digit() && c != '.')
        .unwrap_or(s.len());
    let (num, unit) = s.split_at(split);
    let value: f64 = num.parse().ok()?;
    let secs = match unit.trim() {
        "ms" => value / 1000.0,
        "" | "s" => value,
        "m" => value * 60.0,
        _ => return None,
    };
    Duration::try_from_secs_f64(secs).ok()
}

/// Options for one call, overriding the client's.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CallOptions {
    /// Retry policy for this call; `Some(RetryPolicy::none())` turns retries off.
    pub retry: Option<RetryPolicy>,
    /// Deadline of each HTTP exchange of this call.
    pub timeout: Option<Duration>,
}

impl CallOptions {
    /// Options that turn retries off.
    pub fn no_retry() -> CallOptions {
        CallOptions {
            retry: Some(RetryPolicy::none()),
            timeout: None,
        }
    }
}

/// A decoded answer, with what the API said about it besides the body.
///
/// Dereferences to the body, so `client.servers().get(1).await?.server.name` works.
#[derive(Clone, Debug, PartialEq)]
pub struct Response<T> {
    /// The decoded body.
    pub data: T,
    /// HTTP status.
    pub status: u16,
    /// Rate limit reported with this answer.
    pub rate_limit: Option<RateLimit>,
    /// `X-Correlation-Id` of this answer.
    pub correlation_id: Option<String>,
}

impl<T> Response<T> {
    /// The body, without the metadata.
    pub fn into_inner(self) -> T {
        self.data
    }
}

impl<T> Deref for Response<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.data
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_the_token() {
        let b = Client::builder().token("s3cr3t-token-value");
        assert!(!format!("{b:?}").contains("s3cr3t"));
        let c = b.build().unwrap();
        assert!(!format!("{c:?}").contains("s3cr3t"));
    }

    #[test]
    fn from_vars_reads_cli_variables() {
        let vars = |name: &str| match name {
            "HCLOUD_TOKEN" => Some("tok".to_owned()),
            "HCLOUD_ENDPOINT" => Some("http://127.0.0.1:9/v1".to_owned()),
            "HCLOUD_DEBUG" => Some("1".to_owned()),
            "HCLOUD_POLL_INTERVAL" => Some("250ms".to_owned()),
            _ => None,
        };
        let b = ClientBuilder::from_vars(vars).unwrap();
        assert_eq!(b.endpoint, "http://127.0.0.1:9/v1");
        assert!(b.debug);
        assert_eq!(b.poll.initial, Duration::from_millis(250));
        assert_eq!(b.token.0.as_deref(), Some("tok"));
    }

    #[test]
    fn token_file_is_read_and_trimmed() {
        let path = std::env::temp_dir().join(format!("hetzcloud-token-{}", std::process::id()));
        std::fs::write(&path, "file-token\n").unwrap();
        let p = path.to_string_lossy().into_owned();
        let b =
            ClientBuilder::from_vars(|n| (n == "HCLOUD_TOKEN_FILE").then(|| p.clone())).unwrap();
        std::fs::remove_file(&path).unwrap();
        assert_eq!(b.token.0.as_deref(), Some("file-token"));
    }

    #[test]
    fn bad_poll_interval_names_the_variable() {
        let err =
            ClientBuilder::from_vars(|n| (n == "HCLOUD_POLL_INTERVAL").then(|| "soon".to_owned()))
                .unwrap_err();
        assert!(err.to_string().contains("HCLOUD_POLL_INTERVAL"), "{err}");
    }

    #[test]
    fn bad_endpoint_and_token_rejected() {
        assert!(Client::builder()
            .endpoint("api.hetzner.cloud")
            .build()
            .is_err());
        let err = Client::builder().token("a b").build().unwrap_err();
        assert!(!err.to_string().contains("a b"));
    }

    #[test]
    fn durations_parse() {
        assert_eq!(parse_duration("500ms"), Some(Duration::from_millis(500)));
        assert_eq!(parse_duration("2s"), Some(Duration::from_secs(2)));
        assert_eq!(parse_duration("3"), Some(Duration::from_secs(3)));
        assert_eq!(parse_duration("1m"), Some(Duration::from_secs(60)));
        assert_eq!(parse_duration("x"), None);
    }
}
