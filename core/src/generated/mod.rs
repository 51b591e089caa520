// Generated from cloud.spec.json by xtask. Do not edit.
//! The typed surface of the API, generated from its OpenAPI description.

pub(crate) mod dispatch;
pub mod error_codes;
pub mod models;
pub mod operations;
pub mod resources;
