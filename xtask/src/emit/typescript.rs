//! The JS/TypeScript pieces of the npm package (`wasm/`): type declarations for every model,
//! request and response, and the resource classes (one camelCase method per operation,
//! calling the core's `dispatch` by operation id).
//!
//! The `.js` and `.d.ts` outputs are bodies without `import`/`export` lines: `wasm/build.sh`
//! wraps them into the ES module and the CommonJS module of the package.

use super::HEADER;
use crate::docs;
use crate::names;
use crate::ops::{Api, Op, PathKind};
use crate::types::{FieldDef, Kind, Registry, Ty};
use heck::ToLowerCamelCase;
use std::collections::{BTreeMap, BTreeSet};

pub fn emit(api: &Api) -> Vec<(String, String)> {
    let groups = groups(api);
    vec![
        ("wasm/js/generated/models.d.ts".to_owned(), models(api)),
        (
            "wasm/js/generated/resources.js".to_owned(),
            resources_js(api, &groups),
        ),
        (
            "wasm/js/generated/resources.d.ts".to_owned(),
            resources_dts(api, &groups),
        ),
    ]
}

/// Operations by resource handle, in the order of the description.
fn groups(api: &Api) -> BTreeMap<String, Vec<&Op>> {
    let mut g: BTreeMap<String, Vec<&Op>> = BTreeMap::new();
    for op in &api.ops {
        g.entry(op.group.clone()).or_default().push(op);
    }
    g
}

fn camel(s: &str) -> String {
    names::bare(s).to_lower_camel_case()
}

/// The JS method of an operation (`poweroff_server` → `powerOff`).
pub fn js_method(op: &Op) -> String {
    camel(&op.fn_name)
}

fn js_lit(s: &str) -> String {
    serde_json::to_string(s).expect("string serializes")
}

/// A JSDoc block at `indent`, or nothing for empty text.
fn jsdoc(text: &str, indent: &str) -> String {
    let cleaned = docs::clean(text).replace("*/", "*\\/");
    if cleaned.trim().is_empty() {
        return String::new();
    }
    let lines: Vec<&str> = cleaned.lines().collect();
    if lines.len() == 1 {
        return format!("{indent}/** {} */\n", lines[0]);
    }
    let mut out = format!("{indent}/**\n");
    for l in lines {
        if l.is_empty() {
            out.push_str(&format!("{indent} *\n"));
        } else {
            out.push_str(&format!("{indent} * {l}\n"));
        }
    }
    out.push_str(&format!("{indent} */\n"));
    out
}

/// The first paragraph of a description.
fn first_paragraph(text: &str) -> &str {
    text.trim().split("\n\n").next().unwrap_or_default()
}

// ---------------------------------------------------------------------------------------------
// Types

