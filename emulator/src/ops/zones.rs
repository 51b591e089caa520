//! DNS zones: primary zones (RRSets managed here, default SOA and NS, SOA serial kept current)
//! and secondary zones (primary nameservers), their actions and zone files. RRSets are in
//! `zones_rrsets`, zone file syntax in `zonefile`.

use super::common::{check_labels, enum_filter, zone_by_id_or_name};
use super::{zonefile, zones_rrsets, Handler};
use crate::actions::Effect;
use crate::call::{Answer, ApiFail, Call, Reply};
use crate::list;
use crate::store::{RrSetKey, Store};
use base64::Engine;
use chrono::{DateTime, Utc};
use hetzcloud::models::*;
use serde_json::{json, Value};

pub fn route(op_id: &str) -> Option<Handler> {
    let f: Handler = match op_id {
        "list_zones" => list,
        "create_zone" => create,
        "get_zone" => get,
        "update_zone" => update,
        "delete_zone" => delete,
        "get_zone_zonefile" => get_zonefile,
        "change_zone_primary_nameservers" => change_primary_nameservers,
        "change_zone_protection" => change_protection,
        "change_zone_ttl" => change_ttl,
        "import_zone_zonefile" => import_zonefile,
        _ => return zones_rrsets::route(op_id),
    };
    Some(f)
}

/// The Hetzner nameservers every zone is assigned.
pub const ASSIGNED_NAMESERVERS: [&str; 3] = [
    "hydrogen.ns.hetzner.com.",
    "oxygen.ns.hetzner.com.",
    "helium.ns.hetzner.de.",
];
const DEFAULT_TTL: i64 = 3600;
const MAX_TTL: i64 = 2_147_483_647;

/// Public suffixes of more than one label that zone names commonly use (the API accepts every
/// name directly under a public suffix; the emulator knows these and treats any other last
/// label as a suffix of its own).
const MULTI_LABEL_SUFFIXES: &[&str] = &[
    "co.uk",
    "org.uk",
    "me.uk",
    "ltd.uk",
    "plc.uk",
    "net.uk",
    "ac.uk",
    "gov.uk",
    "sch.uk",
    "co.at",
    "or.at",
    "gv.at",
    "ac.at",
    "com.au",
    "net.au",
    "org.au",
    "edu.au",
    "gov.au",
    "co.nz",
    "net.nz",
    "org.nz",
    "co.jp",
    "ne.jp",
    "or.jp",
    "ac.jp",
    "com.br",
    "net.br",
    "org.br",
    "com.cn",
    "net.cn",
    "org.cn",
    "com.tr",
    "net.tr",
    "org.tr",
    "co.za",
    "org.za",
    "com.mx",
    "org.mx",
    "co.in",
    "net.in",
    "org.in",
    "co.il",
    "org.il",
    "com.es",
    "org.es",
    "com.pl",
    "net.pl",
    "org.pl",
    "com.ar",
    "com.sg",
    "com.hk",
    "com.tw",
    "co.kr",
    "com.ua",
    "com.ru",
    "co.id",
    "com.my",
    "com.ph",
    "com.vn",
    "com.co",
    "com.pe",
    "com.de",
    "co.com",
    "github.io",
    "gitlab.io",
    "pages.dev",
    "netlify.app",
    "vercel.app",
    "herokuapp.com",
];

/// The zone a path names (`{id_or_name}`).
pub fn path_zone(store: &Store, call: &Call) -> Result<i64, ApiFail> {
    zone_by_id_or_name(store, call.segment("id_or_name"))
}

/// `incorrect_zone_mode` unless the zone is in `mode`.
pub fn require_mode(store: &Store, id: i64, mode: ZoneMode) -> Result<(), ApiFail> {
    let zone = store.zones.get(id)?;
    if zone.mode == mode {
        Ok(())
    } else {
        Err(ApiFail::specific(
            "incorrect_zone_mode",
            &format!(
                "this operation is not supported for Zones in {} mode",
                zone.mode
            ),
        ))
    }
}

