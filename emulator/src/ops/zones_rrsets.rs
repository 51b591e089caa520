//! RRSets of primary zones (`/zones/{id_or_name}/rrsets/...`): identified by name and type
//! (ID `"<name>/<TYPE>"`), records checked per type, `change` protection, and the record
//! actions. Every change raises the zone's SOA serial.

use super::common::{check_labels, enum_filter};
use super::zonefile::tokens;
use super::zones::{after_change, check_ttl, key, path_zone, require_mode, start, zone_rrsets};
use super::Handler;
use crate::call::{Answer, ApiFail, Call, Reply};
use crate::list;
use crate::store::{Labels, Resource, RrSetKey, SortKey, Store};
use hetzcloud::models::*;
use serde::Serialize;
use std::net::{Ipv4Addr, Ipv6Addr};

pub fn route(op_id: &str) -> Option<Handler> {
    let f: Handler = match op_id {
        "list_zone_rrsets" => list,
        "create_zone_rrset" => create,
        "get_zone_rrset" => get,
        "update_zone_rrset" => update,
        "delete_zone_rrset" => delete,
        "change_zone_rrset_protection" => change_protection,
        "change_zone_rrset_ttl" => change_ttl,
        "set_zone_rrset_records" => set_records,
        "add_zone_rrset_records" => add_records,
        "remove_zone_rrset_records" => remove_records,
        "update_zone_rrset_records" => update_records,
        _ => return None,
    };
    Some(f)
}

/// `"www/AAAA"`.
pub fn rrset_id(name: &str, ty: &RrSetType) -> String {
    format!("{name}/{ty}")
}

/// `protected` for a `change` protected RRSet.
pub fn protected(rrset: &RrSet) -> ApiFail {
    ApiFail::new(
        423,
        "protected",
        &format!("RRSet {} is protected", rrset.id),
    )
}

/// An RRSet in a list: sorts by its ID (`name/TYPE`) and name. It has no creation time, so
/// `created` keeps the ID order.
#[derive(Clone, Serialize)]
#[serde(transparent)]
struct Row(RrSet);

impl Resource for Row {
    const KIND: &'static str = "RRSet";
    fn id(&self) -> i64 {
        self.0.zone
    }
    fn name(&self) -> Option<&str> {
        Some(&self.0.name)
    }
    fn labels(&self) -> Option<&Labels> {
        Some(&self.0.labels)
    }
    fn sort_key(&self, field: &str) -> Option<SortKey> {
        match field {
            "id" => Some(SortKey::Text(self.0.id.clone())),
            "name" => Some(SortKey::Text(self.0.name.clone())),
            "created" => Some(SortKey::Int(0)),
            _ => None,
        }
    }
}

/// The primary zone a path names (`incorrect_zone_mode` for a secondary one).
fn primary_zone(store: &Store, call: &Call) -> Result<i64, ApiFail> {
    let id = path_zone(store, call)?;
    require_mode(store, id, ZoneMode::Primary)?;
    Ok(id)
}

fn path_type(call: &Call) -> Result<RrSetType, ApiFail> {
    let ty = RrSetType::from(call.segment("rr_type"));
    check_type("rr_type", &ty)?;
    Ok(ty)
}

/// The zone and key of the RRSet a path names, which must exist.
fn path_rrset(store: &Store, call: &Call) -> Result<(i64, RrSetKey), ApiFail> {
    let zone = primary_zone(store, call)?;
    let ty = path_type(call)?;
    let name = call.segment("rr_name");
    let k = key(zone, name, ty.as_str());
    if !store.rrsets.contains_key(&k) {
        return Err(ApiFail::not_found("RRSet", rrset_id(name, &ty)));
    }
    Ok((zone, k))
}

fn stored(store: &Store, k: &RrSetKey) -> Result<RrSet, ApiFail> {
    store
        .rrsets
        .get(k)
        .cloned()
        .ok_or_else(|| ApiFail::not_found("RRSet", format!("{}/{}", k.1, k.2)))
}

fn check_type(field: &str, ty: &RrSetType) -> Result<(), ApiFail> {
    if let RrSetType::Unrecognized(other) = ty {
        let known: Vec<&str> = RrSetType::KNOWN.iter().map(RrSetType::as_str).collect();
        return Err(ApiFail::invalid_input(
            field,
            &format!("`{other}` is not one of {}", known.join(", ")),
        ));
    }
    Ok(())
}

