//! Test tables: one contract case per operation, and a decoder per operation for the
//! description's examples. The example data itself is read from the description at test time.

use super::{lit, raw_lit, HEADER};
use crate::ops::{Api, Op, PathKind, QueryParam};
use crate::types::{Kind, Ty};
use serde_json::Value;

pub fn emit(api: &Api) -> Vec<(String, String)> {
    vec![
        (
            "core/tests/generated/contract_cases.rs".to_owned(),
            contract_cases(api),
        ),
        (
            "core/tests/generated/example_types.rs".to_owned(),
            example_types(api),
        ),
    ]
}

fn contract_cases(api: &Api) -> String {
    let mut out = String::from(HEADER);
    out.push_str(
        "//! One call per operation through the typed client, with arguments built from the\n",
    );
    out.push_str("//! description's examples.\n\n");
    out.push_str("#![allow(deprecated, clippy::all)]\n\n");
    out.push_str("use futures::future::BoxFuture;\nuse hetzcloud::models::*;\n\n");
    out.push_str("pub struct Case {\n    pub operation_id: &'static str,\n    pub run: fn(hetzcloud::Client) -> BoxFuture<'static, Result<(), hetzcloud::Error>>,\n}\n\n");
    out.push_str("fn body<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, hetzcloud::Error> {\n    hetzcloud::from_json(json.as_bytes())\n}\n\n");
    out.push_str("pub fn cases() -> Vec<Case> {\n    vec![\n");
    for op in &api.ops {
        out.push_str(&format!(
            "        Case {{\n            operation_id: {},\n            run: |c| {{\n                Box::pin(async move {{\n{}                    Ok(())\n                }})\n            }},\n        }},\n",
            lit(&op.id),
            case_body(api, op)
        ));
    }
    out.push_str("    ]\n}\n");
    out
}

fn case_body(api: &Api, op: &Op) -> String {
    let mut out = String::new();
    let mut args = Vec::new();
    for p in &op.path_params {
        let v = match &p.kind {
            PathKind::Id => p.example.as_i64().unwrap_or(42).to_string(),
            PathKind::Str => lit(p.example.as_str().unwrap_or("example")),
            PathKind::Enum(id) => {
                let Kind::Enum(values) = &api.registry.types[*id].kind else {
                    unreachable!()
                };
                format!("{}::from({})", api.registry.name(*id), lit(&values[0]))
            }
        };
        args.push(v);
    }
    if let Some(q) = &op.query {
        let required: Vec<&QueryParam> = q.params.iter().filter(|p| p.required).collect();
        let mut expr = if required.is_empty() {
            format!("{}::default()", q.struct_name)
        } else {
            let vals: Vec<String> = required.iter().map(|p| param_value(api, p)).collect();
            format!("{}::new({})", q.struct_name, vals.join(", "))
        };
        for p in q.params.iter().filter(|p| !p.required) {
            expr.push_str(&format!(".{}({})", p.ident, setter_value(api, p)));
        }
        out.push_str(&format!("                    let params = {expr};\n"));
        args.push("&params".into());
    }
    if let Some(b) = &op.body {
        out.push_str(&format!(
            "                    let body: {} = body({})?;\n",
            b.name,
            raw_lit(&b.sample.to_string())
        ));
        args.push("&body".into());
    }
    out.push_str(&format!(
        "                    c.{}().{}({}).await?;\n",
        op.group,
        op.fn_name,
        args.join(", ")
    ));
    out
}

fn scalar(api: &Api, p: &QueryParam) -> String {
    match &p.ty {
        Ty::Named(id) => {
            let Kind::Enum(values) = &api.registry.types[*id].kind else {
                unreachable!()
            };
            format!("{}::from({})", api.registry.name(*id), lit(&values[0]))
        }
        Ty::I64 => match p.name.as_str() {
            "per_page" => "25".into(),
            _ => p.example.as_i64().unwrap_or(1).to_string(),
        },
        Ty::Bool => "false".into(),
        Ty::Str => format!("{}.to_string()", lit(&string_sample(p))),
        other => panic!("no sample for query parameter {} of type {other:?}", p.name),
    }
}

/// A valid value for a string query parameter: the description's example, or one that the
/// API accepts where the example is missing or only illustrative.
pub fn string_sample(p: &QueryParam) -> String {
    match p.name.as_str() {
        "label_selector" => "env=prod".to_owned(),
        "start" => "2017-01-01T00:00:00Z".to_owned(),
        "end" => "2017-01-01T23:00:00Z".to_owned(),
        "step" => "60".to_owned(),
        _ => match &p.example {
            Value::String(s) => s.clone(),
            Value::Null => "example".to_owned(),
            other => other.to_string(),
        },
    }
}

fn param_value(api: &Api, p: &QueryParam) -> String {
    if p.array {
        format!("vec![{}]", scalar(api, p))
    } else {
        scalar(api, p)
    }
}

fn setter_value(api: &Api, p: &QueryParam) -> String {
    if p.array {
        format!("[{}]", scalar(api, p))
    } else {
        scalar(api, p)
    }
}

fn example_types(api: &Api) -> String {
    let mut out = String::from(HEADER);
    out.push_str(
        "//! The Rust type of every operation's request and response body, to decode the\n",
    );
    out.push_str("//! description's examples into.\n\n");
    out.push_str("#![allow(clippy::all)]\n\n");
    out.push_str("use hetzcloud::models::*;\n\n");
    out.push_str("fn decode<T: serde::de::DeserializeOwned>(json: &str) -> Result<(), hetzcloud::Error> {\n    hetzcloud::from_json::<T>(json.as_bytes()).map(|_| ())\n}\n\n");
    out.push_str("/// Decodes `json` as the success answer of `operation_id`; `None` for an operation that\n/// answers without a body (or is unknown).\n");
    out.push_str("pub fn decode_response(operation_id: &str, json: &str) -> Option<Result<(), hetzcloud::Error>> {\n    match operation_id {\n");
    for op in &api.ops {
        if let Some(t) = op.response {
            out.push_str(&format!(
                "        {} => Some(decode::<{}>(json)),\n",
                lit(&op.id),
                api.registry.name(t)
            ));
        }
    }
    out.push_str("        _ => None,\n    }\n}\n\n");
    out.push_str("/// Decodes `json` as the request body of `operation_id`.\n");
    out.push_str("pub fn decode_request(operation_id: &str, json: &str) -> Option<Result<(), hetzcloud::Error>> {\n    match operation_id {\n");
    for op in &api.ops {
        if let Some(b) = &op.body {
            out.push_str(&format!(
                "        {} => Some(decode::<{}>(json)),\n",
                lit(&op.id),
                b.name
            ));
        }
    }
    out.push_str("        _ => None,\n    }\n}\n");
    out
}