/// A TTL within the API's range (60 to 2147483647 seconds).
pub fn check_ttl(field: &str, ttl: i64) -> Result<(), ApiFail> {
    if (60..=MAX_TTL).contains(&ttl) {
        Ok(())
    } else {
        Err(ApiFail::invalid_input(
            field,
            "must be in between 60 and 2147483647",
        ))
    }
}

/// Zone names: lower case, no ending dot, a name directly under a public suffix.
pub fn check_zone_name(name: &str) -> Result<(), ApiFail> {
    let bad = |m: &str| Err(ApiFail::invalid_input("name", m));
    if name.is_empty() {
        return bad("must not be empty");
    }
    if name.len() > 255 {
        return bad("must be at most 255 characters long");
    }
    if name.chars().any(|c| c.is_ascii_uppercase()) {
        return bad("must be in lower case");
    }
    if name.ends_with('.') {
        return bad("must not end with a dot");
    }
    if !name.is_ascii() {
        return bad("internationalized names must be given in Punycode (`xn--...`)");
    }
    let labels: Vec<&str> = name.split('.').collect();
    for label in &labels {
        let valid = !label.is_empty()
            && label.len() <= 63
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !valid {
            return bad(&format!("`{label}` is not a valid domain name label"));
        }
    }
    if labels.len() < 2 {
        return bad("must be a domain name under a public suffix, e.g. `example.com`");
    }
    let tld = labels[labels.len() - 1];
    if !(tld.starts_with("xn--") || tld.chars().all(|c| c.is_ascii_lowercase())) || tld.len() < 2 {
        return bad(&format!("`{tld}` is not a public suffix"));
    }
    let last_two = labels[labels.len() - 2..].join(".");
    let suffix_labels = if MULTI_LABEL_SUFFIXES.contains(&last_two.as_str()) {
        2
    } else {
        1
    };
    if labels.len() <= suffix_labels {
        return bad(&format!("`{name}` is a public suffix"));
    }
    if labels.len() > suffix_labels + 1 {
        return bad("subdomains are not supported: use the registered domain's Zone");
    }
    Ok(())
}

fn check_mode(mode: &ZoneMode) -> Result<(), ApiFail> {
    match mode {
        ZoneMode::Primary | ZoneMode::Secondary => Ok(()),
        other => Err(ApiFail::invalid_input(
            "mode",
            &format!("`{other}` is not one of primary, secondary"),
        )),
    }
}

/// Primary nameservers: at least one, IP addresses, distinct, ports, TSIG settings; ports
/// default to 53.
fn check_primary_nameservers(
    field: &str,
    list: Vec<PrimaryNameserver>,
) -> Result<Vec<PrimaryNameserver>, ApiFail> {
    if list.is_empty() {
        return Err(ApiFail::invalid_input(
            field,
            "at least one primary nameserver is required",
        ));
    }
    let mut seen = Vec::new();
    let mut out = Vec::new();
    for (i, mut ns) in list.into_iter().enumerate() {
        let at = |f: &str| format!("{field}[{i}].{f}");
        let ip: std::net::IpAddr = ns.address.parse().map_err(|_| {
            ApiFail::invalid_input(&at("address"), "must be an IPv4 or IPv6 address")
        })?;
        if seen.contains(&ip) {
            return Err(ApiFail::invalid_input(
                &at("address"),
                "must be unique across all primary nameservers",
            ));
        }
        seen.push(ip);
        let port = ns.port.unwrap_or(53);
        if !(1..=65535).contains(&port) {
            return Err(ApiFail::invalid_input(
                &at("port"),
                "must be in between 1 and 65535",
            ));
        }
        ns.port = Some(port);
        if let Some(alg) = &ns.tsig_algorithm {
            if matches!(alg, PrimaryNameserverTsigAlgorithm::Unrecognized(_)) {
                return Err(ApiFail::invalid_input(
                    &at("tsig_algorithm"),
                    &format!("`{alg}` is not one of hmac-md5, hmac-sha1, hmac-sha256"),
                ));
            }
        }
        match (&ns.tsig_key, &ns.tsig_algorithm) {
            (Some(key), Some(_)) => {
                if base64::engine::general_purpose::STANDARD
                    .decode(key)
                    .is_err()
                {
                    return Err(ApiFail::invalid_input(
                        &at("tsig_key"),
                        "must be base64 encoded",
                    ));
                }
            }
            (Some(_), None) => {
                return Err(ApiFail::invalid_input(
                    &at("tsig_algorithm"),
                    "is required with a tsig_key",
                ))
            }
            (None, Some(_)) => {
                return Err(ApiFail::invalid_input(
                    &at("tsig_key"),
                    "is required with a tsig_algorithm",
                ))
            }
            (None, None) => {}
        }
        out.push(ns);
    }
    Ok(out)
}

