// Generated from cloud.spec.json by xtask. Do not edit.
pub mod error_codes;
pub mod models;
pub mod operations;
pub mod resources;
