// Generated from cloud.spec.json by xtask. Do not edit.
// One sample call per operation, with arguments from the description's examples:
// `client[resource][function](...Object.values(pathParams), args)`.
export default [
  {
    "id": "get_actions",
    "method": "GET",
    "path": "/actions",
    "resource": "actions",
    "function": "getByIds",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {},
    "args": {
      "id": [
        42
      ]
    }
  },
  {
    "id": "get_action",
    "method": "GET",
    "path": "/actions/{id}",
    "resource": "actions",
    "function": "get",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "list_certificates",
    "method": "GET",
    "path": "/certificates",
    "resource": "certificates",
    "function": "list",
    "paged": true,
    "noContent": false,
    "deprecated": false,
    "pathParams": {},
    "args": {
      "sort": [
        "id"
      ],
      "name": "example",
      "label_selector": "env=prod",
      "type": [
        "uploaded"
      ],
      "page": 1,
      "per_page": 25
    }
  },
  {
    "id": "create_certificate",
    "method": "POST",
    "path": "/certificates",
    "resource": "certificates",
    "function": "create",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {},
    "args": {
      "name": "my website cert",
      "type": "uploaded",
      "certificate": "-----BEGIN CERTIFICATE-----\n...",
      "private_key": "-----BEGIN PRIVATE KEY-----\n..."
    }
  },
  {
    "id": "list_certificates_actions",
    "method": "GET",
    "path": "/certificates/actions",
    "resource": "certificates",
    "function": "listActions",
    "paged": true,
    "noContent": false,
    "deprecated": false,
    "pathParams": {},
    "args": {
      "id": [
        42
      ],
      "sort": [
        "id"
      ],
      "status": [
        "running"
      ],
      "page": 1,
      "per_page": 25
    }
  },
  {
    "id": "get_certificates_action",
    "method": "GET",
    "path": "/certificates/actions/{id}",
    "resource": "certificates",
    "function": "getAction",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "get_certificate",
    "method": "GET",
    "path": "/certificates/{id}",
    "resource": "certificates",
    "function": "get",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "update_certificate",
    "method": "PUT",
    "path": "/certificates/{id}",
    "resource": "certificates",
    "function": "update",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "name": "my website cert",
      "labels": {
        "environment": "prod",
        "example.com/my": "label",
        "just-a-key": ""
      }
    }
  },
  {
    "id": "delete_certificate",
    "method": "DELETE",
    "path": "/certificates/{id}",
    "resource": "certificates",
    "function": "delete",
    "paged": false,
    "noContent": true,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "list_certificate_actions",
    "method": "GET",
    "path": "/certificates/{id}/actions",
    "resource": "certificates",
    "function": "listActionsFor",
    "paged": true,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "sort": [
        "id"
      ],
      "status": [
        "running"
      ],
      "page": 1,
      "per_page": 25
    }
  },
  {
    "id": "retry_certificate",
    "method": "POST",
    "path": "/certificates/{id}/actions/retry",
    "resource": "certificates",
    "function": "retry",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "get_certificate_action",
    "method": "GET",
    "path": "/certificates/{id}/actions/{action_id}",
    "resource": "certificates",
    "function": "getCertificateAction",
    "paged": false,
    "noContent": false,
    "deprecated": true,
    "pathParams": {
      "id": 42,
      "action_id": 42
    },
    "args": null
  },
  {
    "id": "list_datacenters",
    "method": "GET",
    "path": "/datacenters",
    "resource": "datacenters",
    "function": "list",
    "paged": true,
    "noContent": false,
    "deprecated": true,
    "pathParams": {},
    "args": {
      "name": "example",
      "sort": [
        "id"
      ],
      "page": 1,
      "per_page": 25
    }
  },
  {
    "id": "get_datacenter",
    "method": "GET",
    "path": "/datacenters/{id}",
    "resource": "datacenters",
    "function": "get",
    "paged": false,
    "noContent": false,
    "deprecated": true,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "list_firewalls",
    "method": "GET",
    "path": "/firewalls",
    "resource": "firewalls",
    "function": "list",
    "paged": true,
    "noContent": false,
    "deprecated": false,
    "pathParams": {},
    "args": {
      "sort": [
        "id"
      ],
      "name": "example",
      "label_selector": "env=prod",
      "page": 1,
      "per_page": 25
    }
  },
  {
    "id": "create_firewall",
    "method": "POST",
    "path": "/firewalls",
    "resource": "firewalls",
    "function": "create",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {},
    "args": {
      "name": "Corporate Intranet Protection",
      "labels": {
        "key": "value"
      },
      "rules": [
        {
          "description": "Allow port 80",
          "direction": "in",
          "source_ips": [
            "192.0.2.2/32",
            "192.0.2.0/24",
            "2001:0db8:9a3b:ee58:5ca:990c:8bc9:c03b/128"
          ],
          "protocol": "tcp",
          "port": "80"
        }
      ],
      "apply_to": [
        {
          "type": "server",
          "server": {
            "id": 42
          }
        }
      ]
    }
  },
  {
    "id": "list_firewalls_actions",
    "method": "GET",
    "path": "/firewalls/actions",
    "resource": "firewalls",
    "function": "listActions",
    "paged": true,
    "noContent": false,
    "deprecated": false,
    "pathParams": {},
    "args": {
      "id": [
        42
      ],
      "sort": [
        "id"
      ],
      "status": [
        "running"
      ],
      "page": 1,
      "per_page": 25
    }
  },
  {
    "id": "get_firewalls_action",
    "method": "GET",
    "path": "/firewalls/actions/{id}",
    "resource": "firewalls",
    "function": "getAction",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "get_firewall",
    "method": "GET",
    "path": "/firewalls/{id}",
    "resource": "firewalls",
    "function": "get",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "update_firewall",
    "method": "PUT",
    "path": "/firewalls/{id}",
    "resource": "firewalls",
    "function": "update",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "name": "new-name",
      "labels": {
        "environment": "prod",
        "example.com/my": "label",
        "just-a-key": ""
      }
    }
  },
  {
    "id": "delete_firewall",
    "method": "DELETE",
    "path": "/firewalls/{id}",
    "resource": "firewalls",
    "function": "delete",
    "paged": false,
    "noContent": true,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "list_firewall_actions",
    "method": "GET",
    "path": "/firewalls/{id}/actions",
    "resource": "firewalls",
    "function": "listActionsFor",
    "paged": true,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "sort": [
        "id"
      ],
      "status": [
        "running"
      ],
      "page": 1,
      "per_page": 25
    }
  },
  {
    "id": "apply_firewall_to_resources",
    "method": "POST",
    "path": "/firewalls/{id}/actions/apply_to_resources",
    "resource": "firewalls",
    "function": "applyToResources",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "apply_to": [
        {
          "type": "server",
          "server": {
            "id": 42
          }
        }
      ]
    }
  },
  {
    "id": "remove_firewall_from_resources",
    "method": "POST",
    "path": "/firewalls/{id}/actions/remove_from_resources",
    "resource": "firewalls",
    "function": "removeFromResources",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "remove_from": [
        {
          "type": "server",
          "server": {
            "id": 42
          }
        }
      ]
    }
  },
  {
    "id": "set_firewall_rules",
    "method": "POST",
    "path": "/firewalls/{id}/actions/set_rules",
    "resource": "firewalls",
    "function": "setRules",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "rules": [
        {
          "description": "Allow port 80",
          "direction": "in",
          "source_ips": [
            "192.0.2.2/32",
            "192.0.2.0/24",
            "2001:0db8:9a3b:ee58:5ca:990c:8bc9:c03b/128"
          ],
          "protocol": "tcp",
          "port": "80"
        }
      ]
    }
  },
  {
    "id": "get_firewall_action",
    "method": "GET",
    "path": "/firewalls/{id}/actions/{action_id}",
    "resource": "firewalls",
    "function": "getFirewallAction",
    "paged": false,
    "noContent": false,
    "deprecated": true,
    "pathParams": {
      "id": 42,
      "action_id": 42
    },
    "args": null
  },
  {
    "id": "list_floating_ips",
    "method": "GET",
    "path": "/floating_ips",
    "resource": "floatingIps",
    "function": "list",
    "paged": true,
    "noContent": false,
    "deprecated": false,
    "pathParams": {},
    "args": {
      "name": "example",
      "label_selector": "env=prod",
      "sort": [
        "id"
      ],
      "page": 1,
      "per_page": 25
    }
  },
  {
    "id": "create_floating_ip",
    "method": "POST",
    "path": "/floating_ips",
    "resource": "floatingIps",
    "function": "create",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {},
    "args": {
      "type": "ipv6",
      "server": 42,
      "home_location": "fsn1",
      "description": "This describes my resource",
      "name": "my-resource",
      "labels": {
        "environment": "prod",
        "example.com/my": "label",
        "just-a-key": ""
      }
    }
  },
  {
    "id": "list_floating_ips_actions",
    "method": "GET",
    "path": "/floating_ips/actions",
    "resource": "floatingIps",
    "function": "listActions",
    "paged": true,
    "noContent": false,
    "deprecated": false,
    "pathParams": {},
    "args": {
      "id": [
        42
      ],
      "sort": [
        "id"
      ],
      "status": [
        "running"
      ],
      "page": 1,
      "per_page": 25
    }
  },
  {
    "id": "get_floating_ips_action",
    "method": "GET",
    "path": "/floating_ips/actions/{id}",
    "resource": "floatingIps",
    "function": "getAction",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "get_floating_ip",
    "method": "GET",
    "path": "/floating_ips/{id}",
    "resource": "floatingIps",
    "function": "get",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "update_floating_ip",
    "method": "PUT",
    "path": "/floating_ips/{id}",
    "resource": "floatingIps",
    "function": "update",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "description": "This describes my resource",
      "name": "my-resource",
      "labels": {
        "environment": "prod",
        "example.com/my": "label",
        "just-a-key": ""
      }
    }
  },
  {
    "id": "delete_floating_ip",
    "method": "DELETE",
    "path": "/floating_ips/{id}",
    "resource": "floatingIps",
    "function": "delete",
    "paged": false,
    "noContent": true,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "list_floating_ip_actions",
    "method": "GET",
    "path": "/floating_ips/{id}/actions",
    "resource": "floatingIps",
    "function": "listActionsFor",
    "paged": true,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "sort": [
        "id"
      ],
      "status": [
        "running"
      ],
      "page": 1,
      "per_page": 25
    }
  },
  {
    "id": "assign_floating_ip",
    "method": "POST",
    "path": "/floating_ips/{id}/actions/assign",
    "resource": "floatingIps",
    "function": "assign",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "server": 42
    }
  },
  {
    "id": "change_floating_ip_dns_ptr",
    "method": "POST",
    "path": "/floating_ips/{id}/actions/change_dns_ptr",
    "resource": "floatingIps",
    "function": "changeDnsPtr",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "ip": "2001:db8::1",
      "dns_ptr": "server.example.com"
    }
  },
  {
    "id": "change_floating_ip_protection",
    "method": "POST",
    "path": "/floating_ips/{id}/actions/change_protection",
    "resource": "floatingIps",
    "function": "changeProtection",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "delete": false
    }
  },
  {
    "id": "unassign_floating_ip",
    "method": "POST",
    "path": "/floating_ips/{id}/actions/unassign",
    "resource": "floatingIps",
    "function": "unassign",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "get_floating_ip_action",
    "method": "GET",
    "path": "/floating_ips/{id}/actions/{action_id}",
    "resource": "floatingIps",
    "function": "getFloatingIpAction",
    "paged": false,
    "noContent": false,
    "deprecated": true,
    "pathParams": {
      "id": 42,
      "action_id": 42
    },
    "args": null
  },
  {
    "id": "list_images",
    "method": "GET",
    "path": "/images",
    "resource": "images",
    "function": "list",
    "paged": true,
    "noContent": false,
    "deprecated": false,
    "pathParams": {},
    "args": {
      "sort": [
        "id"
      ],
      "type": [
        "system"
      ],
      "status": [
        "available"
      ],
      "bound_to": [
        "example"
      ],
      "include_deprecated": false,
      "name": "example",
      "label_selector": "env=prod",
      "architecture": "x86",
      "page": 1,
      "per_page": 25
    }
  },
  {
    "id": "list_images_actions",
    "method": "GET",
    "path": "/images/actions",
    "resource": "images",
    "function": "listActions",
    "paged": true,
    "noContent": false,
    "deprecated": false,
    "pathParams": {},
    "args": {
      "id": [
        42
      ],
      "sort": [
        "id"
      ],
      "status": [
        "running"
      ],
      "page": 1,
      "per_page": 25
    }
  },
  {
    "id": "get_images_action",
    "method": "GET",
    "path": "/images/actions/{id}",
    "resource": "images",
    "function": "getAction",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "get_image",
    "method": "GET",
    "path": "/images/{id}",
    "resource": "images",
    "function": "get",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "update_image",
    "method": "PUT",
    "path": "/images/{id}",
    "resource": "images",
    "function": "update",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "description": "My new Image description",
      "type": "snapshot",
      "labels": {
        "environment": "prod",
        "example.com/my": "label",
        "just-a-key": ""
      }
    }
  },
  {
    "id": "delete_image",
    "method": "DELETE",
    "path": "/images/{id}",
    "resource": "images",
    "function": "delete",
    "paged": false,
    "noContent": true,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "list_image_actions",
    "method": "GET",
    "path": "/images/{id}/actions",
    "resource": "images",
    "function": "listActionsFor",
    "paged": true,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "sort": [
        "id"
      ],
      "status": [
        "running"
      ],
      "page": 1,
      "per_page": 25
    }
  },
  {
    "id": "change_image_protection",
    "method": "POST",
    "path": "/images/{id}/actions/change_protection",
    "resource": "images",
    "function": "changeProtection",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "delete": true
    }
  },
  {
    "id": "get_image_action",
    "method": "GET",
    "path": "/images/{id}/actions/{action_id}",
    "resource": "images",
    "function": "getImageAction",
    "paged": false,
    "noContent": false,
    "deprecated": true,
    "pathParams": {
      "id": 42,
      "action_id": 42
    },
    "args": null
  },
  {
    "id": "list_isos",
    "method": "GET",
    "path": "/isos",
    "resource": "isos",
    "function": "list",
    "paged": true,
    "noContent": false,
    "deprecated": false,
    "pathParams": {},
    "args": {
      "name": "example",
      "architecture": "x86",
      "include_architecture_wildcard": false,
      "page": 1,
      "per_page": 25
    }
  },
  {
    "id": "get_iso",
    "method": "GET",
    "path": "/isos/{id}",
    "resource": "isos",
    "function": "get",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "list_load_balancer_types",
    "method": "GET",
    "path": "/load_balancer_types",
    "resource": "loadBalancerTypes",
    "function": "list",
    "paged": true,
    "noContent": false,
    "deprecated": false,
    "pathParams": {},
    "args": {
      "name": "example",
      "page": 1,
      "per_page": 25
    }
  },
  {
    "id": "get_load_balancer_type",
    "method": "GET",
    "path": "/load_balancer_types/{id}",
    "resource": "loadBalancerTypes",
    "function": "get",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "list_load_balancers",
    "method": "GET",
    "path": "/load_balancers",
    "resource": "loadBalancers",
    "function": "list",
    "paged": true,
    "noContent": false,
    "deprecated": false,
    "pathParams": {},
    "args": {
      "sort": [
        "id"
      ],
      "name": "example",
      "label_selector": "env=prod",
      "page": 1,
      "per_page": 25
    }
  },
  {
    "id": "create_load_balancer",
    "method": "POST",
    "path": "/load_balancers",
    "resource": "loadBalancers",
    "function": "create",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {},
    "args": {
      "name": "Web Frontend",
      "load_balancer_type": "lb11",
      "algorithm": {
        "type": "round_robin"
      },
      "services": [
        {
          "protocol": "tcp",
          "listen_port": 443,
          "destination_port": 80,
          "proxyprotocol": false,
          "health_check": {
            "protocol": "http",
            "port": 4711,
            "interval": 15,
            "timeout": 10,
            "retries": 3,
            "http": {
              "domain": "example.com",
              "path": "/",
              "response": "{\"status\": \"ok\"}",
              "status_codes": [
                "2??",
                "3??"
              ],
              "tls": false
            }
          }
        }
      ],
      "targets": [
        {
          "type": "server",
          "server": {
            "id": 80,
            "ip": "2001:db8::1"
          },
          "label_selector": {
            "selector": "env=prod"
          },
          "ip": {
            "ip": "203.0.113.1"
          },
          "use_private_ip": true
        }
      ],
      "labels": {
        "environment": "prod",
        "example.com/my": "label",
        "just-a-key": ""
      },
      "public_interface": true,
      "network": 123,
      "network_zone": "eu-central",
      "location": "fsn1"
    }
  },
  {
    "id": "list_load_balancers_actions",
    "method": "GET",
    "path": "/load_balancers/actions",
    "resource": "loadBalancers",
    "function": "listActions",
    "paged": true,
    "noContent": false,
    "deprecated": false,
    "pathParams": {},
    "args": {
      "id": [
        42
      ],
      "sort": [
        "id"
      ],
      "status": [
        "running"
      ],
      "page": 1,
      "per_page": 25
    }
  },
  {
    "id": "get_load_balancers_action",
    "method": "GET",
    "path": "/load_balancers/actions/{id}",
    "resource": "loadBalancers",
    "function": "getAction",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "get_load_balancer",
    "method": "GET",
    "path": "/load_balancers/{id}",
    "resource": "loadBalancers",
    "function": "get",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "update_load_balancer",
    "method": "PUT",
    "path": "/load_balancers/{id}",
    "resource": "loadBalancers",
    "function": "update",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "name": "new-name",
      "labels": {
        "environment": "prod",
        "example.com/my": "label",
        "just-a-key": ""
      }
    }
  },
  {
    "id": "delete_load_balancer",
    "method": "DELETE",
    "path": "/load_balancers/{id}",
    "resource": "loadBalancers",
    "function": "delete",
    "paged": false,
    "noContent": true,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "list_load_balancer_actions",
    "method": "GET",
    "path": "/load_balancers/{id}/actions",
    "resource": "loadBalancers",
    "function": "listActionsFor",
    "paged": true,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "sort": [
        "id"
      ],
      "status": [
        "running"
      ],
      "page": 1,
      "per_page": 25
    }
  },
  {
    "id": "add_load_balancer_service",
    "method": "POST",
    "path": "/load_balancers/{id}/actions/add_service",
    "resource": "loadBalancers",
    "function": "addService",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "protocol": "https",
      "listen_port": 443,
      "destination_port": 80,
      "proxyprotocol": false,
      "health_check": {
        "protocol": "http",
        "port": 4711,
        "interval": 15,
        "timeout": 10,
        "retries": 3,
        "http": {
          "domain": "example.com",
          "path": "/",
          "response": "{\"status\": \"ok\"}",
          "status_codes": [
            "2??",
            "3??"
          ],
          "tls": false
        }
      },
      "http": {
        "cookie_name": "HCLBSTICKY",
        "cookie_lifetime": 300,
        "timeout_idle": 50,
        "certificates": [
          897
        ],
        "redirect_http": true,
        "sticky_sessions": true
      }
    }
  },
  {
    "id": "add_load_balancer_target",
    "method": "POST",
    "path": "/load_balancers/{id}/actions/add_target",
    "resource": "loadBalancers",
    "function": "addTarget",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "type": "server",
      "server": {
        "id": 80,
        "ip": "2001:db8::1"
      },
      "label_selector": {
        "selector": "env=prod"
      },
      "ip": {
        "ip": "203.0.113.1"
      },
      "use_private_ip": true
    }
  },
  {
    "id": "attach_load_balancer_to_network",
    "method": "POST",
    "path": "/load_balancers/{id}/actions/attach_to_network",
    "resource": "loadBalancers",
    "function": "attachToNetwork",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "network": 123,
      "ip": "10.0.1.1",
      "ip_range": "10.0.1.0/24"
    }
  },
  {
    "id": "change_load_balancer_algorithm",
    "method": "POST",
    "path": "/load_balancers/{id}/actions/change_algorithm",
    "resource": "loadBalancers",
    "function": "changeAlgorithm",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "type": "round_robin"
    }
  },
  {
    "id": "change_load_balancer_dns_ptr",
    "method": "POST",
    "path": "/load_balancers/{id}/actions/change_dns_ptr",
    "resource": "loadBalancers",
    "function": "changeDnsPtr",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "ip": "2001:db8::1",
      "dns_ptr": "server.example.com"
    }
  },
  {
    "id": "change_load_balancer_protection",
    "method": "POST",
    "path": "/load_balancers/{id}/actions/change_protection",
    "resource": "loadBalancers",
    "function": "changeProtection",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "delete": true
    }
  },
  {
    "id": "change_load_balancer_type",
    "method": "POST",
    "path": "/load_balancers/{id}/actions/change_type",
    "resource": "loadBalancers",
    "function": "changeType",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "load_balancer_type": "lb11"
    }
  },
  {
    "id": "delete_load_balancer_service",
    "method": "POST",
    "path": "/load_balancers/{id}/actions/delete_service",
    "resource": "loadBalancers",
    "function": "deleteService",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "listen_port": 443
    }
  },
  {
    "id": "detach_load_balancer_from_network",
    "method": "POST",
    "path": "/load_balancers/{id}/actions/detach_from_network",
    "resource": "loadBalancers",
    "function": "detachFromNetwork",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "network": 4711
    }
  },
  {
    "id": "disable_load_balancer_public_interface",
    "method": "POST",
    "path": "/load_balancers/{id}/actions/disable_public_interface",
    "resource": "loadBalancers",
    "function": "disablePublicInterface",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "enable_load_balancer_public_interface",
    "method": "POST",
    "path": "/load_balancers/{id}/actions/enable_public_interface",
    "resource": "loadBalancers",
    "function": "enablePublicInterface",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "remove_load_balancer_target",
    "method": "POST",
    "path": "/load_balancers/{id}/actions/remove_target",
    "resource": "loadBalancers",
    "function": "removeTarget",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "type": "server",
      "server": {
        "id": 80,
        "ip": "2001:db8::1"
      },
      "label_selector": {
        "selector": "env=prod"
      },
      "ip": {
        "ip": "203.0.113.1"
      }
    }
  },
  {
    "id": "update_load_balancer_service",
    "method": "POST",
    "path": "/load_balancers/{id}/actions/update_service",
    "resource": "loadBalancers",
    "function": "updateService",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "protocol": "https",
      "listen_port": 443,
      "destination_port": 80,
      "proxyprotocol": false,
      "health_check": {
        "protocol": "http",
        "port": 4711,
        "interval": 15,
        "timeout": 10,
        "retries": 3,
        "http": {
          "domain": "example.com",
          "path": "/",
          "response": "{\"status\": \"ok\"}",
          "status_codes": [
            "2??",
            "3??"
          ],
          "tls": false
        }
      },
      "http": {
        "cookie_name": "HCLBSTICKY",
        "cookie_lifetime": 300,
        "timeout_idle": 50,
        "certificates": [
          897
        ],
        "redirect_http": true,
        "sticky_sessions": true
      }
    }
  },
  {
    "id": "get_load_balancer_action",
    "method": "GET",
    "path": "/load_balancers/{id}/actions/{action_id}",
    "resource": "loadBalancers",
    "function": "getLoadBalancerAction",
    "paged": false,
    "noContent": false,
    "deprecated": true,
    "pathParams": {
      "id": 42,
      "action_id": 42
    },
    "args": null
  },
  {
    "id": "get_load_balancer_metrics",
    "method": "GET",
    "path": "/load_balancers/{id}/metrics",
    "resource": "loadBalancers",
    "function": "getMetrics",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "type": [
        "open_connections"
      ],
      "start": "2017-01-01T00:00:00Z",
      "end": "2017-01-01T23:00:00Z",
      "step": "60"
    }
  },
  {
    "id": "list_locations",
    "method": "GET",
    "path": "/locations",
    "resource": "locations",
    "function": "list",
    "paged": true,
    "noContent": false,
    "deprecated": false,
    "pathParams": {},
    "args": {
      "name": "example",
      "sort": [
        "id"
      ],
      "page": 1,
      "per_page": 25
    }
  },
  {
    "id": "get_location",
    "method": "GET",
    "path": "/locations/{id}",
    "resource": "locations",
    "function": "get",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "list_networks",
    "method": "GET",
    "path": "/networks",
    "resource": "networks",
    "function": "list",
    "paged": true,
    "noContent": false,
    "deprecated": false,
    "pathParams": {},
    "args": {
      "sort": [
        "id"
      ],
      "name": "example",
      "label_selector": "env=prod",
      "page": 1,
      "per_page": 25
    }
  },
  {
    "id": "create_network",
    "method": "POST",
    "path": "/networks",
    "resource": "networks",
    "function": "create",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {},
    "args": {
      "name": "mynet",
      "ip_range": "10.0.0.0/16",
      "labels": {
        "environment": "prod",
        "example.com/my": "label",
        "just-a-key": ""
      },
      "subnets": [
        {
          "type": "cloud",
          "ip_range": "10.0.1.0/24",
          "network_zone": "eu-central",
          "vswitch_id": 1000
        }
      ],
      "routes": [
        {
          "destination": "10.100.1.0/24",
          "gateway": "10.0.1.1"
        }
      ],
      "expose_routes_to_vswitch": false
    }
  },
  {
    "id": "list_networks_actions",
    "method": "GET",
    "path": "/networks/actions",
    "resource": "networks",
    "function": "listActions",
    "paged": true,
    "noContent": false,
    "deprecated": false,
    "pathParams": {},
    "args": {
      "id": [
        42
      ],
      "sort": [
        "id"
      ],
      "status": [
        "running"
      ],
      "page": 1,
      "per_page": 25
    }
  },
  {
    "id": "get_networks_action",
    "method": "GET",
    "path": "/networks/actions/{id}",
    "resource": "networks",
    "function": "getAction",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "get_network",
    "method": "GET",
    "path": "/networks/{id}",
    "resource": "networks",
    "function": "get",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "update_network",
    "method": "PUT",
    "path": "/networks/{id}",
    "resource": "networks",
    "function": "update",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "name": "new-name",
      "labels": {
        "environment": "prod",
        "example.com/my": "label",
        "just-a-key": ""
      },
      "expose_routes_to_vswitch": false
    }
  },
  {
    "id": "delete_network",
    "method": "DELETE",
    "path": "/networks/{id}",
    "resource": "networks",
    "function": "delete",
    "paged": false,
    "noContent": true,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "list_network_actions",
    "method": "GET",
    "path": "/networks/{id}/actions",
    "resource": "networks",
    "function": "listActionsFor",
    "paged": true,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "sort": [
        "id"
      ],
      "status": [
        "running"
      ],
      "page": 1,
      "per_page": 25
    }
  },
  {
    "id": "add_network_route",
    "method": "POST",
    "path": "/networks/{id}/actions/add_route",
    "resource": "networks",
    "function": "addRoute",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "destination": "10.100.1.0/24",
      "gateway": "10.0.1.1"
    }
  },
  {
    "id": "add_network_subnet",
    "method": "POST",
    "path": "/networks/{id}/actions/add_subnet",
    "resource": "networks",
    "function": "addSubnet",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "type": "cloud",
      "ip_range": "10.0.1.0/24",
      "network_zone": "eu-central",
      "vswitch_id": 1000
    }
  },
  {
    "id": "change_network_ip_range",
    "method": "POST",
    "path": "/networks/{id}/actions/change_ip_range",
    "resource": "networks",
    "function": "changeIpRange",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "ip_range": "10.0.0.0/16"
    }
  },
  {
    "id": "change_network_protection",
    "method": "POST",
    "path": "/networks/{id}/actions/change_protection",
    "resource": "networks",
    "function": "changeProtection",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "delete": true
    }
  },
  {
    "id": "delete_network_route",
    "method": "POST",
    "path": "/networks/{id}/actions/delete_route",
    "resource": "networks",
    "function": "deleteRoute",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "destination": "10.100.1.0/24",
      "gateway": "10.0.1.1"
    }
  },
  {
    "id": "delete_network_subnet",
    "method": "POST",
    "path": "/networks/{id}/actions/delete_subnet",
    "resource": "networks",
    "function": "deleteSubnet",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "ip_range": "10.0.1.0/24"
    }
  },
  {
    "id": "get_network_action",
    "method": "GET",
    "path": "/networks/{id}/actions/{action_id}",
    "resource": "networks",
    "function": "getNetworkAction",
    "paged": false,
    "noContent": false,
    "deprecated": true,
    "pathParams": {
      "id": 42,
      "action_id": 42
    },
    "args": null
  },
  {
    "id": "list_placement_groups",
    "method": "GET",
    "path": "/placement_groups",
    "resource": "placementGroups",
    "function": "list",
    "paged": true,
    "noContent": false,
    "deprecated": false,
    "pathParams": {},
    "args": {
      "sort": [
        "id"
      ],
      "name": "example",
      "label_selector": "env=prod",
      "type": [
        "spread"
      ],
      "page": 1,
      "per_page": 25
    }
  },
  {
    "id": "create_placement_group",
    "method": "POST",
    "path": "/placement_groups",
    "resource": "placementGroups",
    "function": "create",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {},
    "args": {
      "name": "my Placement Group",
      "type": "spread"
    }
  },
  {
    "id": "get_placement_group",
    "method": "GET",
    "path": "/placement_groups/{id}",
    "resource": "placementGroups",
    "function": "get",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "update_placement_group",
    "method": "PUT",
    "path": "/placement_groups/{id}",
    "resource": "placementGroups",
    "function": "update",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "name": "my Placement Group",
      "labels": {
        "environment": "prod",
        "example.com/my": "label",
        "just-a-key": ""
      }
    }
  },
  {
    "id": "delete_placement_group",
    "method": "DELETE",
    "path": "/placement_groups/{id}",
    "resource": "placementGroups",
    "function": "delete",
    "paged": false,
    "noContent": true,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "get_pricing",
    "method": "GET",
    "path": "/pricing",
    "resource": "pricing",
    "function": "get",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {},
    "args": null
  },
  {
    "id": "list_primary_ips",
    "method": "GET",
    "path": "/primary_ips",
    "resource": "primaryIps",
    "function": "list",
    "paged": true,
    "noContent": false,
    "deprecated": false,
    "pathParams": {},
    "args": {
      "name": "example",
      "label_selector": "env=prod",
      "ip": "example",
      "page": 1,
      "per_page": 25,
      "sort": [
        "id"
      ]
    }
  },
  {
    "id": "create_primary_ip",
    "method": "POST",
    "path": "/primary_ips",
    "resource": "primaryIps",
    "function": "create",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {},
    "args": {
      "name": "my-resource",
      "labels": {
        "environment": "prod",
        "example.com/my": "label",
        "just-a-key": ""
      },
      "type": "ipv6",
      "location": "fsn1",
      "assignee_type": "server",
      "assignee_id": 17,
      "auto_delete": false
    }
  },
  {
    "id": "list_primary_ips_actions",
    "method": "GET",
    "path": "/primary_ips/actions",
    "resource": "primaryIps",
    "function": "listActions",
    "paged": true,
    "noContent": false,
    "deprecated": false,
    "pathParams": {},
    "args": {
      "id": [
        42
      ],
      "sort": [
        "id"
      ],
      "status": [
        "running"
      ],
      "page": 1,
      "per_page": 25
    }
  },
  {
    "id": "get_primary_ips_action",
    "method": "GET",
    "path": "/primary_ips/actions/{id}",
    "resource": "primaryIps",
    "function": "getAction",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "list_primary_ip_actions",
    "method": "GET",
    "path": "/primary_ips/{id}/actions",
    "resource": "primaryIps",
    "function": "listActionsFor",
    "paged": true,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "sort": [
        "id"
      ],
      "status": [
        "running"
      ],
      "page": 1,
      "per_page": 25
    }
  },
  {
    "id": "get_primary_ip_action",
    "method": "GET",
    "path": "/primary_ips/{id}/actions/{action_id}",
    "resource": "primaryIps",
    "function": "getPrimaryIpAction",
    "paged": false,
    "noContent": false,
    "deprecated": true,
    "pathParams": {
      "id": 42,
      "action_id": 42
    },
    "args": null
  },
  {
    "id": "get_primary_ip",
    "method": "GET",
    "path": "/primary_ips/{id}",
    "resource": "primaryIps",
    "function": "get",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "update_primary_ip",
    "method": "PUT",
    "path": "/primary_ips/{id}",
    "resource": "primaryIps",
    "function": "update",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "name": "my-resource",
      "labels": {
        "environment": "prod",
        "example.com/my": "label",
        "just-a-key": ""
      },
      "auto_delete": true
    }
  },
  {
    "id": "delete_primary_ip",
    "method": "DELETE",
    "path": "/primary_ips/{id}",
    "resource": "primaryIps",
    "function": "delete",
    "paged": false,
    "noContent": true,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "assign_primary_ip",
    "method": "POST",
    "path": "/primary_ips/{id}/actions/assign",
    "resource": "primaryIps",
    "function": "assign",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "assignee_type": "server",
      "assignee_id": 4711
    }
  },
  {
    "id": "change_primary_ip_dns_ptr",
    "method": "POST",
    "path": "/primary_ips/{id}/actions/change_dns_ptr",
    "resource": "primaryIps",
    "function": "changeDnsPtr",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "ip": "2001:db8::1",
      "dns_ptr": "server.example.com"
    }
  },
  {
    "id": "change_primary_ip_protection",
    "method": "POST",
    "path": "/primary_ips/{id}/actions/change_protection",
    "resource": "primaryIps",
    "function": "changeProtection",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "delete": false
    }
  },
  {
    "id": "unassign_primary_ip",
    "method": "POST",
    "path": "/primary_ips/{id}/actions/unassign",
    "resource": "primaryIps",
    "function": "unassign",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "list_server_types",
    "method": "GET",
    "path": "/server_types",
    "resource": "serverTypes",
    "function": "list",
    "paged": true,
    "noContent": false,
    "deprecated": false,
    "pathParams": {},
    "args": {
      "name": "example",
      "page": 1,
      "per_page": 25
    }
  },
  {
    "id": "get_server_type",
    "method": "GET",
    "path": "/server_types/{id}",
    "resource": "serverTypes",
    "function": "get",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "list_servers",
    "method": "GET",
    "path": "/servers",
    "resource": "servers",
    "function": "list",
    "paged": true,
    "noContent": false,
    "deprecated": false,
    "pathParams": {},
    "args": {
      "name": "example",
      "label_selector": "env=prod",
      "sort": [
        "id"
      ],
      "status": [
        "running"
      ],
      "page": 1,
      "per_page": 25
    }
  },
  {
    "id": "create_server",
    "method": "POST",
    "path": "/servers",
    "resource": "servers",
    "function": "create",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {},
    "args": {
      "name": "my-server",
      "location": "nbg1",
      "server_type": "cpx22",
      "start_after_create": true,
      "image": "ubuntu-24.04",
      "placement_group": 1,
      "ssh_keys": [
        "my-ssh-key"
      ],
      "volumes": [
        123
      ],
      "networks": [
        456
      ],
      "firewalls": [
        {
          "firewall": 38
        }
      ],
      "user_data": "#cloud-config\nruncmd:\n- [touch, /root/cloud-init-worked]\n",
      "labels": {
        "environment": "prod",
        "example.com/my": "label",
        "just-a-key": ""
      },
      "automount": false,
      "public_net": {
        "enable_ipv4": false,
        "enable_ipv6": false,
        "ipv4": 1,
        "ipv6": 1
      }
    }
  },
  {
    "id": "list_servers_actions",
    "method": "GET",
    "path": "/servers/actions",
    "resource": "servers",
    "function": "listActions",
    "paged": true,
    "noContent": false,
    "deprecated": false,
    "pathParams": {},
    "args": {
      "id": [
        42
      ],
      "sort": [
        "id"
      ],
      "status": [
        "running"
      ],
      "page": 1,
      "per_page": 25
    }
  },
  {
    "id": "get_servers_action",
    "method": "GET",
    "path": "/servers/actions/{id}",
    "resource": "servers",
    "function": "getAction",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "get_server",
    "method": "GET",
    "path": "/servers/{id}",
    "resource": "servers",
    "function": "get",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "update_server",
    "method": "PUT",
    "path": "/servers/{id}",
    "resource": "servers",
    "function": "update",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "name": "my-server",
      "labels": {
        "environment": "prod",
        "example.com/my": "label",
        "just-a-key": ""
      }
    }
  },
  {
    "id": "delete_server",
    "method": "DELETE",
    "path": "/servers/{id}",
    "resource": "servers",
    "function": "delete",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "list_server_actions",
    "method": "GET",
    "path": "/servers/{id}/actions",
    "resource": "servers",
    "function": "listActionsFor",
    "paged": true,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "sort": [
        "id"
      ],
      "status": [
        "running"
      ],
      "page": 1,
      "per_page": 25
    }
  },
  {
    "id": "add_server_to_placement_group",
    "method": "POST",
    "path": "/servers/{id}/actions/add_to_placement_group",
    "resource": "servers",
    "function": "addToPlacementGroup",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "placement_group": 1
    }
  },
  {
    "id": "attach_server_iso",
    "method": "POST",
    "path": "/servers/{id}/actions/attach_iso",
    "resource": "servers",
    "function": "attachIso",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "iso": "FreeBSD-11.0-RELEASE-amd64-dvd1"
    }
  },
  {
    "id": "attach_server_to_network",
    "method": "POST",
    "path": "/servers/{id}/actions/attach_to_network",
    "resource": "servers",
    "function": "attachToNetwork",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "network": 4711,
      "ip": "10.0.1.1",
      "alias_ips": [
        "10.0.1.2"
      ],
      "ip_range": "10.0.1.0/24"
    }
  },
  {
    "id": "change_server_alias_ips",
    "method": "POST",
    "path": "/servers/{id}/actions/change_alias_ips",
    "resource": "servers",
    "function": "changeAliasIps",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "network": 4711,
      "alias_ips": [
        "10.0.1.2"
      ]
    }
  },
  {
    "id": "change_server_dns_ptr",
    "method": "POST",
    "path": "/servers/{id}/actions/change_dns_ptr",
    "resource": "servers",
    "function": "changeDnsPtr",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "ip": "2001:db8::1",
      "dns_ptr": "server.example.com"
    }
  },
  {
    "id": "change_server_protection",
    "method": "POST",
    "path": "/servers/{id}/actions/change_protection",
    "resource": "servers",
    "function": "changeProtection",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "delete": true,
      "rebuild": true
    }
  },
  {
    "id": "change_server_type",
    "method": "POST",
    "path": "/servers/{id}/actions/change_type",
    "resource": "servers",
    "function": "changeType",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "upgrade_disk": true,
      "server_type": "cpx22"
    }
  },
  {
    "id": "create_server_image",
    "method": "POST",
    "path": "/servers/{id}/actions/create_image",
    "resource": "servers",
    "function": "createImage",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "description": "my image",
      "type": "snapshot",
      "labels": {
        "environment": "prod",
        "example.com/my": "label",
        "just-a-key": ""
      }
    }
  },
  {
    "id": "detach_server_from_network",
    "method": "POST",
    "path": "/servers/{id}/actions/detach_from_network",
    "resource": "servers",
    "function": "detachFromNetwork",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "network": 4711
    }
  },
  {
    "id": "detach_server_iso",
    "method": "POST",
    "path": "/servers/{id}/actions/detach_iso",
    "resource": "servers",
    "function": "detachIso",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "disable_server_backup",
    "method": "POST",
    "path": "/servers/{id}/actions/disable_backup",
    "resource": "servers",
    "function": "disableBackup",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "disable_server_rescue",
    "method": "POST",
    "path": "/servers/{id}/actions/disable_rescue",
    "resource": "servers",
    "function": "disableRescue",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "enable_server_backup",
    "method": "POST",
    "path": "/servers/{id}/actions/enable_backup",
    "resource": "servers",
    "function": "enableBackup",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "enable_server_rescue",
    "method": "POST",
    "path": "/servers/{id}/actions/enable_rescue",
    "resource": "servers",
    "function": "enableRescue",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "type": "linux64",
      "ssh_keys": [
        2323
      ]
    }
  },
  {
    "id": "poweroff_server",
    "method": "POST",
    "path": "/servers/{id}/actions/poweroff",
    "resource": "servers",
    "function": "powerOff",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "poweron_server",
    "method": "POST",
    "path": "/servers/{id}/actions/poweron",
    "resource": "servers",
    "function": "powerOn",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "reboot_server",
    "method": "POST",
    "path": "/servers/{id}/actions/reboot",
    "resource": "servers",
    "function": "reboot",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "rebuild_server",
    "method": "POST",
    "path": "/servers/{id}/actions/rebuild",
    "resource": "servers",
    "function": "rebuild",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "image": "ubuntu-24.04",
      "user_data": "#cloud-config\nruncmd:\n- [touch, /root/cloud-init-worked]\n"
    }
  },
  {
    "id": "remove_server_from_placement_group",
    "method": "POST",
    "path": "/servers/{id}/actions/remove_from_placement_group",
    "resource": "servers",
    "function": "removeFromPlacementGroup",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "request_server_console",
    "method": "POST",
    "path": "/servers/{id}/actions/request_console",
    "resource": "servers",
    "function": "requestConsole",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "reset_server",
    "method": "POST",
    "path": "/servers/{id}/actions/reset",
    "resource": "servers",
    "function": "reset",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "reset_server_password",
    "method": "POST",
    "path": "/servers/{id}/actions/reset_password",
    "resource": "servers",
    "function": "resetPassword",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "shutdown_server",
    "method": "POST",
    "path": "/servers/{id}/actions/shutdown",
    "resource": "servers",
    "function": "shutdown",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "get_server_action",
    "method": "GET",
    "path": "/servers/{id}/actions/{action_id}",
    "resource": "servers",
    "function": "getServerAction",
    "paged": false,
    "noContent": false,
    "deprecated": true,
    "pathParams": {
      "id": 42,
      "action_id": 42
    },
    "args": null
  },
  {
    "id": "get_server_metrics",
    "method": "GET",
    "path": "/servers/{id}/metrics",
    "resource": "servers",
    "function": "getMetrics",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "type": [
        "cpu"
      ],
      "start": "2017-01-01T00:00:00Z",
      "end": "2017-01-01T23:00:00Z",
      "step": "60"
    }
  },
  {
    "id": "list_ssh_keys",
    "method": "GET",
    "path": "/ssh_keys",
    "resource": "sshKeys",
    "function": "list",
    "paged": true,
    "noContent": false,
    "deprecated": false,
    "pathParams": {},
    "args": {
      "sort": [
        "id"
      ],
      "name": "example",
      "fingerprint": "example",
      "label_selector": "env=prod",
      "page": 1,
      "per_page": 25
    }
  },
  {
    "id": "create_ssh_key",
    "method": "POST",
    "path": "/ssh_keys",
    "resource": "sshKeys",
    "function": "create",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {},
    "args": {
      "name": "My ssh key",
      "public_key": "ssh-rsa AAAjjk76kgf...Xt",
      "labels": {
        "environment": "prod",
        "example.com/my": "label",
        "just-a-key": ""
      }
    }
  },
  {
    "id": "get_ssh_key",
    "method": "GET",
    "path": "/ssh_keys/{id}",
    "resource": "sshKeys",
    "function": "get",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "update_ssh_key",
    "method": "PUT",
    "path": "/ssh_keys/{id}",
    "resource": "sshKeys",
    "function": "update",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "name": "My ssh key",
      "labels": {
        "environment": "prod",
        "example.com/my": "label",
        "just-a-key": ""
      }
    }
  },
  {
    "id": "delete_ssh_key",
    "method": "DELETE",
    "path": "/ssh_keys/{id}",
    "resource": "sshKeys",
    "function": "delete",
    "paged": false,
    "noContent": true,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "list_volumes",
    "method": "GET",
    "path": "/volumes",
    "resource": "volumes",
    "function": "list",
    "paged": true,
    "noContent": false,
    "deprecated": false,
    "pathParams": {},
    "args": {
      "status": [
        "available"
      ],
      "sort": [
        "id"
      ],
      "name": "example",
      "label_selector": "env=prod",
      "page": 1,
      "per_page": 25
    }
  },
  {
    "id": "create_volume",
    "method": "POST",
    "path": "/volumes",
    "resource": "volumes",
    "function": "create",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {},
    "args": {
      "size": 42,
      "name": "test-database",
      "labels": {
        "key": "value"
      },
      "location": "nbg1",
      "automount": false,
      "format": "xfs"
    }
  },
  {
    "id": "list_volumes_actions",
    "method": "GET",
    "path": "/volumes/actions",
    "resource": "volumes",
    "function": "listActions",
    "paged": true,
    "noContent": false,
    "deprecated": false,
    "pathParams": {},
    "args": {
      "id": [
        42
      ],
      "sort": [
        "id"
      ],
      "status": [
        "running"
      ],
      "page": 1,
      "per_page": 25
    }
  },
  {
    "id": "get_volumes_action",
    "method": "GET",
    "path": "/volumes/actions/{id}",
    "resource": "volumes",
    "function": "getAction",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "get_volume",
    "method": "GET",
    "path": "/volumes/{id}",
    "resource": "volumes",
    "function": "get",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "update_volume",
    "method": "PUT",
    "path": "/volumes/{id}",
    "resource": "volumes",
    "function": "update",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "name": "database-storage",
      "labels": {
        "environment": "prod",
        "example.com/my": "label",
        "just-a-key": ""
      }
    }
  },
  {
    "id": "delete_volume",
    "method": "DELETE",
    "path": "/volumes/{id}",
    "resource": "volumes",
    "function": "delete",
    "paged": false,
    "noContent": true,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "list_volume_actions",
    "method": "GET",
    "path": "/volumes/{id}/actions",
    "resource": "volumes",
    "function": "listActionsFor",
    "paged": true,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "sort": [
        "id"
      ],
      "status": [
        "running"
      ],
      "page": 1,
      "per_page": 25
    }
  },
  {
    "id": "attach_volume",
    "method": "POST",
    "path": "/volumes/{id}/actions/attach",
    "resource": "volumes",
    "function": "attach",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "server": 43,
      "automount": false
    }
  },
  {
    "id": "change_volume_protection",
    "method": "POST",
    "path": "/volumes/{id}/actions/change_protection",
    "resource": "volumes",
    "function": "changeProtection",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "delete": true
    }
  },
  {
    "id": "detach_volume",
    "method": "POST",
    "path": "/volumes/{id}/actions/detach",
    "resource": "volumes",
    "function": "detach",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "resize_volume",
    "method": "POST",
    "path": "/volumes/{id}/actions/resize",
    "resource": "volumes",
    "function": "resize",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": {
      "size": 50
    }
  },
  {
    "id": "get_volume_action",
    "method": "GET",
    "path": "/volumes/{id}/actions/{action_id}",
    "resource": "volumes",
    "function": "getVolumeAction",
    "paged": false,
    "noContent": false,
    "deprecated": true,
    "pathParams": {
      "id": 42,
      "action_id": 42
    },
    "args": null
  },
  {
    "id": "list_zones",
    "method": "GET",
    "path": "/zones",
    "resource": "zones",
    "function": "list",
    "paged": true,
    "noContent": false,
    "deprecated": false,
    "pathParams": {},
    "args": {
      "name": "example",
      "mode": "primary",
      "label_selector": "env=prod",
      "sort": [
        "id"
      ],
      "page": 1,
      "per_page": 25
    }
  },
  {
    "id": "create_zone",
    "method": "POST",
    "path": "/zones",
    "resource": "zones",
    "function": "create",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {},
    "args": {
      "name": "example.com",
      "mode": "primary",
      "ttl": 10800,
      "labels": {
        "key": "value"
      },
      "rrsets": [
        {
          "name": "www",
          "type": "A",
          "records": [
            {
              "value": "198.51.100.1",
              "comment": "My web server at Hetzner Cloud."
            }
          ]
        }
      ]
    }
  },
  {
    "id": "get_zone",
    "method": "GET",
    "path": "/zones/{id_or_name}",
    "resource": "zones",
    "function": "get",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id_or_name": "example.com"
    },
    "args": null
  },
  {
    "id": "update_zone",
    "method": "PUT",
    "path": "/zones/{id_or_name}",
    "resource": "zones",
    "function": "update",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id_or_name": "example.com"
    },
    "args": {
      "labels": {
        "environment": "prod",
        "example.com/my": "label",
        "just-a-key": ""
      }
    }
  },
  {
    "id": "delete_zone",
    "method": "DELETE",
    "path": "/zones/{id_or_name}",
    "resource": "zones",
    "function": "delete",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id_or_name": "example.com"
    },
    "args": null
  },
  {
    "id": "get_zone_zonefile",
    "method": "GET",
    "path": "/zones/{id_or_name}/zonefile",
    "resource": "zones",
    "function": "getZonefile",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id_or_name": "example.com"
    },
    "args": null
  },
  {
    "id": "list_zones_actions",
    "method": "GET",
    "path": "/zones/actions",
    "resource": "zones",
    "function": "listActions",
    "paged": true,
    "noContent": false,
    "deprecated": false,
    "pathParams": {},
    "args": {
      "id": [
        42
      ],
      "sort": [
        "id"
      ],
      "status": [
        "running"
      ],
      "page": 1,
      "per_page": 25
    }
  },
  {
    "id": "get_zones_action",
    "method": "GET",
    "path": "/zones/actions/{id}",
    "resource": "zones",
    "function": "getAction",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id": 42
    },
    "args": null
  },
  {
    "id": "list_zone_actions",
    "method": "GET",
    "path": "/zones/{id_or_name}/actions",
    "resource": "zones",
    "function": "listActionsFor",
    "paged": true,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id_or_name": "example.com"
    },
    "args": {
      "sort": [
        "id"
      ],
      "status": [
        "running"
      ],
      "page": 1,
      "per_page": 25
    }
  },
  {
    "id": "get_zone_action",
    "method": "GET",
    "path": "/zones/{id_or_name}/actions/{action_id}",
    "resource": "zones",
    "function": "getZoneAction",
    "paged": false,
    "noContent": false,
    "deprecated": true,
    "pathParams": {
      "id_or_name": "example.com",
      "action_id": 42
    },
    "args": null
  },
  {
    "id": "change_zone_primary_nameservers",
    "method": "POST",
    "path": "/zones/{id_or_name}/actions/change_primary_nameservers",
    "resource": "zones",
    "function": "changePrimaryNameservers",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id_or_name": "example.com"
    },
    "args": {
      "primary_nameservers": [
        {
          "address": "198.51.100.1",
          "port": 53
        },
        {
          "address": "203.0.113.1",
          "port": 53
        }
      ]
    }
  },
  {
    "id": "change_zone_protection",
    "method": "POST",
    "path": "/zones/{id_or_name}/actions/change_protection",
    "resource": "zones",
    "function": "changeProtection",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id_or_name": "example.com"
    },
    "args": {
      "delete": false
    }
  },
  {
    "id": "change_zone_ttl",
    "method": "POST",
    "path": "/zones/{id_or_name}/actions/change_ttl",
    "resource": "zones",
    "function": "changeTtl",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id_or_name": "example.com"
    },
    "args": {
      "ttl": 10800
    }
  },
  {
    "id": "import_zone_zonefile",
    "method": "POST",
    "path": "/zones/{id_or_name}/actions/import_zonefile",
    "resource": "zones",
    "function": "importZonefile",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id_or_name": "example.com"
    },
    "args": {
      "zonefile": "$ORIGIN\texample.com.\n$TTL\t3600\n\n@\tIN\tSOA\thydrogen.ns.hetzner.com. dns.hetzner.com. 2024010100 86400 10800 3600000 3600\n\n@\tIN\t10800\tNS\thydrogen.ns.hetzner.com. ; Some comment.\n@\tIN\t10800\tNS\toxygen.ns.hetzner.com.\n@\tIN\t10800\tNS\thelium.ns.hetzner.de.\n"
    }
  },
  {
    "id": "list_zone_rrsets",
    "method": "GET",
    "path": "/zones/{id_or_name}/rrsets",
    "resource": "zones",
    "function": "listRrsets",
    "paged": true,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id_or_name": "example.com"
    },
    "args": {
      "name": "example",
      "type": [
        "A"
      ],
      "label_selector": "env=prod",
      "sort": [
        "id"
      ],
      "page": 1,
      "per_page": 25
    }
  },
  {
    "id": "create_zone_rrset",
    "method": "POST",
    "path": "/zones/{id_or_name}/rrsets",
    "resource": "zones",
    "function": "createRrset",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id_or_name": "example.com"
    },
    "args": {
      "name": "www",
      "type": "A",
      "ttl": 3600,
      "records": [
        {
          "value": "198.51.100.1",
          "comment": "My web server at Hetzner Cloud."
        }
      ],
      "labels": {
        "environment": "prod",
        "example.com/my": "label",
        "just-a-key": ""
      }
    }
  },
  {
    "id": "get_zone_rrset",
    "method": "GET",
    "path": "/zones/{id_or_name}/rrsets/{rr_name}/{rr_type}",
    "resource": "zones",
    "function": "getRrset",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id_or_name": "example.com",
      "rr_name": "www",
      "rr_type": "A"
    },
    "args": null
  },
  {
    "id": "update_zone_rrset",
    "method": "PUT",
    "path": "/zones/{id_or_name}/rrsets/{rr_name}/{rr_type}",
    "resource": "zones",
    "function": "updateRrset",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id_or_name": "example.com",
      "rr_name": "www",
      "rr_type": "A"
    },
    "args": {
      "labels": {
        "environment": "prod",
        "example.com/my": "label",
        "just-a-key": ""
      }
    }
  },
  {
    "id": "delete_zone_rrset",
    "method": "DELETE",
    "path": "/zones/{id_or_name}/rrsets/{rr_name}/{rr_type}",
    "resource": "zones",
    "function": "deleteRrset",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id_or_name": "example.com",
      "rr_name": "www",
      "rr_type": "A"
    },
    "args": null
  },
  {
    "id": "change_zone_rrset_protection",
    "method": "POST",
    "path": "/zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/change_protection",
    "resource": "zones",
    "function": "changeRrsetProtection",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id_or_name": "example.com",
      "rr_name": "www",
      "rr_type": "A"
    },
    "args": {
      "change": false
    }
  },
  {
    "id": "change_zone_rrset_ttl",
    "method": "POST",
    "path": "/zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/change_ttl",
    "resource": "zones",
    "function": "changeRrsetTtl",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id_or_name": "example.com",
      "rr_name": "www",
      "rr_type": "A"
    },
    "args": {
      "ttl": 3600
    }
  },
  {
    "id": "set_zone_rrset_records",
    "method": "POST",
    "path": "/zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/set_records",
    "resource": "zones",
    "function": "setRrsetRecords",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id_or_name": "example.com",
      "rr_name": "www",
      "rr_type": "A"
    },
    "args": {
      "records": [
        {
          "value": "198.51.100.1",
          "comment": "My web server at Hetzner Cloud."
        }
      ]
    }
  },
  {
    "id": "add_zone_rrset_records",
    "method": "POST",
    "path": "/zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/add_records",
    "resource": "zones",
    "function": "addRrsetRecords",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id_or_name": "example.com",
      "rr_name": "www",
      "rr_type": "A"
    },
    "args": {
      "ttl": 3600,
      "records": [
        {
          "value": "198.51.100.1",
          "comment": "My web server at Hetzner Cloud."
        }
      ]
    }
  },
  {
    "id": "remove_zone_rrset_records",
    "method": "POST",
    "path": "/zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/remove_records",
    "resource": "zones",
    "function": "removeRrsetRecords",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id_or_name": "example.com",
      "rr_name": "www",
      "rr_type": "A"
    },
    "args": {
      "records": [
        {
          "value": "198.51.100.1",
          "comment": "My web server at Hetzner Cloud."
        }
      ]
    }
  },
  {
    "id": "update_zone_rrset_records",
    "method": "POST",
    "path": "/zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/update_records",
    "resource": "zones",
    "function": "updateRrsetRecords",
    "paged": false,
    "noContent": false,
    "deprecated": false,
    "pathParams": {
      "id_or_name": "example.com",
      "rr_name": "www",
      "rr_type": "A"
    },
    "args": {
      "records": [
        {
          "value": "198.51.100.1",
          "comment": "My web server at Hetzner Cloud."
        }
      ]
    }
  }
];
