//! TEMPORARY stand-in for `hetzcloud::dispatch` until it lands on main.
use hetzcloud::{ApiRequest, BoxStream, CallOptions, Client, Error, Page, Result};
use serde_json::Value;

pub fn request(op: &str, _args: Value) -> Result<ApiRequest> {
    Err(Error::invalid_input("operation", format!("dispatch not available yet ({op})")))
}

pub fn list_all<P: Page + Send + 'static>(
    _client: &Client,
    _opts: &CallOptions,
    op: &str,
    _args: Value,
) -> Result<BoxStream<'static, Result<P::Item>>> {
    Err(Error::invalid_input("operation", format!("dispatch not available yet ({op})")))
}
