//! The operations of the description, with the Rust names and types of their parts.

use crate::names;
use crate::shapes::{self, Shape};
use crate::spec;
use crate::types::{Ctx, Kind, Registry, Ty, TypeId};
use serde_json::Value;

pub struct Op {
    pub id: String,
    pub method: String,
    pub path: String,
    /// First path segment: `servers`, `load_balancers`.
    pub group: String,
    pub fn_name: String,
    pub summary: String,
    pub description: String,
    pub deprecated: Option<String>,
    pub path_params: Vec<PathParam>,
    pub query: Option<Query>,
    pub body: Option<Body>,
    pub response: Option<TypeId>,
    pub list: Option<ListInfo>,
}

pub struct PathParam {
    pub name: String,
    pub ident: String,
    pub kind: PathKind,
    pub example: Value,
}

pub enum PathKind {
    Id,
    Str,
    Enum(TypeId),
}

pub struct Query {
    pub struct_name: String,
    /// Largest `per_page` the operation accepts: 50 unless its description says otherwise.
    pub max_per_page: i64,
    pub params: Vec<QueryParam>,
}

pub struct QueryParam {
    pub name: String,
    pub ident: String,
    /// Element type; `array` says whether the parameter repeats.
    pub ty: Ty,
    pub array: bool,
    pub required: bool,
    pub doc: String,
    pub example: Value,
}

pub struct Body {
    pub ty: TypeId,
    /// What the operation calls its body: `{OperationId}Request`, an alias where the shape is
    /// shared with another operation's (`UpdateSshKeyRequest` = `UpdateCertificateRequest`).
    pub name: String,
    /// A valid body built from the description's examples (for contract tests).
    pub sample: Value,
}

pub struct ListInfo {
    pub items_field: String,
    pub item: TypeId,
    pub meta_required: bool,
}

pub struct Api {
    pub ops: Vec<Op>,
    pub registry: Registry,
}

pub fn build(spec: &Value) -> Api {
    let raw = spec::operations(spec);
    let mut reg = Registry::default();

    // Naming priority: the schema first met names the type. Single-resource responses go first
    // so `server` in `GET /servers/{id}` is `Server`; then lists, other answers, request
    // bodies; parameters last.
    let rank = |method: &str, path: &str| -> u8 {
        let single = method == "get" && path.ends_with('}') && !path[1..].contains("/actions");
        let list = method == "get" && !path.ends_with('}');
        match (single, list) {
            (true, _) => 0,
            (_, true) => 1,
            _ => 2,
        }
    };
    let mut order: Vec<usize> = (0..raw.len()).collect();
    // `Action` is in nearly every answer: name its parts from its own endpoint first
    // (`Action.resources` is `ActionResource`, reused by certificates' `used_by`).
    order.sort_by_key(|&i| {
        (
            rank(&raw[i].0, &raw[i].1),
            !raw[i].1.starts_with("/actions"),
            i,
        )
    });

    for (method, path, op) in &raw {
        for schema in [
            &op["responses"][success_status(op).to_string()]["content"]["application/json"]
                ["schema"],
            &op["requestBody"]["content"]["application/json"]["schema"],
        ] {
            if !schema.is_null() {
                reg.observe(&shapes::shape_of(schema).0);
            }
        }
        // `GET /servers/{id}` answers `{"server": {...}}`: that object is `Server`.
        if rank(method, path) == 0 {
            let schema = &op["responses"]["200"]["content"]["application/json"]["schema"];
            if let Some(props) = schema["properties"].as_object() {
                if let [(prop, inner)] = props.iter().collect::<Vec<_>>().as_slice() {
                    reg.reserve_for(&names::pascal(prop), &shapes::shape_of(inner).0);
                }
            }
        }
    }
    let mut responses: Vec<Option<(TypeId, u16)>> = vec![None; raw.len()];
    for &i in &order {
        let (_, _, op) = &raw[i];
        responses[i] = response_type(&mut reg, op);
    }
    let mut bodies: Vec<Option<Body>> = (0..raw.len()).map(|_| None).collect();
    for (i, (_, _, op)) in raw.iter().enumerate() {
        bodies[i] = body_type(&mut reg, op);
    }

    for (i, (_, _, op)) in raw.iter().enumerate() {
        if let Some(b) = bodies[i].as_mut() {
            let own = format!(
                "{}Request",
                names::pascal(op["operationId"].as_str().unwrap_or_default())
            );
            if own != b.name && reg.reserve_alias(&own) {
                b.name = own;
            }
        }
    }
    let mut ops = Vec::new();
    for (i, (method, path, op)) in raw.iter().enumerate() {
        let id = op["operationId"].as_str().expect("operationId").to_owned();
        let group = path
            .trim_start_matches('/')
            .split('/')
            .next()
            .unwrap_or_default()
            .to_owned();
        let response = responses[i].map(|(t, _)| t);
        let list = response.and_then(|t| list_info(&reg, t, op));
        let item_name = list.as_ref().map(|l| reg.name(l.item).to_owned());
        let query = query_params(&mut reg, op, &id, item_name);
        let path_params = path_params(&mut reg, op);
        let deprecated = op["deprecated"]
            .as_bool()
            .unwrap_or(false)
            .then(|| deprecation_note(op));
        ops.push(Op {
            fn_name: method_name(&id, method, path, &group, deprecated.is_some()),
            id,
            method: method.clone(),
            path: path.clone(),
            group,
            summary: op["summary"].as_str().unwrap_or_default().to_owned(),
            description: op["description"].as_str().unwrap_or_default().to_owned(),
            deprecated,
            path_params,
            query,
            body: bodies[i].take(),
            response,
            list,
        });
    }
    check_unique_names(&ops);
    Api { ops, registry: reg }
}

