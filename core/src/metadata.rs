//! A client for the metadata service a Hetzner Cloud server can ask about itself.
//!
//! Every Hetzner Cloud server can read facts about itself (name, ID, addresses, private
//! networks, location) from a link-local HTTP service at
//! [`DEFAULT_METADATA_ENDPOINT`]. No token is needed, but the service is only reachable from
//! inside a Hetzner Cloud server; anywhere else the link-local address does not answer, so
//! every request is bounded by a short timeout (5 s unless changed).
//!
//! ```no_run
//! # async fn demo() -> Result<(), hetzcloud::Error> {
//! use hetzcloud::metadata::MetadataClient;
//!
//! let metadata = MetadataClient::new();
//! if metadata.is_hetzner_server().await {
//!     let me = metadata.summary().await?;
//!     println!("{} (id {}) in {}", me.hostname, me.instance_id, me.availability_zone);
//!     for network in metadata.private_networks().await? {
//!         println!("{} on {}", network.ip, network.network_name);
//!     }
//! }
//! # Ok(()) }
//! ```

use crate::error::{snippet, ApiError, Error};
use serde::de::{self, Deserializer};
use serde::Deserialize;
use std::fmt;
use std::net::Ipv4Addr;
use std::time::Duration;

/// Where the metadata service answers on every Hetzner Cloud server.
///
/// ```no_run
/// use hetzcloud::metadata::{MetadataClient, DEFAULT_METADATA_ENDPOINT};
///
/// let metadata = MetadataClient::new();
/// assert_eq!(metadata.endpoint(), DEFAULT_METADATA_ENDPOINT);
/// ```
pub const DEFAULT_METADATA_ENDPOINT: &str = "http://169.254.169.254/hetzner/v1/metadata";

/// How long a request may take unless [`MetadataClient::with_timeout`] says otherwise. Short,
/// because off Hetzner the link-local address never answers and the caller would hang.
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(5);

/// Asks the metadata service about the server this code runs on.
///
/// Cheap to clone (the HTTP connection pool is shared). Every request, from connecting to
/// reading the whole answer, must finish within the timeout, on native targets and on wasm32.
///
/// ```no_run
/// # async fn demo() -> Result<(), hetzcloud::Error> {
/// use hetzcloud::metadata::MetadataClient;
/// use std::time::Duration;
///
/// let metadata = MetadataClient::new().with_timeout(Duration::from_secs(2));
/// let id: i64 = metadata.instance_id().await?;
/// println!("this is server {id}");
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct MetadataClient {
    /// The HTTP client, or why it could not be built (reported by the first request, so that
    /// [`MetadataClient::new`] cannot fail).
    http: Result<reqwest::Client, String>,
    endpoint: String,
    timeout: Duration,
}

impl fmt::Debug for MetadataClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MetadataClient")
            .field("endpoint", &self.endpoint)
            .field("timeout", &self.timeout)
            .finish()
    }
}

impl Default for MetadataClient {
    /// The same as [`MetadataClient::new`].
    ///
    /// ```no_run
    /// use hetzcloud::metadata::MetadataClient;
    ///
    /// let metadata = MetadataClient::default();
    /// assert_eq!(metadata.timeout(), std::time::Duration::from_secs(5));
    /// ```
    fn default() -> MetadataClient {
        MetadataClient::new()
    }
}

impl MetadataClient {
    /// A client for [`DEFAULT_METADATA_ENDPOINT`] with a 5 s timeout per request.
    ///
    /// ```no_run
    /// # async fn demo() -> Result<(), hetzcloud::Error> {
    /// let hostname = hetzcloud::metadata::MetadataClient::new().hostname().await?;
    /// # Ok(()) }
    /// ```
    pub fn new() -> MetadataClient {
        let builder = reqwest::Client::builder();
        // A proxy from the environment cannot reach a link-local address (or an emulator on
        // loopback), so the metadata service is always asked directly.
        #[cfg(not(target_arch = "wasm32"))]
        let builder = builder.no_proxy();
        MetadataClient {
            http: builder.build().map_err(|e| error_chain(&e)),
            endpoint: DEFAULT_METADATA_ENDPOINT.to_owned(),
            timeout: DEFAULT_TIMEOUT,
        }
    }