fn ts_type(reg: &Registry, ty: &Ty) -> String {
    match ty {
        Ty::Bool => "boolean".into(),
        Ty::I32 | Ty::I64 | Ty::F64 => "number".into(),
        Ty::Str | Ty::DateTime | Ty::Decimal => "string".into(),
        Ty::Any => "unknown".into(),
        Ty::IdOrName => "number | string".into(),
        Ty::Tuple(items) => format!(
            "[{}]",
            items
                .iter()
                .map(|t| ts_type(reg, t))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Ty::Vec(t) => {
            let inner = ts_type(reg, t);
            if inner.contains(' ') {
                format!("Array<{inner}>")
            } else {
                format!("{inner}[]")
            }
        }
        // Not `Record<..>`: the API has a model named `Record` (DNS records).
        Ty::Map(t) => format!("{{ [key: string]: {} }}", ts_type(reg, t)),
        Ty::Named(id) => reg.name(*id).to_owned(),
    }
}

fn prop_name(json: &str) -> String {
    let plain = json
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && json.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if plain {
        json.to_owned()
    } else {
        js_lit(json)
    }
}

fn field_line(reg: &Registry, f: &FieldDef) -> String {
    let mut ty = ts_type(reg, &f.ty);
    if f.nullable {
        ty = format!("{ty} | null");
    }
    let opt = if f.required { "" } else { "?" };
    let mut doc = first_paragraph(f.doc.as_deref().unwrap_or_default()).to_owned();
    if f.deprecated {
        doc = format!("@deprecated {doc}");
    }
    format!(
        "{}  {}{opt}: {ty};\n",
        jsdoc(&doc, "  "),
        prop_name(&f.json)
    )
}

fn models(api: &Api) -> String {
    let reg = &api.registry;
    let mut out = String::from(HEADER);
    out.push_str(
        "// Every model, request body, response body and query-parameter set of the API.\n\n",
    );
    for t in &reg.types {
        out.push_str(&jsdoc(
            first_paragraph(t.doc.as_deref().unwrap_or_default()),
            "",
        ));
        match &t.kind {
            Kind::Enum(values) => {
                let alts: Vec<String> = values.iter().map(|v| js_lit(v)).collect();
                out.push_str(&format!(
                    "export type {} = {};\n\n",
                    t.name,
                    alts.join(" | ")
                ));
            }
            Kind::Struct(fields) => {
                out.push_str(&format!("export interface {} {{\n", t.name));
                for f in fields {
                    out.push_str(&field_line(reg, f));
                }
                out.push_str("}\n\n");
            }
        }
    }
    for op in &api.ops {
        if let Some(b) = &op.body {
            if b.name != reg.name(b.ty) {
                out.push_str(&format!(
                    "/** The body of `{}` (the same shape as {}). */\nexport type {} = {};\n\n",
                    op.id,
                    reg.name(b.ty),
                    b.name,
                    reg.name(b.ty)
                ));
            }
        }
    }
    for op in &api.ops {
        let Some(q) = &op.query else { continue };
        out.push_str(&format!(
            "/** Query parameters of `{}`. */\nexport interface {} {{\n",
            op.id, q.struct_name
        ));
        for p in &q.params {
            let elem = ts_type(reg, &p.ty);
            let ty = if p.array {
                format!(
                    "{elem} | {}",
                    ts_type(reg, &Ty::Vec(Box::new(p.ty.clone())))
                )
            } else {
                elem
            };
            let opt = if p.required { "" } else { "?" };
            out.push_str(&jsdoc(first_paragraph(&p.doc), "  "));
            out.push_str(&format!("  {}{opt}: {ty};\n", prop_name(&p.name)));
        }
        out.push_str("}\n\n");
    }
    out
}

// ---------------------------------------------------------------------------------------------
// References: arguments that name a resource by ID (or ID or name), where a model object is
// accepted and replaced by its `id` before the call.

fn resource_nouns(api: &Api) -> BTreeSet<String> {
    let mut nouns = BTreeSet::new();
    for op in &api.ops {
        nouns.insert(op.group.clone());
        nouns.insert(names::singular(&op.group));
    }
    nouns
}

fn is_ref_name(nouns: &BTreeSet<String>, name: &str) -> bool {
    name == "id" || name.ends_with("_id") || nouns.contains(name)
}

/// Whether a value of `ty` under `name` is a reference: an ID-or-name, or an integer whose
/// name is a resource's (`server`, `ssh_keys`, `id`, `assignee_id`); and whether it is a list.
fn ref_kind(nouns: &BTreeSet<String>, name: &str, ty: &Ty) -> Option<bool> {
    match ty {
        Ty::IdOrName => Some(false),
        Ty::I64 | Ty::I32 | Ty::Str if is_ref_name(nouns, name) => Some(false),
        Ty::Vec(inner) => match **inner {
            Ty::IdOrName => Some(true),
            Ty::I64 | Ty::I32 | Ty::Str if is_ref_name(nouns, name) => Some(true),
            _ => None,
        },
        _ => None,
    }
}

/// Paths (`a`, `a[]`, `a[].b`) below a struct where references sit.
fn ref_paths(
    reg: &Registry,
    nouns: &BTreeSet<String>,
    fields: &[FieldDef],
    prefix: &str,
    depth: usize,
    out: &mut Vec<String>,
) {
    if depth > 4 {
        return;
    }
    for f in fields {
        let path = if prefix.is_empty() {
            f.json.clone()
        } else {
            format!("{prefix}.{}", f.json)
        };
        if let Some(list) = ref_kind(nouns, &f.json, &f.ty) {
            out.push(if list { format!("{path}[]") } else { path });
            continue;
        }
        let (inner, array) = match &f.ty {
            Ty::Vec(t) => (&**t, true),
            t => (t, false),
        };
        if let Ty::Named(id) = inner {
            if let Kind::Struct(sub) = &reg.types[*id].kind {
                let p = if array { format!("{path}[]") } else { path };
                // `{"id": ...}` alone (a load balancer target's `server`): a model object
                // given there is cut down to its `id`.
                if let [only] = sub.as_slice() {
                    if only.json == "id" {
                        out.push(format!("{p}{{}}"));
                        continue;
                    }
                }
                ref_paths(reg, nouns, sub, &p, depth + 1, out);
            }
        }
    }
}

/// Top-level arguments (query parameters and body fields) that are references.
fn top_refs(api: &Api, nouns: &BTreeSet<String>, op: &Op) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(q) = &op.query {
        for p in &q.params {
            if ref_kind(nouns, &p.name, &p.ty).is_some() {
                out.push(p.name.clone());
            }
        }
    }
    if let Some(b) = &op.body {
        if let Kind::Struct(fields) = &api.registry.types[b.ty].kind {
            for f in fields {
                if ref_kind(nouns, &f.json, &f.ty).is_some() {
                    out.push(f.json.clone());
                }
            }
        }
    }
    out
}

