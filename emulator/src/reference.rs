//! Reference data: locations, datacenters, server and load balancer types, ISOs, system and
//! app images, and pricing — the public catalogue every project sees, built from the tables
//! below (one row per item) so that prices, availability and pricing stay consistent.

use crate::store::Table;
use hetzcloud::models::*;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Reference {
    pub locations: Table<Location>,
    pub datacenters: Table<Datacenter>,
    pub server_types: Table<ServerType>,
    pub load_balancer_types: Table<LoadBalancerType>,
    pub isos: Table<Iso>,
    pub pricing: Option<Pricing>,
}

fn model<T: serde::de::DeserializeOwned>(v: Value) -> T {
    serde_json::from_value(v).expect("reference data fits the model")
}

/// One TiB in bytes, the unit of included traffic.
const TB: i64 = 1 << 40;

/// Where prices differ: EU locations pay list price, the others a surcharge and get less
/// traffic included.
struct Region {
    /// Price in percent of the EU list price.
    price_pct: i64,
    /// Per TB of traffic over the included amount (net EUR).
    per_tb: &'static str,
    /// Included traffic in half TB, from a type's EU and US amounts in TB.
    included_half_tb: fn(i64, i64) -> i64,
}

const EU: Region = Region {
    price_pct: 100,
    per_tb: "1.00",
    included_half_tb: |eu, _| eu * 2,
};
const US: Region = Region {
    price_pct: 110,
    per_tb: "1.00",
    included_half_tb: |_, us| us * 2,
};
const AP: Region = Region {
    price_pct: 125,
    per_tb: "7.40",
    included_half_tb: |_, us| us,
};

struct Loc {
    id: i64,
    name: &'static str,
    description: &'static str,
    country: &'static str,
    city: &'static str,
    latitude: f64,
    longitude: f64,
    network_zone: &'static str,
    region: Region,
    /// The one datacenter of the location: ID, name, description.
    dc: (i64, &'static str, &'static str),
}

const LOCATIONS: [Loc; 6] = [
    Loc {
        id: 1,
        name: "fsn1",
        description: "Falkenstein DC Park 1",
        country: "DE",
        city: "Falkenstein",
        latitude: 50.47612,
        longitude: 12.370071,
        network_zone: "eu-central",
        region: EU,
        dc: (4, "fsn1-dc14", "Falkenstein 1 virtual DC 14"),
    },
    Loc {
        id: 2,
        name: "nbg1",
        description: "Nuremberg DC Park 1",
        country: "DE",
        city: "Nuremberg",
        latitude: 49.452102,
        longitude: 11.076665,
        network_zone: "eu-central",
        region: EU,
        dc: (2, "nbg1-dc3", "Nuremberg 1 virtual DC 3"),
    },
    Loc {
        id: 3,
        name: "hel1",
        description: "Helsinki DC Park 1",
        country: "FI",
        city: "Helsinki",
        latitude: 60.169855,
        longitude: 24.938379,
        network_zone: "eu-central",
        region: EU,
        dc: (3, "hel1-dc2", "Helsinki 1 virtual DC 2"),
    },
    Loc {
        id: 4,
        name: "ash",
        description: "Ashburn, VA",
        country: "US",
        city: "Ashburn, VA",
        latitude: 39.045821,
        longitude: -77.487073,
        network_zone: "us-east",
        region: US,
        dc: (5, "ash-dc1", "Ashburn virtual DC 1"),
    },
    Loc {
        id: 5,
        name: "hil",
        description: "Hillsboro, OR",
        country: "US",
        city: "Hillsboro, OR",
        latitude: 45.54222,
        longitude: -122.951924,
        network_zone: "us-west",
        region: US,
        dc: (6, "hil-dc1", "Hillsboro virtual DC 1"),
    },
    Loc {
        id: 6,
        name: "sin",
        description: "Singapore",
        country: "SG",
        city: "Singapore",
        latitude: 1.283333,
        longitude: 103.833333,
        network_zone: "ap-southeast",
        region: AP,
        dc: (7, "sin-dc1", "Singapore virtual DC 1"),
    },
];