    /// Asks another metadata service instead, e.g. an emulator at
    /// `http://127.0.0.1:8080/hetzner/v1/metadata`. The URL is that of the summary document;
    /// the individual values are read below it (`{endpoint}/hostname`, ...). A trailing `/`
    /// is ignored.
    ///
    /// ```no_run
    /// use hetzcloud::metadata::MetadataClient;
    ///
    /// let metadata = MetadataClient::new().with_endpoint("http://127.0.0.1:8080/hetzner/v1/metadata/");
    /// assert_eq!(metadata.endpoint(), "http://127.0.0.1:8080/hetzner/v1/metadata");
    /// ```
    pub fn with_endpoint(mut self, endpoint: impl Into<String>) -> MetadataClient {
        self.endpoint = endpoint.into().trim_end_matches('/').to_owned();
        self
    }

    /// Sets how long one request may take in all, from connecting to the end of the answer.
    /// After that the request is abandoned with [`Error::Timeout`].
    ///
    /// ```no_run
    /// use hetzcloud::metadata::MetadataClient;
    /// use std::time::Duration;
    ///
    /// let metadata = MetadataClient::new().with_timeout(Duration::from_millis(500));
    /// assert_eq!(metadata.timeout(), Duration::from_millis(500));
    /// ```
    pub fn with_timeout(mut self, timeout: Duration) -> MetadataClient {
        self.timeout = timeout;
        self
    }

    /// The URL of the summary document, without a trailing `/`.
    ///
    /// ```no_run
    /// let metadata = hetzcloud::metadata::MetadataClient::new();
    /// println!("asking {}", metadata.endpoint());
    /// ```
    pub fn endpoint(&self) -> &str {
        &self.endpoint
    }

    /// How long one request may take.
    ///
    /// ```no_run
    /// let metadata = hetzcloud::metadata::MetadataClient::new();
    /// println!("giving up after {:?}", metadata.timeout());
    /// ```
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// The server's name as set in the API (`GET {endpoint}/hostname`).
    ///
    /// ```no_run
    /// # async fn demo() -> Result<(), hetzcloud::Error> {
    /// let name = hetzcloud::metadata::MetadataClient::new().hostname().await?;
    /// println!("I am {name}");
    /// # Ok(()) }
    /// ```
    pub async fn hostname(&self) -> Result<String, Error> {
        Ok(self.text("hostname").await?.value)
    }

    /// The server's ID (`GET {endpoint}/instance-id`), the one the API uses for
    /// `/servers/{id}`.
    ///
    /// An answer that is not an integer gives [`Error::Decode`] with path `instance-id`.
    ///
    /// ```no_run
    /// # async fn demo() -> Result<(), hetzcloud::Error> {
    /// let id = hetzcloud::metadata::MetadataClient::new().instance_id().await?;
    /// println!("server {id}");
    /// # Ok(()) }
    /// ```
    pub async fn instance_id(&self) -> Result<i64, Error> {
        let answer = self.text("instance-id").await?;
        answer.value.parse().map_err(|_| Error::Decode {
            path: "instance-id".to_owned(),
            message: format!(
                "expected the server ID as an integer, got `{}`; is `{}` a Hetzner metadata service?",
                snippet(answer.value.as_bytes()),
                self.endpoint
            ),
            status: answer.status,
        })
    }

