//! Load Balancers through the client: create with services and targets → list/filter/sort/page
//! → update → every action → metrics → errors → delete. Servers, Networks and extra Load
//! Balancer Types are loaded through `/_emulator/state`.

use hetzcloud::models::*;
use hetzcloud::{ApiRequest, CallOptions, ErrorCode, Method};
use hetzcloud_emulator::{Config, Emulator};
use serde_json::{json, Value};
use std::time::Duration;

async fn edit_state(emu: &Emulator, f: impl FnOnce(&mut Value)) {
    let control = hetzcloud::Client::builder()
        .endpoint(emu.base_url())
        .token("control")
        .build()
        .unwrap();
    let opts = CallOptions::no_retry();
    let mut state = control
        .execute_json(ApiRequest::new(Method::Get, "/_emulator/state"), &opts)
        .await
        .unwrap()
        .data;
    f(&mut state);
    let mut put = ApiRequest::new(Method::Put, "/_emulator/state");
    put.body = Some(state.to_string());
    control.execute_json(put, &opts).await.unwrap();
}

async fn read_state(emu: &Emulator) -> Value {
    let mut out = Value::Null;
    edit_state(emu, |s| out = s.clone()).await;
    out
}

/// A running Server in fsn1 that decodes into `hetzcloud::models::Server`.
fn add_server(
    state: &mut Value,
    id: i64,
    labels: Value,
    ipv4: Option<&str>,
    private: Option<(i64, &str)>,
) {
    let server_type = state["reference"]["server_types"]
        .as_object()
        .unwrap()
        .values()
        .next()
        .unwrap()
        .clone();
    let location = state["reference"]["locations"]["1"].clone();
    let private_net = match private {
        Some((network, ip)) => {
            json!([{"network": network, "ip": ip, "alias_ips": [], "mac_address": "86:00:00:00:00:01"}])
        }
        None => json!([]),
    };
    let ipv4 = ipv4.map(|ip| json!({"ip": ip, "blocked": false, "dns_ptr": "server.example.com"}));
    state["servers"][id.to_string()] = json!({
        "id": id, "name": format!("server-{id}"), "status": "running",
        "created": "2025-01-01T00:00:00Z",
        "public_net": {"ipv4": ipv4,
            "ipv6": {"ip": format!("2001:db8:0:{id}::/64"), "blocked": false, "dns_ptr": []},
            "floating_ips": []},
        "private_net": private_net, "server_type": server_type, "location": location,
        "image": null, "iso": null, "rescue_enabled": false, "locked": false,
        "backup_window": null, "outgoing_traffic": 0, "ingoing_traffic": 0,
        "included_traffic": 0, "protection": {"delete": false, "rebuild": false},
        "labels": labels, "volumes": [], "load_balancers": [], "primary_disk_size": 40.0
    });
    // The emulator derives a server's public addresses from its Primary IPs.
    if let Some(ip) = &ipv4 {
        let pid = id * 10 + 1;
        state["primary_ips"][pid.to_string()] = json!({
            "id": pid, "name": format!("primary-{pid}"), "labels": {},
            "created": "2025-01-01T00:00:00Z", "blocked": false,
            "location": state["reference"]["locations"]["1"].clone(), "ip": ip["ip"],
            "dns_ptr": [{"ip": ip["ip"], "dns_ptr": "server.example.com"}],
            "protection": {"delete": false}, "type": "ipv4", "auto_delete": true,
            "assignee_type": "server", "assignee_id": id
        });
    }
    let pid = id * 10 + 2;
    state["primary_ips"][pid.to_string()] = json!({
        "id": pid, "name": format!("primary-{pid}"), "labels": {},
        "created": "2025-01-01T00:00:00Z", "blocked": false,
        "location": state["reference"]["locations"]["1"].clone(),
        "ip": format!("2001:db8:0:{id}::/64"), "dns_ptr": [],
        "protection": {"delete": false}, "type": "ipv6", "auto_delete": true,
        "assignee_type": "server", "assignee_id": id
    });
}

fn add_network(state: &mut Value, id: i64, subnets: Value) {
    state["networks"][id.to_string()] = json!({
        "id": id, "name": format!("net-{id}"), "ip_range": "10.0.0.0/16",
        "subnets": subnets, "routes": [], "servers": [], "load_balancers": [],
        "protection": {"delete": false}, "labels": {}, "created": "2025-01-01T00:00:00Z",
        "expose_routes_to_vswitch": false
    });
}

fn add_lb_type(state: &mut Value, id: i64, name: &str, services: i64, targets: i64) {
    let mut t = state["reference"]["load_balancer_types"]
        .as_object()
        .unwrap()
        .values()
        .next()
        .unwrap()
        .clone();
    t["id"] = json!(id);
    t["name"] = json!(name);
    t["description"] = json!(name.to_uppercase());
    t["max_services"] = json!(services);
    t["max_targets"] = json!(targets);
    state["reference"]["load_balancer_types"][id.to_string()] = t;
}