const EU_ONLY: &[&str] = &["fsn1", "nbg1", "hel1"];
const EVERYWHERE: &[&str] = &["fsn1", "nbg1", "hel1", "ash", "hil", "sin"];

/// A server type: IDs are given in table order, from 1.
struct Type {
    name: &'static str,
    architecture: &'static str,
    cpu_type: &'static str,
    category: &'static str,
    cores: f64,
    memory: f64,
    disk: f64,
    /// EU list prices (net EUR): hourly, monthly.
    hourly: &'static str,
    monthly: &'static str,
    /// Included traffic in TB: in the EU, and in the US (half of that in Asia).
    eu_tb: i64,
    us_tb: i64,
    locations: &'static [&'static str],
    /// Supported there but out of stock for now.
    sold_out: &'static [&'static str],
}

macro_rules! types {
    ($($name:literal $arch:literal $cpu:literal $cat:literal $cores:literal $mem:literal $disk:literal
       $h:literal $m:literal $eu:literal $us:literal $locs:ident [$($out:literal),*];)*) => {
        &[$(Type {
            name: $name, architecture: $arch, cpu_type: $cpu, category: $cat,
            cores: $cores, memory: $mem, disk: $disk, hourly: $h, monthly: $m,
            eu_tb: $eu, us_tb: $us, locations: $locs, sold_out: &[$($out),*],
        }),*]
    };
}

//  name    arch  cpu         category           cores mem   disk   hourly   monthly  TB: EU US  where  sold out in
const SERVER_TYPES: &[Type] = types![
    "cx22"  "x86" "shared"    "cost_optimized"    2.0  4.0   40.0  "0.0060" "3.79"   20 1 EU_ONLY [];
    "cx32"  "x86" "shared"    "cost_optimized"    4.0  8.0   80.0  "0.0110" "6.80"   20 2 EU_ONLY [];
    "cx42"  "x86" "shared"    "cost_optimized"    8.0  16.0  160.0 "0.0272" "16.40"  20 3 EU_ONLY [];
    "cx52"  "x86" "shared"    "cost_optimized"    16.0 32.0  320.0 "0.0543" "32.40"  20 4 EU_ONLY [];
    "cpx11" "x86" "shared"    "regular_purpose"   2.0  2.0   40.0  "0.0070" "4.35"   20 1 EVERYWHERE [];
    "cpx21" "x86" "shared"    "regular_purpose"   3.0  4.0   80.0  "0.0112" "7.05"   20 2 EVERYWHERE [];
    "cpx31" "x86" "shared"    "regular_purpose"   4.0  8.0   160.0 "0.0212" "13.10"  20 3 EVERYWHERE [];
    "cpx41" "x86" "shared"    "regular_purpose"   8.0  16.0  240.0 "0.0387" "24.15"  20 4 EVERYWHERE [];
    "cpx51" "x86" "shared"    "regular_purpose"   16.0 32.0  360.0 "0.0843" "52.59"  20 5 EVERYWHERE [];
    "cax11" "arm" "shared"    "cost_optimized"    2.0  4.0   40.0  "0.0060" "3.79"   20 1 EU_ONLY [];
    "cax21" "arm" "shared"    "cost_optimized"    4.0  8.0   80.0  "0.0104" "6.49"   20 2 EU_ONLY [];
    "cax31" "arm" "shared"    "cost_optimized"    8.0  16.0  160.0 "0.0200" "12.49"  20 3 EU_ONLY [];
    "cax41" "arm" "shared"    "cost_optimized"    16.0 32.0  320.0 "0.0392" "24.49"  20 4 EU_ONLY [];
    "ccx13" "x86" "dedicated" "general_purpose"   2.0  8.0   80.0  "0.0200" "12.49"  20 1 EVERYWHERE [];
    "ccx23" "x86" "dedicated" "general_purpose"   4.0  16.0  160.0 "0.0392" "24.49"  20 2 EVERYWHERE [];
    "ccx33" "x86" "dedicated" "general_purpose"   8.0  32.0  240.0 "0.0776" "48.49"  30 3 EVERYWHERE [];
    "ccx43" "x86" "dedicated" "general_purpose"   16.0 64.0  360.0 "0.1552" "96.49"  40 4 EVERYWHERE [];
    "ccx53" "x86" "dedicated" "general_purpose"   32.0 128.0 600.0 "0.3104" "192.49" 50 6 EVERYWHERE [];
    "ccx63" "x86" "dedicated" "general_purpose"   48.0 192.0 960.0 "0.4656" "288.49" 60 8 EVERYWHERE ["sin"];
];

