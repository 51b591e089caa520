//! Every operation by its id, with flat named arguments: what language bindings call.
//!
//! Arguments are one JSON object holding the operation's path parameters, query parameters
//! and body fields, all by their API names (no operation mixes query parameters with a body,
//! and no body field shares a path parameter's name, so one flat object is unambiguous).
//! Arguments are unpacked into the same typed parameters and bodies the Rust methods take and
//! go through the same `*_request()` builders, so a binding checks input exactly as the Rust
//! API does: an unknown operation, a missing, unknown or ill-typed argument is an
//! [`Error::InvalidInput`] naming it, and nothing is sent.
//!
//! ```
//! use serde_json::json;
//! let req = hetzcloud::dispatch::request("poweron_server", json!({"id": 42})).unwrap();
//! assert_eq!(req.path, "/servers/42/actions/poweron");
//!
//! let err = hetzcloud::dispatch::request("create_server", json!({"name": "web-1"})).unwrap_err();
//! assert!(err.to_string().contains("server_type"));
//! ```

use crate::client::{CallOptions, Client, Response};
use crate::generated::dispatch as table;
use crate::models::Pagination;
use crate::operations::{Operation, OPERATIONS};
use crate::paging::{self, Page};
use crate::runtime::{boxed, BoxStream};
use crate::transport::ApiRequest;
use crate::{Error, Result};
use futures::{stream, TryStreamExt};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::{Map, Value};

/// Builds and checks the request of operation `op_id` (e.g. `"create_server"`) from `args`:
/// a JSON object of named arguments, or `null` for none.
///
/// Numbers are accepted where the API takes an "ID or name" string (`image`, `server_type`,
/// `location`, `ssh_keys`, ...), so a binding may pass a model's `id` for any reference.
/// Repeated query parameters (`sort`, `status`) take one value or a list.
pub fn request(op_id: &str, args: Value) -> Result<ApiRequest> {
    let build = table::builder(op_id).ok_or_else(|| unknown_operation(op_id))?;
    build(&mut Args::new(args)?)
}

/// The operation named `op_id` in [`OPERATIONS`].
pub fn operation(op_id: &str) -> Result<&'static Operation> {
    OPERATIONS
        .iter()
        .find(|o| o.id == op_id)
        .ok_or_else(|| unknown_operation(op_id))
}

/// Sends operation `op_id` and passes its JSON answer through (`null` for answers without a
/// body).
pub async fn call_json(
    client: &Client,
    opts: &CallOptions,
    op_id: &str,
    args: Value,
) -> Result<Response<Value>> {
    let req = request(op_id, args)?;
    client.execute_json(req, opts).await
}

/// Every item of every page of the paged operation `op_id`, decoded as `P` (the operation's
/// answer type, e.g. `ListServersResponse`). `per_page` in `args` sets the page size (default:
/// the operation's maximum); `page` is ignored. The arguments are checked before this returns.
pub fn list_all<P>(
    client: &Client,
    opts: &CallOptions,
    op_id: &str,
    args: Value,
) -> Result<BoxStream<'static, Result<P::Item>>>
where
    P: Page + paging::Item,
    P::Item: paging::Item,
{
    let (op, per_page, args) = paged(op_id, args)?;
    Ok(paging::stream::<P, _>(
        client.clone(),
        opts.clone(),
        per_page,
        move |page, per_page| request(op.id, with_page(&args, page, per_page)),
    ))
}

/// [`list_all`] with items as JSON, for bindings that pass JSON through.
pub fn list_all_json(
    client: &Client,
    opts: &CallOptions,
    op_id: &str,
    args: Value,
) -> Result<BoxStream<'static, Result<Value>>> {
    let pages = list_all::<JsonPage>(client, opts, op_id, args)?;
    let field = table::items_field(op_id).expect("paged operations name their items");
    Ok(boxed(
        pages
            .map_ok(move |mut rest| {
                let items = match rest.remove(field) {
                    Some(Value::Array(items)) => items,
                    _ => Vec::new(),
                };
                stream::iter(items.into_iter().map(Ok))
            })
            .try_flatten(),
    ))
}

/// Checks a paged call's arguments once, up front; returns the page size to use and the
/// arguments without `page`/`per_page`.
fn paged(op_id: &str, args: Value) -> Result<(&'static Operation, i64, Map<String, Value>)> {
    let op = operation(op_id)?;
    if op.stream.is_none() {
        return Err(Error::InvalidInput {
            field: "operation".into(),
            message: format!("`{op_id}` is not a paged list operation"),
        });
    }
    let max = op.max_per_page.unwrap_or(paging::MAX_PER_PAGE);
    let mut args = Args::new(args)?.0;
    args.remove("page");
    let per_page = match args.remove("per_page") {
        None | Some(Value::Null) => max,
        Some(v) => v.as_i64().ok_or_else(|| Error::InvalidInput {
            field: "per_page".into(),
            message: format!("expected an integer, got {v}"),
        })?,
    };
    request(op.id, with_page(&args, 1, per_page))?;
    Ok((op, per_page, args))
}

fn with_page(args: &Map<String, Value>, page: i64, per_page: i64) -> Value {
    let mut args = args.clone();
    args.insert("page".into(), page.into());
    args.insert("per_page".into(), per_page.into());
    Value::Object(args)
}

fn unknown_operation(op_id: &str) -> Error {
    Error::InvalidInput {
        field: "operation".into(),
        message: format!(
            "no operation `{op_id}`; the operation ids are those of the API description, listed in hetzcloud::operations::OPERATIONS"
        ),
    }
}