    /// The server's primary public IPv4 address (`GET {endpoint}/public-ipv4`).
    ///
    /// A server created without a public IPv4 address has none to report; the answer is then
    /// not an address and this gives [`Error::Decode`] with path `public-ipv4`
    /// ([`Metadata::public_ipv4`] is `None` in that case).
    ///
    /// ```no_run
    /// # async fn demo() -> Result<(), hetzcloud::Error> {
    /// let ip: std::net::Ipv4Addr = hetzcloud::metadata::MetadataClient::new().public_ipv4().await?;
    /// println!("reachable at {ip}");
    /// # Ok(()) }
    /// ```
    pub async fn public_ipv4(&self) -> Result<Ipv4Addr, Error> {
        let answer = self.text("public-ipv4").await?;
        answer.value.parse().map_err(|_| Error::Decode {
            path: "public-ipv4".to_owned(),
            message: if answer.value.is_empty() {
                "the answer is empty: the server may have no public IPv4 address".to_owned()
            } else {
                format!(
                    "expected an IPv4 address, got `{}`",
                    snippet(answer.value.as_bytes())
                )
            },
            status: answer.status,
        })
    }

    /// The private networks the server is attached to (`GET {endpoint}/private-networks`),
    /// one entry per interface. Empty when the server is in no private network.
    ///
    /// ```no_run
    /// # async fn demo() -> Result<(), hetzcloud::Error> {
    /// for network in hetzcloud::metadata::MetadataClient::new().private_networks().await? {
    ///     println!("{} in {} ({})", network.ip, network.network_name, network.subnet);
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn private_networks(&self) -> Result<Vec<PrivateNetwork>, Error> {
        let answer = self.text("private-networks").await?;
        if answer.value.is_empty() {
            return Ok(Vec::new());
        }
        decode_yaml(&answer.value, "private-networks", answer.status)
    }

    /// The name of the availability zone the server runs in, e.g. `hel1-dc2`
    /// (`GET {endpoint}/availability-zone`).
    ///
    /// ```no_run
    /// # async fn demo() -> Result<(), hetzcloud::Error> {
    /// let zone = hetzcloud::metadata::MetadataClient::new().availability_zone().await?;
    /// println!("running in {zone}");
    /// # Ok(()) }
    /// ```
    pub async fn availability_zone(&self) -> Result<String, Error> {
        Ok(self.text("availability-zone").await?.value)
    }

    /// The network zone the server runs in, e.g. `eu-central` (`GET {endpoint}/region`).
    ///
    /// ```no_run
    /// # async fn demo() -> Result<(), hetzcloud::Error> {
    /// let region = hetzcloud::metadata::MetadataClient::new().region().await?;
    /// println!("network zone {region}");
    /// # Ok(()) }
    /// ```
    pub async fn region(&self) -> Result<String, Error> {
        Ok(self.text("region").await?.value)
    }

    /// Everything in one request: the YAML summary at `GET {endpoint}`.
    ///
    /// Keys this version does not know are ignored. Invalid YAML, or a value of the wrong type,
    /// gives [`Error::Decode`] naming the key and the line and column.
    ///
    /// ```no_run
    /// # async fn demo() -> Result<(), hetzcloud::Error> {
    /// let me = hetzcloud::metadata::MetadataClient::new().summary().await?;
    /// println!("{} #{} in {} / {}", me.hostname, me.instance_id, me.region, me.availability_zone);
    /// # Ok(()) }
    /// ```
    pub async fn summary(&self) -> Result<Metadata, Error> {
        let answer = self.get(None).await?;
        decode_yaml(&answer.value, "", answer.status)
    }

    /// Whether this code runs on a Hetzner Cloud server: true when the metadata service
    /// answers `hostname` successfully within the timeout. Off Hetzner this takes up to the
    /// timeout (the link-local address does not answer), so shorten it with
    /// [`MetadataClient::with_timeout`] where startup time matters.
    ///
    /// ```no_run
    /// # async fn demo() {
    /// use hetzcloud::metadata::MetadataClient;
    /// use std::time::Duration;
    ///
    /// let metadata = MetadataClient::new().with_timeout(Duration::from_secs(1));
    /// if !metadata.is_hetzner_server().await {
    ///     eprintln!("not on Hetzner Cloud; metadata unavailable");
    /// }
    /// # }
    /// ```
    pub async fn is_hetzner_server(&self) -> bool {
        self.hostname().await.is_ok()
    }