/// Load balancer types: IDs in table order, from 1; offered everywhere.
/// (name, max connections, services, targets, certificates, hourly, monthly, EU TB, US TB)
#[rustfmt::skip]
type LbRow = (&'static str, i64, i64, i64, i64, &'static str, &'static str, i64, i64);
const LOAD_BALANCER_TYPES: &[LbRow] = &[
    ("lb11", 10000, 5, 25, 10, "0.0080", "5.39", 20, 1),
    ("lb21", 20000, 15, 75, 25, "0.0263", "16.40", 20, 2),
    ("lb31", 40000, 30, 150, 50, "0.0528", "32.90", 20, 3),
];

/// Public ISOs: (ID, name, description, architecture). (Private ISOs, which have no name and
/// may have no architecture, exist only in projects that asked support for one.)
#[rustfmt::skip]
const ISOS: &[(i64, &str, &str, &str)] = &[
    (1, "virtio-win-0.1.248.iso", "virtio-win-0.1.248", "x86"),
    (2, "FreeBSD-14.1-RELEASE-amd64-dvd1.iso", "FreeBSD 14.1 x64", "x86"),
    (3, "FreeBSD-14.1-RELEASE-arm64-aarch64-dvd1.iso", "FreeBSD 14.1 arm64", "arm"),
    (4, "alpine-virt-3.20.3-x86_64.iso", "Alpine Linux 3.20.3 x64", "x86"),
    (5, "alpine-virt-3.20.3-aarch64.iso", "Alpine Linux 3.20.3 arm64", "arm"),
    (6, "nixos-minimal-24.05-x86_64-linux.iso", "NixOS 24.05 x64", "x86"),
    (7, "nixos-minimal-24.05-aarch64-linux.iso", "NixOS 24.05 arm64", "arm"),
];

/// An image offered for x86 and/or arm (one image per architecture, same name).
struct Img {
    name: &'static str,
    kind: &'static str,
    os_flavor: &'static str,
    os_version: &'static str,
    description: &'static str,
    created: &'static str,
    x86: Option<i64>,
    arm: Option<i64>,
    rapid_deploy: bool,
    deprecated: Option<&'static str>,
}

macro_rules! images {
    ($($name:literal $kind:literal $flavor:literal $version:literal $desc:literal $created:literal
       $x86:expr, $arm:expr, $rapid:literal $dep:expr;)*) => {
        &[$(Img {
            name: $name, kind: $kind, os_flavor: $flavor, os_version: $version, description: $desc,
            created: $created, x86: $x86, arm: $arm, rapid_deploy: $rapid, deprecated: $dep,
        }),*]
    };
}

const IMAGES: &[Img] = images![
    "ubuntu-22.04" "system" "ubuntu" "22.04" "Ubuntu 22.04" "2022-04-21T13:32:38Z" Some(67794396), Some(103908130), true None;
    "ubuntu-24.04" "system" "ubuntu" "24.04" "Ubuntu 24.04" "2024-04-25T12:00:00Z" Some(161547269), Some(161547270), true None;
    "debian-12" "system" "debian" "12" "Debian 12" "2023-06-13T06:00:02Z" Some(114690387), Some(114690389), true None;
    "fedora-41" "system" "fedora" "41" "Fedora 41" "2024-10-29T10:12:44Z" Some(202144563), Some(202144564), false None;
    "rocky-9" "system" "rocky" "9" "Rocky Linux 9" "2022-07-14T09:44:01Z" Some(76766499), Some(103908131), false None;
    "alma-9" "system" "alma" "9" "AlmaLinux 9" "2022-07-14T09:44:03Z" Some(76766497), Some(103908132), false None;
    "centos-stream-9" "system" "centos" "stream-9" "CentOS Stream 9" "2022-01-24T12:14:08Z" Some(59752342), Some(103908133), false None;
    "opensuse-15" "system" "opensuse" "15.6" "openSUSE Leap 15.6" "2024-06-13T08:30:21Z" Some(172864810), Some(172864811), false None;
    "centos-stream-8" "system" "centos" "stream-8" "CentOS Stream 8" "2021-03-01T11:52:42Z" Some(27853042), Some(103908134), false Some("2024-06-01T00:00:00Z");
    "docker-ce" "app" "ubuntu" "24.04" "Docker CE" "2024-05-16T11:21:35Z" Some(161547330), None, false None;
];

/// Prices by primary IP type: hourly, monthly (net EUR, the same everywhere).
const PRIMARY_IPS: &[(&str, &str, &str)] =
    &[("ipv4", "0.0008", "0.50"), ("ipv6", "0.0000", "0.00")];
/// Floating IP monthly prices (net EUR, the same everywhere).
const FLOATING_IPS: &[(&str, &str)] = &[("ipv4", "3.00"), ("ipv6", "3.00")];
const IMAGE_PER_GB_MONTH: &str = "0.0119";
const VOLUME_PER_GB_MONTH: &str = "0.0440";
const VAT_PERCENT: i64 = 19;

/// A decimal amount in units of 1e-10 (the API writes prices with ten decimals).
const UNIT: i64 = 10_000_000_000;

fn amount(text: &str) -> i64 {
    let (whole, frac) = text.split_once('.').unwrap_or((text, ""));
    assert!(frac.len() <= 8, "reference prices have at most 8 decimals");
    let whole: i64 = whole.parse().expect("a decimal");
    let frac: i64 = format!("{frac:0<10}").parse().expect("a decimal");
    whole * UNIT + frac
}

fn decimal(units: i64) -> String {
    format!("{}.{:010}", units / UNIT, units % UNIT)
}

/// `{"net", "gross"}` with gross = net × (1 + VAT), both exact to ten decimals.
fn money(net: i64) -> Value {
    assert_eq!(net % 100, 0, "gross stays exact");
    json!({"net": decimal(net), "gross": decimal(net / 100 * (100 + VAT_PERCENT))})
}

/// `net` in percent, rounded to a multiple of `step` (in 1e-10 units).
fn scaled(net: i64, pct: i64, step: i64) -> i64 {
    let raw = net * pct / 100;
    (raw + step / 2) / step * step
}

fn location(name: &str) -> &'static Loc {
    LOCATIONS
        .iter()
        .find(|l| l.name == name)
        .expect("a known location")
}