/// Servers 11 and 12 (`role=web`, 11 in network 50), 13 without IPv4; network 50 with a
/// cloud and a vSwitch subnet in eu-central, network 51 with only a us-east subnet; types
/// lb21 and a tiny one.
async fn world(emu: &Emulator) {
    edit_state(emu, |s| {
        add_network(
            s,
            50,
            json!([
                {"type": "cloud", "ip_range": "10.0.1.0/24", "network_zone": "eu-central", "gateway": "10.0.0.1"},
                {"type": "vswitch", "ip_range": "10.0.2.0/24", "network_zone": "eu-central", "gateway": "10.0.0.1", "vswitch_id": 1000}
            ]),
        );
        add_network(
            s,
            51,
            json!([{"type": "cloud", "ip_range": "10.0.9.0/24", "network_zone": "us-east", "gateway": "10.0.0.1"}]),
        );
        add_server(s, 11, json!({"role": "web"}), Some("198.51.100.11"), Some((50, "10.0.1.11")));
        add_server(s, 12, json!({"role": "web"}), Some("198.51.100.12"), None);
        add_server(s, 13, json!({"role": "db"}), None, None);
        add_lb_type(s, 2, "lb21", 15, 75);
        add_lb_type(s, 3, "lb-tiny", 1, 1);
    })
    .await;
}

const CERT: &str = "-----BEGIN CERTIFICATE-----
MIIBqTCCAVCgAwIBAgIUAawNyNa+gNZu4XtlQWpYWkONtkEwCgYIKoZIzj0EAwIw
FjEUMBIGA1UEAwwLZXhhbXBsZS5jb20wHhcNMjYxMTIyMTczMzAyWhcNMjcxMTIy
MTczMzAyWjAWMRQwEgYDVQQDDAtleGFtcGxlLmNvbTBZMBMGByqGSM49AgEGCCqG
SM49AwEHA0IABMCmanvML2aMpAj+b57OHf+8EWbBCSx1nyJjTmZynNOWlOmwrGxT
00dS1DjWvcMiEmrGjkcCnLijTBYu+7fRDTmjfDB6MB0GA1UdDgQWBBQhVYvmMnE+
rHW8ql0rRXNtKQ1ADzAfBgNVHSMEGDAWgBQhVYvmMnE+rHW8ql0rRXNtKQ1ADzAP
BgNVHRMBAf8EBTADAQH/MCcGA1UdEQQgMB6CC2V4YW1wbGUuY29tgg93d3cuZXhh
bXBsZS5jb20wCgYIKoZIzj0EAwIDRwAwRAIgROI6E1O0Aet3Zs6bdSRtmDqxKRH7
wUky0PT9oyDmvygCIFBXY3TLE1bUrV6N1wsoCc1CPxMEhpnC0Kis88L/AehV
-----END CERTIFICATE-----
";

fn tcp_check(port: i64) -> LoadBalancerServiceHealthCheck {
    LoadBalancerServiceHealthCheck::new(
        LoadBalancerServiceHealthCheckProtocol::Tcp,
        port,
        15,
        10,
        3,
    )
}

fn service(protocol: LoadBalancerServiceProtocol, listen: i64, dest: i64) -> LoadBalancerService {
    LoadBalancerService::new(protocol, listen, dest, false, tcp_check(dest))
}

fn server_target(id: i64, private: bool) -> CreateLoadBalancerRequestTarget {
    let mut t = CreateLoadBalancerRequestTarget::new(LoadBalancerTargetType::Server);
    t.server = Some(CreateLoadBalancerRequestTargetServer::new(id));
    t.use_private_ip = Some(private);
    t
}

fn ip_target(ip: &str) -> CreateLoadBalancerRequestTarget {
    let mut t = CreateLoadBalancerRequestTarget::new(LoadBalancerTargetType::Ip);
    t.ip = Some(LoadBalancerTargetIp::new(ip));
    t
}

fn selector_target(selector: &str) -> CreateLoadBalancerRequestTarget {
    let mut t = CreateLoadBalancerRequestTarget::new(LoadBalancerTargetType::LabelSelector);
    t.label_selector = Some(LabelSelector::new(selector));
    t
}

fn code(e: &hetzcloud::Error) -> String {
    e.api()
        .map(|a| a.code.as_str().to_owned())
        .unwrap_or_else(|| e.to_string())
}

fn field(e: &hetzcloud::Error) -> String {
    e.api().unwrap().details.fields()[0].name.clone()
}