/// RRSet names: `@`, or lower case labels (a leading `*` label for wildcards), without an
/// ending dot or the zone's name.
pub fn check_name(name: &str, zone: &str) -> Result<(), String> {
    if name == "@" {
        return Ok(());
    }
    if name.is_empty() {
        return Err("must not be empty (use `@` for the Zone apex)".into());
    }
    if name.chars().any(|c| c.is_ascii_uppercase()) {
        return Err("must be in lower case".into());
    }
    if name.ends_with('.') {
        return Err("must not end with a dot".into());
    }
    if name == zone || name.ends_with(&format!(".{zone}")) {
        return Err("must not end with the Zone name".into());
    }
    if !name.is_ascii() {
        return Err("non-ASCII names must be given in Punycode (`xn--...`)".into());
    }
    for (i, label) in name.split('.').enumerate() {
        let valid = (label == "*" && i == 0)
            || (!label.is_empty()
                && label.len() <= 63
                && label
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_'));
        if !valid {
            return Err(format!("`{label}` is not a valid name label"));
        }
    }
    if name.len() > 255 {
        return Err("must be at most 255 characters long".into());
    }
    Ok(())
}

fn number<T: std::str::FromStr>(token: &str, what: &str) -> Result<T, String> {
    token
        .parse::<T>()
        .map_err(|_| format!("`{token}` is not a valid {what}"))
}

fn target(token: &str) -> Result<(), String> {
    let ok = !token.is_empty()
        && token.chars().all(|c| {
            c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '*' | '@' | '\\' | '/')
        });
    if ok {
        Ok(())
    } else {
        Err(format!("`{token}` is not a valid domain name"))
    }
}

fn quoted(token: &str) -> Result<(), String> {
    if token.len() >= 2 && token.starts_with('"') && token.ends_with('"') {
        Ok(())
    } else {
        Err(format!("`{token}` must be a quoted string"))
    }
}

fn hex(tokens: &[String]) -> Result<(), String> {
    let all: String = tokens.concat();
    if !all.is_empty() && all.chars().all(|c| c.is_ascii_hexdigit()) {
        Ok(())
    } else {
        Err("the data must be hexadecimal".into())
    }
}

fn arity(t: &[String], n: usize, form: &str) -> Result<(), String> {
    if t.len() == n {
        Ok(())
    } else {
        Err(format!("must have the form `{form}`"))
    }
}

fn at_least(t: &[String], n: usize, form: &str) -> Result<(), String> {
    if t.len() >= n {
        Ok(())
    } else {
        Err(format!("must have the form `{form}`"))
    }
}

/// A record value checked for its type, whitespace normalized.
pub fn check_value(ty: &RrSetType, value: &str) -> Result<String, String> {
    let t = tokens(value)?;
    if t.is_empty() {
        return Err("must not be empty".into());
    }
    match ty {
        RrSetType::A => {
            arity(&t, 1, "<IPv4 address>")?;
            number::<Ipv4Addr>(&t[0], "IPv4 address")?;
        }
        RrSetType::Aaaa => {
            arity(&t, 1, "<IPv6 address>")?;
            number::<Ipv6Addr>(&t[0], "IPv6 address")?;
        }
        RrSetType::Cname | RrSetType::Ns | RrSetType::Ptr => {
            arity(&t, 1, "<domain name>")?;
            target(&t[0])?;
        }
        RrSetType::Mx => {
            arity(&t, 2, "<priority> <mail server>")?;
            number::<u16>(&t[0], "priority")?;
            target(&t[1])?;
        }
        RrSetType::Srv => {
            arity(&t, 4, "<priority> <weight> <port> <target>")?;
            number::<u16>(&t[0], "priority")?;
            number::<u16>(&t[1], "weight")?;
            number::<u16>(&t[2], "port")?;
            target(&t[3])?;
        }
        RrSetType::Caa => {
            arity(&t, 3, "<flags> <tag> \"<value>\"")?;
            number::<u8>(&t[0], "flag")?;
            if t[1].is_empty() || !t[1].chars().all(|c| c.is_ascii_alphanumeric()) {
                return Err(format!("`{}` is not a valid CAA tag", t[1]));
            }
            quoted(&t[2])?;
        }
        RrSetType::Txt => {
            for s in &t {
                quoted(s)?;
                if s.len() - 2 > 255 {
                    return Err("each quoted string must be at most 255 characters long".into());
                }
            }
        }
        RrSetType::Soa => {
            arity(
                &t,
                7,
                "<primary nameserver> <mailbox> <serial> <refresh> <retry> <expire> <minimum>",
            )?;
            target(&t[0])?;
            target(&t[1])?;
            for n in &t[2..] {
                number::<u32>(n, "number")?;
            }
        }
        RrSetType::Ds => {
            at_least(&t, 4, "<key tag> <algorithm> <digest type> <digest>")?;
            number::<u16>(&t[0], "key tag")?;
            number::<u8>(&t[1], "algorithm")?;
            number::<u8>(&t[2], "digest type")?;
            hex(&t[3..])?;
        }
        RrSetType::Tlsa => {
            at_least(&t, 4, "<usage> <selector> <matching type> <data>")?;
            for n in &t[..3] {
                number::<u8>(n, "number")?;
            }
            hex(&t[3..])?;
        }
        RrSetType::Hinfo => {
            arity(&t, 2, "<cpu> <os>")?;
        }
        RrSetType::Rp => {
            arity(&t, 2, "<mailbox> <text domain name>")?;
            target(&t[0])?;
            target(&t[1])?;
        }
        RrSetType::Https | RrSetType::Svcb => {
            at_least(&t, 2, "<priority> <target> [<parameters>]")?;
            number::<u16>(&t[0], "priority")?;
            target(&t[1])?;
        }
        RrSetType::Unrecognized(other) => {
            return Err(format!("the type `{other}` is not supported"));
        }
    }
    Ok(t.join(" "))
}

