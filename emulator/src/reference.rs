//! Reference data: locations, datacenters, server and load balancer types, ISOs, system
//! images and pricing. (A minimal set for now; the full catalogue mirrors the public one.)

use crate::store::Table;
use hetzcloud::models::*;
use serde::{Deserialize, Serialize};
use serde_json::json;

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Reference {
    pub locations: Table<Location>,
    pub datacenters: Table<Datacenter>,
    pub server_types: Table<ServerType>,
    pub load_balancer_types: Table<LoadBalancerType>,
    pub isos: Table<Iso>,
    pub pricing: Option<Pricing>,
}

fn model<T: serde::de::DeserializeOwned>(v: serde_json::Value) -> T {
    serde_json::from_value(v).expect("reference data fits the model")
}

fn price(location: &str, hourly: &str, monthly: &str) -> serde_json::Value {
    json!({
        "location": location,
        "price_hourly": {"net": hourly, "gross": hourly},
        "price_monthly": {"net": monthly, "gross": monthly},
        "included_traffic": 21990232555520i64,
        "price_per_tb_traffic": {"net": "1.0000000000", "gross": "1.1900000000"}
    })
}

impl Reference {
    pub fn standard() -> Reference {
        let mut r = Reference::default();
        let fsn1 = json!({"id": 1, "name": "fsn1", "description": "Falkenstein DC Park 1", "country": "DE",
            "city": "Falkenstein", "latitude": 50.47612, "longitude": 12.370071, "network_zone": "eu-central"});
        r.locations.insert(model(fsn1.clone()));
        r.datacenters.insert(model(json!({"id": 4, "name": "fsn1-dc14", "description": "Falkenstein 1 virtual DC 14",
            "location": fsn1, "server_types": {"supported": [1, 2], "available": [1, 2], "available_for_migration": [1, 2]}})));
        for (id, name, cores, memory, disk, hourly, monthly) in [
            (1, "cx22", 2.0, 4.0, 40.0, "0.0060000000", "3.7900000000"),
            (2, "cx32", 4.0, 8.0, 80.0, "0.0110000000", "6.8000000000"),
        ] {
            r.server_types.insert(model(json!({"id": id, "name": name, "description": name.to_uppercase(),
                "cores": cores, "memory": memory, "disk": disk, "deprecated": false,
                "prices": [price("fsn1", hourly, monthly)], "storage_type": "local", "cpu_type": "shared",
                "category": "cost_optimized", "architecture": "x86", "deprecation": null,
                "locations": [{"id": 1, "name": "fsn1", "deprecation": null, "recommended": true, "available": true}]})));
        }
        r.load_balancer_types.insert(model(json!({"id": 1, "name": "lb11", "description": "LB11",
            "max_connections": 10000, "max_services": 5, "max_targets": 25, "max_assigned_certificates": 10,
            "deprecated": null, "deprecation": null, "prices": [price("fsn1", "0.0080000000", "5.3900000000")]})));
        r.isos.insert(model(
            json!({"id": 1, "name": "virtio-win-0.1.248.iso", "description": "virtio-win-0.1.248",
            "type": "public", "deprecation": null, "architecture": "x86"}),
        ));
        r
    }
}

/// The system images every project sees.
pub fn system_images() -> Vec<Image> {
    vec![model(
        json!({"id": 161547269, "type": "system", "status": "available", "name": "ubuntu-24.04",
        "description": "Ubuntu 24.04", "image_size": null, "disk_size": 5.0, "created": "2024-04-25T12:00:00Z",
        "created_from": null, "bound_to": null, "os_flavor": "ubuntu", "os_version": "24.04", "rapid_deploy": true,
        "protection": {"delete": false}, "deprecated": null, "deleted": null, "labels": {}, "architecture": "x86"}),
    )]
}