    /// One text value below the endpoint, without surrounding whitespace.
    async fn text(&self, key: &str) -> Result<Answer, Error> {
        let mut answer = self.get(Some(key)).await?;
        answer.value = answer.value.trim().to_owned();
        Ok(answer)
    }

    /// GETs the summary (`key` = `None`) or one value within the timeout; anything but a 2xx
    /// answer with a UTF-8 body is an error.
    async fn get(&self, key: Option<&str>) -> Result<Answer, Error> {
        let url = match key {
            Some(key) => format!("{}/{key}", self.endpoint),
            None => self.endpoint.clone(),
        };
        let http = self.http.as_ref().map_err(|message| Error::Transport {
            message: format!(
                "could not set up the HTTP client for the metadata service: {message}"
            ),
            connect: true,
        })?;
        let parsed = reqwest::Url::parse(&url).map_err(|e| {
            Error::invalid_input(
                "endpoint",
                format!(
                    "`{}` is not a valid URL ({e}); expected e.g. `{DEFAULT_METADATA_ENDPOINT}`",
                    self.endpoint
                ),
            )
        })?;
        let timeout = self.timeout;
        let exchange = async {
            let response = http
                .get(parsed)
                .send()
                .await
                .map_err(|e| transport_error(&e, &url, timeout))?;
            let status = response.status().as_u16();
            let body = response
                .bytes()
                .await
                .map_err(|e| transport_error(&e, &url, timeout))?;
            Ok::<_, Error>((status, body))
        };
        // reqwest has no per-request timeout on wasm32, so the deadline is a race on both
        // targets; dropping the losing request cancels it (fetch is aborted on wasm32).
        let deadline = crate::runtime::sleep(timeout);
        futures::pin_mut!(exchange, deadline);
        let (status, body) = match futures::future::select(exchange, deadline).await {
            futures::future::Either::Left((result, _)) => result?,
            futures::future::Either::Right(((), _)) => return Err(Error::Timeout(timeout)),
        };
        if !(200..300).contains(&status) {
            let mut error = ApiError::from_response(status, &body, None);
            // The metadata service answers in plain text; its 404 means "no such key".
            if status == 404 {
                error.code = crate::ErrorCode::NotFound;
            }
            error.message = format!("{} (GET {url})", error.message);
            return Err(Error::Api(Box::new(error)));
        }
        let value = String::from_utf8(body.to_vec()).map_err(|e| Error::Decode {
            path: key.unwrap_or(".").to_owned(),
            message: format!(
                "the answer is not UTF-8 text ({e}): {}",
                snippet(e.as_bytes())
            ),
            status,
        })?;
        Ok(Answer { status, value })
    }
}

/// A successful answer of the metadata service.
struct Answer {
    status: u16,
    value: String,
}

/// What the summary document (`GET {endpoint}`) says about the server.
///
/// Keys not listed here are ignored, so new keys the service adds do not break decoding.
///
/// ```no_run
/// # async fn demo() -> Result<(), hetzcloud::Error> {
/// let me: hetzcloud::metadata::Metadata = hetzcloud::metadata::MetadataClient::new().summary().await?;
/// if let Some(ip) = me.public_ipv4 {
///     println!("{} answers at {ip}", me.hostname);
/// }
/// # Ok(()) }
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Metadata {
    /// Name of the server as set in the API (`hostname`).
    pub hostname: String,
    /// ID of the server (`instance-id`).
    #[serde(rename = "instance-id", deserialize_with = "integer_or_numeric_string")]
    pub instance_id: i64,
    /// Primary public IPv4 address (`public-ipv4`); `None` when the key is missing or empty,
    /// as for a server created without a public IPv4 address.
    #[serde(rename = "public-ipv4", default, deserialize_with = "optional_ipv4")]
    pub public_ipv4: Option<Ipv4Addr>,
    /// Name of the availability zone the server runs in, e.g. `hel1-dc2`
    /// (`availability-zone`).
    #[serde(rename = "availability-zone")]
    pub availability_zone: String,
    /// Network zone, e.g. `eu-central` (`region`).
    pub region: String,
}

