//! The metadata client against a wiremock stand-in for the service, on loopback only.

use hetzcloud::metadata::{Metadata, MetadataClient, PrivateNetwork, DEFAULT_METADATA_ENDPOINT};
use hetzcloud::{Error, ErrorCode};
use std::net::Ipv4Addr;
use std::time::{Duration, Instant};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const BASE: &str = "/hetzner/v1/metadata";

const SUMMARY: &str = "availability-zone: hel1-dc2
hostname: my-server
instance-id: 42
public-ipv4: 1.2.3.4
region: eu-central
";

const PRIVATE_NETWORKS: &str = "- ip: 10.0.0.2
  alias_ips: [10.0.0.3, 10.0.0.4]
  interface_num: 1
  mac_address: 86:00:00:2a:7d:e0
  network_id: 1234
  network_name: nw-test1
  network: 10.0.0.0/8
  subnet: 10.0.0.0/24
  gateway: 10.0.0.1
- ip: 192.168.0.2
  alias_ips: []
  interface_num: 2
  mac_address: 86:00:00:2a:7d:e1
  network_id: 4321
  network_name: nw-test2
  network: 192.168.0.0/16
  subnet: 192.168.0.0/24
  gateway: 192.168.0.1
";

/// A mock metadata service: `routes` are (path below the endpoint, body) answered once each
/// with 200; any other request gets a loud 599 so a wrong URL cannot pass unnoticed.
async fn service(routes: &[(&str, &str)]) -> (MockServer, MetadataClient) {
    let server = MockServer::start().await;
    for (key, body) in routes {
        let full = if key.is_empty() {
            BASE.to_owned()
        } else {
            format!("{BASE}/{key}")
        };
        Mock::given(method("GET"))
            .and(path(full))
            .respond_with(ResponseTemplate::new(200).set_body_string(*body))
            .expect(1)
            .mount(&server)
            .await;
    }
    Mock::given(wiremock::matchers::any())
        .respond_with(
            ResponseTemplate::new(599).set_body_string("unexpected request to the mock service"),
        )
        .with_priority(u8::MAX)
        .mount(&server)
        .await;
    let client = MetadataClient::new().with_endpoint(format!("{}{BASE}", server.uri()));
    (server, client)
}

fn decode_parts(err: Error) -> (String, String, u16) {
    match err {
        Error::Decode {
            path,
            message,
            status,
        } => (path, message, status),
        other => panic!("expected Error::Decode, got {other:?}"),
    }
}

#[test]
fn defaults() {
    let client = MetadataClient::new();
    assert_eq!(client.endpoint(), DEFAULT_METADATA_ENDPOINT);
    assert_eq!(
        DEFAULT_METADATA_ENDPOINT,
        "http://169.254.169.254/hetzner/v1/metadata"
    );
    assert_eq!(client.timeout(), Duration::from_secs(5));
    let custom = client
        .with_endpoint("http://127.0.0.1:1/hetzner/v1/metadata/")
        .with_timeout(Duration::from_millis(300));
    assert_eq!(custom.endpoint(), "http://127.0.0.1:1/hetzner/v1/metadata");
    assert_eq!(custom.timeout(), Duration::from_millis(300));
}

#[tokio::test]
async fn hostname() {
    let (_server, client) = service(&[("hostname", "my-server")]).await;
    assert_eq!(client.hostname().await.unwrap(), "my-server");
}

#[tokio::test]
async fn instance_id() {
    let (_server, client) = service(&[("instance-id", "42")]).await;
    assert_eq!(client.instance_id().await.unwrap(), 42);
}

#[tokio::test]
async fn public_ipv4() {
    let (_server, client) = service(&[("public-ipv4", "1.2.3.4")]).await;
    assert_eq!(
        client.public_ipv4().await.unwrap(),
        Ipv4Addr::new(1, 2, 3, 4)
    );
}

#[tokio::test]
async fn availability_zone() {
    let (_server, client) = service(&[("availability-zone", "hel1-dc2")]).await;
    assert_eq!(client.availability_zone().await.unwrap(), "hel1-dc2");
}

#[tokio::test]
async fn region() {
    let (_server, client) = service(&[("region", "eu-central")]).await;
    assert_eq!(client.region().await.unwrap(), "eu-central");
}

#[tokio::test]
async fn private_networks() {
    let (_server, client) = service(&[("private-networks", PRIVATE_NETWORKS)]).await;
    let networks = client.private_networks().await.unwrap();
    assert_eq!(
        networks,
        vec![
            PrivateNetwork {
                ip: Ipv4Addr::new(10, 0, 0, 2),
                alias_ips: vec![Ipv4Addr::new(10, 0, 0, 3), Ipv4Addr::new(10, 0, 0, 4)],
                interface_num: 1,
                mac_address: "86:00:00:2a:7d:e0".into(),
                network_id: 1234,
                network_name: "nw-test1".into(),
                network: "10.0.0.0/8".into(),
                subnet: "10.0.0.0/24".into(),
                gateway: "10.0.0.1".into(),
            },
            PrivateNetwork {
                ip: Ipv4Addr::new(192, 168, 0, 2),
                alias_ips: vec![],
                interface_num: 2,
                mac_address: "86:00:00:2a:7d:e1".into(),
                network_id: 4321,
                network_name: "nw-test2".into(),
                network: "192.168.0.0/16".into(),
                subnet: "192.168.0.0/24".into(),
                gateway: "192.168.0.1".into(),
            },
        ]
    );
}

