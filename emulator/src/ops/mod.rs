//! One handler per operation, grouped by resource. Each family module answers `route(op_id)`.

mod actions;
mod catalog;
mod certificates;
mod common;
mod firewalls;
mod floating_ips;
mod images;
mod ipnet;
mod load_balancers;
mod netkit;
mod networks;
mod placement_groups;
mod primary_ips;
mod server_addresses;
mod server_metrics;
mod servers;
mod servers_actions;
mod ssh_keys;
mod volumes;
mod zonefile;
mod zones;
mod zones_rrsets;

use crate::call::{Answer, Call};
use crate::store::Store;
use hetzcloud::operations::OPERATIONS;

pub type Handler = fn(&mut Store, &Call) -> Answer;

const FAMILIES: &[fn(&str) -> Option<Handler>] = &[
    actions::route,
    ssh_keys::route,
    catalog::route,
    images::route,
    zones::route,
    load_balancers::route,
    volumes::route,
    certificates::route,
    networks::route,
    firewalls::route,
    placement_groups::route,
    floating_ips::route,
    primary_ips::route,
    servers::route,
];

/// Brings derived state in line across families (links between servers, IPs, firewalls),
/// after anything that may have changed it.
pub fn reconcile(store: &mut Store) {
    store.rendered.clear();
    floating_ips::reconcile(store);
    primary_ips::reconcile(store);
    firewalls::sync(store);
    servers::sync_all(store);
}

/// The handler of an operation, if it is emulated.
pub fn handler(op_id: &str) -> Option<Handler> {
    FAMILIES.iter().find_map(|route| route(op_id))
}

/// The operation ids the emulator answers.
pub fn handler_ids() -> Vec<&'static str> {
    OPERATIONS
        .iter()
        .filter(|o| handler(o.id).is_some())
        .map(|o| o.id)
        .collect()
}
