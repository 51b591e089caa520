//! A complete, typed client for the [Hetzner Cloud API](https://docs.hetzner.cloud/).
//!
//! Every operation of the API is a method on a resource handle:
//!
//! ```no_run
//! # async fn demo() -> Result<(), hetzcloud::Error> {
//! use hetzcloud::{Client, models::ListServersParams};
//!
//! let client = Client::builder().token("my-token").build()?;
//! let page = client.servers().list(&ListServersParams::default().label_selector("env=prod")).await?;
//! for server in &page.servers {
//!     println!("{} {}", server.id, server.name);
//! }
//! # Ok(()) }
//! ```
//!
//! The typed surface (models and one method per operation) is generated from the official
//! OpenAPI description; the behaviour every call shares (retries, rate limits, errors, paging,
//! waiting for actions) lives in hand-written modules beside it.

#![forbid(unsafe_code)]

mod checks;
mod client;
pub mod dispatch;
mod error;
mod generated;
pub mod labels;
pub mod metadata;
mod paging;
mod pipeline;
mod rate_limit;
pub mod retry;
mod runtime;
pub(crate) mod transport;
mod types;
mod wait;

pub use client::{CallOptions, Client, ClientBuilder, Response, DEFAULT_ENDPOINT};
pub use error::{
    ApiError, Error, ErrorDetails, FailedAction, InvalidField, LimitDetail, PendingAction,
};
pub use generated::error_codes::ErrorCode;
pub use paging::{Item as StreamItem, Page, MAX_PER_PAGE};
pub use rate_limit::RateLimit;
pub use retry::RetryPolicy;
pub use runtime::{BoxFuture, BoxStream};
pub use transport::{ApiRequest, Method};
pub use types::{Decimal, IdOrName, Timestamp};

/// Decodes JSON into a model; on failure the error names the JSON path that did not fit.
pub fn from_json<T: serde::de::DeserializeOwned>(json: &[u8]) -> Result<T> {
    pipeline::decode(200, json)
}
pub use wait::{ActionId, ActionWaiter, PollPolicy, IDS_PER_REQUEST};

/// Every model, request body, response body and query-parameter set of the API.
pub mod models {
    pub use crate::generated::models::*;
}

/// The resource handles returned by [`Client::servers`], [`Client::images`], ...
pub mod resources {
    pub use crate::generated::resources::*;
}

/// The table of every operation in the API description (id, method, path, handle, method name).
pub mod operations {
    pub use crate::generated::operations::*;
}

/// Convenient `Result` alias.
pub type Result<T, E = Error> = std::result::Result<T, E>;