/// The price of a server or load balancer type in one location.
fn price(loc: &Loc, hourly: &str, monthly: &str, eu_tb: i64, us_tb: i64) -> Value {
    let pct = loc.region.price_pct;
    let included = (loc.region.included_half_tb)(eu_tb, us_tb) * TB / 2;
    json!({
        "location": loc.name,
        "price_hourly": money(scaled(amount(hourly), pct, UNIT / 10_000)),
        "price_monthly": money(scaled(amount(monthly), pct, UNIT / 100)),
        "included_traffic": included,
        "price_per_tb_traffic": money(amount(loc.region.per_tb)),
    })
}

fn type_prices(t: &Type) -> Vec<Value> {
    t.locations
        .iter()
        .map(|l| price(location(l), t.hourly, t.monthly, t.eu_tb, t.us_tb))
        .collect()
}

fn lb_prices(row: &LbRow) -> Vec<Value> {
    let (_, _, _, _, _, hourly, monthly, eu_tb, us_tb) = *row;
    LOCATIONS
        .iter()
        .map(|l| price(l, hourly, monthly, eu_tb, us_tb))
        .collect()
}

fn location_json(l: &Loc) -> Value {
    json!({"id": l.id, "name": l.name, "description": l.description, "country": l.country,
        "city": l.city, "latitude": l.latitude, "longitude": l.longitude, "network_zone": l.network_zone})
}

