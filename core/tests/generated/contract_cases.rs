// Generated from cloud.spec.json by xtask. Do not edit.
//! One call per operation through the typed client, with arguments built from the
//! description's examples.

#![allow(deprecated, clippy::all)]

use futures::future::BoxFuture;
use hetzcloud::models::*;

pub struct Case {
    pub operation_id: &'static str,
    pub run: fn(hetzcloud::Client) -> BoxFuture<'static, Result<(), hetzcloud::Error>>,
}

fn body<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, hetzcloud::Error> {
    hetzcloud::from_json(json.as_bytes())
}

pub fn cases() -> Vec<Case> {
    vec![
        Case {
            operation_id: "get_actions",
            run: |c| {
                Box::pin(async move {
                    let params = GetActionsParams::new(vec![42]);
                    c.actions().get_by_ids(&params).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "get_action",
            run: |c| {
                Box::pin(async move {
                    c.actions().get(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "list_certificates",
            run: |c| {
                Box::pin(async move {
                    let params = ListCertificatesParams::default()
                        .sort([CertificateSort::from("id")])
                        .name("example".to_string())
                        .label_selector("env=prod".to_string())
                        .r#type([CertificateType::from("uploaded")])
                        .page(1)
                        .per_page(25);
                    c.certificates().list(&params).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "create_certificate",
            run: |c| {
                Box::pin(async move {
                    let body: CreateCertificateRequest = body(
                        r#"{"name":"my website cert","type":"uploaded","certificate":"-----BEGIN CERTIFICATE-----\n...","private_key":"-----BEGIN PRIVATE KEY-----\n..."}"#,
                    )?;
                    c.certificates().create(&body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "list_certificates_actions",
            run: |c| {
                Box::pin(async move {
                    let params = ListCertificatesActionsParams::default()
                        .id([42])
                        .sort([ActionSort::from("id")])
                        .status([ActionStatus::from("running")])
                        .page(1)
                        .per_page(25);
                    c.certificates().list_actions(&params).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "get_certificates_action",
            run: |c| {
                Box::pin(async move {
                    c.certificates().get_action(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "get_certificate",
            run: |c| {
                Box::pin(async move {
                    c.certificates().get(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "update_certificate",
            run: |c| {
                Box::pin(async move {
                    let body: UpdateCertificateRequest = body(
                        r#"{"name":"my website cert","labels":{"environment":"prod","example.com/my":"label","just-a-key":""}}"#,
                    )?;
                    c.certificates().update(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "delete_certificate",
            run: |c| {
                Box::pin(async move {
                    c.certificates().delete(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "list_certificate_actions",
            run: |c| {
                Box::pin(async move {
                    let params = ListCertificateActionsParams::default()
                        .sort([ActionSort::from("id")])
                        .status([ActionStatus::from("running")])
                        .page(1)
                        .per_page(25);
                    c.certificates().list_actions_for(42, &params).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "retry_certificate",
            run: |c| {
                Box::pin(async move {
                    c.certificates().retry(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "get_certificate_action",
            run: |c| {
                Box::pin(async move {
                    c.certificates().get_certificate_action(42, 42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "list_datacenters",
            run: |c| {
                Box::pin(async move {
                    let params = ListDatacentersParams::default()
                        .name("example".to_string())
                        .sort([DatacenterSort::from("id")])
                        .page(1)
                        .per_page(25);
                    c.datacenters().list(&params).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "get_datacenter",
            run: |c| {
                Box::pin(async move {
                    c.datacenters().get(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "list_firewalls",
            run: |c| {
                Box::pin(async move {
                    let params = ListFirewallsParams::default()
                        .sort([FirewallSort::from("id")])
                        .name("example".to_string())
                        .label_selector("env=prod".to_string())
                        .page(1)
                        .per_page(25);
                    c.firewalls().list(&params).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "create_firewall",
            run: |c| {
                Box::pin(async move {
                    let body: CreateFirewallRequest = body(
                        r#"{"name":"Corporate Intranet Protection","labels":{"key":"value"},"rules":[{"description":"Allow port 80","direction":"in","source_ips":["192.0.2.2/32","192.0.2.0/24","2001:0db8:9a3b:ee58:5ca:990c:8bc9:c03b/128"],"protocol":"tcp","port":"80"}],"apply_to":[{"type":"server","server":{"id":42}}]}"#,
                    )?;
                    c.firewalls().create(&body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "list_firewalls_actions",
            run: |c| {
                Box::pin(async move {
                    let params = ListFirewallsActionsParams::default()
                        .id([42])
                        .sort([ActionSort::from("id")])
                        .status([ActionStatus::from("running")])
                        .page(1)
                        .per_page(25);
                    c.firewalls().list_actions(&params).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "get_firewalls_action",
            run: |c| {
                Box::pin(async move {
                    c.firewalls().get_action(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "get_firewall",
            run: |c| {
                Box::pin(async move {
                    c.firewalls().get(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "update_firewall",
            run: |c| {
                Box::pin(async move {
                    let body: UpdateFirewallRequest = body(
                        r#"{"name":"new-name","labels":{"environment":"prod","example.com/my":"label","just-a-key":""}}"#,
                    )?;
                    c.firewalls().update(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "delete_firewall",
            run: |c| {
                Box::pin(async move {
                    c.firewalls().delete(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "list_firewall_actions",
            run: |c| {
                Box::pin(async move {
                    let params = ListFirewallActionsParams::default()
                        .sort([ActionSort::from("id")])
                        .status([ActionStatus::from("running")])
                        .page(1)
                        .per_page(25);
                    c.firewalls().list_actions_for(42, &params).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "apply_firewall_to_resources",
            run: |c| {
                Box::pin(async move {
                    let body: ApplyFirewallToResourcesRequest =
                        body(r#"{"apply_to":[{"type":"server","server":{"id":42}}]}"#)?;
                    c.firewalls().apply_to_resources(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "remove_firewall_from_resources",
            run: |c| {
                Box::pin(async move {
                    let body: RemoveFirewallFromResourcesRequest =
                        body(r#"{"remove_from":[{"type":"server","server":{"id":42}}]}"#)?;
                    c.firewalls().remove_from_resources(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "set_firewall_rules",
            run: |c| {
                Box::pin(async move {
                    let body: SetFirewallRulesRequest = body(
                        r#"{"rules":[{"description":"Allow port 80","direction":"in","source_ips":["192.0.2.2/32","192.0.2.0/24","2001:0db8:9a3b:ee58:5ca:990c:8bc9:c03b/128"],"protocol":"tcp","port":"80"}]}"#,
                    )?;
                    c.firewalls().set_rules(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "get_firewall_action",
            run: |c| {
                Box::pin(async move {
                    c.firewalls().get_firewall_action(42, 42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "list_floating_ips",
            run: |c| {
                Box::pin(async move {
                    let params = ListFloatingIpsParams::default()
                        .name("example".to_string())
                        .label_selector("env=prod".to_string())
                        .sort([FloatingIpSort::from("id")])
                        .page(1)
                        .per_page(25);
                    c.floating_ips().list(&params).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "create_floating_ip",
            run: |c| {
                Box::pin(async move {
                    let body: CreateFloatingIpRequest = body(
                        r#"{"type":"ipv6","server":42,"home_location":"fsn1","description":"This describes my resource","name":"my-resource","labels":{"environment":"prod","example.com/my":"label","just-a-key":""}}"#,
                    )?;
                    c.floating_ips().create(&body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "list_floating_ips_actions",
            run: |c| {
                Box::pin(async move {
                    let params = ListFloatingIpsActionsParams::default()
                        .id([42])
                        .sort([ActionSort::from("id")])
                        .status([ActionStatus::from("running")])
                        .page(1)
                        .per_page(25);
                    c.floating_ips().list_actions(&params).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "get_floating_ips_action",
            run: |c| {
                Box::pin(async move {
                    c.floating_ips().get_action(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "get_floating_ip",
            run: |c| {
                Box::pin(async move {
                    c.floating_ips().get(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "update_floating_ip",
            run: |c| {
                Box::pin(async move {
                    let body: UpdateFloatingIpRequest = body(
                        r#"{"description":"This describes my resource","name":"my-resource","labels":{"environment":"prod","example.com/my":"label","just-a-key":""}}"#,
                    )?;
                    c.floating_ips().update(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "delete_floating_ip",
            run: |c| {
                Box::pin(async move {
                    c.floating_ips().delete(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "list_floating_ip_actions",
            run: |c| {
                Box::pin(async move {
                    let params = ListFloatingIpActionsParams::default()
                        .sort([ActionSort::from("id")])
                        .status([ActionStatus::from("running")])
                        .page(1)
                        .per_page(25);
                    c.floating_ips().list_actions_for(42, &params).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "assign_floating_ip",
            run: |c| {
                Box::pin(async move {
                    let body: AssignFloatingIpRequest = body(r#"{"server":42}"#)?;
                    c.floating_ips().assign(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "change_floating_ip_dns_ptr",
            run: |c| {
                Box::pin(async move {
                    let body: ChangeFloatingIpDnsPtrRequest =
                        body(r#"{"ip":"2001:db8::1","dns_ptr":"server.example.com"}"#)?;
                    c.floating_ips().change_dns_ptr(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "change_floating_ip_protection",
            run: |c| {
                Box::pin(async move {
                    let body: ChangeFloatingIpProtectionRequest = body(r#"{"delete":false}"#)?;
                    c.floating_ips().change_protection(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "unassign_floating_ip",
            run: |c| {
                Box::pin(async move {
                    c.floating_ips().unassign(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "get_floating_ip_action",
            run: |c| {
                Box::pin(async move {
                    c.floating_ips().get_floating_ip_action(42, 42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "list_images",
            run: |c| {
                Box::pin(async move {
                    let params = ListImagesParams::default()
                        .sort([ImageSort::from("id")])
                        .r#type([ImageType::from("system")])
                        .status([ImageStatus::from("available")])
                        .bound_to(["example".to_string()])
                        .include_deprecated(false)
                        .name("example".to_string())
                        .label_selector("env=prod".to_string())
                        .architecture(ImageArchitecture::from("x86"))
                        .page(1)
                        .per_page(25);
                    c.images().list(&params).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "list_images_actions",
            run: |c| {
                Box::pin(async move {
                    let params = ListImagesActionsParams::default()
                        .id([42])
                        .sort([ActionSort::from("id")])
                        .status([ActionStatus::from("running")])
                        .page(1)
                        .per_page(25);
                    c.images().list_actions(&params).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "get_images_action",
            run: |c| {
                Box::pin(async move {
                    c.images().get_action(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "get_image",
            run: |c| {
                Box::pin(async move {
                    c.images().get(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "update_image",
            run: |c| {
                Box::pin(async move {
                    let body: UpdateImageRequest = body(
                        r#"{"description":"My new Image description","type":"snapshot","labels":{"environment":"prod","example.com/my":"label","just-a-key":""}}"#,
                    )?;
                    c.images().update(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "delete_image",
            run: |c| {
                Box::pin(async move {
                    c.images().delete(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "list_image_actions",
            run: |c| {
                Box::pin(async move {
                    let params = ListImageActionsParams::default()
                        .sort([ActionSort::from("id")])
                        .status([ActionStatus::from("running")])
                        .page(1)
                        .per_page(25);
                    c.images().list_actions_for(42, &params).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "change_image_protection",
            run: |c| {
                Box::pin(async move {
                    let body: ChangeImageProtectionRequest = body(r#"{"delete":true}"#)?;
                    c.images().change_protection(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "get_image_action",
            run: |c| {
                Box::pin(async move {
                    c.images().get_image_action(42, 42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "list_isos",
            run: |c| {
                Box::pin(async move {
                    let params = ListIsosParams::default()
                        .name("example".to_string())
                        .architecture(ImageArchitecture::from("x86"))
                        .include_architecture_wildcard(false)
                        .page(1)
                        .per_page(25);
                    c.isos().list(&params).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "get_iso",
            run: |c| {
                Box::pin(async move {
                    c.isos().get(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "list_load_balancer_types",
            run: |c| {
                Box::pin(async move {
                    let params = ListLoadBalancerTypesParams::default()
                        .name("example".to_string())
                        .page(1)
                        .per_page(25);
                    c.load_balancer_types().list(&params).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "get_load_balancer_type",
            run: |c| {
                Box::pin(async move {
                    c.load_balancer_types().get(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "list_load_balancers",
            run: |c| {
                Box::pin(async move {
                    let params = ListLoadBalancersParams::default()
                        .sort([LoadBalancerSort::from("id")])
                        .name("example".to_string())
                        .label_selector("env=prod".to_string())
                        .page(1)
                        .per_page(25);
                    c.load_balancers().list(&params).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "create_load_balancer",
            run: |c| {
                Box::pin(async move {
                    let body: CreateLoadBalancerRequest = body(
                        r#"{"name":"Web Frontend","load_balancer_type":"lb11","algorithm":{"type":"round_robin"},"services":[{"protocol":"tcp","listen_port":443,"destination_port":80,"proxyprotocol":false,"health_check":{"protocol":"http","port":4711,"interval":15,"timeout":10,"retries":3,"http":{"domain":"example.com","path":"/","response":"{\"status\": \"ok\"}","status_codes":["2??","3??"],"tls":false}}}],"targets":[{"type":"server","server":{"id":80,"ip":"2001:db8::1"},"label_selector":{"selector":"env=prod"},"ip":{"ip":"203.0.113.1"},"use_private_ip":true}],"labels":{"environment":"prod","example.com/my":"label","just-a-key":""},"public_interface":true,"network":123,"network_zone":"eu-central","location":"fsn1"}"#,
                    )?;
                    c.load_balancers().create(&body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "list_load_balancers_actions",
            run: |c| {
                Box::pin(async move {
                    let params = ListLoadBalancersActionsParams::default()
                        .id([42])
                        .sort([ActionSort::from("id")])
                        .status([ActionStatus::from("running")])
                        .page(1)
                        .per_page(25);
                    c.load_balancers().list_actions(&params).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "get_load_balancers_action",
            run: |c| {
                Box::pin(async move {
                    c.load_balancers().get_action(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "get_load_balancer",
            run: |c| {
                Box::pin(async move {
                    c.load_balancers().get(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "update_load_balancer",
            run: |c| {
                Box::pin(async move {
                    let body: UpdateLoadBalancerRequest = body(
                        r#"{"name":"new-name","labels":{"environment":"prod","example.com/my":"label","just-a-key":""}}"#,
                    )?;
                    c.load_balancers().update(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "delete_load_balancer",
            run: |c| {
                Box::pin(async move {
                    c.load_balancers().delete(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "list_load_balancer_actions",
            run: |c| {
                Box::pin(async move {
                    let params = ListLoadBalancerActionsParams::default()
                        .sort([ActionSort::from("id")])
                        .status([ActionStatus::from("running")])
                        .page(1)
                        .per_page(25);
                    c.load_balancers().list_actions_for(42, &params).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "add_load_balancer_service",
            run: |c| {
                Box::pin(async move {
                    let body: AddLoadBalancerServiceRequest = body(
                        r#"{"protocol":"https","listen_port":443,"destination_port":80,"proxyprotocol":false,"health_check":{"protocol":"http","port":4711,"interval":15,"timeout":10,"retries":3,"http":{"domain":"example.com","path":"/","response":"{\"status\": \"ok\"}","status_codes":["2??","3??"],"tls":false}},"http":{"cookie_name":"HCLBSTICKY","cookie_lifetime":300,"timeout_idle":50,"certificates":[897],"redirect_http":true,"sticky_sessions":true}}"#,
                    )?;
                    c.load_balancers().add_service(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "add_load_balancer_target",
            run: |c| {
                Box::pin(async move {
                    let body: AddLoadBalancerTargetRequest = body(
                        r#"{"type":"server","server":{"id":80,"ip":"2001:db8::1"},"label_selector":{"selector":"env=prod"},"ip":{"ip":"203.0.113.1"},"use_private_ip":true}"#,
                    )?;
                    c.load_balancers().add_target(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "attach_load_balancer_to_network",
            run: |c| {
                Box::pin(async move {
                    let body: AttachLoadBalancerToNetworkRequest =
                        body(r#"{"network":123,"ip":"10.0.1.1","ip_range":"10.0.1.0/24"}"#)?;
                    c.load_balancers().attach_to_network(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "change_load_balancer_algorithm",
            run: |c| {
                Box::pin(async move {
                    let body: ChangeLoadBalancerAlgorithmRequest =
                        body(r#"{"type":"round_robin"}"#)?;
                    c.load_balancers().change_algorithm(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "change_load_balancer_dns_ptr",
            run: |c| {
                Box::pin(async move {
                    let body: ChangeLoadBalancerDnsPtrRequest =
                        body(r#"{"ip":"2001:db8::1","dns_ptr":"server.example.com"}"#)?;
                    c.load_balancers().change_dns_ptr(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "change_load_balancer_protection",
            run: |c| {
                Box::pin(async move {
                    let body: ChangeLoadBalancerProtectionRequest = body(r#"{"delete":true}"#)?;
                    c.load_balancers().change_protection(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "change_load_balancer_type",
            run: |c| {
                Box::pin(async move {
                    let body: ChangeLoadBalancerTypeRequest =
                        body(r#"{"load_balancer_type":"lb11"}"#)?;
                    c.load_balancers().change_type(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "delete_load_balancer_service",
            run: |c| {
                Box::pin(async move {
                    let body: DeleteLoadBalancerServiceRequest = body(r#"{"listen_port":443}"#)?;
                    c.load_balancers().delete_service(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "detach_load_balancer_from_network",
            run: |c| {
                Box::pin(async move {
                    let body: DetachLoadBalancerFromNetworkRequest = body(r#"{"network":4711}"#)?;
                    c.load_balancers().detach_from_network(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "disable_load_balancer_public_interface",
            run: |c| {
                Box::pin(async move {
                    c.load_balancers().disable_public_interface(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "enable_load_balancer_public_interface",
            run: |c| {
                Box::pin(async move {
                    c.load_balancers().enable_public_interface(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "remove_load_balancer_target",
            run: |c| {
                Box::pin(async move {
                    let body: RemoveLoadBalancerTargetRequest = body(
                        r#"{"type":"server","server":{"id":80,"ip":"2001:db8::1"},"label_selector":{"selector":"env=prod"},"ip":{"ip":"203.0.113.1"}}"#,
                    )?;
                    c.load_balancers().remove_target(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "update_load_balancer_service",
            run: |c| {
                Box::pin(async move {
                    let body: UpdateLoadBalancerServiceRequest = body(
                        r#"{"protocol":"https","listen_port":443,"destination_port":80,"proxyprotocol":false,"health_check":{"protocol":"http","port":4711,"interval":15,"timeout":10,"retries":3,"http":{"domain":"example.com","path":"/","response":"{\"status\": \"ok\"}","status_codes":["2??","3??"],"tls":false}},"http":{"cookie_name":"HCLBSTICKY","cookie_lifetime":300,"timeout_idle":50,"certificates":[897],"redirect_http":true,"sticky_sessions":true}}"#,
                    )?;
                    c.load_balancers().update_service(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "get_load_balancer_action",
            run: |c| {
                Box::pin(async move {
                    c.load_balancers().get_load_balancer_action(42, 42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "get_load_balancer_metrics",
            run: |c| {
                Box::pin(async move {
                    let params = GetLoadBalancerMetricsParams::new(
                        vec![GetLoadBalancerMetricsType::from("open_connections")],
                        "2017-01-01T00:00:00Z".to_string(),
                        "2017-01-01T23:00:00Z".to_string(),
                    )
                    .step("60".to_string());
                    c.load_balancers().get_metrics(42, &params).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "list_locations",
            run: |c| {
                Box::pin(async move {
                    let params = ListLocationsParams::default()
                        .name("example".to_string())
                        .sort([LocationSort::from("id")])
                        .page(1)
                        .per_page(25);
                    c.locations().list(&params).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "get_location",
            run: |c| {
                Box::pin(async move {
                    c.locations().get(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "list_networks",
            run: |c| {
                Box::pin(async move {
                    let params = ListNetworksParams::default()
                        .sort([NetworkSort::from("id")])
                        .name("example".to_string())
                        .label_selector("env=prod".to_string())
                        .page(1)
                        .per_page(25);
                    c.networks().list(&params).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "create_network",
            run: |c| {
                Box::pin(async move {
                    let body: CreateNetworkRequest = body(
                        r#"{"name":"mynet","ip_range":"10.0.0.0/16","labels":{"environment":"prod","example.com/my":"label","just-a-key":""},"subnets":[{"type":"cloud","ip_range":"10.0.1.0/24","network_zone":"eu-central","vswitch_id":1000}],"routes":[{"destination":"10.100.1.0/24","gateway":"10.0.1.1"}],"expose_routes_to_vswitch":false}"#,
                    )?;
                    c.networks().create(&body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "list_networks_actions",
            run: |c| {
                Box::pin(async move {
                    let params = ListNetworksActionsParams::default()
                        .id([42])
                        .sort([ActionSort::from("id")])
                        .status([ActionStatus::from("running")])
                        .page(1)
                        .per_page(25);
                    c.networks().list_actions(&params).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "get_networks_action",
            run: |c| {
                Box::pin(async move {
                    c.networks().get_action(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "get_network",
            run: |c| {
                Box::pin(async move {
                    c.networks().get(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "update_network",
            run: |c| {
                Box::pin(async move {
                    let body: UpdateNetworkRequest = body(
                        r#"{"name":"new-name","labels":{"environment":"prod","example.com/my":"label","just-a-key":""},"expose_routes_to_vswitch":false}"#,
                    )?;
                    c.networks().update(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "delete_network",
            run: |c| {
                Box::pin(async move {
                    c.networks().delete(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "list_network_actions",
            run: |c| {
                Box::pin(async move {
                    let params = ListNetworkActionsParams::default()
                        .sort([ActionSort::from("id")])
                        .status([ActionStatus::from("running")])
                        .page(1)
                        .per_page(25);
                    c.networks().list_actions_for(42, &params).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "add_network_route",
            run: |c| {
                Box::pin(async move {
                    let body: AddNetworkRouteRequest =
                        body(r#"{"destination":"10.100.1.0/24","gateway":"10.0.1.1"}"#)?;
                    c.networks().add_route(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "add_network_subnet",
            run: |c| {
                Box::pin(async move {
                    let body: AddNetworkSubnetRequest = body(
                        r#"{"type":"cloud","ip_range":"10.0.1.0/24","network_zone":"eu-central","vswitch_id":1000}"#,
                    )?;
                    c.networks().add_subnet(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "change_network_ip_range",
            run: |c| {
                Box::pin(async move {
                    let body: ChangeNetworkIpRangeRequest = body(r#"{"ip_range":"10.0.0.0/16"}"#)?;
                    c.networks().change_ip_range(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "change_network_protection",
            run: |c| {
                Box::pin(async move {
                    let body: ChangeNetworkProtectionRequest = body(r#"{"delete":true}"#)?;
                    c.networks().change_protection(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "delete_network_route",
            run: |c| {
                Box::pin(async move {
                    let body: DeleteNetworkRouteRequest =
                        body(r#"{"destination":"10.100.1.0/24","gateway":"10.0.1.1"}"#)?;
                    c.networks().delete_route(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "delete_network_subnet",
            run: |c| {
                Box::pin(async move {
                    let body: DeleteNetworkSubnetRequest = body(r#"{"ip_range":"10.0.1.0/24"}"#)?;
                    c.networks().delete_subnet(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "get_network_action",
            run: |c| {
                Box::pin(async move {
                    c.networks().get_network_action(42, 42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "list_placement_groups",
            run: |c| {
                Box::pin(async move {
                    let params = ListPlacementGroupsParams::default()
                        .sort([PlacementGroupSort::from("id")])
                        .name("example".to_string())
                        .label_selector("env=prod".to_string())
                        .r#type([PlacementGroupType::from("spread")])
                        .page(1)
                        .per_page(25);
                    c.placement_groups().list(&params).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "create_placement_group",
            run: |c| {
                Box::pin(async move {
                    let body: CreatePlacementGroupRequest =
                        body(r#"{"name":"my Placement Group","type":"spread"}"#)?;
                    c.placement_groups().create(&body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "get_placement_group",
            run: |c| {
                Box::pin(async move {
                    c.placement_groups().get(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "update_placement_group",
            run: |c| {
                Box::pin(async move {
                    let body: UpdatePlacementGroupRequest = body(
                        r#"{"name":"my Placement Group","labels":{"environment":"prod","example.com/my":"label","just-a-key":""}}"#,
                    )?;
                    c.placement_groups().update(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "delete_placement_group",
            run: |c| {
                Box::pin(async move {
                    c.placement_groups().delete(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "get_pricing",
            run: |c| {
                Box::pin(async move {
                    c.pricing().get().await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "list_primary_ips",
            run: |c| {
                Box::pin(async move {
                    let params = ListPrimaryIpsParams::default()
                        .name("example".to_string())
                        .label_selector("env=prod".to_string())
                        .ip("example".to_string())
                        .page(1)
                        .per_page(25)
                        .sort([PrimaryIpSort::from("id")]);
                    c.primary_ips().list(&params).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "create_primary_ip",
            run: |c| {
                Box::pin(async move {
                    let body: CreatePrimaryIpRequest = body(
                        r#"{"name":"my-resource","labels":{"environment":"prod","example.com/my":"label","just-a-key":""},"type":"ipv6","location":"fsn1","assignee_type":"server","assignee_id":17,"auto_delete":false}"#,
                    )?;
                    c.primary_ips().create(&body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "list_primary_ips_actions",
            run: |c| {
                Box::pin(async move {
                    let params = ListPrimaryIpsActionsParams::default()
                        .id([42])
                        .sort([ActionSort::from("id")])
                        .status([ActionStatus::from("running")])
                        .page(1)
                        .per_page(25);
                    c.primary_ips().list_actions(&params).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "get_primary_ips_action",
            run: |c| {
                Box::pin(async move {
                    c.primary_ips().get_action(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "list_primary_ip_actions",
            run: |c| {
                Box::pin(async move {
                    let params = ListPrimaryIpActionsParams::default()
                        .sort([ActionSort::from("id")])
                        .status([ActionStatus::from("running")])
                        .page(1)
                        .per_page(25);
                    c.primary_ips().list_actions_for(42, &params).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "get_primary_ip_action",
            run: |c| {
                Box::pin(async move {
                    c.primary_ips().get_primary_ip_action(42, 42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "get_primary_ip",
            run: |c| {
                Box::pin(async move {
                    c.primary_ips().get(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "update_primary_ip",
            run: |c| {
                Box::pin(async move {
                    let body: UpdatePrimaryIpRequest = body(
                        r#"{"name":"my-resource","labels":{"environment":"prod","example.com/my":"label","just-a-key":""},"auto_delete":true}"#,
                    )?;
                    c.primary_ips().update(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "delete_primary_ip",
            run: |c| {
                Box::pin(async move {
                    c.primary_ips().delete(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "assign_primary_ip",
            run: |c| {
                Box::pin(async move {
                    let body: AssignPrimaryIpRequest =
                        body(r#"{"assignee_type":"server","assignee_id":4711}"#)?;
                    c.primary_ips().assign(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "change_primary_ip_dns_ptr",
            run: |c| {
                Box::pin(async move {
                    let body: ChangePrimaryIpDnsPtrRequest =
                        body(r#"{"ip":"2001:db8::1","dns_ptr":"server.example.com"}"#)?;
                    c.primary_ips().change_dns_ptr(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "change_primary_ip_protection",
            run: |c| {
                Box::pin(async move {
                    let body: ChangePrimaryIpProtectionRequest = body(r#"{"delete":false}"#)?;
                    c.primary_ips().change_protection(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "unassign_primary_ip",
            run: |c| {
                Box::pin(async move {
                    c.primary_ips().unassign(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "list_server_types",
            run: |c| {
                Box::pin(async move {
                    let params = ListServerTypesParams::default()
                        .name("example".to_string())
                        .page(1)
                        .per_page(25);
                    c.server_types().list(&params).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "get_server_type",
            run: |c| {
                Box::pin(async move {
                    c.server_types().get(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "list_servers",
            run: |c| {
                Box::pin(async move {
                    let params = ListServersParams::default()
                        .name("example".to_string())
                        .label_selector("env=prod".to_string())
                        .sort([ServerSort::from("id")])
                        .status([ServerStatus::from("running")])
                        .page(1)
                        .per_page(25);
                    c.servers().list(&params).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "create_server",
            run: |c| {
                Box::pin(async move {
                    let body: CreateServerRequest = body(
                        r##"{"name":"my-server","location":"nbg1","server_type":"cpx22","start_after_create":true,"image":"ubuntu-24.04","placement_group":1,"ssh_keys":["my-ssh-key"],"volumes":[123],"networks":[456],"firewalls":[{"firewall":38}],"user_data":"#cloud-config\nruncmd:\n- [touch, /root/cloud-init-worked]\n","labels":{"environment":"prod","example.com/my":"label","just-a-key":""},"automount":false,"public_net":{"enable_ipv4":false,"enable_ipv6":false,"ipv4":1,"ipv6":1}}"##,
                    )?;
                    c.servers().create(&body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "list_servers_actions",
            run: |c| {
                Box::pin(async move {
                    let params = ListServersActionsParams::default()
                        .id([42])
                        .sort([ActionSort::from("id")])
                        .status([ActionStatus::from("running")])
                        .page(1)
                        .per_page(25);
                    c.servers().list_actions(&params).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "get_servers_action",
            run: |c| {
                Box::pin(async move {
                    c.servers().get_action(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "get_server",
            run: |c| {
                Box::pin(async move {
                    c.servers().get(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "update_server",
            run: |c| {
                Box::pin(async move {
                    let body: UpdateServerRequest = body(
                        r#"{"name":"my-server","labels":{"environment":"prod","example.com/my":"label","just-a-key":""}}"#,
                    )?;
                    c.servers().update(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "delete_server",
            run: |c| {
                Box::pin(async move {
                    c.servers().delete(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "list_server_actions",
            run: |c| {
                Box::pin(async move {
                    let params = ListServerActionsParams::default()
                        .sort([ActionSort::from("id")])
                        .status([ActionStatus::from("running")])
                        .page(1)
                        .per_page(25);
                    c.servers().list_actions_for(42, &params).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "add_server_to_placement_group",
            run: |c| {
                Box::pin(async move {
                    let body: AddServerToPlacementGroupRequest = body(r#"{"placement_group":1}"#)?;
                    c.servers().add_to_placement_group(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "attach_server_iso",
            run: |c| {
                Box::pin(async move {
                    let body: AttachServerIsoRequest =
                        body(r#"{"iso":"FreeBSD-11.0-RELEASE-amd64-dvd1"}"#)?;
                    c.servers().attach_iso(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "attach_server_to_network",
            run: |c| {
                Box::pin(async move {
                    let body: AttachServerToNetworkRequest = body(
                        r#"{"network":4711,"ip":"10.0.1.1","alias_ips":["10.0.1.2"],"ip_range":"10.0.1.0/24"}"#,
                    )?;
                    c.servers().attach_to_network(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "change_server_alias_ips",
            run: |c| {
                Box::pin(async move {
                    let body: ChangeServerAliasIpsRequest =
                        body(r#"{"network":4711,"alias_ips":["10.0.1.2"]}"#)?;
                    c.servers().change_alias_ips(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "change_server_dns_ptr",
            run: |c| {
                Box::pin(async move {
                    let body: ChangeServerDnsPtrRequest =
                        body(r#"{"ip":"2001:db8::1","dns_ptr":"server.example.com"}"#)?;
                    c.servers().change_dns_ptr(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "change_server_protection",
            run: |c| {
                Box::pin(async move {
                    let body: ChangeServerProtectionRequest =
                        body(r#"{"delete":true,"rebuild":true}"#)?;
                    c.servers().change_protection(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "change_server_type",
            run: |c| {
                Box::pin(async move {
                    let body: ChangeServerTypeRequest =
                        body(r#"{"upgrade_disk":true,"server_type":"cpx22"}"#)?;
                    c.servers().change_type(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "create_server_image",
            run: |c| {
                Box::pin(async move {
                    let body: CreateServerImageRequest = body(
                        r#"{"description":"my image","type":"snapshot","labels":{"environment":"prod","example.com/my":"label","just-a-key":""}}"#,
                    )?;
                    c.servers().create_image(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "detach_server_from_network",
            run: |c| {
                Box::pin(async move {
                    let body: DetachServerFromNetworkRequest = body(r#"{"network":4711}"#)?;
                    c.servers().detach_from_network(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "detach_server_iso",
            run: |c| {
                Box::pin(async move {
                    c.servers().detach_iso(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "disable_server_backup",
            run: |c| {
                Box::pin(async move {
                    c.servers().disable_backup(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "disable_server_rescue",
            run: |c| {
                Box::pin(async move {
                    c.servers().disable_rescue(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "enable_server_backup",
            run: |c| {
                Box::pin(async move {
                    c.servers().enable_backup(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "enable_server_rescue",
            run: |c| {
                Box::pin(async move {
                    let body: EnableServerRescueRequest =
                        body(r#"{"type":"linux64","ssh_keys":[2323]}"#)?;
                    c.servers().enable_rescue(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "poweroff_server",
            run: |c| {
                Box::pin(async move {
                    c.servers().power_off(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "poweron_server",
            run: |c| {
                Box::pin(async move {
                    c.servers().power_on(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "reboot_server",
            run: |c| {
                Box::pin(async move {
                    c.servers().reboot(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "rebuild_server",
            run: |c| {
                Box::pin(async move {
                    let body: RebuildServerRequest = body(
                        r##"{"image":"ubuntu-24.04","user_data":"#cloud-config\nruncmd:\n- [touch, /root/cloud-init-worked]\n"}"##,
                    )?;
                    c.servers().rebuild(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "remove_server_from_placement_group",
            run: |c| {
                Box::pin(async move {
                    c.servers().remove_from_placement_group(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "request_server_console",
            run: |c| {
                Box::pin(async move {
                    c.servers().request_console(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "reset_server",
            run: |c| {
                Box::pin(async move {
                    c.servers().reset(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "reset_server_password",
            run: |c| {
                Box::pin(async move {
                    c.servers().reset_password(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "shutdown_server",
            run: |c| {
                Box::pin(async move {
                    c.servers().shutdown(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "get_server_action",
            run: |c| {
                Box::pin(async move {
                    c.servers().get_server_action(42, 42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "get_server_metrics",
            run: |c| {
                Box::pin(async move {
                    let params = GetServerMetricsParams::new(
                        vec![GetServerMetricsType::from("cpu")],
                        "2017-01-01T00:00:00Z".to_string(),
                        "2017-01-01T23:00:00Z".to_string(),
                    )
                    .step("60".to_string());
                    c.servers().get_metrics(42, &params).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "list_ssh_keys",
            run: |c| {
                Box::pin(async move {
                    let params = ListSshKeysParams::default()
                        .sort([SshKeySort::from("id")])
                        .name("example".to_string())
                        .fingerprint("example".to_string())
                        .label_selector("env=prod".to_string())
                        .page(1)
                        .per_page(25);
                    c.ssh_keys().list(&params).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "create_ssh_key",
            run: |c| {
                Box::pin(async move {
                    let body: CreateSshKeyRequest = body(
                        r#"{"name":"My ssh key","public_key":"ssh-rsa AAAjjk76kgf...Xt","labels":{"environment":"prod","example.com/my":"label","just-a-key":""}}"#,
                    )?;
                    c.ssh_keys().create(&body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "get_ssh_key",
            run: |c| {
                Box::pin(async move {
                    c.ssh_keys().get(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "update_ssh_key",
            run: |c| {
                Box::pin(async move {
                    let body: UpdateSshKeyRequest = body(
                        r#"{"name":"My ssh key","labels":{"environment":"prod","example.com/my":"label","just-a-key":""}}"#,
                    )?;
                    c.ssh_keys().update(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "delete_ssh_key",
            run: |c| {
                Box::pin(async move {
                    c.ssh_keys().delete(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "list_volumes",
            run: |c| {
                Box::pin(async move {
                    let params = ListVolumesParams::default()
                        .status([VolumeStatus::from("available")])
                        .sort([VolumeSort::from("id")])
                        .name("example".to_string())
                        .label_selector("env=prod".to_string())
                        .page(1)
                        .per_page(25);
                    c.volumes().list(&params).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "create_volume",
            run: |c| {
                Box::pin(async move {
                    let body: CreateVolumeRequest = body(
                        r#"{"size":42,"name":"test-database","labels":{"key":"value"},"location":"nbg1","automount":false,"format":"xfs"}"#,
                    )?;
                    c.volumes().create(&body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "list_volumes_actions",
            run: |c| {
                Box::pin(async move {
                    let params = ListVolumesActionsParams::default()
                        .id([42])
                        .sort([ActionSort::from("id")])
                        .status([ActionStatus::from("running")])
                        .page(1)
                        .per_page(25);
                    c.volumes().list_actions(&params).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "get_volumes_action",
            run: |c| {
                Box::pin(async move {
                    c.volumes().get_action(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "get_volume",
            run: |c| {
                Box::pin(async move {
                    c.volumes().get(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "update_volume",
            run: |c| {
                Box::pin(async move {
                    let body: UpdateVolumeRequest = body(
                        r#"{"name":"database-storage","labels":{"environment":"prod","example.com/my":"label","just-a-key":""}}"#,
                    )?;
                    c.volumes().update(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "delete_volume",
            run: |c| {
                Box::pin(async move {
                    c.volumes().delete(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "list_volume_actions",
            run: |c| {
                Box::pin(async move {
                    let params = ListVolumeActionsParams::default()
                        .sort([ActionSort::from("id")])
                        .status([ActionStatus::from("running")])
                        .page(1)
                        .per_page(25);
                    c.volumes().list_actions_for(42, &params).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "attach_volume",
            run: |c| {
                Box::pin(async move {
                    let body: AttachVolumeRequest = body(r#"{"server":43,"automount":false}"#)?;
                    c.volumes().attach(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "change_volume_protection",
            run: |c| {
                Box::pin(async move {
                    let body: ChangeVolumeProtectionRequest = body(r#"{"delete":true}"#)?;
                    c.volumes().change_protection(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "detach_volume",
            run: |c| {
                Box::pin(async move {
                    c.volumes().detach(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "resize_volume",
            run: |c| {
                Box::pin(async move {
                    let body: ResizeVolumeRequest = body(r#"{"size":50}"#)?;
                    c.volumes().resize(42, &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "get_volume_action",
            run: |c| {
                Box::pin(async move {
                    c.volumes().get_volume_action(42, 42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "list_zones",
            run: |c| {
                Box::pin(async move {
                    let params = ListZonesParams::default()
                        .name("example".to_string())
                        .mode(ZoneMode::from("primary"))
                        .label_selector("env=prod".to_string())
                        .sort([ZoneSort::from("id")])
                        .page(1)
                        .per_page(25);
                    c.zones().list(&params).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "create_zone",
            run: |c| {
                Box::pin(async move {
                    let body: CreateZoneRequest = body(
                        r#"{"name":"example.com","mode":"primary","ttl":10800,"labels":{"key":"value"},"rrsets":[{"name":"www","type":"A","records":[{"value":"198.51.100.1","comment":"My web server at Hetzner Cloud."}]}]}"#,
                    )?;
                    c.zones().create(&body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "get_zone",
            run: |c| {
                Box::pin(async move {
                    c.zones().get("example.com").await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "update_zone",
            run: |c| {
                Box::pin(async move {
                    let body: UpdateZoneRequest = body(
                        r#"{"labels":{"environment":"prod","example.com/my":"label","just-a-key":""}}"#,
                    )?;
                    c.zones().update("example.com", &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "delete_zone",
            run: |c| {
                Box::pin(async move {
                    c.zones().delete("example.com").await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "get_zone_zonefile",
            run: |c| {
                Box::pin(async move {
                    c.zones().get_zonefile("example.com").await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "list_zones_actions",
            run: |c| {
                Box::pin(async move {
                    let params = ListZonesActionsParams::default()
                        .id([42])
                        .sort([ActionSort::from("id")])
                        .status([ActionStatus::from("running")])
                        .page(1)
                        .per_page(25);
                    c.zones().list_actions(&params).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "get_zones_action",
            run: |c| {
                Box::pin(async move {
                    c.zones().get_action(42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "list_zone_actions",
            run: |c| {
                Box::pin(async move {
                    let params = ListZoneActionsParams::default()
                        .sort([ActionSort::from("id")])
                        .status([ActionStatus::from("running")])
                        .page(1)
                        .per_page(25);
                    c.zones().list_actions_for("example.com", &params).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "get_zone_action",
            run: |c| {
                Box::pin(async move {
                    c.zones().get_zone_action("example.com", 42).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "change_zone_primary_nameservers",
            run: |c| {
                Box::pin(async move {
                    let body: ChangeZonePrimaryNameserversRequest = body(
                        r#"{"primary_nameservers":[{"address":"198.51.100.1","port":53},{"address":"203.0.113.1","port":53}]}"#,
                    )?;
                    c.zones()
                        .change_primary_nameservers("example.com", &body)
                        .await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "change_zone_protection",
            run: |c| {
                Box::pin(async move {
                    let body: ChangeZoneProtectionRequest = body(r#"{"delete":false}"#)?;
                    c.zones().change_protection("example.com", &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "change_zone_ttl",
            run: |c| {
                Box::pin(async move {
                    let body: ChangeZoneTtlRequest = body(r#"{"ttl":10800}"#)?;
                    c.zones().change_ttl("example.com", &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "import_zone_zonefile",
            run: |c| {
                Box::pin(async move {
                    let body: ImportZoneZonefileRequest = body(
                        r#"{"zonefile":"$ORIGIN\texample.com.\n$TTL\t3600\n\n@\tIN\tSOA\thydrogen.ns.hetzner.com. dns.hetzner.com. 2024010100 86400 10800 3600000 3600\n\n@\tIN\t10800\tNS\thydrogen.ns.hetzner.com. ; Some comment.\n@\tIN\t10800\tNS\toxygen.ns.hetzner.com.\n@\tIN\t10800\tNS\thelium.ns.hetzner.de.\n"}"#,
                    )?;
                    c.zones().import_zonefile("example.com", &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "list_zone_rrsets",
            run: |c| {
                Box::pin(async move {
                    let params = ListZoneRrsetsParams::default()
                        .name("example".to_string())
                        .r#type([RrSetType::from("A")])
                        .label_selector("env=prod".to_string())
                        .sort([RrSetSort::from("id")])
                        .page(1)
                        .per_page(25);
                    c.zones().list_rrsets("example.com", &params).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "create_zone_rrset",
            run: |c| {
                Box::pin(async move {
                    let body: CreateZoneRrsetRequest = body(
                        r#"{"name":"www","type":"A","ttl":3600,"records":[{"value":"198.51.100.1","comment":"My web server at Hetzner Cloud."}],"labels":{"environment":"prod","example.com/my":"label","just-a-key":""}}"#,
                    )?;
                    c.zones().create_rrset("example.com", &body).await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "get_zone_rrset",
            run: |c| {
                Box::pin(async move {
                    c.zones()
                        .get_rrset("example.com", "www", RrSetType::from("A"))
                        .await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "update_zone_rrset",
            run: |c| {
                Box::pin(async move {
                    let body: UpdateZoneRrsetRequest = body(
                        r#"{"labels":{"environment":"prod","example.com/my":"label","just-a-key":""}}"#,
                    )?;
                    c.zones()
                        .update_rrset("example.com", "www", RrSetType::from("A"), &body)
                        .await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "delete_zone_rrset",
            run: |c| {
                Box::pin(async move {
                    c.zones()
                        .delete_rrset("example.com", "www", RrSetType::from("A"))
                        .await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "change_zone_rrset_protection",
            run: |c| {
                Box::pin(async move {
                    let body: ChangeZoneRrsetProtectionRequest = body(r#"{"change":false}"#)?;
                    c.zones()
                        .change_rrset_protection("example.com", "www", RrSetType::from("A"), &body)
                        .await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "change_zone_rrset_ttl",
            run: |c| {
                Box::pin(async move {
                    let body: ChangeZoneRrsetTtlRequest = body(r#"{"ttl":3600}"#)?;
                    c.zones()
                        .change_rrset_ttl("example.com", "www", RrSetType::from("A"), &body)
                        .await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "set_zone_rrset_records",
            run: |c| {
                Box::pin(async move {
                    let body: SetZoneRrsetRecordsRequest = body(
                        r#"{"records":[{"value":"198.51.100.1","comment":"My web server at Hetzner Cloud."}]}"#,
                    )?;
                    c.zones()
                        .set_rrset_records("example.com", "www", RrSetType::from("A"), &body)
                        .await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "add_zone_rrset_records",
            run: |c| {
                Box::pin(async move {
                    let body: AddZoneRrsetRecordsRequest = body(
                        r#"{"ttl":3600,"records":[{"value":"198.51.100.1","comment":"My web server at Hetzner Cloud."}]}"#,
                    )?;
                    c.zones()
                        .add_rrset_records("example.com", "www", RrSetType::from("A"), &body)
                        .await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "remove_zone_rrset_records",
            run: |c| {
                Box::pin(async move {
                    let body: RemoveZoneRrsetRecordsRequest = body(
                        r#"{"records":[{"value":"198.51.100.1","comment":"My web server at Hetzner Cloud."}]}"#,
                    )?;
                    c.zones()
                        .remove_rrset_records("example.com", "www", RrSetType::from("A"), &body)
                        .await?;
                    Ok(())
                })
            },
        },
        Case {
            operation_id: "update_zone_rrset_records",
            run: |c| {
                Box::pin(async move {
                    let body: UpdateZoneRrsetRecordsRequest = body(
                        r#"{"records":[{"value":"198.51.100.1","comment":"My web server at Hetzner Cloud."}]}"#,
                    )?;
                    c.zones()
                        .update_rrset_records("example.com", "www", RrSetType::from("A"), &body)
                        .await?;
                    Ok(())
                })
            },
        },
    ]
}
