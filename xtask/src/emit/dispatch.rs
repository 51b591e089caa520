//! Every operation callable by its id with flat named arguments (`hetzcloud::dispatch`): one
//! small function per operation that takes its arguments out of a JSON object into the typed
//! parameters and body, then calls the operation's `*_request()` builder.

use super::{lit, HEADER};
use crate::names;
use crate::ops::{Api, Op, PathKind};
use crate::types::{Kind, Ty};

pub fn emit(api: &Api) -> String {
    let mut out = String::from(HEADER);
    out.push_str(
        "//! Per-operation argument unpacking for [`crate::dispatch`].\n\n\
         #![allow(deprecated)]\n\n\
         use crate::dispatch::Args;\nuse crate::models::*;\nuse crate::ApiRequest;\n\n",
    );
    out.push_str("/// The builder of operation `op`, if there is such an operation.\n");
    out.push_str("pub(crate) fn builder(op: &str) -> Option<fn(&mut Args) -> crate::Result<ApiRequest>> {\n    Some(match op {\n");
    for op in &api.ops {
        out.push_str(&format!("        {} => {},\n", lit(&op.id), fn_ident(op)));
    }
    out.push_str("        _ => return None,\n    })\n}\n\n");

    out.push_str("/// The property holding the items of each paged operation's answer.\n");
    out.push_str(
        "pub(crate) fn items_field(op: &str) -> Option<&'static str> {\n    Some(match op {\n",
    );
    for op in &api.ops {
        if let Some(list) = &op.list {
            out.push_str(&format!(
                "        {} => {},\n",
                lit(&op.id),
                lit(&items_json(api, op, &list.items_field))
            ));
        }
    }
    out.push_str("        _ => return None,\n    })\n}\n\n");

    for op in &api.ops {
        out.push_str(&emit_op(api, op));
    }
    out
}

fn fn_ident(op: &Op) -> String {
    format!(
        "op_{}",
        op.id.replace(|c: char| !c.is_ascii_alphanumeric(), "_")
    )
}

/// The JSON name of the items property, whose Rust name the list info holds.
fn items_json(api: &Api, op: &Op, ident: &str) -> String {
    let resp = op.response.expect("paged operations answer");
    match &api.registry.types[resp].kind {
        Kind::Struct(fields) => fields
            .iter()
            .find(|f| f.ident == ident)
            .map(|f| f.json.clone())
            .unwrap_or_else(|| ident.to_owned()),
        Kind::Enum(_) => ident.to_owned(),
    }
}

fn emit_op(api: &Api, op: &Op) -> String {
    let handle = names::pascal(&op.group);
    let mut body = String::new();
    let mut pass = Vec::new();
    for p in &op.path_params {
        let name = lit(&p.name);
        match &p.kind {
            PathKind::Id => {
                body.push_str(&format!("    let {} = a.id({name})?;\n", p.ident));
                pass.push(p.ident.clone());
            }
            PathKind::Str => {
                body.push_str(&format!("    let {} = a.segment({name})?;\n", p.ident));
                pass.push(format!("&{}", p.ident));
            }
            PathKind::Enum(_) => {
                body.push_str(&format!("    let {} = a.required({name})?;\n", p.ident));
                pass.push(p.ident.clone());
            }
        }
    }
    if let Some(q) = &op.query {
        body.push_str(&format!("    let params = {} {{\n", q.struct_name));
        for p in &q.params {
            let get = match (p.array, p.required) {
                (true, _) => "many",
                (false, true) => "required",
                (false, false) => "optional",
            };
            body.push_str(&format!(
                "        {}: a.{get}({})?,\n",
                p.ident,
                lit(&p.name)
            ));
        }
        body.push_str("    };\n");
        pass.push("&params".into());
    }
    if let Some(b) = &op.body {
        let (known, id_or_name) = match &api.registry.types[b.ty].kind {
            Kind::Struct(fields) => (
                fields.iter().map(|f| lit(&f.json)).collect::<Vec<_>>(),
                fields
                    .iter()
                    .filter(|f| takes_id_or_name(&f.ty, f.doc.as_deref()))
                    .map(|f| lit(&f.json))
                    .collect::<Vec<_>>(),
            ),
            Kind::Enum(_) => (Vec::new(), Vec::new()),
        };
        body.push_str(&format!(
            "    let body: {} = a.body(&[{}], &[{}])?;\n",
            b.name,
            known.join(", "),
            id_or_name.join(", ")
        ));
        pass.push("&body".into());
    } else {
        let mut known: Vec<String> = op.path_params.iter().map(|p| lit(&p.name)).collect();
        if let Some(q) = &op.query {
            known.extend(q.params.iter().map(|p| lit(&p.name)));
        }
        body.push_str(&format!("    a.finish(&[{}])?;\n", known.join(", ")));
    }
    format!(
        "fn {}(a: &mut Args) -> crate::Result<ApiRequest> {{\n{body}    crate::resources::{handle}::{}_request({})\n}}\n\n",
        fn_ident(op),
        names::bare(&op.fn_name),
        pass.join(", ")
    )
}

/// A string field that names another resource by "ID or name": numbers are accepted for it.
fn takes_id_or_name(ty: &Ty, doc: Option<&str>) -> bool {
    let stringy = match ty {
        Ty::Str => true,
        Ty::Vec(inner) => **inner == Ty::Str,
        _ => false,
    };
    stringy && doc.is_some_and(|d| d.contains("ID") && d.contains("name"))
}

/// One valid set of flat arguments per operation, from the description's examples (the same
/// values the Rust contract cases use): for dispatch tests and for the bindings' coverage
/// and contract tests.
pub fn sample_args(api: &Api) -> String {
    use serde_json::{json, Map, Value};
    let mut all = Map::new();
    for op in &api.ops {
        let mut args = Map::new();
        for p in &op.path_params {
            let v = match &p.kind {
                PathKind::Id => json!(p.example.as_i64().unwrap_or(42)),
                PathKind::Str => json!(p.example.as_str().unwrap_or("example")),
                PathKind::Enum(id) => match &api.registry.types[*id].kind {
                    Kind::Enum(values) => json!(values[0]),
                    Kind::Struct(_) => unreachable!("path enums are enums"),
                },
            };
            args.insert(p.name.clone(), v);
        }
        for p in op.query.iter().flat_map(|q| &q.params) {
            let v = match &p.ty {
                Ty::Named(id) => match &api.registry.types[*id].kind {
                    Kind::Enum(values) => json!(values[0]),
                    Kind::Struct(_) => unreachable!("query parameters are scalars"),
                },
                Ty::I64 if p.name == "per_page" => json!(25),
                Ty::I64 => json!(p.example.as_i64().unwrap_or(1)),
                Ty::Bool => json!(false),
                Ty::Str => json!(super::tests::string_sample(p)),
                other => panic!("no sample for query parameter {} of type {other:?}", p.name),
            };
            args.insert(p.name.clone(), if p.array { json!([v]) } else { v });
        }
        if let Some(Value::Object(body)) = op.body.as_ref().map(|b| &b.sample) {
            args.extend(body.clone());
        }
        all.insert(op.id.clone(), Value::Object(args));
    }
    let mut text = serde_json::to_string_pretty(&Value::Object(all)).expect("JSON");
    text.push('\n');
    text
}
