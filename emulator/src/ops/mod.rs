//! One handler per operation, grouped by resource. Each family module answers `route(op_id)`.

mod actions;
mod common;
mod server_addresses;
mod server_metrics;
mod servers;
mod servers_actions;
mod ssh_keys;

use crate::call::{Answer, Call};
use crate::store::Store;
use hetzcloud::operations::OPERATIONS;

pub type Handler = fn(&mut Store, &Call) -> Answer;

const FAMILIES: &[fn(&str) -> Option<Handler>] = &[actions::route, ssh_keys::route, servers::route];

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