#[tokio::test]
async fn load_balancer_lifecycle() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    world(&emu).await;
    let c = emu.client();
    let lbs = c.load_balancers();

    let mut cert = CreateCertificateRequest::new("site");
    cert.certificate = Some(CERT.into());
    cert.private_key =
        Some("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n".into());
    let cert = c
        .certificates()
        .create(&cert)
        .await
        .unwrap()
        .data
        .certificate;

    // Create with services and targets.
    let mut https = service(LoadBalancerServiceProtocol::Https, 443, 80);
    let mut http_config = LoadBalancerServiceHttpConfig::new("SESSION", 600, 60, true);
    http_config.certificates = Some(vec![cert.id]);
    https.http = Some(http_config);
    let mut web = service(LoadBalancerServiceProtocol::Http, 80, 80);
    web.health_check = LoadBalancerServiceHealthCheck::new(
        LoadBalancerServiceHealthCheckProtocol::Http,
        80,
        10,
        5,
        3,
    );
    web.health_check.http = Some(LoadBalancerServiceHealthCheckHttp::new("/healthz"));
    let mut req = CreateLoadBalancerRequest::new("lb-1", "lb11");
    req.location = Some("fsn1".into());
    req.algorithm = Some(Algorithm::new(AlgorithmType::LeastConnections));
    req.services = Some(vec![web, https]);
    req.targets = Some(vec![server_target(12, false), selector_target("role=web")]);
    req.labels = Some([("env".to_owned(), "prod".to_owned())].into());
    let created = lbs.create(&req).await.unwrap();
    assert_eq!(created.status, 201);
    assert_eq!(created.action.command, "create_load_balancer");
    c.wait_for([&created.action]).await.unwrap();
    let lb = created.data.load_balancer;
    let id = lb.id;
    assert!(lb.public_net.enabled);
    let v4 = lb.public_net.ipv4.ip.clone().unwrap();
    assert!(v4.parse::<std::net::Ipv4Addr>().is_ok());
    assert!(lb
        .public_net
        .ipv4
        .dns_ptr
        .as_deref()
        .unwrap()
        .ends_with(".clients.your-server.de"));
    let v6 = lb.public_net.ipv6.ip.clone().unwrap();
    assert!(v6.parse::<std::net::Ipv6Addr>().is_ok());
    assert!(lb.private_net.is_empty());
    assert_eq!(lb.location.name, "fsn1");
    assert_eq!(lb.load_balancer_type.name, "lb11");
    assert_eq!(lb.algorithm.r#type, AlgorithmType::LeastConnections);
    assert!(lb.included_traffic > 0);
    let web = &lb.services[0];
    assert_eq!(web.http.as_ref().unwrap().cookie_name, "HCLBSTICKY");
    assert_eq!(web.http.as_ref().unwrap().timeout_idle, 50);
    let check = web.health_check.http.as_ref().unwrap();
    assert_eq!(check.path, "/healthz");
    assert_eq!(
        check.status_codes.as_deref(),
        Some(&["2??".to_owned(), "3??".to_owned()][..])
    );
    let tls = &lb.services[1];
    assert_eq!(tls.http.as_ref().unwrap().certificates, Some(vec![cert.id]));
    assert_eq!(tls.http.as_ref().unwrap().redirect_http, Some(false));
    assert_eq!(tls.http.as_ref().unwrap().cookie_lifetime, 600);
    let server = &lb.targets[0];
    assert_eq!(server.server.as_ref().unwrap().ip, "198.51.100.12");
    assert_eq!(server.use_private_ip, Some(false));
    let health = server.health_status.as_ref().unwrap();
    assert_eq!(health.len(), 2);
    assert_eq!(health[0].status, HealthStatusStatus::Healthy);
    let selector = &lb.targets[1];
    let resolved: Vec<i64> = selector
        .targets
        .as_ref()
        .unwrap()
        .iter()
        .map(|t| t.server.id)
        .collect();
    assert_eq!(resolved, [11, 12]);

    // The Certificate knows its user, the Server its Load Balancer.
    let used = c
        .certificates()
        .get(cert.id)
        .await
        .unwrap()
        .data
        .certificate;
    assert_eq!(used.used_by[0].id, id);
    assert_eq!(used.used_by[0].r#type, "load_balancer");
    let e = c.certificates().delete(cert.id).await.unwrap_err();
    assert_eq!(code(&e), "resource_in_use");
    let state = read_state(&emu).await;
    assert_eq!(state["servers"]["12"]["load_balancers"], json!([id]));

    // A second one, private only, by network zone.
    let mut req = CreateLoadBalancerRequest::new("lb-2", "2");
    req.network_zone = Some("eu-central".into());
    req.network = Some(50);
    req.public_interface = Some(false);
    let lb2 = lbs.create(&req).await.unwrap().data.load_balancer;
    assert_eq!(lb2.load_balancer_type.name, "lb21");
    assert!(!lb2.public_net.enabled);
    assert_eq!(lb2.private_net[0].network, 50);
    assert_eq!(lb2.private_net[0].ip, "10.0.1.2");
    let state = read_state(&emu).await;
    assert_eq!(state["networks"]["50"]["load_balancers"], json!([lb2.id]));
    let mut req = CreateLoadBalancerRequest::new("lb-3", "lb11");
    req.location = Some("1".into());
    let lb3 = lbs.create(&req).await.unwrap().data.load_balancer;

    // List.
    let all = lbs.list(&Default::default()).await.unwrap();
    assert_eq!(all.load_balancers.len(), 3);
    let prod = lbs
        .list(&ListLoadBalancersParams::default().label_selector("env=prod"))
        .await
        .unwrap();
    assert_eq!(prod.load_balancers.len(), 1);
    assert_eq!(prod.load_balancers[0].id, id);
    assert_eq!(
        prod.load_balancers[0].targets[1]
            .targets
            .as_ref()
            .unwrap()
            .len(),
        2
    );
    let named = lbs
        .list(&ListLoadBalancersParams::default().name("lb-2"))
        .await
        .unwrap();
    assert_eq!(named.load_balancers[0].id, lb2.id);
    let desc = lbs
        .list(&ListLoadBalancersParams::default().sort([LoadBalancerSort::NameDesc]))
        .await
        .unwrap();
    assert_eq!(desc.load_balancers[0].name, "lb-3");
    let page = lbs
        .list(&ListLoadBalancersParams::default().per_page(2).page(2))
        .await
        .unwrap();
    assert_eq!(page.load_balancers.len(), 1);
    assert_eq!(page.meta.pagination.total_entries, Some(3));
    assert_eq!(lbs.find("lb-3").await.unwrap().map(|l| l.id), Some(lb3.id));

    // Update.
    let upd = UpdateLoadBalancerRequest {
        name: Some("frontend".into()),
        labels: Some([("env".to_owned(), "staging".to_owned())].into()),
    };
    let updated = lbs.update(id, &upd).await.unwrap();
    assert_eq!(updated.load_balancer.name, "frontend");
    assert_eq!(updated.load_balancer.labels["env"], "staging");
    let e = lbs
        .update(
            id,
            &UpdateLoadBalancerRequest {
                name: Some("lb-2".into()),
                labels: None,
            },
        )
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::UniquenessError), "{e}");

    // Services.
    let add = AddLoadBalancerServiceRequest {
        protocol: Some(LoadBalancerServiceProtocol::Tcp),
        listen_port: Some(8080),
        destination_port: Some(8080),
        proxyprotocol: Some(true),
        health_check: Some(AddLoadBalancerServiceRequestHealthCheck {
            protocol: Some(LoadBalancerServiceHealthCheckProtocol::Tcp),
            port: Some(8080),
            interval: Some(5),
            timeout: Some(3),
            retries: Some(2),
            http: None,
        }),
        http: None,
    };
    let act = lbs.add_service(id, &add).await.unwrap();
    assert_eq!(act.status, 201);
    assert_eq!(act.action.command, "add_service");
    c.wait_for([&act.action]).await.unwrap();
    let got = lbs.get(id).await.unwrap().data.load_balancer;
    assert_eq!(got.services.len(), 3);
    assert_eq!(got.services[2].listen_port, 8080);
    assert!(got.services[2].http.is_none());
    assert_eq!(got.targets[0].health_status.as_ref().unwrap().len(), 3);
    let e = lbs.add_service(id, &add).await.unwrap_err();
    assert_eq!(code(&e), "source_port_already_used");
    assert_eq!(e.api().unwrap().status, 412);
    let mut incomplete = add.clone();
    incomplete.listen_port = Some(9000);
    incomplete.health_check = None;
    assert_eq!(
        field(&lbs.add_service(id, &incomplete).await.unwrap_err()),
        "health_check"
    );
    let mut bad = add.clone();
    bad.listen_port = Some(70000);
    assert_eq!(
        field(&lbs.add_service(id, &bad).await.unwrap_err()),
        "listen_port"
    );

    let update = UpdateLoadBalancerServiceRequest {
        listen_port: Some(80),
        health_check: Some(AddLoadBalancerServiceRequestHealthCheck {
            interval: Some(30),
            ..Default::default()
        }),
        http: Some(LoadBalancerServiceHttp {
            sticky_sessions: Some(true),
            ..Default::default()
        }),
        ..Default::default()
    };
    let act = lbs.update_service(id, &update).await.unwrap();
    assert_eq!(act.action.command, "update_service");
    c.wait_for([&act.action]).await.unwrap();
    let got = lbs.get(id).await.unwrap().data.load_balancer;
    let web = &got.services[0];
    assert_eq!(web.health_check.interval, 30);
    assert_eq!(web.health_check.http.as_ref().unwrap().path, "/healthz");
    assert!(web.http.as_ref().unwrap().sticky_sessions);
    let missing = UpdateLoadBalancerServiceRequest {
        listen_port: Some(81),
        ..Default::default()
    };
    let e = lbs.update_service(id, &missing).await.unwrap_err();
    assert_eq!(field(&e), "listen_port");
    let bad_interval = UpdateLoadBalancerServiceRequest {
        listen_port: Some(80),
        health_check: Some(AddLoadBalancerServiceRequestHealthCheck {
            interval: Some(1),
            ..Default::default()
        }),
        ..Default::default()
    };
    let e = lbs.update_service(id, &bad_interval).await.unwrap_err();
    assert_eq!(field(&e), "health_check.interval");

    let act = lbs
        .delete_service(id, &DeleteLoadBalancerServiceRequest::new(8080))
        .await
        .unwrap();
    assert_eq!(act.action.command, "delete_service");
    c.wait_for([&act.action]).await.unwrap();
    assert_eq!(lbs.get(id).await.unwrap().load_balancer.services.len(), 2);
    let e = lbs
        .delete_service(id, &DeleteLoadBalancerServiceRequest::new(8080))
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::InvalidInput), "{e}");

    // Targets.
    let act = lbs.add_target(id, &server_target(11, false)).await.unwrap();
    assert_eq!(act.action.command, "add_target");
    c.wait_for([&act.action]).await.unwrap();
    let got = lbs.get(id).await.unwrap().data.load_balancer;
    assert_eq!(got.targets.len(), 3);
    assert_eq!(got.targets[2].server.as_ref().unwrap().ip, "198.51.100.11");
    let state = read_state(&emu).await;
    assert_eq!(state["servers"]["11"]["load_balancers"], json!([id]));
    let e = lbs
        .add_target(id, &server_target(11, false))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "target_already_defined");
    let e = lbs
        .add_target(id, &selector_target("role=web"))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "target_already_defined");
    let act = lbs.add_target(id, &ip_target("203.0.113.5")).await.unwrap();
    c.wait_for([&act.action]).await.unwrap();
    let e = lbs
        .add_target(id, &ip_target("203.0.113.5"))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "target_already_defined");
    let e = lbs
        .add_target(id, &ip_target("198.51.100.12"))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "ip_not_owned");
    let e = lbs.add_target(id, &ip_target(&v4)).await.unwrap_err();
    assert_eq!(code(&e), "ip_not_owned");
    let e = lbs
        .add_target(id, &server_target(13, false))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "resolve_cloud_public_targets_error");
    let mut wrong_ip = server_target(13, false);
    wrong_ip.server.as_mut().unwrap().ip = Some("192.0.2.1".into());
    let e = lbs.add_target(id, &wrong_ip).await.unwrap_err();
    assert_eq!(code(&e), "ip_not_assigned_to_server");
    let mut v6_target = server_target(13, false);
    v6_target.server.as_mut().unwrap().ip = Some("2001:db8:0:13::10".into());
    let act = lbs.add_target(id, &v6_target).await.unwrap();
    c.wait_for([&act.action]).await.unwrap();
    let e = lbs
        .add_target(id, &server_target(11, true))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "load_balancer_not_attached_to_network");
    let e = lbs
        .add_target(id, &ip_target("10.0.2.5"))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "load_balancer_not_attached_to_network");
    let e = lbs
        .add_target(id, &server_target(404, false))
        .await
        .unwrap_err();
    assert_eq!(field(&e), "server.id");
    let e = lbs
        .add_target(id, &selector_target("role in ("))
        .await
        .unwrap_err();
    assert_eq!(field(&e), "label_selector.selector");

    let mut remove = RemoveLoadBalancerTargetRequest::new(LoadBalancerTargetType::Server);
    remove.server = Some(CreateLoadBalancerRequestTargetServer::new(11));
    let act = lbs.remove_target(id, &remove).await.unwrap();
    assert_eq!(act.action.command, "remove_target");
    c.wait_for([&act.action]).await.unwrap();
    let got = lbs.get(id).await.unwrap().data.load_balancer;
    assert!(!got
        .targets
        .iter()
        .any(|t| t.server.as_ref().is_some_and(|s| s.id == 11)));
    let state = read_state(&emu).await;
    assert_eq!(state["servers"]["11"]["load_balancers"], json!([]));
    let e = lbs.remove_target(id, &remove).await.unwrap_err();
    assert_eq!(field(&e), "server.id");
    let mut remove_ip = RemoveLoadBalancerTargetRequest::new(LoadBalancerTargetType::Ip);
    remove_ip.ip = Some(LoadBalancerTargetIp::new("203.0.113.5"));
    let act = lbs.remove_target(id, &remove_ip).await.unwrap();
    c.wait_for([&act.action]).await.unwrap();

    // Algorithm, reverse DNS, type.
    let act = lbs
        .change_algorithm(id, &Algorithm::new(AlgorithmType::RoundRobin))
        .await
        .unwrap();
    assert_eq!(act.action.command, "change_algorithm");
    c.wait_for([&act.action]).await.unwrap();
    assert_eq!(
        lbs.get(id).await.unwrap().load_balancer.algorithm.r#type,
        AlgorithmType::RoundRobin
    );
    let e = lbs
        .change_algorithm(id, &Algorithm::new(AlgorithmType::from("random")))
        .await
        .unwrap_err();
    assert_eq!(field(&e), "type");

    let mut ptr = ChangeLoadBalancerDnsPtrRequest::new(v4.clone());
    ptr.dns_ptr = Some("lb.example.com".into());
    let act = lbs.change_dns_ptr(id, &ptr).await.unwrap();
    assert_eq!(act.action.command, "change_dns_ptr");
    c.wait_for([&act.action]).await.unwrap();
    let mut ptr6 = ChangeLoadBalancerDnsPtrRequest::new(v6.clone());
    ptr6.dns_ptr = Some("lb6.example.com".into());
    let act = lbs.change_dns_ptr(id, &ptr6).await.unwrap();
    c.wait_for([&act.action]).await.unwrap();
    let got = lbs.get(id).await.unwrap().data.load_balancer;
    assert_eq!(
        got.public_net.ipv4.dns_ptr.as_deref(),
        Some("lb.example.com")
    );
    assert_eq!(
        got.public_net.ipv6.dns_ptr.as_deref(),
        Some("lb6.example.com")
    );
    let act = lbs
        .change_dns_ptr(id, &ChangeLoadBalancerDnsPtrRequest::new(v4.clone()))
        .await
        .unwrap();
    c.wait_for([&act.action]).await.unwrap();
    let got = lbs.get(id).await.unwrap().data.load_balancer;
    assert!(got.public_net.ipv4.dns_ptr.unwrap().starts_with("static."));
    let e = lbs
        .change_dns_ptr(id, &ChangeLoadBalancerDnsPtrRequest::new("192.0.2.99"))
        .await
        .unwrap_err();
    assert_eq!(field(&e), "ip");

    let act = lbs
        .change_type(id, &ChangeLoadBalancerTypeRequest::new("lb21"))
        .await
        .unwrap();
    assert_eq!(act.action.command, "change_load_balancer_type");
    c.wait_for([&act.action]).await.unwrap();
    assert_eq!(
        lbs.get(id)
            .await
            .unwrap()
            .load_balancer
            .load_balancer_type
            .name,
        "lb21"
    );
    let e = lbs
        .change_type(id, &ChangeLoadBalancerTypeRequest::new("lb-tiny"))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "invalid_load_balancer_type");
    let e = lbs
        .change_type(id, &ChangeLoadBalancerTypeRequest::new("lb99"))
        .await
        .unwrap_err();
    assert_eq!(field(&e), "load_balancer_type");

    // Networks.
    let mut attach = AttachLoadBalancerToNetworkRequest::new(50);
    attach.ip = Some("10.0.1.11".into());
    let e = lbs.attach_to_network(id, &attach).await.unwrap_err();
    assert_eq!(code(&e), "ip_not_available");
    attach.ip = Some("10.0.1.50".into());
    attach.ip_range = Some("10.0.1.0/24".into());
    let act = lbs.attach_to_network(id, &attach).await.unwrap();
    assert_eq!(act.action.command, "attach_to_network");
    assert!(act
        .action
        .resources
        .iter()
        .any(|r| r.r#type == "network" && r.id == 50));
    c.wait_for([&act.action]).await.unwrap();
    let got = lbs.get(id).await.unwrap().data.load_balancer;
    assert_eq!(got.private_net[0].ip, "10.0.1.50");
    let state = read_state(&emu).await;
    let mut on_net: Vec<i64> =
        serde_json::from_value(state["networks"]["50"]["load_balancers"].clone()).unwrap();
    on_net.sort_unstable();
    assert_eq!(on_net, [id, lb2.id]);
    let e = lbs
        .attach_to_network(id, &AttachLoadBalancerToNetworkRequest::new(50))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "load_balancer_already_attached");
    let e = lbs
        .attach_to_network(lb3.id, &AttachLoadBalancerToNetworkRequest::new(51))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "no_subnet_available");
    let e = lbs
        .attach_to_network(lb3.id, &AttachLoadBalancerToNetworkRequest::new(404))
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");

    // Private targets now work; the public interface still has public targets.
    let act = lbs.add_target(id, &server_target(11, true)).await.unwrap();
    c.wait_for([&act.action]).await.unwrap();
    let got = lbs.get(id).await.unwrap().data.load_balancer;
    let private = got
        .targets
        .iter()
        .find(|t| t.use_private_ip == Some(true))
        .unwrap();
    assert_eq!(private.server.as_ref().unwrap().ip, "10.0.1.11");
    let e = lbs
        .add_target(id, &server_target(12, true))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "resolve_cloud_private_targets_error");
    let e = lbs.disable_public_interface(id).await.unwrap_err();
    assert_eq!(code(&e), "targets_without_use_private_ip");
    let e = lbs.disable_public_interface(lb3.id).await.unwrap_err();
    assert_eq!(code(&e), "load_balancer_not_attached_to_network");

    // The private-only one: vSwitch IP targets, no public targets, interface toggles.
    let act = lbs
        .add_target(lb2.id, &ip_target("10.0.2.5"))
        .await
        .unwrap();
    c.wait_for([&act.action]).await.unwrap();
    let e = lbs
        .add_target(lb2.id, &ip_target("10.0.3.5"))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "ip_not_in_vswitch_subnet");
    let e = lbs
        .add_target(lb2.id, &server_target(12, false))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "load_balancer_public_interface_disabled");
    let act = lbs.enable_public_interface(lb2.id).await.unwrap();
    assert_eq!(act.action.command, "enable_public_interface");
    c.wait_for([&act.action]).await.unwrap();
    assert!(
        lbs.get(lb2.id)
            .await
            .unwrap()
            .load_balancer
            .public_net
            .enabled
    );
    let act = lbs.disable_public_interface(lb2.id).await.unwrap();
    assert_eq!(act.action.command, "disable_public_interface");
    c.wait_for([&act.action]).await.unwrap();
    assert!(
        !lbs.get(lb2.id)
            .await
            .unwrap()
            .load_balancer
            .public_net
            .enabled
    );

    let act = lbs
        .detach_from_network(id, &DetachLoadBalancerFromNetworkRequest::new(50))
        .await
        .unwrap();
    assert_eq!(act.action.command, "detach_from_network");
    c.wait_for([&act.action]).await.unwrap();
    assert!(lbs
        .get(id)
        .await
        .unwrap()
        .load_balancer
        .private_net
        .is_empty());
    let e = lbs
        .detach_from_network(id, &DetachLoadBalancerFromNetworkRequest::new(50))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "load_balancer_not_attached_to_network");
    let state = read_state(&emu).await;
    assert_eq!(state["networks"]["50"]["load_balancers"], json!([lb2.id]));

    // Protection and deletion.
    let act = lbs
        .change_protection(
            id,
            &ChangeLoadBalancerProtectionRequest { delete: Some(true) },
        )
        .await
        .unwrap();
    assert_eq!(act.action.command, "change_protection");
    c.wait_for([&act.action]).await.unwrap();
    let e = lbs.delete(id).await.unwrap_err();
    assert!(e.is(ErrorCode::Protected), "{e}");
    let act = lbs
        .change_protection(
            id,
            &ChangeLoadBalancerProtectionRequest {
                delete: Some(false),
            },
        )
        .await
        .unwrap();
    c.wait_for([&act.action]).await.unwrap();

    let history = lbs.list_actions_for(id, &Default::default()).await.unwrap();
    assert!(history.actions.len() >= 15);

    lbs.delete(id).await.unwrap();
    let e = lbs.get(id).await.unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");
    let state = read_state(&emu).await;
    assert_eq!(state["servers"]["12"]["load_balancers"], json!([]));
    assert!(c
        .certificates()
        .get(cert.id)
        .await
        .unwrap()
        .certificate
        .used_by
        .is_empty());
    c.certificates().delete(cert.id).await.unwrap();
    lbs.delete(lb2.id).await.unwrap();
    let state = read_state(&emu).await;
    assert_eq!(state["networks"]["50"]["load_balancers"], json!([]));
    emu.stop().await;
}