/// One page of any list, as JSON: its items stay in the object (under the operation's items
/// property) so the one page type serves every list.
#[derive(Deserialize)]
struct JsonPage {
    #[serde(default)]
    meta: Option<JsonMeta>,
    #[serde(flatten)]
    rest: Map<String, Value>,
}

#[derive(Deserialize)]
struct JsonMeta {
    pagination: Option<Pagination>,
}

impl Page for JsonPage {
    type Item = Map<String, Value>;
    fn into_items(self) -> Vec<Self::Item> {
        vec![self.rest]
    }
    fn pagination(&self) -> Option<&Pagination> {
        self.meta.as_ref()?.pagination.as_ref()
    }
}

/// The named arguments of one call, taken out one by one; what is left over is an error.
pub(crate) struct Args(Map<String, Value>);

impl Args {
    fn new(args: Value) -> Result<Args> {
        match args {
            Value::Null => Ok(Args(Map::new())),
            Value::Object(map) => Ok(Args(map)),
            other => Err(Error::InvalidInput {
                field: "arguments".into(),
                message: format!("expected an object of named arguments, got {other}"),
            }),
        }
    }

    /// A resource ID in the path (a positive integer).
    pub(crate) fn id(&mut self, name: &str) -> Result<i64> {
        match self.0.remove(name) {
            Some(Value::Number(n)) if n.as_i64().is_some() => Ok(n.as_i64().unwrap_or_default()),
            None | Some(Value::Null) => Err(missing(name)),
            Some(other) => Err(Error::InvalidInput {
                field: name.into(),
                message: format!("expected an integer ID, got {other}"),
            }),
        }
    }

    /// A free-form path segment (a name, or an ID given as a number).
    pub(crate) fn segment(&mut self, name: &str) -> Result<String> {
        match self.0.remove(name) {
            Some(Value::String(s)) => Ok(s),
            Some(Value::Number(n)) => Ok(n.to_string()),
            None | Some(Value::Null) => Err(missing(name)),
            Some(other) => Err(Error::InvalidInput {
                field: name.into(),
                message: format!("expected a string or an integer, got {other}"),
            }),
        }
    }

    pub(crate) fn required<T: DeserializeOwned>(&mut self, name: &str) -> Result<T> {
        match self.0.remove(name) {
            None | Some(Value::Null) => Err(missing(name)),
            Some(v) => parse(name, v),
        }
    }

    pub(crate) fn optional<T: DeserializeOwned>(&mut self, name: &str) -> Result<Option<T>> {
        match self.0.remove(name) {
            None | Some(Value::Null) => Ok(None),
            Some(v) => parse(name, v).map(Some),
        }
    }

    /// A repeated query parameter: one value or a list of values.
    pub(crate) fn many<T: DeserializeOwned>(&mut self, name: &str) -> Result<Vec<T>> {
        match self.0.remove(name) {
            None | Some(Value::Null) => Ok(Vec::new()),
            Some(Value::Array(items)) => items
                .into_iter()
                .enumerate()
                .map(|(i, v)| parse(&format!("{name}[{i}]"), v))
                .collect(),
            Some(v) => Ok(vec![parse(name, v)?]),
        }
    }

    /// The request body: every remaining argument. `known` are the body's fields (anything
    /// else is refused, where serde would silently drop it); `id_or_name` are string fields
    /// that also take a number.
    pub(crate) fn body<T: DeserializeOwned>(
        &mut self,
        known: &[&str],
        id_or_name: &[&str],
    ) -> Result<T> {
        let mut map = std::mem::take(&mut self.0);
        if let Some(unknown) = map.keys().find(|k| !known.contains(&k.as_str())) {
            return Err(unexpected(unknown, known));
        }
        for field in id_or_name {
            if let Some(v) = map.get_mut(*field) {
                numbers_to_strings(v);
            }
        }
        let value = Value::Object(map);
        serde_path_to_error::deserialize(value).map_err(|e| {
            let path = e.path().to_string();
            let message = e.into_inner().to_string();
            // serde reports a missing field at its parent: name the field itself.
            let missing = message
                .strip_prefix("missing field `")
                .and_then(|rest| rest.split('`').next());
            match (missing, path.as_str()) {
                (Some(name), ".") => self::missing(name),
                (Some(name), parent) => self::missing(&format!("{parent}.{name}")),
                (None, ".") => Error::InvalidInput {
                    field: "body".into(),
                    message,
                },
                (None, _) => Error::InvalidInput {
                    field: path,
                    message,
                },
            }
        })
    }

    /// No argument may be left over; `known` are the operation's arguments, for the error.
    pub(crate) fn finish(&mut self, known: &[&str]) -> Result<()> {
        match self.0.keys().next() {
            Some(unknown) => Err(unexpected(unknown, known)),
            None => Ok(()),
        }
    }
}

fn parse<T: DeserializeOwned>(name: &str, v: Value) -> Result<T> {
    let shown = v.to_string();
    serde_json::from_value(v).map_err(|e| Error::InvalidInput {
        field: name.into(),
        message: format!("{e} (got {shown})"),
    })
}

fn numbers_to_strings(v: &mut Value) {
    match v {
        Value::Number(n) => *v = Value::String(n.to_string()),
        Value::Array(items) => items.iter_mut().for_each(numbers_to_strings),
        _ => {}
    }
}

fn missing(name: &str) -> Error {
    Error::InvalidInput {
        field: name.into(),
        message: "this argument is required".into(),
    }
}

fn unexpected(name: &str, known: &[&str]) -> Error {
    let message = if known.is_empty() {
        "this operation takes no arguments".to_owned()
    } else {
        format!(
            "this operation takes no such argument; it takes: {}",
            known.join(", ")
        )
    };
    Error::InvalidInput {
        field: name.into(),
        message,
    }
}