#[tokio::test]
async fn private_networks_empty_list_and_unknown_keys() {
    let (_server, client) = service(&[("private-networks", "[]\n")]).await;
    assert_eq!(client.private_networks().await.unwrap(), vec![]);

    let extended = PRIVATE_NETWORKS.replace(
        "  gateway: 10.0.0.1\n",
        "  gateway: 10.0.0.1\n  mtu: 1450\n",
    );
    let (_server, client) = service(&[("private-networks", &extended)]).await;
    let networks = client.private_networks().await.unwrap();
    assert_eq!(networks.len(), 2);
    assert_eq!(networks[0].network_id, 1234);
}

#[tokio::test]
async fn summary() {
    let (_server, client) = service(&[("", SUMMARY)]).await;
    assert_eq!(
        client.summary().await.unwrap(),
        Metadata {
            hostname: "my-server".into(),
            instance_id: 42,
            public_ipv4: Some(Ipv4Addr::new(1, 2, 3, 4)),
            availability_zone: "hel1-dc2".into(),
            region: "eu-central".into(),
        }
    );
}

#[tokio::test]
async fn summary_ignores_unknown_keys_and_missing_public_ipv4() {
    let body = "availability-zone: fsn1-dc14
hostname: ipv6-only
instance-id: 123456789
local-ipv4: ''
network-config:
  config:
  - mac_address: 96:00:00:00:00:01
    type: physical
  version: 1
public-keys:
- ssh-ed25519 AAAA user@example
region: eu-central
";
    let (_server, client) = service(&[("", body)]).await;
    let summary = client.summary().await.unwrap();
    assert_eq!(summary.hostname, "ipv6-only");
    assert_eq!(summary.instance_id, 123_456_789);
    assert_eq!(summary.public_ipv4, None);
    assert_eq!(summary.availability_zone, "fsn1-dc14");
}

#[tokio::test]
async fn trailing_newlines_are_removed() {
    let (_server, client) = service(&[
        ("hostname", "my-server\n"),
        ("instance-id", "42\n"),
        ("public-ipv4", "1.2.3.4\r\n"),
        ("availability-zone", "hel1-dc2\n"),
        ("region", "eu-central\n"),
    ])
    .await;
    assert_eq!(client.hostname().await.unwrap(), "my-server");
    assert_eq!(client.instance_id().await.unwrap(), 42);
    assert_eq!(
        client.public_ipv4().await.unwrap(),
        Ipv4Addr::new(1, 2, 3, 4)
    );
    assert_eq!(client.availability_zone().await.unwrap(), "hel1-dc2");
    assert_eq!(client.region().await.unwrap(), "eu-central");
}

#[tokio::test]
async fn not_found_is_an_api_error() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(format!("{BASE}/hostname")))
        .respond_with(ResponseTemplate::new(404).set_body_string("404 page not found"))
        .expect(1)
        .mount(&server)
        .await;
    let client = MetadataClient::new().with_endpoint(format!("{}{BASE}", server.uri()));
    let err = client.hostname().await.unwrap_err();
    let api = err.api().expect("an API error");
    assert_eq!(api.status, 404);
    assert_eq!(api.code, ErrorCode::NotFound);
    assert!(
        api.message.contains("404 page not found"),
        "{}",
        api.message
    );
    assert!(api.message.contains("/hostname"), "{}", api.message);
}

#[tokio::test]
async fn garbage_instance_id_is_a_decode_error() {
    let (_server, client) = service(&[("instance-id", "<html>captive portal</html>")]).await;
    let (path, message, status) = decode_parts(client.instance_id().await.unwrap_err());
    assert_eq!(path, "instance-id");
    assert_eq!(status, 200);
    assert!(message.contains("captive portal"), "{message}");
    assert!(message.contains("integer"), "{message}");
}

#[tokio::test]
async fn garbage_public_ipv4_is_a_decode_error() {
    let (_server, client) = service(&[("public-ipv4", "\n")]).await;
    let (path, message, _) = decode_parts(client.public_ipv4().await.unwrap_err());
    assert_eq!(path, "public-ipv4");
    assert!(message.contains("no public IPv4"), "{message}");
}

#[tokio::test]
async fn invalid_summary_yaml_is_a_decode_error_with_location() {
    // A sequence entry inside a mapping: not YAML at all, not merely a wrong value.
    let body = "hostname: my-server\n- instance-id: 42\n";
    let (_server, client) = service(&[("", body)]).await;
    let (path, message, status) = decode_parts(client.summary().await.unwrap_err());
    assert_eq!(path, ".");
    assert_eq!(status, 200);
    assert!(message.contains("line 2 column 1"), "{message}");
}