/// One private network interface of the server, as `GET {endpoint}/private-networks` lists it.
///
/// Keys not listed here are ignored.
///
/// ```no_run
/// # async fn demo() -> Result<(), hetzcloud::Error> {
/// use hetzcloud::metadata::{MetadataClient, PrivateNetwork};
///
/// let networks: Vec<PrivateNetwork> = MetadataClient::new().private_networks().await?;
/// if let Some(first) = networks.iter().find(|n| n.network_name == "backend") {
///     println!("backend address {} via {}", first.ip, first.gateway);
/// }
/// # Ok(()) }
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct PrivateNetwork {
    /// The server's address in this network.
    pub ip: Ipv4Addr,
    /// Additional addresses of the server in this network (empty when the key is missing).
    #[serde(default)]
    pub alias_ips: Vec<Ipv4Addr>,
    /// Number of the network interface on the server.
    pub interface_num: u32,
    /// MAC address of the interface, e.g. `86:00:00:2a:7d:e0`.
    pub mac_address: String,
    /// ID of the network in the API.
    pub network_id: i64,
    /// Name of the network in the API.
    pub network_name: String,
    /// IP range of the whole network in CIDR notation, e.g. `10.0.0.0/8`.
    pub network: String,
    /// IP range of the subnet the server is in, in CIDR notation, e.g. `10.0.0.0/24`.
    pub subnet: String,
    /// Gateway of the subnet, e.g. `10.0.0.1`.
    pub gateway: String,
}

/// Decodes a YAML answer; errors name the key (prefixed by `prefix`), line and column.
fn decode_yaml<T: de::DeserializeOwned>(text: &str, prefix: &str, status: u16) -> Result<T, Error> {
    let deserializer = serde_norway::Deserializer::from_str(text);
    serde_path_to_error::deserialize(deserializer).map_err(|e| {
        let inner = e.inner();
        // `?` stands for a key the parser had not read yet (a syntax error); drop it.
        let key = e.path().to_string();
        let key = match key.trim_end_matches('?').trim_end_matches('.') {
            "" => ".",
            known => known,
        };
        let path = match (prefix, key) {
            ("", key) => key.to_owned(),
            (prefix, ".") => prefix.to_owned(),
            (prefix, key) if key.starts_with('[') => format!("{prefix}{key}"),
            (prefix, key) => format!("{prefix}.{key}"),
        };
        let mut message = inner.to_string();
        if let Some(at) = inner.location() {
            let mark = format!("line {} column {}", at.line(), at.column());
            if !message.contains(&mark) {
                message = format!("{message} at {mark}");
            }
        }
        Error::Decode {
            path,
            message,
            status,
        }
    })
}

/// An integer, or a string holding one (tolerated in case the service ever quotes it).
fn integer_or_numeric_string<'de, D: Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
    struct Visitor;
    impl de::Visitor<'_> for Visitor {
        type Value = i64;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an integer server ID")
        }
        fn visit_i64<E: de::Error>(self, v: i64) -> Result<i64, E> {
            Ok(v)
        }
        fn visit_u64<E: de::Error>(self, v: u64) -> Result<i64, E> {
            i64::try_from(v).map_err(|_| E::invalid_value(de::Unexpected::Unsigned(v), &self))
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<i64, E> {
            v.trim()
                .parse()
                .map_err(|_| E::invalid_value(de::Unexpected::Str(v), &self))
        }
    }
    d.deserialize_any(Visitor)
}

/// An IPv4 address, with a missing, null or empty value meaning none.
fn optional_ipv4<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Ipv4Addr>, D::Error> {
    let text: Option<String> = Option::deserialize(d)?;
    match text.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(t) => t.parse().map(Some).map_err(|_| {
            de::Error::invalid_value(de::Unexpected::Str(t), &"an IPv4 address or nothing")
        }),
    }
}