/// Records: not empty, distinct values, each valid for the type.
fn check_records(
    field: &str,
    ty: &RrSetType,
    records: Vec<Record>,
) -> Result<Vec<Record>, ApiFail> {
    if records.is_empty() {
        return Err(ApiFail::invalid_input(field, "must not be empty"));
    }
    let mut out: Vec<Record> = Vec::new();
    for (i, r) in records.into_iter().enumerate() {
        let value = check_value(ty, &r.value)
            .map_err(|m| ApiFail::invalid_input(&format!("{field}[{i}].value"), &m))?;
        if out.iter().any(|o| o.value == value) {
            return Err(ApiFail::invalid_input(
                field,
                &format!("must only contain distinct record values: `{value}` is given twice"),
            ));
        }
        out.push(Record {
            value,
            comment: r.comment,
        });
    }
    Ok(out)
}

fn single_record_types(field: &str, ty: &RrSetType, count: usize) -> Result<(), ApiFail> {
    if matches!(ty, RrSetType::Cname | RrSetType::Soa) && count > 1 {
        return Err(ApiFail::invalid_input(
            field,
            &format!("a {ty} RRSet holds exactly one record"),
        ));
    }
    Ok(())
}

/// A new RRSet of `zone` from a request, every field checked (field names after `prefix`).
pub fn build(zone: &Zone, spec: CreateZoneRequestRrset, prefix: &str) -> Result<RrSet, ApiFail> {
    let f = |name: &str| format!("{prefix}{name}");
    check_name(&spec.name, &zone.name).map_err(|m| ApiFail::invalid_input(&f("name"), &m))?;
    check_type(&f("type"), &spec.r#type)?;
    if let Some(ttl) = spec.ttl {
        check_ttl(&f("ttl"), ttl)?;
    }
    check_labels(spec.labels.as_ref())?;
    let records = check_records(&f("records"), &spec.r#type, spec.records)?;
    single_record_types(&f("records"), &spec.r#type, records.len())?;
    if spec.r#type == RrSetType::Soa && spec.name != "@" {
        return Err(ApiFail::invalid_input(
            &f("name"),
            "a SOA RRSet is only allowed at the Zone apex `@`",
        ));
    }
    if spec.r#type == RrSetType::Cname && spec.name == "@" {
        return Err(ApiFail::invalid_input(
            &f("name"),
            "a CNAME RRSet is not allowed at the Zone apex `@`",
        ));
    }
    Ok(RrSet {
        id: rrset_id(&spec.name, &spec.r#type),
        name: spec.name,
        r#type: spec.r#type,
        ttl: spec.ttl,
        labels: spec.labels.unwrap_or_default(),
        protection: RrSetProtection { change: false },
        records,
        zone: zone.id,
    })
}

/// A CNAME RRSet must be the only RRSet of its name.
pub fn check_consistency<'a>(
    sets: impl Iterator<Item = (&'a str, &'a RrSetType)>,
) -> Result<(), String> {
    let sets: Vec<_> = sets.collect();
    for (name, ty) in &sets {
        if **ty == RrSetType::Cname && sets.iter().filter(|(n, _)| n == name).count() > 1 {
            return Err(format!(
                "a CNAME RRSet must be the only RRSet named `{name}`"
            ));
        }
    }
    Ok(())
}

fn check_consistency_with(
    store: &Store,
    zone: i64,
    name: &str,
    ty: &RrSetType,
    field: &str,
) -> Result<(), ApiFail> {
    let mut sets: Vec<(&str, &RrSetType)> = zone_rrsets(store, zone)
        .filter(|r| !(r.name == name && &r.r#type == ty))
        .map(|r| (r.name.as_str(), &r.r#type))
        .collect();
    sets.push((name, ty));
    check_consistency(sets.into_iter()).map_err(|m| ApiFail::invalid_input(field, &m))
}

fn finish(store: &mut Store, zone: i64, ty: &RrSetType, call: &Call, command: &str) -> Action {
    if *ty == RrSetType::Soa {
        super::zones::refresh_count(store, zone);
    } else {
        after_change(store, zone, call.now);
    }
    start(store, zone, command, None, true, call.now)
}

fn list(store: &mut Store, call: &Call) -> Answer {
    let zone = primary_zone(store, call)?;
    let known: Vec<&str> = RrSetType::KNOWN.iter().map(RrSetType::as_str).collect();
    let types = enum_filter(call, "type", &known)?;
    let rows: Vec<Row> = zone_rrsets(store, zone).cloned().map(Row).collect();
    let (rows, meta, link) = list::page(rows.iter(), call, |r| {
        Ok(types.is_empty() || types.contains(&r.0.r#type.as_str()))
    })?;
    let rrsets = rows.into_iter().map(|r| r.0).collect();
    Ok(list::reply(&ListZoneRrsetsResponse { rrsets, meta }, link))
}

fn create(store: &mut Store, call: &Call) -> Answer {
    let zone_id = primary_zone(store, call)?;
    let req: CreateZoneRrsetRequest = call.body()?;
    let zone = store.zones.get(zone_id)?.clone();
    let rrset = build(&zone, req, "")?;
    let k = key(zone_id, &rrset.name, rrset.r#type.as_str());
    if store.rrsets.contains_key(&k) {
        return Err(ApiFail::uniqueness(
            "name",
            &format!(
                "RRSet with name `{}` and type `{}` already exists",
                rrset.name, rrset.r#type
            ),
        ));
    }
    check_consistency_with(store, zone_id, &rrset.name, &rrset.r#type, "type")?;
    store.check_unlocked("zone", zone_id)?;
    let ty = rrset.r#type.clone();
    store.rrsets.insert(k.clone(), rrset);
    let action = finish(store, zone_id, &ty, call, "create_rrset");
    let rrset = stored(store, &k)?;
    Ok(Reply::created(&CreateZoneRrsetResponse { rrset, action }))
}

fn get(store: &mut Store, call: &Call) -> Answer {
    let (_, k) = path_rrset(store, call)?;
    let rrset = stored(store, &k)?;
    Ok(Reply::ok(&GetZoneRrsetResponse { rrset }))
}

fn update(store: &mut Store, call: &Call) -> Answer {
    let (_, k) = path_rrset(store, call)?;
    let req: UpdateZoneRrsetRequest = call.body()?;
    check_labels(req.labels.as_ref())?;
    let set = store
        .rrsets
        .get_mut(&k)
        .ok_or_else(|| ApiFail::not_found("RRSet", format!("{}/{}", k.1, k.2)))?;
    if let Some(labels) = req.labels {
        set.labels = labels;
    }
    let rrset = set.clone();
    Ok(Reply::ok(&GetZoneRrsetResponse { rrset }))
}

/// An existing RRSet that may change: not `change` protected, its zone not locked.
fn changeable(store: &Store, call: &Call) -> Result<(i64, RrSetKey, RrSet), ApiFail> {
    let (zone, k) = path_rrset(store, call)?;
    let set = stored(store, &k)?;
    if set.protection.change {
        return Err(protected(&set));
    }
    Ok((zone, k, set))
}

fn delete(store: &mut Store, call: &Call) -> Answer {
    let (zone, k, set) = changeable(store, call)?;
    if set.name == "@" && set.r#type == RrSetType::Soa {
        return Err(ApiFail::invalid_input(
            "rr_type",
            "the SOA RRSet of a Zone cannot be deleted",
        ));
    }
    store.check_unlocked("zone", zone)?;
    store.rrsets.remove(&k);
    let action = finish(store, zone, &set.r#type, call, "delete_rrset");
    Ok(Reply::created(&ActionResponse { action }))
}

fn change_protection(store: &mut Store, call: &Call) -> Answer {
    let (zone, k) = path_rrset(store, call)?;
    let req: ChangeZoneRrsetProtectionRequest = call.body()?;
    store.check_unlocked("zone", zone)?;
    if let Some(set) = store.rrsets.get_mut(&k) {
        set.protection.change = req.change;
    }
    let action = start(
        store,
        zone,
        "change_rrset_protection",
        None,
        false,
        call.now,
    );
    Ok(Reply::created(&ActionResponse { action }))
}

fn change_ttl(store: &mut Store, call: &Call) -> Answer {
    let (zone, k, set) = changeable(store, call)?;
    let req: ChangeZoneRrsetTtlRequest = call.body()?;
    if let Some(ttl) = req.ttl {
        check_ttl("ttl", ttl)?;
    }
    store.check_unlocked("zone", zone)?;
    if let Some(s) = store.rrsets.get_mut(&k) {
        s.ttl = req.ttl;
    }
    let action = finish(store, zone, &set.r#type, call, "change_rrset_ttl");
    Ok(Reply::created(&ActionResponse { action }))
}

fn set_records(store: &mut Store, call: &Call) -> Answer {
    let (zone, k, set) = changeable(store, call)?;
    let req: SetZoneRrsetRecordsRequest = call.body()?;
    let records = check_records("records", &set.r#type, req.records)?;
    single_record_types("records", &set.r#type, records.len())?;
    store.check_unlocked("zone", zone)?;
    if let Some(s) = store.rrsets.get_mut(&k) {
        s.records = records;
    }
    let action = finish(store, zone, &set.r#type, call, "set_rrset_records");
    Ok(Reply::created(&ActionResponse { action }))
}

fn add_records(store: &mut Store, call: &Call) -> Answer {
    let zone_id = primary_zone(store, call)?;
    let ty = path_type(call)?;
    let name = call.segment("rr_name").to_owned();
    let req: AddZoneRrsetRecordsRequest = call.body()?;
    if let Some(ttl) = req.ttl {
        check_ttl("ttl", ttl)?;
    }
    let k = key(zone_id, &name, ty.as_str());
    let mut set = match store.rrsets.get(&k) {
        Some(existing) => {
            if existing.protection.change {
                return Err(protected(existing));
            }
            if let (Some(have), Some(want)) = (existing.ttl, req.ttl) {
                if have != want {
                    return Err(ApiFail::invalid_input(
                        "ttl",
                        &format!("must be the RRSet's TTL ({have}) when given"),
                    ));
                }
            }
            let mut set = existing.clone();
            set.ttl = set.ttl.or(req.ttl);
            let added = check_records("records", &ty, req.records)?;
            for r in added {
                if !set.records.iter().any(|o| o.value == r.value) {
                    set.records.push(r);
                }
            }
            set
        }
        None => {
            let zone = store.zones.get(zone_id)?.clone();
            check_name(&name, &zone.name).map_err(|m| ApiFail::invalid_input("rr_name", &m))?;
            let spec = CreateZoneRequestRrset {
                name: name.clone(),
                r#type: ty.clone(),
                ttl: req.ttl,
                records: req.records,
                labels: None,
            };
            let set = build(&zone, spec, "")?;
            check_consistency_with(store, zone_id, &name, &ty, "rr_type")?;
            set
        }
    };
    single_record_types("records", &ty, set.records.len())?;
    store.check_unlocked("zone", zone_id)?;
    set.zone = zone_id;
    store.rrsets.insert(k, set);
    let action = finish(store, zone_id, &ty, call, "add_rrset_records");
    Ok(Reply::created(&ActionResponse { action }))
}

fn remove_records(store: &mut Store, call: &Call) -> Answer {
    let (zone, k, set) = changeable(store, call)?;
    let req: RemoveZoneRrsetRecordsRequest = call.body()?;
    if req.records.is_empty() {
        return Err(ApiFail::invalid_input("records", "must not be empty"));
    }
    let mut remove = Vec::new();
    for (i, r) in req.records.iter().enumerate() {
        let value = super::zonefile::normalize(&r.value)
            .map_err(|m| ApiFail::invalid_input(&format!("records[{i}].value"), &m))?;
        remove.push(value);
    }
    let kept: Vec<Record> = set
        .records
        .iter()
        .filter(|r| !remove.contains(&r.value))
        .cloned()
        .collect();
    if kept.is_empty() && set.r#type == RrSetType::Soa && set.name == "@" {
        return Err(ApiFail::invalid_input(
            "records",
            "the SOA RRSet of a Zone cannot be emptied",
        ));
    }
    store.check_unlocked("zone", zone)?;
    if kept.is_empty() {
        store.rrsets.remove(&k);
    } else if let Some(s) = store.rrsets.get_mut(&k) {
        s.records = kept;
    }
    let action = finish(store, zone, &set.r#type, call, "remove_rrset_records");
    Ok(Reply::created(&ActionResponse { action }))
}

fn update_records(store: &mut Store, call: &Call) -> Answer {
    let (zone, k, set) = changeable(store, call)?;
    let req: UpdateZoneRrsetRecordsRequest = call.body()?;
    if req.records.is_empty() {
        return Err(ApiFail::invalid_input("records", "must not be empty"));
    }
    let mut records = set.records.clone();
    let mut seen = Vec::new();
    for (i, r) in req.records.into_iter().enumerate() {
        let field = format!("records[{i}].value");
        let value =
            super::zonefile::normalize(&r.value).map_err(|m| ApiFail::invalid_input(&field, &m))?;
        if seen.contains(&value) {
            return Err(ApiFail::invalid_input(
                "records",
                &format!("must only contain distinct record values: `{value}` is given twice"),
            ));
        }
        let Some(target) = records.iter_mut().find(|o| o.value == value) else {
            return Err(ApiFail::invalid_input(
                &field,
                &format!("the RRSet {} has no record `{value}`", set.id),
            ));
        };
        target.comment = Some(r.comment).filter(|c| !c.is_empty());
        seen.push(value);
    }
    store.check_unlocked("zone", zone)?;
    if let Some(s) = store.rrsets.get_mut(&k) {
        s.records = records;
    }
    let action = start(store, zone, "update_rrset_records", None, true, call.now);
    Ok(Reply::ok(&ActionResponse { action }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_per_type() {
        let ok = [
            (RrSetType::A, "198.51.100.1"),
            (RrSetType::Aaaa, "2001:db8::1"),
            (RrSetType::Mx, "10   mail.example.com."),
            (RrSetType::Srv, "10 5 5060 sip.example.com."),
            (RrSetType::Caa, "0 issue \"letsencrypt.org\""),
            (RrSetType::Txt, "\"v=spf1 -all\" \"more\""),
            (RrSetType::Cname, "www.example.com."),
            (RrSetType::Ds, "2371 13 2 1F987CC6583E92DF0890718C42"),
            (RrSetType::Tlsa, "3 1 1 abcdef0123"),
            (RrSetType::Https, "1 . alpn=h2"),
            (RrSetType::Hinfo, "\"x86\" \"linux\""),
            (
                RrSetType::Soa,
                "hydrogen.ns.hetzner.com. dns.hetzner.com. 2024010100 86400 10800 3600000 3600",
            ),
        ];
        for (ty, v) in ok {
            assert!(check_value(&ty, v).is_ok(), "{ty} {v}");
        }
        assert_eq!(
            check_value(&RrSetType::Mx, " 10   mail.example.com. ").unwrap(),
            "10 mail.example.com."
        );
        let bad = [
            (RrSetType::A, "2001:db8::1"),
            (RrSetType::Aaaa, "198.51.100.1"),
            (RrSetType::Mx, "mail.example.com."),
            (RrSetType::Txt, "unquoted"),
            (RrSetType::Caa, "0 issue letsencrypt.org"),
            (RrSetType::Soa, "a. b. 1 2 3"),
            (RrSetType::Cname, "a b"),
            (RrSetType::A, ""),
        ];
        for (ty, v) in bad {
            assert!(check_value(&ty, v).is_err(), "{ty} {v}");
        }
    }

    #[test]
    fn names() {
        for ok in ["@", "www", "*.dev", "_dmarc", "a.b-c", "xn--4bi"] {
            assert!(check_name(ok, "example.com").is_ok(), "{ok}");
        }
        for bad in [
            "",
            "WWW",
            "www.",
            "www.example.com",
            "example.com",
            "a..b",
            "a.*",
            "ü",
        ] {
            assert!(check_name(bad, "example.com").is_err(), "{bad}");
        }
    }
}