#[tokio::test]
async fn wrong_type_in_summary_names_the_key() {
    let body = SUMMARY.replace("instance-id: 42", "instance-id: forty-two");
    let (_server, client) = service(&[("", &body)]).await;
    let (path, message, _) = decode_parts(client.summary().await.unwrap_err());
    assert_eq!(path, "instance-id");
    assert!(message.contains("forty-two"), "{message}");
    assert!(message.contains("line 3"), "{message}");
}

#[tokio::test]
async fn invalid_private_networks_yaml_is_a_decode_error() {
    let body = PRIVATE_NETWORKS.replace("network_id: 4321", "network_id: not-a-number");
    let (_server, client) = service(&[("private-networks", &body)]).await;
    let (path, message, _) = decode_parts(client.private_networks().await.unwrap_err());
    assert_eq!(path, "private-networks[1].network_id");
    assert!(message.contains("not-a-number"), "{message}");
    assert!(message.contains("line 14"), "{message}");

    let body = "- ip: 10.0.0.2\n  network_name: 'unterminated\n";
    let (_server, client) = service(&[("private-networks", body)]).await;
    let (path, message, _) = decode_parts(client.private_networks().await.unwrap_err());
    assert_eq!(path, "private-networks[0].network_name");
    assert!(message.contains("line 2"), "{message}");
}

#[tokio::test]
async fn slow_service_times_out() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(format!("{BASE}/hostname")))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_string("my-server")
                .set_delay(Duration::from_secs(2)),
        )
        .mount(&server)
        .await;
    let client = MetadataClient::new()
        .with_endpoint(format!("{}{BASE}", server.uri()))
        .with_timeout(Duration::from_millis(200));
    let started = Instant::now();
    let err = client.hostname().await.unwrap_err();
    let took = started.elapsed();
    assert!(
        matches!(err, Error::Timeout(d) if d == Duration::from_millis(200)),
        "{err:?}"
    );
    assert!(took < Duration::from_secs(1), "took {took:?}");
    assert!(took >= Duration::from_millis(190), "took {took:?}");
}

fn refused_endpoint() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    format!("http://127.0.0.1:{port}{BASE}")
}

#[tokio::test]
async fn refused_connection_is_a_transport_error() {
    let client = MetadataClient::new().with_endpoint(refused_endpoint());
    match client.instance_id().await.unwrap_err() {
        Error::Transport { message, connect } => {
            assert!(connect, "{message}");
            assert!(
                message.contains("only reachable from inside a Hetzner Cloud server"),
                "{message}"
            );
            assert!(message.contains("/instance-id"), "{message}");
        }
        other => panic!("expected Error::Transport, got {other:?}"),
    }
}

#[tokio::test]
async fn invalid_endpoint_is_invalid_input() {
    let client = MetadataClient::new().with_endpoint("169.254.169.254/hetzner/v1/metadata");
    match client.region().await.unwrap_err() {
        Error::InvalidInput { field, message } => {
            assert_eq!(field, "endpoint");
            assert!(message.contains(DEFAULT_METADATA_ENDPOINT), "{message}");
        }
        other => panic!("expected Error::InvalidInput, got {other:?}"),
    }
}

#[tokio::test]
async fn is_hetzner_server_when_hostname_answers() {
    let (_server, client) = service(&[("hostname", "my-server\n")]).await;
    assert!(client.is_hetzner_server().await);
}

#[tokio::test]
async fn is_not_hetzner_server_when_refused_missing_or_slow() {
    let refused = MetadataClient::new().with_endpoint(refused_endpoint());
    assert!(!refused.is_hetzner_server().await);

    // Something answers on the address, but it is not the metadata service.
    let (_server, missing) = service(&[]).await;
    assert!(!missing.is_hetzner_server().await);

    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(format!("{BASE}/hostname")))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_string("my-server")
                .set_delay(Duration::from_secs(2)),
        )
        .mount(&server)
        .await;
    let slow = MetadataClient::new()
        .with_endpoint(format!("{}{BASE}", server.uri()))
        .with_timeout(Duration::from_millis(200));
    let started = Instant::now();
    assert!(!slow.is_hetzner_server().await);
    assert!(started.elapsed() < Duration::from_secs(1));
}

#[test]
fn client_and_futures_are_send_for_spawning() {
    fn assert_send_sync<T: Send + Sync + Clone + std::fmt::Debug>(_: &T) {}
    fn assert_send<T: Send>(_: T) {}
    let client = MetadataClient::new();
    assert_send_sync(&client);
    // Built but never polled: only the types are checked.
    assert_send(client.summary());
    assert_send(client.private_networks());
    assert_send(client.instance_id());
    assert_send(client.is_hetzner_server());
    assert!(format!("{client:?}").contains("169.254.169.254"));
}