fn all_refs(api: &Api, nouns: &BTreeSet<String>, op: &Op) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(q) = &op.query {
        for p in &q.params {
            if let Some(list) = ref_kind(nouns, &p.name, &p.ty) {
                let list = list || p.array;
                out.push(if list {
                    format!("{}[]", p.name)
                } else {
                    p.name.clone()
                });
            }
        }
    }
    if let Some(b) = &op.body {
        if let Kind::Struct(fields) = &api.registry.types[b.ty].kind {
            ref_paths(&api.registry, nouns, fields, "", 0, &mut out);
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Resource classes

fn class_name(group: &str) -> String {
    names::pascal(group)
}

struct MethodShape<'a> {
    name: String,
    /// Path parameters: (JS name, API name, kind).
    path: Vec<(String, String, &'a PathKind)>,
    has_args: bool,
    args_required: bool,
}

fn shape<'a>(api: &Api, op: &'a Op) -> MethodShape<'a> {
    let path = op
        .path_params
        .iter()
        .map(|p| (camel(&p.name), p.name.clone(), &p.kind))
        .collect();
    let query_required = op
        .query
        .as_ref()
        .is_some_and(|q| q.params.iter().any(|p| p.required));
    let body_required = op.body.as_ref().is_some_and(|b| {
        matches!(&api.registry.types[b.ty].kind, Kind::Struct(f) if f.iter().any(|f| f.required))
    });
    MethodShape {
        name: js_method(op),
        path,
        has_args: op.query.is_some() || op.body.is_some(),
        args_required: query_required || body_required,
    }
}

/// `get(idOrName)` on handles with a `get` by ID and a `list` filtered by `name`:
/// (get op, list op, key of the single resource in the get answer, items key of the list).
fn finder<'a>(api: &Api, ops: &[&'a Op]) -> Option<(&'a Op, &'a Op, String, String)> {
    let reg = &api.registry;
    let get = *ops
        .iter()
        .find(|o| o.fn_name == "get" && o.path_params.len() == 1)?;
    let list = *ops.iter().find(|o| o.fn_name == "list")?;
    let info = list.list.as_ref()?;
    let q = list.query.as_ref()?;
    if !q.params.iter().any(|p| p.name == "name") {
        return None;
    }
    if !matches!(get.path_params[0].kind, PathKind::Id) {
        return None;
    }
    let Kind::Struct(fields) = &reg.types[get.response?].kind else {
        return None;
    };
    let single = fields.iter().find(|f| f.ty == Ty::Named(info.item))?;
    Some((get, list, single.json.clone(), info.items_field.clone()))
}