#[tokio::test]
async fn load_balancer_metrics() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    let c = emu.client();
    let lbs = c.load_balancers();
    let mut req = CreateLoadBalancerRequest::new("metered", "lb11");
    req.location = Some("fsn1".into());
    req.services = Some(vec![service(LoadBalancerServiceProtocol::Tcp, 443, 443)]);
    let lb = lbs.create(&req).await.unwrap().data.load_balancer;

    let end = chrono::Utc::now();
    let start = end - chrono::Duration::hours(1);
    let params = GetLoadBalancerMetricsParams::new(
        vec![
            GetLoadBalancerMetricsType::OpenConnections,
            GetLoadBalancerMetricsType::Bandwidth,
        ],
        start.to_rfc3339(),
        end.to_rfc3339(),
    )
    .step("60");
    let m = lbs.get_metrics(lb.id, &params).await.unwrap().data.metrics;
    assert_eq!(m.step, 60.0);
    let names: Vec<&str> = m.time_series.keys().map(String::as_str).collect();
    assert_eq!(names, ["bandwidth.in", "bandwidth.out", "open_connections"]);
    let open = &m.time_series["open_connections"].values;
    assert_eq!(open.len(), 61);
    assert_eq!(open[0].0, start.timestamp() as f64);
    assert_eq!(open[1].0 - open[0].0, 60.0);
    assert!(open.iter().all(|(_, v)| v.parse::<i64>().is_ok()));
    assert!(m.time_series["bandwidth.in"]
        .values
        .iter()
        .all(|(_, v)| v.parse::<f64>().is_ok_and(|x| x >= 0.0)));

    // No step: about 200 samples; many samples: at most 500.
    let auto = GetLoadBalancerMetricsParams::new(
        vec![GetLoadBalancerMetricsType::RequestsPerSecond],
        (end - chrono::Duration::days(1)).to_rfc3339(),
        end.to_rfc3339(),
    );
    let m = lbs.get_metrics(lb.id, &auto).await.unwrap().data.metrics;
    let n = m.time_series["requests_per_second"].values.len();
    assert!((190..=210).contains(&n), "{n} samples");
    let dense = auto.clone().step("1");
    let m = lbs.get_metrics(lb.id, &dense).await.unwrap().data.metrics;
    assert!(m.time_series["requests_per_second"].values.len() <= 500);
    assert!(m.step > 1.0);

    // Comma-separated types, as the API documents.
    let path = format!(
        "/load_balancers/{}/metrics?type=connections_per_second,requests_per_second&start={}&end={}",
        lb.id,
        start.format("%Y-%m-%dT%H:%M:%SZ"),
        end.format("%Y-%m-%dT%H:%M:%SZ")
    );
    let raw = c
        .execute_json(ApiRequest::new(Method::Get, path), &CallOptions::no_retry())
        .await
        .unwrap();
    let series = raw.data["metrics"]["time_series"].as_object().unwrap();
    assert_eq!(series.len(), 2);

    let bad = params.clone().start("yesterday");
    assert_eq!(
        field(&lbs.get_metrics(lb.id, &bad).await.unwrap_err()),
        "start"
    );
    let backwards = params
        .clone()
        .start(end.to_rfc3339())
        .end(start.to_rfc3339());
    assert_eq!(
        field(&lbs.get_metrics(lb.id, &backwards).await.unwrap_err()),
        "end"
    );
    let none = params.clone().r#type([]);
    assert_eq!(
        field(&lbs.get_metrics(lb.id, &none).await.unwrap_err()),
        "type"
    );
    let odd = params
        .clone()
        .r#type([GetLoadBalancerMetricsType::from("latency")]);
    assert_eq!(
        field(&lbs.get_metrics(lb.id, &odd).await.unwrap_err()),
        "type"
    );
    let zero = params.clone().step("0");
    assert_eq!(
        field(&lbs.get_metrics(lb.id, &zero).await.unwrap_err()),
        "step"
    );
    let e = lbs.get_metrics(999_999, &params).await.unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");
    emu.stop().await;
}