/// The RRSets of a zone, by name and type.
pub fn zone_rrsets(store: &Store, zone: i64) -> impl Iterator<Item = &RrSet> {
    store
        .rrsets
        .range(key(zone, "", "")..key(zone + 1, "", ""))
        .map(|(_, r)| r)
}

pub fn key(zone: i64, name: &str, ty: &str) -> RrSetKey {
    (zone, name.to_owned(), ty.to_owned())
}

/// `YYYYMMDD00` of a day: the first SOA serial of that day.
fn day_serial(now: DateTime<Utc>) -> i64 {
    now.format("%Y%m%d")
        .to_string()
        .parse::<i64>()
        .unwrap_or(19700101)
        * 100
}

fn default_soa(now: DateTime<Utc>) -> String {
    format!(
        "hydrogen.ns.hetzner.com. dns.hetzner.com. {} 86400 10800 3600000 3600",
        day_serial(now)
    )
}

fn plain_rrset(zone: i64, name: &str, ty: RrSetType, values: &[String]) -> RrSet {
    RrSet {
        id: zones_rrsets::rrset_id(name, &ty),
        name: name.to_owned(),
        r#type: ty,
        ttl: None,
        labels: Default::default(),
        protection: RrSetProtection { change: false },
        records: values
            .iter()
            .map(|v| Record {
                value: v.clone(),
                comment: None,
            })
            .collect(),
        zone,
    }
}

/// Sets the zone's record count from its RRSets.
pub fn refresh_count(store: &mut Store, zone: i64) {
    let count = zone_rrsets(store, zone)
        .map(|r| r.records.len() as i64)
        .sum();
    if let Some(z) = store.zones.rows.get_mut(&zone) {
        z.record_count = count;
    }
}

/// Raises the SOA serial after a change (`YYYYMMDDnn`, always increasing), and updates the
/// record count.
pub fn after_change(store: &mut Store, zone: i64, now: DateTime<Utc>) {
    if let Some(soa) = store.rrsets.get_mut(&key(zone, "@", "SOA")) {
        if let Some(record) = soa.records.first_mut() {
            let mut fields: Vec<String> =
                record.value.split_whitespace().map(str::to_owned).collect();
            if let Some(serial) = fields.get_mut(2) {
                let old: i64 = serial.parse().unwrap_or(0);
                let new = (old + 1).max(day_serial(now));
                *serial = new.to_string();
                record.value = fields.join(" ");
            }
        }
    }
    refresh_count(store, zone);
}

/// Starts an action on a zone. `publish`: the zone is `updating` until it finishes.
pub fn start(
    store: &mut Store,
    zone: i64,
    command: &str,
    patch: Option<Value>,
    publish: bool,
    now: DateTime<Utc>,
) -> Action {
    let mut merged = patch.unwrap_or_else(|| json!({}));
    if publish {
        if let Some(z) = store.zones.rows.get_mut(&zone) {
            z.status = ZoneStatus::Updating;
        }
        merged["status"] = json!("ok");
    }
    let effects = if merged.as_object().is_some_and(|o| !o.is_empty()) {
        vec![Effect::patch("zones", zone, merged)]
    } else {
        Vec::new()
    };
    store.start_action(command, &[("zone", zone)], effects, now)
}

fn list(store: &mut Store, call: &Call) -> Answer {
    let modes = enum_filter(call, "mode", &["primary", "secondary"])?;
    let (zones, meta, link) = list::page(store.zones.values(), call, |z| {
        Ok(modes.is_empty() || modes.contains(&z.mode.as_str()))
    })?;
    Ok(list::reply(&ListZonesResponse { zones, meta }, link))
}