fn success_status(op: &Value) -> u16 {
    op["responses"]
        .as_object()
        .into_iter()
        .flatten()
        .filter_map(|(k, _)| k.parse::<u16>().ok())
        .find(|s| (200..300).contains(s))
        .unwrap_or(200)
}

fn response_type(reg: &mut Registry, op: &Value) -> Option<(TypeId, u16)> {
    let status = success_status(op);
    let schema = &op["responses"][status.to_string()]["content"]["application/json"]["schema"];
    if schema.is_null() {
        return None;
    }
    let id = op["operationId"].as_str().unwrap_or_default();
    let (shape, _) = shapes::shape_of(schema);
    let ctx = Ctx {
        parent: String::new(),
        prop: String::new(),
        item: false,
        hint: Some(format!("{}Response", names::pascal(id))),
        in_request: false,
    };
    match reg.ty(&shape, &ctx) {
        Ty::Named(t) => Some((t, status)),
        other => panic!("{id}: response is not an object: {other:?}"),
    }
}

fn body_type(reg: &mut Registry, op: &Value) -> Option<Body> {
    let schema = &op["requestBody"]["content"]["application/json"]["schema"];
    if schema.is_null() {
        return None;
    }
    let id = op["operationId"].as_str().unwrap_or_default();
    let (shape, _) = shapes::shape_of(schema);
    let ctx = Ctx {
        parent: String::new(),
        prop: String::new(),
        item: false,
        hint: Some(format!("{}Request", names::pascal(id))),
        in_request: true,
    };
    let example = op["requestBody"]["content"]["application/json"]["examples"]
        .as_object()
        .and_then(|e| e.values().next())
        .map(|e| e["value"].clone());
    match reg.ty(&shape, &ctx) {
        Ty::Named(t) => Some(Body {
            ty: t,
            name: reg.name(t).to_owned(),
            sample: example.unwrap_or_else(|| sample(schema)),
        }),
        other => panic!("{id}: request body is not an object: {other:?}"),
    }
}

/// A value valid for `schema`, from its examples where it has them.
pub fn sample(schema: &Value) -> Value {
    if let Some(variants) = schema["oneOf"].as_array().or(schema["anyOf"].as_array()) {
        return sample(&variants[0]);
    }
    if let Some(parts) = schema["allOf"].as_array() {
        let mut out = serde_json::Map::new();
        for p in parts {
            if let Value::Object(o) = sample(p) {
                out.extend(o);
            }
        }
        return Value::Object(out);
    }
    let ty = match &schema["type"] {
        Value::String(s) => s.as_str(),
        Value::Array(a) => a
            .iter()
            .filter_map(Value::as_str)
            .find(|t| *t != "null")
            .unwrap_or("null"),
        _ => "object",
    };
    if let Some(ex) = schema.get("example") {
        if ty != "object" || schema["properties"].is_null() {
            return ex.clone();
        }
    }
    if let Some(v) = schema["enum"].as_array().and_then(|e| e.first()) {
        return v.clone();
    }
    match ty {
        "object" => {
            let mut out = serde_json::Map::new();
            for (k, v) in schema["properties"].as_object().into_iter().flatten() {
                out.insert(k.clone(), sample(v));
            }
            if out.is_empty() && schema["additionalProperties"].is_object() {
                out.insert("key".into(), sample(&schema["additionalProperties"]));
            }
            Value::Object(out)
        }
        "array" => Value::Array(vec![sample(&schema["items"])]),
        "integer" => schema.get("minimum").cloned().unwrap_or(Value::from(1)),
        "number" => Value::from(1.0),
        "boolean" => Value::Bool(false),
        "string" => match schema["format"].as_str() {
            Some("date-time") => Value::from("2016-01-30T23:55:00Z"),
            Some("decimal") => Value::from("1.0000"),
            _ => Value::from("example"),
        },
        _ => Value::Null,
    }
}

fn list_info(reg: &Registry, t: TypeId, op: &Value) -> Option<ListInfo> {
    let has_page = op["parameters"]
        .as_array()?
        .iter()
        .any(|p| p["name"] == "page");
    if !has_page {
        return None;
    }
    let Kind::Struct(fields) = &reg.types[t].kind else {
        return None;
    };
    let meta = fields.iter().find(|f| f.json == "meta")?;
    let items: Vec<_> = fields
        .iter()
        .filter(|f| matches!(f.ty, Ty::Vec(_)))
        .collect();
    let [items] = items.as_slice() else {
        return None;
    };
    let Ty::Vec(inner) = &items.ty else {
        return None;
    };
    let Ty::Named(item) = **inner else {
        return None;
    };
    Some(ListInfo {
        items_field: items.ident.clone(),
        item,
        meta_required: !meta.optional(),
    })
}