#[tokio::test]
async fn load_balancer_create_is_checked() {
    let emu = Emulator::start(Config::default()).await.unwrap();
    world(&emu).await;
    let c = emu.client();
    let lbs = c.load_balancers();
    let base = || {
        let mut r = CreateLoadBalancerRequest::new("lb", "lb11");
        r.location = Some("fsn1".into());
        r
    };

    let mut r = base();
    r.location = None;
    assert_eq!(field(&lbs.create(&r).await.unwrap_err()), "location");
    let mut r = base();
    r.location = Some("atlantis".into());
    assert_eq!(field(&lbs.create(&r).await.unwrap_err()), "location");
    let mut r = base();
    r.network_zone = Some("us-east".into());
    assert_eq!(field(&lbs.create(&r).await.unwrap_err()), "network_zone");
    let mut r = base();
    r.load_balancer_type = "lb999".into();
    assert_eq!(
        field(&lbs.create(&r).await.unwrap_err()),
        "load_balancer_type"
    );
    let mut r = base();
    r.name = " padded".into();
    assert_eq!(field(&lbs.create(&r).await.unwrap_err()), "name");

    let mut r = base();
    r.services = Some(vec![
        service(LoadBalancerServiceProtocol::Tcp, 80, 80),
        service(LoadBalancerServiceProtocol::Tcp, 80, 8080),
    ]);
    let e = lbs.create(&r).await.unwrap_err();
    assert_eq!(code(&e), "source_port_already_used");
    assert_eq!(e.api().unwrap().status, 412);

    let mut r = base();
    r.targets = Some(vec![server_target(11, false), server_target(11, false)]);
    assert_eq!(
        code(&lbs.create(&r).await.unwrap_err()),
        "target_already_defined"
    );

    let mut r = base();
    r.public_interface = Some(false);
    assert_eq!(
        code(&lbs.create(&r).await.unwrap_err()),
        "load_balancer_not_attached_to_network"
    );
    let mut r = base();
    r.targets = Some(vec![server_target(11, true)]);
    assert_eq!(
        code(&lbs.create(&r).await.unwrap_err()),
        "load_balancer_not_attached_to_network"
    );
    let mut r = base();
    r.network = Some(50);
    r.targets = Some(vec![server_target(11, true), server_target(12, true)]);
    assert_eq!(
        code(&lbs.create(&r).await.unwrap_err()),
        "resolve_cloud_private_targets_error"
    );
    let mut r = base();
    r.targets = Some(vec![server_target(13, false)]);
    assert_eq!(
        code(&lbs.create(&r).await.unwrap_err()),
        "resolve_cloud_public_targets_error"
    );
    let mut r = base();
    r.targets = Some(vec![ip_target("198.51.100.11")]);
    assert_eq!(code(&lbs.create(&r).await.unwrap_err()), "ip_not_owned");

    let mut r = base();
    let mut s = service(LoadBalancerServiceProtocol::Tcp, 80, 80);
    s.health_check.interval = 100;
    r.services = Some(vec![s]);
    assert_eq!(
        field(&lbs.create(&r).await.unwrap_err()),
        "services[0].health_check.interval"
    );
    let mut r = base();
    let mut s = service(LoadBalancerServiceProtocol::Https, 443, 80);
    let mut h = LoadBalancerServiceHttpConfig::new("C", 300, 50, false);
    h.certificates = Some(vec![424_242]);
    s.http = Some(h);
    r.services = Some(vec![s]);
    assert_eq!(
        field(&lbs.create(&r).await.unwrap_err()),
        "services[0].http.certificates"
    );
    let mut r = base();
    r.services = Some(vec![service(
        LoadBalancerServiceProtocol::from("udp"),
        53,
        53,
    )]);
    assert_eq!(
        field(&lbs.create(&r).await.unwrap_err()),
        "services[0].protocol"
    );
    let mut r = CreateLoadBalancerRequest::new("tiny", "lb-tiny");
    r.location = Some("fsn1".into());
    r.services = Some(vec![
        service(LoadBalancerServiceProtocol::Tcp, 80, 80),
        service(LoadBalancerServiceProtocol::Tcp, 81, 81),
    ]);
    assert_eq!(field(&lbs.create(&r).await.unwrap_err()), "services");

    // Raw body: the missing field is named.
    let mut raw = ApiRequest::new(Method::Post, "/load_balancers");
    raw.body = Some(r#"{"name": "x", "location": "fsn1"}"#.into());
    let e = c
        .execute_json(raw, &CallOptions::no_retry())
        .await
        .unwrap_err();
    assert_eq!(field(&e), "load_balancer_type");

    lbs.create(&base()).await.unwrap();
    let e = lbs.create(&base()).await.unwrap_err();
    assert!(e.is(ErrorCode::UniquenessError), "{e}");
    let e = lbs.get(424_242).await.unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");
    let e = lbs.enable_public_interface(424_242).await.unwrap_err();
    assert!(e.is(ErrorCode::NotFound), "{e}");
    emu.stop().await;
}

#[tokio::test]
async fn load_balancers_are_locked_while_actions_run() {
    let emu = Emulator::start(Config {
        action_duration: Duration::from_millis(300),
        ..Default::default()
    })
    .await
    .unwrap();
    let c = emu.client();
    let lbs = c.load_balancers();
    let mut req = CreateLoadBalancerRequest::new("slow", "lb11");
    req.location = Some("fsn1".into());
    let created = lbs.create(&req).await.unwrap();
    let id = created.load_balancer.id;
    let e = lbs
        .change_algorithm(id, &Algorithm::new(AlgorithmType::LeastConnections))
        .await
        .unwrap_err();
    assert!(e.is(ErrorCode::Locked), "{e}");
    let e = lbs.delete(id).await.unwrap_err();
    assert!(e.is(ErrorCode::Locked), "{e}");
    c.wait_for([&created.action]).await.unwrap();
    let act = lbs
        .change_algorithm(id, &Algorithm::new(AlgorithmType::LeastConnections))
        .await
        .unwrap();
    assert_eq!(act.action.status, ActionStatus::Running);
    // Applied when the action finishes.
    assert_eq!(
        lbs.get(id).await.unwrap().load_balancer.algorithm.r#type,
        AlgorithmType::RoundRobin
    );
    c.wait_for([&act.action]).await.unwrap();
    assert_eq!(
        lbs.get(id).await.unwrap().load_balancer.algorithm.r#type,
        AlgorithmType::LeastConnections
    );
    lbs.delete(id).await.unwrap();
    emu.stop().await;
}