impl Reference {
    pub fn standard() -> Reference {
        let mut r = Reference::default();
        let server_types: Vec<(i64, &Type)> = (1..).zip(SERVER_TYPES.iter()).collect();
        let lb_types: Vec<(i64, &LbRow)> = (1..).zip(LOAD_BALANCER_TYPES.iter()).collect();

        for l in &LOCATIONS {
            r.locations.insert(model(location_json(l)));
            let supported: Vec<i64> = server_types
                .iter()
                .filter(|(_, t)| t.locations.contains(&l.name))
                .map(|(id, _)| *id)
                .collect();
            let available: Vec<i64> = server_types
                .iter()
                .filter(|(_, t)| t.locations.contains(&l.name) && !t.sold_out.contains(&l.name))
                .map(|(id, _)| *id)
                .collect();
            let (id, name, description) = l.dc;
            r.datacenters.insert(model(
                json!({"id": id, "name": name, "description": description,
                "location": location_json(l),
                "server_types": {"supported": supported, "available": available,
                    "available_for_migration": available}}),
            ));
        }

        for (id, t) in &server_types {
            let locations: Vec<Value> = t
                .locations
                .iter()
                .map(|name| {
                    let available = !t.sold_out.contains(name);
                    json!({"id": location(name).id, "name": name, "deprecation": null,
                        "recommended": available, "available": available})
                })
                .collect();
            r.server_types.insert(model(json!({"id": id, "name": t.name,
                "description": t.name.to_uppercase(), "cores": t.cores, "memory": t.memory,
                "disk": t.disk, "deprecated": false, "prices": type_prices(t),
                "storage_type": "local", "cpu_type": t.cpu_type, "category": t.category,
                "architecture": t.architecture, "deprecation": null, "locations": locations})));
        }

        for (id, row) in &lb_types {
            let (name, connections, services, targets, certificates, ..) = **row;
            r.load_balancer_types
                .insert(model(json!({"id": id, "name": name,
                "description": name.to_uppercase(), "max_connections": connections,
                "max_services": services, "max_targets": targets,
                "max_assigned_certificates": certificates, "deprecated": null, "deprecation": null,
                "prices": lb_prices(row)})));
        }

        for (id, name, description, architecture) in ISOS {
            r.isos.insert(model(
                json!({"id": id, "name": name, "description": description,
                "type": "public", "deprecation": null, "architecture": architecture}),
            ));
        }

        let everywhere = |f: &dyn Fn(&Loc) -> Value| LOCATIONS.iter().map(f).collect::<Vec<_>>();
        let primary_ips: Vec<Value> = PRIMARY_IPS
            .iter()
            .map(|(kind, hourly, monthly)| {
                json!({"type": kind, "prices": everywhere(&|l| json!({"location": l.name,
                    "price_hourly": money(amount(hourly)), "price_monthly": money(amount(monthly))}))})
            })
            .collect();
        let floating_ips: Vec<Value> = FLOATING_IPS
            .iter()
            .map(|(kind, monthly)| {
                json!({"type": kind, "prices": everywhere(&|l| json!({"location": l.name,
                    "price_monthly": money(amount(monthly))}))})
            })
            .collect();
        r.pricing = Some(model(json!({
            "currency": "EUR",
            "vat_rate": format!("{VAT_PERCENT}.00"),
            "primary_ips": primary_ips,
            "floating_ips": floating_ips,
            "image": {"price_per_gb_month": money(amount(IMAGE_PER_GB_MONTH))},
            "volume": {"price_per_gb_month": money(amount(VOLUME_PER_GB_MONTH))},
            "server_backup": {"percentage": "20.00"},
            "server_types": server_types.iter().map(|(id, t)|
                json!({"id": id, "name": t.name, "prices": type_prices(t)})).collect::<Vec<_>>(),
            "load_balancer_types": lb_types.iter().map(|(id, row)|
                json!({"id": id, "name": row.0, "prices": lb_prices(row)})).collect::<Vec<_>>(),
            "floating_ip": {"price_monthly": money(amount(FLOATING_IPS[0].1))},
        })));
        r
    }