fn query_params(reg: &mut Registry, op: &Value, id: &str, item: Option<String>) -> Option<Query> {
    let params: Vec<&Value> = op["parameters"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|p| p["in"] == "query")
        .collect();
    if params.is_empty() {
        return None;
    }
    let op_name = names::pascal(id);
    let parent = item.unwrap_or_else(|| op_name.clone());
    let mut out = Vec::new();
    for p in params {
        let name = p["name"].as_str().expect("parameter name").to_owned();
        let schema = &p["schema"];
        let array = schema["type"] == "array";
        let elem = if array { &schema["items"] } else { schema };
        let (shape, _) = shapes::shape_of(elem);
        let ty = match &shape {
            Shape::Enum(values) => {
                Ty::Named(reg.param_enum(&format!("{parent}{}", names::pascal(&name)), values))
            }
            Shape::I64 | Shape::I32 => Ty::I64,
            Shape::Bool => Ty::Bool,
            Shape::Str => Ty::Str,
            Shape::DateTime => Ty::DateTime,
            other => panic!("{id}: unsupported query parameter {name}: {other:?}"),
        };
        out.push(QueryParam {
            ident: names::field(&name),
            name,
            ty,
            array,
            required: p["required"].as_bool().unwrap_or(false),
            doc: p["description"].as_str().unwrap_or_default().to_owned(),
            example: elem.get("example").cloned().unwrap_or(Value::Null),
        });
    }
    let struct_name = reg.reserve(&format!("{op_name}Params"));
    let max_per_page = max_per_page(op["description"].as_str().unwrap_or_default());
    Some(Query {
        struct_name,
        max_per_page,
        params: out,
    })
}

/// "The maximum value for `per_page` on this endpoint is `100` instead of `50`." → 100.
fn max_per_page(description: &str) -> i64 {
    const MARK: &str = "maximum value for `per_page` on this endpoint is `";
    description
        .find(MARK)
        .and_then(|i| description[i + MARK.len()..].split('`').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(50)
}

fn path_params(reg: &mut Registry, op: &Value) -> Vec<PathParam> {
    op["parameters"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|p| p["in"] == "path")
        .map(|p| {
            let name = p["name"].as_str().expect("parameter name").to_owned();
            let schema = &p["schema"];
            let kind = match shapes::shape_of(schema).0 {
                Shape::I64 | Shape::I32 => PathKind::Id,
                Shape::Enum(values) => {
                    PathKind::Enum(reg.param_enum(&names::pascal(&name), &values))
                }
                _ => PathKind::Str,
            };
            let example = schema.get("example").cloned().unwrap_or(match kind {
                PathKind::Id => Value::from(42),
                _ => Value::from("example.com"),
            });
            PathParam {
                ident: names::field(&name),
                name,
                kind,
                example,
            }
        })
        .collect()
}

fn deprecation_note(op: &Value) -> String {
    let d = op["description"].as_str().unwrap_or_default();
    let first = d.split("\n\n").next().unwrap_or(d);
    let text = crate::docs::clean(
        first
            .trim_start_matches("**Deprecated**:")
            .trim_start_matches("**Deprecated:**")
            .trim(),
    );
    if text.is_empty() {
        "deprecated by the API".to_owned()
    } else {
        text.replace('\n', " ")
    }
}

/// The method name on the resource handle: the operation id without the resource's own noun
/// (`poweron_server` on `servers()` is `power_on`).
pub fn method_name(id: &str, method: &str, path: &str, group: &str, deprecated: bool) -> String {
    let segments: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    if method == "get" && segments.len() == 2 && segments[1] == "actions" {
        return "list_actions".into();
    }
    if method == "get" && segments.len() == 3 && segments[2] == "actions" {
        return "list_actions_for".into();
    }
    if method == "get" && segments.len() == 3 && segments[1] == "actions" {
        return "get_action".into();
    }
    if deprecated && segments.len() == 4 && segments[2] == "actions" {
        return id.to_owned();
    }
    match id {
        "get_actions" => return "get_by_ids".into(),
        "get_action" => return "get".into(),
        _ => {}
    }
    let single = names::singular(group);
    let mut name = format!("_{id}_");
    for noun in [group, single.as_str()] {
        let pat = format!("_{noun}_");
        if let Some(pos) = name.find(&pat) {
            name.replace_range(pos..pos + pat.len(), "_");
            break;
        }
    }
    let name = name.trim_matches('_').to_owned();
    match name.as_str() {
        "poweron" => "power_on".into(),
        "poweroff" => "power_off".into(),
        _ => name,
    }
}

fn check_unique_names(ops: &[Op]) {
    let mut seen = std::collections::HashMap::new();
    for op in ops {
        if let Some(other) = seen.insert((op.group.clone(), op.fn_name.clone()), op.id.clone()) {
            panic!(
                "{} and {} both map to {}::{}",
                other, op.id, op.group, op.fn_name
            );
        }
    }
}
