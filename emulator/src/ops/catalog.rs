//! The public catalogue: locations, datacenters (deprecated, still answered), server types,
//! load balancer types, ISOs and pricing. Read-only, served from `store.reference`.

use super::common::enum_filter;
use super::Handler;
use crate::call::{Answer, ApiFail, Call, Reply};
use crate::list;
use crate::store::Store;
use hetzcloud::models::*;

pub fn route(op_id: &str) -> Option<Handler> {
    let f: Handler = match op_id {
        "list_locations" => list_locations,
        "get_location" => get_location,
        "list_datacenters" => list_datacenters,
        "get_datacenter" => get_datacenter,
        "list_server_types" => list_server_types,
        "get_server_type" => get_server_type,
        "list_load_balancer_types" => list_load_balancer_types,
        "get_load_balancer_type" => get_load_balancer_type,
        "list_isos" => list_isos,
        "get_iso" => get_iso,
        "get_pricing" => get_pricing,
        _ => return None,
    };
    Some(f)
}

pub const ARCHITECTURES: &[&str] = &["x86", "arm"];

fn list_locations(store: &mut Store, call: &Call) -> Answer {
    let (locations, meta, link) =
        list::page(store.reference.locations.values(), call, |_| Ok(true))?;
    Ok(list::reply(
        &ListLocationsResponse { locations, meta },
        link,
    ))
}

fn get_location(store: &mut Store, call: &Call) -> Answer {
    let location = store.reference.locations.get(call.id("id")?)?.clone();
    Ok(Reply::ok(&GetLocationResponse { location }))
}

fn list_datacenters(store: &mut Store, call: &Call) -> Answer {
    let reference = &store.reference;
    let (datacenters, meta, link) = list::page(reference.datacenters.values(), call, |_| Ok(true))?;
    let recommendation = reference.recommended_datacenter().unwrap_or(1);
    Ok(list::reply(
        &ListDatacentersResponse {
            datacenters,
            recommendation,
            meta,
        },
        link,
    ))
}

fn get_datacenter(store: &mut Store, call: &Call) -> Answer {
    let datacenter = store.reference.datacenters.get(call.id("id")?)?.clone();
    Ok(Reply::ok(&GetDatacenterResponse { datacenter }))
}

fn list_server_types(store: &mut Store, call: &Call) -> Answer {
    let (server_types, meta, link) =
        list::page(store.reference.server_types.values(), call, |_| Ok(true))?;
    Ok(list::reply(
        &ListServerTypesResponse { server_types, meta },
        link,
    ))
}

fn get_server_type(store: &mut Store, call: &Call) -> Answer {
    let server_type = store.reference.server_types.get(call.id("id")?)?.clone();
    Ok(Reply::ok(&GetServerTypeResponse { server_type }))
}

fn list_load_balancer_types(store: &mut Store, call: &Call) -> Answer {
    let (load_balancer_types, meta, link) =
        list::page(store.reference.load_balancer_types.values(), call, |_| {
            Ok(true)
        })?;
    Ok(list::reply(
        &ListLoadBalancerTypesResponse {
            load_balancer_types,
            meta,
        },
        link,
    ))
}

fn get_load_balancer_type(store: &mut Store, call: &Call) -> Answer {
    let load_balancer_type = store
        .reference
        .load_balancer_types
        .get(call.id("id")?)?
        .clone();
    Ok(Reply::ok(&GetLoadBalancerTypeResponse {
        load_balancer_type,
    }))
}

/// `architecture` (one value) and `include_architecture_wildcard`, which needs it: ISOs
/// without an architecture fit any.
fn list_isos(store: &mut Store, call: &Call) -> Answer {
    let architecture = enum_filter(call, "architecture", ARCHITECTURES)?
        .last()
        .map(|a| ImageArchitecture::from(*a));
    let wildcard = call
        .query_bool("include_architecture_wildcard")?
        .unwrap_or(false);
    if wildcard && architecture.is_none() {
        return Err(ApiFail::invalid_input(
            "include_architecture_wildcard",
            "needs the architecture filter",
        ));
    }
    let (isos, meta, link) = list::page(store.reference.isos.values(), call, |iso| {
        Ok(match (&architecture, &iso.architecture) {
            (None, _) => true,
            (Some(want), Some(has)) => want == has,
            (Some(_), None) => wildcard,
        })
    })?;
    Ok(list::reply(&ListIsosResponse { isos, meta }, link))
}

fn get_iso(store: &mut Store, call: &Call) -> Answer {
    let iso = store.reference.isos.get(call.id("id")?)?.clone();
    Ok(Reply::ok(&GetIsoResponse { iso }))
}

fn get_pricing(store: &mut Store, _call: &Call) -> Answer {
    let pricing = store
        .reference
        .pricing
        .clone()
        .ok_or_else(|| ApiFail::new(503, "unavailable", "pricing is not available"))?;
    Ok(Reply::ok(&GetPricingResponse { pricing }))
}