    /// The datacenter recommended for new resources (deprecated `recommendation` field): the
    /// one in the first location.
    pub fn recommended_datacenter(&self) -> Option<i64> {
        self.datacenters
            .values()
            .min_by_key(|d| (d.location.id, d.id))
            .map(|d| d.id)
    }
}

/// The system and app images every project sees.
pub fn system_images() -> Vec<Image> {
    let mut out = Vec::new();
    for img in IMAGES {
        for (architecture, id) in [("x86", img.x86), ("arm", img.arm)] {
            let Some(id) = id else { continue };
            out.push(model(
                json!({"id": id, "type": img.kind, "status": "available",
                "name": img.name, "description": img.description, "image_size": null,
                "disk_size": 5.0, "created": img.created, "created_from": null, "bound_to": null,
                "os_flavor": img.os_flavor, "os_version": img.os_version,
                "rapid_deploy": img.rapid_deploy, "protection": {"delete": false},
                "deprecated": img.deprecated, "deleted": null, "labels": {},
                "architecture": architecture}),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_is_exact() {
        assert_eq!(amount("3.79"), 37_900_000_000);
        assert_eq!(
            money(amount("3.79")),
            json!({"net": "3.7900000000", "gross": "4.5101000000"})
        );
        assert_eq!(
            money(amount("0.0060")),
            json!({"net": "0.0060000000", "gross": "0.0071400000"})
        );
        assert_eq!(
            scaled(amount("0.0060"), 110, UNIT / 10_000),
            amount("0.0066")
        );
        assert_eq!(scaled(amount("4.35"), 125, UNIT / 100), amount("5.44"));
    }

    #[test]
    fn the_catalogue_is_consistent() {
        let r = Reference::standard();
        assert_eq!(r.locations.rows.len(), 6);
        assert_eq!(r.datacenters.rows.len(), 6);
        assert_eq!(r.server_types.get(1).unwrap().name, "cx22");
        assert_eq!(r.server_types.get(2).unwrap().name, "cx32");
        assert_eq!(r.datacenters.get(4).unwrap().name, "fsn1-dc14");
        assert_eq!(r.load_balancer_types.get(1).unwrap().name, "lb11");
        assert_eq!(r.recommended_datacenter(), Some(4));
        let pricing = r.pricing.as_ref().unwrap();
        assert_eq!(pricing.server_types.len(), r.server_types.rows.len());
        for t in r.server_types.values() {
            let priced = pricing.server_types.iter().find(|p| p.id == t.id).unwrap();
            assert_eq!(priced.prices, t.prices);
            assert_eq!(t.prices.len(), t.locations.len());
        }
        for d in r.datacenters.values() {
            for id in &d.server_types.available {
                assert!(d.server_types.supported.contains(id));
            }
        }
        let images = system_images();
        assert!(images
            .iter()
            .any(|i| i.id == 161547269 && i.name.as_deref() == Some("ubuntu-24.04")));
        let mut ids: Vec<i64> = images.iter().map(|i| i.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), images.len());
    }
}