fn resources_js(api: &Api, groups: &BTreeMap<String, Vec<&Op>>) -> String {
    let nouns = resource_nouns(api);
    let mut out = String::from(HEADER);
    out.push_str(
        "// Resource classes: one method per operation, each a call of the core's dispatch.\n",
    );
    out.push_str(
        "// Wrapped into the package's modules by wasm/build.sh; `Resource` is defined before.\n\n",
    );
    for (group, ops) in groups {
        let class = class_name(group);
        out.push_str(&format!("class {class} extends Resource {{\n"));
        if let Some((get, list, single, items)) = finder(api, ops) {
            out.push_str(&format!(
                "  get(idOrName, options) {{ return this._get({}, {}, {}, {}, idOrName, options); }}\n",
                js_lit(&get.id),
                js_lit(&list.id),
                js_lit(&single),
                js_lit(&items)
            ));
            out.push_str(&format!(
                "  find(idOrName, options) {{ return this._find({}, {}, {}, {}, idOrName, options); }}\n",
                js_lit(&get.id),
                js_lit(&list.id),
                js_lit(&single),
                js_lit(&items)
            ));
        }
        for op in ops {
            let m = shape(api, op);
            if m.name == "get" && finder(api, ops).is_some() {
                continue;
            }
            let mut params: Vec<String> = m.path.iter().map(|(js, _, _)| js.clone()).collect();
            if m.has_args {
                params.push("args".into());
            }
            params.push("options".into());
            let path_obj = if m.path.is_empty() {
                "null".to_owned()
            } else {
                format!(
                    "{{ {} }}",
                    m.path
                        .iter()
                        .map(|(js, api_name, _)| format!("{}: {js}", prop_name(api_name)))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            };
            let args = if m.has_args { "args" } else { "null" };
            let op_id = js_lit(&op.id);
            match &op.list {
                Some(list) => {
                    let items = js_lit(&list.items_field);
                    out.push_str(&format!(
                        "  {}({}) {{ return this._list({op_id}, {items}, {path_obj}, {args}, options); }}\n",
                        m.name,
                        params.join(", ")
                    ));
                    out.push_str(&format!(
                        "  {}Page({}) {{ return this._page({op_id}, {items}, {path_obj}, {args}, options); }}\n",
                        m.name,
                        params.join(", ")
                    ));
                }
                None => {
                    out.push_str(&format!(
                        "  {}({}) {{ return this._call({op_id}, {path_obj}, {args}, options); }}\n",
                        m.name,
                        params.join(", ")
                    ));
                }
            }
        }
        out.push_str("}\n\n");
    }
    out.push_str("const RESOURCE_CLASSES = {\n");
    for group in groups.keys() {
        out.push_str(&format!("  {}: {},\n", camel(group), class_name(group)));
    }
    out.push_str("};\n\n");
    out.push_str(
        "// Where an argument names a resource, a model object is replaced by its `id`.\n",
    );
    out.push_str("const REFS = {\n");
    for op in &api.ops {
        let refs = all_refs(api, &nouns, op);
        if !refs.is_empty() {
            out.push_str(&format!(
                "  {}: [{}],\n",
                op.id,
                refs.iter()
                    .map(|r| js_lit(r))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
    }
    out.push_str("};\n\n");
    out.push_str(
        "// Every operation: id → [handle, method, paged, path parameters in argument order].\n",
    );
    out.push_str("const OPERATIONS = {\n");
    for op in &api.ops {
        let path: Vec<String> = op.path_params.iter().map(|p| js_lit(&p.name)).collect();
        out.push_str(&format!(
            "  {}: [{}, {}, {}, [{}]],\n",
            op.id,
            js_lit(&camel(&op.group)),
            js_lit(&js_method(op)),
            op.list.is_some(),
            path.join(", ")
        ));
    }
    out.push_str("};\n");
    out
}

fn path_ts(api: &Api, kind: &PathKind, api_name: &str) -> String {
    match kind {
        PathKind::Id => "Ref".into(),
        PathKind::Str if api_name.contains("id_or_name") => "IdOrNameRef".into(),
        PathKind::Str => "string".into(),
        PathKind::Enum(id) => api.registry.name(*id).to_owned(),
    }
}

/// The TypeScript type of the `args` object of an operation.
fn args_ts(api: &Api, nouns: &BTreeSet<String>, op: &Op) -> Option<String> {
    let base = match (&op.query, &op.body) {
        (Some(q), None) => q.struct_name.clone(),
        (None, Some(b)) => b.name.clone(),
        (Some(q), Some(b)) => format!("{} & {}", q.struct_name, b.name),
        (None, None) => return None,
    };
    let refs = top_refs(api, nouns, op);
    if refs.is_empty() {
        Some(base)
    } else {
        let keys: Vec<String> = refs.iter().map(|r| js_lit(r)).collect();
        Some(format!("WithRefs<{base}, {}>", keys.join(" | ")))
    }
}

fn resources_dts(api: &Api, groups: &BTreeMap<String, Vec<&Op>>) -> String {
    let reg = &api.registry;
    let nouns = resource_nouns(api);
    let mut out = String::from(HEADER);
    out.push_str("// Declarations of the resource classes.\n\n");
    for (group, ops) in groups {
        let class = class_name(group);
        out.push_str(&format!(
            "/** Operations on {}: `client.{}`. */\nexport declare class {class} {{\n  private constructor();\n",
            group.replace('_', " "),
            camel(group)
        ));
        let found = finder(api, ops);
        if let Some((get, list, _, _)) = &found {
            let resp = reg.name(get.response.expect("get answers"));
            let item = reg.name(list.list.as_ref().expect("paged").item);
            out.push_str(&jsdoc(
                &format!(
                    "{}\n\nBy ID (a number, a string of digits, or a model object), or by exact name (one `{}` request filtered by `name`; rejects with `NotFoundError` when there is none).",
                    docs::clean(&get.summary),
                    list.id
                ),
                "  ",
            ));
            out.push_str(&format!(
                "  get(idOrName: IdOrNameRef, options?: CallOptions): Promise<{resp}>;\n"
            ));
            out.push_str(&jsdoc(
                &format!("The {item} with this ID or exact name, or `null` when there is none."),
                "  ",
            ));
            out.push_str(&format!(
                "  find(idOrName: IdOrNameRef, options?: CallOptions): Promise<{item} | null>;\n"
            ));
        }
        for op in ops {
            let m = shape(api, op);
            if m.name == "get" && found.is_some() {
                continue;
            }
            let mut params: Vec<String> = m
                .path
                .iter()
                .map(|(js, api_name, kind)| format!("{js}: {}", path_ts(api, kind, api_name)))
                .collect();
            if let Some(args) = args_ts(api, &nouns, op) {
                let opt = if m.args_required { "" } else { "?" };
                params.push(format!("args{opt}: {args}"));
            }
            params.push("options?: CallOptions".into());
            let mut doc = docs::clean(&op.summary);
            let para = first_paragraph(&op.description);
            if !para.is_empty() && docs::clean(para) != doc {
                doc = format!("{doc}\n\n{}", docs::clean(para));
            }
            doc.push_str(&format!(
                "\n\n`{} {}` (`{}`)",
                op.method.to_uppercase(),
                op.path,
                op.id
            ));
            if let Some(note) = &op.deprecated {
                doc.push_str(&format!("\n\n@deprecated {note}"));
            }
            let resp = op
                .response
                .map(|t| reg.name(t).to_owned())
                .unwrap_or_else(|| "void".into());
            match &op.list {
                Some(list) => {
                    let item = reg.name(list.item);
                    out.push_str(&jsdoc(
                        &format!("{doc}\n\nEvery item of every page, as an async iterable (`for await`, `.collect()`)."),
                        "  ",
                    ));
                    out.push_str(&format!(
                        "  {}({}): ListIterable<{item}>;\n",
                        m.name,
                        params.join(", ")
                    ));
                    out.push_str(&jsdoc(
                        &format!("{doc}\n\nOne page: its items and pagination."),
                        "  ",
                    ));
                    out.push_str(&format!(
                        "  {}Page({}): Promise<Page<{item}, {resp}>>;\n",
                        m.name,
                        params.join(", ")
                    ));
                }
                None => {
                    out.push_str(&jsdoc(&doc, "  "));
                    out.push_str(&format!(
                        "  {}({}): Promise<{resp}>;\n",
                        m.name,
                        params.join(", ")
                    ));
                }
            }
        }
        out.push_str("}\n\n");
    }
    out.push_str("/** The resource handles of a client. */\nexport interface ClientResources {\n");
    for group in groups.keys() {
        out.push_str(&format!(
            "  readonly {}: {};\n",
            camel(group),
            class_name(group)
        ));
    }
    out.push_str("}\n\n");
    out.push_str("/** Every operation id of the API. */\nexport type OperationId =\n");
    for op in &api.ops {
        out.push_str(&format!("  | {}\n", js_lit(&op.id)));
    }
    out.push_str("  ;\n");
    out
}