/// reqwest's message with its causes, and what to do about it.
fn transport_error(e: &reqwest::Error, url: &str, timeout: Duration) -> Error {
    if e.is_timeout() {
        return Error::Timeout(timeout);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let connect = e.is_connect();
    #[cfg(target_arch = "wasm32")]
    let connect = false;
    Error::Transport {
        message: format!(
            "could not reach the metadata service at {url}: {}. The metadata service is only \
             reachable from inside a Hetzner Cloud server; elsewhere point \
             MetadataClient::with_endpoint at an emulator",
            error_chain(e)
        ),
        connect,
    }
}

fn error_chain(e: &reqwest::Error) -> String {
    let mut message = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(cause) = source {
        message.push_str(": ");
        message.push_str(&cause.to_string());
        source = cause.source();
    }
    message
}

#[cfg(test)]
mod tests {
    use super::*;

    const SUMMARY: &str = "availability-zone: hel1-dc2\nhostname: my-server\ninstance-id: 42\n\
                           public-ipv4: 1.2.3.4\nregion: eu-central\n";

    #[test]
    fn summary_decodes_and_ignores_unknown_keys() {
        let text =
            format!("{SUMMARY}local-ipv4: ''\npublic-keys: []\nvendor_data: '#cloud-config'\n");
        let m: Metadata = decode_yaml(&text, "", 200).unwrap();
        assert_eq!(
            m,
            Metadata {
                hostname: "my-server".into(),
                instance_id: 42,
                public_ipv4: Some(Ipv4Addr::new(1, 2, 3, 4)),
                availability_zone: "hel1-dc2".into(),
                region: "eu-central".into(),
            }
        );
    }

    #[test]
    fn missing_or_empty_public_ipv4_is_none() {
        let without = SUMMARY.replace("public-ipv4: 1.2.3.4\n", "");
        let m: Metadata = decode_yaml(&without, "", 200).unwrap();
        assert_eq!(m.public_ipv4, None);
        let empty = SUMMARY.replace("1.2.3.4", "''");
        let m: Metadata = decode_yaml(&empty, "", 200).unwrap();
        assert_eq!(m.public_ipv4, None);
        let null = SUMMARY.replace("1.2.3.4", "");
        let m: Metadata = decode_yaml(&null, "", 200).unwrap();
        assert_eq!(m.public_ipv4, None);
    }

    #[test]
    fn quoted_instance_id_and_numeric_hostname_are_accepted() {
        let text = SUMMARY.replace("42", "'42'").replace("my-server", "1234");
        let m: Metadata = decode_yaml(&text, "", 200).unwrap();
        assert_eq!(m.instance_id, 42);
        assert_eq!(m.hostname, "1234");
    }

    #[test]
    fn wrong_type_names_the_key_and_line() {
        let text = SUMMARY.replace("42", "forty-two");
        let err = decode_yaml::<Metadata>(&text, "", 200).unwrap_err();
        match err {
            Error::Decode { path, message, .. } => {
                assert_eq!(path, "instance-id");
                assert!(message.contains("forty-two"), "{message}");
                assert!(message.contains("line 3"), "{message}");
            }
            other => panic!("expected a decode error, got {other:?}"),
        }
    }

    #[test]
    fn private_network_paths_are_prefixed() {
        let text = "- ip: 10.0.0.2\n  interface_num: one\n";
        let err = decode_yaml::<Vec<PrivateNetwork>>(text, "private-networks", 200).unwrap_err();
        match err {
            Error::Decode { path, .. } => assert_eq!(path, "private-networks[0].interface_num"),
            other => panic!("expected a decode error, got {other:?}"),
        }
    }

    #[test]
    fn debug_shows_endpoint_and_timeout() {
        let shown = format!("{:?}", MetadataClient::new());
        assert!(shown.contains(DEFAULT_METADATA_ENDPOINT), "{shown}");
        assert!(shown.contains("5s"), "{shown}");
    }
}