/// RRSets from a zone file, checked as the RRSet endpoints check them.
fn rrsets_from_file(zone: &Zone, parsed: &zonefile::Parsed) -> Result<Vec<RrSet>, ApiFail> {
    let mut out = Vec::new();
    for set in &parsed.rrsets {
        let spec = CreateZoneRequestRrset {
            name: set.name.clone(),
            r#type: set.r#type.clone(),
            ttl: set.ttl,
            records: set
                .values
                .iter()
                .map(|v| Record {
                    value: v.clone(),
                    comment: None,
                })
                .collect(),
            labels: None,
        };
        let rrset = zones_rrsets::build(zone, spec, "").map_err(|e| {
            let detail = e
                .details
                .pointer("/fields/0/messages/0")
                .and_then(Value::as_str)
                .unwrap_or(&e.message)
                .to_owned();
            ApiFail::invalid_input(
                "zonefile",
                &format!("RRSet `{}/{}`: {detail}", set.name, set.r#type),
            )
        })?;
        out.push(rrset);
    }
    zones_rrsets::check_consistency(out.iter().map(|r| (r.name.as_str(), &r.r#type)))
        .map_err(|m| ApiFail::invalid_input("zonefile", &m))?;
    Ok(out)
}

fn parse_file(zone: &Zone, text: &str) -> Result<(zonefile::Parsed, Vec<RrSet>), ApiFail> {
    let parsed =
        zonefile::parse(text, &zone.name).map_err(|m| ApiFail::invalid_input("zonefile", &m))?;
    if let Some(ttl) = parsed.ttl {
        check_ttl("zonefile", ttl).map_err(|_| {
            ApiFail::invalid_input("zonefile", "$TTL must be in between 60 and 2147483647")
        })?;
    }
    let rrsets = rrsets_from_file(zone, &parsed)?;
    Ok((parsed, rrsets))
}

fn create(store: &mut Store, call: &Call) -> Answer {
    let req: CreateZoneRequest = call.body()?;
    check_zone_name(&req.name)?;
    check_mode(&req.mode)?;
    if let Some(ttl) = req.ttl {
        check_ttl("ttl", ttl)?;
    }
    check_labels(req.labels.as_ref())?;
    store.zones.check_unique_name(&req.name, None)?;
    store.check_limit(store.zones.rows.len(), "Zone")?;
    let mut zone = Zone {
        id: 0,
        name: req.name,
        created: call.now,
        primary_nameservers: None,
        labels: req.labels.unwrap_or_default(),
        protection: Protection { delete: false },
        ttl: req.ttl.unwrap_or(DEFAULT_TTL),
        status: ZoneStatus::Updating,
        record_count: 0,
        authoritative_nameservers: ZoneAuthoritativeNameservers {
            assigned: ASSIGNED_NAMESERVERS.iter().map(|s| s.to_string()).collect(),
            delegated: Vec::new(),
            delegation_last_check: None,
            delegation_status: Some(ZoneAuthoritativeNameserversDelegationStatus::Unknown),
        },
        registrar: ZoneRegistrar::Unknown,
        mode: req.mode.clone(),
    };
    let mut rrsets = Vec::new();
    match req.mode {
        ZoneMode::Secondary => {
            let list = req.primary_nameservers.unwrap_or_default();
            zone.primary_nameservers =
                Some(check_primary_nameservers("primary_nameservers", list)?);
        }
        _ => {
            let given = req.rrsets.unwrap_or_default();
            if let Some(text) = &req.zonefile {
                if !given.is_empty() {
                    return Err(ApiFail::invalid_input(
                        "rrsets",
                        "must be empty when a zonefile is given",
                    ));
                }
                let (parsed, sets) = parse_file(&zone, text)?;
                if let (Some(ttl), None) = (parsed.ttl, req.ttl) {
                    zone.ttl = ttl;
                }
                rrsets = sets;
            } else {
                for (i, spec) in given.into_iter().enumerate() {
                    let prefix = format!("rrsets[{i}].");
                    let rrset = zones_rrsets::build(&zone, spec, &prefix)?;
                    if rrsets
                        .iter()
                        .any(|r: &RrSet| r.name == rrset.name && r.r#type == rrset.r#type)
                    {
                        return Err(ApiFail::invalid_input(
                            "rrsets",
                            &format!("the RRSet `{}` is given twice", rrset.id),
                        ));
                    }
                    rrsets.push(rrset);
                }
                zones_rrsets::check_consistency(
                    rrsets.iter().map(|r| (r.name.as_str(), &r.r#type)),
                )
                .map_err(|m| ApiFail::invalid_input("rrsets", &m))?;
            }
            let has = |rrsets: &[RrSet], ty: &RrSetType| {
                rrsets.iter().any(|r| r.name == "@" && &r.r#type == ty)
            };
            if !has(&rrsets, &RrSetType::Soa) {
                rrsets.insert(
                    0,
                    plain_rrset(0, "@", RrSetType::Soa, &[default_soa(call.now)]),
                );
            }
            if !has(&rrsets, &RrSetType::Ns) {
                let ns: Vec<String> = ASSIGNED_NAMESERVERS.iter().map(|s| s.to_string()).collect();
                rrsets.insert(1, plain_rrset(0, "@", RrSetType::Ns, &ns));
            }
        }
    }
    let id = store.next_id();
    zone.id = id;
    store.zones.insert(zone);
    for mut rrset in rrsets {
        rrset.zone = id;
        store
            .rrsets
            .insert(key(id, &rrset.name, rrset.r#type.as_str()), rrset);
    }
    refresh_count(store, id);
    let action = start(store, id, "create_zone", None, true, call.now);
    let zone = store.zones.get(id)?.clone();
    Ok(Reply::created(&CreateZoneResponse { zone, action }))
}

fn get(store: &mut Store, call: &Call) -> Answer {
    let id = path_zone(store, call)?;
    let zone = store.zones.get(id)?.clone();
    Ok(Reply::ok(&GetZoneResponse { zone }))
}

fn update(store: &mut Store, call: &Call) -> Answer {
    let id = path_zone(store, call)?;
    let req: UpdateZoneRequest = call.body()?;
    check_labels(req.labels.as_ref())?;
    let zone = store.zones.get_mut(id)?;
    if let Some(labels) = req.labels {
        zone.labels = labels;
    }
    Ok(Reply::ok(&GetZoneResponse { zone: zone.clone() }))
}

fn delete(store: &mut Store, call: &Call) -> Answer {
    let id = path_zone(store, call)?;
    if store.zones.get(id)?.protection.delete {
        return Err(ApiFail::protected("Zone", id));
    }
    store.check_unlocked("zone", id)?;
    store.zones.remove(id)?;
    let keys: Vec<RrSetKey> = store
        .rrsets
        .range(key(id, "", "")..key(id + 1, "", ""))
        .map(|(k, _)| k.clone())
        .collect();
    for k in keys {
        store.rrsets.remove(&k);
    }
    let action = store.start_action("delete_zone", &[("zone", id)], Vec::new(), call.now);
    Ok(Reply::created(&ActionResponse { action }))
}

fn get_zonefile(store: &mut Store, call: &Call) -> Answer {
    let id = path_zone(store, call)?;
    require_mode(store, id, ZoneMode::Primary)?;
    let zone = store.zones.get(id)?;
    let rrsets: Vec<&RrSet> = zone_rrsets(store, id).collect();
    Ok(Reply::ok(&GetZoneZonefileResponse {
        zonefile: zonefile::render(zone, &rrsets),
    }))
}

fn change_primary_nameservers(store: &mut Store, call: &Call) -> Answer {
    let id = path_zone(store, call)?;
    require_mode(store, id, ZoneMode::Secondary)?;
    let req: ChangeZonePrimaryNameserversRequest = call.body()?;
    let list = check_primary_nameservers("primary_nameservers", req.primary_nameservers)?;
    store.check_unlocked("zone", id)?;
    let patch = json!({ "primary_nameservers": list });
    let action = start(
        store,
        id,
        "change_primary_nameservers",
        Some(patch),
        true,
        call.now,
    );
    Ok(Reply::created(&ActionResponse { action }))
}

fn change_protection(store: &mut Store, call: &Call) -> Answer {
    let id = path_zone(store, call)?;
    let req: ChangeZoneProtectionRequest = call.body()?;
    store.check_unlocked("zone", id)?;
    let patch = req.delete.map(|d| json!({ "protection": { "delete": d } }));
    let action = start(store, id, "change_protection", patch, false, call.now);
    Ok(Reply::created(&ActionResponse { action }))
}

fn change_ttl(store: &mut Store, call: &Call) -> Answer {
    let id = path_zone(store, call)?;
    require_mode(store, id, ZoneMode::Primary)?;
    let req: ChangeZoneTtlRequest = call.body()?;
    check_ttl("ttl", req.ttl)?;
    store.check_unlocked("zone", id)?;
    let action = start(
        store,
        id,
        "change_ttl",
        Some(json!({ "ttl": req.ttl })),
        true,
        call.now,
    );
    Ok(Reply::created(&ActionResponse { action }))
}

fn import_zonefile(store: &mut Store, call: &Call) -> Answer {
    let id = path_zone(store, call)?;
    require_mode(store, id, ZoneMode::Primary)?;
    let req: ImportZoneZonefileRequest = call.body()?;
    let zone = store.zones.get(id)?.clone();
    let (parsed, rrsets) = parse_file(&zone, &req.zonefile)?;
    if !rrsets
        .iter()
        .any(|r| r.name == "@" && r.r#type == RrSetType::Soa)
    {
        return Err(ApiFail::invalid_input(
            "zonefile",
            "a SOA record must be present",
        ));
    }
    let ns: Vec<&str> = rrsets
        .iter()
        .filter(|r| r.name == "@" && r.r#type == RrSetType::Ns)
        .flat_map(|r| r.records.iter().map(|x| x.value.as_str()))
        .collect();
    if let Some(missing) = ASSIGNED_NAMESERVERS
        .iter()
        .find(|a| !ns.iter().any(|n| n.eq_ignore_ascii_case(a)))
    {
        return Err(ApiFail::invalid_input(
            "zonefile",
            &format!("the assigned nameserver `{missing}` must be present as an NS record"),
        ));
    }
    if let Some(protected) = zone_rrsets(store, id).find(|r| r.protection.change) {
        return Err(zones_rrsets::protected(protected));
    }
    store.check_unlocked("zone", id)?;
    let keys: Vec<RrSetKey> = store
        .rrsets
        .range(key(id, "", "")..key(id + 1, "", ""))
        .map(|(k, _)| k.clone())
        .collect();
    for k in keys {
        store.rrsets.remove(&k);
    }
    for mut rrset in rrsets {
        rrset.zone = id;
        store
            .rrsets
            .insert(key(id, &rrset.name, rrset.r#type.as_str()), rrset);
    }
    refresh_count(store, id);
    let patch = parsed.ttl.map(|ttl| json!({ "ttl": ttl }));
    let action = start(store, id, "import_zonefile", patch, true, call.now);
    Ok(Reply::created(&ActionResponse { action }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zone_names() {
        for ok in [
            "example.com",
            "example.co.uk",
            "xn--mnchen-3ya.de",
            "a-b.io",
            "1und1.de",
        ] {
            assert!(check_zone_name(ok).is_ok(), "{ok}");
        }
        for bad in [
            "",
            "Example.com",
            "example.com.",
            "com",
            "co.uk",
            "www.example.com",
            "www.example.co.uk",
            "-x.com",
            "ex_ample.com",
            "example.123",
            "münchen.de",
            "a..com",
        ] {
            assert!(check_zone_name(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn serials_follow_the_date() {
        let now: DateTime<Utc> = "2025-03-04T10:00:00Z".parse().unwrap();
        assert_eq!(day_serial(now), 2025030400);
        assert!(default_soa(now).contains(" 2025030400 "));
    }
}
